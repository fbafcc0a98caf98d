import { highlightPlan } from '../../../src/core/highlight';
import { periksaWorkbook } from '../../../src/core/periksa';
import { book, findings, galat, sheet, V } from '../../helpers/snap';

const skala = sheet('Skala', [
  ['Nilai %', 'Pencapaian'],
  ['110 Keatas', 'Sangat tercapai/ Sangat berhasil'],
  ['90 ≤ x < 110', 'Tercapai/ Berhasil'],
  ['60 ≤ x < 90', 'Cukup tercapai/ Cukup berhasil'],
  ['x < 60', 'Tidak tercapai/ Tidak berhasil'],
]);
const pengukuran = (ket: string) =>
  sheet('Pengukuran', [
    ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET 2024', 'REALISASI 2024', 'CAPAIAN 2024', 'KET'],
    ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 653, '112%', ket],
  ]);

test('predikat: the workbook’s own scale decides (112 % is "Sangat berhasil" on Gowa’s scale)', () => {
  expect(findings(book(skala, pengukuran('Sangat Berhasil')), 'predikat')).toEqual([]);
  const f = findings(book(skala, pengukuran('Berhasil')), 'predikat');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'galat', cell: 'F2', related: ['E2'], expected: 'Sangat tercapai/ Sangat berhasil', actual: 'Berhasil' });
});

test('predikat: a scale in words, one band a value alone ("Lebih dari 100 | 100 | 75 sampai dengan kurang dari 100 | Kurang dari 75")', () => {
  const wb = (ket: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        [1, 'Indeks Kepuasan Masyarakat', 80, 84, 105, 'Sangat Memuaskan'],
        [2, 'Persentase pengaduan yang diselesaikan', 100, 100, 100, 'Memuaskan'],
        [3, 'Persentase dokumen perencanaan tepat waktu', 100, 80, 80, 'Kurang Memuaskan'],
        [4, 'Persentase aparatur terlatih', 100, 99, 99, ket],
      ]),
      sheet('Skala', [
        ['Capaian', 'Kategori'],
        ['Lebih dari 100', 'Sangat Memuaskan'],
        ['100', 'Memuaskan'],
        ['75 sampai dengan kurang dari 100', 'Kurang Memuaskan'],
        ['Kurang dari 75', 'Tidak Memuaskan'],
      ]),
    );
  expect(findings(wb('Kurang Memuaskan'), 'predikat')).toEqual([]);
  expect(findings(wb('Memuaskan'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['F5', 'Kurang Memuaskan']]);
});

test('predikat: a capaian in the gap between two bands written in whole numbers ("76 - 90 | 91 - 100") may be named by either', () => {
  const wb = (capaian: number, kategori: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        [1, 'Persentase usulan musrenbang yang diakomodasi', 40, (capaian * 40) / 100, capaian, kategori],
        [],
        ['Nilai Capaian', 'Kategori'],
        ['> 100', 'Melampaui Target'],
        ['91 - 100', 'Sangat Baik'],
        ['76 - 90', 'Baik'],
        ['66 - 75', 'Cukup'],
        ['≤ 65', 'Kurang'],
      ]),
    );
  // 90,25 and 90,50 lie above Baik's 90 and below Sangat Baik's 91: the scale does not say which
  for (const c of [90.25, 90.5]) {
    expect(findings(wb(c, 'Sangat Baik'), 'predikat')).toEqual([]);
    expect(findings(wb(c, 'Baik'), 'predikat')).toEqual([]);
    // (a band further off is still wrong)
    expect(findings(wb(c, 'Cukup'), 'predikat').map((f) => f.expected)).toEqual(['Baik']);
  }
  // inside a band's written limits, the other is wrong
  expect(findings(wb(89.5, 'Sangat Baik'), 'predikat').map((f) => f.expected)).toEqual(['Baik']);
  expect(findings(wb(91.2, 'Baik'), 'predikat').map((f) => f.expected)).toEqual(['Sangat Baik']);
});

test('predikat: with no scale in the book, Permendagri 86 as it is written ("≥ 91 | 76 ≤ 90 | 66 ≤ 75 …"): a capaian in its gaps may be named by either', () => {
  const wb = (capaian: number, kategori: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        [1, 'Persentase balita gizi baik', '%', 90, (capaian * 90) / 100, capaian, kategori],
      ]),
    );
  // 90,56 is above Tinggi's 90 and below Sangat Tinggi's 91; 75,5 between Sedang's 75 and Tinggi's 76
  expect(findings(wb(90.56, 'Sangat Tinggi'), 'predikat')).toEqual([]);
  expect(findings(wb(90.56, 'Tinggi'), 'predikat')).toEqual([]);
  expect(findings(wb(75.5, 'Tinggi'), 'predikat')).toEqual([]);
  expect(findings(wb(75.5, 'Sedang'), 'predikat')).toEqual([]);
  // (a band further off, or a capaian inside a band's written limits, is still judged)
  expect(findings(wb(90.56, 'Sedang'), 'predikat').map((f) => f.expected)).toEqual(['Tinggi']);
  expect(findings(wb(89.5, 'Sangat Tinggi'), 'predikat').map((f) => f.expected)).toEqual(['Tinggi']);
  expect(findings(wb(92, 'Tinggi'), 'predikat').map((f) => f.expected)).toEqual(['Sangat Tinggi']);
  expect(findings(wb(50, 'Rendah'), 'predikat').map((f) => f.expected)).toEqual(['Sangat Rendah']);
});

describe("predikat: labels on an office's own scale that the book never writes down", () => {
  // an office whose (unwritten) lines are ≥ 85 Sangat Tinggi, 70 – 85 Tinggi, 55 – 70 Sedang, 40 – 55 Rendah
  const rows: Array<[string, number, number, number, string]> = [
    ['Angka harapan hidup', 72, 70, 97.22, 'Sangat Tinggi'],
    ['Persentase balita gizi baik', 90, 78.3, 87, 'Sangat Tinggi'],
    ['Cakupan imunisasi dasar lengkap', 95, 68.4, 72, 'Tinggi'],
    ['Persentase puskesmas terakreditasi', 100, 60, 60, 'Sedang'],
    ['Rasio dokter per penduduk', 100, 45, 45, 'Rendah'],
    ['Persentase desa ODF', 100, 88, 88, 'Sangat Tinggi'],
    ['Persentase RS terakreditasi', 100, 100, 100, 'Sangat Tinggi'],
  ];
  const wb = (labels: string[]) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        ...rows.map(([name, target, realisasi, capaian], i) => [i + 1, name, target, realisasi, capaian, labels[i]]),
      ]),
    );
  const own = rows.map((r) => r[4]);
  test('every label a band lower on Permendagri 86 and in the order of the capaian: no galat by the default preset', () => {
    expect(findings(wb(own), 'predikat')).toEqual([]);
  });
  test('chosen by the user (--skala), the preset judges them all', () => {
    // 87, 72, 60 and 45 are Tinggi, Sedang, Rendah and Sangat Rendah by Permendagri 86
    expect(findings(wb(own), 'predikat', 'permendagri-86').map((f) => f.cell)).toEqual(['F3', 'F4', 'F5', 'F6', 'F7']);
  });
  test("labels out of the capaian's order are judged: no scale puts 72 % above 87 %", () => {
    const swapped = own.map((l, i) => (i === 1 ? 'Tinggi' : i === 2 ? 'Sangat Tinggi' : l));
    expect(findings(wb(swapped), 'predikat').length).toBeGreaterThan(0);
  });
  test('one label off the preset among labels that follow it is still a galat', () => {
    const preset = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah', 'Tinggi', 'Sangat Tinggi'];
    expect(findings(wb(preset), 'predikat')).toEqual([]);
    const oneOff = preset.map((l, i) => (i === 2 ? 'Tinggi' : l));
    expect(findings(wb(oneOff), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['F4', 'Sedang']]);
  });
});

test('predikat: a Kategori written as the initials of the scale\'s words ("ST", "T", "S", "R", "SR")', () => {
  const wb = (kategori: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        [1, 'Persentase PMKS yang tertangani', 80, 78.4, 98, 'ST'],
        [2, 'Persentase penyandang disabilitas yang terlayani', 75, 52.6, 70.13, kategori],
        [3, 'Persentase lansia terlantar yang terlayani', 85, 81.2, 95.53, 'ST'],
        [],
        ['No', 'Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian Realisasi Kinerja'],
        [1, '≥ 91', 'Sangat Tinggi'],
        [2, '76 ≤ x < 91', 'Tinggi'],
        [3, '66 ≤ x < 76', 'Sedang'],
        [4, '51 ≤ x < 66', 'Rendah'],
        [5, '≤ 50', 'Sangat Rendah'],
      ]),
    );
  expect(findings(wb('S'), 'predikat')).toEqual([]);
  // 70,13 % is Sedang, written T (Tinggi)
  expect(findings(wb('T'), 'predikat').map((f) => [f.cell, f.expected, f.actual])).toEqual([['F3', 'Sedang', 'T']]);
});

