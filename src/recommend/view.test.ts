import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { certificationView } from './view.js';

let s: Snapshot;
beforeAll(async () => {
  s = await loadSnapshot();
});

describe('certificationView', () => {
  it('shows a titled certification as the sources give it', () => {
    const v = certificationView(s, s.certificationId('RNCP37674'));
    expect(v).toMatchObject({ id: 'RNCP37674', title: 'DEVELOPPEUR WEB ET WEB MOBILE (TP)', level: 5, active: true });
    expect(v.certifiers.length).toBeGreaterThan(0);
    expect(v.formacodes.map((f) => f.label)).toContain('Développement web');
    for (const f of v.formacodes) expect(f.code).toMatch(/^\d+$/);
    expect(v.nsf.map((n) => n.label)).toContain('Programmation, mise en place de logiciels');
  });

  it('gives null for an unknown title, level and status', () => {
    expect(certificationView(s, s.certificationId('RNCP38436'))).toMatchObject({ title: null, level: null, active: null });
  });

  it('gives false for a retired certification', () => {
    expect(certificationView(s, s.certificationId('RNCP31114')).active).toBe(false);
  });
});
