import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir, readModelJson } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { TITLE_ALIASES } from './aliases.js';
import { checkTitleModel, TITLE_MODEL_FILE, type TitleModel } from './compile.js';
import { TitleIndex, type TitleScoring } from './title-index.js';

/**
 * Loads the title index for a snapshot: from `source` (a path or an already parsed model), else from the
 * package's `models/titles.json`. When that file is absent the index is compiled in memory (slower, a few
 * hundred milliseconds). A model compiled for another ROME version, or damaged, is refused
 * (`SNAPSHOT_CORRUPT` / `SNAPSHOT_VERSION`): rebuild it with `npm run snapshot`.
 */
export async function loadTitleIndex(
  snapshot: Snapshot,
  source?: string | TitleModel,
  scoring: Partial<TitleScoring> = {},
): Promise<TitleIndex> {
  if (source !== undefined && typeof source !== 'string') {
    return TitleIndex.fromModel(snapshot, checkTitleModel(source, snapshot, 'title model'), scoring);
  }
  const path = source ?? defaultPath();
  if (path === undefined) return TitleIndex.build(snapshot, TITLE_ALIASES, scoring);
  return TitleIndex.fromModel(snapshot, checkTitleModel(await readModelJson(path), snapshot, path), scoring);
}

function defaultPath(): string | undefined {
  const path = join(modelsDir(), TITLE_MODEL_FILE);
  return existsSync(path) ? path : undefined;
}
