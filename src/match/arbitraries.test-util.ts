/**
 * Test helpers for the matcher's tests (not shipped): hand-built profile skills from real ROME ids, and fast-check
 * arbitraries of profiles whose skills are drawn from the items of real sheets (so they actually hit sheets), plus
 * ESCO ids and unknown codes that the core must ignore.
 */
import fc from 'fast-check';
import type { SectionKind } from '../read/schema.js';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile, ProfileOccupation, ProfileSkill } from '../understand/schema.js';

let cached: Promise<Snapshot> | undefined;
/** The bundled snapshot, loaded once per test file. */
export const snapshot = (): Promise<Snapshot> => (cached ??= loadSnapshot());

const KINDS = ['savoir-faire', 'savoir-etre', 'savoir'] as const;
const SECTIONS: (SectionKind | null)[] = ['experience', 'skills', 'projects', 'education', 'profile', 'other', 'interests', null];

/** A profile skill for ROME item `ogr`, with the given evidence. */
export function romeSkill(
  snap: Snapshot,
  ogr: number,
  evidence: { confidence?: number; section?: SectionKind | null; months?: number; proficiency?: ProfileSkill['proficiency'] } = {},
): ProfileSkill {
  const it = snap.itemId(ogr);
  if (it < 0) throw new Error(`no ROME item ${ogr} in the snapshot`);
  const skill: ProfileSkill = {
    id: String(ogr),
    label: snap.file.items.label[it] ?? '',
    kind: KINDS[snap.itemKind[it] ?? 0] ?? 'savoir',
    confidence: evidence.confidence ?? 0.9,
    mentions: [{ section: evidence.section === undefined ? 'skills' : evidence.section, start: 0, end: 1, text: '' }],
  };
  if (evidence.months !== undefined) skill.months = evidence.months;
  if (evidence.proficiency !== undefined) skill.proficiency = evidence.proficiency;
  return skill;
}

/** A past job on fiche `code`. */
export function job(code: string, extra: Partial<ProfileOccupation> = {}): ProfileOccupation {
  return { title: code, code, appellation: '', label: code, score: 0.9, current: false, months: 24, recencyMonths: 0, ...extra };
}

/** A profile from skills and jobs. */
export function profileOf(skills: ProfileSkill[], occupations: ProfileOccupation[] = []): Profile {
  return { language: 'fr', skills, occupations, educationLevel: null, languages: [], totalMonths: 0 };
}

/** The `code_ogr` of every item linked to the given fiches (deduplicated, ascending). */
export function itemsOfFiches(snap: Snapshot, ficheIds: ArrayLike<number>): number[] {
  const out = new Set<number>();
  for (let i = 0; i < ficheIds.length; i++) {
    const f = ficheIds[i]!;
    for (let k = snap.linkOffsets[f]!; k < snap.linkOffsets[f + 1]!; k++) out.add(snap.file.items.ogr[snap.linkItems[k]!]!);
  }
  return [...out].sort((a, b) => a - b);
}

/** Arbitrary skill drawn from `ogrs` (or, 1 time in 15, an ESCO URI or an unknown code). */
export function skillArb(snap: Snapshot, ogrs: readonly number[]): fc.Arbitrary<ProfileSkill> {
  const evidence = fc.record(
    {
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      section: fc.constantFrom(...SECTIONS),
      months: fc.integer({ min: 0, max: 240 }),
      proficiency: fc.constantFrom('notions', 'intermediate', 'advanced', 'expert'),
    },
    { requiredKeys: ['confidence', 'section'] },
  );
  const rome = fc.tuple(fc.constantFrom(...ogrs), evidence).map(([ogr, e]) => romeSkill(snap, ogr, e));
  const foreign = fc.constantFrom('http://data.europa.eu/esco/skill/abc', '999999999', 'not-an-id', '').map(
    (id): ProfileSkill => ({ id, label: id, kind: 'esco', confidence: 1, mentions: [] }),
  );
  return fc.oneof({ arbitrary: rome, weight: 14 }, { arbitrary: foreign, weight: 1 });
}

/** Arbitrary past job on one of `codes` (sometimes current, sometimes long ago, sometimes an unknown code). */
export function jobArb(codes: readonly string[]): fc.Arbitrary<ProfileOccupation> {
  return fc
    .record({
      code: fc.oneof({ arbitrary: fc.constantFrom(...codes), weight: 9 }, { arbitrary: fc.constant('Z9999'), weight: 1 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      months: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
      recencyMonths: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      current: fc.boolean(),
    })
    .map(({ code, score, months, recencyMonths, current }) => {
      const o: ProfileOccupation = { title: code, code, appellation: '', label: code, score, current };
      if (months !== undefined) o.months = months;
      if (recencyMonths !== undefined) o.recencyMonths = recencyMonths;
      return o;
    });
}

/** Arbitrary profile: 0..maxSkills skills from `ogrs`, 0..3 jobs from `codes`. */
export function profileArb(snap: Snapshot, ogrs: readonly number[], codes: readonly string[], maxSkills = 40): fc.Arbitrary<Profile> {
  return fc
    .tuple(fc.array(skillArb(snap, ogrs), { maxLength: maxSkills }), fc.array(jobArb(codes), { maxLength: 3 }))
    .map(([skills, occupations]) => profileOf(skills, occupations));
}
