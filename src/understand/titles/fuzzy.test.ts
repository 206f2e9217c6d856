import { describe, expect, it } from 'vitest';
import { distance, FuzzyVocabulary } from './fuzzy.js';

describe('distance', () => {
  it('counts edits, adjacent transpositions as one', () => {
    expect(distance('assistant', 'assistant', 2)).toBe(0);
    expect(distance('assitant', 'assistant', 2)).toBe(1);
    expect(distance('comptabel', 'comptable', 2)).toBe(1);
    expect(distance('plombie', 'plombier', 1)).toBe(1);
    expect(distance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('FuzzyVocabulary', () => {
  const words = ['assistant', 'assistance', 'developpeur', 'vendeuse', 'vendeur', 'plombier', 'java'];
  const fz = new FuzzyVocabulary(words, [10, 3, 5, 2, 8, 1, 1]);
  it('rescues typos within one edit (two for long words)', () => {
    expect(fz.lookup('assitant')).toBe('assistant');
    expect(fz.lookup('devellopeur')).toBe('developpeur');
    expect(fz.lookup('developeur')).toBe('developpeur');
    expect(fz.lookup('vendeusse')).toBe('vendeuse');
    expect(fz.lookup('plombie')).toBe('plombier');
  });
  it('prefers the more frequent of equally close words', () => {
    expect(fz.lookup('vendeure')).toBe('vendeur');
    expect(fz.lookup('asistance')).toBe('assistance');
  });
  it('never rescues short words, words with digits or distant words', () => {
    expect(fz.lookup('jav')).toBeUndefined();
    expect(fz.lookup('jxvz')).toBeUndefined();
    expect(fz.lookup('vend3ur')).toBeUndefined();
    expect(fz.lookup('boulanger')).toBeUndefined();
  });
  it('tells how many edits a rescue took', () => {
    expect(fz.closest('assitant')).toEqual({ word: 'assistant', distance: 1 });
    expect(fz.closest('devellopeur')).toEqual({ word: 'developpeur', distance: 2 });
    expect(fz.closest('boulanger')).toBeUndefined();
  });
  it('gives the same answer when asked twice (scratch state is reset)', () => {
    expect(fz.lookup('vendeuze')).toBe(fz.lookup('vendeuze'));
  });
});
