/**
 * Compiles the skills lexicon (models/lexicon.json) from the snapshot, the ESCO French skill labels and the reviewed
 * alias lists of ./aliases. Deterministic: same inputs, same output.
 */
import { join } from 'node:path';
import { readCsv } from '../lib/csv.js';
import { ITEM_KIND, type SnapshotFile } from '../../src/snapshot/format.js';
import { fold } from '../../src/understand/text/index.js';
import { phraseKeys } from '../../src/understand/skills/keys.js';
import { packUints } from '../../src/understand/skills/packing.js';
import {
  ESCO_URI_PREFIX,
  LEXICON_FORMAT,
  LEXICON_FORMAT_VERSION,
  PHRASE_FLAG,
  type LexiconFile,
} from '../../src/understand/skills/lexicon-format.js';
import type { AliasGroup } from './aliases/types.js';
import { TECH_ALIASES } from './aliases/tech.js';
import { SOFT_SKILL_ALIASES } from './aliases/soft-skills.js';
import { PHRASING_ALIASES } from './aliases/phrasings.js';
import { ESCO_ALIASES } from './aliases/esco.js';

/** Path of the ESCO export inside the data folder. */
export const ESCO_FILE = join('esco', 'skills_fr_v1.2.1.csv');

/** Diploma names: not skills, and they would fire on every education section. Habilitations are kept. */
const EXCLUDED_CATEGORY = 'Savoirs / Certifications et habilitations / Certifications';
/** Savoir categories whose one-word names (Docker, Photoshop) are unambiguous. */
const TECH_CATEGORIES: ReadonlySet<string> = new Set([
  "Savoirs / Domaines d'expertise / Langages informatiques",
  "Savoirs / Domaines d'expertise / Logiciels, progiciels",
]);
/** Label prefixes of savoirs whose remainder is the name people write ("Système d'exploitation Linux" → "Linux"). */
const SAVOIR_PREFIXES: readonly string[] = [
  'Langage de programmation ',
  'Langage ',
  'Programmation en ',
  "Système d'exploitation informatique ",
  "Système d'exploitation ",
  'Progiciel de gestion ',
  'Framework ',
  'IDE (Integrated Development Environment) ',
  'CMS (Système de gestion de contenu) ',
  'Microsoft ',
  'Logiciel professionnel ',
  'Outil ',
];
/** ESCO labels longer than this (in content tokens) are never written verbatim in a CV. */
const MAX_ESCO_TOKENS = 8;
/** Short names for typo matching: at most this many tokens. */
const MAX_FUZZY_TOKENS = 3;

export const ALIAS_GROUPS: readonly AliasGroup[] = [...TECH_ALIASES, ...SOFT_SKILL_ALIASES, ...PHRASING_ALIASES];

interface Phrase {
  keys: string[];
  targets: Set<number>;
  flags: number;
}

const keyOf = (keys: readonly string[]): string => keys.join(' ');

/**
 * Surface forms derived from a ROME label: the label, the label without parentheses, an acronym in parentheses of a
 * spelled-out label ("(CRM)"); for IT savoirs (`tech`) also the parts around " / " and " - " and the name after a
 * generic prefix ("Système d'exploitation Linux" → "Linux").
 */
export function labelSurfaces(label: string, tech: boolean): string[] {
  const out = new Set<string>([label]);
  const noParen = label.replace(/\s*\([^)]*\)/g, '').trim();
  if (noParen && noParen !== label) out.add(noParen);
  if (tech) {
    for (const m of label.matchAll(/\(([^)]*)\)/g)) {
      const inner = (m[1] ?? '').trim();
      // "(CRM)", "(SGBD)": an acronym of the spelled-out label
      if (/^[A-Z][A-Z0-9]{1,5}$/.test(inner) && noParen.split(' ').length >= 2) out.add(inner);
    }
    for (const part of noParen.split(/ \/ | - /)) if (part.trim() && part.trim() !== noParen) out.add(part.trim());
    for (const prefix of SAVOIR_PREFIXES) {
      if (label.startsWith(prefix) && label.length > prefix.length) {
        out.add(label.slice(prefix.length).trim());
        const rest = noParen.startsWith(prefix) ? noParen.slice(prefix.length).trim() : '';
        if (rest) out.add(rest);
        break;
      }
    }
  }
  return [...out];
}

