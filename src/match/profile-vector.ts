import type { SectionKind } from '../read/schema.js';
import type { Profile, ProfileOccupation, ProfileSkill, Proficiency } from '../understand/schema.js';
import type { MatchContext } from './context.js';
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
}

const clamp01 = (x: number): number => (x > 0 ? (x < 1 ? x : 1) : 0);

/** Weight of a CV section (a switch: monomorphic loads, far faster than a keyed lookup in the hot path). */
function sectionWeight(w: Readonly<SectionWeights>, section: SectionKind | null): number {
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
  const mentions = skill.mentions;
  let section = mentions.length === 0 ? p.section.none : 0;
  for (let i = 0; i < mentions.length; i++) {
    const w = sectionWeight(p.section, mentions[i]!.section);
    if (w > section) section = w;
  }
  return clamp01(clamp01(skill.confidence) * section * practiceFactor(p, skill.months) * proficiencyWeight(p.proficiency, skill.proficiency));
}

/** Weight 0..1 of one past job: `score × practice(months) × recency` (a current job is 0 months ago). */
export function occupationWeight(p: Readonly<ScoringParams>, o: ProfileOccupation): number {
  return clamp01(clamp01(o.score) * practiceFactor(p, o.months) * recencyFactor(p, o.current ? 0 : o.recencyMonths));
}

const grow = <T extends Uint32Array | Float32Array | Float64Array | Uint8Array>(a: T, need: number, make: (n: number) => T): T =>
  a.length >= need ? a : make(Math.max(need, a.length * 2));

/** Sort keys pack `(item, slot)` as `item × 2^32 + slot` (exact in a float64 for item < 2^21). */
const SLOT = 4294967296;

/**
 * Builds {@link ProfileVector}s into reusable, growable typed arrays, working on the few dozen held items only
 * (sorted, deduplicated, merged) rather than on dense arrays over all 33k items. The vector returned by {@link build}
 * is owned by the builder and overwritten by the next call. Skills whose id is not a ROME `code_ogr` (ESCO URIs) are
 * ignored; so are occupations with an unknown code.
 */
