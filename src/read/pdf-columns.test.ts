import { describe, expect, it } from 'vitest';
import { extractPdfText } from './pdf.js';
import { findGutter, readingOrder } from './pdf-columns.js';
import { pageSegments, type Segment } from './pdf-segments.js';
import { fixture } from './fixtures.test-util.js';

async function firstPageSegments(name: string): Promise<Segment[]> {
  const text = await extractPdfText(fixture(name));
  return pageSegments(text.pages[0]!.items, 1);
}

describe('findGutter', () => {
  it.each(['fr-junior-web-dev.pdf', 'fr-network-tech.pdf'])('finds the sidebar gutter of %s', async (name) => {
    const g = findGutter(await firstPageSegments(name));
    expect(g).toBeDefined();
    expect(g!.left.length).toBeGreaterThan(5);
    expect(g!.right.length).toBeGreaterThan(5);
  });

  it.each(['fr-sales-to-it.pdf', 'fr-senior-pm.pdf', 'fr-career-changer.pdf', 'en-software-engineer.pdf', 'en-data-analyst.pdf'])(
    'finds no column gutter in the single-column %s (right-aligned dates and year labels are rows)',
    async (name) => {
      expect(findGutter(await firstPageSegments(name))).toBeUndefined();
    },
  );
});

describe('readingOrder', () => {
  it('reads the left column region before the right one', async () => {
    const regions = readingOrder(await firstPageSegments('fr-junior-web-dev.pdf'), 1);
    expect(regions.length).toBe(2);
    const [left, right] = regions;
    expect(left!.lines.map((l) => l.text)).toContain('camille.roussel@example.fr');
    expect(right!.lines.map((l) => l.text)).toContain('EXPÉRIENCES PROFESSIONNELLES');
    expect(Math.max(...left!.lines.map((l) => l.x1))).toBeLessThan(Math.min(...right!.lines.map((l) => l.x0)));
  });

  it('reads a single column top to bottom, one line per row', async () => {
    const regions = readingOrder(await firstPageSegments('fr-sales-to-it.pdf'), 1);
    expect(regions.length).toBe(1);
    const ys = regions[0]!.lines.map((l) => l.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });
});
