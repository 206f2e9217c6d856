/**
 * Repairs end-of-line hyphenation when two wrapped lines are joined: "déve-" + "loppeur" → "développeur",
 * while real compounds keep their hyphen: "full-" + "stack" → "full-stack", "Jean-" + "Pierre".
 */

/** First elements of compounds written with a hyphen in CVs (French and English). */
const COMPOUND_FIRST = new Set([
  'e', 'ex', 'co', 'non', 'self', 'full', 'front', 'back', 'end', 'mi', 'demi', 'semi', 'après', 'avant', 'sous',
  'arrière', 'grand', 'petit', 'porte', 'chef', 'vice', 'anti', 'multi', 'auto', 'pré', 'post', 'bien',
  'mal', 'long', 'court', 'sur', 'hors', 'on', 'off', 'cross', 'high', 'low', 'well', 'open', 'real', 'start',
  'peer', 'one', 'two', 'user', 'client', 'entre', 'contre', 'quasi', 'extra', 'ultra', 'micro', 'macro',
  'savoir', 'rendez', 'week', 'deep', 'soft', 'hard', 'data', 'web', 'last', 'first', 'problem', 'decision',
  'team', 'test', 'mobile', 'cloud', 'cyber', 'no', 'bac', 'c', 'c\'est', 'peut', 'vis',
]);
/** Second elements of hyphenated compounds. */
const COMPOUND_SECOND = new Set([
  'end', 'stack', 'commerce', 'learning', 'mail', 'mails', 'service', 'services', 'office', 'line', 'time',
  'based', 'driven', 'oriented', 'solving', 'making', 'être', 'faire', 'vous', 'midi', 'temps', 'clé', 'clés',
  'up', 'in', 'out', 'on', 'off', 'site', 'sites', 'scale', 'level', 'source', 'code', 'à', 'dire', 'ci', 'là',
]);

const FIRST_FRAGMENT_RE = /([\p{L}']+)[-\u2010]$/u;
const SECOND_FRAGMENT_RE = /^([\p{L}]+)/u;

/**
 * Joins a line ending with a hyphen and the next line of the same paragraph.
 * @param left - the first line, ending with '-' or U+2010 (the hyphen browsers draw at a soft-hyphen break).
 * @param right - the continuation line.
 * @param known - lower-cased words seen elsewhere in the document: if the joined word or the hyphenated
 *   compound appears there, that form wins.
 */
export function joinHyphenated(left: string, right: string, known: ReadonlySet<string>): string {
  const a = FIRST_FRAGMENT_RE.exec(left)?.[1];
  const b = SECOND_FRAGMENT_RE.exec(right)?.[1];
  const keep = `${left}${right}`;
  if (a === undefined || b === undefined) return keep;
  const joined = `${left.slice(0, -1)}${right}`;
  // U+2010 at a line end is how browsers render a soft-hyphen break: always a hyphenated word.
  if (left.endsWith('\u2010')) return joined;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (known.has(`${la}-${lb}`)) return keep;
  if (known.has(la + lb)) return joined;
  if (/^\p{Lu}/u.test(b)) return keep;
  if (COMPOUND_FIRST.has(la) || COMPOUND_SECOND.has(lb)) return keep;
  return joined;
}

/** Lower-cased words of the given texts, hyphenated compounds both whole and split, for {@link joinHyphenated}. */
export function knownWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of texts) {
    for (const w of t.toLowerCase().match(/[\p{L}']+(?:-[\p{L}']+)*/gu) ?? []) {
      words.add(w);
      if (w.includes('-')) for (const part of w.split('-')) words.add(part);
    }
  }
  return words;
}
