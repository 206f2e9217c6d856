import { describe, expect, it } from 'vitest';
import { levelFit, levelReason, UNKNOWN_LEVEL_FIT } from './level-fit.js';

describe('levelFit', () => {
  it('scores the next level up best, then the same level, and less far above or below', () => {
    expect(levelFit(5, 4)).toBe(1);
    expect(levelFit(4, 4)).toBe(0.9);
    expect(levelFit(6, 4)).toBe(0.7);
    expect(levelFit(7, 4)).toBe(0.4);
    expect(levelFit(8, 4)).toBe(0.2);
    expect(levelFit(3, 4)).toBe(0.5);
    expect(levelFit(3, 5)).toBe(0.3);
    expect(levelFit(3, 7)).toBe(0.15);
  });

  it('prefers levels 5-6 when the education level is unknown', () => {
    expect(levelFit(5, null)).toBe(1);
    expect(levelFit(6, null)).toBe(1);
    expect(levelFit(4, null)).toBeLessThan(1);
    expect(levelFit(7, null)).toBeLessThan(1);
    expect(levelFit(8, null)).toBeLessThan(levelFit(7, null));
  });

  it('gives a neutral fit to an unknown certification level', () => {
    expect(levelFit(0, 4)).toBe(UNKNOWN_LEVEL_FIT);
    expect(levelFit(0, null)).toBe(UNKNOWN_LEVEL_FIT);
  });

  it('stays within 0..1 for every pair', () => {
    for (const c of [0, 3, 4, 5, 6, 7, 8]) {
      for (const e of [null, 3, 4, 5, 6, 7, 8]) {
        const f = levelFit(c, e);
        expect(f).toBeGreaterThan(0);
        expect(f).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('levelReason', () => {
  it('says how far the level is from the diploma, in French', () => {
    expect(levelReason(5, 4)).toBe('Niveau 5 : un niveau au-dessus de votre diplôme');
    expect(levelReason(7, 4)).toBe('Niveau 7 : trois niveaux au-dessus de votre diplôme');
    expect(levelReason(4, 4)).toBe('Niveau 4 : le niveau de votre diplôme');
    expect(levelReason(3, 5)).toBe('Niveau 3 : deux niveaux en dessous de votre diplôme');
  });

  it('names the level when the education is unknown, and flags inferred or unknown levels', () => {
    expect(levelReason(5, null)).toBe("Niveau 5 : bac+2 ; votre niveau de diplôme n'est pas connu");
    expect(levelReason(6, 5, true)).toBe(
      'Niveau probable 6 (celui de la certification précédente) : un niveau au-dessus de votre diplôme',
    );
    expect(levelReason(0, 5)).toBe('Niveau non renseigné');
  });
});
