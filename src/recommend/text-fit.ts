import type { CertField, CertIndex } from './index-certs.js';
import type { FicheQuery } from './fiche-query.js';

/** BM25 parameters of the certification fields: term-frequency saturation and length normalisation. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;
/** fit = 1 − exp(−FIT_SCALE · score / reference): matching the fiche's two most telling terms gives ≈ 0.86. */
export const FIT_SCALE = 2;

/** A fiche query spread over a dense array of the index's terms, for O(1) lookups while scoring. */
export class DenseQuery {
  private readonly w: Float32Array;
  private current: FicheQuery | null = null;

  constructor(idx: CertIndex) {
    this.w = new Float32Array(idx.idf.length);
  }

  /** Loads `q` (clearing the previous query) and returns the dense weights, term id → weight (0 when absent). */
  load(q: FicheQuery): Float32Array {
    if (this.current === q) return this.w;
    if (this.current !== null) for (const t of this.current.terms) this.w[t] = 0;
    q.terms.forEach((t, k) => {
      this.w[t] = q.weights[k] ?? 0;
    });
    this.current = q;
    return this.w;
  }
}

/** BM25 score of certification `c`'s field against the dense query `qw` (with the field's own idf). */
export function fieldScore(field: CertField, c: number, qw: Float32Array): number {
  const idf = field.idf;
  const lo = field.offsets[c] ?? 0;
  const hi = field.offsets[c + 1] ?? 0;
  if (lo === hi) return 0;
  const norm = BM25.k1 * (1 - BM25.b + (BM25.b * (field.length[c] ?? 0)) / field.avgLength);
  let score = 0;
  for (let k = lo; k < hi; k++) {
    const t = field.terms[k] ?? 0;
    const w = qw[t] ?? 0;
    if (w === 0) continue;
    const tf = field.tf[k] ?? 0;
    score += (w * (idf[t] ?? 0) * tf * (BM25.k1 + 1)) / (tf + norm);
  }
  return score;
}

/** A BM25 score brought to 0..1 relative to a reference score of the query (see `FicheQuery`). */
export function fit(score: number, reference: number): number {
  return 1 - Math.exp((-FIT_SCALE * score) / reference);
}
