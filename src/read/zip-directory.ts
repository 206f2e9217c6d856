import { BoussoleError } from '../errors.js';

/**
 * Reads a ZIP archive's central directory (ZIP64 included) without inflating anything, so that DOCX/ODT files
 * can be checked before a library expands them. Sizes are those *declared* by the archive.
 */

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  /** General purpose bit flags (bit 0 = encrypted). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

const corrupt = (reason: string): BoussoleError => new BoussoleError('CORRUPT_FILE', { reason });

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - U16_MAX);
  for (let at = view.byteLength - 22; at >= min; at--) {
    if (view.getUint32(at, true) === EOCD_SIG) return at;
  }
  throw corrupt('zip central directory not found');
}

interface DirectoryLocation {
  count: number;
  offset: number;
  size: number;
}

function locateDirectory(view: DataView): DirectoryLocation {
  const eocd = findEocd(view);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) throw corrupt('zip64 locator missing');
    const z64 = u64(view, locator + 8);
    if (z64 + 56 > view.byteLength || view.getUint32(z64, true) !== ZIP64_EOCD_SIG) throw corrupt('zip64 directory missing');
    count = u64(view, z64 + 32);
    size = u64(view, z64 + 40);
    offset = u64(view, z64 + 48);
  }
  if (offset + size > view.byteLength) throw corrupt('zip central directory truncated');
  return { count, offset, size };
}

/** Applies the ZIP64 extended-information extra field (id 1) to sizes/offset stored as 0xFFFFFFFF. */
function applyZip64Extra(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  let at = extraStart;
  while (at + 4 <= extraEnd) {
    const id = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const take = (): number => {
        if (p + 8 > at + 4 + len) throw corrupt('zip64 extra field truncated');
        const v = u64(view, p);
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = take();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + len;
  }
}

/**
 * Lists the entries of a ZIP archive from its central directory.
 * @param maxEntries - stop early (and return `maxEntries + 1` entries) once more entries than this are found,
 *   so a hostile directory with millions of entries costs nothing.
 * @throws BoussoleError CORRUPT_FILE when the directory is missing, truncated or inconsistent.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipEntry[] {
  if (bytes.byteLength < 22) throw corrupt('zip file too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset, size } = locateDirectory(view);
  const end = offset + size;
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count && entries.length <= maxEntries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIG) throw corrupt('zip central directory truncated');
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLen + extraLen + commentLen > end) throw corrupt('zip central directory truncated');
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(nameStart, nameStart + nameLen)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, nameStart + nameLen, nameStart + nameLen + extraLen, entry);
    if (entry.localHeaderOffset + 30 > bytes.byteLength) throw corrupt('zip entry offset out of range');
    entries.push(entry);
    at = nameStart + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** True when the bytes start with a ZIP local file header ("PK\x03\x04") or an empty-archive EOCD. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}
