import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { isTitleNoise, TITLE_NOISE } from './noise.js';

const content = (s: string): string[] =>
  tokenize(s)
    .map((t) => t.norm)
    .filter((n) => !isTitleNoise(n));

describe('title noise', () => {
  it('removes gender marks, seniority, contracts and dates', () => {
    expect(content('Développeur (H/F) senior CDI')).toEqual(['developpeur']);
    expect(content('Technicien.ne support N2 - janv. 2021 à aujourd’hui')).toEqual(['technicien', 'support', 'a']);
    expect(content('Stagiaire alternance 06/2023')).toEqual([]);
  });
  it('keeps job words', () => {
    for (const w of ['homme', 'femme', 'chef', 'agent', 'full', 'stack']) expect(isTitleNoise(w)).toBe(false);
  });
  it('holds folded words only', () => {
    for (const w of TITLE_NOISE) expect(w).toMatch(/^[a-z0-9/]+$/);
  });
});
