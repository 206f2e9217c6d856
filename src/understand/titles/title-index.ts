import { BoussoleError } from '../../errors.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import type { TitleMatch } from '../schema.js';
import { analyzeTitle } from './analyze.js';
import { TITLE_ALIASES } from './aliases.js';
import { compileTitles, type TitleAlias, type TitleModel } from './compile.js';
import { invert } from './postings.js';
import { PROFILE_FIELDS } from './profile.js';
import { ProfileIndex, type ProfileWeights } from './profile-index.js';
import { FEATURE_COUNT, keepTop, linearScore, sortRanked, type Ranked, type RankerModel } from './ranker.js';
import { TitleVocabulary, type QueryPart } from './vocabulary.js';

/** Scoring knobs (defaults tuned on a development split of the appellations, never on the held-out one). */
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
  /** Credit multiplier of a two-edit typo rescue. */
  farTypo: number;
  /** Credit of a technology hint (React → web). */
  hint: number;
  /** Credit of a French near-synonym (camion → poids lourd). */
  synonym: number;
  /** Bonus per prior unit: main appellations, fiche titles and aliases +1, rarely used appellations −1. */
  prior: number;
  /** Weight of the fiche profile's coverage of the query (derivational roots over titles and fiche texts). */
  profile: number;
  /** Weight in 0..1 of each profile field (see `PROFILE_FIELDS`). */
  fields: ProfileWeights;
  /** Reorder the best candidates with the model's trained ranker when it has one (default true). */
  ranker: boolean;
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
  farTypo: 1,
  hint: 0.5,
  synonym: 0.6,
  prior: 0.02,
  profile: 0.5,
  fields: { label: 0.9, definition: 0.5, access: 0.2, skill: 0.3, savoir: 0.3, domain: 0.3, certification: 0.2 },
  ranker: true,
};

/** Candidates of a query with their ranking features (see {@link TitleIndex.candidates}). */
export interface TitleCandidates {
  /** Fiche codes, best heuristic score first. */
  codes: string[];
  /** Row `i` (features of `codes[i]`) is `features[i × FEATURE_COUNT ..]`. */
  features: Float64Array;
  /** True when the title equals an indexed label (the exact match ranks first whatever the ranker says). */
  exact: boolean;
}

const NF = PROFILE_FIELDS.length;

/**
 * Job title → ROME fiche search over every appellation (masculine, feminine, short forms), every fiche title,
 * a reviewed alias list (English titles, common variants) and the fiche profiles (definition, access, skills,
 * savoirs, domaine, linked certifications). Build once per snapshot; `search` is synchronous, allocation-light
 * and deterministic.
 *
 * Scoring: an exact match of the normalised title scores 1. Otherwise each label scores
 * `queryCoverage^alpha × labelCoverage^beta`, coverages being shares of IDF weight (IDF over fiches, head noun
 * weighted ×`head`), times `headMiss` when the heads differ; a fiche takes its best label plus a pooled,
 * saturated fiche-level coverage, its definition's coverage of the other words, and its profile's coverage of
 * the query's derivational roots (oléiculteur → olive growing texts). When the model carries a trained ranker,
 * the best candidates are reordered by a linear model over these signals (see `RANK_FEATURES`) and scored by
 * their softmax probability among them. Words the index does not know are rescued by English→French
 * translation, technology hints, compound splitting and typo correction over the title vocabulary.
 */
