import { PROFILE_FIELDS, type CompiledProfile, type ProfileField } from './profile.js';

/** Weight in 0..1 of each profile field: how much a root found there says the query names this fiche. */
export type ProfileWeights = Record<ProfileField, number>;

/**
 * Postings root → fiches over the compiled fiche profiles. A fiche's weight for a root combines the weights of
 * the fields holding it as independent evidence (`1 − Π(1 − w)`); a root's IDF uses the summed weights as its
 * document frequency, so a root every fiche's skills mention weighs little.
 */
export class ProfileIndex {
  /** Postings of root `r`: `fiches[offsets[r] .. offsets[r+1])` with parallel `weights`. */
  readonly offsets: Uint32Array;
  readonly fiches: Uint32Array;
  readonly weights: Float32Array;
  /** Bit `i` set when field `PROFILE_FIELDS[i]` holds the root. */
  readonly masks: Uint8Array;
  readonly idf: Float64Array;
  private readonly ids: Map<string, number>;

  constructor(profile: CompiledProfile, ficheCount: number, fieldWeights: ProfileWeights) {
    const nRoots = profile.roots.length;
    this.ids = new Map(profile.roots.map((r, i) => [r, i]));
    const w = PROFILE_FIELDS.map((f) => Math.min(1, Math.max(0, fieldWeights[f])));
    const mask = new Uint8Array(nRoots);
    const touched: number[] = [];
    /** Calls `emit(root, fieldMask)` once per root of fiche `f`. */
    const eachRoot = (f: number, emit: (r: number, m: number) => void): void => {
      profile.fields.forEach((field, i) => {
        for (let k = field.offsets[f] ?? 0; k < (field.offsets[f + 1] ?? 0); k++) {
          const r = field.roots[k] ?? 0;
          if (mask[r] === 0) touched.push(r);
          mask[r] = (mask[r] ?? 0) | (1 << i);
        }
      });
      for (const r of touched) {
        emit(r, mask[r] ?? 0);
        mask[r] = 0;
      }
      touched.length = 0;
    };
    const count = new Uint32Array(nRoots + 1);
    for (let f = 0; f < ficheCount; f++) eachRoot(f, (r) => (count[r + 1] = (count[r + 1] ?? 0) + 1));
    for (let r = 0; r < nRoots; r++) count[r + 1] = (count[r + 1] ?? 0) + (count[r] ?? 0);
    const total = count[nRoots] ?? 0;
    this.offsets = count;
    this.fiches = new Uint32Array(total);
    this.weights = new Float32Array(total);
    this.masks = new Uint8Array(total);
    // weight of each field mask: 1 − Π(1 − w) over its bits
    const maskWeight = new Float64Array(1 << PROFILE_FIELDS.length);
    for (let m = 0; m < maskWeight.length; m++) {
      let miss = 1;
      w.forEach((wi, i) => {
        if (m & (1 << i)) miss *= 1 - wi;
      });
      maskWeight[m] = 1 - miss;
    }
    const fill = count.slice(0, nRoots);
    const df = new Float64Array(nRoots);
    for (let f = 0; f < ficheCount; f++) {
      eachRoot(f, (r, m) => {
        const at = fill[r] ?? 0;
        const wt = maskWeight[m] ?? 0;
        this.fiches[at] = f;
        this.weights[at] = wt;
        this.masks[at] = m;
        fill[r] = at + 1;
        df[r] = (df[r] ?? 0) + wt;
      });
    }
    this.idf = Float64Array.from(df, (d) => Math.log(1 + (ficheCount - d + 0.5) / (d + 0.5)));
  }

  /** Id of a root, or -1 when no fiche text holds it. */
  rootId(root: string): number {
    return this.ids.get(root) ?? -1;
  }
}
