/**
 * The published package works: `npm pack`, install the tarball in an empty folder, then both
 * `import { createEngine } from 'boussole'` and `require('boussole')` load the bundled snapshot, and the bin runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'boussole-pack-'));
const app = join(work, 'app');
const sh = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });

beforeAll(() => {
  sh('npx', ['tsup'], root); // the tarball must hold the current build
  sh('npm', ['pack', '--ignore-scripts', '--pack-destination', work], root);
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack produced no tarball');
  sh('mkdir', ['-p', app], work);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tgz)], app);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packed tarball', () => {
  it('imports as ESM', () => {
    const out = sh('node', ['--input-type=module', '-e', "import { createEngine } from 'boussole'; const e = await createEngine(); console.log(e.sheets().length, e.sheet('M1855').title);"], app);
    expect(out.trim()).toBe('153 Développeur / Développeuse web');
  });

  it('requires as CommonJS', () => {
    const out = sh('node', ['-e', "const { createEngine, BoussoleError } = require('boussole'); createEngine().then((e) => { try { e.fiche('X0000') } catch (err) { console.log(err instanceof BoussoleError, err.code, e.fiche('D1214').code) } })"], app);
    expect(out.trim()).toBe('true UNKNOWN_CODE D1214');
  });

  it('ships only what users need, and the bin works', () => {
    const files = sh('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], root);
    const list = (JSON.parse(files) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    expect(list).toContain('models/rome-snapshot.json');
    expect(list.some((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('fixtures/'))).toBe(false);
    const out = sh(join(app, 'node_modules', '.bin', 'boussole'), ['sheet', 'M1855', '--json'], app);
    expect((JSON.parse(out) as { title: string }).title).toBe('Développeur / Développeuse web');
  });
});
