import { describe, expect, it } from 'vitest';
import { MatchOptionsSchema, MatchResultSchema, MAX_LIMIT } from './schema.js';

describe('MatchOptionsSchema', () => {
  it('applies the documented defaults', () => {
    expect(MatchOptionsSchema.parse({})).toEqual({ limit: 10, sheets: 'digital', explain: true });
    expect(MAX_LIMIT).toBe(1584);
  });

  it('accepts the three forms of sheets and rejects the rest', () => {
    for (const sheets of ['digital', 'all', ['M1855']]) expect(MatchOptionsSchema.safeParse({ sheets }).success).toBe(true);
    for (const sheets of ['web', [], [1855], null]) expect(MatchOptionsSchema.safeParse({ sheets }).success).toBe(false);
  });

  it('bounds limit to 1..1584 integers', () => {
    for (const limit of [1, 1584]) expect(MatchOptionsSchema.safeParse({ limit }).success).toBe(true);
    for (const limit of [0, 1585, 2.5, '10']) expect(MatchOptionsSchema.safeParse({ limit }).success).toBe(false);
  });
});

describe('MatchResultSchema', () => {
  const result = {
    code: 'M1855',
    title: 'Développeur / Développeuse web',
    score: 61.25,
    components: { coverage: 0.12, skills: 0.6, coreCoverage: 0.2, proximity: 0 },
    matched: [
      {
        ogr: '102788',
        label: 'HTML',
        kind: 'savoir',
        core: null,
        weight: 0.02,
        credit: 0.75,
        via: 'direct',
        evidence: { skill: '102788', label: 'HTML', confidence: 0.9, mentions: 2, months: 12 },
      },
    ],
    missing: [{ ogr: '109846', label: 'Concevoir une application web', kind: 'savoir-faire', core: 'principale', weight: 0.04 }],
    mobility: { occupation: 0, from: 'M1855', fromTitle: 'Développeur / Développeuse web', link: 'same-fiche', strength: 1, weight: 0.8 },
  };

  it('accepts a well-formed result, with or without mobility', () => {
    expect(MatchResultSchema.safeParse(result).success).toBe(true);
    const { mobility: _, ...noMobility } = result;
    expect(MatchResultSchema.safeParse(noMobility).success).toBe(true);
  });

  it('rejects out-of-range scores and components, and unknown link kinds', () => {
    expect(MatchResultSchema.safeParse({ ...result, score: 100.5 }).success).toBe(false);
    expect(MatchResultSchema.safeParse({ ...result, components: { ...result.components, coverage: 1.2 } }).success).toBe(false);
    expect(MatchResultSchema.safeParse({ ...result, mobility: { ...result.mobility, link: 'friend' } }).success).toBe(false);
  });
});
