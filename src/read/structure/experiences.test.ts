import { describe, expect, it } from 'vitest';
import type { CvExperience } from '../schema.js';
import { buildDocument } from './document.js';
import { extractExperiences } from './experiences.js';

const REF = new Date(Date.UTC(2025, 10, 15));

function run(text: string): { text: string; exps: CvExperience[] } {
  const doc = buildDocument(text.split('\n').map((t) => ({ text: t })));
  return { text: doc.text, exps: extractExperiences(doc.lines, REF) };
}

const brief = (e: CvExperience) => ({
  title: e.title,
  employer: e.employer,
  location: e.location,
  start: e.start,
  end: e.end,
  current: e.current,
  months: e.months,
  description: e.description,
});

describe('extractExperiences', () => {
  it('title line, then "employer, city — contract — dates" line, then bullets (FR, pre-header)', () => {
    const { text, exps } = run(`Développeuse web
Agence Pixelune, Villeurbanne — CDD puis CDI — sept. 2025 – aujourd'hui
• Développement de sites vitrines en React
• Création d'API REST avec Node.js
Stagiaire développeuse web
Start'Up Factory, Lyon — Stage — mars 2025 – juin 2025
• Intégration de maquettes Figma
Vendeuse
Fnac, Lyon — 2018 – 2024
• Conseil client`);
    expect(exps.map(brief)).toEqual([
      { title: 'Développeuse web', employer: 'Agence Pixelune', location: 'Villeurbanne', start: { year: 2025, month: 9 }, end: undefined, current: true, months: 3, description: ['Développement de sites vitrines en React', "Création d'API REST avec Node.js"] },
      { title: 'Stagiaire développeuse web', employer: "Start'Up Factory", location: 'Lyon', start: { year: 2025, month: 3 }, end: { year: 2025, month: 6 }, current: false, months: 4, description: ['Intégration de maquettes Figma'] },
      { title: 'Vendeuse', employer: 'Fnac', location: 'Lyon', start: { year: 2018 }, end: { year: 2024 }, current: false, months: 72, description: ['Conseil client'] },
    ]);
    expect(text.slice(exps[0]?.span.start, exps[0]?.span.end)).toBe(
      "Développeuse web\nAgence Pixelune, Villeurbanne — CDD puis CDI — sept. 2025 – aujourd'hui\n• Développement de sites vitrines en React\n• Création d'API REST avec Node.js",
    );
    expect(text.slice(exps[2]?.span.start, exps[2]?.span.end)).toBe('Vendeuse\nFnac, Lyon — 2018 – 2024\n• Conseil client');
  });

  it('one line per header: "Titre | Employeur | Ville | dates"', () => {
    const { exps } = run(`Technicien support | Inetum | Toulouse | 01/2020 - 06/2022
- Support N1/N2 de 800 utilisateurs
- Déploiement de postes Windows 10
Technicien de maintenance | Darty | Blagnac | 09/2017 - 12/2019
- Réparation d'électroménager`);
    expect(exps.map(brief)).toEqual([
      { title: 'Technicien support', employer: 'Inetum', location: 'Toulouse', start: { year: 2020, month: 1 }, end: { year: 2022, month: 6 }, current: false, months: 30, description: ['Support N1/N2 de 800 utilisateurs', 'Déploiement de postes Windows 10'] },
      { title: 'Technicien de maintenance', employer: 'Darty', location: 'Blagnac', start: { year: 2017, month: 9 }, end: { year: 2019, month: 12 }, current: false, months: 28, description: ["Réparation d'électroménager"] },
    ]);
  });

  it('dates first: "2019 – 2021 : Titre, Employeur (Ville)"', () => {
    const { exps } = run(`2021 – aujourd'hui : Chef de projet digital, Groupe SEB (Écully)
Pilotage de la refonte du site e-commerce.
Encadrement d'une équipe de 6 personnes.
2016 – 2021 : Chef de projet web chez Fnac Darty (Ivry-sur-Seine)
Gestion du backlog produit.`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.start?.year, e.current, e.description.length])).toEqual([
      ['Chef de projet digital', 'Groupe SEB', 'Écully', 2021, true, 2],
      ['Chef de projet web', 'Fnac Darty', 'Ivry-sur-Seine', 2016, false, 1],
    ]);
  });

  it('"Employeur (Ville)" then "Titre" then dates (two header lines before the date)', () => {
    const { exps } = run(`Decathlon (Lille)
Data analyst
janv. 2020 – aujourd'hui
Tableaux de bord Power BI pour la direction commerciale
Automatisation du reporting en Python
Leroy Merlin (Lezennes)
Assistant contrôle de gestion
sept. 2018 – déc. 2019
Suivi budgétaire mensuel`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.months, e.description])).toEqual([
      ['Data analyst', 'Decathlon', 'Lille', 71, ['Tableaux de bord Power BI pour la direction commerciale', 'Automatisation du reporting en Python']],
      ['Assistant contrôle de gestion', 'Leroy Merlin', 'Lezennes', 16, ['Suivi budgétaire mensuel']],
    ]);
  });

  it('flattened two-column: date, then title, then employer, then text', () => {
    const { exps } = run(`2019 – 2021
Développeur web
Acme, Lyon
Développement d'une application de réservation.
2017 – 2019
Intégrateur HTML
Webagency, Villeurbanne
Intégration de maquettes.`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.months, e.description])).toEqual([
      ['Développeur web', 'Acme', 'Lyon', 24, ["Développement d'une application de réservation."]],
      ['Intégrateur HTML', 'Webagency', 'Villeurbanne', 24, ['Intégration de maquettes.']],
    ]);
  });

  it('English: "Title at Company" and "Company — City" with month ranges', () => {
    const { exps } = run(`Data Analyst at Deliveroo
London, UK · Sept 2019 - Present
Built the weekly KPI dashboards in Looker.
Junior Analyst at Ocado
Hatfield · Jan. 2017 – Aug. 2019
Cleaned and joined sales data in SQL.`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.current, e.months])).toEqual([
      ['Data Analyst', 'Deliveroo', 'London, UK', true, 75],
      ['Junior Analyst', 'Ocado', 'Hatfield', false, 32],
    ]);
  });

  it('"Titre chez Employeur" with the dates on the same line and a duration', () => {
    const { exps } = run(`Vendeuse chez Zara, Nantes (2015 - 2018)
Conseil et encaissement
Hôtesse de caisse chez Carrefour — Depuis mars 2021 (4 ans)
Encaissement, ouverture et fermeture de caisse`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.start, e.current])).toEqual([
      ['Vendeuse', 'Zara', 'Nantes', { year: 2015 }, false],
      ['Hôtesse de caisse', 'Carrefour', undefined, { year: 2021, month: 3 }, true],
    ]);
  });

  it('does not take dated bullets or sentences as new entries', () => {
    const { exps } = run(`Vendeuse en prêt-à-porter
Boutique Les Filles du Quai, Nantes — 09/2014 – 02/2021
• Meilleure vendeuse du magasin en 2018 et 2019
Passage à la caisse automatique en 2019, formation des collègues.
• Inventaires annuels (2015 - 2020)`);
    expect(exps).toHaveLength(1);
    expect(exps[0]?.description).toEqual([
      'Meilleure vendeuse du magasin en 2018 et 2019',
      'Passage à la caisse automatique en 2019, formation des collègues.',
      'Inventaires annuels (2015 - 2020)',
    ]);
  });

  it('reads lone years and contract types', () => {
    const { exps } = run(`Stage — Orange, Rennes — 2019
Supervision réseau
Serveur, job d'été — 2018
Service en salle`);
    expect(exps.map((e) => [e.title, e.employer, e.start, e.end, e.months])).toEqual([
      ['Stage', 'Orange', { year: 2019 }, { year: 2019 }, 12],
      ['Serveur', undefined, { year: 2018 }, { year: 2018 }, 12],
    ]);
  });

  it('falls back to blocks when no entry has dates', () => {
    const { exps } = run(`Bénévole — Restos du Cœur
• Distribution de repas
• Accueil des bénéficiaires
Trésorière — Association Les Petits Débrouillards
• Tenue des comptes`);
    expect(exps.map((e) => [e.title, e.employer, e.start, e.description.length])).toEqual([
      ['Bénévole', 'Restos du Cœur', undefined, 2],
      ['Trésorière', 'Association Les Petits Débrouillards', undefined, 1],
    ]);
  });

  it('joins a header line wrapped inside its parentheses (PDF)', () => {
    const { exps } = run(`Depuis novembre 2023 : Préparatrice de commandes – LogiSud Distribution, Limoges (entrepôt e-
commerce, intérim puis CDI)
Préparation des commandes avec scanner`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.current, e.description])).toEqual([
      ['Préparatrice de commandes', 'LogiSud Distribution', 'Limoges', true, ['Préparation des commandes avec scanner']],
    ]);
  });

  it('does not take a description line holding versions or years for an entry', () => {
    const { exps } = run(`Technicien réseaux et télécoms
Armor Télécom Services, Rennes (35) · 01/2021 – à ce jour
Installation et configuration de commutateurs Cisco
Administration Windows Server 2019/2022 : Active Directory, DNS, DHCP
Migration des postes vers Windows 10 en 2020
Technicien de maintenance informatique (alternance)
Ouest Infogérance, Cesson-Sévigné · Sept. 2018 – Août 2020
Support utilisateurs`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.months, e.description.length])).toEqual([
      ['Technicien réseaux et télécoms', 'Armor Télécom Services', 'Rennes', 59, 3],
      ['Technicien de maintenance informatique', 'Ouest Infogérance', 'Cesson-Sévigné', 24, 1],
    ]);
  });

  it('labelled fields (table-like CVs)', () => {
    const { exps } = run(`Poste : Conseillère clientèle
Entreprise : Orange
Période : 03/2016 - 08/2019
Lieu : Nantes
Missions : accueil et conseil en boutique
Poste : Vendeuse
Entreprise : Fnac
Période : 2014 - 2016
Missions : vente de produits high-tech`);
    expect(exps.map((e) => [e.title, e.employer, e.location, e.months, e.description])).toEqual([
      ['Conseillère clientèle', 'Orange', 'Nantes', 42, ['Missions : accueil et conseil en boutique']],
      ['Vendeuse', 'Fnac', undefined, 24, ['Missions : vente de produits high-tech']],
    ]);
  });

  it.each<[string, Array<[string, string | undefined, string | undefined, number | undefined]>]>([
    [
      `Depuis 2021 — Développeur web chez Acme (Lyon)
Refonte du front en Vue.js
2018 – 2020 — Intégrateur chez Webo (Grenoble)
Intégration HTML/CSS`,
      [['Développeur web', 'Acme', 'Lyon', 59], ['Intégrateur', 'Webo', 'Grenoble', 24]],
    ],
    [
      `Software Engineer, Google — Dublin, Ireland (Jan 2019 – Dec 2020)
Built internal tooling in Go.
Intern, Criteo — Paris (Jun 2018 - Aug 2018)
Worked on ad ranking.`,
      [['Software Engineer', 'Google', 'Dublin, Ireland', 24], ['Intern', 'Criteo', 'Paris', 3]],
    ],
    [
      `2019-2021    Développeur web, Acme, Lyon
Développement d'une application de réservation
2017-2019    Technicien support, Inetum, Toulouse
Support utilisateurs`,
      [['Développeur web', 'Acme', 'Lyon', 24], ['Technicien support', 'Inetum', 'Toulouse', 24]],
    ],
    [
      `ACME SAS
Développeur web
Mars 2018 – Juin 2020
- Développement PHP
BETA CONSULTING
Consultant junior
Sept. 2016 – Févr. 2018
- Audit SI`,
      [['Développeur web', 'ACME SAS', undefined, 28], ['Consultant junior', 'BETA CONSULTING', undefined, 18]],
    ],
  ])('more header shapes %#', (text, expected) => {
    expect(run(text).exps.map((e) => [e.title, e.employer, e.location, e.months])).toEqual(expected);
  });

  it('keeps spans inside the text and in order', () => {
    const { text, exps } = run(`Développeur web — Acme, Lyon
2019 – 2021
Développement React
Stagiaire — Beta, Paris
2018
Tests unitaires`);
    expect(exps.map((e) => text.slice(e.span.start, e.span.end))).toEqual([
      'Développeur web — Acme, Lyon\n2019 – 2021\nDéveloppement React',
      'Stagiaire — Beta, Paris\n2018\nTests unitaires',
    ]);
  });
});
