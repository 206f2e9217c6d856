import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold.js';
import { foldGender } from '../text/gender.js';
import { wordRoot } from './root.js';

const root = (w: string): string => wordRoot(foldGender(fold(w)));

describe('wordRoot', () => {
  it('gives an agent noun and its domain noun or adjective the same root', () => {
    for (const family of [
      ['oléiculteur', 'oléicultrice', 'oléicole', 'oléiculture'],
      ['pneumaticien', 'pneumatique'],
      ['trompettiste', 'trompette'],
      ['téléprospecteur', 'téléprospection'],
      ['informaticienne', 'informatique'],
      ['comptable', 'comptabilité'],
      ['boulanger', 'boulangerie'],
      ['psychologue', 'psychologie'],
      ['musicien', 'musique'],
      ['apiculteur', 'apicole'],
    ]) {
      expect(new Set(family.map(root)), family.join('/')).toHaveLength(1);
    }
  });
  it('keeps apart families that only share a beginning', () => {
    expect(root('électricien')).not.toBe(root('électronicien'));
    expect(root('électronique')).toBe(root('électronicien'));
    expect(root('vendeur')).not.toBe(root('vente'));
  });
  it('leaves short words, acronyms and tokens with symbols unchanged', () => {
    expect(wordRoot('agent')).toBe('agent');
    expect(wordRoot('rh')).toBe('rh');
    expect(wordRoot('c++')).toBe('c++');
    expect(wordRoot('node.js')).toBe('node.js');
  });
});
