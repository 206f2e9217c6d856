import { describe, expect, it } from 'vitest';
import { ProfileIndex } from './profile-index.js';
import type { UnpackedProfile } from './profile.js';

// roots: 0 olei, 1 plant, 2 client, 3 tuyau; fiche 0 olive grower, fiche 1 plumber, fiche 2 seller
const csr = (lists: number[][]): { offsets: Uint32Array; roots: Uint32Array } => ({
  offsets: Uint32Array.from([0, ...lists.map((_, i) => lists.slice(0, i + 1).flat().length)]),
  roots: Uint32Array.from(lists.flat()),
});
const profile: UnpackedProfile = {
  roots: ['olei', 'plant', 'client', 'tuyau'],
  termRoot: Int32Array.from([0, 3]),
  fields: [csr([[], [], []]), csr([[1, 2], [2, 3], [2]]), csr([[], [], []]), csr([[], [], []])],
};
const labels = csr([[0, 0], [3], []]);
const weights = { label: 0.9, access: 0.2, skill: 0.5, savoir: 0.3, domain: 0.3 };

describe('ProfileIndex', () => {
  const index = new ProfileIndex(profile, labels, 3, weights);
  it('records in which fields each fiche holds each root', () => {
    expect(index.mask(0, 0)).toBe(0b1); // label
    expect(index.mask(0, 1)).toBe(0b100); // skill
    expect(index.mask(1, 3)).toBe(0b101); // label + skill
    expect(index.mask(2, 0)).toBe(0);
    expect(index.rootId('tuyau')).toBe(3);
    expect(index.rootId('nowhere')).toBe(-1);
  });
  it('combines field weights as independent evidence', () => {
    expect(index.maskWeight[0b101]).toBeCloseTo(1 - 0.1 * 0.5);
    expect(index.maskWeight[0]).toBe(0);
  });
  it('lists the fiches of each root and weighs rare roots more than common ones', () => {
    const fiches = (r: number): number[] => [...index.rFiches.subarray(index.rOffsets[r], index.rOffsets[r + 1])];
    expect(fiches(2)).toEqual([0, 1, 2]);
    expect(fiches(0)).toEqual([0]);
    expect(index.idf[0] ?? 0).toBeGreaterThan(index.idf[2] ?? 0);
  });
});
