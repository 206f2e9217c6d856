import { describe, expect, it } from 'vitest';
import { isZip, readZipDirectory } from './zip-directory.js';
import { codeOf, fixture } from './fixtures.test-util.js';

describe('readZipDirectory', () => {
  it('lists the entries of a real DOCX', () => {
    const names = readZipDirectory(fixture('fr-sales-to-it.docx')).map((e) => e.name);
    expect(names).toContain('word/document.xml');
    expect(names).toContain('[Content_Types].xml');
  });

  it('refuses a truncated archive (no central directory)', () => {
    const docx = fixture('fr-sales-to-it.docx');
    expect(codeOf(() => readZipDirectory(docx.subarray(0, Math.floor(docx.length / 2))))).toBe('CORRUPT_FILE');
    expect(codeOf(() => readZipDirectory(docx.subarray(0, docx.length - 30)))).toBe('CORRUPT_FILE');
  });
});

describe('isZip', () => {
  it('recognises ZIP containers only', () => {
    expect(isZip(fixture('fr-sales-to-it.docx'))).toBe(true);
    expect(isZip(fixture('fr-sales-to-it.pdf'))).toBe(false);
  });
});
