import { describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { resolveReadOptions } from './options.js';

describe('resolveReadOptions', () => {
  it('applies the documented defaults', () => {
    const o = resolveReadOptions();
    expect(o).toMatchObject({
      redact: false,
      maxBytes: 10 * 1024 * 1024,
      maxPages: 20,
      maxUncompressedBytes: 50 * 1024 * 1024,
      timeoutMs: 10_000,
      maxMemoryMb: 256,
      inWorker: true,
    });
    expect(Math.abs(o.referenceDate.getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('keeps given values', () => {
    const referenceDate = new Date('2025-06-01T00:00:00Z');
    expect(resolveReadOptions({ maxPages: 3, inWorker: false, redact: true, referenceDate })).toMatchObject({ maxPages: 3, inWorker: false, redact: true, referenceDate });
  });

  it.each([{ maxBytes: 0 }, { timeoutMs: Number.NaN }, { maxMemoryMb: 8 }, { maxPages: -2 }, { referenceDate: new Date('nope') }])(
    'refuses %o with INVALID_ARGUMENT naming the option',
    (bad) => {
      try {
        resolveReadOptions(bad);
        expect.unreachable();
      } catch (e) {
        expect(isBoussoleError(e, 'INVALID_ARGUMENT')).toBe(true);
        expect((e as { details: { option?: string } }).details.option).toBe(Object.keys(bad)[0]);
      }
    },
  );
});
