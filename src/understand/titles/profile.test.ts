import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { wordRoot } from './root.js';
import { compileProfile, ficheTexts, STORED_FIELDS, unpackProfile, type FicheTexts } from './profile.js';

let snapshot: Snapshot;
let texts: FicheTexts;
beforeAll(async () => {
  snapshot = await loadSnapshot();
  texts = ficheTexts(snapshot);
}, 30_000);

describe('ficheTexts', () => {
  it('gives every fiche the roots of its access text, skills, savoirs and domaine', () => {
    expect(texts).toHaveLength(STORED_FIELDS.length);
    for (const field of texts) expect(field).toHaveLength(snapshot.ficheCount);
    const f = snapshot.ficheId('A1414'); // horticulteur
    const [access, skill, savoir, domain] = texts.map((field) => field[f] ?? []);
    expect(access).toContain(wordRoot('horticulture')); // "formation … en horticulture"
    expect(skill).toContain(wordRoot('plantation')); // "Surveiller l'état d'une plantation"
    expect(savoir?.length).toBeGreaterThan(5);
    expect(domain).toContain(wordRoot('production')); // domaine "Production"
  });
});

describe('compileProfile / unpackProfile', () => {
  const terms = ['horticulteur', 'plombier', 'vendeur'];
  const small: FicheTexts = [[['horti', 'cap'], []], [['plant', 'horti'], ['plomb']], [[], ['tuyau']], [['product'], ['batiment']]];
  it('round-trips: each term keeps its root, each fiche its sorted roots per field', () => {
    const p = compileProfile(terms, small);
    const u = unpackProfile(p, terms.length, 2);
    if (typeof u === 'string') throw new Error(u);
    expect(u.roots).toEqual([...u.roots].sort());
    expect([...u.termRoot].map((r) => u.roots[r])).toEqual(['horti', 'plomb', 'vend']);
    const field = (i: number, f: number): string[] =>
      [...(u.fields[i]?.roots.subarray(u.fields[i]?.offsets[f], u.fields[i]?.offsets[f + 1]) ?? [])].map((r) => u.roots[r] ?? '');
    expect(field(0, 0)).toEqual(['cap', 'horti']);
    expect(field(1, 0)).toEqual(['horti', 'plant']);
    expect(field(2, 1)).toEqual(['tuyau']);
    expect(field(3, 1)).toEqual(['batiment']);
  });
  it('reports malformed tables instead of reading past them', () => {
    const p = compileProfile(terms, small);
    expect(typeof unpackProfile(p, terms.length + 1, 2)).toBe('string');
    expect(typeof unpackProfile(p, terms.length, 3)).toBe('string');
    expect(typeof unpackProfile({ ...p, fields: p.fields.slice(1) }, terms.length, 2)).toBe('string');
    const field0 = p.fields[0] ?? { counts: '', deltas: '' };
    expect(typeof unpackProfile({ ...p, fields: [{ ...field0, deltas: '//8=' }, ...p.fields.slice(1)] }, terms.length, 2)).toBe('string');
  });
});
