import type { CvDocument } from '../../read/schema.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import type { Profile, ProfileOccupation, ProfileSkill, TitleMatch } from '../schema.js';
import type { SkillExtractor } from '../skills/skill-extractor.js';
import { experienceRange, monthOf, unionMonths, type MonthRange } from './months.js';

/** What normalises job titles (the titles module's `TitleIndex` fits). */
export interface TitleSearcher {
  search(text: string, limit: number): TitleMatch[];
}

/** The loaded pieces {@link buildProfile} works with, all built on the same snapshot. */
export interface ProfileDeps {
  snapshot: Snapshot;
  skills: SkillExtractor;
  titles: TitleSearcher;
}

/** Options of {@link buildProfile}. */
export interface ProfileOptions {
  /**
   * The "today" of the profile: end of current jobs and origin of recency. Default: the current date. Pass it to get
   * the same profile whatever the day.
   */
  referenceDate?: Date;
}

/**
 * The person's profile in ROME 4.0 terms from a read CV: skills with their evidence (mentions with section and
 * offsets; months of practice = months of the dated experiences whose span holds a mention; stated proficiency),
 * each experience title normalised to a ROME fiche with its months and recency, the highest education level, the
 * languages and the total months of experience (overlapping jobs counted once). Pure and synchronous.
 */
export function buildProfile(cv: CvDocument, deps: ProfileDeps, options: ProfileOptions = {}): Profile {
  const reference = monthOf(options.referenceDate ?? new Date());
  const ranges = cv.experiences.map((e) => experienceRange(e, reference));
  const spans = cv.experiences.map((e) => e.span);

  const skills: ProfileSkill[] = deps.skills.extract(cv.text, { language: cv.language, sections: cv.sections }).map((skill) => {
    const months = practiceMonths(skill, spans, ranges);
    return months === undefined ? skill : { ...skill, months };
  });

  const occupations: ProfileOccupation[] = [];
  cv.experiences.forEach((exp, i) => {
    const title = exp.title.trim();
    const best = title === '' ? undefined : deps.titles.search(title, 1)[0];
    if (best === undefined) return;
    const occupation: ProfileOccupation = { title: exp.title, code: best.code, appellation: best.appellation, label: best.label, score: best.score, current: exp.current };
    const range = ranges[i];
    if (range) {
      occupation.months = range.last - range.first + 1;
      occupation.recencyMonths = exp.current ? 0 : Math.max(0, reference - range.last);
    }
    occupations.push(occupation);
  });

  let educationLevel: number | null = null;
  for (const e of cv.education) if (e.level !== undefined && (educationLevel === null || e.level > educationLevel)) educationLevel = e.level;

  return {
    language: cv.language,
    skills,
    occupations,
    educationLevel,
    languages: cv.languages,
    totalMonths: unionMonths(ranges.filter((r): r is MonthRange => r !== null)),
  };
}

/** Months of the dated experiences whose text holds a mention of the skill; undefined when there is none. */
function practiceMonths(skill: ProfileSkill, spans: readonly { start: number; end: number }[], ranges: readonly (MonthRange | null)[]): number | undefined {
  let months = 0;
  let found = false;
  spans.forEach((span, i) => {
    const range = ranges[i];
    if (!range) return;
    if (skill.mentions.some((m) => m.start >= span.start && m.start < span.end)) {
      months += range.last - range.first + 1;
      found = true;
    }
  });
  return found ? months : undefined;
}
