import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { detectFormat, looksLikeMarkdown } from './detect.js';
import { fixture } from './fixtures.test-util.js';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

function errorOf(fn: () => unknown): { code: string; value: unknown } | undefined {
  try {
    fn();
  } catch (e) {
    if (!isBoussoleError(e)) throw e;
    return { code: e.code, value: e.details.value };
  }
  return undefined;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-detect-'));
  writeFileSync(join(dir, 'sheet.csv'), 'nom,poste\nDupont,technicien\n');
  // Office containers that are not text documents (only LibreOffice Writer is installed: written with Python's zipfile).
  const py = `
import zipfile, sys, os
d = sys.argv[1]
with zipfile.ZipFile(os.path.join(d, 'sheet.xlsx'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    z.writestr('xl/workbook.xml', '<workbook/>')
with zipfile.ZipFile(os.path.join(d, 'sheet.ods'), 'w') as z:
    z.writestr('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')
    z.writestr('content.xml', '<office:document-content/>', zipfile.ZIP_DEFLATED)
`;
  execFileSync('python3', ['-c', py, dir]);
  execFileSync('zip', ['-q', join(dir, 'plain.zip'), 'sheet.csv'], { cwd: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('detectFormat on the CV fixtures', () => {
  it.each([
    ['fr-sales-to-it.pdf', 'pdf'],
    ['fr-sales-to-it.docx', 'docx'],
    ['fr-sales-to-it.odt', 'odt'],
    ['fr-career-changer.txt', 'text'],
    ['fr-support-technician.md', 'markdown'],
    ['en-software-engineer.resume.json', 'json-resume'],
  ])('%s → %s', (name, format) => {
    expect(detectFormat(fixture(name)).format).toBe(format);
  });

  it('never trusts the hints over the bytes', () => {
    expect(detectFormat(fixture('fr-sales-to-it.docx'), { filename: 'cv.pdf', mimeType: 'application/pdf' }).format).toBe('docx');
    expect(detectFormat(fixture('fr-sales-to-it.pdf'), { filename: 'cv.odt' }).format).toBe('pdf');
  });

  it.each([
    ['bad-cv.rtf', 'UNSUPPORTED_FORMAT'],
    ['bad-image-renamed.pdf', 'UNSUPPORTED_FORMAT'],
    ['bad-random.docx', 'UNSUPPORTED_FORMAT'],
    ['bad-legacy.doc', 'LEGACY_DOC'],
  ])('%s → %s', (name, code) => {
    expect(errorOf(() => detectFormat(fixture(name)))?.code).toBe(code);
  });
});

describe('detectFormat on other containers', () => {
  it('refuses spreadsheets and plain archives, naming them', () => {
    expect(errorOf(() => detectFormat(new Uint8Array(readFileSync(join(dir, 'sheet.xlsx')))))).toEqual({ code: 'UNSUPPORTED_FORMAT', value: 'xlsx' });
    expect(errorOf(() => detectFormat(new Uint8Array(readFileSync(join(dir, 'sheet.ods')))))).toEqual({ code: 'UNSUPPORTED_FORMAT', value: 'spreadsheet' });
    expect(errorOf(() => detectFormat(new Uint8Array(readFileSync(join(dir, 'plain.zip')))))).toEqual({ code: 'UNSUPPORTED_FORMAT', value: 'zip' });
  });

  it('refuses a truncated DOCX as corrupt', () => {
    const docx = fixture('fr-sales-to-it.docx');
    expect(errorOf(() => detectFormat(docx.subarray(0, 3000)))?.code).toBe('CORRUPT_FILE');
  });
});

describe('detectFormat on text', () => {
  it('tells JSON Resume from other JSON and from broken JSON', () => {
    expect(detectFormat(utf8('{"basics":{"name":"A"},"work":[]}')).format).toBe('json-resume');
    expect(errorOf(() => detectFormat(utf8('{"type":"FeatureCollection"}')))?.code).toBe('UNSUPPORTED_FORMAT');
    expect(detectFormat(utf8('{"basics": {"name": "A",'), { filename: 'cv.json' }).format).toBe('json-resume');
  });

  it('refuses HTML and RTF text', () => {
    expect(errorOf(() => detectFormat(utf8('<!DOCTYPE html><html><body>CV</body></html>')))?.value).toBe('html');
    expect(errorOf(() => detectFormat(utf8('{\\rtf1\\ansi CV}')))?.value).toBe('rtf');
  });

  it('returns the decoded text (UTF-16 with BOM included)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Marie Curie\nPhysicienne', 'utf16le')]);
    expect(detectFormat(bytes)).toEqual({ format: 'text', text: 'Marie Curie\nPhysicienne' });
  });
});

describe('looksLikeMarkdown', () => {
  it('needs Markdown syntax to dominate, or a hint', () => {
    expect(looksLikeMarkdown('# Jean Dupont\n\n## Expérience\n- Technicien')).toBe(true);
    expect(looksLikeMarkdown('Jean Dupont\nExpérience\n- Technicien\n- Support')).toBe(false);
    expect(looksLikeMarkdown('Jean Dupont\n**Technicien** support\n', true)).toBe(true);
    expect(looksLikeMarkdown('Jean Dupont\n===========\nTechnicien\n\nExpérience\n----------\n')).toBe(true);
  });
});
