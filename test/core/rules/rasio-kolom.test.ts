/** rasio-kolom through the RuleTester: a rate ("per 1.000 KH", "Ton/Ha") the table computes from two of its columns. */
import { rasioKolom } from '../../../src/core/rules/rasio-kolom';
import { book, findings, galat, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';

// A health office's infant deaths by kecamatan: deaths over live births × 1.000, the Jumlah row its sums' rate
const akb = (selatan: V, jumlah: V = 7.41) =>
  book(
    sheet('AKB', [
      ['No', 'Kecamatan', 'Jumlah Lahir Hidup', 'Jumlah Kematian Bayi', 'AKB (per 1.000 KH)'],
      [1, 'Kota', 1250, 9, 7.2],
      [2, 'Utara', 980, 8, 8.16],
      [3, 'Selatan', 1430, 12, selatan],
      [4, 'Timur', 760, 5, 6.58],
      [5, 'Barat', 1110, 7, 6.31],
      [null, 'Jumlah', 5530, 41, jumlah],
    ]),
  );

// An agriculture office's harvest: production over harvested area
const panen = (kedelai: V) =>
  book(
    sheet('Pertanian', [
      ['No', 'Komoditas', 'Luas Panen (Ha)', 'Produksi (Ton)', 'Produktivitas (Ton/Ha)'],
      [1, 'Padi sawah', 12500, 68750, 5.5],
      [2, 'Jagung', 4300, 23650, 5.5],
      [3, 'Kedelai', 850, 1275, kedelai],
      [4, 'Kacang tanah', 620, 992, 1.6],
      [5, 'Ubi kayu', 1100, 24200, 22],
    ]),
  );

// The same typed to two decimals under the General format, which drops a figure's trailing zeros ("3" is 3,00 typed)
const produktivitas = (kacang: V) =>
  book(
    sheet('Rasio', [
      ['No', 'Komoditas', 'Luas Panen (Ha)', 'Produksi (Ton)', 'Produktivitas (Ton/Ha)'],
      [1, 'Padi ladang', 10895, 24919, 2.29],
      [2, 'Padi sawah', 12058, 66741, 5.53],
      [3, 'Kedelai', 13532, 50827, 3.76],
      [4, 'Ubi jalar', 3664, 5982, 1.63],
      [5, 'Kacang tanah', 5458, 16365, kacang],
    ]),
  );

// The cost of each output: the money spent over the output delivered (an analysis of efficiency)
const biaya = (izin: V) =>
  book(
    sheet('Biaya Output', [
      ['No', 'Output Kegiatan', 'Realisasi Output', 'Satuan', 'Realisasi Anggaran (Rp)', 'Biaya per Satuan Output (Rp)'],
      [1, 'Pelatihan aparatur', 240, 'orang', 612000000, 2550000],
      [2, 'Dokumen perencanaan', 6, 'dokumen', 348000000, 58000000],
      [3, 'Layanan perizinan terbit', 1850, 'izin', 425500000, izin],
      [4, 'Aplikasi layanan publik', 3, 'aplikasi', 297000000, 99000000],
    ]),
  );

// Population by desa: the sex ratio is men per 100 women, a "Rasio" whose header names no multiplier
const penduduk = (babakan: V) =>
  book(
    sheet('Kependudukan', [
      ['No', 'Desa', 'Laki-laki', 'Perempuan', 'Jumlah', 'Rasio Jenis Kelamin'],
      [1, 'Tanjungsari', 2412, 2388, 4800, 101.01],
      [2, 'Sindangjaya', 1980, 2044, 4024, 96.87],
      [3, 'Mekarwangi', 3105, 3021, 6126, 102.78],
      [4, 'Cikadu', 1544, 1602, 3146, 96.38],
      [5, 'Babakan', 1833, 1871, 3704, babakan],
    ]),
  );

ruleTester(rasioKolom, {
  valid: [
    { name: 'groundnut: 16.365 ÷ 5.458 = 2,9984, typed 3 in a column of two decimals (3,00)', book: produktivitas(3) },
    { name: 'every sex ratio is the men per 100 women (a "Rasio" naming no multiplier: the figures decide)', book: penduduk(97.97) },
    { name: 'every AKB is the deaths over the live births × 1.000, the Jumlah row too', book: akb(8.39) },
    { name: 'every productivity is the production over the harvested area', book: panen(1.5) },
    { name: 'every cost per output is the money spent over the output delivered', book: biaya(230000) },
    {
      name: 'only two rows follow a formula: too few to tell which columns the rate comes from',
      book: book(
        sheet('Kepadatan', [
          ['Kecamatan', 'Luas (km²)', 'Penduduk (jiwa)', 'Kepadatan (jiwa/km²)'],
          ['Kota', 12.5, 48200, 3856],
          ['Utara', 40.2, 31050, 772.39],
          ['Selatan', 33.8, 27400, 900],
        ]),
      ),
    },
    {
      // a target and realisasi "per 1.000 KH" are an indikator's, judged by the capaian rule, never a column's rate
      name: 'an indikator measured per 1.000 KH: its target and realisasi are no rate of two columns',
      book: book(
        sheet('Pengukuran', [
          ['No', 'Indikator', 'Target (per 1.000 KH)', 'Realisasi (per 1.000 KH)', 'Capaian (%)'],
          [1, 'Angka Kematian Bayi', 10, 8.2, 118],
          [2, 'Angka Kematian Balita', 12, 10.5, 112.5],
          [3, 'Angka Kematian Neonatal', 7, 6.3, 110],
        ]),
      ),
    },
  ],
  invalid: [
    {
      // (the other figures show two decimals: "2" is 2,00, not 2,9984 cut off to a whole number)
      name: 'groundnut: 16.365 ÷ 5.458 = 2,9984, typed 2 in a column of two decimals',
      book: produktivitas(2),
      findings: [{ cell: 'E6', related: ['D6', 'C6'], actual: 2 }],
    },
    {
      name: 'perizinan: Rp 425.500.000 over 1.850 permits is Rp 230.000 each, written 250.000',
      book: biaya(250000),
      findings: [{ cell: 'F4', related: ['E4', 'C4'], expected: 230000, actual: 250000 }],
    },
    {
      name: 'Babakan: 1.833 men to 1.871 women is 97,97 per 100, written 101,47',
      book: penduduk(101.47),
      findings: [{ cell: 'F6', related: ['C6', 'D6'], expected: 97.969, actual: 101.47 }],
    },
    {
      name: 'Selatan: 12 deaths of 1.430 live births is 8,39 per 1.000, written 9,39',
      book: akb(9.39),
      findings: [{ cell: 'E4', related: ['D4', 'C4'], expected: 8.3916, actual: 9.39 }],
    },
    {
      name: 'the Jumlah row: 41 of 5.530 is 7,41 per 1.000, written 7,36',
      book: akb(8.39, 7.36),
      findings: [{ cell: 'E7', related: ['D7', 'C7'], actual: 7.36 }],
    },
    {
      name: 'kedelai: 1.275 ton of 850 ha is 1,5 ton/ha, written 1,6',
      book: panen(1.6),
      findings: [{ cell: 'E4', related: ['D4', 'C4'], expected: 1.5, actual: 1.6 }],
    },
  ],
});

test('the message names both columns, the multiplier and the computation', () => {
  const [f] = findings(akb(9.39), 'rasio-kolom');
  expect(f.message).toBe(
    'AKB (per 1.000 KH) Selatan tertulis 9,39, padahal kolom "Jumlah Kematian Bayi" ÷ kolom "Jumlah Lahir Hidup" × 1.000 = ' +
      '12 ÷ 1.430 × 1.000 = 8,3916 (5 baris lain di kolom ini dihitung dengan rumus itu).',
  );
});

test('no rule sums a rate: the Jumlah row of the AKB is its sums’ rate, no error of any rule', () => {
  expect(galat(akb(8.39)).map((f) => [f.rule, f.cell])).toEqual([]);
  expect(galat(panen(1.5)).map((f) => [f.rule, f.cell])).toEqual([]);
});

describe('a rate written between its inputs, as statistics lay it out ("Luas Panen | Produktivitas | Produksi")', () => {
  const bps = (kacang: V) =>
    book(
      sheet('Rasio', [
        ['No', 'Komoditas', 'Luas Panen (Ha)', 'Produktivitas (ton/ha)', 'Produksi (Ton)'],
        [1, 'Padi sawah', 4327, 2.07, 8958],
        [2, 'Padi ladang', 4997, 3.72, 18602],
        [3, 'Ubi jalar', 8177, 5.49, 44910],
        [4, 'Ubi kayu', 14784, 5.36, 79213],
        [5, 'Kacang tanah', 12183, kacang, 24715],
      ]),
    );

  test('each row is produksi ÷ luas panen; one typed wrong is a galat', () => {
    expect(galat(bps(2.03))).toEqual([]);
    expect(findings(bps(1.53), 'rasio-kolom').map((f) => [f.cell, f.related])).toEqual([['D6', ['E6', 'C6']]]);
  });
});
