import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine.js';
import { BoussoleError } from './errors.js';
import { FicheSchema } from './snapshot/views.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

describe('engine (snapshot part)', () => {
  it('lists the 153 digital sheets in code order', () => {
    const sheets = engine.sheets();
    expect(sheets).toHaveLength(153);
    expect(sheets.map((s) => s.code)).toEqual([...sheets.map((s) => s.code)].sort());
    expect(sheets.find((s) => s.code === 'M1855')?.title).toBe('Développeur / Développeuse web');
    expect(sheets.find((s) => s.code === 'D1438')?.domaine).toBe('D14');
  });

  it('returns M1855 in full: appellations, core skills, savoirs, mobility and RNCP certifications', () => {
    const f = FicheSchema.parse(engine.sheet('M1855'));
    expect(f.parent).toBe('M1805');
    expect(f.digital).toBe(true);
    expect(f.appellations.map((a) => a.label)).toContain('Développeur / Développeuse full-stack');
    expect(f.appellations.find((a) => a.label === 'Intégrateur / Intégratrice web')?.feminine).toBe('Intégratrice web');
    const core = f.skills.filter((s) => s.core === 'principale').map((s) => s.label);
    expect(core).toContain('Concevoir une application web');
    expect(f.skills.filter((s) => s.kind === 'savoir').map((s) => s.label)).toContain('HTML');
    expect(f.mobility[0]?.order).toBe(1);
    expect(f.mobility.length).toBeGreaterThan(3);
    // RNCP31114 "Développeur web et web mobile" is linked to M1805, the v3 parent of M1855
    const dwwm = f.certifications.find((c) => c.id === 'RNCP31114');
    expect(dwwm?.title).toBe('Développeur web et web mobile');
    expect(dwwm?.successor).toBe('RNCP37674');
    expect(f.definition).not.toContain("''");
  });

  it('reads any of the 1,584 fiches but only digital ones as sheets', () => {
    expect(engine.fiche('d1214').title).toMatch(/Vendeur/);
    expect(() => engine.sheet('D1214')).toThrow(BoussoleError);
    try {
      engine.fiche('Z9999');
    } catch (e) {
      expect((e as BoussoleError).code).toBe('UNKNOWN_CODE');
      expect((e as BoussoleError).messageFr).toContain('Z9999');
    }
    expect(() => engine.fiche('Z9999')).toThrow(/UNKNOWN_CODE/);
  });

  it('carries versions, licences and attributions', () => {
    expect(engine.info.rome).toContain('version 60');
    const ids = engine.info.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['rome', 'rncp', 'digital-sheets']));
    expect(engine.info.sources.find((s) => s.id === 'rome')?.attribution).toContain('France Travail');
    expect(engine.info.sources.find((s) => s.id === 'rncp')?.producer).toBe('France Compétences');
  });
});
