import { cleanLine } from './normalize-text.js';
import { isCapsHeading, splitListMarker } from './line-marks.js';
import type { RawDocument, RawLine } from './raw.js';

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
      return bare === label || url === label ? label : `${label} (${bare})`;
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
  for (let i = 0; i < source.length; i++) {
    const raw = source[i] ?? '';
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
    const cells = /^\s*\|.*\|\s*$/.test(unquoted) ? unquoted.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join(' | ') : unquoted;
    const item = /^\s*(?:[-*+]|\d{1,2}[.)])\s+(?=\S)/.exec(cells);
    const body = item ? cells.slice(item[0].length) : cells;
    const marked = item ? { listItem: true, text: body } : splitListMarker(body.trim());
    push(lines, pending, stripInlineMarkdown(marked.text), { listItem: marked.listItem });
  }
  return lines;
}

function readPlainLines(source: string[]): RawLine[] {
  const lines: RawLine[] = [];
  const pending: Pending = { breakBefore: false };
  for (let i = 0; i < source.length; i++) {
    const raw = cleanLine(source[i] ?? '');
    if (raw === '' || RULE_RE.test(raw)) {
      pending.breakBefore = true;
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
 * '-', '*', '+', '1.' items → `listItem`, inline syntax removed (link URLs kept in parentheses), tables read
 * row by row. Plain text: bullets ('•', '-', '–', '*'…) → `listItem`, short ALL-CAPS lines and underlined
 * lines → `heading`.
 */
export function readText(text: string, format: 'text' | 'markdown'): RawDocument {
  const source = text.replace(/\r\n?/g, '\n').split(/[\n\u2028\u2029\u0085\f]/);
  const lines = format === 'markdown' ? readMarkdownLines(source) : readPlainLines(source);
  return { format, pages: 0, lines, warnings: [] };
}
