import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv.js';

const dir = mkdtempSync(join(tmpdir(), 'boussole-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readCsv', () => {
  it('reads quoted fields with separators, doubled quotes, newlines, CRLF and a BOM', () => {
    const p = join(dir, 'a.csv');
    writeFileSync(p, '\ufeff"code";"texte"\r\n"A1";"un ; deux"\r\n"B2";"dit ""oui""\nsur deux lignes"\r\n');
    expect(readCsv(p, ';')).toEqual([
      { code: 'A1', texte: 'un ; deux' },
      { code: 'B2', texte: 'dit "oui"\nsur deux lignes' },
    ]);
  });
  it('fills missing trailing fields with empty strings', () => {
    const p = join(dir, 'b.csv');
    writeFileSync(p, 'a,b,c\n1,2\n');
    expect(readCsv(p)).toEqual([{ a: '1', b: '2', c: '' }]);
  });
});
