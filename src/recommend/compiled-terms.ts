import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BoussoleError } from '../errors.js';
import { modelsDir } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { coreItems, extractFicheText, makeFicheText, type FicheText } from './fiche-text.js';
import { itemTermIds } from './gap.js';
import { certTermLists, type CertTermLists } from './term-lists.js';

/** File name of the compiled certification terms inside `models/`. */
export const TRAININGS_FILE = 'trainings.json';
export const TRAININGS_FORMAT = 'boussole-trainings';
/** Bumped whenever the layout or the term extraction (`textTerms`, `titleCore`) changes. */
export const TRAININGS_FORMAT_VERSION = 1;

/** Term-id lists in CSR form: list i is `ids[offsets[i] .. offsets[i+1])`. */
export interface CompiledLists {
  readonly offsets: number[];
  readonly ids: number[];
}

/** models/trainings.json: the {@link CertTermLists} of one snapshot, so that the index build skips tokenising. */
export interface CompiledTerms {
  readonly format: typeof TRAININGS_FORMAT;
  readonly formatVersion: number;
  /** SHA-256 (hex) of the texts the lists come from (see {@link textsFingerprint}). */
  readonly fingerprint: string;
  readonly terms: string[];
  readonly formacodes: CompiledLists;
  readonly nsf: CompiledLists;
  readonly titles: CompiledLists;
  readonly ficheTitleDf: number[];
  /**
   * Texts of the digital sheets and their siblings (see `FicheText`, {@link compiledFiches}), row r for fiche
   * `ids[r]`; appellation and core lists hold (term id, count) pairs.
   */
  readonly fiches: CompiledFiches;
  /** Distinct term ids of the core item labels of those fiches: list r for item `ids[r]`. */
  readonly items: { readonly ids: number[]; readonly terms: CompiledLists };
}

/** {@link CompiledTerms.fiches}. */
export interface CompiledFiches {
  readonly ids: number[];
  readonly title: CompiledLists;
  readonly appellations: CompiledLists;
  readonly appellationCount: number[];
  readonly core: CompiledLists;
  readonly coreCount: number[];
}

/**
 * SHA-256 (hex) of the texts the compiled terms come from, in order: Formacode labels, NSF labels, certification
 * titles, fiche titles and parents, then for each fiche of `fiches` its appellations and core item labels.
 */
export function textsFingerprint(s: Snapshot, fiches: readonly number[]): string {
  const { formacodes, nsf, certifications, appellations, items } = s.file;
  const hash = createHash('sha256');
  hash.update(JSON.stringify([formacodes.label, nsf.label, certifications.title, s.file.fiches.title, s.file.fiches.parent]));
  for (const f of fiches) {
    const ap = appellations.long.slice(s.appellationOffsets[f] ?? 0, s.appellationOffsets[f + 1] ?? 0);
    hash.update(JSON.stringify([f, ap, coreItems(s, f).map((i) => items.label[i] ?? '')]));
  }
  return hash.digest('hex');
}

/** The fiches whose texts are compiled: the digital sheets and their siblings (same ROME v3 parent), ascending. */
export function compiledFiches(s: Snapshot): number[] {
  const parents = new Set(Array.from(s.digital, (f) => s.file.fiches.parent[f] ?? ''));
  const out: number[] = [];
  s.file.fiches.parent.forEach((p, f) => {
    if (parents.has(p)) out.push(f);
  });
  return out;
}

const toCsr = (lists: readonly (readonly number[])[]): CompiledLists => {
  const offsets = [0];
  const ids: number[] = [];
  for (const l of lists) {
    for (const id of l) ids.push(id);
    offsets.push(ids.length);
  }
  return { offsets, ids };
};

