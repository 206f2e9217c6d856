/**
 * Reading CVs (issue 3), warm medians on the fixture corpus, from the built package (dist/):
 * in-thread parsing per format, the same files through the worker thread (the default for binary formats), and
 * plain-text structuring alone. The worker overhead is the difference between the two columns.
 *   npm run bench -- read
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRaw } from '../src/read/index.js';
import { structure } from '../src/read/structure/index.js';
import { measure, measureAsync, report, type Stat } from './lib/measure.js';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'inherit' });
const { readCv, terminateReadWorkers } = (await import(join(root, 'dist', 'index.js'))) as typeof import('../src/index.js');

const fx = (f: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'fixtures', 'cv', f)));
// PDFs last: loading pdf.js in this thread polyfills Array.prototype.push, which slows what is measured after it
const cases: [string, string][] = [
  ['DOCX (LibreOffice, 2 pages)', 'fr-senior-pm.docx'],
  ['ODT (LibreOffice)', 'fr-sales-to-it.odt'],
  ['2-page PDF (LibreOffice)', 'fr-senior-pm.pdf'],
  ['2-page PDF (Chromium)', 'en-software-engineer.pdf'],
  ['1-page two-column PDF (Chromium)', 'fr-junior-web-dev.pdf'],
];

const stats: Stat[] = [];
const notes: Record<string, string> = {};
const text = readFileSync(join(root, 'fixtures', 'cv', 'fr-career-changer.txt'), 'utf8');
stats.push(await measureAsync(`plain text → CvDocument (${(text.length / 1024).toFixed(1)} KB)`, () => readCv(text), { samples: 200, warmup: 50 }));
const raw = await readRaw(text);
stats.push(measure('plain-text structuring alone (structure(raw))', () => structure(raw), { batch: 50, samples: 40, warmup: 200 }));
const json = fx('en-software-engineer.resume.json');
stats.push(await measureAsync('JSON Resume → CvDocument', () => readCv(json), { samples: 200, warmup: 50 }));
for (const [label, file] of cases) {
  const bytes = fx(file);
  const inThread = await measureAsync(`${label}, in-thread`, () => readCv(bytes, { inWorker: false }), { samples: 30, warmup: 5 });
  const worker = await measureAsync(`${label}, worker thread`, () => readCv(bytes), { samples: 30, warmup: 5 });
  stats.push(inThread, worker);
  notes[`worker overhead, ${file}`] = `${((worker.medianUs - inThread.medianUs) / 1000).toFixed(2)} ms`;
}
await terminateReadWorkers();
notes.targets = '2-page PDF ≤ 30 ms, DOCX ≤ 20 ms, plain-text structuring ≤ 0.5 ms (warm medians)';
report('read', stats, notes);
