import type { Snapshot } from '../snapshot/snapshot.js';
import { loadCompiledTerms } from './compiled-terms.js';
import type { FicheText } from './fiche-text.js';
import { certTermLists, type CertTermLists } from './term-lists.js';

/** Weight of an NSF label's terms relative to a Formacode label's: NSF groups are broad (one label covers all of IT). */
export const NSF_WEIGHT = 0.5;
/** Longest successor / predecessor chain followed (the 2026 data has chains of 7 links; guards against cycles). */
export const MAX_CHAIN = 8;

/** One text field of every certification, as CSR typed arrays over dense term ids. */
export interface CertField {
  /** Terms of certification `c`: `terms[offsets[c] .. offsets[c+1])`, each once, with its weight in `tf`. */
  readonly offsets: Uint32Array;
  readonly terms: Uint32Array;
  readonly tf: Float32Array;
  /** Field length (sum of `tf`) per certification, and its mean over certifications where the field is not empty. */
  readonly length: Float32Array;
  readonly avgLength: number;
  /** BM25 idf of each term within this field (over all certifications). */
  readonly idf: Float32Array;
}

/**
 * Token bags of the certifications, for BM25-like matching against a job sheet. Dense ids are the snapshot's
 * certification positions; term ids are positions in `termIds`' numbering. Read-only once built.
 */
export interface CertIndex {
  /** Number of certifications. */
  readonly size: number;
  /** Matching key (see `termKey`) → dense term id. */
  readonly termIds: ReadonlyMap<string, number>;
  /** BM25 inverse document frequency per term, over both fields of all certifications (a term counts once). */
  readonly idf: Float32Array;
  /** The title field: the certification's own title or, when it has none, its nearest titled predecessor's. */
  readonly title: CertField;
  /** Formacode labels (weight 1) and NSF labels (weight {@link NSF_WEIGHT}). */
  readonly classes: CertField;
  /**
   * Certification whose title fills the title field: itself, a predecessor (through successor links) when it
   * has no title of its own, or -1 when neither has one.
   */
  readonly titleSource: Int32Array;
  /** Known level 3..8, else the title source's level, else 0. */
  readonly level: Uint8Array;
  /** Dense id of the successor certification, -1 when none or absent from the snapshot. */
  readonly successor: Int32Array;
  /** Number of the snapshot's fiche titles containing each term (role words such as "technicien" are frequent). */
  readonly ficheTitleDf: Uint32Array;
  /** Fiche texts compiled ahead (models/trainings.json); others are extracted on demand by `ficheQuery`. */
  readonly ficheTexts: ReadonlyMap<number, FicheText>;
  /** Item label term ids compiled ahead (models/trainings.json); others are extracted on demand by `gapItems`. */
  readonly itemTerms: ReadonlyMap<number, readonly number[]>;
  /** Milliseconds spent building the index. */
  readonly buildMs: number;
}

/** BM25 idf, always positive: ln(1 + (N − df + 0.5) / (df + 0.5)). */
const bm25Idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Accumulates a field's CSR arrays certification by certification, through a dense scratch row. */
class FieldBuilder {
  private readonly offsets: number[] = [0];
  private readonly terms: number[] = [];
  private readonly tf: number[] = [];
  private readonly lengths: number[] = [];
  private readonly row: Float32Array;
  private readonly touched: number[] = [];
  private readonly df: Uint32Array;

  constructor(termCount: number) {
    this.row = new Float32Array(termCount);
    this.df = new Uint32Array(termCount);
  }

  /** Adds weight `w` to term `t` of the current certification. */
  add(t: number, w: number): void {
    if (this.row[t] === 0) this.touched.push(t);
    this.row[t] = (this.row[t] ?? 0) + w;
  }

  /**
   * Closes the row of certification `cert`, counting its terms in the document frequencies `df` once per
   * certification (`stamp[t]` remembers the last certification counted for term `t`).
   */
  end(cert: number, df: Uint32Array, stamp: Int32Array): void {
    let len = 0;
    for (const t of this.touched) {
      const w = this.row[t] ?? 0;
      this.terms.push(t);
      this.tf.push(w);
      len += w;
      this.row[t] = 0;
      this.df[t] = (this.df[t] ?? 0) + 1;
      if (stamp[t] !== cert) {
        stamp[t] = cert;
        df[t] = (df[t] ?? 0) + 1;
      }
    }
    this.touched.length = 0;
    this.lengths.push(len);
    this.offsets.push(this.terms.length);
  }

  build(): CertField {
    const n = this.lengths.length;
    let sum = 0;
    let filled = 0;
    for (const l of this.lengths) {
      if (l > 0) {
        sum += l;
        filled++;
      }
    }
    return {
      offsets: Uint32Array.from(this.offsets),
      terms: Uint32Array.from(this.terms),
      tf: Float32Array.from(this.tf),
      length: Float32Array.from(this.lengths),
      avgLength: filled > 0 ? sum / filled : 1,
      idf: Float32Array.from(this.df, (df) => bm25Idf(n, df)),
    };
  }
}

