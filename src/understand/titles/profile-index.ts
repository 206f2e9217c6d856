import { PROFILE_FIELDS, type ProfileField, type UnpackedProfile } from './profile.js';

/** Weight in 0..1 of each profile field: how much a root found there says the query names this fiche. */
export type ProfileWeights = Record<ProfileField, number>;

/**
 * The fiche profiles, both ways: fiche → (root, field mask) sorted by root for the candidates' features, and
 * root → fiches for the words no title holds. A fiche's weight for a root combines the weights of the fields
 * holding it as independent evidence (`1 − Π(1 − w)`); a root's IDF uses the summed weights as its document
 * frequency, so a root that every fiche's skills mention weighs little.
 */
export class ProfileIndex {
  /** Fiche-major: roots of fiche `f` are `fRoots[fOffsets[f] .. fOffsets[f+1])`, ascending, with `fMasks`. */
  readonly fOffsets: Uint32Array;
  readonly fRoots: Uint32Array;
  /** Bit `i` set when field `PROFILE_FIELDS[i]` holds the root. */
  readonly fMasks: Uint8Array;
  /** Root-major: fiches of root `r` are `rFiches[rOffsets[r] .. rOffsets[r+1])`, with `rMasks`. */
  readonly rOffsets: Uint32Array;
  readonly rFiches: Uint32Array;
  readonly rMasks: Uint8Array;
  /** Weight of each field mask. */
  readonly maskWeight: Float64Array;
  readonly idf: Float64Array;
  private readonly ids: Map<string, number>;

  /**
   * @param labels per fiche, the root ids of its titles' words (any order, repeats allowed), as CSR.
   */
  constructor(p: UnpackedProfile, labels: { offsets: Uint32Array; roots: Uint32Array }, ficheCount: number, weights: ProfileWeights) {
    const nRoots = p.roots.length;
    this.ids = new Map(p.roots.map((r, i) => [r, i]));
    const w = PROFILE_FIELDS.map((f) => Math.min(1, Math.max(0, weights[f])));
    this.maskWeight = new Float64Array(1 << PROFILE_FIELDS.length);
    for (let m = 0; m < this.maskWeight.length; m++) {
      let miss = 1;
      w.forEach((wi, i) => {
        if (m & (1 << i)) miss *= 1 - wi;
      });
      this.maskWeight[m] = 1 - miss;
    }
    // fiche-major: merge the fields' ascending lists (the label list is sorted first), OR-ing their bits
    const labelSorted = labels.roots.slice();
    for (let f = 0; f < ficheCount; f++) labelSorted.subarray(labels.offsets[f] ?? 0, labels.offsets[f + 1] ?? 0).sort();
    const fields = [{ offsets: labels.offsets, roots: labelSorted }, ...p.fields];
    const nf = fields.length;
    let capacity = 0;
    for (const field of fields) capacity += field.roots.length;
    const outRoots = new Uint32Array(capacity);
    const outMasks = new Uint8Array(capacity);
    this.fOffsets = new Uint32Array(ficheCount + 1);
    const pos = new Uint32Array(nf);
    const end = new Uint32Array(nf);
    let n = 0;
    for (let f = 0; f < ficheCount; f++) {
      for (let i = 0; i < nf; i++) {
        pos[i] = fields[i]?.offsets[f] ?? 0;
        end[i] = fields[i]?.offsets[f + 1] ?? 0;
      }
      for (;;) {
        let min = 0xffffffff;
        for (let i = 0; i < nf; i++) if ((pos[i] ?? 0) < (end[i] ?? 0)) min = Math.min(min, fields[i]?.roots[pos[i] ?? 0] ?? min);
        if (min === 0xffffffff) break;
        let m = 0;
        for (let i = 0; i < nf; i++) {
          const roots = fields[i]?.roots;
          // skip repeats (the label list may hold a root several times)
          while (roots !== undefined && (pos[i] ?? 0) < (end[i] ?? 0) && roots[pos[i] ?? 0] === min) {
            m |= 1 << i;
            pos[i] = (pos[i] ?? 0) + 1;
          }
        }
        outRoots[n] = min;
        outMasks[n] = m;
        n++;
      }
      this.fOffsets[f + 1] = n;
    }
    this.fRoots = outRoots.slice(0, n);
    this.fMasks = outMasks.slice(0, n);
    // root-major by counting sort
    const count = new Uint32Array(nRoots + 1);
    for (const r of this.fRoots) count[r + 1] = (count[r + 1] ?? 0) + 1;
    for (let r = 0; r < nRoots; r++) count[r + 1] = (count[r + 1] ?? 0) + (count[r] ?? 0);
    this.rOffsets = count;
    this.rFiches = new Uint32Array(this.fRoots.length);
    this.rMasks = new Uint8Array(this.fRoots.length);
    const fill = count.slice(0, nRoots);
    const df = new Float64Array(nRoots);
    for (let f = 0; f < ficheCount; f++) {
      for (let k = this.fOffsets[f] ?? 0; k < (this.fOffsets[f + 1] ?? 0); k++) {
        const r = this.fRoots[k] ?? 0;
        const m = this.fMasks[k] ?? 0;
        const at = fill[r] ?? 0;
        this.rFiches[at] = f;
        this.rMasks[at] = m;
        fill[r] = at + 1;
        df[r] = (df[r] ?? 0) + (this.maskWeight[m] ?? 0);
      }
    }
    this.idf = Float64Array.from(df, (d) => Math.log(1 + (ficheCount - d + 0.5) / (d + 0.5)));
  }

  /** Id of a root, or -1 when no fiche profile holds it. */
  rootId(root: string): number {
    return this.ids.get(root) ?? -1;
  }

  /** Field mask of root `r` in fiche `f` (0 when absent): binary search. */
  mask(f: number, r: number): number {
    let a = this.fOffsets[f] ?? 0;
    let b = (this.fOffsets[f + 1] ?? 0) - 1;
    while (a <= b) {
      const m = (a + b) >>> 1;
      const v = this.fRoots[m] ?? 0;
      if (v === r) return this.fMasks[m] ?? 0;
      if (v < r) a = m + 1;
      else b = m - 1;
    }
    return 0;
  }
}
