/**
 * Runs every bench file (bench/*.bench.ts) in its own process, one after the other, so that each starts cold and
 * none disturbs another. `npm run bench` runs them all; `npm run bench -- match load` runs the named ones.
 * Each bench prints its table and saves bench/results/<name>.json.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, '')))
  .sort();
if (files.length === 0) {
  console.error(`no bench matches ${wanted.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const f of files) {
  console.log(`\n### ${f}`);
  try {
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
  } catch {
    failed++;
    console.error(`bench ${f} failed`);
  }
}
process.exit(failed ? 1 : 0);
