import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText, type PdfText } from './pdf.js';
import { groupRows, pageSegments } from './pdf-segments.js';
import { fixture } from './fixtures.test-util.js';

let sidebar: PdfText;
let writer: PdfText;
beforeAll(async () => {
  sidebar = await extractPdfText(fixture('fr-junior-web-dev.pdf'));
  writer = await extractPdfText(fixture('fr-sales-to-it.pdf'));
});

describe('pageSegments', () => {
  it('cuts rows at column gutters: sidebar and main column text never share a segment', () => {
    const segs = pageSegments(sidebar.pages[0]!.items, 1);
    const name = segs.find((s) => s.text === 'Camille Roussel');
    const profil = segs.find((s) => s.text === 'PROFIL');
    expect(name).toBeDefined();
    expect(profil).toBeDefined();
    expect(Math.abs(name!.y - profil!.y)).toBeLessThan(10);
    expect(profil!.x0).toBeGreaterThan(name!.x1);
  });

  it('keeps a bullet glyph with the text that follows it', () => {
    const segs = pageSegments(writer.pages[0]!.items, 1);
    const bullet = segs.find((s) => s.text.includes('Saisie et suivi des commandes'));
    expect(bullet?.text).toMatch(/^• Saisie et suivi des commandes/);
    expect(segs.some((s) => s.text.trim() === '•')).toBe(false);
  });

  it('orders segments top to bottom', () => {
    const ys = pageSegments(writer.pages[0]!.items, 1).map((s) => s.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });
});

describe('groupRows', () => {
  it('groups items sharing a baseline, keeps superscripts with their row', () => {
    const rows = groupRows([
      { y: 100, size: 10 },
      { y: 97, size: 6 },
      { y: 112, size: 10 },
    ]);
    expect(rows.map((r) => r.length)).toEqual([2, 1]);
  });
});
