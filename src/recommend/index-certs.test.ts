import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { buildCertIndex, certIndex, type CertField, type CertIndex } from './index-certs.js';
import { termKey } from './terms.js';

let s: Snapshot;
let idx: CertIndex;
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
});

const fieldKeys = (field: CertField, id: string): string[] => {
  const names = [...idx.termIds.keys()];
  const c = s.certificationId(id);
  return Array.from(field.terms.subarray(field.offsets[c], field.offsets[c + 1]), (t) => names[t] ?? '');
};

describe('certIndex', () => {
  it('has one row per certification, in valid CSR typed arrays', () => {
    const n = s.file.certifications.id.length;
    expect(idx.size).toBe(n);
    for (const field of [idx.title, idx.classes]) {
      expect(field.offsets).toBeInstanceOf(Uint32Array);
      expect(field.offsets.length).toBe(n + 1);
      expect(field.offsets[n]).toBe(field.terms.length);
      for (let c = 0; c < n; c++) expect(field.offsets[c + 1]).toBeGreaterThanOrEqual(field.offsets[c] ?? 0);
      expect(Math.max(...field.terms)).toBeLessThan(idx.termIds.size);
      expect(field.idf.length).toBe(idx.termIds.size);
    }
  });

  it('bags the title without its certifier, and the Formacode and NSF labels', () => {
    const title = fieldKeys(idx.title, 'RNCP37674');
    expect(title).toEqual(expect.arrayContaining([termKey('developpeur'), 'web', termKey('mobile')]));
    expect(title).not.toContain('tp');
    expect(fieldKeys(idx.classes, 'RNCP37674')).toEqual(expect.arrayContaining([termKey('developpement'), 'web']));
  });

  it('gives a certification without title the title and level of its latest titled predecessor', () => {
    // RNCP31899 « Intégrateur - Développeur Web » (level 5, retired) → RNCP38436 (no title, no level in the sources)
    const c = s.certificationId('RNCP38436');
    expect(s.file.certifications.title[c]).toBe('');
    expect(idx.titleSource[c]).toBe(s.certificationId('RNCP31899'));
    expect(idx.level[c]).toBe(5);
    expect(fieldKeys(idx.title, 'RNCP38436')).toEqual(expect.arrayContaining([termKey('integrateur'), 'web']));
  });

  it('leaves certifications with neither title nor titled predecessor without a title bag', () => {
    const c = s.certificationId('RNCP41143');
    expect(idx.titleSource[c]).toBe(-1);
    expect(idx.title.offsets[c]).toBe(idx.title.offsets[c + 1]);
    expect(idx.classes.offsets[c + 1]).toBeGreaterThan(idx.classes.offsets[c] ?? 0);
  });

  it('resolves successor links to dense ids', () => {
    expect(idx.successor[s.certificationId('RNCP31114')]).toBe(s.certificationId('RNCP37674'));
    expect(idx.successor[s.certificationId('RNCP37674')]).toBe(-1);
  });

  it('weighs rare words above common ones', () => {
    const idf = (w: string): number => idx.title.idf[idx.termIds.get(termKey(w)) ?? -1] ?? 0;
    expect(idf('cybersecurite')).toBeGreaterThan(idf('informatique'));
    expect(idf('web')).toBeGreaterThan(idf('ingenieur'));
  });

  it('is built once per snapshot, and rebuilt identically', () => {
    expect(certIndex(s)).toBe(idx);
    const again = buildCertIndex(s);
    expect(again.title.terms).toEqual(idx.title.terms);
    expect(again.classes.tf).toEqual(idx.classes.tf);
    expect(again.idf).toEqual(idx.idf);
  });
});