export class TitleIndex {
  private readonly s: TitleScoring;
  private readonly codes: readonly string[];
  private readonly appLabel: readonly string[];
  private readonly appOgr: readonly number[];
  /** Per fiche: its main appellation (index), or -1. */
  private readonly mainApp: Int32Array;
  private readonly vocab: TitleVocabulary;
  private readonly ranker: RankerModel | undefined;
  private readonly idf: Float64Array;
  private readonly docFiche: Int32Array;
  private readonly docApp: Int32Array;
  private readonly docHead: Int32Array;
  private readonly docMass: Float64Array;
  /** Prior of each label in −1..1, and the same × `prior`. */
  private readonly docPriorUnit: Int8Array;
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
  private readonly profile: ProfileIndex;
  /** log(1 + labels of the fiche) / 5 */
  private readonly breadth: Float64Array;
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
  private readonly fQc: Float64Array;
  private readonly fDc: Float64Array;
  private readonly fHead: Uint8Array;
  private readonly fTouched: Uint32Array;
  private readonly pAcc: Float64Array;
  /** Per fiche × profile field: the query weight its roots found there. */
  private readonly pField: Float64Array;
  private readonly pHead: Float64Array;
  private readonly fx: Float64Array;

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
    this.docFiche = Int32Array.from(docs.fiche);
    this.docApp = Int32Array.from(docs.app);
    this.docHead = Int32Array.from(docs.head);
    this.docPriorUnit = Int8Array.from(docs.prior);
    this.docPrior = Float64Array.from(docs.prior, (p) => p * scoring.prior);
    const post = invert(docs.offsets, docs.terms, nTerms);
    this.postOffsets = post.offsets;
    this.postDocs = post.values;

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

    // definitions: term → fiches
    const ctx = invert(model.context.offsets, model.context.terms, nTerms);
    this.ctxOffsets = ctx.offsets;
    this.ctxFiches = ctx.values;
    const labelCount = new Uint32Array(nTerms);
    const termWeight = new Float64Array(nTerms);
    for (let t = 0; t < nTerms; t++) {
      labelCount[t] = (this.postOffsets[t + 1] ?? 0) - (this.postOffsets[t] ?? 0);
      const n = (ctx.offsets[t + 1] ?? 0) - (ctx.offsets[t] ?? 0);
      // a term known only from definitions weighs half its definition IDF
      termWeight[t] = (labelCount[t] ?? 0) > 0 ? (this.idf[t] ?? 0) : Math.log(1 + (nFiches - n + 0.5) / (n + 0.5)) * 0.5;
    }

    // label masses and exact signatures
    this.docMass = new Float64Array(nDocs);
    this.exact = new Map();
    const seenInDoc = new Int32Array(nTerms).fill(-1);
    const breadth = new Float64Array(nFiches);
    for (let d = 0; d < nDocs; d++) {
      const head = this.docHead[d] ?? -1;
      let mass = 0;
      let sig = '';
      for (let k = docs.offsets[d] ?? 0; k < (docs.offsets[d + 1] ?? 0); k++) {
        const t = docs.terms[k] ?? 0;
        sig += k === docs.offsets[d] ? String(t) : `,${t}`;
        if (seenInDoc[t] === d) continue;
        seenInDoc[t] = d;
        mass += (this.idf[t] ?? 0) * (t === head ? scoring.head : 1);
      }
      this.docMass[d] = mass;
      const f = this.docFiche[d] ?? 0;
      breadth[f] = (breadth[f] ?? 0) + 1;
      const list = this.exact.get(sig);
      if (list === undefined) this.exact.set(sig, [d]);
      else if (!list.some((o) => this.docFiche[o] === f)) list.push(d);
    }
    this.breadth = breadth.map((n) => Math.log(1 + n) / 5);

    this.profile = new ProfileIndex(model.profile, nFiches, scoring.fields);
    this.vocab = new TitleVocabulary(model, termWeight, labelCount, this.profile, nFiches);
    this.ranker = scoring.ranker ? model.ranker : undefined;