test('predikat: without a scale table the chosen preset decides; words not of that scale are not judged', () => {
  expect(findings(book(pengukuran('Sangat Tinggi')), 'predikat')).toEqual([]);
  expect(findings(book(pengukuran('Tinggi')), 'predikat').map((f) => f.expected)).toEqual(['Sangat Tinggi']);
  expect(findings(book(pengukuran('Sangat Baik')), 'predikat')).toEqual([]);
  expect(findings(book(pengukuran('Baik')), 'predikat', 'memuasken-5')).toEqual([]);
  expect(findings(book(pengukuran('Baik')), 'predikat', 'memuaskan-5').map((f) => f.expected)).toEqual(['Memuaskan']);
});

test('predikat: a "Kategori" row names the band of the average above it (Manggarai)', () => {
  const mg = (kategori: string) =>
    book(
      sheet('Skala', [
        ['No', 'Capaian Kinerja', 'Kategori/Makna'],
        ['1', '≥100', 'Memuaskan'],
        ['2', '≥ 85-99', 'Sangat baik'],
        ['3', '≥ 70-84', 'Baik'],
        ['4', '≥50-69', 'Cukup'],
        ['5', '≤49', 'Kurang'],
      ]),
      sheet('Capaian', [
        ['No', 'Sasaran Strategis', 'Nilai Capaian Kinerja'],
        ['1', 'MENINGKATNYA KESEJAHTERAAN SOSIAL MASYARAKAT', '98,64%'],
        ['Rata-rata', null, '98,64%'],
        ['Kategori', null, kategori],
      ]),
    );
  expect(findings(mg('SANGAT BAIK'), 'predikat')).toEqual([]);
  expect(findings(mg('MEMUASKAN'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['C4', 'Sangat baik']]);
});

test('predikat: a scale of letter grades (AA … D) with or without their words; either is judged', () => {
  const scale = (withWords: boolean) =>
    sheet(
      'Skala',
      withWords
        ? [
            ['Rentang Nilai', 'Peringkat', 'Keterangan'],
            ['≥ 90', 'AA', 'Sangat Memuaskan'],
            ['80 - < 90', 'A', 'Memuaskan'],
            ['70 - < 80', 'BB', 'Sangat Baik'],
            ['< 70', 'B', 'Baik'],
          ]
        : [
            ['Rentang Nilai', 'Peringkat'],
            ['≥ 90', 'AA'],
            ['80 - < 90', 'A'],
            ['70 - < 80', 'BB'],
            ['< 70', 'B'],
          ],
    );
  const ukur = (stated: string) =>
    sheet('Pengukuran', [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Peringkat'],
      [1, 'Indeks kepuasan masyarakat', 100, 95, 95, 'AA'],
      [2, 'Persentase pengaduan tertangani', 100, 85, 85, stated],
    ]);
  expect(findings(book(scale(false), ukur('A')), 'predikat')).toEqual([]);
  expect(findings(book(scale(false), ukur('AA')), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['F3', 'A']]);
  expect(findings(book(scale(true), ukur('Memuaskan')), 'predikat')).toEqual([]);
  expect(findings(book(scale(true), ukur('Sangat Memuaskan')), 'predikat').map((f) => f.cell)).toEqual(['F3']);
});

test('predikat: letter grades in a column headed "Nilai Huruf" (an inspectorate\'s scale "Nilai Angka | Nilai Huruf | Predikat"), judged by their header however many are wrong', () => {
  const book2 = (grade3: string, grade4: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Nilai Huruf'],
        [1, 'Persentase rekomendasi hasil pengawasan yang ditindaklanjuti', 85, 88, 103.53, 'AA'],
        [2, 'Nilai SAKIP perangkat daerah', 70, 66, 94.29, 'A'],
        [3, 'Level maturitas SPIP', 3, 3, 100, grade3],
        [4, 'Level kapabilitas APIP', 3, 2, 66.67, grade4],
        [],
        ['Nilai Angka', 'Nilai Huruf', 'Predikat'],
        ['> 100', 'AA', 'Sangat Memuaskan'],
        ['> 90 - 100', 'A', 'Memuaskan'],
        ['> 80 - 90', 'BB', 'Sangat Baik'],
        ['> 70 - 80', 'B', 'Baik'],
        ['> 60 - 70', 'CC', 'Cukup'],
        ['> 50 - 60', 'C', 'Kurang'],
        ['≤ 50', 'D', 'Sangat Kurang'],
      ]),
    );
  expect(findings(book2('A', 'CC'), 'predikat')).toEqual([]);
  // (100 % is A, not AA; 66,67 % is CC, not B: two of four typed wrong)
  expect(findings(book2('AA', 'B'), 'predikat').map((f) => [f.cell, f.actual])).toEqual([
    ['F4', 'AA'],
    ['F5', 'B'],
  ]);
});

describe('predikat: a scale whose labels name a grade and its word together ("AA (Memuaskan)"), stated by either or both', () => {
  const scale = (labels: string[]) =>
    sheet('Skala', [['Nilai Capaian', 'Predikat'], ...['> 90 - 100', '> 80 - 90', '> 70 - 80', '≤ 70'].map((r, i) => [r, labels[i]])]);
  const inBrackets = scale(['AA (Memuaskan)', 'A (Sangat Baik)', 'BB (Baik)', 'B (Cukup)']);
  const lettersOnly = scale(['AA', 'A', 'BB', 'B']);
  const ukur = (stated: string) =>
    sheet('Pengukuran', [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
      [1, 'Angka partisipasi murni SD', 98, 97.9, 99.9, 'AA'],
      [2, 'Rata-rata nilai asesmen literasi', 65, 52.3, 80.46, stated],
      [3, 'Persentase guru bersertifikat', 65, 48.2, 74.15, 'Baik'],
    ]);
  test.each([
    // the scale, what row 3 states (80,46 %: A, "Sangat Baik"), the scale's labels, the cells found
    ['grades with their words', 'A', inBrackets, []],
    ['grades with their words', 'Sangat Baik', inBrackets, []],
    ['grades with their words', 'A (Sangat Baik)', inBrackets, []],
    ['grades with their words', 'AA', inBrackets, ['F3']],
    ['grades with their words', 'Memuaskan', inBrackets, ['F3']],
    ['grades alone', 'A (Sangat Baik)', lettersOnly, []],
    ['grades alone', 'AA (Memuaskan)', lettersOnly, ['F3']],
  ])('%s, stated "%s"', (_, stated, sc, cells) => {
    expect(findings(book(ukur(stated), sc), 'predikat').map((f) => f.cell)).toEqual(cells);
  });
});

