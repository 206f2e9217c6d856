import { mobilityStrength, practiceFactor, type ScoringParams } from './params.js';

/** Integer months the practice table covers (0..600, i.e. 50 years); other values use the formula. */
const PRACTICE_TABLE = 601;
/** Mobility orders (1-based) the strength table covers; ROME lists at most a few dozen links per fiche. */
const MOBILITY_TABLE = 256;

/**
 * The curves of one parameter set as lookup tables, so the hot loops call no `Math.exp` / `Math.pow`: the practice
 * curve at integer months (the schema's months are integers) and the mobility strength by link order. Entries are
 * filled on first use by the very functions they stand for ({@link practiceFactor}, {@link mobilityStrength}), so a
 * table value is bit-identical to the formula; fractional or larger inputs fall back to the formula.
 */
export class Curves {
  readonly params: Readonly<ScoringParams>;
  /** NaN marks an entry not computed yet. */
  private readonly practiceTable = new Float64Array(PRACTICE_TABLE).fill(Number.NaN);
  private readonly mobilityTable = new Float64Array(MOBILITY_TABLE).fill(Number.NaN);

  constructor(params: Readonly<ScoringParams>) {
    this.params = params;
  }

  /** `practiceFactor(params, months)`. */
  practice(months: number | undefined): number {
    if (months === undefined) return this.params.practiceFloor;
    const m = months >>> 0;
    if (m !== months || m >= PRACTICE_TABLE) return practiceFactor(this.params, months);
    let v = this.practiceTable[m]!;
    if (v !== v) v = this.practiceTable[m] = practiceFactor(this.params, m);
    return v;
  }

  /** `mobilityStrength(params, order)` for a 1-based link order. */
  mobility(order: number): number {
    if (order >= MOBILITY_TABLE) return mobilityStrength(this.params, order);
    let v = this.mobilityTable[order]!;
    if (v !== v) v = this.mobilityTable[order] = mobilityStrength(this.params, order);
    return v;
  }
}

const cache = new WeakMap<Readonly<ScoringParams>, Curves>();
/** The last curves returned: a match asks for the same ones three times. */
let last: Curves | undefined;

/** The curves of `params`, cached per parameter object (resolved parameter objects are frozen). */
export function curvesOf(params: Readonly<ScoringParams>): Curves {
  if (last?.params === params) return last;
  let c = cache.get(params);
  if (c === undefined) cache.set(params, (c = new Curves(params)));
  last = c;
  return c;
}
