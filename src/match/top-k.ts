/**
 * Bounded top-k selection over `(key, position)` pairs with a binary min-heap on reusable typed arrays.
 * Order: higher key first, then lower position (positions are code order in a target set). The result equals
 * sorting all pairs by that order and keeping the first `k`.
 */
export class TopK {
  private keys: Int32Array;
  private pos: Int32Array;
  private cap = 0;
  /** Number of pairs held (≤ k). */
  size = 0;

  constructor(initialCapacity = 16) {
    this.keys = new Int32Array(initialCapacity);
    this.pos = new Int32Array(initialCapacity);
  }

  /** Empties the heap and sets its bound `k` (≥ 1). */
  reset(k: number): void {
    if (k > this.keys.length) {
      this.keys = new Int32Array(k);
      this.pos = new Int32Array(k);
    }
    this.cap = k;
    this.size = 0;
  }

  /**
   * The key a pair offered with a position above every held one must beat: the worst held key once the heap is full,
   * else −1 (anything enters). Lets a caller that offers positions in increasing order skip most calls to push.
   */
  threshold(): number {
    return this.size < this.cap ? -1 : this.keys[0]!;
  }

  /** True when `(ka, pa)` ranks below `(kb, pb)`. */
  private static worse(ka: number, pa: number, kb: number, pb: number): boolean {
    return ka < kb || (ka === kb && pa > pb);
  }

  /** Offers a pair; kept when the heap is not full or when it beats the worst pair held. */
  push(key: number, position: number): void {
    const keys = this.keys;
    const pos = this.pos;
    if (this.size < this.cap) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(key, position, keys[parent]!, pos[parent]!)) break;
        keys[i] = keys[parent]!;
        pos[i] = pos[parent]!;
        i = parent;
      }
      keys[i] = key;
      pos[i] = position;
      return;
    }
    if (!TopK.worse(keys[0]!, pos[0]!, key, position)) return;
    this.siftDown(0, key, position, this.size);
  }

  private siftDown(start: number, key: number, position: number, size: number): void {
    const keys = this.keys;
    const pos = this.pos;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      if (r < size && TopK.worse(keys[r]!, pos[r]!, keys[l]!, pos[l]!)) c = r;
      if (!TopK.worse(keys[c]!, pos[c]!, key, position)) break;
      keys[i] = keys[c]!;
      pos[i] = pos[c]!;
      i = c;
    }
    keys[i] = key;
    pos[i] = position;
  }

  /**
   * Writes the held pairs best-first into `outKeys` / `outPos` and returns their count; empties the heap.
   * (Repeatedly moves the worst pair to the end, so the arrays end up sorted best-first.)
   */
  drain(outKeys: Int32Array, outPos: Int32Array): number {
    const n = this.size;
    const keys = this.keys;
    const pos = this.pos;
    for (let end = n - 1; end >= 0; end--) {
      outKeys[end] = keys[0]!;
      outPos[end] = pos[0]!;
      this.siftDown(0, keys[end]!, pos[end]!, end);
    }
    this.size = 0;
    return n;
  }
}
