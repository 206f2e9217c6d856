import { join } from 'node:path';
import { BoussoleError } from '../../errors.js';
import { modelsDir, readModelJson } from '../../snapshot/load.js';
import {
  ESCO_URI_PREFIX,
  LEXICON_FILE,
  LEXICON_FORMAT,
  LEXICON_FORMAT_VERSION,
  type LexiconFile,
} from './lexicon-format.js';
import { unpackUints } from './packing.js';
import { TokenTrie } from './trie.js';

/** Prefix sums of lengths: `offsets[i] .. offsets[i+1]` is row i. */
function offsetsOf(lengths: Uint32Array): Uint32Array {
  const out = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) out[i + 1] = (out[i] ?? 0) + (lengths[i] ?? 0);
  return out;
}

/**
 * The loaded skills lexicon: token table, phrases (token ids, flags, concepts) with their trie, the documents of the
 * phrase-overlap matcher and the ESCO concepts. Read-only after construction.
 */
export class Lexicon {
  /** ROME version label the lexicon was built against. */
  readonly rome: string;
  /** Number of ROME items of that snapshot: concept ids below it are item ids, the others ESCO. */
  readonly itemCount: number;
  readonly tokens: readonly string[];
  readonly tokenIds: ReadonlyMap<string, number>;
  /** Phrase p: tokens `phraseTokens[phraseStart[p] .. phraseStart[p+1])`. */
  readonly phraseStart: Uint32Array;
  readonly phraseTokens: Uint32Array;
  readonly phraseFlags: Uint32Array;
  /** Concepts of phrase p: `targets[targetStart[p] .. targetStart[p+1])`. */
  readonly targetStart: Uint32Array;
  readonly targets: Uint32Array;
  readonly trie: TokenTrie;
  /** Overlap documents: concept, and distinct token ids `docTokens[docStart[d] .. docStart[d+1])`. */
  readonly docConcepts: Uint32Array;
  readonly docStart: Uint32Array;
  readonly docTokens: Uint32Array;
  /** 1 for concepts that are technical evidence. */
  readonly tech: Uint8Array;
  readonly escoIds: readonly string[];
  readonly escoLabels: readonly string[];
  readonly fuzzyNames: readonly string[];
  readonly fuzzyPhrases: Uint32Array;

  constructor(file: LexiconFile, where = 'lexicon') {
    const bad = (reason: string): never => {
      throw new BoussoleError('SNAPSHOT_CORRUPT', { value: where, reason });
    };
    const unpack = (s: string, name: string): Uint32Array => unpackUints(s) ?? bad(`${name} is not valid packed data`);
    this.rome = file.rome;
    this.itemCount = file.items;
    this.tokens = file.tokens;
    this.tokenIds = new Map(file.tokens.map((t, i) => [t, i]));
    const phraseLengths = unpack(file.phrases.lengths, 'phrases.lengths');
    const n = phraseLengths.length;
    this.phraseStart = offsetsOf(phraseLengths);
    this.phraseTokens = unpack(file.phrases.tokens, 'phrases.tokens');
    this.phraseFlags = unpack(file.phrases.flags, 'phrases.flags');
    const targetCounts = unpack(file.phrases.targetCounts, 'phrases.targetCounts');
    this.targetStart = offsetsOf(targetCounts);
    this.targets = unpack(file.phrases.targets, 'phrases.targets');
    this.docConcepts = unpack(file.docs.concepts, 'docs.concepts');
    this.docStart = offsetsOf(unpack(file.docs.lengths, 'docs.lengths'));
    this.docTokens = unpack(file.docs.tokens, 'docs.tokens');
    this.escoIds = file.esco.ids;
    this.escoLabels = file.esco.labels;
    this.fuzzyNames = file.fuzzy.names;
    this.fuzzyPhrases = unpack(file.fuzzy.phrases, 'fuzzy.phrases');

    const concepts = this.conceptCount;
    const T = this.tokens.length;
    if (this.phraseFlags.length !== n || targetCounts.length !== n) bad('phrase tables differ in length');
    if (this.phraseStart[n] !== this.phraseTokens.length) bad('phrase lengths do not span the phrase tokens');
    if (this.targetStart[n] !== this.targets.length) bad('target counts do not span the targets');
    if (this.docStart[this.docConcepts.length] !== this.docTokens.length) bad('doc lengths do not span the doc tokens');
    if (this.escoLabels.length !== this.escoIds.length) bad('esco tables differ in length');
    if (this.fuzzyPhrases.length !== this.fuzzyNames.length) bad('fuzzy tables differ in length');
    for (const t of this.phraseTokens) if (t >= T) bad('a phrase refers to a missing token');
    for (const t of this.docTokens) if (t >= T) bad('a document refers to a missing token');
    for (const c of this.targets) if (c >= concepts) bad('a phrase refers to a missing concept');
    for (const c of this.docConcepts) if (c >= concepts) bad('a document refers to a missing concept');
    for (const p of this.fuzzyPhrases) if (p >= n) bad('a fuzzy name refers to a missing phrase');
    this.tech = new Uint8Array(concepts);
    for (const c of unpack(file.tech, 'tech')) {
      if (c >= concepts) bad('tech refers to a missing concept');
      this.tech[c] = 1;
    }
    this.trie = new TokenTrie(Math.max(1, T), this.phraseStart, this.phraseTokens);
  }

