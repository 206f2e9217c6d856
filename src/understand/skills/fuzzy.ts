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
 * Typo tolerance for short entries of a skills list ("Javascrpit", "Kubernets", "Postgre SQL"): fuse.js over the
 * lexicon's short names only (reviewed aliases and IT savoir names, about 1,500 strings), never over the whole
 * lexicon. The index is built on first use.
 */
export class FuzzyNames {
  private readonly lexicon: Lexicon;
  private fuse: Fuse<string> | undefined;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
  }

  /** The name closest to a folded entry, when close enough; else null. */
  find(folded: string): FuzzyHit | null {
    const entry = folded.trim();
    if (entry.length < MIN_LENGTH) return null;
    this.fuse ??= new Fuse([...this.lexicon.fuzzyNames], {
      includeScore: true,
      threshold: MAX_SCORE,
      ignoreLocation: true,
      minMatchCharLength: 3,
    });
    const best = this.fuse.search(entry, { limit: 1 })[0];
    if (best === undefined || best.score === undefined || best.score > MAX_SCORE) return null;
    // a long entry that merely contains a short name is not a typo of it
    const name = this.lexicon.fuzzyNames[best.refIndex] ?? '';
    if (name.length < entry.length * 0.75 || name.length > entry.length * 1.34) return null;
    // typos seldom hit the first letter; "vision" is not "invision"
    if (name[0] !== entry[0]) return null;
    return { phrase: this.lexicon.fuzzyPhrases[best.refIndex] ?? 0, score: best.score };
  }
}
