/** A budget realised by quarter: "Realisasi | TW I … TW IV | Total", the Total the year's realisasi. */
import { summariseTable } from '../../../src/core/periksa';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { book, findings, galat, rp, sheet, V } from '../../helpers/snap';

const lra = (total2: number, pct3: number) =>
  sheet(
    'Realisasi',
    [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', null, null, null, null, '%'],
      [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'Total', null],
      [1, 'Program Penunjang Urusan', rp(1200000000), rp(250000000), rp(300000000), rp(300000000), rp(290000000), rp(1140000000), 95],
      [2, 'Program Pelayanan Kependudukan', rp(1100000000), rp(200000000), rp(250000000), rp(300000000), rp(200000000), rp(total2), 86.36],
      [3, 'Program Pengelolaan Informasi', rp(800000000), rp(150000000), rp(200000000), rp(210000000), rp(200000000), rp(760000000), pct3],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2'] },
  );

describe('a band split by quarter with its Total', () => {
  test("the Total is the year's realisasi, and the bare % after it the serapan", () => {
    const [t] = recogniseWorkbook(book(lra(950000000, 95)));
    const byCol = (col: number) => t.columns.find((c) => c.col === col);
    expect(byCol(8)).toMatchObject({ role: 'realisasi-anggaran', bandTotal: true });
    expect(byCol(8)?.period).toBeUndefined();
    expect(byCol(9)?.role).toBe('serapan');
  });

  test('a Total that is not the sum of its quarters, and a serapan against the Total', () => {
    expect(galat(book(lra(950000000, 95)))).toEqual([]);
    // 200 + 250 + 300 + 200 = 950 million, written 1.000 (its serapan 86,36 % follows neither: 1.000 / 1.100 = 90,91 %)
    expect(findings(book(lra(1000000000, 95)), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['H4', 950000000]]);
    // 760 / 800 = 95 %, written 90
    expect(findings(book(lra(950000000, 90)), 'persen-serapan').map((f) => [f.cell, f.expected])).toEqual([['I5', 95]]);
  });

  test("another table's realisasi of a programme is compared with the year's Total", () => {
    const efisiensi = (realisasi: number): V[][] => [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Capaian Kinerja (%)', 'Efisiensi (%)'],
      [1, 'Program Pelayanan Kependudukan', rp(1100000000), rp(realisasi), (realisasi / 1100000000) * 100, 100, 100 - (realisasi / 1100000000) * 100],
    ];
    expect(findings(book(lra(950000000, 95), sheet('Efisiensi', efisiensi(950000000))), 'lintas-sheet')).toEqual([]);
    const f = findings(book(lra(950000000, 95), sheet('Efisiensi', efisiensi(990000000))), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.related])).toEqual([['Efisiensi', 'D2', ['Realisasi!H4']]]);
  });
});

