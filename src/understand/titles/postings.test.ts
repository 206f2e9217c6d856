import { describe, expect, it } from 'vitest';
import { invert } from './postings.js';

describe('invert', () => {
  it('turns rows → columns into columns → rows, in row order, counting a repeated value once', () => {
    // row 0: [2, 0, 2], row 1: [], row 2: [0, 1]
    const { offsets, values } = invert([0, 3, 3, 5], [2, 0, 2, 0, 1], 4);
    expect([...offsets]).toEqual([0, 2, 3, 4, 4]);
    expect([...values]).toEqual([0, 2, 2, 0]);
  });
  it('handles an empty table', () => {
    const { offsets, values } = invert([0], [], 2);
    expect([...offsets]).toEqual([0, 0, 0]);
    expect(values).toHaveLength(0);
  });
});
