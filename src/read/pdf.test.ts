import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBoussoleError } from '../errors.js';
import { readPdf } from './pdf.js';
import type { RawDocument } from './raw.js';
import { fixture } from './fixtures.test-util.js';

const texts = (raw: RawDocument): string[] => raw.lines.map((l) => l.text);

/**
 * A two-page CV with a left sidebar, printed by Chromium with its default header (date, title) and footer
 * (file URL, "1/2"), and soft hyphens that Chromium breaks with U+2010 in a narrow main column.
 */
const SIDEBAR_CV = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CV test</title><style>
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}
.side{position:absolute;left:0;top:0;width:180px;padding:16px;background:#eef}
.main{margin-left:230px;padding:16px;width:280px}
h1{font-size:20pt;margin:0} h2{font-size:13pt}
</style></head><body>
<div class="side"><h2>Contact</h2><p>lea.robert@example.fr<br>07 11 22 33 44<br>Nantes</p>
<h2>Compétences</h2><ul><li>Linux, Bash</li><li>Docker</li><li>Ansible</li><li>Supervision Zabbix</li></ul>
<h2>Langues</h2><p>Anglais : B2<br>Allemand : notions</p></div>
<div class="main"><h1>Léa Robert</h1><p>Administratrice systèmes et réseaux</p>
<h2>Expériences professionnelles</h2>
<p><b>Administratrice systèmes</b><br>Ouest Hébergement, Nantes — 2020 – aujourd'hui</p>
<ul><li>Gestion de 120 serveurs Linux et des sauvegardes</li><li>Automatisation des déploiements avec Ansible et GitLab CI</li></ul>
<p>Responsable du dé&shy;ve&shy;lop&shy;pe&shy;ment de l'infra&shy;struc&shy;ture de super&shy;vi&shy;sion, des pro&shy;cé&shy;du&shy;res d'as&shy;treinte et de la docu&shy;men&shy;ta&shy;tion pour des clients full-stack, e-commerce et grands comp&shy;tes régio&shy;naux</p>
<p><b>Technicienne support</b><br>Atlantic Services, Saint-Nazaire — 2016 – 2020</p>
<ul><li>Support utilisateurs niveau 2</li><li>Déploiement de postes Windows</li></ul>
<div style="page-break-before:always"></div>
<h2>Formation</h2><p>Licence professionnelle ASUR — IUT de Nantes, 2016</p><p>BTS SIO option SISR — Lycée Livet, 2014</p>
<h2>Centres d'intérêt</h2><p>Voile, photographie</p></div>
</body></html>`;

let dir: string;
let sidebar: RawDocument;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-pdf-'));
  writeFileSync(join(dir, 'cv.html'), SIDEBAR_CV);
  execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${join(dir, 'cv.pdf')}`, join(dir, 'cv.html')],
    { stdio: 'ignore', timeout: 90_000 },
  );
  sidebar = await readPdf(new Uint8Array(readFileSync(join(dir, 'cv.pdf'))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPdf reading order', () => {
  it('reads a left-sidebar CV column by column: the whole sidebar, then the main column', () => {
    const t = texts(sidebar);
    const sidebarEnd = t.indexOf('Allemand : notions');
    const mainStart = t.indexOf('Léa Robert');
    expect(t.slice(0, sidebarEnd + 1)).toEqual([
      'Contact',
      'lea.robert@example.fr',
      '07 11 22 33 44',
      'Nantes',
      'Compétences',
      'Linux, Bash',
      'Docker',
      'Ansible',
      'Supervision Zabbix',
      'Langues',
      'Anglais : B2',
      'Allemand : notions',
    ]);
    expect(mainStart).toBe(sidebarEnd + 1);
    expect(t.slice(mainStart, mainStart + 5)).toEqual([
      'Léa Robert',
      'Administratrice systèmes et réseaux',
      'Expériences professionnelles',
      'Administratrice systèmes',
      "Ouest Hébergement, Nantes — 2020 – aujourd'hui",
    ]);
    expect(sidebar.lines[mainStart]?.breakBefore).toBe(true);
  });

  it('reads the left-sidebar fixture column by column', async () => {
    const t = texts(await readPdf(fixture('fr-junior-web-dev.pdf')));
    const sidebarItems = ['camille.roussel@example.fr', 'Git / GitHub', 'Anglais : B2'].map((s) => t.indexOf(s));
    const mainItems = ['PROFIL', 'EXPÉRIENCES PROFESSIONNELLES', 'Serveuse', 'FORMATION'].map((s) => t.indexOf(s));
    expect([...sidebarItems, ...mainItems].every((i) => i >= 0)).toBe(true);
    expect(Math.max(...sidebarItems)).toBeLessThan(Math.min(...mainItems));
    expect(t).toContain('Agence Pixelune, Villeurbanne — CDD puis CDI — sept. 2025 – aujourd\'hui');
  });

  it('reads the right-sidebar fixture main column first, then the sidebar', async () => {
    const t = texts(await readPdf(fixture('fr-network-tech.pdf')));
    expect(t.indexOf('FORMATION')).toBeGreaterThan(t.indexOf('EXPÉRIENCES PROFESSIONNELLES'));
    expect(t.indexOf('CONTACT')).toBeGreaterThan(t.indexOf('FORMATION'));
    expect(t.indexOf('thomas.legoff@example.fr')).toBe(t.indexOf('CONTACT') + 1);
    expect(t).toContain('Windows Server, Active Directory');
  });

  it('keeps label rows together on single-column CVs (dates on the right, years on the left)', async () => {
    expect(texts(await readPdf(fixture('en-software-engineer.pdf')))).toContain('Senior Software Engineer Mar 2021 – Present');
    expect(texts(await readPdf(fixture('fr-senior-pm.pdf')))).toContain("2008 Diplôme d'ingénieur en informatique – INSA Toulouse");
  });
});

