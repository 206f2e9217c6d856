import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BoussoleError } from '../errors.js';
import type { BinaryFormat, BinaryLimits } from './parse-binary.js';
import type { RawDocument } from './raw.js';
import { fromWireError, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

/**
 * Runs binary parsers in `worker_threads` workers with a heap limit and a timeout. Workers are kept warm
 * between files (pdf.js and mammoth load once), never keep the process alive, and are terminated after
 * {@link IDLE_MS} without work. A worker that times out is terminated (TIMEOUT); one that runs out of memory
 * dies (MEMORY_LIMIT); in both cases the next file gets a fresh worker.
 */

/** Worker settings. */
export interface WorkerSettings {
  /** Milliseconds before the worker is terminated. */
  timeoutMs: number;
  /** V8 old-generation heap limit of the worker, in MB. */
  maxMemoryMb: number;
}

const IDLE_MS = 30_000;
const MAX_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

interface Job {
  request: Omit<WorkerRequest, 'id'>;
  settings: WorkerSettings;
  resolve: (raw: RawDocument) => void;
  reject: (e: BoussoleError) => void;
}

interface Slot {
  worker: Worker;
  maxMemoryMb: number;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
  idle: NodeJS.Timeout | undefined;
  dead: boolean;
  /** The worker script loaded and said so (errors before that are start-up failures). */
  ready: boolean;
}

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;

/** URL of tsx's ESM API (its ESM build: the CJS one misresolves its own loader inside a worker). */
function tsxEsmApi(from: string): string {
  const require = createRequire(from);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = require('tsx/package.json') as { exports?: Record<string, { import?: { default?: string } }> };
  const rel = pkg.exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(pkgPath), rel)).href;
}

/**
 * How to start the worker: from the built dist, the script next to this bundle (read-worker.js or .cjs);
 * from TypeScript source (vitest, tsx), a bootstrap that registers tsx's loader inside the worker (resolved
 * from here, so the host's working directory does not matter) and then imports worker-entry.ts.
 */
function workerScript(): { script: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) {
    const api = tsxEsmApi(here);
    const entry = new URL('./worker-entry.ts', here).href;
    const code = `import(${JSON.stringify(api)}).then((m) => m.register()).then(() => import(${JSON.stringify(entry)}))`;
    return { script: code, eval: true };
  }
  return { script: new URL(here.endsWith('.cjs') ? './read-worker.cjs' : './read-worker.js', here), eval: false };
}

function settle(slot: Slot, outcome: { raw: RawDocument } | { error: BoussoleError }): void {
  const job = slot.job;
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = undefined;
  slot.job = undefined;
  if (job) {
    if ('raw' in outcome) job.resolve(outcome.raw);
    else job.reject(outcome.error);
  }
}

function retire(slot: Slot): void {
  if (slot.dead) return;
  slot.dead = true;
  if (slot.idle) clearTimeout(slot.idle);
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  void slot.worker.terminate();
}

function spawn(maxMemoryMb: number): Slot {
  const { script, eval: isEval } = workerScript();
  const worker = new Worker(script, {
    eval: isEval,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, maxMemoryMb / 8)) },
    // Parser chatter (pdf.js warnings) is discarded, never mixed into the host's logs.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  worker.unref();
  const slot: Slot = { worker, maxMemoryMb, job: undefined, timer: undefined, idle: undefined, dead: false, ready: false };
  worker.on('message', (msg: WorkerResponse) => {
    if ('ready' in msg) {
      slot.ready = true;
      return;
    }
    settle(slot, msg.ok ? { raw: msg.raw } : { error: fromWireError(msg.error) });
    release(slot);
  });
  worker.on('error', (e: Error & { code?: string }) => {
    let error: BoussoleError;
    if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') error = new BoussoleError('MEMORY_LIMIT', { limit: slot.maxMemoryMb });
    else if (!slot.ready) {
      // The worker script could not start (e.g. an application bundle without dist/read-worker.js).
      error = new BoussoleError('MISSING_DEPENDENCY', { value: 'read-worker', reason: `${e.code ?? e.name}; or pass inWorker: false` });
    } else error = new BoussoleError('CORRUPT_FILE', { reason: `reader crashed (${e.name})` });
    settle(slot, { error });
    retire(slot);
    pump();
  });
  worker.on('exit', () => {
    settle(slot, { error: new BoussoleError('CORRUPT_FILE', { reason: 'reader stopped' }) });
    retire(slot);
    pump();
  });
  slots.push(slot);
  return slot;
}

function release(slot: Slot): void {
  if (slot.dead) return;
  slot.idle = setTimeout(() => retire(slot), IDLE_MS);
  slot.idle.unref();
  pump();
}

function run(slot: Slot, job: Job): void {
  if (slot.idle) clearTimeout(slot.idle);
  slot.idle = undefined;
  slot.job = job;
  slot.timer = setTimeout(() => {
    settle(slot, { error: new BoussoleError('TIMEOUT', { limit: job.settings.timeoutMs }) });
    retire(slot);
    pump();
  }, job.settings.timeoutMs);
  // One exact-size copy, transferred: the caller keeps its buffer, and a view on a larger buffer does not
  // drag the whole buffer along.
  const bytes = new Uint8Array(job.request.bytes);
  const request: WorkerRequest = { id: nextId++, ...job.request, bytes };
  slot.worker.postMessage(request, [bytes.buffer]);
}

function pump(): void {
  for (let i = 0; i < queue.length; ) {
    const job = queue[i] as Job;
    const free = slots.find((s) => !s.dead && s.job === undefined && s.maxMemoryMb === job.settings.maxMemoryMb);
    if (free) {
      queue.splice(i, 1);
      run(free, job);
      continue;
    }
    if (slots.length < MAX_WORKERS) {
      queue.splice(i, 1);
      run(spawn(job.settings.maxMemoryMb), job);
      continue;
    }
    const idle = slots.find((s) => s.job === undefined);
    if (idle) {
      // All workers are busy or built for another memory limit: replace an idle one.
      retire(idle);
      continue;
    }
    i++;
  }
}

/**
 * Parses a binary file in a worker thread. The bytes are copied to the worker (the caller keeps its buffer).
 * Files are queued when every worker is busy (at most `min(4, cores - 1)` workers, at least 1).
 * @throws BoussoleError TIMEOUT, MEMORY_LIMIT, or any error of the format reader.
 */
export function parseInWorker(format: BinaryFormat, bytes: Uint8Array, limits: BinaryLimits, settings: WorkerSettings): Promise<RawDocument> {
  return new Promise<RawDocument>((resolve, reject) => {
    queue.push({ request: { format, bytes, limits }, settings, resolve, reject });
    pump();
  });
}

/** Terminates every read worker (they are also stopped after 30 s idle, and never keep the process alive). */
export async function terminateReadWorkers(): Promise<void> {
  const all = [...slots];
  for (const s of all) retire(s);
  await Promise.all(all.map((s) => s.worker.terminate()));
}

/** Thread ids of the live read workers (diagnostics and tests). */
export function readWorkerThreadIds(): number[] {
  return slots.map((s) => s.worker.threadId);
}
