import { describe, expect, it } from 'vitest';
import { words } from './words.js';

describe('words', () => {
  it('returns letter runs with their offsets', () => {
    expect(words("d'anglais : c1, 2019")).toEqual([
      { word: 'd', index: 0, end: 1 },
      { word: 'anglais', index: 2, end: 9 },
      { word: 'c', index: 12, end: 13 },
    ]);
    expect(words('')).toEqual([]);
    expect(words(' -- ')).toEqual([]);
  });
});
