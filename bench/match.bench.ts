/**
 * The matching core: per-profile latency (explain on / off, 153 and 1,584 sheets), matchMany throughput, scaling with
 * the number of sheets (153, 1,584, a synthetic 20,000) and with profile size (5, 20, 60, 200 skills), engine memory,
 * and two plain baselines measured in the same run (per-sheet Set/Map intersection, fuse.js label matching).
 *   npm run bench -- match          (1–2 minutes; fuse.js alone takes ~40 s)
 * Profiles come from the seeded synthetic corpus (bench/lib/corpus.ts); times are medians of batches, with the process
 * CPU time per timed call next to them (the machine may be shared: run it a few times and compare the best runs).
 * "Hot profiles" rotate over 64 profiles that stay in cache, as a profile just built for a request would; the main
 * rows rotate over all 10,000, which do not fit in cache.
 */
import os from 'node:os';
import { explainIndex } from '../src/match/explain-index.js';
import { compileTargetSet, type SheetRows, type TargetSet } from '../src/match/target-set.js';
import { Matcher } from '../src/match/matcher.js';
import { DEFAULT_PARAMS } from '../src/match/params.js';
import { ProfileVectorBuilder } from '../src/match/profile-vector.js';
import { accumulateProximity } from '../src/match/proximity.js';
import { Ranker } from '../src/match/ranker.js';
import { accumulateSkills, LANES } from '../src/match/score.js';
import { loadSnapshot } from '../src/snapshot/load.js';
import type { Profile } from '../src/understand/schema.js';
import { FuseMatcher } from './baselines/fuse-labels.js';
import { SetMapMatcher } from './baselines/set-map.js';
import { mulberry32, syntheticCorpus } from './lib/corpus.js';
import { measure, report, type Stat } from './lib/measure.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
/** Heap (JS objects + typed-array buffers, which live outside the V8 heap) and RSS, after a full GC. */
const memory = (): { heap: number; rss: number } => {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
};

/**
 * `measure`, plus the process CPU time per timed call (warm-up excluded; every thread of the process counted, so GC
 * helper threads are in): on a shared machine the wall clock also counts time spent waiting for a core, the CPU time
 * does not.
 */
const timed = (name: string, fn: (i: number) => unknown, options: { batch?: number; samples?: number; warmup?: number; extra?: Stat['extra'] } = {}): Stat => {
  const { warmup = 200, ...rest } = options;
  for (let i = 0; i < warmup; i++) fn(i);
  const c0 = process.cpuUsage();
  const st = measure(name, fn, { ...rest, warmup: 0 });
  const c = process.cpuUsage(c0);
  const calls = (rest.batch ?? 100) * (rest.samples ?? 30);
  st.extra = { ...st.extra, cpuUsPerCall: Number(((c.user + c.system) / calls).toFixed(2)) };
  return st;
};

const loadAtStart = os.loadavg()[0]!.toFixed(2);
const snap = await loadSnapshot();
const mem0 = memory();
const tBuild = performance.now();
const matcher = new Matcher(snap);
const digital = matcher.targetSet('digital');
const all = matcher.targetSet('all');
const buildMs = performance.now() - tBuild;
const tIndex = performance.now();
explainIndex(matcher.context, digital);
const indexDigitalMs = performance.now() - tIndex;
explainIndex(matcher.context, all);
const indexAllMs = performance.now() - tIndex - indexDigitalMs;
const mem1 = memory();

// Half of the profiles come from the 153 digital sheets, half from any of the 1,584 fiches.
const sources = [...Array.from({ length: snap.ficheCount }, (_, i) => i), ...Array.from({ length: 10 }, () => Array.from(snap.digital)).flat()];
const corpus = syntheticCorpus(snap, { size: 10_000, fiches: sources }).map((e) => e.profile);
const N = corpus.length;
const avgSkills = corpus.reduce((a, p) => a + p.skills.length, 0) / N;

const stats: Stat[] = [];
const OFF_DIGITAL = { explain: false } as const;
const OFF_ALL = { explain: false, sheets: 'all' } as const;
const ON_DIGITAL = { explain: true, limit: 10 } as const;

const ours153 = timed('match, explain:false, 153 sheets', (i) => matcher.match(corpus[i % N]!, OFF_DIGITAL), { batch: 1000, samples: 40, warmup: 5000, extra: { target: '≤ 10 µs' } });
const ours1584 = timed('match, explain:false, 1,584 fiches', (i) => matcher.match(corpus[i % N]!, OFF_ALL), { batch: 200, samples: 40, warmup: 1000, extra: { target: '≤ 100 µs' } });
const oursExplain = timed('match, explain top 10, 153 sheets', (i) => matcher.match(corpus[i % N]!, ON_DIGITAL), { batch: 200, samples: 40, warmup: 1000, extra: { target: '≤ 50 µs' } });
// the same calls on a 64-profile working set (a request's profile was just built, so it is in cache)
const hot = corpus.slice(0, 64);
const hot153 = timed('match, explain:false, 153 sheets, hot profiles', (i) => matcher.match(hot[i & 63]!, OFF_DIGITAL), { batch: 1000, samples: 40, warmup: 5000 });
const hotExplain = timed('match, explain top 10, 153 sheets, hot profiles', (i) => matcher.match(hot[i & 63]!, ON_DIGITAL), { batch: 200, samples: 40, warmup: 1000 });
stats.push(ours153, ours1584, oursExplain, hot153, hotExplain);

