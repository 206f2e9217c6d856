/**
 * Compiles the certification terms (models/trainings.json) from a snapshot: the Formacode labels, NSF labels and
 * certification titles as dense term ids, so that the certification index of `recommendTrainings` is built in a few
 * milliseconds instead of tokenising and stemming them at first use. Called by scripts/build-snapshot.ts through
 * {@link buildTrainings}; can also run alone against the current models/rome-snapshot.json:
 *
 *   node --import tsx scripts/lexicon/build-trainings.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileTerms, TRAININGS_FILE, type CompiledTerms } from '../../src/recommend/compiled-terms.js';
import type { SnapshotFile } from '../../src/snapshot/format.js';
import { loadSnapshot, modelsDir } from '../../src/snapshot/load.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';

/** The compiled certification terms of a snapshot (deterministic, well under a second). */
export function buildTrainings(file: SnapshotFile): CompiledTerms {
  return compileTerms(new Snapshot(file));
}

/** Serialises compiled terms the way models/trainings.json stores them. */
export function trainingsJson(model: CompiledTerms): string {
  return `${JSON.stringify(model)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const snapshot = await loadSnapshot();
  const out = join(modelsDir(), TRAININGS_FILE);
  const json = trainingsJson(buildTrainings(snapshot.file));
  writeFileSync(out, json);
  console.log(`${out}: ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB`);
}
