import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../snapshot/snapshot.js';
import { jobArb, profileOf, snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { DEFAULT_PARAMS, mobilityStrength } from './params.js';
import { ProfileVectorBuilder } from './profile-vector.js';
import { accumulateProximity, linkBetween } from './proximity.js';
import { LANES } from './score.js';
import { compileTargetSet, ficheRows, type TargetSet } from './target-set.js';

let snap: Snapshot;
let ctx: MatchContext;
let all: TargetSet;
const p = DEFAULT_PARAMS;
const link = (from: string, to: string) => linkBetween(ctx, p, snap.ficheId(from), snap.ficheId(to));

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  all = compileTargetSet(ctx, ficheRows(ctx, Array.from({ length: snap.ficheCount }, (_, i) => i)), p);
});

describe('linkBetween', () => {
  it('finds the strongest link between two real fiches', () => {
    expect(link('M1855', 'M1855')).toEqual({ kind: 'same-fiche', strength: p.sameFiche });
    // Assistant(e) e-commerce sits under the same v3 parent (D1401) as Assistant(e) commercial(e)
    expect(link('D1401', 'D1438')).toEqual({ kind: 'same-parent', strength: p.sameParent });
    // Chef(fe) de produit is the 3rd mobility target of D1401
    expect(link('D1401', 'M1703')).toEqual({ kind: 'mobility', order: 3, strength: mobilityStrength(p, 3) });
    // D1212 is D1214's first mobility target and shares its domaine: the mobility link is stronger
    expect(link('D1214', 'D1212')).toEqual({ kind: 'mobility', order: 1, strength: p.mobilityFirst });
    expect(link('M1855', 'M1816')).toEqual({ kind: 'same-domaine', strength: p.sameDomaine });
    expect(link('D1214', 'M1855')).toBeNull();
  });

  it('returns null when every applicable strength is zeroed', () => {
    expect(linkBetween(ctx, { ...p, sameDomaine: 0 }, snap.ficheId('M1855'), snap.ficheId('M1816'))).toBeNull();
  });
});

describe('accumulateProximity', () => {
  it('equals, for every fiche, the max over past jobs of job weight × link strength (property)', () => {
    const builder = new ProfileVectorBuilder(ctx);
    const buf = new Float32Array(LANES * all.size);
    const codes = ['D1214', 'D1401', 'D1438', 'M1855', 'M1805', 'M1816', 'E1113', 'K2111'];
    fc.assert(
      fc.property(fc.array(jobArb(codes), { maxLength: 3 }), (jobs) => {
        const v = builder.build(profileOf([], jobs), p);
        buf.fill(0);
        accumulateProximity(ctx, all, v, p, buf);
        for (let s = 0; s < all.size; s++) {
          let expected = 0;
          for (let j = 0; j < v.occupationCount; j++) {
            const l = linkBetween(ctx, p, v.fiches[j]!, all.fiche[s]!);
            if (l) expected = Math.max(expected, Math.fround(v.occupationWeights[j]! * l.strength));
          }
          if (buf[LANES * s + 2] !== expected) expect([s, buf[LANES * s + 2]]).toEqual([s, expected]);
        }
      }),
      { seed: 3, numRuns: 40 },
    );
  });
});
