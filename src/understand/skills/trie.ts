/**
 * A trie over token-id sequences, for one pass of longest-match lookups over a token stream. Edges live in one
 * hash map keyed by `node * alphabet + token`, which builds fast (tens of thousands of phrases in a few ms) and
 * answers each step with one lookup.
 */
export class TokenTrie {
  private readonly edges = new Map<number, number>();
  private readonly alphabet: number;
  /** Phrase id ending at each node, or -1. */
  private terminal: Int32Array;
  private nodes = 1;

  /**
   * @param alphabet number of distinct token ids (ids are 0 … alphabet-1)
   * @param starts phrase offsets into `tokens` (phrase p is `tokens[starts[p] .. starts[p+1])`), length = phrases + 1
   */
  constructor(alphabet: number, starts: ArrayLike<number>, tokens: ArrayLike<number>) {
    this.alphabet = alphabet;
    this.terminal = new Int32Array(Math.max(16, tokens.length + 1)).fill(-1);
    for (let p = 0; p + 1 < starts.length; p++) {
      let node = 0;
      for (let k = starts[p] ?? 0; k < (starts[p + 1] ?? 0); k++) {
        const key = node * alphabet + (tokens[k] ?? 0);
        let next = this.edges.get(key);
        if (next === undefined) {
          next = this.nodes++;
          this.edges.set(key, next);
        }
        node = next;
      }
      if (node !== 0 && this.terminal[node] === -1) this.terminal[node] = p;
    }
    this.terminal = this.terminal.slice(0, this.nodes);
  }

  /** Number of nodes (root included). */
  get size(): number {
    return this.nodes;
  }

  /**
   * The longest phrase that starts at `ids[from]` and uses consecutive ids up to `ids[to - 1]` at most.
   * Ids below 0 (unknown tokens) never match. Returns the phrase id and the number of ids it covers, or null.
   */
  longest(ids: ArrayLike<number>, from: number, to: number): { phrase: number; length: number } | null {
    let node = 0;
    let best: { phrase: number; length: number } | null = null;
    for (let k = from; k < to; k++) {
      const id = ids[k] ?? -1;
      if (id < 0) break;
      const next = this.edges.get(node * this.alphabet + id);
      if (next === undefined) break;
      node = next;
      const p = this.terminal[node] ?? -1;
      if (p >= 0) best = { phrase: p, length: k - from + 1 };
    }
    return best;
  }
}