describe('predikat: the office scale as written', () => {
  const scaleRows = (bands: Array<[string, string]>, header: [string, string]) => [[], [], header, ...bands];
  test('a value on a limit two bands both write ("70 – 85" and "85 – 100": 85) may be named by either; 60 not by "Baik"', () => {
    const wb = (b: string, c: string) =>
      book(
        sheet('Kinerja', [
          ['Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
          ['Persentase A', 100, 85, 85, 'Sangat Baik'],
          ['Persentase B', 100, 85, 85, b],
          ['Indeks C', 100, 60, 60, c],
          ...scaleRows(
            [
              ['85 - 100', 'Sangat Baik'],
              ['70 - 85', 'Baik'],
              ['55 - 70', 'Cukup'],
              ['< 55', 'Kurang'],
            ],
            ['Capaian (%)', 'Kategori'],
          ),
        ]),
      );
    expect(findings(wb('Baik', 'Cukup'), 'predikat')).toEqual([]);
    expect(findings(wb('Baik', 'Baik'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['E4', 'Cukup']]);
    expect(findings(wb('Cukup', 'Cukup'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['E3', 'Sangat Baik']]);
  });
  test('letter grades under a "Nilai" header beside the capaian are the predikat, judged by the letter scale', () => {
    const wb = (grade: string) =>
      book(
        sheet('Kinerja', [
          ['Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Nilai'],
          ['Persentase A', 80, 76, 95, 'AA'],
          ['Persentase B', 100, 84, 84, grade],
          ...scaleRows(
            [
              ['> 90 - 100', 'AA'],
              ['> 80 - 90', 'A'],
              ['> 70 - 80', 'BB'],
              ['> 60 - 70', 'B'],
              ['0 - 60', 'C'],
            ],
            ['Nilai Capaian', 'Predikat'],
          ),
        ]),
      );
    expect(findings(wb('A'), 'predikat')).toEqual([]);
    expect(findings(wb('BB'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['E3', 'A']]);
  });
});

test('predikat: a label written with its interval after it ("Sangat Tinggi (≥ 91)") names that band', () => {
  const wb = (b: string) =>
    book(
      sheet('Kinerja', [
        ['Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        ['Persentase A', 80, 76, 95, 'Sangat Tinggi (≥ 91)'],
        ['Persentase B', 100, 84, 84, b],
        ['Indeks C', 4, 2.8, 70, 'Sedang (66-75)'],
      ]),
    );
  expect(findings(wb('Tinggi (76-90)'), 'predikat')).toEqual([]);
  expect(findings(wb('Sangat Tinggi (≥ 91)'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['E3', 'Tinggi']]);
});

describe('predikat: a label column headed "Hasil Penilaian", "Interpretasi" or in words no vocabulary knows, holding the scale’s words', () => {
  // a Dinas PMD's pengukuran; the bands are Permendagri 86's (no scale in the workbook)
  const wb = (header: string, labels: string[]) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Kinerja (%)', header],
        [1, 'Persentase desa berstatus mandiri', '%', 25, 27.5, 110, labels[0]],
        [2, 'Indeks kepuasan masyarakat', 'indeks', 82, 80.1, 97.68, labels[1]],
        [3, 'Persentase BUMDes yang aktif', '%', 70, 52, 74.29, labels[2]],
        [4, 'Jumlah pasar desa yang direvitalisasi', 'unit', 4, 4, 100, labels[3]],
        [5, 'Persentase dokumen RPJMDes yang tersusun', '%', 100, 86, 86, labels[4]],
      ]),
    );
  const right = ['Sangat Tinggi', 'Sangat Tinggi', 'Sedang', 'Sangat Tinggi', 'Tinggi'];
  test.each(['Hasil Penilaian', 'Interpretasi', 'Hasil Evaluasi', 'Kesimpulan'])('"%s": the rows’ bands, each judged by its capaian', (header) => {
    expect(findings(wb(header, right), 'predikat')).toEqual([]);
    // 74,29 % is Sedang (66 – 75), not Tinggi
    const oneWrong = right.map((l, i) => (i === 2 ? 'Tinggi' : l));
    expect(findings(wb(header, oneWrong), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['G4', 'Sedang']]);
  });
  test('two labels of five wrong: judged under "Hasil Penilaian", which names the rating; under words that name nothing, not told', () => {
    // 110 % and 100 % are Sangat Tinggi, not Tinggi and Sedang
    const twoWrong = right.map((l, i) => (i === 0 ? 'Tinggi' : i === 3 ? 'Sedang' : l));
    expect(findings(wb('Hasil Penilaian', twoWrong), 'predikat').map((f) => [f.cell, f.expected])).toEqual([
      ['G2', 'Sangat Tinggi'],
      ['G5', 'Sangat Tinggi'],
    ]);
    expect(findings(wb('Kesimpulan', twoWrong), 'predikat')).toEqual([]);
  });
  test('a capaian typed wrong whose label names the band of the one it should hold still counts for the column', () => {
    // 52 ÷ 70 = 74,29 % typed 94,29 (labelled Sedang, right by the true capaian); 86 % labelled Sedang, not Tinggi
    const b = book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Kinerja (%)', 'Kesimpulan'],
        [1, 'Persentase desa berstatus mandiri', '%', 25, 27.5, 110, 'Sangat Tinggi'],
        [2, 'Indeks kepuasan masyarakat', 'indeks', 82, 80.1, 97.68, 'Sangat Tinggi'],
        [3, 'Persentase BUMDes yang aktif', '%', 70, 52, 94.29, 'Sedang'],
        [4, 'Jumlah pasar desa yang direvitalisasi', 'unit', 4, 4, 100, 'Sangat Tinggi'],
        [5, 'Persentase dokumen RPJMDes yang tersusun', '%', 100, 86, 86, 'Sedang'],
      ]),
    );
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([
      ['persen-capaian', 'F4'],
      ['predikat', 'G6'],
    ]);
  });
  test('a risk level beside the capaian ("Tingkat Risiko | Tinggi / Rendah") does not follow it: no label judged', () => {
    expect(findings(wb('Tingkat Risiko', ['Rendah', 'Tinggi', 'Rendah', 'Sedang', 'Tinggi']), 'predikat')).toEqual([]);
  });
});
describe('predikat: a Keterangan that says whether the target was reached', () => {
  // a public-works IKU with "Tercapai" / "Tidak Tercapai" and no scale table
  const iku = (ket2: string, ket3: string, realisasi3 = 51) =>
    sheet('IKU', [
      ['No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
      [1, 'Persentase jalan kabupaten dalam kondisi mantap', 70, 72.5, 103.57, 'Tercapai'],
      [2, 'Persentase jembatan kondisi baik', 80, 76, 95, ket2],
      [3, 'Persentase irigasi kondisi baik', 60, realisasi3, (realisasi3 / 60) * 100, ket3],
      [4, 'Panjang drainase yang berfungsi baik', 120, 120, 100, 'Tercapai'],
    ]);
  test('each label agrees with its capaian: nothing', () => {
    expect(findings(book(iku('Tidak Tercapai', 'Belum tercapai')), 'predikat')).toEqual([]);
    expect(findings(book(iku('Tidak Tercapai', 'Melampaui Target', 66)), 'predikat')).toEqual([]);
  });
  test('"Tercapai" under 100 %, "Tidak Tercapai" at or over it, "Melampaui" at 100 %', () => {
    const f = findings(book(iku('Tercapai', 'Tidak tercapai', 60)), 'predikat');
    expect(f.map((x) => [x.cell, x.related, x.expected, x.actual])).toEqual([
      ['F3', ['E3'], 'belum tercapai', 'Tercapai'],
      ['F4', ['E4'], 'tercapai tepat 100 %', 'Tidak tercapai'],
    ]);
    expect(f[0].message).toBe('Keterangan Persentase jembatan kondisi baik tertulis "Tercapai", padahal capaiannya 95,00 %: target belum tercapai.');
    expect(findings(book(iku('Tidak Tercapai', 'Melampaui target', 60)), 'predikat').map((x) => x.cell)).toEqual(['F4']);
  });
  // the same claims in the other words staff write them, beside 95 % (the target not reached) and beside 100 % (reached)
  test.each([
    ['Di bawah target', false, true],
    ['Dibawah Target', false, true],
    ['Kurang dari target', false, true],
    ['Tidak memenuhi target', false, true],
    ['Sesuai target', true, false],
    ['Memenuhi Target', true, false],
    ['Di atas target', true, true],
    ['Diatas Target', true, true],
  ])('"%s": contradicts 95 % — %s, contradicts 100 % — %s', (ket, at95, at100) => {
    const cells = findings(book(iku(ket, ket, 60)), 'predikat').map((x) => x.cell);
    expect(cells).toEqual([...(at95 ? ['F3'] : []), ...(at100 ? ['F4'] : [])]);
  });
  test('computed from target and realisasi only where every polarity agrees', () => {
    const noCapaian = (ket: string, indikator: string) =>
      book(
        sheet('IKU', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Keterangan'],
          [1, indikator, 10, 8, ket],
        ]),
      );
    // 8 against a target of 10: a count short of its target; a rate of something bad (lower is better) that beat it
    expect(findings(noCapaian('Tercapai', 'Jumlah desa wisata'), 'predikat').map((x) => [x.cell, x.related])).toEqual([['E2', ['C2:D2']]]);
    expect(findings(noCapaian('Tercapai', 'Persentase balita gizi buruk'), 'predikat')).toEqual([]);
  });
  test('a scale whose bands are named "Tercapai" decides instead (Gowa: 90 – 110 is "Tercapai/ Berhasil")', () => {
    expect(findings(book(skala, iku('Tercapai', 'Belum tercapai')), 'predikat')).toEqual([]);
  });
});

