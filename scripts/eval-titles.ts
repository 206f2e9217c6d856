/**
 * Job title → ROME fiche evaluation. Prints acc@1, acc@5 and MRR of `TitleIndex` and of a plain BM25 over the
 * appellations, side by side, on:
 *   1. eval/titles/titles.csv (hand-written CV titles), overall and per kind, and on the rows that are NOT
 *      verbatim aliases (so the reviewed alias list does not grade itself);
 *   2. held-out appellations: one in five non-main appellations is removed from both indexes and searched
 *      (masculine form): titles the index has never seen, as in an independent taxonomy.
 * Also times `search` (median, warm) and the index build. Writes eval/titles/results.json.
 *
 *   node --import tsx scripts/eval-titles.ts [--verbose]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG, type SnapshotFile } from '../src/snapshot/format.js';
import { loadSnapshot } from '../src/snapshot/load.js';
import { Snapshot } from '../src/snapshot/snapshot.js';
import { fold } from '../src/understand/text/fold.js';
import { STOPWORDS_FR } from '../src/understand/text/stopwords.js';
import { tokenize } from '../src/understand/text/tokenize.js';
import { TITLE_ALIASES } from '../src/understand/titles/aliases.js';
import { analyzeTitle } from '../src/understand/titles/analyze.js';
import { compileTitles } from '../src/understand/titles/compile.js';
import { TitleIndex } from '../src/understand/titles/title-index.js';
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
type Ranker = (title: string) => string[];

const EVAL_DIR = join(import.meta.dirname, '..', 'eval', 'titles');
const verbose = process.argv.includes('--verbose');

/** Plain BM25 (k1 1.2, b 0.75) over appellation labels: folded tokens minus French stopwords; a fiche scores its best label. */
export function bm25Baseline(file: SnapshotFile): Ranker {
  const terms = (s: string): string[] => tokenize(s).map((t) => t.norm).filter((t) => !STOPWORDS_FR.has(t));
  const docs = file.appellations.long.map(terms);
  const fiche = file.appellations.fiche;
  const avg = docs.reduce((a, d) => a + d.length, 0) / docs.length;
  const post = new Map<string, number[]>();
  docs.forEach((d, i) => new Set(d).forEach((t) => post.set(t, [...(post.get(t) ?? []), i])));
  return (title) => {
    const score = new Map<number, number>();
    for (const t of new Set(terms(title))) {
      const list = post.get(t) ?? [];
      const idf = Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5));
      for (const i of list) {
        const d = docs[i] ?? [];
        const tf = d.filter((x) => x === t).length;
        score.set(i, (score.get(i) ?? 0) + (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * d.length) / avg)));
      }
    }
    const best = new Map<string, number>();
    for (const [i, s] of score) {
      const code = file.fiches.code[fiche[i] ?? 0] ?? '';
      if (s > (best.get(code) ?? 0)) best.set(code, s);
    }
    return [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([c]) => c);
  };
}

function score(cases: readonly Case[], rank: Ranker, label: string): Scores {
  let a1 = 0;
  let a5 = 0;
  let rr = 0;
  for (const c of cases) {
    const r = rank(c.title).indexOf(c.code);
    if (r === 0) a1++;
    if (r >= 0 && r < 5) {
      a5++;
      rr += 1 / (r + 1);
    }
    if (verbose && r !== 0) console.log(`  ${label} miss [${c.kind}] ${c.title} → expected ${c.code}, got ${rank(c.title).slice(0, 3).join(' ')}`);
  }
  const n = cases.length || 1;
  return { n: cases.length, acc1: a1 / n, acc5: a5 / n, mrr: rr / n };
}

/** The snapshot without the given appellations (the held-out split). */
function without(file: SnapshotFile, drop: ReadonlySet<number>): Snapshot {
  const keep = (_: unknown, i: number): boolean => !drop.has(i);
  const a = file.appellations;
  return new Snapshot({
    ...file,
    appellations: {
      ogr: a.ogr.filter(keep),
      fiche: a.fiche.filter(keep),
      long: a.long.filter(keep),
      short: a.short.filter(keep),
      masculine: a.masculine.filter(keep),
      feminine: a.feminine.filter(keep),
      flags: a.flags.filter(keep),
    },
  });
}

