import { z } from 'zod';

/** The schema's `iso8601` pattern (YYYY, YYYY-MM or YYYY-MM-DD), plus '' for "no date", a common export quirk. */
const iso8601 = z
  .string()
  .regex(/^(?:[1-2]\d{3}-[0-1]\d-[0-3]\d|[1-2]\d{3}-[0-1]\d|[1-2]\d{3})?$/, 'expected an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)');
const str = z.string().optional();
const strings = z.array(z.string()).optional();
const date = iso8601.optional();

/**
 * JSON Resume v1.0.0 (https://jsonresume.org/schema), written as zod. Every field is optional and unknown
 * fields are allowed, as in the official JSON Schema.
 */
export const JsonResumeSchema = z.looseObject({
  $schema: str,
  basics: z
    .looseObject({
      name: str,
      label: str,
      image: str,
      email: str,
      phone: str,
      url: str,
      summary: str,
      location: z.looseObject({ address: str, postalCode: str, city: str, countryCode: str, region: str }).optional(),
      profiles: z.array(z.looseObject({ network: str, username: str, url: str })).optional(),
    })
    .optional(),
  work: z
    .array(
      z.looseObject({
        name: str,
        location: str,
        description: str,
        position: str,
        url: str,
        startDate: date,
        endDate: date,
        summary: str,
        highlights: strings,
      }),
    )
    .optional(),
  volunteer: z
    .array(
      z.looseObject({ organization: str, position: str, url: str, startDate: date, endDate: date, summary: str, highlights: strings }),
    )
    .optional(),
  education: z
    .array(
      z.looseObject({
        institution: str,
        url: str,
        area: str,
        studyType: str,
        startDate: date,
        endDate: date,
        score: str,
        courses: strings,
      }),
    )
    .optional(),
  awards: z.array(z.looseObject({ title: str, date, awarder: str, summary: str })).optional(),
  certificates: z.array(z.looseObject({ name: str, date, url: str, issuer: str })).optional(),
  publications: z.array(z.looseObject({ name: str, publisher: str, releaseDate: date, url: str, summary: str })).optional(),
  skills: z.array(z.looseObject({ name: str, level: str, keywords: strings })).optional(),
  languages: z.array(z.looseObject({ language: str, fluency: str })).optional(),
  interests: z.array(z.looseObject({ name: str, keywords: strings })).optional(),
  references: z.array(z.looseObject({ name: str, reference: str })).optional(),
  projects: z
    .array(
      z.looseObject({
        name: str,
        description: str,
        highlights: strings,
        keywords: strings,
        startDate: date,
        endDate: date,
        url: str,
        roles: strings,
        entity: str,
        type: str,
      }),
    )
    .optional(),
  meta: z.looseObject({ canonical: str, version: str, lastModified: str }).optional(),
});
export type JsonResume = z.infer<typeof JsonResumeSchema>;
