import { describe, expect, it } from 'vitest';
import { analyzeTitle, contextTerms } from './analyze.js';

describe('analyzeTitle', () => {
  it('drops gender marks, contract words and stopwords, folds gender, dedupes masculine/feminine pairs', () => {
    const t = analyzeTitle('Vendeur / Vendeuse en prêt-à-porter (H/F) - CDI');
    expect(t.words).toEqual(['vendeur', 'pret', 'porter']);
    expect(t.raw).toEqual(['vendeur', 'pret', 'porter']);
    expect(t.head).toBe(0);
    expect(t.english).toBe(false);
    expect(analyzeTitle('Développeur·euse Full-Stack Senior (e) 2019-2021').words).toEqual(['developpeur', 'full', 'stack']);
  });
  it('cuts the employer after "chez" or "@"', () => {
    expect(analyzeTitle('Vendeuse chez Zara').words).toEqual(['vendeur']);
    expect(analyzeTitle('Dev front @ Acme Corp').words).toEqual(['developpeur', 'front']);
  });
  it('expands abbreviations for written titles but not for ROME labels', () => {
    expect(analyzeTitle('Ingé. système').words).toEqual(['ingenieur', 'systeme']);
    expect(analyzeTitle('Resp. RH').words).toEqual(['responsable', 'ressource', 'humain']);
    expect(analyzeTitle('Resp. RH', false).words).toEqual(['resp', 'ressource', 'humain']);
    expect(analyzeTitle('Dev. web', false).words).toEqual(['dev', 'web']);
  });
  it('keeps stopwords that are job words in titles', () => {
    expect(analyzeTitle('Conducteur de car').words).toEqual(['conducteur', 'car']);
    expect(analyzeTitle('Ingénieur du son').words).toEqual(['ingenieur', 'son']);
  });
  it('finds the English head noun: last word, or the word before "of"', () => {
    const se = analyzeTitle('Senior Software Engineers');
    expect(se.english).toBe(true);
    expect(se.words).toEqual(['software', 'engineer']);
    expect(se.words[se.head]).toBe('engineer');
    const hs = analyzeTitle('Head of Sales');
    expect(hs.words[hs.head]).toBe('head');
    expect(analyzeTitle('IT support technician').words).toEqual(['informatique', 'support', 'technician']);
  });
  it('drops auto-entrepreneur status and returns an empty analysis for pure noise', () => {
    expect(analyzeTitle('Graphiste auto-entrepreneur').words).toEqual(['graphiste']);
    expect(analyzeTitle('(H/F) CDI temps plein')).toEqual({ words: [], raw: [], head: -1, english: false });
  });
  it('gives masculine and feminine, singular and plural titles the same words', () => {
    expect(analyzeTitle('Infirmière').words).toEqual(analyzeTitle('infirmiers').words);
    expect(analyzeTitle('Directrices commerciales').words).toEqual(['directeur', 'commercial']);
  });
});

describe('contextTerms', () => {
  it('returns the distinct gender-folded content words of a definition', () => {
    const terms = contextTerms("Réalise la vente d'articles (vêtements, chaussures) auprès d'une clientèle de particuliers.");
    expect(terms).toContain('chaussure');
    expect(terms).toContain('vente');
    expect(terms).not.toContain('la');
    expect(new Set(terms).size).toBe(terms.length);
  });
});
