import { z } from 'zod';

/**
 * The compiled skills lexicon (`models/lexicon.json`), built with the snapshot by `scripts/lexicon/build-lexicon.ts`.
 *
 * Every phrase is stored pre-tokenised as a sequence of token ids (the content-token keys of
 * {@link ./keys.ts}, stopwords removed), so that the matcher never re-normalises the lexicon at run time.
 * Integer arrays are packed (LEB128 varints, base64: see `packing.ts`); lengths are stored instead of offsets to keep
 * the numbers small.
 *
 * Concept ids: `0 … items-1` are dense ROME item ids of the snapshot (positions in `items`); `items + k` is the k-th
 * ESCO skill of `esco`, kept only when no ROME item carries it.
 *
 * Bump {@link LEXICON_FORMAT_VERSION} on any incompatible change; the loader refuses other versions.
 */
export const LEXICON_FORMAT = 'boussole-lexicon';
export const LEXICON_FORMAT_VERSION = 1;
/** File name of the bundled lexicon inside `models/`. */
export const LEXICON_FILE = 'lexicon.json';
/** Common prefix of ESCO skill URIs; `esco.ids` hold the rest. */
export const ESCO_URI_PREFIX = 'http://data.europa.eu/esco/skill/';

/** Phrase flags (bit set). */
export const PHRASE_FLAG = {
  /** Also an ordinary word or very short (C, R, Go, Tableau): counts only in a list or near technical evidence. */
  AMBIGUOUS: 1,
  /** Counts outside a list only when written with a capital letter (Excel, Word, React). */
  CASED: 2,
  /** Comes from a reviewed alias list. */
  ALIAS: 4,
  /** Comes from a ROME label (or a part of one). */
  ROME: 8,
  /** Comes from an ESCO label or synonym. */
  ESCO: 16,
  /** A one-word label that is an ordinary word (Couture, Finance, Saisie): counts only in a list. */
  GENERIC: 32,
} as const;

const packed = z.string();

export const LexiconFileSchema = z.object({
  format: z.literal(LEXICON_FORMAT),
  formatVersion: z.number().int(),
  /** ROME version label of the snapshot the lexicon was compiled against; the extractor checks it. */
  rome: z.string(),
  /** Number of ROME items of that snapshot (concept ids below it are item ids). */
  items: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int()),
  /** Token keys; ids are positions, most frequent first. */
  tokens: z.array(z.string()),
  esco: z.object({ ids: z.array(z.string()), labels: z.array(z.string()) }),
  /** Surface forms for the exact matcher. */
  phrases: z.object({
    /** Number of tokens of each phrase. */
    lengths: packed,
    /** Token ids of all phrases, concatenated. */
    tokens: packed,
    /** PHRASE_FLAG bits of each phrase. */
    flags: packed,
    /** Number of concepts of each phrase. */
    targetCounts: packed,
    /** Concept ids of all phrases, concatenated. */
    targets: packed,
  }),
  /** Documents of the phrase-overlap matcher: one per ROME compétence or savoir, its distinct token ids. */
  docs: z.object({ concepts: packed, lengths: packed, tokens: packed }),
  /** Sorted concept ids that are technical evidence (IT languages, software, tools) for ambiguous names. */
  tech: packed,
  /** Short names (folded text) for typo matching in skills lists, and the phrase each stands for. */
  fuzzy: z.object({ names: z.array(z.string()), phrases: packed }),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;
