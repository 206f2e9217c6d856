import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BoussoleError } from '../errors.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type SnapshotFile } from './format.js';
import { Snapshot } from './snapshot.js';

/** File name of the bundled snapshot inside `models/`. */
export const SNAPSHOT_FILE = 'rome-snapshot.json';

/**
 * The package's `models/` folder: the first ancestor of this module holding `models/<file>`. Works from `src/`
 * (tests, tsx) and from the built `dist/` (ESM and CJS).
 */
export function modelsDir(file = SNAPSHOT_FILE): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'models', file))) return join(dir, 'models');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new BoussoleError('SNAPSHOT_NOT_FOUND', { value: join('models', file) });
}

/** Reads and parses a JSON model file, mapping I/O and syntax failures to typed errors. */
export async function readModelJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new BoussoleError('SNAPSHOT_NOT_FOUND', { value: path }, { cause: e });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: path, reason: 'not valid JSON' }, { cause: e });
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the format, version and the invariants the engine relies on (table lengths, CSR offsets, index ranges).
 * Cheaper than a full zod parse of ~8 MB, which the build script does once.
 */
export function checkSnapshot(data: unknown, where = 'snapshot'): SnapshotFile {
  const bad = (reason: string): never => {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: where, reason });
  };
  if (!isObj(data) || data.format !== SNAPSHOT_FORMAT) return bad('not a boussole snapshot');
  if (data.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new BoussoleError('SNAPSHOT_VERSION', { value: String(data.formatVersion), limit: SNAPSHOT_FORMAT_VERSION });
  }
  const s = data as unknown as SnapshotFile;
  const arr = (v: unknown, name: string, len?: number): unknown[] => {
    if (!Array.isArray(v)) return bad(`${name} is missing`);
    if (len !== undefined && v.length !== len) return bad(`${name} has ${v.length} entries, expected ${len}`);
    return v;
  };
  if (!isObj(s.info) || !isObj(s.fiches) || !isObj(s.items) || !isObj(s.appellations) || !isObj(s.certifications)) {
    return bad('a table is missing');
  }
  const F = arr(s.fiches.code, 'fiches.code').length;
  for (const k of ['ogr', 'title', 'parent', 'domaine', 'flags', 'riasec', 'definition', 'access'] as const) arr(s.fiches[k], `fiches.${k}`, F);
  const I = arr(s.items.ogr, 'items.ogr').length;
  for (const k of ['label', 'kind', 'macro', 'objectif', 'category', 'isMacro', 'digital'] as const) arr(s.items[k], `items.${k}`, I);
  const A = arr(s.appellations.ogr, 'appellations.ogr').length;
  for (const k of ['fiche', 'long', 'short', 'masculine', 'feminine', 'flags'] as const) arr(s.appellations[k], `appellations.${k}`, A);
  const C = arr(s.certifications.id, 'certifications.id').length;
  for (const k of ['title', 'level', 'active', 'successor'] as const) arr(s.certifications[k], `certifications.${k}`, C);
  const csr = (v: unknown, name: string, rows: number, max: number): void => {
    if (!isObj(v)) return bad(`${name} is missing`);
    const offsets = arr(v.offsets, `${name}.offsets`, rows + 1) as number[];
    const values = arr(v.values, `${name}.values`) as number[];
    if (offsets[0] !== 0 || offsets[rows] !== values.length) bad(`${name} offsets do not span its values`);
    for (let i = 0; i < rows; i++) if ((offsets[i] ?? 0) > (offsets[i + 1] ?? 0)) bad(`${name} offsets decrease`);
    for (const x of values) if (!Number.isInteger(x) || x < 0 || x >= max) bad(`${name} refers to a missing entry (${x})`);
  };
  csr(s.links, 'links', F, I);
  arr(s.links.coeur, 'links.coeur', s.links.values.length);
  csr(s.mobility, 'mobility', F, F);
  csr(s.contextLinks, 'contextLinks', F, arr(s.contexts?.ogr, 'contexts.ogr').length);
  for (const f of s.appellations.fiche) if (!Number.isInteger(f) || f < 0 || f >= F) bad('appellations refer to a missing fiche');
  for (const f of arr(s.digital, 'digital') as number[]) if (!Number.isInteger(f) || f < 0 || f >= F) bad('digital refers to a missing fiche');
  csr(s.certifications.rome, 'certifications.rome', C, arr(s.romeV3, 'romeV3').length);
  csr(s.certifications.certifiers, 'certifications.certifiers', C, arr(s.certifiers, 'certifiers').length);
  csr(s.certifications.formacodes, 'certifications.formacodes', C, arr(s.formacodes?.code, 'formacodes.code').length);
  csr(s.certifications.nsf, 'certifications.nsf', C, arr(s.nsf?.code, 'nsf.code').length);
  return s;
}

/** Loads a snapshot from a path (default: the bundled `models/rome-snapshot.json`) or from an already-parsed object. */
export async function loadSnapshot(source?: string | SnapshotFile): Promise<Snapshot> {
  if (source !== undefined && typeof source !== 'string') return new Snapshot(checkSnapshot(source));
  const path = source ?? join(modelsDir(), SNAPSHOT_FILE);
  return new Snapshot(checkSnapshot(await readModelJson(path), path));
}