describe('a pagu and a realisasi split by kind of spending or source of funds, with their Jumlah', () => {
  // "Anggaran (Rp) | Realisasi (Rp)" each over "Belanja Operasi | Belanja Modal | Jumlah" (an education office)
  const perJenis = (jumlahSmp: number) =>
    sheet(
      'Anggaran',
      [
        ['No', 'Program / Kegiatan', 'Anggaran (Rp)', null, null, 'Realisasi (Rp)', null, null, '%'],
        [null, null, 'Belanja Operasi', 'Belanja Modal', 'Jumlah', 'Belanja Operasi', 'Belanja Modal', 'Jumlah', null],
        ['1', 'Program Pengelolaan Pendidikan', rp(900000000), rp(250000000), rp(1150000000), rp(850000000), rp(240000000), rp(1090000000), 94.78],
        ['1.1', 'Pengelolaan Pendidikan Sekolah Dasar', rp(600000000), rp(150000000), rp(750000000), rp(570000000), rp(145000000), rp(715000000), 95.33],
        [
          '1.2',
          'Pengelolaan Pendidikan SMP',
          rp(300000000),
          rp(100000000),
          rp(jumlahSmp),
          rp(280000000),
          rp(95000000),
          rp(375000000),
          (375 / (jumlahSmp / 1e6)) * 100,
        ],
        ['2', 'Program Pendidik dan Tenaga Kependidikan', rp(400000000), rp(0), rp(400000000), rp(380000000), rp(0), rp(380000000), 95],
        [null, 'JUMLAH', rp(1300000000), rp(250000000), rp(1550000000), rp(1230000000), rp(240000000), rp(1470000000), 94.84],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:I2'] },
    );

  test('a budget table whose pagu and realisasi are the bands’ Jumlah, and the % their serapan', () => {
    const [t] = recogniseWorkbook(book(perJenis(400000000)));
    expect(t.kind).toBe('realisasi-anggaran');
    const byCol = (col: number) => t.columns.find((c) => c.col === col);
    expect(byCol(3)).toMatchObject({ role: 'anggaran', partOf: 5 });
    expect(byCol(5)).toMatchObject({ role: 'anggaran', bandTotal: true });
    expect(byCol(5)?.partOf).toBeUndefined();
    expect(byCol(8)).toMatchObject({ role: 'realisasi-anggaran', bandTotal: true });
    expect(byCol(9)?.role).toBe('serapan');
    // the JSON names the Total as the table's pagu and realisasi, not the first kind of spending
    expect(summariseTable(t).columns).toMatchObject({ anggaran: 'E', 'realisasi-anggaran': 'H', serapan: 'I' });
    expect(galat(book(perJenis(400000000)))).toEqual([]);
  });

  test('a Jumlah that is not the sum of its kinds is the one galat (not its programme as well)', () => {
    const g = galat(book(perJenis(410000000)));
    expect(g.map((f) => [f.rule, f.cell, f.expected, f.related])).toEqual([['jumlah-total', 'E5', 400000000, ['C5:D5', 'E3']]]);
  });

  test('sources of funds under the bands (APBD | DAK | Jumlah)', () => {
    const dana = (realisasi2: number) =>
      book(
        sheet(
          'Sumber Dana',
          [
            ['No', 'Program', 'Pagu Anggaran', null, null, 'Realisasi Anggaran', null, null, 'Serapan (%)'],
            [null, null, 'APBD', 'DAK', 'Jumlah', 'APBD', 'DAK', 'Jumlah', null],
            [1, 'Program Pemenuhan Upaya Kesehatan', rp(800000000), rp(400000000), rp(1200000000), rp(760000000), rp(390000000), rp(1150000000), 95.83],
            [
              2,
              'Program Peningkatan Kapasitas SDM Kesehatan',
              rp(160000000),
              rp(60000000),
              rp(220000000),
              rp(150000000),
              rp(50000000),
              rp(realisasi2),
              (realisasi2 / 220000000) * 100,
            ],
            [3, 'Program Sediaan Farmasi', rp(100000000), rp(0), rp(100000000), rp(97000000), rp(0), rp(97000000), 97],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:I2'] },
        ),
      );
    expect(galat(dana(200000000))).toEqual([]);
    expect(galat(dana(210000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'H4', 200000000]]);
  });

  test('kinds of spending side by side before a "Total Anggaran" (no band above them)', () => {
    const datar = (total2: number) =>
      book(
        sheet('Belanja', [
          ['No', 'Program', 'Belanja Pegawai', 'Belanja Barang dan Jasa', 'Belanja Modal', 'Total Anggaran', 'Realisasi', '%'],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(900000000), rp(400000000), rp(50000000), rp(1350000000), rp(1300000000), 96.3],
          [2, 'Program Penyelenggaraan Jalan', rp(200000000), rp(300000000), rp(100000000), rp(total2), rp(580000000), (580000000 / total2) * 100],
          [3, 'Program Pengelolaan Sumber Daya Air', rp(100000000), rp(200000000), rp(300000000), rp(600000000), rp(540000000), 90],
        ]),
      );
    const [t] = recogniseWorkbook(datar(600000000));
    expect(t.kind).toBe('realisasi-anggaran');
    expect(t.columns.filter((c) => c.partOf === 6).map((c) => c.col)).toEqual([3, 4, 5]);
    expect(galat(datar(600000000))).toEqual([]);
    expect(galat(datar(610000000)).map((f) => [f.rule, f.cell, f.expected, f.related])).toEqual([['jumlah-total', 'F3', 600000000, ['C3:E3']]]);
  });

  test('kinds of spending before a bare "Jumlah" (it may total a realisasi): a row sum, checked as one, never a pagu', () => {
    const realisasi = (total2: number) =>
      book(
        sheet('Realisasi', [
          ['No', 'Program', 'Belanja Pegawai', 'Belanja Barang dan Jasa', 'Belanja Modal', 'Jumlah'],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(900000000), rp(400000000), rp(50000000), rp(1350000000)],
          [2, 'Program Penyelenggaraan Jalan', rp(200000000), rp(300000000), rp(100000000), rp(total2)],
          [3, 'Program Pengelolaan Sumber Daya Air', rp(100000000), rp(200000000), rp(300000000), rp(600000000)],
        ]),
      );
    const [t] = recogniseWorkbook(realisasi(600000000));
    expect(t.columns.some((c) => c.role === 'anggaran')).toBe(false);
    expect(galat(realisasi(610000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'F3', 600000000]]);
  });

  test('kinds of spending in plain numbers under a caption of money realised (with "(Rp)" or without): a budget table of amounts', () => {
    const perJenis = (total2: number, caption = 'Realisasi Belanja per Jenis Belanja Tahun 2024 (Rp)') =>
      book(
        sheet('Belanja', [
          [caption],
          [],
          ['No', 'Program', 'Belanja Pegawai', 'Belanja Barang dan Jasa', 'Belanja Modal', 'Jumlah'],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2104550000, 612300000, 85400000, 2802250000],
          [2, 'Program Pengembangan Perumahan', '-', 245800000, 1120450000, 1366250000],
          [3, 'Program Kawasan Permukiman', '-', 98650000, 2315700000, total2],
          ['JUMLAH', null, 2104550000, 956750000, 3521550000, 6582850000],
        ]),
      );
    const [t] = recogniseWorkbook(perJenis(2414350000));
    expect(t.kind).toBe('realisasi-anggaran');
    expect(t.columns.filter((c) => c.unit === 'money').map((c) => c.col)).toEqual([3, 4, 5, 6]);
    expect(galat(perJenis(2414350000))).toEqual([]);
    // 98.650.000 + 2.315.700.000 = 2.414.350.000, written 2.424.350.000 (the column's JUMLAH is right by the kinds)
    expect(galat(perJenis(2424350000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'F6', 2414350000]]);
    // the caption need not say "(Rp)": kinds of belanja side by side are amounts of rupiah, and so is their Jumlah
    const [plain] = recogniseWorkbook(perJenis(2414350000, 'Realisasi Belanja per Jenis Belanja Tahun 2024'));
    expect([plain.kind, ...plain.columns.filter((c) => c.unit === 'money').map((c) => c.col)]).toEqual(['realisasi-anggaran', 3, 4, 5, 6]);
    // with no caption saying what the amounts are, the table is of no standard kind
    expect(recogniseWorkbook(perJenis(2414350000, 'Tabel 3.7'))[0].kind).toBe('lainnya');
  });
});

