/**
 * Compiles the job-title index (models/titles.json) from a snapshot: every ROME appellation form, fiche title and
 * definition, plus the reviewed aliases of src/understand/titles/aliases.ts, analysed once so that loading it at
 * run time takes milliseconds. Called by scripts/build-snapshot.ts through {@link buildTitles}; can also run
 * alone against the current models/rome-snapshot.json:
 *
 *   node --import tsx scripts/lexicon/build-titles.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SnapshotFile } from '../../src/snapshot/format.js';
import { loadSnapshot, modelsDir } from '../../src/snapshot/load.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { TITLE_ALIASES } from '../../src/understand/titles/aliases.js';
import { compileTitles, TITLE_MODEL_FILE, type TitleModel } from '../../src/understand/titles/compile.js';

/** The compiled title index of a snapshot (deterministic; throws `UNKNOWN_CODE` on an alias to a missing fiche). */
export function buildTitles(file: SnapshotFile): TitleModel {
  return compileTitles(new Snapshot(file), TITLE_ALIASES);
}

/** Serialises a title model the way models/titles.json stores it. */
export function titlesJson(model: TitleModel): string {
  return `${JSON.stringify(model)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const snapshot = await loadSnapshot();
  const out = join(modelsDir(), TITLE_MODEL_FILE);
  const json = titlesJson(buildTitles(snapshot.file));
  writeFileSync(out, json);
  console.log(`${out}: ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB`);
}
