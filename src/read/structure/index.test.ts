import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawDocument, RawLine } from '../raw.js';
import { CvDocumentSchema, type CvDocument } from '../schema.js';
import { structure } from './index.js';

const REF = new Date(Date.UTC(2026, 0, 15));

/** Plain text → raw lines the way a text reader would: blank lines become breaks, "# " marks headings. */
function raw(text: string): RawDocument {
  const lines: RawLine[] = [];
  let gap = false;
  for (const l of text.split('\n')) {
    if (l.trim() === '') {
      gap = true;
      continue;
    }
    const heading = /^#+\s/.test(l);
    const listItem = /^\s*[-*]\s/.test(l);
    lines.push({ text: l.replace(/^#+\s*/, '').replace(/^\s*[-*]\s+/, '').replace(/\*+/g, ''), breakBefore: gap, heading, listItem });
    gap = false;
  }
  return { format: 'text', pages: 1, lines, warnings: [] };
}

function checkOffsets(doc: CvDocument): void {
  for (const s of doc.sections) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  for (const e of doc.experiences) {
    const inside = doc.sections.find((s) => s.kind === 'experience' && s.start <= e.span.start && e.span.end <= s.end);
    expect(inside).toBeDefined();
    expect(doc.text.slice(e.span.start, e.span.end)).toContain(e.description[0]?.slice(0, 20) ?? '');
  }
  for (const e of [...doc.education, ...doc.certifications]) expect(e.end).toBeGreaterThan(e.start);
}

const FR = `Camille Roussel
Développeuse web junior
camille.roussel@example.fr · 06 41 27 83 15 · Lyon 7e (69)
github.com/camille-roussel-dev · linkedin.com/in/croussel-web

PROFIL
Développeuse web junior en reconversion, titulaire du titre professionnel Développeur web et web mobile.

EXPÉRIENCES PROFESSIONNELLES
Développeuse web
Agence Pixelune, Villeurbanne — CDD puis CDI — sept. 2025 – aujourd'hui
• Développement de sites vitrines et d'un espace client en React pour des
PME de la région
• Création d'API REST avec Node.js et Express
Stagiaire développeuse web
Atelier Numérique du Rhône (association), Lyon — avril 2025 – juin 2025
• Refonte du site de l'association (HTML, CSS, JavaScript)
Serveuse
Brasserie des Terreaux, Lyon 1er — 2019 - 2024
• Accueil et service des clients, encaissement

FORMATION
Titre professionnel Développeur web et web mobile (niveau 5)
CodeFabrik Lyon, bootcamp intensif de 7 mois — 2025
Baccalauréat général, spécialités SES et mathématiques
Lycée Jean-Perrin, Lyon — 2019

COMPÉTENCES
JavaScript (ES6+), React, Node.js / Express, PostgreSQL, Git
Langues : anglais (B2), espagnol (notions)

CENTRES D'INTÉRÊT
Escalade, jeux de société`;

describe('structure — French one-column CV', () => {
  const doc = structure(raw(FR), { referenceDate: REF });

  it('is a valid, deterministic CvDocument', () => {
    expect(CvDocumentSchema.parse(doc)).toEqual(doc);
    expect(structure(raw(FR), { referenceDate: REF })).toEqual(doc);
    expect(doc.language).toBe('fr');
    expect(doc.redacted).toBe(false);
    checkOffsets(doc);
  });

  it('finds the sections', () => {
    expect(doc.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['other', ''],
      ['profile', 'PROFIL'],
      ['experience', 'EXPÉRIENCES PROFESSIONNELLES'],
      ['education', 'FORMATION'],
      ['skills', 'COMPÉTENCES'],
      ['languages', 'Langues'],
      ['interests', "CENTRES D'INTÉRÊT"],
    ]);
  });

  it('splits the experiences', () => {
    expect(doc.experiences.map((e) => [e.title, e.employer, e.location, e.start, e.end, e.current, e.months])).toEqual([
      ['Développeuse web', 'Agence Pixelune', 'Villeurbanne', { year: 2025, month: 9 }, undefined, true, 5],
      ['Stagiaire développeuse web', 'Atelier Numérique du Rhône', 'Lyon', { year: 2025, month: 4 }, { year: 2025, month: 6 }, false, 3],
      ['Serveuse', 'Brasserie des Terreaux', 'Lyon 1er', { year: 2019 }, { year: 2024 }, false, 60],
    ]);
    expect(doc.experiences[0]?.description).toEqual([
      "Développement de sites vitrines et d'un espace client en React pour des PME de la région",
      "Création d'API REST avec Node.js et Express",
    ]);
  });

  it('reads education, languages and contact', () => {
    expect(doc.education.map((e) => [e.diploma, e.institution, e.year, e.level])).toEqual([
      ['Titre professionnel Développeur web et web mobile', 'CodeFabrik Lyon', 2025, 5],
      ['Baccalauréat général', 'Lycée Jean-Perrin', 2019, 4],
    ]);
    expect(doc.languages.map((l) => [l.code, l.level, l.levelText])).toEqual([
      ['en', 'B2', 'B2'],
      ['es', 'A1', 'notions'],
    ]);
    expect(doc.contact).toEqual({
      name: 'Camille Roussel',
      emails: ['camille.roussel@example.fr'],
      phones: ['06 41 27 83 15'],
      urls: [
        { kind: 'github', url: 'github.com/camille-roussel-dev' },
        { kind: 'linkedin', url: 'linkedin.com/in/croussel-web' },
      ],
    });
  });

  it('redacts before structuring, so offsets stay exact and nothing personal is left', () => {
    const red = structure(raw(FR), { referenceDate: REF, redact: true });
    const all = JSON.stringify(red);
    for (const secret of ['Camille', 'Roussel', 'camille.roussel@example.fr', '06 41 27 83 15', 'croussel-web', 'github.com']) {
      expect(all).not.toContain(secret);
    }
    expect(red.text.split('\n').slice(0, 3)).toEqual(['[nom]', 'Développeuse web junior', '[email] · [téléphone] · Lyon 7e (69)']);
    expect(red.contact).toEqual({ emails: [], phones: [], urls: [] });
    expect(red.redacted).toBe(true);
    checkOffsets(red);
    expect(red.experiences.map((e) => e.title)).toEqual(doc.experiences.map((e) => e.title));
  });
});

const EN_TWO_COLUMNS = `Hannah Whitfield
Data Analyst
Contact
hannah.whitfield@example.com
+44 20 7946 0958
London, UK
Skills
SQL, Python (pandas), Power BI, Tableau
Languages
English — native
French — B2 (DELF B2)
Spanish — basic
Summary
Data analyst with five years of experience in retail and insurance.
Work experience
Data Analyst at Lumio Retail
Paris, France · Sept. 2022 – Present
Own the weekly sales dashboards in Power BI used by 60 managers.
Junior Data Analyst at BrightPath Insurance
Manchester, United Kingdom · Jul 2020 – Aug 2022
Automated monthly claims reporting with Python and SQL Server.
Education
MSc Data Science (Distinction) — University of Leeds — 2020
BSc (Hons) Economics and Statistics — University of Leeds — 2019
Certifications
Microsoft Certified: Power BI Data Analyst Associate (PL-300), 2023
Tableau Desktop Specialist, 2021`;

describe('structure — English CV flattened from two columns (sidebar first)', () => {
  const doc = structure(raw(EN_TWO_COLUMNS), { referenceDate: REF });

  it('reads every section in reading order', () => {
    expect(doc.language).toBe('en');
    expect(doc.sections.map((s) => s.kind)).toEqual(['other', 'other', 'skills', 'languages', 'profile', 'experience', 'education', 'certifications']);
    checkOffsets(doc);
  });

  it('reads experiences, education, certifications and languages', () => {
    expect(doc.experiences.map((e) => [e.title, e.employer, e.location, e.current, e.months])).toEqual([
      ['Data Analyst', 'Lumio Retail', 'Paris, France', true, 41],
      ['Junior Data Analyst', 'BrightPath Insurance', 'Manchester, United Kingdom', false, 26],
    ]);
    expect(doc.education.map((e) => [e.diploma, e.institution, e.year, e.level])).toEqual([
      ['MSc Data Science', 'University of Leeds', 2020, 7],
      ['BSc (Hons) Economics and Statistics', 'University of Leeds', 2019, 6],
    ]);
    expect(doc.certifications.map((c) => [c.name, c.year])).toEqual([
      ['Microsoft Certified: Power BI Data Analyst Associate (PL-300)', 2023],
      ['Tableau Desktop Specialist', 2021],
    ]);
    expect(doc.languages.map((l) => [l.code, l.level])).toEqual([
      ['en', 'native'],
      ['fr', 'B2'],
      ['es', 'A2'],
    ]);
    expect(doc.contact.name).toBe('Hannah Whitfield');
    expect(doc.contact.phones).toEqual(['+44 20 7946 0958']);
  });

  it('redacts with English placeholders', () => {
    const red = structure(raw(EN_TWO_COLUMNS), { referenceDate: REF, redact: true });
    expect(red.text).toMatch(/^\[name\]\nData Analyst\nContact\n\[email\]\n\[phone\]\n/);
  });
});

describe('structure — edge cases', () => {
  it('warns when no heading is recognised and still reads contact details', () => {
    const doc = structure(raw('Jean Martin\njean.martin@example.fr\nVendeur chez Decathlon de 2019 à 2021'), { referenceDate: REF });
    expect(doc.warnings.map((w) => w.code)).toEqual(['NO_SECTIONS']);
    expect(doc.sections).toHaveLength(1);
    expect(doc.contact.emails).toEqual(['jean.martin@example.fr']);
  });

  it('handles an empty document', () => {
    const doc = structure({ format: 'text', pages: 0, lines: [], warnings: [{ code: 'X', message: 'kept' }] });
    expect(doc.text).toBe('');
    expect(doc.sections).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['X', 'NO_SECTIONS']);
  });

  it('uses the current date by default for current jobs', () => {
    const doc = structure(raw('Expérience\nVendeuse — Fnac — depuis janvier 2020'));
    const now = new Date();
    const expected = (now.getUTCFullYear() - 2020) * 12 + now.getUTCMonth() + 1;
    expect(doc.experiences[0]?.months).toBe(expected);
  });
});

describe('structure — any input', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      'Expériences professionnelles', 'FORMATION', 'Langues : anglais courant', 'Compétences', 'Work experience',
      '2019 – 2021', "sept. 2025 – aujourd'hui", 'Depuis 03/2021', 'Développeur web — Acme, Lyon', 'Acme (Lyon)',
      'BTS SIO — Lycée X — 2014', 'Anglais', 'C1', 'TOEIC 850', 'jean.dupont@example.fr', '06 12 34 56 78',
      'github.com/jd', 'Jean Dupont', '• Développement React', '(', ')', ' — ', '12 rue des Lilas, 69003 Lyon',
    ),
  );
  const line = fc.record({
    text: fc.array(piece, { maxLength: 4 }).map((p) => p.join(' ').replace(/[\r\n\u2028\u2029]/g, ' ')),
    heading: fc.boolean(),
    listItem: fc.boolean(),
    breakBefore: fc.boolean(),
  });

  it('never throws, stays valid and keeps every offset exact', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, redact) => {
        const doc = structure({ format: 'text', pages: 1, lines, warnings: [] }, { referenceDate: REF, redact });
        CvDocumentSchema.parse(doc);
        for (const s of doc.sections) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        for (const e of doc.experiences) expect(e.span.end).toBeLessThanOrEqual(doc.text.length);
        if (redact) expect(doc.text).not.toContain('jean.dupont@example.fr');
      }),
      { numRuns: 300 },
    );
  });
});