describe('realised by quarter with no Total beside the quarters', () => {
  test('the serapan is of the quarters’ sum (money spent adds up over the year)', () => {
    const lraTw = (pct2: number) =>
      book(
        sheet(
          'Realisasi',
          [
            ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', null, null, null, '% Serapan'],
            [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
            [1, 'Program Penunjang Urusan', rp(1200000000), rp(250000000), rp(300000000), rp(300000000), rp(290000000), 95],
            [2, 'Program Pelayanan Kependudukan', rp(1000000000), rp(200000000), rp(250000000), rp(300000000), rp(200000000), pct2],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
        ),
      );
    expect(findings(lraTw(95), 'persen-serapan')).toEqual([]);
    // 200 + 250 + 300 + 200 = 950 of 1.000 million: 95 %, written 90
    const f = findings(lraTw(90), 'persen-serapan');
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['H4', 95, ['C4', 'D4:G4']]]);
  });

  test('an indikator’s capaian is of the last quarter (a percentage) or of their sum (a count); wrong by both, a galat', () => {
    const twCapaian = (count2: number) =>
      book(
        sheet(
          'Capaian TW',
          [
            ['No', 'Indikator Kinerja', 'Target 2024', 'Realisasi', null, null, null, 'Capaian (%)'],
            [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
            [1, 'Persentase layanan perizinan selesai tepat waktu', 90, 85, 86, 87, 88, 97.78],
            [2, 'Jumlah sosialisasi perizinan', 12, 3, 3, 3, 3, 100],
            [3, 'Jumlah pelaku usaha yang difasilitasi', 25, 4, 5, 5, 6, count2],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
        ),
      );
    // 88 of 90 (TW IV) = 97,78 %; 12 of 12 = 100 %; 20 of 25 = 80 %
    expect(findings(twCapaian(80), 'persen-capaian')).toEqual([]);
    const f = findings(twCapaian(90), 'persen-capaian');
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['H5', 80, ['C5', 'D5:G5']]]);
    expect(f[0].message).toContain('realisasi / target = 20 / 25 = 80,00 %');
  });
});

