/**
 * Dates read as the sheet shows them: a header of years made of dates shown as their year ("yyyy") reads as one of
 * years typed; a header of months made of dates ("mmm-yy") as one of months typed.
 */
import { formatShowsYearOnly, monthShown, serialYear } from '../../src/core/figures';
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

/** The serial Excel holds for the first of a month. */
const monthSerial = (year: number, month: number) => Math.round(Date.UTC(year, month, 1) / 86400000) + 25569;

describe('a header of months made of dates', () => {
  // services by month (a kecamatan's), each row's Jumlah its months' sum; "Legalisasi" typed 10 too many
  const counts = [
    [31, 28, 35, 40, 22, 37, 41, 30, 29, 33, 36, 25],
    [12, 9, 14, 11, 10, 8, 15, 13, 12, 9, 11, 16],
    [5, 7, 6, 4, 8, 5, 6, 7, 5, 6, 4, 9],
  ];
  const services = ['Surat Keterangan Domisili', 'Surat Keterangan Tidak Mampu', 'Legalisasi Dokumen'];
  const rows = (header: (m: number) => V): V[][] => [
    ['REKAPITULASI PELAYANAN ADMINISTRASI KECAMATAN TAHUN 2024'],
    [],
    [bold('No'), bold('Jenis Pelayanan'), ...counts[0].map((_, m) => header(m)), bold('Jumlah')],
    ...counts.map((c, i): V[] => [i + 1, services[i], ...c, c.reduce((a, b) => a + b, 0) + (i === 2 ? 10 : 0)]),
  ];
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  const expected = { tables: ['3:6 lainnya'], galat: ['jumlah-total O6'] };
  test('typed as text: the table and its wrong Jumlah', () => {
    expect(
      outcome(
        book(
          sheet(
            'Pelayanan',
            rows((m) => bold(names[m])),
          ),
        ),
      ),
    ).toEqual(expected);
  });
  test.each(['mmm-yy', 'mmmm yyyy', '[$-421]mmm yy;@', 'mmmm', 'mmm'])('made of dates shown "%s": read the same', (fmt) => {
    const header = (m: number): V => ({ v: monthSerial(2024, m), fmt, bold: true });
    expect(outcome(book(sheet('Pelayanan', rows(header))))).toEqual(expected);
    expect(outcome(book(storedSheet('Pelayanan', rows(header))))).toEqual(expected);
  });
});

test.each([
  ['mmm-yy', 7, 'Agu-24'],
  ['mmmm yyyy', 0, 'Januari 2024'],
  ['[$-421]mmm yy;@', 11, 'Des 24'],
  ['mm/yyyy', 2, '03/2024'],
  ['yyyy-mmm', 4, '2024-Mei'],
])('monthShown(%s) writes the first of month %i of 2024 as %s', (fmt, month, text) => {
  expect(monthShown(fmt)?.(monthSerial(2024, month))).toBe(text);
});

test.each(['dd/mm/yyyy', 'd mmmm yyyy', 'h:mm', 'mm:ss', 'yyyy', '#,##0', 'General', undefined])('monthShown(%s): no month alone', (fmt) => {
  expect(monthShown(fmt)).toBeUndefined();
});

test('monthShown leaves a number of no report year as it is (a count under a month format)', () => {
  expect(monthShown('mmm-yy')?.(12)).toBe(12);
});
