/**
 * A header of years made of dates shown as their year ("yyyy"): the sheet shows 2022, 2023, 2024, and the table is read
 * as one headed by years typed so.
 */
import { formatShowsYearOnly, serialYear } from '../../src/core/figures';
import { periksaWorkbook } from '../../src/core/periksa';
import { WorkbookSnapshot } from '../../src/core/snapshot';
import { bold, book, sheet, storedSheet, V } from '../helpers/snap';

/** The serial Excel holds for 1 January of a year. */
const serial = (year: number) => Math.round(Date.UTC(year, 0, 1) / 86400000) + 25569;

const rows = (asDates: boolean): V[][] => [
  ['PERBANDINGAN REALISASI KINERJA 2022-2024'],
  [],
  [
    bold('No'),
    bold('Indikator'),
    bold('Target 2024'),
    ...[2022, 2023, 2024].map((y) => (asDates ? { v: serial(y), fmt: 'yyyy', bold: true } : bold(String(y)))),
    bold('Capaian 2024 (%)'),
  ],
  [1, 'Persentase A', 90, 85, 88, 92.7, 103],
  [2, 'Persentase B', 75, 70, 72.5, 74.1, 101.8],
  [3, 'Indeks C', 3.2, 2.9, 3.05, 3.26, 101.88],
];

const outcome = (wb: WorkbookSnapshot) => {
  const a = periksaWorkbook(wb);
  return {
    tables: a.tables.map((t) => `${t.range.top}:${t.range.bottom} ${t.kind}`),
    galat: a.findings.filter((f) => f.severity === 'galat').map((f) => `${f.rule} ${f.cell}`),
  };
};

describe.each([
  ['cells as objects', (asDates: boolean) => book(sheet('Tren', rows(asDates)))],
  ['cells in a store', (asDates: boolean) => book(storedSheet('Tren', rows(asDates)))],
])('a header of years (%s)', (_, make) => {
  const typed = { tables: ['3:6 pengukuran-kinerja'], galat: ['persen-capaian G5'] };
  test('typed as numbers: the table and its wrong capaian', () => {
    expect(outcome(make(false))).toEqual(typed);
  });
  test('made of dates shown "yyyy": read the same', () => {
    expect(outcome(make(true))).toEqual(typed);
  });
  test('read twice: the same (a year already is no date)', () => {
    const wb = make(true);
    outcome(wb);
    expect(outcome(wb)).toEqual(typed);
  });
});

test.each([
  ['yyyy', true],
  ['[$-421]yyyy', true],
  ['YYYY', true],
  ['"Tahun "yy', true],
  ['mmm-yy', false],
  ['dd/mm/yyyy', false],
  ['0', false],
  [undefined, false],
])('formatShowsYearOnly(%s) = %s', (fmt, yes) => {
  expect(formatShowsYearOnly(fmt)).toBe(yes);
});

test('serialYear', () => {
  expect([serialYear(serial(2022)), serialYear(serial(2024) + 200), serialYear(45657)]).toEqual([2022, 2024, 2024]);
});
