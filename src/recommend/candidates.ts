import type { Snapshot } from '../snapshot/snapshot.js';
import { MAX_CHAIN, type CertIndex } from './index-certs.js';

/** A certification to score for a fiche, and the retired certification it stands for (-1 when none). */
export interface Candidate {
  readonly cert: number;
  readonly replaces: number;
}

/** Options of {@link candidatesOf}. */
export interface CandidateOptions {
  /** Drop retired certifications that have no live successor. */
  readonly activeOnly: boolean;
  /** Drop certifications whose (possibly inferred) level is above this; unknown levels are kept. */
  readonly maxLevel?: number | undefined;
}

const RETIRED = 0;

/**
 * The first certification along the successor links of `c` that is not known to be retired, or -1.
 * Cycles and chains longer than {@link MAX_CHAIN} give -1.
 */
export function liveSuccessor(s: Snapshot, idx: CertIndex, c: number): number {
  let next = idx.successor[c] ?? -1;
  for (let hops = 0; next >= 0 && hops < MAX_CHAIN; hops++) {
    if ((s.file.certifications.active[next] ?? -1) !== RETIRED) return next;
    next = idx.successor[next] ?? -1;
  }
  return -1;
}

const rncpNumber = (s: Snapshot, c: number): number => Number((s.file.certifications.id[c] ?? '').slice(4)) || 0;

/**
 * The certifications to rank for fiche `fiche`: those RNCP links to the fiche's ROME v3 parent, where each retired
 * one with a live successor is replaced by that successor (whatever `activeOnly` says: the renewed certification is
 * the one a person can still obtain), retired ones without a live successor are dropped when `activeOnly`, and
 * `maxLevel` filters. One entry per certification, in dense-id order; when several retired certifications lead to
 * the same one, `replaces` names the most recent (highest RNCP number).
 */
export function candidatesOf(s: Snapshot, idx: CertIndex, fiche: number, options: CandidateOptions): Candidate[] {
  const active = s.file.certifications.active;
  const chosen = new Map<number, number>();
  for (const c of s.certificationsOfFiche(fiche)) {
    let cert = c;
    let replaces = -1;
    if ((active[c] ?? -1) === RETIRED) {
      const next = liveSuccessor(s, idx, c);
      if (next >= 0) {
        cert = next;
        replaces = c;
      } else if (options.activeOnly) continue;
    }
    const level = idx.level[cert] ?? 0;
    if (options.maxLevel !== undefined && level >= 3 && level > options.maxLevel) continue;
    const prev = chosen.get(cert);
    if (prev === undefined || (replaces >= 0 && (prev < 0 || rncpNumber(s, replaces) > rncpNumber(s, prev)))) {
      chosen.set(cert, replaces);
    }
  }
  return [...chosen].sort((a, b) => a[0] - b[0]).map(([cert, replaces]) => ({ cert, replaces }));
}
