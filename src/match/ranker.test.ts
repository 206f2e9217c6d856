import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../snapshot/snapshot.js';
import { itemsOfFiches, profileArb, profileOf, snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { DEFAULT_PARAMS, resolveParams, type ScoringParams } from './params.js';
import { ProfileVectorBuilder } from './profile-vector.js';
import { accumulateProximity } from './proximity.js';
import { DENSE_RANK_MAX, Ranker } from './ranker.js';
import { accumulateSkills, combine, coverageOf, LANES, scoreKey } from './score.js';
import { compileTargetSet, ficheRows, type TargetSet } from './target-set.js';

let snap: Snapshot;
let ctx: MatchContext;
let digital: TargetSet;
let all: TargetSet;
let builder: ProfileVectorBuilder;

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  digital = compileTargetSet(ctx, ficheRows(ctx, snap.digital), DEFAULT_PARAMS);
  all = compileTargetSet(ctx, ficheRows(ctx, Array.from({ length: snap.ficheCount }, (_, i) => i)), DEFAULT_PARAMS);
  builder = new ProfileVectorBuilder(ctx);
});

/** The reference: every sheet's key from the pure score, sorted by key descending then position, first `limit`. */
function reference(set: TargetSet, buf: Float32Array, p: Readonly<ScoringParams>, limit: number): [number, number][] {
  const keyed: [number, number][] = [];
  for (let s = 0; s < set.size; s++) keyed.push([scoreKey(combine(p, coverageOf(set, buf, s), buf[LANES * s + 2]!)), s]);
  return keyed.sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, limit);
}

function ranked(ranker: Ranker, set: TargetSet, buf: Float32Array, p: Readonly<ScoringParams>, limit: number): [number, number][] {
  const keys = new Int32Array(limit);
  const pos = new Int32Array(limit);
  const n = ranker.rank(set, buf, p, limit, keys, pos);
  return Array.from({ length: n }, (_, i): [number, number] => [keys[i]!, pos[i]!]);
}

describe('Ranker', () => {
  it('uses the dense strategy on the 153 digital sheets and the sparse one on the 1,584 fiches', () => {
    expect(digital.size).toBeLessThanOrEqual(DENSE_RANK_MAX);
    expect(all.size).toBeGreaterThan(DENSE_RANK_MAX);
  });

  for (const which of ['digital', 'all'] as const) {
    it(`equals sort-then-slice of the pure score over the ${which} set, at any limit (property)`, () => {
      const set = which === 'digital' ? digital : all;
      const ranker = new Ranker();
      const buf = new Float32Array(LANES * set.size);
      const ogrs = itemsOfFiches(snap, set.fiche);
      const codes = Array.from(set.fiche, (f) => snap.file.fiches.code[f]!);
      const params = [DEFAULT_PARAMS, resolveParams({ coverageKnee: 3, proximityMix: 1 })];
      fc.assert(
        fc.property(profileArb(snap, ogrs, codes), fc.integer({ min: 1, max: set.size }), fc.constantFrom(0, 1), (profile, limit, q) => {
          const p = params[q]!;
          const v = builder.build(profile, p);
          accumulateSkills(set, v, buf);
          accumulateProximity(ctx, set, v, p, buf);
          for (const k of [limit, 1, 10]) expect(ranked(ranker, set, buf, p, k)).toEqual(reference(set, buf, p, k));
        }),
        { seed: 8, numRuns: which === 'digital' ? 150 : 40 },
      );
    });
  }

  it('breaks ties by position when every key is equal (an empty profile), at every limit', () => {
    const ranker = new Ranker();
    for (const set of [digital, all]) {
      const buf = new Float32Array(LANES * set.size);
      accumulateSkills(set, builder.build(profileOf([]), DEFAULT_PARAMS), buf);
      for (const limit of [1, 7, set.size]) {
        expect(ranked(ranker, set, buf, DEFAULT_PARAMS, limit)).toEqual(Array.from({ length: limit }, (_, s) => [0, s]));
      }
    }
  });
});
