import { describe, expect, it } from 'vitest';
import { assemble } from './assemble.js';
import { buildDocument } from './document.js';

const REF = new Date(Date.UTC(2026, 0, 15));

function run(text: string, redacted = false) {
  const doc = buildDocument(text.split('\n').map((t) => ({ text: t })));
  return assemble({ format: 'text', pages: 1, warnings: [], doc, language: 'fr', contact: { name: 'X Y', emails: ['x@y.fr'], phones: [], urls: [] }, redacted, referenceDate: REF });
}

describe('assemble', () => {
  it('routes each section to its reader', () => {
    const doc = run(`Formation
Master MIAGE — Université Lyon 1 — 2018
Certifications
AWS Certified Cloud Practitioner (2023)
TOEIC 850 (2021)
Projets
Application mobile — 2022
Compétences
Anglais courant, allemand scolaire`);
    expect(doc.education.map((e) => e.diploma)).toEqual(['Master MIAGE']);
    expect(doc.certifications.map((c) => [c.name, c.year])).toEqual([
      ['AWS Certified Cloud Practitioner', 2023],
      ['TOEIC 850', 2021],
    ]);
    expect(doc.experiences).toEqual([]);
    // levels stated outside a languages section: the certification's TOEIC score, the skills line
    expect(doc.languages.map((l) => [l.code, l.level])).toEqual([
      ['en', 'B2'],
      ['de', 'A2'],
    ]);
  });

  it('lets a languages section win over levels stated elsewhere, and fills a missing level', () => {
    const doc = run(`Langues
Anglais
Espagnol : B1
Certifications
TOEIC 900`);
    expect(doc.languages.map((l) => [l.code, l.level, l.levelText])).toEqual([
      ['en', 'B2', 'TOEIC 900'],
      ['es', 'B1', 'B1'],
    ]);
  });

  it('empties the contact when redacted', () => {
    expect(run('Profil\nDéveloppeur', true).contact).toEqual({ emails: [], phones: [], urls: [] });
    expect(run('Profil\nDéveloppeur').contact.emails).toEqual(['x@y.fr']);
  });
});
