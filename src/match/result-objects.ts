import type { MatchResult } from './schema.js';

/*
 * Results without explanations are built by one of two identical literals, on purpose. V8 decides per allocation
 * site whether to allocate objects directly in the old generation ("pretenuring"), from the share that survives the
 * next young-generation GC. A batch keeps every result it builds; single calls usually drop theirs as soon as they are
 * serialised. With one shared site a process doing both is judged on the mix and copies every batch result through
 * the young generation (≈ 270 bytes, 9 objects each); with a site of its own, matchMany's results are allocated where
 * they will stay, which cuts its cost per profile by ~3 µs (measured with 10,000 profiles, see docs/scoring.md).
 */

/** A fresh unexplained result of `match`; components are 0..1 (4 decimals), score 0..100. */
export function singleResult(code: string, title: string, score: number, coverage: number, skills: number, coreCoverage: number, proximity: number): MatchResult {
  return { code, title, score, components: { coverage, skills, coreCoverage, proximity }, matched: [], missing: [] };
}

/** The same as {@link singleResult}, from its own allocation site, for `matchMany`. */
export function batchResult(code: string, title: string, score: number, coverage: number, skills: number, coreCoverage: number, proximity: number): MatchResult {
  return { code, title, score, components: { coverage, skills, coreCoverage, proximity }, matched: [], missing: [] };
}
