/** Skills: the compiled lexicon and the extractor that maps text to ROME items with evidence. */
export { SkillExtractor, DEFAULT_MIN_CONFIDENCE, type ExtractOptions, type SectionSpan } from './skill-extractor.js';
export { Lexicon, loadLexicon, checkLexicon } from './lexicon.js';
export { LEXICON_FILE, LEXICON_FORMAT, LEXICON_FORMAT_VERSION, LexiconFileSchema, type LexiconFile } from './lexicon-format.js';
