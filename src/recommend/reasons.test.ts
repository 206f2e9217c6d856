import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { ficheQuery } from './fiche-query.js';
import { gapItems, type GapItem } from './gap.js';
import { certIndex, type CertIndex } from './index-certs.js';
import { reasons, type ReasonFacts } from './reasons.js';

let s: Snapshot;
let idx: CertIndex;
let facts: (rncp: string, more?: Partial<ReasonFacts>) => ReasonFacts;
let items: GapItem[];
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
  const q = ficheQuery(s, idx, s.ficheId('M1855'));
  const weights = new Map(Array.from(q.terms, (t, j) => [t, q.weights[j] ?? 0]));
  const queryWeight = (key: string): number => weights.get(idx.termIds.get(key) ?? -1) ?? 0;
  // « Concevoir une application web », « HTML », « Coder », « Architecture web »
  items = gapItems(s, idx, [109846, 102788, 400261, 109862].map((o) => s.itemId(o)));
  facts = (rncp, more = {}) => {
    const cert = s.certificationId(rncp);
    return {
      cert,
      titleSource: idx.titleSource[cert] ?? -1,
      titleFit: 0.9,
      formacodeFit: 0.8,
      queryWeight,
      covered: [],
      levelSentence: 'Niveau 5 : un niveau au-dessus de votre diplôme',
      active: s.file.certifications.active[cert] ?? -1,
      replaces: -1,
      ...more,
    };
  };
});

describe('reasons', () => {
  it('explains a titled, active certification in short French sentences', () => {
    const out = reasons(s, facts('RNCP37674', { covered: items.slice(0, 1), replaces: s.certificationId('RNCP31114') }));
    expect(out).toEqual([
      'Intitulé en lien direct avec le métier : developpeur, web, mobile',
      'Couvre 1 compétence manquante : Concevoir une application web',
      'Niveau 5 : un niveau au-dessus de votre diplôme',
      'Domaines de formation en lien : Développement web, Qualité web, Logiciel gestion de contenu e-commerce…',
      'Remplace RNCP31114, retirée',
      'Certification active',
    ]);
  });

  it('names the predecessor whose title it carries, and the unknown status', () => {
    const out = reasons(s, facts('RNCP38436'));
    expect(out[0]).toBe('Intitulé non publié ; succède à RNCP31899 « Intégrateur - Développeur Web »');
    expect(out[1]).toBe('Intitulé en lien direct avec le métier : intégrateur, développeur, web');
    expect(out.at(-1)).toBe('Statut non renseigné (certification récente)');
  });

  it('says when a certification is ranked on its training domains only', () => {
    const out = reasons(s, facts('RNCP41143', { titleFit: 0 }));
    expect(out[0]).toBe("Intitulé non publié : classée d'après ses domaines de formation");
    expect(out.some((r) => r.startsWith('Intitulé en'))).toBe(false);
  });

  it('lists at most three covered items, then an ellipsis, with the right plural', () => {
    const out = reasons(s, facts('RNCP37674', { covered: items }));
    expect(out).toContain(
      `Couvre 4 compétences manquantes : ${items
        .slice(0, 3)
        .map((g) => g.label)
        .join(', ')}…`,
    );
  });

  it('calls a weak title fit partial and says nothing of a poor one', () => {
    expect(reasons(s, facts('RNCP37674', { titleFit: 0.3 }))[0]).toMatch(/^Intitulé en partie lié au métier/);
    expect(reasons(s, facts('RNCP37674', { titleFit: 0.1, formacodeFit: 0.1 }))[0]).toBe(
      'Niveau 5 : un niveau au-dessus de votre diplôme',
    );
  });

  it('flags a retired certification', () => {
    expect(reasons(s, facts('RNCP26933')).at(-1)).toBe('Certification retirée');
  });
});
