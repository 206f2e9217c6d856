import { describe, expect, it } from 'vitest';
import { findDateRange, findDates, findDuration, rangeMonths } from './dates.js';

const REF = new Date(Date.UTC(2025, 10, 15)); // 15 Nov 2025

function parse(s: string) {
  const r = findDateRange(s);
  if (!r) return undefined;
  return { start: r.start, end: r.end, current: r.current, months: rangeMonths(r, REF), match: s.slice(r.index, r.index + r.length) };
}

describe('findDateRange', () => {
  it.each([
    ['2019 – 2021', { year: 2019 }, { year: 2021 }, false, 24],
    ['2019 - 2020', { year: 2019 }, { year: 2020 }, false, 12],
    ['2015-2017', { year: 2015 }, { year: 2017 }, false, 24],
    ['2019/2020', { year: 2019 }, { year: 2020 }, false, 12],
    ['01/2020 - 06/2022', { year: 2020, month: 1 }, { year: 2022, month: 6 }, false, 30],
    ['09/2014 – 02/2021', { year: 2014, month: 9 }, { year: 2021, month: 2 }, false, 78],
    ['du 15/03/2019 au 30/06/2019', { year: 2019, month: 3 }, { year: 2019, month: 6 }, false, 4],
    ["janv. 2020 – aujourd'hui", { year: 2020, month: 1 }, undefined, true, 71],
    ['Janvier 2020 - à ce jour', { year: 2020, month: 1 }, undefined, true, 71],
    ['Depuis mars 2021', { year: 2021, month: 3 }, undefined, true, 57],
    ['Depuis 03/2021', { year: 2021, month: 3 }, undefined, true, 57],
    ['mars 2018 à juin 2020', { year: 2018, month: 3 }, { year: 2020, month: 6 }, false, 28],
    ['Sept 2019 - Present', { year: 2019, month: 9 }, undefined, true, 75],
    ['de 2012 à 2014', { year: 2012 }, { year: 2014 }, false, 24],
    ['Jan. 2020 – now', { year: 2020, month: 1 }, undefined, true, 71],
    ['Février 2017 – Août 2018', { year: 2017, month: 2 }, { year: 2018, month: 8 }, false, 19],
    ['fevrier 2017 - aout 2018', { year: 2017, month: 2 }, { year: 2018, month: 8 }, false, 19],
    ['Déc. 2016 — Févr. 2017', { year: 2016, month: 12 }, { year: 2017, month: 2 }, false, 3],
    ['janv. – mars 2020', { year: 2020, month: 1 }, { year: 2020, month: 3 }, false, 3],
    ['nov. – févr. 2020', { year: 2019, month: 11 }, { year: 2020, month: 2 }, false, 4],
    ['From May 2019 to June 2020', { year: 2019, month: 5 }, { year: 2020, month: 6 }, false, 14],
    ['since 2022', { year: 2022 }, undefined, true, 47],
    ['2021 – en cours', { year: 2021 }, undefined, true, 59],
    ['2023 - actuellement', { year: 2023 }, undefined, true, 35],
    ['Oct 2022 – current', { year: 2022, month: 10 }, undefined, true, 38],
    ['June 2024 – today', { year: 2024, month: 6 }, undefined, true, 18],
    ['entre 2018 et 2020', { year: 2018 }, { year: 2020 }, false, 24],
    ["Jan '19 – Dec '20", { year: 2019, month: 1 }, { year: 2020, month: 12 }, false, 24],
    ['2019 – mars 2021', { year: 2019 }, { year: 2021, month: 3 }, false, 27],
    ['juin 2020', { year: 2020, month: 6 }, { year: 2020, month: 6 }, false, 1],
    ['2019', { year: 2019 }, { year: 2019 }, false, 12],
  ])('%s', (text, start, end, current, months) => {
    expect(parse(text)).toMatchObject({ start, end, current, months });
  });

  it('gives the span of the range, prefixes included', () => {
    expect(parse('Agence Pixelune, Villeurbanne — CDD puis CDI — sept. 2025 – aujourd’hui')?.match).toBe('sept. 2025 – aujourd’hui');
    expect(parse('Développeur (de 2012 à 2014)')?.match).toBe('de 2012 à 2014');
    expect(parse("Distrib'Ouest SARL — Depuis 03/2021")?.match).toBe('Depuis 03/2021');
  });

  it('prefers a real range over a lone year earlier in the line', () => {
    expect(parse('Windows Server 2019 : migration, 01/2020 - 06/2022')?.match).toBe('01/2020 - 06/2022');
  });

  it('ignores phone numbers, postcodes and other numbers', () => {
    expect(findDates('06 12 34 56 78 · 75019 Paris · +33 6 20 19 20 18')).toEqual([]);
    expect(findDates('150 références par mois, 3,5 M€')).toEqual([]);
  });

  it('does not make a range of dates in the wrong order', () => {
    const all = findDates('2021 - 2019');
    expect(all.map((r) => r.single)).toEqual([true, true]);
  });

  it('finds several lone dates in a sentence', () => {
    expect(findDates('Meilleure vendeuse du magasin en 2018 et 2019').map((r) => r.start?.year)).toEqual([2018, 2019]);
  });
});

describe('rangeMonths', () => {
  it('is 0 for a current job starting after the reference date', () => {
    expect(rangeMonths({ start: { year: 2026, month: 1 }, current: true }, REF)).toBe(0);
  });
  it('is undefined without a start', () => {
    expect(rangeMonths({ current: true }, REF)).toBeUndefined();
  });
});

describe('findDuration', () => {
  it.each([
    ['(3 ans)', 36],
    ['2 ans et 3 mois', 27],
    ['18 mois', 18],
    ['6 months', 6],
    ['1 an', 12],
    ['4 years 2 months', 50],
  ])('%s → %d months', (text, months) => {
    expect(findDuration(text)?.months).toBe(months);
  });
  it('needs a unit', () => {
    expect(findDuration('3 personnes')).toBeUndefined();
  });
});
