import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile } from '../understand/schema.js';
import { itemsOfFiches, job, profileArb, profileOf, romeSkill, snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { DEFAULT_PARAMS, practiceFactor, recencyFactor } from './params.js';
import { CreditTable } from './credit-table.js';
import { occupationWeight, ProfileVectorBuilder, skillWeight, type ProfileVector } from './profile-vector.js';

let snap: Snapshot;
let ctx: MatchContext;
let builder: ProfileVectorBuilder;
let table: CreditTable;
const p = DEFAULT_PARAMS;
const creditOf = (_: MatchContext, v: ProfileVector, item: number): number => {
  table.load(v);
  return table.credit(item);
};
const viaOf = (v: ProfileVector, item: number) => {
  table.load(v);
  return table.via(item);
};
const CODER = 400261; // "Coder", a compétence under a macro-compétence
let coder: number;
let macro: number;
let macroOgr: number;
let sibling: number;

/** A plain copy of the builder's (reused) output. */
const snapshotOf = (v: ProfileVector) => ({
  items: Array.from(v.items.subarray(0, v.itemCount)),
  weights: Array.from(v.weights.subarray(0, v.itemCount)),
  expanded: Array.from(v.expanded.subarray(0, v.itemCount)),
  macros: Array.from(v.macros.subarray(0, v.macroCount)),
  macroWeights: Array.from(v.macroWeights.subarray(0, v.macroCount)),
  fiches: Array.from(v.fiches.subarray(0, v.occupationCount)),
  occupationWeights: Array.from(v.occupationWeights.subarray(0, v.occupationCount)),
});

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  builder = new ProfileVectorBuilder(ctx);
  table = new CreditTable(ctx);
  coder = snap.itemId(CODER);
  macro = ctx.itemMacro[coder]!;
  macroOgr = snap.file.items.ogr[macro]!;
  sibling = snap.file.items.macro.findIndex((m, i) => m === macro && i !== coder);
});

describe('skillWeight and occupationWeight', () => {
  it('multiply confidence, the best section, practice and proficiency', () => {
    const s = romeSkill(snap, CODER, { confidence: 0.8, section: 'skills', months: 24, proficiency: 'intermediate' });
    s.mentions.push({ section: 'experience', start: 5, end: 9, text: '' });
    const expected = 0.8 * p.section.experience * practiceFactor(p, 24) * p.proficiency.intermediate;
    expect(skillWeight(p, s)).toBeCloseTo(expected, 12);
    expect(skillWeight(p, { ...s, mentions: [] })).toBeCloseTo((expected / p.section.experience) * p.section.none, 12);
    expect(skillWeight(p, { ...s, confidence: 7 })).toBeLessThanOrEqual(1);
  });

  it('weighs a job by its mapping score, tenure and recency (a current job is recent)', () => {
    const o = job('M1855', { score: 0.5, months: 12, recencyMonths: 30, current: false });
    expect(occupationWeight(p, o)).toBeCloseTo(0.5 * practiceFactor(p, 12) * recencyFactor(p, 30), 12);
    expect(occupationWeight(p, { ...o, current: true })).toBeCloseTo(0.5 * practiceFactor(p, 12), 12);
  });
});

