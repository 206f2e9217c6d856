import { describe, expect, it } from 'vitest';
import { BoussoleError } from '../errors.js';
import { fromWireError, toWireError } from './worker-protocol.js';

describe('worker error protocol', () => {
  it('round-trips a BoussoleError through structured clone', () => {
    const wire = structuredClone(toWireError(new BoussoleError('TOO_MANY_PAGES', { value: 31, limit: 20 })));
    const back = fromWireError(wire);
    expect(back).toBeInstanceOf(BoussoleError);
    expect(back.code).toBe('TOO_MANY_PAGES');
    expect(back.messageFr).toBe('le document a trop de pages (31, limite 20)');
  });

  it('turns unexpected errors into CORRUPT_FILE with their class name only, never their message', () => {
    const wire = toWireError(new TypeError('Cannot read "Marie Dupont, 06 12 34 56 78"'));
    expect(wire).toEqual({ code: 'CORRUPT_FILE', details: { reason: 'unexpected TypeError' } });
  });

  it('rebuilds an unknown code as CORRUPT_FILE', () => {
    const back = fromWireError({ code: 'NOT_A_CODE' as 'TIMEOUT', details: {} });
    expect(back.code).toBe('CORRUPT_FILE');
  });
});
