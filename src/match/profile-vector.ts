import type { SectionKind } from '../read/schema.js';
import type { Profile, ProfileOccupation, ProfileSkill, Proficiency } from '../understand/schema.js';
import type { MatchContext } from './context.js';
import { curvesOf } from './curves.js';
import { practiceFactor, recencyFactor, type ProficiencyWeights, type ScoringParams, type SectionWeights } from './params.js';

/**
 * A profile in the matcher's terms: sorted item ids with Float32 weights, held macro-compétences, past fiches.
 *
 * Credit model (all credits in 0..1, combined by max, never summed):
 * - a held item `i` gets `u(i) = confidence × section × practice × proficiency` ({@link skillWeight});
 * - a sheet's macro-compétence `m` gets `max(u(m), macroFromCompetence × max u(c))` over held compétences `c` under it;
 * - a sheet's compétence `c` gets `max(u(c), competenceFromMacro × u(macro(c)))`.
 * The last credit is paid through the macro-compétence inverted index (one posting per sheet), so `items` carries
 * `max(0, u(c) − competenceFromMacro × u(m))` for a compétence whose macro-compétence is also held: the two postings
 * add up to the max.
 */
export interface ProfileVector {
  /** Items, strictly increasing, and the weight each one's postings carry. */
  itemCount: number;
  items: Uint32Array;
  weights: Float32Array;
  /** 1 when the item's credit comes from a held compétence under it rather than from the item itself. */
  expanded: Uint8Array;
  /** Held macro-compétences, strictly increasing, with the credit each passes to its compétences. */
  macroCount: number;
  macros: Uint32Array;
  macroWeights: Float32Array;
  /** Past jobs: fiche ids strictly increasing, weight `score × practice × recency`, index in `profile.occupations`. */
  occupationCount: number;
  fiches: Uint32Array;
  occupationWeights: Float32Array;
  occupationIndex: Uint32Array;
  /**
   * The profile's skills in profile order, as the core saw them: `skillItems[j]` is skill `j`'s item, or −1 when the
   * core ignores it (not a ROME `code_ogr`, or a weight of 0); `skillWeights[j]` its weight `u`. Explanations pick
   * their evidence from these, without weighing the skills again.
   */
  skillCount: number;
  skillItems: Int32Array;
  skillWeights: Float32Array;
}

const clamp01 = (x: number): number => (x > 0 ? (x < 1 ? x : 1) : 0);

/** Weight of a CV section (a switch: monomorphic loads, far faster than a keyed lookup in the hot path). */
function sectionWeight(w: Readonly<SectionWeights>, section: SectionKind | null): number {
  // null first: comparing it with each string case would go through the generic equality builtin
  if (section === null) return w.none;
  switch (section) {
    case 'experience':
      return w.experience;
    case 'skills':
      return w.skills;
    case 'projects':
      return w.projects;
    case 'education':
      return w.education;
    case 'profile':
      return w.profile;
    case 'certifications':
      return w.certifications;
    case 'other':
      return w.other;
    case 'languages':
      return w.languages;
    case 'interests':
      return w.interests;
    default:
      return w.none;
  }
}

function proficiencyWeight(w: Readonly<ProficiencyWeights>, level: Proficiency | undefined): number {
  if (level === undefined) return w.unspecified; // as above: most skills state no proficiency
  switch (level) {
    case 'notions':
      return w.notions;
    case 'intermediate':
      return w.intermediate;
    case 'advanced':
      return w.advanced;
    case 'expert':
      return w.expert;
    default:
      return w.unspecified;
  }
}

/** Weight 0..1 of one profile skill: `confidence × best section × practice(months) × proficiency`. */
export function skillWeight(p: Readonly<ScoringParams>, skill: ProfileSkill): number {
  return weighSkill(p, skill, practiceFactor(p, skill.months));
}

/** {@link skillWeight} given the skill's practice factor (from the formula or its lookup table: the same value). */
function weighSkill(p: Readonly<ScoringParams>, skill: ProfileSkill, practice: number): number {
  const mentions = skill.mentions;
  let section = mentions.length === 0 ? p.section.none : 0;
  for (let i = 0; i < mentions.length; i++) {
    const w = sectionWeight(p.section, mentions[i]!.section);
    if (w > section) section = w;
  }
  return clamp01(clamp01(skill.confidence) * section * practice * proficiencyWeight(p.proficiency, skill.proficiency));
}

