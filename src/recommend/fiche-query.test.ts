import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { ficheQuery } from './fiche-query.js';
import { certIndex, type CertIndex } from './index-certs.js';
import { termKey } from './terms.js';

let s: Snapshot;
let idx: CertIndex;
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
});

const weight = (code: string, word: string): number => {
  const q = ficheQuery(s, idx, s.ficheId(code));
  const t = idx.termIds.get(termKey(word)) ?? -1;
  const k = q.terms.indexOf(t);
  return k < 0 ? 0 : (q.weights[k] ?? 0);
};

describe('ficheQuery', () => {
  it('weighs the words that tell a fiche from its siblings above the shared ones', () => {
    // M1855 and M1861 share the v3 parent M1805 with 25 other fiches
    expect(weight('M1855', 'web')).toBeGreaterThan(weight('M1855', 'informatique'));
    expect(weight('M1855', 'web')).toBeGreaterThan(weight('M1861', 'web'));
    expect(weight('M1861', 'logiciel')).toBeGreaterThan(weight('M1855', 'logiciel'));
  });

  it('weighs role words (found in many fiche titles) below trade words', () => {
    expect(weight('M1816', 'reseau')).toBeGreaterThan(weight('M1816', 'technicien'));
  });

  it('has sorted distinct positive weights and positive references, and is memoised', () => {
    const q = ficheQuery(s, idx, s.ficheId('M1816'));
    for (let k = 1; k < q.terms.length; k++) expect(q.terms[k]).toBeGreaterThan(q.terms[k - 1] ?? -1);
    for (const w of q.weights) expect(w).toBeGreaterThan(0);
    expect(q.titleReference).toBeGreaterThan(0);
    expect(q.classReference).toBeGreaterThan(0);
    expect(ficheQuery(s, idx, s.ficheId('M1816'))).toBe(q);
  });
});
