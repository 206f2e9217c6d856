/**
 * A seeded synthetic corpus of profiles drawn from the snapshot, for benchmarks (never for tests of behaviour).
 * Each profile samples a real fiche, takes a random subset of its items plus noise items from other fiches (5..60
 * skills in total by default), random evidence (confidence, CV sections, months, proficiency) and 0..3 past
 * occupations (the fiche itself, one of its mobility targets, or a random fiche). Same seed → same corpus.
 */
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import type { Profile, ProfileOccupation, ProfileSkill } from '../../src/understand/schema.js';
import type { SectionKind } from '../../src/read/schema.js';

/** mulberry32: a tiny, fast, seeded 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusEntry {
  profile: Profile;
  /** Code of the fiche the profile was drawn from. */
  source: string;
}

export interface CorpusOptions {
  /** Number of profiles. Default 10,000. */
  size?: number;
  seed?: number;
  /** Skills per profile, inclusive range. Default [5, 60]. */
  minSkills?: number;
  maxSkills?: number;
  /** Share of skills taken from the source fiche (the rest is noise). Default 0.8. */
  signal?: number;
  /** Draw source fiches from these fiche ids only (default: all fiches). */
  fiches?: ArrayLike<number>;
}

const SECTIONS: SectionKind[] = ['experience', 'experience', 'skills', 'skills', 'projects', 'education', 'profile', 'other'];
const KINDS = ['savoir-faire', 'savoir-etre', 'savoir'] as const;
const PROFICIENCIES = ['notions', 'intermediate', 'advanced', 'expert'] as const;

/** Builds the corpus. Deterministic for a given snapshot and options. */
export function syntheticCorpus(snap: Snapshot, options: CorpusOptions = {}): CorpusEntry[] {
  const { size = 10_000, seed = 20250917, minSkills = 5, maxSkills = 60, signal = 0.8 } = options;
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(a: ArrayLike<T>): T => a[Math.floor(rnd() * a.length)]!;
  const { items, fiches } = snap.file;
  const sources = options.fiches ?? Uint32Array.from({ length: snap.ficheCount }, (_, i) => i);
  const linked = snap.linkItems;

  const skillOf = (it: number): ProfileSkill => {
    const mentions = Array.from({ length: int(1, 3) }, () => ({ section: pick(SECTIONS), start: 0, end: 1, text: '' }));
    const skill: ProfileSkill = {
      id: String(items.ogr[it]),
      label: items.label[it] ?? '',
      kind: KINDS[items.kind[it] ?? 0] ?? 'savoir',
      confidence: Math.round((0.4 + 0.6 * rnd()) * 100) / 100,
      mentions,
    };
    if (rnd() < 0.5) skill.months = int(1, 120);
    if (rnd() < 0.3) skill.proficiency = pick(PROFICIENCIES);
    return skill;
  };

  const out: CorpusEntry[] = [];
  for (let n = 0; n < size; n++) {
    const f = pick(sources);
    const lo = snap.linkOffsets[f]!;
    const hi = snap.linkOffsets[f + 1]!;
    const count = int(minSkills, maxSkills);
    const fromSheet = Math.min(hi - lo, Math.round(count * signal));
    // partial Fisher–Yates over the fiche's links
    const pool = Array.from(linked.subarray(lo, hi));
    const chosen = new Set<number>();
    for (let i = 0; i < fromSheet; i++) {
      const j = i + Math.floor(rnd() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      chosen.add(pool[i]!);
    }
    while (chosen.size < count) chosen.add(pick(linked));
    const occupations: ProfileOccupation[] = [];
    const jobs = int(0, 3);
    for (let j = 0; j < jobs; j++) {
      const r = rnd();
      const m0 = snap.mobilityOffsets[f]!;
      const m1 = snap.mobilityOffsets[f + 1]!;
      const job = r < 0.4 ? f : r < 0.7 && m1 > m0 ? snap.mobilityTargets[int(m0, m1 - 1)]! : int(0, snap.ficheCount - 1);
      const current = j === 0 && rnd() < 0.5;
      const occ: ProfileOccupation = {
        title: fiches.title[job] ?? '',
        code: fiches.code[job] ?? '',
        appellation: '',
        label: fiches.title[job] ?? '',
        score: Math.round((0.5 + 0.5 * rnd()) * 100) / 100,
        months: int(3, 96),
        current,
      };
      if (!current) occ.recencyMonths = int(0, 180);
      occupations.push(occ);
    }
    const profile: Profile = {
      language: rnd() < 0.8 ? 'fr' : 'en',
      skills: [...chosen].map(skillOf),
      occupations,
      educationLevel: null,
      languages: [],
      totalMonths: occupations.reduce((a, o) => a + (o.months ?? 0), 0),
    };
    out.push({ profile, source: fiches.code[f] ?? '' });
  }
  return out;
}