describe('predikat: an efisiensi table’s "Efisien" / "Tidak Efisien"', () => {
  const efisiensi = (ket3: string, ket4 = 'Efisien', header = 'Keterangan') =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)', header],
        [1, 'Meningkatnya ketahanan pangan', 105, 95, 10, 'Efisien'],
        [2, 'Meningkatnya produksi pertanian', 98, 99, -1, ket3],
        [3, 'Meningkatnya kesejahteraan petani', 92, 96, -4, ket4],
        [4, 'Meningkatnya akuntabilitas kinerja', 97.5, 97.5, 0, 'Efisien'],
      ]),
    );
  test('each label on the side of capaian = serapan its words say: nothing (equal is either)', () => {
    expect(findings(efisiensi('Tidak Efisien', 'Kurang Efisien'), 'predikat')).toEqual([]);
  });
  test.each(['Kategori Efisiensi', 'Predikat Efisiensi', 'Status Efisiensi', 'Keterangan Efisiensi'])(
    'the labels under "%s" are judged alike (the column names the words, not the efisiensi)',
    (header) => {
      expect(findings(efisiensi('Tidak Efisien', 'Kurang Efisien', header), 'predikat')).toEqual([]);
      expect(findings(efisiensi('Tidak Efisien', 'Efisien', header), 'predikat').map((x) => x.cell)).toEqual(['F4']);
    },
  );
  test('"Efisien" where the kinerja is below the budget spent, "Tidak Efisien" where above', () => {
    const f = findings(efisiensi('Tidak Efisien'), 'predikat');
    expect(f.map((x) => [x.cell, x.related, x.expected])).toEqual([['F4', ['C4', 'D4'], 'Tidak Efisien']]);
    expect(f[0].message).toBe(
      'Keterangan Meningkatnya kesejahteraan petani tertulis "Efisien", padahal capaian kinerjanya 92,00 % di bawah serapan anggarannya 96,00 %.',
    );
    const swapped = findings(
      book(
        sheet('Efisiensi', [
          ['No', 'Program', 'Capaian Kinerja (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Keterangan'],
          [1, 'Program Peningkatan Diversifikasi Pangan', 104, 500000000, 450000000, 'Tidak Efisien'],
        ]),
      ),
      'predikat',
    );
    // 450 of 500 million spent is 90 %, below the kinerja's 104 %
    expect(swapped.map((x) => [x.cell, x.related, x.expected])).toEqual([['F2', ['C2', 'D2', 'E2'], 'Efisien']]);
  });
});

test('predikat: an "Efisien" that follows its row’s efisiensi, itself shown wrong, is that one error (reported once)', () => {
  const wb = book(
    sheet('Efisiensi', [
      ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi (%)', 'Kategori'],
      [1, 'Meningkatnya pelayanan administrasi kependudukan', 105, 92, 13, 'Efisien'],
      [2, 'Meningkatnya cakupan kepemilikan akta kelahiran', 101, 97, 4, 'Efisien'],
      // 95 − 99 = −4, written 4: the "Efisien" beside it follows the written figure
      [3, 'Meningkatnya pemanfaatan data kependudukan', 95, 99, 4, 'Efisien'],
    ]),
  );
  expect(findings(wb, 'efisiensi').map((f) => f.cell)).toEqual(['E4']);
  expect(findings(wb, 'predikat')).toEqual([]);
});

test.each([
  ['the budget left (100 % − serapan): no certain error', (_c: number, s: number) => Math.round((100 - s) * 100) / 100, []],
  ['capaian − serapan: the label on the wrong side is a galat', (c: number, s: number) => Math.round((c - s) * 100) / 100, ['H5']],
  ['capaian ÷ serapan: the label on the wrong side is a galat', (c: number, s: number) => Math.round((c / s) * 10000) / 100, ['H5']],
] as Array<[string, (c: number, s: number) => number, string[]]>)(
  'predikat: "Efisien" where capaian is below serapan, in a table whose efisiensi is %s',
  (_, measure, cells) => {
    const rows: Array<[string, number, number, number, number]> = [
      ['Program Penunjang Urusan Pemerintahan Daerah', 104.2, 92.5, 1500000000, 1387500000],
      ['Program Pengelolaan Persampahan', 98.7, 95.1, 800000000, 760800000],
      ['Program Pengendalian Pencemaran', 110, 88.3, 450000000, 397350000],
      ['Program Pengelolaan Keanekaragaman Hayati', 96.4, 99.2, 1200000000, 1190400000],
    ];
    const wb = book(
      sheet('Efisiensi', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)', 'Keterangan'],
        ...rows.map(([p, c, s, pagu, real], i): V[] => [i + 1, p, pagu, real, c, s, measure(c, s), 'Efisien']),
      ]),
    );
    expect(findings(wb, 'efisiensi')).toEqual([]);
    expect(findings(wb, 'predikat').map((f) => f.cell)).toEqual(cells);
  },
);

test('predikat: a scale that names the measure in its intervals ("90 ≤ capaian < 110", "Capaian < 60") is the workbook’s', () => {
  const wb = (predikat3: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
        ['1', 'Persentase desa mandiri', 30, 33, 110, 'Sangat Berhasil'],
        ['2', 'Indeks kepuasan masyarakat', 80, 76, 95, 'Berhasil'],
        ['3', 'Persentase BUMDes aktif', 60, 42, 70, predikat3],
        [],
        ['Skala Penilaian'],
        ['Rentang', 'Predikat'],
        ['Capaian ≥ 110', 'Sangat Berhasil'],
        ['90 ≤ capaian < 110', 'Berhasil'],
        ['60 ≤ capaian < 90', 'Cukup Berhasil'],
        ['Capaian < 60', 'Tidak Berhasil'],
      ]),
    );
  expect(findings(wb('Cukup Berhasil'), 'predikat')).toEqual([]);
  expect(findings(wb('Berhasil'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['F4', 'Cukup Berhasil']]);
});

test('predikat: "Tercapai" beside a capaian written wrong (95 where 51 ÷ 50 = 102 %) is right by the capaian it should hold', () => {
  const wb = book(
    sheet('IKU', [
      ['No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
      [1, 'Persentase jalan kabupaten dalam kondisi mantap', 70, 72.5, 103.57, 'Tercapai'],
      [2, 'Persentase jembatan kondisi baik', 50, 51, 95, 'Tercapai'],
    ]),
  );
  expect(findings(wb, 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['E3', 102]]);
  expect(findings(wb, 'predikat')).toEqual([]);
});

test('predikat: a label right by the capaian its row should hold (the written capaian shown wrong) is not a second galat', () => {
  // 653 ÷ 580 = 112,59 %: "Sangat Berhasil" on Gowa's scale, though the capaian is written 102 %
  const wrongCapaian = sheet('Pengukuran', [
    ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET 2024', 'REALISASI 2024', 'CAPAIAN 2024', 'KET'],
    ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 653, '102%', 'Sangat Berhasil'],
  ]);
  expect(findings(book(skala, wrongCapaian), 'persen-capaian').map((f) => f.cell)).toEqual(['E2']);
  expect(findings(book(skala, wrongCapaian), 'predikat')).toEqual([]);
});

test('predikat: letter grades on ranges whose lower bound is signed ("> 80 - 90" A, "> 70 - 80" BB): 80 % is BB', () => {
  const letters = sheet('Skala', [
    ['Predikat', 'Nilai'],
    ['AA', '> 90 - 100'],
    ['A', '> 80 - 90'],
    ['BB', '> 70 - 80'],
    ['B', '> 60 - 70'],
    ['CC', '> 50 - 60'],
    ['C', '> 30 - 50'],
    ['D', '0 - 30'],
  ]);
  const table = (grade2: string) =>
    sheet('Pengukuran', [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
      [1, 'Persentase UMKM naik kelas', 10, 9.2, 92, 'AA'],
      [2, 'Persentase koperasi sehat', 60, 48, 80, grade2],
      [3, 'Jumlah wirausaha baru', 500, 430, 86, 'A'],
    ]);
  expect(findings(book(table('BB'), letters), 'predikat')).toEqual([]);
  expect(findings(book(table('A'), letters), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['F3', 'BB']]);
});

test('predikat: a scale whose bands carry "%" ("> 65% - 75% | Sedang") is one table, not a second one from its "Sedang" row', () => {
  const skala = (h: [string, string]) =>
    sheet('Skala', [
      h,
      ['> 90%', 'Sangat Tinggi'],
      ['> 75% - 90%', 'Tinggi'],
      ['> 65% - 75%', 'Sedang'],
      ['> 50% - 65%', 'Rendah'],
      ['≤ 50%', 'Sangat Rendah'],
    ]);
  const table = (k4: string) =>
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      [1, 'Persentase desa berstatus mandiri', 20, 19, 95, 'Sangat Tinggi'],
      [2, 'Jumlah BUMDes aktif', 50, 41, 82, 'Tinggi'],
      [3, 'Persentase aparatur desa terlatih', 80, 56, 70, k4],
    ]);
  for (const h of [
    ['Nilai Capaian (%)', 'Predikat'],
    ['Tingkat Capaian', 'Penilaian'],
  ] as Array<[string, string]>) {
    const { tables } = periksaWorkbook(book(skala(h), table('Sedang')));
    expect(tables.filter((t) => t.kind === 'skala-penilaian').map((t) => t.range)).toEqual([{ top: 1, left: 1, bottom: 6, right: 2 }]);
    expect(findings(book(skala(h), table('Sedang')), 'predikat')).toEqual([]);
    // 70 % is above 65 %: Sedang, written Tinggi
    expect(findings(book(skala(h), table('Tinggi')), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['F4', 'Sedang']]);
  }
});

