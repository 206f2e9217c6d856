import type { ScoringParams } from './params.js';
import type { ProfileVector } from './profile-vector.js';
import { roundHalfUp } from './rounding.js';
import type { TargetSet } from './target-set.js';

/** Score resolution: scores are ranked and reported in steps of 0.01 on the 0..100 scale (keys 0..10,000). */
export const SCORE_STEPS = 10_000;

/**
 * Lanes of the score buffer: one reusable Float32Array holds, for sheet `s`, the credited weight at `LANES × s`, the
 * credited core weight at `LANES × s + 1` and the proximity at `LANES × s + 2`.
 */
export const LANES = 3;

/** Skills component 0..1 from weighted coverage 0..1: `c (1 + knee) / (c + knee)` (monotone, 0 → 0, 1 → 1). */
export function skillsFromCoverage(p: Readonly<ScoringParams>, coverage: number): number {
  return coverage > 0 ? (coverage * (1 + p.coverageKnee)) / (coverage + p.coverageKnee) : 0;
}

/**
 * The score 0..1 of one sheet from its weighted coverage and its proximity (both 0..1): proximity fills part of the gap
 * the skills leave, `1 − (1 − skills)(1 − proximityMix × proximity)`. Pure, monotone in both arguments.
 */
export function combine(p: Readonly<ScoringParams>, coverage: number, proximity: number): number {
  const skills = skillsFromCoverage(p, coverage);
  return 1 - (1 - skills) * (1 - p.proximityMix * proximity);
}

/** Integer rank key 0..{@link SCORE_STEPS} of a 0..1 score (the reported score is `key / 100`). */
export const scoreKey = (score: number): number => roundHalfUp(score * SCORE_STEPS);

/**
 * Clears `buf[0 .. LANES × set.size)` and accumulates, for every sheet, `Σ credit × weight` (lane 0) and the same over
 * core items (lane 1), by walking the inverted indexes of the profile's items and held macro-compétences: work is
 * proportional to the postings touched, no allocation. Only core postings (listed first) touch lane 1; the others
 * would add exactly 0 there. Items are visited in increasing id order, so the float sums do not depend on the order
 * of the profile's skills.
 */
export function accumulateSkills(set: TargetSet, v: ProfileVector, buf: Float32Array): void {
  buf.fill(0, 0, LANES * set.size);
  const { postBounds, postSheets, postWeights, childBounds, childSheets, childWeights, childCore } = set;
  const { items, weights, macros, macroWeights } = v;
  for (let j = 0; j < v.itemCount; j++) {
    const it = items[j]!;
    const u = weights[j]!;
    let k = postBounds[2 * it]!;
    const mid = postBounds[2 * it + 1]!;
    const end = postBounds[2 * it + 2]!;
    for (; k < mid; k++) {
      const at = LANES * postSheets[k]!;
      const x = u * postWeights[k]!;
      buf[at]! += x;
      buf[at + 1]! += x;
    }
    for (; k < end; k++) buf[LANES * postSheets[k]!]! += u * postWeights[k]!;
  }
  for (let j = 0; j < v.macroCount; j++) {
    const m = macros[j]!;
    const u = macroWeights[j]!;
    let k = childBounds[2 * m]!;
    const mid = childBounds[2 * m + 1]!;
    const end = childBounds[2 * m + 2]!;
    for (; k < mid; k++) {
      const at = LANES * childSheets[k]!;
      buf[at]! += u * childWeights[k]!;
      buf[at + 1]! += u * childCore[k]!;
    }
    for (; k < end; k++) buf[LANES * childSheets[k]!]! += u * childWeights[k]!;
  }
}

/** Weighted coverage 0..1 of sheet `s` (lane 0 over the sheet's norm). */
export const coverageOf = (set: TargetSet, buf: Float32Array, s: number): number => Math.min(1, buf[LANES * s]! * set.invNorms[s]!);

/** Weighted coverage 0..1 of sheet `s`'s core items (lane 1 over their norm; 0 when the sheet has none). */
export const coreCoverageOf = (set: TargetSet, buf: Float32Array, s: number): number => Math.min(1, buf[LANES * s + 1]! * set.invCoreNorms[s]!);

/**
 * The smallest coverage whose key (with no proximity) can exceed `threshold`, slightly lowered so that float rounding
 * never skips a sheet that would enter: `key > T ⟺ skills ≥ (T + ½) / SCORE_STEPS`, and the skills curve inverts to
 * `c = s·knee / (1 + knee − s)`.
 */
export function coverageFloor(p: Readonly<ScoringParams>, threshold: number): number {
  if (threshold < 0) return -1;
  const s = (threshold + 0.5) / SCORE_STEPS;
  if (s > 1) return Number.POSITIVE_INFINITY;
  return ((s * p.coverageKnee) / (1 + p.coverageKnee - s)) * (1 - 1e-9);
}