describe('periods side by side with no band over them, then the column that totals them', () => {
  const semesters = (jumlah3: number, serapan3: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi Semester I', 'Realisasi Semester II', 'Jumlah Realisasi', '%'],
        [1, 'Program Informasi dan Komunikasi Publik', rp(1500000000), rp(600000000), rp(780000000), rp(1380000000), 92],
        [2, 'Program Aplikasi Informatika', rp(2000000000), rp(700000000), rp(1150000000), rp(1850000000), 92.5],
        [3, 'Program Penyelenggaraan Persandian', rp(250000000), rp(90000000), rp(150000000), rp(jumlah3), serapan3],
      ]),
    );
  test('"Jumlah Realisasi" after the semesters is the year’s realisasi and their sum', () => {
    const [t] = recogniseWorkbook(semesters(240000000, 96));
    expect(t.columns.find((c) => c.col === 6)).toMatchObject({ role: 'realisasi-anggaran', bandTotal: true });
    expect(t.columns.filter((c) => c.partOf === 6).map((c) => c.col)).toEqual([4, 5]);
    expect(galat(semesters(240000000, 96))).toEqual([]);
  });
  test('a Jumlah that is not the sum of its semesters is a galat; the serapan is judged against the Jumlah', () => {
    // 90 + 150 = 240 million, written 245 (its serapan 98 % follows the 245 written: no second galat)
    const f = galat(semesters(245000000, 98));
    expect(f.map((x) => [x.rule, x.cell, x.expected, x.related])).toEqual([['jumlah-total', 'F4', 240000000, ['D4:E4']]]);
    // 240 / 250 = 96 %, written 95
    expect(findings(semesters(240000000, 95), 'persen-serapan').map((x) => [x.cell, x.expected])).toEqual([['G4', 96]]);
  });
  test('quarters named by their period alone ("Pagu | TW I … TW IV | Jumlah Realisasi") are the periods of what their total names', () => {
    // Belanja Barang's quarters add up to 3.750 million, its Jumlah typed 3.705 million and its serapan computed from that
    const tw = (jumlah2: number) =>
      book(
        sheet('Triwulan', [
          ['No', 'Uraian', 'Pagu Anggaran', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah Realisasi', 'Serapan (%)'],
          ['1', 'Belanja Pegawai', 5400000000, 1300000000, 1350000000, 1340000000, 1290000000, 5280000000, 97.78],
          ['2', 'Belanja Barang dan Jasa', 3850000000, 620000000, 910000000, 1040000000, 1180000000, jumlah2, Math.round(jumlah2 / 385000) / 100],
          ['3', 'Belanja Modal', 2100000000, 0, 350000000, 780000000, 905000000, 2035000000, 96.9],
        ]),
      );
    const [t] = recogniseWorkbook(tw(3750000000));
    expect(t.columns.filter((c) => c.partOf === 8).map((c) => [c.col, c.role])).toEqual([
      [4, 'realisasi-anggaran'],
      [5, 'realisasi-anggaran'],
      [6, 'realisasi-anggaran'],
      [7, 'realisasi-anggaran'],
    ]);
    expect(galat(tw(3750000000))).toEqual([]);
    expect(galat(tw(3705000000)).map((x) => [x.rule, x.cell, x.expected, x.related])).toEqual([['jumlah-total', 'H3', 3750000000, ['D3:G3']]]);
  });
  test('months named by their name alone ("Pagu | Jan … Des | Jumlah Realisasi | Sisa | %") are the periods of what their total names', () => {
    // a library's monthly spending (three programmes): the second programme's months add up to 821,45 million, its Jumlah typed 812,45
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nop', 'Des'];
    const spent1 = [200, 210, 250, 260, 240, 255, 270, 280, 265, 275, 290, 305].map((m) => m * 1e6);
    const spent2 = [45, 52.3, 61, 70.15, 66, 71.5, 68.25, 73, 75.4, 77.85, 80, 81].map((m) => Math.round(m * 1e6));
    const spent3 = [20, 25, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39].map((m) => m * 1e6);
    const row = (no: number, name: string, pagu: number, spent: number[], jumlah: number) => [
      no,
      name,
      pagu,
      ...spent,
      jumlah,
      pagu - jumlah,
      Math.round((jumlah / pagu) * 10000) / 100,
    ];
    const monthly = (jumlah2: number) =>
      book(
        sheet('Realisasi Bulanan', [
          ['No', 'Program', 'Pagu', ...months, 'Jumlah Realisasi', 'Sisa Anggaran', '%'],
          row(1, 'Program Penunjang Urusan Pemerintahan Daerah', 3450000000, spent1, 3100000000),
          row(2, 'Program Pembinaan Perpustakaan', 860000000, spent2, jumlah2),
          row(3, 'Program Pengelolaan Arsip', 415000000, spent3, 390000000),
        ]),
      );
    const [t] = recogniseWorkbook(monthly(821450000));
    expect(t.columns.filter((c) => c.partOf === 16).map((c) => [c.col, c.period])).toEqual(months.map((_, i) => [4 + i, `bulan ${i + 1}`]));
    expect(galat(monthly(821450000))).toEqual([]);
    expect(galat(monthly(812450000)).map((x) => [x.rule, x.cell, x.expected, x.related])).toEqual([['jumlah-total', 'P3', 821450000, ['D3:O3']]]);
  });
  test('a bare "Jumlah" after the quarters totals them; quarters counted up to a date ("s.d. TW II") are no parts', () => {
    const tw = (jumlah: number) =>
      book(
        sheet('Realisasi', [
          ['No', 'Program', 'Pagu', 'Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV', 'Jumlah', '%'],
          [1, 'Program Penunjang Urusan', rp(1000000000), rp(200000000), rp(250000000), rp(250000000), rp(250000000), rp(950000000), 95],
          [2, 'Program Pelayanan Administrasi', rp(400000000), rp(100000000), rp(100000000), rp(100000000), rp(80000000), rp(jumlah), jumlah / 4000000],
          [3, 'Program Pengelolaan Data', rp(200000000), rp(50000000), rp(50000000), rp(50000000), rp(40000000), rp(190000000), 95],
        ]),
      );
    expect(galat(tw(380000000))).toEqual([]);
    expect(findings(tw(390000000), 'jumlah-total').map((x) => [x.cell, x.expected])).toEqual([['H3', 380000000]]);
    const cumulative = recogniseWorkbook(
      book(
        sheet('Realisasi', [
          ['No', 'Program', 'Pagu', 'Realisasi s.d. TW I', 'Realisasi s.d. TW II', 'Jumlah', '%'],
          [1, 'Program Penunjang Urusan', rp(1000000000), rp(200000000), rp(450000000), rp(650000000), 65],
        ]),
      ),
    )[0];
    expect(cumulative.columns.some((c) => c.partOf !== undefined || c.bandTotal)).toBe(false);
  });
});

