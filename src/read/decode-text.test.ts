import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { fixture } from './fixtures.test-util.js';

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM', () => {
    const body = Buffer.from('Expérience – à ce jour', 'utf8');
    expect(decodeText(body)).toBe('Expérience – à ce jour');
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]))).toBe('Expérience – à ce jour');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Compétences', 'utf16le')]);
    expect(decodeText(le)).toBe('Compétences');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('Compétences');
  });

  it('falls back to Windows-1252 for old French text files', () => {
    expect(decodeText(Buffer.from([0x45, 0x78, 0x70, 0xe9, 0x72, 0x69, 0x65, 0x6e, 0x63, 0x65, 0x20, 0x80]))).toBe('Expérience €');
  });

  it('refuses binary data', () => {
    expect(decodeText(fixture('bad-image-renamed.pdf'))).toBeUndefined();
    expect(decodeText(fixture('bad-random.docx'))).toBeUndefined();
    expect(decodeText(fixture('fr-sales-to-it.pdf'))).toBeUndefined();
  });

  it('reads the text fixture', () => {
    expect(decodeText(fixture('fr-career-changer.txt'))).toContain('\n');
  });
});
