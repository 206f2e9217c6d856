/**
 * Skill extraction evaluation: precision / recall / F1 of the SkillExtractor against
 *  - eval/skills/cases.json: short FR/EN texts with the ROME ids a counsellor expects (negations, wishes, ambiguous
 *    short names included);
 *  - the fixture CVs (fixtures/cv/*.expected.json `skills`, mapped to acceptable ids in eval/skills/fixture-skills.json),
 *    read from their plain sources (.txt, .md, src/*.html, src/*.fodt) until the reader is wired in;
 * side by side with a naive baseline (fuse.js over all ROME labels, one best label per line or list item), and the
 * extraction speed of both. Writes eval/skills/results.json (ids and scores only, no CV text).
 *
 *   node --import tsx scripts/eval-skills.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { loadSnapshot } from '../src/snapshot/load.js';
import type { Snapshot } from '../src/snapshot/snapshot.js';
import type { SectionKind } from '../src/read/schema.js';
import { loadLexicon } from '../src/understand/skills/lexicon.js';
import { SkillExtractor, type SectionSpan } from '../src/understand/skills/skill-extractor.js';
import { fold } from '../src/understand/text/index.js';

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

// ---- plain text of the fixture sources

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', rsquo: '’', laquo: '«', raquo: '»', middot: '·', bull: '•', hellip: '…' };
const decode = (s: string): string =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
const tidy = (s: string): string =>
  decode(s)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l, i, a) => l !== '' || (a[i - 1] ?? '') !== '')
    .join('\n')
    .trim();

function htmlToText(html: string): string {
  return tidy(
    html
      .replace(/<(style|script|head)[\s\S]*?<\/\1>/gi, '')
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<br\s*\/?>|<\/(p|li|h\d|div|tr|ul|section|header|aside|main)>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

function fodtToText(xml: string): string {
  const body = xml.slice(xml.indexOf('<office:text'));
  return tidy(
    body
      .replace(/<text:list-item[^>]*>/g, '\n- ')
      .replace(/<text:(tab|line-break)\/>/g, ' ')
      .replace(/<\/text:(p|h)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

/** The text of a fixture from its plain source, or null when it has none. */
function fixtureText(name: string): string | null {
  for (const ext of ['.txt', '.md']) if (existsSync(join(FIXTURES, name + ext))) return readFileSync(join(FIXTURES, name + ext), 'utf8');
  if (existsSync(join(FIXTURES, 'src', `${name}.html`))) return htmlToText(readFileSync(join(FIXTURES, 'src', `${name}.html`), 'utf8'));
  if (existsSync(join(FIXTURES, 'src', `${name}.fodt`))) return fodtToText(readFileSync(join(FIXTURES, 'src', `${name}.fodt`), 'utf8'));
  return null;
}

/** Sections from the expected headings, found as lines of the text in order (what the reader will produce). */
function sectionsOf(text: string, headings: readonly { kind: SectionKind; heading: string }[]): SectionSpan[] {
  const starts: { kind: SectionKind; heading: string; start: number }[] = [];
  let from = 0;
  for (const h of headings) {
    const re = new RegExp(`^[#*\\s]*${fold(h.heading).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[*\\s:]*$`, 'm');
    const m = re.exec(fold(text).slice(from));
    if (!m) continue;
    starts.push({ kind: h.kind, heading: h.heading, start: from + m.index });
    from += m.index + m[0].length;
  }
  return starts.map((s, i) => ({ kind: s.kind, heading: s.heading, start: s.start, end: starts[i + 1]?.start ?? text.length }));
}

function loadSamples(): { cases: Sample[]; fixtures: Sample[] } {
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
    const exp = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as {
      name: string;
      language: 'fr' | 'en';
      sections?: { kind: SectionKind; heading: string }[];
      skills?: string[];
    };
    const text = fixtureText(exp.name);
    const ids = mapping[exp.name];
    if (text === null || ids === undefined || !exp.skills) continue;
    fixtures.push({ name: exp.name, language: exp.language, text, sections: sectionsOf(text, exp.sections ?? []), expected: exp.skills.map((s) => ids[s] ?? []) });
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

/** Naive baseline: fuse.js over every ROME label, the best label of each line or list item. */
function baseline(snapshot: Snapshot): (text: string) => Set<string> {
  const labels = snapshot.file.items.label.map((l, i) => ({ l, id: String(snapshot.file.items.ogr[i]) }));
  const fuse = new Fuse(labels, { keys: ['l'], includeScore: true, threshold: 0.3, ignoreLocation: true });
  return (text) => {
    const out = new Set<string>();
    for (const part of text.split(/[\n,;•]/)) {
      const q = part.replace(/^[-\s*#]+/, '').trim();
      if (q.length < 2) continue;
      const best = fuse.search(q, { limit: 1 })[0];
      if (best) out.add(best.item.id);
    }
    return out;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const snapshot = await loadSnapshot();
  const extractor = SkillExtractor.create(snapshot, await loadLexicon());
  const naive = baseline(snapshot);
  const { cases, fixtures } = loadSamples();
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
        const repeats = sys === 'boussole' ? RUNS : 1;
        let ids = new Set<string>();
        const runs: number[] = [];
        for (let r = 0; r <= repeats; r++) {
          const t0 = performance.now();
          ids = run(s);
          if (r > 0 || repeats === 1) runs.push((performance.now() - t0) * 1000);
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
