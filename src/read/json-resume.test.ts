import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { readJsonResume } from './json-resume.js';

describe('readJsonResume', () => {
  it('parses the JSON Resume fixture into a raw document carrying the object', () => {
    const text = readFileSync(new URL('../../fixtures/cv/en-software-engineer.resume.json', import.meta.url), 'utf8');
    const raw = readJsonResume(text);
    expect(raw.format).toBe('json-resume');
    expect(raw.lines).toEqual([]);
    expect(raw.json).toEqual(JSON.parse(text));
  });

  it.each(['{"basics": {', '[1, 2]', 'null'])('refuses %s as CORRUPT_FILE without quoting it', (text) => {
    try {
      readJsonResume(text);
      expect.unreachable();
    } catch (e) {
      expect(isBoussoleError(e, 'CORRUPT_FILE')).toBe(true);
      expect((e as Error).message).not.toContain(text);
    }
  });
});
