import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../snapshot/load.js';
import { FuzzyNames } from './fuzzy.js';
import { loadLexicon } from './lexicon.js';

const [lexicon, snapshot] = await Promise.all([loadLexicon(), loadSnapshot()]);
const fuzzy = new FuzzyNames(lexicon);
const labels = (entry: string) => {
  const hit = fuzzy.find(entry);
  return hit === null ? [] : Array.from(lexicon.phraseTargets(hit.phrase), (c) => snapshot.file.items.label[c]);
};

describe('FuzzyNames', () => {
  it('corrects typos in short names', () => {
    expect(labels('javascrpit')).toContain('Programmation en JavaScript');
    expect(labels('kubernets')).toContain('Kubernetes');
    expect(labels('photoshp')).toContain('Photoshop');
  });

  it('leaves short, unrelated or containing entries alone', () => {
    expect(fuzzy.find('jav')).toBeNull();
    expect(fuzzy.find('randonnee')).toBeNull();
    // "vision" would contain "invision" (Figma's rival): typos keep the first letter
    expect(labels('vision')).not.toContain("Conception d'interfaces utilisateur (UI)");
  });
});
