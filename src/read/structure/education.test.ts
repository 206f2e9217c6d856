import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.js';
import { extractEducation } from './education.js';

function run(text: string) {
  const doc = buildDocument(text.split('\n').map((t) => ({ text: t })));
  const out = extractEducation(doc.lines);
  return { ...out, text: doc.text };
}

const brief = (e: { diploma: string; institution?: string; year?: number; level?: number }) => [e.diploma, e.institution, e.year, e.level];

describe('extractEducation', () => {
  it('one line per diploma: "Diplôme — Établissement, Ville — année"', () => {
    const { education, text } = run(`BTS Management des unités commerciales (MUC) — Lycée Albert-Camus, Nantes — 2014
Baccalauréat STMG, spécialité mercatique — Lycée Jules-Verne, Nantes — 2012
MOOC « Apprendre à coder avec HTML et CSS » (en ligne, attestation de suivi) — 2022`);
    expect(education.map(brief)).toEqual([
      ['BTS Management des unités commerciales (MUC)', 'Lycée Albert-Camus', 2014, 5],
      ['Baccalauréat STMG', 'Lycée Jules-Verne', 2012, 4],
      ['MOOC « Apprendre à coder avec HTML et CSS »', undefined, 2022, undefined],
    ]);
    for (const e of education) expect(text.slice(e.start, e.end)).not.toContain('\n');
  });

  it('diploma line, then "school, city — year" line', () => {
    const { education } = run(`Titre professionnel Développeur web et web mobile (niveau 5)
CodeFabrik Lyon, bootcamp intensif de 7 mois — 2025
Baccalauréat général, spécialités SES et mathématiques
Lycée Jean-Perrin, Lyon — 2019`);
    expect(education.map(brief)).toEqual([
      ['Titre professionnel Développeur web et web mobile', 'CodeFabrik Lyon', 2025, 5],
      ['Baccalauréat général', 'Lycée Jean-Perrin', 2019, 4],
    ]);
  });

  it('date first: "2012 : Diplôme - École"', () => {
    const { education } = run(`2012 : Diplôme d'État d'aide-soignant (DEAS) - IFAS de Limoges
2009 : Bac pro Accompagnement, soins et services à la personne (ASSP) - Lycée professionnel Le Mas Jambost, Limoges
2007 : CAP Assistant technique en milieux familial et collectif`);
    expect(education.map(brief)).toEqual([
      ["Diplôme d'État d'aide-soignant (DEAS)", 'IFAS de Limoges', 2012, 4],
      ['Bac pro Accompagnement, soins et services à la personne (ASSP)', 'Lycée professionnel Le Mas Jambost', 2009, 4],
      ['CAP Assistant technique en milieux familial et collectif', undefined, 2007, 3],
    ]);
  });

  it('date on its own line before the diploma (flattened two-column)', () => {
    const { education } = run(`2018 – 2020
BTS SIO option SLAM
Lycée Jean Moulin, Lyon
2015 – 2018
Bac S
Lycée Ampère`);
    expect(education.map(brief)).toEqual([
      ['BTS SIO option SLAM', 'Lycée Jean Moulin', 2020, 5],
      ['Bac S', 'Lycée Ampère', 2018, 4],
    ]);
  });

  it('institution first, then diploma, then dates (English)', () => {
    const { education } = run(`University of Leeds
MSc Statistics
2018 – 2019
Université de Nantes
Licence de mathématiques
2015 – 2018`);
    expect(education.map(brief)).toEqual([
      ['MSc Statistics', 'University of Leeds', 2019, 7],
      ['Licence de mathématiques', 'Université de Nantes', 2018, 6],
    ]);
  });

  it('English one-liners and a course in progress', () => {
    const { education } = run(`Master of Science in Data Science, University of Edinburgh (2019)
Bachelor of Arts in Economics – Sciences Po – 2014-2017
Data Analyst bootcamp, Le Wagon — 2023 – present`);
    expect(education.map(brief)).toEqual([
      ['Master of Science in Data Science', 'University of Edinburgh', 2019, 7],
      ['Bachelor of Arts in Economics', 'Sciences Po', 2017, 6],
      ['Data Analyst bootcamp', 'Le Wagon', undefined, undefined],
    ]);
  });

  it('moves certifications found in the education section', () => {
    const { education, certifications } = run(`Master MIAGE — Université Lyon 1 — 2018
Certification AWS Cloud Practitioner
TOEIC 850 (2017)`);
    expect(education.map((e) => e.diploma)).toEqual(['Master MIAGE']);
    expect(certifications.map((c) => [c.name, c.year])).toEqual([
      ['Certification AWS Cloud Practitioner', undefined],
      ['TOEIC 850', 2017],
    ]);
  });

  it('keeps description bullets inside their entry', () => {
    const { education, text } = run(`Licence professionnelle Métiers du numérique — IUT de Lannion — 2021
• Projet tutoré : application mobile en 2021
• Stage de 12 semaines
DUT Réseaux et télécommunications — IUT de Lannion — 2020`);
    expect(education.map(brief)).toEqual([
      ['Licence professionnelle Métiers du numérique', 'IUT de Lannion', 2021, 6],
      ['DUT Réseaux et télécommunications', 'IUT de Lannion', 2020, 5],
    ]);
    expect(text.slice(education[0]?.start, education[0]?.end)).toContain('Stage de 12 semaines');
  });
});
