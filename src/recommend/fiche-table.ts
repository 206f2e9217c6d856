import type { Snapshot } from '../snapshot/snapshot.js';
import { candidatesOf } from './candidates.js';
import { ficheQuery, type FicheQuery } from './fiche-query.js';
import { coreItems } from './fiche-text.js';
import { certTermsOf, gapItems, type GapItem } from './gap.js';
import type { CertIndex } from './index-certs.js';
import { DenseQuery, fieldScore, fit } from './text-fit.js';

/** Relevance = TITLE_SHARE · titleFit + (1 − TITLE_SHARE) · formacodeFit when a title is known. */
export const TITLE_SHARE = 0.65;
/** A title inherited from the predecessor certification counts this much. */
export const INHERITED_TITLE_DISCOUNT = 0.95;
/** Relevance of a certification with no title at all (only Formacode/NSF labels, which are broad): × this. */
export const UNTITLED_DISCOUNT = 0.8;
/**
 * Status component: active, unknown, retired. "Unknown" is mostly certifications registered after the 2021 title
 * export, i.e. recent ones, so it is close to active.
 */
export const STATUS_FIT = { active: 1, unknown: 0.85, retired: 0.25 } as const;

/**
 * Everything about a fiche's candidate certifications that does not depend on the person: one row per candidate
 * (parallel typed arrays, dense-id order), built once per (fiche, activeOnly) and memoised.
 */
export interface FicheTable {
  readonly query: FicheQuery;
  readonly size: number;
  readonly cert: Int32Array;
  /** Retired certification replaced by the row's certification, -1 none. */
  readonly replaces: Int32Array;
  readonly titleFit: Float32Array;
  readonly formacodeFit: Float32Array;
  /** Discounted blend of the two fits (see {@link TITLE_SHARE}), 0..1. */
  readonly relevance: Float32Array;
  readonly status: Float64Array;
  /** RNCP number of the row's certification (ties are broken on it). */
  readonly rncp: Float64Array;
  /** The fiche's core items that can be matched (savoir-être left out), in link order. */
  readonly core: readonly GapItem[];
  /** Share of core item j in the texts of row k: `coreShare[k * core.length + j]`. */
  readonly coreShare: Float32Array;
  /** Dense item id of each core item → its column j in {@link FicheTable.coreShare}. */
  readonly coreColumn: ReadonlyMap<number, number>;
  /** Weight in the fiche's query of a matching key (see `termKey`), 0 when absent. */
  readonly queryWeight: (key: string) => number;
}

interface Memo {
  readonly query: DenseQuery;
  readonly tables: Map<string, FicheTable>;
}
const memos = new WeakMap<CertIndex, Memo>();

function build(s: Snapshot, idx: CertIndex, dense: DenseQuery, fiche: number, activeOnly: boolean): FicheTable {
  const query = ficheQuery(s, idx, fiche);
  const qw = dense.load(query);
  const cands = candidatesOf(s, idx, fiche, { activeOnly });
  const core = gapItems(s, idx, coreItems(s, fiche));
  const terms = certTermsOf(idx);
  const n = cands.length;
  const weights = new Map<number, number>();
  query.terms.forEach((term, j) => weights.set(term, query.weights[j] ?? 0));
  const t: FicheTable = {
    query,
    size: n,
    cert: new Int32Array(n),
    replaces: new Int32Array(n),
    titleFit: new Float32Array(n),
    formacodeFit: new Float32Array(n),
    relevance: new Float32Array(n),
    status: new Float64Array(n),
    rncp: new Float64Array(n),
    core,
    coreShare: new Float32Array(n * core.length),
    coreColumn: new Map(core.map((g, j) => [g.item, j])),
    queryWeight: (key) => weights.get(idx.termIds.get(key) ?? -1) ?? 0,
  };
  const { active, id } = s.file.certifications;
  cands.forEach(({ cert: c, replaces }, k) => {
    const src = idx.titleSource[c] ?? -1;
    const titleFit = src >= 0 ? fit(fieldScore(idx.title, c, qw), query.titleReference) : 0;
    const formacodeFit = fit(fieldScore(idx.classes, c, qw), query.classReference);
    const relevance =
      src < 0
        ? UNTITLED_DISCOUNT * formacodeFit
        : (TITLE_SHARE * titleFit + (1 - TITLE_SHARE) * formacodeFit) * (src === c ? 1 : INHERITED_TITLE_DISCOUNT);
    const a = active[c] ?? -1;
    t.cert[k] = c;
    t.replaces[k] = replaces;
    t.titleFit[k] = titleFit;
    t.formacodeFit[k] = formacodeFit;
    t.relevance[k] = relevance;
    t.status[k] = a === 1 ? STATUS_FIT.active : a === 0 ? STATUS_FIT.retired : STATUS_FIT.unknown;
    t.rncp[k] = Number((id[c] ?? '').slice(4)) || 0;
    terms.load(c);
    core.forEach((item, j) => {
      t.coreShare[k * core.length + j] = terms.share(item);
    });
  });
  return t;
}

/**
 * The person-independent table of fiche `fiche`'s candidates (see {@link FicheTable}), built on first use: the
 * fiche's query, its candidates (retired ones replaced by live successors, dropped when `activeOnly` and none), their
 * text fits, status and the share of each core item in their texts.
 */
export function ficheTable(s: Snapshot, idx: CertIndex, fiche: number, activeOnly: boolean): FicheTable {
  let memo = memos.get(idx);
  if (memo === undefined) {
    memo = { query: new DenseQuery(idx), tables: new Map() };
    memos.set(idx, memo);
  }
  const key = `${fiche}:${activeOnly ? 1 : 0}`;
  let t = memo.tables.get(key);
  if (t === undefined) {
    t = build(s, idx, memo.query, fiche, activeOnly);
    memo.tables.set(key, t);
  }
  return t;
}

/** Extra columns kept per table before the cache is cleared (each is one float per row). */
const MAX_EXTRA = 256;
const extras = new WeakMap<FicheTable, Map<number, Float64Array>>();

/**
 * Share (0..1) of `item`'s label weight in the texts of each row of `t`, for an item that is not one of the
 * table's core items (those are in {@link FicheTable.coreShare}). Person-independent, so memoised per table.
 */
export function itemShares(idx: CertIndex, t: FicheTable, item: GapItem): Float64Array {
  let memo = extras.get(t);
  if (memo === undefined) {
    memo = new Map();
    extras.set(t, memo);
  }
  let col = memo.get(item.item);
  if (col === undefined) {
    col = new Float64Array(t.size);
    const terms = certTermsOf(idx);
    for (let k = 0; k < t.size; k++) {
      terms.load(t.cert[k] ?? 0);
      col[k] = terms.share(item);
    }
    if (memo.size >= MAX_EXTRA) memo.clear();
    memo.set(item.item, col);
  }
  return col;
}
