import { describe, expect, it } from 'vitest';
import { experienceRange, monthIndex, monthOf, unionMonths } from './months.js';

const ref = monthOf(new Date(Date.UTC(2026, 2, 15))); // March 2026

describe('experienceRange', () => {
  it('covers both months of a dated job', () => {
    const r = experienceRange({ start: { year: 2014, month: 9 }, end: { year: 2021, month: 2 }, current: false }, ref);
    expect(r && r.last - r.first + 1).toBe(78);
  });

  it('runs a current job to the reference month', () => {
    const r = experienceRange({ start: { year: 2025, month: 9 }, current: true }, ref);
    expect(r).toEqual({ first: monthIndex({ year: 2025, month: 9 }, 1), last: ref });
  });

  it('trusts the months computed by the reader', () => {
    const r = experienceRange({ start: { year: 2012 }, end: { year: 2014 }, current: false, months: 24 }, ref);
    expect(r && r.last - r.first + 1).toBe(24);
  });

  it('reads a year without month as January to December', () => {
    const r = experienceRange({ start: { year: 2012 }, end: { year: 2014 }, current: false }, ref);
    expect(r && r.last - r.first + 1).toBe(36);
  });

  it('has no range without a start date', () => {
    expect(experienceRange({ end: { year: 2020 }, current: false }, ref)).toBeNull();
  });
});

describe('unionMonths', () => {
  it('counts overlapping jobs once', () => {
    // Jan 2020 – Dec 2020 and Jul 2020 – Jun 2021: 18 months, not 24
    const a = { first: monthIndex({ year: 2020, month: 1 }, 1), last: monthIndex({ year: 2020, month: 12 }, 1) };
    const b = { first: monthIndex({ year: 2020, month: 7 }, 1), last: monthIndex({ year: 2021, month: 6 }, 1) };
    expect(unionMonths([a, b])).toBe(18);
  });

  it('adds disjoint jobs and merges adjacent ones', () => {
    expect(unionMonths([{ first: 0, last: 11 }, { first: 24, last: 29 }])).toBe(18);
    expect(unionMonths([{ first: 0, last: 11 }, { first: 12, last: 13 }])).toBe(14);
  });

  it('counts a job nested in another once', () => {
    expect(unionMonths([{ first: 0, last: 35 }, { first: 10, last: 12 }])).toBe(36);
    expect(unionMonths([])).toBe(0);
  });
});
