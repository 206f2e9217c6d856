import { describe, expect, it } from 'vitest';
import { EN_TO_FR, isEnglishMarker } from './english.js';

describe('English title words', () => {
  it('marks English-only words and function words, not words French titles share', () => {
    for (const w of ['engineer', 'engineers', 'nurse', 'warehouse', 'of', 'the']) expect(isEnglishMarker(w)).toBe(true);
    for (const w of ['manager', 'assistant', 'designer', 'chef', 'support', 'vendeur']) expect(isEnglishMarker(w)).toBe(false);
  });
  it('maps English words to folded French title words, keyed like index words', () => {
    expect(EN_TO_FR.get('engineer')).toEqual(['ingenieur']);
    expect(EN_TO_FR.get('nurse')).toEqual(['infirmier']);
    expect(EN_TO_FR.get('operation')).toEqual(['exploitation', 'operation']);
    for (const fr of EN_TO_FR.values()) for (const w of fr) expect(w).toMatch(/^[a-z]+$/);
  });
});