describe('a realisasi by semester with its whole year ("Semester I | Semester II | Tahunan")', () => {
  const rows = (tahunan3: number): V[][] => [
    [1, 'Jumlah dokumen kependudukan yang diterbitkan', 18600, 9120, 10050, 19170, 103.06],
    [2, 'Jumlah layanan jemput bola', 48, 20, 26, 46, 95.83],
    [3, 'Jumlah desa yang dibina administrasi kependudukan', 30, 12, 16, tahunan3, (tahunan3 / 30) * 100],
    [4, 'Jumlah aduan yang ditindaklanjuti', 120, 55, 62, 117, 97.5],
  ];
  const banded = (tahunan3: number) =>
    sheet(
      'Semester',
      [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, null, 'Capaian (%)'],
        [null, null, null, 'Semester I', 'Semester II', 'Tahunan', null],
        ...rows(tahunan3),
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'] },
    );
  const flat = (tahunan3: number) =>
    sheet('Semester', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi Semester I', 'Realisasi Semester II', 'Realisasi Tahunan', 'Capaian (%)'],
      ...rows(tahunan3),
    ]);

  test.each([
    ['under a band', banded, 'F5'],
    ['each header whole', flat, 'F4'],
  ])("%s: the year's realisasi, and the sum of its semesters", (_, make, cell) => {
    const [t] = recogniseWorkbook(book(make(28)));
    expect(t.columns.find((c) => c.col === 6)).toMatchObject({ role: 'realisasi', bandTotal: true });
    expect(galat(book(make(28)))).toEqual([]);
    // 12 + 16 = 28, written 27 (its capaian computed from the 27)
    expect(findings(book(make(27)), 'jumlah-total').map((f) => [f.cell, f.expected, f.actual])).toEqual([[cell, 28, 27]]);
  });
});

describe("a year's column that does not hold its periods' sum, in a table too short to show the column is a sum", () => {
  const semester = (tahunan: number, capaian: number) =>
    sheet(
      'Semester',
      [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, null, 'Capaian (%)'],
        [null, null, null, 'Semester I', 'Semester II', 'Tahunan', null],
        [1, 'Jumlah dokumen kependudukan yang diterbitkan', 18600, 9120, 10050, 19170, 103.06],
        [2, 'Jumlah layanan jemput bola', 48, 20, 26, tahunan, capaian],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'] },
    );

  test('its capaian computed from the sum (46 / 48 = 95,83 %): the year’s figure is the one galat', () => {
    expect(galat(book(semester(46, 95.83)))).toEqual([]);
    const all = galat(book(semester(45, 95.83)));
    expect(all.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([['jumlah-total', 'F4', 46, 45]]);
  });

  test('its capaian computed from the year’s figure (45 / 48 = 93,75 %): two rows cannot say which is wrong', () => {
    expect(galat(book(semester(45, 93.75)))).toEqual([]);
  });

  test('a capaian wrong against both: the capaian, against the year’s figure', () => {
    const all = galat(book(semester(45, 99)));
    expect(all.map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'G4']]);
  });
});

