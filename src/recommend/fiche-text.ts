import { COEUR } from '../snapshot/format.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { textTerms } from './terms.js';

/**
 * Terms of a fiche's texts, as certification-index term ids (terms absent from every certification are useless and
 * dropped): the title's, and for appellations and core item labels the number of texts holding each term.
 */
export interface FicheText {
  readonly title: ReadonlySet<number>;
  readonly appellations: ReadonlyMap<number, number>;
  readonly appellationCount: number;
  readonly core: ReadonlyMap<number, number>;
  readonly coreCount: number;
  readonly all: ReadonlySet<number>;
}

/** Core (`coeur_metier` Principale) item ids of fiche `f`, in link order. */
export function coreItems(s: Snapshot, f: number): number[] {
  const out: number[] = [];
  for (let k = s.linkOffsets[f] ?? 0; k < (s.linkOffsets[f + 1] ?? 0); k++) {
    if (s.linkCoeur[k] === COEUR.PRINCIPALE) out.push(s.linkItems[k] ?? 0);
  }
  return out;
}

/** Distinct known term ids of a label. */
function labelIds(termIds: ReadonlyMap<string, number>, label: string): Set<number> {
  const out = new Set<number>();
  for (const k of textTerms(label)) {
    const id = termIds.get(k);
    if (id !== undefined) out.add(id);
  }
  return out;
}

function countInto(counts: Map<number, number>, ids: ReadonlySet<number>): void {
  for (const t of ids) counts.set(t, (counts.get(t) ?? 0) + 1);
}

/** Assembles a {@link FicheText} from its parts (`all` is the union of their terms). */
export function makeFicheText(
  title: ReadonlySet<number>,
  appellations: ReadonlyMap<number, number>,
  appellationCount: number,
  core: ReadonlyMap<number, number>,
  coreCount: number,
): FicheText {
  const all = new Set<number>([...title, ...appellations.keys(), ...core.keys()]);
  return { title, appellations, appellationCount, core, coreCount, all };
}

/** The {@link FicheText} of fiche `f`, with `termIds` the certification index's term dictionary. */
export function extractFicheText(s: Snapshot, termIds: ReadonlyMap<string, number>, f: number): FicheText {
  const { fiches, appellations: ap, items } = s.file;
  const title = labelIds(termIds, fiches.title[f] ?? '');
  const appellations = new Map<number, number>();
  const lo = s.appellationOffsets[f] ?? 0;
  const hi = s.appellationOffsets[f + 1] ?? 0;
  for (let a = lo; a < hi; a++) countInto(appellations, labelIds(termIds, ap.long[a] ?? ''));
  const core = new Map<number, number>();
  const coreIds = coreItems(s, f);
  for (const i of coreIds) countInto(core, labelIds(termIds, items.label[i] ?? ''));
  return makeFicheText(title, appellations, hi - lo, core, coreIds.length);
}
