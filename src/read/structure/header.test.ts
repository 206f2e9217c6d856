import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.js';

describe('parseHeader', () => {
  it.each<[string[], { title: string; employer?: string; location?: string }]>([
    [['Développeur web — Acme, Lyon'], { title: 'Développeur web', employer: 'Acme', location: 'Lyon' }],
    [['Développeur web | Acme | Lyon'], { title: 'Développeur web', employer: 'Acme', location: 'Lyon' }],
    [['Acme (Lyon)', 'Développeur web'], { title: 'Développeur web', employer: 'Acme', location: 'Lyon' }],
    [['Développeur web chez Acme'], { title: 'Développeur web', employer: 'Acme' }],
    [['Data analyst at Decathlon, Lille'], { title: 'Data analyst', employer: 'Decathlon', location: 'Lille' }],
    [['Développeuse web', 'Agence Pixelune, Villeurbanne — CDD puis CDI'], { title: 'Développeuse web', employer: 'Agence Pixelune', location: 'Villeurbanne' }],
    [['Assistante commerciale', "Distrib'Ouest SARL, Saint-Herblain (grossiste en équipement de la maison)"], { title: 'Assistante commerciale', employer: "Distrib'Ouest SARL", location: 'Saint-Herblain' }],
    [['Vendeuse (contrat étudiant puis CDD)', 'Prisme Mode, centre commercial Atlantis, Saint-Herblain'], { title: 'Vendeuse', employer: 'Prisme Mode', location: 'Saint-Herblain' }],
    [['Développeur web, Acme'], { title: 'Développeur web', employer: 'Acme' }],
    [['Développeur web, Acme, Paris'], { title: 'Développeur web', employer: 'Acme', location: 'Paris' }],
    [['ACME SAS — Nantes', 'Chargée de clientèle'], { title: 'Chargée de clientèle', employer: 'ACME SAS', location: 'Nantes' }],
    [['Stage — Orange, Rennes'], { title: 'Stage', employer: 'Orange', location: 'Rennes' }],
    [['Technicien support N1 (CDI)', 'Inetum — Toulouse'], { title: 'Technicien support N1', employer: 'Inetum', location: 'Toulouse' }],
    [['Software Engineer @ Doctolib', 'Paris, France'], { title: 'Software Engineer', employer: 'Doctolib', location: 'Paris, France' }],
    [['Mairie de Nantes', 'Agent d’accueil'], { title: 'Agent d’accueil', employer: 'Mairie de Nantes' }],
    [['Boulangerie Dupain', 'Vendeuse'], { title: 'Vendeuse', employer: 'Boulangerie Dupain' }],
    [['Lead developer', 'Qonto · Full-time'], { title: 'Lead developer', employer: 'Qonto' }],
    [['Serveur — Le Petit Zinc, Bordeaux — job étudiant'], { title: 'Serveur', employer: 'Le Petit Zinc', location: 'Bordeaux' }],
    [['Bénévole au sein de la Croix-Rouge'], { title: 'Bénévole', employer: 'Croix-Rouge' }],
    [['Photographe indépendante'], { title: 'Photographe indépendante' }],
    [['Leroy Merlin (Lezennes)', 'Assistant contrôle de gestion'], { title: 'Assistant contrôle de gestion', employer: 'Leroy Merlin', location: 'Lezennes' }],
    [['Développeur (React) — Acme'], { title: 'Développeur (React)', employer: 'Acme' }],
    [['Vendeur | Intersport | Orvault'], { title: 'Vendeur', employer: 'Intersport', location: 'Orvault' }],
    [['Technicien support informatique (stage) — Métropole Habitat Services, Roubaix'], { title: 'Technicien support informatique (stage)', employer: 'Métropole Habitat Services', location: 'Roubaix' }],
    [['Technicien de maintenance (alternance)', 'Ouest Infogérance, Cesson-Sévigné'], { title: 'Technicien de maintenance', employer: 'Ouest Infogérance', location: 'Cesson-Sévigné' }],
    [['Monteur raccordeur fibre optique', "Missions d'intérim pour un sous-traitant d'opérateur, Ille-et-Vilaine"], { title: 'Monteur raccordeur fibre optique', location: 'Ille-et-Vilaine' }],
    [['Technicien helpdesk N1/N2 — Nordis Services (ESN), Lille'], { title: 'Technicien helpdesk N1/N2', employer: 'Nordis Services', location: 'Lille' }],
    [['Data Analyst', 'Lumio Retail (online furniture retailer), Paris, France'], { title: 'Data Analyst', employer: 'Lumio Retail', location: 'Paris, France' }],
  ])('%j', (lines, expected) => {
    expect(parseHeader(lines)).toEqual(expected);
  });

  it('guesses the order when no word is a known job title', () => {
    expect(parseHeader(['Ouvrière agricole — GAEC des Prés'])).toMatchObject({ title: 'Ouvrière agricole' });
    expect(parseHeader(['Pâtissière — Maison Ladurée'])).toEqual({ title: 'Pâtissière', employer: 'Maison Ladurée' });
    expect(parseHeader(['Scrutatrice électorale'])).toEqual({ title: 'Scrutatrice électorale' });
  });

  it('returns an empty title when nothing is left', () => {
    expect(parseHeader(['', ' — '])).toEqual({ title: '' });
  });
});
