import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { isStopword } from '../understand/text/stopwords.js';
import { tokenize } from '../understand/text/tokenize.js';
import { termKey, textTerms } from './terms.js';

let s: Snapshot;
beforeAll(async () => {
  s = await loadSnapshot();
});

describe('termKey', () => {
  it('brings agent nouns, their feminine and the action words to one key', () => {
    const same = (...words: string[]): void => {
      const keys = new Set(words.map((w) => termKey(w)));
      expect(keys.size, words.join(' ')).toBe(1);
    };
    same('developpeur', 'developpeuse', 'developpeurs', 'developper', 'developpement');
    same('integrateur', 'integratrice', 'integration');
    same('concepteur', 'conceptrice', 'conception');
    same('administrateur', 'administration');
    same('reseau', 'reseaux');
  });

  it('keeps different trades apart and non-words as they are', () => {
    expect(termKey('developpeur')).not.toBe(termKey('technicien'));
    expect(termKey('web')).toBe('web');
    expect(termKey('c++')).toBe('c++');
  });
});

describe('textTerms', () => {
  it('drops stopwords, one-letter tokens and bare numbers, keeping text order', () => {
    expect(textTerms("Développeur web et web mobile (niveau 5) d'application")).toEqual(
      ['developpeur', 'web', 'web', 'mobile', 'niveau', 'application'].map((w) => termKey(w)),
    );
  });

  it('equals tokenizing the whole text at once, on every certification title', () => {
    // textTerms tokenizes space-separated chunks (memoised); tokens never span a space
    for (const title of s.file.certifications.title) {
      const whole = tokenize(title)
        .map((t) => t.norm)
        .filter((n) => n.length >= 2 && !isStopword(n, 'fr') && !/^\d+$/.test(n))
        .map((n) => termKey(n));
      expect(textTerms(title)).toEqual(whole);
    }
  });
});
