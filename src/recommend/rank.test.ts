import { beforeAll, describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile } from '../understand/schema.js';
import { coreItems } from './fiche-text.js';
import { recommendTrainings } from './rank.js';
import { TrainingRecommendationSchema, type TrainingRecommendation } from './schema.js';

type Person = Pick<Profile, 'educationLevel' | 'skills'>;
const person = (educationLevel: number | null, skills: Person['skills'] = []): Person => ({ educationLevel, skills });
const skill = (id: string): Person['skills'][number] => ({
  id,
  label: id,
  kind: 'savoir-faire',
  confidence: 1,
  mentions: [],
});

let s: Snapshot;
beforeAll(async () => {
  s = await loadSnapshot();
});

const ids = (rs: TrainingRecommendation[]): string[] => rs.map((r) => r.id);
/** The certification's title, or the predecessor title quoted in its first reason. */
const shownTitle = (r: TrainingRecommendation): string => r.title ?? r.why.reasons[0] ?? '';

describe('recommendTrainings on real data', () => {
  it('recommends web-development certifications at levels 5-6 for M1855 and a bac-level person', () => {
    const top = recommendTrainings(s, person(4), 'M1855');
    expect(top).toHaveLength(5);
    // checked by hand in the RNCP data: « DEVELOPPEUR WEB ET WEB MOBILE (TP) » and « DEVELOPPEUR INTEGRATEUR WEB
    // (IFOCOP) » (level 5, active), then « DEVELOPPEUR WEB (CESI) » (level 5) and « ASSISTANT INTEGRATEUR WEB » (4)
    expect(ids(top).slice(0, 2)).toEqual(['RNCP37674', 'RNCP35687']);
    expect(ids(top)).toEqual(expect.arrayContaining(['RNCP35959', 'RNCP37212']));
    for (const r of top.slice(0, 2)) expect([5, 6]).toContain(r.level);
    for (const r of top) expect(shownTitle(r)).toMatch(/web/i);
    expect(top[0]?.why.reasons).toContain('Niveau 5 : un niveau au-dessus de votre diplôme');
  });

  it('ranks the same linked certifications by fit to THIS sheet (M1861 vs M1855)', () => {
    const top = recommendTrainings(s, person(5), 'M1861');
    // « CONCEPTEUR DEVELOPPEUR D'APPLICATIONS (TP) », level 6
    expect(top[0]?.id).toBe('RNCP37873');
    expect(ids(top)).not.toContain('RNCP37674');
  });

  it('puts network certifications first for a network sheet (M1816, Technicien réseaux informatiques et télécoms)', () => {
    const top = recommendTrainings(s, person(4), 'M1816', { limit: 3 });
    // TECHNICIEN SUPERIEUR SYSTEMES ET RESEAUX (TP), TECHNICIEN(E) SYSTEMES ET RESEAUX (CESI),
    // TECHNICIEN(NE) SYSTEMES, RESEAUX ET SECURITE (ADIP - IPI)
    expect(new Set(ids(top))).toEqual(new Set(['RNCP37682', 'RNCP36501', 'RNCP36462']));
    for (const r of top) expect(r.title).toMatch(/RESEAUX/);
  });

  it('excludes retired certifications by default, and shows them on request', () => {
    const active = recommendTrainings(s, person(4), 'M1855', { limit: 50 });
    expect(active.every((r) => r.active !== false)).toBe(true);
    const all = recommendTrainings(s, person(4), 'M1855', { limit: 50, activeOnly: false });
    const retired = all.filter((r) => r.active === false);
    expect(retired.length).toBeGreaterThan(0);
    for (const r of retired) {
      expect(r.why.status).toBe(0.25);
      expect(r.why.reasons).toContain('Certification retirée');
    }
  });

  it('replaces a retired certification by its successor, saying so', () => {
    const top = recommendTrainings(s, person(4), 'M1855', { limit: 50, activeOnly: false });
    const dwwm = top.find((r) => r.id === 'RNCP37674');
    expect(dwwm?.why.replaces).toBe('RNCP31114');
    expect(dwwm?.why.reasons).toContain('Remplace RNCP31114, retirée');
    expect(ids(top)).not.toContain('RNCP31114');
    // a successor without a title of its own is shown with its predecessor's
    const inherited = top.find((r) => r.id === 'RNCP38436');
    expect(inherited?.title).toBeNull();
    expect(inherited?.why.replaces).toBe('RNCP31899');
    expect(inherited?.why.reasons[0]).toBe(
      'Intitulé non publié ; succède à RNCP31899 « Intégrateur - Développeur Web »',
    );
  });

  it('filters on maxLevel', () => {
    const top = recommendTrainings(s, person(7), 'M1844', { limit: 50, maxLevel: 5 });
    expect(top.length).toBeGreaterThan(0);
    for (const r of top) if (r.level !== null) expect(r.level).toBeLessThanOrEqual(5);
    const unfiltered = recommendTrainings(s, person(7), 'M1844', { limit: 50 });
    expect(unfiltered.some((r) => (r.level ?? 0) > 5)).toBe(true);
  });

  it('prefers levels 5-6 when the education level is unknown, and follows the education level when known', () => {
    for (const r of recommendTrainings(s, person(null), 'M1855', { limit: 3 })) expect([5, 6, null]).toContain(r.level);
    const bac5 = recommendTrainings(s, person(6), 'M1844', { limit: 3 });
    expect(bac5.every((r) => r.level === null || r.level >= 6)).toBe(true);
  });

  it('measures the gap: the default gap is the core minus held items, an explicit gap is used as given', () => {
    const f = s.ficheId('M1855');
    const core = coreItems(s, f).map((i) => String(s.file.items.ogr[i]));
    const novice = recommendTrainings(s, person(4), 'M1855', { limit: 1 })[0];
    expect(novice?.why.gapCoverage).toBeGreaterThan(0);
    const expert = recommendTrainings(s, person(4, core.map(skill)), 'M1855', { limit: 1 })[0];
    expect(expert?.why.gapCoverage).toBe(0);
    expect(expert?.why.reasons.some((r) => r.startsWith('Couvre'))).toBe(false);
    const given = recommendTrainings(s, person(4), 'M1855', { limit: 1, gap: ['109846'] })[0];
    expect(given?.why.reasons).toContain('Couvre 1 compétence manquante : Concevoir une application web');
    expect(given?.why.gapCoverage).toBeGreaterThan(0);
  });

  it('returns valid, JSON-serialisable, deterministic results, ties broken by RNCP number', () => {
    for (const code of ['M1855', 'M1816', 'E1101', 'M1405']) {
      const a = recommendTrainings(s, person(5), code, { limit: 50, activeOnly: false });
      const b = recommendTrainings(s, person(5), code, { limit: 50, activeOnly: false });
      expect(b).toEqual(a);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      for (const r of a) expect(TrainingRecommendationSchema.parse(r)).toEqual(r);
      for (let k = 1; k < a.length; k++) {
        const prev = a[k - 1];
        const cur = a[k];
        if (prev === undefined || cur === undefined) continue;
        expect(cur.score).toBeLessThanOrEqual(prev.score);
        if (cur.score === prev.score) expect(Number(cur.id.slice(4))).toBeGreaterThan(Number(prev.id.slice(4)));
      }
    }
  });

  it('accepts codes in any case, returns [] for a fiche without linked certification', () => {
    expect(ids(recommendTrainings(s, person(4), ' m1855 '))).toEqual(ids(recommendTrainings(s, person(4), 'M1855')));
    const fiche = s.file.fiches.code.find((_, f) => s.certificationsOfFiche(f).length === 0) ?? '';
    expect(recommendTrainings(s, person(4), fiche)).toEqual([]);
  });

  it('throws UNKNOWN_CODE for an unknown fiche and INVALID_ARGUMENT for bad options', () => {
    const err = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    expect(isBoussoleError(err(() => recommendTrainings(s, person(4), 'Z9999')), 'UNKNOWN_CODE')).toBe(true);
    const bad = err(() => recommendTrainings(s, person(4), 'M1855', { limit: 0 }));
    expect(isBoussoleError(bad, 'INVALID_ARGUMENT')).toBe(true);
    expect(isBoussoleError(bad) && bad.details.option).toBe('limit');
  });
});
