import { z } from 'zod';
import { BoussoleError } from '../errors.js';

/**
 * The parameters of the scoring model (see DESIGN.md, "Matching: the scoring model"). Every number is documented with its default and its
 * allowed range; {@link resolveParams} validates overrides against these ranges.
 *
 * The model has three parts:
 * - the **sheet vector**: each item of a sheet weighs `kind × coeur × idf` (certifications listed as savoirs are damped);
 * - the **profile vector**: each held item weighs `confidence × section × practice × proficiency` (0..1), with partial
 *   credit between compétences and their macro-compétence;
 * - the **score**: weighted coverage of the sheet by the profile, bent by a saturating curve, then raised by the
 *   occupational proximity of past jobs: `score = 1 − (1 − skills) × (1 − proximityMix × proximity)`, times 100.
 */
export interface ScoringParams {
  // ── sheet side ────────────────────────────────────────────────────────────────────────────────────────────────
  /** Multiplier of a `coeur_metier` Principale item (plain items weigh 1). Default 3, range 1..10. */
  coreWeight: number;
  /** Multiplier of a `coeur_metier` Émergente item. Default 1.5, range 1..10. */
  emergingWeight: number;
  /** Weight of savoir-faire items. Default 1, range 0..10. */
  savoirFaireWeight: number;
  /** Weight of savoirs (knowledge). Default 0.8, range 0..10. */
  savoirWeight: number;
  /** Weight of savoir-être items (generic soft skills, hard to evidence on a CV). Default 0.3, range 0..10. */
  savoirEtreWeight: number;
  /**
   * Extra factor on savoirs that are certifications or habilitations ("Master mention informatique"): they name a
   * route into the job more than a skill, and a CV rarely maps to them. Default 0.25, range 0..1.
   */
  certificationFactor: number;
  /**
   * Strength of the inverse document frequency over the target set: `idf = 1 + idfStrength × ln(N / df)`, where `N` is
   * the number of sheets and `df` the number that list the item. 0 disables it. Default 0.5, range 0..2.
   */
  idfStrength: number;

  // ── profile side ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Weight of a skill (or job) with no known months of practice: the floor of the practice curve. Default 0.7, range 0..1. */
  practiceFloor: number;
  /**
   * Months of practice at which the practice curve has climbed 63 % of the way from the floor to 1
   * (`floor + (1 − floor)(1 − e^(−months/scale))`). Default 24, range 1..600.
   */
  practiceScale: number;
  /** Weight of a skill by the best CV section it was seen in; `none` when it has no mention or no section. */
  section: SectionWeights;
  /** Weight of a skill by its stated proficiency; `unspecified` when none is stated. */
  proficiency: ProficiencyWeights;
  /** Credit a sheet's macro-compétence gets from a held compétence under it. Default 0.5, range 0..1. */
  macroFromCompetence: number;
  /** Credit a sheet's compétence gets when the person holds its macro-compétence. Default 0.25, range 0..1. */
  competenceFromMacro: number;

  // ── skills curve ──────────────────────────────────────────────────────────────────────────────────────────────
  /**
   * Knee of the saturating curve turning weighted coverage `c` into the skills component:
   * `skills = c (1 + knee) / (c + knee)`; 0 → 0, knee → (1 + knee)/2, 1 → 1. Larger is closer to linear. A CV rarely
   * evidences more than a third of a sheet, so the default makes 15 % coverage worth 66 and 30 % worth 82.
   * Default 0.1, range 0.01..100.
   */
  coverageKnee: number;

  // ── occupational proximity ────────────────────────────────────────────────────────────────────────────────────
  /** Link strength when the sheet is the fiche of a past job. Default 1, range 0..1. */
  sameFiche: number;
  /** Link strength when the sheet shares the ROME v3 parent code of a past job. Default 0.8, range 0..1. */
  sameParent: number;
  /** Strength of the first ROME mobility link of a past job's fiche. Default 0.7, range 0..1. */
  mobilityFirst: number;
  /** Each later mobility link (référentiel order) is multiplied by this. Default 0.95, range 0..1. */
  mobilityDecay: number;
  /** Link strength when the sheet is in the same domaine professionnel as a past job. Default 0.35, range 0..1. */
  sameDomaine: number;
  /** Months after which a past job's weight has lost half of what it can lose. Default 60, range 1..1200. */
  recencyHalfLife: number;
  /** Weight left to a job that ended long ago. Default 0.4, range 0..1. */
  recencyFloor: number;
  /**
   * How much proximity can fill the gap the skills leave: `score = 1 − (1 − skills)(1 − mix × proximity)`.
   * 0 ignores past jobs. Default 0.8, range 0..1 (calibrated on the fixture CVs: lower values let generic sheets outrank the current job's own fiche).
   */
  proximityMix: number;
}

/** Weights by CV section (0..1 each). */
export interface SectionWeights {
  experience: number;
  projects: number;
  certifications: number;
  skills: number;
  education: number;
  profile: number;
  other: number;
  languages: number;
  interests: number;
  /** No mention, or a mention outside any known section. */
  none: number;
}

/** Weights by stated proficiency (0..1 each). */
export interface ProficiencyWeights {
  notions: number;
  intermediate: number;
  advanced: number;
  expert: number;
  unspecified: number;
}

