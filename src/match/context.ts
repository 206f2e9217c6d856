import type { Snapshot } from '../snapshot/snapshot.js';

/** Category prefix of savoirs that are certifications or habilitations ("Master mention informatique"). */
const CERTIFICATION_CATEGORY = 'Savoirs / Certifications et habilitations';
/** Page size (as a power of two) of the `code_ogr` → item table. */
const OGR_PAGE_BITS = 8;
const OGR_PAGE_MASK = (1 << OGR_PAGE_BITS) - 1;

/**
 * Snapshot lookups the matcher needs, computed once per snapshot: string id → item, item kind / macro / flags as
 * typed arrays, fiche → v3 parent index and domaine. Read-only after construction.
 */
export class MatchContext {
  readonly snapshot: Snapshot;
  readonly itemCount: number;
  readonly ficheCount: number;
  /** Item kind (ITEM_KIND: 0 savoir-faire, 1 savoir-être, 2 savoir). */
  readonly itemKind: Uint8Array;
  /** Macro-compétence item of a compétence, −1 when none. */
  readonly itemMacro: Int32Array;
  /** 1 for a savoir that is a certification or habilitation. */
  readonly itemIsCertification: Uint8Array;
  /** Dense index of each fiche's v3 parent code. */
  readonly ficheParent: Uint32Array;
  readonly parentCount: number;
  /** Domaine professionnel index of each fiche. */
  readonly ficheDomaine: Uint16Array;
  readonly domaineCount: number;
  /** `code_ogr` of each item as a string, computed on first use. */
  private readonly ogrStrings: (string | undefined)[];
  /** Accent- and case-folded labels, computed on first use (for cheap, deterministic label ordering). */
  private readonly labelKeys: (string | undefined)[];
  /**
   * `code_ogr` → item index + 1 (0: none) as a two-level table: `ogrPage[ogr >> 8]` is the start of that code's page of
   * 256 slots in `ogrSlots` (page 0 is all zeros and stands for every empty page). The codes cluster (262 non-empty
   * pages out of 2,013), so the slots take 270 kB instead of 2 MB for a flat table: a profile's lookups stay in L2.
   */
  private readonly ogrPage: Int32Array;
  private readonly ogrSlots: Int32Array;

  constructor(snapshot: Snapshot) {
    const { items, fiches, categories, domaines } = snapshot.file;
    this.snapshot = snapshot;
    this.itemCount = snapshot.itemCount;
    this.ficheCount = snapshot.ficheCount;
    this.itemKind = snapshot.itemKind;
    this.itemMacro = Int32Array.from(items.macro);
    const certCategory = categories.map((c) => c.startsWith(CERTIFICATION_CATEGORY));
    this.itemIsCertification = Uint8Array.from(items.category, (c) => (certCategory[c] ? 1 : 0));
    this.labelKeys = new Array<string | undefined>(this.itemCount);
    this.ogrStrings = new Array<string | undefined>(this.itemCount);
    const pages = (items.ogr.reduce((a, o) => Math.max(a, o), 0) >> OGR_PAGE_BITS) + 1;
    this.ogrPage = new Int32Array(pages);
    let used = 1;
    for (const o of items.ogr) if (this.ogrPage[o >> OGR_PAGE_BITS] === 0) this.ogrPage[o >> OGR_PAGE_BITS] = used++ << OGR_PAGE_BITS;
    this.ogrSlots = new Int32Array(used << OGR_PAGE_BITS);
    items.ogr.forEach((o, i) => (this.ogrSlots[this.ogrPage[o >> OGR_PAGE_BITS]! + (o & OGR_PAGE_MASK)] = i + 1));
    const parents = new Map<string, number>();
    this.ficheParent = Uint32Array.from(fiches.parent, (p) => {
      let id = parents.get(p);
      if (id === undefined) parents.set(p, (id = parents.size));
      return id;
    });
    this.parentCount = parents.size;
    this.ficheDomaine = snapshot.ficheDomaine;
    this.domaineCount = domaines.code.length;
  }

  /** Item index of a profile skill id (a ROME `code_ogr` written as a string), or −1 (ESCO URIs, unknown ids). */
  itemOf(id: string): number {
    const n = id.length;
    if (n === 0 || n > 9 || (n > 1 && id.charCodeAt(0) === 48)) return -1;
    let ogr = 0;
    for (let i = 0; i < n; i++) {
      const d = id.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      ogr = ogr * 10 + d;
    }
    const page = ogr >> OGR_PAGE_BITS;
    return page < this.ogrPage.length ? this.ogrSlots[this.ogrPage[page]! + (ogr & OGR_PAGE_MASK)]! - 1 : -1;
  }

  /** The item's `code_ogr` as a string (the id form used in profiles and results), cached. */
  ogrString(item: number): string {
    let s = this.ogrStrings[item];
    if (s === undefined) {
      s = String(this.snapshot.file.items.ogr[item] ?? '');
      this.ogrStrings[item] = s;
    }
    return s;
  }

  /** The item's label folded for ordering: lower case, accents removed ("Élaborer" sorts with "elaborer"). */
  labelKey(item: number): string {
    let key = this.labelKeys[item];
    if (key === undefined) {
      key = (this.snapshot.file.items.label[item] ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      this.labelKeys[item] = key;
    }
    return key;
  }
}
