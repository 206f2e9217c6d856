import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SnapshotFile } from '../../src/snapshot/format.js';
import { LexiconFileSchema, PHRASE_FLAG } from '../../src/understand/skills/lexicon-format.js';
import { Lexicon } from '../../src/understand/skills/lexicon.js';
import { phraseKeys } from '../../src/understand/skills/keys.js';
import { buildLexicon, labelSurfaces } from './build-lexicon.js';

const ROOT = join(import.meta.dirname, '..', '..');
const snapshot = JSON.parse(readFileSync(join(ROOT, 'models', 'rome-snapshot.json'), 'utf8')) as SnapshotFile;
const DATA = join(ROOT, '..', 'shared', 'data');
/** ../shared/data is beside the checkout in CI; without it, test the committed lexicon (the snapshot test proves it is a build). */
const hasData = existsSync(DATA);
const file = hasData ? buildLexicon(snapshot, DATA) : LexiconFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'models', 'lexicon.json'), 'utf8')));
const lexicon = new Lexicon(file);
const ogr = (concept: number) => snapshot.items.ogr[concept];
/** ROME code_ogr (or ESCO id) of the phrase whose keys are exactly those of `text`. */
function targets(text: string): (number | string)[] {
  const ids = phraseKeys(text).map((k) => lexicon.tokenIds.get(k) ?? -1);
  const m = lexicon.trie.longest(ids, 0, ids.length);
  if (m === null || m.length !== ids.length) return [];
  return Array.from(lexicon.phraseTargets(m.phrase), (c) => (c < lexicon.itemCount ? (ogr(c) ?? -1) : lexicon.escoUri(c)));
}
const flags = (text: string): number => {
  const ids = phraseKeys(text).map((k) => lexicon.tokenIds.get(k) ?? -1);
  const m = lexicon.trie.longest(ids, 0, ids.length);
  return m === null ? -1 : (lexicon.phraseFlags[m.phrase] ?? 0);
};

describe('labelSurfaces', () => {
  it('derives the names people write from IT savoir labels', () => {
    expect(labelSurfaces("Système d'exploitation Linux", true)).toContain('Linux');
    expect(labelSurfaces('Langage C#', true)).toContain('C#');
    expect(labelSurfaces('Gestion de la relation client (CRM)', true)).toEqual(expect.arrayContaining(['Gestion de la relation client', 'CRM']));
    expect(labelSurfaces('Business Intelligence (BI) - Informatique décisionnelle', true)).toEqual(
      expect.arrayContaining(['Business Intelligence', 'Informatique décisionnelle']),
    );
  });

  it('leaves other labels whole (no acronyms or parts out of "Niveau 2" habilitations)', () => {
    const surfaces = labelSurfaces('Certification nucléaire - Option Réacteur Nucléaire (RN) - Radioprotection (RP) - Niveau 2', false);
    expect(surfaces).not.toContain('Niveau 2');
    expect(surfaces).not.toContain('RN');
  });
});

describe('buildLexicon', () => {
  it('produces a valid file for this snapshot', () => {
    expect(LexiconFileSchema.safeParse(file).success).toBe(true);
    expect(file.rome).toBe(snapshot.info.rome);
    expect(file.items).toBe(snapshot.items.ogr.length);
  });

  it('maps aliases, ROME labels and their derived names to the ROME items', () => {
    expect(targets('JS')).toEqual([102789]);
    expect(targets('ReactJS')).toEqual([403870, 481376]);
    expect(targets('Postgres')).toEqual(targets('PostgreSQL'));
    expect(targets('teamwork')).toEqual([300465]);
    expect(targets('Linux')).toEqual([109763]);
    expect(targets('Gérer les stocks')).toEqual([300260]);
  });

  it('leaves diploma names out', () => {
    expect(targets('Licence pro mention e-commerce et marketing numérique')).toEqual([]);
  });

  it('links ESCO labels to ROME items when they match, else keeps the ESCO concept', () => {
    expect(targets('TypeScript')).toEqual([102789]);
    expect(targets('ABAP')[0]).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(targets('UML')).toEqual(['http://data.europa.eu/esco/skill/7193cb6d-8334-494f-86e5-21e6d03a47c3']);
  });

  it('flags one-word ordinary labels and ambiguous names', () => {
    expect(flags('Couture') & PHRASE_FLAG.GENERIC).toBeTruthy();
    expect(flags('Java') & PHRASE_FLAG.AMBIGUOUS).toBeTruthy();
    expect(flags('Java') & PHRASE_FLAG.CASED).toBeTruthy();
    expect(flags('Docker') & (PHRASE_FLAG.GENERIC | PHRASE_FLAG.AMBIGUOUS)).toBe(0);
  });

  it.runIf(hasData)('is deterministic (needs ../shared/data)', () => {
    expect(JSON.stringify(buildLexicon(snapshot, DATA))).toBe(JSON.stringify(file));
  });
});
