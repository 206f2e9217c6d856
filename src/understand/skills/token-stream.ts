import { tokenize, type Token } from '../text/index.js';
import { isElided, isSkippedToken, tokenKey } from './keys.js';

/** Marks of web addresses and e-mails: their words (github, linkedin, gmail) are not skills. */
const ADDRESS_MARK = /https?:\/\/|www\.|@|\.(?:com|fr|org|dev|me|eu)\b/gu;
/** Punctuation that ends a sentence when followed by a space or the end of the text. */
const SENTENCE_END = /[.!?…;](?:\s|$)/u;
/** Punctuation that separates list items and phrases (a phrase never spans it). */
const ITEM_BREAK = /[,;|•·▪►●■◦*\t]|\s[/–—-]\s/u;
/** Weaker breaks: a phrase does not span them, but they keep a level word with its skill ("Python : avancé"). */
const SOFT_BREAK = /[:()[\]{}"«»]/u;
/** Conjunctions that separate list items ("rigoureuse et organisée"). */
const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set(['et', 'and', 'ou', 'or', '&']);

/**
 * The token stream of a text with everything the matchers need per token: the lexicon token id of its key, whether
 * it is a content token, and the units it belongs to. Units are numbered in text order, so "same unit" is an
 * equality test:
 * - `line`: a line of the text (a line wrapped inside a sentence continues the line);
 * - `sentence`: a sentence or a line, whichever is shorter;
 * - `chunk`: a sentence part between commas, semicolons, bullets or spaced dashes (a list item, roughly);
 * - `segment`: a chunk also cut at colons, parentheses and quotes: phrases never span two segments;
 * - `item`: a segment also cut at "et"/"and"/"ou"/"or", for list detection.
 */
export interface TokenStream {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Lexicon token id of each token's key, -1 when the lexicon does not know it. */
  readonly ids: Int32Array;
  /** 1 for content tokens (not a stopword, not elided, not inside a web address or e-mail). */
  readonly content: Uint8Array;
  readonly line: Uint32Array;
  readonly sentence: Uint32Array;
  readonly chunk: Uint32Array;
  readonly segment: Uint32Array;
  readonly item: Uint32Array;
  /** 1 when a colon stands between the token and the previous one ("Langages : C"). */
  readonly afterColon: Uint8Array;
}

/**
 * A line break inside a sentence (hard-wrapped text, PDF lines): a single newline, no punctuation before it, and a
 * lower-case letter after it.
 */
function isWrap(gap: string, text: string, next: number): boolean {
  return /^[ \t]*\n[ \t]*$/.test(gap) && /\p{Ll}/u.test(text[next] ?? '');
}

/** Spans of web addresses and e-mails: the whitespace-delimited words holding an address mark. */
function addressSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(ADDRESS_MARK)) {
    let start = m.index;
    while (start > 0 && !/[\s(<[]/u.test(text[start - 1] ?? ' ')) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !/[\s)>\]]/u.test(text[end] ?? ' ')) end++;
    const last = out[out.length - 1];
    if (last !== undefined && last[1] >= start) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Most keys a {@link tokenStream} key cache holds before it is emptied (a CV has a few hundred words). */
const MAX_CACHED_KEYS = 50_000;

/**
 * Tokenises `text` and annotates each token. `tokenId` maps a token key to the lexicon's id (or -1).
 * `keyCache` (folded token → key), when given, saves computing the key (gender folding, stemming) of words seen
 * in earlier texts; it is emptied past {@link MAX_CACHED_KEYS} entries. Linear in the text length.
 */
export function tokenStream(text: string, tokenId: (key: string) => number, keyCache?: Map<string, string>): TokenStream {
  if (keyCache !== undefined && keyCache.size > MAX_CACHED_KEYS) keyCache.clear();
  const keyOf = (norm: string): string => {
    if (keyCache === undefined) return tokenKey(norm);
    let key = keyCache.get(norm);
    if (key === undefined) {
      key = tokenKey(norm);
      keyCache.set(norm, key);
    }
    return key;
  };
  const tokens = tokenize(text);
  const n = tokens.length;
  const ids = new Int32Array(n);
  const content = new Uint8Array(n);
  const line = new Uint32Array(n);
  const sentence = new Uint32Array(n);
  const chunk = new Uint32Array(n);
  const segment = new Uint32Array(n);
  const item = new Uint32Array(n);
  const afterColon = new Uint8Array(n);
  const masks = addressSpans(text);
  let mask = 0;
  let l = 0;
  let s = 0;
  let c = 0;
  let g = 0;
  let it = 0;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    // most gaps are one space: nothing to test
    if (i > 0 && !(t.start - prevEnd === 1 && text.charCodeAt(prevEnd) === 0x20)) {
      const gap = text.slice(prevEnd, t.start);
      const newLine = gap.includes('\n') && !isWrap(gap, text, t.start);
      const newSentence = newLine || SENTENCE_END.test(gap);
      const newChunk = newSentence || ITEM_BREAK.test(gap);
      const newSegment = newChunk || SOFT_BREAK.test(gap);
      if (newLine) l++;
      if (newSentence) s++;
      if (newChunk) c++;
      if (newSegment) g++;
      if (newSegment) it++;
      if (gap.includes(':')) afterColon[i] = 1;
    }
    if (i > 0 && LIST_CONJUNCTIONS.has(tokens[i - 1]?.norm ?? '') && item[i - 1] === it) it++;
    line[i] = l;
    sentence[i] = s;
    chunk[i] = c;
    segment[i] = g;
    item[i] = it;
    prevEnd = t.end;
    while (mask < masks.length && (masks[mask]?.[1] ?? 0) <= t.start) mask++;
    const masked = mask < masks.length && (masks[mask]?.[0] ?? Infinity) < t.end;
    const isContent = !masked && !isSkippedToken(t.norm) && !isElided(text, t);
    content[i] = isContent ? 1 : 0;
    ids[i] = isContent ? tokenId(keyOf(t.norm)) : -1;
  }
  return { text, tokens, ids, content, line, sentence, chunk, segment, item, afterColon };
}
