import { analyse as runAnalyse, type AnalyseOptions } from './analyse/analyse.js';
import type { Report } from './analyse/report.js';
import { BoussoleError } from './errors.js';
import { Matcher } from './match/matcher.js';
import type { MatchOptionsInput, MatchResult } from './match/schema.js';
import { readCv, type ReadOptions } from './read/index.js';
import type { CvDocument } from './read/schema.js';
import { recommendTrainings } from './recommend/rank.js';
import type { TrainingOptionsInput, TrainingRecommendation } from './recommend/schema.js';
import type { SnapshotFile, SnapshotInfo } from './snapshot/format.js';
import { loadSnapshot } from './snapshot/load.js';
import type { Snapshot } from './snapshot/snapshot.js';
import { ficheView, sheetSummary, type Fiche, type SheetSummary } from './snapshot/views.js';
import { buildProfile } from './understand/profile/index.js';
import type { Profile, ProfileSkill, TitleMatch } from './understand/schema.js';
import type { LexiconFile } from './understand/skills/lexicon-format.js';
import { loadLexicon } from './understand/skills/lexicon.js';
import { SkillExtractor } from './understand/skills/skill-extractor.js';
import type { TitleModel } from './understand/titles/compile.js';
import { loadTitleIndex } from './understand/titles/load.js';
import type { TitleIndex } from './understand/titles/title-index.js';

/** Options of {@link createEngine}. Each model is a path to its JSON file or the already-parsed object. */
export interface EngineOptions {
  /** The ROME 4.0 / RNCP snapshot. Default: the bundled `models/rome-snapshot.json`. */
  snapshot?: string | SnapshotFile;
  /** The skills lexicon compiled for that snapshot. Default: the bundled `models/lexicon.json`. */
  lexicon?: string | LexiconFile;
  /** The job-title index compiled for that snapshot. Default: the bundled `models/titles.json`. */
  titles?: string | TitleModel;
}

/** Options of {@link Engine.profile}. */
export interface ProfileOptions {
  /** Date against which durations and recency are computed. Default: now. */
  referenceDate?: Date;
}

/** Options of {@link Engine.normalizeTitle}. */
export interface NormalizeTitleOptions {
  /** Number of fiches returned, 1..1584. Default 5. */
  limit?: number;
}

/** Options of {@link Engine.extractSkills}. */
export interface ExtractSkillsOptions {
  /** Language of the text; detected when absent. Only affects stemming of long phrasings. */
  language?: 'fr' | 'en';
}

/**
 * The boussole engine: the loaded ROME 4.0 / RNCP snapshot, the skills lexicon and the title index, and every
 * operation on them. Create it once with {@link createEngine} and reuse it. Everything but reading files is
 * synchronous, pure CPU work; results are plain JSON-serialisable objects.
 */
export class Engine {
  /** The loaded snapshot (tables and indexes). `snapshot.info` holds versions, sources and attributions. */
  readonly snapshot: Snapshot;
  private readonly skills: SkillExtractor;
  private readonly titles: TitleIndex;
  private matcherInstance: Matcher | undefined;

  /** @internal use {@link createEngine}. */
  constructor(snapshot: Snapshot, skills: SkillExtractor, titles: TitleIndex) {
    this.snapshot = snapshot;
    this.skills = skills;
    this.titles = titles;
  }

  /** Versions, sources, licences and attributions of the loaded data. */
  get info(): SnapshotInfo {
    return this.snapshot.info;
  }

  /** The default target set: the 153 digital job sheets, in code order. */
  sheets(): SheetSummary[] {
    return Array.from(this.snapshot.digital, (f) => sheetSummary(this.snapshot, f));
  }

  /**
   * One of the 153 digital sheets, in full. Throws `UNKNOWN_CODE` for a code that is not a digital sheet
   * (use {@link Engine.fiche} for any of the 1,584 ROME fiches).
   */
  sheet(code: string): Fiche {
    const f = this.ficheId(code);
    if (!this.snapshot.isDigital(f)) {
      throw new BoussoleError('UNKNOWN_CODE', { value: code, reason: 'not one of the 153 digital sheets' });
    }
    return ficheView(this.snapshot, f);
  }

  /** Any of the 1,584 ROME 4.0 fiches, in full. Throws `UNKNOWN_CODE` for an unknown code. */
  fiche(code: string): Fiche {
    return ficheView(this.snapshot, this.ficheId(code));
  }

  /**
   * Reads a CV (PDF, DOCX, ODT, text, Markdown, JSON Resume) from bytes, a file path or its text.
   * Same as the standalone {@link readCv}. Binary formats are parsed in a worker thread with time and memory limits.
   */
  readCv(input: Uint8Array | string, options?: ReadOptions): Promise<CvDocument> {
    return readCv(input, options);
  }

  /**
   * The person's profile in ROME 4.0 terms: skills with evidence and months of practice, past jobs as ROME fiches,
   * education level, languages, total experience. Synchronous.
   */
  profile(cv: CvDocument, options: ProfileOptions = {}): Profile {
    return buildProfile(cv, { snapshot: this.snapshot, skills: this.skills, titles: this.titles }, options);
  }

