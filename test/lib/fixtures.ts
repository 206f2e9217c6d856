/** Loads the CV fixture corpus (fixtures/cv): manifest, expected outputs written by hand, file bytes. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'cv');

export interface ManifestFile {
  file: string;
  cv?: string;
  format: string;
  tool: string;
  layout: string | null;
  pages?: number;
  language?: string;
  expectedError?: string;
}

export interface ExpectedDate { year: number; month?: number }
export interface ExpectedCv {
  name: string;
  files: string[];
  language: 'fr' | 'en';
  sections: { kind: string; heading: string }[];
  experiences: { title: string; employer?: string | null; location?: string | null; start?: ExpectedDate; end?: ExpectedDate; current?: boolean; months?: number }[];
  education: { diploma: string; level: number | null; year?: number }[];
  certifications: { name: string; year?: number }[];
  languages: { code: string; level: string }[];
  contact: { emails: number; phones: number; urls: number };
  repeatedLines: string[];
  skills: string[];
  mustNotInclude?: string[];
  occupations: { title: string; code: string; alternatives?: string[] }[];
  expectedTopSheets: { code: string; reason: string }[];
}

export const manifest = (): ManifestFile[] =>
  (JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }).files;

export const expectedFor = (cv: string): ExpectedCv =>
  JSON.parse(readFileSync(join(FIXTURES, `${cv}.expected.json`), 'utf8')) as ExpectedCv;

/** Names of the good CVs (those with an expected file). */
export const cvNames = (): string[] => [...new Set(manifest().flatMap((f) => (f.cv && !f.expectedError ? [f.cv] : [])))].sort();

export const fixturePath = (file: string): string => join(FIXTURES, file);

/** Case-, diacritic- and whitespace-insensitive form for comparing text fields as the fixture README says. */
export const loose = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[–—‐-]/g, '-').replace(/\s+/g, ' ').trim();

/** An extracted value matches when it contains the expected one (loosely), or both are absent. */
export const textMatches = (got: string | undefined, want: string | null | undefined): boolean =>
  want === null || want === undefined ? !got : loose(got).includes(loose(want)) && loose(got).length > 0;
