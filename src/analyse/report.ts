import { z } from 'zod';
import { MatchResultSchema } from '../match/schema.js';
import { TrainingRecommendationSchema } from '../recommend/schema.js';
import {
  CvCertificationSchema,
  CvEducationSchema,
  CvExperienceSchema,
  CvFormatSchema,
  CvLanguageSchema,
  CvWarningSchema,
  SectionKindSchema,
} from '../read/schema.js';
import { ProfileSchema } from '../understand/schema.js';

export const REPORT_FORMAT = 'boussole-report';
export const REPORT_VERSION = 1;

const span = { start: true, end: true } as const;

/**
 * What the report keeps of the CV: its structure, without the text or the contact details (personal data stays
 * with the caller, who has the `CvDocument` if they need it).
 */
export const ReportCvSchema = z.object({
  format: CvFormatSchema,
  language: z.enum(['fr', 'en']),
  pages: z.number().int().min(0),
  warnings: z.array(CvWarningSchema),
  sections: z.array(z.object({ kind: SectionKindSchema, heading: z.string() })),
  experiences: z.array(CvExperienceSchema.omit({ span: true, description: true })),
  education: z.array(CvEducationSchema.omit(span)),
  certifications: z.array(CvCertificationSchema.omit(span)),
  languages: z.array(CvLanguageSchema),
  redacted: z.boolean(),
});
export type ReportCv = z.infer<typeof ReportCvSchema>;

/** A ranked sheet with the certifications that lead to it. */
export const ReportMatchSchema = MatchResultSchema.extend({
  trainings: z.array(TrainingRecommendationSchema),
});
export type ReportMatch = z.infer<typeof ReportMatchSchema>;

/** The result of `engine.analyse`: read → profile → match → trainings. Plain, JSON-serialisable, versioned. */
export const ReportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  /** Data versions the report was computed with. */
  data: z.object({ rome: z.string(), rncp: z.string() }),
  /** Reference date for durations (ISO date). */
  referenceDate: z.string(),
  /** The target set: 'digital', 'all' or the list of codes. */
  sheets: z.union([z.literal('digital'), z.literal('all'), z.array(z.string())]),
  cv: ReportCvSchema,
  profile: ProfileSchema,
  matches: z.array(ReportMatchSchema),
  /** Attributions to display with the results (Licence Ouverte requires them). */
  attributions: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;
