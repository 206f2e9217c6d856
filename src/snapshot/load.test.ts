import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoussoleError } from '../errors.js';
import { SNAPSHOT_FORMAT_VERSION, type SnapshotFile } from './format.js';
import { loadSnapshot, modelsDir, SNAPSHOT_FILE } from './load.js';

let raw: string;
const dir = mkdtempSync(join(tmpdir(), 'boussole-snap-'));
beforeAll(() => {
  raw = readFileSync(join(modelsDir(), SNAPSHOT_FILE), 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fresh = (): SnapshotFile => JSON.parse(raw) as SnapshotFile;
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof BoussoleError ? e.code : `untyped: ${String(e)}`;
  }
}

describe('loadSnapshot', () => {
  it('loads the bundled snapshot with every fiche, appellation and the 153 digital sheets', async () => {
    const s = await loadSnapshot();
    expect(s.ficheCount).toBe(1584);
    expect(s.file.appellations.ogr).toHaveLength(13120);
    expect(s.digital).toHaveLength(153);
    expect(s.info.counts.certifications).toBeGreaterThan(8000);
    const web = s.ficheId('M1855');
    expect(s.file.fiches.title[web]).toBe('Développeur / Développeuse web');
    expect(s.file.fiches.parent[web]).toBe('M1805');
  });

  it('fails with SNAPSHOT_NOT_FOUND on a missing file', async () => {
    expect(await codeOf(loadSnapshot(join(dir, 'nope.json')))).toBe('SNAPSHOT_NOT_FOUND');
  });

  it('fails with SNAPSHOT_CORRUPT on truncated JSON', async () => {
    const p = join(dir, 'truncated.json');
    writeFileSync(p, raw.slice(0, 5000));
    expect(await codeOf(loadSnapshot(p))).toBe('SNAPSHOT_CORRUPT');
  });

  it('fails with SNAPSHOT_VERSION on another format version, naming both versions', async () => {
    const s = fresh();
    s.formatVersion = SNAPSHOT_FORMAT_VERSION + 1;
    const err = await loadSnapshot(s).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BoussoleError);
    expect((err as BoussoleError).code).toBe('SNAPSHOT_VERSION');
    expect((err as BoussoleError).message).toContain(String(SNAPSHOT_FORMAT_VERSION + 1));
  });

  it('fails with SNAPSHOT_CORRUPT when a table is short or a link points nowhere', async () => {
    const short = fresh();
    short.fiches.title.pop();
    expect(await codeOf(loadSnapshot(short))).toBe('SNAPSHOT_CORRUPT');
    const dangling = fresh();
    dangling.links.values[10] = 99_999_999;
    expect(await codeOf(loadSnapshot(dangling))).toBe('SNAPSHOT_CORRUPT');
    expect(await codeOf(loadSnapshot({ hello: 'world' } as unknown as SnapshotFile))).toBe('SNAPSHOT_CORRUPT');
  });
});
