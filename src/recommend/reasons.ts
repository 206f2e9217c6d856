import type { Snapshot } from '../snapshot/snapshot.js';
import { isStopword } from '../understand/text/stopwords.js';
import { tokenize } from '../understand/text/tokenize.js';
import type { GapItem } from './gap.js';
import { termKey } from './terms.js';

/** Everything the sentences of one recommendation are made from. */
export interface ReasonFacts {
  /** Dense id of the certification, and of the one whose title it carries (-1 none). */
  readonly cert: number;
  readonly titleSource: number;
  readonly titleFit: number;
  readonly formacodeFit: number;
  /**
   * Weight of a term key in the fiche's query (0 when absent). Matches are memoised per function: give the same
   * function for the same query (the fiche table's).
   */
  readonly queryWeight: (key: string) => number;
  readonly covered: readonly GapItem[];
  readonly levelSentence: string;
  /** 1 active, 0 retired, -1 unknown. */
  readonly active: number;
  /** Dense id of the retired certification replaced, or -1. */
  readonly replaces: number;
}

/** Title fits from these values up are "en lien direct" / "en partie lié". */
const STRONG = 0.5;
const PARTIAL = 0.2;
/** Items or labels listed in a sentence before "…". */
const LISTED = 3;

const list = (xs: readonly string[]): string => xs.slice(0, LISTED).join(', ') + (xs.length > LISTED ? '…' : '');

/** Matched words and labels already computed, per query (the texts are person-independent). */
interface Memo {
  readonly words: Map<string, MatchedWords>;
  readonly labels: Map<number, readonly string[]>;
}
const memos = new WeakMap<(key: string) => number, Memo>();

function memoOf(queryWeight: (key: string) => number): Memo {
  let m = memos.get(queryWeight);
  if (m === undefined) {
    m = { words: new Map(), labels: new Map() };
    memos.set(queryWeight, m);
  }
  return m;
}

interface MatchedWords {
  readonly words: readonly string[];
  readonly weight: number;
}

/**
 * Words of `text` whose matching key is in the query, lower-cased as written, once each, with their weight.
 * Memoised per `queryWeight` function: pass the same function for the same query.
 */
function matchedWords(text: string, queryWeight: (key: string) => number): MatchedWords {
  const memo = memoOf(queryWeight).words;
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const found = scanWords(text, queryWeight);
  memo.set(text, found);
  return found;
}

function scanWords(text: string, queryWeight: (key: string) => number): MatchedWords {
  const words: string[] = [];
  let weight = 0;
  for (const t of tokenize(text)) {
    if (t.norm.length < 2 || isStopword(t.norm, 'fr')) continue;
    const w = queryWeight(termKey(t.norm));
    if (w <= 0) continue;
    const word = text.slice(t.start, t.end).toLowerCase();
    if (!words.includes(word)) {
      words.push(word);
      weight += w;
    }
  }
  return { words, weight };
}

/** Formacode and NSF labels of `cert` that share a term with the query, the most telling first (stable). */
function matchedLabels(s: Snapshot, cert: number, queryWeight: (key: string) => number): readonly string[] {
  const memo = memoOf(queryWeight).labels;
  const hit = memo.get(cert);
  if (hit !== undefined) return hit;
  const found = scanLabels(s, cert, queryWeight);
  memo.set(cert, found);
  return found;
}

function scanLabels(s: Snapshot, cert: number, queryWeight: (key: string) => number): string[] {
  const c = s.file.certifications;
  const labels: { label: string; weight: number }[] = [];
  const scan = (offsets: readonly number[], values: readonly number[], table: readonly string[]): void => {
    for (let k = offsets[cert] ?? 0; k < (offsets[cert + 1] ?? 0); k++) {
      const label = table[values[k] ?? -1] ?? '';
      if (label === '' || labels.some((l) => l.label === label)) continue;
      const { weight } = matchedWords(label, queryWeight);
      if (weight > 0) labels.push({ label, weight });
    }
  };
  scan(c.formacodes.offsets, c.formacodes.values, s.file.formacodes.label);
  scan(c.nsf.offsets, c.nsf.values, s.file.nsf.label);
  return labels.sort((a, b) => b.weight - a.weight).map((l) => l.label);
}

/**
 * Short French sentences explaining a recommendation, most telling first: title, gap covered, level, training
 * domains, replacement, status. Built only for the recommendations returned.
 */
export function reasons(s: Snapshot, f: ReasonFacts): string[] {
  const c = s.file.certifications;
  const out: string[] = [];
  const src = f.titleSource;
  if (src < 0) out.push("Intitulé non publié : classée d'après ses domaines de formation");
  else if (src !== f.cert) out.push(`Intitulé non publié ; succède à ${c.id[src] ?? ''} « ${c.title[src] ?? ''} »`);
  if (src >= 0 && f.titleFit >= PARTIAL) {
    const { words } = matchedWords(c.title[src] ?? '', f.queryWeight);
    const head = f.titleFit >= STRONG ? 'Intitulé en lien direct avec le métier' : 'Intitulé en partie lié au métier';
    out.push(words.length > 0 ? `${head} : ${list(words)}` : head);
  }
  const n = f.covered.length;
  if (n > 0) {
    const what = n > 1 ? `${n} compétences manquantes` : '1 compétence manquante';
    out.push(`Couvre ${what} : ${list(f.covered.map((g) => g.label))}`);
  }
  out.push(f.levelSentence);
  if (f.formacodeFit >= PARTIAL) {
    const labels = matchedLabels(s, f.cert, f.queryWeight);
    if (labels.length > 0) out.push(`Domaines de formation en lien : ${list(labels)}`);
  }
  if (f.replaces >= 0) out.push(`Remplace ${c.id[f.replaces] ?? ''}, retirée`);
  if (f.active === 1) out.push('Certification active');
  else if (f.active === 0) out.push('Certification retirée');
  else out.push('Statut non renseigné (certification récente)');
  return out;
}
