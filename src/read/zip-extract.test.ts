import { describe, expect, it } from 'vitest';
import { readZipDirectory } from './zip-directory.js';
import { extractZipEntry } from './zip-extract.js';
import { codeOf, fixture } from './fixtures.test-util.js';

describe('extractZipEntry', () => {
  it('inflates an entry to its declared content', () => {
    const odt = fixture('fr-sales-to-it.odt');
    const entry = readZipDirectory(odt).find((e) => e.name === 'content.xml');
    expect(entry).toBeDefined();
    const bytes = extractZipEntry(odt, entry!, 10_000_000);
    expect(bytes.byteLength).toBe(entry!.uncompressedSize);
    expect(new TextDecoder().decode(bytes)).toContain('<office:document-content');
  });

  it('refuses an entry that inflates beyond its declared size (lying archive)', () => {
    const odt = fixture('fr-sales-to-it.odt');
    const entry = readZipDirectory(odt).find((e) => e.name === 'content.xml')!;
    expect(codeOf(() => extractZipEntry(odt, { ...entry, uncompressedSize: 1000 }, 10_000_000))).toBe('DECOMPRESSION_LIMIT');
  });
});
