import { BoussoleError } from '../../errors.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import type { TitleMatch } from '../schema.js';
import { analyzeTitle } from './analyze.js';
import { TITLE_ALIASES } from './aliases.js';
import { compileTitles, type TitleAlias, type TitleModel } from './compile.js';
import { LabelIndex } from './label-index.js';
import { PROFILE_FIELDS, unpackProfile } from './profile.js';
import { ProfileIndex, type ProfileWeights } from './profile-index.js';
import { FEATURE_COUNT, keepTop, linearScore, sortRanked, type Ranked, type RankerModel } from './ranker.js';
import { TitleVocabulary, type QueryPart } from './vocabulary.js';

/**
 * Scoring knobs (lexical defaults from the first version of the index; the profile weights checked on a
 * development split of the appellations, never on the reported held-out one).
 */
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
  /** Weight of the fiche profile's coverage of the words no title holds (derivational roots of titles and texts). */
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
  fields: { label: 0.9, access: 0.2, skill: 0.3, savoir: 0.3, domain: 0.3 },
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
/** Offsets of feature groups in a row (see `RANK_FEATURES`). */
const F_PROFILE = 8;
const F_HEAD_ROOT = F_PROFILE + 1 + NF;

/**
 * Job title → ROME fiche search over every appellation (masculine, feminine, short forms), every fiche title,
 * a reviewed alias list (English titles, common variants) and the fiche profiles (titles' words, access,
 * skills, savoirs, domaine). Build once per snapshot; `search` is synchronous, allocation-light and
 * deterministic.
 *
 * Lexical scoring: an exact match of the normalised title scores 1. Otherwise each label scores
 * `queryCoverage^alpha × labelCoverage^beta`, coverages being shares of IDF weight (IDF over fiches, head noun
 * weighted ×`head`), times `headMiss` when the heads differ; a fiche takes its best label plus a pooled,
 * saturated fiche-level coverage, its definition's coverage of the other words and its profile's coverage of
 * the words no title holds, through their derivational roots (oléiculteur → the olive growers' texts). When
 * the model carries a trained ranker, the best candidates are reordered by a linear model over these and
 * other signals (see `RANK_FEATURES`) and scored by their softmax probability among them. Words the index does
 * not know are also rescued by English→French translation, technology hints, compound splitting and typo
 * correction over the title vocabulary.
 */
export class TitleIndex {
  private readonly s: TitleScoring;
  private readonly codes: readonly string[];
  private readonly appLabel: readonly string[];
  private readonly appOgr: readonly number[];
  /** Per fiche: its main appellation (index), or -1. */
  private readonly mainApp: Int32Array;
  private readonly labels: LabelIndex;
  private readonly profile: ProfileIndex;
  private readonly vocab: TitleVocabulary;
  private readonly ranker: RankerModel | undefined;
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
  /** Profile evidence of the words no label holds (query-weight units). */
  private readonly pUnknown: Float64Array;
  private readonly hCount: Float64Array;
  private readonly lAcc: Float64Array;
  private readonly sAcc: Float64Array;
  private readonly sHead: Float64Array;
  private readonly fx: Float64Array;
  /** Linear scores of the candidates. */
  private readonly lin: Float64Array;

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
    this.labels = new LabelIndex(model, nFiches, scoring.head, scoring.ficheK);
    const profile = unpackProfile(model.profile, model.terms.length, nFiches);
    if (typeof profile === 'string') {
      throw new BoussoleError('SNAPSHOT_CORRUPT', { value: 'title model', reason: profile });
    }
    this.profile = new ProfileIndex(profile, labelRoots(model, profile.termRoot, nFiches), nFiches, scoring.fields);
    this.vocab = new TitleVocabulary(model, this.labels.termWeight, this.labels.labelCount, this.profile, profile.termRoot, nFiches);
    this.ranker = scoring.ranker ? model.ranker : undefined;