  /** ROME items plus ESCO concepts. */
  get conceptCount(): number {
    return this.itemCount + this.escoIds.length;
  }

  /** Number of phrases. */
  get phraseCount(): number {
    return this.phraseFlags.length;
  }

  /** The concepts a phrase stands for. */
  phraseTargets(p: number): Uint32Array {
    return this.targets.subarray(this.targetStart[p] ?? 0, this.targetStart[p + 1] ?? 0);
  }

  /** Full ESCO URI of an ESCO concept id (≥ itemCount). */
  escoUri(concept: number): string {
    return ESCO_URI_PREFIX + (this.escoIds[concept - this.itemCount] ?? '');
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Checks the format, version and shape of a parsed lexicon file; throws SNAPSHOT_VERSION / SNAPSHOT_CORRUPT.
 * A structural check, much cheaper than a zod parse of the string tables (the build validates with
 * `LexiconFileSchema` of lexicon-format.ts once); table consistency is checked by the {@link Lexicon} constructor.
 */
export function checkLexicon(data: unknown, where = 'lexicon'): LexiconFile {
  const bad = (reason: string): never => {
    throw new BoussoleError('SNAPSHOT_CORRUPT', { value: where, reason });
  };
  if (!isObj(data) || data.format !== LEXICON_FORMAT) return bad('not a boussole lexicon');
  if (data.formatVersion !== LEXICON_FORMAT_VERSION) {
    throw new BoussoleError('SNAPSHOT_VERSION', { value: String(data.formatVersion), limit: LEXICON_FORMAT_VERSION });
  }
  const { phrases, docs, esco, fuzzy } = data;
  if (typeof data.rome !== 'string' || !Number.isInteger(data.items) || !isObj(data.counts)) bad('header is incomplete');
  if (!isStrings(data.tokens)) bad('tokens is not a list of strings');
  if (!isObj(esco) || !isStrings(esco.ids) || !isStrings(esco.labels)) bad('esco is missing');
  if (!isObj(fuzzy) || !isStrings(fuzzy.names) || typeof fuzzy.phrases !== 'string') bad('fuzzy is missing');
  if (!isObj(phrases) || !['lengths', 'tokens', 'flags', 'targetCounts', 'targets'].every((k) => typeof phrases[k] === 'string')) {
    bad('phrases is missing');
  }
  if (!isObj(docs) || !['concepts', 'lengths', 'tokens'].every((k) => typeof docs[k] === 'string')) bad('docs is missing');
  if (typeof data.tech !== 'string') bad('tech is missing');
  return data as LexiconFile;
}

/**
 * Loads the skills lexicon from a path (default: the bundled `models/lexicon.json`) or from an already-parsed object.
 * Throws SNAPSHOT_NOT_FOUND, SNAPSHOT_VERSION or SNAPSHOT_CORRUPT.
 */
export async function loadLexicon(source?: string | LexiconFile): Promise<Lexicon> {
  if (source !== undefined && typeof source !== 'string') return new Lexicon(checkLexicon(source));
  const path = source ?? join(modelsDir(LEXICON_FILE), LEXICON_FILE);
  return new Lexicon(checkLexicon(await readModelJson(path), path), path);
}
