import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoussoleError } from '../errors.js';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import {
  checkCompiledTerms,
  compileTerms,
  compiledFiches,
  loadCompiledTerms,
  TRAININGS_FORMAT_VERSION,
  type CompiledTerms,
} from './compiled-terms.js';
import { extractFicheText } from './fiche-text.js';
import { itemTermIds } from './gap.js';
import { buildCertIndex, type CertIndex } from './index-certs.js';
import { certTermLists } from './term-lists.js';

let s: Snapshot;
let compiled: CompiledTerms;
let dir: string;
beforeAll(async () => {
  s = await loadSnapshot();
  compiled = JSON.parse(JSON.stringify(compileTerms(s))) as CompiledTerms;
  dir = mkdtempSync(join(tmpdir(), 'boussole-trainings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The index's arrays, for comparing two builds. */
const shape = (idx: CertIndex): unknown => ({
  terms: [...idx.termIds],
  idf: Array.from(idx.idf),
  title: [idx.title.offsets, idx.title.terms, idx.title.tf, idx.title.length, idx.title.idf].map((a) => Array.from(a)),
  classes: [idx.classes.offsets, idx.classes.terms, idx.classes.tf, idx.classes.idf].map((a) => Array.from(a)),
  titleSource: Array.from(idx.titleSource),
  level: Array.from(idx.level),
  df: Array.from(idx.ficheTitleDf),
});

describe('compiled certification terms', () => {
  it('round-trips through JSON to the lists the index would extract itself', () => {
    const lists = checkCompiledTerms(s, compiled);
    expect(lists).not.toBeNull();
    const live = certTermLists(s);
    expect(lists?.terms).toEqual(live.terms);
    expect(lists?.titles).toEqual(live.titles);
    expect(lists?.formacodes).toEqual(live.formacodes);
    expect(lists?.nsf).toEqual(live.nsf);
    expect(lists?.ficheTitleDf).toEqual(live.ficheTitleDf);
  });

  it('builds the same index as the extracted terms, with the texts of the digital sheets and their siblings', () => {
    const lists = checkCompiledTerms(s, compiled) ?? undefined;
    const fast = buildCertIndex(s, lists);
    const slow = buildCertIndex(s);
    expect(shape(fast)).toEqual(shape(slow));
    const m1855 = s.ficheId('M1855');
    expect(compiledFiches(s)).toContain(m1855);
    expect(fast.ficheTexts.get(m1855)).toEqual(extractFicheText(s, slow.termIds, m1855));
    const [item, terms] = [...fast.itemTerms][0] ?? [-1, []];
    expect(terms).toEqual(itemTermIds(slow.termIds, s.file.items.label[item] ?? ''));
  });

  it('is ignored when made for other texts or another format version', () => {
    expect(checkCompiledTerms(s, { ...compiled, fingerprint: 'other' })).toBeNull();
    expect(checkCompiledTerms(s, { ...compiled, formatVersion: TRAININGS_FORMAT_VERSION + 1 })).toBeNull();
    expect(checkCompiledTerms(s, null)).toBeNull();
  });

  it('rejects a matching file with broken lists', () => {
    const bad = { ...compiled, titles: { offsets: compiled.titles.offsets, ids: compiled.titles.ids.map(() => 1e9) } };
    expect(() => checkCompiledTerms(s, bad)).toThrow(BoussoleError);
    expect(() => checkCompiledTerms(s, { ...compiled, ficheTitleDf: [1] })).toThrow(/ficheTitleDf/);
  });

  it('loads from a file, and gives null for a missing one', () => {
    const path = join(dir, 'trainings.json');
    writeFileSync(path, JSON.stringify(compiled));
    expect(loadCompiledTerms(s, path)?.terms).toEqual(compiled.terms);
    expect(loadCompiledTerms(s, join(dir, 'absent.json'))).toBeNull();
    writeFileSync(path, '{ not json');
    expect(() => loadCompiledTerms(s, path)).toThrow(BoussoleError);
  });

  it('is compiled deterministically', () => {
    expect(JSON.stringify(compileTerms(s))).toBe(JSON.stringify(compiled));
  });
});
