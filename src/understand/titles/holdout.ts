import { FLAG } from '../../snapshot/format.js';
import { Snapshot } from '../../snapshot/snapshot.js';
import { analyzeTitle } from './analyze.js';
import type { TitleAlias } from './compile.js';

/**
 * Appellations held out of an index to measure (or train on) titles it has never seen: the non-main
 * appellations `i` with `select(i)` true. Main appellations always stay (a fiche keeps its name).
 */
export function heldOutAppellations(snapshot: Snapshot, select: (i: number) => boolean): Set<number> {
  const flags = snapshot.file.appellations.flags;
  const out = new Set<number>();
  for (let i = 0; i < flags.length; i++) if (((flags[i] ?? 0) & FLAG.PRINCIPALE) === 0 && select(i)) out.add(i);
  return out;
}

/** The snapshot without the given appellations (every other table shared, not copied). */
export function withoutAppellations(snapshot: Snapshot, drop: ReadonlySet<number>): Snapshot {
  const keep = (_: unknown, i: number): boolean => !drop.has(i);
  const a = snapshot.file.appellations;
  return new Snapshot({
    ...snapshot.file,
    appellations: {
      ogr: a.ogr.filter(keep),
      fiche: a.fiche.filter(keep),
      long: a.long.filter(keep),
      short: a.short.filter(keep),
      masculine: a.masculine.filter(keep),
      feminine: a.feminine.filter(keep),
      flags: a.flags.filter(keep),
    },
  });
}

/** The aliases that do not restate a held-out appellation (same analysed words as one of its forms). */
export function aliasesWithout(aliases: readonly TitleAlias[], snapshot: Snapshot, drop: ReadonlySet<number>): TitleAlias[] {
  const a = snapshot.file.appellations;
  const forms = new Set<string>();
  for (const i of drop) {
    for (const form of [a.masculine[i], a.feminine[i], a.short[i], a.long[i]]) {
      if (form) forms.add(analyzeTitle(form, false).words.join(' '));
    }
  }
  return aliases.filter((x) => !forms.has(analyzeTitle(x.title).words.join(' ')));
}
