import type { CvCertification, CvEducation } from '../schema.js';
import { certificationFromLine, isCertificationText } from './certifications.js';
import { type DateRange, dateContext, findDateRange } from './dates.js';
import { type Line, isBullet, stripBullet } from './document.js';
import { fold } from './fold.js';
import { qualificationLevel } from './levels.js';
import { isKnownPlace } from './places.js';
import { trimSeparators } from './trim.js';

const STRONG = /(?<![a-z])(?:diplome|diploma|degree|titre professionnel|titre pro|titre rncp|titre certifie|cqp|dipl)(?![a-z])/;
const WEAK = /(?<![a-z])(?:formation|bootcamp|mooc|certificat|attestation|cours|course|programme|program|classe preparatoire|cpge|prepa|parcours|specialisation|cursus)(?![a-z])/;
const INSTITUTION = new RegExp(
  `(?<![a-z])(?:${[
    'universite', 'university', 'univ', 'ecole', 'school', 'lycee', 'college', 'iut', 'institut', 'institute', 'cfa',
    'afpa', 'greta', 'cnam', 'ifas', 'ifsi', 'insa', 'epitech', 'epita', 'sciences po', 'openclassrooms', 'le wagon',
    'simplon', 'ironhack', 'wild code school', 'campus', 'academy', 'academie', 'faculte', 'fac', 'centre de formation',
    'conservatoire', 'polytech', 'centrale', 'iae', 'business school', 'ensimag', 'inp', 'hec', 'essec', 'escp', 'edhec',
    'neoma', 'kedge', 'skema', 'supinfo', 'ynov', 'efrei', 'esiea', 'isen', 'cesi', 'enssat', 'ensta', 'telecom paris',
    'organisme', 'm2i', 'orsys', 'udemy', 'coursera', 'edx', 'fun mooc',
  ].join('|')})(?![a-z])`,
);
const STRONG_SEPARATOR = /(?<!\s)\s+[—–-]+\s+|(?<!\s)\s*[|·•]\s*|\s{3,}/;
const PARENS = /(?<!\s)\s*\(([^()]*)\)/g;
const QUALIFIER = /niveau|level|rncp|bac\s*\+|mention|en cours|obtenu|validé|in progress|distinction|merit|first class|cum laude|with honours/i;
/** Drops parentheses that qualify rather than name: "(niveau 5)", "(Distinction)", "(en ligne, attestation de suivi)". */
const dropQualifiers = (s: string): string =>
  s.replace(PARENS, (m: string, inner: string) => (QUALIFIER.test(inner) || /^\s*\p{Ll}/u.test(inner) ? '' : m));
/** What may follow a comma without being part of the diploma's name. */
const QUALIFIER_TAIL = /^(?:niveau|level|rncp|specialite|specialites|mention|dominante|majeure|mineure|major|minor|specialization|specialisation|obtenu|obtenue|en cours|in progress|with|avec|grade|gpa|note)(?![a-z])/;

/** The text before the first comma outside parentheses and quotes. */
function beforeComma(s: string): string {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '«' || c === '[') depth++;
    else if (c === ')' || c === '»' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return s.slice(0, i);
  }
  return s;
}

const startsWithInstitution = (s: string): boolean =>
  /^(?:universite|university|ecole|school|lycee|college|iut|institut|institute|cfa|faculte|centre de formation|campus|academie)(?![a-z])/.test(fold(s.trim()));

interface LineInfo {
  line: Line;
  /** Segments of the line without its date. */
  segments: string[];
  diploma?: string;
  weak: boolean;
  institution?: string;
  date?: DateRange;
}

