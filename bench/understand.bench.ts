/**
 * Understanding a CV (issue 4), warm medians, with the naive baselines measured in the same run:
 * - text → profile for a 2-page CV (structure + profile) and profile alone;
 * - extractSkills on the same text vs natural's TfIdf over all ROME labels (the skills eval's baseline);
 * - normalizeTitle vs a plain BM25 over the appellations (the title eval's baseline);
 * - loading the lexicon and the title index in a fresh process.
 *   npm run bench -- understand
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine } from '../src/engine.js';
import { readCv, terminateReadWorkers } from '../src/read/index.js';
import { bm25Baseline } from '../scripts/lib/bm25-titles.js';
import { tfidfSkillsBaseline } from '../scripts/lib/tfidf-skills.js';
import { measure, report } from './lib/measure.js';

const root = resolve(import.meta.dirname, '..');
const engine = await createEngine();
// a 2-page CV as text: the LibreOffice PDF of the senior project manager, read once in the worker thread (pdf.js
// polyfills Array.prototype.push in the thread that loads it, which would slow every later measurement here)
const pdfText = (await readCv(join(root, 'fixtures', 'cv', 'fr-senior-pm.pdf'))).text;
await terminateReadWorkers();
const cv = await readCv(pdfText);
const titles = readFileSync(join(root, 'eval', 'titles', 'titles.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[0]?.replace(/^"|"$/g, '') ?? '')
  .filter(Boolean);

const stats = [];
stats.push(measure(`profile(cv) (${(pdfText.length / 1024).toFixed(1)} KB, ${cv.experiences.length} jobs)`, () => engine.profile(cv), { batch: 20, samples: 40, warmup: 50 }));
stats.push(measure('extractSkills(text), same CV', () => engine.extractSkills(pdfText), { batch: 20, samples: 40, warmup: 50 }));
const tfidf = tfidfSkillsBaseline(engine.snapshot);
const baselineSkills = measure('baseline: natural TfIdf over all ROME labels, same CV', () => tfidf(pdfText), { batch: 1, samples: 5, warmup: 1 });
stats.push(baselineSkills);
const nt = measure(`normalizeTitle (${titles.length} CV titles, rotating)`, (i) => engine.normalizeTitle(titles[i % titles.length] ?? ''), { batch: 200, samples: 30, warmup: 500 });
stats.push(nt);
const bm25 = bm25Baseline(engine.snapshot.file);
const nb = measure('baseline: plain BM25 over appellations, same titles', (i) => bm25(titles[i % titles.length] ?? ''), { batch: 200, samples: 30, warmup: 500 });
stats.push(nb);

const probe = `
const { loadSnapshot } = await import(${JSON.stringify(join(root, 'src', 'snapshot', 'load.ts'))});
const { loadLexicon } = await import(${JSON.stringify(join(root, 'src', 'understand', 'skills', 'lexicon.ts'))});
const { loadTitleIndex } = await import(${JSON.stringify(join(root, 'src', 'understand', 'titles', 'load.ts'))});
const s = await loadSnapshot();
const t0 = performance.now(); await loadLexicon(); const t1 = performance.now(); await loadTitleIndex(s); const t2 = performance.now();
console.log(JSON.stringify({ lexicon: t1 - t0, titles: t2 - t1 }));`;
const loads = Array.from({ length: 7 }, () => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' })) as { lexicon: number; titles: number });
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

report('understand', stats, {
  'skills: boussole vs TfIdf baseline (speed ratio)': `${(baselineSkills.medianUs / (stats[1]?.medianUs ?? 1)).toFixed(0)}×`,
  'titles: normalizeTitle vs BM25 baseline (time ratio)': `${(nt.medianUs / nb.medianUs).toFixed(2)} (accuracy: see eval/titles/results.json)`,
  'lexicon load, fresh process (median of 7)': `${med(loads.map((l) => l.lexicon)).toFixed(1)} ms`,
  'title index load, fresh process (median of 7)': `${med(loads.map((l) => l.titles)).toFixed(1)} ms`,
  targets: 'profile ≤ 1 ms, normalizeTitle ≤ 50 µs, lexicon load ≤ 100 ms',
});
