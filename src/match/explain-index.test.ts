import { beforeAll, describe, expect, it } from 'vitest';
import { COEUR } from '../snapshot/format.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { explainIndex } from './explain-index.js';
import { DEFAULT_PARAMS } from './params.js';
import { compileTargetSet, ficheRows, type TargetSet } from './target-set.js';

let snap: Snapshot;
let ctx: MatchContext;
let digital: TargetSet;

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  digital = compileTargetSet(ctx, ficheRows(ctx, snap.digital), DEFAULT_PARAMS);
});

describe('explainIndex', () => {
  it('ranks each sheet’s links by folded label, then item, and knows each link’s macro-compétence', () => {
    const index = explainIndex(ctx, digital);
    for (let s = 0; s < digital.size; s++) {
      const links = Array.from({ length: digital.offsets[s + 1]! - digital.offsets[s]! }, (_, j) => digital.offsets[s]! + j);
      const byRank = [...links].sort((a, b) => index.labelRank[a]! - index.labelRank[b]!);
      expect(byRank.map((k) => index.labelRank[k])).toEqual(links.map((_, j) => j));
      for (let j = 1; j < byRank.length; j++) {
        const [a, b] = [digital.items[byRank[j - 1]!]!, digital.items[byRank[j]!]!];
        expect(ctx.labelKey(a) < ctx.labelKey(b) || (ctx.labelKey(a) === ctx.labelKey(b) && a < b)).toBe(true);
      }
      for (const k of links) expect(index.linkMacro[k]).toBe(ctx.itemMacro[digital.items[k]!]);
    }
  });

  it('lists each sheet’s core links, Principale first, then heavier, then by label', () => {
    const index = explainIndex(ctx, digital);
    for (let s = 0; s < digital.size; s++) {
      const core = Array.from(index.coreLinks.subarray(index.coreOffsets[s]!, index.coreOffsets[s + 1]!));
      const expected: number[] = [];
      for (let k = digital.offsets[s]!; k < digital.offsets[s + 1]!; k++) if (digital.coeur[k] !== COEUR.NONE) expected.push(k);
      expect([...core].sort((a, b) => a - b)).toEqual(expected);
      for (let j = 1; j < core.length; j++) {
        const [a, b] = [core[j - 1]!, core[j]!];
        const order = digital.coeur[a]! - digital.coeur[b]! || digital.weights[b]! - digital.weights[a]! || index.labelRank[a]! - index.labelRank[b]!;
        expect(order).toBeLessThan(0);
      }
    }
  });

  it('is computed once per target set', () => {
    expect(explainIndex(ctx, digital)).toBe(explainIndex(ctx, digital));
  });
});
