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
export { loadTitleIndex } from './load.js';
export { DEFAULT_SCORING, TitleIndex, type TitleScoring } from './title-index.js';
