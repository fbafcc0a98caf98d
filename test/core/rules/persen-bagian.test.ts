/** persen-bagian through the RuleTester: a percentage column of each row's share of its column's total. */
import { persenBagian } from '../../../src/core/rules/persen-bagian';
import { book, findings, galat, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';
import { progresFisik } from '../../helpers/progres';

// A recap of the IKU by category of capaian: 14 indikator, each category's share of them
const rekap = (berhasil: V, jumlah: V = 14, persenJumlah: V = 100) =>
  book(
    sheet('Rekap', [
      ['Tabel 3.9 Rekapitulasi Capaian Indikator Kinerja Utama Tahun 2024'],
      [],
      ['No', 'Kategori Capaian', 'Jumlah Indikator', 'Persentase (%)'],
      [1, 'Sangat Berhasil (≥ 110%)', 3, 21.43],
      [2, 'Berhasil (90% - < 110%)', 8, berhasil],
      [3, 'Cukup Berhasil (70% - < 90%)', 2, 14.29],
      [4, 'Kurang Berhasil (60% - < 70%)', 1, 7.14],
      [5, 'Tidak Berhasil (< 60%)', 0, 0],
      [null, 'Jumlah', jumlah, persenJumlah],
    ]),
  );

// A BKPSDM's staff by rank, no Jumlah row: the shares are of the rows' sum (412)
const pegawai = (golIII: V) =>
  book(
    sheet('Pegawai', [
      ['Golongan', 'Jumlah Pegawai (orang)', '%'],
      ['Golongan I', 12, 2.91],
      ['Golongan II', 96, 23.3],
      ['Golongan III', 218, golIII],
      ['Golongan IV', 86, 20.87],
    ]),
  );

// Health facilities by kecamatan: two counts, a share of the Puskesmas only
const sarana = (utara: V) =>
  book(
    sheet('Sarana', [
      ['No', 'Kecamatan', 'Puskesmas', 'Pustu', 'Persentase Puskesmas (%)'],
      [1, 'Kota', 4, 6, 25],
      [2, 'Utara', 3, 9, utara],
      [3, 'Selatan', 5, 7, 31.25],
      [4, 'Timur', 2, 8, 12.5],
      [5, 'Barat', 2, 5, 12.5],
      [null, 'Jumlah', 16, 35, 100],
    ]),
  );

ruleTester(persenBagian, {
  valid: [
    // a weight times a measure (bobot × fisik ÷ 100): equal to the weight, the pagu's share, where the works are finished
    ...['Tertimbang (%)', 'Kontribusi (%)', '(%)'].map((header) => ({
      name: `a weighted progress headed "${header}": no share or quotient of the pagu or the weight, the unfinished bridge no error`,
      book: progresFisik(header),
    })),
    {
      // each IKU's weight is given, not worked out: with capaian near 100 % the weights happen to lie within a unit of
      // each row's share of the weighted values, and a weight of 15 beside 13,92 % is no error
      name: 'a weighted IKU table: the "Bobot (%)" column is a weight given to each indicator, no share of another column',
      book: book(
        sheet('Capaian IKU', [
          ['No', 'Indikator Kinerja Utama', 'Bobot (%)', 'Target', 'Realisasi', 'Capaian (%)', 'Nilai Tertimbang'],
          [1, 'Persentase ibu hamil mendapatkan pelayanan kesehatan', 25, 100, 96.4, 96.4, 24.1],
          [2, 'Persentase balita gizi baik', 20, 90, 88.7, 98.56, 19.71],
          [3, 'Cakupan imunisasi dasar lengkap', 20, 95, 97.2, 102.32, 20.46],
          [4, 'Persentase puskesmas terakreditasi paripurna', 15, 60, 55, 91.67, 13.75],
          [5, 'Indeks kepuasan masyarakat', 20, 82, 84.1, 102.56, 20.51],
          [null, 'JUMLAH', 100, null, null, null, 98.53],
        ]),
      ),
    },
    { name: 'every category is its count over the 14 indikator, the Jumlah row 100 %', book: rekap(57.14) },
    { name: 'staff by rank: every share of the 412 with no Jumlah row', book: pegawai(52.91) },
    { name: 'the Puskesmas by kecamatan: the share of the Puskesmas column', book: sarana(18.75) },
    { name: 'shares rounded to whole percents, their Jumlah 100', book: rekap(57) },
    {
      name: 'a percentage of each row’s own figures (a coverage) is no share of the column',
      book: book(
        sheet('SPM', [
          ['No', 'Kecamatan', 'Sasaran', 'Terlayani', 'Cakupan (%)'],
          [1, 'Kota', 420, 401, 95.48],
          [2, 'Utara', 310, 288, 92.9],
          [3, 'Selatan', 505, 470, 93.07],
          [4, 'Timur', 260, 251, 96.54],
          [null, 'Jumlah', 1495, 1410, 94.31],
        ]),
      ),
    },
    {
      name: 'two rows only follow a share: too few to tell',
      book: book(
        sheet('Kecil', [
          ['Uraian', 'Jumlah', '%'],
          ['A', 5, 50],
          ['B', 3, 30],
          ['C', 2, 25],
        ]),
      ),
    },
    {
      name: 'a programme hierarchy: a share may be of its parent, not judged',
      book: book(
        sheet('Anggaran', [
          ['Kode', 'Uraian', 'Pagu (Rp)', 'Proporsi (%)'],
          ['1.02.01', 'Program Penunjang Urusan Pemerintahan Daerah', 600000000, 60],
          ['1.02.01.1.01', 'Administrasi Keuangan', 400000000, 66.67],
          ['1.02.01.1.02', 'Administrasi Umum', 200000000, 33.33],
          ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 400000000, 40],
          ['1.02.02.1.01', 'Penyediaan Fasilitas Kesehatan', 300000000, 75],
          ['1.02.02.1.02', 'Penyediaan Layanan Kesehatan', 100000000, 25],
          [null, 'Jumlah', 1000000000, 100],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'Berhasil: 8 of 14 indikator is 57,14 %, written 60,14',
      book: rekap(60.14),
      findings: [{ cell: 'D5', related: ['C5', 'C9'], expected: 57.14, actual: 60.14 }],
    },
    {
      name: 'Golongan III: 218 of 412 is 52,91 %, written 53,91 (no Jumlah row: the shares are of the rows’ sum)',
      book: pegawai(53.91),
      findings: [{ cell: 'C4', related: ['B4', 'B2:B5'], expected: 52.91, actual: 53.91 }],
    },
    {
      name: 'Utara: 3 of 16 Puskesmas is 18,75 %, written 26,25 (the Pustu column beside it is not the one shared)',
      book: sarana(26.25),
      findings: [{ cell: 'E3', related: ['C3', 'C7'], expected: 18.75 }],
    },
    {
      name: 'the Jumlah row’s share is the whole: 100 %, written 95',
      book: rekap(57.14, 14, 95),
      findings: [{ cell: 'D9', related: ['C9'], expected: 100, actual: 95 }],
    },
  ],
});

test('a Jumlah typed wrong: the shares of the rows’ own sum stand, the Jumlah is the one error (jumlah-total’s)', () => {
  expect(findings(rekap(57.14, 15), 'persen-bagian')).toEqual([]);
  expect(galat(rekap(57.14, 15)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'C9']]);
});

test('a percentage of a standard near the column’s total (% AKE: energy over 2 100 kcal, the JUMLAH 2 112) is no share of it', () => {
  // (its JUMLAH, 98,6 %, adds up its rows as written and is short of 100 % by more than their errors as shares of 2 112
  // account for; shown to one decimal, most rows fit 2 112 as the whole as well as 2 100)
  const pph = book(
    sheet('PPH', [
      ['No', 'Kelompok Pangan', 'Energi (kkal)', '% AKE'],
      [1, 'Padi-padian', 1180, 56.2],
      [2, 'Umbi-umbian', 98, 4.7],
      [3, 'Pangan hewani', 215, 10.2],
      [4, 'Minyak dan lemak', 232, 11],
      [5, 'Buah/biji berminyak', 41, 2],
      [6, 'Kacang-kacangan', 72, 3.4],
      [7, 'Gula', 95, 4.5],
      [8, 'Sayur dan buah', 101, 4.8],
      [9, 'Lain-lain', 38, 1.8],
      [null, 'Jumlah', 2112, 98.6],
    ]),
  );
  expect(findings(pph, 'persen-bagian')).toEqual([]);
});

test('the message names the column shared, the figures and the rows that follow it', () => {
  const [f] = findings(rekap(60.14), 'persen-bagian');
  expect(f.message).toBe(
    'Persentase (%) Berhasil (90% - < 110%) tertulis 60,14 %, padahal kolom "Jumlah Indikator" ÷ jumlahnya × 100 = 8 ÷ 14 × 100 = 57,14 % ' +
      '(3 baris lain di kolom ini dihitung dengan rumus itu).',
  );
});

test('a row whose count a sum rule finds wrong: its share of the right count is no second error', () => {
  // Timur's Jumlah typed 28 where its facilities add up to 36; its share (and the Jumlah row) were worked out from the 36
  const wb = book(
    sheet('Sarana', [
      ['Kecamatan', 'Puskesmas', 'Pustu', 'Poskesdes', 'Jumlah', 'Persentase (%)'],
      ['Kota', 30, 12, 4, 46, 25.27],
      ['Utara', 25, 9, 2, 36, 19.78],
      ['Selatan', 40, 14, 6, 60, 32.97],
      ['Timur', 25, 9, 2, 28, 19.78],
      ['Barat', 2, 1, 1, 4, 2.2],
      ['Jumlah', 122, 45, 15, 182, 100],
    ]),
  );
  expect(galat(wb).map((f) => [f.rule, f.cell])).toEqual([['jumlah-kolom', 'E5']]);
});

test('a row after the Jumlah that adds two of the rows ("Jalan Mantap (Baik + Sedang)", unnumbered, nothing bold) hangs below none of them: the shares are checked', () => {
  const b = (rusakRingan: number) =>
    book(
      sheet('Kondisi Jalan', [
        ['No', 'Kondisi', 'Panjang (km)', '%'],
        [1, 'Baik', 328.1, 48.99],
        [2, 'Sedang', 205.75, 30.72],
        [3, 'Rusak Ringan', 88.4, rusakRingan],
        [4, 'Rusak Berat', 47.45, 7.09],
        [null, 'Jumlah', 669.7, 100],
        [null, 'Jalan Mantap (Baik + Sedang)', 533.85, 79.71],
      ]),
    );
  expect(galat(b(13.2))).toEqual([]);
  // 88,40 ÷ 669,70 = 13,20 %, typed 14,18
  expect(galat(b(14.18)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-bagian', 'D4', 13.2]]);
});
