import type { CvContact } from '../schema.js';
import { fold } from './fold.js';
import { headingKind } from './headings.js';
import { isKnownPlace } from './places.js';
import { hasCompanyWord, isJobTitle } from './roles.js';

const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** French numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6 12…, 0033 6… */
const PHONE_FR = /(?<![\d+])(?:(?:\+|00)33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/g;
/** International numbers: +44 20 7946 0958, +1 (415) 555-0132, +49 30 1234567. */
const PHONE_INTL = /(?<![\d+])\+\d{1,3}(?:[\s.-]?\(\d{1,4}\))?(?:[\s.-]?\d{1,5}){2,5}(?!\d)/g;
const TLD = 'com|fr|io|dev|net|org|me|app|eu|tech|site|co|ai|xyz|info|pro|page|design|online|studio|blog|be|ch|ca|uk|de|es|it|cloud|codes|digital|art|work';
/** Explicit URLs, and bare domains (kept only with a path, or alone in a short contact line). */
const URL_RE = new RegExp(
  `(?:https?://|www\\.)[^\\s,;<>()"«»]+|(?<![@\\w.-])(?:[a-z0-9-]+\\.)+(?:${TLD})(?![\\w.-]*@)(?:/[^\\s,;<>()"«»]*)?(?![\\w-])`,
  'gi',
);
/** Technology names that look like domains. */
const NOT_URLS = new Set(['asp.net', 'vb.net', 'ado.net', 'socket.io', 'node.js', 'vue.js', 'chart.js', 'next.js']);

type UrlKind = CvContact['urls'][number]['kind'];

/** Kind of a URL: LinkedIn, GitHub, GitLab, other known networks, else a personal site (portfolio). */
export function urlKind(url: string): UrlKind {
  const u = url.toLowerCase();
  if (/(?:^|[/.])linkedin\.com/.test(u)) return 'linkedin';
  if (/(?:^|[/.])github\.com/.test(u)) return 'github';
  if (/(?:^|[/.])gitlab\.com/.test(u)) return 'gitlab';
  if (/(?:^|[/.])(?:twitter\.com|x\.com|facebook\.com|instagram\.com|medium\.com|stackoverflow\.com|malt\.fr|youtube\.com|tiktok\.com|calendly\.com|welcometothejungle\.com|indeed\.com|viadeo\.com)/.test(u)) {
    return 'other';
  }
  return 'portfolio';
}

const digits = (s: string): string => s.replace(/\D/g, '');
function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
/** Same URL whatever its scheme, "www." or trailing slash. */
const urlKey = (u: string): string => u.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

interface Found {
  value: string;
  index: number;
  end: number;
}

/** Email, phone and URL matches of a line, non-overlapping, left to right. */
export function contactMatches(line: string): { emails: Found[]; phones: Found[]; urls: Found[] } {
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  const collect = (re: RegExp, keep: (v: string, m: RegExpMatchArray) => boolean): Found[] => {
    const out: Found[] = [];
    for (const m of line.matchAll(re)) {
      let value = m[0].replace(/[.,;:!?)\]]+$/, '');
      value = value.trim();
      const index = m.index;
      const end = index + value.length;
      if (!free(index, end) || !keep(value, m)) continue;
      taken.push([index, end]);
      out.push({ value, index, end });
    }
    return out;
  };
  // Cheap guards: most CV lines hold no contact detail at all.
  const hasDot = /\.[A-Za-z]/.test(line);
  const emails = line.includes('@') ? collect(EMAIL_RE, () => true) : [];
  const urls = !hasDot ? [] : collect(URL_RE, (v, m) => {
    if (/^(?:https?:\/\/|www\.)/i.test(v)) return true;
    if (NOT_URLS.has(v.toLowerCase())) return false;
    if (v.includes('/')) return true;
    // A bare domain ("camille.dev") counts only as a contact item of its own, outside parentheses:
    // "· camille.dev ·", "Site : camille.dev", not "(PSPO I, Scrum.org)".
    const at = m.index ?? 0;
    const before = line.slice(0, at);
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return false;
    const from = Math.max(...[...'·|•;,'].map((c) => line.lastIndexOf(c, at))) + 1;
    const next = [...'·|•;,'].map((c) => line.indexOf(c, at + v.length)).filter((i) => i >= 0);
    const segment = `${line.slice(from, at)} ${line.slice(at + v.length, next.length > 0 ? Math.min(...next) : line.length)}`;
    const words = segment.replace(/[^\p{L}\s]/gu, ' ').trim();
    return words === '' || words.split(/\s+/).length <= 2;
  });
  const phones =
    countDigits(line) < 8
      ? []
      : [...collect(PHONE_FR, () => true), ...collect(PHONE_INTL, (v) => digits(v).length >= 8 && digits(v).length <= 15)].sort(
          (a, b) => a.index - b.index,
        );
  return { emails, phones, urls };
}

const PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'le', 'la', 'di', 'da', 'dos', 'del', 'ben', 'bin', 'el', 'al', "d'", 'mc']);
const CAPITALISED = "(?:[\\p{Lu}][\\p{Ll}]+|[\\p{Lu}]['’][\\p{Lu}][\\p{Ll}]+|Ma?c[\\p{Lu}][\\p{Ll}]+)";
const NAME_WORD = new RegExp(`^(?:${CAPITALISED}(?:-${CAPITALISED})*|[\\p{Lu}'’]{2,}(?:-[\\p{Lu}'’]+)*|[\\p{Lu}]\\.)$`, 'u');

/** True when `text` reads as a person's name: 2–4 capitalised words (particles allowed), no job title, place or heading. */
export function isNameLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 50 || /[\d@/:]/.test(t)) return false;
  const words = t.split(/\s+/);
  const main = words.filter((w) => !PARTICLES.has(fold(w)));
  if (main.length < 2 || main.length > 4 || words.length > 5) return false;
  if (!main.every((w) => NAME_WORD.test(w))) return false;
  if (headingKind(t) !== undefined || isJobTitle(t) || isKnownPlace(t) || hasCompanyWord(t)) return false;
  return !/^(?:curriculum|cv|resume|résumé)$/i.test(main[0] ?? '');
}

const LEAD = /^(?:(?:curriculum vitae|cv|resume|résumé)\s*[-–—:|]?\s*)/i;

/**
 * Finds the name line: among the first lines, the first part ("Jean Dupont — Développeur" → "Jean Dupont")
 * that reads as a name ({@link isNameLike}). Returns the name as written and the line index, or undefined.
 * @param maxLines how many leading lines to search (default 12)
 */
export function findName(lines: readonly string[], maxLines = 12): { name: string; line: number } | undefined {
  for (let i = 0; i < Math.min(lines.length, maxLines); i++) {
    const text = (lines[i] as string).replace(LEAD, '').trim();
    for (const part of text.split(/(?<!\s)\s+[-–—|·•]\s+|(?<!\s)\s*[|·•,]\s*/)) {
      if (isNameLike(part)) return { name: part.trim(), line: i };
    }
  }
  return undefined;
}

/**
 * Contact details of a CV: every email, phone and URL (deduplicated, as first written) and the name. Names are
 * searched in the first 12 lines, then around the first email or phone for CVs whose name comes later
 * (flattened sidebars).
 */
export function extractContact(lines: readonly string[]): CvContact {
  const contact: CvContact = { emails: [], phones: [], urls: [] };
  const seenPhones = new Set<string>();
  let firstContactLine = -1;
  lines.forEach((line, i) => {
    const m = contactMatches(line);
    for (const e of m.emails) if (!contact.emails.includes(e.value)) contact.emails.push(e.value);
    for (const p of m.phones) {
      const key = digits(p.value).replace(/^(?:0033|33)/, '0');
      if (seenPhones.has(key)) continue;
      seenPhones.add(key);
      contact.phones.push(p.value);
    }
    for (const u of m.urls) {
      const key = urlKey(u.value);
      if (contact.urls.some((x) => urlKey(x.url) === key)) continue;
      contact.urls.push({ kind: urlKind(u.value), url: u.value });
    }
    if (firstContactLine < 0 && (m.emails.length > 0 || m.phones.length > 0)) firstContactLine = i;
  });
  let name = findName(lines);
  if (!name && firstContactLine > 0) {
    const from = Math.max(0, firstContactLine - 4);
    const found = findName(lines.slice(from, firstContactLine + 4), 8);
    if (found) name = { name: found.name, line: found.line + from };
  }
  if (name) contact.name = name.name;
  return contact;
}