describe('predikat: a scale written in a note under the table, in one line', () => {
  const wb = (stated: string, note: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
        [1, 'Persentase penegakan Perda', 90, 86.4, 96, 'Sangat Baik'],
        [2, 'Persentase Linmas terlatih', 60, 45, 75, stated],
        [3, 'Persentase kelurahan dengan Satlinmas aktif', 80, 84, 105, 'Sangat Baik'],
        [],
        [note],
      ]),
    );
  test.each([
    'Keterangan predikat: ≥ 90 = Sangat Baik; 75 - < 90 = Baik; 60 - < 75 = Cukup; < 60 = Kurang',
    'Predikat: Sangat Baik (≥ 90); Baik (75 - < 90); Cukup (60 - < 75); Kurang (< 60)',
    // "s/d" for "sampai dengan", and ">=" typed with the "=" that also parts a range from its name
    'Keterangan: >= 90 = Sangat Baik; 75 s/d 89,99 = Baik; 60 s/d 74,99 = Cukup; < 60 = Kurang',
    // each range and its name with nothing between them, either way round
    'Skala: >= 90 Sangat Baik; 75 - <90 Baik; 60 - <75 Cukup; < 60 Kurang',
    'Kriteria: Sangat Baik ≥ 90; Baik 75 - < 90; Cukup 60 - < 75; Kurang < 60',
    // one cell, one band per line (Alt+Enter), each "range : name"
    'Kriteria penilaian capaian kinerja:\n≥ 90 : Sangat Baik\n75 – < 90 : Baik\n60 – < 75 : Cukup\n< 60 : Kurang',
    // bands parted by ";", the line wrapped by hand (Alt+Enter) inside one of them
    'Keterangan: ≥ 90 = Sangat Baik; 75 –\n< 90 = Baik; 60 – < 75 = Cukup;\n< 60 = Kurang',
  ])('%j', (note) => {
    const { scale, tables } = periksaWorkbook(wb('Baik', note));
    expect(scale.id).toBe('workbook');
    expect(scale.bands.map((b) => b.label)).toEqual(['Sangat Baik', 'Baik', 'Cukup', 'Kurang']);
    // the note is no table of its own
    expect(tables.map((t) => t.kind)).toEqual(['pengukuran-kinerja']);
    expect(findings(wb('Baik', note), 'predikat')).toEqual([]);
    // 75 is "Baik" on that scale, written "Cukup"
    expect(findings(wb('Cukup', note), 'predikat').map((f) => f.cell)).toEqual(['F3']);
  });
  test('a note that only mentions figures is no scale', () => {
    const { scale } = periksaWorkbook(wb('Baik', 'Sumber: Satpol PP; data s.d. 31 Desember 2025; 3 indikator'));
    expect(scale.id).not.toBe('workbook');
  });
  test('ranges of one name are a list, not a scale ("1 - 3 bulan; 4 - 6 bulan; 7 - 9 bulan")', () => {
    const { scale } = periksaWorkbook(wb('Baik', 'Jadwal: 1 - 3 bulan; 4 - 6 bulan; 7 - 9 bulan'));
    expect(scale.id).not.toBe('workbook');
  });
});

describe('predikat: a scale of budget absorption beside the kinerja scale', () => {
  const kinerjaScale: V[][] = [
    ['Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian'],
    ['≥ 91', 'Sangat Tinggi'],
    ['76 ≤ x < 91', 'Tinggi'],
    ['66 ≤ x < 76', 'Sedang'],
    ['51 ≤ x < 66', 'Rendah'],
    ['≤ 50', 'Sangat Rendah'],
  ];
  const serapanScale: V[][] = [
    ['Persentase Penyerapan', 'Kategori'],
    ['> 95', 'Sangat Baik'],
    ['> 85 - 95', 'Baik'],
    ['> 75 - 85', 'Cukup'],
    ['≤ 75', 'Kurang'],
  ];
  const wb = (order: 'kinerja-first' | 'serapan-first', programC: string, kinerjaY: string) =>
    book(
      sheet('Skala', order === 'kinerja-first' ? [...kinerjaScale, [null], ...serapanScale] : [...serapanScale, [null], ...kinerjaScale]),
      sheet('Kinerja', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria'],
        [1, 'Indeks Kepuasan Masyarakat', 80, 83, 103.75, 'Sangat Tinggi'],
        [2, 'Persentase dokumen tepat waktu', 90, 72, 80, 'Tinggi'],
        [3, 'Persentase aduan tuntas', 100, 60, 60, kinerjaY],
      ]),
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu', 'Realisasi', 'Serapan (%)', 'Kategori'],
        [1, 'Program A', 1000000000, 962000000, 96.2, 'Sangat Baik'],
        [2, 'Program B', 500000000, 440000000, 88, 'Baik'],
        [3, 'Program C', 800000000, 610000000, 76.25, programC],
        [4, 'Program D', 300000000, 291000000, 97, 'Sangat Baik'],
      ]),
    );
  test.each(['kinerja-first', 'serapan-first'] as const)('%s: each label judged by the scale of what it rates', (order) => {
    expect(findings(wb(order, 'Cukup', 'Rendah'), 'predikat')).toEqual([]);
    // 76,25 % absorbed is "Cukup" by the absorption scale; 60 % achieved is "Rendah" by the kinerja scale
    const f = findings(wb(order, 'Baik', 'Sedang'), 'predikat');
    expect(f.map((x) => [x.sheet, x.cell, x.expected, x.actual])).toEqual([
      ['Kinerja', 'F4', 'Rendah', 'Sedang'],
      ['Anggaran', 'F4', 'Cukup', 'Baik'],
    ]);
    expect(f[1].message).toBe(
      'Kategori Program C tertulis "Baik", padahal serapan 76,25 % menurut skala penyerapan anggaran di buku kerja berkategori "Cukup".',
    );
  });
  test('the kinerja scale is the workbook’s scale (highlights, the report), whichever is written first', () => {
    expect(periksaWorkbook(wb('serapan-first', 'Cukup', 'Rendah')).scale.bands.map((b) => b.label)).toEqual([
      'Sangat Tinggi',
      'Tinggi',
      'Sedang',
      'Rendah',
      'Sangat Rendah',
    ]);
  });
});

describe('predikat: a scale of efisiensi beside the kinerja scale', () => {
  const wb = (programA: string, kinerjaY: string) =>
    book(
      sheet('Skala', [
        ['Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian'],
        ['≥ 91', 'Sangat Tinggi'],
        ['76 ≤ x < 91', 'Tinggi'],
        ['66 ≤ x < 76', 'Sedang'],
        ['≤ 65', 'Rendah'],
        [null],
        ['Kriteria Efisiensi'],
        ['Nilai Efisiensi', 'Kriteria'],
        ['> 0', 'Efisien'],
        ['0', 'Sesuai'],
        ['< 0', 'Tidak Efisien'],
      ]),
      sheet('Kinerja', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        [1, 'Jumlah kunjungan museum', 32000, 30000, 93.75, kinerjaY],
        [2, 'Persentase sanggar seni yang dibina', 60, 43, 71.67, 'Sedang'],
      ]),
      sheet('Efisiensi', [
        ['No', 'Program', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)', 'Kriteria'],
        [1, 'Program Pengembangan Kebudayaan', 93.13, 95.4, -2.27, programA],
        [2, 'Program Pelestarian Cagar Budaya', 71.67, 88.2, -16.53, 'Tidak Efisien'],
        [3, 'Program Pengelolaan Permuseuman', 93.75, 91.05, 2.7, 'Efisien'],
      ]),
    );
  test('each label judged by the scale of what it rates: the efisiensi’s by the row’s efisiensi, never its capaian', () => {
    expect(findings(wb('Tidak Efisien', 'Sangat Tinggi'), 'predikat')).toEqual([]);
    const f = findings(wb('Efisien', 'Tinggi'), 'predikat');
    expect(f.map((x) => [x.sheet, x.cell, x.related, x.expected, x.actual])).toEqual([
      ['Kinerja', 'F2', ['E2'], 'Sangat Tinggi', 'Tinggi'],
      ['Efisiensi', 'F2', ['E2'], 'Tidak Efisien', 'Efisien'],
    ]);
  });
  test('the kinerja scale is the workbook’s scale, the efisiensi’s beside it', () => {
    const { scale } = periksaWorkbook(wb('Tidak Efisien', 'Sangat Tinggi'));
    expect(scale.bands.map((b) => b.label)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah']);
    expect(scale.efisiensi?.bands.map((b) => b.label).sort()).toEqual(['Efisien', 'Sesuai', 'Tidak Efisien']);
  });
});