// matchMany throughput over the whole corpus, one core: 7 consecutive batches of 10,000 profiles. Throughput is the
// total over the 7 runs (every GC included, as in a service running batch after batch); the median run is reported too.
const manyRuns: number[] = [];
let manyWallUs = 0;
let manyCpuUs = 0;
matcher.matchMany(corpus.slice(0, 2000), OFF_DIGITAL);
for (let r = 0; r < 7; r++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  matcher.matchMany(corpus, OFF_DIGITAL);
  const us = Number(process.hrtime.bigint() - t0) / 1e3;
  const c = process.cpuUsage(c0);
  manyRuns.push(us / N);
  manyWallUs += us;
  manyCpuUs += c.user + c.system;
}
manyRuns.sort((a, b) => a - b);
const manyPerSecond = Math.round((7 * N * 1e6) / manyWallUs);
stats.push({
  name: 'matchMany, explain:false, 153 sheets (per profile)',
  medianUs: manyRuns[3]!,
  p10Us: manyRuns[1]!,
  p90Us: manyRuns[5]!,
  batch: N,
  samples: manyRuns.length,
  extra: {
    profilesPerSecond: manyPerSecond,
    profilesPerSecondMedianRun: Math.round(1e6 / manyRuns[3]!),
    profilesPerCpuSecond: Math.round((7 * N * 1e6) / manyCpuUs),
    cpuUsPerCall: Number((manyCpuUs / (7 * N)).toFixed(2)),
    target: '≥ 100000/s',
  },
});

// ── scaling with the number of sheets: the ranking core (vector, postings, proximity, heap), no result objects ──
function syntheticRows(count: number, seed: number): SheetRows {
  const rnd = mulberry32(seed);
  const fiche = new Uint32Array(count);
  const offsets = new Uint32Array(count + 1);
  const items: number[] = [];
  const coeur: number[] = [];
  for (let s = 0; s < count; s++) {
    const f = Math.floor(rnd() * snap.ficheCount);
    fiche[s] = f;
    const row = new Map<number, number>();
    for (let k = snap.linkOffsets[f]!; k < snap.linkOffsets[f + 1]!; k++) if (rnd() < 0.85) row.set(snap.linkItems[k]!, snap.linkCoeur[k]!);
    for (let j = 0; j < 5; j++) row.set(snap.linkItems[Math.floor(rnd() * snap.linkItems.length)]!, 0);
    for (const it of [...row.keys()].sort((a, b) => a - b)) {
      items.push(it);
      coeur.push(row.get(it)!);
    }
    offsets[s + 1] = items.length;
  }
  return { fiche, offsets, items: Uint32Array.from(items), coeur: Uint8Array.from(coeur) };
}
const rows20k = syntheticRows(20_000, 99);
const memBeforeSynth = memory();
const tSynth = performance.now();
const synthetic = compileTargetSet(matcher.context, rows20k, DEFAULT_PARAMS);
const synthMs = performance.now() - tSynth;
const mem2 = memory();

const builder = new ProfileVectorBuilder(matcher.context);
const ranker = new Ranker();
const outKeys = new Int32Array(10);
const outPos = new Int32Array(10);
const rankOnly = (set: TargetSet) => {
  const buf = new Float32Array(LANES * set.size);
  return (profile: Profile): number => {
    const v = builder.build(profile, DEFAULT_PARAMS);
    accumulateSkills(set, v, buf);
    accumulateProximity(matcher.context, set, v, DEFAULT_PARAMS, buf);
    return ranker.rank(set, buf, DEFAULT_PARAMS, 10, outKeys, outPos);
  };
};
const scaleSheets: Stat[] = [];
for (const [name, set, batch] of [
  ['153', digital, 1000],
  ['1,584', all, 200],
  ['20,000 (synthetic)', synthetic, 20],
] as const) {
  const run = rankOnly(set);
  const st = timed(`ranking core, ${name} sheets`, (i) => run(corpus[i % N]!), { batch, samples: 30, warmup: 3 * batch });
  st.extra = { ...st.extra, nsPerSheet: Number(((st.medianUs * 1000) / set.size).toFixed(1)), postings: set.postSheets.length };
  scaleSheets.push(st);
}
stats.push(...scaleSheets);

