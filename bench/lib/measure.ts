/**
 * Tiny benchmark helpers shared by every bench file: warm-up, repeated timed batches, medians.
 * Bench files are plain scripts (`node --import tsx bench/<name>.bench.ts`) that print a table and call `report()`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';

export interface Stat {
  name: string;
  /** Median time per operation, microseconds. */
  medianUs: number;
  /** 10th / 90th percentile per operation, microseconds. */
  p10Us: number;
  p90Us: number;
  /** Operations per timed sample. */
  batch: number;
  samples: number;
  /** Free-form extra numbers (ratios, sizes, counts). */
  extra?: Record<string, number | string>;
}

const quantile = (sorted: number[], q: number): number => {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] ?? NaN;
};

/**
 * Times `fn` in batches of `batch` calls after `warmup` calls and returns per-call quantiles.
 * `fn(i)` receives the call number so it can rotate over a corpus without allocating.
 */
export function measure(
  name: string,
  fn: (i: number) => unknown,
  { batch = 100, samples = 30, warmup = 200, extra }: { batch?: number; samples?: number; warmup?: number; extra?: Stat['extra'] } = {},
): Stat {
  let sink = 0;
  for (let i = 0; i < warmup; i++) if (fn(i)) sink++;
  const times: number[] = [];
  let n = 0;
  for (let s = 0; s < samples; s++) {
    const t0 = process.hrtime.bigint();
    for (let b = 0; b < batch; b++) if (fn(n++)) sink++;
    times.push(Number(process.hrtime.bigint() - t0) / 1e3 / batch);
  }
  times.sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  const stat: Stat = { name, medianUs: quantile(times, 0.5), p10Us: quantile(times, 0.1), p90Us: quantile(times, 0.9), batch, samples };
  if (extra) stat.extra = extra;
  return stat;
}

/** Async variant (one call per sample), for I/O-bound or worker-backed operations. */
export async function measureAsync(
  name: string,
  fn: (i: number) => Promise<unknown>,
  { samples = 20, warmup = 3, extra }: { samples?: number; warmup?: number; extra?: Stat['extra'] } = {},
): Promise<Stat> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = process.hrtime.bigint();
    await fn(s);
    times.push(Number(process.hrtime.bigint() - t0) / 1e3);
  }
  times.sort((a, b) => a - b);
  const stat: Stat = { name, medianUs: quantile(times, 0.5), p10Us: quantile(times, 0.1), p90Us: quantile(times, 0.9), batch: 1, samples };
  if (extra) stat.extra = extra;
  return stat;
}

const fmt = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(2)} µs`);

/** Prints the stats as a table and saves them to bench/results/<file>.json (with node version and CPU model). */
export function report(file: string, stats: Stat[], notes: Record<string, number | string> = {}): void {
  for (const s of stats) {
    const extra = s.extra ? `  ${Object.entries(s.extra).map(([k, v]) => `${k}=${v}`).join(' ')}` : '';
    console.log(`${s.name.padEnd(58)} median ${fmt(s.medianUs).padStart(10)}  p10 ${fmt(s.p10Us).padStart(10)}  p90 ${fmt(s.p90Us).padStart(10)}${extra}`);
  }
  for (const [k, v] of Object.entries(notes)) console.log(`${k}: ${v}`);
  const dir = join(import.meta.dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const cpu = cpus();
  const machine = { node: process.version, cpus: cpu.length, model: cpu[0]?.model ?? '' };
  writeFileSync(join(dir, `${file}.json`), `${JSON.stringify({ machine, stats, notes }, null, 2)}\n`);
}
