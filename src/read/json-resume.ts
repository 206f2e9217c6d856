import { BoussoleError } from '../errors.js';
import type { RawDocument } from './raw.js';

/**
 * Parses a JSON Resume document (https://jsonresume.org) into a RawDocument carrying the parsed object;
 * validation and mapping to a CvDocument happen in `structure`.
 * @throws BoussoleError CORRUPT_FILE when the text is not valid JSON or not a JSON object.
 */
export function readJsonResume(text: string): RawDocument {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // No `cause`: JSON.parse messages quote the input, and CV content must not reach logs.
    throw new BoussoleError('CORRUPT_FILE', { reason: 'invalid JSON' });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new BoussoleError('CORRUPT_FILE', { reason: 'JSON Resume must be an object' });
  }
  return { format: 'json-resume', pages: 0, lines: [], warnings: [], json };
}
