/**
 * Compact storage of integer arrays in JSON model files: unsigned LEB128 varints, base64-encoded. Small ids (the
 * token table is sorted by frequency) take one or two bytes instead of six characters of JSON.
 */

/** Packs non-negative integers (< 2^32) into a base64 string of LEB128 varints. */
export function packUints(values: ArrayLike<number>): string {
  const bytes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i] ?? 0;
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`cannot pack ${v}`);
    while (v >= 0x80) {
      bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    bytes.push(v);
  }
  return Buffer.from(bytes).toString('base64');
}

/**
 * Unpacks a string made by {@link packUints}. Returns null when the data is not well-formed (truncated varint,
 * value ≥ 2^32), so that callers can report a corrupt file.
 */
export function unpackUints(packed: string): Uint32Array | null {
  const bytes = Buffer.from(packed, 'base64');
  const out = new Uint32Array(bytes.length);
  const len = bytes.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let b = bytes[i++] ?? 0;
    if (b < 0x80) {
      out[n++] = b;
      continue;
    }
    let v = b & 0x7f;
    let scale = 0x80;
    for (;;) {
      if (i >= len || scale > 0x10000000) return null;
      b = bytes[i++] ?? 0;
      v += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
    }
    if (v > 0xffffffff) return null;
    out[n++] = v;
  }
  return out.slice(0, n);
}
