import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardZip } from './zip-guard.js';
import { codeOf, fixture } from './fixtures.test-util.js';

let dir: string;
const made: Record<string, Uint8Array> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-zip-'));
  writeFileSync(join(dir, 'a.txt'), 'Compétences : réseaux, Cisco, VLAN\n'.repeat(50));
  // A ZipCrypto-encrypted archive, made with Info-ZIP.
  execFileSync('zip', ['-q', '-P', 'secret', join(dir, 'locked.zip'), 'a.txt'], { cwd: dir });
  made['locked'] = new Uint8Array(readFileSync(join(dir, 'locked.zip')));
  // An ODF package whose manifest declares encrypted content (as LibreOffice writes for password-protected files).
  const py = `
import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
    z.writestr('content.xml', 'x' * 100, zipfile.ZIP_DEFLATED)
    z.writestr('META-INF/manifest.xml', '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>', zipfile.ZIP_DEFLATED)
`;
  execFileSync('python3', ['-c', py, join(dir, 'encrypted.odt')]);
  made['encryptedOdt'] = new Uint8Array(readFileSync(join(dir, 'encrypted.odt')));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('guardZip', () => {
  it('accepts real DOCX and ODT files', () => {
    expect(guardZip(fixture('fr-sales-to-it.docx')).length).toBeGreaterThan(5);
    expect(guardZip(fixture('fr-career-changer.odt')).length).toBeGreaterThan(3);
  });

  it('refuses the zip bomb fixture fast, from the directory alone', () => {
    const bomb = fixture('bad-zip-bomb.docx');
    const t0 = performance.now();
    expect(codeOf(() => guardZip(bomb))).toBe('DECOMPRESSION_LIMIT');
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('applies the size, entry-count and ratio limits', () => {
    const docx = fixture('fr-sales-to-it.docx');
    expect(codeOf(() => guardZip(docx, { maxUncompressedBytes: 10_000 }))).toBe('DECOMPRESSION_LIMIT');
    expect(codeOf(() => guardZip(docx, { maxEntries: 5 }))).toBe('DECOMPRESSION_LIMIT');
    expect(codeOf(() => guardZip(docx))).toBeUndefined();
  });

  it('refuses encrypted entries and ODF encryption manifests', () => {
    expect(codeOf(() => guardZip(made['locked']!))).toBe('ENCRYPTED');
    expect(codeOf(() => guardZip(made['encryptedOdt']!))).toBe('ENCRYPTED');
  });
});
