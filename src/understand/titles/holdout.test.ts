import { beforeAll, describe, expect, it } from 'vitest';
import { FLAG } from '../../snapshot/format.js';
import { loadSnapshot } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { aliasesWithout, heldOutAppellations, withoutAppellations } from './holdout.js';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot();
});

describe('held-out appellations', () => {
  it('never holds out a main appellation', () => {
    const drop = heldOutAppellations(snapshot, () => true);
    const flags = snapshot.file.appellations.flags;
    expect(drop.size).toBeGreaterThan(10_000);
    for (const i of drop) expect((flags[i] ?? 0) & FLAG.PRINCIPALE).toBe(0);
    expect(drop.size).toBe(flags.filter((f) => (f & FLAG.PRINCIPALE) === 0).length);
  });
  it('removes them from a copy of the snapshot and keeps every fiche named', () => {
    const drop = heldOutAppellations(snapshot, (i) => i % 5 === 2);
    const reduced = withoutAppellations(snapshot, drop);
    const a = snapshot.file.appellations;
    expect(reduced.file.appellations.ogr).toHaveLength(a.ogr.length - drop.size);
    expect(new Set(reduced.file.appellations.fiche).size).toBe(snapshot.ficheCount);
    const [first] = drop;
    expect(reduced.appellationId(a.ogr[first ?? 0] ?? 0)).toBe(-1);
    expect(snapshot.appellationId(a.ogr[first ?? 0] ?? 0)).toBe(first);
  });
  it('drops the aliases that restate a held-out appellation, and only those', () => {
    const a = snapshot.file.appellations;
    const i = a.long.findIndex((l, k) => l.startsWith('Plombier') && ((a.flags[k] ?? 0) & FLAG.PRINCIPALE) === 0);
    const aliases = [
      { title: a.feminine[i] || (a.masculine[i] ?? ''), code: 'F1603' },
      { title: 'software engineer', code: 'M1818' },
    ];
    expect(aliasesWithout(aliases, snapshot, new Set([i]))).toEqual([aliases[1]]);
  });
});
