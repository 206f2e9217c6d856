import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { isStopword, STOPWORDS_EN, STOPWORDS_FR } from './stopwords.js';

const content = (s: string, lang?: 'fr' | 'en'): string[] =>
  tokenize(s)
    .map((t) => t.norm)
    .filter((n) => !isStopword(n, lang));

describe('stopwords', () => {
  it('removes French function words in folded form', () => {
    expect(content("Chargée d'accueil à l'hôpital et de la clientèle", 'fr')).toEqual([
      'chargee',
      'accueil',
      'hopital',
      'clientele',
    ]);
  });
  it('removes English function words', () => {
    expect(content('Head of Sales for the EMEA region', 'en')).toEqual(['head', 'sales', 'emea', 'region']);
  });
  it('keeps negations and content words', () => {
    for (const w of ['pas', 'sans', 'not', 'no', 'without']) expect(isStopword(w)).toBe(false);
    expect(isStopword('java')).toBe(false);
    expect(isStopword('the', 'fr')).toBe(false);
    expect(isStopword('les')).toBe(true);
  });
  it('stores only folded forms', () => {
    for (const w of [...STOPWORDS_FR, ...STOPWORDS_EN]) expect(w).toMatch(/^[a-z]+$/);
  });
});
