import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.js';

/** The reference: sort every (key, position) by key descending then position ascending, keep the first k. */
const sortThenSlice = (keys: number[], k: number): [number, number][] =>
  keys
    .map((key, pos): [number, number] => [key, pos])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k);

const drained = (heap: TopK, capacity: number): [number, number][] => {
  const outKeys = new Int32Array(capacity);
  const outPos = new Int32Array(capacity);
  const n = heap.drain(outKeys, outPos);
  return Array.from({ length: n }, (_, i): [number, number] => [outKeys[i]!, outPos[i]!]);
};

describe('TopK', () => {
  it('equals sort-then-slice, ties broken by lower position (many ties: keys from a tiny range)', () => {
    const heap = new TopK(2);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (keys, k) => {
        heap.reset(k);
        keys.forEach((key, pos) => heap.push(key, pos));
        expect(drained(heap, k)).toEqual(sortThenSlice(keys, k));
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('equals sort-then-slice whatever order the pairs arrive in', () => {
    const heap = new TopK();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 200 }).chain((keys) =>
          fc.tuple(fc.constant(keys), fc.shuffledSubarray([...keys.keys()], { minLength: keys.length }), fc.integer({ min: 1, max: 50 })),
        ),
        ([keys, order, k]) => {
          heap.reset(k);
          for (const pos of order) heap.push(keys[pos]!, pos);
          expect(drained(heap, k)).toEqual(sortThenSlice(keys, k));
        },
      ),
      { seed: 6, numRuns: 300 },
    );
  });

  it('reports −1 as threshold until full, then the worst held key', () => {
    const heap = new TopK();
    heap.reset(2);
    expect(heap.threshold()).toBe(-1);
    heap.push(5, 0);
    expect(heap.threshold()).toBe(-1);
    heap.push(9, 1);
    expect(heap.threshold()).toBe(5);
    heap.push(7, 2);
    expect(heap.threshold()).toBe(7);
  });

  it('is empty after drain and reusable with a larger bound', () => {
    const heap = new TopK(1);
    heap.reset(1);
    heap.push(3, 0);
    heap.push(7, 1);
    expect(drained(heap, 1)).toEqual([[7, 1]]);
    expect(heap.size).toBe(0);
    heap.reset(100);
    for (let i = 0; i < 100; i++) heap.push(i % 7, i);
    expect(drained(heap, 100)).toEqual(sortThenSlice(Array.from({ length: 100 }, (_, i) => i % 7), 100));
  });
});
