import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.js';
import { splitSections } from './sections.js';

function sectionsOf(text: string) {
  const doc = buildDocument(text.split('\n').map((t) => ({ text: t })));
  return { doc, blocks: splitSections(doc) };
}

describe('splitSections', () => {
  it('splits a one-column French CV and keeps offsets exact', () => {
    const { doc, blocks } = sectionsOf(`Nadia Lefèvre
Assistante commerciale
06 72 19 40 58

PROFIL
Douze ans dans le commerce, autodidacte en HTML/CSS.

Expériences professionnelles
Assistante commerciale
Distrib'Ouest SARL, Saint-Herblain — Depuis 03/2021
• Saisie des commandes

Formation
BTS MUC — Lycée Albert-Camus, Nantes — 2014
Langues : anglais (B1), espagnol (notions)
Centres d'intérêt
Couture, randonnée`);
    expect(blocks.map((b) => [b.section.kind, b.section.heading])).toEqual([
      ['other', ''],
      ['profile', 'PROFIL'],
      ['experience', 'Expériences professionnelles'],
      ['education', 'Formation'],
      ['languages', 'Langues'],
      ['interests', "Centres d'intérêt"],
    ]);
    for (const { section } of blocks) expect(doc.text.slice(section.start, section.end)).toBe(section.text);
    expect(blocks[0]?.section.text).toBe('Nadia Lefèvre\nAssistante commerciale\n06 72 19 40 58');
    expect(blocks[2]?.section.text).toBe(
      "Assistante commerciale\nDistrib'Ouest SARL, Saint-Herblain — Depuis 03/2021\n• Saisie des commandes",
    );
    expect(blocks[4]?.section.text).toBe('anglais (B1), espagnol (notions)');
    expect(blocks[4]?.lines.map((l) => l.text)).toEqual(['anglais (B1), espagnol (notions)']);
  });

  it('handles a flattened two-column CV (sidebar first) in English', () => {
    const { doc, blocks } = sectionsOf(`Tom Baker
Contact
tom.baker@example.com
Skills
Python, SQL, Power BI
Languages
English (native)
French (B2)
Summary
Data analyst with 4 years of experience.
Work experience
Data analyst at Acme, London — 2020 – present
Education
MSc Statistics, University of Leeds, 2019`);
    expect(blocks.map((b) => b.section.kind)).toEqual(['other', 'other', 'skills', 'languages', 'profile', 'experience', 'education']);
    for (const { section } of blocks) expect(doc.text.slice(section.start, section.end)).toBe(section.text);
  });

  it('keeps an inline heading of the same kind as content', () => {
    const { blocks } = sectionsOf('Compétences clés\nPilotage de projet : cadrage\nOutils : Jira, Confluence\nLangues : anglais courant');
    expect(blocks.map((b) => [b.section.kind, b.section.heading, b.section.text])).toEqual([
      ['skills', 'Compétences clés', 'Pilotage de projet : cadrage\nOutils : Jira, Confluence'],
      ['languages', 'Langues', 'anglais courant'],
    ]);
  });

  it('keeps empty sections at the end of their heading', () => {
    const { doc, blocks } = sectionsOf('Profil\nExpérience\nVendeuse');
    expect(blocks[0]?.section).toMatchObject({ kind: 'profile', text: '', start: 6, end: 6 });
    expect(blocks[1]?.section.text).toBe('Vendeuse');
    expect(doc.text.slice(6, 6)).toBe('');
  });

  it('returns one headless section for a CV without headings', () => {
    const { blocks } = sectionsOf('Jean Martin\nVendeur chez Decathlon 2019-2021');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.section.kind).toBe('other');
  });
});
