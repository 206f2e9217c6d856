import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from './profile.js';
import { FEATURE_COUNT, keepTop, linearScore, RANK_FEATURES, sortRanked, type Ranked } from './ranker.js';

describe('RANK_FEATURES', () => {
  it('names every feature once, with one per profile field', () => {
    expect(new Set(RANK_FEATURES).size).toBe(FEATURE_COUNT);
    for (const f of PROFILE_FIELDS) expect(RANK_FEATURES).toContain(`profile.${f}`);
  });
});

describe('keepTop', () => {
  it('keeps the best `limit` candidates in rank order: score, then tie-break, then code', () => {
    const top: Ranked[] = [];
    const input: [number, number, string][] = [[0.5, 0, 'C1'], [0.9, 0, 'B2'], [0.5, 0, 'A1'], [0.1, 0, 'Z9'], [0.5, 1, 'Y1'], [0.95, 0, 'D4']];
    input.forEach(([score, tie, code], f) => keepTop(top, 4, f, -1, score, tie, code));
    expect(top.map((r) => r.code)).toEqual(['D4', 'B2', 'Y1', 'A1']);
    expect(sortRanked([...top].reverse()).map((r) => r.code)).toEqual(['D4', 'B2', 'Y1', 'A1']);
  });
});

describe('linearScore', () => {
  it('is the dot product of the weights with a feature row', () => {
    const x = new Float64Array(FEATURE_COUNT * 2);
    x[FEATURE_COUNT] = 2;
    x[FEATURE_COUNT + 3] = -1;
    const w = RANK_FEATURES.map((_, i) => (i === 0 ? 1.5 : i === 3 ? 2 : 0));
    expect(linearScore(w, x, FEATURE_COUNT)).toBe(1);
    expect(linearScore(w, x, 0)).toBe(0);
  });
});
