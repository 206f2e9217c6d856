import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBoussoleError } from '../../errors.js';
import { modelsDir } from '../../snapshot/load.js';
import { phraseKeys } from './keys.js';
import { LEXICON_FILE, PHRASE_FLAG, type LexiconFile } from './lexicon-format.js';
import { checkLexicon, loadLexicon, Lexicon } from './lexicon.js';

const raw = JSON.parse(readFileSync(join(modelsDir(LEXICON_FILE), LEXICON_FILE), 'utf8')) as LexiconFile;
const lexicon = new Lexicon(raw);

/** The phrase whose tokens are exactly the keys of `text`, or -1. */
function phraseOf(text: string): number {
  const ids = phraseKeys(text).map((k) => lexicon.tokenIds.get(k) ?? -1);
  const m = lexicon.trie.longest(ids, 0, ids.length);
  return m !== null && m.length === ids.length ? m.phrase : -1;
}

describe('the bundled lexicon', () => {
  it('loads within 100 ms', async () => {
    await loadLexicon(); // warm the JIT and the file cache
    const t0 = performance.now();
    await loadLexicon();
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('maps reviewed aliases and ROME labels to ROME items', () => {
    const ogr = (text: string) => {
      const p = phraseOf(text);
      return p < 0 ? [] : Array.from(lexicon.phraseTargets(p));
    };
    expect(ogr('Kubernetes')).toHaveLength(1);
    expect(ogr('k8s')).toEqual(ogr('Kubernetes'));
    expect(ogr('Postgres')).toEqual(ogr('PostgreSQL'));
    expect(ogr('travail en équipe')).toEqual(ogr('teamwork'));
    expect(ogr('Langage C#')).toEqual(ogr('C#'));
    expect(ogr('Système d\'exploitation Linux')).toEqual(ogr('Linux'));
  });

  it('flags ambiguous short names and capitalised-only names', () => {
    const flags = (text: string) => lexicon.phraseFlags[phraseOf(text)] ?? 0;
    for (const name of ['C', 'R', 'Go', 'Java', 'Tableau']) expect(flags(name) & PHRASE_FLAG.AMBIGUOUS, name).toBeTruthy();
    for (const name of ['Go', 'Java', 'Tableau', 'Excel', 'Word']) expect(flags(name) & PHRASE_FLAG.CASED, name).toBeTruthy();
    for (const name of ['Python', 'Kubernetes', 'JavaScript']) expect(flags(name) & (PHRASE_FLAG.AMBIGUOUS | PHRASE_FLAG.GENERIC | PHRASE_FLAG.CASED), name).toBe(0);
    expect(flags('couture') & PHRASE_FLAG.GENERIC).toBeTruthy();
  });

  it('keeps ESCO skills without a ROME counterpart under their URI', () => {
    const p = phraseOf('UML');
    const [concept] = Array.from(lexicon.phraseTargets(p));
    expect(concept).toBeGreaterThanOrEqual(lexicon.itemCount);
    expect(lexicon.escoUri(concept ?? 0)).toBe('http://data.europa.eu/esco/skill/7193cb6d-8334-494f-86e5-21e6d03a47c3');
  });
});

describe('checkLexicon', () => {
  it('refuses another format version', () => {
    const e = (() => {
      try {
        checkLexicon({ ...raw, formatVersion: 99 });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(isBoussoleError(e, 'SNAPSHOT_VERSION')).toBe(true);
  });

  it('refuses files that are not a lexicon or have damaged tables', () => {
    expect(() => checkLexicon({ format: 'something else' })).toThrow(/SNAPSHOT_CORRUPT/);
    expect(() => checkLexicon({ ...raw, tokens: 'abc' })).toThrow(/SNAPSHOT_CORRUPT/);
    const truncated = { ...raw, phrases: { ...raw.phrases, targets: raw.phrases.targets.slice(0, 100) } };
    expect(() => new Lexicon(checkLexicon(truncated))).toThrow(/SNAPSHOT_CORRUPT/);
  });
});
