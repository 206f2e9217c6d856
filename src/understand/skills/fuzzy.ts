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
/** fuse.js's Bitap handles patterns up to this length in one chunk (the character filter assumes one chunk). */
const BITAP_MAX_BITS = 32;

/** fuse.js options of every search. */
const FUSE_OPTIONS = { includeScore: true, threshold: MAX_SCORE, ignoreLocation: true, minMatchCharLength: 3 } as const;

interface Bucket {
  fuse: Fuse<string>;
  refs: number[];
  names: string[];
  /** The bucket's names as fuse.js compares them (lower-cased), for the character filter. */
  lower: string[];
}

/**
 * Typo tolerance for short entries of a skills list ("Javascrpit", "Kubernets", "Photoshp"): fuse.js over the
 * lexicon's short names only (reviewed aliases and IT savoir names, about 1,700 strings), never over the whole
 * lexicon. Typos seldom hit the first letter, so the names are bucketed by first letter, one fuse.js index per
 * bucket, built on first use: a search scans ~100 names instead of 1,700. Most entries are no typo at all:
 * cheap character counts (then a common subsequence) first rule out the names that cannot be within fuse.js's
 * error budget, and fuse.js scores only the few left (usually none).
 */
export class FuzzyNames {
  private readonly lexicon: Lexicon;
  private readonly buckets = new Map<string, Bucket>();
  /** Scratch: count of each UTF-16 code unit of the entry still unmatched (all zero between calls). */
  private readonly need = new Uint8Array(0x10000);
  /** Scratch row of {@link commonSubsequence}. */
  private row = new Int32Array(64);

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
  }

  /** The name closest to a folded entry, when close enough; else null. */
  find(folded: string): FuzzyHit | null {
    const entry = folded.trim();
    if (entry.length < MIN_LENGTH) return null;
    const bucket = this.bucket(entry[0] ?? '');
    const candidates = this.candidates(bucket, entry);
    if (candidates.length === 0) return null;
    // fuse.js scores each name on its own and breaks ties by list order: searching the candidates only (in
    // bucket order) gives the same best name as searching the whole bucket
    const whole = candidates.length === bucket.lower.length;
    const fuse = whole ? bucket.fuse : new Fuse(candidates.map((k) => bucket.names[k] ?? ''), FUSE_OPTIONS);
    const best = fuse.search(entry, { limit: 1 })[0];
    if (best === undefined || best.score === undefined || best.score > MAX_SCORE) return null;
    const ref = bucket.refs[whole ? best.refIndex : (candidates[best.refIndex] ?? 0)] ?? 0;
    // a long entry that merely contains a short name is not a typo of it
    const name = this.lexicon.fuzzyNames[ref] ?? '';
    if (name.length < entry.length * 0.75 || name.length > entry.length * 1.34) return null;
    return { phrase: this.lexicon.fuzzyPhrases[ref] ?? 0, score: best.score };
  }

  /**
   * Positions in the bucket of the names that can be a fuse.js match of `entry` (all of them for entries too long
   * to tell). fuse.js accepts a name when the entry matches part of it with at most `errors` edits, with
   * errors / length ≤ MAX_SCORE (Bitap, location ignored); each edit leaves at most one character of the entry
   * unmatched, so a match needs `length - errors` of the entry's characters in the name, with repeats and in
   * order (a common subsequence).
   */
  private candidates(bucket: Bucket, entry: string): number[] {
    const pattern = entry.toLowerCase();
    const m = pattern.length;
    if (m > BITAP_MAX_BITS) return bucket.lower.map((_, k) => k);
    let errors = 0;
    while ((errors + 1) / m <= MAX_SCORE) errors++;
    const required = m - errors;
    const need = this.need;
    for (let i = 0; i < m; i++) need[pattern.charCodeAt(i)] = (need[pattern.charCodeAt(i)] ?? 0) + 1;
    const out: number[] = [];
    const used: number[] = [];
    bucket.lower.forEach((name, k) => {
      if (name.length < required) return;
      let matched = 0;
      for (let i = 0; i < name.length && matched < required; i++) {
        const c = name.charCodeAt(i);
        if ((need[c] ?? 0) > 0) {
          need[c] = (need[c] ?? 0) - 1;
          used[matched++] = c;
        }
      }
      for (let j = 0; j < matched; j++) need[used[j] ?? 0] = (need[used[j] ?? 0] ?? 0) + 1;
      if (matched >= required && this.commonSubsequence(pattern, name) >= required) out[out.length] = k;
    });
    for (let i = 0; i < m; i++) need[pattern.charCodeAt(i)] = 0;
    return out;
  }

  /** Length of the longest common subsequence of `a` and `b` (one row of dynamic programming). */
  private commonSubsequence(a: string, b: string): number {
    if (this.row.length < b.length + 1) this.row = new Int32Array(b.length + 1);
    const row = this.row;
    row.fill(0, 0, b.length + 1);
    for (let i = 0; i < a.length; i++) {
      const c = a.charCodeAt(i);
      let diagonal = 0;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j] ?? 0;
        row[j] = c === b.charCodeAt(j - 1) ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
        diagonal = above;
      }
    }
    return row[b.length] ?? 0;
  }

  private bucket(first: string): Bucket {
    let b = this.buckets.get(first);
    if (b === undefined) {
      const refs: number[] = [];
      this.lexicon.fuzzyNames.forEach((n, i) => {
        if (n[0] === first) refs.push(i);
      });
      const names = refs.map((i) => this.lexicon.fuzzyNames[i] ?? '');
      b = {
        fuse: new Fuse(names, FUSE_OPTIONS),
        refs,
        names,
        lower: names.map((n) => n.toLowerCase()),
      };
      this.buckets.set(first, b);
    }
    return b;
  }
}
