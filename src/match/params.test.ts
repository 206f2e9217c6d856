import { describe, expect, it } from 'vitest';
import { BoussoleError } from '../errors.js';
import { DEFAULT_PARAMS, mobilityStrength, practiceFactor, recencyFactor, resolveParams, ScoringParamsInputSchema, sheetWeightKey } from './params.js';

describe('resolveParams', () => {
  it('returns the frozen defaults when nothing is overridden', () => {
    expect(resolveParams()).toBe(DEFAULT_PARAMS);
    expect(resolveParams({})).toBe(DEFAULT_PARAMS);
    expect(Object.isFrozen(DEFAULT_PARAMS.section)).toBe(true);
  });

  it('accepts its own defaults as overrides (every default is inside its documented range)', () => {
    expect(ScoringParamsInputSchema.safeParse(DEFAULT_PARAMS).success).toBe(true);
  });

  it('merges top-level values and section / proficiency weights key by key', () => {
    const p = resolveParams({ coreWeight: 3, section: { interests: 0 }, proficiency: { notions: 0.2 } });
    expect(p.coreWeight).toBe(3);
    expect(p.emergingWeight).toBe(DEFAULT_PARAMS.emergingWeight);
    expect(p.section.interests).toBe(0);
    expect(p.section.experience).toBe(DEFAULT_PARAMS.section.experience);
    expect(p.proficiency.notions).toBe(0.2);
    expect(p.proficiency.expert).toBe(DEFAULT_PARAMS.proficiency.expert);
  });

  it.each([
    [{ coreWeight: 0.5 }, 'params.coreWeight'],
    [{ proximityMix: 2 }, 'params.proximityMix'],
    [{ section: { experience: -1 } }, 'params.section.experience'],
    [{ section: { cooking: 1 } }, 'params.section.cooking'],
    [{ typo: 1 }, 'params.typo'],
  ])('rejects %j with INVALID_ARGUMENT naming %s', (input, option) => {
    try {
      resolveParams(input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BoussoleError);
      expect((e as BoussoleError).code).toBe('INVALID_ARGUMENT');
      expect((e as BoussoleError).details.option).toBe(option);
    }
  });

  it('keys compiled sheet weights only on the sheet-side parameters', () => {
    expect(sheetWeightKey(resolveParams({ proximityMix: 0.1 }))).toBe(sheetWeightKey(DEFAULT_PARAMS));
    expect(sheetWeightKey(resolveParams({ idfStrength: 1 }))).not.toBe(sheetWeightKey(DEFAULT_PARAMS));
  });
});

describe('practice and recency curves', () => {
  it('practice starts at the floor for unknown or zero months and saturates towards 1', () => {
    const p = DEFAULT_PARAMS;
    expect(practiceFactor(p, undefined)).toBe(p.practiceFloor);
    expect(practiceFactor(p, 0)).toBe(p.practiceFloor);
    const at = [1, 6, 12, 24, 60, 240].map((m) => practiceFactor(p, m));
    for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThan(at[i - 1]!);
    expect(practiceFactor(p, 24)).toBeCloseTo(p.practiceFloor + (1 - p.practiceFloor) * (1 - Math.exp(-1)), 12);
    expect(at.at(-1)!).toBeLessThanOrEqual(1);
    expect(at.at(-1)!).toBeGreaterThan(0.999);
  });

  it('recency is 1 for a current job, halves the lost part every half-life and never drops below the floor', () => {
    const p = DEFAULT_PARAMS;
    expect(recencyFactor(p, undefined)).toBe(1);
    expect(recencyFactor(p, 0)).toBe(1);
    expect(recencyFactor(p, p.recencyHalfLife)).toBeCloseTo(p.recencyFloor + (1 - p.recencyFloor) / 2, 12);
    expect(recencyFactor(p, 10_000)).toBeGreaterThanOrEqual(p.recencyFloor);
    expect(recencyFactor(p, 10_000)).toBeLessThan(p.recencyFloor + 1e-6);
  });

  it('weakens later mobility links geometrically', () => {
    const p = DEFAULT_PARAMS;
    expect(mobilityStrength(p, 1)).toBe(p.mobilityFirst);
    expect(mobilityStrength(p, 4)).toBeCloseTo(p.mobilityFirst * p.mobilityDecay ** 3, 12);
  });
});