/** The defaults, frozen. */
export const DEFAULT_PARAMS: Readonly<ScoringParams> = Object.freeze({
  coreWeight: 3,
  emergingWeight: 1.5,
  savoirFaireWeight: 1,
  savoirWeight: 0.8,
  savoirEtreWeight: 0.3,
  certificationFactor: 0.25,
  idfStrength: 0.5,
  practiceFloor: 0.7,
  practiceScale: 24,
  section: Object.freeze({
    experience: 1,
    projects: 0.9,
    certifications: 0.9,
    skills: 0.85,
    education: 0.75,
    profile: 0.75,
    other: 0.7,
    languages: 0.6,
    interests: 0.4,
    none: 0.7,
  }),
  proficiency: Object.freeze({ notions: 0.6, intermediate: 0.85, advanced: 1, expert: 1, unspecified: 1 }),
  macroFromCompetence: 0.5,
  competenceFromMacro: 0.25,
  coverageKnee: 0.1,
  sameFiche: 1,
  sameParent: 0.8,
  mobilityFirst: 0.7,
  mobilityDecay: 0.95,
  sameDomaine: 0.35,
  recencyHalfLife: 60,
  recencyFloor: 0.4,
  proximityMix: 0.8,
});

const unit = z.number().min(0).max(1);
const partialRecord = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, unit.optional()])) as Record<K, z.ZodOptional<typeof unit>>);

const SECTION_KEYS = Object.keys(DEFAULT_PARAMS.section) as (keyof SectionWeights)[];
const PROFICIENCY_KEYS = Object.keys(DEFAULT_PARAMS.proficiency) as (keyof ProficiencyWeights)[];

/** Zod schema of parameter overrides: every key optional, `section` and `proficiency` merged key by key. */
export const ScoringParamsInputSchema = z.strictObject({
  coreWeight: z.number().min(1).max(10).optional(),
  emergingWeight: z.number().min(1).max(10).optional(),
  savoirFaireWeight: z.number().min(0).max(10).optional(),
  savoirWeight: z.number().min(0).max(10).optional(),
  savoirEtreWeight: z.number().min(0).max(10).optional(),
  certificationFactor: unit.optional(),
  idfStrength: z.number().min(0).max(2).optional(),
  practiceFloor: unit.optional(),
  practiceScale: z.number().min(1).max(600).optional(),
  section: partialRecord(SECTION_KEYS).optional(),
  proficiency: partialRecord(PROFICIENCY_KEYS).optional(),
  macroFromCompetence: unit.optional(),
  competenceFromMacro: unit.optional(),
  coverageKnee: z.number().min(0.01).max(100).optional(),
  sameFiche: unit.optional(),
  sameParent: unit.optional(),
  mobilityFirst: unit.optional(),
  mobilityDecay: unit.optional(),
  sameDomaine: unit.optional(),
  recencyHalfLife: z.number().min(1).max(1200).optional(),
  recencyFloor: unit.optional(),
  proximityMix: unit.optional(),
});

/** Parameter overrides: any subset of {@link ScoringParams}; `section` and `proficiency` may be partial too. */
export type ScoringParamsInput = Partial<Omit<ScoringParams, 'section' | 'proficiency'>> & {
  section?: Partial<SectionWeights>;
  proficiency?: Partial<ProficiencyWeights>;
};

/**
 * Merges overrides over {@link DEFAULT_PARAMS}. Returns the defaults object itself when there is nothing to merge.
 * @throws BoussoleError INVALID_ARGUMENT naming the parameter (`params.<name>`) when a value is out of range or unknown.
 */
export function resolveParams(input?: ScoringParamsInput): Readonly<ScoringParams> {
  if (input === undefined) return DEFAULT_PARAMS;
  const parsed = ScoringParamsInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? issue.keys : [])] : [];
    throw new BoussoleError('INVALID_ARGUMENT', {
      option: ['params', ...path].join('.'),
      reason: issue?.message ?? 'invalid parameters',
    });
  }
  const { section, proficiency, ...rest } = parsed.data;
  if (Object.keys(parsed.data).length === 0) return DEFAULT_PARAMS;
  return Object.freeze({
    ...DEFAULT_PARAMS,
    ...rest,
    section: Object.freeze({ ...DEFAULT_PARAMS.section, ...section }),
    proficiency: Object.freeze({ ...DEFAULT_PARAMS.proficiency, ...proficiency }),
  });
}

/** The parameters that shape the sheet vectors (compiled target sets are cached per distinct value of this key). */
export function sheetWeightKey(p: Readonly<ScoringParams>): string {
  return [p.coreWeight, p.emergingWeight, p.savoirFaireWeight, p.savoirWeight, p.savoirEtreWeight, p.certificationFactor, p.idfStrength].join(',');
}

/** `floor + (1 − floor)(1 − e^(−months/scale))`: 0 months → floor, saturating towards 1. Unknown months → floor. */
export function practiceFactor(p: Readonly<ScoringParams>, months: number | undefined): number {
  if (months === undefined || !(months > 0)) return p.practiceFloor;
  return p.practiceFloor + (1 - p.practiceFloor) * (1 - Math.exp(-months / p.practiceScale));
}

/** `floor + (1 − floor) × 2^(−months/halfLife)`: 0 months ago (or a current job) → 1. */
export function recencyFactor(p: Readonly<ScoringParams>, monthsAgo: number | undefined): number {
  if (monthsAgo === undefined || !(monthsAgo > 0)) return 1;
  return p.recencyFloor + (1 - p.recencyFloor) * Math.pow(2, -monthsAgo / p.recencyHalfLife);
}

/** Strength of the `order`-th (1-based) mobility link of a fiche: `mobilityFirst × mobilityDecay^(order − 1)`. */
export function mobilityStrength(p: Readonly<ScoringParams>, order: number): number {
  return p.mobilityFirst * Math.pow(p.mobilityDecay, order - 1);
}
