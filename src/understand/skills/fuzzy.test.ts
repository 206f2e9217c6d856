import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Fuse from 'fuse.js';
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

describe('FuzzyNames character filter', () => {
  // the unfiltered search, as fuse.js alone gives it: the filter must never change a result
  const reference = (folded: string): { phrase: number; score: number } | null => {
    const entry = folded.trim();
    if (entry.length < 5) return null;
    const refs = lexicon.fuzzyNames.flatMap((n, i) => (n[0] === entry[0] ? [i] : []));
    const fuse = new Fuse(refs.map((i) => lexicon.fuzzyNames[i] ?? ''), { includeScore: true, threshold: 0.2, ignoreLocation: true, minMatchCharLength: 3 });
    const best = fuse.search(entry, { limit: 1 })[0];
    if (best === undefined || best.score === undefined || best.score > 0.2) return null;
    const ref = refs[best.refIndex] ?? 0;
    const name = lexicon.fuzzyNames[ref] ?? '';
    if (name.length < entry.length * 0.75 || name.length > entry.length * 1.34) return null;
    return { phrase: lexicon.fuzzyPhrases[ref] ?? 0, score: best.score };
  };

  it('gives the same result as the unfiltered fuse.js search on edited names and on other words', () => {
    const names = lexicon.fuzzyNames;
    fc.assert(
      fc.property(
        fc.nat(names.length - 1),
        fc.array(fc.tuple(fc.nat(30), fc.constantFrom('del', 'ins', 'sub', 'swap'), fc.constantFrom(...'aeinorstuclmp-.+#')), { maxLength: 3 }),
        (i, edits) => {
          let s = names[i] ?? '';
          for (const [at, op, ch] of edits) {
            const k = s.length === 0 ? 0 : at % s.length;
            if (op === 'del') s = s.slice(0, k) + s.slice(k + 1);
            else if (op === 'ins') s = s.slice(0, k) + ch + s.slice(k);
            else if (op === 'sub') s = s.slice(0, k) + ch + s.slice(k + 1);
            else s = s.slice(0, k) + s.slice(k + 1, k + 2) + s.slice(k, k + 1) + s.slice(k + 2);
          }
          expect(fuzzy.find(s)).toEqual(reference(s));
        },
      ),
      { numRuns: 400, seed: 4 },
    );
    for (const w of ['randonnee', 'gestion de projet', 'equitation', 'kubernetes cluster', 'postgre', 'javasript', 'tyepscript']) {
      expect(fuzzy.find(w)).toEqual(reference(w));
    }
  });
});
