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

const ALNUM = /^[\p{L}\p{N}]+$/u;
const WORD = 1;
const MARK = 2;
const DIGIT = /\p{N}$/u;

interface Unit {
  start: number;
  end: number;
  /** folded text */
  f: string;
  /** WORD, MARK, or 0 for any other character (then `f` is that character). */
  cls: number;
}

function units(s: string): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const f = foldChar(cp);
    const cls = f === '' ? MARK : ALNUM.test(f) ? WORD : 0;
    out.push({ start: i, end: i + len, f, cls });
    i += len;
  }
  return out;
}

/** End index (exclusive) of the run of word units starting at `i`, and its folded text. */
function run(us: readonly Unit[], i: number): { end: number; text: string } {
  let j = i;
  let text = '';
  while (j < us.length) {
    const u = us[j];
    if (u === undefined || (u.cls !== WORD && !(u.cls === MARK && j > i))) break;
    text += u.f;
    j++;
  }
  return { end: j, text };
}

const isWord = (u: Unit | undefined): boolean => u !== undefined && u.cls === WORD;

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
  const us = units(s);
  const out: Token[] = [];
  let i = 0;
  while (i < us.length) {
    const u = us[i];
    if (u === undefined) break;
    let norm: string;
    let j: number;
    if (u.cls === WORD) {
      const r = run(us, i);
      norm = r.text;
      j = r.end;
    } else if (u.f === '.' && !isWord(us[i - 1]) && isWord(us[i + 1]) && run(us, i + 1).text === 'net') {
      const r = run(us, i + 1);
      norm = '.net';
      j = r.end;
    } else {
      i++;
      continue;
    }
    // extensions, repeated: asp.net, pl/sql, c++ …
    for (;;) {
      const next = us[j];
      if (next === undefined || next.cls === WORD) break;
      const c = next.f;
      if (c === '+' || c === '#') {
        let k = j;
        while (us[k]?.f === c) k++;
        if (isWord(us[k]) || (c === '#' && k - j > 1)) break;
        norm += c.repeat(k - j);
        j = k;
        break;
      }
      if (!isWord(us[j + 1])) break;
      const r = run(us, j + 1);
      if (c === '.' && (DOT_SUFFIXES.has(r.text) || (DIGIT.test(norm) && /^\p{N}/u.test(r.text)))) {
        norm += '.' + r.text;
      } else if (c === '/' && SLASH_COMPOUNDS.has(norm + '/' + r.text)) {
        norm += '/' + r.text;
      } else if (c === '&' && norm.length <= 2 && r.text.length <= 2 && !/\p{N}/u.test(norm + r.text)) {
        norm += '&' + r.text;
      } else if (c === '-' && HYPHEN_PREFIXES.has(norm) && r.text.length > 2 && j === i + 1) {
        norm += r.text;
      } else break;
      j = r.end;
    }
    const last = us[j - 1];
    out.push({ norm, start: u.start, end: last === undefined ? u.end : last.end });
    i = j;
  }
  return out;
}
