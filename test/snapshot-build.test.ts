/**
 * The snapshot in models/ is exactly what `npm run snapshot` builds from ../shared/data: rebuilding it into a temp
 * folder gives byte-identical files (reproducible, and the committed files are up to date).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, '..', 'shared', 'data');
const out = mkdtempSync(join(tmpdir(), 'boussole-models-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.runIf(existsSync(data))('npm run snapshot', () => {
  it('rebuilds models/ byte for byte', () => {
    execFileSync('node', ['--import', 'tsx', 'scripts/build-snapshot.ts', '--data', data, '--out', out], { cwd: root, stdio: 'pipe' });
    const built = readdirSync(out).sort();
    expect(built).toContain('rome-snapshot.json');
    for (const f of built) {
      const same = readFileSync(join(out, f)).equals(readFileSync(join(root, 'models', f)));
      expect(same, `${f} differs from models/${f}`).toBe(true);
    }
  }, 120_000);
});
