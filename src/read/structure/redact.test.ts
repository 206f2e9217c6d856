import { describe, expect, it } from 'vitest';
import { makeRedactor } from './redact.js';

describe('makeRedactor', () => {
  const contact = {
    name: 'Karine BERTIN',
    emails: ['karine.bertin@example.fr'],
    phones: ['06.84.31.27.05'],
    urls: [{ kind: 'portfolio' as const, url: 'kbertin.fr' }],
  };

  it('removes contact details and the name (French labels)', () => {
    const r = makeRedactor(contact, 'fr');
    expect(r('Karine BERTIN')).toBe('[nom]');
    expect(r('Tél : 06.84.31.27.05 - Mail : karine.bertin@example.fr')).toBe('Tél : [téléphone] - Mail : [email]');
    expect(r('8 allée des Coquelicots - 87000 Limoges')).toBe('[adresse]');
    expect(r('12 rue des Tanneurs, 44000 Nantes · Permis B')).toBe('[adresse] · Permis B');
    expect(r('Mon site kbertin.fr présente mes photos, par K. Bertin')).toBe('Mon site [url] présente mes photos, par K. [nom]');
    expect(r('Autre numéro : +33 6 11 22 33 44, github.com/kb')).toBe('Autre numéro : [téléphone], [url]');
  });

  it('uses English labels for English CVs and leaves other text alone', () => {
    const r = makeRedactor({ name: 'Tom Baker', emails: [], phones: [], urls: [] }, 'en');
    expect(r('Tom Baker — +44 20 7946 0958 — tom@baker.co.uk')).toBe('[name] — [phone] — [email]');
    expect(r('Data analyst at Acme, London — 2020 – present')).toBe('Data analyst at Acme, London — 2020 – present');
  });
});
