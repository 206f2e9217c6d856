/** Compressed sparse rows: the values of row `i` are `values[offsets[i] .. offsets[i+1])`. */
export interface Csr {
  offsets: Uint32Array;
  values: Uint32Array;
}

/**
 * Inverts rows → columns (labels → terms into terms → labels) by counting sort: column `c` lists, in row
 * order, each row holding it once (a value repeated inside a row counts once). Values must be in 0..nColumns-1.
 */
export function invert(offsets: ArrayLike<number>, values: ArrayLike<number>, nColumns: number): Csr {
  const nRows = offsets.length - 1;
  const count = new Uint32Array(nColumns + 1);
  const seen = new Int32Array(nColumns).fill(-1);
  for (let r = 0; r < nRows; r++) {
    for (let k = offsets[r] ?? 0; k < (offsets[r + 1] ?? 0); k++) {
      const c = values[k] ?? 0;
      if (seen[c] === r) continue;
      seen[c] = r;
      count[c + 1] = (count[c + 1] ?? 0) + 1;
    }
  }
  for (let c = 0; c < nColumns; c++) count[c + 1] = (count[c + 1] ?? 0) + (count[c] ?? 0);
  const out = new Uint32Array(count[nColumns] ?? 0);
  const fill = count.slice(0, nColumns);
  seen.fill(-1);
  for (let r = 0; r < nRows; r++) {
    for (let k = offsets[r] ?? 0; k < (offsets[r + 1] ?? 0); k++) {
      const c = values[k] ?? 0;
      if (seen[c] === r) continue;
      seen[c] = r;
      const at = fill[c] ?? 0;
      out[at] = r;
      fill[c] = at + 1;
    }
  }
  return { offsets: count, values: out };
}