/** End-to-end on the fixture text sources, against the hand-written expectations. */
describe.each(['fr-career-changer.txt', 'fr-support-technician.md'])('fixture %s', (file) => {
  const dir = new URL('../../../fixtures/cv/', import.meta.url);
  const name = file.replace(/\.(txt|md)$/, '');
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as {
    language: string;
    sections: Array<{ kind: string; heading: string }>;
    experiences: Array<Record<string, unknown>>;
    education: Array<{ diploma: string; level: number | null; year: number }>;
    languages: Array<{ code: string; level: string }>;
    contact: { emails: number; phones: number; urls: number };
  };
  const doc = structure(raw(readFileSync(new URL(file, dir), 'utf8')), { referenceDate: REF });

  it('matches the expected sections, experiences, education, languages and contact', () => {
    expect(doc.language).toBe(expected.language);
    expect(doc.sections.filter((s) => s.heading !== '').map((s) => [s.kind, s.heading.toLowerCase()])).toEqual(
      expected.sections.map((s) => [s.kind, s.heading.toLowerCase()]),
    );
    expect(doc.experiences).toHaveLength(expected.experiences.length);
    expected.experiences.forEach((want, i) => {
      const got = doc.experiences[i] as unknown as Record<string, unknown>;
      for (const key of Object.keys(want)) expect([key, got[key]]).toEqual([key, want[key] ?? undefined]);
    });
    expect(doc.education.map((e) => [e.diploma, e.level ?? null, e.year])).toEqual(expected.education.map((e) => [e.diploma, e.level, e.year]));
    expect(doc.languages.map((l) => [l.code, l.level])).toEqual(expected.languages.map((l) => [l.code, l.level]));
    expect({ emails: doc.contact.emails.length, phones: doc.contact.phones.length, urls: doc.contact.urls.length }).toEqual(expected.contact);
    checkOffsets(doc);
  });
});
