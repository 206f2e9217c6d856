/**
 * Accent- and case-folding that keeps string length, so that a match index in the folded string is
 * also an index in the original. Every structuring regex runs on folded text.
 */

const MAP: Record<string, string> = {
  à: 'a', â: 'a', ä: 'a', á: 'a', ã: 'a', å: 'a',
  ç: 'c',
  é: 'e', è: 'e', ê: 'e', ë: 'e',
  î: 'i', ï: 'i', í: 'i', ì: 'i',
  ô: 'o', ö: 'o', ó: 'o', ò: 'o', õ: 'o', ø: 'o',
  ù: 'u', û: 'u', ü: 'u', ú: 'u',
  ÿ: 'y', ý: 'y',
  ñ: 'n',
  œ: 'o', æ: 'a',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\t': ' ',
};

const SPECIAL = new RegExp(`[${Object.keys(MAP).join('')}]`, 'g');
const replace = (c: string): string => MAP[c] ?? c;

/**
 * Lower-cases `s`, removes French/Western accents and normalises apostrophes and non-breaking spaces,
 * one UTF-16 unit for one UTF-16 unit: `fold(s).length === s.length` always.
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower.replace(SPECIAL, replace);
  // Rare: a character whose lower case is longer ("İ"); fold one unit at a time.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const l = c.toLowerCase();
    out += l.length === 1 ? replace(l) : c;
  }
  return out;
}