/** Weight 0..1 of one past job: `score × practice(months) × recency` (a current job is 0 months ago). */
export function occupationWeight(p: Readonly<ScoringParams>, o: ProfileOccupation): number {
  return weighOccupation(p, o, practiceFactor(p, o.months));
}

function weighOccupation(p: Readonly<ScoringParams>, o: ProfileOccupation, practice: number): number {
  return clamp01(clamp01(o.score) * practice * recencyFactor(p, o.current ? 0 : o.recencyMonths));
}

/** `a`, or a larger array of the same type (≥ `need`, at least twice `a`) when it is too short: no closure per call. */
const grow = <T extends Uint32Array | Int32Array | Float32Array | Uint8Array>(a: T, need: number, make: new (n: number) => T): T =>
  a.length >= need ? a : new make(Math.max(need, a.length * 2));

/** Stride of the builder's per-item records: own weight, credit from a compétence under it, macro-compétence, flags. */
const REC = 4;

/**
 * Builds {@link ProfileVector}s into reusable, growable typed arrays. Each item has a 16-byte record in one buffer:
 * its own weight (`f32[4i]`) and the credit it gets from a held compétence under it (`f32[4i + 1]`), both 0 when
 * untouched, next to its macro-compétence (`i32[4i + 2]`, −1 for none) and whether it is one (`i32[4i + 3]`). A skill
 * thus costs one cache line here and no search; duplicates merge in place (max), only the few dozen touched items
 * are sorted, and their records are reset at the end. The vector returned by {@link build} is owned by the builder
 * and overwritten by the next call. Skills whose id is not a ROME `code_ogr` (ESCO URIs) are ignored; so are
 * occupations with an unknown code.
 */
export class ProfileVectorBuilder {
  private readonly ctx: MatchContext;
  private readonly f32: Float32Array;
  private readonly i32: Int32Array;
  /** Touched items of the current build, unique (held items first, then macro-compétences reached by expansion). */
  private touched = new Uint32Array(64);
  private readonly vector: ProfileVector = {
    itemCount: 0,
    items: new Uint32Array(128),
    weights: new Float32Array(128),
    expanded: new Uint8Array(128),
    macroCount: 0,
    macros: new Uint32Array(64),
    macroWeights: new Float32Array(64),
    occupationCount: 0,
    fiches: new Uint32Array(8),
    occupationWeights: new Float32Array(8),
    occupationIndex: new Uint32Array(8),
    skillCount: 0,
    skillItems: new Int32Array(64),
    skillWeights: new Float32Array(64),
  };

  constructor(ctx: MatchContext) {
    this.ctx = ctx;
    const buffer = new ArrayBuffer(REC * 4 * ctx.itemCount);
    this.f32 = new Float32Array(buffer);
    this.i32 = new Int32Array(buffer);
    const { isMacro } = ctx.snapshot.file.items;
    for (let it = 0; it < ctx.itemCount; it++) {
      this.i32[REC * it + 2] = ctx.itemMacro[it]!;
      this.i32[REC * it + 3] = isMacro[it] ? 1 : 0;
    }
  }

  /** The profile's vector under `p`; valid until the next call. Deterministic and independent of skill order. */
  build(profile: Profile, p: Readonly<ScoringParams>): ProfileVector {
    try {
      return this.fill(profile, p);
    } catch (e) {
      // a malformed profile threw half-way: leave no stale weight behind for the next call
      for (let it = 0; it < this.ctx.itemCount; it++) this.f32[REC * it] = this.f32[REC * it + 1] = 0;
      throw e;
    }
  }