/** Compiles the certification terms of `s` (deterministic; what scripts/lexicon/build-trainings.ts writes). */
export function compileTerms(s: Snapshot): CompiledTerms {
  const lists = certTermLists(s);
  const termIds = new Map(lists.terms.map((k, id) => [k, id]));
  const ids = compiledFiches(s);
  const texts = ids.map((f) => extractFicheText(s, termIds, f));
  const items = [...new Set(ids.flatMap((f) => coreItems(s, f)))].sort((a, b) => a - b);
  const pairs = (m: ReadonlyMap<number, number>): number[] => [...m].flat();
  const fiches: CompiledFiches = {
    ids,
    title: toCsr(texts.map((x) => [...x.title])),
    appellations: toCsr(texts.map((x) => pairs(x.appellations))),
    appellationCount: texts.map((x) => x.appellationCount),
    core: toCsr(texts.map((x) => pairs(x.core))),
    coreCount: texts.map((x) => x.coreCount),
  };
  return {
    format: TRAININGS_FORMAT,
    formatVersion: TRAININGS_FORMAT_VERSION,
    fingerprint: textsFingerprint(s, ids),
    terms: [...lists.terms],
    formacodes: toCsr(lists.formacodes),
    nsf: toCsr(lists.nsf),
    titles: toCsr(lists.titles),
    ficheTitleDf: [...lists.ficheTitleDf],
    fiches,
    items: { ids: items, terms: toCsr(items.map((i) => itemTermIds(termIds, s.file.items.label[i] ?? ''))) },
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** CSR lists checked against their expected count and the term count; throws `SNAPSHOT_CORRUPT` when malformed. */
function fromCsr(v: unknown, count: number, termCount: number, field: string, pairs = false): number[][] {
  const corrupt = (reason: string): BoussoleError =>
    new BoussoleError('SNAPSHOT_CORRUPT', { value: TRAININGS_FILE, reason: `${field}: ${reason}` });
  if (!isObj(v) || !Array.isArray(v.offsets) || !Array.isArray(v.ids)) throw corrupt('expected { offsets, ids }');
  const offsets: unknown[] = v.offsets;
  const ids: unknown[] = v.ids;
  if (offsets.length !== count + 1 || offsets[0] !== 0 || offsets[count] !== ids.length) {
    throw corrupt('offsets do not match the snapshot');
  }
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const bound = pairs && k % 2 === 1 ? Number.MAX_SAFE_INTEGER : termCount;
    if (!Number.isInteger(id) || (id as number) < 0 || (id as number) >= bound) throw corrupt('bad term id');
  }
  const out: number[][] = [];
  for (let i = 0; i < count; i++) {
    const lo = offsets[i];
    const hi = offsets[i + 1];
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || (lo as number) > (hi as number)) throw corrupt('bad offsets');
    if (pairs && ((hi as number) - (lo as number)) % 2 !== 0) throw corrupt('expected (term, count) pairs');
    out.push(ids.slice(lo as number, hi as number) as number[]);
  }
  return out;
}

/** Compiled fiche texts by dense fiche id; throws `SNAPSHOT_CORRUPT` when malformed. */
function fichesFrom(v: unknown, ficheCount: number, termCount: number): Map<number, FicheText> {
  const counts = (x: unknown, n: number): x is number[] =>
    Array.isArray(x) && x.length === n && x.every((c) => Number.isInteger(c) && c >= 0);
  if (!isObj(v) || !Array.isArray(v.ids) || !v.ids.every((f) => Number.isInteger(f) && f >= 0 && f < ficheCount)) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: TRAININGS_FILE, reason: 'fiches: bad ids' });
  }
  const ids = v.ids as number[];
  const n = ids.length;
  const title = fromCsr(v.title, n, termCount, 'fiches.title');
  const appellations = fromCsr(v.appellations, n, termCount, 'fiches.appellations', true);
  const core = fromCsr(v.core, n, termCount, 'fiches.core', true);
  if (!counts(v.appellationCount, n) || !counts(v.coreCount, n)) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: TRAININGS_FILE, reason: 'fiches: bad counts' });
  }
  const toMap = (flat: readonly number[]): Map<number, number> => {
    const m = new Map<number, number>();
    for (let k = 0; k + 1 < flat.length; k += 2) m.set(flat[k] ?? 0, flat[k + 1] ?? 0);
    return m;
  };
  const appellationCount = v.appellationCount;
  const coreCount = v.coreCount;
  const out = new Map<number, FicheText>();
  ids.forEach((f, r) => {
    out.set(
      f,
      makeFicheText(
        new Set(title[r]),
        toMap(appellations[r] ?? []),
        appellationCount[r] ?? 0,
        toMap(core[r] ?? []),
        coreCount[r] ?? 0,
      ),
    );
  });
  return out;
}