    const nDocs = model.docs.fiche.length;
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
    this.pUnknown = new Float64Array(nFiches);
    this.hCount = new Float64Array(nFiches);
    this.lAcc = new Float64Array(nFiches);
    this.sAcc = new Float64Array(nFiches);
    this.sHead = new Float64Array(nFiches);
    this.fx = new Float64Array(nFiches * FEATURE_COUNT);
    this.lin = new Float64Array(nFiches);
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
    return this.labels.docFiche.length;
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
    // softmax of the linear scores over the candidates (exact matches keep 1)
    const lin = this.lin;
    let max = -Infinity;
    for (let i = 0; i < top.length; i++) {
      lin[i] = top[i]?.score === 1 ? NaN : linearScore(ranker.weights, this.fx, i * FEATURE_COUNT);
      if ((lin[i] ?? NaN) > max) max = lin[i] ?? max;
    }
    let sum = 0;
    for (let i = 0; i < top.length; i++) if (!Number.isNaN(lin[i])) sum += Math.exp((lin[i] ?? 0) - max);
    top.forEach((r, i) => {
      if (!Number.isNaN(lin[i])) r.score = Math.min(0.999, Math.exp((lin[i] ?? 0) - max) / sum);
    });
    return this.matches(sortRanked(top).slice(0, limit));
  }

  /**
   * The best `n` candidates of a title by lexical score, with their ranking features (see `RANK_FEATURES`):
   * the training data of the ranker. Empty when nothing matches.
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
    if (parts.every((p) => p.credit[0] === 1)) exact = this.labels.exact.get(parts.map((p) => p.terms[0]).join(','));
    return { parts, exact };
  }

  private matches(top: readonly Ranked[]): TitleMatch[] {
    return top.map((r) => {
      let a = r.doc >= 0 ? (this.labels.docApp[r.doc] ?? -1) : -1;
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
   * Scores every fiche the query touches; returns the best `n` by lexical score (exact matches first, score 1)
   * and, with `features`, writes their feature rows into `fx`. Leaves the scratch buffers clean.
   */
  private score(parts: readonly QueryPart[], exactDocs: readonly number[] | undefined, n: number, features: boolean): Ranked[] {
    const s = this.s;
    const L = this.labels;
    let nTouched = 0;
    let nFiches = 0;
    let qMass = 0;
    let seq = 0;
    const { qAcc, dAcc, headHit: headHits, touched, fAcc, cAcc, fStamp, fBest, hCount, lAcc, sAcc, sHead, fTouched } = this;
    const { postOffsets, postDocs, docHead, docFiche, ficheOffsets, ficheList, ficheSat, ficheShare, ficheLik, ctxOffsets, ctxFiches } = L;
    for (const part of parts) {
      qMass += part.weight;
      const headFactor = part.head ? s.head : 1;
      for (let k = 0; k < part.terms.length; k++) {
        const t = part.terms[k] ?? 0;
        seq++;
        const credit = part.credit[k] ?? 0;
        const idf = L.idf[t] ?? 0;
        const gain = (L.termWeight[t] ?? 0) * credit * headFactor;
        const headIdf = idf * credit * s.head;
        const plainIdf = idf * credit * 1;
        for (let p = postOffsets[t] ?? 0, end = postOffsets[t + 1] ?? 0; p < end; p++) {
          const d = postDocs[p] ?? 0;
          if (qAcc[d] === 0 && dAcc[d] === 0) touched[nTouched++] = d;
          const isHead = docHead[d] === t;
          qAcc[d] = (qAcc[d] ?? 0) + gain;
          dAcc[d] = (dAcc[d] ?? 0) + (isHead ? headIdf : plainIdf);
          if (part.head && isHead) {
            headHits[d] = 1;
            if (features) {
              const f = docFiche[d] ?? 0;
              hCount[f] = (hCount[f] ?? 0) + credit;
            }
          }
        }
        for (let p = ficheOffsets[t] ?? 0, end = ficheOffsets[t + 1] ?? 0; p < end; p++) {
          const f = ficheList[p] ?? 0;
          if (fBest[f] === -1) {
            fTouched[nFiches++] = f;
            fBest[f] = 0;
          }
          fAcc[f] = (fAcc[f] ?? 0) + gain * (ficheSat[p] ?? 0);
          fStamp[f] = seq;
          if (features) {
            const share = ficheShare[p] ?? 0;
            lAcc[f] = (lAcc[f] ?? 0) + credit * (ficheLik[p] ?? 0);
            sAcc[f] = (sAcc[f] ?? 0) + gain * share;
            if (part.head && credit * share > (sHead[f] ?? 0)) sHead[f] = credit * share;
          }
        }
        for (let p = ctxOffsets[t] ?? 0, end = ctxOffsets[t + 1] ?? 0; p < end; p++) {
          const f = ctxFiches[p] ?? 0;
          // definitions only explain words the fiche's labels do not hold
          if (fStamp[f] === seq) continue;
          if (fBest[f] === -1) {
            fTouched[nFiches++] = f;
            fBest[f] = 0;
          }
          cAcc[f] = (cAcc[f] ?? 0) + gain;
        }
      }
    }
    // words no label holds: the fiches whose profile holds their roots
    let uMass = 0;
    if (s.profile > 0 || features) {
      const P = this.profile;
      for (const part of parts) {
        if (part.terms.length > 0) continue;
        uMass += part.weight;
        part.roots.forEach((r, k) => {
          const gain = part.weight * (part.rootCredit[k] ?? 0);
          for (let p = P.rOffsets[r] ?? 0; p < (P.rOffsets[r + 1] ?? 0); p++) {
            const f = P.rFiches[p] ?? 0;
            if (this.fBest[f] === -1) {
              this.fTouched[nFiches++] = f;
              this.fBest[f] = 0;
            }
            this.pUnknown[f] = (this.pUnknown[f] ?? 0) + gain * (P.maskWeight[P.rMasks[p] ?? 0] ?? 0);
          }
        });
      }
    }
    const hasHead = parts.some((p) => p.head && p.terms.length > 0);
    // the default exponents (1 and 0.5) without Math.pow, same values: pow(x, 1) = x, and pow(x, 0.5) = sqrt(x)
    // for x ≥ 0 (`+ 0` turns sqrt(-0) = -0 into pow's +0); Math.pow took a fifth of a search
    const alphaOne = s.alpha === 1;
    const betaHalf = s.beta === 0.5;
    for (let i = 0; i < nTouched; i++) {
      const d = this.touched[i] ?? 0;
      const qc = Math.min(1, (this.qAcc[d] ?? 0) / qMass);
      const dc = Math.min(1, (this.dAcc[d] ?? 0) / (L.docMass[d] || 1));
      let score = (alphaOne ? qc : Math.pow(qc, s.alpha)) * (betaHalf && dc >= 0 ? Math.sqrt(dc) + 0 : Math.pow(dc, s.beta));
      const headHit = this.headHit[d] ?? 0;
      if (hasHead && headHit === 0) score *= s.headMiss;
      score += (L.docPrior[d] ?? 0) * s.prior;
      const f = L.docFiche[d] ?? 0;
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
      const f = L.docFiche[d] ?? 0;
      exactRank.set(f, (L.docPrior[d] ?? 0) * s.prior);
      this.fBestDoc[f] = d;
    }
    const top: Ranked[] = [];
    const norm = 1 + s.fiche + s.context + s.profile + s.prior;
    for (let i = 0; i < nFiches; i++) {
      const f = this.fTouched[i] ?? 0;
      const pooled = Math.min(1, (this.fAcc[f] ?? 0) / qMass);
      const ctx = Math.min(1, (this.cAcc[f] ?? 0) / qMass);
      const prof = Math.min(1, (this.pUnknown[f] ?? 0) / qMass);
      const raw = ((this.fBest[f] ?? 0) + s.fiche * pooled + s.context * ctx + s.profile * prof) / norm;
      const ex = exactRank.get(f);
      keepTop(top, n, f, this.fBestDoc[f] ?? -1, ex === undefined ? Math.min(0.999, raw) : 1, ex ?? 0, this.codes[f] ?? '');
    }
    if (features) this.features(top, parts, qMass, uMass);
    for (let i = 0; i < nFiches; i++) {
      const f = this.fTouched[i] ?? 0;
      this.fAcc[f] = 0;
      this.cAcc[f] = 0;
      this.pUnknown[f] = 0;
      this.hCount[f] = 0;
      this.lAcc[f] = 0;
      this.sAcc[f] = 0;
      this.sHead[f] = 0;
      this.fStamp[f] = -1;
      this.fBest[f] = -1;
      this.fBestDoc[f] = -1;
      this.fQc[f] = 0;
      this.fDc[f] = 0;
      this.fHead[f] = 0;
    }
    return top;
  }

  /** Writes the feature rows of the candidates `top` into `fx` (see `RANK_FEATURES`). */
  private features(top: readonly Ranked[], parts: readonly QueryPart[], qMass: number, uMass: number): void {
    const s = this.s;
    const L = this.labels;
    const P = this.profile;
    const x = this.fx;
    // profile mass of the query: per word, its best root weight (the unknown-word weight when it has none)
    let pMass = 0;
    let known = 0;
    for (const part of parts) {
      let best = 0;
      for (let k = 0; k < part.roots.length; k++) {
        best = Math.max(best, (P.idf[part.roots[k] ?? 0] ?? 0) * (part.rootCredit[k] ?? 0) * (part.head ? s.head : 1));
      }
      pMass += best > 0 ? best : this.vocab.unknownWeight * (part.head ? s.head : 1);
      if (part.terms.length > 0) known++;
    }
    for (let i = 0; i < top.length; i++) {
      const f = top[i]?.f ?? 0;
      const at = i * FEATURE_COUNT;
      const d = this.fBestDoc[f] ?? -1;
      const docs = L.ficheDocs[f] || 1;
      x.fill(0, at, at + FEATURE_COUNT);
      x[at] = top[i]?.score ?? 0;
      x[at + 1] = Math.max(0, this.fBest[f] ?? 0);
      if (d >= 0) {
        x[at + 2] = this.fQc[f] ?? 0;
        x[at + 3] = this.fDc[f] ?? 0;
        x[at + 4] = this.fHead[f] ?? 0;
        x[at + 5] = L.docPrior[d] ?? 0;
      }
      x[at + 6] = Math.min(1, (this.fAcc[f] ?? 0) / qMass);
      x[at + 7] = Math.min(1, (this.cAcc[f] ?? 0) / qMass);
      let headRoot = 0;
      for (const part of parts) {
        for (let k = 0; k < part.roots.length; k++) {
          const root = part.roots[k] ?? 0;
          const m = P.mask(f, root);
          if (m === 0) continue;
          const credit = part.rootCredit[k] ?? 0;
          const gain = (P.idf[root] ?? 0) * credit * (part.head ? s.head : 1);
          x[at + F_PROFILE] = (x[at + F_PROFILE] ?? 0) + gain * (P.maskWeight[m] ?? 0);
          for (let j = 0; j < NF; j++) if (m & (1 << j)) x[at + F_PROFILE + 1 + j] = (x[at + F_PROFILE + 1 + j] ?? 0) + gain;
          if (part.head && m & 1 && credit > headRoot) headRoot = credit;
        }
      }
      for (let j = 0; j <= NF; j++) x[at + F_PROFILE + j] = pMass > 0 ? Math.min(1, (x[at + F_PROFILE + j] ?? 0) / pMass) : 0;
      x[at + F_HEAD_ROOT] = headRoot;
      x[at + F_HEAD_ROOT + 1] = Math.log(1 + docs) / 5;
      x[at + F_HEAD_ROOT + 2] = Math.min(1, (this.hCount[f] ?? 0) / docs);
      x[at + F_HEAD_ROOT + 3] = ((this.lAcc[f] ?? 0) + known * (L.ficheSmooth[f] ?? 0)) / parts.length;
      x[at + F_HEAD_ROOT + 4] = uMass > 0 ? Math.min(1, (this.pUnknown[f] ?? 0) / uMass) : 0;
      x[at + F_HEAD_ROOT + 5] = Math.min(1, (this.sAcc[f] ?? 0) / qMass);
      x[at + F_HEAD_ROOT + 6] = this.sHead[f] ?? 0;
    }
  }
}

/** Per fiche, the profile roots of its labels' terms (CSR, repeats allowed). */
function labelRoots(model: TitleModel, termRoot: Int32Array, nFiches: number): { offsets: Uint32Array; roots: Uint32Array } {
  const { docs } = model;
  const each = (emit: (f: number, r: number) => void): void => {
    for (let d = 0; d < docs.fiche.length; d++) {
      for (let k = docs.offsets[d] ?? 0; k < (docs.offsets[d + 1] ?? 0); k++) {
        const r = termRoot[docs.terms[k] ?? 0] ?? -1;
        if (r >= 0) emit(docs.fiche[d] ?? 0, r);
      }
    }
  };
  const count = new Uint32Array(nFiches + 1);
  each((f) => (count[f + 1] = (count[f + 1] ?? 0) + 1));
  for (let f = 0; f < nFiches; f++) count[f + 1] = (count[f + 1] ?? 0) + (count[f] ?? 0);
  const roots = new Uint32Array(count[nFiches] ?? 0);
  const fill = count.slice(0, nFiches);
  each((f, r) => {
    const at = fill[f] ?? 0;
    roots[at] = r;
    fill[f] = at + 1;
  });
  return { offsets: count, roots };
}
