import type { Snapshot } from '../../snapshot/snapshot.js';
import { compileTitles, type TitleAlias } from './compile.js';
import { aliasesWithout, heldOutAppellations, withoutAppellations } from './holdout.js';
import { ficheTexts, type FicheTexts } from './profile.js';
import { FEATURE_COUNT, RANK_FEATURES, type RankerModel } from './ranker.js';
import { fitSoftmax, type FitOptions, type Groups } from './softmax-regression.js';
import { TitleIndex, type TitleScoring } from './title-index.js';

export interface TrainOptions extends FitOptions {
  /** Number of folds the non-main appellations are split into (by `code_ogr`), default 5. */
  folds: number;
  /** Candidates per query the ranker reorders, default 16. */
  candidates: number;
  /** Lexical scoring used to pick and describe the candidates (default: `DEFAULT_SCORING`). */
  scoring: Partial<TitleScoring>;
}

export const DEFAULT_TRAINING: TrainOptions = { folds: 5, candidates: 16, l2: 1e-3, iterations: 30, scoring: {} };

/**
 * Trains the ranker of a snapshot's title index on titles it has never seen: the non-main appellations are
 * split into folds (by `code_ogr`); for each fold an index is compiled WITHOUT them (nor the aliases that
 * restate them), each of them is searched (masculine form), and its candidates' features with the right
 * fiche form a training group. A conditional-logit model is fitted on all the groups (see `fitSoftmax`).
 * Deterministic; takes a few seconds per fold.
 * @param texts the fiche texts' roots, when already computed (see `ficheTexts`).
 */
export function trainRanker(
  snapshot: Snapshot,
  aliases: readonly TitleAlias[],
  options: Partial<TrainOptions> = {},
  texts: FicheTexts = ficheTexts(snapshot),
): RankerModel {
  const o = { ...DEFAULT_TRAINING, ...options };
  const a = snapshot.file.appellations;
  const rows: number[] = [];
  const offsets: number[] = [0];
  const answer: number[] = [];
  for (let k = 0; k < o.folds; k++) {
    const drop = heldOutAppellations(snapshot, (i) => (a.ogr[i] ?? 0) % o.folds === k);
    const reduced = withoutAppellations(snapshot, drop);
    const model = compileTitles(reduced, aliasesWithout(aliases, snapshot, drop), texts);
    const index = TitleIndex.fromModel(reduced, model, { ...o.scoring, ranker: false });
    const group = (title: string, code: string): void => {
      const c = index.candidates(title, o.candidates);
      const right = c.codes.indexOf(code);
      if (c.exact || right < 0 || c.codes.length < 2) return;
      answer.push((offsets[offsets.length - 1] ?? 0) + right);
      for (const v of c.features) rows.push(v);
      offsets.push(rows.length / FEATURE_COUNT);
    };
    for (const i of drop) {
      group(a.masculine[i] ?? '', snapshot.file.fiches.code[a.fiche[i] ?? 0] ?? '');
    }
  }
  const data: Groups = {
    x: Float64Array.from(rows),
    dims: FEATURE_COUNT,
    offsets: Uint32Array.from(offsets),
    answer: Uint32Array.from(answer),
  };
  const fit = fitSoftmax(data, o);
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return {
    features: [...RANK_FEATURES],
    weights: fit.weights.map(round),
    candidates: o.candidates,
    trained: { queries: answer.length, loss: round(fit.loss), acc1: round(fit.acc1) },
  };
}

