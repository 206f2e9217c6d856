import type { CvSection } from '../schema.js';
import { type Line, type TextDocument, subLine } from './document.js';
import { matchHeading } from './headings.js';

/** A section and the lines of its body (the first may be the content part of an inline heading). */
export interface SectionBlock {
  section: CvSection;
  lines: Line[];
}

/**
 * Splits the CV text into sections at recognised headings. A section's span covers its body only
 * (from the first character after the heading to the end of its last line, blank lines trimmed), so
 * `section.text === text.slice(section.start, section.end)`; the heading is in `section.heading`.
 * Lines before the first heading (name, contact, title) form a section of kind `other` with an empty heading.
 * An empty section (a heading directly followed by another) has `start === end` at the end of its heading.
 * An inline heading of the current section's kind ("Outils : Jira" under "Compétences") stays content.
 */
export function splitSections(doc: TextDocument): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let current: { kind: CvSection['kind']; heading: string; anchor: number; lines: Line[] } = {
    kind: 'other',
    heading: '',
    anchor: 0,
    lines: [],
  };
  const close = (): void => {
    const first = current.lines[0];
    const last = current.lines[current.lines.length - 1];
    if (current.heading === '' && !first) return;
    const start = first ? first.start : current.anchor;
    const end = last ? last.end : current.anchor;
    blocks.push({
      section: { kind: current.kind, heading: current.heading, start, end, text: doc.text.slice(start, end) },
      lines: current.lines,
    });
  };
  for (const line of doc.lines) {
    const h = matchHeading(line);
    // "Outils : Jira, Confluence" inside a skills section is content, not a new section.
    if (!h || (h.contentOffset !== undefined && h.kind === current.kind && current.heading !== '')) {
      current.lines.push(line);
      continue;
    }
    close();
    current = { kind: h.kind, heading: h.heading, anchor: line.end, lines: [] };
    if (h.contentOffset !== undefined) {
      const content = subLine(line, h.contentOffset);
      if (content) current.lines.push({ ...content, heading: false });
    }
  }
  close();
  return blocks;
}
