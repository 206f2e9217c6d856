import { BoussoleError } from '../../errors.js';
import { FLAG } from '../../snapshot/format.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { stem } from '../text/stem.js';
import { analyzeTitle, contextTerms } from './analyze.js';
import { EN_TO_FR } from './english.js';
import { TECH_HINTS } from './hints.js';
import { compileProfile, ficheTexts, unpackProfile, type CompiledProfile, type FicheTexts } from './profile.js';
import { FEATURE_COUNT, RANK_FEATURES, type RankerModel } from './ranker.js';

/** A reviewed extra title (English title, common French variant) and the fiche it names. */
export interface TitleAlias {
  title: string;
  code: string;
}

export const TITLE_MODEL_FORMAT = 'boussole-titles';
export const TITLE_MODEL_VERSION = 2;
/** File name of the compiled title index inside `models/`. */
export const TITLE_MODEL_FILE = 'titles.json';

/**
 * The compiled title index: every analysed label (appellation forms, fiche titles, aliases) as term ids.
 * Plain JSON; {@link TitleIndex} builds its postings from it in a few milliseconds.
 */
export interface TitleModel {
  format: typeof TITLE_MODEL_FORMAT;
  version: number;
  /** ROME version of the snapshot it was compiled from (must match at load time). */
  rome: string;
  /** Index terms: folded, gender/number-folded words. */
  terms: string[];
  docs: {
    /** Fiche index of each label. */
    fiche: number[];
    /** Appellation index, -1 for fiche titles and aliases. */
    app: number[];
    /** 1 main appellation / fiche title / alias, 0 other, -1 rarely used appellation. */
    prior: number[];
    /** Term id of the head noun. */
    head: number[];
    /** Terms of label `d` are `terms[offsets[d] .. offsets[d+1])`, in label order. */
    offsets: number[];
    terms: number[];
  };
  /** Per fiche, the terms of its definition: fiche `f` has `terms[offsets[f] .. offsets[f+1])`. */
  context: { offsets: number[]; terms: number[] };
  /** French stems of label words and the most frequent label word of each stem (rescues unknown forms). */
  stems: { stem: string[]; word: string[] };
  /** Typo-rescue vocabulary: words as written (folded) and the index word each stands for. */
  vocabulary: { raw: string[]; word: string[] };
  /** Per fiche, the derivational roots of its titles and texts, by field (see `PROFILE_FIELDS`). */
  profile: CompiledProfile;
  /** The trained ranker (see `trainRanker`), absent from a model that was only compiled. */
  ranker?: RankerModel;
}

/**
 * Compiles the title index of a snapshot: analyses ~13,000 appellations (masculine, feminine and short
 * forms), the 1,584 fiche titles and the reviewed aliases, and the fiche profiles. Deterministic. Throws
 * `UNKNOWN_CODE` when an alias names a fiche absent from the snapshot.
 * @param texts the roots of the fiche texts (default: computed from the snapshot; pass them to compile several
 *   indexes of one snapshot that differ only by their appellations).
 */
export function compileTitles(
  snapshot: Snapshot,
  aliases: readonly TitleAlias[],
  texts: FicheTexts = ficheTexts(snapshot),
): TitleModel {
  const file = snapshot.file;
  const apps = file.appellations;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const docs: TitleModel['docs'] = { fiche: [], app: [], prior: [], head: [], offsets: [0], terms: [] };
  const vocabulary = new Map<string, string>();
  const seen = new Set<string>();
  const termOf = (key: string): number => {
    let id = termIds.get(key);
    if (id === undefined) {
      id = terms.length;
      termIds.set(key, id);
      terms.push(key);
    }
    return id;
  };
  const add = (text: string, fiche: number, app: number, prior: number, expand: boolean): void => {
    const t = analyzeTitle(text, expand);
    if (t.words.length === 0) return;
    const sig = `${fiche}|${t.words.join(' ')}`;
    t.raw.forEach((r, i) => {
      if (!vocabulary.has(r)) vocabulary.set(r, t.words[i] ?? r);
    });
    if (seen.has(sig)) return;
    seen.add(sig);
    const ids = t.words.map(termOf);
    docs.fiche.push(fiche);
    docs.app.push(app);
    docs.prior.push(prior);
    docs.head.push(ids[t.head] ?? 0);
    docs.terms.push(...ids);
    docs.offsets.push(docs.terms.length);
  };
  for (let i = 0; i < apps.ogr.length; i++) {
    const f = apps.fiche[i] ?? 0;
    const flags = apps.flags[i] ?? 0;
    const prior = flags & FLAG.PRINCIPALE ? 1 : flags & FLAG.PEU_USITE ? -1 : 0;
    add(apps.masculine[i] ?? '', f, i, prior, false);
    if (apps.feminine[i]) add(apps.feminine[i] ?? '', f, i, prior, false);
    if (apps.short[i]) add(apps.short[i] ?? '', f, i, prior, false);
    add(apps.long[i] ?? '', f, i, prior, false);
  }
  file.fiches.title.forEach((title, f) => add(title, f, -1, 1, false));
  for (const alias of aliases) {
    const f = snapshot.ficheId(alias.code);
    if (f < 0) throw new BoussoleError('UNKNOWN_CODE', { value: alias.code, reason: `title alias "${alias.title}"` });
    add(alias.title, f, -1, 1, true);
  }
  const context: TitleModel['context'] = { offsets: [0], terms: [] };
  for (const def of file.fiches.definition) {
    context.terms.push(...contextTerms(def).map(termOf).sort((x, y) => x - y));
    context.offsets.push(context.terms.length);
  }
  for (const w of [...EN_TO_FR.keys(), ...TECH_HINTS.keys()]) if (!vocabulary.has(w)) vocabulary.set(w, w);
  const raw = [...vocabulary.keys()].sort();
  const labelWordCount = new Map<number, number>();
  for (const t of docs.terms) labelWordCount.set(t, (labelWordCount.get(t) ?? 0) + 1);
  const byStem = new Map<string, number>();
  for (const [t, n] of [...labelWordCount].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const key = stem(terms[t] ?? '', 'fr');
    if (!byStem.has(key) && n > 0) byStem.set(key, t);
  }
  const stemKeys = [...byStem.keys()].sort();
  return {
    format: TITLE_MODEL_FORMAT,
    version: TITLE_MODEL_VERSION,
    rome: snapshot.info.rome,
    terms,
    docs,
    context,
    stems: { stem: stemKeys, word: stemKeys.map((k) => terms[byStem.get(k) ?? 0] ?? '') },
    vocabulary: { raw, word: raw.map((r) => vocabulary.get(r) ?? r) },
    profile: compileProfile(terms, texts),
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x));
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Checks a parsed `titles.json` (format, version, ROME version, table shapes and id ranges) and returns it
 * typed. Throws `SNAPSHOT_VERSION` or `SNAPSHOT_CORRUPT`.
 */