test('predikat: "Tercapai" beside a Capaian that is the value achieved itself (Target ≥ 85 %, Capaian 91,2 %, no realisasi) is right', () => {
  // a hospital's quality indicators: the "Capaian" is what was measured, judged against the target
  const wb = (ket: string) =>
    book(
      sheet('Mutu', [
        ['No', 'Indikator Mutu', 'Target', 'Capaian', 'Keterangan'],
        [1, 'Kepatuhan kebersihan tangan', '≥ 85%', '91,2%', ket],
        [2, 'Kepatuhan penggunaan APD', '100%', '98,5%', 'Tidak Tercapai'],
        [3, 'Kepuasan pasien', '≥ 76,61', '82,4', 'Tercapai'],
      ]),
    );
  expect(findings(wb('Tercapai'), 'predikat')).toEqual([]);
  // "Tidak Tercapai" fits the other reading (a capaian of 91,2 % of the target): not certain either way, so not said
  expect(findings(wb('Tidak Tercapai'), 'predikat')).toEqual([]);
});

/** A scale of five bands in words, ≥ 91 Sangat Tinggi … ≤ 50 Sangat Rendah (Metro's). */
const skalaTinggi = sheet('Skala', [
  ['Rentang Capaian', 'Kategori'],
  ['≥ 91', 'Sangat Tinggi'],
  ['76 - 90', 'Tinggi'],
  ['66 - 75', 'Sedang'],
  ['51 - 65', 'Rendah'],
  ['≤ 50', 'Sangat Rendah'],
]);

test('predikat: beside the capaian against the Renstra end target, a Kategori names the band of the capaian its labels follow', () => {
  const wb = (last: string, renstraFirst = false) => {
    const header = [
      'No',
      'Indikator Kinerja',
      'Target 2024',
      'Realisasi 2024',
      'Capaian 2024 (%)',
      'Target Akhir Renstra 2026',
      'Capaian thd Target Renstra (%)',
      'Kategori',
    ];
    const rows: V[][] = [
      [1, 'Persentase balita gizi buruk yang ditangani', 100, 95, 95, 100, 95],
      [2, 'Cakupan imunisasi dasar lengkap', 90, 88.2, 98, 100, 88.2],
      [3, 'Persentase desa ODF', 60, 66, 110, 100, 66],
      [4, 'Persentase puskesmas terakreditasi', 80, 72, 90, 100, 72],
      [5, 'Persentase posyandu aktif', 80, 60, 75, 100, 60],
    ];
    // the labels name the year's capaian's bands, or (renstraFirst) the Renstra's
    const labels = renstraFirst ? ['Sangat Tinggi', 'Tinggi', 'Sedang', last, 'Rendah'] : ['Sangat Tinggi', 'Sangat Tinggi', 'Sangat Tinggi', last, 'Sedang'];
    return book(sheet('Pengukuran', [header, ...rows.map((r, i) => [...r, labels[i]])]), skalaTinggi);
  };
  // the year's capaian 90 % is "Tinggi": no galat; "Sedang" is the Renstra capaian's band (72 %), not the year's
  expect(findings(wb('Tinggi'), 'predikat')).toEqual([]);
  expect(findings(wb('Sedang'), 'predikat').map((f) => [f.cell, f.expected, f.related])).toEqual([['H5', 'Tinggi', ['E5']]]);
  // a Kategori whose labels follow the Renstra capaian on every other row judges that one
  expect(findings(wb('Sedang', true), 'predikat')).toEqual([]);
  expect(findings(wb('Tinggi', true), 'predikat').map((f) => [f.cell, f.expected, f.related])).toEqual([['H5', 'Sedang', ['G5']]]);
  // the rows are highlighted by the year's capaian, not by the Renstra's
  const { tables, scale } = periksaWorkbook(wb('Tinggi'));
  expect(highlightPlan(tables, scale).rows.map((r) => [r.address, r.capaian, r.band])).toEqual([
    ['A2:H2', 95, 'Sangat Tinggi'],
    ['A3:H3', 98, 'Sangat Tinggi'],
    ['A4:H4', 110, 'Sangat Tinggi'],
    ['A5:H5', 90, 'Tinggi'],
    ['A6:H6', 75, 'Sedang'],
  ]);
});

test('predikat: a Kategori after each year’s capaian names the bands of its own year’s (it was judged by the last year’s)', () => {
  const wb = (k2023: string, k2024: string) =>
    book(
      sheet('Perbandingan', [
        [
          'No',
          'Indikator Kinerja',
          'Target 2023',
          'Realisasi 2023',
          'Capaian 2023 (%)',
          'Kategori',
          'Target 2024',
          'Realisasi 2024',
          'Capaian 2024 (%)',
          'Kategori',
        ],
        [1, 'Indeks Kepuasan Masyarakat', 80, 70, 87.5, 'Tinggi', 82, 84, 102.44, 'Sangat Tinggi'],
        [2, 'Persentase aduan ditindaklanjuti', 100, 60, 60, k2023, 100, 95, 95, 'Sangat Tinggi'],
        [3, 'Persentase dokumen tepat waktu', 100, 100, 100, 'Sangat Tinggi', 100, 72, 72, 'Sedang'],
        [4, 'Persentase ASN terlatih', 50, 35, 70, 'Sedang', 60, 60, 100, k2024],
      ]),
      skalaTinggi,
    );
  expect(findings(wb('Rendah', 'Sangat Tinggi'), 'predikat')).toEqual([]);
  expect(findings(wb('Sedang', 'Sedang'), 'predikat').map((f) => [f.cell, f.expected, f.related])).toEqual([
    ['F3', 'Rendah', ['E3']],
    ['J5', 'Sangat Tinggi', ['I5']],
  ]);
});

test('predikat: "Kategori 2024" beside the 2023 and 2024 capaian names the 2024 bands, though a label typed wrong fits 2023', () => {
  const wb = (last: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2023', null, null, 'Tahun 2024', null, null, 'Kategori 2024'],
        [null, null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)', null],
        [1, 'Angka Kematian Bayi per 1.000 KH', 'per 1.000 KH', 9, 8.1, 110, 8.5, 7.9, 107.06, 'Sangat Tinggi'],
        [2, 'Prevalensi stunting', '%', 16, 15.2, 105, 14, 14.6, 95.71, 'Sangat Tinggi'],
        [3, 'Cakupan imunisasi dasar lengkap', '%', 93, 94.1, 101.18, 95, 93.2, 98.11, 'Sangat Tinggi'],
        [4, 'Persentase puskesmas terakreditasi paripurna', '%', 50, 45, 90, 65, 60, 92.31, last],
      ]),
      skalaTinggi,
    );
  expect(findings(wb('Sangat Tinggi'), 'predikat')).toEqual([]);
  expect(findings(wb('Tinggi'), 'predikat').map((f) => [f.cell, f.expected, f.related])).toEqual([['J6', 'Sangat Tinggi', ['I6']]]);
});

test('predikat: "Efisien" / "Tidak Efisien" of two years side by side, each judged by its own year’s capaian and serapan', () => {
  const wb = (last: string) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran', 'Tahun 2023', null, null, null, 'Tahun 2024', null, null, null],
        [
          null,
          null,
          'Capaian Kinerja (%)',
          'Serapan Anggaran (%)',
          'Efisiensi (%)',
          'Keterangan',
          'Capaian Kinerja (%)',
          'Serapan Anggaran (%)',
          'Efisiensi (%)',
          'Keterangan',
        ],
        [1, 'Meningkatnya kualitas pelayanan publik', 95, 98, -3, 'Tidak Efisien', 104, 92, 12, 'Efisien'],
        [2, 'Meningkatnya akuntabilitas kinerja', 101, 94, 7, 'Efisien', 97, 99, -2, 'Tidak Efisien'],
        [3, 'Meningkatnya kapasitas SDM aparatur', 92, 96, -4, 'Tidak Efisien', 103, 95, 8, 'Efisien'],
        [4, 'Meningkatnya kualitas perencanaan', 99, 97, 2, 'Efisien', 96, 98, -2, last],
      ]),
    );
  // (the 2023 labels were judged by the 2024 figures: four false galat)
  expect(findings(wb('Tidak Efisien'), 'predikat')).toEqual([]);
  expect(findings(wb('Efisien'), 'predikat').map((f) => [f.cell, f.expected, f.related])).toEqual([['J6', 'Tidak Efisien', ['G6', 'H6']]]);
});

