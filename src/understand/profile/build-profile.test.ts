import { describe, expect, it } from 'vitest';
import type { CvDocument, CvExperience, CvSection } from '../../read/schema.js';
import { loadSnapshot } from '../../snapshot/load.js';
import { ProfileSchema } from '../schema.js';
import { loadLexicon } from '../skills/lexicon.js';
import { SkillExtractor } from '../skills/skill-extractor.js';
import { TitleIndex } from '../titles/title-index.js';
import { buildProfile } from './build-profile.js';

const [snapshot, lexicon] = await Promise.all([loadSnapshot(), loadLexicon()]);
// the title index compiled in memory: independent of the state of models/titles.json
const deps = { snapshot, skills: SkillExtractor.create(snapshot, lexicon), titles: TitleIndex.build(snapshot) };
const referenceDate = new Date(Date.UTC(2026, 1, 15)); // February 2026

const text = [
  'Nadia Lefèvre',
  'Profil',
  "Douze ans dans le commerce, autodidacte en HTML/CSS et WordPress. Je souhaite apprendre JavaScript.",
  'Expériences professionnelles',
  'Assistante commerciale',
  'Distrib’Ouest — Depuis 03/2021',
  '- Tableaux de bord des ventes sur Excel, suivi des commandes',
  'Vendeuse en prêt-à-porter',
  'Boutique Les Filles du Quai — 09/2014 – 02/2021',
  '- Accueil, conseil et vente ; encaissement ; mise en rayon',
  'Webmestre bénévole',
  'Association Les Bijoux de Lou — 06/2020 – 05/2022',
  '- Mise à jour du site WordPress',
  'Compétences',
  'Excel, Word, HTML, CSS, WordPress',
  'Qualités : organisation, autonomie',
].join('\n');
const section = (kind: CvSection['kind'], heading: string, next?: string): CvSection => {
  const start = text.indexOf(heading);
  const end = next === undefined ? text.length : text.indexOf(next);
  return { kind, heading, start, end, text: text.slice(start, end) };
};
/** An experience from its title to the next one (or to the "Compétences" heading). */
const job = (title: string, next: string, start: CvExperience['start'], end: CvExperience['end'], current = false): CvExperience => ({
  title,
  start,
  end,
  current,
  description: [],
  span: { start: text.indexOf(`\n${title}\n`) + 1, end: text.indexOf(`\n${next}\n`) + 1 },
});
const cv: CvDocument = {
  format: 'text',
  language: 'fr',
  pages: 1,
  text,
  warnings: [],
  sections: [
    section('profile', 'Profil', 'Expériences professionnelles'),
    section('experience', 'Expériences professionnelles', 'Compétences'),
    section('skills', 'Compétences'),
  ],
  experiences: [
    job('Assistante commerciale', 'Vendeuse en prêt-à-porter', { year: 2021, month: 3 }, undefined, true),
    job('Vendeuse en prêt-à-porter', 'Webmestre bénévole', { year: 2014, month: 9 }, { year: 2021, month: 2 }),
    job('Webmestre bénévole', 'Compétences', { year: 2020, month: 6 }, { year: 2022, month: 5 }),
  ],
  education: [
    { diploma: 'BTS MUC', level: 5, start: 0, end: 0 },
    { diploma: 'Baccalauréat STMG', level: 4, start: 0, end: 0 },
  ],
  certifications: [],
  languages: [{ code: 'en', name: 'Anglais', level: 'B1' }],
  contact: { emails: [], phones: [], urls: [] },
  redacted: false,
};
const profile = buildProfile(cv, deps, { referenceDate });
const skill = (label: string) => profile.skills.find((s) => s.label === label);

describe('buildProfile', () => {
  it('returns a valid, JSON-serialisable profile', () => {
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });

  it('normalises each job title to a ROME fiche, with months, recency and current', () => {
    const [assistant, vendeuse] = profile.occupations;
    expect(vendeuse).toMatchObject({ title: 'Vendeuse en prêt-à-porter', code: 'D1214', months: 78, recencyMonths: 60, current: false });
    // March 2021 to February 2026, both included
    expect(assistant).toMatchObject({ title: 'Assistante commerciale', months: 60, recencyMonths: 0, current: true });
  });

  it('counts overlapping jobs once in the total', () => {
    // 09/2014 → 02/2026 without gaps: the volunteer job overlaps both others
    expect(profile.totalMonths).toBe(138);
  });

  it('sums the months of the jobs whose text mentions a skill', () => {
    expect(skill('Microsoft Excel')?.months).toBe(60);
    expect(skill("Procéder à l'encaissement")?.months).toBe(78);
    // WordPress: the volunteer job (24 months); the profile and skills mentions add nothing
    expect(skill('WordPress (CMS)')?.months).toBe(24);
    expect(skill("Faire preuve d'autonomie")?.months).toBeUndefined();
  });

  it('keeps wished skills out, and takes the education level and languages from the CV', () => {
    expect(skill('Programmation en JavaScript')).toBeUndefined();
    expect(profile.educationLevel).toBe(5);
    expect(profile.languages).toEqual(cv.languages);
    expect(profile.language).toBe('fr');
  });

  it('is pure: same CV and reference date, same profile', () => {
    expect(buildProfile(cv, deps, { referenceDate })).toEqual(profile);
  });

  it('takes well under a millisecond for a two-page CV (warm)', () => {
    const long: CvDocument = { ...cv, text: `${text}\n${text.replace(/\n/g, ' \n')}\n${text}` };
    for (let i = 0; i < 50; i++) buildProfile(long, deps, { referenceDate });
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      buildProfile(long, deps, { referenceDate });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(long.text.length).toBeGreaterThan(1500);
    expect(times[25]).toBeLessThan(1);
  });
});
