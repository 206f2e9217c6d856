/** Separators that may surround a field of a CV line: spaces, dashes, bars, bullets, commas, colons, slashes. */
const SEPARATORS = new Set([...' \t\u00a0\u202f—–-|·•,:;/']);
/** The same plus brackets and emphasis marks, for what surrounds a date ("(2019 – 2021)", "*2019*"). */
const WITH_BRACKETS = new Set([...SEPARATORS, ...'()[]*_']);

/** Removes the characters of `set` from both ends of `s`, in linear time. */
export function trimChars(s: string, set: ReadonlySet<string>): string {
  let a = 0;
  let b = s.length;
  while (a < b && set.has(s[a] as string)) a++;
  while (b > a && set.has(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/**
 * Removes separators from both ends of `s` ("— Acme, Lyon |" → "Acme, Lyon"). A linear scan: the
 * equivalent `^[…]+|[…]+$` regex is quadratic on long runs of spaces.
 * @param brackets also remove parentheses, square brackets and emphasis marks * _ (default false)
 */
export function trimSeparators(s: string, brackets = false): string {
  return trimChars(s, brackets ? WITH_BRACKETS : SEPARATORS);
}
