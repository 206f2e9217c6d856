import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertWithLibreOffice, FRAME_CV } from './office-inputs.test-util.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { htmlToLines, readDocx } from './docx.js';
import { fixture } from './fixtures.test-util.js';

/** A Word CV laid out as a two-column table (sidebar cell, main cell), converted by LibreOffice. */
const TABLE_CV = `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Sophie Martin</h1>
<table width="100%"><tr>
<td width="30%" valign="top"><h2>Contact</h2><p>sophie.martin@example.fr</p><p><a href="https://www.linkedin.com/in/sophie-martin">Mon LinkedIn</a></p><h2>Compétences</h2><ul><li>Python</li><li>SQL</li></ul></td>
<td width="70%" valign="top"><h2>Expériences</h2><p><b>Analyste de données</b> — Datalyon, Lyon<br>2021 – aujourd’hui</p><ul><li>Tableaux de bord Power BI</li></ul><p>• Puce tapée à la main</p></td>
</tr></table></body></html>`;

/** Rewrites a DOCX so that word/document.xml declares 2 000 bytes (local header and central directory). */
const LIE_ABOUT_SIZE = `
import struct, sys
buf = bytearray(open(sys.argv[1], 'rb').read())
name = b'word/document.xml'
i = buf.find(name)
while i >= 0:
    if buf[i-30:i-26] == b'PK\\x03\\x04': struct.pack_into('<I', buf, i - 8, 2000)
    if buf[i-46:i-42] == b'PK\\x01\\x02': struct.pack_into('<I', buf, i - 22, 2000)
    i = buf.find(name, i + 1)
open(sys.argv[2], 'wb').write(buf)
`;

let dir: string;
let frameDocx: Uint8Array;
let tableDocx: Uint8Array;
let lyingDocx: Uint8Array;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-docx-'));
  writeFileSync(join(dir, 'table.html'), TABLE_CV);
  writeFileSync(join(dir, 'frame.fodt'), FRAME_CV);
  frameDocx = convertWithLibreOffice(dir, 'frame.fodt', 'docx:MS Word 2007 XML');
  tableDocx = convertWithLibreOffice(dir, 'table.html', 'docx:MS Word 2007 XML');
  execFileSync('python3', ['-c', LIE_ABOUT_SIZE, fileURLToPath(new URL('../../fixtures/cv/fr-senior-pm.docx', import.meta.url)), join(dir, 'lying.docx')]);
  lyingDocx = new Uint8Array(readFileSync(join(dir, 'lying.docx')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDocx', () => {
  it('keeps headings and list items of a real DOCX, with its page count', async () => {
    const raw = await readDocx(fixture('fr-sales-to-it.docx'));
    expect(raw.format).toBe('docx');
    expect(raw.pages).toBe(2);
    const headings = raw.lines.filter((l) => l.heading).map((l) => l.text);
    expect(headings).toEqual(expect.arrayContaining(['Profil', 'Expériences professionnelles', 'Formation', 'Compétences', 'Langues']));
    const items = raw.lines.filter((l) => l.listItem);
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items[0]?.text).toMatch(/^Saisie et suivi des commandes/);
  });

  it('reads a text frame (text box) after the paragraph it is anchored in', async () => {
    const raw = await readDocx(frameDocx);
    expect(raw.lines.map((l) => l.text)).toEqual(['Paul Durand', 'Contact : paul.durand@example.fr', 'Permis B', 'Expérience', 'Technicien support — Acme, Lille']);
  });

  it('reads a two-column table cell by cell: the whole sidebar, then the main column', async () => {
    const raw = await readDocx(tableDocx);
    const texts = raw.lines.map((l) => l.text);
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
      'Puce tapée à la main',
    ]);
    expect(raw.lines.find((l) => l.text === 'Expériences')).toMatchObject({ heading: true, breakBefore: true });
    expect(raw.lines.filter((l) => l.listItem).map((l) => l.text)).toEqual(['Python', 'SQL', 'Tableaux de bord Power BI', 'Puce tapée à la main']);
  });

  it('refuses the zip bomb before mammoth opens it, and a damaged archive', async () => {
    await expect(readDocx(fixture('bad-zip-bomb.docx'))).rejects.toSatisfy((e: unknown) => isBoussoleError(e, 'DECOMPRESSION_LIMIT'));
    const docx = fixture('fr-sales-to-it.docx');
    await expect(readDocx(docx.subarray(0, docx.length - 100))).rejects.toSatisfy((e: unknown) => isBoussoleError(e, 'CORRUPT_FILE'));
  });

  it('refuses a DOCX that lies about its uncompressed sizes (passes the directory check, fails on inflation)', async () => {
    await expect(readDocx(lyingDocx)).rejects.toSatisfy((e: unknown) => isBoussoleError(e, 'CORRUPT_FILE'));
  });
});

describe('htmlToLines', () => {
  it('splits <br> into lines and marks blank paragraphs as breaks', () => {
    const lines = htmlToLines('<p>Jean &amp; Cie<br />Lyon</p><p></p><h2>Formation</h2><p>BTS &lt;SIO&gt;</p>');
    expect(lines).toEqual([{ text: 'Jean & Cie' }, { text: 'Lyon' }, { text: 'Formation', heading: true, breakBefore: true }, { text: 'BTS <SIO>' }]);
  });
});
