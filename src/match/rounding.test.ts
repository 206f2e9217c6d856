import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round4, roundHalfUp, unit4 } from './rounding.js';

describe('roundHalfUp', () => {
  it('equals Math.round on the edge cases: halves, just below halves, just below ½, integers, 0', () => {
    const below = (x: number): number => x - Number.EPSILON * Math.max(1, x) / 2;
    const cases = [0, 0.49999999999999994, 0.5, 1.5, 2.5, 9999.5, 10_000, 0.1, 0.7, 2 ** 52 - 1, 2 ** 52 - 0.5];
    for (let k = 0; k <= 10_000; k += 1) cases.push(k + 0.5, below(k + 0.5), k + 0.49999999999, k);
    for (const x of cases) expect([x, roundHalfUp(x)]).toEqual([x, Math.round(x)]);
  });

  it('equals Math.round on the doubles next to every power of two and every half up to 2^52', () => {
    const bits = new Float64Array(1);
    const word = new BigInt64Array(bits.buffer);
    const step = (x: number, by: bigint): number => {
      bits[0] = x;
      word[0]! += by;
      return bits[0]!;
    };
    for (let j = 0; j < 52; j++) {
      for (const centre of [2 ** j, 2 ** j - 0.5, 2 ** j + 0.5]) {
        for (let d = -3n; d <= 3n; d++) {
          const x = step(centre, d);
          if (x >= 0) expect([x, roundHalfUp(x)]).toEqual([x, Math.round(x)]);
        }
      }
    }
  });

  it('equals Math.round on random doubles of the score range and beyond (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 ** 40, noNaN: true }), fc.double({ min: 0, max: 10_000, noNaN: true }), (a, b) => {
        expect(roundHalfUp(a)).toBe(Math.round(a));
        expect(roundHalfUp(b)).toBe(Math.round(b));
      }),
      { seed: 5, numRuns: 50_000 },
    );
  });
});

describe('round4 and unit4', () => {
  it('round to 4 decimals like Math.round(x × 10⁴) / 10⁴, unit4 clamping to 0..1 first', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2, noNaN: true }), (x) => {
        expect(round4(x)).toBe(Math.round(x * 10_000) / 10_000);
        expect(unit4(x)).toBe(Math.round(Math.min(1, x) * 10_000) / 10_000);
      }),
      { seed: 6, numRuns: 20_000 },
    );
    expect(unit4(-3)).toBe(0);
    expect(round4(0.12345)).toBe(0.1235);
  });
});
