import { describe, expect, it } from 'vitest';
import { foldGender } from './gender.js';
import { fold } from './fold.js';

const g = (w: string): string => foldGender(fold(w));

describe('foldGender', () => {
  it('folds feminine job nouns to the masculine', () => {
    expect(g('développeuse')).toBe('developpeur');
    expect(g('technicienne')).toBe('technicien');
    expect(g('vendeuse')).toBe('vendeur');
    expect(g('directrice')).toBe('directeur');
    expect(g('conseillère')).toBe('conseiller');
    expect(g('cheffe')).toBe('chef');
    expect(g('agente')).toBe('agent');
    expect(g('assistante')).toBe('assistant');
    expect(g('ingénieure')).toBe('ingenieur');
    expect(g('employée')).toBe('employe');
    expect(g('commise')).toBe('commis');
    expect(g('laborantine')).toBe('laborantin');
  });
  it('folds plurals, including feminine plurals and -aux', () => {
    expect(g('développeuses')).toBe('developpeur');
    expect(g('commerciaux')).toBe('commercial');
    expect(g('réseaux')).toBe('reseau');
    expect(g('matériaux')).toBe('materiau');
    expect(g('engineers')).toBe('engineer');
    expect(g('travaux')).toBe('travail');
  });
  it('does not conflate words that only look feminine or plural', () => {
    expect(g('vente')).toBe('vente');
    expect(g('entrée')).toBe('entree');
    expect(g('carrière')).toBe('carriere');
    expect(g('process')).toBe('process');
    expect(g('sales')).toBe('sales');
    expect(g('c++')).toBe('c++');
    expect(g('rh')).toBe('rh');
  });
  it('is idempotent', () => {
    for (const w of ['privées', 'arrivée', 'fausses', 'directrices', 'conseillères', 'administratives', 'aides']) {
      const once = g(w);
      expect(foldGender(once)).toBe(once);
    }
  });
});
