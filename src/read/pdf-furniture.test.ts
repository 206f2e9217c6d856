import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from './pdf.js';
import { dropPageFurniture, isPageNumber } from './pdf-furniture.js';
import { pageSegments } from './pdf-segments.js';

describe('isPageNumber', () => {
  it.each(['3', '1/2', '2 / 3', 'Page 1 sur 2', 'page 2 of 3', 'p. 4', '- 2 -'])('%s is a page number', (t) => {
    expect(isPageNumber(t)).toBe(true);
  });
  it.each(['2019', 'Page personnelle', '06 12 34 56 78', 'Bac+2'])('%s is not', (t) => {
    expect(isPageNumber(t)).toBe(false);
  });
});

describe('dropPageFurniture', () => {
  it('drops the repeated header and footer of a real two-page CV', async () => {
    const text = await extractPdfText(new Uint8Array(readFileSync(new URL('../../fixtures/cv/fr-senior-pm.pdf', import.meta.url))));
    const pages = text.pages.map((p, i) => pageSegments(p.items, i + 1));
    const kept = dropPageFurniture(pages, text.pages.map((p) => p.height));
    const before = pages.flat().map((s) => s.text);
    const after = kept.flat().map((s) => s.text);
    expect(before.filter((t) => /CV – Laurent Fabre – page \d\/2/.test(t)).length).toBe(2);
    expect(after.filter((t) => /CV – Laurent Fabre – page/.test(t))).toEqual([]);
    const header = (t: string): boolean => t.startsWith('Laurent Fabre · Chef de projet MOA');
    expect(before.filter(header).length).toBe(2);
    expect(after.filter(header)).toEqual([]);
    expect(after.length).toBe(before.length - 4);
    expect(after).toContain('Laurent Fabre');
  });
});
