/**
 * Character folding shared by every matcher: one canonical, accent-free, lower-case form per character.
 *
 * The fold is defined per code point (see {@link foldChar}), so `fold(s)` is exactly the concatenation of
 * the folds of its code points; {@link tokenize} relies on this to keep offsets into the original text.
 */

const SPECIAL: ReadonlyMap<number, string> = new Map<number, string>([
  // apostrophes and quote-like accents
  [0x2019, "'"], [0x2018, "'"], [0x60, "'"], [0xb4, "'"], [0x2bc, "'"], [0x2032, "'"],
  // dashes and minus signs
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'], [0x2212, '-'],
  // ligatures and letters that NFKD does not decompose
  [0x153, 'oe'], [0x152, 'oe'], [0xe6, 'ae'], [0xc6, 'ae'], [0xdf, 'ss'],
  [0xf8, 'o'], [0xd8, 'o'], [0x111, 'd'], [0x110, 'd'], [0x142, 'l'], [0x141, 'l'],
  // no-break and zero-width spaces
  [0xa0, ' '], [0x2007, ' '], [0x202f, ' '], [0x2009, ' '], [0x200a, ' '],
  [0x200b, ' '], [0x200c, ' '], [0x200d, ' '], [0x2060, ' '], [0xfeff, ' '],
  // soft hyphen: an invisible hyphenation hint, removed
  [0xad, ''],
]);

const COMBINING = /\p{M}/gu;
const cache = new Map<number, string>();

/**
 * Folds one code point: lower case, no diacritics, typographic apostrophes → `'`, dashes → `-`,
 * œ → oe, æ → ae, no-break / zero-width spaces → space, compatibility forms (ligatures ﬁ, full-width
 * letters) decomposed. May return "" (combining marks, soft hyphen) or several characters.
 */
export function foldChar(cp: number): string {
  if (cp < 0x80) {
    if (cp === 0x60) return "'";
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const special = SPECIAL.get(cp);
  let out: string;
  if (special !== undefined) out = special;
  else {
    out = String.fromCodePoint(cp).toLowerCase().normalize('NFKD').replace(COMBINING, '').toLowerCase();
    // NFKD can expose characters that themselves need folding (e.g. "ǽ" → "æ")
    if (out.length > 0 && [...out].some((c) => SPECIAL.has(c.codePointAt(0) ?? 0))) {
      out = [...out].map((c) => SPECIAL.get(c.codePointAt(0) ?? 0) ?? c).join('');
    }
  }
  cache.set(cp, out);
  return out;
}

/**
 * Folds a string for matching: lower case, diacritics stripped, ’‘`´ → ', –—‑ → -, œ → oe, æ → ae,
 * no-break and zero-width spaces → space. Length may change (œ → oe); use {@link tokenize} for offsets.
 */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.includes('`') ? s.toLowerCase().replaceAll('`', "'") : s.toLowerCase();
  let out = '';
  for (const ch of s) out += foldChar(ch.codePointAt(0) ?? 0);
  return out;
}
