import { cleanLine } from './normalize-text.js';
import type { Segment } from './pdf-segments.js';

/**
 * Page furniture: running headers and footers repeated on every page, and page numbers. Only segments in the
 * top or bottom margin band of a page are candidates.
 */

/** Fraction of the page height, at the top and at the bottom, where headers and footers live. */
const BAND = 0.12;
/** Two segments on different pages are "the same place" when their baselines differ by less than this (points). */
const SAME_Y = 4;

const PAGE_NUMBER_RE = /^(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*(?:\/|sur|of|de)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/i;

/** True for "3", "1/2", "2 / 3", "Page 1 sur 2", "page 2 of 3", "- 2 -". */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER_RE.test(cleanLine(text));
}

function inBand(s: Segment, height: number): boolean {
  return s.y < height * BAND || s.y > height * (1 - BAND);
}

/** Same text once digits are ignored ("CV – page 1" and "CV – page 2" match). */
function furnitureKey(s: Segment): string {
  return cleanLine(s.text).toLowerCase().replace(/\d+/g, '#');
}

/**
 * Removes page numbers in the margin bands of every page, and margin-band segments whose text (digits
 * ignored) repeats at the same height on two or more pages: all occurrences are dropped (a running header with
 * the name and contact details repeats what page 1 says in its body).
 * @param pages - segments per page, in page order.
 * @param heights - page heights in points, same order.
 */
export function dropPageFurniture(pages: Segment[][], heights: number[]): Segment[][] {
  const seen = new Map<string, { y: number; page: number }[]>();
  for (const [p, segs] of pages.entries()) {
    const h = heights[p] ?? 842;
    for (const s of segs) {
      if (!inBand(s, h)) continue;
      const key = furnitureKey(s);
      const list = seen.get(key) ?? [];
      list.push({ y: s.y, page: p });
      seen.set(key, list);
    }
  }
  const repeated = (s: Segment, p: number): boolean =>
    (seen.get(furnitureKey(s)) ?? []).some((o) => o.page !== p && Math.abs(o.y - s.y) <= SAME_Y);
  return pages.map((segs, p) => {
    const h = heights[p] ?? 842;
    return segs.filter((s) => !(inBand(s, h) && (isPageNumber(s.text) || repeated(s, p))));
  });
}
