/** A run of ASCII letters in a folded string and where it sits. */
export interface Word {
  word: string;
  index: number;
  end: number;
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * The runs of a–z letters of a folded string (see `fold`), left to right. A plain scan: cheaper than
 * `matchAll(/[a-z]+/g)` on every line of every CV.
 */
export function words(folded: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  const n = folded.length;
  while (i < n) {
    while (i < n && !isLetter(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isLetter(folded.charCodeAt(i))) i++;
    if (i > start) out.push({ word: folded.slice(start, i), index: start, end: i });
  }
  return out;
}
