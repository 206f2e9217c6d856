import { fold } from '../understand/text/fold.js';
import { foldGender } from '../understand/text/gender.js';
import { stem } from '../understand/text/stem.js';
import { isStopword } from '../understand/text/stopwords.js';
import { tokenize } from '../understand/text/tokenize.js';

/** Bound of each memo below (cleared when full, like the stemmer's cache). */
const MAX_CACHE = 50_000;
/** Folded token → key. */
const keyCache = new Map<string, string>();

/**
 * Matching key of a folded token for certification ↔ job-sheet matching: masculine singular
 * ({@link foldGender}), then the French stem. Agent nouns are brought to their action noun or verb first,
 * because the French stemmer keeps "-eur" words apart from their family while certification titles name
 * people ("Développeur", "Administrateur") and skills name actions ("Développer", "Administration"):
 * -teur → -tion (intégrateur ~ intégration, concepteur ~ conception), other -eur → -er (développeur ~
 * développer). Tokens that are not plain words (c++, .net, 3d) are kept as they are.
 */
export function termKey(norm: string): string {
  const hit = keyCache.get(norm);
  if (hit !== undefined) return hit;
  let w = foldGender(norm);
  if (w.length > 7 && w.endsWith('eure')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('teur')) w = `${w.slice(0, -3)}ion`;
  else if (w.length > 6 && w.endsWith('eur')) w = `${w.slice(0, -3)}er`;
  const key = stem(w, 'fr');
  if (keyCache.size >= MAX_CACHE) keyCache.clear();
  keyCache.set(norm, key);
  return key;
}

/** Folded space-separated chunk → its keys. Tokens never span a space, so a chunk can be tokenized alone. */
const chunkCache = new Map<string, readonly string[]>();

function chunkTerms(raw: string): readonly string[] {
  const chunk = fold(raw);
  const hit = chunkCache.get(chunk);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (const t of tokenize(chunk)) {
    if (t.norm.length < 2 || isStopword(t.norm, 'fr') || /^\d+$/.test(t.norm)) continue;
    out.push(termKey(t.norm));
  }
  if (chunkCache.size >= MAX_CACHE) chunkCache.clear();
  chunkCache.set(chunk, out);
  return out;
}

/**
 * Matching keys of a French label, in text order with repeats: tokens of the shared tokenizer, French
 * stopwords, one-letter tokens and bare numbers dropped, each mapped by {@link termKey}.
 */
export function textTerms(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.split(' ')) {
    if (chunk !== '') for (const k of chunkTerms(chunk)) out.push(k);
  }
  return out;
}
