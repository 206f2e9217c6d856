import { expandTitleAbbreviations } from '../text/abbreviations.js';
import { foldGender } from '../text/gender.js';
import { STOPWORDS_EN, STOPWORDS_FR } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { isEnglishMarker } from './english.js';
import { isTitleNoise, TITLE_CUT } from './noise.js';

/** A job title reduced to the words that identify a fiche. */
export interface AnalyzedTitle {
  /** Folded, gender/number-folded words (abbreviations expanded), noise and stopwords removed, in order. */
  words: string[];
  /** The same words before gender/number folding (for typo rescue), parallel to `words`. */
  raw: string[];
  /** Index in `words` of the head noun (first word in French, last in English), -1 when empty. */
  head: number;
  /** True when the title reads as English (English-only words such as engineer, nurse, "of"). */
  english: boolean;
}

/** Stopwords that are job words in titles: "conducteur de car", "ingénieur du son", "sous-chef", "consultant IT". */
const TITLE_WORDS: ReadonlySet<string> = new Set(['car', 'or', 'son', 'bien', 'biens', 'sous', 'divers', 'mains', 'it']);

/** English function words are dropped from English titles only: "about", "as", "on" are French title words too. */
const isTitleStopword = (n: string, english: boolean): boolean =>
  !TITLE_WORDS.has(n) && (STOPWORDS_FR.has(n) || (english && STOPWORDS_EN.has(n)) || isTitleNoise(n));


/** Acronyms ROME labels use as people do ("Consultant IT", "Assistant RH"): expanded in labels too. */
const LABEL_ACRONYMS: ReadonlySet<string> = new Set(['it', 'rh', 'si', 'btp', 'pl', 'spl', 'vl', 'ia', 'bi', 'qhse', 'hse']);

/** "auto-entrepreneur", "micro-entrepreneur": a legal status, not a job. */
function dropStatus(tokens: Token[]): Token[] {
  return tokens.filter((t, i) => {
    const next = tokens[i + 1]?.norm;
    const prev = tokens[i - 1]?.norm;
    if ((t.norm === 'auto' || t.norm === 'micro') && next === 'entrepreneur') return false;
    return !(t.norm === 'entrepreneur' && (prev === 'auto' || prev === 'micro'));
  });
}

/**
 * Analyses a job title: tokenize, cut at "chez"/"@" (employer), expand abbreviations (dév. → développeur;
 * all of them when `expand`, i.e. for text people wrote, only unambiguous acronyms such as IT and RH for ROME
 * labels), drop noise (H/F, (e), senior, CDI, dates…) and stopwords, fold gender and number, find the head.
 */
export function analyzeTitle(text: string, expand = true): AnalyzedTitle {
  const at = text.indexOf('@');
  let tokens = dropStatus(tokenize(at >= 0 ? text.slice(0, at) : text));
  const cut = tokens.findIndex((t, i) => i > 0 && TITLE_CUT.has(t.norm));
  if (cut > 0) tokens = tokens.slice(0, cut);
  const english = tokens.some((t) => isEnglishMarker(t.norm));
  const words: string[] = [];
  const raw: string[] = [];
  let ofAt = -1;
  const expanded = expand
    ? expandTitleAbbreviations(tokens)
    : tokens.flatMap((t) => (LABEL_ACRONYMS.has(t.norm) ? expandTitleAbbreviations([t]) : [t]));
  for (const t of expanded) {
    const n = t.norm;
    if (english && (n === 'of' || n === 'for') && ofAt < 0) ofAt = words.length;
    if (isTitleStopword(n, english)) continue;
    const w = foldGender(n);
    // "Vendeur / Vendeuse en …": the feminine form repeats the masculine one
    if (words.includes(w)) continue;
    words.push(w);
    raw.push(n);
  }
  let head = words.length === 0 ? -1 : 0;
  if (english && words.length > 0) head = ofAt > 0 ? ofAt - 1 : words.length - 1;
  return { words, raw, head, english };
}

/**
 * Distinct index words of free text about a job (a fiche definition): folded, stopwords and noise removed,
 * gender/number folded. No abbreviation expansion, no head.
 */
export function contextTerms(text: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const n = t.norm;
    if (n.length < 3 || isTitleStopword(n, false)) continue;
    out.add(foldGender(n));
  }
  return [...out];
}
