import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.js';
import { cefrLevel, extractLanguages, findStatedLanguages, languageCode } from './languages.js';

function lines(text: string) {
  return buildDocument(text.split('\n').map((t) => ({ text: t }))).lines;
}
const brief = (l: { code: string; name: string; level?: string; levelText?: string }) => [l.code, l.name, l.level, l.levelText];

describe('cefrLevel', () => {
  it.each<[string, string | undefined]>([
    ['B2', 'B2'], ['niveau intermédiaire (B1)', 'B1'], ['c1', 'C1'], ['B2/C1', 'B2'],
    ['langue maternelle', 'native'], ['Native', 'native'], ['Native or bilingual proficiency', 'native'],
    ['bilingue', 'C2'], ['Bilingual', 'C2'], ['courant', 'C1'], ['Fluent', 'C1'], ['lu, écrit, parlé', 'C1'],
    ['Full professional proficiency', 'C1'], ['professionnel', 'B2'], ['Professional working proficiency', 'B2'],
    ['bon niveau', 'B2'], ['intermédiaire', 'B1'], ['Intermediate', 'B1'], ['scolaire', 'A2'], ['basic', 'A2'],
    ['Elementary proficiency', 'A2'], ['notions', 'A1'], ['débutant', 'A1'],
    ['TOEIC 950', 'C1'], ['TOEIC : 850', 'B2'], ['TOEIC 785', 'B2'], ['TOEIC 600', 'B1'], ['TOEIC 300', 'A2'],
    ['TOEFL iBT 100', 'C1'], ['TOEFL 80', 'B2'], ['IELTS 7.5', 'C1'], ['IELTS 6,0', 'B2'], ['Cambridge FCE', 'B2'],
    ['courant (TOEIC 850)', 'B2'], ['technique', undefined], ['', undefined],
  ])('%s → %s', (text, level) => {
    expect(cefrLevel(text)).toBe(level);
  });
});

describe('languageCode', () => {
  it('maps French and English names to ISO 639-1', () => {
    expect(['Anglais', 'english', 'Espagnol', 'Allemand', 'Néerlandais', 'Arabe littéraire', 'mandarin'].map(languageCode)).toEqual([
      'en', 'en', 'es', 'de', 'nl', 'ar', 'zh',
    ]);
    expect(languageCode('Kabyle')).toBe('kabyle');
    expect(languageCode('Java')).toBeUndefined();
  });
});

describe('extractLanguages', () => {
  it('one language per line with a colon', () => {
    expect(extractLanguages(lines('Anglais : niveau intermédiaire (B1)\nEspagnol : notions')).map(brief)).toEqual([
      ['en', 'Anglais', 'B1', 'niveau intermédiaire (B1)'],
      ['es', 'Espagnol', 'A1', 'notions'],
    ]);
  });

  it('several languages on one line', () => {
    expect(extractLanguages(lines('Français : langue maternelle - Anglais : notions')).map(brief)).toEqual([
      ['fr', 'Français', 'native', 'langue maternelle'],
      ['en', 'Anglais', 'A1', 'notions'],
    ]);
    expect(extractLanguages(lines('Anglais (C1), espagnol (B1), italien')).map(brief)).toEqual([
      ['en', 'Anglais', 'C1', 'C1'],
      ['es', 'espagnol', 'B1', 'B1'],
      ['it', 'italien', undefined, undefined],
    ]);
  });

  it('English CVs and test scores', () => {
    expect(extractLanguages(lines('English — native\nFrench: professional working proficiency\nGerman (TOEFL-like: basic)\nSpanish – IELTS 7')).map(brief)).toEqual([
      ['en', 'English', 'native', 'native'],
      ['fr', 'French', 'B2', 'professional working proficiency'],
      ['de', 'German', 'A2', 'TOEFL-like: basic'],
      ['es', 'Spanish', 'C1', 'IELTS 7'],
    ]);
    expect(extractLanguages(lines('Anglais courant (TOEIC 910)')).map(brief)).toEqual([['en', 'Anglais', 'B2', 'courant (TOEIC 910)']]);
  });

  it('a level on the next line (sidebar) or before the names', () => {
    expect(extractLanguages(lines('Anglais\nCourant\nAllemand\nScolaire')).map(brief)).toEqual([
      ['en', 'Anglais', 'C1', 'Courant'],
      ['de', 'Allemand', 'A2', 'Scolaire'],
    ]);
    expect(extractLanguages(lines('Bilingue anglais\nNotions : italien, russe')).map(brief)).toEqual([
      ['en', 'anglais', 'C2', 'Bilingue'],
      ['it', 'italien', 'A1', 'Notions'],
      ['ru', 'russe', 'A1', 'Notions'],
    ]);
  });

  it('reads multi-word names', () => {
    expect(extractLanguages(lines('Langue des signes française (LSF) : notions\nArabe littéraire : courant')).map(brief)).toEqual([
      ['lsf', 'Langue des signes française', 'A1', 'notions'],
      ['ar', 'Arabe littéraire', 'C1', 'courant'],
    ]);
  });

  it('keeps one entry per language', () => {
    expect(extractLanguages(lines('Anglais\nAnglais : C1')).map(brief)).toEqual([['en', 'Anglais', 'C1', 'C1']]);
  });
});

describe('findStatedLanguages', () => {
  it('needs a level next to the name', () => {
    const found = findStatedLanguages(lines('Clientèle anglaise et allemande\nAnglais courant, espagnol scolaire\nTOEIC 850 (2021)'), 'fr');
    expect(found.map(brief)).toEqual([
      ['en', 'Anglais', 'C1', 'courant'],
      ['es', 'espagnol', 'A2', 'scolaire'],
    ]);
    expect(findStatedLanguages(lines('Certifications : TOEIC 850'), 'en').map(brief)).toEqual([['en', 'English', 'B2', 'TOEIC 850']]);
  });
});
