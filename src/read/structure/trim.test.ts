import { describe, expect, it } from 'vitest';
import { trimSeparators } from './trim.js';

describe('trimSeparators', () => {
  it('trims separators on both ends only', () => {
    expect(trimSeparators(' — Acme, Lyon | ')).toBe('Acme, Lyon');
    expect(trimSeparators(': Saint-Herblain ·')).toBe('Saint-Herblain');
    expect(trimSeparators(' | ')).toBe('');
    expect(trimSeparators('(2019)')).toBe('(2019)');
    expect(trimSeparators('(2019) ', true)).toBe('2019');
  });
});
