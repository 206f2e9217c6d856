import { describe, expect, it } from 'vitest';
import { loadLexicon } from './lexicon.js';
import { phraseKeys } from './keys.js';
import { OverlapIndex } from './overlap.js';
import { loadSnapshot } from '../../snapshot/load.js';

const [lexicon, snapshot] = await Promise.all([loadLexicon(), loadSnapshot()]);
const index = new OverlapIndex(lexicon, 150);
const ids = (text: string) => phraseKeys(text).map((k) => lexicon.tokenIds.get(k) ?? -1);
const labels = (text: string, threshold = 0.8) =>
  index.match(ids(text), { threshold, limit: 3 }).map((h) => snapshot.file.items.label[h.concept]);

describe('OverlapIndex', () => {
  it('finds a ROME phrasing written in other words', () => {
    expect(labels('Gestion quotidienne des stocks et des inventaires tournants')).toContain('Gestion des stocks et inventaires');
  });

  it('needs the head word: the object alone is not the compétence', () => {
    expect(labels('Développement pour des clients grands comptes')).not.toContain('Gestion des grands comptes');
  });

  it('scores the share of the document found, best first', () => {
    const hits = index.match(ids('Concevoir et développer une application web'), { threshold: 0.5, limit: 5 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.coverage).toBeGreaterThanOrEqual(0.5);
    expect(hits.map((h) => h.coverage)).toEqual([...hits.map((h) => h.coverage)].sort((a, b) => b - a));
  });

  it('ignores unknown tokens and finds nothing in unrelated text', () => {
    expect(index.match([-1, -1], { threshold: 0.5, limit: 3 })).toEqual([]);
    expect(labels('Randonnée et escalade le week-end')).toEqual([]);
  });
});
