import { describe, expect, it } from 'vitest';
import { isBareBullet, isCapsHeading, splitListMarker } from './line-marks.js';

describe('splitListMarker', () => {
  it.each([
    ['• Saisie des commandes', 'Saisie des commandes'],
    ['- Support N1', 'Support N1'],
    ['– Intégration continue', 'Intégration continue'],
    ['▪ Python', 'Python'],
    ['•Python', 'Python'],
    ['1. Cadrage', 'Cadrage'],
    ['b) Recette', 'Recette'],
  ])('%s is a list item', (line, text) => {
    expect(splitListMarker(line)).toEqual({ listItem: true, text });
  });

  it.each(['2019. Licence', '-50 % de délais', 'Python', '•', '2019 - 2021 Développeur'])('%s is not', (line) => {
    expect(splitListMarker(line).listItem).toBe(false);
  });
});

describe('isBareBullet', () => {
  it('recognises a lone bullet glyph', () => {
    expect(isBareBullet(' • ')).toBe(true);
    expect(isBareBullet('• a')).toBe(false);
  });
});

describe('isCapsHeading', () => {
  it.each(['EXPÉRIENCES PROFESSIONNELLES', 'COMPÉTENCES', "CENTRES D'INTÉRÊT", 'SKILLS'])('%s is a heading', (t) => {
    expect(isCapsHeading(t)).toBe(true);
  });
  it.each(['HTML CSS SQL', 'Expériences', 'SARL DUPONT ET FILS, 12 RUE DE LA GARE, 75001 PARIS FRANCE', 'BTS SIO.', '2019'])(
    '%s is not',
    (t) => {
      expect(isCapsHeading(t)).toBe(false);
    },
  );
});
