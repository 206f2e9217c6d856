import { describe, expect, it } from 'vitest';
import { contactMatches, extractContact, findName, isNameLike, urlKind } from './contact.js';

describe('contactMatches', () => {
  it.each([
    '06 12 34 56 78', '06.12.34.56.78', '0612345678', '06-12-34-56-78', '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78',
    '+33612345678', '0033 6 12 34 56 78', '+44 20 7946 0958', '+1 (415) 555-0132', '+49 30 1234567', '+32 470 12 34 56',
  ])('phone %s', (phone) => {
    expect(contactMatches(`Tél. : ${phone} · ville`).phones.map((p) => p.value)).toEqual([phone]);
  });

  it('does not take dates, postcodes or amounts for phones', () => {
    expect(contactMatches('2019 - 2021 · 75011 Paris · 150 000 € · 01/2020 - 06/2022').phones).toEqual([]);
  });

  it('finds emails and URLs but not tech names', () => {
    const m = contactMatches('camille.roussel@example.fr · github.com/camille-dev · https://www.linkedin.com/in/cr/ · Node.js, ASP.NET, socket.io');
    expect(m.emails.map((e) => e.value)).toEqual(['camille.roussel@example.fr']);
    expect(m.urls.map((u) => u.value)).toEqual(['github.com/camille-dev', 'https://www.linkedin.com/in/cr/']);
  });

  it('keeps a bare domain only in a short contact line', () => {
    expect(contactMatches('Portfolio : camille.dev').urls.map((u) => u.value)).toEqual(['camille.dev']);
    expect(contactMatches('Réservation d’hôtels pour Booking.com et Expedia en Europe').urls).toEqual([]);
    expect(contactMatches('Professional Scrum Product Owner I (PSPO I, Scrum.org), 2019').urls).toEqual([]);
    expect(contactMatches('Dublin · github.com/a · amercier.example.fr').urls.map((u) => u.value)).toEqual(['github.com/a', 'amercier.example.fr']);
  });
});

describe('urlKind', () => {
  it('classifies', () => {
    expect(['linkedin.com/in/x', 'https://github.com/x', 'gitlab.com/x', 'https://x.github.io', 'twitter.com/x', 'camille.dev'].map(urlKind)).toEqual([
      'linkedin', 'github', 'gitlab', 'portfolio', 'other', 'portfolio',
    ]);
  });
});

describe('names', () => {
  it.each(['Camille Roussel', 'Karine BERTIN', 'KARINE BERTIN', 'BERTIN Karine', 'Jean-Baptiste Lefèvre', 'Marie de La Tour', 'Nadia Lefèvre', 'Tom O’Neill', 'Sean McCarthy', 'J. Martin'])('%s is a name', (n) => {
    expect(isNameLike(n)).toBe(true);
  });
  it.each(['Développeuse Web Junior', 'Data Analyst', 'Expériences Professionnelles', 'Saint-Herblain', 'Agence Pixelune', 'Contact', 'Curriculum Vitae', 'camille roussel', 'JavaScript TypeScript'])(
    '%s is not a name',
    (n) => {
      expect(isNameLike(n)).toBe(false);
    },
  );

  it('finds the name line, also when followed by a title', () => {
    expect(findName(['CV', 'Nadia Lefèvre — Assistante commerciale'])).toEqual({ name: 'Nadia Lefèvre', line: 1 });
    expect(findName(['Développeuse web', 'Camille Roussel'])).toEqual({ name: 'Camille Roussel', line: 1 });
  });
});

describe('extractContact', () => {
  it('collects and deduplicates', () => {
    const c = extractContact([
      'Karine BERTIN',
      '8 allée des Coquelicots - 87000 Limoges',
      'Tél : 06.84.31.27.05 - Mail : karine.bertin@example.fr',
      'Rappel : +33 6 84 31 27 05 · linkedin.com/in/kbertin',
    ]);
    expect(c).toEqual({
      name: 'Karine BERTIN',
      emails: ['karine.bertin@example.fr'],
      phones: ['06.84.31.27.05'],
      urls: [{ kind: 'linkedin', url: 'linkedin.com/in/kbertin' }],
    });
  });
});
