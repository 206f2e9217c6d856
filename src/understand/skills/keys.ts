import { foldGender, isStopword, stem, tokenize, type Token } from '../text/index.js';

const EUSE = /euses?$/;

/**
 * Token normalisation shared by the lexicon build and the matcher, so that both sides produce the same keys:
 * folded token → gender/number folding → French Snowball stem. One stemmer for both languages keeps the key space
 * single: an English alias and an English CV go through the same function. Tokens with symbols (c++, node.js,
 * ci/cd) are kept as they are by the stemmer. Words in -euse skip the gender folding, which is made for job nouns
 * (vendeuse → vendeur): the stemmer already maps the adjectives (rigoureuse, curieuse) onto their masculine.
 * Words of four letters or less (acronyms, short names) only lose a plural s.
 */
export function tokenKey(norm: string): string {
  // short words only lose a plural s: the stemmer would merge short names with common words (Maya → mai)
  const w = norm.length <= 5 && norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss') ? norm.slice(0, -1) : norm;
  if (w.length <= 4) return w;
  return EUSE.test(norm) ? stem(norm, 'fr') : stem(foldGender(norm), 'fr');
}

/** One-letter tokens that are skill names (the C and R languages); every other stopword is skipped. */
const KEPT_SHORT: ReadonlySet<string> = new Set(['c', 'r']);

/**
 * True when a folded token carries no meaning for matching (French or English function word). Negation words
 * are not stopwords (see the text module). "c" and "r" are kept; their elided forms (c'est) are handled by the
 * matcher, which sees the apostrophe.
 */
export function isSkippedToken(norm: string): boolean {
  return isStopword(norm) && !KEPT_SHORT.has(norm);
}

/** The content-token keys of a phrase (stopwords removed), as the lexicon stores them. */
export function phraseKeys(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (!isSkippedToken(t.norm) && !isElided(text, t)) out.push(tokenKey(t.norm));
  return out;
}

/** True for a one-letter token directly followed by an apostrophe: the c of "c'est", the d of "d'un". */
export function isElided(text: string, t: Token): boolean {
  if (t.end - t.start !== 1) return false;
  const next = text.charCodeAt(t.end);
  return next === 0x27 || next === 0x2019;
}
