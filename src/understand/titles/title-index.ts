import { BoussoleError } from '../../errors.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import type { TitleMatch } from '../schema.js';
import { stem } from '../text/stem.js';
import { analyzeTitle } from './analyze.js';
import { TITLE_ALIASES } from './aliases.js';
import { compileTitles, type TitleAlias, type TitleModel } from './compile.js';
import { EN_TO_FR } from './english.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { TECH_HINTS } from './hints.js';
import { TITLE_SYNONYMS } from './synonyms.js';

/** Scoring knobs (defaults tuned on held-out appellations and eval/titles). */
export interface TitleScoring {
  /** Weight multiplier of the head noun, query and label side. */
  head: number;
  /** Exponent of the query coverage (share of the query's weight found in the label). */
  alpha: number;
  /** Exponent of the label coverage (share of the label's weight found in the query). */
  beta: number;
  /** Score factor when the label's head is not one of the query head's forms. */
  headMiss: number;
  /** Weight of the fiche-level coverage (all labels of the fiche pooled) added to the best label's score. */
  fiche: number;
  /** Saturation constant of the fiche-level term frequency (how many labels of the fiche hold the word). */
  ficheK: number;
  /** Weight of the fiche definition's coverage of the query (domain words absent from the labels). */
  context: number;
  /** Credit of a match through a translation (English word), a typo rescue or a split compound. */
  indirect: number;
  /** Credit of a technology hint (React → web). */
  hint: number;
  /** Credit of a French near-synonym (camion → poids lourd). */
  synonym: number;
  /** Bonus per prior unit: main appellations, fiche titles and aliases +1, rarely used appellations −1. */
  prior: number;
}

export const DEFAULT_SCORING: TitleScoring = {
  head: 1,
  alpha: 1,
  beta: 0.5,
  headMiss: 0.75,
  fiche: 0.6,
  ficheK: 1,
  context: 0.4,
  indirect: 0.85,
  hint: 0.5,
  synonym: 0.6,
  prior: 0.02,
};

interface QueryPart {
  terms: number[];
  credit: number[];
  weight: number;
  head: boolean;
}

/**
 * Job title → ROME fiche search over every appellation (masculine, feminine, short forms), every fiche title
 * and a reviewed alias list (English titles, common variants). Build once per snapshot; `search` is
 * synchronous, allocation-light and deterministic.
 *
 * Scoring: an exact match of the normalised title scores 1. Otherwise each label scores
 * `queryCoverage^alpha × labelCoverage^beta`, coverages being shares of IDF weight (IDF over fiches, head noun
 * weighted ×`head`), times `headMiss` when the heads differ; a fiche takes its best label plus a pooled,
 * saturated fiche-level coverage. Words the index does not know are rescued by English→French translation,
 * technology hints, compound splitting and typo correction over the title vocabulary (never over labels).
 */
export class TitleIndex {
  private readonly s: TitleScoring;
  private readonly codes: readonly string[];
  private readonly appLabel: readonly string[];
  private readonly appOgr: readonly number[];
  /** Per fiche: its main appellation (index), or -1. */
  private readonly mainApp: Int32Array;
  private readonly termIds: Map<string, number>;
  private readonly idf: Float64Array;
  private readonly docFiche: Int32Array;
  private readonly docApp: Int32Array;
  private readonly docHead: Int32Array;
  private readonly docMass: Float64Array;
  private readonly docPrior: Float64Array;
  private readonly postOffsets: Uint32Array;
  private readonly postDocs: Uint32Array;
  private readonly ficheOffsets: Uint32Array;
  private readonly ficheList: Uint32Array;
  private readonly ficheSat: Float64Array;
  private readonly exact: Map<string, number[]>;
  /** Definition postings, term → fiches. */
  private readonly ctxOffsets: Uint32Array;
  private readonly ctxFiches: Uint32Array;
  /** Query weight of a term known only from definitions. */
  private readonly ctxIdf: Float64Array;
  private readonly hasLabels: Uint8Array;
  private readonly fuzzy: FuzzyVocabulary;
  /** vocabulary word as written → index word */
  private readonly rawWord: Map<string, string>;
  /** French stem → most frequent label word with that stem */
  private readonly stemWord: Map<string, string>;
  // scratch buffers, reused by every search
  private readonly qAcc: Float64Array;
  private readonly dAcc: Float64Array;
  private readonly headHit: Uint8Array;
  private readonly touched: Uint32Array;
  private readonly fAcc: Float64Array;
  private readonly cAcc: Float64Array;
  /** Last query term (sequence number) found in the fiche's labels. */
  private readonly fStamp: Int32Array;
  private readonly fBest: Float64Array;
  private readonly fBestDoc: Int32Array;
  private readonly fTouched: Uint32Array;