/** A SAKIP evaluation's letter grades (PermenPANRB 88/2021), a scale of scores, not of capaian. */
const skalaSakip = (caption: string) =>
  sheet('Nilai SAKIP', [
    [caption],
    ['Nilai', 'Predikat'],
    ['> 90 - 100', 'AA'],
    ['> 80 - 90', 'A'],
    ['> 70 - 80', 'BB'],
    ['> 60 - 70', 'B'],
    ['> 50 - 60', 'CC'],
    ['> 30 - 50', 'C'],
    ['0 - 30', 'D'],
  ]);

describe('predikat: a workbook with a SAKIP scale of letter grades beside its scale of capaian', () => {
  const pengukuran = (third: string) =>
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      [1, 'Indeks kepuasan layanan', 90, 93, 103.33, 'Sangat Tinggi'],
      [2, 'Persentase dokumen perencanaan tepat waktu', 100, 80, 80, third],
      [3, 'Persentase ASN disiplin', 100, 97, 97, 'Sangat Tinggi'],
    ]);
  /** The capaian scale under a header that names no capaian ("Rentang | Peringkat"), as some offices write it. */
  const skalaPeringkat = sheet('Skala', [
    ['Rentang', 'Peringkat'],
    ['≥ 91', 'Sangat Tinggi'],
    ['76 - 90', 'Tinggi'],
    ['66 - 75', 'Sedang'],
    ['51 - 65', 'Rendah'],
    ['≤ 50', 'Sangat Rendah'],
  ]);
  test.each([
    ['the capaian scale names the capaian, the letter grades come first', skalaSakip('Kategori Nilai SAKIP'), skalaTinggi],
    ['neither names the capaian: the Kategori column is judged by the scale whose words it writes', skalaSakip('Kategori Nilai SAKIP'), skalaPeringkat],
  ])('%s', (_, first, second) => {
    expect(findings(book(first, pengukuran('Tinggi'), second), 'predikat')).toEqual([]);
    const f = findings(book(first, pengukuran('Sangat Tinggi'), second), 'predikat');
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['F3', 'Tinggi', ['E3']]]);
    // (and the scale in use, whose bands the highlight shows, is the capaian's, not the SAKIP's letter grades)
    expect(periksaWorkbook(book(first, pengukuran('Tinggi'), second), {}).scale.source?.sheet).toBe('Skala');
  });
});

/** PermenPANRB 14/2017's conversion table of an IKM survey (NI 1,00 – 4,00, NIK 25 – 100), its intervals joined by `dash`. */
const ikmConversion = (dash: string, mutu = '', kinerja = '') =>
  sheet('IKM', [
    ['Nilai Persepsi', 'Nilai Interval (NI)', 'Nilai Interval Konversi (NIK)', `Mutu Pelayanan${mutu}`, `Kinerja Unit Pelayanan${kinerja}`],
    [1, `1,00 ${dash} 2,5996`, `25,00 ${dash} 64,99`, 'D', 'Tidak Baik'],
    [2, `2,60 ${dash} 3,064`, `65,00 ${dash} 76,60`, 'C', 'Kurang Baik'],
    [3, `3,0644 ${dash} 3,532`, `76,61 ${dash} 88,30`, 'B', 'Baik'],
    [4, `3,5324 ${dash} 4,00`, `88,31 ${dash} 100,00`, 'A', 'Sangat Baik'],
  ]);

describe("predikat: a Kategori in Permendagri 86's words in a book whose only scale rates something else (its IKM's)", () => {
  // PermenPANRB 14/2017's table of a survey's mutu pelayanan: none of its words is a band of the capaian
  const ikm = ikmConversion('–', ' (x)', ' (y)');
  const pengukuran = (labels: string[]) =>
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      [1, 'Indeks Kepuasan Masyarakat', 'nilai', 80, 84.5, 105.63, labels[0]],
      [2, 'Persentase pengaduan yang diselesaikan', '%', 95, 88, 92.63, labels[1]],
      [3, 'Persentase layanan administrasi tepat waktu', '%', 90, 72, 80, labels[2]],
      [4, 'Persentase dokumen kependudukan terbit', '%', 100, 60, 60, labels[3]],
    ]);
  test('the labels are judged by Permendagri 86, as in a book with no scale: one wrong is a galat', () => {
    expect(findings(book(pengukuran(['Sangat Tinggi', 'Sangat Tinggi', 'Tinggi', 'Rendah']), ikm), 'predikat')).toEqual([]);
    const f = findings(book(pengukuran(['Sangat Tinggi', 'Sangat Tinggi', 'Tinggi', 'Sedang']), ikm), 'predikat');
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['G5', 'Rendah', ['F5']]]);
    expect(f[0].message).toContain('menurut skala permendagri-86');
  });
  test("labels that follow an office's own unwritten lines, a band lower throughout, are not judged by the preset's", () => {
    // 92,63 Tinggi, 80 Sedang, 60 Rendah: lines above Permendagri 86's, in the capaian's order
    expect(findings(book(pengukuran(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah']), ikm), 'predikat')).toEqual([]);
  });
});

describe("predikat: the office's own scale beside an IKM's conversion table that shares some of its words", () => {
  // the IKM's table comes first and names "Kinerja Unit Pelayanan"; its bounds (NI 1,00 – 4,00) are no capaian's
  const ikm = ikmConversion('-');
  const rows: Array<[number, number, number]> = [
    [90, 95, 105.56],
    [80, 74, 92.5],
    [100, 80, 80],
    [100, 72, 72],
    [100, 66, 66],
    [100, 50, 50],
  ];
  const pengukuran = (labels: string[], scaleHeader: string) =>
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      ...rows.map(([t, r, c], i) => [i + 1, `Indikator pelayanan ${i + 1}`, t, r, c, labels[i]]),
      [],
      [],
      [null, scaleHeader, 'Kategori'],
      [null, '≥ 90', 'Sangat Baik'],
      [null, '75 - < 90', 'Baik'],
      [null, '60 - < 75', 'Cukup'],
      [null, '< 60', 'Kurang'],
    ]);
  const right = ['Sangat Baik', 'Sangat Baik', 'Baik', 'Cukup', 'Cukup', 'Kurang'];
  test.each(['Capaian (%)', 'Nilai'])('scale headed "%s": labels right by it, none; one wrong, one galat by it', (scaleHeader) => {
    expect(findings(book(ikm, pengukuran(right, scaleHeader)), 'predikat')).toEqual([]);
    const wrong = [...right.slice(0, 3), 'Baik', ...right.slice(4)];
    const f = findings(book(ikm, pengukuran(wrong, scaleHeader)), 'predikat');
    expect(f.map((x) => [x.severity, x.cell, x.expected, x.actual, x.related])).toEqual([['galat', 'F5', 'Cukup', 'Baik', ['E5']]]);
  });
  // (the IKM's table as some reports give it: the converted intervals alone, 25 – 100 as a capaian's would be)
  const ikmConverted = sheet('IKM', [
    ['Nilai Interval Konversi', 'Mutu Pelayanan', 'Kinerja Unit Pelayanan'],
    ['25,00 - 64,99', 'D', 'Tidak Baik'],
    ['65,00 - 76,60', 'C', 'Kurang Baik'],
    ['76,61 - 88,30', 'B', 'Baik'],
    ['88,31 - 100,00', 'A', 'Sangat Baik'],
  ]);
  test.each([
    ['NI and NIK', 'Capaian (%)'],
    ['NI and NIK', 'Nilai'],
    ['NIK alone', 'Capaian (%)'],
    ['NIK alone', 'Nilai'],
  ])("IKM table with %s, the office's scale headed \"%s\": the scale in use, and the highlight's bands, are the office's", (which, scaleHeader) => {
    const result = periksaWorkbook(book(which === 'NIK alone' ? ikmConverted : ikm, pengukuran(right, scaleHeader)), {});
    expect(result.scale.source?.sheet).toBe('Pengukuran');
    expect(result.scale.bands.map((b) => b.label)).toEqual(['Sangat Baik', 'Baik', 'Cukup', 'Kurang']);
  });
  test("with the IKM's converted intervals alone, a wrong label is still judged by the office's scale", () => {
    const wrong = [...right.slice(0, 2), 'Sangat Baik', ...right.slice(3)];
    const f = findings(book(ikmConverted, pengukuran(wrong, 'Nilai')), 'predikat');
    expect(f.map((x) => [x.severity, x.cell, x.expected, x.actual])).toEqual([['galat', 'F4', 'Baik', 'Sangat Baik']]);
  });
  /** An IKM's results by unit: each unit's score against its target, its Kategori in the IKM's words. */
  const perUnit = (kategori: string[]) =>
    sheet('IKM per Unit', [
      ['No', 'Unit Layanan', 'Target IKM', 'Realisasi IKM', 'Capaian (%)', 'Kategori'],
      [1, 'Puskesmas Kota', 80, 82.4, 103, kategori[0]],
      [2, 'Puskesmas Desa', 80, 77.1, 96.38, kategori[1]],
      [3, 'Labkesda', 85, 90.2, 106.12, kategori[2]],
      [4, 'RSUD Pratama', 80, 74.5, 93.13, kategori[3]],
    ]);
  test("an IKM's results by unit, its Kategori in the IKM's words (of the score, 82,4 Baik): not judged by the capaian", () => {
    const unit = perUnit(['Baik', 'Baik', 'Sangat Baik', 'Kurang Baik']);
    expect(findings(book(pengukuran(right, 'Capaian (%)'), ikm, unit), 'predikat')).toEqual([]);
    // (the office's own table is judged as before)
    const wrong = [...right.slice(0, 3), 'Baik', ...right.slice(4)];
    expect(findings(book(pengukuran(wrong, 'Capaian (%)'), ikm, unit), 'predikat').map((x) => [x.sheet, x.cell])).toEqual([['Pengukuran', 'F5']]);
  });
  test("the same with the IKM's converted intervals alone (25 – 100): the labels are of the realisasi, judged by it", () => {
    expect(findings(book(pengukuran(right, 'Capaian (%)'), ikmConverted, perUnit(['Baik', 'Baik', 'Sangat Baik', 'Kurang Baik'])), 'predikat')).toEqual([]);
    const f = findings(book(pengukuran(right, 'Capaian (%)'), ikmConverted, perUnit(['Baik', 'Baik', 'Baik', 'Kurang Baik'])), 'predikat');
    expect(f.map((x) => [x.severity, x.sheet, x.cell, x.related, x.expected, x.actual])).toEqual([
      ['galat', 'IKM per Unit', 'F4', ['D4'], 'A/Sangat Baik', 'Baik'],
    ]);
    expect(f[0].message).toBe('Predikat Labkesda tertulis "Baik", padahal Realisasi 90,20 menurut skala penilaian di buku kerja berpredikat "A/Sangat Baik".');
  });
  test("the office's scale written in a note under its pengukuran, the IKM's as a table: the note's is in use", () => {
    const noted = (labels: string[]) =>
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        ...rows.map(([t, r, c], i) => [i + 1, `Indikator pelayanan ${i + 1}`, t, r, c, labels[i]]),
        [],
        ['Keterangan kategori: ≥ 90 = Sangat Baik; 75 - < 90 = Baik; 60 - < 75 = Cukup; < 60 = Kurang'],
      ]);
    expect(findings(book(noted(right), ikm), 'predikat')).toEqual([]);
    const wrong = [...right.slice(0, 3), 'Baik', ...right.slice(4)];
    const f = findings(book(noted(wrong), ikm), 'predikat');
    expect(f.map((x) => [x.severity, x.cell, x.expected, x.actual, x.related])).toEqual([['galat', 'F5', 'Cukup', 'Baik', ['E5']]]);
    const scale = periksaWorkbook(book(noted(right), ikm), {}).scale;
    expect([scale.name, scale.source?.sheet]).toEqual(['Skala penilaian dari catatan di bawah tabel', 'Pengukuran']);
  });
});

