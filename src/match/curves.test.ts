import { describe, expect, it } from 'vitest';
import { Curves, curvesOf } from './curves.js';
import { DEFAULT_PARAMS, mobilityStrength, practiceFactor, resolveParams } from './params.js';

describe('Curves', () => {
  it('returns exactly the formulas: practice at any months (integer, fractional, beyond the table, unknown)', () => {
    for (const p of [DEFAULT_PARAMS, resolveParams({ practiceFloor: 0.3, practiceScale: 7 })]) {
      const c = new Curves(p);
      for (let pass = 0; pass < 2; pass++) {
        for (let m = 0; m <= 700; m++) expect(c.practice(m)).toBe(practiceFactor(p, m));
        for (const m of [undefined, 0.5, 12.25, -3, 1e9, Number.NaN]) expect(c.practice(m)).toBe(practiceFactor(p, m));
      }
    }
  });

  it('returns exactly mobilityStrength for every link order, inside and beyond the table', () => {
    const p = resolveParams({ mobilityFirst: 0.9, mobilityDecay: 0.83 });
    const c = new Curves(p);
    for (let pass = 0; pass < 2; pass++) for (let order = 1; order <= 300; order++) expect(c.mobility(order)).toBe(mobilityStrength(p, order));
  });

  it('is cached per parameter object', () => {
    expect(curvesOf(DEFAULT_PARAMS)).toBe(curvesOf(DEFAULT_PARAMS));
    const p = resolveParams({ practiceScale: 12 });
    expect(curvesOf(p)).not.toBe(curvesOf(DEFAULT_PARAMS));
    expect(curvesOf(p).params).toBe(p);
  });
});
