import { describe, expect, it } from 'vitest';
import { expandTitleAbbreviations, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { tokenize } from './tokenize.js';

const expand = (s: string): string[] => expandTitleAbbreviations(tokenize(s)).map((t) => t.norm);

describe('expandTitleAbbreviations', () => {
  it('expands the head abbreviation to a person noun', () => {
    expect(expand('Dév. front React')).toEqual(['developpeur', 'front', 'react']);
    expect(expand('Ingé système')).toEqual(['ingenieur', 'systeme']);
    expect(expand('Resp. magasin')).toEqual(['responsable', 'magasin']);
    expect(expand('Tech. support N2')).toEqual(['technicien', 'support', 'n2']);
    expect(expand('Senior dev')).toEqual(['senior', 'developpeur']);
  });
  it('expands non-head abbreviations to the domain word', () => {
    expect(expand('Business dev')).toEqual(['business', 'developpement']);
    expect(expand('Directeur tech')).toEqual(['directeur', 'technique']);
    expect(expand('Assistante admin')).toEqual(['assistante', 'administratif']);
    expect(expand('Admin sys')).toEqual(['administrateur', 'systeme']);
  });
  it('expands multi-word acronyms, keeping the abbreviation offsets', () => {
    const s = 'CDP BTP';
    const toks = expandTitleAbbreviations(tokenize(s));
    expect(toks.map((t) => t.norm)).toEqual(['chef', 'de', 'projet', 'batiment', 'travaux', 'publics']);
    expect(toks.map((t) => s.slice(t.start, t.end))).toEqual(['CDP', 'CDP', 'CDP', 'BTP', 'BTP', 'BTP']);
  });
  it('leaves ordinary words alone and only holds folded keys', () => {
    expect(expand('Vendeuse en boulangerie')).toEqual(['vendeuse', 'en', 'boulangerie']);
    for (const k of TITLE_ABBREVIATIONS.keys()) expect(k).toMatch(/^[a-z]+$/);
  });
});
