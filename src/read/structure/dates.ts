import type { CvDate } from '../schema.js';
import { fold } from './fold.js';
import { trimSeparators } from './trim.js';

/** Folded month names and abbreviations (French and English) → month number. */
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1, jany: 1,
  fevrier: 2, fevr: 2, fev: 2, feb: 2, febr: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, apr: 4, april: 4,
  mai: 5, may: 5,
  juin: 6, jun: 6, june: 6,
  juillet: 7, juil: 7, juill: 7, jul: 7, july: 7,
  aout: 8, aug: 8, august: 8,
  septembre: 9, sept: 9, sep: 9, september: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  decembre: 12, dec: 12, december: 12,
};

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
const PRESENT =
  "aujourd'hui|aujourd hui|a ce jour|ce jour|jusqu'a present|a present|a l'heure actuelle|present|en cours|actuellement|maintenant|nos jours|currently|current|now|today|ongoing|to date";

/** One date-like token: all groups are optional, `kind` tells which alternative matched. */
const TOKEN = new RegExp(
  [
    // 15/03/2020, 03/2020, 3.2020, 03-2020
    `(?<![\\d/.])(?:[0-3]?\\d[/.])?(?<nm>0?[1-9]|1[0-2])\\s?[/.-]\\s?(?<ny>${YEAR})(?!\\d)`,
    // janv. 2020, Sept 2019, mars2018, Jan '19, décembre de 2019
    `(?<![a-z])(?<mm>${MONTH})(?![a-z])\\.?,?\\s*(?:de\\s+|of\\s+)?(?:(?<my>${YEAR})(?!\\d)|'(?<my2>\\d\\d)(?!\\d))`,
    `(?<![\\d.])(?<y>${YEAR})(?!\\d)`,
    `(?<![a-z])(?<p>${PRESENT})(?![a-z])`,
    `(?<![a-z])(?<bm>${MONTH})(?![a-z])\\.?`,
  ].join('|'),
  'g',
);

const SEP = /^\s*(?:-+|–|—|‐|−|~|→|->|>|à|a|au|to|till|until|jusqu'a|jusqu'au|jusqu'en|jusqu'a aujourd'hui)\s*$/;
const SLASH = /^\s*\/\s*$/;
const AND = /^\s*(?:et|and|&)\s*$/;
const PREFIX = /(?<![a-z])(de|du|des|from|depuis|since|entre|between)\s*:?\s*$/;
const SINCE = new Set(['depuis', 'since', 'des']);
const BETWEEN = new Set(['entre', 'between']);

interface Token {
  kind: 'date' | 'month' | 'present';
  index: number;
  end: number;
  year?: number;
  month?: number;
}

/** A date or date range found in a line. */
export interface DateRange {
  start?: CvDate;
  end?: CvDate;
  /** "aujourd'hui", "en cours", "present", "depuis mars 2021"… */
  current: boolean;
  /** A lone date, not a range ("2019", "juin 2020"). */
  single: boolean;
  /** Offset of the match (prefix included) in the searched string, and its length. */
  index: number;
  length: number;
}

function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const index = m.index;
    const end = index + m[0].length;
    if (g.ny) out.push({ kind: 'date', index, end, year: Number(g.ny), month: Number(g.nm) });
    else if (g.mm) {
      const year = g.my ? Number(g.my) : 2000 + Number(g.my2);
      out.push({ kind: 'date', index, end, year: year > 2069 ? year - 100 : year, month: MONTHS[g.mm] as number });
    } else if (g.y) out.push({ kind: 'date', index, end, year: Number(g.y) });
    else if (g.p) out.push({ kind: 'present', index, end });
    else if (g.bm) out.push({ kind: 'month', index, end, month: MONTHS[g.bm] as number });
  }
  return out;
}

function toDate(t: Token): CvDate | undefined {
  if (t.year === undefined) return undefined;
  return t.month === undefined ? { year: t.year } : { year: t.year, month: t.month };
}

function before(a: CvDate, b: CvDate): boolean {
  return a.year < b.year || (a.year === b.year && (a.month ?? 1) <= (b.month ?? 12));
}

/**
 * Finds every date and date range in a line, French or English, left to right: "2019 – 2021",
 * "01/2020 - 06/2022", "janv. 2020 – aujourd'hui", "Depuis mars 2021", "mars 2018 à juin 2020",
 * "Sept 2019 - Present", "2015-2017", "de 2012 à 2014", "Jan. 2020 – now", "janv. – mars 2020",
 * "entre 2018 et 2020", "2019/2020". Years run 1950..2099. A range whose end precedes its start is not a range.
 */