  private constructor(snapshot: Snapshot, model: TitleModel, scoring: TitleScoring) {
    this.s = scoring;
    const file = snapshot.file;
    const nFiches = file.fiches.code.length;
    this.codes = file.fiches.code;
    this.appLabel = file.appellations.long;
    this.appOgr = file.appellations.ogr;
    this.mainApp = new Int32Array(nFiches).fill(-1);
    file.appellations.flags.forEach((flags, i) => {
      if (flags & 64) this.mainApp[file.appellations.fiche[i] ?? 0] = i;
    });

    const { docs } = model;
    const nDocs = docs.fiche.length;
    const nTerms = model.terms.length;
    this.termIds = new Map(model.terms.map((t, i) => [t, i]));
    this.docFiche = Int32Array.from(docs.fiche);
    this.docApp = Int32Array.from(docs.app);
    this.docHead = Int32Array.from(docs.head);
    this.docPrior = Float64Array.from(docs.prior, (p) => p * scoring.prior);
    const offsets = Uint32Array.from(docs.offsets);
    const docTerms = Uint32Array.from(docs.terms);

    // postings term → labels (counting sort), label masses need the IDF so they come after
    const postCount = new Uint32Array(nTerms);
    const seenInDoc = new Int32Array(nTerms).fill(-1);
    for (let d = 0; d < nDocs; d++) {
      for (let k = offsets[d] ?? 0; k < (offsets[d + 1] ?? 0); k++) {
        const t = docTerms[k] ?? 0;
        if (seenInDoc[t] === d) continue;
        seenInDoc[t] = d;
        postCount[t] = (postCount[t] ?? 0) + 1;
      }
    }
    this.postOffsets = new Uint32Array(nTerms + 1);
    for (let t = 0; t < nTerms; t++) this.postOffsets[t + 1] = (this.postOffsets[t] ?? 0) + (postCount[t] ?? 0);
    this.postDocs = new Uint32Array(this.postOffsets[nTerms] ?? 0);
    const fill = this.postOffsets.slice(0, nTerms);
    seenInDoc.fill(-1);
    for (let d = 0; d < nDocs; d++) {
      for (let k = offsets[d] ?? 0; k < (offsets[d + 1] ?? 0); k++) {
        const t = docTerms[k] ?? 0;
        if (seenInDoc[t] === d) continue;
        seenInDoc[t] = d;
        const at = fill[t] ?? 0;
        this.postDocs[at] = d;
        fill[t] = at + 1;
      }
    }

    // fiche-level term frequency (labels of the fiche holding the term): IDF over fiches, pooled postings
    const ficheTf = new Uint32Array(nFiches);
    const fichesOfTerm: number[] = [];
    const satOfTerm: number[] = [];
    this.ficheOffsets = new Uint32Array(nTerms + 1);
    this.idf = new Float64Array(nTerms);
    for (let t = 0; t < nTerms; t++) {
      const start = fichesOfTerm.length;
      for (let p = this.postOffsets[t] ?? 0; p < (this.postOffsets[t + 1] ?? 0); p++) {
        const f = this.docFiche[this.postDocs[p] ?? 0] ?? 0;
        if (ficheTf[f] === 0) fichesOfTerm.push(f);
        ficheTf[f] = (ficheTf[f] ?? 0) + 1;
      }
      for (let i = start; i < fichesOfTerm.length; i++) {
        const f = fichesOfTerm[i] ?? 0;
        const n = ficheTf[f] ?? 0;
        satOfTerm.push(n / (n + scoring.ficheK));
        ficheTf[f] = 0;
      }
      const df = fichesOfTerm.length - start;
      this.idf[t] = Math.log(1 + (nFiches - df + 0.5) / (df + 0.5));
      this.ficheOffsets[t + 1] = fichesOfTerm.length;
    }
    this.ficheList = Uint32Array.from(fichesOfTerm);
    this.ficheSat = Float64Array.from(satOfTerm);
    this.hasLabels = new Uint8Array(nTerms);
    for (let t = 0; t < nTerms; t++) this.hasLabels[t] = (postCount[t] ?? 0) > 0 ? 1 : 0;

    // definitions: transpose fiche → terms into term → fiches
    const ctxCount = new Uint32Array(nTerms + 1);
    for (const t of model.context.terms) ctxCount[t + 1] = (ctxCount[t + 1] ?? 0) + 1;
    for (let t = 0; t < nTerms; t++) ctxCount[t + 1] = (ctxCount[t + 1] ?? 0) + (ctxCount[t] ?? 0);
    this.ctxOffsets = ctxCount;
    this.ctxFiches = new Uint32Array(model.context.terms.length);
    const ctxFill = ctxCount.slice(0, nTerms);
    for (let f = 0; f < nFiches; f++) {
      for (let k = model.context.offsets[f] ?? 0; k < (model.context.offsets[f + 1] ?? 0); k++) {
        const t = model.context.terms[k] ?? 0;
        const at = ctxFill[t] ?? 0;
        this.ctxFiches[at] = f;
        ctxFill[t] = at + 1;
      }
    }
    this.ctxIdf = new Float64Array(nTerms);
    for (let t = 0; t < nTerms; t++) {
      const n = (ctxCount[t + 1] ?? 0) - (ctxCount[t] ?? 0);
      this.ctxIdf[t] = Math.log(1 + (nFiches - n + 0.5) / (n + 0.5));
    }

    // label masses and exact signatures
    this.docMass = new Float64Array(nDocs);
    this.exact = new Map();
    seenInDoc.fill(-1);
    for (let d = 0; d < nDocs; d++) {
      const head = this.docHead[d] ?? -1;
      let mass = 0;
      let sig = '';
      for (let k = offsets[d] ?? 0; k < (offsets[d + 1] ?? 0); k++) {
        const t = docTerms[k] ?? 0;
        sig += k === offsets[d] ? String(t) : `,${t}`;
        if (seenInDoc[t] === d) continue;
        seenInDoc[t] = d;
        mass += (this.idf[t] ?? 0) * (t === head ? scoring.head : 1);
      }
      this.docMass[d] = mass;
      const list = this.exact.get(sig);
      if (list === undefined) this.exact.set(sig, [d]);
      else if (!list.some((o) => this.docFiche[o] === this.docFiche[d])) list.push(d);
    }

    this.rawWord = new Map(model.vocabulary.raw.map((r, i) => [r, model.vocabulary.word[i] ?? r]));
    this.stemWord = new Map(model.stems.stem.map((k, i) => [k, model.stems.word[i] ?? k]));
    this.fuzzy = new FuzzyVocabulary(model.vocabulary.raw, model.vocabulary.raw.map((r) => {
      const t = this.termIds.get(this.rawWord.get(r) ?? r);
      return t === undefined ? 0 : (postCount[t] ?? 0);
    }));

    this.qAcc = new Float64Array(nDocs);
    this.dAcc = new Float64Array(nDocs);
    this.headHit = new Uint8Array(nDocs);
    this.touched = new Uint32Array(nDocs);
    this.fAcc = new Float64Array(nFiches);
    this.cAcc = new Float64Array(nFiches);
    this.fStamp = new Int32Array(nFiches).fill(-1);
    this.fBest = new Float64Array(nFiches).fill(-1);
    this.fBestDoc = new Int32Array(nFiches).fill(-1);
    this.fTouched = new Uint32Array(nFiches);
  }

