import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { candidatesOf, liveSuccessor } from './candidates.js';
import { certIndex, type CertIndex } from './index-certs.js';

let s: Snapshot;
let idx: CertIndex;
let m1855: number;
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
  m1855 = s.ficheId('M1855');
});

const id = (c: number): string => s.file.certifications.id[c] ?? '';
const dense = (rncp: string): number => s.certificationId(rncp);

describe('liveSuccessor', () => {
  it('follows successor links past retired certifications', () => {
    // RNCP11510 (retired) → RNCP25464 (retired) → RNCP35583 (status unknown)
    expect(id(liveSuccessor(s, idx, dense('RNCP11510')))).toBe('RNCP35583');
    expect(id(liveSuccessor(s, idx, dense('RNCP31114')))).toBe('RNCP37674');
  });

  it('gives -1 without a successor', () => {
    expect(liveSuccessor(s, idx, dense('RNCP26933'))).toBe(-1);
    expect(liveSuccessor(s, idx, dense('RNCP37674'))).toBe(-1);
  });
});

describe('candidatesOf', () => {
  it('replaces a retired certification by its live successor, once, naming the most recent one replaced', () => {
    const cands = candidatesOf(s, idx, m1855, { activeOnly: true });
    const ids = cands.map((c) => id(c.cert));
    expect(ids).toContain('RNCP37674');
    expect(ids).not.toContain('RNCP31114');
    expect(new Set(ids).size).toBe(ids.length);
    expect(id(cands.find((c) => id(c.cert) === 'RNCP37674')?.replaces ?? -1)).toBe('RNCP31114');
    // two retired certifications lead to RNCP35583 through M1805: the most recent is named
    expect(id(cands.find((c) => id(c.cert) === 'RNCP35583')?.replaces ?? -1)).toBe('RNCP25464');
  });

  it('drops retired certifications without a live successor only when activeOnly', () => {
    const active = candidatesOf(s, idx, m1855, { activeOnly: true });
    const all = candidatesOf(s, idx, m1855, { activeOnly: false });
    const retired = (cs: typeof all): number => cs.filter((c) => s.file.certifications.active[c.cert] === 0).length;
    expect(retired(active)).toBe(0);
    expect(retired(all)).toBeGreaterThan(100);
    expect(all.map((c) => id(c.cert))).toContain('RNCP26933');
    // replacement happens in both modes
    expect(all.map((c) => id(c.cert))).not.toContain('RNCP31114');
  });

  it('keeps only certifications RNCP links to the parent, or successors of those', () => {
    const linked = new Set(s.certificationsOfFiche(m1855));
    for (const c of candidatesOf(s, idx, m1855, { activeOnly: true })) {
      expect(linked.has(c.cert) || linked.has(c.replaces)).toBe(true);
    }
  });

  it('filters on maxLevel, using inferred levels and keeping unknown ones', () => {
    const cands = candidatesOf(s, idx, m1855, { activeOnly: true, maxLevel: 5 });
    expect(cands.length).toBeGreaterThan(0);
    for (const c of cands) expect(idx.level[c.cert] ?? 0).toBeLessThanOrEqual(5);
    expect(cands.some((c) => idx.level[c.cert] === 0)).toBe(true);
  });

  it('is empty for a fiche no certification reaches', () => {
    const fiche = s.file.fiches.code.findIndex((_, f) => s.certificationsOfFiche(f).length === 0);
    expect(candidatesOf(s, idx, fiche, { activeOnly: false })).toEqual([]);
  });
});
