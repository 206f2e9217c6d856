import Fuse from 'fuse.js';
import type { Lexicon } from './lexicon.js';

/** A short name that a misspelt skills-list entry stands for. */
export interface FuzzyHit {
  phrase: number;
  /** fuse.js score: 0 = identical, 1 = unrelated. */
  score: number;
}

/** Entries shorter than this (folded characters) are not corrected: too little to tell a typo from another name. */
const MIN_LENGTH = 5;
/** Best fuse.js score accepted. */
const MAX_SCORE = 0.2;

/**
 * Typo tolerance for short entries of a skills list ("Javascrpit", "Kubernets", "Photoshp"): fuse.js over the
 * lexicon's short names only (reviewed aliases and IT savoir names, about 1,700 strings), never over the whole
 * lexicon. Typos seldom hit the first letter, so the names are bucketed by first letter, one fuse.js index per
 * bucket, built on first use: a search scans ~100 names instead of 1,700.
 */
export class FuzzyNames {
  private readonly lexicon: Lexicon;
  private readonly buckets = new Map<string, { fuse: Fuse<string>; refs: number[] }>();

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
  }

  /** The name closest to a folded entry, when close enough; else null. */
  find(folded: string): FuzzyHit | null {
    const entry = folded.trim();
    if (entry.length < MIN_LENGTH) return null;
    const bucket = this.bucket(entry[0] ?? '');
    const best = bucket.fuse.search(entry, { limit: 1 })[0];
    if (best === undefined || best.score === undefined || best.score > MAX_SCORE) return null;
    const ref = bucket.refs[best.refIndex] ?? 0;
    // a long entry that merely contains a short name is not a typo of it
    const name = this.lexicon.fuzzyNames[ref] ?? '';
    if (name.length < entry.length * 0.75 || name.length > entry.length * 1.34) return null;
    return { phrase: this.lexicon.fuzzyPhrases[ref] ?? 0, score: best.score };
  }

  private bucket(first: string): { fuse: Fuse<string>; refs: number[] } {
    let b = this.buckets.get(first);
    if (b === undefined) {
      const refs: number[] = [];
      this.lexicon.fuzzyNames.forEach((n, i) => {
        if (n[0] === first) refs.push(i);
      });
      const names = refs.map((i) => this.lexicon.fuzzyNames[i] ?? '');
      b = { fuse: new Fuse(names, { includeScore: true, threshold: MAX_SCORE, ignoreLocation: true, minMatchCharLength: 3 }), refs };
      this.buckets.set(first, b);
    }
    return b;
  }
}
