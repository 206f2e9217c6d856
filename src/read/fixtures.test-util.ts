/** Helpers shared by the reader tests: fixture bytes and the error code a call throws. */
import { readFileSync } from 'node:fs';
import { isBoussoleError } from '../errors.js';

/** The bytes of `fixtures/cv/<name>`. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/cv/${name}`, import.meta.url)));

/** The BoussoleError code `fn` throws, a marked string for any other error, or undefined when it returns. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isBoussoleError(e) ? e.code : `not a BoussoleError: ${String(e)}`;
  }
  return undefined;
}
