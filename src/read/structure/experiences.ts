import type { CvExperience } from '../schema.js';
import { type DateRange, dateContext, findDateRange, findDuration, rangeMonths } from './dates.js';
import { descriptionLines } from './description.js';
import { type Line, isBullet, stripBullet } from './document.js';
import { type HeaderFields, isLabelledHeader, parseHeader } from './header.js';
import { isKnownPlace } from './places.js';
import { isCompanyName, looksLikeTask } from './roles.js';

const wordCount = (s: string): number => (s.trim() === '' ? 0 : s.trim().split(/\s+/).length);

const SEPARATOR_END = /[—–\-|·•,(:[/*_]\s*$/;
const SEPARATOR_START = /^\s*[—–\-|·•,():\]/*_]/;

/** A line that can hold a title, an employer or a place: short, not a bullet, not a sentence. */
function isHeaderLike(line: Line): boolean {
  const t = line.text;
  return !isBullet(line) && t.length <= 90 && wordCount(t) <= 12 && !/[.!?;]$/.test(t) && !/^\p{Ll}/u.test(t);
}

/**
 * The date range that makes `line` the date line of an entry, or undefined for dates inside sentences:
 * a lone year must stand at an edge of the line, set apart by a separator ("Fnac — 2019", "2019 : Stage"),
 * a range inside a line must be set apart on both sides ("Acme — 2019 – 2021 — Lyon"), and a bullet
 * holds an entry only when it starts with its range.
 */
function entryDate(line: Line): DateRange | undefined {
  const r = findDateRange(line.text, line.folded);
  if (!r) return undefined;
  const body = stripBullet(line.text);
  const at = r.index - body.removed;
  const { before, after, words } = dateContext(body.text, { ...r, index: at });
  // Is the date set apart from the words around it ("Acme — 2019 – 2021 — Lyon", "Acme (2019)")?
  const sepBefore = before === '' || SEPARATOR_END.test(body.text.slice(0, at));
  const sepAfter = after === '' || SEPARATOR_START.test(body.text.slice(at + r.length));
  if (/[.!?]$/.test(body.text) && words > 6) return undefined;
  if (isBullet(line) && (r.single || before !== '' || words > 12)) return undefined;
  if (r.single) {
    if (before !== '' && after !== '') return undefined;
    if (words > 10 || !sepBefore || !sepAfter) return undefined;
  } else if (before !== '' && after !== '' && (words > 16 || !sepBefore || !sepAfter)) return undefined;
  return r;
}

/** A line after the date line that names the employer: eight words at most, capitalised, no task word. */
function isEmployerLike(line: Line): boolean {
  if (!isHeaderLike(line) || looksLikeTask(line.text)) return false;
  const t = line.text;
  if (wordCount(t) > 8) return false;
  return isCompanyName(t) || /[,(|—–]/.test(t) || isKnownPlace(t) || (wordCount(t) <= 4 && t.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w)));
}

/** Header text of the date line: the line with its date (and a written duration) cut out. */
function withoutDate(line: Line, r: DateRange): string {
  let before = line.text.slice(0, r.index);
  let after = line.text.slice(r.index + r.length);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    before = before.replace(/\(\s*$/, '');
    after = after.replace(/^\s*\)/, '');
  }
  return `${before} | ${after}`;
}

function cutDuration(text: string): { text: string; months?: number } {
  const d = findDuration(text.toLowerCase());
  if (!d) return { text };
  return { text: `${text.slice(0, d.index)} ${text.slice(d.index + d.length)}`, months: d.months };
}

/** A line cut before its end: an unclosed parenthesis, or a final hyphen or comma ("(entrepôt e-"). */
function wrapped(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0) || /[-,]$/.test(text.trimEnd());
}

interface ParsedHeader {
  fields: HeaderFields;
  writtenMonths?: number;
}

interface Entry {
  first: number;
  last: number;
  header: number[];
  date?: DateRange;
  dateLine?: number;
  /** `readHeader`'s result for the header as it was when parsed (the header only grows). */
  parsed?: { size: number; value: ParsedHeader };
}

/** The entry's header lines as text (date and written duration cut out), parsed, and the written duration. */
function readHeader(lines: readonly Line[], e: Entry): ParsedHeader {
  if (e.parsed?.size === e.header.length) return e.parsed.value;
  let writtenMonths: number | undefined;
  const texts: string[] = [];
  for (const i of e.header) {
    const line = lines[i] as Line;
    const cut = cutDuration(i === e.dateLine && e.date ? withoutDate(line, e.date) : line.text);
    writtenMonths ??= cut.months;
    const prev = texts[texts.length - 1];
    if (prev !== undefined && wrapped(prev)) texts[texts.length - 1] = /\p{L}-$/u.test(prev) ? prev + cut.text : `${prev} ${cut.text}`;
    else texts.push(cut.text);
  }
  const fields = parseHeader(texts);
  const value: ParsedHeader = writtenMonths === undefined ? { fields } : { fields, writtenMonths };
  e.parsed = { size: e.header.length, value };
  return value;
}

