import { BoussoleError } from '../errors.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile } from '../understand/schema.js';
import { ficheTable, itemShares, type FicheTable } from './fiche-table.js';
import { COVERED, gapItems, itemIdsOfOgr, rankWeight, type GapItem } from './gap.js';
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

/**
 * The gap as items, each with where its shares are: item r's share in row k is
 * `source[r][k * stride[r] + offset[r]]` (the table's core shares for core items, else a memoised column).
 */
interface Gap {
  readonly items: readonly GapItem[];
  readonly source: readonly (Float32Array | Float64Array)[];
  readonly stride: Int32Array;
  readonly offset: Int32Array;
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
  const n = items.length;
  const source: (Float32Array | Float64Array)[] = [];
  const stride = new Int32Array(n);
  const offset = new Int32Array(n);
  const weights = new Float64Array(n);
  let weightSum = 0;
  items.forEach((g, r) => {
    const col = t.coreColumn.get(g.item);
    if (col === undefined) {
      source.push(itemShares(idx, t, g));
      stride[r] = 1;
    } else {
      source.push(t.coreShare);
      stride[r] = t.core.length;
      offset[r] = col;
    }
    weights[r] = rankWeight(r);
  });
  for (let r = 0; r < n; r++) weightSum += weights[r] ?? 0;
  return { items, source, stride, offset, weights, weightSum };
}

/** Share (0..1) of gap item `r` in the texts of table row `k`. */
const share = (gap: Gap, k: number, r: number): number =>
  gap.source[r]?.[k * (gap.stride[r] ?? 0) + (gap.offset[r] ?? 0)] ?? 0;

/** Weighted share (0..1) of the gap covered by the texts of table row `k` (0 when the gap is empty). */
function coverage(gap: Gap, k: number): number {
  if (gap.weightSum <= 0) return 0;
  let covered = 0;
  for (let r = 0; r < gap.items.length; r++) covered += (gap.weights[r] ?? 0) * share(gap, k, r);
  return covered / gap.weightSum;
}

/** Whether row `a` ranks before row `b`: higher score, then lower RNCP number, then table order. */
const before = (score: Float64Array, rncp: Float64Array, a: number, b: number): boolean => {
  const sa = score[a] ?? 0;
  const sb = score[b] ?? 0;
  if (sa !== sb) return sa > sb;
  const ra = rncp[a] ?? 0;
  const rb = rncp[b] ?? 0;
  return ra !== rb ? ra < rb : a < b;
};

/** The `limit` best rows of `rows` in ranking order (equal to a full stable sort then slice), by insertion. */
function topRows(rows: Int32Array, count: number, score: Float64Array, rncp: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    const k = rows[i] ?? 0;
    if (top.length === limit && !before(score, rncp, k, top[limit - 1] ?? 0)) continue;
    let j = top.length < limit ? top.length : limit - 1;
    while (j > 0 && before(score, rncp, k, top[j - 1] ?? 0)) {
      top[j] = top[j - 1] ?? 0;
      j--;
    }
    top[j] = k;
  }
  return top;
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
  const rows = new Int32Array(t.size);
  let count = 0;
  // level fit by (level 0..8, inferred): the person's part of the score takes few distinct values
  const levelFits = new Float64Array(18).fill(-1);
  for (let k = 0; k < t.size; k++) {
    const c = t.cert[k] ?? 0;
    const level = idx.level[c] ?? 0;
    if (opts.maxLevel !== undefined && level >= 3 && level > opts.maxLevel) continue;
    const covered = coverage(gap, k);
    const inferred = (certs.level[c] ?? 0) < 3 && level >= 3;
    const slot = 2 * level + (inferred ? 1 : 0);
    let lf = levelFits[slot] ?? -1;
    if (lf < 0) {
      lf = levelFit(level, education) * (inferred ? INFERRED_LEVEL_DISCOUNT : 1);
      levelFits[slot] = lf;
    }
    const total =
      relevanceWeight * (t.relevance[k] ?? 0) + W.gap * covered + W.level * lf + W.status * (t.status[k] ?? 0);
    score[k] = round(100 * Math.min(1, Math.max(0, total)), 1);
    gapCoverage[k] = covered;
    fitOfLevel[k] = lf;
    rows[count++] = k;
  }

  return topRows(rows, count, score, t.rncp, opts.limit).map((k): TrainingRecommendation => {
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
        queryWeight: t.queryWeight,
        covered: gap.items.filter((_, r) => share(gap, k, r) >= COVERED),
        levelSentence: levelReason(idx.level[c] ?? 0, education, own < 3),
        active,
        replaces,
      }),
    };
    if (replaces >= 0) why.replaces = certs.id[replaces] ?? '';
    return { ...certificationView(snapshot, c), score: score[k] ?? 0, why };
  });
}
