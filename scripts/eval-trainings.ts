/**
 * Top-5 hit rate of `recommendTrainings` on the hand-labelled cases of eval/trainings/cases.json: a case is a hit
 * when at least one accepted certification is among the first five. Also prints recall@5 and the mean reciprocal
 * rank of the first accepted certification, and the call time.
 *
 *   node --import tsx scripts/eval-trainings.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { recommendTrainings } from '../src/recommend/rank.js';
import { certIndex } from '../src/recommend/index-certs.js';
import { loadSnapshot } from '../src/snapshot/load.js';

const CasesSchema = z.object({
  cases: z.array(
    z.object({
      code: z.string(),
      educationLevel: z.number().int().min(3).max(8).nullable(),
      accept: z.array(z.string().regex(/^RNCP\d+$/)).min(1).max(3),
      note: z.string(),
    }),
  ),
});

const verbose = process.argv.includes('--verbose');
const { cases } = CasesSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'eval', 'trainings', 'cases.json'), 'utf8')),
);
const snapshot = await loadSnapshot();
const idx = certIndex(snapshot);

let hits = 0;
let found = 0;
let accepted = 0;
let rr = 0;
const times: number[] = [];
for (const c of cases) {
  const profile = { educationLevel: c.educationLevel, skills: [] };
  const t0 = performance.now();
  const top = recommendTrainings(snapshot, profile, c.code, { limit: 5 });
  times.push(performance.now() - t0);
  const ids = top.map((r) => r.id);
  const ranks = c.accept.map((a) => ids.indexOf(a)).filter((r) => r >= 0);
  const hit = ranks.length > 0;
  hits += hit ? 1 : 0;
  found += ranks.length;
  accepted += c.accept.length;
  rr += hit ? 1 / (Math.min(...ranks) + 1) : 0;
  console.log(`${hit ? 'HIT ' : 'MISS'} ${c.code} edu=${c.educationLevel ?? '-'} found ${ranks.length}/${c.accept.length}`);
  if (verbose || !hit) {
    for (const r of top) {
      const mark = c.accept.includes(r.id) ? '*' : ' ';
      console.log(`   ${mark} ${r.score.toFixed(1)} ${r.id} L${r.level ?? '?'} ${r.title ?? `(${r.why.reasons[0] ?? ''})`}`);
    }
  }
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1] ?? 0;
console.log(
  `\ncases ${cases.length}  top-5 hit rate ${((100 * hits) / cases.length).toFixed(1)} % (${hits}/${cases.length})` +
    `  recall@5 ${((100 * found) / accepted).toFixed(1)} %  MRR ${(rr / cases.length).toFixed(3)}`,
);
console.log(`index build ${idx.buildMs.toFixed(1)} ms (first use); first call per sheet: median ${median.toFixed(2)} ms`);
