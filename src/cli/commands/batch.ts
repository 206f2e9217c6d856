import { createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalyseOptions } from '../../analyse/analyse.js';
import type { Engine } from '../../engine.js';
import { BoussoleError } from '../../errors.js';
import type { CliIo } from '../io.js';

/** One line of the JSONL output. */
export type BatchLine =
  | { file: string; ok: true; report: unknown }
  | { file: string; ok: false; error: { code: string; message: string; messageFr: string } };

/** A progress bar on stderr, only on a terminal. */
function progress(done: number, total: number, failed: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const full = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${done}/${total} (${failed} en erreur)`);
  if (done === total) process.stderr.write('\n');
}

/**
 * `boussole batch <dir> --out results.jsonl`: analyses every file of a folder (not recursive, sorted by name), writes
 * one JSON line per file (the report, or the error code and message), shows a progress bar on a terminal and prints
 * a summary. Bad files are skipped with their error code; the exit code is 0 when the batch ran.
 */
export async function batchCommand(engine: Engine, io: CliIo, dir: string, out: string, options: AnalyseOptions): Promise<number> {
  let entries: string[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch {
    throw new BoussoleError('FILE_NOT_FOUND', { value: dir });
  }
  const stream = createWriteStream(out, { encoding: 'utf8' });
  const failures = new Map<string, number>();
  const t0 = performance.now();
  let done = 0;
  for (const name of entries) {
    let line: BatchLine;
    try {
      line = { file: name, ok: true, report: await engine.analyse(join(dir, name), options) };
    } catch (e) {
      const err = e instanceof BoussoleError ? e : new BoussoleError('CORRUPT_FILE', { reason: 'unexpected failure' }, { cause: e });
      failures.set(err.code, (failures.get(err.code) ?? 0) + 1);
      line = { file: name, ok: false, error: { code: err.code, message: err.messageEn, messageFr: err.messageFr } };
    }
    stream.write(`${JSON.stringify(line)}\n`);
    done++;
    progress(done, entries.length, [...failures.values()].reduce((a, b) => a + b, 0));
  }
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  const seconds = (performance.now() - t0) / 1000;
  io.out(`${entries.length} fichiers, ${entries.length - failed} analysés, ${failed} en erreur, en ${seconds.toFixed(1)} s → ${out}`);
  for (const [code, n] of [...failures].sort()) io.out(`  ${code} : ${n}`);
  return 0;
}
