import { describe, expect, it } from 'vitest';
import { isSkippedToken, phraseKeys, tokenKey } from './keys.js';

describe('phraseKeys', () => {
  it('ignores function words, case, accents and plurals', () => {
    expect(phraseKeys('Gestion des stocks')).toEqual(phraseKeys('gestion de stock'));
    expect(phraseKeys('Développement Front-End')).toEqual(phraseKeys('developpement front end'));
  });

  it('folds gender forms to one key', () => {
    expect(phraseKeys('rigoureuse')).toEqual(phraseKeys('rigoureux'));
    expect(phraseKeys('organisée')).toEqual(phraseKeys('organisé'));
  });

  it('keeps symbol tokens whole', () => {
    expect(phraseKeys('C++, C#, .NET et Node.js')).toEqual(['c++', 'c#', '.net', 'node.js']);
    expect(phraseKeys('CI/CD')).toEqual(['ci/cd']);
  });

  it('keeps the C and R languages but not the elided c of "c\'est"', () => {
    expect(phraseKeys('Langages : C, R')).toEqual([tokenKey('langages'), 'c', 'r']);
    expect(phraseKeys("c'est utile")).toEqual([tokenKey('utile')]);
  });
});

describe('isSkippedToken', () => {
  it('skips French and English function words but not negations', () => {
    expect(isSkippedToken('les')).toBe(true);
    expect(isSkippedToken('the')).toBe(true);
    expect(isSkippedToken('pas')).toBe(false);
    expect(isSkippedToken('python')).toBe(false);
  });
});
