/** Profile assembly: a read CV → skills, occupations, education level, languages and experience in ROME terms. */
export { buildProfile, type ProfileDeps, type ProfileOptions, type TitleSearcher } from './build-profile.js';
export { experienceRange, unionMonths, type MonthRange } from './months.js';
