import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BoussoleError } from '../../errors.js';
import { loadSnapshot } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { TITLE_ALIASES } from './aliases.js';
import { compileTitles, TITLE_MODEL_VERSION } from './compile.js';
import { loadTitleIndex } from './load.js';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot();
});

const codeOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'no error',
    (e: unknown) => (e instanceof BoussoleError ? e.code : 'other'),
  );

describe('loadTitleIndex', () => {
  it('loads the bundled models/titles.json quickly and searches with it', async () => {
    await loadTitleIndex(snapshot); // warm the file cache and the JIT
    const t0 = performance.now();
    const index = await loadTitleIndex(snapshot);
    const ms = performance.now() - t0;
    expect(index.search('Vendeuse en prêt-à-porter', 1)[0]?.code).toBe('D1214');
    expect(index.ranked).toBe(true);
    expect(ms).toBeLessThan(400); // ~60 ms (parse + check + build) on a loaded 2-core machine; generous for shared CI
  });
  it('accepts an already parsed model and a path', async () => {
    const model = compileTitles(snapshot, TITLE_ALIASES);
    expect((await loadTitleIndex(snapshot, model)).search('Software engineer', 1)[0]?.code).toBe('M1818');
    const path = join(tmpdir(), `boussole-titles-${process.pid}.json`);
    writeFileSync(path, JSON.stringify(model));
    expect((await loadTitleIndex(snapshot, path)).search('Aide-soignante', 1)[0]?.code).toBe('J1501');
  });
  it('reports a missing or damaged model with a typed error', async () => {
    expect(await codeOf(loadTitleIndex(snapshot, join(tmpdir(), 'no-such-titles.json')))).toBe('SNAPSHOT_NOT_FOUND');
    const bad = join(tmpdir(), `boussole-titles-bad-${process.pid}.json`);
    writeFileSync(bad, JSON.stringify({ format: 'boussole-titles', version: TITLE_MODEL_VERSION }));
    expect(await codeOf(loadTitleIndex(snapshot, bad))).toBe('SNAPSHOT_CORRUPT');
  });
});
