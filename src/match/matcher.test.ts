import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BoussoleError } from '../errors.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile } from '../understand/schema.js';
import { itemsOfFiches, job, profileArb, profileOf, romeSkill, skillArb, snapshot } from './arbitraries.test-util.js';
import { Matcher } from './matcher.js';
import { MatchResultSchema, type MatchResult } from './schema.js';

let snap: Snapshot;
let matcher: Matcher;
let digitalOgrs: number[];
let digitalCodes: string[];

beforeAll(async () => {
  snap = await snapshot();
  matcher = new Matcher(snap);
  digitalOgrs = itemsOfFiches(snap, snap.digital);
  digitalCodes = Array.from(snap.digital, (f) => snap.file.fiches.code[f]!);
});

const scoreOf = (results: MatchResult[], code: string): number => results.find((r) => r.code === code)?.score ?? Number.NaN;
const codes = (results: MatchResult[]): string[] => results.map((r) => r.code);
/** Full ranking order: score descending, then code ascending. */
const isRanked = (results: MatchResult[]): boolean =>
  results.every((r, i) => i === 0 || results[i - 1]!.score > r.score || (results[i - 1]!.score === r.score && results[i - 1]!.code < r.code));

describe('Matcher on hand-built profiles', () => {
  const skills = (ogrs: number[], section: 'experience' | 'skills' = 'skills') => ogrs.map((o) => romeSkill(snap, o, { section, months: 18 }));

  it('ranks Développeur web (M1855) or logiciel (M1861) in the top 3 for HTML / CSS / JavaScript skills', () => {
    const web = profileOf(
      skills([
        102788, // HTML
        113236, // CSS
        102789, // Programmation en JavaScript
        481376, // Utilisation de frameworks JavaScript
        404167, // Gérer et maitriser des bases de données (SQL/NoSQL)
        113277, // Méthode AGILE
        400261, // Coder
        109846, // Concevoir une application web
        120750, // Responsive design
        479231, // Accessibilité web
      ]),
    );
    const top = matcher.match(web, { limit: 3 });
    expect(codes(top).some((c) => c === 'M1855' || c === 'M1861')).toBe(true);
    const m1855 = matcher.match(web, { sheets: ['M1855'] })[0]!;
    expect(m1855.matched.map((m) => m.ogr)).toEqual(expect.arrayContaining(['102788', '481376', '109846']));
    expect(m1855.components.coverage).toBeGreaterThan(0);
  });

  it('ranks a network / systems sheet first for a network technician', () => {
    const network = profileOf(
      skills(
        [
          483607, // Configurer des équipements réseau
          482850, // Gérer les incidents et les pannes réseau
          405461, // Surveiller le fonctionnement de réseaux informatiques et télécom
          489302, // Déployer des réseaux informatiques
          489307, // Installer ou configurer un serveur réseau
          115811, // Architecture de réseaux (OSI, TCP/IP...)
          489309, // Protocoles IP
          120298, // Système réseau (LAN, MAN, WAN)
          478251, // Diagnostic de pannes réseau
          109763, // Système d'exploitation Linux
        ],
        'experience',
      ),
    );
    const [first] = matcher.match(network, { limit: 5 });
    expect(first!.title).toMatch(/réseau|système/i);
    expect(first!.components.coreCoverage).toBeGreaterThan(0);
  });

  it('gives a sales assistant with some HTML a reachable path to e-commerce / web sheets, with a gap and a mobility link', () => {
    const sales = profileOf(
      [
        ...skills(
          [
            300303, // Procéder à l'encaissement
            300361, // Accueillir, orienter, renseigner un public (macro-compétence)
            300379, // Développer et fidéliser la relation client (macro-compétence)
            100340, // Techniques de vente et de promotion
            403318, // Rédiger des fiches produits ou des argumentaires
          ],
          'experience',
        ),
        ...skills([102788, 113236, 120741, 120712]), // HTML, CSS, WordPress, CMS
      ],
      [job('D1401', { current: true, months: 40 }), job('D1214', { months: 78, recencyMonths: 40 })],
    );
    const top = matcher.match(sales, { limit: 5 });
    const reachable = top.filter((r) => r.mobility !== undefined && r.components.proximity > 0);
    expect(reachable.map((r) => r.code)).toContain('D1438'); // Assistant(e) e-commerce, same v3 parent as D1401
    const ecommerce = top.find((r) => r.code === 'D1438')!;
    expect(ecommerce.mobility).toMatchObject({ from: 'D1401', link: 'same-parent', occupation: 0 });
    expect(ecommerce.missing.length).toBeGreaterThan(0);
    expect(ecommerce.missing[0]!.core).toBe('principale');
    expect(ecommerce.matched.some((m) => m.ogr === '403318')).toBe(true);
    // the web route: scored on the HTML evidence, with the gap spelled out
    const web = matcher.match(sales, { sheets: ['M1855', 'E1210'] });
    for (const r of web) {
      expect(r.matched.some((m) => m.evidence.skill === '102788')).toBe(true);
      expect(r.missing.length).toBeGreaterThan(0);
    }
    // without the past jobs, the e-commerce sheet loses its proximity and its score
    const noJobs = matcher.match({ ...sales, occupations: [] }, { sheets: ['D1438'] })[0]!;
    expect(noJobs.components.proximity).toBe(0);
    expect(noJobs.score).toBeLessThan(ecommerce.score);
  });
});

