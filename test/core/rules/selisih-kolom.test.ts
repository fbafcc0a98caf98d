/** selisih-kolom through the RuleTester: a change column ("Kenaikan/Penurunan") worked out from two columns of its row. */
import { selisihKolom } from '../../../src/core/rules/selisih-kolom';
import { book, findings, galat, pct, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';

// A health office's trend table: realisasi 2021–2024 under one band, the change of the last year over the one before
const tren = (stunting: V, header = 'Kenaikan/ Penurunan 2023-2024') =>
  book(
    sheet(
      'Tren',
      [
        ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', null, null, null, header],
        [null, null, null, 2021, 2022, 2023, 2024, null],
        [1, 'Angka Kematian Bayi', 'per 1.000 KH', 10.1, 9.4, 8.9, 8.2, -0.7],
        [2, 'Prevalensi stunting', '%', 24.3, 21.1, 18.5, 16.1, stunting],
        [3, 'Cakupan imunisasi dasar lengkap', '%', 85.2, 88.9, 91, 93.4, 2.4],
      ],
      { merges: ['D1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'H1:H2'] },
    ),
  );

// An education office's pupils by kecamatan, this year against last year: the change and its growth in percent
const murid = (selatan: V, growthSelatan: V = 2.79) =>
  book(
    sheet('Murid', [
      ['No', 'Kecamatan', 'Jumlah Murid Tahun Lalu', 'Jumlah Murid Tahun Ini', 'Naik/Turun', 'Pertumbuhan (%)'],
      [1, 'Kota', 4210, 4388, 178, 4.23],
      [2, 'Utara', 3105, 3012, -93, -3],
      [3, 'Selatan', 2865, 2945, selatan, growthSelatan],
      [4, 'Timur', 1980, 2044, 64, 3.23],
      [5, 'Barat', 2540, 2611, 71, 2.8],
      ['Jumlah', null, 14700, 15000, 300, 2.04],
    ]),
  );

// A planning office's trend of its outcome indicators, the change of the last year typed as the figures show (2 decimals)
const kemiskinan = (miskin: V) =>
  book(
    sheet('Tren', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024', 'Naik/Turun'],
      [1, 'Indeks Kepuasan Masyarakat', 'Indeks', 80.79, 80.77, 83.24, 2.47],
      [2, 'Persentase penduduk miskin', '%', 8.89, 8.44, 8.76, miskin],
      [3, 'Persentase jalan kondisi mantap', '%', 72.84, 73.11, 74, 0.89],
      [4, 'Angka Partisipasi Murni SD', '%', 95.8, 96.57, 96.27, -0.3],
      [5, 'Rata-rata lama sekolah', 'Tahun', 8.09, 8.15, 8.43, 0.28],
    ]),
  );

// A procurement unit's savings: the HPS less the contract, the JUMLAH row the sum of the savings as they are written
const pengadaan = (jalan: number, saving = 'Efisiensi (Rp)') =>
  book(
    sheet('Pengadaan', [
      ['No', 'Nama Paket', 'Pagu (Rp)', 'HPS (Rp)', 'Nilai Kontrak (Rp)', saving],
      [1, 'Pembangunan Gedung Puskesmas', 4_500_000_000, 4_410_000_000, 4_087_500_000, 322_500_000],
      [2, 'Rehabilitasi Jalan Lingkar Timur', 2_800_000_000, 2_765_000_000, 2_598_400_000, jalan],
      [3, 'Pengadaan Alat Kesehatan RSUD', 1_950_000_000, 1_932_000_000, 1_840_250_000, 91_750_000],
      [4, 'Pembangunan Drainase Perkotaan', 1_200_000_000, 1_188_000_000, 1_101_900_000, 86_100_000],
      [5, 'Pengadaan Kendaraan Operasional', 850_000_000, 842_500_000, 829_000_000, 13_500_000],
      [null, 'JUMLAH', 11_300_000_000, 11_137_500_000, 10_457_050_000, 680_450_000 + (jalan - 166_600_000)],
    ]),
  );

ruleTester(selisihKolom, {
  valid: [
    { name: 'every saving is the HPS less the contract (a JUMLAH too)', book: pengadaan(166_600_000) },
    { name: "every change is this year's realisasi less last year's", book: tren(-2.4) },
    { name: 'a decrease written as a positive figure is read the other way round', book: tren(2.4) },
    { name: 'every change and growth of the pupils right, the Jumlah row too', book: murid(80) },
    // (a figure typed as it shows is the change rounded or cut off to its digits: 0,3 for 0,32 is either)
    { name: 'the poor: 8,76 − 8,44 = 0,32, typed 0,32', book: kemiskinan(0.32) },
    { name: 'the poor: 8,76 − 8,44 = 0,32, typed 0,3 (rounded to one decimal)', book: kemiskinan(0.3) },
    {
      name: 'a change header with no years over only three rows: too few to tell which columns it comes from',
      book: tren(-3.4, 'Kenaikan/Penurunan'),
    },
    {
      // the selisih rule reads a Sisa from its pagu and realisasi: not judged twice
      name: 'a Sisa Anggaran beside its pagu and realisasi is the selisih rule’s',
      book: book(
        sheet('Anggaran', [
          ['No', 'Program', 'Pagu', 'Realisasi', 'Sisa Anggaran'],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2_500_000, 2_400_000, 100_000],
          [2, 'Program Pemenuhan Upaya Kesehatan', 4_000_000, 3_900_000, 100_000],
          [3, 'Program Peningkatan Kapasitas SDM Kesehatan', 1_000_000, 950_000, 50_000],
          [4, 'Program Sediaan Farmasi', 800_000, 700_000, 150_000],
        ]),
      ),
    },
    {
      // a count named like a programme that happens to be the change on most rows: no change column, whatever it holds
      name: 'a column named "Peningkatan Kapasitas Aparatur" is no change column',
      book: book(
        sheet('Data', [
          ['No', 'Bidang', 'Pegawai 2023', 'Pegawai 2024', 'Peningkatan Kapasitas Aparatur (orang)'],
          [1, 'Sekretariat', 20, 22, 2],
          [2, 'Bina Marga', 30, 34, 4],
          [3, 'Cipta Karya', 25, 28, 3],
          [4, 'Tata Ruang', 12, 15, 5],
          [5, 'Sumber Daya Air', 18, 19, 1],
        ]),
      ),
    },
  ],
  invalid: [
    {
      // (the JUMLAH adds the savings as written: the row is the error, not its sum; nor does the sum keep the column's
      // formula from being found)
      name: 'the road: Rp 2.765.000.000 − Rp 2.598.400.000 is Rp 166.600.000, written 171.600.000 and added up so',
      book: pengadaan(171_600_000),
      findings: [{ cell: 'F3', related: ['D3', 'E3'], expected: 166600000, actual: 171600000 }],
    },
    {
      // (a column sum had blamed the HPS: HPS = Kontrak + Penghematan)
      name: 'the same saving headed "Penghematan (Rp)": a difference, the saving the wrong figure',
      book: pengadaan(171_600_000, 'Penghematan (Rp)'),
      findings: [{ cell: 'F3', related: ['D3', 'E3'], expected: 166600000, actual: 171600000 }],
    },
    {
      name: 'stunting: 16,1 − 18,5 = −2,4, written −3,4 (the header names the two years)',
      book: tren(-3.4),
      findings: [{ cell: 'H4', related: ['G4', 'F4'], expected: -2.4, actual: -3.4 }],
    },
    {
      name: 'Selatan: 2.945 − 2.865 = 80 pupils, written 90',
      book: murid(90),
      findings: [{ cell: 'E4', related: ['D4', 'C4'], expected: 80, actual: 90 }],
    },
    {
      name: "Selatan's growth: (2.945 − 2.865) ÷ 2.865 × 100 = 2,79 %, written 3,79",
      book: murid(80, 3.79),
      findings: [{ cell: 'F4', related: ['D4', 'C4'], expected: 2.79, actual: 3.79 }],
    },
    {
      // (0,4 shows one decimal; 0,32 to one decimal is 0,3 rounded or cut off — only rounding up makes 0,4)
      name: 'the poor: 8,76 − 8,44 = 0,32, typed 0,4',
      book: kemiskinan(0.4),
      findings: [{ cell: 'G3', related: ['F3', 'E3'], expected: 0.32, actual: 0.4 }],
    },
  ],
});

test('a growth stored finer than its "0%" shows (0,0684 shown -7 %): the pair its stored digits bear out is the formula, not one the rounded figures also fit', () => {
  // (shown to the whole percent, 2021 over 2023 read the other way round fits three rows as well as 2024 over 2023: the
  // column seemed ambiguous and its wrong row went unsaid)
  const wb = (miskin: number) =>
    book(
      sheet(
        'Tren',
        [
          ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', null, null, null, 'Perubahan', 'Pertumbuhan (%)'],
          [null, null, null, 2021, 2022, 2023, 2024, null, null],
          [1, 'Tingkat pengangguran terbuka', '%', 6.1, 5.79, 5.7, 5.31, 0.39, pct(-0.0684)],
          [2, 'Rata-rata lama sekolah', 'Tahun', 7.9, 8.06, 8.07, 8.26, 0.19, pct(0.0235)],
          [3, 'Persentase penduduk miskin', '%', 9.8, 9.53, 9.17, 9.05, 0.12, pct(miskin)],
          [4, 'Jumlah wisatawan', 'Orang', 152000, 158109, 174943, 189482, 14539, pct(0.0831)],
        ],
        { merges: ['D1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'H1:H2', 'I1:I2'] },
      ),
    );
  expect(findings(wb(-0.0131), 'selisih-kolom')).toEqual([]);
  expect(findings(wb(-0.0786), 'selisih-kolom').map((f) => [f.cell, f.expected])).toEqual([['I5', -1.31]]);
});

describe('a growth stored finer than its "0%" shows', () => {
  // a Puskesmas's visits by kecamatan; (19.704 − 19.575) ÷ 19.575 = +0,66 %, shown "1 %"; the other rows' growths as
  // stored (to the hundredth of a percent, as a formula gives them, or to the tenth, as typed)
  const visits = (pegunungan: number, [utara, tengah, timur, barat]: number[]) =>
    book(
      sheet('Data', [
        ['No', 'Kecamatan', 'Jumlah Kunjungan 2023', 'Jumlah Kunjungan 2024', 'Naik/Turun', 'Pertumbuhan 2023-2024 (%)'],
        [1, 'Pegunungan', 19575, 19704, 129, pct(pegunungan, '0%')],
        [2, 'Utara', 12878, 11199, -1679, pct(utara, '0%')],
        [3, 'Tengah', 21131, 22682, 1551, pct(tengah, '0%')],
        [4, 'Timur', 23371, 26124, 2753, pct(timur, '0%')],
        [5, 'Barat', 25803, 28375, 2572, pct(barat, '0%')],
      ]),
    );
  test('wrong by less than the whole percent shown: the stored digits tell it', () => {
    // stored −0,0033 (shown "−0 %"): every other row holds its growth to the stored digits, so this one is no rounding
    const exact = [-0.1304, 0.0734, 0.1178, 0.0997];
    expect(findings(visits(0.0066, exact), 'selisih-kolom')).toEqual([]);
    expect(findings(visits(-0.0033, exact), 'selisih-kolom').map((f) => [f.cell, f.expected])).toEqual([['F2', 0.66]]);
  });
  test('typed to a tenth of a percent: a right rounding (0,7 % for +0,66 %) is no error', () => {
    const typed = [-0.1304, 0.073, 0.118, 0.0997];
    expect(findings(visits(0.007, typed), 'selisih-kolom')).toEqual([]);
    expect(findings(visits(0.003, typed), 'selisih-kolom').map((f) => [f.cell, f.expected])).toEqual([['F2', 0.66]]);
  });
});

test('the message names both columns by their headers and the computation', () => {
  const [f] = findings(tren(-3.4), 'selisih-kolom');
  expect(f.message).toBe(
    'Kenaikan/ Penurunan 2023-2024 Prevalensi stunting tertulis -3,40, padahal kolom "Realisasi 2024" − kolom "Realisasi 2023" = ' +
      '16,10 − 18,50 = -2,40 (2 baris lain di kolom ini dihitung dengan rumus itu).',
  );
});

test('a change written as its size ("Perubahan" 0,88 for a fall): the falls count for the two columns, a wrong size is found', () => {
  const wb = (miskin: number) =>
    book(
      sheet('Tren', [
        ['No', 'Indikator Kinerja', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024', 'Perubahan'],
        [1, 'Angka Kematian Bayi', 10.5, 9.98, 9.1, 0.88],
        [2, 'Persentase desa mandiri', 12, 14.43, 16.7, 2.27],
        [3, 'Cakupan imunisasi dasar lengkap', 84, 86.86, 89.45, 2.59],
        [4, 'Persentase penduduk miskin', 9.8, 9.33, 9.09, miskin],
      ]),
    );
  expect(findings(wb(0.24), 'selisih-kolom')).toEqual([]);
  // 9,09 − 9,33 = −0,24: its size 0,24, written 0,12
  expect(findings(wb(0.12), 'selisih-kolom').map((f) => [f.cell, f.expected])).toEqual([['F5', -0.24]]);
});

test('a growth stored as a fraction under a % format is read as the percentage it shows', () => {
  const wb = (selatan: number) =>
    book(
      sheet('Murid', [
        ['No', 'Kecamatan', 'Murid 2023', 'Murid 2024', 'Pertumbuhan 2023-2024'],
        [1, 'Kota', 4210, 4388, pct(178 / 4210, '0.00%')],
        [2, 'Utara', 3105, 3012, pct(-93 / 3105, '0.00%')],
        [3, 'Selatan', 2865, 2945, pct(selatan, '0.00%')],
        [4, 'Timur', 1980, 2044, pct(64 / 1980, '0.00%')],
      ]),
    );
  expect(galat(wb(80 / 2865)).filter((f) => f.rule === 'selisih-kolom')).toEqual([]);
  expect(findings(wb(0.0379), 'selisih-kolom').map((f) => [f.cell, f.expected])).toEqual([['E4', 2.79]]);
});

test('a gap between physical and financial progress ("Deviasi Fisik-Keuangan (%)") is fisik − keuangan, never a sisa of the pagu', () => {
  const b = (jembatan: V) =>
    book(
      sheet(
        'Fisik Keuangan',
        [
          ['No', 'Kegiatan', 'Pagu (Rp)', 'Realisasi', null, null, 'Deviasi Fisik-Keuangan (%)'],
          [null, null, null, 'Keuangan (Rp)', 'Keuangan (%)', 'Fisik (%)', null],
          [1, 'Pembangunan Jalan Desa A', 1250000000, 1187500000, 95, 100, 5],
          [2, 'Rehabilitasi Jembatan B', 820000000, 731440000, 89.2, 95, jembatan],
          [3, 'Pemeliharaan Saluran C', 345000000, 298770000, 86.6, 90, 3.4],
          [4, 'Peningkatan Jalan D', 2100000000, 1995000000, 95, 100, 5],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'] },
      ),
    );
  expect(galat(b(5.8))).toEqual([]);
  expect(galat(b(7.3)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['selisih-kolom', 'G4', 5.8]]);
});

describe('a change against one named year ("Perubahan thd 2023") is the latest year less that one', () => {
  // realisasi 2021–2024 under a band; one row unchanged (a 0 that says nothing of the columns), one change typed wrong
  const rows = (header: string, imunisasi: number): V[][] => [
    ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', null, null, null, header],
    [null, null, null, 2021, 2022, 2023, 2024, null],
    [1, 'Persentase jalan kondisi mantap', '%', 68, 69.19, 72.42, 72.84, 0.42],
    [2, 'Cakupan imunisasi dasar lengkap', '%', 84, 85.89, 90.1, 88.5, imunisasi],
    [3, 'Jumlah wisatawan', 'Orang', 152000, 157979, 164330, 174723, 10393],
    [4, 'Indeks Kepuasan Masyarakat', 'Indeks', 78.2, 79.62, 81.15, 81.15, 0],
  ];
  const merges = ['D1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'H1:H2'];
  test.each(['Perubahan thd 2023', 'Kenaikan/Penurunan terhadap 2023', 'Naik/Turun dibanding tahun 2023', 'Perubahan dari 2023'])('%s', (header) => {
    expect(galat(book(sheet('Tren', rows(header, -1.6), { merges })))).toEqual([]);
    const f = galat(book(sheet('Tren', rows(header, -0.8), { merges })));
    expect(f.map((x) => [x.rule, x.cell, x.related])).toEqual([['selisih-kolom', 'H4', ['G4', 'F4']]]);
  });
});

describe('a change or difference right by its own row, on a JUMLAH or a parent, where a row under it is typed wrong', () => {
  // (the row is the error, selisih-kolom's; the JUMLAH or the programme above it adds that row up wrong only because of it)
  test('a JUMLAH\'s "Sisa" beside a "Pokok Ketetapan" (no pagu): its own ketetapan less its realisasi', () => {
    const pbb = (pasirjati: number) =>
      book(
        sheet('PBB', [
          ['No', 'Desa', 'Pokok Ketetapan (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'],
          [1, 'Sukamaju', 148_250_000, 131_400_500, 16_849_500],
          [2, 'Sukadamai', 96_310_000, 90_120_000, 6_190_000],
          [3, 'Cibeureum', 210_640_000, 171_334_000, 39_306_000],
          [4, 'Margamulya', 75_200_000, 70_100_000, 5_100_000],
          [5, 'Pasirjati', 133_980_000, 98_410_250, pasirjati],
          [null, 'JUMLAH', 664_380_000, 561_364_750, 103_015_250],
        ]),
      );
    expect(galat(pbb(35_569_750))).toEqual([]);
    expect(galat(pbb(34_569_750)).map((f) => [f.rule, f.cell])).toEqual([['selisih-kolom', 'E6']]);
  });
  test('a programme\'s "Bertambah/(Berkurang)" of its own budgets before and after the change', () => {
    const lra = (kumuh: number) =>
      book(
        sheet('Realisasi Anggaran', [
          ['No', 'Program/Kegiatan', 'Anggaran Sebelum Perubahan (Rp)', 'Anggaran Setelah Perubahan (Rp)', 'Bertambah/(Berkurang) (Rp)', 'Realisasi (Rp)'],
          ['1', 'Program Perumahan dan Kawasan Permukiman', 3_630_000_000, 3_635_000_000, 5_000_000, 3_442_920_500],
          ['1.1', 'Pembangunan dan rehabilitasi rumah tidak layak huni', 2_150_000_000, 2_310_000_000, 160_000_000, 2_244_180_000],
          ['1.2', 'Penataan kawasan permukiman kumuh', 1_480_000_000, 1_325_000_000, kumuh, 1_198_740_500],
          ['2', 'Program Penyelenggaraan Prasarana, Sarana dan Utilitas Umum', 1_380_500_000, 1_405_500_000, 25_000_000, 1_357_516_800],
          ['2.1', 'Penyediaan PSU perumahan', 960_000_000, 1_010_000_000, 50_000_000, 987_402_000],
          ['2.2', 'Urusan penyelenggaraan PSU kawasan', 420_500_000, 395_500_000, -25_000_000, 370_114_800],
        ]),
      );
    expect(galat(lra(-155_000_000))).toEqual([]);
    expect(galat(lra(-145_000_000)).map((f) => [f.rule, f.cell])).toEqual([['selisih-kolom', 'E4']]);
  });
});

describe('selisih-kolom: a small table whose JUMLAH row bears the formula out', () => {
  // four desa, one with no change (it says nothing of the formula), one typed wrong: two rows agree, and the JUMLAH's
  // growth is worked out as theirs
  const desa = (growthSukamaju: number, growthTotal = 2.5) =>
    book(
      sheet('Data', [
        ['Tabel 2.5 Jumlah Akseptor KB Aktif per Desa'],
        [],
        ['No', 'Desa', 'Jumlah Akseptor 2023', 'Jumlah Akseptor 2024', 'Pertumbuhan (%)'],
        [1, 'Sukamaju', 1206, 1263, growthSukamaju],
        [2, 'Mekarsari', 845, 871, 3.08],
        [3, 'Cibodas', 1532, 1532, 0],
        [4, 'Sindangsari', 698, 722, 3.44],
        [null, 'Jumlah', 4281, 4388, growthTotal],
      ]),
    );

  test('the two rows and the JUMLAH follow (B − A) ÷ A: the row typed wrong is a galat', () => {
    expect(findings(desa(4.73), 'selisih-kolom')).toEqual([]);
    const f = findings(desa(7.43), 'selisih-kolom');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['E4', 4.73]]);
  });

  test('where the JUMLAH does not bear it out either, two rows are too few: nothing is said', () => {
    expect(findings(desa(7.43, 3.14), 'selisih-kolom')).toEqual([]);
  });
});
