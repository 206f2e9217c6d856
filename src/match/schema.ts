import { z } from 'zod';
import { ScoringParamsInputSchema } from './params.js';

/** Largest `limit` (the number of ROME 4.0 fiches). */
export const MAX_LIMIT = 1584;

/**
 * Options of `match` / `matchMany`.
 * - `limit`: number of results, default 10, 1..1584 (fewer when the target set is smaller);
 * - `sheets`: the target set, `'digital'` (default, the 153 digital sheets), `'all'` (the 1,584 fiches) or a list of
 *   ROME codes (case-insensitive, duplicates ignored; an unknown code throws `UNKNOWN_CODE`);
 * - `explain`: build `matched` / `missing` / `mobility` for the returned sheets, default true;
 * - `params`: scoring parameter overrides (see `ScoringParams`).
 */
export const MatchOptionsSchema = z.strictObject({
  limit: z.number().int().min(1).max(MAX_LIMIT).default(10),
  sheets: z.union([z.literal('digital'), z.literal('all'), z.array(z.string()).min(1)]).default('digital'),
  explain: z.boolean().default(true),
  params: ScoringParamsInputSchema.optional(),
});
/** Options as callers write them (everything optional). */
export type MatchOptionsInput = z.input<typeof MatchOptionsSchema>;
/** Options with defaults applied. */
export type MatchOptions = z.output<typeof MatchOptionsSchema>;

const unit = z.number().min(0).max(1);
const ItemKindSchema = z.enum(['savoir-faire', 'savoir-etre', 'savoir']);
const CoreSchema = z.enum(['principale', 'emergente']);

/** The profile skill that earned a credit (no CV text: counts only). */
export const EvidenceSchema = z.object({
  /** The profile skill's id (ROME `code_ogr`). */
  skill: z.string(),
  label: z.string(),
  confidence: unit,
  /** Number of places the CV mentions it. */
  mentions: z.number().int().min(0),
  /** Months of practice, when known. */
  months: z.number().int().min(0).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A sheet item the person holds (fully or partly). */
export const MatchedItemSchema = z.object({
  ogr: z.string(),
  label: z.string(),
  kind: ItemKindSchema,
  /** `coeur_metier` of the item in this sheet; null for a plain item. */
  core: CoreSchema.nullable(),
  /** Share of the sheet's total weight this item carries, 0..1. */
  weight: unit,
  /** Credit the profile earns on it, 0..1 (its contribution to coverage is `weight × credit`). */
  credit: unit,
  /**
   * `direct`: the person holds the item; `competence`: the sheet lists a macro-compétence and the person holds a
   * compétence under it; `macro`: the sheet lists a compétence and the person holds its macro-compétence.
   */
  via: z.enum(['direct', 'competence', 'macro']),
  evidence: EvidenceSchema,
});
export type MatchedItem = z.infer<typeof MatchedItemSchema>;

/** A core item of the sheet the person lacks (the gap). */
export const MissingItemSchema = z.object({
  ogr: z.string(),
  label: z.string(),
  kind: ItemKindSchema,
  core: CoreSchema,
  /** Share of the sheet's total weight, 0..1. */
  weight: unit,
});
export type MissingItem = z.infer<typeof MissingItemSchema>;

/** The past job that brings the person closest to the sheet, and by which link. */
export const MobilitySchema = z.object({
  /** Index of the job in `profile.occupations`. */
  occupation: z.number().int().min(0),
  /** ROME code and title of that job's fiche. */
  from: z.string(),
  fromTitle: z.string(),
  link: z.enum(['same-fiche', 'same-parent', 'mobility', 'same-domaine']),
  /** Rank (1-based) of the mobility link in the référentiel's list; only for `mobility`. */
  order: z.number().int().min(1).optional(),
  /** Strength of the link, 0..1. */
  strength: unit,
  /** The job's weight times the strength: the proximity component, 0..1. */
  weight: unit,
});
export type Mobility = z.infer<typeof MobilitySchema>;

/** The parts of a score, each 0..1. */
export const ComponentsSchema = z.object({
  /** Weighted share of the sheet the profile covers. */
  coverage: unit,
  /** Coverage bent by the saturating curve: the skills component. */
  skills: unit,
  /** Weighted share of the sheet's core (Principale and Émergente) items covered. */
  coreCoverage: unit,
  /** Occupational proximity from past jobs. */
  proximity: unit,
});
export type Components = z.infer<typeof ComponentsSchema>;

/** One ranked sheet. `matched` / `missing` are empty and `mobility` absent when `explain` is false. */
export const MatchResultSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** 0..100, in steps of 0.01. */
  score: z.number().min(0).max(100),
  components: ComponentsSchema,
  /** Held items, largest contribution first. */
  matched: z.array(MatchedItemSchema),
  /** Core items lacked: Principale before Émergente, then heavier first, then by label. */
  missing: z.array(MissingItemSchema),
  mobility: MobilitySchema.optional(),
});
export type MatchResult = z.infer<typeof MatchResultSchema>;