    this.qAcc = new Float64Array(nDocs);
    this.dAcc = new Float64Array(nDocs);
    this.headHit = new Uint8Array(nDocs);
    this.touched = new Uint32Array(nDocs);
    this.fAcc = new Float64Array(nFiches);
    this.cAcc = new Float64Array(nFiches);
    this.fStamp = new Int32Array(nFiches).fill(-1);
    this.fBest = new Float64Array(nFiches).fill(-1);
    this.fBestDoc = new Int32Array(nFiches).fill(-1);
    this.fQc = new Float64Array(nFiches);
    this.fDc = new Float64Array(nFiches);
    this.fHead = new Uint8Array(nFiches);
    this.fTouched = new Uint32Array(nFiches);
    this.pAcc = new Float64Array(nFiches);
    this.pField = new Float64Array(nFiches * NF);
    this.pHead = new Float64Array(nFiches);
    this.fx = new Float64Array(nFiches * FEATURE_COUNT);
  }

  /**
   * The index from a compiled model (see `compileTitles`, `models/titles.json`): a few tens of milliseconds.
   * @param scoring overrides of {@link DEFAULT_SCORING}.
   */
  static fromModel(snapshot: Snapshot, model: TitleModel, scoring: Partial<TitleScoring> = {}): TitleIndex {
    return new TitleIndex(snapshot, model, { ...DEFAULT_SCORING, ...scoring });
  }

  /**
   * Compiles and builds the index in memory (~13,000 appellations, 1,584 fiche titles and profiles, the
   * aliases), without a trained ranker: a few seconds; prefer {@link fromModel} with the compiled
   * `models/titles.json` at run time.
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

  /** True when searches are reordered by a trained ranker. */
  get ranked(): boolean {
    return this.ranker !== undefined;
  }

  /**
   * Ranks fiches for a job title as written in a CV ("Vendeuse prêt-à-porter", "dev front React", "Software
   * Engineer"). One result per fiche (its best appellation), best first, ties by fiche code.
   * @param limit maximum number of results, an integer ≥ 1 (default 5).
   * @returns matches with `score` in 0..1 (1 = exact normalised match; otherwise the ranker's probability
   *   among its candidates, or the lexical score without a ranker); [] when nothing matches.
   */
  search(text: string, limit = 5): TitleMatch[] {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new BoussoleError('INVALID_ARGUMENT', { value: limit, option: 'limit', reason: 'a positive integer' });
    }
    const q = this.query(text);
    if (q === undefined) return [];
    const ranker = this.ranker;
    if (ranker === undefined) return this.matches(this.score(q.parts, q.exact, limit, false));
    const top = this.score(q.parts, q.exact, Math.max(limit, ranker.candidates), true);
    const raw = top.map((r, i) => (r.score === 1 ? Infinity : linearScore(ranker.weights, this.fx, i * FEATURE_COUNT)));
    const max = Math.max(...raw.filter((x) => x !== Infinity));
    let sum = 0;
    for (const x of raw) if (x !== Infinity) sum += Math.exp(x - max);
    top.forEach((r, i) => {
      const x = raw[i] ?? 0;
      if (x !== Infinity) r.score = Math.min(0.999, Math.exp(x - max) / sum);
    });
    return this.matches(sortRanked(top).slice(0, limit));
  }

  /**
   * The best `n` candidates of a title by lexical score, with their ranking features (see `RANK_FEATURES`):
   * the training data of the ranker. [] codes when nothing matches.
   * @param n number of candidates, an integer ≥ 1.
   */
  candidates(text: string, n: number): TitleCandidates {
    if (!Number.isInteger(n) || n < 1) {
      throw new BoussoleError('INVALID_ARGUMENT', { value: n, option: 'n', reason: 'a positive integer' });
    }
    const q = this.query(text);
    if (q === undefined) return { codes: [], features: new Float64Array(0), exact: false };
    const top = this.score(q.parts, q.exact, n, true);
    return {
      codes: top.map((r) => r.code),
      features: this.fx.slice(0, top.length * FEATURE_COUNT),
      exact: top.some((r) => r.score === 1),
    };
  }

  private query(text: string): { parts: QueryPart[]; exact: readonly number[] | undefined } | undefined {
    const q = analyzeTitle(text);
    if (q.words.length === 0) return undefined;
    const parts = this.vocab.parts(q, this.s);
    let exact: number[] | undefined;
    if (parts.every((p) => p.credit[0] === 1)) exact = this.exact.get(parts.map((p) => p.terms[0]).join(','));
    return { parts, exact };
  }

  private matches(top: readonly Ranked[]): TitleMatch[] {
    return top.map((r) => {
      let a = r.doc >= 0 ? (this.docApp[r.doc] ?? -1) : -1;
      if (a < 0) a = this.mainApp[r.f] ?? -1;
      return {
        code: r.code,
        appellation: a >= 0 ? String(this.appOgr[a] ?? '') : '',
        label: a >= 0 ? (this.appLabel[a] ?? '') : '',
        score: Math.round(r.score * 1e4) / 1e4,
      };
    });
  }

  /**
   * Accumulates each fiche's profile evidence in `pAcc` (and, with `fields`, per field in `pField` and for
   * the head noun in `pHead`), touching new fiches after the first `nFiches`.
   * @returns the new number of touched fiches and the query's profile mass (per word, its best root weight,
   *   or the unknown-word weight).
   */
  private profileScores(parts: readonly QueryPart[], nFiches: number, fields: boolean): [number, number] {
    const s = this.s;
    const { offsets, fiches, weights, masks, idf } = this.profile;
    let n = nFiches;
    let mass = 0;
    for (const part of parts) {
      let best = 0;
      part.roots.forEach((r, k) => {
        const credit = part.rootCredit[k] ?? 0;
        const gain = (idf[r] ?? 0) * credit * (part.head ? s.head : 1);
        if (gain > best) best = gain;
        for (let p = offsets[r] ?? 0; p < (offsets[r + 1] ?? 0); p++) {
          const f = fiches[p] ?? 0;
          if (this.fBest[f] === -1) {
            this.fTouched[n++] = f;
            this.fBest[f] = 0;
          }
          this.pAcc[f] = (this.pAcc[f] ?? 0) + gain * (weights[p] ?? 0);
          if (!fields) continue;
          const m = masks[p] ?? 0;
          for (let j = 0; j < NF; j++) if (m & (1 << j)) this.pField[f * NF + j] = (this.pField[f * NF + j] ?? 0) + gain;
          if (part.head && m & 1 && credit > (this.pHead[f] ?? 0)) this.pHead[f] = credit;
        }
      });
      mass += best > 0 ? best : this.vocab.unknownWeight * (part.head ? s.head : 1);
    }
    return [n, mass];
  }

  /**
   * Scores every fiche the query touches; returns the best `n` by lexical score (exact matches first, score 1)
   * and, with `features`, writes their feature rows into `fx`. Leaves the scratch buffers clean.
   */
  private score(parts: readonly QueryPart[], exactDocs: readonly number[] | undefined, n: number, features: boolean): Ranked[] {
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
        const gain = this.vocab.weight(t) * credit * (part.head ? s.head : 1);
        for (let p = this.postOffsets[t] ?? 0; p < (this.postOffsets[t + 1] ?? 0); p++) {
          const d = this.postDocs[p] ?? 0;
          if (this.qAcc[d] === 0 && this.dAcc[d] === 0) this.touched[nTouched++] = d;
          const isHead = this.docHead[d] === t;
          this.qAcc[d] = (this.qAcc[d] ?? 0) + gain;
          this.dAcc[d] = (this.dAcc[d] ?? 0) + idf * credit * (isHead ? s.head : 1);
          if (part.head && isHead) this.headHit[d] = 1;
        }
        for (let p = this.ficheOffsets[t] ?? 0; p < (this.ficheOffsets[t + 1] ?? 0); p++) {
          const f = this.ficheList[p] ?? 0;
          if (this.fBest[f] === -1) {
            this.fTouched[nFiches++] = f;
            this.fBest[f] = 0;
          }
          this.fAcc[f] = (this.fAcc[f] ?? 0) + gain * (this.ficheSat[p] ?? 0);
          this.fStamp[f] = seq;
        }
        for (let p = this.ctxOffsets[t] ?? 0; p < (this.ctxOffsets[t + 1] ?? 0); p++) {
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
    let pMass = 0;
    if (s.profile > 0 || features) [nFiches, pMass] = this.profileScores(parts, nFiches, features);
    const hasHead = parts.some((p) => p.head && p.terms.length > 0);
    for (let i = 0; i < nTouched; i++) {
      const d = this.touched[i] ?? 0;
      const qc = Math.min(1, (this.qAcc[d] ?? 0) / qMass);
      const dc = Math.min(1, (this.dAcc[d] ?? 0) / (this.docMass[d] || 1));
      let score = Math.pow(qc, s.alpha) * Math.pow(dc, s.beta);
      const headHit = this.headHit[d] ?? 0;
      if (hasHead && headHit === 0) score *= s.headMiss;
      score += this.docPrior[d] ?? 0;
      const f = this.docFiche[d] ?? 0;
      if (score > (this.fBest[f] ?? -1)) {
        this.fBest[f] = score;
        this.fBestDoc[f] = d;
        this.fQc[f] = qc;
        this.fDc[f] = dc;
        this.fHead[f] = headHit;
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
    const top: Ranked[] = [];
    for (let i = 0; i < nFiches; i++) {
      const f = this.fTouched[i] ?? 0;
      const pooled = Math.min(1, (this.fAcc[f] ?? 0) / qMass);
      const ctx = Math.min(1, (this.cAcc[f] ?? 0) / qMass);
      const prof = pMass > 0 ? Math.min(1, (this.pAcc[f] ?? 0) / pMass) : 0;
      const raw = ((this.fBest[f] ?? 0) + s.fiche * pooled + s.context * ctx + s.profile * prof) /
        (1 + s.fiche + s.context + s.profile + s.prior);
      const ex = exactRank.get(f);
      keepTop(top, n, f, this.fBestDoc[f] ?? -1, ex === undefined ? Math.min(0.999, raw) : 1, ex ?? 0, this.codes[f] ?? '');
    }
    if (features) {
      top.forEach((r, i) => {
        const f = r.f;
        const x = i * FEATURE_COUNT;
        const d = this.fBestDoc[f] ?? -1;
        this.fx[x] = r.score === 1 ? 1 : r.score;
        this.fx[x + 1] = Math.max(0, this.fBest[f] ?? 0);
        this.fx[x + 2] = d >= 0 ? (this.fQc[f] ?? 0) : 0;
        this.fx[x + 3] = d >= 0 ? (this.fDc[f] ?? 0) : 0;
        this.fx[x + 4] = d >= 0 ? (this.fHead[f] ?? 0) : 0;
        this.fx[x + 5] = d >= 0 ? (this.docPriorUnit[d] ?? 0) : 0;
        this.fx[x + 6] = Math.min(1, (this.fAcc[f] ?? 0) / qMass);
        this.fx[x + 7] = Math.min(1, (this.cAcc[f] ?? 0) / qMass);
        for (let j = 0; j < NF; j++) this.fx[x + 8 + j] = pMass > 0 ? Math.min(1, (this.pField[f * NF + j] ?? 0) / pMass) : 0;
        this.fx[x + 8 + NF] = this.pHead[f] ?? 0;
        this.fx[x + 9 + NF] = this.breadth[f] ?? 0;
      });
    }
    for (let i = 0; i < nFiches; i++) {
      const f = this.fTouched[i] ?? 0;
      this.fAcc[f] = 0;
      this.cAcc[f] = 0;
      this.pAcc[f] = 0;
      this.pHead[f] = 0;
      if (features) this.pField.fill(0, f * NF, f * NF + NF);
      this.fStamp[f] = -1;
      this.fBest[f] = -1;
      this.fBestDoc[f] = -1;
      this.fQc[f] = 0;
      this.fDc[f] = 0;
      this.fHead[f] = 0;
    }
    return top;
  }
}
