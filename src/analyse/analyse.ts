import type { Engine } from '../engine.js';
import { BoussoleError } from '../errors.js';
import type { ReadOptions } from '../read/options.js';
import type { CvDocument } from '../read/schema.js';
import { REPORT_FORMAT, REPORT_VERSION, type Report, type ReportCv } from './report.js';

/** Options of `engine.analyse`: reading options plus what to rank and recommend. */
export interface AnalyseOptions extends ReadOptions {
  /** Number of sheets in the report, 1..1584. Default 5. */
  limit?: number;
  /** Target set: 'digital' (default, the 153 digital sheets), 'all' (1,584 fiches) or a list of ROME codes. */
  sheets?: 'digital' | 'all' | string[];
  /** Certifications recommended per sheet, 0..50 (0: none). Default 3. */
  trainings?: number;
  /** Only certifications not known to be retired (retired ones are replaced by their successor). Default true. */
  activeOnly?: boolean;
  /** Highest qualification level of the recommended certifications, 3..8. Default: no limit. */
  maxLevel?: number;
}

/** The structure of the CV without its text or contact details. */
function cvSummary(cv: CvDocument): ReportCv {
  return {
    format: cv.format,
    language: cv.language,
    pages: cv.pages,
    warnings: cv.warnings,
    sections: cv.sections.map((s) => ({ kind: s.kind, heading: s.heading })),
    experiences: cv.experiences.map(({ span: _span, description: _description, ...e }) => e),
    education: cv.education.map(({ start: _s, end: _e, ...e }) => e),
    certifications: cv.certifications.map(({ start: _s, end: _e, ...c }) => c),
    languages: cv.languages,
    redacted: cv.redacted,
  };
}

/** read → profile → match → trainings. */
export async function analyse(engine: Engine, input: Uint8Array | string, options: AnalyseOptions = {}): Promise<Report> {
  const { limit = 5, sheets = 'digital', trainings = 3, activeOnly = true, maxLevel, ...read } = options;
  if (!Number.isInteger(trainings) || trainings < 0 || trainings > 50) {
    throw new BoussoleError('INVALID_ARGUMENT', { option: 'trainings', value: trainings, reason: 'expected an integer from 0 to 50' });
  }
  const referenceDate = read.referenceDate ?? new Date();
  const cv = await engine.readCv(input, { ...read, referenceDate });
  const profile = engine.profile(cv, { referenceDate });
  const matches = engine.match(profile, { limit, sheets, explain: true });
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    data: { rome: engine.info.rome, rncp: engine.info.rncp },
    referenceDate: referenceDate.toISOString().slice(0, 10),
    sheets,
    cv: cvSummary(cv),
    profile,
    matches: matches.map((m) => ({
      ...m,
      trainings:
        trainings === 0
          ? []
          : engine.recommendTrainings(profile, m.code, {
              limit: trainings,
              activeOnly,
              ...(maxLevel === undefined ? {} : { maxLevel }),
              gap: m.missing.map((x) => x.ogr),
            }),
    })),
    attributions: engine.info.sources.map((s) => s.attribution),
  };
}
