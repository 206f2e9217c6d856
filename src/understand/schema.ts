import { z } from 'zod';
import { CvLanguageSchema, QualificationLevelSchema, SectionKindSchema } from '../read/schema.js';

/** Kind of a skill: ROME savoir-faire, savoir-être, savoir, or an ESCO skill with no ROME counterpart. */
export const SkillKindSchema = z.enum(['savoir-faire', 'savoir-etre', 'savoir', 'esco']);
export type SkillKind = z.infer<typeof SkillKindSchema>;

export const ProficiencySchema = z.enum(['notions', 'intermediate', 'advanced', 'expert']);
export type Proficiency = z.infer<typeof ProficiencySchema>;

/** Where a skill was seen: offsets into the text given to `profile` / `extractSkills`. */
export const MentionSchema = z.object({
  section: SectionKindSchema.nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The text as written. */
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const ProfileSkillSchema = z.object({
  /** ROME `code_ogr` (as a string) or ESCO concept URI. */
  id: z.string(),
  label: z.string(),
  kind: SkillKindSchema,
  /** 0..1 */
  confidence: z.number().min(0).max(1),
  mentions: z.array(MentionSchema),
  /** Months of practice: sum of dated experiences where the skill is mentioned. */
  months: z.number().int().min(0).optional(),
  proficiency: ProficiencySchema.optional(),
});
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;

export const ProfileOccupationSchema = z.object({
  /** The job title as written in the CV. */
  title: z.string(),
  /** ROME 4.0 fiche code, e.g. "D1214". */
  code: z.string(),
  /** code_ogr of the best appellation. */
  appellation: z.string(),
  /** Label of the best appellation. */
  label: z.string(),
  /** 0..1 */
  score: z.number().min(0).max(1),
  months: z.number().int().min(0).optional(),
  /** Months between the end of this job and the reference date (0 = current). */
  recencyMonths: z.number().int().min(0).optional(),
  current: z.boolean(),
});
export type ProfileOccupation = z.infer<typeof ProfileOccupationSchema>;

/** A person's profile in ROME 4.0 terms. Plain and JSON-serialisable. */
export const ProfileSchema = z.object({
  language: z.enum(['fr', 'en']),
  skills: z.array(ProfileSkillSchema),
  occupations: z.array(ProfileOccupationSchema),
  educationLevel: QualificationLevelSchema.nullable(),
  languages: z.array(CvLanguageSchema),
  totalMonths: z.number().int().min(0),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const TitleMatchSchema = z.object({
  code: z.string(),
  appellation: z.string(),
  label: z.string(),
  score: z.number().min(0).max(1),
});
export type TitleMatch = z.infer<typeof TitleMatchSchema>;
