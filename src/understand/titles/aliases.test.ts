import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { TITLE_ALIASES } from './aliases.js';
import { analyzeTitle } from './analyze.js';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot();
});

const sig = (title: string, expand: boolean): string => analyzeTitle(title, expand).words.join(' ');

describe('TITLE_ALIASES', () => {
  it('holds at least 300 reviewed titles, each naming an existing fiche', () => {
    expect(TITLE_ALIASES.length).toBeGreaterThanOrEqual(300);
    for (const a of TITLE_ALIASES) expect(snapshot.ficheId(a.code), `${a.title} → ${a.code}`).toBeGreaterThanOrEqual(0);
  });
  it('never contradicts a ROME appellation or another alias', () => {
    const apps = snapshot.file.appellations;
    const owner = new Map<string, Set<string>>();
    const note = (key: string, code: string): void => {
      const set = owner.get(key) ?? new Set<string>();
      set.add(code);
      owner.set(key, set);
    };
    apps.long.forEach((_, i) => {
      const code = snapshot.file.fiches.code[apps.fiche[i] ?? 0] ?? '';
      for (const form of [apps.masculine[i], apps.feminine[i], apps.short[i], apps.long[i]]) if (form) note(sig(form, false), code);
    });
    const conflicts: string[] = [];
    const seen = new Map<string, string>();
    for (const a of TITLE_ALIASES) {
      const key = sig(a.title, true);
      const codes = owner.get(key);
      if (codes !== undefined && !codes.has(a.code)) conflicts.push(`${a.title} → ${a.code} but ROME says ${[...codes].join('/')}`);
      const other = seen.get(key);
      if (other !== undefined && other !== a.code) conflicts.push(`${a.title} → ${a.code} and ${other}`);
      seen.set(key, a.code);
    }
    expect(conflicts).toEqual([]);
  });
  it('covers English titles from many domains, not only IT', () => {
    const english = TITLE_ALIASES.filter((a) => analyzeTitle(a.title).english);
    const domains = new Set(english.map((a) => a.code[0]));
    expect(english.length).toBeGreaterThan(200);
    for (const d of ['D', 'G', 'J', 'K', 'M', 'N', 'F', 'H', 'I']) expect(domains).toContain(d);
  });
});
