/**
 * Baseline 2, written plainly: fuzzy text matching with fuse.js, as a library-only approach would do it. Each sheet
 * gets a Fuse index over its item labels; a profile's skill labels are searched in every sheet, and a sheet scores
 * the weighted share of its items found (each found item counts `1 − fuse score`, weighted like the matcher).
 */
import Fuse from 'fuse.js';
import type { MatchContext } from '../../src/match/context.js';
import type { TargetSet } from '../../src/match/target-set.js';
import type { Profile } from '../../src/understand/schema.js';
import type { PlainResult } from './set-map.js';

interface Entry {
  label: string;
  weight: number;
}

export class FuseMatcher {
  private readonly sheets: { code: string; fuse: Fuse<Entry>; norm: number }[] = [];

  constructor(ctx: MatchContext, set: TargetSet) {
    const { label } = ctx.snapshot.file.items;
    for (let s = 0; s < set.size; s++) {
      const entries: Entry[] = [];
      for (let k = set.offsets[s]!; k < set.offsets[s + 1]!; k++) entries.push({ label: label[set.items[k]!] ?? '', weight: set.weights[k]! });
      const fuse = new Fuse(entries, { keys: ['label'], includeScore: true, threshold: 0.3, ignoreLocation: true });
      this.sheets.push({ code: ctx.snapshot.file.fiches.code[set.fiche[s]!]!, fuse, norm: entries.reduce((a, e) => a + e.weight, 0) });
    }
  }

  match(profile: Profile, limit: number): PlainResult[] {
    const scored = this.sheets.map((sheet) => {
      const best = new Map<string, number>();
      for (const skill of profile.skills) {
        for (const hit of sheet.fuse.search(skill.label, { limit: 3 })) {
          const credit = (1 - (hit.score ?? 1)) * hit.item.weight;
          if (credit > (best.get(hit.item.label) ?? 0)) best.set(hit.item.label, credit);
        }
      }
      let held = 0;
      for (const c of best.values()) held += c;
      return { code: sheet.code, score: sheet.norm > 0 ? (100 * held) / sheet.norm : 0 };
    });
    scored.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
    return scored.slice(0, limit);
  }
}
