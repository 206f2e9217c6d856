/**
 * Job title → ROME fiche evaluation. Prints acc@1, acc@5 and MRR of `TitleIndex` after (fiche profiles + trained
 * ranker, as shipped), before (the lexical index alone: no profile, no ranker) and of a plain BM25 over the
 * appellations, side by side, on:
 *   1. eval/titles/titles.csv (hand-written CV titles), overall, per kind, and on the rows that are NOT verbatim
 *      aliases (so the reviewed alias list does not grade itself);
 *   2. eval/titles/external.csv (formal titles in the style of other nomenclatures: INSEE PCS, ESCO, Onisep),
 *      written independently of the index, overall and per style;
 *   3. held-out appellations: one in five non-main appellations (index % 5 = 2) is removed from the snapshot,
 *      with every alias restating one of them; the index is compiled and its ranker TRAINED on what remains
 *      (its own folds), then each held-out appellation is searched (masculine form): titles it has never seen.
 * Also times `search` (median, warm), the model's load (JSON parse + `fromModel`) and size. Writes
 * eval/titles/results.json (default split only).
 *
 *   node --import tsx scripts/eval-titles.ts [--verbose] [--split=N]   (N = 0..4, 2 by default; tune on another)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSnapshot } from '../src/snapshot/load.js';
import type { Snapshot } from '../src/snapshot/snapshot.js';
import { TITLE_ALIASES } from '../src/understand/titles/aliases.js';
import { analyzeTitle } from '../src/understand/titles/analyze.js';
import { checkTitleModel, compileTitles, type TitleAlias, type TitleModel } from '../src/understand/titles/compile.js';
import { aliasesWithout, heldOutAppellations, withoutAppellations } from '../src/understand/titles/holdout.js';
import { ficheTexts } from '../src/understand/titles/profile.js';
import { TitleIndex } from '../src/understand/titles/title-index.js';
import { trainRanker } from '../src/understand/titles/train.js';
import { bm25Baseline, type Ranker } from './lib/bm25-titles.js';
import { readCsv } from './lib/csv.js';

interface Case {
  title: string;
  code: string;
  kind: string;
}
interface Scores {
  n: number;
  acc1: number;
  acc5: number;
  mrr: number;
}

const EVAL_DIR = join(import.meta.dirname, '..', 'eval', 'titles');
const verbose = process.argv.includes('--verbose');
const split = Number(process.argv.find((a) => a.startsWith('--split='))?.slice(8) ?? 2);

function score(cases: readonly Case[], rank: Ranker, label: string): Scores {
  let a1 = 0;
  let a5 = 0;
  let rr = 0;
  for (const c of cases) {
    const got = rank(c.title);
    const r = got.indexOf(c.code);
    if (r === 0) a1++;
    if (r >= 0 && r < 5) {
      a5++;
      rr += 1 / (r + 1);
    }
    if (verbose && r !== 0) console.log(`  ${label} miss [${c.kind}] ${c.title} → expected ${c.code}, got ${got.slice(0, 3).join(' ')}`);
  }
  const n = cases.length || 1;
  return { n: cases.length, acc1: a1 / n, acc5: a5 / n, mrr: rr / n };
}

/** Compiles and trains a model (timed). */
function build(snapshot: Snapshot, aliases: readonly TitleAlias[]): { model: TitleModel; compileMs: number; trainMs: number } {
  let t0 = performance.now();
  const texts = ficheTexts(snapshot);
  const model = compileTitles(snapshot, aliases, texts);
  const compileMs = performance.now() - t0;
  t0 = performance.now();
  model.ranker = trainRanker(snapshot, aliases, {}, texts);
  return { model, compileMs, trainMs: performance.now() - t0 };
}

const searcher = (index: TitleIndex): Ranker => (t) => index.search(t, 5).map((m) => m.code);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

/** Warm per-call times (µs) of `f` over `titles`, 5 rounds. */
function timeIt(titles: readonly string[], f: (t: string) => unknown, rounds = 5): number[] {
  for (const t of titles) f(t);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of titles) {
      const s = performance.now();
      f(t);
      times.push((performance.now() - s) * 1000);
    }
  }
  return times;
}

const snapshot = await loadSnapshot();
const file = snapshot.file;
const full = build(snapshot, TITLE_ALIASES);
const json = JSON.stringify(full.model);
// load as at run time: parse + check + fromModel (best of 5, warm)
const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  TitleIndex.fromModel(snapshot, checkTitleModel(JSON.parse(json), snapshot));
  loads.push(performance.now() - t0);
}
const after = TitleIndex.fromModel(snapshot, full.model);
const before = TitleIndex.fromModel(snapshot, full.model, { profile: 0, ranker: false });
const baseline = bm25Baseline(file);

