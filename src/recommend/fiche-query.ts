import type { Snapshot } from '../snapshot/snapshot.js';
import { extractFicheText, type FicheText } from './fiche-text.js';
import type { CertIndex } from './index-certs.js';

/** Query weights of a fiche's texts (see {@link ficheQuery}). */
export const QUERY_WEIGHTS = {
  /** A term of the fiche's title. */
  title: 3,
  /** × √(share of the fiche's appellations containing the term). */
  appellations: 2,
  /** × √(share of the fiche's core items whose label contains the term). */
  core: 1,
  /** A term found in every sibling fiche (same ROME v3 parent) keeps 1 − this of its weight. */
  siblingPenalty: 0.7,
  /**
   * Role words (technicien, ingénieur, responsable…) name a rank more than a trade: a term found in the titles of
   * `df` of the 1,584 fiches is multiplied by 1 / √(1 + df / roleScale).
   */
  roleScale: 20,
} as const;

/** A fiche as a weighted bag of certification-index terms. */
export interface FicheQuery {
  /** Dense term ids (of the certification index), ascending, and their weights (> 0). */
  readonly terms: Uint32Array;
  readonly weights: Float32Array;
  /**
   * Normalising scores of the title and Formacode/NSF fields: the sum of the two largest weight × field idf. A
   * certification field matching the fiche's two most telling terms once, at average length, scores about this.
   */
  readonly titleReference: number;
  readonly classReference: number;
}

/** Per certification index: fiche texts, fiche queries and the fiches of each v3 parent, built on demand. */
interface Memo {
  readonly texts: Map<number, FicheText>;
  readonly queries: Map<number, FicheQuery>;
  readonly byParent: Map<string, number[]>;
}
const memos = new WeakMap<CertIndex, Memo>();

function memoOf(s: Snapshot, idx: CertIndex): Memo {
  let m = memos.get(idx);
  if (m === undefined) {
    const byParent = new Map<string, number[]>();
    s.file.fiches.parent.forEach((p, f) => {
      const list = byParent.get(p);
      if (list === undefined) byParent.set(p, [f]);
      else list.push(f);
    });
    m = { texts: new Map(), queries: new Map(), byParent };
    memos.set(idx, m);
  }
  return m;
}

function ficheText(s: Snapshot, idx: CertIndex, memo: Memo, f: number): FicheText {
  const known = idx.ficheTexts.get(f);
  if (known !== undefined) return known;
  const hit = memo.texts.get(f);
  if (hit !== undefined) return hit;
  const text = extractFicheText(s, idx.termIds, f);
  memo.texts.set(f, text);
  return text;
}

/**
 * The query of fiche `f` against certification texts: each term of its title, appellations and core item labels,
 * weighted by {@link QUERY_WEIGHTS}, then lowered when the term is shared by the fiche's siblings (fiches with
 * the same ROME v3 parent, which RNCP cannot tell apart): that is what lets "Développeur web" outrank
 * "Technicien de maintenance" for M1855 although both certifications reach it through M1805. Memoised.
 */
export function ficheQuery(s: Snapshot, idx: CertIndex, f: number): FicheQuery {
  const memo = memoOf(s, idx);
  const hit = memo.queries.get(f);
  if (hit !== undefined) return hit;
  const own = ficheText(s, idx, memo, f);
  const siblings = (memo.byParent.get(s.file.fiches.parent[f] ?? '') ?? []).filter((g) => g !== f);
  const siblingTexts = siblings.map((g) => ficheText(s, idx, memo, g));
  const W = QUERY_WEIGHTS;
  const entries: [number, number][] = [];
  for (const t of [...own.all].sort((a, b) => a - b)) {
    let w = own.title.has(t) ? W.title : 0;
    if (own.appellationCount > 0) w += W.appellations * Math.sqrt((own.appellations.get(t) ?? 0) / own.appellationCount);
    if (own.coreCount > 0) w += W.core * Math.sqrt((own.core.get(t) ?? 0) / own.coreCount);
    w /= Math.sqrt(1 + (idx.ficheTitleDf[t] ?? 0) / W.roleScale);
    if (siblingTexts.length > 0) {
      const shared = siblingTexts.reduce((n, x) => n + (x.all.has(t) ? 1 : 0), 0) / siblingTexts.length;
      w *= 1 - W.siblingPenalty * shared;
    }
    if (w > 0) entries.push([t, w]);
  }
  const reference = (idf: Float32Array): number => {
    const strengths = entries.map(([t, w]) => w * (idf[t] ?? 0)).sort((a, b) => b - a);
    return Math.max(1e-6, (strengths[0] ?? 0) + (strengths[1] ?? 0));
  };
  const query: FicheQuery = {
    terms: Uint32Array.from(entries, (e) => e[0]),
    weights: Float32Array.from(entries, (e) => e[1]),
    titleReference: reference(idx.title.idf),
    classReference: reference(idx.classes.idf),
  };
  memo.queries.set(f, query);
  return query;
}