export function checkTitleModel(data: unknown, snapshot: Snapshot, where = TITLE_MODEL_FILE): TitleModel {
  const bad = (reason: string): never => {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: where, reason });
  };
  if (!isObj(data) || data.format !== TITLE_MODEL_FORMAT) return bad('not a boussole title index');
  if (data.version !== TITLE_MODEL_VERSION) {
    throw new BoussoleError('SNAPSHOT_VERSION', { value: String(data.version), limit: TITLE_MODEL_VERSION });
  }
  if (data.rome !== snapshot.info.rome) return bad(`compiled for "${String(data.rome)}", snapshot is "${snapshot.info.rome}"`);
  const { terms, docs, vocabulary, context } = data;
  if (!isStrArray(terms) || !isObj(docs) || !isObj(vocabulary) || !isObj(context)) return bad('missing tables');
  if (!isIntArray(context.offsets) || !isIntArray(context.terms) || context.offsets.length !== snapshot.ficheCount + 1) {
    return bad('context tables');
  }
  if (context.terms.some((t) => t < 0 || t >= terms.length)) return bad('context term id out of range');
  const { fiche, app, prior, head, offsets, terms: docTerms } = docs;
  if (![fiche, app, prior, head, offsets, docTerms].every(isIntArray)) return bad('docs tables are not integer arrays');
  const n = (fiche as number[]).length;
  if ([app, prior, head].some((a) => (a as number[]).length !== n) || (offsets as number[]).length !== n + 1) {
    return bad('docs tables have different lengths');
  }
  if ((fiche as number[]).some((f) => f < 0 || f >= snapshot.ficheCount)) return bad('fiche index out of range');
  if ((docTerms as number[]).some((t) => t < 0 || t >= terms.length)) return bad('term id out of range');
  if ((offsets as number[])[n] !== (docTerms as number[]).length) return bad('offsets do not cover the terms');
  if (!isStrArray(vocabulary.raw) || !isStrArray(vocabulary.word) || vocabulary.raw.length !== vocabulary.word.length) {
    return bad('vocabulary tables');
  }
  const { stems, profile, ranker } = data;
  if (!isObj(stems) || !isStrArray(stems.stem) || !isStrArray(stems.word) || stems.stem.length !== stems.word.length) {
    return bad('stem tables');
  }
  if (!isObj(profile) || !isStrArray(profile.roots) || typeof profile.termRoot !== 'string' || !Array.isArray(profile.fields)) {
    return bad('profile tables');
  }
  const fields = profile.fields as unknown[];
  if (!fields.every((f) => isObj(f) && typeof f.counts === 'string' && typeof f.deltas === 'string')) return bad('profile fields');
  const unpacked = unpackProfile(profile as unknown as CompiledProfile, terms.length, snapshot.ficheCount);
  if (typeof unpacked === 'string') return bad(unpacked);
  if (ranker !== undefined) {
    const ok = isObj(ranker) && isStrArray(ranker.features) && ranker.features.join() === RANK_FEATURES.join() &&
      Array.isArray(ranker.weights) && ranker.weights.length === FEATURE_COUNT &&
      ranker.weights.every((w) => typeof w === 'number' && Number.isFinite(w)) &&
      Number.isInteger(ranker.candidates) && (ranker.candidates as number) >= 1;
    if (!ok) return bad('ranker (features, weights or candidates)');
  }
  return data as unknown as TitleModel;
}
