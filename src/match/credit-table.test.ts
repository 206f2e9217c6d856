import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../snapshot/snapshot.js';
import { profileOf, romeSkill, snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { CreditTable } from './credit-table.js';
import { DEFAULT_PARAMS } from './params.js';
import { ProfileVectorBuilder, skillWeight } from './profile-vector.js';

let snap: Snapshot;
let ctx: MatchContext;
let builder: ProfileVectorBuilder;

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  builder = new ProfileVectorBuilder(ctx);
});

describe('CreditTable', () => {
  it('reads credits of the loaded vector and forgets the previous one on reload', () => {
    const table = new CreditTable(ctx);
    const html = romeSkill(snap, 102788, { confidence: 0.8 });
    table.load(builder.build(profileOf([html]), DEFAULT_PARAMS));
    expect(table.credit(snap.itemId(102788))).toBeCloseTo(skillWeight(DEFAULT_PARAMS, html), 6);
    expect(table.via(snap.itemId(102788))).toBe('direct');
    table.load(builder.build(profileOf([romeSkill(snap, 113236)]), DEFAULT_PARAMS));
    expect(table.credit(snap.itemId(102788))).toBe(0);
    expect(table.credit(snap.itemId(113236))).toBeGreaterThan(0);
  });

  it('adds the credit a held macro-compétence passes to its compétences', () => {
    const table = new CreditTable(ctx);
    const coder = snap.itemId(400261);
    const macro = ctx.itemMacro[coder]!;
    const m = romeSkill(snap, snap.file.items.ogr[macro]!, { confidence: 1 });
    table.load(builder.build(profileOf([m]), DEFAULT_PARAMS));
    expect(table.credit(coder)).toBeCloseTo(DEFAULT_PARAMS.competenceFromMacro * skillWeight(DEFAULT_PARAMS, m), 6);
    expect(table.credit(coder, macro)).toBe(table.credit(coder));
    expect(table.credit(coder, -1)).toBe(0);
    expect(table.via(coder)).toBe('macro');
    expect(table.via(macro)).toBe('direct');
  });
});
