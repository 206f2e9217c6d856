/**
 * Every good fixture CV, in every format, read by readCv and compared field by field with its hand-written
 * expected file (fixtures/cv/<name>.expected.json). Prints the per-file field accuracy and asserts floors.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readCv, terminateReadWorkers } from '../src/read/index.js';
import { CvDocumentSchema, type CvDocument } from '../src/read/schema.js';
import { cvNames, expectedFor, fixturePath, loose, manifest, textMatches, type ExpectedCv } from './lib/fixtures.js';

const REFERENCE = new Date('2026-06-01T00:00:00Z');
afterAll(() => terminateReadWorkers());

interface Score { ok: number; total: number; misses: string[] }
function compare(doc: CvDocument, exp: ExpectedCv): Score {
  const s: Score = { ok: 0, total: 0, misses: [] };
  const check = (name: string, good: boolean) => {
    s.total++;
    if (good) s.ok++;
    else s.misses.push(name);
  };
  check('language', doc.language === exp.language);
  // sections: each expected kind found, in order
  let from = 0;
  for (const sec of exp.sections) {
    const i = doc.sections.findIndex((d, j) => j >= from && d.kind === sec.kind && loose(d.heading) === loose(sec.heading));
    check(`section ${sec.kind}`, i >= 0);
    if (i >= 0) from = i + 1;
  }
  exp.experiences.forEach((e, k) => {
    const same = doc.experiences[k];
    const got = same && textMatches(same.title, e.title) ? same : (doc.experiences.find((d) => textMatches(d.title, e.title)) ?? same);
    check(`exp ${k} title`, !!got && textMatches(got.title, e.title));
    check(`exp ${k} employer`, !!got && textMatches(got.employer, e.employer));
    if (e.location !== undefined) check(`exp ${k} location`, !!got && textMatches(got.location, e.location));
    check(`exp ${k} start`, !!got && got.start?.year === e.start?.year && got.start?.month === e.start?.month);
    if (e.current) check(`exp ${k} current`, !!got && got.current);
    else check(`exp ${k} end`, !!got && !got.current && got.end?.year === e.end?.year && got.end?.month === e.end?.month);
    if (e.months !== undefined) check(`exp ${k} months`, got?.months === e.months);
  });
  exp.education.forEach((e, k) => {
    const got = doc.education.find((d) => textMatches(d.diploma, e.diploma) || textMatches(e.diploma, d.diploma));
    check(`edu ${k} diploma`, !!got);
    check(`edu ${k} level`, (got?.level ?? null) === e.level);
    if (e.year !== undefined) check(`edu ${k} year`, got?.year === e.year);
  });
  exp.certifications.forEach((c, k) => {
    const got = doc.certifications.find((d) => textMatches(d.name, c.name) || textMatches(c.name, d.name));
    check(`cert ${k} name`, !!got);
    if (c.year !== undefined) check(`cert ${k} year`, got?.year === c.year);
  });
  for (const l of exp.languages) check(`lang ${l.code}`, doc.languages.some((d) => d.code === l.code && d.level === l.level));
  check('emails', doc.contact.emails.length === exp.contact.emails);
  check('phones', doc.contact.phones.length === exp.contact.phones);
  check('urls', doc.contact.urls.length === exp.contact.urls);
  for (const r of exp.repeatedLines) check('no repeated header/footer', !doc.text.includes(r));
  return s;
}

const files = manifest().filter((f) => f.cv && !f.expectedError);
const results: { file: string; ok: number; total: number; misses: string[] }[] = [];

describe('fixture CVs read to their expected output', () => {
  it.each(files.map((f) => [f.file, f] as const))('%s', async (_name, f) => {
    const exp = expectedFor(f.cv as string);
    const doc = CvDocumentSchema.parse(await readCv(fixturePath(f.file), { referenceDate: REFERENCE }));
    expect(doc.format).toBe(f.format);
    const s = compare(doc, exp);
    results.push({ file: f.file, ...s });
    // every file must get most fields right; the corpus-wide floor is checked below
    expect(s.ok / s.total, `${f.file} misses: ${s.misses.join(', ')}`).toBeGreaterThanOrEqual(0.7);
  });

  it('reaches the corpus-wide field accuracy floor', () => {
    expect(results.length).toBe(files.length);
    const ok = results.reduce((a, r) => a + r.ok, 0);
    const total = results.reduce((a, r) => a + r.total, 0);
    console.log(`field accuracy ${ok}/${total} = ${(ok / total).toFixed(3)}`);
    for (const r of results) console.log(`  ${r.file.padEnd(36)} ${r.ok}/${r.total}${r.misses.length ? `  misses: ${r.misses.join(', ')}` : ''}`);
    expect(ok / total).toBeGreaterThanOrEqual(0.9);
  });

  it('covers every good CV', () => {
    expect(new Set(files.map((f) => f.cv))).toEqual(new Set(cvNames()));
  });
});
