/**
 * Typo rescue over a small vocabulary (the words of ROME job titles, a few thousand): character trigrams
 * select candidates, a Damerau–Levenshtein distance decides. Never scans labels, only this vocabulary.
 */
export class FuzzyVocabulary {
  private readonly words: readonly string[];
  private readonly weight: Float64Array;
  /** trigram → word ids; built on the first lookup (most searches never need a typo rescue) */
  private grams: Map<string, number[]> | undefined;
  private readonly counts: Uint16Array;
  private readonly touched: number[] = [];

  /**
   * @param words distinct vocabulary words (folded).
   * @param weight parallel preference (e.g. document frequency): higher wins among equally close words.
   */
  constructor(words: readonly string[], weight: ArrayLike<number>) {
    this.words = words;
    this.weight = Float64Array.from(weight);
    this.counts = new Uint16Array(words.length);
  }

  private index(): Map<string, number[]> {
    if (this.grams !== undefined) return this.grams;
    const grams = new Map<string, number[]>();
    this.words.forEach((w, i) => {
      if (w.length < 4) return;
      for (const g of new Set(trigrams(w))) {
        const list = grams.get(g);
        if (list === undefined) grams.set(g, [i]);
        else list.push(i);
      }
    });
    this.grams = grams;
    return grams;
  }

  /**
   * The closest vocabulary word to `word` within 1 edit (2 edits for words of 8+ letters; transpositions
   * count as one), or undefined. Words shorter than 4 letters or containing digits are never rescued.
   */
  lookup(word: string): string | undefined {
    return this.closest(word)?.word;
  }

  /** Like {@link lookup}, with the number of edits (1 or 2). */
  closest(word: string): { word: string; distance: number } | undefined {
    if (word.length < 4 || /\d/.test(word)) return undefined;
    const max = word.length >= 8 ? 2 : 1;
    const index = this.index();
    const grams = [...new Set(trigrams(word))];
    const need = Math.max(1, grams.length - 3 * max);
    for (const g of grams) {
      const list = index.get(g);
      if (list === undefined) continue;
      for (const i of list) {
        if (this.counts[i] === 0) this.touched.push(i);
        this.counts[i] = (this.counts[i] ?? 0) + 1;
      }
    }
    let best: string | undefined;
    let bestDist = max + 1;
    let bestWeight = -1;
    for (const i of this.touched) {
      const c = this.counts[i] ?? 0;
      this.counts[i] = 0;
      if (c < need) continue;
      const w = this.words[i] ?? '';
      if (Math.abs(w.length - word.length) > max) continue;
      const d = distance(word, w, max);
      const wt = this.weight[i] ?? 0;
      if (d < bestDist || (d === bestDist && (wt > bestWeight || (wt === bestWeight && best !== undefined && w < best)))) {
        best = w;
        bestDist = d;
        bestWeight = wt;
      }
    }
    this.touched.length = 0;
    return bestDist <= max && best !== undefined ? { word: best, distance: bestDist } : undefined;
  }
}

function trigrams(w: string): string[] {
  const p = `  ${w} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= p.length; i++) out.push(p.slice(i, i + 3));
  return out;
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions), early exit above `max`. */
export function distance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? max + 1;
}
