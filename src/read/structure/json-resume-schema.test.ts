import { describe, expect, it } from 'vitest';
import { JsonResumeSchema } from './json-resume-schema.js';

describe('JsonResumeSchema', () => {
  it('accepts a full JSON Resume with extra fields', () => {
    const resume = {
      basics: { name: 'A B', location: { city: 'Lyon', countryCode: 'FR' }, profiles: [{ network: 'GitHub', url: 'https://github.com/ab' }], x: 1 },
      work: [{ name: 'Acme', position: 'Dev', startDate: '2020-01', endDate: '2021-06-30', highlights: ['a'] }],
      education: [{ institution: 'U', studyType: 'Master', area: 'CS', endDate: '2019', courses: ['c'] }],
      certificates: [{ name: 'AWS', date: '2022-06-14' }],
      skills: [{ name: 'Web', keywords: ['React'] }],
      languages: [{ language: 'English', fluency: 'Fluent' }],
      projects: [{ name: 'p', roles: ['lead'] }],
      meta: { version: 'v1.0.0' },
    };
    expect(JsonResumeSchema.safeParse(resume).success).toBe(true);
  });

  it.each([
    [{ work: [{ startDate: '01/2020' }] }, ['work', 0, 'startDate']],
    [{ work: [{ startDate: '2020-1' }] }, ['work', 0, 'startDate']],
    [{ education: [{ courses: 'Maths' }] }, ['education', 0, 'courses']],
    [{ basics: { profiles: {} } }, ['basics', 'profiles']],
    [{ languages: [{ language: 1 }] }, ['languages', 0, 'language']],
  ])('rejects %j at %j', (resume, path) => {
    const r = JsonResumeSchema.safeParse(resume);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(path);
  });
});