  /**
   * Ranks the 1,584 ROME fiches for a job title as people write it ("dév front React", "Vendeuse prêt-à-porter",
   * "Software engineer"): one result per fiche with its best appellation, score 0..1, ties by code.
   */
  normalizeTitle(text: string, options: NormalizeTitleOptions = {}): TitleMatch[] {
    const limit = options.limit ?? 5;
    if (!Number.isInteger(limit) || limit < 1 || limit > this.snapshot.ficheCount) {
      throw new BoussoleError('INVALID_ARGUMENT', { option: 'limit', value: limit, reason: `expected an integer from 1 to ${this.snapshot.ficheCount}` });
    }
    if (typeof text !== 'string') throw new BoussoleError('INVALID_ARGUMENT', { option: 'text', reason: 'expected a string' });
    return this.titles.search(text, limit);
  }

  /** ROME skills found in unstructured text (a job ad, a motivation letter), with evidence. Synchronous. */
  extractSkills(text: string, options: ExtractSkillsOptions = {}): ProfileSkill[] {
    if (typeof text !== 'string') throw new BoussoleError('INVALID_ARGUMENT', { option: 'text', reason: 'expected a string' });
    return this.skills.extract(text, options.language ? { language: options.language } : {});
  }

  /**
   * Ranks target sheets for a profile and explains each result (held items, core items missing, mobility from past
   * jobs). `sheets`: 'digital' (default, the 153 sheets), 'all' (1,584 fiches) or a list of codes. Synchronous.
   */
  match(profile: Profile, options?: MatchOptionsInput): MatchResult[] {
    return this.matcher().match(checkProfile(profile), options);
  }

  /** {@link Engine.match} for a batch of profiles; equal to calling `match` on each, faster. */
  matchMany(profiles: readonly Profile[], options?: MatchOptionsInput): MatchResult[][] {
    if (!Array.isArray(profiles)) throw new BoussoleError('INVALID_ARGUMENT', { option: 'profiles', reason: 'expected an array' });
    return this.matcher().matchMany(profiles.map(checkProfile), options);
  }

  /**
   * RNCP certifications leading to a sheet, ranked by fit to the sheet and to the person's gap, level fit and status,
   * each with a `why`. Synchronous.
   */
  recommendTrainings(profile: Pick<Profile, 'educationLevel' | 'skills'>, code: string, options?: TrainingOptionsInput): TrainingRecommendation[] {
    return recommendTrainings(this.snapshot, profile, code, options);
  }

  /**
   * Read → profile → match → trainings in one call. Returns a versioned, JSON-serialisable {@link Report} with no CV
   * text and no contact details.
   */
  analyse(input: Uint8Array | string, options: AnalyseOptions = {}): Promise<Report> {
    return runAnalyse(this, input, options);
  }

  private matcher(): Matcher {
    this.matcherInstance ??= new Matcher(this.snapshot);
    return this.matcherInstance;
  }

  /** Dense id of a fiche code (case and surrounding spaces ignored); `UNKNOWN_CODE` when absent. */
  private ficheId(code: string): number {
    const f = typeof code === 'string' ? this.snapshot.ficheId(code.trim().toUpperCase()) : -1;
    if (f < 0) throw new BoussoleError('UNKNOWN_CODE', { value: String(code) });
    return f;
  }
}

/**
 * Profiles come from callers (or from JSON): check the shape the scoring core reads at the API boundary, cheaply
 * (the full `ProfileSchema` parse costs more than a match). Unknown skill ids are ignored by the core.
 */
function checkProfile(profile: Profile): Profile {
  const bad = (path: string, reason: string): never => {
    throw new BoussoleError('INVALID_ARGUMENT', { option: `profile${path}`, reason });
  };
  if (typeof profile !== 'object' || profile === null) return bad('', 'expected a Profile object (engine.profile(cv))');
  if (!Array.isArray(profile.skills)) bad('.skills', 'expected an array');
  if (!Array.isArray(profile.occupations)) bad('.occupations', 'expected an array');
  for (let i = 0; i < profile.skills.length; i++) {
    const s = profile.skills[i];
    if (typeof s?.id !== 'string') bad(`.skills.${i}.id`, 'expected a string');
    if (!(typeof s?.confidence === 'number' && s.confidence >= 0 && s.confidence <= 1)) bad(`.skills.${i}.confidence`, 'expected a number from 0 to 1');
  }
  for (let i = 0; i < profile.occupations.length; i++) {
    if (typeof profile.occupations[i]?.code !== 'string') bad(`.occupations.${i}.code`, 'expected a ROME code');
  }
  return profile;
}

/**
 * Loads the snapshot, the skills lexicon and the title index, and returns a ready engine.
 *
 * @example
 * const engine = await createEngine();
 * const report = await engine.analyse('cv.pdf');
 * @throws BoussoleError `SNAPSHOT_NOT_FOUND`, `SNAPSHOT_CORRUPT` or `SNAPSHOT_VERSION`.
 */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const [snapshot, lexicon] = await Promise.all([loadSnapshot(options.snapshot), loadLexicon(options.lexicon)]);
  const titles = await loadTitleIndex(snapshot, options.titles);
  return new Engine(snapshot, SkillExtractor.create(snapshot, lexicon), titles);
}
