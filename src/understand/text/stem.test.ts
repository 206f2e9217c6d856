import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

describe('stem', () => {
  it('stems French folded words with the Snowball French stemmer', () => {
    expect(stem('techniciens', 'fr')).toBe(stem('technicien', 'fr'));
    expect(stem('commerciaux', 'fr')).toBe('commercial');
    expect(stem('reseaux', 'fr')).toBe('reseau');
    expect(stem('informatique', 'fr')).toBe('informat');
  });
  it('stems English words with Porter', () => {
    expect(stem('engineering', 'en')).toBe('engin');
    expect(stem('developers', 'en')).toBe(stem('developer', 'en'));
    expect(stem('management', 'en')).toBe('manag');
  });
  it('leaves symbols, short words and digits alone and is stable when cached', () => {
    expect(stem('c++', 'fr')).toBe('c++');
    expect(stem('k8s', 'en')).toBe('k8s');
    expect(stem('rh', 'fr')).toBe('rh');
    expect(stem('assistantes', 'fr')).toBe('assist');
    expect(stem('assistantes', 'fr')).toBe('assist');
  });
});
