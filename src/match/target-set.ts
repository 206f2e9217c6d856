import { BoussoleError } from '../errors.js';
import { COEUR, ITEM_KIND } from '../snapshot/format.js';
import type { MatchContext } from './context.js';
import type { ScoringParams } from './params.js';

/**
 * Sheets to compile, as CSR rows: sheet `s` lists `items[offsets[s] .. offsets[s+1])` (strictly increasing item
 * indices) with their `coeur` (0 none, 1 Principale, 2 Émergente). `fiche[s]` is the fiche the sheet stands for: its
 * code, title, parent and mobility links. Real sets use one fiche per sheet; a synthetic set may repeat fiches.
 */
export interface SheetRows {
  fiche: Uint32Array;
  offsets: Uint32Array;
  items: Uint32Array;
  coeur: Uint8Array;
}

/**
 * A compiled target set: sheet vectors as CSR typed arrays, their norms, the inverted indexes the scorer walks, and
 * the position lists proximity needs. Positions are the order of the rows; ties in the ranking go to the lower
 * position, which is code order for every set {@link ficheRows} builds from sorted fiche ids.
 */
export interface TargetSet {
  readonly size: number;
  /** Position → fiche id. */
  readonly fiche: Uint32Array;
  /** Sheet → items (CSR), with each item's `coeur` and weight `kind × coeur × idf`. */
  readonly offsets: Uint32Array;
  readonly items: Uint32Array;
  readonly coeur: Uint8Array;
  readonly weights: Float32Array;
  /** 1 / Σ weights of the sheet (0 for an empty sheet). */
  readonly invNorms: Float64Array;
  /** 1 / Σ weights of the sheet's core (Principale and Émergente) items (0 when it has none). */
  readonly invCoreNorms: Float64Array;
  /**
   * Inverted index item → (sheet, weight). Item `i`'s postings are `postBounds[2i] .. postBounds[2i + 2]`, those where
   * the item is a core item of the sheet first (up to `postBounds[2i + 1]`), each part in ascending sheet order: the
   * scorer adds core postings to both the coverage and the core-coverage lanes and the others (≈ 80 %) to the first
   * only, and reads an item's three bounds from one cache line. Length of `postBounds`: 2 × itemCount + 1.
   */
  readonly postBounds: Uint32Array;
  readonly postSheets: Uint32Array;
  readonly postWeights: Float32Array;
  /**
   * Inverted index macro-compétence → (sheet, Σ weights of that sheet's compétences under it, Σ of the core ones): one
   * posting gives a held macro-compétence its partial credit on all its compétences in a sheet. Bounds as for items:
   * postings with a core part first (`childCore` is 0 for the others).
   */
  readonly childBounds: Uint32Array;
  readonly childSheets: Uint32Array;
  readonly childWeights: Float32Array;
  readonly childCore: Float32Array;
  /** Fiche → positions in this set (CSR over all fiches), v3 parent → positions, domaine → positions. */
  readonly fichePosOffsets: Uint32Array;
  readonly fichePos: Uint32Array;
  readonly parentPosOffsets: Uint32Array;
  readonly parentPos: Uint32Array;
  readonly domainePosOffsets: Uint32Array;
  readonly domainePos: Uint32Array;
}

/** The sheet-side subset of the scoring parameters. */
export type SheetWeightParams = Pick<
  ScoringParams,
  'coreWeight' | 'emergingWeight' | 'savoirFaireWeight' | 'savoirWeight' | 'savoirEtreWeight' | 'certificationFactor' | 'idfStrength'
>;

