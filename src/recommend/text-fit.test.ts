import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { ficheQuery } from './fiche-query.js';
import { certIndex, type CertIndex } from './index-certs.js';
import { DenseQuery, fieldScore, fit } from './text-fit.js';

let s: Snapshot;
let idx: CertIndex;
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
});

const titleFit = (code: string, rncp: string): number => {
  const q = ficheQuery(s, idx, s.ficheId(code));
  const qw = new DenseQuery(idx).load(q);
  return fit(fieldScore(idx.title, s.certificationId(rncp), qw), q.titleReference);
};

describe('fieldScore and fit', () => {
  it('fits a web developer title to M1855 better than a maintenance technician, both linked through M1805', () => {
    // RNCP35583 inherits « Maintenicien(ne) informatique systèmes et réseaux »
    expect(titleFit('M1855', 'RNCP37674')).toBeGreaterThan(0.8);
    expect(titleFit('M1855', 'RNCP35583')).toBeLessThan(0.3);
  });

  it('ranks the same certifications differently for two sheets of the same parent', () => {
    // « Développeur web et web mobile » vs « Concepteur développeur d'applications »
    expect(titleFit('M1855', 'RNCP37674')).toBeGreaterThan(titleFit('M1855', 'RNCP37873'));
    expect(titleFit('M1861', 'RNCP37873')).toBeGreaterThan(titleFit('M1861', 'RNCP37674'));
  });

  it('maps scores to 0..1, increasing', () => {
    expect(fit(0, 10)).toBe(0);
    expect(fit(5, 10)).toBeLessThan(fit(10, 10));
    expect(fit(1e6, 10)).toBeLessThanOrEqual(1);
  });

  it('reloads a dense query cleanly', () => {
    const dq = new DenseQuery(idx);
    const a = ficheQuery(s, idx, s.ficheId('M1855'));
    const b = ficheQuery(s, idx, s.ficheId('M1816'));
    dq.load(a);
    const w = dq.load(b);
    let nonZero = 0;
    for (const x of w) if (x !== 0) nonZero++;
    expect(nonZero).toBe(b.terms.length);
  });
});