describe('Matcher properties', () => {
  const arb = () => profileArb(snap, digitalOgrs, digitalCodes);

  it('never lowers a sheet’s score when the profile gains one of that sheet’s items', () => {
    fc.assert(
      fc.property(arb(), fc.integer({ min: 0, max: 152 }), fc.nat(), (profile, s, pick) => {
        const f = snap.digital[s]!;
        const lo = snap.linkOffsets[f]!;
        const n = snap.linkOffsets[f + 1]! - lo;
        const ogr = snap.file.items.ogr[snap.linkItems[lo + (pick % n)]!]!;
        const code = snap.file.fiches.code[f]!;
        return fc.assert(
          fc.property(skillArb(snap, [ogr]), (added) => {
            const before = matcher.match(profile, { sheets: [code], explain: false })[0]!;
            const after = matcher.match({ ...profile, skills: [...profile.skills, added] }, { sheets: [code], explain: false })[0]!;
            expect(after.score).toBeGreaterThanOrEqual(before.score);
            expect(after.components.coverage).toBeGreaterThanOrEqual(before.components.coverage);
          }),
          { seed: pick, numRuns: 3 },
        );
      }),
      { seed: 21, numRuns: 150 },
    );
  });

  it('does not depend on the order of skills', () => {
    fc.assert(
      fc.property(
        arb().chain((pr) => fc.tuple(fc.constant(pr), fc.shuffledSubarray(pr.skills, { minLength: pr.skills.length }))),
        ([profile, shuffled]: [Profile, Profile['skills']]) => {
          expect(matcher.match({ ...profile, skills: shuffled }, { limit: 10 })).toEqual(matcher.match(profile, { limit: 10 }));
        },
      ),
      { seed: 22, numRuns: 80 },
    );
  });

  it('returns the prefix of the full ranking, ordered by score then code, scores within 0..100', () => {
    fc.assert(
      fc.property(arb(), fc.integer({ min: 1, max: 153 }), fc.boolean(), (profile, limit, explain) => {
        const full = matcher.match(profile, { limit: 153, explain });
        expect(full).toHaveLength(153);
        expect(isRanked(full)).toBe(true);
        expect(matcher.match(profile, { limit, explain })).toEqual(full.slice(0, limit));
        for (const r of full) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(Math.round(r.score * 100)).toBeCloseTo(r.score * 100, 6);
        }
      }),
      { seed: 23, numRuns: 60 },
    );
  });

  it('matchMany equals match one by one (including after other target sets were used)', () => {
    fc.assert(
      fc.property(fc.array(arb(), { maxLength: 8 }), fc.constantFrom<'digital' | 'all'>('digital', 'all'), (profiles, sheets) => {
        const many = matcher.matchMany(profiles, { sheets, limit: 7 });
        matcher.match(profiles[0] ?? profileOf([]), { sheets: ['M1855', 'D1214'] });
        expect(many).toEqual(profiles.map((pr) => matcher.match(pr, { sheets, limit: 7 })));
      }),
      { seed: 24, numRuns: 30 },
    );
  });

  it('returns results that satisfy MatchResultSchema, over the 1,584 fiches too', () => {
    const allOgrs = itemsOfFiches(snap, Array.from({ length: snap.ficheCount }, (_, i) => i));
    const allCodes = snap.file.fiches.code;
    fc.assert(
      fc.property(profileArb(snap, allOgrs, allCodes, 60), (profile) => {
        for (const r of matcher.match(profile, { sheets: 'all', limit: 20 })) expect(MatchResultSchema.safeParse(r).success).toBe(true);
      }),
      { seed: 25, numRuns: 40 },
    );
  });
});