/** Rows of the given fiches (in the given order), straight from the snapshot's fiche → items links. */
export function ficheRows(ctx: MatchContext, ficheIds: ArrayLike<number>): SheetRows {
  const { linkOffsets, linkItems, linkCoeur } = ctx.snapshot;
  const n = ficheIds.length;
  const fiche = Uint32Array.from(ficheIds);
  const offsets = new Uint32Array(n + 1);
  for (let s = 0; s < n; s++) {
    const f = fiche[s]!;
    offsets[s + 1] = offsets[s]! + (linkOffsets[f + 1]! - linkOffsets[f]!);
  }
  const items = new Uint32Array(offsets[n]!);
  const coeur = new Uint8Array(offsets[n]!);
  for (let s = 0; s < n; s++) {
    const f = fiche[s]!;
    items.set(linkItems.subarray(linkOffsets[f]!, linkOffsets[f + 1]!), offsets[s]!);
    coeur.set(linkCoeur.subarray(linkOffsets[f]!, linkOffsets[f + 1]!), offsets[s]!);
  }
  return { fiche, offsets, items, coeur };
}

/** Groups `(key, value)` pairs into CSR by key with a stable counting sort: values keep their input order per key. */
function group(keys: Uint32Array, values: Uint32Array, keyCount: number): { offsets: Uint32Array; values: Uint32Array; order: Uint32Array } {
  const offsets = new Uint32Array(keyCount + 1);
  for (const k of keys) offsets[k + 1]!++;
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const cursor = offsets.slice(0, keyCount);
  const out = new Uint32Array(keys.length);
  const order = new Uint32Array(keys.length);
  for (let j = 0; j < keys.length; j++) {
    const at = cursor[keys[j]!]!++;
    out[at] = values[j]!;
    order[at] = j;
  }
  return { offsets, values: out, order };
}

/**
 * Groups postings by key, those flagged `first` ahead of the others within each key (both parts keep their input
 * order): a counting sort on `2 × key + (first ? 0 : 1)`, so key `k`'s postings are `bounds[2k] .. bounds[2k + 2]`
 * and its first part ends at `bounds[2k + 1]`. Returns the bounds, the grouped values and the input index of each.
 */
function groupSplit(
  keys: Uint32Array,
  first: (j: number) => boolean,
  values: Uint32Array,
  keyCount: number,
): { bounds: Uint32Array; values: Uint32Array; order: Uint32Array } {
  const g = group(
    Uint32Array.from(keys, (k, j) => 2 * k + (first(j) ? 0 : 1)),
    values,
    2 * keyCount,
  );
  return { bounds: g.offsets, values: g.values, order: g.order };
}

/**
 * Compiles sheet rows into a {@link TargetSet}: weights `kind × coeur × idf` with `idf = 1 + idfStrength × ln(N/df)`
 * counted over these sheets, norms, the item and macro-compétence inverted indexes, and proximity position lists.
 * Cost is linear in the number of links (≈ 10 ms for the 1,584 fiches).
 * @throws BoussoleError INVALID_ARGUMENT (option `sheets`) when a row's items are not strictly increasing.
 */
