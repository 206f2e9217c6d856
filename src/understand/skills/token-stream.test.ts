import { describe, expect, it } from 'vitest';
import { tokenKey } from './keys.js';
import { tokenStream } from './token-stream.js';

const stream = (text: string) => tokenStream(text, () => 0);
const norms = (text: string, pick: (ts: ReturnType<typeof stream>, i: number) => boolean) => {
  const ts = stream(text);
  return ts.tokens.filter((_, i) => pick(ts, i)).map((t) => t.norm);
};

describe('tokenStream', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Maîtrise de Node.js et C++';
    const ts = stream(text);
    expect(ts.tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Maîtrise', 'de', 'Node.js', 'et', 'C++']);
  });

  it('marks stopwords, elided letters and web addresses as non-content', () => {
    const text = "C'est github.com/jdupont et jean@mail.fr : de l'expérience en C";
    expect(norms(text, (ts, i) => ts.content[i] === 1)).toEqual(['experience', 'c']);
  });

  it('cuts chunks at commas and bullets, segments also at colons, items also at "et"', () => {
    const ts = stream('Langages : C, Python et Java');
    const [langages, c, python, et, java] = [0, 1, 2, 3, 4];
    expect(ts.chunk[langages]).toBe(ts.chunk[c]);
    expect(ts.segment[langages]).not.toBe(ts.segment[c]);
    expect(ts.chunk[c]).not.toBe(ts.chunk[python]);
    expect(ts.item[python]).toBe(ts.item[et]);
    expect(ts.item[java]).not.toBe(ts.item[python]);
    expect(ts.afterColon[c]).toBe(1);
  });

  it('ends sentences at full stops, semicolons and line breaks, but not at a wrapped line', () => {
    const ts = stream('Pas de Java ; je souhaite apprendre le\ndéveloppement web.\nPython');
    const at = (norm: string) => ts.sentence[ts.tokens.findIndex((t) => t.norm === norm)];
    expect(at('java')).not.toBe(at('souhaite'));
    expect(at('souhaite')).toBe(at('developpement'));
    expect(at('python')).not.toBe(at('web'));
  });

  it('splits on spaced slashes and dashes only', () => {
    const ts = stream('HTML5 / CSS3, UX/UI, front-end');
    const i = (n: string) => ts.tokens.findIndex((t) => t.norm === n);
    expect(ts.chunk[i('html5')]).not.toBe(ts.chunk[i('css3')]);
    expect(ts.segment[i('ux')]).toBe(ts.segment[i('ui')]);
    expect(ts.segment[i('front')]).toBe(ts.segment[i('end')]);
  });

  it('gives the lexicon id of each content token key', () => {
    const ts = tokenStream('les bases de données', (key) => (key === tokenKey('donnees') ? 7 : -1));
    expect(Array.from(ts.ids)).toEqual([-1, -1, -1, 7]);
  });
});

describe('tokenStream key cache', () => {
  it('gives the same ids with and without a cache, and fills the cache with the keys', () => {
    const text = 'Développeuse Node.js, vendeuses en prêt-à-porter ; gestion des stocks et des commandes.';
    const ids = new Map<string, number>();
    const idOf = (key: string): number => {
      if (!ids.has(key)) ids.set(key, ids.size);
      return ids.get(key) ?? -1;
    };
    const plain = tokenStream(text, idOf);
    const cache = new Map<string, string>();
    const first = tokenStream(text, idOf, cache);
    const second = tokenStream(text, idOf, cache);
    expect(Array.from(first.ids)).toEqual(Array.from(plain.ids));
    expect(Array.from(second.ids)).toEqual(Array.from(plain.ids));
    expect(cache.get('vendeuses')).toBe(tokenKey('vendeuses'));
    expect(cache.has('des')).toBe(false);
  });
});
