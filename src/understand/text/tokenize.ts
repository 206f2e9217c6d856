import { foldChar } from './fold.js';

/** A token: its folded form and its span `[start, end)` in the ORIGINAL string (UTF-16 offsets). */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

/** Right-hand parts that keep a dot inside a token: node.js, vue.js, asp.net, socket.io… */
const DOT_SUFFIXES: ReadonlySet<string> = new Set(['js', 'jsx', 'ts', 'tsx', 'net', 'io', 'py']);
/** Slash compounds kept whole; any other slash splits (ui/ux, vendeur/vendeuse → two tokens). */
const SLASH_COMPOUNDS: ReadonlySet<string> = new Set([
  'ci/cd', 'tcp/ip', 'pl/sql', 'pl/pgsql', 'h/f', 'f/h', 'i/o', 'e/s', 'a/b', 'n/a',
]);
/** One-letter prefixes glued to the next word, hyphen removed: e-commerce → "ecommerce", e-mail → "email". */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['e', 'm']);

const ALNUM = /^[\p{L}\p{N}]$/u;
const NUMERIC = /^\p{N}$/u;
const alnumCache = new Map<number, boolean>();

/** True for a letter or digit of the FOLDED text (ASCII inline, other code units cached). */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  let v = alnumCache.get(c);
  if (v === undefined) {
    // surrogate halves: astral symbols (emoji); astral letters such as math alphanumerics fold to ASCII
    v = !(c >= 0xd800 && c <= 0xdfff) && ALNUM.test(String.fromCharCode(c));
    alnumCache.set(c, v);
  }
  return v;
}

const isDigitUnit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x80 && NUMERIC.test(String.fromCharCode(c)));

/** Folded text with, for each folded UTF-16 unit, the span of the original code point it comes from. */
interface Folded {
  text: string;
  /** null when folding kept every offset (pure ASCII input) */
  from: Int32Array | null;
  to: Int32Array | null;
}

/** Folded units → string in one call. */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function foldWithOffsets(s: string): Folded {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { text: s.toLowerCase().replaceAll('`', "'"), from: null, to: null };
  // folded UTF-16 units in a typed array, turned into a string once (no string built a character at a time)
  let units = new Uint16Array(s.length + 16);
  let from: Int32Array = new Int32Array(s.length + 16);
  let to: Int32Array = new Int32Array(s.length + 16);
  let n = 0;
  let i = 0;
  let lone = false;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    if (cp >= 0xd800 && cp <= 0xdfff) lone = true;
    const f = foldChar(cp);
    if (f.length === 0) {
      // combining mark or soft hyphen: extend the previous unit so offsets cover it
      if (n > 0) to[n - 1] = i + len;
    } else {
      if (n + f.length > from.length) {
        const size = from.length * 2 + f.length;
        const grow = <T extends Int32Array | Uint16Array>(a: T, b: T): T => {
          b.set(a);
          return b;
        };
        units = grow(units, new Uint16Array(size));
        from = grow(from, new Int32Array(size));
        to = grow(to, new Int32Array(size));
      }
      for (let k = 0; k < f.length; k++) {
        units[n] = f.charCodeAt(k);
        from[n] = i;
        to[n] = i + len;
        n++;
      }
    }
    i += len;
  }
  if (!lone) return { text: UTF16.decode(units.subarray(0, n)), from, to };
  // the decoder would turn an unpaired surrogate into U+FFFD: keep the units as they are
  let text = '';
  for (let k = 0; k < n; k++) text += String.fromCharCode(units[k] ?? 0);
  return { text, from, to };
}

/**
 * Splits text into tokens with folded forms and offsets into the original string. Nothing is dropped
 * (stopwords are a separate helper). Letters and digits form tokens (3d, s3, x86, k8s are one token);
 * other punctuation splits, except for meaningful symbols:
 * - trailing `+`/`#` not followed by a letter: c++, a+, c#, f#;
 * - a dot before js/jsx/ts/tsx/net/io/py, or between digits: node.js, vue.js, asp.net, .net, 3.5;
 * - the slash compounds ci/cd, tcp/ip, pl/sql, pl/pgsql, h/f, f/h, i/o, e/s, a/b, n/a (other slashes split);
 * - `&` between one- or two-letter parts: r&d, q&a;
 * - e-/m- prefixes become ONE token without the hyphen: e-commerce → "ecommerce", e-mail → "email";
 *   every other hyphen splits (front-end → front, end; prêt-à-porter → pret, a, porter).
 * Apostrophes split (l'usine → l, usine).
 */
export function tokenize(s: string): Token[] {
  const { text, from, to } = foldWithOffsets(s);
  const n = text.length;
  const word = (k: number): boolean => k >= 0 && k < n && isWordUnit(text.charCodeAt(k));
  const runEnd = (k: number): number => {
    let j = k;
    while (j < n && isWordUnit(text.charCodeAt(j))) j++;
    return j;
  };
  const out: Token[] = [];
  let i = 0;
  while (i < n) {
    let norm: string;
    let j: number;
    if (word(i)) {
      j = runEnd(i);
      norm = text.slice(i, j);
    } else if (text.charCodeAt(i) === 0x2e && !word(i - 1) && text.startsWith('net', i + 1) && !word(i + 4)) {
      j = i + 4;
      norm = '.net';
    } else {
      i++;
      continue;
    }
    // extensions, repeated: asp.net, pl/sql, c++ …
    while (j < n && !word(j)) {
      const c = text[j] ?? '';
      if (c === '+' || c === '#') {
        let k = j;
        while (text[k] === c) k++;
        if (word(k) || (c === '#' && k - j > 1)) break;
        norm += text.slice(j, k);
        j = k;
        break;
      }
      if (!word(j + 1)) break;
      const e = runEnd(j + 1);
      const next = text.slice(j + 1, e);
      if (
        c === '.' &&
        (DOT_SUFFIXES.has(next) || (isDigitUnit(text.charCodeAt(j - 1)) && isDigitUnit(text.charCodeAt(j + 1))))
      ) {
        norm += '.' + next;
      } else if (c === '/' && SLASH_COMPOUNDS.has(norm + '/' + next)) {
        norm += '/' + next;
      } else if (c === '&' && norm.length <= 2 && next.length <= 2 && !/\d/.test(norm + next)) {
        norm += '&' + next;
      } else if (c === '-' && HYPHEN_PREFIXES.has(norm) && next.length > 2 && j === i + 1) {
        norm += next;
      } else break;
      j = e;
    }
    out[out.length] = { norm, start: from === null ? i : (from[i] ?? 0), end: to === null ? j : (to[j - 1] ?? 0) };
    i = j;
  }
  return out;
}