describe("a year's figure beside its quarters adds them up only where the measure adds up over the year", () => {
  const targets = (jumlahTahunan: number) =>
    sheet(
      'PK',
      [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', null, null, null, null],
        [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan'],
        [1, 'Jumlah pelaku usaha yang dibina', 'orang', 30, 40, 40, 30, jumlahTahunan],
        [2, 'Jumlah pelatihan yang diselenggarakan', 'kali', 2, 3, 3, 2, 10],
        [3, 'Jumlah produk UMKM tersertifikasi', 'produk', 5, 10, 10, 5, 30],
        // a percentage's year is its last quarter's, not their sum
        [4, 'Persentase UMKM naik kelas', '%', 5, 10, 15, 20, 20],
        [5, 'Persentase koperasi sehat', '%', 40, 45, 50, 55, 55],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1'] },
    );

  test('counts are summed (30 + 40 + 40 + 30 = 140), percentages are not', () => {
    expect(galat(book(targets(140)))).toEqual([]);
    expect(findings(book(targets(150)), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['H3', 140]]);
  });
});

describe('money realised by quarter with its running total ("TW I … TW IV | s.d. TW IV")', () => {
  const lra = (sd1: number) =>
    sheet(
      'LRA',
      [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', null, null, null, null, '%'],
        [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 's.d. TW IV', null],
        [1, 'Program Penanggulangan Bencana', rp(1500000000), rp(250000000), rp(400000000), rp(420000000), rp(380000000), rp(sd1), 96.67],
        [2, 'Program Penunjang Urusan', rp(2800000000), rp(600000000), rp(700000000), rp(700000000), rp(710000000), rp(2710000000), 96.79],
        [3, 'Program Pencegahan dan Kesiapsiagaan', rp(600000000), rp(100000000), rp(150000000), rp(160000000), rp(170000000), rp(580000000), 96.67],
        [null, 'Jumlah', rp(4900000000), rp(950000000), rp(1250000000), rp(1280000000), rp(1260000000), rp(4740000000), 96.73],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2'] },
    );

  test("the running total to the last quarter is the year's realisasi and the sum of the quarters", () => {
    const [t] = recogniseWorkbook(book(lra(1450000000)));
    expect(t.columns.find((c) => c.col === 8)).toMatchObject({ role: 'realisasi-anggaran', bandTotal: true });
    expect(galat(book(lra(1450000000)))).toEqual([]);
    // 250 + 400 + 420 + 380 = 1.450 million, written 1.540 (the serapan 96,67 % follows the quarters; the Jumlah row adds
    // the right figure): that cell is the one galat
    expect(galat(book(lra(1540000000))).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'H3', 1450000000]]);
  });
});

describe("an indikator's realisasi by quarter with the year's figure after them (\"TW I … TW IV | s.d. TW IV\" or a band's Jumlah)", () => {
  // a sports office: counts of what was done each quarter add up; counts of what stands (clubs registered, facilities
  // kept up) are the last or the highest quarter's; a percentage is its last quarter's
  const dispora = (yearHeader: string, events: number) =>
    book(
      sheet(
        'Triwulan',
        [
          ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi', null, null, null, null, 'Capaian (%)'],
          [null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', yearHeader, null],
          [1, 'Jumlah atlet berprestasi tingkat provinsi', 'orang', 48, 6, 11, 19, 15, 51, 106.25],
          [2, 'Jumlah kegiatan kepemudaan yang difasilitasi', 'kegiatan', 24, 4, 7, 8, 6, 25, 104.17],
          [3, 'Jumlah prasarana olahraga yang dipelihara', 'unit', 9, 9, 9, 9, 9, 9, 100],
          [4, 'Jumlah klub olahraga yang terdaftar', 'klub', 120, 98, 104, 111, 117, 117, 97.5],
          [5, 'Persentase organisasi kepemudaan yang aktif', '%', 80, 62.5, 70, 75, 81.25, 81.25, 101.56],
          [6, 'Jumlah event olahraga rekreasi masyarakat', 'event', 12, 2, 3, 4, 2, events, (events / 12) * 100],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:I1', 'J1:J2'] },
      ),
    );

  test.each(['s.d. TW IV', 'Jumlah', 'Total'])('under "%s": a count that is no sum of its quarters nor their last or highest is the one galat', (header) => {
    expect(galat(dispora(header, 11))).toEqual([]);
    // 2 + 3 + 4 + 2 = 11 events, written 12 (its capaian 100 % follows the 12): the year's figure is wrong
    expect(galat(dispora(header, 12)).map((f) => [f.rule, f.cell, f.expected, f.related])).toEqual([['jumlah-total', 'I8', 11, ['E8:H8']]]);
  });
});

describe("a PK's rencana aksi: the year's target beside its quarters' (\"Target Tahunan | Target Triwulan / I … IV\")", () => {
  // a library's PK: visitors and activities counted per quarter add up to the year's; a collection target written as it
  // should stand at each quarter's end, and a percentage, are the last quarter's
  const pk = (koleksiIV: number) =>
    book(
      sheet(
        'PK',
        [
          ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Target Triwulan', null, null, null],
          [null, null, null, null, null, 'I', 'II', 'III', 'IV'],
          [1, 'Meningkatnya pelayanan perpustakaan', 'Jumlah pengunjung perpustakaan', 'orang', 24000, 5000, 6000, 6500, 6500],
          [null, null, 'Jumlah koleksi bahan pustaka yang ditambah', 'eksemplar', 3200, 500, 900, 900, koleksiIV],
          [null, null, 'Jumlah kegiatan pembinaan perpustakaan desa', 'kegiatan', 16, 2, 5, 5, 4],
          [null, null, 'Jumlah koleksi perpustakaan daerah', 'eksemplar', 41000, 38500, 39200, 40100, 41000],
          [2, 'Meningkatnya pengelolaan arsip', 'Persentase arsip yang tertata', '%', 80, 20, 40, 60, 80],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:I1'] },
      ),
    );

  test('a count whose quarters do not add up to its year, nor end at it, is the one galat', () => {
    expect(galat(pk(900))).toEqual([]);
    // 500 + 900 + 900 + 950 = 3.250, the year's 3.200
    expect(galat(pk(950)).map((f) => [f.rule, f.cell, f.expected, f.related])).toEqual([['jumlah-total', 'E4', 3250, ['F4:I4']]]);
  });
});

describe("Permendagri 86's evaluation of the Renja: the quarters' K | Rp, then the year's in a band of its own", () => {
  // the official headers, at their full length
  const H1: V[] = [
    'No',
    'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
    'Indikator Kinerja Program (Outcome)/ Kegiatan (Output)',
    'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2024) yang Dievaluasi',
    null,
    'Realisasi Kinerja Pada Triwulan',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi',
    null,
    'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)',
    null,
  ];
  const H2: V[] = [null, null, null, null, null, 'I', null, 'II', null, 'III', null, 'IV', null, null, null, null, null];
  const H3: V[] = [null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'];
  const merges = ['A1:A3', 'B1:B3', 'C1:C3', 'D1:E2', 'F1:M1', 'F2:G2', 'H2:I2', 'J2:K2', 'L2:M2', 'N1:O2', 'P1:Q2'];
  // the SD count written cumulatively by quarter (30, 60, 90, 120): the year's K is no sum, and is not judged as one
  const renja = (yearSd: number, serapanSd: number) =>
    book(
      sheet(
        'E81',
        [
          H1,
          H2,
          H3,
          [
            '1',
            'Program Pengelolaan Pendidikan',
            'APK PAUD (%)',
            70,
            1200000000,
            10,
            200000000,
            20,
            300000000,
            30,
            350000000,
            72,
            300000000,
            72,
            1150000000,
            102.86,
            95.83,
          ],
          [
            '1.1',
            'Pengelolaan Pendidikan Sekolah Dasar',
            'Jumlah SD yang mendapat BOSDA',
            120,
            700000000,
            30,
            100000000,
            60,
            200000000,
            90,
            200000000,
            120,
            170000000,
            120,
            yearSd,
            100,
            serapanSd,
          ],
          [
            '1.2',
            'Pengelolaan Pendidikan Anak Usia Dini',
            'Jumlah PAUD yang dibina',
            80,
            500000000,
            20,
            100000000,
            40,
            100000000,
            60,
            150000000,
            85,
            130000000,
            85,
            480000000,
            106.25,
            96,
          ],
        ],
        { merges },
      ),
    );

  test('each measure found under its long header: quarters, the year, the capaian and the serapan', () => {
    const [t] = recogniseWorkbook(renja(670000000, 95.71));
    expect([t.kind, t.headerRows]).toEqual(['pengukuran-kinerja', 3]);
    expect(t.columns.map((c) => c.role)).toEqual([
      'no',
      'uraian',
      'indikator',
      'target',
      'anggaran',
      ...Array(4).fill(['realisasi', 'realisasi-anggaran']).flat(),
      'realisasi',
      'realisasi-anggaran',
      'capaian',
      'serapan',
    ]);
    expect(galat(renja(670000000, 95.71))).toEqual([]);
  });

  test("the year's money that is not its quarters' sum is the galat, not its programme", () => {
    // 100 + 200 + 200 + 170 = 670 million, written 690 (its serapan 98,57 % computed from the wrong figure)
    const found = findings(renja(690000000, 98.57), 'jumlah-total');
    expect(found.map((f) => [f.cell, f.expected])).toEqual([['O5', 670000000]]);
    expect(galat(renja(690000000, 98.57)).map((f) => f.cell)).toEqual(['O5']);
  });
});

describe('money in thousands by quarter, each cell rounded from its rupiah', () => {
  test('a Jumlah Realisasi a thousand off its quarters by their rounding is theirs; off by more, a galat', () => {
    // 151.234.600 + 189.043.250 + 189.043.250 + 226.851.900 = 756.173.000 rupiah: in thousands 151.235 + 189.043 +
    // 189.043 + 226.852 = 756.173 — and a row whose rounded quarters make one thousand more or less
    const wb = (jumlah2: number) =>
      book(
        sheet('Realisasi', [
          ['Realisasi Anggaran Tahun 2024 (dalam ribuan rupiah)'],
          ['No', 'Program', 'Pagu', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah Realisasi', '%'],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 800000, 151235, 189043, 189043, 226852, 756173, 94.52],
          [2, 'Program Pemenuhan Upaya Kesehatan', 600000, 112501, 140627, 140627, 168751, jumlah2, 93.75],
          [3, 'Program Peningkatan Kapasitas SDM', 300000, 56251, 70313, 70313, 84374, 281250, 93.75],
        ]),
      );
    // 112.501 + 140.627 + 140.627 + 168.751 = 562.506: a Jumlah of 562.505 is the rupiah total rounded
    expect(findings(wb(562505), 'jumlah-total')).toEqual([]);
    expect(findings(wb(562516), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['H4', 562506]]);
  });
});

describe('the monthly LRA as SIPD prints it: "s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini"', () => {
  // what was spent before this month (or quarter) and in it make what is spent up to now; the third programme's
  // "s.d." typed 571,15 million for 512,3 + 64,85 = 577,15 (its Sisa and % follow the figure typed)
  const programmes: Array<[string, string, number, number, number]> = [
    ['1.05.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 4215000000, 3612450000, 498300000],
    ['1.05.02', 'Program Penanggulangan Bencana', 1380000000, 1045600000, 287150000],
    ['1.05.03', 'Program Pencegahan dan Kesiapsiagaan Bencana', 620000000, 512300000, 64850000],
  ];
  const body = (last: number) =>
    programmes.map(([kode, name, pagu, before, now], i) => {
      const upToNow = i === 2 ? last : before + now;
      return [kode, name, pagu, before, now, upToNow, pagu - upToNow, Math.round((upToNow / pagu) * 10000) / 100];
    });
  const layouts: Array<[string, V[][], string[]]> = [
    [
      'one header row, each header whole',
      [['Kode', 'Uraian', 'Anggaran', 'Realisasi s.d. Bulan Lalu', 'Realisasi Bulan Ini', 'Realisasi s.d. Bulan Ini', 'Sisa Anggaran', '%']],
      [],
    ],
    [
      'a band "Realisasi" over "s/d Triwulan Lalu | Triwulan Ini | s/d Triwulan Ini"',
      [
        ['Kode', 'Uraian', 'Anggaran', 'Realisasi', null, null, 'Sisa Anggaran', '%'],
        [null, null, null, 's/d Triwulan Lalu', 'Triwulan Ini', 's/d Triwulan Ini', null, null],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2'],
    ],
  ];
  test.each(layouts)('%s: the "s.d." now is the sum of the two, a wrong one the galat', (_, header, merges) => {
    const wb = (last: number) => book(sheet('LRA', [...header, ...body(last)], { merges }));
    const [t] = recogniseWorkbook(wb(577150000));
    expect(t.columns.filter((c) => c.partOf === 6).map((c) => [c.col, c.role])).toEqual([
      [4, 'realisasi-anggaran'],
      [5, 'realisasi-anggaran'],
    ]);
    expect(galat(wb(577150000))).toEqual([]);
    const top = header.length + 3;
    expect(galat(wb(571150000)).map((x) => [x.rule, x.cell, x.expected])).toEqual([['jumlah-total', `F${top}`, 577150000]]);
  });
});

describe('a column headed by nothing but the period it counts up to, beside the band ("Realisasi Triwulan / TW I … TW IV | s.d. TW IV")', () => {
  const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:I2'];
  const lra = (header: string, sd1: number) =>
    book(
      sheet(
        'LRA',
        [
          ['No', 'Program', 'Pagu (Rp)', 'Realisasi Triwulan', null, null, null, header, '%'],
          [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null, null],
          [1, 'Program Penanggulangan Bencana', rp(1500000000), rp(250000000), rp(400000000), rp(420000000), rp(380000000), rp(sd1), 96.67],
          [2, 'Program Penunjang Urusan', rp(2800000000), rp(600000000), rp(700000000), rp(700000000), rp(710000000), rp(2710000000), 96.79],
          [3, 'Program Pencegahan dan Kesiapsiagaan', rp(600000000), rp(100000000), rp(150000000), rp(160000000), rp(170000000), rp(580000000), 96.67],
        ],
        { merges },
      ),
    );
  test.each(['s.d. TW IV', 's/d TW IV', 'Sampai dengan TW IV', 's.d Triwulan IV', 'S/D TW. IV'])(
    '"%s": the running total of the money realised, its wrong sum the one galat',
    (header) => {
      const [t] = recogniseWorkbook(lra(header, 1450000000));
      expect(t.columns.find((c) => c.col === 8)).toMatchObject({ role: 'realisasi-anggaran', bandTotal: true });
      expect(galat(lra(header, 1450000000))).toEqual([]);
      // 250 + 400 + 420 + 380 = 1.450 million, written 1.540 (the serapan 96,67 % follows the quarters)
      expect(galat(lra(header, 1540000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'H3', 1450000000]]);
    },
  );

  // an indikator's figure up to a date is its own (a stock is no sum of its quarters): the realisasi the capaian is of
  const kinerja = (capaian2: number) =>
    book(
      sheet(
        'Capaian TW',
        [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi Triwulan', null, null, null, 's.d. TW IV', 'Capaian (%)'],
          [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null, null],
          [1, 'Persentase desa tangguh bencana', 40, 10, 20, 30, 42, 42, 105],
          [2, 'Persentase rumah tangga dengan akses air minum layak', 85, 80, 81, 83, 84, 84, capaian2],
          // (a risk index falls: 125 against 120 is (2 − 125/120) = 95,83 %)
          [3, 'Indeks risiko bencana', 120, 130, 128, 126, 125, 125, 95.83],
        ],
        { merges },
      ),
    );
  test('of an indikator: the realisasi up to that period, the capaian judged against it', () => {
    const [t] = recogniseWorkbook(kinerja(98.82));
    expect(t.columns.find((c) => c.col === 8)).toMatchObject({ role: 'realisasi', period: 's.d. tw 4' });
    expect(t.columns.find((c) => c.col === 8)?.bandTotal).toBeFalsy();
    expect(galat(kinerja(98.82))).toEqual([]);
    // 84 / 85 = 98,82 %, written 96,47 % (82 / 85: a quarter's figure)
    expect(galat(kinerja(96.47)).map((f) => [f.rule, f.cell, f.expected, f.related])).toEqual([['persen-capaian', 'I4', 98.82, ['C4', 'H4']]]);
  });

  test('no run of periods from the first beside it: left as it was', () => {
    const partial = recogniseWorkbook(
      book(
        sheet(
          'LRA',
          [
            ['No', 'Program', 'Pagu (Rp)', 'Realisasi Triwulan', null, 's.d. TW IV', '%'],
            [null, null, null, 'TW III', 'TW IV', null, null],
            [1, 'Program Penanggulangan Bencana', rp(1500000000), rp(420000000), rp(380000000), rp(1450000000), 96.67],
            [2, 'Program Penunjang Urusan', rp(2800000000), rp(700000000), rp(710000000), rp(2710000000), 96.79],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2'] },
        ),
      ),
    )[0];
    expect(partial.columns.find((c) => c.col === 6)?.bandTotal).toBeFalsy();
    expect(partial.columns.some((c) => c.partOf !== undefined)).toBe(false);
  });
});
