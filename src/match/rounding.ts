/** The largest double below ½: the one input on which `floor(x + ½)` differs from `Math.round(x)` for x ≥ 0. */
const BELOW_HALF = 0.49999999999999994;

/**
 * `Math.round(x)` for `0 ≤ x < 2^52`, bit for bit, as `floor(x + ½)`. The sum `x + ½` is exact on that range (½ is a
 * multiple of x's ulp, and crossing a power of two cannot move the floor) except for `x = 0.49999999999999994`, whose
 * sum rounds up to 1. Node 20's `Math.round` costs ~10 ns in the ranking loop (it handles −0 and negative halves);
 * this costs ~1 ns. Not for negative inputs (`Math.round(−0.4)` is −0).
 */
export function roundHalfUp(x: number): number {
  return x === BELOW_HALF ? 0 : Math.floor(x + 0.5);
}

/** `Math.round(x × 10⁴) / 10⁴` for `x ≥ 0`: the 4-decimal form of every reported component and weight. */
export const round4 = (x: number): number => roundHalfUp(x * 10_000) / 10_000;

/** {@link round4} of `x` clamped to 0..1. */
export const unit4 = (x: number): number => round4(x > 1 ? 1 : x < 0 ? 0 : x);
