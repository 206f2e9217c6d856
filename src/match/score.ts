import type { ScoringParams } from './params.js';
import type { ProfileVector } from './profile-vector.js';
import { roundHalfUp } from './rounding.js';
import type { TargetSet } from './target-set.js';
import type { TopK } from './top-k.js';

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
 * proportional to the postings touched, no allocation. Items are visited in increasing id order, so the float sums
 * do not depend on the order of the profile's skills.
 */
export function accumulateSkills(set: TargetSet, v: ProfileVector, buf: Float32Array): void {
  buf.fill(0, 0, LANES * set.size);
  const { postOffsets, postSheets, postWeights, postCore, childOffsets, childSheets, childWeights, childCore } = set;
  const { items, weights, macros, macroWeights } = v;
  for (let j = 0; j < v.itemCount; j++) {
    const it = items[j]!;
    const u = weights[j]!;
    const end = postOffsets[it + 1]!;
    for (let k = postOffsets[it]!; k < end; k++) {
      const at = LANES * postSheets[k]!;
      buf[at]! += u * postWeights[k]!;
      buf[at + 1]! += u * postCore[k]!;
    }
  }
  for (let j = 0; j < v.macroCount; j++) {
    const m = macros[j]!;
    const u = macroWeights[j]!;
    const end = childOffsets[m + 1]!;
    for (let k = childOffsets[m]!; k < end; k++) {
      const at = LANES * childSheets[k]!;
      buf[at]! += u * childWeights[k]!;
      buf[at + 1]! += u * childCore[k]!;
    }
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

/**
 * Final pass: turns every sheet's coverage and proximity (lane 2) into a rank key and offers it to the bounded heap.
 * Sheets offer themselves in increasing position, so once the heap is full a key must beat the worst held key; for a
 * sheet with no proximity that is a single comparison of its coverage against a precomputed floor.
 * One pass over the set, no allocation.
 */
export function rankSheets(set: TargetSet, buf: Float32Array, p: Readonly<ScoringParams>, heap: TopK): void {
  const { invNorms } = set;
  let threshold = heap.threshold();
  let floor = coverageFloor(p, threshold);
  for (let s = 0, at = 0; s < set.size; s++, at += LANES) {
    const c = buf[at]! * invNorms[s]!;
    const prox = buf[at + 2]!;
    if (prox === 0 && c < floor) continue;
    const key = c === 0 && prox === 0 ? 0 : scoreKey(combine(p, c > 1 ? 1 : c, prox));
    if (key > threshold) {
      heap.push(key, s);
      if (heap.threshold() !== threshold) {
        threshold = heap.threshold();
        floor = coverageFloor(p, threshold);
      }
    }
  }
}
