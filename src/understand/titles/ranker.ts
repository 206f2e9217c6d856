import { PROFILE_FIELDS } from './profile.js';

/**
 * Features of a (query, fiche) candidate, all in about 0..1 (`likelihood` is a log-ratio), in this order:
 * - `heuristic`: the hand-tuned lexical score that picks the candidates;
 * - `label`, `queryCoverage`, `labelCoverage`, `headHit`, `prior`: the fiche's best label, its coverage of
 *   the query and by the query (IDF shares), whether it shares the query's head noun, its prior (−1..1);
 * - `pooled`: the query's coverage by all the fiche's labels; `definition`: by its definition only;
 * - `profile`, `profile.*`: the query's coverage (IDF shares of derivational roots) by the whole profile
 *   (field-weighted) and by each profile field;
 * - `headRoot`: the head noun's root is in the fiche's titles; `breadth`: log of the fiche's label count / 5;
 * - `headShare`: share of the fiche's labels headed by the query's head noun;
 * - `likelihood`: query likelihood of the fiche's label words (Dirichlet-smoothed, per query word, vs background);
 * - `profileUnknown`: the profile's coverage of the words no label holds;
 * - `concentration`, `headConcentration`: share of a query word's label occurrences that are this fiche's
 *   (IDF-weighted mean over the words; the head noun alone).
 */
export const RANK_FEATURES: readonly string[] = [
  'heuristic', 'label', 'queryCoverage', 'labelCoverage', 'headHit', 'prior', 'pooled', 'definition',
  'profile', ...PROFILE_FIELDS.map((f) => `profile.${f}`), 'headRoot', 'breadth', 'headShare', 'likelihood',
  'profileUnknown', 'concentration', 'headConcentration',
];
export const FEATURE_COUNT = RANK_FEATURES.length;

/** A trained linear ranker over {@link RANK_FEATURES}: score = Σ weights[i] × feature[i]. */
export interface RankerModel {
  /** Feature names, in order (must equal {@link RANK_FEATURES}). */
  features: string[];
  weights: number[];
  /** Number of candidates (best heuristic scores) the ranker reorders. */
  candidates: number;
  /** Training summary: queries used, final mean log-loss, acc@1 on the training queries. */
  trained: { queries: number; loss: number; acc1: number };
}

/** A fiche in the running for a query. */
export interface Ranked {
  f: number;
  /** Its best label (index into the model's docs), -1 when none matched. */
  doc: number;
  score: number;
  /** Tie-break, higher first (the exact match's label prior). */
  tie: number;
  code: string;
}

/** True when a candidate (score, tie, code) ranks before `b`: higher score, then higher tie-break, then smaller code. */
const beats = (score: number, tie: number, code: string, b: Ranked): boolean =>
  score !== b.score ? score > b.score : tie !== b.tie ? tie > b.tie : code < b.code;

/**
 * Inserts candidate `f` into `top` (kept in rank order, at most `limit` long) when it ranks among the best
 * `limit`. Allocates only then.
 */
export function keepTop(top: Ranked[], limit: number, f: number, doc: number, score: number, tie: number, code: string): void {
  if (top.length === limit) {
    const last = top[limit - 1];
    if (last === undefined || !beats(score, tie, code, last)) return;
    top.pop();
  }
  let i = top.length;
  for (let prev = top[i - 1]; prev !== undefined && beats(score, tie, code, prev); prev = top[i - 1]) i--;
  top.splice(i, 0, { f, doc, score, tie, code });
}

/** Sorts candidates in rank order (score, tie-break, code). */
export function sortRanked(list: Ranked[]): Ranked[] {
  return list.sort((a, b) => (beats(a.score, a.tie, a.code, b) ? -1 : beats(b.score, b.tie, b.code, a) ? 1 : 0));
}

/** Linear score of the feature row `x[at .. at + FEATURE_COUNT)`. */
export function linearScore(weights: readonly number[], x: Float64Array, at: number): number {
  let s = 0;
  for (let i = 0; i < FEATURE_COUNT; i++) s += (weights[i] ?? 0) * (x[at + i] ?? 0);
  return s;
}
