import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readCv } from './read-cv.js';
import { CvDocumentSchema } from './schema.js';
import { terminateReadWorkers } from './worker.js';

const path = (name: string): string => fileURLToPath(new URL(`../../fixtures/cv/${name}`, import.meta.url));
const referenceDate = new Date('2026-01-15T00:00:00Z');

afterAll(() => terminateReadWorkers());

describe('readCv', () => {
  it.each([
    'fr-junior-web-dev.pdf',
    'fr-network-tech.pdf',
    'fr-sales-to-it.docx',
    'fr-career-changer.odt',
    'fr-support-technician.md',
    'fr-career-changer.txt',
    'en-software-engineer.resume.json',
  ])('reads %s into a valid CvDocument', async (name) => {
    const cv = await readCv(path(name), { referenceDate });
    expect(CvDocumentSchema.safeParse(cv).success).toBe(true);
    expect(cv.sections.length).toBeGreaterThan(2);
    expect(JSON.parse(JSON.stringify(cv))).toEqual(cv);
  });

  it('finds the sidebar contact details of a two-column PDF', async () => {
    const cv = await readCv(path('fr-junior-web-dev.pdf'), { referenceDate });
    expect(cv.contact.emails).toContain('camille.roussel@example.fr');
    expect(cv.format).toBe('pdf');
  });

  it('redacts contact details on request', async () => {
    const cv = await readCv(path('fr-junior-web-dev.pdf'), { referenceDate, redact: true });
    expect(cv.redacted).toBe(true);
    expect(cv.text).not.toContain('camille.roussel@example.fr');
  });

  it('reads CV text given as a string', async () => {
    const cv = await readCv('Jean Martin\n\nEXPÉRIENCE\nTechnicien réseaux — Orange, Rennes\n2019 - 2023\n', { referenceDate });
    expect(cv.format).toBe('text');
    expect(cv.text).toContain('Technicien réseaux');
  });

  it('rejects bad input with a BoussoleError', async () => {
    await expect(readCv(path('bad-legacy.doc'))).rejects.toMatchObject({ code: 'LEGACY_DOC' });
  });
});
