export { readCv } from './read-cv.js';
export { readRaw } from './read-raw.js';
export type { ReadOptions } from './options.js';
export type { RawDocument, RawLine } from './raw.js';
export { terminateReadWorkers } from './worker.js';