// ── scaling with profile size ──
for (const size of [5, 20, 60, 200]) {
  const fixed = syntheticCorpus(snap, { size: 2000, seed: size, minSkills: size, maxSkills: size, fiches: sources }).map((e) => e.profile);
  const M = fixed.length;
  stats.push(
    timed(`match, explain:false, 153 sheets, ${size} skills`, (i) => matcher.match(fixed[i % M]!, OFF_DIGITAL), { batch: 200, samples: 20, warmup: 1000 }),
    timed(`match, explain:false, 1,584 fiches, ${size} skills`, (i) => matcher.match(fixed[i % M]!, OFF_ALL), { batch: 50, samples: 20, warmup: 200 }),
  );
}

// ── baselines, same run, same corpus ──
const setMap153 = new SetMapMatcher(matcher.context, digital, DEFAULT_PARAMS);
const setMap1584 = new SetMapMatcher(matcher.context, all, DEFAULT_PARAMS);
const base153 = timed('baseline Set/Map per sheet, 153 sheets', (i) => setMap153.match(corpus[i % N]!, 10), { batch: 20, samples: 30, warmup: 100 });
const base1584 = timed('baseline Set/Map per sheet, 1,584 fiches', (i) => setMap1584.match(corpus[i % N]!, 10), { batch: 5, samples: 20, warmup: 20 });
const fuse = new FuseMatcher(matcher.context, digital);
// fuse.js takes seconds per profile: 3 profiles only
const baseFuse = timed('baseline fuse.js labels, 153 sheets', (i) => fuse.match(corpus[i % N]!, 10), { batch: 1, samples: 3, warmup: 0 });
/** CPU time per call of a timed stat (µs). */
const cpu = (st: Stat): number => Number(st.extra?.cpuUsPerCall);
base153.extra = {
  ...base153.extra,
  oursIsFaster: `${(base153.medianUs / ours153.medianUs).toFixed(1)}×`,
  oursIsFasterCpu: `${(cpu(base153) / cpu(ours153)).toFixed(1)}×`,
  target: '≥ 20×',
};
base1584.extra = {
  ...base1584.extra,
  oursIsFaster: `${(base1584.medianUs / ours1584.medianUs).toFixed(1)}×`,
  oursIsFasterCpu: `${(cpu(base1584) / cpu(ours1584)).toFixed(1)}×`,
};
baseFuse.extra = { ...baseFuse.extra, oursIsFaster: `${(baseFuse.medianUs / ours153.medianUs).toFixed(0)}×` };
stats.push(base153, base1584, baseFuse);

// agreement of the plain baseline with the matcher (same model: the top 10 should be the same sheets)
let agree = 0;
const CHECK = 500;
for (let i = 0; i < CHECK; i++) {
  const ours = matcher.match(corpus[i]!, OFF_DIGITAL).map((r) => r.code).join();
  if (ours === setMap153.match(corpus[i]!, 10).map((r) => r.code).join()) agree++;
}

report('match', stats, {
  'corpus': `${N} synthetic profiles (seeded), ${avgSkills.toFixed(1)} skills on average, half drawn from the digital sheets`,
  'target sets build (digital + all), ms': buildMs.toFixed(1),
  'explanation index build (digital / all, on first explained call), ms': `${indexDigitalMs.toFixed(1)} / ${indexAllMs.toFixed(1)}`,
  'synthetic 20,000-sheet set build, ms': synthMs.toFixed(1),
  'heap / RSS before the matcher, MB': `${mb(mem0.heap)} / ${mb(mem0.rss)}`,
  'heap / RSS after digital + all, MB': `${mb(mem1.heap)} / ${mb(mem1.rss)}`,
  'heap / RSS after the corpus and the 20,000-sheet set, MB': `${mb(mem2.heap)} / ${mb(mem2.rss)}`,
  'matcher memory (context + digital + all sets), MB': mb(mem1.heap - mem0.heap),
  '20,000-sheet compiled set, MB (rows excluded)': mb(mem2.heap - memBeforeSynth.heap),
  'load average (1 min) at the start / at the end': `${loadAtStart} / ${os.loadavg()[0]!.toFixed(2)}`,
  'matchMany profiles/s (153 sheets, explain:false; 7 batches of 10,000: all / median batch)': `${manyPerSecond} / ${Math.round(1e6 / manyRuns[3]!)}`,
  'Set/Map baseline ÷ ours, 153 sheets (wall / CPU)': `${(base153.medianUs / ours153.medianUs).toFixed(1)} / ${(cpu(base153) / cpu(ours153)).toFixed(1)}`,
  'Set/Map baseline ÷ ours, 1,584 fiches (wall / CPU)': `${(base1584.medianUs / ours1584.medianUs).toFixed(1)} / ${(cpu(base1584) / cpu(ours1584)).toFixed(1)}`,
  'fuse.js baseline ÷ ours, 153 sheets': (baseFuse.medianUs / ours153.medianUs).toFixed(0),
  'Set/Map baseline returns the same top 10 (of 500 profiles)': `${agree}`,
});
