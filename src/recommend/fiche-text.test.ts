import { beforeAll, describe, expect, it } from 'vitest';
import { COEUR } from '../snapshot/format.js';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { coreItems, extractFicheText } from './fiche-text.js';
import { certIndex, type CertIndex } from './index-certs.js';
import { termKey } from './terms.js';

let s: Snapshot;
let idx: CertIndex;
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
});

describe('coreItems', () => {
  it('lists the Principale items of a fiche', () => {
    const f = s.ficheId('M1855');
    const core = coreItems(s, f);
    expect(core.length).toBeGreaterThan(3);
    for (const i of core) expect(s.isCore(f, i)).toBe(true);
    let principale = 0;
    for (let k = s.linkOffsets[f] ?? 0; k < (s.linkOffsets[f + 1] ?? 0); k++) {
      if (s.linkCoeur[k] === COEUR.PRINCIPALE) principale++;
    }
    expect(core.length).toBe(principale);
  });
});

describe('extractFicheText', () => {
  it('counts the appellations and core labels holding each known term', () => {
    const f = s.ficheId('M1855');
    const text = extractFicheText(s, idx.termIds, f);
    const web = idx.termIds.get(termKey('web')) ?? -1;
    expect(text.title.has(web)).toBe(true);
    expect(text.appellationCount).toBe((s.appellationOffsets[f + 1] ?? 0) - (s.appellationOffsets[f] ?? 0));
    expect(text.coreCount).toBe(coreItems(s, f).length);
    const withWeb = Array.from({ length: text.appellationCount }, (_, a) => s.file.appellations.long[(s.appellationOffsets[f] ?? 0) + a] ?? '')
      .filter((l) => /\bweb\b/i.test(l)).length;
    expect(text.appellations.get(web)).toBe(withWeb);
    for (const t of [...text.title, ...text.appellations.keys(), ...text.core.keys()]) expect(text.all.has(t)).toBe(true);
  });
});
