import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { parseBinary, type BinaryLimits } from './parse-binary.js';
import { parseInWorker, readWorkerThreadIds, terminateReadWorkers, type WorkerSettings } from './worker.js';
import { fixture } from './fixtures.test-util.js';

const limits: BinaryLimits = { maxPages: 20, maxUncompressedBytes: 50 * 1024 * 1024 };
const settings: WorkerSettings = { timeoutMs: 30_000, maxMemoryMb: 256 };

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  return p.then(
    () => undefined,
    (e: unknown) => (isBoussoleError(e) ? e.code : `not a BoussoleError: ${String(e)}`),
  );
}

/**
 * A hostile PDF: one page whose 180 KB compressed content stream expands to 75 MB of text operators
 * (pdf.js needs about 10 s of CPU for it).
 */
const PDF_BOMB = `
import zlib, sys
content = b"BT /F1 12 Tf 72 720 Td " + b"(Competences) Tj 0 -1 Td " * 3000000 + b"ET"
stream = zlib.compress(content, 9)
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
  b"<< /Length %d /Filter /FlateDecode >>\\nstream\\n" % len(stream) + stream + b"\\nendstream",
  b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
out = bytearray(b"%PDF-1.4\\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\\n" % i + o + b"\\nendobj\\n"
xref = len(out)
out += b"xref\\n0 6\\n0000000000 65535 f \\n" + b"".join(b"%010d 00000 n \\n" % o for o in offsets)
out += b"trailer\\n<< /Size 6 /Root 1 0 R >>\\nstartxref\\n%d\\n%%%%EOF\\n" % xref
open(sys.argv[1], "wb").write(out)
`;

/** A DOCX whose body is 12 MB of short random paragraphs: honest sizes, ordinary compression ratio. */
const HUGE_DOCX = `
import zipfile, sys, os, binascii
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
body = b''.join(b'<w:p><w:r><w:t>' + binascii.hexlify(os.urandom(8)) + b'</w:t></w:r></w:p>' for _ in range(240000))
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            i = data.index(b'<w:body>') + len(b'<w:body>')
            data = data[:i] + body + data[i:]
        z.writestr(item.filename, data)
`;

let dir: string;
let bomb: Uint8Array;
let huge: Uint8Array;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-worker-'));
  execFileSync('python3', ['-c', PDF_BOMB, join(dir, 'bomb.pdf')]);
  bomb = new Uint8Array(readFileSync(join(dir, 'bomb.pdf')));
  execFileSync('python3', ['-c', HUGE_DOCX, fileURLToPath(new URL('../../fixtures/cv/fr-senior-pm.docx', import.meta.url)), join(dir, 'huge.docx')]);
  huge = new Uint8Array(readFileSync(join(dir, 'huge.docx')));
});

afterAll(async () => {
  await terminateReadWorkers();
  rmSync(dir, { recursive: true, force: true });
});

describe('parseInWorker', () => {
  it.each([
    ['fr-junior-web-dev.pdf', 'pdf'],
    ['fr-sales-to-it.docx', 'docx'],
    ['fr-sales-to-it.odt', 'odt'],
  ] as const)('gives the same result as in-thread parsing for %s', async (name, format) => {
    const bytes = fixture(name);
    expect(await parseInWorker(format, bytes, limits, settings)).toEqual(await parseBinary(format, bytes, limits));
  });

  it('rebuilds reader errors as BoussoleErrors with their details', async () => {
    await expect(parseInWorker('pdf', fixture('fr-senior-pm.pdf'), { ...limits, maxPages: 1 }, settings)).rejects.toMatchObject({
      code: 'TOO_MANY_PAGES',
      details: { value: 2, limit: 1 },
    });
    expect(await codeOf(parseInWorker('pdf', fixture('bad-encrypted.pdf'), limits, settings))).toBe('ENCRYPTED');
  });

  it('terminates a worker stuck on a PDF bomb at the time limit; the next file gets a fresh worker', async () => {
    await parseInWorker('pdf', fixture('fr-sales-to-it.pdf'), limits, settings);
    const before = readWorkerThreadIds();
    expect(before.length).toBeGreaterThan(0);
    const t0 = performance.now();
    expect(await codeOf(parseInWorker('pdf', bomb, limits, { ...settings, timeoutMs: 1500 }))).toBe('TIMEOUT');
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(3000);
    expect(readWorkerThreadIds().some((id) => before.includes(id))).toBe(false);
    const raw = await parseInWorker('pdf', fixture('fr-sales-to-it.pdf'), limits, settings);
    expect(raw.lines.length).toBeGreaterThan(10);
  });

  it('stops a worker that exhausts its heap on a huge document with MEMORY_LIMIT; the host goes on', async () => {
    expect(await codeOf(parseInWorker('docx', huge, { ...limits, maxUncompressedBytes: 10_000_000 }, settings))).toBe('DECOMPRESSION_LIMIT');
    expect(await codeOf(parseInWorker('docx', huge, { ...limits, maxUncompressedBytes: 16_000_000 }, { ...settings, maxMemoryMb: 64 }))).toBe('MEMORY_LIMIT');
    expect((await parseInWorker('docx', fixture('fr-senior-pm.docx'), limits, settings)).lines.length).toBeGreaterThan(10);
  });

  it('runs files in parallel', async () => {
    const results = await Promise.all(['fr-sales-to-it.odt', 'fr-career-changer.odt', 'fr-sales-to-it.odt'].map((n) => parseInWorker('odt', fixture(n), limits, settings)));
    expect(results.map((r) => r.format)).toEqual(['odt', 'odt', 'odt']);
  });
});