  /**
   * The index from a compiled model (see `compileTitles`, `models/titles.json`): a few milliseconds.
   * @param scoring overrides of {@link DEFAULT_SCORING}.
   */
  static fromModel(snapshot: Snapshot, model: TitleModel, scoring: Partial<TitleScoring> = {}): TitleIndex {
    return new TitleIndex(snapshot, model, { ...DEFAULT_SCORING, ...scoring });
  }

  /**
   * Compiles and builds the index in memory (~13,000 appellations, 1,584 fiche titles, the aliases): a few
   * hundred milliseconds; prefer {@link fromModel} with the compiled `models/titles.json` at run time.
   * @param aliases extra titles (default: the reviewed {@link TITLE_ALIASES}); every code must exist in the
   *   snapshot (else `UNKNOWN_CODE`).
   */
  static build(snapshot: Snapshot, aliases: readonly TitleAlias[] = TITLE_ALIASES, scoring: Partial<TitleScoring> = {}): TitleIndex {
    return TitleIndex.fromModel(snapshot, compileTitles(snapshot, aliases), scoring);
  }

  /** Number of distinct indexed labels. */
  get size(): number {
    return this.docFiche.length;
  }

  /**
   * Ranks fiches for a job title as written in a CV ("Vendeuse prêt-à-porter", "dev front React", "Software
   * Engineer"). One result per fiche (its best appellation), best first, ties by fiche code.
   * @param limit maximum number of results, an integer ≥ 1 (default 5).
   * @returns matches with `score` in 0..1 (1 = exact normalised match); [] when nothing matches.
   */
  search(text: string, limit = 5): TitleMatch[] {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new BoussoleError('INVALID_ARGUMENT', { value: limit, option: 'limit', reason: 'a positive integer' });
    }
    const q = analyzeTitle(text);
    if (q.words.length === 0) return [];
    const parts = this.parts(q.words, q.raw, q.head, q.english);
    let exact: number[] | undefined;
    if (parts.every((p) => p.credit[0] === 1)) {
      exact = this.exact.get(parts.map((p) => p.terms[0]).join(','));
    }
    return this.rank(parts, exact, limit);
  }

  /** Query parts: for each word, the index terms it may stand for, with their credit. */
  private parts(words: string[], raw: string[], head: number, english: boolean): QueryPart[] {
    const parts: QueryPart[] = [];
    const used = new Set<number>();
    const s = this.s;
    const add = (part: QueryPart, word: string, credit: number): void => {
      const t = this.termIds.get(word);
      if (t === undefined || used.has(t)) return;
      used.add(t);
      part.terms.push(t);
      part.credit.push(credit);
      part.weight = Math.max(part.weight, this.weightOf(t) * credit);
    };
    const finish = (part: QueryPart): void => {
      // unknown word: it still weighs in the query (a rare word the index cannot explain)
      if (part.terms.length === 0) part.weight = Math.log(1 + (this.codes.length + 0.5) / 0.5) * 0.5;
      if (part.head) part.weight *= s.head;
      parts.push(part);
    };
    // direct terms first, so that an alternative of one word never takes another word's own term
    const direct = words.map((w) => this.termIds.get(w));
    for (const t of direct) if (t !== undefined) used.add(t);
    words.forEach((word, i) => {
      const r = raw[i] ?? word;
      const part: QueryPart = { terms: [], credit: [], weight: 0, head: i === head };
      const own = direct[i];
      if (own !== undefined) {
        part.terms.push(own);
        part.credit.push(1);
        part.weight = this.weightOf(own);
      }
      const fr = EN_TO_FR.get(word);
      if (fr !== undefined && (english || own === undefined)) for (const w of fr) add(part, w, s.indirect);
      for (const w of TECH_HINTS.get(r) ?? []) add(part, w, s.hint);
      if (s.synonym > 0) for (const w of TITLE_SYNONYMS.get(word) ?? []) add(part, w, s.synonym);
      if (part.terms.length === 0) {
        // an unknown form of a known word: "informaticiens", "comptabilités"
        const w = this.stemWord.get(stem(word, 'fr'));
        if (w !== undefined) add(part, w, s.indirect);
      }
      if (part.terms.length === 0) {
        const fixed = this.fuzzy.lookup(r);
        const w = fixed === undefined ? undefined : this.rawWord.get(fixed);
        if (w !== undefined) {
          add(part, w, s.indirect);
          for (const x of EN_TO_FR.get(w) ?? []) add(part, x, s.indirect * s.indirect);
        }
      }
      if (part.terms.length === 0) {
        const split = this.split(r);
        if (split !== undefined) {
          const second: QueryPart = { terms: [], credit: [], weight: 0, head: false };
          add(part, split[0], s.indirect);
          add(second, split[1], s.indirect);
          finish(part);
          finish(second);
          return;
        }
      }
      finish(part);
    });
    return parts;
  }

  /** Query weight of a term: its label IDF, or (half) its definition IDF when no label holds it. */
  private weightOf(t: number): number {
    return this.hasLabels[t] === 1 ? (this.idf[t] ?? 0) : (this.ctxIdf[t] ?? 0) * 0.5;
  }

  /** A word glued from two vocabulary words ("fullstack" → full + stack), or undefined. */
  private split(raw: string): [string, string] | undefined {
    if (raw.length < 6 || /[^a-z]/.test(raw)) return undefined;
    for (let k = 3; k <= raw.length - 3; k++) {
      const a = this.rawWord.get(raw.slice(0, k));
      const b = this.rawWord.get(raw.slice(k));
      if (a !== undefined && b !== undefined) return [a, b];
    }
    return undefined;
  }

  private rank(parts: readonly QueryPart[], exactDocs: readonly number[] | undefined, limit: number): TitleMatch[] {
    const s = this.s;
    let nTouched = 0;
    let nFiches = 0;
    let qMass = 0;
    let seq = 0;
    for (const part of parts) {
      qMass += part.weight;
      part.terms.forEach((t, k) => {
        seq++;
        const credit = part.credit[k] ?? 0;
        const idf = this.idf[t] ?? 0;
        const gain = this.weightOf(t) * credit * (part.head ? s.head : 1);
        const lo = this.postOffsets[t] ?? 0;
        const hi = this.postOffsets[t + 1] ?? 0;
        for (let p = lo; p < hi; p++) {
          const d = this.postDocs[p] ?? 0;
          if (this.qAcc[d] === 0 && this.dAcc[d] === 0) this.touched[nTouched++] = d;
          const isHead = this.docHead[d] === t;
          this.qAcc[d] = (this.qAcc[d] ?? 0) + gain;
          this.dAcc[d] = (this.dAcc[d] ?? 0) + idf * credit * (isHead ? s.head : 1);
          if (part.head && isHead) this.headHit[d] = 1;
        }
        const flo = this.ficheOffsets[t] ?? 0;
        const fhi = this.ficheOffsets[t + 1] ?? 0;
        for (let p = flo; p < fhi; p++) {
          const f = this.ficheList[p] ?? 0;
          if (this.fBest[f] === -1) {
            this.fTouched[nFiches++] = f;
            this.fBest[f] = 0;
          }
          this.fAcc[f] = (this.fAcc[f] ?? 0) + gain * (this.ficheSat[p] ?? 0);
          this.fStamp[f] = seq;
        }
        const clo = this.ctxOffsets[t] ?? 0;
        const chi = this.ctxOffsets[t + 1] ?? 0;
        for (let p = clo; p < chi; p++) {
          const f = this.ctxFiches[p] ?? 0;
          // definitions only explain words the fiche's labels do not hold
          if (this.fStamp[f] === seq) continue;
          if (this.fBest[f] === -1) {
            this.fTouched[nFiches++] = f;
            this.fBest[f] = 0;
          }
          this.cAcc[f] = (this.cAcc[f] ?? 0) + gain;
        }
      });
    }
    if (qMass <= 0) return [];
    const hasHead = parts.some((p) => p.head && p.terms.length > 0);
    for (let i = 0; i < nTouched; i++) {
      const d = this.touched[i] ?? 0;
      const qc = Math.min(1, (this.qAcc[d] ?? 0) / qMass);
      const dc = Math.min(1, (this.dAcc[d] ?? 0) / (this.docMass[d] || 1));
      let score = Math.pow(qc, s.alpha) * Math.pow(dc, s.beta);
      if (hasHead && this.headHit[d] === 0) score *= s.headMiss;
      score += this.docPrior[d] ?? 0;
      const f = this.docFiche[d] ?? 0;
      if (score > (this.fBest[f] ?? -1)) {
        this.fBest[f] = score;
        this.fBestDoc[f] = d;
      }
      this.qAcc[d] = 0;
      this.dAcc[d] = 0;
      this.headHit[d] = 0;
    }
    const exactRank = new Map<number, number>();
    for (const d of exactDocs ?? []) {
      const f = this.docFiche[d] ?? 0;
      exactRank.set(f, this.docPrior[d] ?? 0);
      this.fBestDoc[f] = d;
    }
    const results: { f: number; score: number; tie: number }[] = [];
    for (let i = 0; i < nFiches; i++) {
      const f = this.fTouched[i] ?? 0;
      const pooled = Math.min(1, (this.fAcc[f] ?? 0) / qMass);
      const ctx = Math.min(1, (this.cAcc[f] ?? 0) / qMass);
      const ex = exactRank.get(f);
      const raw = ((this.fBest[f] ?? 0) + s.fiche * pooled + s.context * ctx) / (1 + s.fiche + s.context + s.prior);
      results.push({ f, score: ex === undefined ? Math.min(0.999, raw) : 1, tie: ex ?? 0 });
      this.fAcc[f] = 0;
      this.cAcc[f] = 0;
      this.fStamp[f] = -1;
      this.fBest[f] = -1;
    }
    results.sort((a, b) => b.score - a.score || b.tie - a.tie || ((this.codes[a.f] ?? '') < (this.codes[b.f] ?? '') ? -1 : 1));
    const out: TitleMatch[] = [];
    for (const r of results.slice(0, limit)) {
      const d = this.fBestDoc[r.f] ?? -1;
      let a = d >= 0 ? (this.docApp[d] ?? -1) : -1;
      if (a < 0) a = this.mainApp[r.f] ?? -1;
      out.push({
        code: this.codes[r.f] ?? '',
        appellation: a >= 0 ? String(this.appOgr[a] ?? '') : '',
        label: a >= 0 ? (this.appLabel[a] ?? '') : '',
        score: Math.round(r.score * 1e4) / 1e4,
      });
    }
    for (let i = 0; i < nFiches; i++) this.fBestDoc[this.fTouched[i] ?? 0] = -1;
    return out;
  }
}