describe('readPdf page furniture and text repair', () => {
  it("drops Chromium's header and footer (date, title, URL, page numbers) on both pages", () => {
    expect(sidebar.pages).toBe(2);
    const t = texts(sidebar).join('\n');
    expect(t).not.toMatch(/CV test|file:|\b[12]\/2\b|\d{1,2}\/\d{1,2}\/\d{2}, \d/);
    expect(sidebar.lines[sidebar.lines.length - 1]).toMatchObject({ text: 'Voile, photographie', page: 2 });
  });

  it('drops a running header and a footer with a page number, keeps the body', async () => {
    const t = texts(await readPdf(fixture('fr-senior-pm.pdf')));
    expect(t.filter((l) => /^CV – Laurent Fabre – page/.test(l) || l.startsWith('Laurent Fabre · Chef de projet MOA'))).toEqual([]);
    expect(t.slice(0, 2)).toEqual(['Laurent Fabre', "Chef de projet MOA / Product Owner senior – 15 ans d'expérience"]);
  });

  it('joins wrapped lines and repairs hyphenation, keeping real compounds', () => {
    expect(texts(sidebar)).toContain(
      "Responsable du développement de l'infrastructure de supervision, des procédures d'astreinte et de la documentation pour des clients full-stack, e-commerce et grands comptes régionaux",
    );
    expect(texts(sidebar)).toContain('Automatisation des déploiements avec Ansible et GitLab CI');
  });

  it('marks headings by font size and capitals, bullets as list items', async () => {
    expect(sidebar.lines.find((l) => l.text === 'Expériences professionnelles')?.heading).toBe(true);
    expect(sidebar.lines.find((l) => l.text === 'Administratrice systèmes')?.heading).toBeUndefined();
    const raw = await readPdf(fixture('fr-sales-to-it.pdf'));
    const items = raw.lines.filter((l) => l.listItem);
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.every((l) => !l.text.startsWith('•'))).toBe(true);
    expect(raw.lines.find((l) => l.text === 'Expériences professionnelles')?.heading).toBe(true);
  });
});

/** Makes `@napi-rs/canvas` unresolvable (as when its optional native binary is missing), then reads a PDF. */
const WITHOUT_CANVAS = `
import Module from 'node:module';
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@napi-rs/canvas') throw Object.assign(new Error('not installed'), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};
`;

describe('readPdf without its native canvas dependency', () => {
  it('throws MISSING_DEPENDENCY naming @napi-rs/canvas, not a raw stack', () => {
    writeFileSync(join(dir, 'block.mjs'), WITHOUT_CANVAS);
    const pdfModule = new URL('./pdf.ts', import.meta.url).href;
    const script = `import { readFileSync } from 'node:fs';
const { readPdf } = await import(${JSON.stringify(pdfModule)});
readPdf(new Uint8Array(readFileSync(process.argv[2]))).then(() => console.log('read'), (e) => console.log(JSON.stringify({ code: e.code, value: e.details?.value })));`;
    writeFileSync(join(dir, 'run.mts'), script);
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const out = execFileSync(process.execPath, ['--import', pathToFileURL(tsx).href, '--import', pathToFileURL(join(dir, 'block.mjs')).href, join(dir, 'run.mts'), join(dir, 'cv.pdf')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
    });
    expect(JSON.parse(out.trim().split('\n').pop() ?? '')).toEqual({ code: 'MISSING_DEPENDENCY', value: '@napi-rs/canvas' });
  });
});

describe('readPdf errors', () => {
  const codeOf = async (p: Promise<unknown>): Promise<string | undefined> =>
    p.then(
      () => undefined,
      (e: unknown) => (isBoussoleError(e) ? e.code : `not a BoussoleError: ${String(e)}`),
    );

  it.each([
    ['bad-encrypted.pdf', 'ENCRYPTED'],
    ['bad-truncated.pdf', 'CORRUPT_FILE'],
    ['bad-scanned.pdf', 'NO_TEXT_LAYER'],
  ])('%s → %s', async (name, code) => {
    expect(await codeOf(readPdf(fixture(name)))).toBe(code);
  });

  it('refuses more pages than allowed, and bytes that are not a PDF', async () => {
    expect(await codeOf(readPdf(fixture('fr-senior-pm.pdf'), { maxPages: 1 }))).toBe('TOO_MANY_PAGES');
    expect(await codeOf(readPdf(new Uint8Array(Buffer.from('%PDF-1.7\n garbage \n%%EOF\n'))))).toBe('CORRUPT_FILE');
  });
});
