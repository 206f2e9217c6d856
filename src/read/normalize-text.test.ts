import { describe, expect, it } from 'vitest';
import { cleanLine, expandLigatures, normalizeChars } from './normalize-text.js';

describe('normalize-text', () => {
  it('expands ligatures', () => {
    expect(expandLigatures('e\uFB03cacité, \uFB01chier, \uFB02ux, e\uFB00ort, \uFB04uent')).toBe('efficacité, fichier, flux, effort, ffluent');
  });

  it('removes soft hyphens and zero-width characters, maps exotic spaces and tabs to spaces', () => {
    expect(normalizeChars('dé\u00ADve\u200Bloppeur\u00A0web\u202F!\tok\uFEFF')).toBe('développeur web ! ok');
  });

  it('maps Word private-use bullets to •', () => {
    expect(normalizeChars('\uF0B7 Gestion')).toBe('• Gestion');
  });

  it('cleans a line: newlines, runs of spaces, trimming', () => {
    expect(cleanLine('  Chef de\r\nprojet   MOA\u00A0\u00A0 ')).toBe('Chef de projet MOA');
  });
});
