/**
 * boussole: career guidance from a CV towards digital jobs in France, on ROME 4.0 and the RNCP.
 * @packageDocumentation
 */
export { createEngine, Engine, type EngineOptions } from './engine.js';
export { BoussoleError, isBoussoleError, ERROR_CODES, type ErrorCode, type ErrorDetails } from './errors.js';
export { SNAPSHOT_FORMAT_VERSION, type SnapshotFile, type SnapshotInfo, type SourceInfo } from './snapshot/format.js';
export type { Snapshot } from './snapshot/snapshot.js';
export {
  FicheSchema,
  SheetSummarySchema,
  CertificationSummarySchema,
  type Fiche,
  type FicheSkill,
  type SheetSummary,
  type CertificationSummary,
} from './snapshot/views.js';
export { readCv, terminateReadWorkers, type ReadOptions } from './read/index.js';
export * from './read/schema.js';
export * from './understand/schema.js';
