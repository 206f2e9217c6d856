/**
 * Decodes bytes that are text: UTF-8 (with or without BOM), UTF-16 with a BOM, or — as a last resort for old
 * French files saved by Windows tools — Windows-1252 when every byte is a printable character of it.
 */

const CONTROL_RE = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

function isTexty(s: string): boolean {
  const controls = s.match(CONTROL_RE);
  return controls === null || (!s.includes('\u0000') && controls.length <= s.length / 1000);
}

/** Windows-1252 characters of bytes 0x80-0x9F (NUL for the five undefined bytes, refused earlier); others are Latin-1. */
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** Decodes Windows-1252 (Node's TextDecoder treats that label as Latin-1 and loses €, œ, ’…). */
function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b);
  return out;
}

/** Bytes never used by Windows-1252 text (undefined code points, and C0 controls other than \t \n \f \r). */
function isCp1252Text(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
    if (b === 0x7f || b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
  }
  return true;
}

/**
 * Returns the text the bytes encode, or `undefined` when they are not text (binary data, NUL bytes,
 * many control characters). A BOM is removed.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf8 = decodeWith('utf-8', body);
  if (utf8 !== undefined) return utf8;
  if (!isCp1252Text(body)) return undefined;
  return decodeCp1252(body);
}

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    const s = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return isTexty(s) ? s : undefined;
  } catch {
    return undefined;
  }
}
