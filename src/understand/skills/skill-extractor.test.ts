import { describe, expect, it } from 'vitest';
import { ProfileSkillSchema } from '../schema.js';
import { loadSnapshot } from '../../snapshot/load.js';
import { loadLexicon } from './lexicon.js';
import { SkillExtractor, type ExtractOptions } from './skill-extractor.js';

const [snapshot, lexicon] = await Promise.all([loadSnapshot(), loadLexicon()]);
const extractor = SkillExtractor.create(snapshot, lexicon);
const labels = (text: string, options?: ExtractOptions) => extractor.extract(text, options).map((s) => s.label);
const find = (text: string, label: string, options?: ExtractOptions) => extractor.extract(text, options).find((s) => s.label === label);

describe('SkillExtractor: names', () => {
  it('finds React and Node.js in a sentence, with the React/JavaScript items', () => {
    const found = labels("Développement d'applications en React et Node.js");
    expect(found).toEqual(expect.arrayContaining(['React.js', 'Utilisation de frameworks JavaScript', 'Node.js']));
  });

  it('reads English and French names, abbreviations and symbols', () => {
    const found = labels('Stack : TypeScript, k8s, Postgres, C#, C++, .NET, CI/CD');
    expect(found).toEqual(
      expect.arrayContaining([
        'Programmation en JavaScript',
        'Kubernetes',
        'Systèmes de gestion de base de données',
        'Langage C#',
        'Langage C++',
        'ASP.NET',
        'Intégration continue et déploiement continu (CI/CD)',
      ]),
    );
  });

  it('gives each mention its offsets, text and section', () => {
    const text = 'Profil\nDéveloppeuse Python.\nCompétences\nPython, Docker';
    const sections: ExtractOptions['sections'] = [
      { kind: 'profile', heading: 'Profil', start: 0, end: 28 },
      { kind: 'skills', heading: 'Compétences', start: 28, end: text.length },
    ];
    const python = find(text, 'Programmation en Python', { sections });
    expect(python?.mentions.map((m) => [m.section, m.text, text.slice(m.start, m.end)])).toEqual([
      ['profile', 'Python', 'Python'],
      ['skills', 'Python', 'Python'],
    ]);
    expect(ProfileSkillSchema.safeParse(python).success).toBe(true);
  });

  it('is deterministic', () => {
    const text = 'Support utilisateurs sur GLPI, Active Directory, scripts PowerShell ; rigoureux et autonome.';
    expect(extractor.extract(text)).toEqual(extractor.extract(text));
  });
});

describe('SkillExtractor: ambiguous short names', () => {
  it('does not read the C of "Classe C" nor Java the island', () => {
    expect(labels('Permis poids lourd, véhicule de classe C.')).not.toContain('C');
    expect(labels('Trois mois de voyage en Indonésie : Java, Bali et Sumatra.')).not.toContain('Java');
  });

  it('counts them in a list of languages', () => {
    expect(labels('Langages : C, Python')).toEqual(expect.arrayContaining(['C', 'Programmation en Python']));
    expect(labels('Languages: R, Python, SQL')).toContain('Maîtriser des logiciels SAS (Base, Macro, Stat, Graph) et R');
  });

  it('counts them next to other technical evidence, never alone', () => {
    expect(labels('Développement de pilotes en C sous Linux embarqué.')).toContain('C');
    expect(labels('Go pour une nouvelle aventure !')).toEqual([]);
  });

  it('wants a capital for names that are also words', () => {
    expect(labels('I excel at building relationships with customers.')).not.toContain('Microsoft Excel');
    expect(labels('Tableaux de bord sur Excel.')).toContain('Microsoft Excel');
    expect(labels('Compétences : tableaux, formules')).not.toContain("Utilisation d'outils BI (Business Intelligence)");
  });
});

describe('SkillExtractor: negations and wishes', () => {
  it('drops skills the person does not have or wants to learn', () => {
    expect(labels('Pas de connaissances en programmation.')).toEqual([]);
    expect(labels('Je souhaite apprendre Kubernetes et Docker.')).toEqual([]);
    expect(labels("J'aimerais me former à la cybersécurité.")).toEqual([]);
    expect(labels('I would like to learn React.', { language: 'en' })).toEqual([]);
    expect(labels('No experience with Kubernetes yet.', { language: 'en' })).toEqual([]);
  });

  it('keeps what follows a contrast', () => {
    expect(labels("Pas d'expérience en Java, mais une bonne maîtrise de Python.")).toEqual(['Programmation en Python']);
  });
});

describe('SkillExtractor: soft skills, phrasings, proficiency, typos', () => {
  it('maps French and English soft skills to the ROME savoir-être', () => {
    const fr = labels('Rigoureuse et autonome, je travaille en équipe.');
    const en = labels('Detail-oriented team player.', { language: 'en' });
    expect(fr).toEqual(expect.arrayContaining(['Faire preuve de rigueur et de précision', "Faire preuve d'autonomie"]));
    expect(en).toEqual(expect.arrayContaining(['Faire preuve de rigueur et de précision', "Avoir l'esprit d'équipe"]));
  });

  it('matches a ROME compétence written in other words', () => {
    const found = extractor.extract('Gestion quotidienne des stocks et des inventaires tournants.');
    expect(found.map((s) => s.label)).toContain('Gestion des stocks et inventaires');
  });

  it('reads the stated level', () => {
    expect(find('Python (avancé), SQL (notions)', 'Programmation en Python')?.proficiency).toBe('advanced');
    expect(find('Python (avancé), SQL (notions)', 'Gérer et maitriser des bases de données (SQL/NoSQL)')?.proficiency).toBe('notions');
  });

  it('corrects typos in a skills list only', () => {
    expect(labels('Compétences : Javascrpit, Kubernets')).toEqual(expect.arrayContaining(['Programmation en JavaScript', 'Kubernetes']));
    expect(labels("J'ai écrit du Javascrpit hier soir pendant deux heures avec mes amis.")).toEqual([]);
  });

  it('rates a name in a skills list above the same name in the interests', () => {
    const text = 'Compétences\nPhotoshop\nCentres d’intérêt\nPhotoshop';
    const skills = find(text, 'Photoshop', { sections: [{ kind: 'skills', start: 0, end: 22 }] });
    const interests = find(text, 'Photoshop', { sections: [{ kind: 'interests', start: 0, end: text.length }], minConfidence: 0 });
    expect(skills?.confidence).toBeGreaterThan(interests?.confidence ?? 1);
  });

  it('refuses a confidence threshold outside 0..1', () => {
    expect(() => extractor.extract('Python', { minConfidence: 2 })).toThrow(/INVALID_ARGUMENT/);
  });
});
