import { BoussoleError } from '../errors.js';
import { decodeText } from './decode-text.js';
import type { CvFormat } from './schema.js';
import { isZip, readZipDirectory, type ZipEntry } from './zip-directory.js';
import { extractZipEntry } from './zip-extract.js';

/** Optional hints about the input; only used to break ties, never trusted over the bytes. */
export interface FormatHints {
  filename?: string;
  mimeType?: string;
}

/** The detected format, with the decoded text for text-based formats (so it is decoded once). */
export interface DetectedFormat {
  format: CvFormat;
  /** For `text`, `markdown` and `json-resume`: the decoded text (BOM removed). */
  text?: string;
}

const ODT_MIME = 'application/vnd.oasis.opendocument.text';
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RESUME_KEYS = ['basics', 'work', 'education'];

const unsupported = (value: string): BoussoleError => new BoussoleError('UNSUPPORTED_FORMAT', { value });

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

/** Searches a UTF-16LE name in the bytes (OLE2 directory entries store stream names that way). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function imageKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg image';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif image';
  if (ascii(bytes, 0, 4) === 'II*\u0000' || ascii(bytes, 0, 4) === 'MM\u0000*') return 'tiff image';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp image';
  if (ascii(bytes, 4, 8) === 'ftyp') return 'heic/mp4 file';
  return undefined;
}

function zipFormat(bytes: Uint8Array): CvFormat {
  const entries = readZipDirectory(bytes, 10_000);
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const mimetype = byName.get('mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    const mime = new TextDecoder().decode(extractZipEntry(bytes, mimetype, 200)).trim();
    if (mime === ODT_MIME || mime === `${ODT_MIME}-template`) return 'odt';
    throw unsupported(mime.startsWith('application/vnd.oasis.opendocument.') ? mime.slice(35) : 'zip');
  }
  if (byName.has('word/document.xml')) return 'docx';
  const types = byName.get('[Content_Types].xml');
  if (types && types.uncompressedSize < 1_000_000) {
    const xml = new TextDecoder().decode(extractZipEntry(bytes, types, 1_000_000));
    if (xml.includes('wordprocessingml.document.main')) return 'docx';
    if (xml.includes('spreadsheetml')) throw unsupported('xlsx');
    if (xml.includes('presentationml')) throw unsupported('pptx');
  }
  throw unsupported('zip');
}

function hasHint(hints: FormatHints, extensions: RegExp, mime: RegExp): boolean {
  return (hints.filename !== undefined && extensions.test(hints.filename)) || (hints.mimeType !== undefined && mime.test(hints.mimeType));
}

/**
 * Markdown when its syntax dominates: two or more '#' headings, or one heading with '#'/list lines making a
 * quarter of the non-blank lines, or setext underlines. With a `.md` / `text/markdown` hint, any such syntax
 * is enough.
 */
export function looksLikeMarkdown(text: string, hinted = false): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const atx = lines.filter((l) => /^ {0,3}#{1,6}\s+\S/.test(l)).length;
  const lists = lines.filter((l) => /^\s*(?:[-*+]|\d{1,2}\.)\s+\S/.test(l)).length;
  const setext = lines.filter((l, i) => i > 0 && /^ {0,3}(?:=+|-{3,})\s*$/.test(l) && /\p{L}/u.test(lines[i - 1] ?? '')).length;
  const links = /\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/.test(text);
  if (hinted) return atx + setext > 0 || links;
  if (atx >= 2 || setext >= 2) return true;
  return atx + setext >= 1 && (atx + setext + lists) / lines.length >= 0.25;
}

/**
 * Detects the format of text already decoded (a string given as CV text): JSON Resume, Markdown or plain text.
 * @throws BoussoleError UNSUPPORTED_FORMAT for other JSON, HTML, XML and RTF.
 */
export function detectTextFormat(text: string, hints: FormatHints = {}): DetectedFormat {
  const head = text.trimStart();
  if (head.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      if (hasHint(hints, /\.json$/i, /json/i) || /"basics"\s*:/.test(text)) return { format: 'json-resume', text };
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      if (RESUME_KEYS.some((k) => k in parsed)) return { format: 'json-resume', text };
      throw unsupported('json');
    }
  }
  if (/^<(?:\?xml|!doctype html|html[\s>])/i.test(head)) throw unsupported(/^<\?xml/i.test(head) ? 'xml' : 'html');
  if (head.startsWith('{\\rtf')) throw unsupported('rtf');
  const mdHint = hasHint(hints, /\.(?:md|markdown)$/i, /markdown/i);
  return { format: looksLikeMarkdown(text, mdHint) ? 'markdown' : 'text', text };
}

/**
 * Detects the format of a CV from its bytes (magic numbers, ZIP contents, text decoding).
 * @throws BoussoleError UNSUPPORTED_FORMAT (RTF, images, spreadsheets, other archives, binary data),
 *   LEGACY_DOC (Word 97-2003 .doc), ENCRYPTED (password-protected Office file), CORRUPT_FILE (broken ZIP).
 */
export function detectFormat(bytes: Uint8Array, hints: FormatHints = {}): DetectedFormat {
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { format: 'pdf' };
  if (isZip(bytes)) return { format: zipFormat(bytes) };
  if (startsWith(bytes, OLE2_MAGIC)) {
    if (hasUtf16Name(bytes, 'EncryptedPackage')) throw new BoussoleError('ENCRYPTED', { reason: 'encrypted Office file' });
    if (hasUtf16Name(bytes, 'WordDocument')) throw new BoussoleError('LEGACY_DOC', { value: 'doc' });
    throw unsupported('ole2');
  }
  if (ascii(bytes, 0, 5) === '{\\rtf') throw unsupported('rtf');
  const image = imageKind(bytes);
  if (image) throw unsupported(image);
  const text = decodeText(bytes);
  if (text === undefined) throw unsupported('binary');
  return detectTextFormat(text, hints);
}
