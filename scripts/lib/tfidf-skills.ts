/** The naive skills baseline, shared by the skills eval and the understand bench. */
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';

/** Naive baseline: natural's TfIdf over every ROME label, the best label of each line or list item. */
export function tfidfSkillsBaseline(snapshot: Snapshot): (text: string) => Set<string> {
  const tfidf = new TfIdf();
  for (const label of snapshot.file.items.label) tfidf.addDocument(label.toLowerCase());
  return (text) => {
    const out = new Set<string>();
    for (const part of text.split(/[\n,;•\t]/)) {
      const q = part.replace(/^[-\s*#]+/, '').trim().toLowerCase();
      if (q.length < 2) continue;
      let best = 0;
      let bestDoc = -1;
      tfidf.tfidfs(q, (i, measure) => {
        if (measure > best) {
          best = measure;
          bestDoc = i;
        }
      });
      if (bestDoc >= 0) out.add(String(snapshot.file.items.ogr[bestDoc]));
    }
    return out;
  };
}
