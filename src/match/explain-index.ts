import { COEUR } from '../snapshot/format.js';
import type { MatchContext } from './context.js';
import type { TargetSet } from './target-set.js';

/**
 * What explanations need to know about each link of a target set, precomputed so that explaining a sheet reads
 * arrays in link order and compares integers only:
 * - `linkMacro[k]`: the macro-compétence of link `k`'s item (−1 for none), for its credit;
 * - `labelRank[k]`: rank of link `k`'s item among its sheet's items by folded label (case and accents ignored), then
 *   item id — the tie-break of `matched`;
 * - `coreLinks[coreOffsets[s] .. coreOffsets[s + 1])`: sheet `s`'s Principale and Émergente links in `missing` order
 *   (Principale first, then heavier, then by label), to be filtered by what the profile holds.
 */
export interface ExplainIndex {
  readonly linkMacro: Int32Array;
  readonly labelRank: Uint32Array;
  readonly coreOffsets: Uint32Array;
  readonly coreLinks: Uint32Array;
}

const cache = new WeakMap<TargetSet, ExplainIndex>();

/**
 * The {@link ExplainIndex} of `set`, computed on first use (one sort per sheet: ≈ 15 ms for the 153 digital sheets,
 * ≈ 65 ms for the 1,584 fiches, most of it folding labels) and cached with the set.
 */
export function explainIndex(ctx: MatchContext, set: TargetSet): ExplainIndex {
  let index = cache.get(set);
  if (index === undefined) cache.set(set, (index = compute(ctx, set)));
  return index;
}

function compute(ctx: MatchContext, set: TargetSet): ExplainIndex {
  const { offsets, items, coeur, weights } = set;
  const linkMacro = Int32Array.from(items, (it) => ctx.itemMacro[it]!);
  const labelRank = new Uint32Array(items.length);
  const coreOffsets = new Uint32Array(set.size + 1);
  const coreLinks: number[] = [];
  for (let s = 0; s < set.size; s++) {
    const links: number[] = [];
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) links.push(k);
    links.sort((a, b) => {
      const x = ctx.labelKey(items[a]!);
      const y = ctx.labelKey(items[b]!);
      return x < y ? -1 : x > y ? 1 : items[a]! - items[b]!;
    });
    links.forEach((k, rank) => (labelRank[k] = rank));
    const core = links.filter((k) => coeur[k] !== COEUR.NONE);
    core.sort((a, b) => coeur[a]! - coeur[b]! || weights[b]! - weights[a]! || labelRank[a]! - labelRank[b]!);
    coreLinks.push(...core);
    coreOffsets[s + 1] = coreLinks.length;
  }
  return { linkMacro, labelRank, coreOffsets, coreLinks: Uint32Array.from(coreLinks) };
}
