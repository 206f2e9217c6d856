/**
 * End to end (issue 5): engine.analyse = read → profile → match (153 sheets, top 5 explained) → 3 trainings per
 * sheet, warm medians, on text input and on a 2-page PDF (worker thread, the default).
 *   npm run bench -- analyse
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine } from '../src/engine.js';
import { terminateReadWorkers } from '../src/read/index.js';
import { measureAsync, report } from './lib/measure.js';

const root = resolve(import.meta.dirname, '..');
const engine = await createEngine();
const fx = (f: string) => join(root, 'fixtures', 'cv', f);
const text = readFileSync(fx('fr-career-changer.txt'), 'utf8');
const pdf = new Uint8Array(readFileSync(fx('fr-senior-pm.pdf')));
const docx = new Uint8Array(readFileSync(fx('fr-sales-to-it.docx')));
const referenceDate = new Date('2026-06-01T00:00:00Z');
const stats = [
  await measureAsync(`analyse(text) (${(text.length / 1024).toFixed(1)} KB)`, () => engine.analyse(text, { referenceDate }), { samples: 100, warmup: 20 }),
  await measureAsync('analyse(text), no trainings', () => engine.analyse(text, { referenceDate, trainings: 0 }), { samples: 100, warmup: 20 }),
  await measureAsync('analyse(2-page PDF), worker thread', () => engine.analyse(pdf, { referenceDate }), { samples: 30, warmup: 5 }),
  await measureAsync('analyse(DOCX), worker thread', () => engine.analyse(docx, { referenceDate }), { samples: 30, warmup: 5 }),
  // last: loading pdf.js in this thread polyfills Array.prototype.push, which slows everything measured after it
  await measureAsync('analyse(2-page PDF), in-thread', () => engine.analyse(pdf, { referenceDate, inWorker: false }), { samples: 30, warmup: 5 }),
];
await terminateReadWorkers();
report('analyse', stats, { targets: 'analyse(text) ≤ 2 ms, analyse(2-page PDF) ≤ 40 ms (warm medians)' });
