import { describe, expect, it } from 'vitest';
import { isKnownPlace, looksLikePlace } from './places.js';

describe('isKnownPlace', () => {
  it.each(['Lyon', 'Lyon 7e (69)', 'Paris 15e', '75011 Paris', 'Nantes, France', 'Saint-Herblain', 'Aix-en-Provence',
    'Bois-le-Roi', 'Télétravail', 'London', 'Remote', 'Nantes (44)', 'La Défense', 'Villeurbanne'])('%s is a place', (t) => {
    expect(isKnownPlace(t)).toBe(true);
  });
  it.each(['Acme', 'Développeur web', 'Distrib’Ouest SARL', 'CDI', 'centre commercial Atlantis', 'Stage', 'Le Wagon', 'La Poste', 'Les Filles du Quai'])(
    '%s is not a known place',
    (t) => {
      expect(isKnownPlace(t)).toBe(false);
    },
  );
});

describe('looksLikePlace', () => {
  it('accepts capitalised short names', () => {
    expect(looksLikePlace('Villefranche')).toBe(true);
    expect(looksLikePlace('Bois Colombes')).toBe(true);
    expect(looksLikePlace('Orvault (44)')).toBe(true);
  });
  it('rejects lower-case text and numbers', () => {
    expect(looksLikePlace('centre commercial Atlantis')).toBe(false);
    expect(looksLikePlace('150 salariés')).toBe(false);
    expect(looksLikePlace('une grande entreprise de la région')).toBe(false);
  });
});
