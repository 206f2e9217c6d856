import { describe, expect, it } from 'vitest';
import type { Line } from './document.js';
import { fold } from './fold.js';
import { headingKind, matchHeading } from './headings.js';

function line(text: string, marks: Partial<Line> = {}): Line {
  return { index: 0, text, folded: fold(text), start: 0, end: text.length, heading: false, listItem: false, gapBefore: true, ...marks };
}

describe('headingKind', () => {
  it.each([
    ['Expériences professionnelles', 'experience'],
    ['EXPÉRIENCE', 'experience'],
    ['Expérience professionnelle :', 'experience'],
    ['Parcours professionnel', 'experience'],
    ['Work experience', 'experience'],
    ['Professional Experience', 'experience'],
    ['Employment history', 'experience'],
    ['Formation', 'education'],
    ['Formations', 'education'],
    ['Formation(s)', 'education'],
    ['Diplômes', 'education'],
    ['Diplômes et formations', 'education'],
    ['Parcours scolaire', 'education'],
    ['Education', 'education'],
    ['Education & Training', 'education'],
    ['Compétences', 'skills'],
    ['Compétences (techniques)', 'skills'],
    ['COMPÉTENCES TECHNIQUES', 'skills'],
    ['Savoir-faire', 'skills'],
    ['Savoir-être', 'skills'],
    ['Skills', 'skills'],
    ['Technical skills', 'skills'],
    ['Langues', 'languages'],
    ['Langues étrangères', 'languages'],
    ['Compétences linguistiques', 'languages'],
    ['Languages', 'languages'],
    ['Certifications', 'certifications'],
    ['Projets', 'projects'],
    ['Projets personnels', 'projects'],
    ['Réalisations', 'projects'],
    ["Centres d'intérêt", 'interests'],
    ['Centres d’intérêts', 'interests'],
    ['Loisirs', 'interests'],
    ['Interests', 'interests'],
    ['Hobbies', 'interests'],
    ['Profil', 'profile'],
    ['Profil professionnel', 'profile'],
    ['À propos', 'profile'],
    ['À propos de moi', 'profile'],
    ['Summary', 'profile'],
    ['Professional summary', 'profile'],
    ['Objectif', 'profile'],
    ['Projet professionnel', 'profile'],
    ['Bénévolat', 'other'],
    ['Informations complémentaires', 'other'],
    ['▶ FORMATION', 'education'],
    ['1. Expériences', 'experience'],
    ['E X P É R I E N C E S', 'experience'],
    ['II. Formation', 'education'],
    ['Expériences professionnelles (suite)', 'experience'],
  ])('%s → %s', (text, kind) => {
    expect(headingKind(text)).toBe(kind);
  });

  it.each([
    'Formation en alternance chez Orange',
    'Formation Développeur Web — OpenClassrooms',
    "Expérience client et gestion de la relation",
    'Projet de fin d’études : application mobile',
    'Stage de 6 mois',
    'Langues et cultures étrangères',
    'Responsable formation',
    'Développeur web',
    'Certification AWS Cloud Practitioner',
    'Je suis passionnée par la formation et les langues étrangères depuis toujours.',
    'Portfolio : camille.dev',
    'Permis : B',
  ])('%s is not a heading', (text) => {
    expect(headingKind(text)).toBeUndefined();
  });
});

describe('matchHeading', () => {
  it('keeps the heading as written, without decoration or colon', () => {
    expect(matchHeading(line('■ Expériences professionnelles :'))).toEqual({ kind: 'experience', heading: 'Expériences professionnelles' });
  });

  it('splits an inline heading from its content', () => {
    const l = line('Langues : anglais (C1), espagnol (notions)');
    expect(matchHeading(l)).toEqual({ kind: 'languages', heading: 'Langues', contentOffset: 10 });
    expect(l.text.slice(10)).toBe('anglais (C1), espagnol (notions)');
  });

  it('accepts loose headings only when the source marks them', () => {
    const text = 'Mes expériences dans le numérique';
    expect(matchHeading(line(text))).toBeUndefined();
    expect(matchHeading(line(text, { heading: true }))?.kind).toBe('experience');
    // a job title styled as a heading in a DOCX must not open a section
    expect(matchHeading(line('Formation Développeur Web', { heading: true }))).toBeUndefined();
    expect(matchHeading(line('Chef de projet formation', { heading: true }))).toBeUndefined();
  });

  it('never takes a list item as a heading', () => {
    expect(matchHeading(line('Formation', { listItem: true }))).toBeUndefined();
  });
});
