import { isBareBullet } from './line-marks.js';

/**
 * Geometry of PDF text: positioned text items are grouped into rows (same baseline) and each row is cut into
 * segments wherever a wide horizontal gap separates its items (a column gutter, a tab stop).
 */

/** A horizontal text item in page coordinates (points, origin top-left, `y` = baseline from the top). */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** pdf.js font id: lines in another font than the previous one are not its continuation. */
  font: string;
}

/** A run of items on one baseline with no wide gap inside. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the page top. */
  y: number;
  size: number;
  font: string;
  page: number;
}

/** Items on baselines closer than this fraction of the larger font size share a row (superscripts included). */
const ROW_TOLERANCE = 0.4;
/** A gap wider than this fraction of the font size between two items of a row starts a new segment. */
const SEGMENT_GAP = 1.0;
/** A gap wider than this fraction of the font size between two items of a segment is a space. */
const SPACE_GAP = 0.15;
/** A bare bullet glyph stays with the text that follows it when the gap is below this many font sizes. */
const BULLET_GAP = 3;

/** Groups items (or anything with a baseline and a size) into rows, top to bottom. */
export function groupRows<T extends { y: number; size: number }>(things: readonly T[]): T[][] {
  const sorted = [...things].sort((a, b) => a.y - b.y);
  const rows: T[][] = [];
  let row: T[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const t of sorted) {
    if (row.length > 0 && Math.abs(t.y - rowY) <= ROW_TOLERANCE * Math.max(rowSize, t.size)) {
      row.push(t);
      if (t.size > rowSize) {
        rowY = t.y;
        rowSize = t.size;
      }
      continue;
    }
    if (row.length > 0) rows.push(row);
    row = [t];
    rowY = t.y;
    rowSize = t.size;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function joinText(left: string, right: string, gap: number, size: number): string {
  if (left === '' || /\s$/.test(left) || /^\s/.test(right)) return left + right;
  return gap > SPACE_GAP * size ? `${left} ${right}` : left + right;
}

function toSegment(items: PdfItem[], page: number): Segment {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let main = items[0] as PdfItem;
  for (const it of items) {
    text = joinText(text, it.text, it.x - end, it.size);
    end = Math.max(end, it.x + it.width);
    if (it.text.length > main.text.length) main = it;
  }
  return { text, x0: (items[0] as PdfItem).x, x1: end, y: main.y, size: main.size, font: main.font, page };
}

/** Cuts the page's items into segments, top to bottom and left to right. Whitespace-only items are dropped. */
export function pageSegments(items: readonly PdfItem[], page: number): Segment[] {
  const segments: Segment[] = [];
  for (const row of groupRows(items.filter((i) => i.text.trim() !== ''))) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfItem[] = [];
    let end = Number.NEGATIVE_INFINITY;
    for (const it of row) {
      const gap = it.x - end;
      const prev = current[current.length - 1];
      const glued = prev !== undefined && isBareBullet(prev.text) && current.length === 1 && gap <= BULLET_GAP * it.size;
      if (current.length > 0 && gap > SEGMENT_GAP * Math.max(it.size, prev?.size ?? 0) && !glued) {
        segments.push(toSegment(current, page));
        current = [];
      }
      current.push(it);
      end = Math.max(end, it.x + it.width);
    }
    if (current.length > 0) segments.push(toSegment(current, page));
  }
  return segments;
}
