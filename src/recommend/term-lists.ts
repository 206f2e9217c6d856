import type { Snapshot } from '../snapshot/snapshot.js';
import type { FicheText } from './fiche-text.js';
import { textTerms } from './terms.js';

/**
 * The part of a certification title that names the trade: a final parenthesised group, which in RNCP titles names
 * the certifier or the diploma type ("DATA ANALYST (OPENCLASSROOMS)", "… (BUT)", even unclosed), is dropped when
 * something comes before it.
 */
export function titleCore(title: string): string {
  const m = /^(.*\S)\s*\([^()]*\)?\s*$/.exec(title);
  return m?.[1] ?? title;
}

/**
 * The certification texts of a snapshot as dense term ids: the term dictionary (id = position, in order of first
 * appearance) and the terms of each Formacode label, NSF label and certification title (its {@link titleCore}), in
 * text order with repeats; and how many fiche titles contain each term. This is the costly part of the index (tokenising and stemming a few thousand chunks),
 * so it can be compiled ahead (see compiled-terms.ts).
 */
export interface CertTermLists {
  readonly terms: readonly string[];
  readonly formacodes: readonly (readonly number[])[];
  readonly nsf: readonly (readonly number[])[];
  readonly titles: readonly (readonly number[])[];
  /** Per term id: number of the snapshot's fiche titles (all 1,584) that contain the term. */
  readonly ficheTitleDf: readonly number[];
  /** Texts of fiches compiled ahead (see `FicheText`); the others are extracted on demand. */
  readonly ficheTexts?: ReadonlyMap<number, FicheText>;
  /** Distinct term ids of item labels compiled ahead (see `itemTermIds`); the others are extracted on demand. */
  readonly itemTerms?: ReadonlyMap<number, readonly number[]>;
}

/** Extracts the {@link CertTermLists} of `s` (see `textTerms`). Deterministic. */
export function certTermLists(s: Snapshot): CertTermLists {
  const termIds = new Map<string, number>();
  const idOf = (k: string): number => {
    let id = termIds.get(k);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(k, id);
    }
    return id;
  };
  // titles repeat words heavily: term ids are memoised per space-separated chunk (tokens never span a space)
  const chunkIds = new Map<string, number[]>();
  const idsOf = (text: string): number[] => {
    const out: number[] = [];
    for (const chunk of text.split(' ')) {
      let ids = chunkIds.get(chunk);
      if (ids === undefined) {
        ids = textTerms(chunk).map(idOf);
        chunkIds.set(chunk, ids);
      }
      for (const id of ids) out.push(id);
    }
    return out;
  };
  const formacodes = s.file.formacodes.label.map(idsOf);
  const nsf = s.file.nsf.label.map(idsOf);
  const titles = s.file.certifications.title.map((t) => idsOf(titleCore(t)));
  const ficheTitleDf = new Array<number>(termIds.size).fill(0);
  for (const title of s.file.fiches.title) {
    const ids = new Set<number>();
    for (const k of textTerms(title)) {
      const id = termIds.get(k);
      if (id !== undefined) ids.add(id);
    }
    for (const id of ids) ficheTitleDf[id] = (ficheTitleDf[id] ?? 0) + 1;
  }
  return { terms: [...termIds.keys()], formacodes, nsf, titles, ficheTitleDf };
}

