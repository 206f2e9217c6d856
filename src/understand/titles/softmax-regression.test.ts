import { describe, expect, it } from 'vitest';
import { BoussoleError } from '../../errors.js';
import { fitSoftmax, type Groups } from './softmax-regression.js';

/** Deterministic pseudo-random numbers in [0, 1) (LCG). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/** Groups of 5 candidates with 3 features; the answer is drawn from softmax(true weights · x). */
function synthetic(weights: number[], groups: number, seed: number): Groups {
  const rnd = lcg(seed);
  const dims = weights.length;
  const x: number[] = [];
  const offsets = [0];
  const answer: number[] = [];
  for (let g = 0; g < groups; g++) {
    const scores: number[] = [];
    for (let c = 0; c < 5; c++) {
      const row = weights.map(() => rnd() * 2 - 1);
      x.push(...row);
      scores.push(row.reduce((a, v, j) => a + v * (weights[j] ?? 0), 0));
    }
    const exp = scores.map((s) => Math.exp(s));
    const total = exp.reduce((a, b) => a + b, 0);
    let u = rnd() * total;
    let pick = 0;
    while (pick < 4 && u > (exp[pick] ?? 0)) u -= exp[pick++] ?? 0;
    answer.push((offsets[g] ?? 0) + pick);
    offsets.push((offsets[g] ?? 0) + 5);
  }
  return { x: Float64Array.from(x), dims, offsets: Uint32Array.from(offsets), answer: Uint32Array.from(answer) };
}

describe('fitSoftmax', () => {
  it('recovers the weights that generated the choices', () => {
    const truth = [3, -2, 0];
    const fit = fitSoftmax(synthetic(truth, 4000, 7), { l2: 1e-6 });
    fit.weights.forEach((w, j) => expect(Math.abs(w - (truth[j] ?? 0))).toBeLessThan(0.3));
    expect(fit.acc1).toBeGreaterThan(0.4);
    expect(fit.loss).toBeLessThan(Math.log(5));
  });
  it('is deterministic and shrinks the weights as the penalty grows', () => {
    const data = synthetic([1, 1, 1], 500, 3);
    expect(fitSoftmax(data)).toEqual(fitSoftmax(data));
    const loose = fitSoftmax(data, { l2: 1e-6 }).weights.reduce((a, w) => a + w * w, 0);
    const tight = fitSoftmax(data, { l2: 1 }).weights.reduce((a, w) => a + w * w, 0);
    expect(tight).toBeLessThan(loose);
  });
  it('refuses an empty training set', () => {
    const empty: Groups = { x: new Float64Array(0), dims: 2, offsets: Uint32Array.from([0]), answer: new Uint32Array(0) };
    expect(() => fitSoftmax(empty)).toThrow(BoussoleError);
  });
});
