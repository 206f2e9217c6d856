import type { Lexicon } from './lexicon.js';

/** A compétence expressed by a sentence: the overlap document, its concept and how much of it the sentence covers. */
export interface OverlapHit {
  doc: number;
  concept: number;
  /** Share of the document's weight (sum of idf of its tokens) found in the sentence, 0..1. */
  coverage: number;
  /** Number of the document's tokens found in the sentence. */
  matched: number;
}

/** Options of {@link OverlapIndex.match}. */
export interface OverlapOptions {
  /** Minimum coverage, 0..1. */
  threshold: number;
  /** At most this many hits, best first. */
  limit: number;
}

/**
 * Weighted token overlap between a sentence and the lexicon's long phrasings (ROME compétence labels, multi-word
 * aliases): a BM25-style idf weight per token, and a document scores the share of its weight present in the
 * sentence. Candidates come only from the postings of the sentence's rare tokens (an inverted index; no scan of the
 * 30,000 documents); frequent tokens ("gestion", "client") add weight but never create candidates.
 */
export class OverlapIndex {
  private readonly lexicon: Lexicon;
  private readonly idf: Float64Array;
  /** Postings: documents of token t are `postDocs[postStart[t] .. postStart[t+1])`. */
  private readonly postStart: Uint32Array;
  private readonly postDocs: Uint32Array;
  private readonly docWeight: Float64Array;
  /** Tokens in at most this many documents generate candidates. */
  private readonly rareDf: number;
  // scratch buffers, reused across calls (the extractor is synchronous)
  private readonly inSentence: Uint8Array;
  private readonly rareHits: Uint16Array;
  /** Distinct tokens of the sentence, then documents touched by its rare tokens (no array growth per call). */
  private readonly sentenceTokens: Uint32Array;
  private readonly touchedDocs: Uint32Array;

  /** @param rareDf tokens in at most this many documents generate candidates (default 300) */
  constructor(lexicon: Lexicon, rareDf = 300) {
    this.lexicon = lexicon;
    this.rareDf = rareDf;
    const T = lexicon.tokens.length;
    const D = lexicon.docConcepts.length;
    const df = new Uint32Array(T);
    for (const t of lexicon.docTokens) df[t] = (df[t] ?? 0) + 1;
    this.postStart = new Uint32Array(T + 1);
    for (let t = 0; t < T; t++) this.postStart[t + 1] = (this.postStart[t] ?? 0) + (df[t] ?? 0);
    this.postDocs = new Uint32Array(lexicon.docTokens.length);
    const fill = this.postStart.slice(0, T);
    for (let d = 0; d < D; d++) {
      for (let k = lexicon.docStart[d] ?? 0; k < (lexicon.docStart[d + 1] ?? 0); k++) {
        const t = lexicon.docTokens[k] ?? 0;
        this.postDocs[fill[t] ?? 0] = d;
        fill[t] = (fill[t] ?? 0) + 1;
      }
    }
    this.idf = new Float64Array(T);
    for (let t = 0; t < T; t++) this.idf[t] = Math.log(1 + (D - (df[t] ?? 0) + 0.5) / ((df[t] ?? 0) + 0.5));
    this.docWeight = new Float64Array(D);
    for (let d = 0; d < D; d++) {
      let w = 0;
      for (let k = lexicon.docStart[d] ?? 0; k < (lexicon.docStart[d + 1] ?? 0); k++) w += this.idf[lexicon.docTokens[k] ?? 0] ?? 0;
      this.docWeight[d] = w;
    }
    this.inSentence = new Uint8Array(T);
    this.rareHits = new Uint16Array(D);
    this.sentenceTokens = new Uint32Array(T);
    this.touchedDocs = new Uint32Array(D);
  }

  /** True when one of the tokens can generate candidates (known, and rare enough): else {@link match} finds nothing. */
  hasRare(tokens: ArrayLike<number>): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] ?? -1;
      if (t >= 0 && this.df(t) > 0 && this.df(t) <= this.rareDf) return true;
    }
    return false;
  }

  /** Document frequency of a token. */
  df(token: number): number {
    return (this.postStart[token + 1] ?? 0) - (this.postStart[token] ?? 0);
  }

  /**
   * Documents covered by a sentence (its content token ids; unknown tokens as -1 are ignored). A document is a
   * candidate when it shares at least two rare tokens with the sentence, or one when it has three tokens or less;
   * it is kept when its first token (the head: "Gestion", "Concevoir") and at least one other are present, and its
   * coverage reaches `threshold`.
   */
  match(sentence: ArrayLike<number>, options: OverlapOptions): OverlapHit[] {
    const { lexicon, inSentence, rareHits, sentenceTokens: tokens, touchedDocs: touched } = this;
    let nTokens = 0;
    for (let i = 0; i < sentence.length; i++) {
      const t = sentence[i] ?? -1;
      if (t >= 0 && inSentence[t] === 0) {
        inSentence[t] = 1;
        tokens[nTokens++] = t;
      }
    }
    let nTouched = 0;
    for (let i = 0; i < nTokens; i++) {
      const t = tokens[i] ?? 0;
      if (this.df(t) > this.rareDf) continue;
      for (let k = this.postStart[t] ?? 0; k < (this.postStart[t + 1] ?? 0); k++) {
        const d = this.postDocs[k] ?? 0;
        if (rareHits[d] === 0) touched[nTouched++] = d;
        rareHits[d] = (rareHits[d] ?? 0) + 1;
      }
    }
    const hits: OverlapHit[] = [];
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i] ?? 0;
      const rare = rareHits[d] ?? 0;
      rareHits[d] = 0;
      const lo = lexicon.docStart[d] ?? 0;
      const hi = lexicon.docStart[d + 1] ?? 0;
      if (rare < 2 && hi - lo > 3) continue;
      let covered = 0;
      let matched = 0;
      for (let k = lo; k < hi; k++) {
        const t = lexicon.docTokens[k] ?? 0;
        if (inSentence[t] === 1) {
          covered += this.idf[t] ?? 0;
          matched++;
        }
      }
      const coverage = covered / (this.docWeight[d] || 1);
      // the head word (the action of a compétence: "Gestion", "Concevoir") must be there, not only its object
      const head = inSentence[lexicon.docTokens[lo] ?? 0] === 1;
      if (head && matched >= 2 && coverage >= options.threshold) hits.push({ doc: d, concept: lexicon.docConcepts[d] ?? 0, coverage, matched });
    }
    for (let i = 0; i < nTokens; i++) inSentence[tokens[i] ?? 0] = 0;
    hits.sort((a, b) => b.coverage - a.coverage || b.matched - a.matched || a.doc - b.doc);
    return hits.slice(0, options.limit);
  }
}
