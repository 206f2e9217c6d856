import { COEUR } from '../snapshot/format.js';
import type { MatchContext } from './context.js';
import type { CreditTable } from './credit-table.js';
import type { EvidenceIndex } from './evidence.js';
import type { ScoringParams } from './params.js';
import type { ProfileVector } from './profile-vector.js';
import { linkBetween } from './proximity.js';
import { unit4 } from './rounding.js';
import type { MatchedItem, MissingItem, Mobility } from './schema.js';
import type { ExplainIndex } from './explain-index.js';
import type { TargetSet } from './target-set.js';

const KIND_NAMES = ['savoir-faire', 'savoir-etre', 'savoir'] as const;
const CORE_NAMES = [null, 'principale', 'emergente'] as const;
/** True when a credit is still reported once rounded to 4 decimals; below that an item counts as not held. */
const reported = (credit: number): boolean => credit * 10_000 >= 0.5;

/**
 * Builds `matched` and `missing` for one sheet at a time, in reusable scratch arrays: links are ranked with numbers
 * only (credits, contributions, the precomputed {@link ExplainIndex}), then each output object is made once, in order.
 */
export class Explainer {
  private readonly ctx: MatchContext;
  /** Per link of the sheet being explained: its credit. Held links, and their contribution `weight × credit`. */
  private credit = new Float64Array(64);
  private held = new Uint32Array(64);
  private contribution = new Float64Array(64);

  constructor(ctx: MatchContext) {
    this.ctx = ctx;
  }

  /**
   * `matched` and `missing` for sheet `s`: the sheet's items the profile credits (largest contribution first, then
   * label), and its Principale / Émergente items with no credit (Principale first, then heavier, then label). Credits
   * are reported to 4 decimals; a credit that rounds to 0 counts as missing.
   */
  items(
    set: TargetSet,
    index: ExplainIndex,
    s: number,
    credits: CreditTable,
    evidence: EvidenceIndex,
  ): { matched: MatchedItem[]; missing: MissingItem[] } {
    const { ctx } = this;
    const { label } = ctx.snapshot.file.items;
    const { items, weights, coeur } = set;
    const inv = set.invNorms[s]!;
    const lo = set.offsets[s]!;
    const hi = set.offsets[s + 1]!;
    if (this.credit.length < hi - lo) {
      this.credit = new Float64Array(hi - lo);
      this.held = new Uint32Array(hi - lo);
      this.contribution = new Float64Array(hi - lo);
    }
    const { credit, held, contribution } = this;
    let nh = 0;
    let lacked = 0;
    for (let k = lo; k < hi; k++) {
      const c = credits.credit(items[k]!, index.linkMacro[k]!);
      credit[k - lo] = c;
      if (reported(c)) {
        held[nh] = k;
        contribution[nh] = weights[k]! * c;
        nh++;
      } else if (coeur[k] !== COEUR.NONE) lacked++;
    }
    sortHeld(held, contribution, nh, index.labelRank);

    // output arrays are allocated at their final size (a held item without evidence, never seen in practice, is cut)
    const matched = new Array<MatchedItem>(nh);
    let nm = 0;
    for (let j = 0; j < nh; j++) {
      const k = held[j]!;
      const it = items[k]!;
      const via = credits.via(it);
      const ev = evidence.evidence(it, via);
      if (ev === null) continue;
      matched[nm++] = {
        ogr: ctx.ogrString(it),
        label: label[it] ?? '',
        kind: KIND_NAMES[ctx.itemKind[it]!] ?? 'savoir',
        core: CORE_NAMES[coeur[k]!] ?? null,
        weight: unit4(weights[k]! * inv),
        credit: unit4(credit[k - lo]!),
        via,
        evidence: ev,
      };
    }
    matched.length = nm;
    const missing = new Array<MissingItem>(lacked);
    let nl = 0;
    for (let j = index.coreOffsets[s]!; j < index.coreOffsets[s + 1]!; j++) {
      const k = index.coreLinks[j]!;
      if (reported(credit[k - lo]!)) continue;
      const it = items[k]!;
      missing[nl++] = {
        ogr: ctx.ogrString(it),
        label: label[it] ?? '',
        kind: KIND_NAMES[ctx.itemKind[it]!] ?? 'savoir',
        core: coeur[k] === COEUR.PRINCIPALE ? 'principale' : 'emergente',
        weight: unit4(weights[k]! * inv),
      };
    }
    return { matched, missing };
  }
}

/**
 * Sorts the held links `held[0..n)` (with their `contribution`) by contribution descending, then label rank: an
 * insertion sort for the few dozen links one sheet holds, the built-in sort on an index list beyond.
 */
function sortHeld(held: Uint32Array, contribution: Float64Array, n: number, labelRank: Uint32Array): void {
  if (n > 64) {
    const idx = Array.from({ length: n }, (_, j) => j);
    idx.sort((a, b) => contribution[b]! - contribution[a]! || labelRank[held[a]!]! - labelRank[held[b]!]!);
    const k = Array.from(idx, (j) => held[j]!);
    const c = Array.from(idx, (j) => contribution[j]!);
    held.set(k);
    contribution.set(c);
    return;
  }
  for (let i = 1; i < n; i++) {
    const k = held[i]!;
    const c = contribution[i]!;
    const r = labelRank[k]!;
    let j = i - 1;
    while (j >= 0 && (contribution[j]! < c || (contribution[j] === c && labelRank[held[j]!]! > r))) {
      held[j + 1] = held[j]!;
      contribution[j + 1] = contribution[j]!;
      j--;
    }
    held[j + 1] = k;
    contribution[j + 1] = c;
  }
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
