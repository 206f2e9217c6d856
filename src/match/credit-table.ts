import type { MatchContext } from './context.js';
import type { ProfileVector } from './profile-vector.js';

/** How a profile earns its credit on a sheet item (see `MatchedItem.via`). */
export type Via = 'direct' | 'competence' | 'macro';

/**
 * A dense view of one {@link ProfileVector} for O(1) credit lookups while explaining results: the credit a sheet
 * item gets is exactly what the inverted-index scorer adds for it, divided by its weight. Reusable: {@link load}
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
  private items: number[] = [];
  private macros: number[] = [];

  constructor(ctx: MatchContext) {
    this.ctx = ctx;
    this.own = new Float32Array(ctx.itemCount);
    this.fromMacro = new Float32Array(ctx.itemCount);
    this.expanded = new Uint8Array(ctx.itemCount);
  }

  /** Loads `v` (its arrays are copied into the table; `v` may be overwritten afterwards). */
  load(v: ProfileVector): void {
    for (const it of this.items) {
      this.own[it] = 0;
      this.expanded[it] = 0;
    }
    for (const m of this.macros) this.fromMacro[m] = 0;
    this.items = Array.from(v.items.subarray(0, v.itemCount));
    this.macros = Array.from(v.macros.subarray(0, v.macroCount));
    for (let j = 0; j < v.itemCount; j++) {
      this.own[v.items[j]!] = v.weights[j]!;
      this.expanded[v.items[j]!] = v.expanded[j]!;
    }
    for (let j = 0; j < v.macroCount; j++) this.fromMacro[v.macros[j]!] = v.macroWeights[j]!;
  }

  /** Credit 0..1 the loaded profile gives to `item` when a sheet lists it. */
  credit(item: number): number {
    const m = this.ctx.itemMacro[item]!;
    return this.own[item]! + (m >= 0 ? this.fromMacro[m]! : 0);
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
