import { stem } from '../text/stem.js';
import type { AnalyzedTitle } from './analyze.js';
import type { TitleModel } from './compile.js';
import { EN_TO_FR } from './english.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { TECH_HINTS } from './hints.js';
import type { ProfileIndex } from './profile-index.js';
import { wordRoot } from './root.js';
import { TITLE_SYNONYMS } from './synonyms.js';

/** One word of a query: the index terms it may stand for, with their credit, and its profile roots. */
export interface QueryPart {
  terms: number[];
  credit: number[];
  /** Query weight: the best `termWeight × credit`, or the unknown-word weight; × `head` for the head noun. */
  weight: number;
  head: boolean;
  /** Profile roots: the word's own root and its terms' roots, with credits. */
  roots: number[];
  rootCredit: number[];
}

/** Credits of the indirect ways a query word reaches index terms (see `TitleScoring`). */
export interface ReadingCredits {
  head: number;
  indirect: number;
  /** Credit multiplier of a two-edit typo rescue (a real word the index does not know, more often than a typo). */
  farTypo: number;
  hint: number;
  synonym: number;
}

/**
 * Reads query words against the index vocabulary: each word's own term, then English→French translations,
 * technology hints, French near-synonyms, and, for words the index does not know, an unknown form of a known
 * word (same French stem), a typo correction or a split compound; plus the profile roots of all of them.
 */
export class TitleVocabulary {
  private readonly termIds: Map<string, number>;
  private readonly termWeight: Float64Array;
  private readonly termRoot: Int32Array;
  private readonly profile: ProfileIndex;
  private readonly fuzzy: FuzzyVocabulary;
  /** vocabulary word as written → index word */
  private readonly rawWord: Map<string, string>;
  /** French stem → most frequent label word with that stem */
  private readonly stemWord: Map<string, string>;
  /** Query weight of a word the index cannot explain (a rare word). */
  readonly unknownWeight: number;

  /**
   * @param termWeight query weight of each term (label IDF, or a share of its definition IDF).
   * @param labelCount number of labels holding each term (typo rescue prefers frequent words).
   * @param termRoot profile root of each term, -1 when none.
   */
  constructor(
    model: TitleModel,
    termWeight: Float64Array,
    labelCount: ArrayLike<number>,
    profile: ProfileIndex,
    termRoot: Int32Array,
    ficheCount: number,
  ) {
    this.termIds = new Map(model.terms.map((t, i) => [t, i]));
    this.termWeight = termWeight;
    this.profile = profile;
    this.termRoot = termRoot;
    this.rawWord = new Map(model.vocabulary.raw.map((r, i) => [r, model.vocabulary.word[i] ?? r]));
    this.stemWord = new Map(model.stems.stem.map((k, i) => [k, model.stems.word[i] ?? k]));
    this.fuzzy = new FuzzyVocabulary(
      model.vocabulary.raw,
      model.vocabulary.raw.map((r) => {
        const t = this.termIds.get(this.rawWord.get(r) ?? r);
        return t === undefined ? 0 : (labelCount[t] ?? 0);
      }),
    );
    this.unknownWeight = Math.log(1 + (ficheCount + 0.5) / 0.5) * 0.5;
  }

  /** Query weight of term `t` (label IDF, or a share of its definition IDF). */
  weight(t: number): number {
    return this.termWeight[t] ?? 0;
  }

  /** The query parts of an analysed title, in word order (a split compound gives two parts). */
  parts(q: AnalyzedTitle, c: ReadingCredits): QueryPart[] {
    const parts: QueryPart[] = [];
    const used = new Set<number>();
    const newPart = (head: boolean): QueryPart => ({ terms: [], credit: [], weight: 0, head, roots: [], rootCredit: [] });
    const add = (part: QueryPart, word: string, credit: number): void => {
      const t = this.termIds.get(word);
      if (t === undefined || used.has(t)) return;
      used.add(t);
      part.terms.push(t);
      part.credit.push(credit);
      part.weight = Math.max(part.weight, (this.termWeight[t] ?? 0) * credit);
    };
    const addRoot = (part: QueryPart, r: number, credit: number): void => {
      if (r < 0 || part.roots.includes(r)) return;
      part.roots.push(r);
      part.rootCredit.push(credit);
    };
    const finish = (part: QueryPart, word: string): void => {
      // unknown word: it still weighs in the query (a rare word the index cannot explain)
      if (part.terms.length === 0) part.weight = this.unknownWeight;
      if (part.head) part.weight *= c.head;
      addRoot(part, this.profile.rootId(wordRoot(word)), 1);
      part.terms.forEach((t, k) => addRoot(part, this.termRoot[t] ?? -1, part.credit[k] ?? 0));
      parts.push(part);
    };
    // direct terms first, so that an alternative of one word never takes another word's own term
    const direct = q.words.map((w) => this.termIds.get(w));
    for (const t of direct) if (t !== undefined) used.add(t);
    q.words.forEach((word, i) => {
      const r = q.raw[i] ?? word;
      const part = newPart(i === q.head);
      const own = direct[i];
      if (own !== undefined) {
        part.terms.push(own);
        part.credit.push(1);
        part.weight = this.termWeight[own] ?? 0;
      }
      const fr = EN_TO_FR.get(word);
      if (fr !== undefined && (q.english || own === undefined)) for (const w of fr) add(part, w, c.indirect);
      for (const w of TECH_HINTS.get(r) ?? []) add(part, w, c.hint);
      if (c.synonym > 0) for (const w of TITLE_SYNONYMS.get(word) ?? []) add(part, w, c.synonym);
      if (part.terms.length === 0) {
        // an unknown form of a known word: "informaticiens", "comptabilités"
        const w = this.stemWord.get(stem(word, 'fr'));
        if (w !== undefined) add(part, w, c.indirect);
      }
      if (part.terms.length === 0) {
        const fixed = this.fuzzy.closest(r);
        const w = fixed === undefined ? undefined : this.rawWord.get(fixed.word);
        if (w !== undefined) {
          const credit = c.indirect * (fixed !== undefined && fixed.distance > 1 ? c.farTypo : 1);
          add(part, w, credit);
          for (const x of EN_TO_FR.get(w) ?? []) add(part, x, credit * c.indirect);
        }
      }
      if (part.terms.length === 0) {
        const split = this.split(r);
        if (split !== undefined) {
          const second = newPart(false);
          add(part, split[0], c.indirect);
          add(second, split[1], c.indirect);
          finish(part, split[0]);
          finish(second, split[1]);
          return;
        }
      }
      finish(part, word);
    });
    return parts;
  }

  /** A word glued from two vocabulary words ("fullstack" → full + stack), or undefined. */
  private split(raw: string): [string, string] | undefined {
    if (raw.length < 6 || /[^a-z]/.test(raw)) return undefined;
    for (let k = 3; k <= raw.length - 3; k++) {
      const a = this.rawWord.get(raw.slice(0, k));
      const b = this.rawWord.get(raw.slice(k));
      if (a !== undefined && b !== undefined) return [a, b];
    }
    return undefined;
  }
}
