/**
 * Baseline 1, written plainly: the same scoring model (same sheet weights, same credits, same proximity, same score
 * function) computed sheet by sheet with a `Map` per sheet and `Map`/`Set` lookups, then a full sort. It exists to
 * measure what the CSR / inverted-index / heap design buys; its results should equal the matcher's.
 */
import type { MatchContext } from '../../src/match/context.js';
import type { ScoringParams } from '../../src/match/params.js';
import { occupationWeight, skillWeight } from '../../src/match/profile-vector.js';
import { linkBetween } from '../../src/match/proximity.js';
import { combine, scoreKey } from '../../src/match/score.js';
import type { TargetSet } from '../../src/match/target-set.js';
import type { Profile } from '../../src/understand/schema.js';

export interface PlainResult {
  code: string;
  score: number;
}

export class SetMapMatcher {
  private readonly sheets: { code: string; fiche: number; items: Map<number, number>; norm: number }[] = [];
  private readonly children = new Map<number, number[]>();

  constructor(
    private readonly ctx: MatchContext,
    set: TargetSet,
    private readonly p: Readonly<ScoringParams>,
  ) {
    for (let s = 0; s < set.size; s++) {
      const items = new Map<number, number>();
      let norm = 0;
      for (let k = set.offsets[s]!; k < set.offsets[s + 1]!; k++) {
        items.set(set.items[k]!, set.weights[k]!);
        norm += set.weights[k]!;
      }
      this.sheets.push({ code: ctx.snapshot.file.fiches.code[set.fiche[s]!]!, fiche: set.fiche[s]!, items, norm });
    }
    ctx.itemMacro.forEach((m, i) => {
      if (m >= 0) this.children.set(m, [...(this.children.get(m) ?? []), i]);
    });
  }

  /** Every held item's credit, written out in full (macro-compétences expanded to all their compétences). */
  private credits(profile: Profile): Map<number, number> {
    const { ctx, p } = this;
    const direct = new Map<number, number>();
    for (const s of profile.skills) {
      const it = ctx.itemOf(s.id);
      if (it < 0) continue;
      const u = Math.fround(skillWeight(p, s));
      if (u > (direct.get(it) ?? 0)) direct.set(it, u);
    }
    const credit = new Map(direct);
    for (const [it, u] of direct) {
      const m = ctx.itemMacro[it]!;
      if (m >= 0) credit.set(m, Math.max(credit.get(m) ?? 0, Math.fround(p.macroFromCompetence * u)));
      for (const c of this.children.get(it) ?? []) credit.set(c, Math.max(credit.get(c) ?? 0, Math.fround(p.competenceFromMacro * u)));
    }
    return credit;
  }

  /** The `limit` best sheets: score every sheet, sort them all, slice. */
  match(profile: Profile, limit: number): PlainResult[] {
    const credit = this.credits(profile);
    const jobs = profile.occupations
      .map((o) => ({ fiche: this.ctx.snapshot.ficheId(o.code), weight: Math.fround(occupationWeight(this.p, o)) }))
      .filter((j) => j.fiche >= 0);
    const scored = this.sheets.map((sheet, position) => {
      let held = 0;
      for (const [it, c] of credit) {
        const w = sheet.items.get(it);
        if (w !== undefined) held += w * c;
      }
      let proximity = 0;
      for (const j of jobs) {
        const link = linkBetween(this.ctx, this.p, j.fiche, sheet.fiche);
        if (link) proximity = Math.max(proximity, Math.fround(j.weight * link.strength));
      }
      const coverage = sheet.norm > 0 ? Math.min(1, held / sheet.norm) : 0;
      return { code: sheet.code, position, key: scoreKey(combine(this.p, coverage, proximity)) };
    });
    scored.sort((a, b) => b.key - a.key || a.position - b.position);
    return scored.slice(0, limit).map((r) => ({ code: r.code, score: r.key / 100 }));
  }
}