/** Successor links as dense ids, and each certification's predecessors, most recent (highest RNCP number) first. */
function successorLinks(s: Snapshot): { successor: Int32Array; predecessors: Map<number, number[]> } {
  const c = s.file.certifications;
  const n = c.id.length;
  const successor = new Int32Array(n).fill(-1);
  const predecessors = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const next = c.successor[i] ? s.certificationId(c.successor[i] ?? '') : -1;
    if (next < 0 || next === i) continue;
    successor[i] = next;
    const list = predecessors.get(next);
    if (list === undefined) predecessors.set(next, [i]);
    else list.push(i);
  }
  const num = (i: number): number => Number((c.id[i] ?? '').slice(4)) || 0;
  for (const list of predecessors.values()) list.sort((a, b) => num(b) - num(a) || b - a);
  return { successor, predecessors };
}

/**
 * Builds the certification index of a snapshot: for each certification, a title bag and a Formacode/NSF bag of
 * folded, stemmed terms (see `textTerms`), a global term dictionary and BM25 idf. Certifications without a title
 * take the title of their nearest titled predecessor (a renewal usually keeps its name). `lists` are the texts as
 * term ids, extracted now when not given (the compiled ones must come from the same snapshot: see
 * `loadCompiledTerms`). Prefer {@link certIndex}, which builds once per snapshot.
 */
export function buildCertIndex(s: Snapshot, lists?: CertTermLists): CertIndex {
  const t0 = performance.now();
  const c = s.file.certifications;
  const n = c.id.length;
  const l = lists ?? certTermLists(s);
  const { terms, formacodes: formacodeTerms, nsf: nsfTerms, titles: titleTerms, ficheTitleDf } = l;
  const termIds = new Map<string, number>();
  terms.forEach((k, id) => termIds.set(k, id));

  const { successor, predecessors } = successorLinks(s);
  const UNSET = -2;
  const titleSource = new Int32Array(n).fill(UNSET);
  const sourceOf = (i: number, depth: number): number => {
    const known = titleSource[i] ?? UNSET;
    if (known !== UNSET) return known;
    let src = -1;
    if (c.title[i]) src = i;
    else if (depth < MAX_CHAIN) {
      for (const p of predecessors.get(i) ?? []) {
        src = sourceOf(p, depth + 1);
        if (src >= 0) break;
      }
    }
    titleSource[i] = src;
    return src;
  };

  const termCount = termIds.size;
  const title = new FieldBuilder(termCount);
  const classes = new FieldBuilder(termCount);
  const df = new Uint32Array(termCount);
  const stamp = new Int32Array(termCount).fill(-1);
  const level = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const src = sourceOf(i, 0);
    const own = c.level[i] ?? 0;
    level[i] = own >= 3 ? own : src >= 0 ? (c.level[src] ?? 0) : 0;
    for (const t of src >= 0 ? (titleTerms[src] ?? []) : []) title.add(t, 1);
    title.end(i, df, stamp);
    for (let k = c.formacodes.offsets[i] ?? 0; k < (c.formacodes.offsets[i + 1] ?? 0); k++) {
      for (const t of formacodeTerms[c.formacodes.values[k] ?? -1] ?? []) classes.add(t, 1);
    }
    for (let k = c.nsf.offsets[i] ?? 0; k < (c.nsf.offsets[i + 1] ?? 0); k++) {
      for (const t of nsfTerms[c.nsf.values[k] ?? -1] ?? []) classes.add(t, NSF_WEIGHT);
    }
    classes.end(i, df, stamp);
  }
  const idf = new Float32Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = bm25Idf(n, df[t] ?? 0);
  return {
    size: n,
    termIds,
    idf,
    title: title.build(),
    classes: classes.build(),
    titleSource,
    level,
    successor,
    ficheTitleDf: Uint32Array.from(ficheTitleDf),
    ficheTexts: l.ficheTexts ?? new Map(),
    itemTerms: l.itemTerms ?? new Map(),
    buildMs: performance.now() - t0,
  };
}

const built = new WeakMap<Snapshot, CertIndex>();

/**
 * The certification index of `s`, built on first use and kept for the snapshot's life. Uses the compiled term lists
 * of models/trainings.json when they were compiled for this snapshot's texts (a few milliseconds), else extracts
 * them (100-200 ms in a fresh process); the index is the same either way.
 */
export function certIndex(s: Snapshot): CertIndex {
  let idx = built.get(s);
  if (idx === undefined) {
    idx = buildCertIndex(s, loadCompiledTerms(s) ?? undefined);
    built.set(s, idx);
  }
  return idx;
}