describe('ProfileVectorBuilder', () => {
  it('ignores ESCO URIs, unknown ids and zero-confidence skills, and keeps the max over duplicates', () => {
    const v = builder.build(
      profileOf([
        { id: 'http://data.europa.eu/esco/skill/x', label: 'x', kind: 'esco', confidence: 1, mentions: [] },
        { id: '999999999', label: 'y', kind: 'savoir', confidence: 1, mentions: [] },
        romeSkill(snap, 102788, { confidence: 0 }),
        romeSkill(snap, 113236, { confidence: 0.3 }),
        romeSkill(snap, 113236, { confidence: 0.6 }),
      ]),
      p,
    );
    const css = snap.itemId(113236);
    expect(snapshotOf(v).items).toEqual([css]);
    expect(v.weights[0]).toBeCloseTo(skillWeight(p, romeSkill(snap, 113236, { confidence: 0.6 })), 6);
  });

  it('credits the macro-compétence of a held compétence (via "competence") at macroFromCompetence × u', () => {
    const s = romeSkill(snap, CODER, { section: 'experience', months: 36 });
    const v = builder.build(profileOf([s]), p);
    const u = Math.fround(skillWeight(p, s));
    expect(creditOf(ctx, v, coder)).toBeCloseTo(u, 6);
    expect(viaOf(v, coder)).toBe('direct');
    expect(creditOf(ctx, v, macro)).toBeCloseTo(p.macroFromCompetence * u, 6);
    expect(viaOf(v, macro)).toBe('competence');
    expect(creditOf(ctx, v, sibling)).toBe(0);
  });

  it('credits every compétence of a held macro-compétence (via "macro") at competenceFromMacro × u', () => {
    const s = romeSkill(snap, macroOgr, { section: 'experience' });
    const v = builder.build(profileOf([s]), p);
    const u = Math.fround(skillWeight(p, s));
    expect(creditOf(ctx, v, macro)).toBeCloseTo(u, 6);
    expect(creditOf(ctx, v, sibling)).toBeCloseTo(p.competenceFromMacro * u, 6);
    expect(viaOf(v, sibling)).toBe('macro');
  });

  it('gives a compétence held along with its macro-compétence the max of both credits, never their sum', () => {
    for (const confidence of [0.9, 0.1]) {
      const c = romeSkill(snap, CODER, { confidence });
      const m = romeSkill(snap, macroOgr, { confidence: 1 });
      const v = builder.build(profileOf([c, m]), p);
      const expected = Math.max(skillWeight(p, c), p.competenceFromMacro * skillWeight(p, m));
      expect(creditOf(ctx, v, coder)).toBeCloseTo(expected, 6);
      expect(creditOf(ctx, v, macro)).toBeCloseTo(Math.max(skillWeight(p, m), p.macroFromCompetence * skillWeight(p, c)), 6);
    }
  });

  it('keeps past jobs sorted by fiche, the heavier of a repeated fiche, and drops unknown codes', () => {
    const v = builder.build(
      profileOf([], [job('M1855', { score: 0.4 }), job('Z0000'), job('D1214', { score: 0.9 }), job('M1855', { score: 0.8 })]),
      p,
    );
    expect(snapshotOf(v).fiches).toEqual([snap.ficheId('D1214'), snap.ficheId('M1855')].sort((a, b) => a - b));
    const at = snapshotOf(v).fiches.indexOf(snap.ficheId('M1855'));
    expect(v.occupationIndex[at]).toBe(3);
    expect(v.occupationWeights[at]).toBeCloseTo(occupationWeight(p, job('M1855', { score: 0.8 })), 6);
  });

  it('reports each skill’s item and weight in profile order, −1 for the skills the core ignores', () => {
    const html = romeSkill(snap, 102788, { confidence: 0.8 });
    const v = builder.build(
      profileOf([
        { id: 'http://data.europa.eu/esco/skill/x', label: 'x', kind: 'esco', confidence: 1, mentions: [] },
        html,
        romeSkill(snap, 113236, { confidence: 0 }),
      ]),
      p,
    );
    expect(v.skillCount).toBe(3);
    expect(Array.from(v.skillItems.subarray(0, 3))).toEqual([-1, snap.itemId(102788), -1]);
    expect(v.skillWeights[1]).toBe(Math.fround(skillWeight(p, html)));
  });

  it('recovers from a malformed profile: the next vector equals a fresh builder’s', () => {
    const good = profileOf([romeSkill(snap, CODER), romeSkill(snap, 113236)], [job('M1855')]);
    const broken = profileOf([romeSkill(snap, 113236), { id: '102788' } as unknown as ReturnType<typeof romeSkill>]);
    expect(() => builder.build(broken, p)).toThrow(TypeError);
    expect(snapshotOf(builder.build(good, p))).toEqual(snapshotOf(new ProfileVectorBuilder(ctx).build(good, p)));
  });

  it('does not depend on the order of skills (property)', () => {
    const ogrs = itemsOfFiches(snap, snap.digital);
    const codes = Array.from(snap.digital, (f) => snap.file.fiches.code[f]!);
    fc.assert(
      fc.property(
        profileArb(snap, ogrs, codes).chain((pr) => fc.tuple(fc.constant(pr), fc.shuffledSubarray(pr.skills, { minLength: pr.skills.length }))),
        ([pr, shuffled]: [Profile, Profile['skills']]) => {
          const a = snapshotOf(builder.build(pr, p));
          const b = snapshotOf(builder.build({ ...pr, skills: shuffled }, p));
          expect(b).toEqual(a);
          for (let i = 1; i < a.items.length; i++) expect(a.items[i]!).toBeGreaterThan(a.items[i - 1]!);
          for (const w of [...a.weights, ...a.macroWeights]) expect(w > 0 && w <= 1).toBe(true);
        },
      ),
      { seed: 11, numRuns: 150 },
    );
  });
});
