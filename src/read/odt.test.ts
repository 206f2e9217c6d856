import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice, FRAME_CV } from './office-inputs.test-util.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odfContentToLines, readOdt } from './odt.js';
import { fixture } from './fixtures.test-util.js';

/** A LibreOffice CV laid out as a two-column table (sidebar cell, main cell). */
const TABLE_CV = `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Sophie Martin</h1>
<table width="100%"><tr>
<td width="30%" valign="top"><h2>Contact</h2><p>sophie.martin@example.fr</p><p><a href="https://www.linkedin.com/in/sophie-martin">Mon LinkedIn</a></p><h2>Compétences</h2><ul><li>Python</li><li>SQL</li></ul></td>
<td width="70%" valign="top"><h2>Expériences</h2><p><b>Analyste de données</b> — Datalyon, Lyon<br>2021 – aujourd’hui</p><ul><li>Tableaux de bord Power BI</li></ul></td>
</tr></table></body></html>`;

let dir: string;
let frameOdt: Uint8Array;
let tableOdt: Uint8Array;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-odt-'));
  writeFileSync(join(dir, 'table.html'), TABLE_CV);
  writeFileSync(join(dir, 'frame.fodt'), FRAME_CV);
  frameOdt = convertWithLibreOffice(dir, 'frame.fodt', 'odt');
  tableOdt = convertWithLibreOffice(dir, 'table.html', 'odt');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readOdt', () => {
  it('keeps headings and list items of a real ODT, with its page count', () => {
    const raw = readOdt(fixture('fr-sales-to-it.odt'));
    expect(raw.format).toBe('odt');
    expect(raw.pages).toBe(2);
    const headings = raw.lines.filter((l) => l.heading).map((l) => l.text);
    expect(headings).toEqual(expect.arrayContaining(['Profil', 'Expériences professionnelles', 'Formation', 'Compétences', 'Langues']));
    expect(raw.lines.filter((l) => l.listItem).length).toBeGreaterThanOrEqual(10);
  });

  it('reads the same text as the DOCX export of the same CV', () => {
    const odt = readOdt(fixture('fr-sales-to-it.odt')).lines.map((l) => l.text);
    expect(odt).toContain("Boutique Les Filles du Quai, Nantes — 09/2014 – 02/2021");
    expect(odt[0]).toBe('Nadia Lefèvre');
  });

  it('reads a text frame (text box) after the paragraph it is anchored in', async () => {
    const raw = await readOdt(frameOdt);
    expect(raw.lines.map((l) => l.text)).toEqual(['Paul Durand', 'Contact : paul.durand@example.fr', 'Permis B', 'Expérience', 'Technicien support — Acme, Lille']);
    expect(raw.lines[1]?.breakBefore).toBe(true);
  });

  it('reads a two-column table cell by cell, with link targets', () => {
    const texts = readOdt(tableOdt).lines.map((l) => l.text);
    expect(texts).toEqual([
      'Sophie Martin',
      'Contact',
      'sophie.martin@example.fr',
      'Mon LinkedIn (https://www.linkedin.com/in/sophie-martin)',
      'Compétences',
      'Python',
      'SQL',
      'Expériences',
      'Analyste de données — Datalyon, Lyon',
      '2021 – aujourd’hui',
      'Tableaux de bord Power BI',
    ]);
  });

  it('refuses a damaged archive', () => {
    const odt = fixture('fr-sales-to-it.odt');
    expect(() => readOdt(odt.subarray(0, 2000))).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
  });
});

describe('odfContentToLines', () => {
  it('handles spaces, tabs, line breaks, frames (after their paragraph), and skips comments and tracked deletions', () => {
    const xml = `<office:document-content><office:automatic-styles><style:style style:name="P1" style:parent-style-name="Heading_20_2"/></office:automatic-styles><office:body><office:text>
<text:p text:style-name="P1">Compétences</text:p>
<text:p>Python<text:s text:c="3"/>SQL<text:tab/>Git<text:line-break/>Docker<office:annotation><text:p>note privée</text:p></office:annotation></text:p>
<text:tracked-changes><text:changed-region><text:deletion><text:p>ancien texte</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p><draw:frame><draw:text-box><text:p>Encadré</text:p><text:p>Permis B</text:p></draw:text-box></draw:frame>Paul Durand</text:p>
<text:list><text:list-item><text:p>Anglais C1</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>`;
    expect(odfContentToLines(xml)).toEqual([
      { text: 'Compétences', heading: true },
      { text: 'Python SQL Git' },
      { text: 'Docker' },
      { text: 'Paul Durand' },
      { text: 'Encadré', breakBefore: true },
      { text: 'Permis B' },
      { text: 'Anglais C1', listItem: true, breakBefore: true },
    ]);
  });
});
