import type { CvDate, CvExperience } from '../../read/schema.js';

/** An inclusive range of months, as month indices (`year * 12 + month - 1`). */
export interface MonthRange {
  first: number;
  last: number;
}

/** Month index of a date: `year * 12 + (month - 1)`; a date without month counts as `defaultMonth` (1..12). */
export function monthIndex(date: CvDate, defaultMonth: number): number {
  return date.year * 12 + (date.month ?? defaultMonth) - 1;
}

/** Month index of a JavaScript date (UTC). */
export function monthOf(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/**
 * The months an experience covers, or null when it has no start date. The end is, in order: the reader's `months`
 * (trusted when given), the end date (December when only the year is known), the reference month for a current
 * job, else the start month alone. Ranges ending after the reference month are cut there.
 */
export function experienceRange(exp: Pick<CvExperience, 'start' | 'end' | 'current' | 'months'>, reference: number): MonthRange | null {
  if (exp.start === undefined) return null;
  const first = monthIndex(exp.start, 1);
  let last: number;
  if (exp.months !== undefined && exp.months > 0) last = first + exp.months - 1;
  else if (exp.end !== undefined) last = monthIndex(exp.end, 12);
  else if (exp.current) last = reference;
  else last = first;
  last = Math.min(last, Math.max(first, reference));
  return last < first ? null : { first, last };
}

/** Number of months in the union of ranges: overlapping jobs are counted once. */
export function unionMonths(ranges: readonly MonthRange[]): number {
  const sorted = [...ranges].sort((a, b) => a.first - b.first || a.last - b.last);
  let total = 0;
  let curFirst = -1;
  let curLast = -2;
  for (const r of sorted) {
    if (r.first > curLast + 1) {
      if (curLast >= curFirst && curFirst >= 0) total += curLast - curFirst + 1;
      curFirst = r.first;
      curLast = r.last;
    } else if (r.last > curLast) curLast = r.last;
  }
  if (curFirst >= 0 && curLast >= curFirst) total += curLast - curFirst + 1;
  return total;
}
