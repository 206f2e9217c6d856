import type { MatchContext } from './context.js';
import type { ProfileVector } from './profile-vector.js';

/** How a profile earns its credit on a sheet item (see `MatchedItem.via`). */
export type Via = 'direct' | 'competence' | 'macro';

const has = (bits: Int32Array, i: number): boolean => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

/**
 * A dense view of one {@link ProfileVector} for O(1) credit lookups while explaining results: the credit a sheet
 * item gets is exactly what the inverted-index scorer adds for it, divided by its weight. Two bitmaps (4 kB each,
 * cache-resident) say which items carry a weight and which macro-compétences pass a credit, so the many sheet items
 * the profile does not hold cost two bit tests and no lookup in the item-sized arrays. Reusable: {@link load}
 * clears the entries the previous vector wrote (and only those).
 */
export class CreditTable {
  private readonly ctx: MatchContext;
  /** Posting weight of each item of the loaded vector. */
  private readonly own: Float32Array;
  /** Credit each held macro-compétence passes to its compétences. */
  private readonly fromMacro: Float32Array;
  /** 1 when the item's own credit comes from a held compétence under it. */
  private readonly expanded: Uint8Array;
  /** Bit `i`: item `i` has an own weight; macro-compétence `i` passes a credit. */
  private readonly ownBits: Int32Array;
  private readonly passBits: Int32Array;
  /** Items and macro-compétences the loaded vector wrote, to reset on the next load. */
  private items = new Uint32Array(64);
  private itemCount = 0;
  private macros = new Uint32Array(64);
  private macroCount = 0;

  constructor(ctx: MatchContext) {
    this.ctx = ctx;
    this.own = new Float32Array(ctx.itemCount);
    this.fromMacro = new Float32Array(ctx.itemCount);
    this.expanded = new Uint8Array(ctx.itemCount);
    this.ownBits = new Int32Array((ctx.itemCount + 31) >>> 5);
    this.passBits = new Int32Array((ctx.itemCount + 31) >>> 5);
  }

  /** Loads `v` (its arrays are copied into the table; `v` may be overwritten afterwards). */
  load(v: ProfileVector): void {
    const { own, expanded, fromMacro, ownBits, passBits } = this;
    for (let j = 0; j < this.itemCount; j++) {
      const it = this.items[j]!;
      own[it] = 0;
      expanded[it] = 0;
      ownBits[it >>> 5] = 0;
    }
    for (let j = 0; j < this.macroCount; j++) {
      const m = this.macros[j]!;
      fromMacro[m] = 0;
      passBits[m >>> 5] = 0;
    }
    if (this.items.length < v.itemCount) this.items = new Uint32Array(Math.max(v.itemCount, 2 * this.items.length));
    if (this.macros.length < v.macroCount) this.macros = new Uint32Array(Math.max(v.macroCount, 2 * this.macros.length));
    this.items.set(v.items.subarray(0, v.itemCount));
    this.macros.set(v.macros.subarray(0, v.macroCount));
    this.itemCount = v.itemCount;
    this.macroCount = v.macroCount;
    for (let j = 0; j < v.itemCount; j++) {
      const it = v.items[j]!;
      own[it] = v.weights[j]!;
      expanded[it] = v.expanded[j]!;
      ownBits[it >>> 5]! |= 1 << (it & 31);
    }
    for (let j = 0; j < v.macroCount; j++) {
      const m = v.macros[j]!;
      fromMacro[m] = v.macroWeights[j]!;
      passBits[m >>> 5]! |= 1 << (m & 31);
    }
  }

  /**
   * Credit 0..1 the loaded profile gives to `item` when a sheet lists it; `macro` is the item's macro-compétence
   * (−1 for none), which callers walking a sheet have at hand.
   */
  credit(item: number, macro: number = this.ctx.itemMacro[item]!): number {
    const own = has(this.ownBits, item) ? this.own[item]! : 0;
    return own + (macro >= 0 && has(this.passBits, macro) ? this.fromMacro[macro]! : 0);
  }

  /**
   * For a credited item: `direct` (held as such), `competence` (a macro-compétence credited through a held compétence
   * under it) or `macro` (a compétence credited through its held macro-compétence).
   */
  via(item: number): Via {
    if (this.own[item] === 0) return 'macro';
    return this.expanded[item] ? 'competence' : 'direct';
  }
}
