import { BoussoleError } from '../errors.js';
import { DEFAULT_MAX_PAGES } from './pdf.js';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES } from './zip-guard.js';

/** Options of `readCv`. Every limit protects the host from hostile files; defaults suit real CVs. */
export interface ReadOptions {
  /** File name hint (e.g. from an upload); only breaks ties, the bytes decide the format. */
  filename?: string;
  /** MIME type hint; only breaks ties, the bytes decide the format. */
  mimeType?: string;
  /** Remove contact details and the name line from the result. Default false. */
  redact?: boolean;
  /** Maximum input size in bytes, checked before a file is read. Default 10 MB (10 485 760). */
  maxBytes?: number;
  /** Maximum number of PDF pages. Default 20. */
  maxPages?: number;
  /**
   * Maximum uncompressed size of a DOCX/ODT archive, in bytes. Default 50 MB (52 428 800). Never more than a
   * quarter of `maxMemoryMb` is allowed (a bigger single allocation would abort the process, not the worker).
   */
  maxUncompressedBytes?: number;
  /** Time limit for parsing a PDF/DOCX/ODT, in milliseconds; the worker is then terminated. Default 10 000. */
  timeoutMs?: number;
  /** Heap limit of the parsing worker, in MB (16 to 4 096). Default 256. */
  maxMemoryMb?: number;
  /**
   * Parse PDF/DOCX/ODT in a worker thread (isolated, memory-limited, killable). Default true; set false only
   * for trusted input or to measure the worker overhead. Text and JSON are always parsed in-thread.
   */
  inWorker?: boolean;
  /** Date used to compute the duration of current jobs ("à ce jour"). Default: now. */
  referenceDate?: Date;
}

/** ReadOptions with every default applied. */
export interface ResolvedReadOptions {
  filename: string | undefined;
  mimeType: string | undefined;
  redact: boolean;
  maxBytes: number;
  maxPages: number;
  maxUncompressedBytes: number;
  timeoutMs: number;
  maxMemoryMb: number;
  inWorker: boolean;
  referenceDate: Date;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_MEMORY_MB = 256;

function positive(option: string, value: number | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BoussoleError('INVALID_ARGUMENT', { option, value, reason: `expected a number from ${min} to ${max}` });
  }
  return value;
}

/** Applies defaults and checks ranges. @throws BoussoleError INVALID_ARGUMENT for a bad limit or date. */
export function resolveReadOptions(o: ReadOptions = {}): ResolvedReadOptions {
  const referenceDate = o.referenceDate ?? new Date();
  if (!(referenceDate instanceof Date) || Number.isNaN(referenceDate.getTime())) {
    throw new BoussoleError('INVALID_ARGUMENT', { option: 'referenceDate', reason: 'not a valid Date' });
  }
  return {
    filename: o.filename,
    mimeType: o.mimeType,
    redact: o.redact ?? false,
    maxBytes: positive('maxBytes', o.maxBytes, DEFAULT_MAX_BYTES),
    maxPages: positive('maxPages', o.maxPages, DEFAULT_MAX_PAGES),
    maxUncompressedBytes: positive('maxUncompressedBytes', o.maxUncompressedBytes, DEFAULT_MAX_UNCOMPRESSED_BYTES),
    timeoutMs: positive('timeoutMs', o.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxMemoryMb: positive('maxMemoryMb', o.maxMemoryMb, DEFAULT_MAX_MEMORY_MB, 16, 4096),
    inWorker: o.inWorker ?? true,
    referenceDate,
  };
}
