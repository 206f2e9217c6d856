import { ITEM_KIND } from '../../snapshot/format.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { contextTerms } from './analyze.js';
import { wordRoot } from './root.js';

/**
 * The texts of a fiche that describe the job beyond its titles, in the order of `TitleModel.profile.fields`:
 * its titles' words, definition, access conditions, savoir-faire and savoir-être labels, savoirs labels,
 * domaine professionnel (and grand domaine) label, titles of the RNCP certifications linked to its ROME v3 parent.
 */
export const PROFILE_FIELDS = ['label', 'definition', 'access', 'skill', 'savoir', 'domain', 'certification'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Per fiche, per field, the derivational roots (see `wordRoot`) of its words. */
export interface CompiledProfile {
  /** Root vocabulary, sorted. */
  roots: string[];
  /** One table per {@link PROFILE_FIELDS} entry: roots of fiche `f` are `roots[offsets[f] .. offsets[f+1])`, ascending. */
  fields: { offsets: number[]; roots: number[] }[];
}

/** Roots of the fiche texts that do not depend on the appellations: per text field (the fields after `label`), per fiche. */
export type FicheTexts = string[][][];

/** Roots of each fiche's texts (definition, access, items, domaine, certifications): the slow part of a compile. */
export function ficheTexts(snapshot: Snapshot): FicheTexts {
  const file = snapshot.file;
  const rootsOf = (text: string): string[] => [...new Set(contextTerms(text).map(wordRoot))];
  const itemRoots = new Map<number, string[]>();
  const itemText = (item: number): string[] => {
    let r = itemRoots.get(item);
    if (r === undefined) {
      r = rootsOf(file.items.label[item] ?? '');
      itemRoots.set(item, r);
    }
    return r;
  };
  const out: FicheTexts = PROFILE_FIELDS.slice(1).map(() => []);
  for (let f = 0; f < snapshot.ficheCount; f++) {
    const skills = new Set<string>();
    const savoirs = new Set<string>();
    for (let k = snapshot.linkOffsets[f] ?? 0; k < (snapshot.linkOffsets[f + 1] ?? 0); k++) {
      const item = snapshot.linkItems[k] ?? 0;
      for (const r of itemText(item)) (snapshot.itemKind[item] === ITEM_KIND.SAVOIR ? savoirs : skills).add(r);
    }
    const d = file.fiches.domaine[f] ?? 0;
    const domain = `${file.domaines.label[d] ?? ''} ${file.grandDomaines.label[file.domaines.grandDomaine[d] ?? 0] ?? ''}`;
    const certs = snapshot.certificationsOfFiche(f).map((c) => file.certifications.title[c] ?? '').join(' . ');
    const values = [
      rootsOf(file.fiches.definition[f] ?? ''),
      rootsOf(file.fiches.access[f] ?? ''),
      [...skills],
      [...savoirs],
      rootsOf(domain),
      rootsOf(certs),
    ];
    values.forEach((v, i) => out[i]?.push(v));
  }
  return out;
}

/**
 * Compiles the fiche profiles: `labelWords[f]` are the analysed words of fiche `f`'s indexed titles
 * (appellations, fiche title, aliases), `texts` the roots of its texts (see {@link ficheTexts}). Deterministic.
 */
export function compileProfile(labelWords: readonly (readonly string[])[], texts: FicheTexts): CompiledProfile {
  const perField: string[][][] = [labelWords.map((ws) => [...new Set(ws.map(wordRoot))]), ...texts];
  const all = new Set<string>();
  for (const lists of perField) for (const l of lists) for (const r of l) all.add(r);
  const roots = [...all].sort();
  const ids = new Map(roots.map((r, i) => [r, i]));
  return {
    roots,
    fields: perField.map((lists) => {
      const out = { offsets: [0], roots: [] as number[] };
      for (const l of lists) {
        out.roots.push(...l.map((r) => ids.get(r) ?? 0).sort((a, b) => a - b));
        out.offsets.push(out.roots.length);
      }
      return out;
    }),
  };
}