describe('predikat: a table of scores and their letter grades (an inspectorate\'s "Nilai AKIP | Predikat" of each OPD)', () => {
  const hasil = (grades: string[]) =>
    sheet('Hasil Evaluasi', [
      ['No', 'Perangkat Daerah', 'Nilai AKIP', 'Predikat'],
      ...[72.15, 81.3, 76.02, 65.9, 58.4, 68.4].map((nilai, i) => [i + 1, `Perangkat Daerah ${i + 1}`, nilai, grades[i]]),
    ]);
  test('a grade its score does not fall in is a galat; every grade right, none', () => {
    const right = ['BB', 'A', 'BB', 'B', 'CC', 'B'];
    expect(findings(book(skalaSakip('Kategori Nilai SAKIP'), hasil(right)), 'predikat')).toEqual([]);
    const f = findings(book(skalaSakip('Kategori Nilai SAKIP'), hasil([...right.slice(0, 5), 'BB'])), 'predikat');
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.related])).toEqual([['D7', 'B', 'BB', ['C7']]]);
    expect(f[0].message).toBe('Predikat Perangkat Daerah 6 tertulis "BB", padahal Nilai AKIP 68,40 menurut skala penilaian di buku kerja berpredikat "B".');
  });
  test('grades that the scores beside them mostly do not bear out are of some other measure: nothing said', () => {
    expect(findings(book(skalaSakip('Kategori Nilai SAKIP'), hasil(['A', 'BB', 'BB', 'A', 'B', 'BB'])), 'predikat')).toEqual([]);
  });
  test.each(['Nilai', 'Skor'])('the scores headed "%s" alone, as a scale\'s bounds are, are still each one\'s score', (header) => {
    const scores = (grades: string[]) =>
      sheet('Hasil Evaluasi', [
        ['No', 'Perangkat Daerah', header, 'Predikat'],
        ...[72.15, 81.3, 76.02, 65.9, 58.4, 68.4].map((nilai, i) => [i + 1, `Perangkat Daerah ${i + 1}`, nilai, grades[i]]),
      ]);
    const right = ['BB', 'A', 'BB', 'B', 'CC', 'B'];
    expect(findings(book(skalaSakip('Kategori Nilai SAKIP'), scores(right)), 'predikat')).toEqual([]);
    const f = findings(book(skalaSakip('Kategori Nilai SAKIP'), scores(['BB', 'A', 'A', 'B', 'CC', 'B'])), 'predikat');
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.related])).toEqual([['D4', 'BB', 'A', ['C4']]]);
  });
});

describe('a Keterangan beside a standard as well as a target (a hospital’s "Standar | Target | Realisasi")', () => {
  const mutu = (...rows: V[][]) => book(sheet('Indikator Mutu', [['No', 'Indikator', 'Standar', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'], ...rows]));
  const bor = (ket: string): V[] => [1, 'Bed Occupancy Rate (BOR)', '60-85 %', '75 %', '72,4 %', 96.53, ket];
  const ndr = (ket: string): V[] => [2, 'Net Death Rate (NDR)', '< 25 ‰', '30 ‰', '27 ‰', 110, ket];
  const cuci = (ket: string): V[] => [3, 'Kepatuhan cuci tangan', '≥ 85 %', '90 %', '80 %', 88.89, ket];
  const tunggu = (ket: string): V[] => [4, 'Waktu tunggu rawat jalan', '≤ 60 menit', '50 menit', '52 menit', 96, ket];

  test('a claim the realisasi bears out against the row’s standard may be of it: no certain error', () => {
    // (72,4 % within 60–85 %; 27 ‰ not below 25 ‰; 52 menit within ≤ 60 menit)
    expect(findings(mutu(bor('Tercapai'), ndr('Tidak Tercapai'), tunggu('Tercapai')), 'predikat')).toEqual([]);
  });

  test('a claim that neither the capaian nor the standard bears out is a galat', () => {
    const f = findings(mutu(bor('Tercapai'), ndr('Tercapai'), cuci('Tercapai'), tunggu('Tidak Tercapai')), 'predikat');
    // (NDR: 110 % and within no standard, yet "Tercapai" is borne out by the capaian: nothing)
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['galat', 'G4']]);
  });

  test('"Tidak Tercapai" for a realisasi within the standard and beyond the target is still a galat', () => {
    const f = findings(mutu([1, 'Bed Occupancy Rate (BOR)', '60-85 %', '70 %', '72,4 %', 103.43, 'Tidak Tercapai']), 'predikat');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['galat', 'G2']]);
  });
});
