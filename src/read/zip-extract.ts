import { inflateRawSync } from 'node:zlib';
import { BoussoleError } from '../errors.js';
import type { ZipEntry } from './zip-directory.js';

const LOCAL_SIG = 0x04034b50;

/**
 * Extracts one entry of a ZIP archive (stored or deflated) with node:zlib, never producing more than
 * `maxBytes` nor more than the entry's declared size: an archive that lies about its sizes is refused.
 * @throws BoussoleError CORRUPT_FILE (bad header, unknown method, bad deflate stream), DECOMPRESSION_LIMIT.
 */
export function extractZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIG) {
    throw new BoussoleError('CORRUPT_FILE', { reason: 'zip local header missing' });
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new BoussoleError('CORRUPT_FILE', { reason: 'zip entry truncated' });
  if (entry.uncompressedSize > maxBytes) {
    throw new BoussoleError('DECOMPRESSION_LIMIT', { limit: maxBytes, reason: 'entry too large' });
  }
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return new Uint8Array(data);
  if (entry.method !== 8) {
    throw new BoussoleError('CORRUPT_FILE', { reason: `unsupported zip compression method ${entry.method}` });
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (e) {
    if (e instanceof RangeError) {
      throw new BoussoleError('DECOMPRESSION_LIMIT', { limit: maxBytes, reason: 'entry larger than declared' });
    }
    throw new BoussoleError('CORRUPT_FILE', { reason: 'bad deflate stream' }, { cause: e });
  }
}
