import { BoussoleError } from '../errors.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile } from '../understand/schema.js';
import { ficheTable, type FicheTable } from './fiche-table.js';
import { certTermsOf, COVERED, gapItems, itemIdsOfOgr, rankWeight, type GapItem } from './gap.js';
import { certIndex, type CertIndex } from './index-certs.js';
import { INFERRED_LEVEL_DISCOUNT, levelFit, levelReason } from './level-fit.js';
import { reasons } from './reasons.js';
import {
  TrainingOptionsSchema,
  type TrainingOptions,
  type TrainingOptionsInput,
  type TrainingRecommendation,
} from './schema.js';
import { certificationView } from './view.js';

/**
 * Weights of the score (sum 1): relevance of the certification's texts to the sheet, coverage of the gap, level
 * fit, status. Without a gap (the person holds every core item) the gap weight goes to relevance.
 */
export const SCORE_WEIGHTS = { relevance: 0.5, gap: 0.2, level: 0.2, status: 0.1 } as const;

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The gap as items, each with its column in the table's core shares (-1 when it is not a core item of the sheet). */
interface Gap {
  readonly items: readonly GapItem[];
  readonly columns: Int32Array;
  readonly weights: Float64Array;
  readonly weightSum: number;
}

function gapOf(
  s: Snapshot,
  idx: CertIndex,
  t: FicheTable,
  profile: Pick<Profile, 'skills'>,
  opts: TrainingOptions,
): Gap {
  let items: readonly GapItem[];
  if (opts.gap === undefined) {
    const held = new Set(itemIdsOfOgr(s, profile.skills.map((k) => k.id)));
    items = t.core.filter((g) => !held.has(g.item));
  } else items = gapItems(s, idx, itemIdsOfOgr(s, opts.gap));
  const column = new Map(t.core.map((g, j) => [g.item, j]));
  const weights = Float64Array.from(items, (_, r) => rankWeight(r));
  return {
    items,
    columns: Int32Array.from(items, (g) => column.get(g.item) ?? -1),
    weights,
    weightSum: weights.reduce((a, b) => a + b, 0),
  };
}

/** Share (0..1) of gap item `r` in the texts of table row `k`: precomputed for core items, else matched now. */
function share(idx: CertIndex, t: FicheTable, gap: Gap, k: number, r: number): number {
  const col = gap.columns[r] ?? -1;
  if (col >= 0) return t.coreShare[k * t.core.length + col] ?? 0;
  const item = gap.items[r];
  if (item === undefined) return 0;
  const terms = certTermsOf(idx);
  terms.load(t.cert[k] ?? 0);
  return terms.share(item);
}

/**
 * RNCP certifications that lead to the job sheet `code` and close the person's gap, best first.
 *
 * Candidates are the certifications RNCP links to the sheet's ROME v3 parent (one link reaches every v4 fiche under
 * it), retired ones replaced by their live successor (`why.replaces`). Each gets a 0..100 score:
 * 100 × (0.5 relevance + 0.2 gap coverage + 0.2 level fit + 0.1 status), where relevance is the BM25 fit of the
 * certification's title (65 %) and Formacode/NSF labels (35 %) to THIS sheet's title, appellations and core skills
 * (terms shared by sibling sheets count less); gap coverage is the share of the missing core items whose labels the
 * certification's texts contain; level fit prefers the next level above the person's education (or the same), or
 * levels 5-6 when it is unknown; status is 1 active, 0.85 unknown (recent), 0.25 retired. A title inherited from a
 * predecessor counts × 0.95; a certification with no title at all is judged on its Formacode/NSF labels × 0.8.
 * Without a gap, its weight goes to relevance. Ties are broken by RNCP number. Deterministic; synchronous. The
 * person-independent part (candidates, fits, core-item shares) is memoised per sheet: the first call for a sheet
 * costs about a millisecond, later ones a fraction of that.
 *
 * @param profile only `educationLevel` and `skills` (ROME ids, for the default gap) are read.
 * @param code a ROME 4.0 fiche code, e.g. "M1855" (case and surrounding spaces ignored).
 * @param options `limit` 1..50 (default 5), `activeOnly` (default true), `maxLevel` 3..8, `gap` (missing core
 *   item ids, most important first; default: the sheet's core items minus the profile's).
 * @returns at most `limit` recommendations; [] when RNCP links no certification to the sheet.
 * @throws BoussoleError `UNKNOWN_CODE` for an unknown fiche code, `INVALID_ARGUMENT` for bad options.
 */
