import type { CvCertification } from '../schema.js';
import { findDateRange } from './dates.js';
import { type Line, stripBullet } from './document.js';
import { fold } from './fold.js';
import { trimSeparators } from './trim.js';

const CERT_RE = new RegExp(
  `(?<![a-z])(?:${[
    'certifi\\w*', 'certificat\\w*', 'aws', 'azure', 'az-\\d{3}', 'ai-\\d{3}', 'dp-\\d{3}', 'ms-\\d{3}', 'ccna', 'ccnp',
    'ccie', 'comptia', 'itil', 'pmp', 'capm', 'prince2', 'psm', 'pspo', 'safe', 'toeic', 'toefl', 'ielts', 'bulats',
    'linguaskill', 'delf', 'dalf', 'dele', 'goethe', 'cambridge', 'pix', 'tosa', 'opquast', 'google analytics',
    'google ads', 'cisco', 'red hat', 'rhcsa', 'rhce', 'lpic', 'cka', 'ckad', 'cks', 'terraform associate', 'salesforce',
    'hubspot', 'caces', 'sst', 'habilitation', 'iso 27001', 'ceh', 'oscp', 'cissp', 'cism', 'cisa', 'istqb',
    'voltaire', 'mos', 'microsoft office specialist', 'icdl', 'pcie', 'secnumacademie', 'mooc anssi', 'gcp',
    'professional scrum', 'scrum master', 'product owner certifi', 'kubernetes', 'oracle certified', 'java se',
  ].join('|')})(?![a-z])`,
);

/** True when the text names a certification (AWS, Cisco CCNA, PMP, TOEIC, ITIL, Pix, "Certifié…"…). */
export function isCertificationText(text: string): boolean {
  return CERT_RE.test(fold(text));
}

/**
 * One certification from a line: its name as written (bullet, date and empty parentheses removed) and
 * its year (the end year of a range, else the lone year). Undefined when nothing is left.
 */
export function certificationFromLine(line: Line): CvCertification | undefined {
  const { text, removed } = stripBullet(line.text);
  const r = findDateRange(text);
  let name = text;
  if (r) {
    let before = text.slice(0, r.index);
    let after = text.slice(r.index + r.length);
    // "(recyclage 2024)": the date's parentheses go with it.
    const open = /\([^()]*$/.exec(before);
    const close = /^[^()]*\)/.exec(after);
    if (open && close) {
      before = before.slice(0, open.index);
      after = after.slice(close[0].length);
    }
    name = `${/^(?:\s*(?:obtenue?|obtained|passed|en|in|le|on))*\s*$/i.test(before) ? '' : before} ${after}`;
  }
  name = name.replace(/\(\s*(?:[-–,;]\s*)?\)/g, '').replace(/\s+/g, ' ');
  name = trimSeparators(name);
  if (name === '') return undefined;
  const cert: CvCertification = { name, start: line.start + removed, end: line.end };
  const year = r ? (r.end?.year ?? r.start?.year) : undefined;
  if (year !== undefined) cert.year = year;
  return cert;
}

/** Every certification of a certifications section: one per line, or per " · " / " | " / ";" part. */
export function extractCertifications(lines: readonly Line[]): CvCertification[] {
  const out: CvCertification[] = [];
  for (const line of lines) {
    const parts = line.text.split(/(?<!\s)\s+[·|]\s+|;\s+/);
    if (parts.length > 1 && parts.every(isCertificationText)) {
      let offset = 0;
      for (const p of parts) {
        const at = line.text.indexOf(p, offset);
        offset = at + p.length;
        const sub: Line = { ...line, text: p, folded: fold(p), start: line.start + at, end: line.start + at + p.length };
        const c = certificationFromLine(sub);
        if (c) out.push(c);
      }
      continue;
    }
    const c = certificationFromLine(line);
    if (c) out.push(c);
  }
  return out;
}
