import { ITEM_KIND } from '../../snapshot/format.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { packUints, unpackUints } from '../skills/packing.js';
import { contextTerms } from './analyze.js';
import { wordRoot } from './root.js';

/**
 * The fields of a fiche profile: the words of its titles (appellations, fiche title, aliases), its access
 * conditions, its savoir-faire and savoir-être labels, its savoirs labels, its domaine professionnel and grand
 * domaine labels. (Definitions are indexed word by word elsewhere; certification titles did not help.)
 */
export const PROFILE_FIELDS = ['label', 'access', 'skill', 'savoir', 'domain'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
/** The fields stored in the model; `label` is rebuilt at load time from the indexed titles. */
export const STORED_FIELDS = ['access', 'skill', 'savoir', 'domain'] as const;

/** Roots of the fiche texts: per stored field, per fiche, distinct roots. */
export type FicheTexts = string[][][];

/**
 * The compiled profiles: a root vocabulary, the root of each index term, and per stored field the sorted root
 * ids of each fiche. Integer arrays are packed (see `packUints`): per-fiche counts, and ids as deltas from the
 * previous id of the same fiche.
 */
export interface CompiledProfile {
  /** Root vocabulary, sorted. */
  roots: string[];
  /** Per index term: 1 + its root id, or 0 (packed). */
  termRoot: string;
  /** One entry per {@link STORED_FIELDS} field. */
  fields: { counts: string; deltas: string }[];
}

/** A profile with its arrays unpacked. */
export interface UnpackedProfile {
  roots: string[];
  /** Per index term: its root id, or -1. */
  termRoot: Int32Array;
  /** Per stored field, CSR fiche → ascending root ids. */
  fields: { offsets: Uint32Array; roots: Uint32Array }[];
}

/** Roots of each fiche's texts (access, items, domaine): the slow part of a compile, shared by its variants. */
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
  const out: FicheTexts = STORED_FIELDS.map(() => []);
  for (let f = 0; f < snapshot.ficheCount; f++) {
    const skills = new Set<string>();
    const savoirs = new Set<string>();
    for (let k = snapshot.linkOffsets[f] ?? 0; k < (snapshot.linkOffsets[f + 1] ?? 0); k++) {
      const item = snapshot.linkItems[k] ?? 0;
      for (const r of itemText(item)) (snapshot.itemKind[item] === ITEM_KIND.SAVOIR ? savoirs : skills).add(r);
    }
    const d = file.fiches.domaine[f] ?? 0;
    const domain = `${file.domaines.label[d] ?? ''} ${file.grandDomaines.label[file.domaines.grandDomaine[d] ?? 0] ?? ''}`;
    const values: Record<(typeof STORED_FIELDS)[number], string[]> = {
      access: rootsOf(file.fiches.access[f] ?? ''),
      skill: [...skills],
      savoir: [...savoirs],
      domain: rootsOf(domain),
    };
    STORED_FIELDS.forEach((field, i) => out[i]?.push(values[field]));
  }
  return out;
}

/** Compiles the profiles of a model whose index terms are `terms` (deterministic). */
export function compileProfile(terms: readonly string[], texts: FicheTexts): CompiledProfile {
  const termRoots = terms.map(wordRoot);
  const all = new Set<string>(termRoots);
  for (const lists of texts) for (const l of lists) for (const r of l) all.add(r);
  const roots = [...all].sort();
  const ids = new Map(roots.map((r, i) => [r, i]));
  return {
    roots,
    termRoot: packUints(termRoots.map((r) => (ids.get(r) ?? -1) + 1)),
    fields: texts.map((lists) => {
      const counts: number[] = [];
      const deltas: number[] = [];
      for (const l of lists) {
        const sorted = [...new Set(l.map((r) => ids.get(r) ?? 0))].sort((a, b) => a - b);
        counts.push(sorted.length);
        sorted.forEach((id, k) => deltas.push(k === 0 ? id : id - (sorted[k - 1] ?? 0)));
      }
      return { counts: packUints(counts), deltas: packUints(deltas) };
    }),
  };
}

/** Profiles already unpacked, by compiled object: loading checks the model, then builds the index from it. */
const unpacked = new WeakMap<CompiledProfile, { termCount: number; ficheCount: number; result: UnpackedProfile | string }>();

/**
 * Unpacks and checks a compiled profile for a model of `termCount` terms and `ficheCount` fiches. The result is
 * remembered per `p` object (read-only typed arrays): checking a model and building its index unpack once.
 * @returns the profile, or a reason why it is malformed.
 */
export function unpackProfile(p: CompiledProfile, termCount: number, ficheCount: number): UnpackedProfile | string {
  const known = unpacked.get(p);
  if (known !== undefined && known.termCount === termCount && known.ficheCount === ficheCount) return known.result;
  const result = unpack(p, termCount, ficheCount);
  unpacked.set(p, { termCount, ficheCount, result });
  return result;
}

function unpack(p: CompiledProfile, termCount: number, ficheCount: number): UnpackedProfile | string {
  const termRoot = unpackUints(p.termRoot);
  if (termRoot === null || termRoot.length !== termCount) return 'profile term roots';
  const nRoots = p.roots.length;
  const rootIds = new Int32Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const r = termRoot[t] ?? 0;
    if (r > nRoots) return 'profile root id out of range';
    rootIds[t] = r - 1;
  }
  if (p.fields.length !== STORED_FIELDS.length) return 'profile fields';
  const fields: UnpackedProfile['fields'] = [];
  for (const field of p.fields) {
    const counts = unpackUints(field.counts);
    const deltas = unpackUints(field.deltas);
    if (counts === null || deltas === null || counts.length !== ficheCount) return 'profile field tables';
    const offsets = new Uint32Array(ficheCount + 1);
    for (let f = 0; f < ficheCount; f++) offsets[f + 1] = (offsets[f] ?? 0) + (counts[f] ?? 0);
    if (offsets[ficheCount] !== deltas.length) return 'profile counts do not cover the roots';
    // per fiche, the first delta is the root id and the next ones are gaps: ids ascend, so the last is the largest
    const roots = new Uint32Array(deltas.length);
    for (let f = 0; f < ficheCount; f++) {
      let id = 0;
      const hi = offsets[f + 1] ?? 0;
      for (let k = offsets[f] ?? 0; k < hi; k++) {
        id += deltas[k] ?? 0;
        roots[k] = id;
      }
      if (id >= nRoots && hi > (offsets[f] ?? 0)) return 'profile root id out of range';
    }
    fields.push({ offsets, roots });
  }
  return { roots: p.roots, termRoot: rootIds, fields };
}
