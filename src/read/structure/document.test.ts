import { describe, expect, it } from 'vitest';
import { buildDocument, isBullet, stripBullet, subLine } from './document.js';

describe('buildDocument', () => {
  const doc = buildDocument([
    { text: 'Camille Roussel', heading: true },
    { text: '  Développeuse web  ' },
    { text: 'Expériences', heading: true, breakBefore: true },
    { text: '' },
    { text: 'Développement React', listItem: true, page: 2 },
  ]);

  it('joins lines with newlines and a blank line at breaks', () => {
    expect(doc.text).toBe('Camille Roussel\n  Développeuse web  \n\nExpériences\n\nDéveloppement React');
  });

  it('keeps only non-blank lines, trimmed, with offsets into the text', () => {
    expect(doc.lines.map((l) => l.text)).toEqual(['Camille Roussel', 'Développeuse web', 'Expériences', 'Développement React']);
    for (const l of doc.lines) expect(doc.text.slice(l.start, l.end)).toBe(l.text);
    expect(doc.lines.map((l) => l.gapBefore)).toEqual([true, false, true, true]);
    expect(doc.lines[3]?.listItem).toBe(true);
    expect(doc.lines[3]?.page).toBe(2);
    expect(doc.lines[1]?.folded).toBe('developpeuse web');
  });

  it('turns stray line breaks into spaces', () => {
    const d = buildDocument([{ text: 'a\nb' }, { text: 'c' }]);
    expect(d.text).toBe('a b\nc');
  });
});

describe('subLine', () => {
  it('slices a line and keeps offsets', () => {
    const doc = buildDocument([{ text: 'x' }, { text: 'Langues : anglais C1' }]);
    const line = doc.lines[1];
    if (!line) throw new Error('no line');
    const part = subLine(line, 'Langues :'.length);
    expect(part?.text).toBe('anglais C1');
    expect(part && doc.text.slice(part.start, part.end)).toBe('anglais C1');
    expect(subLine(line, line.text.length)).toBeUndefined();
  });
});

describe('bullets', () => {
  it('strips common bullet shapes', () => {
    for (const s of ['• Vente', '- Vente', '– Vente', '▪Vente', '* Vente', '1. Vente', 'a) Vente', '✓ Vente']) {
      expect(stripBullet(s).text).toBe('Vente');
    }
    expect(stripBullet('-Vente').text).toBe('-Vente');
    expect(stripBullet('2019 - 2020').text).toBe('2019 - 2020');
  });

  it('detects bullets from the mark or the text', () => {
    const doc = buildDocument([{ text: 'Vente', listItem: true }, { text: '• Caisse' }, { text: 'Caisse' }]);
    expect(doc.lines.map(isBullet)).toEqual([true, true, false]);
  });
});
