import { describe, expect, it } from 'vitest';
import { isBinaryFormat, parseBinary } from './parse-binary.js';
import { fixture } from './fixtures.test-util.js';

const limits = { maxPages: 20, maxUncompressedBytes: 50 * 1024 * 1024 };

describe('parseBinary', () => {
  it.each([
    ['fr-sales-to-it.pdf', 'pdf'],
    ['fr-sales-to-it.docx', 'docx'],
    ['fr-sales-to-it.odt', 'odt'],
  ] as const)('dispatches %s to the %s reader', async (name, format) => {
    const raw = await parseBinary(format, fixture(name), limits);
    expect(raw.format).toBe(format);
    expect(raw.lines[0]?.text).toBe('Nadia Lefèvre');
  });

  it('passes the limits on', async () => {
    await expect(parseBinary('pdf', fixture('fr-senior-pm.pdf'), { ...limits, maxPages: 1 })).rejects.toMatchObject({ code: 'TOO_MANY_PAGES' });
    await expect(parseBinary('odt', fixture('fr-sales-to-it.odt'), { ...limits, maxUncompressedBytes: 1000 })).rejects.toMatchObject({ code: 'DECOMPRESSION_LIMIT' });
  });
});

describe('isBinaryFormat', () => {
  it('is true for pdf, docx and odt only', () => {
    expect(['pdf', 'docx', 'odt', 'text', 'markdown', 'json-resume'].map(isBinaryFormat)).toEqual([true, true, true, false, false, false]);
  });
});
