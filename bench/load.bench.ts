/**
 * Cold start: `await createEngine()` in a fresh Node process (built package, dist/index.js), its wall time, heap
 * and RSS. Each sample is a new process, so nothing is warm but the OS file cache.
 *   npm run bench -- load
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { report, type Stat } from './lib/measure.js';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'inherit' });

const probe = `
const t0 = performance.now();
const { createEngine } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
const t1 = performance.now();
const engine = await createEngine();
const t2 = performance.now();
engine.sheet('M1855');
globalThis.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, heapMb: m.heapUsed / 2 ** 20, rssMb: m.rss / 2 ** 20 }));
`;

interface Sample { importMs: number; loadMs: number; heapMb: number; rssMb: number }
const samples: Sample[] = [];
for (let i = 0; i < 15; i++) {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8' });
  samples.push(JSON.parse(out) as Sample);
}
const med = (k: keyof Sample): number => {
  const v = samples.map((s) => s[k]).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)] ?? NaN;
};
const q = (k: keyof Sample, p: number): number => {
  const v = samples.map((s) => s[k]).sort((a, b) => a - b);
  return v[Math.round(p * (v.length - 1))] ?? NaN;
};
const stat = (name: string, k: 'importMs' | 'loadMs'): Stat => ({
  name, medianUs: med(k) * 1000, p10Us: q(k, 0.1) * 1000, p90Us: q(k, 0.9) * 1000, batch: 1, samples: samples.length,
});
report('load', [stat('import boussole (fresh process)', 'importMs'), stat('createEngine() cold (fresh process)', 'loadMs')], {
  'heap after load, MB (median)': med('heapMb').toFixed(1),
  'RSS after load, MB (median)': med('rssMb').toFixed(1),
  'target': 'load ≤ 150 ms, RSS ≤ 150 MB',
});
