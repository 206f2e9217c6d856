import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BoussoleError } from '../../errors.js';
import { FLAG } from '../../snapshot/format.js';
import { loadSnapshot } from '../../snapshot/load.js';
import { Snapshot } from '../../snapshot/snapshot.js';
import { TitleMatchSchema } from '../schema.js';
import { TITLE_ALIASES } from './aliases.js';
import { analyzeTitle } from './analyze.js';
import { compileTitles } from './compile.js';
import { TitleIndex } from './title-index.js';

let snapshot: Snapshot;
let index: TitleIndex;
let bare: TitleIndex;
beforeAll(async () => {
  snapshot = await loadSnapshot();
  index = TitleIndex.fromModel(snapshot, compileTitles(snapshot, TITLE_ALIASES));
  bare = TitleIndex.fromModel(snapshot, compileTitles(snapshot, []));
});

const top = (title: string, idx = index): string | undefined => idx.search(title, 1)[0]?.code;

describe('TitleIndex.search', () => {
  it('maps CV titles to the expected fiche', () => {
    expect(top('vendeuse en prêt-à-porter')).toBe('D1214');
    expect(top('développeuse web')).toBe('M1855');
    expect(top('Software engineer')).toBe('M1818');
    expect(top('Technicienne support informatique N2')).toBe('I1404');
    expect(top('Préparateur de commandes H/F')).toBe('N1103');
    expect(top('Aide soignante de nuit en EHPAD')).toBe('J1501');
    expect(top('Chauffeur PL')).toBe('N4101');
  });
  it('generalises without aliases: gender, abbreviations, typos, English words, technology hints', () => {
    expect(top('Conseillère en gestion de patrimoine', bare)).toBe('C1205');
    expect(top('Resp. logistique', bare)).toBe('N1301');
    expect(top('Assitante de direction', bare)).toBe('M1604');
    expect(top('Plombié', bare)).toBe('F1603');
    expect(top('Maintenance technician', bare)).toBe('I1304');
    expect(top('dev front React', bare)).toBe('M1855');
    expect(top('Développeur fullstack', bare)).toBe('M1855');
  });
  it('returns one result per fiche, best first, with the best appellation and scores in 0..1', () => {
    const res = index.search('Technicien de maintenance industrielle', 10);
    expect(res).toHaveLength(10);
    expect(new Set(res.map((r) => r.code)).size).toBe(10);
    for (const r of res) TitleMatchSchema.parse(r);
    for (let i = 1; i < res.length; i++) expect(res[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(res[i]?.score ?? 0);
    const first = res[0];
    expect(first?.code).toBe('I1304');
    const a = snapshot.appellationId(Number(first?.appellation));
    expect(snapshot.file.fiches.code[snapshot.file.appellations.fiche[a] ?? -1]).toBe('I1304');
    expect(first?.label).toBe(snapshot.file.appellations.long[a]);
  });
  it('scores an exact normalised match 1 and anything else below 1', () => {
    expect(index.search('Développeur / Développeuse web', 1)[0]?.score).toBe(1);
    expect(index.search('Développeuses web (H/F)', 1)[0]?.score).toBe(1);
    const partial = index.search('Développeur web PHP Symfony', 1)[0];
    expect(partial?.code).toBe('M1855');
    expect(partial?.score).toBeLessThan(1);
  });
  it('is deterministic and breaks ties by fiche code', () => {
    const a = index.search('Chef', 20);
    expect(index.search('Chef', 20)).toEqual(a);
    for (let i = 1; i < a.length; i++) {
      const [p, q] = [a[i - 1], a[i]];
      if (p !== undefined && q !== undefined && p.score === q.score) expect(p.code < q.code).toBe(true);
    }
  });
  it('returns nothing for noise and unknown words, and validates the limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('(H/F) CDI')).toEqual([]);
    expect(index.search('xqzwv')).toEqual([]);
    expect(() => index.search('vendeur', 0)).toThrow(BoussoleError);
    expect(() => index.search('vendeur', 2.5)).toThrow(BoussoleError);
    expect(index.search('vendeur', 3)).toHaveLength(3);
  });
  it('answers in well under a millisecond once warm', () => {
    const titles = ['Vendeuse prêt-à-porter', 'Ingé système', 'Software Engineer', 'Assitante de direction', 'Agent de quai'];
    for (const t of titles) index.search(t);
    const times: number[] = [];
    for (let r = 0; r < 200; r++) {
      for (const t of titles) {
        const t0 = performance.now();
        index.search(t);
        times.push(performance.now() - t0);
      }
    }
    times.sort((x, y) => x - y);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(0.5); // measured ~0.03 ms; generous for shared CI
  });
});

describe('accuracy on eval/titles/titles.csv', () => {
  const rows = readFileSync(join(import.meta.dirname, '..', '..', '..', 'eval', 'titles', 'titles.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  it('is a well-formed labelled set of at least 350 titles over existing fiches and many domains', () => {
    expect(rows.length).toBeGreaterThanOrEqual(350);
    for (const r of rows) {
      expect(r).toHaveLength(4);
      expect(snapshot.ficheId(r[2] ?? '')).toBeGreaterThanOrEqual(0);
      expect(['appellation', 'variant', 'abbrev', 'english', 'feminine', 'typo']).toContain(r[3]);
    }
    expect(new Set(rows.map((r) => (r[2] ?? '')[0])).size).toBeGreaterThanOrEqual(12);
  });
  it('stays above the measured floors (acc@1 0.985 overall, 0.949 on titles that are not aliases)', () => {
    const acc = (rs: string[][]): number => rs.filter((r) => top(r[0] ?? '') === r[2]).length / rs.length;
    expect(acc(rows)).toBeGreaterThanOrEqual(0.95);
    const aliasKeys = new Set(TITLE_ALIASES.map((a) => analyzeTitle(a.title).words.join(' ')));
    const notAlias = rows.filter((r) => !aliasKeys.has(analyzeTitle(r[0] ?? '').words.join(' ')));
    expect(notAlias.length).toBeGreaterThan(100);
    expect(acc(notAlias)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('generalisation to titles the index has never seen', () => {
  it('finds the fiche of held-out appellations (1 in 5 non-main ones) above the measured floor (0.61)', () => {
    const file = snapshot.file;
    const a = file.appellations;
    const held = new Set<number>();
    a.ogr.forEach((_, i) => {
      if (i % 5 === 2 && ((a.flags[i] ?? 0) & FLAG.PRINCIPALE) === 0) held.add(i);
    });
    const keep = (_: unknown, i: number): boolean => !held.has(i);
    const reduced = new Snapshot({
      ...file,
      appellations: {
        ogr: a.ogr.filter(keep),
        fiche: a.fiche.filter(keep),
        long: a.long.filter(keep),
        short: a.short.filter(keep),
        masculine: a.masculine.filter(keep),
        feminine: a.feminine.filter(keep),
        flags: a.flags.filter(keep),
      },
    });
    const idx = TitleIndex.build(reduced);
    let hits = 0;
    for (const i of held) if (top(a.masculine[i] ?? '', idx) === file.fiches.code[a.fiche[i] ?? 0]) hits++;
    expect(held.size).toBeGreaterThan(2000);
    expect(hits / held.size).toBeGreaterThanOrEqual(0.57);
  });
});
