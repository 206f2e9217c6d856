import { BoussoleError } from '../../errors.js';

/** Training groups: each group is a query, its rows are its candidates, one of them the right answer. */
export interface Groups {
  /** Feature rows, `dims` numbers each. */
  x: Float64Array;
  dims: number;
  /** Rows of group `g` are `offsets[g] .. offsets[g+1])`. */
  offsets: Uint32Array;
  /** Row (absolute index) of each group's right answer. */
  answer: Uint32Array;
}

export interface FitOptions {
  /** L2 penalty on the standardised weights, per group (default 1e-3). */
  l2: number;
  /** Maximum Newton steps (default 30). */
  iterations: number;
}

export interface Fit {
  /** Weights over the raw features. */
  weights: number[];
  /** Mean log-loss per group at the optimum. */
  loss: number;
  /** Share of groups whose right answer scores highest. */
  acc1: number;
}

/**
 * Conditional-logit (softmax over each group's candidates) regression fitted by damped Newton steps on
 * standardised features: deterministic, no randomness, converges in a few steps for a few dozen features.
 * Throws `INVALID_ARGUMENT` on an empty training set.
 */
export function fitSoftmax(data: Groups, options: Partial<FitOptions> = {}): Fit {
  const { l2, iterations } = { l2: 1e-3, iterations: 30, ...options };
  const nGroups = data.offsets.length - 1;
  const dims = data.dims;
  const nRows = data.x.length / dims;
  if (nGroups < 1 || nRows < 1) throw new BoussoleError('INVALID_ARGUMENT', { option: 'data', reason: 'no training groups' });
  // standardise (a per-row shift cancels inside a group, the scale does not)
  const mean = new Float64Array(dims);
  const sd = new Float64Array(dims);
  for (let r = 0; r < nRows; r++) for (let j = 0; j < dims; j++) mean[j] = (mean[j] ?? 0) + (data.x[r * dims + j] ?? 0) / nRows;
  for (let r = 0; r < nRows; r++) {
    for (let j = 0; j < dims; j++) sd[j] = (sd[j] ?? 0) + ((data.x[r * dims + j] ?? 0) - (mean[j] ?? 0)) ** 2 / nRows;
  }
  for (let j = 0; j < dims; j++) sd[j] = Math.sqrt(sd[j] ?? 0) || 1;
  const z = Float64Array.from(data.x, (v, k) => (v - (mean[k % dims] ?? 0)) / (sd[k % dims] ?? 1));

  const lambda = l2 * nGroups;
  let w = new Float64Array(dims);
  const evaluate = (wt: Float64Array, withDerivatives: boolean): { loss: number; grad: Float64Array; hess: Float64Array } => {
    const grad = new Float64Array(dims);
    const hess = new Float64Array(withDerivatives ? dims * dims : 0);
    const mu = new Float64Array(dims);
    let loss = 0;
    for (let j = 0; j < dims; j++) loss += 0.5 * lambda * (wt[j] ?? 0) ** 2;
    for (let g = 0; g < nGroups; g++) {
      const lo = data.offsets[g] ?? 0;
      const hi = data.offsets[g + 1] ?? 0;
      let max = -Infinity;
      const s = new Float64Array(hi - lo);
      for (let r = lo; r < hi; r++) {
        let v = 0;
        for (let j = 0; j < dims; j++) v += (wt[j] ?? 0) * (z[r * dims + j] ?? 0);
        s[r - lo] = v;
        if (v > max) max = v;
      }
      let sum = 0;
      for (let i = 0; i < s.length; i++) sum += Math.exp((s[i] ?? 0) - max);
      const a = data.answer[g] ?? lo;
      loss += max + Math.log(sum) - (s[a - lo] ?? 0);
      if (!withDerivatives) continue;
      mu.fill(0);
      for (let r = lo; r < hi; r++) {
        const p = Math.exp((s[r - lo] ?? 0) - max) / sum;
        for (let j = 0; j < dims; j++) {
          const zj = z[r * dims + j] ?? 0;
          mu[j] = (mu[j] ?? 0) + p * zj;
          for (let k = 0; k <= j; k++) hess[j * dims + k] = (hess[j * dims + k] ?? 0) + p * zj * (z[r * dims + k] ?? 0);
        }
      }
      for (let j = 0; j < dims; j++) {
        grad[j] = (grad[j] ?? 0) + (mu[j] ?? 0) - (z[a * dims + j] ?? 0);
        for (let k = 0; k <= j; k++) hess[j * dims + k] = (hess[j * dims + k] ?? 0) - (mu[j] ?? 0) * (mu[k] ?? 0);
      }
    }
    if (withDerivatives) {
      for (let j = 0; j < dims; j++) {
        grad[j] = (grad[j] ?? 0) + lambda * (wt[j] ?? 0);
        hess[j * dims + j] = (hess[j * dims + j] ?? 0) + lambda;
        for (let k = 0; k < j; k++) hess[k * dims + j] = hess[j * dims + k] ?? 0;
      }
    }
    return { loss, grad, hess };
  };

  let current = evaluate(w, true);
  for (let it = 0; it < iterations; it++) {
    const step = solve(current.hess, current.grad, dims);
    let t = 1;
    let next = w;
    let nextLoss = current.loss;
    for (let k = 0; k < 20; k++, t /= 2) {
      const cand = Float64Array.from(w, (v, j) => v - t * (step[j] ?? 0));
      const l = evaluate(cand, false).loss;
      if (l < current.loss) {
        next = cand;
        nextLoss = l;
        break;
      }
    }
    if (next === w || current.loss - nextLoss < 1e-9 * nGroups) {
      w = next;
      break;
    }
    w = next;
    current = evaluate(w, true);
  }
  const final = evaluate(w, false);
  let hits = 0;
  for (let g = 0; g < nGroups; g++) {
    const lo = data.offsets[g] ?? 0;
    const hi = data.offsets[g + 1] ?? 0;
    let best = lo;
    let bestScore = -Infinity;
    for (let r = lo; r < hi; r++) {
      let v = 0;
      for (let j = 0; j < dims; j++) v += (w[j] ?? 0) * (z[r * dims + j] ?? 0);
      if (v > bestScore) {
        bestScore = v;
        best = r;
      }
    }
    if (best === data.answer[g]) hits++;
  }
  return {
    weights: Array.from(w, (v, j) => v / (sd[j] ?? 1)),
    loss: (final.loss - 0.5 * lambda * w.reduce((a, v) => a + v * v, 0)) / nGroups,
    acc1: hits / nGroups,
  };
}

/** Solves the symmetric positive-definite system `a x = b` (Cholesky); `a` is `n × n`, row-major. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] ?? 0) * (l[j * n + k] ?? 0);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (l[j * n + j] ?? 1);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i] ?? 0;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] ?? 0) * (y[k] ?? 0);
    y[i] = sum / (l[i * n + i] ?? 1);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (l[i * n + i] ?? 1);
  }
  return x;
}
