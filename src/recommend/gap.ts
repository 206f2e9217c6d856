import { ITEM_KIND } from '../snapshot/format.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { CertIndex } from './index-certs.js';
import { textTerms } from './terms.js';

/** An item of the gap counts as covered (in reasons) when this share of its label's weight is in a certification's texts. */
export const COVERED = 0.5;
/** The item at rank r of the gap (0 = most important) weighs 1 / (1 + RANK_DECAY · r). */
export const RANK_DECAY = 0.1;

/** An item as matching terms. */
export interface GapItem {
  /** Dense item id. */
  readonly item: number;
  readonly label: string;
  /** Distinct index term ids of the label and their idf (both fields); `total` is their sum. */
  readonly terms: Uint32Array;
  readonly idf: Float32Array;
  readonly total: number;
}

/**
 * Dense item ids as matchable items, in the given order. Savoir-être items are left out (no certification title or
 * Formacode names them), as are duplicates and items whose label has no indexed term.
 */
export function gapItems(s: Snapshot, idx: CertIndex, items: readonly number[]): GapItem[] {
  const out: GapItem[] = [];
  const seen = new Set<number>();
  for (const item of items) {
    if (item < 0 || item >= s.itemCount || seen.has(item) || s.itemKind[item] === ITEM_KIND.SAVOIR_ETRE) continue;
    seen.add(item);
    const g = gapItem(s, idx, item);
    if (g !== null) out.push(g);
  }
  return out;
}

/** Distinct known term ids of an item label, in text order. */
export function itemTermIds(termIds: ReadonlyMap<string, number>, label: string): number[] {
  return [...new Set(textTerms(label).map((k) => termIds.get(k) ?? -1))].filter((t) => t >= 0);
}

/** Per index: each item already seen as a {@link GapItem}, or null when its label has no indexed term. */
const itemMemos = new WeakMap<CertIndex, Map<number, GapItem | null>>();

/** Item `item` (a valid dense id) as matching terms, memoised per index (labels are person-independent). */
function gapItem(s: Snapshot, idx: CertIndex, item: number): GapItem | null {
  let memo = itemMemos.get(idx);
  if (memo === undefined) {
    memo = new Map();
    itemMemos.set(idx, memo);
  }
  const hit = memo.get(item);
  if (hit !== undefined) return hit;
  const label = s.file.items.label[item] ?? '';
  const terms = idx.itemTerms.get(item) ?? itemTermIds(idx.termIds, label);
  let g: GapItem | null = null;
  if (terms.length > 0) {
    const idf = Float32Array.from(terms, (t) => idx.idf[t] ?? 0);
    g = { item, label, terms: Uint32Array.from(terms), idf, total: idf.reduce((a, b) => a + b, 0) };
  }
  memo.set(item, g);
  return g;
}

/** Dense item ids of ROME `code_ogr` strings; unknown or non-ROME ids (ESCO URIs) are dropped. */
export function itemIdsOfOgr(s: Snapshot, ogrIds: readonly string[]): number[] {
  return ogrIds.map((o) => (/^\d+$/.test(o) ? s.itemId(Number(o)) : -1)).filter((i) => i >= 0);
}

/** Weight of the gap item at rank `r`. */
export const rankWeight = (r: number): number => 1 / (1 + RANK_DECAY * r);

/** Marks the terms of one certification (both fields) in a reusable stamp array. */
export class CertTerms {
  private readonly stamp: Int32Array;
  private cert = -1;

  constructor(private readonly idx: CertIndex) {
    this.stamp = new Int32Array(idx.idf.length).fill(-1);
  }

  /** Makes `c` the current certification. */
  load(c: number): void {
    if (c === this.cert) return;
    this.cert = c;
    for (const field of [this.idx.title, this.idx.classes]) {
      for (let k = field.offsets[c] ?? 0; k < (field.offsets[c + 1] ?? 0); k++) this.stamp[field.terms[k] ?? 0] = c;
    }
  }

  /** Share (0..1) of `item`'s label weight found in the current certification's texts. */
  share(item: GapItem): number {
    let found = 0;
    for (let k = 0; k < item.terms.length; k++) {
      if (this.stamp[item.terms[k] ?? 0] === this.cert) found += item.idf[k] ?? 0;
    }
    return item.total > 0 ? found / item.total : 0;
  }
}

const certTerms = new WeakMap<CertIndex, CertTerms>();

/** The reusable {@link CertTerms} of an index (calls are synchronous: one per index is enough). */
export function certTermsOf(idx: CertIndex): CertTerms {
  let t = certTerms.get(idx);
  if (t === undefined) {
    t = new CertTerms(idx);
    certTerms.set(idx, t);
  }
  return t;
}
