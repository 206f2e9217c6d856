/**
 * Textual cues that a line goes on from the previous one (used with geometry in PDFs, alone in plain text):
 * a lowercase start, or a previous line ending with a comma, an article, a preposition or a conjunction.
 */

/** Words after which a line cannot end a paragraph (articles, prepositions, conjunctions), or a trailing comma. */
const OPEN_END_RE =
  /(?:[,;]|(?:^|\s)(?:de|des|du|d'|la|le|les|l'|un|une|en|et|à|au|aux|avec|pour|par|sur|sous|chez|dans|ou|puis|mais|dont|que|qui|comme|entre|vers|of|the|a|an|and|or|in|on|for|with|to|at|by|from|as|that|which|into|between|including))$/iu;

/** A date at the start of a line ("sept. 2022 – aujourd'hui", "2019 - 2021", "03/2021", "2012 : DEAS"). */
const DATE_START_RE =
  /^(?:\d{1,2}[/.-])?\d{4}\b|^(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[a-zéû]*\.?\s+\d{4}/i;

/** True when `next` plainly continues `prev`: it starts in lowercase (or with a digit or '('), or `prev` ends open. */
export function readsOn(prev: string, next: string): boolean {
  return /^[\p{Ll}\d(]/u.test(next) || OPEN_END_RE.test(prev);
}

/** True when the line starts with a date or a year: the start of an entry, not a continuation. */
export function startsWithDate(line: string): boolean {
  return DATE_START_RE.test(line);
}
