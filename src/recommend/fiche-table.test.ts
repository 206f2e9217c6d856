import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import {
  ficheTable,
  INHERITED_TITLE_DISCOUNT,
  STATUS_FIT,
  TITLE_SHARE,
  UNTITLED_DISCOUNT,
  type FicheTable,
} from './fiche-table.js';
import { certIndex, type CertIndex } from './index-certs.js';

let s: Snapshot;
let idx: CertIndex;
let t: FicheTable;
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
  t = ficheTable(s, idx, s.ficheId('M1855'), true);
});

const row = (rncp: string): number => t.cert.indexOf(s.certificationId(rncp));

describe('ficheTable', () => {
  it('has one row per candidate, with fits and shares in 0..1', () => {
    expect(t.size).toBeGreaterThan(100);
    for (const a of [t.cert, t.replaces, t.titleFit, t.formacodeFit, t.relevance, t.status, t.rncp]) {
      expect(a.length).toBe(t.size);
    }
    expect(t.coreShare.length).toBe(t.size * t.core.length);
    for (const a of [t.titleFit, t.formacodeFit, t.relevance, t.coreShare]) {
      for (const x of a) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
    }
  });

  it('ranks a web developer title far above a maintenance technician for M1855', () => {
    expect(t.relevance[row('RNCP37674')]).toBeGreaterThan(0.8);
    expect(t.relevance[row('RNCP35583')]).toBeLessThan(0.4);
  });

  it('blends title and Formacode fits, discounting inherited titles and certifications without any', () => {
    for (let k = 0; k < t.size; k++) {
      const c = t.cert[k] ?? 0;
      const src = idx.titleSource[c] ?? -1;
      const tf = t.titleFit[k] ?? 0;
      const ff = t.formacodeFit[k] ?? 0;
      const blend = (TITLE_SHARE * tf + (1 - TITLE_SHARE) * ff) * (src === c ? 1 : INHERITED_TITLE_DISCOUNT);
      const expected = src < 0 ? UNTITLED_DISCOUNT * ff : blend;
      expect(t.relevance[k]).toBeCloseTo(expected, 5);
      if (src < 0) expect(tf).toBe(0);
    }
  });

  it('scores the status from the active flag', () => {
    expect(t.status[row('RNCP37674')]).toBe(STATUS_FIT.active);
    expect(t.status[row('RNCP38436')]).toBe(STATUS_FIT.unknown);
    const all = ficheTable(s, idx, s.ficheId('M1855'), false);
    expect(all.status[all.cert.indexOf(s.certificationId('RNCP26933'))]).toBe(STATUS_FIT.retired);
    expect(all.size).toBeGreaterThan(t.size);
  });

  it('stores the share of each core item in each candidate', () => {
    const k = row('RNCP37674');
    const j = t.core.findIndex((g) => g.label === 'Concevoir une application web');
    expect(j).toBeGreaterThanOrEqual(0);
    expect(t.coreShare[k * t.core.length + j]).toBeGreaterThan(0);
  });

  it('is memoised per fiche and activeOnly', () => {
    expect(ficheTable(s, idx, s.ficheId('M1855'), true)).toBe(t);
    expect(ficheTable(s, idx, s.ficheId('M1855'), false)).not.toBe(t);
  });
});