/** Compiled item term ids by dense item id; throws `SNAPSHOT_CORRUPT` when malformed. */
function itemsFrom(v: unknown, itemCount: number, termCount: number): Map<number, number[]> {
  if (!isObj(v) || !Array.isArray(v.ids) || !v.ids.every((i) => Number.isInteger(i) && i >= 0 && i < itemCount)) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: TRAININGS_FILE, reason: 'items: bad ids' });
  }
  const ids = v.ids as number[];
  const terms = fromCsr(v.terms, ids.length, termCount, 'items.terms');
  return new Map(ids.map((i, r) => [i, terms[r] ?? []]));
}

/**
 * The term lists of `data` (a parsed models/trainings.json) when it was compiled for `s`: null when it has another
 * format or format version, or comes from other texts (then the index extracts the terms itself, with the same
 * result). Throws `SNAPSHOT_CORRUPT` when it claims to match but is malformed.
 */
export function checkCompiledTerms(s: Snapshot, data: unknown): CertTermLists | null {
  if (!isObj(data) || data.format !== TRAININGS_FORMAT || data.formatVersion !== TRAININGS_FORMAT_VERSION) return null;
  const fiches: unknown = isObj(data.fiches) ? data.fiches.ids : undefined;
  const ficheCount = s.file.fiches.code.length;
  if (!Array.isArray(fiches) || !fiches.every((f) => Number.isInteger(f) && f >= 0 && f < ficheCount)) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: TRAININGS_FILE, reason: 'fiches: bad ids' });
  }
  if (data.fingerprint !== textsFingerprint(s, fiches as number[])) return null;
  const terms: unknown = data.terms;
  if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string') || new Set(terms).size !== terms.length) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: TRAININGS_FILE, reason: 'terms: expected distinct strings' });
  }
  const df: unknown = data.ficheTitleDf;
  if (!Array.isArray(df) || df.length !== terms.length || !df.every((x) => Number.isInteger(x) && x >= 0)) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: TRAININGS_FILE, reason: 'ficheTitleDf: expected counts' });
  }
  const f = s.file;
  return {
    itemTerms: itemsFrom(data.items, f.items.label.length, terms.length),
    ficheTexts: fichesFrom(data.fiches, f.fiches.code.length, terms.length),
    ficheTitleDf: df as number[],
    terms: terms as string[],
    formacodes: fromCsr(data.formacodes, f.formacodes.label.length, terms.length, 'formacodes'),
    nsf: fromCsr(data.nsf, f.nsf.label.length, terms.length, 'nsf'),
    titles: fromCsr(data.titles, f.certifications.title.length, terms.length, 'titles'),
  };
}

/**
 * The compiled term lists of `s` from `path` (default: the bundled models/trainings.json), or null when the file is
 * absent or was not compiled for these texts (see {@link checkCompiledTerms}). Synchronous: a few milliseconds.
 */
export function loadCompiledTerms(s: Snapshot, path?: string): CertTermLists | null {
  let file = path;
  if (file === undefined) {
    try {
      file = join(modelsDir(TRAININGS_FILE), TRAININGS_FILE);
    } catch {
      return null;
    }
  }
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: file, reason: 'not valid JSON' }, { cause: e });
  }
  return checkCompiledTerms(s, data);
}
