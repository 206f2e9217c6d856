import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';

/** Languages with a stemmer. */
export type StemLanguage = 'fr' | 'en';

const MAX_CACHE = 50_000;
const caches: Record<StemLanguage, Map<string, string>> = { fr: new Map(), en: new Map() };
const STEMMABLE = /^[a-z]{3,}$/;

/**
 * Porter stem of a FOLDED token (output of `tokenize`/`fold`): natural's French Snowball port for `fr`,
 * Porter for `en`. Tokens that are not plain a–z words of ≥ 3 letters (c++, k8s, 3d, .net) are returned
 * unchanged. Results are cached per language (bounded at 50,000 entries per language).
 */
export function stem(token: string, lang: StemLanguage): string {
  if (!STEMMABLE.test(token)) return token;
  const cache = caches[lang];
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const out = (lang === 'fr' ? porterFr : porterEn).stem(token);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(token, out);
  return out;
}
