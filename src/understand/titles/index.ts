/** Job title → ROME fiche normalisation. */
export { TITLE_ALIASES } from './aliases.js';
export { analyzeTitle, type AnalyzedTitle } from './analyze.js';
export {
  checkTitleModel,
  compileTitles,
  TITLE_MODEL_FILE,
  type TitleAlias,
  type TitleModel,
} from './compile.js';
export { aliasesWithout, heldOutAppellations, withoutAppellations } from './holdout.js';
export { loadTitleIndex } from './load.js';
export { ficheTexts, PROFILE_FIELDS, type FicheTexts, type ProfileField } from './profile.js';
export { RANK_FEATURES, type RankerModel } from './ranker.js';
export { DEFAULT_SCORING, TitleIndex, type TitleCandidates, type TitleScoring } from './title-index.js';
export { DEFAULT_TRAINING, trainRanker, type TrainOptions } from './train.js';