/** Number of fiches linking each item (to choose among ROME items that share a label). */
function linkCounts(s: SnapshotFile): Uint32Array {
  const counts = new Uint32Array(s.items.ogr.length);
  for (const it of s.links.values) counts[it] = (counts[it] ?? 0) + 1;
  return counts;
}

/** Reads the ESCO export: concept id (URI suffix), preferred label, synonyms. */
function readEsco(dataDir: string): { id: string; labels: string[] }[] {
  return readCsv(join(dataDir, ESCO_FILE))
    .filter((r) => (r.conceptUri ?? '').startsWith(ESCO_URI_PREFIX) && (r.preferredLabel ?? '') !== '')
    .map((r) => ({
      id: (r.conceptUri ?? '').slice(ESCO_URI_PREFIX.length),
      labels: [r.preferredLabel ?? '', ...(r.altLabels ?? '').split('|')].map((l) => l.trim()).filter(Boolean),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Builds the lexicon of a snapshot. `dataDir` is the shared data folder holding `esco/skills_fr_v1.2.1.csv`.
 * Throws when an alias group names an item the snapshot does not have.
 */
export function buildLexicon(snapshot: SnapshotFile, dataDir: string): LexiconFile {
  const { items } = snapshot;
  const itemCount = items.ogr.length;
  const itemByOgr = new Map(items.ogr.map((o, i) => [o, i]));
  const itemOf = (ogr: number): number => {
    const i = itemByOgr.get(ogr);
    if (i === undefined) throw new Error(`alias list names unknown ROME item ${ogr}`);
    return i;
  };
  const links = linkCounts(snapshot);
  const phrases = new Map<string, Phrase>();
  const put = (keys: string[], targets: Iterable<number>, flags: number): void => {
    if (keys.length === 0) return;
    const k = keyOf(keys);
    const p = phrases.get(k) ?? { keys, targets: new Set<number>(), flags: 0 };
    for (const t of targets) p.targets.add(t);
    p.flags |= flags;
    phrases.set(k, p);
  };

  // 1. reviewed aliases: they win over any label with the same key
  /** Keys of ambiguous alias names, and their flags (applied to every phrase with that key, whatever its source). */
  const ambiguousKeys = new Map<string, number>();
  const fuzzyNames = new Map<string, string>();
  for (const g of ALIAS_GROUPS) {
    const ids = g.ids.map(itemOf);
    const add = (names: readonly string[] | undefined, flags: number): void => {
      for (const name of names ?? []) {
        const keys = phraseKeys(name);
        put(keys, ids, PHRASE_FLAG.ALIAS | flags);
        if (flags & (PHRASE_FLAG.AMBIGUOUS | PHRASE_FLAG.GENERIC)) ambiguousKeys.set(keyOf(keys), flags);
        else if (keys.length > 0 && keys.length <= MAX_FUZZY_TOKENS && fold(name).length >= 4) fuzzyNames.set(fold(name), keyOf(keys));
      }
    };
    const tech = TECH_ALIASES.includes(g);
    add(g.names, 0);
    for (const name of g.ambiguous ?? []) {
      add([name], (tech ? PHRASE_FLAG.AMBIGUOUS : PHRASE_FLAG.GENERIC) | (/\p{Lu}/u.test(name) ? PHRASE_FLAG.CASED : 0));
    }
    add(g.cased, PHRASE_FLAG.CASED);
  }

  // 2. ROME labels and their parts; several items may share a key: the most linked one wins
  const romeCandidates = new Map<string, { keys: string[]; items: Set<number>; single: boolean; tech: boolean }>();
  const techItems = new Set<number>();
  const included: number[] = [];
  for (let i = 0; i < itemCount; i++) {
    const category = snapshot.categories[items.category[i] ?? -1] ?? '';
    if (category === EXCLUDED_CATEGORY) continue;
    included.push(i);
    const tech = TECH_CATEGORIES.has(category) && items.kind[i] === ITEM_KIND.SAVOIR;
    if (tech) techItems.add(i);
    for (const surface of labelSurfaces(items.label[i] ?? '', tech)) {
      const keys = phraseKeys(surface);
      if (keys.length === 0) continue;
      const k = keyOf(keys);
      const c = romeCandidates.get(k) ?? { keys, items: new Set<number>(), single: keys.length === 1, tech: true };
      c.items.add(i);
      c.tech &&= tech;
      romeCandidates.set(k, c);
      if (tech && keys.length <= MAX_FUZZY_TOKENS && fold(surface).length >= 4 && !fuzzyNames.has(fold(surface))) fuzzyNames.set(fold(surface), k);
    }
  }
  for (const g of TECH_ALIASES) for (const ogr of g.ids) techItems.add(itemOf(ogr));
  for (const [k, c] of [...romeCandidates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const existing = phrases.get(k);
    if (existing && existing.flags & PHRASE_FLAG.ALIAS) {
      existing.flags |= PHRASE_FLAG.ROME;
      continue;
    }
    const best = [...c.items].sort((a, b) => (links[b] ?? 0) - (links[a] ?? 0) || a - b)[0];
    if (best === undefined) continue;
    put(c.keys, [best], PHRASE_FLAG.ROME | (c.single && !c.tech ? PHRASE_FLAG.GENERIC : 0));
  }

  // 3. ESCO: a concept whose label matches an existing phrase is that ROME item (its synonyms fill gaps);
  //    the others are kept as ESCO concepts
  const escoIds: string[] = [];
  const escoLabels: string[] = [];
  const escoAliased = new Set(ESCO_ALIASES.map((g) => g.uri));
  /** Concepts of the ESCO skills named by ESCO_ALIASES. */
  const escoTargets = new Map<string, number[]>();
  for (const concept of readEsco(dataDir)) {
    // one-word synonyms are too loose ("commerce" for e-commerce, "Mocha" for JavaScript); one-word preferred
    // labels are kept only when they are names (Haskell, TypeScript), not words (paris, golf)
    const keyed = concept.labels
      .map((l) => phraseKeys(l))
      .filter((k, i) => k.length > 0 && k.length <= MAX_ESCO_TOKENS && (k.length > 1 || (i === 0 && /\p{Lu}/u.test(concept.labels[0] ?? ''))));
    let targets: number[] | undefined;
    for (const keys of keyed) {
      const p = phrases.get(keyOf(keys));
      // linked through a ROME label or a reviewed alias only, never through another ESCO concept's synonym
      if (p && p.flags & (PHRASE_FLAG.ROME | PHRASE_FLAG.ALIAS) && !(p.flags & (PHRASE_FLAG.AMBIGUOUS | PHRASE_FLAG.GENERIC))) {
        targets = [...p.targets].sort((a, b) => a - b);
        break;
      }
    }
    const fresh = keyed.filter((keys) => !phrases.has(keyOf(keys)));
    if (fresh.length === 0 && !escoAliased.has(concept.id)) continue;
    if (!targets) {
      targets = [itemCount + escoIds.length];
      escoIds.push(concept.id);
      escoLabels.push(concept.labels[0] ?? '');
    }
    for (const keys of fresh) put(keys, targets, PHRASE_FLAG.ESCO | (keys.length === 1 ? PHRASE_FLAG.AMBIGUOUS | PHRASE_FLAG.CASED : 0));
    if (escoAliased.has(concept.id)) escoTargets.set(concept.id, targets);
  }
  for (const g of ESCO_ALIASES) {
    const targets = escoTargets.get(g.uri);
    if (!targets) throw new Error(`ESCO alias names unknown concept ${g.uri}`);
    for (const name of g.names) put(phraseKeys(name), targets, PHRASE_FLAG.ALIAS);
  }
  for (const [k, flags] of ambiguousKeys) {
    const p = phrases.get(k);
    if (p) p.flags |= flags;
  }

  // 4. phrase-overlap documents: ROME labels and multi-word alias names
  const docs: { concept: number; keys: string[] }[] = [];
  for (const i of included) {
    const keys = [...new Set(phraseKeys(items.label[i] ?? ''))];
    if (keys.length >= 2) docs.push({ concept: i, keys });
  }
  for (const g of ALIAS_GROUPS) {
    for (const name of g.names) {
      const keys = [...new Set(phraseKeys(name))];
      if (keys.length >= 2) for (const ogr of g.ids) docs.push({ concept: itemOf(ogr), keys });
    }
  }

  // 5. token table, most frequent first
  const freq = new Map<string, number>();
  const phraseList = [...phrases.values()].sort((a, b) => (keyOf(a.keys) < keyOf(b.keys) ? -1 : 1));
  for (const p of phraseList) for (const k of p.keys) freq.set(k, (freq.get(k) ?? 0) + 1);
  for (const d of docs) for (const k of d.keys) freq.set(k, (freq.get(k) ?? 0) + 1);
  const tokens = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t]) => t);
  const tokenId = new Map(tokens.map((t, i) => [t, i]));
  const ids = (keys: readonly string[]): number[] => keys.map((k) => tokenId.get(k) ?? 0);
  const phraseIndex = new Map(phraseList.map((p, i) => [keyOf(p.keys), i]));

  // typo targets: names that count anywhere (an ambiguous name is never a safe correction)
  const unsafe = PHRASE_FLAG.AMBIGUOUS | PHRASE_FLAG.GENERIC | PHRASE_FLAG.CASED;
  const fuzzy = [...fuzzyNames]
    .filter(([, k]) => phraseIndex.has(k) && !((phrases.get(k)?.flags ?? unsafe) & unsafe))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    format: LEXICON_FORMAT,
    formatVersion: LEXICON_FORMAT_VERSION,
    rome: snapshot.info.rome,
    items: itemCount,
    counts: {
      tokens: tokens.length,
      phrases: phraseList.length,
      aliasPhrases: phraseList.filter((p) => p.flags & PHRASE_FLAG.ALIAS).length,
      escoPhrases: phraseList.filter((p) => p.flags & PHRASE_FLAG.ESCO).length,
      escoConcepts: escoIds.length,
      docs: docs.length,
      fuzzy: fuzzy.length,
    },
    tokens,
    esco: { ids: escoIds, labels: escoLabels },
    phrases: {
      lengths: packUints(phraseList.map((p) => p.keys.length)),
      tokens: packUints(phraseList.flatMap((p) => ids(p.keys))),
      flags: packUints(phraseList.map((p) => p.flags)),
      targetCounts: packUints(phraseList.map((p) => p.targets.size)),
      targets: packUints(phraseList.flatMap((p) => [...p.targets].sort((a, b) => a - b))),
    },
    docs: {
      concepts: packUints(docs.map((d) => d.concept)),
      lengths: packUints(docs.map((d) => d.keys.length)),
      tokens: packUints(docs.flatMap((d) => ids(d.keys))),
    },
    tech: packUints([...techItems].sort((a, b) => a - b)),
    fuzzy: { names: fuzzy.map(([n]) => n), phrases: packUints(fuzzy.map(([, k]) => phraseIndex.get(k) ?? 0)) },
  };
}
