import { z } from 'zod';

/** Kinds of CV sections boussole recognises. */
export const SectionKindSchema = z.enum([
  'profile',
  'experience',
  'education',
  'skills',
  'languages',
  'certifications',
  'projects',
  'interests',
  'other',
]);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/** Formats boussole reads; detected from the bytes. */
export const CvFormatSchema = z.enum(['pdf', 'docx', 'odt', 'text', 'markdown', 'json-resume']);
export type CvFormat = z.infer<typeof CvFormatSchema>;

export const CvLanguageCodeSchema = z.enum(['fr', 'en']);

/** A month-precision date as written in a CV. `month` is 1..12 when given. */
export const CvDateSchema = z.object({
  year: z.number().int().min(1900).max(2100),
  month: z.number().int().min(1).max(12).optional(),
});
export type CvDate = z.infer<typeof CvDateSchema>;

/** A span of `CvDocument.text`: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/**
 * A section. Its span covers the body only, from the first character after the heading (after the colon of
 * an inline heading such as "Langues : anglais") to the end of its last line; `text` is that slice of
 * `CvDocument.text`. An empty section has start === end, at the end of its heading.
 */
export const CvSectionSchema = SpanSchema.extend({
  kind: SectionKindSchema,
  /** The heading as written ("Expériences professionnelles"), empty for text before the first heading. */
  heading: z.string(),
  text: z.string(),
});
export type CvSection = z.infer<typeof CvSectionSchema>;

/**
 * One job. `start`/`end` are the dates as written (a lone date gives start = end; a current job has no `end`);
 * the entry's character offsets are in `span` (a `SpanSchema.extend` would have its start/end overwritten by the dates).
 */
export const CvExperienceSchema = z.object({
  /** The job title as written; '' when the header names only an employer. */
  title: z.string(),
  employer: z.string().optional(),
  location: z.string().optional(),
  start: CvDateSchema.optional(),
  end: CvDateSchema.optional(),
  /** True for "aujourd'hui", "à ce jour", "en cours", "present", "now", "depuis mars 2021"… */
  current: z.boolean(),
  /**
   * Duration in months, both months included (janv.→mars = 3), when start is known (or, failing dates, a
   * written duration such as "(18 mois)"). Current jobs end at the reference date. Year-only ranges count
   * (endYear − startYear) × 12, at least 12 ("2019 – 2020" = 12, "2019" = 12).
   */
  months: z.number().int().min(0).optional(),
  /** The lines after the header, bullets stripped, wrapped lines joined. */
  description: z.array(z.string()),
  /** The entry's span of `CvDocument.text`, header included. */
  span: SpanSchema,
});
export type CvExperience = z.infer<typeof CvExperienceSchema>;

/** French qualification level (nomenclature 2019): 3 = CAP … 8 = doctorat. */
export const QualificationLevelSchema = z.number().int().min(3).max(8);

/** A diploma or course; start/end are the entry's offsets in `CvDocument.text`. */
export const CvEducationSchema = SpanSchema.extend({
  /** The diploma as written, without qualifiers ("Baccalauréat STMG", not "…, spécialité mercatique (niveau 4)"). */
  diploma: z.string(),
  institution: z.string().optional(),
  /** Year obtained: the end year of a range, the year of a lone date; none for a course in progress. */
  year: z.number().int().optional(),
  level: QualificationLevelSchema.optional(),
});
export type CvEducation = z.infer<typeof CvEducationSchema>;

/** A certification (AWS, CCNA, PMP, TOEIC…); start/end are its offsets in `CvDocument.text`. */
export const CvCertificationSchema = SpanSchema.extend({
  name: z.string(),
  year: z.number().int().optional(),
});
export type CvCertification = z.infer<typeof CvCertificationSchema>;

export const CefrLevelSchema = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']);
export type CefrLevel = z.infer<typeof CefrLevelSchema>;

export const CvLanguageSchema = z.object({
  /** ISO 639-1 code when known ("en", "es"…), else the name lower-cased. */
  code: z.string(),
  /** The language name as written. */
  name: z.string(),
  /**
   * CEFR level: explicit (B2), else from a score (TOEIC, TOEFL, IELTS), else from words: maternelle/native =
   * native, bilingue = C2, courant/fluent = C1, professionnel = B2, intermédiaire = B1, scolaire/basic = A2,
   * notions/débutant = A1.
   */
  level: CefrLevelSchema.optional(),
  /** The level as written ("courant", "TOEIC 850"…). */
  levelText: z.string().optional(),
});
export type CvLanguage = z.infer<typeof CvLanguageSchema>;

export const CvUrlSchema = z.object({
  kind: z.enum(['linkedin', 'github', 'gitlab', 'portfolio', 'other']),
  url: z.string(),
});

export const CvContactSchema = z.object({
  name: z.string().optional(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  urls: z.array(CvUrlSchema),
});
export type CvContact = z.infer<typeof CvContactSchema>;

export const CvWarningSchema = z.object({ code: z.string(), message: z.string() });
export type CvWarning = z.infer<typeof CvWarningSchema>;

/** The result of reading a CV: plain, JSON-serialisable, in reading order. */
export const CvDocumentSchema = z.object({
  format: CvFormatSchema,
  language: CvLanguageCodeSchema,
  pages: z.number().int().min(0),
  text: z.string(),
  warnings: z.array(CvWarningSchema),
  sections: z.array(CvSectionSchema),
  experiences: z.array(CvExperienceSchema),
  education: z.array(CvEducationSchema),
  certifications: z.array(CvCertificationSchema),
  languages: z.array(CvLanguageSchema),
  contact: CvContactSchema,
  /** True when contact details and the name line were removed (`{ redact: true }`). */
  redacted: z.boolean(),
});
export type CvDocument = z.infer<typeof CvDocumentSchema>;
