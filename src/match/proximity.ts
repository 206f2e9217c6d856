import type { MatchContext } from './context.js';
import { curvesOf } from './curves.js';
import { mobilityStrength, type ScoringParams } from './params.js';
import type { ProfileVector } from './profile-vector.js';
import { LANES } from './score.js';
import type { TargetSet } from './target-set.js';

/** How a past job reaches a sheet. */
export type LinkKind = 'same-fiche' | 'same-parent' | 'mobility' | 'same-domaine';

/** The strongest link from one past fiche to one target fiche. */
export interface Link {
  kind: LinkKind;
  /** 1-based rank of the mobility link in the past fiche's list (référentiel order); only for `mobility`. */
  order?: number;
  /** Link strength 0..1 (before the job's own weight). */
  strength: number;
}

/**
 * The strongest link from fiche `from` to fiche `to` (same fiche, same v3 parent, a mobility link, same domaine), or
 * null. Strength is the max over the links that hold; on equal strength the order above wins.
 */
export function linkBetween(ctx: MatchContext, p: Readonly<ScoringParams>, from: number, to: number): Link | null {
  let best: Link | null = null;
  const offer = (link: Link): void => {
    if (link.strength > 0 && (best === null || link.strength > best.strength)) best = link;
  };
  if (from === to) offer({ kind: 'same-fiche', strength: p.sameFiche });
  if (ctx.ficheParent[from] === ctx.ficheParent[to]) offer({ kind: 'same-parent', strength: p.sameParent });
  const { mobilityOffsets, mobilityTargets } = ctx.snapshot;
  for (let k = mobilityOffsets[from]!; k < mobilityOffsets[from + 1]!; k++) {
    if (mobilityTargets[k] === to) {
      const order = k - mobilityOffsets[from]! + 1;
      offer({ kind: 'mobility', order, strength: mobilityStrength(p, order) });
      break;
    }
  }
  if (ctx.ficheDomaine[from] === ctx.ficheDomaine[to]) offer({ kind: 'same-domaine', strength: p.sameDomaine });
  return best;
}

/** Raises lane 2 (proximity) of the listed sheets to at least `value`. */
const raise = (buf: Float32Array, positions: Uint32Array, lo: number, hi: number, value: number): void => {
  const v = Math.fround(value);
  for (let k = lo; k < hi; k++) {
    const at = LANES * positions[k]! + 2;
    if (v > buf[at]!) buf[at] = v;
  }
};

/**
 * Writes each sheet's proximity 0..1 into lane 2 of the score buffer (cleared by `accumulateSkills`): the max over
 * past jobs of `job weight × strength of the strongest link` ({@link linkBetween}), scattered through the set's fiche,
 * parent and domaine position lists: cost proportional to the sheets reached, not to the set size.
 */
export function accumulateProximity(ctx: MatchContext, set: TargetSet, v: ProfileVector, p: Readonly<ScoringParams>, buf: Float32Array): void {
  const { mobilityOffsets, mobilityTargets } = ctx.snapshot;
  const { fichePosOffsets: fo, fichePos } = set;
  const curves = curvesOf(p);
  for (let j = 0; j < v.occupationCount; j++) {
    const f = v.fiches[j]!;
    const w = v.occupationWeights[j]!;
    const d = ctx.ficheDomaine[f]!;
    raise(buf, set.domainePos, set.domainePosOffsets[d]!, set.domainePosOffsets[d + 1]!, w * p.sameDomaine);
    const par = ctx.ficheParent[f]!;
    raise(buf, set.parentPos, set.parentPosOffsets[par]!, set.parentPosOffsets[par + 1]!, w * p.sameParent);
    const m0 = mobilityOffsets[f]!;
    for (let k = m0; k < mobilityOffsets[f + 1]!; k++) {
      const t = mobilityTargets[k]!;
      raise(buf, fichePos, fo[t]!, fo[t + 1]!, w * curves.mobility(k - m0 + 1));
    }
    raise(buf, fichePos, fo[f]!, fo[f + 1]!, w * p.sameFiche);
  }
}
