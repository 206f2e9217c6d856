import { joinHyphenated, knownWords } from './hyphenation.js';
import { isCapsHeading, splitListMarker } from './line-marks.js';
import { cleanLine } from './normalize-text.js';
import type { ColumnLine, Region } from './pdf-columns.js';
import type { RawLine } from './raw.js';
import { readsOn, startsWithDate } from './wrap-cues.js';

/**
 * Turns column regions into RawLines: wrapped lines of a paragraph are joined (hyphenation repaired),
 * vertical gaps and column changes become `breakBefore`, larger fonts and short ALL-CAPS lines are headings,
 * bullets make list items.
 */

/** A line is a heading when its font is at least this much larger than the body font. */
const HEADING_SIZE_RATIO = 1.15;
const MAX_HEADING_LENGTH = 80;
/** A baseline gap larger than this many font sizes is a paragraph break. */
const BREAK_GAP = 1.5;
interface Column {
  left: number;
  right: number;
  /** Number of lines ending within two font sizes of `right`: a real right margin has several. */
  edgeLines: number;
}

function columnOf(lines: readonly ColumnLine[]): Column {
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const edgeLines = lines.filter((l) => l.x1 >= right - 2 * l.size).length;
  return { left, right, edgeLines };
}

interface Open {
  line: ColumnLine;
  raw: RawLine;
  blockX0: number;
  softHyphen: boolean;
}

/** A word with a capital or digit after its first letter ("PostgreSQL", "PME", "B2B"): a name, not a new sentence. */
const NAME_WORD_RE = /^\p{Lu}\S*[\p{Lu}\d]/u;

/**
 * True when `next` continues the paragraph of `prev` (a wrapped line): same font, aligned left edge, the
 * previous line filled the column so that the next word could not fit, and the previous line did not end a
 * sentence (or the text plainly reads on: lowercase start, a name or acronym, an article or preposition
 * before the break). Bullet-less list items that fill their line are joined too: for reading skills and
 * duties that costs less than splitting "Active / Directory".
 */
function continues(prev: Open, next: ColumnLine, text: string, col: Column): boolean {
  if (next.font !== prev.line.font || Math.abs(next.size - prev.line.size) >= 0.6) return false;
  const firstWord = text.split(' ')[0] ?? '';
  const goesOn = readsOn(prev.raw.text, text);
  // A row without label, aligned under the value of a "label   value" row: the value goes on when the text says so.
  const labelled = prev.line.lastX0 > prev.line.x0 + next.size;
  if (labelled && Math.abs(next.x0 - prev.line.lastX0) <= 2) return goesOn;
  if (next.x0 < prev.blockX0 - 2 || next.x0 > prev.blockX0 + 4 * next.size) return false;
  // A date starts an entry, unless the previous line ends with a separator ("Rennes ·").
  if (startsWithDate(text) && !/[·•|–—,]$/.test(prev.raw.text)) return false;
  const width = col.right - col.left;
  if (col.edgeLines < 3 || prev.line.x1 - prev.line.x0 < 0.6 * width) return false;
  if (!wordWouldNotFit(prev.line, next, text, col)) return false;
  // The next word did not fit: the line wrapped, unless the previous one ended a sentence or an item.
  return goesOn || NAME_WORD_RE.test(firstWord) || !/[.!?:;]$/.test(prev.raw.text);
}

/**
 * True when the first word of `next` could not have fitted at the end of `prev` within the column: the line
 * was wrapped there. The word's width is estimated from `next`'s own average glyph width.
 */
function wordWouldNotFit(prev: ColumnLine, next: ColumnLine, text: string, col: Column): boolean {
  const firstWord = text.split(' ')[0] ?? '';
  const glyph = (next.x1 - next.x0) / Math.max(1, text.length);
  return col.right - prev.x1 <= (firstWord.length + 1) * glyph;
}

/** A heading wrapped over two lines ("Expériences" / "professionnelles" in a narrow column). */
function continuesHeading(prev: Open, next: ColumnLine, text: string, col: Column): boolean {
  if (!prev.raw.heading || next.font !== prev.line.font || Math.abs(next.size - prev.line.size) >= 0.6) return false;
  return Math.abs(next.x0 - prev.blockX0) <= 2 && wordWouldNotFit(prev.line, next, text, col);
}

function joinWrapped(left: string, right: string, softHyphen: boolean, known: ReadonlySet<string>): string {
  if (softHyphen) return left + right;
  if (/\p{L}[-\u2010]$/u.test(left)) return joinHyphenated(left, right, known);
  return `${left} ${right}`;
}

/** The most common font size, weighted by characters (the body text size). */
export function bodyFontSize(regions: readonly Region[]): number {
  const weights = new Map<number, number>();
  for (const r of regions) {
    for (const l of r.lines) {
      const key = Math.round(l.size * 2) / 2;
      weights.set(key, (weights.get(key) ?? 0) + l.text.length);
    }
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weights) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/** Builds the document's RawLines from its regions in reading order. */
export function layoutLines(regions: readonly Region[]): RawLine[] {
  const body = bodyFontSize(regions);
  const known = knownWords(regions.flatMap((r) => r.lines.map((l) => l.text)));
  const out: RawLine[] = [];
  for (const region of regions) {
    if (region.lines.length === 0) continue;
    const col = columnOf(region.lines);
    let open: Open | undefined;
    let regionStart = true;
    for (const line of region.lines) {
      const softHyphen = /\u00AD\s*$/.test(line.text);
      const cleaned = cleanLine(line.text);
      if (cleaned === '') continue;
      const marker = splitListMarker(cleaned);
      const big = line.size >= body * HEADING_SIZE_RATIO && marker.text.length <= MAX_HEADING_LENGTH;
      const heading = !marker.listItem && (big || isCapsHeading(marker.text));
      const gapBreak = open !== undefined && line.y - open.line.y > BREAK_GAP * Math.max(line.size, open.line.size);
      const wrapped = heading ? continuesHeading : continues;
      if (open && !gapBreak && !marker.listItem && (heading === Boolean(open.raw.heading)) && wrapped(open, line, marker.text, col)) {
        open.raw.text = joinWrapped(open.raw.text, marker.text, open.softHyphen, known);
        open.line = line;
        open.softHyphen = softHyphen;
        continue;
      }
      const raw: RawLine = { text: marker.text, page: line.page };
      if (heading) raw.heading = true;
      if (marker.listItem) raw.listItem = true;
      if (out.length > 0 && (regionStart || gapBreak)) raw.breakBefore = true;
      out.push(raw);
      open = { line, raw, blockX0: line.x0, softHyphen };
      regionStart = false;
    }
  }
  return out;
}