function buildExperience(lines: readonly Line[], e: Entry, referenceDate: Date): CvExperience {
  const { fields, writtenMonths } = readHeader(lines, e);
  const headerSet = new Set(e.header);
  const body = lines.slice(e.first, e.last + 1).filter((l) => !headerSet.has(l.index));
  const r = e.date;
  const exp: CvExperience = {
    title: fields.title,
    current: r?.current ?? false,
    description: descriptionLines(body),
    span: { start: (lines[e.first] as Line).start, end: (lines[e.last] as Line).end },
  };
  if (fields.employer !== undefined) exp.employer = fields.employer;
  if (fields.location !== undefined) exp.location = fields.location;
  if (r?.start) exp.start = r.start;
  if (r?.end && !r.current) exp.end = r.end;
  const months = (r ? rangeMonths(r, referenceDate) : undefined) ?? writtenMonths;
  if (months !== undefined) exp.months = months;
  return exp;
}

/** Entries anchored on date lines (the common case). */
function datedEntries(lines: readonly Line[], anchors: ReadonlyArray<{ i: number; r: DateRange }>): Entry[] {
  const first = (anchors[0] as { i: number }).i;
  let pre = 0;
  while (pre < 3 && first - pre - 1 >= 0 && isHeaderLike(lines[first - pre - 1] as Line)) pre++;
  const anchorSet = new Set(anchors.map((a) => a.i));
  const entries: Entry[] = [];
  let floor = 0;
  anchors.forEach(({ i, r }, k) => {
    const header: number[] = [];
    for (let j = 1; j <= pre && i - j >= floor; j++) {
      const l = lines[i - j] as Line;
      if (anchorSet.has(i - j) || !isHeaderLike(l)) break;
      header.unshift(i - j);
    }
    header.push(i);
    const next = anchors[k + 1]?.i ?? lines.length;
    const entry: Entry = { first: header[0] as number, last: next - 1, header, date: r, dateLine: i };
    let after = i + 1;
    if (after < next && wrapped((lines[i] as Line).text) && !isBullet(lines[after] as Line)) header.push(after++);
    for (let j = after; j < next && j <= after + 1; j++) {
      const l = lines[j] as Line;
      if (isLabelledHeader(l.text) && next - j > pre) {
        header.push(j);
        continue;
      }
      if (!isHeaderLike(l)) break;
      const { fields } = readHeader(lines, entry);
      const takeTitle = pre === 0 && fields.title === '' && !looksLikeTask(l.text);
      if (!takeTitle && (fields.employer !== undefined || !isEmployerLike(l) || next - j <= pre)) break;
      header.push(j);
    }
    entries.push(entry);
    floor = (header[header.length - 1] as number) + 1;
  });
  // Each entry ends where the next one's header starts.
  entries.forEach((e, k) => {
    const n = entries[k + 1];
    if (n) e.last = n.first - 1;
  });
  return entries;
}

/** Entries without dates: a header-like line after a bullet list or a blank line starts an entry. */
function undatedEntries(lines: readonly Line[]): Entry[] {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (isHeaderLike(l) && !looksLikeTask(l.text) && (!prev || l.gapBefore || isBullet(prev))) starts.push(i);
  });
  return starts.map((s, k) => {
    const last = (starts[k + 1] ?? lines.length) - 1;
    const header = [s];
    const second = lines[s + 1];
    if (second && s + 1 <= last && isEmployerLike(second)) header.push(s + 1);
    return { first: s, last, header };
  });
}

/**
 * Splits the lines of an experience section into jobs. An entry is anchored on the line holding its date
 * range; the lines just before it are header lines too when the first entry has header lines before its
 * date (the count found on the first entry is reused: CVs are regular), and one or two lines after it when
 * the title or employer is still missing ("2019 – 2021" / "Développeur web" / "Acme, Lyon"). Title, employer
 * and location come from the header lines ({@link parseHeader}); the description is every other line of the
 * entry. Without any date line, a short line after a blank line or a bullet list starts an entry.
 *
 * @param lines the section's body lines, in order
 * @param referenceDate end of current jobs, for `months`
 */
export function extractExperiences(lines: readonly Line[], referenceDate: Date): CvExperience[] {
  const local = lines.map((l, i) => ({ ...l, index: i }));
  const anchors: Array<{ i: number; r: DateRange }> = [];
  local.forEach((l, i) => {
    const r = entryDate(l);
    if (r) anchors.push({ i, r });
  });
  const entries = anchors.length > 0 ? datedEntries(local, anchors) : undatedEntries(local);
  return entries.map((e) => buildExperience(local, e, referenceDate));
}