function educationDate(line: Line): DateRange | undefined {
  const r = findDateRange(line.text, line.folded);
  if (!r) return undefined;
  const body = stripBullet(line.text);
  const { before, after, words } = dateContext(body.text, { ...r, index: r.index - body.removed });
  // "• Projet tutoré en 2021" is a description; "• BTS SIO — Lycée X — 2021" is an entry.
  if (isBullet(line) && r.single && before !== '' && !/[—–\-|·,(:]\s*$/.test(line.text.slice(0, r.index))) return undefined;
  if (before !== '' && after !== '' && words > 12) return undefined;
  return r;
}

function analyse(line: Line): LineInfo {
  const date = educationDate(line);
  const text = stripBullet(line.text).text;
  const offset = line.text.length - text.length;
  const withoutDate = date
    ? `${text.slice(0, date.index - offset)} | ${text.slice(date.index - offset + date.length)}`.replace(/\(\s*\|\s*\)/g, ' | ')
    : text;
  const segments = withoutDate
    .split(STRONG_SEPARATOR)
    .map((s) => trimSeparators(s))
    .filter((s) => s !== '');
  const info: LineInfo = { line, segments, weak: false };
  if (date) info.date = date;
  for (const seg of segments) {
    const f = fold(seg);
    if (info.diploma === undefined && !startsWithInstitution(seg) && (STRONG.test(f) || qualificationLevel(seg) !== undefined)) {
      info.diploma = seg;
      const tail = seg.slice(beforeComma(seg).length + 1);
      if (info.institution === undefined && INSTITUTION.test(fold(tail))) info.institution = tail;
    } else if (info.institution === undefined && INSTITUTION.test(f)) {
      info.institution = seg.split(',').find((p) => INSTITUTION.test(fold(p))) ?? seg;
    }
  }
  const head = segments[0];
  if (info.diploma === undefined && head !== undefined && WEAK.test(fold(beforeComma(head))) && !startsWithInstitution(head)) {
    info.weak = true;
    const tail = head.slice(beforeComma(head).length + 1).trim();
    if (info.institution === undefined && /^\p{Lu}/u.test(tail) && !isKnownPlace(tail)) info.institution = tail;
  }
  return info;
}

/**
 * The diploma's name: cut at a comma followed by a qualifier ("Baccalauréat STMG, spécialité mercatique"),
 * an institution, a place or a year, kept whole otherwise ("Bac pro Accompagnement, soins et services à la
 * personne", "BTS SIO, option SISR"); parenthesised qualifiers dropped ("(niveau 5)", "(Distinction)").
 */
function cleanDiploma(s: string): string {
  const head = beforeComma(s);
  const tail = s.slice(head.length + 1).trim();
  const f = fold(tail);
  const cut = tail !== '' && (QUALIFIER_TAIL.test(f) || INSTITUTION.test(f) || isKnownPlace(tail) || /^\(?\d{4}/.test(tail));
  const name = dropQualifiers(cut ? head : s).replace(/\s+/g, ' ');
  return trimSeparators(name);
}

function cleanInstitution(s: string): string {
  return trimSeparators(beforeComma(s));
}

interface Group {
  infos: LineInfo[];
  diploma?: LineInfo;
  date?: DateRange;
  institution?: string;
}

function group(lines: readonly Line[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | undefined;
  for (const line of lines) {
    const info = analyse(line);
    const bullet = isBullet(line);
    const isDiploma = info.diploma !== undefined;
    const startNew =
      !cur ||
      (isDiploma && cur.diploma !== undefined) ||
      (!bullet && !isDiploma && isCertificationText(line.text)) ||
      (info.weak && cur.diploma !== undefined && cur.date !== undefined) ||
      (!bullet && info.date !== undefined && cur.date !== undefined && (cur.diploma !== undefined || isDiploma)) ||
      (!bullet && !isDiploma && info.institution !== undefined && cur.institution !== undefined && cur.diploma !== undefined);
    if (startNew || !cur) {
      cur = { infos: [] };
      groups.push(cur);
    }
    cur.infos.push(info);
    if (!cur.diploma && (isDiploma || info.weak)) cur.diploma = info;
    if (!cur.date && info.date) cur.date = info.date;
    if (!cur.institution && info.institution) cur.institution = info.institution;
  }
  return groups;
}

/** Institution of a group: an institution segment, else the other part of the diploma line, else the next line. */
function institutionOf(g: Group): string | undefined {
  if (g.institution) return cleanInstitution(g.institution);
  const d = g.diploma;
  if (!d) return undefined;
  const other = d.segments.find((s) => s !== d.diploma && !isKnownPlace(s) && !/^\(?\d/.test(s));
  if (other && d.diploma !== undefined) return cleanInstitution(other);
  const next = g.infos[g.infos.indexOf(d) + 1];
  const seg = next && !isBullet(next.line) ? next.segments[0] : undefined;
  return seg && !isKnownPlace(seg) ? cleanInstitution(seg) : undefined;
}

/**
 * Reads the lines of an education section into diplomas, and the certifications listed there (AWS, CCNA,
 * TOEIC… on a line without a diploma). An entry starts at a diploma line (a known diploma or "diplôme",
 * "titre professionnel"…), at a "formation"/"MOOC"/"bootcamp" line once the previous entry has its diploma
 * and date, or at a second date or a second institution; date-first and institution-first layouts group
 * the same way. `diploma` is the diploma part of its line, cut at the first comma, without qualifiers such as
 * "(niveau 5)"; `year` is the end year (start year for a lone date, none for a current course); `level` comes
 * from {@link qualificationLevel} on the diploma and its line.
 */
export function extractEducation(lines: readonly Line[]): { education: CvEducation[]; certifications: CvCertification[] } {
  const education: CvEducation[] = [];
  const certifications: CvCertification[] = [];
  for (const g of group(lines)) {
    const first = g.infos[0] as LineInfo;
    const last = g.infos[g.infos.length - 1] as LineInfo;
    const head = g.diploma ?? first;
    const headText = head.diploma ?? head.segments[0] ?? '';
    if (!g.diploma?.diploma && isCertificationText(head.line.text)) {
      const cert = certificationFromLine(head.line);
      if (cert) certifications.push(cert);
      continue;
    }
    const diploma = cleanDiploma(headText);
    if (diploma === '') continue;
    const e: CvEducation = { diploma, start: first.line.start, end: last.line.end };
    const institution = institutionOf(g);
    if (institution && institution !== diploma) e.institution = institution;
    const r = g.date;
    const year = r && !r.current ? (r.end?.year ?? r.start?.year) : undefined;
    if (year !== undefined) e.year = year;
    const level = qualificationLevel(headText) ?? qualificationLevel(head.line.text);
    if (level !== undefined) e.level = level;
    education.push(e);
  }
  return { education, certifications };
}
