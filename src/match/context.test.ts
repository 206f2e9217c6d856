import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../snapshot/snapshot.js';
import { snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';

let snap: Snapshot;
let ctx: MatchContext;

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
});

describe('MatchContext', () => {
  it('maps a profile skill id (code_ogr as a string) to its item, and anything else to -1', () => {
    expect(ctx.itemOf('102788')).toBe(snap.itemId(102788));
    expect(snap.file.items.label[ctx.itemOf('102788')]).toBe('HTML');
    for (const id of ['', '0102788', '102788 ', 'http://data.europa.eu/esco/skill/1', '1234567890', '515352', '-1', '1e5']) {
      expect(ctx.itemOf(id)).toBe(-1);
    }
  });

  it('flags savoirs that are certifications, and only those', () => {
    const master = snap.itemId(491247); // Master mention informatique
    expect(ctx.itemIsCertification[master]).toBe(1);
    expect(ctx.itemIsCertification[snap.itemId(102788)]).toBe(0);
  });

  it('indexes v3 parents densely: fiches under M1805 share one index', () => {
    const ids = snap.file.fiches.parent.flatMap((p, f) => (p === 'M1805' ? [f] : []));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids.map((f) => ctx.ficheParent[f])).size).toBe(1);
    expect(ctx.ficheParent[snap.ficheId('D1214')]).not.toBe(ctx.ficheParent[snap.ficheId('M1855')]);
  });

  it('folds labels for ordering (case and accents)', () => {
    const it = snap.itemId(405113);
    expect(snap.file.items.label[it]).toBe('Savoir émeriser des pièces simples');
    expect(ctx.labelKey(it)).toBe('savoir emeriser des pieces simples');
  });
});
