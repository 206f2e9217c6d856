import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';

describe('fold', () => {
  it('lower-cases and strips French accents', () => {
    expect(fold('Expériences PROFESSIONNELLES')).toBe('experiences professionnelles');
    expect(fold('Août — Déc. À CE JOUR')).toBe('aout — dec. a ce jour');
    expect(fold('Centres d’intérêt')).toBe("centres d'interet");
  });

  it('keeps the length, even for characters whose lower case is longer', () => {
    for (const s of ['İstanbul', 'Œuvre', 'a\u00a0b', 'ﬁn', 'e\u0301']) {
      expect(fold(s).length).toBe(s.length);
    }
  });
});
