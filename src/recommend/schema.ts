import { z } from 'zod';

/** A code/label pair of a training nomenclature (Formacode, NSF). */
export const TrainingCodeSchema = z.object({ code: z.string(), label: z.string() });
export type TrainingCode = z.infer<typeof TrainingCodeSchema>;

const unit = z.number().min(0).max(1);

/** Why a certification was recommended: the score's components (each 0..1) and short French sentences. */
export const TrainingWhySchema = z.object({
  /**
   * Fit of the certification's title (or, when it has none, its predecessor's) to the sheet's title, appellations and
   * core skills.
   */
  titleFit: unit,
  /** Fit of its Formacode and NSF labels to the same sheet text. */
  formacodeFit: unit,
  /** Share of the person's gap (the sheet's missing core items, most important first) its texts cover. */
  gapCoverage: unit,
  /** 1 at the next level up from the person's education (or the same), less far above or below. */
  levelFit: unit,
  /** 1 active, 0.75 status unknown, 0.25 known to be retired. */
  status: unit,
  /** The retired certification this one replaces (its successor link), when it came in through that link. */
  replaces: z.string().optional(),
  /** Short French sentences for a reader, most telling first. */
  reasons: z.array(z.string()),
});
export type TrainingWhy = z.infer<typeof TrainingWhySchema>;

/** One recommended RNCP certification. Plain and JSON-serialisable. */
export const TrainingRecommendationSchema = z.object({
  /** RNCP identifier, e.g. "RNCP37674". */
  id: z.string().regex(/^RNCP\d+$/),
  /** Title as published; null when the sources do not give one (recent certifications). */
  title: z.string().nullable(),
  /** French qualification level 3..8; null when unknown. */
  level: z.number().int().min(3).max(8).nullable(),
  /** true active, false retired, null unknown. */
  active: z.boolean().nullable(),
  certifiers: z.array(z.string()),
  formacodes: z.array(TrainingCodeSchema),
  nsf: z.array(TrainingCodeSchema),
  /** 0..100, one decimal. */
  score: z.number().min(0).max(100),
  why: TrainingWhySchema,
});
export type TrainingRecommendation = z.infer<typeof TrainingRecommendationSchema>;

/** Options of `recommendTrainings`. */
export const TrainingOptionsSchema = z.object({
  /** Number of certifications returned, 1..50. Default 5. */
  limit: z.number().int().min(1).max(50).default(5),
  /**
   * Drop certifications known to be retired. Default true. A retired certification whose successor is not
   * known to be retired is replaced by that successor (with `why.replaces`) whatever this option says.
   */
  activeOnly: z.boolean().default(true),
  /** Highest qualification level to propose, 3..8. Certifications with an unknown level are kept. */
  maxLevel: z.number().int().min(3).max(8).optional(),
  /**
   * The sheet's missing core items (ROME `code_ogr` strings, most important first), as `match` returns them.
   * Default: the sheet's core items minus the items in `profile.skills`.
   */
  gap: z.array(z.string()).optional(),
});
/** Options as given by a caller (every field optional). */
export type TrainingOptionsInput = z.input<typeof TrainingOptionsSchema>;
/** Options with defaults applied. */
export type TrainingOptions = z.output<typeof TrainingOptionsSchema>;
