/**
 * Compiles the job-title index (models/titles.json) from a snapshot: every ROME appellation form, fiche title,
 * definition and profile (access, skills, savoirs, domaine), plus the reviewed aliases of
 * src/understand/titles/aliases.ts, analysed once so that loading it at run time takes milliseconds; then trains
 * its ranker on held-out appellations (see `trainRanker`). Called by scripts/build-snapshot.ts through
 * {@link buildTitles}; can also run alone against the current models/rome-snapshot.json:
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
import { ficheTexts } from '../../src/understand/titles/profile.js';
import { trainRanker } from '../../src/understand/titles/train.js';

/**
 * The compiled title index of a snapshot with its trained ranker (deterministic, ~15 s; throws `UNKNOWN_CODE`
 * on an alias to a missing fiche).
 */
export function buildTitles(file: SnapshotFile): TitleModel {
  const snapshot = new Snapshot(file);
  const texts = ficheTexts(snapshot);
  const model = compileTitles(snapshot, TITLE_ALIASES, texts);
  model.ranker = trainRanker(snapshot, TITLE_ALIASES, {}, texts);
  return model;
}

/** Serialises a title model the way models/titles.json stores it. */
export function titlesJson(model: TitleModel): string {
  return `${JSON.stringify(model)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const snapshot = await loadSnapshot();
  const out = join(modelsDir(), TITLE_MODEL_FILE);
  const model = buildTitles(snapshot.file);
  const json = titlesJson(model);
  writeFileSync(out, json);
  console.log(`${out}: ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB, ranker ${JSON.stringify(model.ranker?.trained)}`);
}
