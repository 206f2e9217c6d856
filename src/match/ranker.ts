import type { ScoringParams } from './params.js';
import { roundHalfUp } from './rounding.js';
import { coverageFloor, LANES, SCORE_STEPS } from './score.js';
import type { TargetSet } from './target-set.js';
import { TopK } from './top-k.js';

/** Sets of up to this many sheets are ranked densely (every key computed); larger ones skip sheets below a floor. */
export const DENSE_RANK_MAX = 512;
/** Histogram buckets of the dense ranking: keys `0..SCORE_STEPS` in buckets of 2^7. */
const BUCKET_BITS = 7;

/**
 * `scoreKey(combine(p, c, proximity))` for a coverage `c` in 0..1, with `p`'s constants hoisted by the caller (the
 * property loads cost more than the arithmetic): the same operations on the same doubles, so the same key. At c = 0
 * the curve's formula gives the 0 that `skillsFromCoverage` special-cases.
 */
const rankKey = (c: number, proximity: number, knee: number, kneePlusOne: number, mix: number): number =>
  roundHalfUp((1 - (1 - (c * kneePlusOne) / (c + knee)) * (1 - mix * proximity)) * SCORE_STEPS);

/**
 * The final pass of a match: turns every sheet's coverage (lane 0 of the score buffer, over the sheet's norm) and
 * proximity (lane 2) into its rank key `scoreKey(combine(p, min(coverage, 1), proximity))` and keeps the best
 * `limit` (key, position) pairs, best first, ties to the lower position — exactly sort-then-slice.
 *
 * Two strategies, same result:
 * - **dense** (small sets, e.g. the 153 digital sheets): every key is computed in a branch-free loop, a histogram of
 *   keys finds the lowest key bucket that still holds `limit` sheets, and only the sheets from that bucket up (about
 *   `limit`) are offered to the bounded heap. No data-dependent branch per sheet, which is what costs on 153 sheets.
 * - **sparse** (large sets): sheets are offered in position order; once the heap is full a sheet with no proximity
 *   needs a single comparison of its coverage against a precomputed floor ({@link coverageFloor}), so most of the
 *   1,584 fiches cost one load and one comparison.
 * Reusable scratch, no allocation after the first calls.
 */
export class Ranker {
  private readonly heap = new TopK();
  private keys = new Int32Array(0);
  private candidates = new Int32Array(0);
  private readonly histogram = new Int32Array((SCORE_STEPS >> BUCKET_BITS) + 1);

  /** Ranks `set` from `buf`; writes the best `limit` keys and positions best-first, returns their count. */
  rank(set: TargetSet, buf: Float32Array, p: Readonly<ScoringParams>, limit: number, outKeys: Int32Array, outPos: Int32Array): number {
    this.heap.reset(limit);
    if (set.size <= DENSE_RANK_MAX) this.dense(set, buf, p, limit);
    else this.sparse(set, buf, p);
    return this.heap.drain(outKeys, outPos);
  }

  private dense(set: TargetSet, buf: Float32Array, p: Readonly<ScoringParams>, limit: number): void {
    const n = set.size;
    if (this.keys.length < n) {
      this.keys = new Int32Array(n);
      this.candidates = new Int32Array(n);
    }
    const { keys, candidates, histogram, heap } = this;
    const { invNorms } = set;
    const knee = p.coverageKnee;
    const kneePlusOne = 1 + knee;
    const mix = p.proximityMix;
    for (let s = 0, at = 0; s < n; s++, at += LANES) {
      const c = buf[at]! * invNorms[s]!;
      keys[s] = rankKey(c > 1 ? 1 : c, buf[at + 2]!, knee, kneePlusOne, mix);
    }
    // a separate pass: counting inside the loop above chains its iterations through the histogram's memory
    histogram.fill(0);
    for (let s = 0; s < n; s++) histogram[keys[s]! >> BUCKET_BITS]!++;
    let bucket = histogram.length - 1;
    let count = histogram[bucket]!;
    while (count < limit && bucket > 0) count += histogram[--bucket]!;
    const lowest = bucket << BUCKET_BITS;
    let m = 0;
    for (let s = 0; s < n; s++) {
      candidates[m] = s;
      m += (lowest - 1 - keys[s]!) >>> 31; // +1 when keys[s] ≥ lowest, without a branch
    }
    for (let j = 0; j < m; j++) heap.push(keys[candidates[j]!]!, candidates[j]!);
  }

  private sparse(set: TargetSet, buf: Float32Array, p: Readonly<ScoringParams>): void {
    const { heap } = this;
    const { invNorms } = set;
    const knee = p.coverageKnee;
    const kneePlusOne = 1 + knee;
    const mix = p.proximityMix;
    let threshold = heap.threshold();
    let floor = coverageFloor(p, threshold);
    for (let s = 0, at = 0; s < set.size; s++, at += LANES) {
      const c = buf[at]! * invNorms[s]!;
      const prox = buf[at + 2]!;
      if (prox === 0 && c < floor) continue;
      const key = rankKey(c > 1 ? 1 : c, prox, knee, kneePlusOne, mix);
      if (key > threshold) {
        heap.push(key, s);
        if (heap.threshold() !== threshold) {
          threshold = heap.threshold();
          floor = coverageFloor(p, threshold);
        }
      }
    }
  }
}
