import { beforeAll, describe, expect, it } from 'vitest';
import { BoussoleError } from '../errors.js';
import { COEUR } from '../snapshot/format.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { snapshot } from './arbitraries.test-util.js';
import { MatchContext } from './context.js';
import { DEFAULT_PARAMS } from './params.js';
import { compileTargetSet, ficheRows, type TargetSet } from './target-set.js';

let snap: Snapshot;
let ctx: MatchContext;
let digital: TargetSet;

beforeAll(async () => {
  snap = await snapshot();
  ctx = new MatchContext(snap);
  digital = compileTargetSet(ctx, ficheRows(ctx, snap.digital), DEFAULT_PARAMS);
});

/** Postings of item `it` as sheet → [weight, core weight] (the core weight is the weight in the core part, else 0). */
const postingsOf = (set: TargetSet, it: number): Map<number, [number, number]> => {
  const m = new Map<number, [number, number]>();
  for (let k = set.postBounds[2 * it]!; k < set.postBounds[2 * it + 2]!; k++) {
    m.set(set.postSheets[k]!, [set.postWeights[k]!, k < set.postBounds[2 * it + 1]! ? set.postWeights[k]! : 0]);
  }
  return m;
};

describe('compileTargetSet over the 153 digital sheets', () => {
  it('keeps the rows of the snapshot, in the given (code) order', () => {
    expect(digital.size).toBe(153);
    const codes = Array.from(digital.fiche, (f) => snap.file.fiches.code[f]!);
    expect(codes).toEqual([...codes].sort());
    const s = codes.indexOf('M1855');
    const f = snap.ficheId('M1855');
    expect(Array.from(digital.items.subarray(digital.offsets[s]!, digital.offsets[s + 1]!))).toEqual(
      Array.from(snap.linkItems.subarray(snap.linkOffsets[f]!, snap.linkOffsets[f + 1]!)),
    );
  });

  it('weighs each link kind × certification damping × coeur × idf, with idf counted over the set', () => {
    const df = new Map<number, number>();
    for (const it of digital.items) df.set(it, (df.get(it) ?? 0) + 1);
    const kindW = [DEFAULT_PARAMS.savoirFaireWeight, DEFAULT_PARAMS.savoirEtreWeight, DEFAULT_PARAMS.savoirWeight];
    const coeurW = [1, DEFAULT_PARAMS.coreWeight, DEFAULT_PARAMS.emergingWeight];
    for (let k = 0; k < digital.items.length; k += 97) {
      const it = digital.items[k]!;
      const idf = 1 + DEFAULT_PARAMS.idfStrength * Math.log(153 / df.get(it)!);
      const cert = ctx.itemIsCertification[it] ? DEFAULT_PARAMS.certificationFactor : 1;
      expect(digital.weights[k]).toBeCloseTo(kindW[snap.itemKind[it]!]! * cert * coeurW[digital.coeur[k]!]! * idf, 5);
    }
  });

  it('damps certifications listed as savoirs', () => {
    const s = Array.from(digital.fiche).indexOf(snap.ficheId('M1855'));
    const master = snap.itemId(491247); // Master mention informatique
    const k = Array.from(digital.items.subarray(digital.offsets[s]!, digital.offsets[s + 1]!)).indexOf(master) + digital.offsets[s]!;
    expect(ctx.itemIsCertification[master]).toBe(1);
    const undamped = compileTargetSet(ctx, ficheRows(ctx, snap.digital), { ...DEFAULT_PARAMS, certificationFactor: 1 });
    expect(digital.weights[k]! / undamped.weights[k]!).toBeCloseTo(DEFAULT_PARAMS.certificationFactor, 5);
  });

  it('inverts every link into exactly one posting with the same weight (core weight only for core links)', () => {
    expect(digital.postSheets.length).toBe(digital.items.length);
    for (let s = 0; s < digital.size; s += 7) {
      let norm = 0;
      let coreNorm = 0;
      for (let k = digital.offsets[s]!; k < digital.offsets[s + 1]!; k++) {
        const w = digital.weights[k]!;
        norm += w;
        if (digital.coeur[k] !== COEUR.NONE) coreNorm += w;
        expect(postingsOf(digital, digital.items[k]!).get(s)).toEqual([w, digital.coeur[k] === COEUR.NONE ? 0 : w]);
      }
      expect(digital.invNorms[s]).toBeCloseTo(1 / norm, 9);
      expect(digital.invCoreNorms[s]).toBeCloseTo(coreNorm > 0 ? 1 / coreNorm : 0, 9);
    }
  });

  it('lists each item’s core postings first, then the others, each part in ascending sheet order', () => {
    for (let it = 0; it < ctx.itemCount; it++) {
      const [lo, mid, hi] = [digital.postBounds[2 * it]!, digital.postBounds[2 * it + 1]!, digital.postBounds[2 * it + 2]!];
      expect(lo <= mid && mid <= hi).toBe(true);
      for (let k = lo; k < hi; k++) {
        const s = digital.postSheets[k]!;
        const link = Array.from(digital.items.subarray(digital.offsets[s]!, digital.offsets[s + 1]!)).indexOf(it) + digital.offsets[s]!;
        expect(digital.coeur[link] !== COEUR.NONE).toBe(k < mid);
        if (k !== lo && k !== mid) expect(s).toBeGreaterThan(digital.postSheets[k - 1]!);
      }
    }
  });

  it('sums, per macro-compétence and sheet, the weights of the sheet’s compétences under it (and of the core ones)', () => {
    for (let s = 0; s < digital.size; s += 5) {
      const expected = new Map<number, [number, number]>();
      for (let k = digital.offsets[s]!; k < digital.offsets[s + 1]!; k++) {
        const m = ctx.itemMacro[digital.items[k]!]!;
        if (m < 0) continue;
        const [w, core] = expected.get(m) ?? [0, 0];
        expected.set(m, [w + digital.weights[k]!, core + (digital.coeur[k] === COEUR.NONE ? 0 : digital.weights[k]!)]);
      }
      const got = new Map<number, [number, number]>();
      for (let m = 0; m < ctx.itemCount; m++) {
        for (let k = digital.childBounds[2 * m]!; k < digital.childBounds[2 * m + 2]!; k++) {
          expect(digital.childCore[k]! > 0).toBe(k < digital.childBounds[2 * m + 1]!);
          if (digital.childSheets[k] === s) got.set(m, [digital.childWeights[k]!, digital.childCore[k]!]);
        }
      }
      expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [m, [w, core]] of expected) {
        expect(got.get(m)![0]).toBeCloseTo(w, 4);
        expect(got.get(m)![1]).toBeCloseTo(core, 4);
      }
    }
  });

  it('lists positions by fiche, by v3 parent and by domaine', () => {
    const s = Array.from(digital.fiche).indexOf(snap.ficheId('M1855'));
    const f = snap.ficheId('M1855');
    expect(Array.from(digital.fichePos.subarray(digital.fichePosOffsets[f]!, digital.fichePosOffsets[f + 1]!))).toEqual([s]);
    const par = ctx.ficheParent[f]!;
    const siblings = Array.from(digital.parentPos.subarray(digital.parentPosOffsets[par]!, digital.parentPosOffsets[par + 1]!));
    expect(siblings).toContain(s);
    for (const t of siblings) expect(snap.file.fiches.parent[digital.fiche[t]!]).toBe('M1805');
    const d = ctx.ficheDomaine[f]!;
    const sameDomaine = Array.from(digital.domainePos.subarray(digital.domainePosOffsets[d]!, digital.domainePosOffsets[d + 1]!));
    expect(sameDomaine.length).toBeGreaterThan(siblings.length);
    for (const t of sameDomaine) expect(ctx.ficheDomaine[digital.fiche[t]!]).toBe(d);
  });
});

describe('compileTargetSet edge cases', () => {
  it('gives idf 1 to an item every sheet lists', () => {
    const it = 7;
    const rows = { fiche: Uint32Array.of(0, 1), offsets: Uint32Array.of(0, 1, 2), items: Uint32Array.of(it, it), coeur: Uint8Array.of(0, 0) };
    const set = compileTargetSet(ctx, rows, { ...DEFAULT_PARAMS, idfStrength: 2 });
    const kindW = [DEFAULT_PARAMS.savoirFaireWeight, DEFAULT_PARAMS.savoirEtreWeight, DEFAULT_PARAMS.savoirWeight][snap.itemKind[it]!]!;
    const cert = ctx.itemIsCertification[it] ? DEFAULT_PARAMS.certificationFactor : 1;
    expect(set.weights[0]).toBeCloseTo(kindW * cert, 6);
  });

  it('rejects rows whose items are not strictly increasing', () => {
    const rows = { fiche: Uint32Array.of(0), offsets: Uint32Array.of(0, 2), items: Uint32Array.of(9, 3), coeur: Uint8Array.of(0, 0) };
    expect(() => compileTargetSet(ctx, rows, DEFAULT_PARAMS)).toThrow(BoussoleError);
  });
});
