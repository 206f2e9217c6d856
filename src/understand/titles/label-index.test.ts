import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { analyzeTitle } from './analyze.js';
import { compileTitles, type TitleModel } from './compile.js';
import { LabelIndex } from './label-index.js';

let snapshot: Snapshot;
let model: TitleModel;
let index: LabelIndex;
beforeAll(async () => {
  snapshot = await loadSnapshot();
  model = compileTitles(snapshot, []);
  index = new LabelIndex(model, snapshot.ficheCount, 1, 1);
});

const term = (w: string): number => model.terms.indexOf(w);

describe('LabelIndex', () => {
  it('counts the labels of each fiche and finds a label by its exact words', () => {
    expect(index.ficheDocs.reduce((a, b) => a + b, 0)).toBe(model.docs.fiche.length);
    const ids = analyzeTitle('Plombier', false).words.map(term);
    const docs = index.exact.get(ids.join(',')) ?? [];
    expect(docs.map((d) => snapshot.file.fiches.code[index.docFiche[d] ?? 0])).toContain('F1603');
  });
  it('weighs rare title words more than common ones', () => {
    expect(index.idf[term('plombier')] ?? 0).toBeGreaterThan(index.idf[term('technicien')] ?? 0);
    expect(index.termWeight[term('technicien')]).toBe(index.idf[term('technicien')]);
  });
  it('knows how concentrated a word is on a fiche', () => {
    const t = term('plombier');
    const f = snapshot.ficheId('F1603');
    let share = 0;
    let total = 0;
    for (let p = index.ficheOffsets[t] ?? 0; p < (index.ficheOffsets[t + 1] ?? 0); p++) {
      total += index.ficheShare[p] ?? 0;
      if (index.ficheList[p] === f) share = index.ficheShare[p] ?? 0;
    }
    expect(total).toBeCloseTo(1);
    expect(share).toBeGreaterThan(0.3);
  });
});
