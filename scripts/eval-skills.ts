/**
 * Skill extraction evaluation: precision / recall / F1 of the SkillExtractor against
 *  - eval/skills/cases.json: short FR/EN texts with the ROME ids a counsellor expects (negations, wishes, ambiguous
 *    short names included);
 *  - the fixture CVs (fixtures/cv/*.expected.json `skills`, mapped to acceptable ids in eval/skills/fixture-skills.json),
 *    every file of each (PDF, DOCX, ODT, text, JSON Resume) read by `readCv`, sections included;
 * side by side with a naive baseline (natural's TfIdf over all ROME labels, the best label of each line or list
 * item; fuse.js over the 33,000 labels takes about a second per query, too slow to run here), and the extraction
 * speed of both. Writes eval/skills/results.json (ids and scores only, no CV text).
 *
 *   node --import tsx scripts/eval-skills.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSnapshot } from '../src/snapshot/load.js';
import { readCv } from '../src/read/index.js';
import { tfidfSkillsBaseline } from './lib/tfidf-skills.js';
import { loadLexicon } from '../src/understand/skills/lexicon.js';
import { SkillExtractor, type SectionSpan } from '../src/understand/skills/skill-extractor.js';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, 'eval', 'skills');
const FIXTURES = join(ROOT, 'fixtures', 'cv');
/** Timed runs per text (after one warm-up run). */
const RUNS = 20;

/** An expected skill: the ids that would satisfy a counsellor (any one of them). */
type Expected = readonly string[];
interface Case {
  id: string;
  language: 'fr' | 'en';
  text: string;
  /** Skills that must be found; each entry is an id or a list of acceptable ids. */
  expected: readonly (string | readonly string[])[];
}
interface Sample {
  name: string;
  language: 'fr' | 'en';
  text: string;
  sections: SectionSpan[];
  expected: Expected[];
}
interface Score {
  tp: number;
  fp: number;
  fn: number;
}

async function loadSamples(): Promise<{ cases: Sample[]; fixtures: Sample[] }> {
  const cases = (JSON.parse(readFileSync(join(EVAL, 'cases.json'), 'utf8')) as Case[]).map((c) => ({
    name: c.id,
    language: c.language,
    text: c.text,
    sections: [],
    expected: c.expected.map((e) => (typeof e === 'string' ? [e] : e)),
  }));
  const mapping = JSON.parse(readFileSync(join(EVAL, 'fixture-skills.json'), 'utf8')) as Record<string, Record<string, string[]>>;
  const fixtures: Sample[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).sort()) {
    const exp = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { name: string; files: string[]; skills?: string[] };
    const ids = mapping[exp.name];
    if (ids === undefined || !exp.skills) continue;
    // every format of the CV, through the reader: the skills must not depend on the format
    for (const source of exp.files) {
      const cv = await readCv(join(FIXTURES, source));
      fixtures.push({ name: source, language: cv.language, text: cv.text, sections: cv.sections, expected: exp.skills.map((s) => ids[s] ?? []) });
    }
  }
  return { cases, fixtures };
}

// ---- scoring

/** Recall on expected skills (any acceptable id found); precision on predicted ids (in some expected set). */
function score(predicted: ReadonlySet<string>, expected: readonly Expected[]): Score {
  const acceptable = new Set(expected.flat());
  const found = expected.filter((e) => e.some((id) => predicted.has(id))).length;
  const right = [...predicted].filter((id) => acceptable.has(id)).length;
  return { tp: found, fn: expected.length - found, fp: predicted.size - right };
}
const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
function prf(s: Score, predictedRight: number, predicted: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 1 : predictedRight / predicted;
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return { precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const snapshot = await loadSnapshot();
  const extractor = SkillExtractor.create(snapshot, await loadLexicon());
  const naive = tfidfSkillsBaseline(snapshot);
  const { cases, fixtures } = await loadSamples();
  const report: Record<string, unknown> = {};
  console.log('set        system     P      R      F1     median µs/text');
  for (const [setName, samples] of [['cases', cases], ['fixtures', fixtures]] as const) {
    const systems = {
      boussole: (s: Sample) => new Set(extractor.extract(s.text, { language: s.language, sections: s.sections }).map((k) => k.id)),
      baseline: (s: Sample) => naive(s.text),
    };
    const setReport: Record<string, unknown> = {};
    for (const [sys, run] of Object.entries(systems)) {
      let total: Score = { tp: 0, fp: 0, fn: 0 };
      let predictedRight = 0;
      let predicted = 0;
      const times: number[] = [];
      const details: Record<string, unknown>[] = [];
      for (const s of samples) {
        // boussole: median of warm runs; the baseline is too slow to repeat (one run)
        const runCount = sys === 'boussole' ? RUNS + 1 : 1;
        let ids = new Set<string>();
        const runs: number[] = [];
        for (let r = 0; r < runCount; r++) {
          const t0 = performance.now();
          ids = run(s);
          if (r > 0 || runCount === 1) runs.push((performance.now() - t0) * 1000);
        }
        times.push(median(runs));
        const sc = score(ids, s.expected);
        total = add(total, sc);
        predicted += ids.size;
        predictedRight += ids.size - sc.fp;
        const acceptable = new Set(s.expected.flat());
        details.push({
          name: s.name,
          ...prf(sc, ids.size - sc.fp, ids.size),
          missed: s.expected.filter((e) => !e.some((id) => ids.has(id))),
          extra: [...ids].filter((id) => !acceptable.has(id)).sort(),
        });
      }
      const m = prf(total, predictedRight, predicted);
      const us = Math.round(median(times));
      console.log(`${setName.padEnd(10)} ${sys.padEnd(10)} ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.f1.toFixed(3)}  ${us}`);
      setReport[sys] = { ...m, medianMicroseconds: us, samples: samples.length, details };
    }
    report[setName] = setReport;
  }
  writeFileSync(join(EVAL, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
}

await main();
