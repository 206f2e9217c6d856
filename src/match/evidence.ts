import type { Profile } from '../understand/schema.js';
import type { MatchContext } from './context.js';
import type { Via } from './credit-table.js';
import type { ProfileVector } from './profile-vector.js';
import type { Evidence } from './schema.js';

/**
 * The profile skills behind each credit: for every held item, the skill that gives it its weight; for every
 * macro-compétence, the held compétence under it with the largest weight. Ties are broken by a total order on the
 * skills' evidence, so the chosen skill never depends on the order of the profile's skills.
 *
 * Reusable: {@link load} takes the skills' items and weights from the profile's vector (no second weighing) into two
 * slots per item of a dense table and resets only the slots the previous profile wrote. One {@link Evidence} object
 * is made per cited skill and shared by every matched item (of every returned sheet) that cites it.
 */
export class EvidenceIndex {
  private readonly ctx: MatchContext;
  /** Per item `i`: `best[2i]` = 1 + the skill held as `i`, `best[2i + 1]` = 1 + the best compétence held under `i`; 0: none. */
  private readonly best: Int32Array;
  private written = new Uint32Array(64);
  private writtenCount = 0;
  private skills: Profile['skills'] = [];
  private weights = new Float32Array(64);
  private made: (Evidence | undefined)[] = [];

  constructor(ctx: MatchContext) {
    this.ctx = ctx;
    this.best = new Int32Array(2 * ctx.itemCount);
  }

  /** Indexes `profile`'s skills through `v`, the vector just built from it (its per-skill items and weights). */
  load(profile: Profile, v: ProfileVector): void {
    const { best, ctx } = this;
    for (let j = 0; j < this.writtenCount; j++) best[this.written[j]!] = 0;
    this.writtenCount = 0;
    const n = v.skillCount;
    if (this.weights.length < n) this.weights = new Float32Array(Math.max(n, 2 * this.weights.length));
    if (this.written.length < 2 * n) this.written = new Uint32Array(Math.max(2 * n, 2 * this.written.length));
    this.weights.set(v.skillWeights.subarray(0, n));
    this.skills = profile.skills;
    this.made = new Array<Evidence | undefined>(n);
    for (let j = 0; j < n; j++) {
      const it = v.skillItems[j]!;
      if (it < 0) continue;
      this.keep(2 * it, j);
      const m = ctx.itemMacro[it]!;
      if (m >= 0) this.keep(2 * m + 1, j);
    }
  }

  private keep(at: number, j: number): void {
    const old = this.best[at]!;
    if (old === 0) this.written[this.writtenCount++] = at;
    if (old === 0 || this.better(j, old - 1)) this.best[at] = j + 1;
  }

  /** Total order on skills as evidence: weight, then id, label, confidence, mentions, months. */
  private better(a: number, b: number): boolean {
    const wa = this.weights[a]!;
    const wb = this.weights[b]!;
    if (wa !== wb) return wa > wb;
    const x = this.skills[a]!;
    const y = this.skills[b]!;
    if (x.id !== y.id) return x.id < y.id;
    if (x.label !== y.label) return x.label < y.label;
    if (x.confidence !== y.confidence) return x.confidence > y.confidence;
    if (x.mentions.length !== y.mentions.length) return x.mentions.length > y.mentions.length;
    return (x.months ?? -1) > (y.months ?? -1);
  }

  /**
   * Evidence for a credited sheet item: the skill held as `item` (via `direct`), the best compétence held under the
   * macro-compétence `item` (`competence`), or the held macro-compétence of `item` (`macro`); null when none. The
   * object is shared with every other item citing the same skill in this load.
   */
  evidence(item: number, via: Via): Evidence | null {
    const at = via === 'competence' ? 2 * item + 1 : 2 * (via === 'macro' ? this.ctx.itemMacro[item]! : item);
    const j = at >= 0 ? this.best[at]! - 1 : -1;
    if (j < 0) return null;
    let e = this.made[j];
    if (e === undefined) {
      const s = this.skills[j]!;
      e = { skill: s.id, label: s.label, confidence: s.confidence, mentions: s.mentions.length };
      if (s.months !== undefined) e.months = s.months;
      this.made[j] = e;
    }
    return e;
  }
}
