/** Text normalisation shared by the skills and titles matchers. */
export { fold, foldChar } from './fold.js';
export { tokenize, type Token } from './tokenize.js';
export { stem, type StemLanguage } from './stem.js';
export { STOPWORDS_EN, STOPWORDS_FR, isStopword } from './stopwords.js';
export { foldGender } from './gender.js';
export { TITLE_ABBREVIATIONS, expandTitleAbbreviations } from './abbreviations.js';
