/**
 * Character-level clean-up shared by every format reader: ligatures, soft hyphens, invisible characters,
 * exotic spaces and private-use bullets. It never changes the meaning of the text.
 */

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u0132': 'IJ',
  '\u0133': 'ij',
};
const LIGATURE_RE = /[\uFB00-\uFB06\u0132\u0133]/g;

/** Zero-width characters, BOM, soft hyphen, word joiner, bidi marks: removed. */
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Every Unicode space variant (NBSP, narrow NBSP, figure space, em space…) and tabs become a plain space. */
const SPACES_RE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** C0/C1 control characters other than tab and newline. */
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Private-use code points that Word/Wingdings/Symbol fonts use for bullets (U+F0B7 = •, U+F0A7 = ▪, …),
 * mapped to a real bullet so list detection sees them.
 */
const PUA_BULLETS_RE = /[\uF0A7\uF0B7\uF0D8\uF0E0\uF0FC\uF076\uF0A8\uF0D9\uF06C\uF06E\uF0F0\uF0F3\uF0FB\uF02D]/g;

/** Expands typographic ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ Ĳ) to their letters. */
export function expandLigatures(s: string): string {
  return s.replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

/**
 * Normalises one piece of inline text: ligatures expanded, soft hyphens and zero-width characters removed,
 * every space variant (and tab) turned into ' ', control characters dropped, private-use bullets mapped to '•'.
 * Does not collapse runs of spaces (see {@link cleanLine}).
 */
export function normalizeChars(s: string): string {
  return expandLigatures(s)
    .replace(INVISIBLE_RE, '')
    .replace(SPACES_RE, ' ')
    .replace(CONTROL_RE, '')
    .replace(PUA_BULLETS_RE, '•');
}

/** {@link normalizeChars}, then runs of spaces collapsed and the line trimmed. Newlines become spaces. */
export function cleanLine(s: string): string {
  return normalizeChars(s.replace(/[\r\n\u2028\u2029\u0085]+/g, ' '))
    .replace(/ {2,}/g, ' ')
    .trim();
}
