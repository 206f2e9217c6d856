import type { MatchResult } from './schema.js';

/*
 * Results without explanations, and the arrays holding one profile's results, come from one of two identical
 * expressions, on purpose. V8 decides per allocation site whether to allocate objects directly in the old generation
 * ("pretenuring"), from the share that survives the next young-generation GC. A batch keeps everything it builds;
 * single calls usually drop their results as soon as they are serialised. With shared sites, a process doing both is
 * judged on the mix and copies every batch result (≈ 270 bytes, 9 objects) through the young generation; with sites
 * of their own, matchMany's results are allocated where they will stay (measured: ≈ 25 % less CPU per profile for
 * matchMany over 10,000 profiles, see DESIGN.md, "Matching: the scoring model").
 */

/** A fresh unexplained result of `match`; components are 0..1 (4 decimals), score 0..100. */
export function singleResult(code: string, title: string, score: number, coverage: number, skills: number, coreCoverage: number, proximity: number): MatchResult {
  return { code, title, score, components: { coverage, skills, coreCoverage, proximity }, matched: [], missing: [] };
}

/** The same as {@link singleResult}, from its own allocation site, for `matchMany`. */
export function batchResult(code: string, title: string, score: number, coverage: number, skills: number, coreCoverage: number, proximity: number): MatchResult {
  return { code, title, score, components: { coverage, skills, coreCoverage, proximity }, matched: [], missing: [] };
}

/** The array of one `match` call's results. */
export const singleList = (n: number): MatchResult[] => new Array<MatchResult>(n);

/** The same as {@link singleList}, from its own allocation site, for `matchMany`. */
export const batchList = (n: number): MatchResult[] => new Array<MatchResult>(n);
