import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { COEUR } from '../snapshot/format.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile } from '../understand/schema.js';
import { itemsOfFiches, job, profileArb, profileOf, romeSkill, snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { EvidenceIndex } from './evidence.js';
import { explainIndex } from './explain-index.js';
import { Explainer, explainMobility } from './explain.js';
import { DEFAULT_PARAMS } from './params.js';
import { CreditTable } from './credit-table.js';
import { ProfileVectorBuilder } from './profile-vector.js';
import { accumulateProximity } from './proximity.js';
import { accumulateSkills, coverageOf, LANES } from './score.js';
import { compileTargetSet, ficheRows, type TargetSet } from './target-set.js';

let snap: Snapshot;
let ctx: MatchContext;
let digital: TargetSet;
let builder: ProfileVectorBuilder;
let table: CreditTable;
let evidence: EvidenceIndex;
let explainer: Explainer;
const p = DEFAULT_PARAMS;
/** matched / missing of sheet `s` of `set` for `profile`, through the same reusable objects the matcher uses. */
const explain = (set: TargetSet, profile: Profile, s: number) => {
  const v = builder.build(profile, p);
  table.load(v);
  evidence.load(profile, v);
  return explainer.items(set, explainIndex(ctx, set), s, table, evidence);
};

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  digital = compileTargetSet(ctx, ficheRows(ctx, snap.digital), p);
  builder = new ProfileVectorBuilder(ctx);
  table = new CreditTable(ctx);
  evidence = new EvidenceIndex(ctx);
  explainer = new Explainer(ctx);
});

describe('explainItems', () => {
  it('lists credited items by contribution and the uncredited core items by importance; matched adds up to the coverage (property)', () => {
    const ogrs = itemsOfFiches(snap, snap.digital);
    const codes = Array.from(snap.digital, (f) => snap.file.fiches.code[f]!);
    const buf = new Float32Array(LANES * digital.size);
    fc.assert(
      fc.property(profileArb(snap, ogrs, codes), fc.integer({ min: 0, max: 152 }), (profile, s) => {
        accumulateSkills(digital, builder.build(profile, p), buf);
        const { matched, missing } = explain(digital, profile, s);
        const rows = new Map<number, number>();
        for (let k = digital.offsets[s]!; k < digital.offsets[s + 1]!; k++) rows.set(digital.items[k]!, digital.coeur[k]!);
        const contribution = matched.map((m) => m.weight * m.credit);
        for (let i = 1; i < contribution.length; i++) expect(contribution[i]!).toBeLessThanOrEqual(contribution[i - 1]! + 1e-4);
        expect(contribution.reduce((a, b) => a + b, 0)).toBeCloseTo(coverageOf(digital, buf, s), 2);
        for (const m of matched) {
          const it = snap.itemId(Number(m.ogr));
          expect(rows.has(it)).toBe(true);
          expect(m.credit).toBeGreaterThan(0);
          const held = snap.itemId(Number(m.evidence.skill));
          if (m.via === 'direct') expect(held).toBe(it);
          if (m.via === 'competence') expect(ctx.itemMacro[held]).toBe(it);
          if (m.via === 'macro') expect(held).toBe(ctx.itemMacro[it]);
        }
        const expectedMissing = [...rows].filter(([it, coeur]) => coeur !== COEUR.NONE && Math.round(table.credit(it) * 10_000) === 0).map(([it]) => it);
        expect(missing.map((m) => snap.itemId(Number(m.ogr))).sort()).toEqual(expectedMissing.sort());
        const rank = missing.map((m) => (m.core === 'principale' ? 0 : 1));
        expect(rank).toEqual([...rank].sort());
        for (let i = 1; i < missing.length; i++) {
          if (missing[i]!.core === missing[i - 1]!.core) expect(missing[i]!.weight).toBeLessThanOrEqual(missing[i - 1]!.weight);
        }
      }),
      { seed: 31, numRuns: 120 },
    );
  });

  it('picks, among duplicate skills, the one that earned the credit, whatever their order', () => {
    const weak = romeSkill(snap, 102788, { confidence: 0.2 });
    const strong = { ...romeSkill(snap, 102788, { confidence: 0.9, months: 30 }), label: 'HTML5' };
    const s = Array.from(digital.fiche).indexOf(snap.ficheId('M1855'));
    for (const skills of [
      [weak, strong],
      [strong, weak],
    ]) {
      const { matched } = explain(digital, profileOf(skills), s);
      expect(matched.find((m) => m.ogr === '102788')?.evidence).toEqual({ skill: '102788', label: 'HTML5', confidence: 0.9, mentions: 1, months: 30 });
    }
  });
});

describe('Explainer ordering', () => {
  it('orders a sheet holding more than 64 items by contribution, then folded label, then item (the long-list sort)', () => {
    const all = compileTargetSet(ctx, ficheRows(ctx, Array.from({ length: snap.ficheCount }, (_, i) => i)), p);
    let s = 0;
    for (let t = 1; t < all.size; t++) if (all.offsets[t + 1]! - all.offsets[t]! > all.offsets[s + 1]! - all.offsets[s]!) s = t;
    const ogrs = Array.from(all.items.subarray(all.offsets[s]!, all.offsets[s + 1]!), (it) => snap.file.items.ogr[it]!);
    expect(ogrs.length).toBeGreaterThan(64);
    const { matched } = explain(all, profileOf(ogrs.map((o) => romeSkill(snap, o, { confidence: 1, months: 24 }))), s);
    expect(matched.length).toBeGreaterThan(64);
    const linkOf = new Map<number, number>();
    for (let k = all.offsets[s]!; k < all.offsets[s + 1]!; k++) linkOf.set(all.items[k]!, k);
    const keyOf = (ogr: string): [number, string, number] => {
      const it = snap.itemId(Number(ogr));
      return [all.weights[linkOf.get(it)!]! * table.credit(it), ctx.labelKey(it), it];
    };
    for (let i = 1; i < matched.length; i++) {
      const [ca, la, ia] = keyOf(matched[i - 1]!.ogr);
      const [cb, lb, ib] = keyOf(matched[i]!.ogr);
      expect(ca > cb || (ca === cb && (la < lb || (la === lb && ia < ib)))).toBe(true);
    }
  });
});

describe('explainMobility', () => {
  it('names the past job and the link behind the proximity component', () => {
    const buf = new Float32Array(LANES * digital.size);
    const profile = profileOf([], [job('D1214', { recencyMonths: 40 }), job('D1401', { current: true })]);
    const v = builder.build(profile, p);
    accumulateSkills(digital, v, buf);
    accumulateProximity(ctx, digital, v, p, buf);
    const s = Array.from(digital.fiche).indexOf(snap.ficheId('D1438'));
    const mobility = explainMobility(ctx, digital, s, v, p);
    expect(mobility).toMatchObject({ occupation: 1, from: 'D1401', link: 'same-parent', strength: p.sameParent });
    expect(mobility!.weight).toBeCloseTo(buf[LANES * s + 2]!, 4);
    const unrelated = Array.from(digital.fiche).indexOf(snap.ficheId('M1855'));
    expect(explainMobility(ctx, digital, unrelated, v, p)).toBeUndefined();
  });
});
