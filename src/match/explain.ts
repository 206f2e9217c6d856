import { COEUR } from '../snapshot/format.js';
import type { Profile } from '../understand/schema.js';
import type { MatchContext } from './context.js';
import type { ScoringParams } from './params.js';
import type { CreditTable } from './credit-table.js';
import { skillWeight, type ProfileVector } from './profile-vector.js';
import { linkBetween } from './proximity.js';
import type { Evidence, MatchedItem, MissingItem, Mobility } from './schema.js';
import type { TargetSet } from './target-set.js';

const KIND_NAMES = ['savoir-faire', 'savoir-etre', 'savoir'] as const;
const CORE_NAMES = [null, 'principale', 'emergente'] as const;
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const unit4 = (x: number): number => round4(x > 1 ? 1 : x < 0 ? 0 : x);

/**
 * The profile skills behind each credit: for every held item, the skill that gives it its weight; for every
 * macro-compétence, the held compétence under it with the largest weight. Ties are broken by a total order on the
 * skills' evidence, so the chosen skill never depends on the order of the profile's skills. Built once per
 * explained profile; evidence objects are only made for the items actually reported.
 */
export class EvidenceIndex {
  private readonly skills: Profile['skills'];
  private readonly weights: number[];
  private readonly byItem = new Map<number, number>();
  private readonly byMacro = new Map<number, number>();

  constructor(ctx: MatchContext, profile: Profile, p: Readonly<ScoringParams>) {
    this.skills = profile.skills;
    this.weights = profile.skills.map((s) => Math.fround(skillWeight(p, s)));
    for (let j = 0; j < this.skills.length; j++) {
      const it = ctx.itemOf(this.skills[j]!.id);
      if (it < 0 || !(this.weights[j]! > 0)) continue;
      this.keep(this.byItem, it, j);
      const m = ctx.itemMacro[it]!;
      if (m >= 0) this.keep(this.byMacro, m, j);
    }
  }

  private keep(map: Map<number, number>, key: number, j: number): void {
    const old = map.get(key);
    if (old === undefined || this.better(j, old)) map.set(key, j);
  }

  /** Total order on skills as evidence: weight, then id, label, confidence, mentions, months. */
  private better(a: number, b: number): boolean {
    const wa = this.weights[a]!;
    const wb = this.weights[b]!;
    if (wa !== wb) return wa > wb;
    const x = this.skills[a]!;
    const y = this.skills[b]!;
    if (x.id !== y.id) return x.id < y.id;
    if (x.label !== y.label) return x.label < y.label;
    if (x.confidence !== y.confidence) return x.confidence > y.confidence;
    if (x.mentions.length !== y.mentions.length) return x.mentions.length > y.mentions.length;
    return (x.months ?? -1) > (y.months ?? -1);
  }

  /**
   * Evidence for a credited sheet item: the skill held as `item` (via `direct`), the best compétence held under the
   * macro-compétence `item` (`competence`), or the held macro-compétence of `item` (`macro`); null when none.
   * Returns a fresh object.
   */
  evidence(item: number, via: MatchedItem['via'], ctx: MatchContext): Evidence | null {
    const j = via === 'competence' ? this.byMacro.get(item) : this.byItem.get(via === 'macro' ? ctx.itemMacro[item]! : item);
    const s = j === undefined ? undefined : this.skills[j];
    if (s === undefined) return null;
    const e: Evidence = { skill: s.id, label: s.label, confidence: s.confidence, mentions: s.mentions.length };
    if (s.months !== undefined) e.months = s.months;
    return e;
  }
}

/** Sorts in place: insertion sort for the short lists of one sheet (cheaper than the built-in sort's call overhead). */
function sortSmall(a: number[], compare: (x: number, y: number) => number): void {
  if (a.length > 48) {
    a.sort(compare);
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && compare(a[j]!, x) > 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * `matched` and `missing` for sheet `s`: the sheet's items the profile credits (largest contribution first, then label),
 * and its Principale / Émergente items with no credit (Principale first, then heavier, then label). Credits are
 * reported to 4 decimals; a credit that rounds to 0 counts as missing.
 */
export function explainItems(
  ctx: MatchContext,
  set: TargetSet,
  s: number,
  credits: CreditTable,
  evidence: EvidenceIndex,
): { matched: MatchedItem[]; missing: MissingItem[] } {
  const { label } = ctx.snapshot.file.items;
  const inv = set.invNorms[s]!;
  const lo = set.offsets[s]!;
  const hi = set.offsets[s + 1]!;
  // rank links first (indices and numbers only), build the output objects once, in order
  const credit: number[] = new Array<number>(hi - lo);
  const held: number[] = [];
  const lacked: number[] = [];
  for (let k = lo; k < hi; k++) {
    const c = unit4(credits.credit(set.items[k]!));
    credit[k - lo] = c;
    if (c > 0) held.push(k);
    else if (set.coeur[k] !== COEUR.NONE) lacked.push(k);
  }
  const byLabel = (a: number, b: number): number => {
    const x = ctx.labelKey(set.items[a]!);
    const y = ctx.labelKey(set.items[b]!);
    return x < y ? -1 : x > y ? 1 : set.items[a]! - set.items[b]!;
  };
  sortSmall(held, (a, b) => set.weights[b]! * credit[b - lo]! - set.weights[a]! * credit[a - lo]! || byLabel(a, b));
  sortSmall(lacked, (a, b) => set.coeur[a]! - set.coeur[b]! || set.weights[b]! - set.weights[a]! || byLabel(a, b));

  const matched: MatchedItem[] = [];
  for (const k of held) {
    const it = set.items[k]!;
    const via = credits.via(it);
    const ev = evidence.evidence(it, via, ctx);
    if (ev === null) continue;
    matched.push({
      ogr: ctx.ogrString(it),
      label: label[it] ?? '',
      kind: KIND_NAMES[ctx.itemKind[it]!] ?? 'savoir',
      core: CORE_NAMES[set.coeur[k]!] ?? null,
      weight: unit4(set.weights[k]! * inv),
      credit: credit[k - lo]!,
      via,
      evidence: ev,
    });
  }
  const missing = lacked.map((k): MissingItem => {
    const it = set.items[k]!;
    return {
      ogr: ctx.ogrString(it),
      label: label[it] ?? '',
      kind: KIND_NAMES[ctx.itemKind[it]!] ?? 'savoir',
      core: set.coeur[k] === COEUR.PRINCIPALE ? 'principale' : 'emergente',
      weight: unit4(set.weights[k]! * inv),
    };
  });
  return { matched, missing };
}

/** The past job and link behind sheet `s`'s proximity (the strongest `job weight × link strength`), or undefined. */
export function explainMobility(ctx: MatchContext, set: TargetSet, s: number, v: ProfileVector, p: Readonly<ScoringParams>): Mobility | undefined {
  const target = set.fiche[s]!;
  let best: Mobility | undefined;
  let bestWeight = 0;
  for (let j = 0; j < v.occupationCount; j++) {
    const from = v.fiches[j]!;
    const link = linkBetween(ctx, p, from, target);
    if (link === null) continue;
    const weight = Math.fround(v.occupationWeights[j]! * link.strength);
    if (weight <= bestWeight) continue;
    bestWeight = weight;
    const { code, title } = ctx.snapshot.file.fiches;
    best = {
      occupation: v.occupationIndex[j]!,
      from: code[from] ?? '',
      fromTitle: title[from] ?? '',
      link: link.kind,
      strength: unit4(link.strength),
      weight: unit4(weight),
    };
    if (link.order !== undefined) best.order = link.order;
  }
  return best;
}
