import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { COEUR } from '../snapshot/format.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { itemsOfFiches, profileArb, snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { DEFAULT_PARAMS, resolveParams } from './params.js';
import { CreditTable } from './credit-table.js';
import { ProfileVectorBuilder } from './profile-vector.js';
import { accumulateSkills, combine, coreCoverageOf, coverageFloor, coverageOf, LANES, scoreKey, skillsFromCoverage } from './score.js';
import { compileTargetSet, ficheRows, type TargetSet } from './target-set.js';

let snap: Snapshot;
let ctx: MatchContext;
let digital: TargetSet;
const p = DEFAULT_PARAMS;

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  digital = compileTargetSet(ctx, ficheRows(ctx, snap.digital), p);
});

describe('the pure score', () => {
  it('bends coverage with a saturating curve through 0, the knee and 1', () => {
    expect(skillsFromCoverage(p, 0)).toBe(0);
    expect(skillsFromCoverage(p, 1)).toBeCloseTo(1, 12);
    expect(skillsFromCoverage(p, p.coverageKnee)).toBeCloseTo((1 + p.coverageKnee) / 2, 12);
  });

  it('stays in 0..1, is monotone in coverage and proximity, and ignores proximity when the mix is 0', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, unit, unit, (c1, c2, x1, x2) => {
        const [cLo, cHi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const [xLo, xHi] = x1 <= x2 ? [x1, x2] : [x2, x1];
        const s = combine(p, cLo, xLo);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        expect(combine(p, cHi, xLo)).toBeGreaterThanOrEqual(s);
        expect(combine(p, cLo, xHi)).toBeGreaterThanOrEqual(s);
        expect(combine({ ...p, proximityMix: 0 }, cLo, xHi)).toBeCloseTo(skillsFromCoverage(p, cLo), 12);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('never puts the coverage floor above a coverage whose key beats the threshold (the skip in the sparse ranking is safe)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -1, max: 10_000 }), fc.constantFrom(0.01, 0.1, 3), (c, t, knee) => {
        const q = { ...p, coverageKnee: knee };
        if (scoreKey(combine(q, c, 0)) > t) expect(c).toBeGreaterThanOrEqual(coverageFloor(q, t));
      }),
      { seed: 4, numRuns: 20_000 },
    );
    // at the exact boundary too: the smallest coverage reaching key t + 1
    for (const t of [0, 1, 99, 5000, 9998]) {
      const s = (t + 0.5) / 10_000;
      const c = (s * p.coverageKnee) / (1 + p.coverageKnee - s);
      for (const x of [c, c * (1 + 1e-12), c * (1 - 1e-12)]) if (scoreKey(combine(p, x, 0)) > t) expect(x).toBeGreaterThanOrEqual(coverageFloor(p, t));
    }
    expect(coverageFloor(p, 10_000)).toBe(Number.POSITIVE_INFINITY);
  });

  it('lets a perfect past job fill proximityMix of the gap the skills leave', () => {
    expect(combine(p, 0, 1)).toBeCloseTo(p.proximityMix, 12);
  });
});

describe('accumulateSkills', () => {
  it('equals a sheet-by-sheet computation of Σ weight × credit, for all and for core items (property)', () => {
    const builder = new ProfileVectorBuilder(ctx);
    const buf = new Float32Array(LANES * digital.size);
    const ogrs = itemsOfFiches(snap, snap.digital);
    const codes = Array.from(snap.digital, (f) => snap.file.fiches.code[f]!);
    const table = new CreditTable(ctx);
    fc.assert(
      fc.property(profileArb(snap, ogrs, codes), (profile) => {
        const v = builder.build(profile, p);
        table.load(v);
        accumulateSkills(digital, v, buf);
        for (let s = 0; s < digital.size; s++) {
          let held = 0;
          let core = 0;
          for (let k = digital.offsets[s]!; k < digital.offsets[s + 1]!; k++) {
            const c = digital.weights[k]! * table.credit(digital.items[k]!);
            held += c;
            if (digital.coeur[k] !== COEUR.NONE) core += c;
          }
          expect(buf[LANES * s]).toBeCloseTo(held, 4);
          expect(buf[LANES * s + 1]).toBeCloseTo(core, 4);
          expect(coverageOf(digital, buf, s)).toBeLessThanOrEqual(1);
          expect(coreCoverageOf(digital, buf, s)).toBeLessThanOrEqual(1);
        }
      }),
      { seed: 2, numRuns: 60 },
    );
  });

  it('clears the whole buffer first: an empty profile leaves every lane at 0', () => {
    const builder = new ProfileVectorBuilder(ctx);
    const buf = new Float32Array(LANES * digital.size).fill(9);
    const empty = { language: 'fr' as const, skills: [], occupations: [], educationLevel: null, languages: [], totalMonths: 0 };
    accumulateSkills(digital, builder.build(empty, resolveParams({ practiceFloor: 0.1 })), buf);
    expect(buf.every((x) => x === 0)).toBe(true);
  });
});