export class ProfileVectorBuilder {
  private readonly ctx: MatchContext;
  private readonly isMacro: Uint8Array;
  /** Scratch: sort keys and the weights they point to (direct items, then macro expansions). */
  private keys = new Float64Array(64);
  private vals = new Float32Array(64);
  /** Scratch: held items (sorted, unique) with their weight, and expansions (macro, credit) likewise. */
  private heldItems = new Uint32Array(64);
  private heldWeights = new Float32Array(64);
  private expItems = new Uint32Array(64);
  private expWeights = new Float32Array(64);
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
  };

  constructor(ctx: MatchContext) {
    this.ctx = ctx;
    this.isMacro = Uint8Array.from(ctx.snapshot.file.items.isMacro);
  }

  /** Sorts `keys[0..n)` and writes each distinct item once, with the max of its values; returns the count. */
  private collapse(n: number, outItems: Uint32Array, outWeights: Float32Array): number {
    const keys = this.keys;
    if (n > 64) keys.subarray(0, n).sort();
    else {
      // insertion sort: faster than the built-in sort (which boxes float64s) on the few dozen keys of a profile
      for (let i = 1; i < n; i++) {
        const x = keys[i]!;
        let j = i - 1;
        while (j >= 0 && keys[j]! > x) {
          keys[j + 1] = keys[j]!;
          j--;
        }
        keys[j + 1] = x;
      }
    }
    const vals = this.vals;
    let out = -1;
    let last = -1;
    for (let j = 0; j < n; j++) {
      const key = keys[j]!;
      const it = Math.floor(key / SLOT);
      const w = vals[key - it * SLOT]!;
      if (it !== last) {
        outItems[++out] = it;
        outWeights[out] = w;
        last = it;
      } else if (w > outWeights[out]!) outWeights[out] = w;
    }
    return out + 1;
  }

  /** The profile's vector under `p`; valid until the next call. Deterministic and independent of skill order. */
  build(profile: Profile, p: Readonly<ScoringParams>): ProfileVector {
    const { ctx, isMacro, vector: v } = this;
    const macroOf = ctx.itemMacro;
    const skills = profile.skills;
    const cap = skills.length;
    this.keys = grow(this.keys, cap, (k) => new Float64Array(k));
    this.vals = grow(this.vals, cap, (k) => new Float32Array(k));
    this.heldItems = grow(this.heldItems, cap, (k) => new Uint32Array(k));
    this.heldWeights = grow(this.heldWeights, cap, (k) => new Float32Array(k));
    this.expItems = grow(this.expItems, cap, (k) => new Uint32Array(k));
    this.expWeights = grow(this.expWeights, cap, (k) => new Float32Array(k));
    const { keys, vals, heldItems, heldWeights, expItems, expWeights } = this;

    // 1. held items: max weight over duplicate skills
    let n = 0;
    for (let j = 0; j < skills.length; j++) {
      const skill = skills[j]!;
      const it = ctx.itemOf(skill.id);
      if (it < 0) continue;
      const u = Math.fround(skillWeight(p, skill));
      if (!(u > 0)) continue;
      keys[n] = it * SLOT + n;
      vals[n] = u;
      n++;
    }
    const nh = this.collapse(n, heldItems, heldWeights);

    // 2. a held compétence credits its macro-compétence (max over the compétences held under it)
    n = 0;
    for (let j = 0; j < nh; j++) {
      const m = macroOf[heldItems[j]!]!;
      const e = Math.fround(p.macroFromCompetence * heldWeights[j]!);
      if (m < 0 || !(e > 0)) continue;
      keys[n] = m * SLOT + n;
      vals[n] = e;
      n++;
    }
    const ne = this.collapse(n, expItems, expWeights);

    // 3. merge held items and expansions, in item order
    v.items = grow(v.items, nh + ne, (k) => new Uint32Array(k));
    v.weights = grow(v.weights, nh + ne, (k) => new Float32Array(k));
    v.expanded = grow(v.expanded, nh + ne, (k) => new Uint8Array(k));
    v.macros = grow(v.macros, nh, (k) => new Uint32Array(k));
    v.macroWeights = grow(v.macroWeights, nh, (k) => new Float32Array(k));
    const gamma = p.competenceFromMacro;
    let a = 0;
    let b = 0;
    let ni = 0;
    let nm = 0;
    while (a < nh || b < ne) {
      const ia = a < nh ? heldItems[a]! : 0xffffffff;
      const ib = b < ne ? expItems[b]! : 0xffffffff;
      const it = ia <= ib ? ia : ib;
      const d = ia === it ? heldWeights[a++]! : 0;
      const x = ib === it ? expWeights[b++]! : 0;
      let w = d >= x ? d : x;
      const m = macroOf[it]!;
      if (m >= 0 && d > 0) {
        const k = indexOfSorted(heldItems, nh, m);
        if (k >= 0) w = Math.max(0, Math.fround(d - Math.fround(gamma * heldWeights[k]!)));
      }
      if (w > 0) {
        v.items[ni] = it;
        v.weights[ni] = w;
        v.expanded[ni] = x > d ? 1 : 0;
        ni++;
      }
      if (d > 0 && isMacro[it]) {
        const c = Math.fround(gamma * d);
        if (c > 0) {
          v.macros[nm] = it;
          v.macroWeights[nm] = c;
          nm++;
        }
      }
    }
    v.itemCount = ni;
    v.macroCount = nm;
    this.buildOccupations(profile, p);
    return v;
  }

  private buildOccupations(profile: Profile, p: Readonly<ScoringParams>): void {
    const v = this.vector;
    const occ = profile.occupations;
    v.fiches = grow(v.fiches, occ.length, (k) => new Uint32Array(k));
    v.occupationWeights = grow(v.occupationWeights, occ.length, (k) => new Float32Array(k));
    v.occupationIndex = grow(v.occupationIndex, occ.length, (k) => new Uint32Array(k));
    let n = 0;
    for (let o = 0; o < occ.length; o++) {
      const job = occ[o]!;
      const f = this.ctx.snapshot.ficheId(job.code);
      if (f < 0) continue;
      const w = Math.fround(occupationWeight(p, job));
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

/** Position of `x` in the strictly increasing `a[0..n)`, or −1. */
function indexOfSorted(a: Uint32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const y = a[mid]!;
    if (y === x) return mid;
    if (y < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
