import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packUints, unpackUints } from './packing.js';

describe('packUints / unpackUints', () => {
  it('round-trips small and large values', () => {
    const values = [0, 1, 127, 128, 300, 16383, 16384, 65535, 2 ** 31, 0xffffffff];
    expect(Array.from(unpackUints(packUints(values)) ?? [])).toEqual(values);
  });

  it('stores ids below 128 in one byte each', () => {
    expect(Buffer.from(packUints([1, 2, 3, 127]), 'base64')).toHaveLength(4);
  });

  it('round-trips any array of uint32', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff })), (values) => {
        expect(Array.from(unpackUints(packUints(values)) ?? [])).toEqual(values);
      }),
    );
  });

  it('rejects negative or fractional values', () => {
    expect(() => packUints([-1])).toThrow(RangeError);
    expect(() => packUints([1.5])).toThrow(RangeError);
  });

  it('returns null on a truncated varint', () => {
    expect(unpackUints(Buffer.from([0x81]).toString('base64'))).toBeNull();
  });
});
