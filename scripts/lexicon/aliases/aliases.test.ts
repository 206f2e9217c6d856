import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SnapshotFile } from '../../../src/snapshot/format.js';
import { fold } from '../../../src/understand/text/index.js';
import { PHRASING_ALIASES } from './phrasings.js';
import { SOFT_SKILL_ALIASES } from './soft-skills.js';
import { TECH_ALIASES } from './tech.js';
import { ESCO_ALIASES } from './esco.js';

const snapshot = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'models', 'rome-snapshot.json'), 'utf8')) as SnapshotFile;
const labelOf = new Map(snapshot.items.ogr.map((o, i) => [o, snapshot.items.label[i] ?? '']));
const lists = { TECH_ALIASES, SOFT_SKILL_ALIASES, PHRASING_ALIASES };

describe.each(Object.entries(lists))('%s', (_name, groups) => {
  it('names ROME items that exist, with the labels the reviewer saw', () => {
    for (const g of groups) {
      expect(g.labels).toHaveLength(g.ids.length);
      g.ids.forEach((id, k) => expect(labelOf.get(id), `item ${id}`).toBe(g.labels[k]));
    }
  });

  it('has no empty group and no name listed twice in a group', () => {
    for (const g of groups) {
      const all = [...g.names, ...(g.ambiguous ?? []), ...(g.cased ?? [])].map(fold);
      expect(all.length, g.labels[0]).toBeGreaterThan(0);
      expect(new Set(all).size, g.labels[0]).toBe(all.length);
    }
  });
});

describe('the soft skills', () => {
  it('cover every ROME savoir-être', () => {
    const savoirEtre = snapshot.items.ogr.filter((_, i) => snapshot.items.kind[i] === 1);
    const covered = new Set(SOFT_SKILL_ALIASES.flatMap((g) => g.ids));
    // "Inspirer, donner du sens" has no usual CV wording
    expect(savoirEtre.filter((o) => !covered.has(o))).toEqual([300416]);
  });
});

const ESCO_CSV = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'esco', 'skills_fr_v1.2.1.csv');

describe.runIf(existsSync(ESCO_CSV))('ESCO_ALIASES (needs ../shared/data)', () => {
  it('names ESCO skills that exist, with the labels the reviewer saw', () => {
    const esco = new Map(
      readFileSync(ESCO_CSV, 'utf8')
        .split('\n')
        .map((line) => /^http:\/\/data\.europa\.eu\/esco\/skill\/([0-9a-f-]+),("[^"]*"|[^,]*)/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1] ?? '', (m[2] ?? '').replace(/^"|"$/g, '')]),
    );
    for (const g of ESCO_ALIASES) expect(esco.get(g.uri), g.uri).toBe(g.label);
  });
});
