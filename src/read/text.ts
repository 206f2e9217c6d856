import { cleanLine } from './normalize-text.js';
import { isCapsHeading, splitListMarker } from './line-marks.js';
import type { RawDocument, RawLine } from './raw.js';
import { readsOn, startsWithDate } from './wrap-cues.js';

/** A separator line ("-----", "=====", "*****", "_____"). */
const RULE_RE = /^\s*([-=*_~#])(?:\s*\1){2,}\s*$/;
const SETEXT_RE = /^ {0,3}(?:=+|-+)\s*$/;
const ATX_RE = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE_RE = /^\s*(?:```|~~~)/;
const TABLE_SEPARATOR_RE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Removes Markdown inline syntax: images, links (the URL is kept after the text), emphasis, code, HTML tags. */
export function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) => {
      const bare = url.replace(/^(?:mailto|tel):/i, '');
      const core = (u: string): string => u.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase();
      return core(bare) === core(label) ? label : `${label} (${bare})`;
    })
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

interface Pending {
  breakBefore: boolean;
}

/** Appends a continuation to the last line (a wrapped paragraph or list item). */
function extend(lines: RawLine[], text: string): void {
  const last = lines[lines.length - 1];
  const t = cleanLine(text);
  if (last && t !== '') last.text = `${last.text} ${t}`;
}

function push(lines: RawLine[], pending: Pending, text: string, marks: { heading?: boolean; listItem?: boolean }): void {
  const t = cleanLine(text);
  if (t === '') return;
  const line: RawLine = { text: t };
  if (marks.heading) line.heading = true;
  if (marks.listItem) line.listItem = true;
  if (pending.breakBefore && lines.length > 0) line.breakBefore = true;
  pending.breakBefore = false;
  lines.push(line);
}

function readMarkdownLines(source: string[]): RawLine[] {
  const lines: RawLine[] = [];
  const pending: Pending = { breakBefore: false };
  let inFence = false;
  /** The previous source line was paragraph or list-item text that a plain next line continues (lazy continuation). */
  let open = false;
  for (let i = 0; i < source.length; i++) {
    const raw = source[i] ?? '';
    const wasOpen = open;
    open = false;
    if (FENCE_RE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      push(lines, pending, raw, {});
      continue;
    }
    const next = source[i + 1] ?? '';
    if (raw.trim() === '' || RULE_RE.test(raw) || TABLE_SEPARATOR_RE.test(raw)) {
      if (raw.trim() === '' || RULE_RE.test(raw)) pending.breakBefore = true;
      continue;
    }
    const unquoted = raw.replace(/^\s*(?:>\s?)+/, '');
    const atx = ATX_RE.exec(unquoted);
    if (atx) {
      pending.breakBefore = true;
      push(lines, pending, stripInlineMarkdown(atx[1] ?? ''), { heading: true });
      pending.breakBefore = true;
      continue;
    }
    if (SETEXT_RE.test(next) && next.trim() !== '' && /\p{L}/u.test(unquoted)) {
      pending.breakBefore = true;
      push(lines, pending, stripInlineMarkdown(unquoted), { heading: true });
      pending.breakBefore = true;
      i++;
      continue;
    }
    const isRow = /^\s*\|.*\|\s*$/.test(unquoted);
    const cells = isRow ? unquoted.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join(' | ') : unquoted;
    const item = /^\s*(?:[-*+]|\d{1,2}[.)])\s+(?=\S)/.exec(cells);
    const body = item ? cells.slice(item[0].length) : cells;
    const marked = item ? { listItem: true, text: body } : splitListMarker(body.trim());
    if (wasOpen && !isRow && !marked.listItem) extend(lines, stripInlineMarkdown(marked.text));
    else push(lines, pending, stripInlineMarkdown(marked.text), { listItem: marked.listItem });
    // Two trailing spaces or a backslash are a hard line break.
    open = !isRow && !/(?: {2}|\\)$/.test(raw);
  }
  return lines;
}

/** Hard-wrapped text: a line at least this share of the wrap width may continue on the next line. */
const WRAP_SHARE = 0.8;
const MIN_WRAP_WIDTH = 60;
/** Lines near the longest one needed before the file is taken as hard-wrapped (a real right margin). */
const MIN_MARGIN_LINES = 3;

/** The wrap width of hard-wrapped text (the longest line), or 0 when fewer than 3 lines come near it. */
function wrapWidth(lines: readonly string[]): number {
  const width = Math.max(0, ...lines.map((l) => l.length));
  if (width < MIN_WRAP_WIDTH) return 0;
  return lines.filter((l) => l.length >= WRAP_SHARE * width).length >= MIN_MARGIN_LINES ? width : 0;
}

/**
 * True when `line` continues `prev` in hard-wrapped text: `prev` nearly reaches the wrap width, `line` is not a
 * list item, a heading or a dated entry, and the text reads on (lowercase start, or `prev` ending with a comma,
 * an article or a preposition).
 */
function wraps(prev: string, line: string, width: number): boolean {
  if (width === 0 || prev.length < WRAP_SHARE * width) return false;
  if (splitListMarker(line).listItem || isCapsHeading(line) || startsWithDate(line)) return false;
  return readsOn(prev, line);
}

function readPlainLines(source: string[]): RawLine[] {
  const lines: RawLine[] = [];
  const pending: Pending = { breakBefore: false };
  const width = wrapWidth(source.map(cleanLine));
  let prev = '';
  for (let i = 0; i < source.length; i++) {
    const raw = cleanLine(source[i] ?? '');
    const before = prev;
    prev = raw;
    if (raw === '' || RULE_RE.test(raw)) {
      pending.breakBefore = true;
      continue;
    }
    if (before !== '' && lines.length > 0 && !lines[lines.length - 1]?.heading && wraps(before, raw, width)) {
      extend(lines, raw);
      continue;
    }
    const next = cleanLine(source[i + 1] ?? '');
    if (/^(?:={3,}|-{3,})$/.test(next) && /\p{L}/u.test(raw)) {
      pending.breakBefore = true;
      push(lines, pending, raw, { heading: true });
      pending.breakBefore = true;
      i++;
      continue;
    }
    const marked = splitListMarker(raw);
    const heading = !marked.listItem && isCapsHeading(raw);
    if (heading) pending.breakBefore = true;
    push(lines, pending, marked.text, { heading, listItem: marked.listItem });
  }
  return lines;
}

/**
 * Reads plain text or Markdown into lines. CRLF/CR, tabs, NBSP, zero-width characters and ligatures are
 * normalised; blank lines and rules become `breakBefore`. Markdown: '#' and setext headings → `heading`,
 * '-', '*', '+', '1.' items → `listItem`, the lines of a paragraph or list item joined (as Markdown renders
 * them), inline syntax removed (link URLs kept in parentheses), tables read row by row. Plain text: bullets
 * ('•', '-', '–', '*'…) → `listItem`, short ALL-CAPS lines and underlined lines → `heading`, hard-wrapped
 * lines (a line reaching the file's wrap width, followed by one that reads on) joined.
 */
export function readText(text: string, format: 'text' | 'markdown'): RawDocument {
  const source = text.replace(/\r\n?/g, '\n').split(/[\n\u2028\u2029\u0085\f]/);
  const lines = format === 'markdown' ? readMarkdownLines(source) : readPlainLines(source);
  return { format, pages: 0, lines, warnings: [] };
}
