import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { looksLikePath, readRaw } from './read-raw.js';
import { terminateReadWorkers } from './worker.js';

const path = (name: string): string => fileURLToPath(new URL(`../../fixtures/cv/${name}`, import.meta.url));

async function failure(p: Promise<unknown>): Promise<{ code: string; ms: number }> {
  const t0 = performance.now();
  try {
    await p;
  } catch (e) {
    return { code: isBoussoleError(e) ? e.code : `not a BoussoleError: ${String(e)}`, ms: performance.now() - t0 };
  }
  return { code: 'no error', ms: performance.now() - t0 };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-read-'));
});
afterAll(async () => {
  await terminateReadWorkers();
  rmSync(dir, { recursive: true, force: true });
});

describe('readRaw on the CV fixtures', () => {
  it.each([
    ['fr-junior-web-dev.pdf', 'pdf', 1],
    ['fr-senior-pm.pdf', 'pdf', 2],
    ['en-data-analyst.docx', 'docx', 0],
    ['fr-career-changer.odt', 'odt', 2],
    ['fr-career-changer.txt', 'text', 0],
    ['fr-support-technician.md', 'markdown', 0],
  ])('%s → %s, %i page(s), with lines', async (name, format, pages) => {
    const raw = await readRaw(path(name));
    expect(raw).toMatchObject({ format, pages });
    expect(raw.lines.length).toBeGreaterThan(20);
    expect(raw.lines.every((l) => l.text.trim() === l.text && l.text !== '' && !l.text.includes('\n'))).toBe(true);
  });

  it('reads JSON Resume as its parsed object', async () => {
    const raw = await readRaw(path('en-software-engineer.resume.json'));
    expect(raw.format).toBe('json-resume');
    expect(raw.json).toHaveProperty('basics');
  });

  it('gives the same lines in the worker and in-thread', async () => {
    for (const name of ['fr-network-tech.pdf', 'fr-network-tech.docx']) {
      expect(await readRaw(path(name), { inWorker: false })).toEqual(await readRaw(path(name)));
    }
  });
});

describe('readRaw errors: each bad file gives its code, fast', () => {
  it.each([
    ['bad-cv.rtf', 'UNSUPPORTED_FORMAT', 100],
    ['bad-image-renamed.pdf', 'UNSUPPORTED_FORMAT', 100],
    ['bad-random.docx', 'UNSUPPORTED_FORMAT', 100],
    ['bad-legacy.doc', 'LEGACY_DOC', 100],
    ['bad-empty.pdf', 'EMPTY_DOCUMENT', 100],
    ['bad-truncated.pdf', 'CORRUPT_FILE', 5_000],
    ['bad-encrypted.pdf', 'ENCRYPTED', 5_000],
    ['bad-scanned.pdf', 'NO_TEXT_LAYER', 5_000],
    ['bad-zip-bomb.docx', 'DECOMPRESSION_LIMIT', 5_000],
  ])('%s → %s within %i ms', async (name, code, ms) => {
    const f = await failure(readRaw(path(name)));
    expect(f.code).toBe(code);
    expect(f.ms).toBeLessThan(ms);
  });

  it('refuses a zip bomb in-thread in a few milliseconds', async () => {
    const f = await failure(readRaw(path('bad-zip-bomb.docx'), { inWorker: false }));
    expect(f.code).toBe('DECOMPRESSION_LIMIT');
    expect(f.ms).toBeLessThan(50);
  });

  it('applies the size and page limits', async () => {
    expect((await failure(readRaw(path('fr-senior-pm.pdf'), { maxBytes: 1000 }))).code).toBe('TOO_LARGE');
    expect((await failure(readRaw(new Uint8Array(2000), { maxBytes: 1000 }))).code).toBe('TOO_LARGE');
    expect((await failure(readRaw('é'.repeat(600), { maxBytes: 1000 }))).code).toBe('TOO_LARGE');
    expect((await failure(readRaw(path('fr-senior-pm.pdf'), { maxPages: 1 }))).code).toBe('TOO_MANY_PAGES');
  });

  it('reports missing files, directories and blank text', async () => {
    expect((await failure(readRaw(join(dir, 'absent.pdf')))).code).toBe('FILE_NOT_FOUND');
    expect((await failure(readRaw('cv-introuvable.docx'))).code).toBe('FILE_NOT_FOUND');
    expect((await failure(readRaw(`${dir}/`))).code).toBe('FILE_NOT_FOUND');
    expect((await failure(readRaw(' \n\t\n\u200B'))).code).toBe('EMPTY_DOCUMENT');
    expect((await failure(readRaw(path('fr-sales-to-it.pdf'), { timeoutMs: -1 }))).code).toBe('INVALID_ARGUMENT');
  });
});

describe('readRaw inputs', () => {
  it('takes a multi-line string as CV text, Markdown when its syntax dominates', async () => {
    expect((await readRaw('Jean Dupont\nTechnicien réseaux\n- Cisco')).format).toBe('text');
    expect((await readRaw('# Jean Dupont\n## Expérience\n- Cisco')).format).toBe('markdown');
    expect((await readRaw('{"basics": {"name": "Jean Dupont"}, "work": []}')).format).toBe('json-resume');
    expect((await failure(readRaw('<html><body>CV</body></html>'))).code).toBe('UNSUPPORTED_FORMAT');
  });

  it("reads a Buffer without detaching or changing the caller's memory", async () => {
    const buf = readFileSync(path('fr-sales-to-it.pdf'));
    const copy = Buffer.from(buf);
    const view = buf.subarray(0, buf.length);
    expect((await readRaw(view)).format).toBe('pdf');
    expect((await readRaw(buf, { inWorker: false })).format).toBe('pdf');
    expect(buf.byteLength).toBe(copy.byteLength);
    expect(buf.equals(copy)).toBe(true);
  });

  it('reads a path to a file whose extension lies, from its bytes', async () => {
    const file = join(dir, 'cv.txt');
    writeFileSync(file, Buffer.from('%PDF-'));
    expect((await failure(readRaw(file))).code).toBe('CORRUPT_FILE');
  });
});

describe('looksLikePath', () => {
  it.each(['./cv.pdf', '/home/a/CV Marie.docx', 'cv.odt', 'C:\\Users\\a\\cv.pdf', '~/cv.md'])('%s is a path', (s) => {
    expect(looksLikePath(s)).toBe(true);
  });
  it.each(['Jean Dupont\ncv.pdf', 'Compétences : HTML/CSS', 'Développeur web', ''])('%j is not', (s) => {
    expect(looksLikePath(s)).toBe(false);
  });
});

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path(name)));

/** Damages a real file: truncates it and overwrites a few bytes at random places. */
const damaged = (source: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc
    .record({
      cut: fc.integer({ min: 1, max: source.length }),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    })
    .map(({ cut, edits }) => {
      const out = source.slice(0, cut);
      for (const [at, value] of edits) out[at % out.length] = value;
      return out;
    });

describe('readRaw on damaged files', () => {
  it.each(['fr-sales-to-it.pdf', 'fr-sales-to-it.docx', 'fr-sales-to-it.odt', 'en-software-engineer.resume.json'])(
    'either reads a damaged %s or fails with a BoussoleError, never anything else',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(damaged(fixture(name)), async (bytes) => {
          try {
            const raw = await readRaw(bytes, { inWorker: false });
            expect(raw.lines.every((l) => typeof l.text === 'string' && !l.text.includes('\n'))).toBe(true);
          } catch (e) {
            expect(isBoussoleError(e), String(e)).toBe(true);
          }
        }),
        { numRuns: 100, seed: 20260115 },
      );
    },
  );
});