export function findDates(text: string, folded: string = fold(text)): DateRange[] {
  if (!/\d/.test(folded)) return [];
  const tokens = tokenize(folded);
  const out: DateRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'present') continue;
    const lo = Math.max(0, t.index - 12);
    const prefix = PREFIX.exec(folded.slice(lo, t.index));
    const word = prefix?.[1] ?? '';
    const index = prefix ? lo + prefix.index : t.index;
    const u = tokens[i + 1];
    const gap = u ? folded.slice(t.end, u.index) : '';
    const joined =
      u !== undefined &&
      (SEP.test(gap) ||
        (SLASH.test(gap) && t.month === undefined && u.kind === 'date' && u.month === undefined) ||
        (AND.test(gap) && BETWEEN.has(word)));
    if (u && joined) {
      let start = toDate(t);
      if (t.kind === 'month' && u.kind === 'date' && u.year !== undefined && u.month !== undefined) {
        start = { year: (t.month as number) > u.month ? u.year - 1 : u.year, month: t.month as number };
      }
      if (start && u.kind === 'present') {
        out.push({ start, current: true, single: false, index, length: u.end - index });
        i++;
        continue;
      }
      const end = toDate(u);
      if (start && end && before(start, end)) {
        out.push({ start, end, current: false, single: false, index, length: u.end - index });
        i++;
        continue;
      }
    }
    const start = toDate(t);
    if (!start) continue;
    if (SINCE.has(word)) out.push({ start, current: true, single: false, index, length: t.end - index });
    else out.push({ start, end: start, current: false, single: true, index: t.index, length: t.end - t.index });
  }
  return out;
}

/** The first real range of the line, else its first lone date. */
export function findDateRange(text: string, folded?: string): DateRange | undefined {
  const all = findDates(text, folded);
  return all.find((r) => !r.single) ?? all[0];
}

const DURATION =
  /(?<![\w])(?:(\d{1,2})\s*(?:ans?|years?|yrs?)(?:\s*(?:et|and|,)?\s*(\d{1,2})\s*(?:mois|months?))?|(\d{1,3})\s*(?:mois|months?))(?![a-z])/;

/** A written duration: "(3 ans)", "2 ans et 3 mois", "18 mois", "6 months", "1 year". */
export function findDuration(folded: string): { months: number; index: number; length: number } | undefined {
  const m = DURATION.exec(folded);
  if (!m) return undefined;
  const months = m[3] !== undefined ? Number(m[3]) : Number(m[1]) * 12 + Number(m[2] ?? 0);
  return { months, index: m.index, length: m[0].length };
}

/**
 * Duration of a range in months, both ends included (janv.→mars = 3). Rules:
 * - a current range ends at `referenceDate` (its UTC year and month);
 * - year-only on both sides: (endYear − startYear) × 12, at least 12 — "2019 – 2020" = 12, "2019" = 12,
 *   "2019 – 2021" = 24;
 * - otherwise a missing start month counts as January and a missing end month as December
 *   ("2019 – mars 2021" = 27).
 * Undefined without a start; 0 when a current range starts after the reference date.
 */
export function rangeMonths(range: Pick<DateRange, 'start' | 'end' | 'current'>, referenceDate: Date): number | undefined {
  const { start } = range;
  if (!start) return undefined;
  const end: CvDate | undefined = range.current
    ? { year: referenceDate.getUTCFullYear(), month: referenceDate.getUTCMonth() + 1 }
    : (range.end ?? start);
  if (start.month === undefined && end.month === undefined) return Math.max(12, (end.year - start.year) * 12);
  const months = (end.year - start.year) * 12 + (end.month ?? 12) - (start.month ?? 1) + 1;
  return Math.max(0, months);
}

/** What surrounds a date range in its line: the text before and after (separators trimmed) and their word count. */
export function dateContext(text: string, r: DateRange): { before: string; after: string; words: number } {
  const before = trimSeparators(text.slice(0, Math.max(0, r.index)), true);
  const after = trimSeparators(text.slice(r.index + r.length), true);
  const count = (s: string): number => (s === '' ? 0 : s.split(/\s+/).length);
  return { before, after, words: count(before) + count(after) };
}