export function compileTargetSet(ctx: MatchContext, rows: SheetRows, p: SheetWeightParams): TargetSet {
  const { fiche, offsets, items, coeur } = rows;
  const n = fiche.length;
  const I = ctx.itemCount;
  const links = items.length;

  const df = new Uint32Array(I);
  for (let s = 0; s < n; s++) {
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
      if (k > offsets[s]! && items[k]! <= items[k - 1]!) {
        throw new BoussoleError('INVALID_ARGUMENT', { option: 'sheets', reason: `sheet ${s} lists items out of order` });
      }
      df[items[k]!]!++;
    }
  }

  const kindWeight = new Float64Array(3);
  kindWeight[ITEM_KIND.SAVOIR_FAIRE] = p.savoirFaireWeight;
  kindWeight[ITEM_KIND.SAVOIR_ETRE] = p.savoirEtreWeight;
  kindWeight[ITEM_KIND.SAVOIR] = p.savoirWeight;
  const coeurWeight = new Float64Array(3);
  coeurWeight[COEUR.NONE] = 1;
  coeurWeight[COEUR.PRINCIPALE] = p.coreWeight;
  coeurWeight[COEUR.EMERGENTE] = p.emergingWeight;

  const weights = new Float32Array(links);
  const invNorms = new Float64Array(n);
  const invCoreNorms = new Float64Array(n);
  const sheetOfLink = new Uint32Array(links);
  for (let s = 0; s < n; s++) {
    let norm = 0;
    let coreNorm = 0;
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
      const it = items[k]!;
      const idf = 1 + p.idfStrength * Math.log(n / df[it]!);
      const cert = ctx.itemIsCertification[it] ? p.certificationFactor : 1;
      const w = Math.fround(kindWeight[ctx.itemKind[it]!]! * cert * coeurWeight[coeur[k]!]! * idf);
      weights[k] = w;
      norm += w;
      if (coeur[k] !== COEUR.NONE) coreNorm += w;
      sheetOfLink[k] = s;
    }
    invNorms[s] = norm > 0 ? 1 / norm : 0;
    invCoreNorms[s] = coreNorm > 0 ? 1 / coreNorm : 0;
  }

  // item → (sheet, weight), core postings first: the counting sort keeps sheets ascending inside each part
  const post = groupSplit(items, (k) => coeur[k] !== COEUR.NONE, sheetOfLink, I);
  const postWeights = new Float32Array(links);
  for (let j = 0; j < links; j++) postWeights[j] = weights[post.order[j]!]!;

  // macro-compétence → (sheet, Σ weights of the sheet's compétences under it, Σ of the core ones)
  const childSum = new Float64Array(I);
  const childCoreSum = new Float64Array(I);
  const seen = new Uint8Array(I);
  const touched: number[] = [];
  const childKeys: number[] = [];
  const childSheetList: number[] = [];
  const childWeightList: number[] = [];
  const childCoreList: number[] = [];
  for (let s = 0; s < n; s++) {
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
      const m = ctx.itemMacro[items[k]!]!;
      if (m < 0) continue;
      if (seen[m] === 0) {
        seen[m] = 1;
        touched.push(m);
      }
      childSum[m]! += weights[k]!;
      if (coeur[k] !== COEUR.NONE) childCoreSum[m]! += weights[k]!;
    }
    touched.sort((a, b) => a - b);
    for (const m of touched) {
      childKeys.push(m);
      childSheetList.push(s);
      childWeightList.push(childSum[m]!);
      childCoreList.push(childCoreSum[m]!);
      childSum[m] = 0;
      childCoreSum[m] = 0;
      seen[m] = 0;
    }
    touched.length = 0;
  }
  const child = groupSplit(Uint32Array.from(childKeys), (j) => childCoreList[j]! > 0, Uint32Array.from(childSheetList), I);
  const childWeights = new Float32Array(childKeys.length);
  const childCore = new Float32Array(childKeys.length);
  for (let j = 0; j < childKeys.length; j++) {
    childWeights[j] = childWeightList[child.order[j]!]!;
    childCore[j] = childCoreList[child.order[j]!]!;
  }

  const positions = Uint32Array.from({ length: n }, (_, s) => s);
  const byFiche = group(fiche, positions, ctx.ficheCount);
  const byParent = group(Uint32Array.from(fiche, (f) => ctx.ficheParent[f]!), positions, ctx.parentCount);
  const byDomaine = group(Uint32Array.from(fiche, (f) => ctx.ficheDomaine[f]!), positions, ctx.domaineCount);

  return {
    size: n,
    fiche,
    offsets,
    items,
    coeur,
    weights,
    invNorms,
    invCoreNorms,
    postBounds: post.bounds,
    postSheets: post.values,
    postWeights,
    childBounds: child.bounds,
    childSheets: child.values,
    childWeights,
    childCore,
    fichePosOffsets: byFiche.offsets,
    fichePos: byFiche.values,
    parentPosOffsets: byParent.offsets,
    parentPos: byParent.values,
    domainePosOffsets: byDomaine.offsets,
    domainePos: byDomaine.values,
  };
}
