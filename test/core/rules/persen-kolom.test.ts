/** persen-kolom through the RuleTester: a percentage the table computes from two of its own columns, whatever they are called. */
import { persenKolom } from '../../../src/core/rules/persen-kolom';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { findings, book, galat, pct, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';
import { progresFisik } from '../../helpers/progres';

// An SPM table (Permenkes 4/2019): the capaian is the people served over the people to be served, the "Target SPM"
// (always 100 %) stands after it
const spm = (usiaProduktif: V, lansia: V = 88) =>
  book(
    sheet('SPM', [
      ['No', 'Jenis Pelayanan Dasar', 'Jumlah Sasaran (orang)', 'Jumlah Terlayani (orang)', 'Capaian (%)', 'Target SPM (%)'],
      [1, 'Pelayanan kesehatan ibu hamil', 4250, 4012, 94.4, 100],
      [2, 'Pelayanan kesehatan ibu bersalin', 4055, 3950, 97.41, 100],
      [3, 'Pelayanan kesehatan bayi baru lahir', 3980, 3902, 98.04, 100],
      [4, 'Pelayanan kesehatan balita', 15600, 14820, 95, 100],
      [5, 'Pelayanan kesehatan pada usia produktif', 98000, 71540, usiaProduktif, 100],
      [6, 'Pelayanan kesehatan pada usia lanjut', 21500, 18920, lansia, 100],
    ]),
  );

// An inspectorate's follow-up of audit recommendations, a table of no standard kind; its % a fraction under a % format
const tindakLanjut = (tl2023: V, jumlah: V = pct(102 / 118, '0.00%')) =>
  book(
    sheet('TL', [
      ['Tahun LHP', 'Jumlah Temuan', 'Jumlah Rekomendasi', 'Sudah Ditindaklanjuti', 'Belum Ditindaklanjuti', '% Tindak Lanjut'],
      [2020, 14, 32, 30, 2, pct(30 / 32, '0.00%')],
      [2021, 11, 25, 22, 3, pct(0.88, '0.00%')],
      [2022, 17, 41, 35, 6, pct(35 / 41, '0.00%')],
      [2023, 9, 20, 15, 5, tl2023],
      ['Jumlah', 51, 118, 102, 16, jumlah],
    ]),
  );

// The same follow-up by four audited offices, one all done (10 of 10 tells nothing), the Dinas Kesehatan's 91,67 % not
// 20 ÷ 24: only two rows and the Jumlah row can say which columns the share is of
const empatKantor = (jumlah: V) =>
  book(
    sheet('Tindak Lanjut', [
      ['No', 'Obyek Pemeriksaan', 'Jumlah Temuan', 'Jumlah Rekomendasi', 'Sudah Ditindaklanjuti', 'Belum Ditindaklanjuti', '% Tindak Lanjut'],
      [1, 'Dinas Pendidikan', 12, 20, 18, 2, 90],
      [2, 'Dinas Kesehatan', 15, 24, 20, 4, 91.67],
      [3, 'Dinas PUPR', 18, 24, 19, 5, 79.17],
      [4, 'Sekretariat Daerah', 7, 10, 10, 0, 100],
      [null, 'Jumlah', 52, 78, 67, 11, jumlah],
    ]),
  );

// Public works: a road's length by condition and its share in steady condition, (Baik + Sedang) ÷ Panjang
const jalan = (timur: V) =>
  book(
    sheet('Kondisi Jalan', [
      ['No', 'Kecamatan', 'Panjang Jalan (km)', 'Baik (km)', 'Sedang (km)', 'Rusak Ringan (km)', 'Rusak Berat (km)', 'Persentase Jalan Mantap (%)'],
      [1, 'Kota', 42.6, 25.1, 9.8, 4.2, 3.5, 81.92],
      [2, 'Utara', 38.2, 18.4, 10.2, 5.9, 3.7, 74.87],
      [3, 'Selatan', 55.9, 30.2, 12.5, 8.1, 5.1, 76.39],
      [4, 'Timur', 29.4, 12.3, 8.8, 4.6, 3.7, timur],
      [5, 'Barat', 47.5, 22.6, 11.9, 7.4, 5.6, 72.63],
    ]),
  );

// Immunisation by puskesmas: "Sasaran Bayi" counts the infants to reach (no sasaran strategis in words), beside a
// coverage target of the office's own; the coverage is the infants reached over them
const imunisasi = (timur: V) =>
  book(
    sheet('Imunisasi', [
      ['No', 'Puskesmas', 'Sasaran Bayi', 'Bayi Diimunisasi Lengkap', 'Cakupan IDL (%)', 'Target (%)'],
      [1, 'Kota Barat', 812, 771, 94.95, 95],
      [2, 'Kota Timur', 955, 902, timur, 95],
      [3, 'Sipatana', 640, 588, 91.88, 95],
      [4, 'Dungingi', 701, 690, 98.43, 95],
      [5, 'Kota Selatan', 522, 470, 90.04, 95],
    ]),
  );

// A procurement unit's savings in percent of the HPS: an "Efisiensi" with no capaian or serapan to be worked out from
const hemat = (drainase: V) =>
  book(
    sheet('Pengadaan', [
      ['No', 'Nama Paket', 'Pagu (Rp)', 'HPS (Rp)', 'Nilai Kontrak (Rp)', 'Efisiensi (Rp)', 'Efisiensi (%)'],
      [1, 'Pembangunan Gedung Puskesmas', 4_500_000_000, 4_410_000_000, 4_087_500_000, 322_500_000, 7.31],
      [2, 'Rehabilitasi Jalan Lingkar Timur', 2_800_000_000, 2_765_000_000, 2_598_400_000, 166_600_000, 6.03],
      [3, 'Pengadaan Alat Kesehatan RSUD', 1_950_000_000, 1_932_000_000, 1_840_250_000, 91_750_000, 4.75],
      [4, 'Pembangunan Drainase Perkotaan', 1_200_000_000, 1_188_000_000, 1_101_900_000, 86_100_000, drainase],
      [5, 'Pengadaan Kendaraan Operasional', 850_000_000, 842_500_000, 829_000_000, 13_500_000, 1.6],
    ]),
  );

ruleTester(persenKolom, {
  valid: [
    // a weight times a measure (bobot × fisik ÷ 100): equal to the weight, the pagu's share, where the works are finished
    ...['Tertimbang (%)', 'Kontribusi (%)', '(%)'].map((header) => ({
      name: `a weighted progress headed "${header}": no share or quotient of the pagu or the weight, the unfinished bridge no error`,
      book: progresFisik(header),
    })),
    { name: 'every saving in percent is the saving over the HPS (an efisiensi of no capaian and serapan)', book: hemat(7.25) },
    { name: 'every coverage is the infants reached over the infants to reach ("Sasaran Bayi")', book: imunisasi(94.45) },
    { name: 'every capaian is the people served over the people to be served', book: spm(73) },
    { name: "every road's steady share is its good and fair lengths over its length", book: jalan(71.77) },
    { name: 'the percentage typed as text with its sign', book: spm('73,0 %') },
    { name: "every follow-up share right, the Jumlah row its sums' share", book: tindakLanjut(pct(0.75, '0.00%')) },
    {
      // two rows that tell follow Sudah ÷ Rekomendasi, the Jumlah row's is the mean of the shares: too few to be certain
      name: 'follow-up of four offices whose Jumlah row does not follow the formula: two rows say nothing certain',
      book: empatKantor(90.21),
    },
    {
      name: "the Jumlah row's share as the mean of the years' shares (85,53 %)",
      book: tindakLanjut(pct(0.75, '0.00%'), pct((30 / 32 + 0.88 + 35 / 41 + 0.75) / 4, '0.00%')),
    },
    {
      // its "Sudah" typed 99 where the years add up to 102 (jumlah-total's finding); its % is its sources' share
      name: "the Jumlah row's share of the years' sums (102 ÷ 118), beside a sum of its own typed wrong",
      book: book(
        sheet('TL', [
          ['Tahun LHP', 'Jumlah Temuan', 'Jumlah Rekomendasi', 'Sudah Ditindaklanjuti', 'Belum Ditindaklanjuti', '% Tindak Lanjut'],
          [2020, 14, 32, 30, 2, pct(30 / 32, '0.00%')],
          [2021, 11, 25, 22, 3, pct(0.88, '0.00%')],
          [2022, 17, 41, 35, 6, pct(35 / 41, '0.00%')],
          [2023, 9, 20, 15, 5, pct(0.75, '0.00%')],
          ['Jumlah', 51, 118, 99, 16, pct(102 / 118, '0.00%')],
        ]),
      ),
    },
    {
      name: 'a lower-is-better row stated as 2 − realisasi ÷ target among the others: read that way, no error',
      book: book(
        sheet('IKU', [
          ['Indikator', 'Nilai Awal', 'Nilai Akhir', 'Persentase'],
          ['Cakupan imunisasi dasar lengkap', 90, 92.7, 103],
          ['Cakupan pelayanan antenatal', 95, 96.9, 102],
          ['Cakupan persalinan di faskes', 92, 87.4, 95],
          ['Prevalensi balita gizi kurang', 10, 12, 80],
        ]),
      ),
    },
    {
      name: 'only two rows follow a formula: too few to tell which columns the percentage comes from',
      book: book(
        sheet('Data', [
          ['Kecamatan', 'Penduduk', 'Rumah Tangga', 'Persentase'],
          ['Kota', 1000, 400, 40],
          ['Utara', 2000, 500, 25],
          ['Selatan', 1500, 600, 31],
        ]),
      ),
    },
    {
      name: 'two pairs of columns explain the percentage equally well: which one the table meant is not certain',
      book: book(
        sheet('Data', [
          ['Uraian', 'A', 'B', 'C', 'D', 'Persentase'],
          ['Satu', 10, 20, 10, 20, 50],
          ['Dua', 30, 40, 30, 40, 75],
          ['Tiga', 9, 10, 9, 10, 90],
          ['Empat', 1, 4, 3, 4, 25],
        ]),
      ),
    },
    {
      name: 'a capaian the capaian rule recomputes from its target and realisasi is not judged twice',
      book: book(
        sheet('Pengukuran', [
          ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
          ['Indeks Kepuasan Masyarakat', 80, 84, 105],
          ['Persentase puskesmas terakreditasi', 90, 94.5, 105],
          ['Persentase desa ODF', 60, 45, 75],
          ['Cakupan imunisasi', 95, 90.25, 90],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'roads: (12,3 + 8,8) ÷ 29,4 km = 71,77 %, written 74,83',
      book: jalan(74.83),
      findings: [{ cell: 'H5', related: ['D5', 'E5', 'C5'], expected: 71.77, actual: 74.83 }],
    },
    {
      name: 'follow-up: the Jumlah row says 90 % where its sums make 102 ÷ 118 = 86,44 %',
      book: tindakLanjut(pct(0.75, '0.00%'), pct(0.9, '0.00%')),
      findings: [{ cell: 'F6', related: ['D6', 'C6'], expected: 86.44, actual: 90 }],
    },
    {
      name: 'pengadaan: Rp 86.100.000 saved of an HPS of Rp 1.188.000.000 is 7,25 %, not 8,45',
      book: hemat(8.45),
      findings: [{ cell: 'G5', related: ['F5', 'D5'], expected: 7.25, actual: 8.45 }],
    },
    {
      name: 'imunisasi: 902 of the 955 infants to reach is 94,45 %, not 96,65 (a Sasaran of counts beside a Target of its own)',
      book: imunisasi(96.65),
      findings: [{ cell: 'E3', related: ['D3', 'C3'], expected: 94.45, actual: 96.65 }],
    },
    {
      name: 'SPM: 71.540 served of 98.000 is 73,00 %, not 78',
      book: spm(78),
      findings: [{ cell: 'E6', related: ['D6', 'C6'], expected: 73, actual: 78 }],
    },
    {
      name: 'follow-up: 15 of 20 recommendations is 75 %, not 80 %',
      book: tindakLanjut(pct(0.8, '0.00%')),
      findings: [{ cell: 'F5', related: ['D5', 'C5'], expected: 75, actual: 80 }],
    },
    {
      // four audited offices, one all done (10 of 10 tells nothing): two rows and the Jumlah row (67 ÷ 78 = 85,90 %)
      // follow Sudah ÷ Rekomendasi, the third office's 91,67 % does not (20 ÷ 24 = 83,33 %)
      name: "follow-up of four offices: the Jumlah row's share of its sums is one more row following the formula",
      book: empatKantor(85.9),
      findings: [{ cell: 'G3', related: ['E3', 'D3'], expected: 83.33, actual: 91.67 }],
    },
  ],
});

test('a row numbered by a letter in the No column is named by the text beside it, not by its letter', () => {
  const lettered = book(
    sheet('SPM', [
      ['No', 'Jenis Layanan Dasar', 'Sasaran (orang)', 'Target (%)', 'Realisasi (orang)', 'Capaian (%)'],
      ['a', 'Pelayanan kesehatan ibu hamil', 4210, 100, 3980, 94.54],
      ['b', 'Pelayanan kesehatan ibu bersalin', 4015, 100, 3871, 96.41],
      ['c', 'Pelayanan kesehatan bayi baru lahir', 3990, 100, 3902, 97.79],
      ['d', 'Pelayanan kesehatan balita', 16240, 100, 14010, 86.27],
      ['e', 'Pelayanan kesehatan pada usia lanjut', 21050, 100, 17930, 89.28],
    ]),
  );
  const f = findings(lettered, 'persen-kolom');
  expect(f.map((x) => [x.cell, x.expected])).toEqual([['F6', 85.18]]);
  expect(f[0].message).toMatch(/^Capaian \(%\) Pelayanan kesehatan pada usia lanjut tertulis 89,28 %/);
});

test('the message names both columns by their headers and the computation', () => {
  const [f] = findings(spm(78), 'persen-kolom');
  expect(f.message).toBe(
    'Capaian (%) Pelayanan kesehatan pada usia produktif tertulis 78 %, padahal kolom "Jumlah Terlayani (orang)" ÷ kolom ' +
      '"Jumlah Sasaran (orang)" × 100 = 71.540 ÷ 98.000 × 100 = 73,00 % (5 baris lain di kolom ini dihitung dengan rumus itu).',
  );
});

test('a "%" column read as the capaian of columns it follows on no row: not the capaian rule\'s to judge, but this one\'s', () => {
  // the share of poor households (RT Miskin ÷ RT), beside a programme's Sasaran and Terlayani it has nothing to do with
  const kemiskinan = (selatan: number) =>
    book(
      sheet('Kemiskinan', [
        ['No', 'Kecamatan', 'Jumlah Rumah Tangga', 'Jumlah Rumah Tangga Miskin', 'Jumlah Sasaran', 'Jumlah Terlayani', 'Persentase (%)'],
        [1, 'Kota', 12400, 868, 300, 290, 7],
        [2, 'Utara', 8300, 1079, 250, 250, 13],
        [3, 'Timur', 9100, 1365, 280, 260, 15],
        [4, 'Barat', 7600, 608, 200, 195, 8],
        [5, 'Selatan', 6500, 975, 220, 210, selatan],
      ]),
    );
  const rules = (b: ReturnType<typeof kemiskinan>) => galat(b).map((f) => [f.rule, f.cell, f.expected]);
  expect(rules(kemiskinan(15))).toEqual([]);
  // 975 ÷ 6.500 = 15 %, written 17: the one row that does not follow the column's formula
  expect(rules(kemiskinan(17))).toEqual([['persen-kolom', 'G6', 15]]);
});

test('a share of money written in millions, computed from the rupiah the amounts were rounded from: no error', () => {
  const wb = (pendidikan: number) =>
    book(
      sheet('Belanja', [
        ['No', 'Perangkat Daerah', 'Belanja Modal (Rp juta)', 'Total Belanja (Rp juta)', 'Proporsi Belanja Modal (%)'],
        // Rp 3.716.506 of 15.061.658 is 24,68 %; 3,72 ÷ 15,06 is 24,70 % — each row computed from the rupiah
        [1, 'Dinas Pendidikan', 3.72, 15.06, pendidikan],
        [2, 'Dinas Pekerjaan Umum', 4.31, 11.62, 37.11],
        [3, 'Dinas Perhubungan', 8.63, 27.03, 31.94],
        [4, 'Dinas Lingkungan Hidup', 2.8, 11.26, 24.88],
        [5, 'Dinas Pertanian', 4.51, 12.34, 36.52],
        [6, 'Dinas Kesehatan', 3.02, 13.04, 23.14],
      ]),
    );
  expect(findings(wb(24.68), 'persen-kolom')).toEqual([]);
  expect(findings(wb(26.68), 'persen-kolom').map((f) => f.cell)).toEqual(['E2']);
});

test('"Belum Terlayani" beside "Jumlah Terlayani" is the rest, not the realisasi: the capaian is checked against the people served', () => {
  const spmRest = (balita: number, rest = 780) =>
    book(
      sheet('SPM', [
        ['No', 'Jenis Pelayanan Dasar', 'Jumlah Sasaran', 'Jumlah Terlayani', 'Belum Terlayani', 'Capaian (%)'],
        [1, 'Pelayanan kesehatan ibu hamil', 4250, 4012, 238, 94.4],
        [2, 'Pelayanan kesehatan ibu bersalin', 4055, 3950, 105, 97.41],
        [3, 'Pelayanan kesehatan bayi baru lahir', 3980, 3902, 78, 98.04],
        [4, 'Pelayanan kesehatan balita', 15600, 14820, rest, balita],
        [5, 'Pelayanan kesehatan usia produktif', 98000, 71540, 26460, 73],
      ]),
    );
  const [t] = recogniseWorkbook(spmRest(95));
  expect(t.columns.map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'nilai', 'capaian']);
  expect(galat(spmRest(95))).toEqual([]);
  // 14.820 ÷ 15.600 = 95 %, written 59; and 15.600 − 14.820 = 780 not yet served, written 870
  expect(galat(spmRest(59)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F5']]);
  expect(galat(spmRest(95, 870)).map((f) => [f.rule, f.cell, f.related])).toEqual([['jumlah-kolom', 'C5', ['D5', 'E5']]]);
});

test('a growth beside a change written as its size ("Perubahan" 0,05 for a fall): the growth is no share of that column', () => {
  // the growth (2024 − 2023) ÷ 2023 × 100 keeps its sign where the change beside it is written without one; the
  // Perubahan ÷ 2023 × 100 share it follows on the rising rows is no formula of the column (selisih-kolom reads growth)
  const tren = book(
    sheet('Tren', [
      ['No', 'Indikator', 'Realisasi 2023', 'Realisasi 2024', 'Perubahan', 'Pertumbuhan (%)'],
      [1, 'Indeks Kepuasan Masyarakat', 80.23, 81.09, 0.86, 1.07],
      [2, 'Persentase desa mandiri', 19.97, 22.15, 2.18, 10.92],
      [3, 'Cakupan imunisasi dasar lengkap', 87.99, 92.48, 4.49, 5.1],
      [4, 'Angka Partisipasi Murni SD', 96.19, 96.28, 0.09, 0.09],
      [5, 'Persentase penduduk miskin', 8.96, 8.91, 0.05, -0.56],
    ]),
  );
  expect(galat(tren)).toEqual([]);
});

describe('a wide data table: every pair of its columns is still a formula the percentage may follow', () => {
  // 40 count columns per desa (a profile table): "Cakupan" is column 7 over column 31, far apart, written as a
  // percentage, as a fraction under a % format, or as a plain fraction; one row typed wrong. Only the pairs the first
  // rows' figures can state are tried in full (persen-kolom's maybeAgreeing), none of the others can hold.
  const counts = (r: number) => Array.from({ length: 40 }, (_, j) => 100 + ((r * 37 + j * 53) % 900));
  const wb = (write: (v: number) => V, wrongRow: number) =>
    book(
      sheet('Profil Desa', [
        ['No', 'Desa', ...Array.from({ length: 40 }, (_, j) => `Jumlah ${j + 1}`), 'Cakupan (%)'],
        ...Array.from({ length: 12 }, (_, r) => {
          const c = counts(r);
          const share = (c[6] / c[30]) * 100 + (r === wrongRow ? 7 : 0);
          return [r + 1, `Desa ${r + 1}`, ...c, write(Math.round(share * 100) / 100)];
        }),
      ]),
    );
  test.each([
    ['a percentage', (v: number) => v],
    ['a fraction under a % format', (v: number) => pct(v / 100, '0.00%')],
  ])('%s', (_what, write) => {
    // (no other galat either: the other columns follow no formula)
    expect(galat(wb(write, -1))).toEqual([]);
    const f = galat(wb(write, 4));
    expect(f.map((x) => [x.rule, x.cell, x.related])).toEqual([['persen-kolom', 'AQ6', ['I6', 'AG6']]]);
  });
});

describe('a coverage stored as fractions under "0%": another reading excuses a row only as it holds it', () => {
  // (Excel shows each to the whole percent; what the cell holds is what was typed or computed)
  const cakupan = (hiv: number) =>
    book(
      sheet('SPM', [
        ['No', 'Jenis Layanan Dasar', 'Sasaran', 'Target (%)', 'Jumlah Terlayani', 'Capaian SPM (%)'],
        [1, 'Pelayanan kesehatan orang terduga tuberkulosis', 1364, 100, 1315, pct(0.9641)],
        [2, 'Pelayanan kesehatan orang dengan risiko terinfeksi HIV', 4710, 100, 4603, pct(hiv)],
        [3, 'Pelayanan kesehatan penderita diabetes melitus', 1450, 100, 1312, pct(0.9048)],
        [4, 'Pelayanan kesehatan ibu hamil', 26649, 100, 18935, pct(0.7105)],
        [5, 'Pelayanan kesehatan ibu bersalin', 18443, 100, 12414, pct(0.6731)],
        [6, 'Pelayanan kesehatan orang dengan gangguan jiwa berat', 13937, 100, 10999, pct(0.7892)],
      ]),
    );

  test.each([
    ['the formula itself', 0.9773, []],
    ['the inverse ratio, as held (4.710 ÷ 4.603)', 1.0232, []],
    ['2 − A ÷ B, as held', 1.0227, []],
    ['102,13 %: shows 102 % as both other readings round, holds neither', 1.0213, ['F3']],
  ])('%s', (_what, hiv, cells) => {
    expect(findings(cakupan(hiv), 'persen-kolom').map((f) => f.cell)).toEqual(cells);
  });
});
