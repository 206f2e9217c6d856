import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BoussoleError } from '../errors.js';
import { detectFormat, detectTextFormat } from './detect.js';
import { readJsonResume } from './json-resume.js';
import { resolveReadOptions, type ReadOptions, type ResolvedReadOptions } from './options.js';
import { isBinaryFormat, parseBinary } from './parse-binary.js';
import type { RawDocument } from './raw.js';
import type { CvFormat } from './schema.js';
import { readText } from './text.js';
import { parseInWorker } from './worker.js';

/** File extensions that make a one-line string a file path rather than CV text. */
const PATH_EXTENSION_RE = /\.(?:pdf|docx?|odt|txt|md|markdown|json|rtf)$/i;
const PATH_START_RE = /^(?:\.{0,2}[/\\]|~[/\\]|[a-z]:[/\\]|file:)/i;

/** A string is taken as a path when it is one line of at most 4 096 characters shaped like a path. */
export function looksLikePath(s: string): boolean {
  return s.length > 0 && s.length <= 4096 && !/[\r\n]/.test(s) && (PATH_START_RE.test(s) || PATH_EXTENSION_RE.test(s.trim()));
}

async function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const name = basename(path);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new BoussoleError('FILE_NOT_FOUND', { value: name, reason: 'not a file' });
    size = st.size;
  } catch (e) {
    if (e instanceof BoussoleError) throw e;
    throw new BoussoleError('FILE_NOT_FOUND', { value: name });
  }
  if (size > maxBytes) throw new BoussoleError('TOO_LARGE', { value: size, limit: maxBytes });
  const bytes = await readFile(path);
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new BoussoleError('TOO_LARGE', { value: bytes.byteLength, limit: maxBytes });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isEmpty(raw: RawDocument): boolean {
  return raw.format !== 'json-resume' && raw.lines.every((l) => l.text.trim() === '');
}

async function parseBytes(bytes: Uint8Array, o: ResolvedReadOptions): Promise<RawDocument> {
  const detected = detectFormat(bytes, { filename: o.filename, mimeType: o.mimeType });
  const { format } = detected;
  if (isBinaryFormat(format)) {
    // A single allocation larger than the worker's heap makes V8 abort the whole process instead of only the
    // worker: keep every inflated part (one string once decoded) to a quarter of the heap limit.
    const heapShare = (o.maxMemoryMb * 1024 * 1024) / 4;
    const limits = { maxPages: o.maxPages, maxUncompressedBytes: Math.min(o.maxUncompressedBytes, heapShare) };
    return o.inWorker
      ? parseInWorker(format, bytes, limits, { timeoutMs: o.timeoutMs, maxMemoryMb: o.maxMemoryMb })
      : parseBinary(format, bytes, limits);
  }
  return readDecoded(detected.text ?? '', format);
}

function readDecoded(text: string, format: CvFormat): RawDocument {
  return format === 'json-resume' ? readJsonResume(text) : readText(text, format === 'markdown' ? 'markdown' : 'text');
}

/**
 * Reads any supported input into a RawDocument (lines in reading order, before CV structuring).
 * `input` is bytes, a file path (a one-line string shaped like a path), or CV text.
 * @throws BoussoleError FILE_NOT_FOUND, TOO_LARGE, UNSUPPORTED_FORMAT, LEGACY_DOC, ENCRYPTED, CORRUPT_FILE,
 *   TOO_MANY_PAGES, DECOMPRESSION_LIMIT, NO_TEXT_LAYER, TIMEOUT, MEMORY_LIMIT, EMPTY_DOCUMENT, INVALID_ARGUMENT.
 */
export async function readRaw(input: Uint8Array | string, options: ReadOptions = {}): Promise<RawDocument> {
  const o = resolveReadOptions(options);
  let raw: RawDocument;
  if (typeof input === 'string' && looksLikePath(input)) {
    raw = await parseBytes(await readInputFile(input, o.maxBytes), { ...o, filename: o.filename ?? basename(input) });
  } else if (typeof input === 'string') {
    const size = Buffer.byteLength(input, 'utf8');
    if (size > o.maxBytes) throw new BoussoleError('TOO_LARGE', { value: size, limit: o.maxBytes });
    const { format } = detectTextFormat(input, { filename: o.filename, mimeType: o.mimeType });
    raw = readDecoded(input, format);
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > o.maxBytes) throw new BoussoleError('TOO_LARGE', { value: input.byteLength, limit: o.maxBytes });
    raw = await parseBytes(input, o);
  } else {
    throw new BoussoleError('INVALID_ARGUMENT', { option: 'input', reason: 'expected a Uint8Array, a file path or text' });
  }
  if (isEmpty(raw)) throw new BoussoleError('EMPTY_DOCUMENT');
  return raw;
}
