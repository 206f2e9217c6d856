import type { RawLine } from '../raw.js';
import { fold } from './fold.js';

/** A non-blank line of the structured text, with its offsets in `TextDocument.text`. */
export interface Line {
  /** Position among the document's non-blank lines. */
  index: number;
  /** The line (or the part of it a section owns), trimmed. Equals `text.slice(start, end)`. */
  text: string;
  /** `fold(text)`: same length, for matching. */
  folded: string;
  start: number;
  end: number;
  heading: boolean;
  listItem: boolean;
  /** A blank line (paragraph or column break) precedes this line, or it is the first line. */
  gapBefore: boolean;
  page?: number;
}

/** The CV text in reading order and its non-blank lines. */
export interface TextDocument {
  text: string;
  lines: Line[];
}

const BULLET = /^(?:[•◦▪▫■□●○►▸▹▶➢➤✓✔✗·❖◆◇→‣⁃]\s*|[-–—*+>]\s+|\(?(?:\d{1,2}|[a-z])[.)]\s+)/;

/** Removes a leading bullet ("• ", "- ", "1. ", "a) "…) and returns the rest and how many characters went. */
export function stripBullet(s: string): { text: string; removed: number } {
  const m = BULLET.exec(s);
  if (!m) return { text: s, removed: 0 };
  return { text: s.slice(m[0].length), removed: m[0].length };
}

/** True when the line starts with a bullet character or is marked as a list item. */
export function isBullet(line: Line): boolean {
  return line.listItem || BULLET.test(line.text);
}

/**
 * Joins raw lines into the CV text: lines separated by '\n', a blank line where `breakBefore` is set.
 * Stray line breaks inside a raw line become spaces so that offsets stay one line per raw line.
 */
export function buildDocument(raw: readonly RawLine[]): TextDocument {
  let text = '';
  const lines: Line[] = [];
  let prevBlank = true;
  raw.forEach((r, i) => {
    const content = r.text.replace(/[\r\n\u2028\u2029]/g, ' ');
    if (i > 0) text += r.breakBefore ? '\n\n' : '\n';
    const lead = content.length - content.trimStart().length;
    const trimmed = content.trim();
    const start = text.length + lead;
    text += content;
    if (trimmed === '') {
      prevBlank = true;
      return;
    }
    const line: Line = {
      index: lines.length,
      text: trimmed,
      folded: fold(trimmed),
      start,
      end: start + trimmed.length,
      heading: r.heading === true,
      listItem: r.listItem === true,
      gapBefore: prevBlank || r.breakBefore === true,
    };
    if (r.page !== undefined) line.page = r.page;
    lines.push(line);
    prevBlank = false;
  });
  return { text, lines };
}

/** The part of `line` from `offset` (relative to the line) on, trimmed; undefined when nothing is left. */
export function subLine(line: Line, offset: number): Line | undefined {
  const rest = line.text.slice(offset);
  const trimmed = rest.trim();
  if (trimmed === '') return undefined;
  const start = line.start + offset + (rest.length - rest.trimStart().length);
  return { ...line, text: trimmed, folded: fold(trimmed), start, end: start + trimmed.length };
}
