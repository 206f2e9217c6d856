import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonOptionsKey } from './common-options.js';
import { MatchOptionsSchema, type MatchOptionsInput } from './schema.js';

const decode = (key: number) => ({ limit: key >> 2, sheets: key & 2 ? 'all' : 'digital', explain: (key & 1) === 1 });

describe('commonOptionsKey', () => {
  it('accepts what the schema accepts among the common shapes, with the same values, and nothing else (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 1600 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(undefined, null, true, false, 'digital', 'all', 'ALL', '', 'M1855', ['M1855'], {}, { coreWeight: 2 }),
    );
    const options = fc.oneof(
      { arbitrary: fc.dictionary(fc.constantFrom('limit', 'explain', 'sheets', 'params', 'colour', 'toString'), value, { maxKeys: 4 }), weight: 20 },
      { arbitrary: fc.constantFrom<unknown>(null, [], 'digital', 5, true), weight: 1 },
    );
    fc.assert(
      fc.property(options, (o) => {
        const key = commonOptionsKey(o as MatchOptionsInput);
        const parsed = MatchOptionsSchema.safeParse(o);
        if (key >= 0) {
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(decode(key));
        } else if (parsed.success) {
          // the schema accepts it but it is not a common shape: a code list or parameter overrides
          expect(Array.isArray(parsed.data.sheets) || parsed.data.params !== undefined).toBe(true);
        }
      }),
      { seed: 9, numRuns: 5000 },
    );
  });

  it('packs the defaults and the usual calls', () => {
    expect(decode(commonOptionsKey({}))).toEqual({ limit: 10, sheets: 'digital', explain: true });
    expect(decode(commonOptionsKey({ explain: false }))).toEqual({ limit: 10, sheets: 'digital', explain: false });
    expect(decode(commonOptionsKey({ sheets: 'all', limit: 1584, explain: undefined }))).toEqual({ limit: 1584, sheets: 'all', explain: true });
    expect(commonOptionsKey({ sheets: ['M1855'] })).toBe(-1);
    expect(commonOptionsKey({ params: {} })).toBe(-1);
  });
});
