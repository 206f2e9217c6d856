import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../snapshot/snapshot.js';
import { profileOf, romeSkill, snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { EvidenceIndex } from './evidence.js';
import { DEFAULT_PARAMS } from './params.js';
import { ProfileVectorBuilder } from './profile-vector.js';

let snap: Snapshot;
let ctx: MatchContext;
let builder: ProfileVectorBuilder;
const CODER = 400261; // a compétence under a macro-compétence

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  builder = new ProfileVectorBuilder(ctx);
});

const loaded = (index: EvidenceIndex, skills: Parameters<typeof profileOf>[0]): EvidenceIndex => {
  const profile = profileOf(skills);
  index.load(profile, builder.build(profile, DEFAULT_PARAMS));
  return index;
};

describe('EvidenceIndex', () => {
  it('cites the skill held as the item, the best compétence under a macro-compétence, and the held macro-compétence', () => {
    const coder = snap.itemId(CODER);
    const macro = ctx.itemMacro[coder]!;
    const sibling = snap.file.items.macro.findIndex((m, i) => m === macro && i !== coder);
    const weak = { ...romeSkill(snap, CODER, { confidence: 0.3 }), label: 'weak' };
    const strong = { ...romeSkill(snap, CODER, { confidence: 0.9, months: 30 }), label: 'strong' };
    const m = romeSkill(snap, snap.file.items.ogr[macro]!, { confidence: 0.8 });
    for (const skills of [[weak, strong, m], [m, strong, weak]]) {
      const index = loaded(new EvidenceIndex(ctx), skills);
      expect(index.evidence(coder, 'direct')).toEqual({ skill: String(CODER), label: 'strong', confidence: 0.9, mentions: 1, months: 30 });
      expect(index.evidence(macro, 'competence')?.label).toBe('strong');
      expect(index.evidence(sibling, 'macro')?.skill).toBe(String(snap.file.items.ogr[macro]));
      expect(index.evidence(sibling, 'direct')).toBeNull();
    }
  });

  it('shares one evidence object per cited skill within a load, and forgets the previous profile on reload', () => {
    const index = new EvidenceIndex(ctx);
    const coder = snap.itemId(CODER);
    const macro = ctx.itemMacro[coder]!;
    loaded(index, [romeSkill(snap, CODER)]);
    const first = index.evidence(coder, 'direct');
    expect(first).not.toBeNull();
    expect(index.evidence(macro, 'competence')).toBe(first);
    loaded(index, [romeSkill(snap, 102788)]);
    expect(index.evidence(coder, 'direct')).toBeNull();
    expect(index.evidence(macro, 'competence')).toBeNull();
    loaded(index, [romeSkill(snap, CODER)]);
    expect(index.evidence(coder, 'direct')).toEqual(first);
    expect(index.evidence(coder, 'direct')).not.toBe(first);
  });
});
