import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BoussoleError } from '../../errors.js';
import { loadSnapshot, modelsDir } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { TITLE_ALIASES } from './aliases.js';
import { checkTitleModel, compileTitles, TITLE_MODEL_FILE, type TitleModel } from './compile.js';
import { STORED_FIELDS, unpackProfile } from './profile.js';
import { RANK_FEATURES, type RankerModel } from './ranker.js';

let snapshot: Snapshot;
let model: TitleModel;
beforeAll(async () => {
  snapshot = await loadSnapshot();
  model = compileTitles(snapshot, TITLE_ALIASES);
});

const code = (e: unknown): string => (e instanceof BoussoleError ? e.code : 'not a BoussoleError');
const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return code(e);
  }
  return 'no error';
};

describe('compileTitles', () => {
  it('indexes every fiche, with distinct labels per fiche and a head term for each', () => {
    const { docs } = model;
    expect(new Set(docs.fiche).size).toBe(snapshot.ficheCount);
    expect(docs.fiche.length).toBeGreaterThan(13_000);
    const sigs = new Set<string>();
    for (let d = 0; d < docs.fiche.length; d++) {
      const terms = docs.terms.slice(docs.offsets[d], docs.offsets[d + 1]);
      expect(terms).toContain(docs.head[d]);
      const sig = `${docs.fiche[d]}|${terms.join(',')}`;
      expect(sigs.has(sig)).toBe(false);
      sigs.add(sig);
    }
    expect(model.context.offsets).toHaveLength(snapshot.ficheCount + 1);
  });
  it('keeps a typo vocabulary from written forms to index words', () => {
    const at = model.vocabulary.raw.indexOf('vendeuse');
    expect(model.vocabulary.word[at]).toBe('vendeur');
    expect(model.vocabulary.raw).toContain('engineer');
  });
  it('is deterministic and refuses aliases to unknown fiches', () => {
    expect(compileTitles(snapshot, TITLE_ALIASES)).toEqual(model);
    expect(thrown(() => compileTitles(snapshot, [{ title: 'x', code: 'Z9999' }]))).toBe('UNKNOWN_CODE');
  });
  it('holds the fiche profiles: every index term has a root, fiches have skills', () => {
    const p = unpackProfile(model.profile, model.terms.length, snapshot.ficheCount);
    if (typeof p === 'string') throw new Error(p);
    expect([...p.termRoot].every((r) => r >= 0)).toBe(true);
    const skills = p.fields[STORED_FIELDS.indexOf('skill')];
    expect(skills?.roots.length).toBeGreaterThan(100_000);
  });
  it('matches the compiled models/titles.json, which adds a trained ranker (rebuild with `npm run snapshot`)', () => {
    const file = JSON.parse(readFileSync(join(modelsDir(), TITLE_MODEL_FILE), 'utf8')) as TitleModel;
    const { ranker, ...compiled } = file;
    expect(compiled).toEqual(model);
    expect(ranker?.features).toEqual(RANK_FEATURES);
    expect(ranker?.trained.queries).toBeGreaterThan(8000);
    expect(checkTitleModel(file, snapshot).ranker).toEqual(ranker);
  });
});

describe('checkTitleModel', () => {
  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(model)) as Record<string, unknown>;
  it('accepts a compiled model', () => {
    expect(checkTitleModel(clone(), snapshot).docs.fiche.length).toBe(model.docs.fiche.length);
  });
  it('refuses other formats, versions and ROME versions', () => {
    expect(thrown(() => checkTitleModel({ format: 'x' }, snapshot))).toBe('SNAPSHOT_CORRUPT');
    expect(thrown(() => checkTitleModel({ ...clone(), version: 99 }, snapshot))).toBe('SNAPSHOT_VERSION');
    expect(thrown(() => checkTitleModel({ ...clone(), rome: 'ROME 3' }, snapshot))).toBe('SNAPSHOT_CORRUPT');
  });
  it('refuses out-of-range ids and inconsistent tables', () => {
    const m = clone() as unknown as TitleModel;
    m.docs.terms[0] = m.terms.length;
    expect(thrown(() => checkTitleModel(m, snapshot))).toBe('SNAPSHOT_CORRUPT');
    const n = clone() as unknown as TitleModel;
    n.docs.fiche.pop();
    expect(thrown(() => checkTitleModel(n, snapshot))).toBe('SNAPSHOT_CORRUPT');
    const c = clone() as unknown as TitleModel;
    c.context.offsets.pop();
    expect(thrown(() => checkTitleModel(c, snapshot))).toBe('SNAPSHOT_CORRUPT');
    const p = clone() as unknown as TitleModel;
    p.profile.fields.pop();
    expect(thrown(() => checkTitleModel(p, snapshot))).toBe('SNAPSHOT_CORRUPT');
  });
  it('refuses a ranker over other features or with missing weights', () => {
    const ranker: RankerModel = { features: [...RANK_FEATURES], weights: RANK_FEATURES.map(() => 0.5), candidates: 10, trained: { queries: 1, loss: 1, acc1: 1 } };
    expect(checkTitleModel({ ...clone(), ranker }, snapshot).ranker).toEqual(ranker);
    expect(thrown(() => checkTitleModel({ ...clone(), ranker: { ...ranker, features: ['x'] } }, snapshot))).toBe('SNAPSHOT_CORRUPT');
    expect(thrown(() => checkTitleModel({ ...clone(), ranker: { ...ranker, weights: [1] } }, snapshot))).toBe('SNAPSHOT_CORRUPT');
    expect(thrown(() => checkTitleModel({ ...clone(), ranker: { ...ranker, candidates: 0 } }, snapshot))).toBe('SNAPSHOT_CORRUPT');
  });
});
