import { BoussoleError, ERROR_CODES, isBoussoleError, type ErrorCode, type ErrorDetails } from '../errors.js';
import type { BinaryFormat, BinaryLimits } from './parse-binary.js';
import type { RawDocument } from './raw.js';

/** Message sent to the read worker. */
export interface WorkerRequest {
  id: number;
  format: BinaryFormat;
  bytes: Uint8Array;
  limits: BinaryLimits;
}

/** An error as it crosses the thread boundary: its code and content-free details only. */
export interface WireError {
  code: ErrorCode;
  details: ErrorDetails;
}

/** Message sent back by the read worker: `ready` once its code is loaded, then one answer per request. */
export type WorkerResponse =
  | { ready: true }
  | { id: number; ok: true; raw: RawDocument }
  | { id: number; ok: false; error: WireError };

/** Serialises any thrown value; unexpected errors become CORRUPT_FILE with their class name only. */
export function toWireError(e: unknown): WireError {
  if (isBoussoleError(e)) return { code: e.code, details: e.details };
  const name = e instanceof Error ? e.name : typeof e;
  return { code: 'CORRUPT_FILE', details: { reason: `unexpected ${name}` } };
}

/** Rebuilds a BoussoleError from its wire form (unknown codes become CORRUPT_FILE). */
export function fromWireError(w: WireError): BoussoleError {
  return ERROR_CODES.includes(w.code) ? new BoussoleError(w.code, w.details) : new BoussoleError('CORRUPT_FILE', w.details);
}
