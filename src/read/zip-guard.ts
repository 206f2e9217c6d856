import { BoussoleError } from '../errors.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';
import { extractZipEntry } from './zip-extract.js';

/** Limits checked on a ZIP container (DOCX, ODT) before anything is inflated. */
export interface ZipLimits {
  /** Total declared uncompressed size, in bytes. Default 50 MB (52 428 800). */
  maxUncompressedBytes?: number;
  /** Number of entries. Default 5 000. */
  maxEntries?: number;
  /**
   * Uncompressed/compressed ratio allowed for an entry larger than 1 MB. Default 200 (real DOCX/ODT XML
   * compresses 5 to 30 times; deflate cannot exceed about 1 030).
   */
  maxRatio?: number;
}

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
const DEFAULT_MAX_ENTRIES = 5_000;
const DEFAULT_MAX_RATIO = 200;
const RATIO_MIN_SIZE = 1024 * 1024;
const MANIFEST = 'META-INF/manifest.xml';

/**
 * Checks a ZIP container from its central directory and returns its entries.
 * @throws BoussoleError CORRUPT_FILE (no or truncated central directory), ENCRYPTED (encrypted entries, or an
 *   ODF manifest with encryption data), DECOMPRESSION_LIMIT (too many entries, too large once expanded,
 *   or an absurd compression ratio).
 */
export function guardZip(bytes: Uint8Array, limits: ZipLimits = {}): ZipEntry[] {
  const maxBytes = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxRatio = limits.maxRatio ?? DEFAULT_MAX_RATIO;
  const entries = readZipDirectory(bytes, maxEntries);
  if (entries.length > maxEntries) {
    throw new BoussoleError('DECOMPRESSION_LIMIT', { limit: maxBytes, reason: `more than ${maxEntries} entries` });
  }
  let total = 0;
  for (const e of entries) {
    if ((e.flags & 1) !== 0) throw new BoussoleError('ENCRYPTED', { reason: 'encrypted zip entry' });
    total += e.uncompressedSize;
    if (e.uncompressedSize > RATIO_MIN_SIZE && e.uncompressedSize / Math.max(1, e.compressedSize) > maxRatio) {
      throw new BoussoleError('DECOMPRESSION_LIMIT', { limit: maxBytes, reason: `compression ratio above ${maxRatio}` });
    }
  }
  if (total > maxBytes) {
    throw new BoussoleError('DECOMPRESSION_LIMIT', { limit: maxBytes, reason: `declares ${total} bytes` });
  }
  const manifest = entries.find((e) => e.name === MANIFEST);
  if (manifest) {
    const xml = new TextDecoder('utf-8').decode(extractZipEntry(bytes, manifest, maxBytes));
    if (xml.includes('encryption-data')) throw new BoussoleError('ENCRYPTED', { reason: 'ODF encryption manifest' });
  }
  return entries;
}
