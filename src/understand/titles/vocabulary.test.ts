import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { analyzeTitle } from './analyze.js';
import { compileTitles, type TitleModel } from './compile.js';
import { LabelIndex } from './label-index.js';
import { unpackProfile } from './profile.js';
import { ProfileIndex } from './profile-index.js';
import { DEFAULT_SCORING } from './title-index.js';
import { TitleVocabulary, type QueryPart } from './vocabulary.js';

let snapshot: Snapshot;
let model: TitleModel;
let vocab: TitleVocabulary;
beforeAll(async () => {
  snapshot = await loadSnapshot();
  model = compileTitles(snapshot, []);
  const labels = new LabelIndex(model, snapshot.ficheCount, 1, 1);
  const p = unpackProfile(model.profile, model.terms.length, snapshot.ficheCount);
  if (typeof p === 'string') throw new Error(p);
  const empty = { offsets: new Uint32Array(snapshot.ficheCount + 1), roots: new Uint32Array(0) };
  const profile = new ProfileIndex(p, empty, snapshot.ficheCount, DEFAULT_SCORING.fields);
  vocab = new TitleVocabulary(model, labels.termWeight, labels.labelCount, profile, p.termRoot, snapshot.ficheCount);
});

const words = (part: QueryPart | undefined): string[] => (part?.terms ?? []).map((t) => model.terms[t] ?? '');
const parts = (title: string, credits: Partial<typeof DEFAULT_SCORING> = {}): QueryPart[] =>
  vocab.parts(analyzeTitle(title), { ...DEFAULT_SCORING, ...credits });

describe('TitleVocabulary.parts', () => {
  it('reads each word as its own term first, the head noun weighted', () => {
    const [head, web] = parts('Développeur web');
    expect(words(head)).toEqual(['developpeur']);
    expect(head?.head).toBe(true);
    expect(head?.credit).toEqual([1]);
    expect(words(web)[0]).toBe('web');
    expect(web?.head).toBe(false);
    expect(head?.roots.length).toBeGreaterThan(0);
  });
  it('adds lower-credit alternatives: translations, synonyms', () => {
    const [nurse] = parts('Nurse');
    expect(words(nurse)).toEqual(['infirmier']);
    expect(nurse?.credit[0]).toBe(DEFAULT_SCORING.indirect);
    const [, pig] = parts('Éleveur de porcs');
    expect(words(pig)).toContain('porcin');
  });
  it('rescues typos, two-edit ones with less credit when asked', () => {
    const [one] = parts('Plombié');
    expect(words(one)).toEqual(['plombier']);
    const [two] = parts('Devellopeur', { farTypo: 0.5 });
    expect(words(two)).toEqual(['developpeur']);
    expect(two?.credit[0]).toBeCloseTo(DEFAULT_SCORING.indirect * 0.5);
  });
  it('keeps an unknown word as a weighted part with its own root only', () => {
    const [unknown] = parts('Xqzwv');
    expect(unknown?.terms).toEqual([]);
    expect(unknown?.weight).toBe(vocab.unknownWeight);
    expect(unknown?.roots).toEqual([]);
  });
});
