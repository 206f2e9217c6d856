import { describe, expect, it } from 'vitest';
import { isCompanyName, isContract, isJobTitle, looksLikeTask } from './roles.js';

describe('isJobTitle', () => {
  it.each(['Développeuse web', 'Data analyst', 'Chef de projet digital', 'Technicien réseaux', 'Vendeuse en prêt-à-porter',
    'Assistante commerciale', 'Software Engineer', 'Stagiaire développeur', 'Lead dev', 'CTO', 'Conseillère clientèle',
    'Chargée de communication', 'Product Owner', 'Administrateur systèmes et réseaux', 'Full stack developer'])('%s', (t) => {
    expect(isJobTitle(t)).toBe(true);
  });
  it.each(['Agence Pixelune', 'Decathlon', "Distrib'Ouest SARL", 'Lyon', 'Orange Business Services', 'Le Wagon'])('%s is not', (t) => {
    expect(isJobTitle(t)).toBe(false);
  });
});

describe('isCompanyName', () => {
  it.each(["Distrib'Ouest SARL", 'Groupe SEB', 'Agence Pixelune', 'Acme Inc.', 'IBM', 'SNCF', 'Mairie de Nantes'])('%s', (t) => {
    expect(isCompanyName(t)).toBe(true);
  });
  it.each(['Développeuse web', 'Nantes', 'Vendeuse'])('%s is not', (t) => {
    expect(isCompanyName(t)).toBe(false);
  });
});

describe('isContract', () => {
  it.each(['CDI', 'CDD puis CDI', 'Stage', 'Stage de 6 mois', 'Alternance', 'Full-time', 'contrat étudiant puis CDD', 'Intérim', 'Freelance'])(
    '%s',
    (t) => {
      expect(isContract(t)).toBe(true);
    },
  );
  it.each(['Développeur web', 'Acme', 'Stage chez Acme', 'grossiste en équipement de la maison'])('%s is not', (t) => {
    expect(isContract(t)).toBe(false);
  });
});

describe('looksLikeTask', () => {
  it.each(['Gestion des stocks', 'Développement React', 'Raccordement FTTH chez les abonnés', 'Soudure de fibres', 'Built dashboards', "J'ai animé"])('%s', (t) => {
    expect(looksLikeTask(t)).toBe(true);
  });
  it.each(['Orange Business Services', 'Ouest Infogérance, Cesson-Sévigné', 'Decathlon', 'Mairie de Nantes', 'Développeur web'])('%s is not', (t) => {
    expect(looksLikeTask(t)).toBe(false);
  });
});
