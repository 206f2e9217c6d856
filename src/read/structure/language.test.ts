import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('recognises a French CV full of English tech words', () => {
    const text = `Camille Roussel
Développeuse full-stack
Expériences professionnelles
Développeuse web — Agence Pixelune, Villeurbanne — sept. 2025 – aujourd'hui
Développement front-end React, back-end Node.js, API REST, CI/CD GitHub Actions, Docker, cloud AWS
Compétences
JavaScript, TypeScript, React, Node.js, PostgreSQL, DevOps, Scrum
Langues
Anglais : B2`;
    expect(detectLanguage(text)).toBe('fr');
  });

  it('recognises an English CV, even with a French name and city', () => {
    const text = `Jean-Baptiste Lefèvre — Nantes, France
Work experience
Data analyst at Decathlon, Lille — Jan 2020 – present
Built dashboards in Power BI and automated the reporting of sales for the team.
Education
Master's degree in statistics, Université de Nantes, 2019
Languages
French (native), English (fluent)`;
    expect(detectLanguage(text)).toBe('en');
  });

  it('says fr for a French CV without accents (stripped by a bad export)', () => {
    expect(detectLanguage('Experience professionnelle\nVendeuse chez Zara depuis 2019\nGestion de la caisse et des stocks')).toBe('fr');
  });

  it('defaults to fr when there is nothing to judge', () => {
    expect(detectLanguage('')).toBe('fr');
    expect(detectLanguage('Java Python Docker')).toBe('fr');
  });
});