export function recommendTrainings(
  snapshot: Snapshot,
  profile: Pick<Profile, 'educationLevel' | 'skills'>,
  code: string,
  options: TrainingOptionsInput = {},
): TrainingRecommendation[] {
  const parsed = TrainingOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BoussoleError('INVALID_ARGUMENT', {
      option: issue?.path.join('.') || 'options',
      reason: issue?.message ?? 'invalid options',
    });
  }
  const opts = parsed.data;
  const fiche = typeof code === 'string' ? snapshot.ficheId(code.trim().toUpperCase()) : -1;
  if (fiche < 0) throw new BoussoleError('UNKNOWN_CODE', { value: String(code) });

  const idx = certIndex(snapshot);
  const t = ficheTable(snapshot, idx, fiche, opts.activeOnly);
  const gap = gapOf(snapshot, idx, t, profile, opts);
  const education = profile.educationLevel;
  const certs = snapshot.file.certifications;
  const W = SCORE_WEIGHTS;
  const relevanceWeight = gap.items.length > 0 ? W.relevance : W.relevance + W.gap;

  const score = new Float64Array(t.size);
  const gapCoverage = new Float64Array(t.size);
  const fitOfLevel = new Float64Array(t.size);
  const rows: number[] = [];
  for (let k = 0; k < t.size; k++) {
    const c = t.cert[k] ?? 0;
    const level = idx.level[c] ?? 0;
    if (opts.maxLevel !== undefined && level >= 3 && level > opts.maxLevel) continue;
    let covered = 0;
    if (gap.weightSum > 0) {
      for (let r = 0; r < gap.items.length; r++) covered += (gap.weights[r] ?? 0) * share(idx, t, gap, k, r);
      covered /= gap.weightSum;
    }
    const inferred = (certs.level[c] ?? 0) < 3 && level >= 3;
    const lf = levelFit(level, education) * (inferred ? INFERRED_LEVEL_DISCOUNT : 1);
    const total =
      relevanceWeight * (t.relevance[k] ?? 0) + W.gap * covered + W.level * lf + W.status * (t.status[k] ?? 0);
    score[k] = round(100 * Math.min(1, Math.max(0, total)), 1);
    gapCoverage[k] = covered;
    fitOfLevel[k] = lf;
    rows.push(k);
  }
  rows.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || (t.rncp[a] ?? 0) - (t.rncp[b] ?? 0));

  const queryWeights = new Map<number, number>();
  t.query.terms.forEach((term, j) => queryWeights.set(term, t.query.weights[j] ?? 0));
  const queryWeight = (key: string): number => queryWeights.get(idx.termIds.get(key) ?? -1) ?? 0;
  return rows.slice(0, opts.limit).map((k): TrainingRecommendation => {
    const c = t.cert[k] ?? 0;
    const own = certs.level[c] ?? 0;
    const active = certs.active[c] ?? -1;
    const replaces = t.replaces[k] ?? -1;
    const why: TrainingRecommendation['why'] = {
      titleFit: round(t.titleFit[k] ?? 0, 3),
      formacodeFit: round(t.formacodeFit[k] ?? 0, 3),
      gapCoverage: round(gapCoverage[k] ?? 0, 3),
      levelFit: round(fitOfLevel[k] ?? 0, 3),
      status: t.status[k] ?? 0,
      reasons: reasons(snapshot, {
        cert: c,
        titleSource: idx.titleSource[c] ?? -1,
        titleFit: t.titleFit[k] ?? 0,
        formacodeFit: t.formacodeFit[k] ?? 0,
        queryWeight,
        covered: gap.items.filter((_, r) => share(idx, t, gap, k, r) >= COVERED),
        levelSentence: levelReason(idx.level[c] ?? 0, education, own < 3),
        active,
        replaces,
      }),
    };
    if (replaces >= 0) why.replaces = certs.id[replaces] ?? '';
    return { ...certificationView(snapshot, c), score: score[k] ?? 0, why };
  });
}