const fmt = (s: Scores): string => `${s.acc1.toFixed(3)}  ${s.acc5.toFixed(3)}  ${s.mrr.toFixed(3)}`;

const snapshot = await loadSnapshot();
const file = snapshot.file;
let t0 = performance.now();
const model = compileTitles(snapshot, TITLE_ALIASES);
const compileMs = performance.now() - t0;
t0 = performance.now();
const index = TitleIndex.fromModel(snapshot, model);
const fromModelMs = performance.now() - t0;
const ours: Ranker = (t) => index.search(t, 5).map((m) => m.code);
const baseline = bm25Baseline(file);

const cases: Case[] = readCsv(join(EVAL_DIR, 'titles.csv')).map((r) => ({
  title: r.title ?? '',
  code: r.code ?? '',
  kind: r.kind ?? '',
}));
const aliasKeys = new Set(TITLE_ALIASES.map((a) => analyzeTitle(a.title).words.join(' ')));
const heldOutCases = cases.filter((c) => !aliasKeys.has(analyzeTitle(c.title).words.join(' ')));

// held-out appellations: every 5th non-main appellation of fiches that keep at least one other label
const drop = new Set<number>();
const heldOut: Case[] = [];
file.appellations.ogr.forEach((_, i) => {
  if (i % 5 !== 2 || (file.appellations.flags[i] ?? 0) & FLAG.PRINCIPALE) return;
  drop.add(i);
  heldOut.push({
    title: file.appellations.masculine[i] ?? '',
    code: file.fiches.code[file.appellations.fiche[i] ?? 0] ?? '',
    kind: 'held-out',
  });
});
const reduced = without(file, drop);
const reducedIndex = TitleIndex.build(reduced, TITLE_ALIASES);
const reducedBaseline = bm25Baseline(reduced.file);

const rows: { set: string; ours: Scores; baseline: Scores }[] = [];
const add = (set: string, cs: readonly Case[], o: Ranker, b: Ranker): void => {
  rows.push({ set, ours: score(cs, o, 'ours'), baseline: score(cs, b, 'bm25') });
};
add('eval: all', cases, ours, baseline);
for (const kind of [...new Set(cases.map((c) => c.kind))]) add(`eval: ${kind}`, cases.filter((c) => c.kind === kind), ours, baseline);
add('eval: not an alias', heldOutCases, ours, baseline);
add('held-out appellations', heldOut, (t) => reducedIndex.search(t, 5).map((m) => m.code), reducedBaseline);

// timing: median of warm searches over the eval titles
const titles = cases.map((c) => c.title);
for (const t of titles) index.search(t);
const times: number[] = [];
for (let r = 0; r < 5; r++) {
  for (const t of titles) {
    const s = performance.now();
    index.search(t);
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const medianUs = (times[Math.floor(times.length / 2)] ?? 0) * 1000;
const p95Us = (times[Math.floor(times.length * 0.95)] ?? 0) * 1000;
const baseTimes: number[] = [];
for (const t of titles) {
  const s = performance.now();
  baseline(t);
  baseTimes.push(performance.now() - s);
}
baseTimes.sort((a, b) => a - b);
const baseMedianUs = (baseTimes[Math.floor(baseTimes.length / 2)] ?? 0) * 1000;

console.log('set                          n     ours: acc@1  acc@5  MRR   | bm25: acc@1  acc@5  MRR');
for (const r of rows) console.log(`${r.set.padEnd(28)} ${String(r.ours.n).padStart(5)}   ${fmt(r.ours)}  |   ${fmt(r.baseline)}`);
console.log(`search: median ${medianUs.toFixed(1)} µs, p95 ${p95Us.toFixed(1)} µs (bm25 baseline median ${baseMedianUs.toFixed(1)} µs)`);
console.log(`index: compile ${compileMs.toFixed(0)} ms, fromModel ${fromModelMs.toFixed(1)} ms, ${index.size} labels`);

writeFileSync(
  join(EVAL_DIR, 'results.json'),
  `${JSON.stringify(
    {
      rome: snapshot.info.rome,
      rows,
      timing: { searchMedianUs: medianUs, searchP95Us: p95Us, baselineMedianUs: baseMedianUs, compileMs, fromModelMs },
    },
    (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v),
    2,
  )}\n`,
);