describe('Matcher options', () => {
  const someone = () => profileOf([romeSkill(snap, 102788)], [job('M1855')]);

  it('defaults to the 10 best digital sheets with explanations', () => {
    const r = matcher.match(someone());
    expect(r).toHaveLength(10);
    for (const x of r) expect(digitalCodes).toContain(x.code);
    expect(r[0]!.matched.length + r[0]!.missing.length).toBeGreaterThan(0);
  });

  it('leaves explanations out with explain: false but keeps the score and its components', () => {
    const withExplain = matcher.match(someone(), { limit: 3 });
    const without = matcher.match(someone(), { limit: 3, explain: false });
    expect(without.map((r) => [r.code, r.score, r.components])).toEqual(withExplain.map((r) => [r.code, r.score, r.components]));
    for (const r of without) {
      expect(r.matched).toEqual([]);
      expect(r.missing).toEqual([]);
      expect(r.mobility).toBeUndefined();
    }
  });

  it('scores a code list (any case, duplicates ignored) like the same sheets inside the full set, up to idf', () => {
    const r = matcher.match(someone(), { sheets: ['m1855', 'E1210', 'M1855'], limit: 5 });
    expect(codes(r).sort()).toEqual(['E1210', 'M1855']);
    expect(scoreOf(r, 'M1855')).toBeGreaterThan(0);
  });

  it('throws UNKNOWN_CODE for an unknown code and INVALID_ARGUMENT naming a bad option', () => {
    const fail = (options: unknown): BoussoleError => {
      try {
        matcher.match(someone(), options as never);
      } catch (e) {
        if (e instanceof BoussoleError) return e;
      }
      throw new Error('no BoussoleError');
    };
    expect(fail({ sheets: ['M1855', 'X0000'] })).toMatchObject({ code: 'UNKNOWN_CODE', details: { value: 'X0000' } });
    expect(fail({ limit: 0 }).details.option).toBe('limit');
    expect(fail({ limit: 2000 }).details.option).toBe('limit');
    expect(fail({ sheets: 'some' }).details.option).toBe('sheets');
    expect(fail({ sheets: [] }).details.option).toBe('sheets');
    expect(fail({ explain: 'yes' }).details.option).toBe('explain');
    expect(fail({ params: { coreWeight: -1 } }).details.option).toBe('params.coreWeight');
    expect(fail({ colour: 'red' }).details.option).toBe('colour');
    expect(fail({ limit: 0 }).code).toBe('INVALID_ARGUMENT');
  });

  it('applies parameter overrides: proximityMix 0 ignores past jobs', () => {
    const jobOnly = profileOf([], [job('M1855')]);
    expect(matcher.match(jobOnly, { limit: 1 })[0]).toMatchObject({ code: 'M1855', mobility: { link: 'same-fiche' } });
    expect(matcher.match(jobOnly, { limit: 1, params: { proximityMix: 0 } })[0]!.score).toBe(0);
  });

  it('caches compiled target sets per set and sheet weights', () => {
    expect(matcher.targetSet('all')).toBe(matcher.targetSet('all'));
    expect(matcher.targetSet(['M1861', 'M1855'])).toBe(matcher.targetSet(['M1855', 'M1861']));
    expect(matcher.targetSet('digital').size).toBe(153);
    expect(matcher.targetSet('all').size).toBe(snap.ficheCount);
  });
});
