import { groupRows, type Segment } from './pdf-segments.js';

/**
 * Reading order of a PDF page, column by column.
 *
 * A *gutter* is a vertical band of at least {@link MIN_GUTTER} points that (almost) no text crosses, with
 * enough text on both sides over a good part of the page height. When one is found, the page is read left
 * column first, then right column — whichever holds the sidebar: this follows the visual reading order
 * (a left sidebar is read before the main column, a right sidebar after it). The few segments that cross
 * the gutter (a full-width name or title line) split the page into horizontal bands read in turn. Columns
 * are cut again recursively (three-column layouts).
 *
 * A gutter whose two sides are *row-aligned labels* (dates or captions in a narrow column, each on the
 * baseline of the first line of an entry: Europass, moderncv, Word tables) is not a column layout: such
 * rows are read across, so "2019 – 2021" stays with "Développeur web".
 */

/** A line of a column region: segments of one row, left to right. */
export interface ColumnLine {
  text: string;
  x0: number;
  x1: number;
  /** Left edge of the row's last segment (the value after a label: "Skills   Java, Go…"). */
  lastX0: number;
  y: number;
  size: number;
  font: string;
  page: number;
}

/** A column (or band) of a page, read top to bottom. */
export interface Region {
  page: number;
  lines: ColumnLine[];
}

const MIN_GUTTER = 6;
/** Share of the segments allowed to cross a gutter (full-width header lines). */
const MAX_SPANNING_SHARE = 0.1;
/** Each side must span at least this share of the region height. */
const MIN_SIDE_EXTENT = 0.25;
const MIN_SIDE_SEGMENTS = 3;
const MAX_DEPTH = 4;
const ALIGN_TOLERANCE = 1.5;

interface Gutter {
  left: Segment[];
  right: Segment[];
  spanning: Segment[];
}

function extent(segs: readonly Segment[]): number {
  if (segs.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const s of segs) {
    min = Math.min(min, s.y - s.size);
    max = Math.max(max, s.y);
  }
  return max - min;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function rowBaselines(segs: readonly Segment[]): number[] {
  return groupRows(segs).map((row) => row[0]?.y ?? 0);
}

function medianGap(baselines: number[]): number {
  return median(baselines.slice(1).map((y, i) => y - (baselines[i] ?? y)));
}

/**
 * True when the smaller side is a column of labels aligned on rows of the other side: most of its rows share
 * a baseline with the other side, and its rows are much sparser than the other side's (one label per entry).
 */
export function isLabelLayout(a: readonly Segment[], b: readonly Segment[]): boolean {
  const ra = rowBaselines(a);
  const rb = rowBaselines(b);
  const [small, big] = ra.length <= rb.length ? [ra, rb] : [rb, ra];
  if (small.length === 0) return false;
  const aligned = small.filter((y) => big.some((z) => Math.abs(y - z) <= ALIGN_TOLERANCE)).length;
  if (aligned < 0.6 * small.length) return false;
  return small.length === 1 || medianGap(small) >= 1.8 * medianGap(big);
}

function splitAt(segs: readonly Segment[], x: number): Gutter {
  const g: Gutter = { left: [], right: [], spanning: [] };
  for (const s of segs) {
    if (s.x1 <= x) g.left.push(s);
    else if (s.x0 >= x) g.right.push(s);
    else g.spanning.push(s);
  }
  return g;
}

/** Candidate gutter positions: the least-covered x of each band of low text coverage. */
function candidateGutters(segs: readonly Segment[]): number[] {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const s of segs) {
    minX = Math.min(minX, s.x0);
    maxX = Math.max(maxX, s.x1);
  }
  const width = Math.ceil(maxX - minX);
  if (!(width > 4 * MIN_GUTTER)) return [];
  const cover = new Int32Array(width + 1);
  for (const s of segs) {
    const from = Math.max(0, Math.floor(s.x0 - minX));
    const to = Math.min(width, Math.ceil(s.x1 - minX));
    for (let b = from; b < to; b++) cover[b] = (cover[b] ?? 0) + 1;
  }
  const maxCross = Math.floor(MAX_SPANNING_SHARE * segs.length);
  const candidates: number[] = [];
  let start = -1;
  for (let b = 1; b <= width; b++) {
    const low = b < width && (cover[b] ?? 0) <= maxCross;
    if (low && start < 0) start = b;
    if (!low && start >= 0) {
      if (b - start >= MIN_GUTTER) {
        let best = start;
        for (let k = start; k < b; k++) if ((cover[k] ?? 0) < (cover[best] ?? 0)) best = k;
        candidates.push(minX + best + 0.5);
      }
      start = -1;
    }
  }
  return candidates;
}

/** The best column gutter of a set of segments, or undefined when they form a single column. */
export function findGutter(segs: readonly Segment[]): Gutter | undefined {
  const height = extent(segs);
  let best: Gutter | undefined;
  let bestScore = 0;
  for (const x of candidateGutters(segs)) {
    const g = splitAt(segs, x);
    if (g.left.length < MIN_SIDE_SEGMENTS || g.right.length < MIN_SIDE_SEGMENTS) continue;
    if (extent(g.left) < MIN_SIDE_EXTENT * height || extent(g.right) < MIN_SIDE_EXTENT * height) continue;
    const score = Math.min(g.left.length, g.right.length);
    if (score <= bestScore || isLabelLayout(g.left, g.right)) continue;
    best = g;
    bestScore = score;
  }
  return best;
}

/** Rows of segments, top to bottom, each row's segments joined left to right. */
export function toLines(segs: readonly Segment[]): ColumnLine[] {
  return groupRows(segs).map((row) => {
    row.sort((a, b) => a.x0 - b.x0);
    let main = row[0] as Segment;
    for (const s of row) if (s.text.length > main.text.length) main = s;
    return {
      text: row.map((s) => s.text).join(' '),
      x0: Math.min(...row.map((s) => s.x0)),
      x1: Math.max(...row.map((s) => s.x1)),
      lastX0: (row[row.length - 1] as Segment).x0,
      y: main.y,
      size: main.size,
      font: main.font,
      page: main.page,
    };
  });
}

function cut(segs: readonly Segment[], page: number, depth: number, out: Region[]): void {
  if (segs.length === 0) return;
  const g = depth < MAX_DEPTH ? findGutter(segs) : undefined;
  if (!g) {
    out.push({ page, lines: toLines(segs) });
    return;
  }
  const spans = [...g.spanning].sort((a, b) => a.y - b.y);
  let top = Number.NEGATIVE_INFINITY;
  let i = 0;
  while (i <= spans.length) {
    const bottom = spans[i]?.y ?? Number.POSITIVE_INFINITY;
    const inBand = (s: Segment): boolean => s.y > top && s.y <= bottom;
    cut(g.left.filter(inBand), page, depth + 1, out);
    cut(g.right.filter(inBand), page, depth + 1, out);
    if (i === spans.length) break;
    // Consecutive full-width segments with no column text between them form one region.
    const run: Segment[] = [];
    let j = i;
    for (; j < spans.length; j++) {
      const s = spans[j] as Segment;
      const last = run[run.length - 1];
      if (last && [...g.left, ...g.right].some((c) => c.y > last.y && c.y <= s.y)) break;
      run.push(s);
    }
    out.push({ page, lines: toLines(run) });
    top = (run[run.length - 1] as Segment).y;
    i = j;
  }
}

/** Splits a page's segments into regions in reading order (columns left to right, bands top to bottom). */
export function readingOrder(segs: readonly Segment[], page: number): Region[] {
  const out: Region[] = [];
  cut(segs, page, 0, out);
  return out;
}
