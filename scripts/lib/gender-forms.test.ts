import { describe, expect, it } from 'vitest';
import { genderForms } from './gender-forms.js';

describe('genderForms', () => {
  it('splits a one-word head', () => {
    expect(genderForms('Développeur / Développeuse web')).toEqual(['Développeur web', 'Développeuse web']);
  });
  it('splits a multi-word head and keeps the shared tail', () => {
    expect(genderForms("Assistant commercial / Assistante commerciale en e-commerce")).toEqual([
      'Assistant commercial en e-commerce',
      'Assistante commerciale en e-commerce',
    ]);
  });
  it('keeps hyphenated compounds', () => {
    expect(genderForms('Accastilleur-gréeur / Accastilleuse-gréeuse')).toEqual(['Accastilleur-gréeur', 'Accastilleuse-gréeuse']);
  });
  it('returns the label twice when there is no gender pair', () => {
    expect(genderForms('Community manager')).toEqual(['Community manager', 'Community manager']);
    expect(genderForms('Analyste biologie/microbiologie en industrie')[1]).toBe('Analyste biologie/microbiologie en industrie');
  });
});
