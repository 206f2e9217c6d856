import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText, stripInlineMarkdown } from './text.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/cv/${name}`, import.meta.url), 'utf8');

describe('readText (Markdown)', () => {
  const raw = readText(fixture('fr-support-technician.md'), 'markdown');

  it('marks # headings and - list items, without their syntax', () => {
    const profil = raw.lines.find((l) => l.text === 'Profil');
    expect(profil?.heading).toBe(true);
    const items = raw.lines.filter((l) => l.listItem);
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((l) => !/^[-*+]\s/.test(l.text))).toBe(true);
    expect(raw.lines.every((l) => !l.text.includes('**') && !l.text.startsWith('#'))).toBe(true);
  });

  it('joins the lines of a paragraph, as Markdown renders them', () => {
    const profile = raw.lines[raw.lines.findIndex((l) => l.text === 'Profil') + 1];
    expect(profile?.text).toMatch(/informatique\. Patient et pédagogue/);
  });

  it('keeps link targets that differ from their label, drops redundant ones', () => {
    expect(stripInlineMarkdown('[Mon profil](https://www.linkedin.com/in/x)')).toBe('Mon profil (https://www.linkedin.com/in/x)');
    expect(stripInlineMarkdown('[linkedin.com/in/x](https://www.linkedin.com/in/x)')).toBe('linkedin.com/in/x');
    expect(stripInlineMarkdown('[a@b.fr](mailto:a@b.fr) **Go** `k8s` _SQL_ snake_case_name')).toBe('a@b.fr Go k8s SQL snake_case_name');
  });

  it('reads tables row by row and setext headings', () => {
    const md = 'Compétences\n===========\n\n| Domaine | Outils |\n|---|---|\n| Réseau | Cisco, VLAN |\n';
    const lines = readText(md, 'markdown').lines;
    expect(lines).toEqual([
      { text: 'Compétences', heading: true },
      { text: 'Domaine | Outils', breakBefore: true },
      { text: 'Réseau | Cisco, VLAN' },
    ]);
  });
});

describe('readText (plain)', () => {
  const raw = readText(fixture('fr-career-changer.txt'), 'text');

  it('marks ALL-CAPS headings, bullets and blank-line breaks', () => {
    const heading = raw.lines.find((l) => l.text === 'EXPÉRIENCES PROFESSIONNELLES');
    expect(heading).toMatchObject({ heading: true, breakBefore: true });
    expect(raw.lines.filter((l) => l.listItem).length).toBeGreaterThan(5);
  });

  it('joins hard-wrapped paragraph lines but not list items', () => {
    const profile = raw.lines[raw.lines.findIndex((l) => l.text === 'PROFIL') + 1];
    expect(profile?.text).toMatch(/Word et Excel au quotidien/);
    expect(raw.lines.some((l) => l.listItem && /^Réception des marchandises/.test(l.text))).toBe(true);
    expect(raw.lines.some((l) => l.text === '2007 : CAP Assistant technique en milieux familial et collectif')).toBe(true);
  });

  it('normalises CRLF, tabs, NBSP, zero-width characters and ligatures', () => {
    const lines = readText('Jean\u00A0Dupont\r\n\r\nE\uFB03cace\tet\u200B rigoureux\r\n', 'text').lines;
    expect(lines).toEqual([{ text: 'Jean Dupont' }, { text: 'Efficace et rigoureux', breakBefore: true }]);
  });
});
