/** bobot-kolom through the RuleTester: a weighted figure ("Nilai Tertimbang") the table works out as weight × measure. */
import { bobotKolom } from '../../../src/core/rules/bobot-kolom';
import { book, findings, galat, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';

// A public works office's IKU, each weighted in percent: the weighted capaian is bobot × capaian ÷ 100, summed
const pupr = (kawasan: V, jumlah: V = 96.41, capaian: V = 88) =>
  book(
    sheet('Nilai Kinerja', [
      ['Tabel 3.4 Nilai Kinerja Tertimbang Sasaran Tahun 2024'],
      [],
      ['No', 'Indikator Kinerja', 'Bobot (%)', 'Target', 'Realisasi', 'Capaian (%)', 'Nilai Tertimbang'],
      [1, 'Persentase jalan kondisi mantap', 30, 75, 71.4, 95.2, 28.56],
      [2, 'Persentase irigasi kondisi baik', 25, 70, 68.6, 98, 24.5],
      [3, 'Persentase rumah layak huni', 25, 85, 87.55, 103, 25.75],
      [4, 'Persentase kawasan permukiman tertata', 20, 60, 52.8, capaian, kawasan],
      [null, 'Jumlah', 100, null, null, null, jumlah],
    ]),
  );

// An inspectorate's evaluation of its components, weights as fractions, the score under a plain "Nilai"
const evaluasi = (pelaporan: V) =>
  book(
    sheet('Evaluasi', [
      ['No', 'Komponen', 'Bobot', 'Skor (0-100)', 'Nilai'],
      [1, 'Perencanaan Kinerja', 0.3, 82.5, 24.75],
      [2, 'Pengukuran Kinerja', 0.3, 74, 22.2],
      [3, 'Pelaporan Kinerja', 0.15, 80, pelaporan],
      [4, 'Evaluasi Akuntabilitas Kinerja Internal', 0.25, 68, 17],
    ]),
  );

// The same under "Bobot x Capaian", a header that opens with the weight's word
const perkalian = (kawasan: V) =>
  book(
    sheet('IKU', [
      ['No', 'Indikator Kinerja', 'Bobot', 'Capaian (%)', 'Bobot x Capaian'],
      [1, 'Persentase jalan kondisi mantap', 30, 95.2, 28.56],
      [2, 'Persentase irigasi kondisi baik', 25, 98, 24.5],
      [3, 'Persentase rumah layak huni', 25, 103, 25.75],
      [4, 'Persentase kawasan permukiman tertata', 20, 88, kawasan],
    ]),
  );

// A physical progress weighted by each kegiatan's share of the budget (the measure in percent, the weight too)
const fisik = (jembatan: V) =>
  book(
    sheet('Progres', [
      ['No', 'Kegiatan', 'Bobot (%)', 'Progres Fisik (%)', 'Fisik Tertimbang (%)'],
      [1, 'Peningkatan Jalan Poros Desa', 34.5, 100, 34.5],
      [2, 'Pembangunan Jembatan Gantung', 31.2, 85, jembatan],
      [3, 'Rehabilitasi Drainase Kota', 16.3, 92, 15],
      [4, 'Pemeliharaan Rutin Jalan', 10, 78, 7.8],
      [5, 'Pembangunan Talud Sungai', 8, 65, 5.2],
    ]),
  );

ruleTester(bobotKolom, {
  valid: [
    { name: 'every weighted capaian is bobot × capaian ÷ 100, the Jumlah row their sum (no product)', book: pupr(17.6) },
    { name: 'every component’s Nilai is its weight (a fraction) times its score', book: evaluasi(12) },
    { name: 'every weighted progress is bobot × fisik ÷ 100 (shown to the digits the column shows)', book: fisik(26.52) },
    { name: 'every "Bobot x Capaian" is bobot × capaian ÷ 100', book: perkalian(17.6) },
    {
      name: 'a Bobot column and no figure worked out from it: nothing to judge',
      book: book(
        sheet('IKU', [
          ['No', 'Indikator Kinerja', 'Bobot (%)', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Indeks kepuasan masyarakat', 40, 82, 84.5, 103.05],
          [2, 'Persentase pengaduan selesai', 35, 95, 90, 94.74],
          [3, 'Persentase layanan tepat waktu', 25, 90, 88, 97.78],
        ]),
      ),
    },
    {
      name: 'only two rows follow the product: too few to tell it is the column’s formula',
      book: book(
        sheet('IKU', [
          ['No', 'Indikator Kinerja', 'Bobot (%)', 'Capaian (%)', 'Nilai Tertimbang'],
          [1, 'Indeks kepuasan masyarakat', 40, 103.05, 41.22],
          [2, 'Persentase pengaduan selesai', 35, 94.74, 33.16],
          [3, 'Persentase layanan tepat waktu', 25, 97.78, 30],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'kawasan permukiman: 20 × 88 ÷ 100 = 17,6, written 18,6',
      book: pupr(18.6, 97.41),
      findings: [{ cell: 'G7', related: ['C7', 'F7'], expected: 17.6, actual: 18.6 }],
    },
    {
      name: 'pelaporan: 0,15 × 80 = 12, written 13,5',
      book: evaluasi(13.5),
      findings: [{ cell: 'E4', related: ['C4', 'D4'], expected: 12, actual: 13.5 }],
    },
    {
      name: '"Bobot x Capaian", opening with the weight\'s word, is the product: 20 × 88 ÷ 100 = 17,6, written 18,6',
      book: perkalian(18.6),
      findings: [{ cell: 'E5', related: ['C5', 'D5'], expected: 17.6, actual: 18.6 }],
    },
    {
      name: 'jembatan: 31,2 × 85 ÷ 100 = 26,52, written 25,52',
      book: fisik(25.52),
      findings: [{ cell: 'E3', related: ['C3', 'D3'], expected: 26.52, actual: 25.52 }],
    },
  ],
});

test('the message names the weight, the measure and the computation', () => {
  const [f] = findings(pupr(18.6, 97.41), 'bobot-kolom');
  expect(f.message).toBe(
    'Nilai Tertimbang Persentase kawasan permukiman tertata tertulis 18,60, padahal kolom "Bobot (%)" × kolom "Capaian (%)" ÷ 100 = ' +
      '20 × 88 ÷ 100 = 17,60 (3 baris lain di kolom ini dihitung dengan rumus itu).',
  );
});

test('the whole engine: one product typed wrong is one galat, the weighted sum that follows it no second', () => {
  expect(galat(pupr(17.6)).map((f) => [f.rule, f.cell])).toEqual([]);
  expect(galat(pupr(18.6, 97.41)).map((f) => [f.rule, f.cell])).toEqual([['bobot-kolom', 'G7']]);
});

test('"Bobot | Nilai | %": a score and its share of the weight — the % is persen-kolom’s, never the Nilai a product of it', () => {
  const lke = (perencanaan: V) =>
    book(
      sheet('LKE', [
        ['No', 'Komponen', 'Bobot', 'Nilai', '% Capaian'],
        [1, 'Perencanaan Kinerja', 30, perencanaan, 82.5],
        [2, 'Pengukuran Kinerja', 30, 22.2, 74],
        [3, 'Pelaporan Kinerja', 15, 12, 80],
        [4, 'Evaluasi Akuntabilitas Kinerja Internal', 25, 17, 68],
      ]),
    );
  expect(findings(lke(24.75), 'bobot-kolom')).toEqual([]);
  // a score typed wrong is one error, its share's: no second one on the score
  expect(findings(lke(25.75), 'bobot-kolom')).toEqual([]);
  expect(galat(lke(25.75)).map((f) => [f.rule, f.cell])).toEqual([['persen-kolom', 'E2']]);
});

test('a capaian typed wrong (89 where 52,8 ÷ 60 = 88 %) beside the product of the right one: the capaian’s error alone', () => {
  expect(findings(pupr(17.6, 96.41, 89), 'bobot-kolom')).toEqual([]);
  expect(galat(pupr(17.6, 96.41, 89)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F7']]);
});

test('a capaian over 100 % weighed at the cap the office counts to (100 % or 120 %) is no error', () => {
  const capped = (cap: number, stated: V) =>
    book(
      sheet('IKU', [
        ['No', 'Indikator Kinerja', 'Bobot (%)', 'Capaian (%)', 'Nilai Tertimbang'],
        [1, 'Persentase jalan kondisi mantap', 30, 95.2, 28.56],
        [2, 'Persentase irigasi kondisi baik', 25, 98, 24.5],
        [3, 'Persentase rumah layak huni', 25, 131, stated ?? (25 * cap) / 100],
        [4, 'Persentase kawasan permukiman tertata', 20, 88, 17.6],
      ]),
    );
  expect(findings(capped(100, null), 'bobot-kolom')).toEqual([]);
  expect(findings(capped(120, null), 'bobot-kolom')).toEqual([]);
  // weighed at neither the capaian nor a cap: an error
  expect(findings(capped(100, 27), 'bobot-kolom').map((f) => f.cell)).toEqual(['E4']);
});
