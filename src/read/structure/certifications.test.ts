import { describe, expect, it } from 'vitest';
import { extractCertifications, isCertificationText } from './certifications.js';
import { buildDocument } from './document.js';

describe('isCertificationText', () => {
  it.each(['AWS Certified Cloud Practitioner', 'Cisco CCNA', 'PMP', 'TOEIC 850', 'ITIL v4 Foundation', 'Certification Pix',
    'Professional Scrum Master I (PSM I)', 'CACES R489 catégorie 1', 'Certificat Voltaire'])('%s', (t) => {
    expect(isCertificationText(t)).toBe(true);
  });
  it.each(['BTS SIO', 'Master MIAGE', 'Baccalauréat', 'Formation React'])('%s is not', (t) => {
    expect(isCertificationText(t)).toBe(false);
  });
});

describe('extractCertifications', () => {
  it('reads names, years and offsets', () => {
    const doc = buildDocument([
      { text: '• AWS Certified Solutions Architect – Associate (2022)' },
      { text: 'Cisco CCNA — 2019' },
      { text: 'PSM I · ITIL 4 Foundation' },
      { text: 'Obtenu en 2021 : Certification Opquast' },
    ]);
    const certs = extractCertifications(doc.lines);
    expect(certs.map((c) => [c.name, c.year])).toEqual([
      ['AWS Certified Solutions Architect – Associate', 2022],
      ['Cisco CCNA', 2019],
      ['PSM I', undefined],
      ['ITIL 4 Foundation', undefined],
      ['Certification Opquast', 2021],
    ]);
    expect(doc.text.slice(certs[2]?.start, certs[2]?.end)).toBe('PSM I');
    expect(doc.text.slice(certs[0]?.start, certs[0]?.end)).toBe('AWS Certified Solutions Architect – Associate (2022)');
  });
});
