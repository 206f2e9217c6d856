import { COEUR, type SnapshotFile, type SnapshotInfo } from './format.js';

/**
 * The loaded snapshot: the serialised tables plus the indexes every stage needs (code → dense id, ogr → dense id,
 * CSR arrays as typed arrays). Read-only after construction. Dense ids are array positions in `file`.
 */
export class Snapshot {
  readonly file: SnapshotFile;
  readonly info: SnapshotInfo;
  /** Number of fiches (1,584 for ROME 4.0 v60). */
  readonly ficheCount: number;
  /** Number of items (compétences, macro-compétences, savoirs). */
  readonly itemCount: number;
  /** Fiche → items, CSR: items of fiche f are `linkItems[linkOffsets[f] .. linkOffsets[f+1])`. */
  readonly linkOffsets: Uint32Array;
  readonly linkItems: Uint32Array;
  /** `coeur_metier` of each link: 0 none, 1 Principale, 2 Émergente (see COEUR). */
  readonly linkCoeur: Uint8Array;
  /** Fiche → mobility targets in the référentiel's order. */
  readonly mobilityOffsets: Uint32Array;
  readonly mobilityTargets: Uint32Array;
  /** Item kind per item (ITEM_KIND). */
  readonly itemKind: Uint8Array;
  /** Domaine professionnel index per fiche. */
  readonly ficheDomaine: Uint16Array;
  /** The default target set (153 digital sheets), fiche ids in code order. */
  readonly digital: Uint32Array;

  private readonly digitalSet: Uint8Array;
  private readonly ficheByCode: Map<string, number>;
  private readonly itemByOgr: Map<number, number>;
  private readonly appellationByOgr: Map<number, number>;
  private readonly certById: Map<string, number>;
  /** v3 parent code → certification ids reaching it. */
  private readonly certsByParent: Map<string, number[]>;
  /** fiche → appellation ids (appellations are stored sorted by fiche). */
  readonly appellationOffsets: Uint32Array;

  constructor(file: SnapshotFile) {
    this.file = file;
    this.info = file.info;
    this.ficheCount = file.fiches.code.length;
    this.itemCount = file.items.ogr.length;
    this.linkOffsets = Uint32Array.from(file.links.offsets);
    this.linkItems = Uint32Array.from(file.links.values);
    this.linkCoeur = Uint8Array.from(file.links.coeur);
    this.mobilityOffsets = Uint32Array.from(file.mobility.offsets);
    this.mobilityTargets = Uint32Array.from(file.mobility.values);
    this.itemKind = Uint8Array.from(file.items.kind);
    this.ficheDomaine = Uint16Array.from(file.fiches.domaine);
    this.digital = Uint32Array.from(file.digital);
    this.digitalSet = new Uint8Array(this.ficheCount);
    for (const f of file.digital) this.digitalSet[f] = 1;
    this.ficheByCode = new Map(file.fiches.code.map((c, i) => [c, i]));
    this.itemByOgr = new Map(file.items.ogr.map((o, i) => [o, i]));
    this.appellationByOgr = new Map(file.appellations.ogr.map((o, i) => [o, i]));
    this.certById = new Map(file.certifications.id.map((c, i) => [c, i]));

    const appOffsets = new Uint32Array(this.ficheCount + 1);
    for (const f of file.appellations.fiche) appOffsets[f + 1] = (appOffsets[f + 1] ?? 0) + 1;
    for (let f = 0; f < this.ficheCount; f++) appOffsets[f + 1] = (appOffsets[f + 1] ?? 0) + (appOffsets[f] ?? 0);
    this.appellationOffsets = appOffsets;

    this.certsByParent = new Map();
    const { rome } = file.certifications;
    for (let c = 0; c < file.certifications.id.length; c++) {
      for (let k = rome.offsets[c] ?? 0; k < (rome.offsets[c + 1] ?? 0); k++) {
        const code = file.romeV3[rome.values[k] ?? -1];
        if (code === undefined) continue;
        const list = this.certsByParent.get(code) ?? [];
        list.push(c);
        this.certsByParent.set(code, list);
      }
    }
  }

  /** Dense id of a fiche code ("M1855"), or -1. */
  ficheId(code: string): number {
    return this.ficheByCode.get(code) ?? -1;
  }

  /** True when fiche `f` belongs to the default target set (the 153 digital sheets). */
  isDigital(f: number): boolean {
    return this.digitalSet[f] === 1;
  }

  /** Dense id of an item from its ROME `code_ogr`, or -1. */
  itemId(ogr: number): number {
    return this.itemByOgr.get(ogr) ?? -1;
  }

  /** Dense id of an appellation from its `code_ogr`, or -1. */
  appellationId(ogr: number): number {
    return this.appellationByOgr.get(ogr) ?? -1;
  }

  /** Dense id of a certification ("RNCP31114"), or -1. */
  certificationId(id: string): number {
    return this.certById.get(id) ?? -1;
  }

  /** Certification ids linked (through the v3 parent code) to a fiche, in id order. */
  certificationsOfFiche(fiche: number): readonly number[] {
    const parent = this.file.fiches.parent[fiche];
    return parent === undefined ? [] : (this.certsByParent.get(parent) ?? []);
  }

  /** True when item `item` is a core (`coeur_metier` Principale) item of fiche `fiche`. */
  isCore(fiche: number, item: number): boolean {
    const lo = this.linkOffsets[fiche] ?? 0;
    const hi = this.linkOffsets[fiche + 1] ?? 0;
    // items are sorted within a fiche: binary search
    let a = lo;
    let b = hi - 1;
    while (a <= b) {
      const m = (a + b) >>> 1;
      const v = this.linkItems[m] ?? 0;
      if (v === item) return this.linkCoeur[m] === COEUR.PRINCIPALE;
      if (v < item) a = m + 1;
      else b = m - 1;
    }
    return false;
  }
}
