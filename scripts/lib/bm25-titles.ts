/** The plain baseline for job titles, shared by the title eval and the understand bench. */
import type { SnapshotFile } from '../../src/snapshot/format.js';
import { STOPWORDS_FR } from '../../src/understand/text/stopwords.js';
import { tokenize } from '../../src/understand/text/tokenize.js';

/** Ranked fiche codes for a title. */
export type Ranker = (title: string) => string[];

/** Plain BM25 (k1 1.2, b 0.75) over appellation labels: folded tokens minus French stopwords; a fiche scores its best label. */
export function bm25Baseline(file: SnapshotFile): Ranker {
  const terms = (s: string): string[] => tokenize(s).map((t) => t.norm).filter((t) => !STOPWORDS_FR.has(t));
  const docs = file.appellations.long.map(terms);
  const fiche = file.appellations.fiche;
  const avg = docs.reduce((a, d) => a + d.length, 0) / docs.length;
  const post = new Map<string, number[]>();
  docs.forEach((d, i) => new Set(d).forEach((t) => post.set(t, [...(post.get(t) ?? []), i])));
  return (title) => {
    const score = new Map<number, number>();
    for (const t of new Set(terms(title))) {
      const list = post.get(t) ?? [];
      const idf = Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5));
      for (const i of list) {
        const d = docs[i] ?? [];
        const tf = d.filter((x) => x === t).length;
        score.set(i, (score.get(i) ?? 0) + (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * d.length) / avg)));
      }
    }
    const best = new Map<string, number>();
    for (const [i, s] of score) {
      const code = file.fiches.code[fiche[i] ?? 0] ?? '';
      if (s > (best.get(code) ?? 0)) best.set(code, s);
    }
    return [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([c]) => c);
  };
}

