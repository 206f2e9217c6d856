import { describe, expect, it } from 'vitest';
import { joinHyphenated, knownWords } from './hyphenation.js';

const none = new Set<string>();

describe('joinHyphenated', () => {
  it('joins words cut by end-of-line hyphenation', () => {
    expect(joinHyphenated('Poste de déve-', 'loppeur web', none)).toBe('Poste de développeur web');
    expect(joinHyphenated('maintenance infor-', 'matique', none)).toBe('maintenance informatique');
  });

  it('always joins at a U+2010 hyphen (a soft-hyphen break drawn by a browser)', () => {
    expect(joinHyphenated('des pro\u2010', 'cédures', none)).toBe('des procédures');
  });

  it('keeps real compounds and names', () => {
    expect(joinHyphenated('développeur full-', 'stack', none)).toBe('développeur full-stack');
    expect(joinHyphenated('site e-', 'commerce', none)).toBe('site e-commerce');
    expect(joinHyphenated('Jean-', 'Pierre Martin', none)).toBe('Jean-Pierre Martin');
    expect(joinHyphenated('Période 2019-', '2021', none)).toBe('Période 2019-2021');
  });

  it('lets the rest of the document decide', () => {
    expect(joinHyphenated('outil de ticket-', 'ing', knownWords(['ticketing GLPI']))).toBe('outil de ticketing');
    expect(joinHyphenated('équipe multi-', 'sites', knownWords(['support multi-sites']))).toBe('équipe multi-sites');
  });
});

describe('knownWords', () => {
  it('collects lower-cased words and the parts of compounds', () => {
    expect([...knownWords(['Full-Stack et DevOps'])].sort()).toEqual(['devops', 'et', 'full', 'full-stack', 'stack']);
  });
});
