import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BoussoleError } from '../../errors.js';
import { CvDocumentSchema } from '../schema.js';
import { isoDate, parseJsonResume, structureJsonResume } from './json-resume.js';

const REF = new Date(Date.UTC(2026, 0, 15));
const fixture: unknown = JSON.parse(readFileSync(new URL('../../../fixtures/cv/en-software-engineer.resume.json', import.meta.url), 'utf8'));
const run = (json: unknown, redact = false) =>
  structureJsonResume({ format: 'json-resume', pages: 0, lines: [], warnings: [], json }, { redact, referenceDate: REF });

function codeOf(f: () => unknown): { code: string; reason: string | undefined } {
  try {
    f();
  } catch (e) {
    if (e instanceof BoussoleError) return { code: e.code, reason: e.details.reason };
    throw e;
  }
  throw new Error('no error');
}

describe('structureJsonResume', () => {
  const doc = run(fixture);

  it('produces a valid CvDocument in the content language', () => {
    expect(CvDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.format).toBe('json-resume');
    expect(doc.language).toBe('en');
    expect(doc.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['profile', 'Summary'],
      ['experience', 'Experience'],
      ['skills', 'Skills'],
      ['education', 'Education'],
      ['certifications', 'Certifications'],
      ['projects', 'Projects'],
      ['languages', 'Languages'],
      ['interests', 'Interests'],
    ]);
    for (const s of doc.sections) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sections[0]?.text).toMatch(/^Backend engineer with nine years/);
  });

  it('maps work, education, certificates and languages field by field', () => {
    expect(doc.experiences.map((e) => [e.title, e.employer, e.location, e.start, e.end, e.current, e.months])).toEqual([
      ['Senior Software Engineer', 'Fintrail Payments', 'Dublin, Ireland', { year: 2021, month: 3 }, undefined, true, 59],
      ['Software Engineer', 'Nuvola Logistics', 'Lyon, France', { year: 2017, month: 9 }, { year: 2021, month: 2 }, false, 42],
      ['Software Engineering Intern', 'Orbitel Systems', 'Grenoble, France', { year: 2017, month: 2 }, { year: 2017, month: 7 }, false, 6],
    ]);
    expect(doc.experiences[0]?.description).toHaveLength(6);
    expect(doc.experiences[2]?.description).toEqual(['Final-year internship: prototype of a telemetry ingestion service in Java and Apache Kafka']);
    const first = doc.experiences[0];
    expect(first && doc.text.slice(first.span.start, first.span.end)).toMatch(/^Senior Software Engineer — Fintrail Payments, Dublin, Ireland\nMar 2021 – present\n/);
    expect(doc.education.map((e) => [e.diploma, e.institution, e.year, e.level])).toEqual([
      ["MEng in Computer Science (Diplôme d'ingénieur)", 'Grenoble INP – Ensimag', 2017, 7],
      ["BSc in Computer Science (Licence d'informatique)", 'Université Grenoble Alpes', 2015, 6],
    ]);
    expect(doc.certifications.map((c) => [c.name, c.year])).toEqual([
      ['AWS Certified Solutions Architect – Associate', 2022],
      ['Certified Kubernetes Application Developer – CKAD', 2023],
    ]);
    for (const c of doc.certifications) expect(doc.text.slice(c.start, c.end)).toContain(c.name);
    expect(doc.languages.map((l) => [l.code, l.level, l.levelText])).toEqual([
      ['fr', 'native', 'Native speaker'],
      ['en', 'C1', 'C1 – full professional proficiency (IELTS 7.5)'],
      ['de', 'A2', 'A2'],
    ]);
    expect(doc.contact).toEqual({
      name: 'Antoine Mercier',
      emails: ['antoine.mercier@example.fr'],
      phones: ['+33 6 14 90 37 52'],
      urls: [
        { kind: 'portfolio', url: 'https://amercier.example.fr' },
        { kind: 'github', url: 'https://github.com/amercier-dev' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/antoine-mercier-swe' },
      ],
    });
  });

  it('redacts the name and contact details everywhere', () => {
    const red = run(fixture, true);
    const all = JSON.stringify(red);
    for (const secret of ['Antoine', 'Mercier', 'antoine.mercier@example.fr', '14 90 37 52', 'amercier', 'github.com']) {
      expect(all).not.toContain(secret);
    }
    expect(red.text.startsWith('[name]\n')).toBe(true);
    expect(red.contact).toEqual({ emails: [], phones: [], urls: [] });
    expect(red.redacted).toBe(true);
    expect(red.experiences.map((e) => e.title)).toEqual(doc.experiences.map((e) => e.title));
    for (const s of red.sections) expect(red.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('writes French headings for French content and leaves out empty sections', () => {
    const fr = run({
      basics: { name: 'Léa Martin', summary: 'Développeuse web en reconversion, je cherche un poste en alternance.' },
      work: [{ name: 'Fnac', position: 'Vendeuse', startDate: '2018', endDate: '2022', highlights: ['Conseil et vente de produits culturels'] }],
      languages: [{ language: 'Anglais', fluency: 'courant' }],
    });
    expect(fr.language).toBe('fr');
    expect(fr.sections.map((s) => s.heading)).toEqual(['Profil', 'Expériences professionnelles', 'Langues']);
    expect(fr.experiences[0]).toMatchObject({ title: 'Vendeuse', employer: 'Fnac', current: false, months: 48 });
    expect(fr.text).toContain('2018 – 2022');
    expect(fr.languages).toEqual([{ code: 'en', name: 'Anglais', level: 'C1', levelText: 'courant' }]);
  });

  it('accepts an empty document', () => {
    const empty = run({});
    expect(empty.text).toBe('');
    expect(empty.sections).toEqual([]);
  });
});

describe('parseJsonResume', () => {
  it('names the first failing path', () => {
    expect(codeOf(() => parseJsonResume({ work: [{ name: 'Acme', startDate: 'March 2020' }] }))).toEqual({
      code: 'INVALID_JSON_RESUME',
      reason: 'work.0.startDate: expected an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)',
    });
    expect(codeOf(() => parseJsonResume({ basics: { name: 42 } })).reason).toMatch(/^basics\.name: /);
    expect(codeOf(() => parseJsonResume({ skills: { name: 'Java' } })).reason).toMatch(/^skills: /);
    expect(codeOf(() => parseJsonResume([])).reason).toMatch(/^\(root\): /);
  });

  it('keeps unknown fields and accepts empty dates', () => {
    expect(parseJsonResume({ work: [{ endDate: '', x: 1 }], custom: true })).toEqual({ work: [{ endDate: '', x: 1 }], custom: true });
  });
});

describe('isoDate', () => {
  it('reads ISO dates and drops impossible months', () => {
    expect(isoDate('2021-03')).toEqual({ year: 2021, month: 3 });
    expect(isoDate('2022-06-14')).toEqual({ year: 2022, month: 6 });
    expect(isoDate('2017')).toEqual({ year: 2017 });
    expect(isoDate('2017-00')).toEqual({ year: 2017 });
    expect(isoDate('1850')).toBeUndefined();
    expect(isoDate('')).toBeUndefined();
  });
});