const cases: Case[] = readCsv(join(EVAL_DIR, 'titles.csv')).map((r) => ({ title: r.title ?? '', code: r.code ?? '', kind: r.kind ?? '' }));
const external: Case[] = readCsv(join(EVAL_DIR, 'external.csv')).map((r) => ({ title: r.title ?? '', code: r.code ?? '', kind: r.style ?? '' }));
const aliasKeys = new Set(TITLE_ALIASES.map((a) => analyzeTitle(a.title).words.join(' ')));
const notAlias = cases.filter((c) => !aliasKeys.has(analyzeTitle(c.title).words.join(' ')));

const drop = heldOutAppellations(snapshot, (i) => i % 5 === split);
const reduced = withoutAppellations(snapshot, drop);
const reducedAliases = aliasesWithout(TITLE_ALIASES, snapshot, drop);
const held = build(reduced, reducedAliases);
const heldOut: Case[] = [...drop].map((i) => ({
  title: file.appellations.masculine[i] ?? '',
  code: file.fiches.code[file.appellations.fiche[i] ?? 0] ?? '',
  kind: 'held-out',
}));

interface Row {
  set: string;
  after: Scores;
  before: Scores;
  bm25: Scores;
}
const rows: Row[] = [];
const add = (set: string, cs: readonly Case[], a: Ranker, b: Ranker, base: Ranker): void => {
  rows.push({ set, after: score(cs, a, 'after'), before: score(cs, b, 'before'), bm25: score(cs, base, 'bm25') });
};
const [A, B] = [searcher(after), searcher(before)];
add('labelled: all', cases, A, B, baseline);
for (const kind of [...new Set(cases.map((c) => c.kind))]) add(`labelled: ${kind}`, cases.filter((c) => c.kind === kind), A, B, baseline);
add('labelled: not an alias', notAlias, A, B, baseline);
add('external: all', external, A, B, baseline);
for (const kind of [...new Set(external.map((c) => c.kind))]) add(`external: ${kind}`, external.filter((c) => c.kind === kind), A, B, baseline);
add(
  'held-out appellations',
  heldOut,
  searcher(TitleIndex.fromModel(reduced, held.model)),
  searcher(TitleIndex.fromModel(reduced, held.model, { profile: 0, ranker: false })),
  bm25Baseline(reduced.file),
);

const titles = [...cases, ...external].map((c) => c.title);
const tAfter = timeIt(titles, (t) => after.search(t));
const tBefore = timeIt(titles, (t) => before.search(t));
const tBm25 = timeIt(titles, baseline, 1);

const fmt = (s: Scores): string => `${s.acc1.toFixed(3)}  ${s.acc5.toFixed(3)}  ${s.mrr.toFixed(3)}`;
console.log('set                          n    after: acc@1  acc@5  MRR  | before: acc@1  acc@5  MRR  | bm25: acc@1  acc@5  MRR');
for (const r of rows) {
  console.log(`${r.set.padEnd(28)} ${String(r.after.n).padStart(5)}    ${fmt(r.after)}  |   ${fmt(r.before)}  |   ${fmt(r.bm25)}`);
}
const timing = {
  afterMedianUs: median(tAfter),
  afterP95Us: p95(tAfter),
  beforeMedianUs: median(tBefore),
  bm25MedianUs: median(tBm25),
  loadMs: Math.min(...loads),
  compileMs: full.compileMs,
  trainMs: full.trainMs,
};
console.log(`search: after median ${timing.afterMedianUs.toFixed(1)} µs (p95 ${timing.afterP95Us.toFixed(1)}), before ${timing.beforeMedianUs.toFixed(1)} µs, bm25 ${timing.bm25MedianUs.toFixed(1)} µs`);
console.log(`model: ${(json.length / 1024).toFixed(0)} KiB, load (parse + check + fromModel) ${timing.loadMs.toFixed(1)} ms; compile ${timing.compileMs.toFixed(0)} ms, train ${timing.trainMs.toFixed(0)} ms`);
console.log(`ranker (full): ${JSON.stringify(full.model.ranker?.trained)}; held-out split ${split}: ${JSON.stringify(held.model.ranker?.trained)}`);

if (split === 2) {
  writeFileSync(
    join(EVAL_DIR, 'results.json'),
    `${JSON.stringify(
      { rome: snapshot.info.rome, rows, timing, modelBytes: json.length, ranker: full.model.ranker?.trained },
      (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v),
      2,
    )}\n`,
  );
}
