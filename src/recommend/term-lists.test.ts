import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { certTermLists, titleCore, type CertTermLists } from './term-lists.js';
import { textTerms } from './terms.js';

let s: Snapshot;
let lists: CertTermLists;
beforeAll(async () => {
  s = await loadSnapshot();
  lists = certTermLists(s);
});

describe('titleCore', () => {
  it('drops the final certifier or diploma group, even unclosed, and nothing else', () => {
    expect(titleCore('DEVELOPPEUR WEB ET WEB MOBILE (TP)')).toBe('DEVELOPPEUR WEB ET WEB MOBILE');
    expect(titleCore('DEVELOPPEUR CONCEPTEUR LOGICIEL (OPENCLASSROOMS')).toBe('DEVELOPPEUR CONCEPTEUR LOGICIEL');
    expect(titleCore('DIRECTEUR DE LA DONNEE (CHIEF DATA OFFICER) (SCIENCES - U LYON)')).toBe(
      'DIRECTEUR DE LA DONNEE (CHIEF DATA OFFICER)',
    );
    expect(titleCore('TECHNICIEN(NE) RESEAUX ET TELECOMMUNICATIONS')).toBe('TECHNICIEN(NE) RESEAUX ET TELECOMMUNICATIONS');
    expect(titleCore('Développeur web')).toBe('Développeur web');
    expect(titleCore('(TP)')).toBe('(TP)');
  });
});

describe('certTermLists', () => {
  it('gives one list per Formacode label, NSF label and certification title', () => {
    expect(lists.formacodes.length).toBe(s.file.formacodes.label.length);
    expect(lists.nsf.length).toBe(s.file.nsf.label.length);
    expect(lists.titles.length).toBe(s.file.certifications.title.length);
    expect(new Set(lists.terms).size).toBe(lists.terms.length);
  });

  it('lists the matching keys of each text, in text order with repeats', () => {
    const c = s.certificationId('RNCP37674');
    const title = s.file.certifications.title[c] ?? '';
    expect(title).not.toBe('');
    expect((lists.titles[c] ?? []).map((id) => lists.terms[id])).toEqual(textTerms(titleCore(title)));
    const f = s.file.formacodes.label.findIndex((l) => l.length > 0);
    expect((lists.formacodes[f] ?? []).map((id) => lists.terms[id])).toEqual(textTerms(s.file.formacodes.label[f] ?? ''));
  });

  it('numbers terms by first appearance: Formacode labels first', () => {
    const firstIds = lists.formacodes.flat();
    const seen: number[] = [];
    for (const id of firstIds) if (!seen.includes(id)) seen.push(id);
    expect(seen).toEqual(seen.map((_, k) => k));
  });
});
