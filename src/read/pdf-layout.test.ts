import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from './pdf.js';
import { readingOrder, type Region } from './pdf-columns.js';
import { bodyFontSize, layoutLines } from './pdf-layout.js';
import { pageSegments } from './pdf-segments.js';

let regions: Region[];
beforeAll(async () => {
  const text = await extractPdfText(new Uint8Array(readFileSync(new URL('../../fixtures/cv/fr-sales-to-it.pdf', import.meta.url))));
  regions = text.pages.flatMap((p, i) => readingOrder(pageSegments(p.items, i + 1), i + 1));
});

describe('layoutLines', () => {
  it('finds the body font size of a LibreOffice CV', () => {
    expect(bodyFontSize(regions)).toBe(10);
  });

  it('joins the wrapped lines of a paragraph into one line', () => {
    const lines = layoutLines(regions);
    const profile = lines.find((l) => l.text.startsWith('Douze ans dans le commerce'));
    expect(profile?.text).toMatch(/Autodidacte en HTML\/CSS et WordPress depuis 2022.*formation certifiante\.$/);
  });

  it('marks headings, list items and breaks, and keeps short lines apart', () => {
    const lines = layoutLines(regions);
    const i = lines.findIndex((l) => l.text === 'Assistante commerciale');
    expect(lines[i - 1]).toMatchObject({ text: 'Expériences professionnelles', heading: true });
    expect(lines[i + 1]?.text).toBe("Distrib'Ouest SARL, Saint-Herblain (grossiste en équipement de la maison) — Depuis 03/2021");
    expect(lines[i + 2]).toMatchObject({ listItem: true });
    expect(lines[i + 2]?.text).toMatch(/^Saisie et suivi des commandes/);
    expect(lines.find((l) => l.text === 'Formation')).toMatchObject({ heading: true, breakBefore: true, page: 1 });
  });
});