  private fill(profile: Profile, p: Readonly<ScoringParams>): ProfileVector {
    const { ctx, f32, i32, vector: v } = this;
    const curves = curvesOf(p);
    const skills = profile.skills;
    const ns = skills.length;
    v.skillItems = grow(v.skillItems, ns, Int32Array);
    v.skillWeights = grow(v.skillWeights, ns, Float32Array);
    this.touched = grow(this.touched, 2 * ns, Uint32Array);
    const { touched } = this;
    const { skillItems, skillWeights } = v;

    // 1. held items: max weight over duplicate skills
    let n = 0;
    for (let j = 0; j < ns; j++) {
      const skill = skills[j]!;
      let it = ctx.itemOf(skill.id);
      const u = it < 0 ? 0 : Math.fround(weighSkill(p, skill, curves.practice(skill.months)));
      if (!(u > 0)) it = -1;
      skillItems[j] = it;
      skillWeights[j] = u;
      if (it < 0) continue;
      const d = f32[REC * it]!;
      if (d === 0) touched[n++] = it;
      if (u > d) f32[REC * it] = u;
    }
    v.skillCount = ns;

    // 2. a held compétence credits its macro-compétence (max over the compétences held under it)
    const held = n;
    for (let j = 0; j < held; j++) {
      const it = touched[j]!;
      const m = i32[REC * it + 2]!;
      const e = Math.fround(p.macroFromCompetence * f32[REC * it]!);
      if (m < 0 || !(e > 0)) continue;
      const at = REC * m;
      if (f32[at] === 0 && f32[at + 1] === 0) touched[n++] = m;
      if (e > f32[at + 1]!) f32[at + 1] = e;
    }
    touched.subarray(0, n).sort(); // the built-in typed-array sort: 4× faster than an insertion sort here

    // 3. one pass in item order: posting weights, expansion flags, held macro-compétences; then reset the records
    v.items = grow(v.items, n, Uint32Array);
    v.weights = grow(v.weights, n, Float32Array);
    v.expanded = grow(v.expanded, n, Uint8Array);
    v.macros = grow(v.macros, held, Uint32Array);
    v.macroWeights = grow(v.macroWeights, held, Float32Array);
    const gamma = p.competenceFromMacro;
    let ni = 0;
    let nm = 0;
    for (let j = 0; j < n; j++) {
      const at = REC * touched[j]!;
      const d = f32[at]!;
      const x = f32[at + 1]!;
      let w = d >= x ? d : x;
      const m = i32[at + 2]!;
      if (m >= 0 && d > 0) {
        const dm = f32[REC * m]!;
        if (dm > 0) w = Math.max(0, Math.fround(d - Math.fround(gamma * dm)));
      }
      if (w > 0) {
        v.items[ni] = touched[j]!;
        v.weights[ni] = w;
        v.expanded[ni] = x > d ? 1 : 0;
        ni++;
      }
      if (d > 0 && i32[at + 3]) {
        const c = Math.fround(gamma * d);
        if (c > 0) {
          v.macros[nm] = touched[j]!;
          v.macroWeights[nm] = c;
          nm++;
        }
      }
    }
    for (let j = 0; j < n; j++) {
      const at = REC * touched[j]!;
      f32[at] = 0;
      f32[at + 1] = 0;
    }
    v.itemCount = ni;
    v.macroCount = nm;
    this.buildOccupations(profile, p);
    return v;
  }

  private buildOccupations(profile: Profile, p: Readonly<ScoringParams>): void {
    const v = this.vector;
    const occ = profile.occupations;
    v.fiches = grow(v.fiches, occ.length, Uint32Array);
    v.occupationWeights = grow(v.occupationWeights, occ.length, Float32Array);
    v.occupationIndex = grow(v.occupationIndex, occ.length, Uint32Array);
    const curves = curvesOf(p);
    let n = 0;
    for (let o = 0; o < occ.length; o++) {
      const job = occ[o]!;
      const f = this.ctx.snapshot.ficheId(job.code);
      if (f < 0) continue;
      const w = Math.fround(weighOccupation(p, job, curves.practice(job.months)));
      if (!(w > 0)) continue;
      // insertion into the sorted list; same fiche twice keeps the heavier job (the earlier one on a tie)
      let at = 0;
      while (at < n && v.fiches[at]! < f) at++;
      if (at < n && v.fiches[at] === f) {
        if (w > v.occupationWeights[at]!) {
          v.occupationWeights[at] = w;
          v.occupationIndex[at] = o;
        }
        continue;
      }
      v.fiches.copyWithin(at + 1, at, n);
      v.occupationWeights.copyWithin(at + 1, at, n);
      v.occupationIndex.copyWithin(at + 1, at, n);
      v.fiches[at] = f;
      v.occupationWeights[at] = w;
      v.occupationIndex[at] = o;
      n++;
    }
    v.occupationCount = n;
  }
}
