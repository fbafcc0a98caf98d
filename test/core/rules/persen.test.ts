import { periksaWorkbook } from '../../../src/core/periksa';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { bold, book, findings, galat, pct, rp, sheet, V } from '../../helpers/snap';
import { a1 } from '../../../src/core/address';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';

function pengukuran(stated: string | number) {
  return book(
    sheet('Pengukuran', [
      ['Indikator Kinerja', 'Target 2024', 'Realisasi 2024', '%', 'Sumber data'],
      ['Nilai SAKIP Kota Metro', '68,14', '69,16', stated, 'LHE MenPANRB 2024'],
    ]),
  );
}

describe('persen-capaian', () => {
  test('Metro: 69,16 / 68,14 = 101,497 %, so "101,54" is wrong and "101,50" or "101,49" is right', () => {
    const f = findings(pengukuran('101,54'), 'persen-capaian');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'D2', severity: 'galat', expected: 101.5, actual: 101.54, related: ['B2', 'C2'] });
    expect(findings(pengukuran('101,50'), 'persen-capaian')).toEqual([]);
    expect(findings(pengukuran('101,49'), 'persen-capaian')).toEqual([]);
  });

  test.each([
    // 86,6 ÷ 90 = 96,222… %: typed to one decimal it is 96,2 (rounded or cut off); 96,3 is neither
    ['96,2', []],
    ['96,22', []],
    ['96,3', ['D2']],
    ['96,23', ['D2']],
    // (stored finer than its one-decimal format shows: Excel shows it rounded — 96,23 shows 96,2, the ratio rounded;
    // 96,25 shows 96,3, and holds no ratio to its digits either)
    [{ v: 96.23, fmt: '0.0' }, []],
    [{ v: 96.25, fmt: '0.0' }, ['D2']],
  ])('a capaian typed as it shows is the ratio rounded or cut off, not rounded up: %s', (stated: V, cells) => {
    const wb = book(
      sheet('Pengukuran', [
        ['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        ['Persentase dokumen perencanaan tepat waktu', 90, '86,6', stated],
      ]),
    );
    expect(findings(wb, 'persen-capaian').map((f) => f.cell)).toEqual(cells);
  });

  test.each([
    // 77,2 ÷ 75 = 102,93 %: Excel shows a stored figure rounded, never cut off
    ['1,0293 under "0%" (shows 103 %)', 77.2, { v: 1.0293, fmt: '0%' }, []],
    ['1,0173 under "0%": shows 102 %, holds 101,73 % — neither the ratio rounded nor right to its digits', 77.2, { v: 1.0173, fmt: '0%' }, ['D2']],
    ['1,0293000000000001 (a float\'s last digit) under "0.0%"', 77.2, { v: 1.0293000000000001, fmt: '0.0%' }, []],
    // 77,21 ÷ 75 = 102,9467 %: ROUND(…; 4) holds 1,0295, shown 103,0 % — rounded twice, right to what it holds
    ['1,0295 under "0.0%" for 102,9467 %', 77.21, { v: 1.0295, fmt: '0.0%' }, []],
  ])('a capaian stored finer than its format shows: %s', (_, realisasi, stated: V, cells) => {
    const wb = book(
      sheet('Pengukuran', [
        ['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        ['Nilai SAKIP Perangkat Daerah', 75, realisasi, stated],
      ]),
    );
    expect(findings(wb, 'persen-capaian').map((f) => f.cell)).toEqual(cells);
  });

  test('0 decimals: rounded or truncated, less than one point away (Gowa 112 % for 112,59 %)', () => {
    const wb = (c: number) =>
      book(
        sheet('P', [
          ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET 2024', 'REALISASI 2024', 'CAPAIAN 2024'],
          ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 653, pct(c)],
        ]),
      );
    expect(findings(wb(1.12), 'persen-capaian')).toEqual([]);
    expect(findings(wb(1.13), 'persen-capaian')).toEqual([]);
    expect(findings(wb(1.14), 'persen-capaian').map((f) => f.cell)).toEqual(['E2']);
  });

  test.each([
    // the capaian as stored (a fraction under a "0%" format, shown rounded), the cells found: 93,5 ÷ 90 = 103,89 %;
    // (2 × 90 − 93,5) ÷ 90 = 96,11 % (the lower-is-better formula, unsaid for this indikator)
    ['96,11 % exactly: the lower-is-better formula, taken as the office’s', 0.9611, []],
    ['typed 96 %: as shown, the lower-is-better formula', 0.96, []],
    ['95,69 %, shown 96 %: neither formula to its digits', 0.9569, ['E2']],
    ['103,89 %: realisasi ÷ target', 1.0389, []],
  ])('a capaian stored with more digits than its format shows is matched to its digits: %s', (_, stored, cells) => {
    const wb = book(
      sheet('P', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Persentase layanan selesai tepat waktu', 90, 93.5, pct(stored)],
      ]),
    );
    expect(findings(wb, 'persen-capaian').map((f) => f.cell)).toEqual(cells);
  });

  test('lower-is-better indicators (targets "<5%", poverty): (2·target − realisasi) / target', () => {
    const wb = (c: string) =>
      book(
        sheet('P', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
          ['1', 'Persentase penduduk miskin', '<5%', '6%', c],
        ]),
      );
    expect(findings(wb('80%'), 'persen-capaian')).toEqual([]);
    expect(findings(wb('120%'), 'persen-capaian').map((f) => f.expected)).toEqual([80]);
  });

  test('multi-year tables are paired by year', () => {
    const wb = book(
      sheet(
        'P',
        [
          ['Indikator', 'Tahun 2021', null, null, 'Tahun 2022', null, null],
          [null, 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
          ['Bantuan korban bencana', 150, 285, '190%', 150, 300, '250%'],
        ],
        { merges: ['A1:A2', 'B1:D1', 'E1:G1'] },
      ),
    );
    expect(findings(wb, 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['G3', 200]]);
  });

  // Each group's third column is its capaian, however the header names the group: a band over T | R | C (%), or the
  // period or year closing each header's own words. Every capaian is right but the first indikator's last one, stated 97
  // for 105 / 100.
  const groups: Array<[string, V[][], string[]]> = [
    [
      'a band of years over T | R | C (%)',
      [
        ['Indikator Kinerja', 2023, null, null, 2024, null, null],
        [null, 'T', 'R', 'C (%)', 'T', 'R', 'C (%)'],
      ],
      ['A1:A2', 'B1:D1', 'E1:G1'],
    ],
    [
      'a band of years over bare letters T | R | C',
      [
        ['Indikator', 2023, null, null, 2024, null, null],
        [null, 'T', 'R', 'C', 'T', 'R', 'C'],
      ],
      ['A1:A2', 'B1:D1', 'E1:G1'],
    ],
    [
      'years written once at the left of their groups (nothing merged) over bare letters T | R | C',
      [
        ['Indikator', 'Tahun 2023', null, null, 'Tahun 2024', null, null],
        [null, 'T', 'R', 'C', 'T', 'R', 'C'],
      ],
      [],
    ],
    ['one row, the period closing a bare %', [['Indikator', 'Tgt TW I', 'Real. TW I', '% TW I', 'Tgt TW II', 'Real. TW II', '% TW II']], []],
    ['one row, the year closing the letters', [['Indikator', 'T 2023', 'R 2023', 'C (%) 2023', 'T Tahun 2024', 'R Tahun 2024', 'C (%) Tahun 2024']], []],
    [
      'one row, a year closing a bare %',
      [['Indikator', 'Target Tahun 2023', 'Realisasi Tahun 2023', '% Tahun 2023', 'Target Tahun 2024', 'Realisasi Tahun 2024', '% Tahun 2024']],
      [],
    ],
    [
      'one row, a cumulative period closing the letters',
      [['Indikator', 'T s.d. TW I', 'R s.d. TW I', 'C (%) s.d. TW I', 'T s.d. TW II', 'R s.d. TW II', 'C (%) s.d. TW II']],
      [],
    ],
    [
      'a band of semesters shortened ("Sem. I") over Target | Realisasi | Capaian',
      [
        ['Indikator Kinerja', 'Sem. I', null, null, 'Sem. II', null, null],
        [null, 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'],
      ],
      ['A1:A2', 'B1:D1', 'E1:G1'],
    ],
    [
      'one row, an English quarter closing the words',
      [['Indicator', 'Target Q1', 'Actual Q1', 'Achievement Q1', 'Target Q2', 'Actual Q2', 'Achievement Q2']],
      [],
    ],
  ];
  test.each(groups)("period groups, %s: every group's capaian checked", (_, header, merges) => {
    const wb = book(
      sheet(
        'P',
        [
          ...header,
          ['Cakupan imunisasi dasar lengkap', 100, 120, 120, 100, 105, 97],
          ['Persentase puskesmas terakreditasi', 100, 90, 90, 100, 100, 100],
          ['Angka Partisipasi Murni SD', 80, 84, 105, 80, 88, 110],
          ['Persentase guru bersertifikat pendidik', 50, 45, 90, 50, 55, 110],
        ],
        { merges },
      ),
    );
    const [t] = recogniseWorkbook(wb);
    expect(t.kind).toBe('pengukuran-kinerja');
    const top = header.length + 1;
    expect(findings(wb, 'persen-capaian').map((f) => [f.cell, f.expected, f.actual])).toEqual([[`G${top}`, 105, 97]]);
  });
});

describe('a year band over Target | Realisasi | Capaian, each split by semester shortened ("Sem I | Sem II")', () => {
  const kesbangpol = (capaianIdi2: number) =>
    book(
      sheet(
        'Kinerja Semester',
        [
          ['No', 'Indikator Kinerja', 'Satuan', 'Kinerja Semester Tahun 2024', null, null, null, null, null],
          [null, null, null, 'Target', null, 'Realisasi', null, 'Capaian (%)', null],
          [null, null, null, 'Sem I', 'Sem II', 'Sem I', 'Sem II', 'Sem I', 'Sem II'],
          [1, 'Indeks Kerukunan Umat Beragama', 'indeks', 72, 73, 72.4, 74.1, 100.56, 101.51],
          [2, 'Persentase ormas yang melaporkan keberadaannya', '%', 60, 75, 58.2, 77.5, 97, 103.33],
          [3, 'Indeks Demokrasi Indonesia (IDI) Kabupaten', 'indeks', 74, 75, 73.1, 76.35, 98.78, capaianIdi2],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:I1', 'D2:E2', 'F2:G2', 'H2:I2'] },
      ),
    );

  test("a pengukuran, each semester's capaian its own realisasi over its own target", () => {
    const [t] = recogniseWorkbook(kesbangpol(101.8));
    expect(t.kind).toBe('pengukuran-kinerja');
    expect(findings(kesbangpol(101.8), 'persen-capaian')).toEqual([]);
    // 76,35 / 75 = 101,80 %, written 103,30
    expect(findings(kesbangpol(103.3), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['I6', 101.8]]);
  });
});

describe('headers as staff mistype them', () => {
  // "Indkator | Tagret | Realisai | Capain (%)" and "Pagu Angaran | Realisasi Anggran | Penyerpan (%)": read as the
  // words meant, so the tables are a pengukuran and a budget table and their percentages are checked
  const wb = (capaian2: number, serapan2: number) =>
    book(
      sheet('Kinerja', [
        ['No', 'Indkator Kinerja', 'Tagret', 'Realisai', 'Capain (%)'],
        [1, 'Persentase sekolah terakreditasi minimal B', 80, 84, 105],
        [2, 'Angka partisipasi kasar PAUD', 75, 69.6, capaian2],
        [3, 'Persentase guru bersertifikat pendidik', 60, 61.2, 102],
      ]),
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu Angaran', 'Realisasi Anggran', 'Penyerpan (%)'],
        [1, 'Program Pengelolaan Pendidikan', rp(12500000000), rp(11987500000), 95.9],
        [2, 'Program Pengembangan Kurikulum', rp(640000000), rp(598400000), serapan2],
      ]),
    );
  test('a pengukuran and a budget table, each percentage checked', () => {
    expect(recogniseWorkbook(wb(92.8, 93.5)).map((t) => t.kind)).toEqual(['pengukuran-kinerja', 'realisasi-anggaran']);
    expect(galat(wb(92.8, 93.5))).toEqual([]);
    // 69,6 / 75 = 92,80 %; 598,4 / 640 = 93,50 %
    expect(galat(wb(93.8, 95.3)).map((f) => [f.rule, f.sheet, f.cell, f.expected])).toEqual([
      ['persen-capaian', 'Kinerja', 'E3', 92.8],
      ['persen-serapan', 'Anggaran', 'E3', 93.5],
    ]);
  });
});

describe('persen-serapan', () => {
  const wb = (stated: string) =>
    book(
      sheet('Sub Kegiatan', [
        ['Program', 'No', 'Sub Kegiatan', 'Pagu Anggaran', 'Realisasi', '%'],
        ['Program Rehabilitasi Sosial', '4', 'Penyediaan Permakanan', 'Rp. 547.279.000', 'Rp. 436.802.132', stated],
        ['Program Rehabilitasi Sosial', '5', 'Penyediaan Sandang', 'Rp. 13.750.000', 'Rp. 13.750.000', '100 %'],
      ]),
    );
  test('Maluku: 436.802.132 / 547.279.000 is 79,81 %, not 98,91 %', () => {
    const f = findings(wb('98.91 %'), 'persen-serapan');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([['F2', 79.81, 98.91]]);
    expect(f[0].message).toContain('Rp 436.802.132 / Rp 547.279.000 = 79,81 %');
    expect(findings(wb('79,81 %'), 'persen-serapan')).toEqual([]);
    expect(findings(wb('80%'), 'persen-serapan')).toEqual([]);
  });
});

describe('pembagian-nol and kosong', () => {
  test('100 % over a Rp 0 pagu is a galat; #DIV/0! is a peringatan; an empty % in a filled row is kosong', () => {
    const wb = book(
      sheet('KAT', [
        ['Program', 'Sub Kegiatan', 'Pagu Anggaran', 'Realisasi', '%'],
        ['Pemberdayaan KAT', 'Bantuan Sarana Prasarana', 'Rp. 0', 'Rp. 0', '100%'],
        ['Pemberdayaan KAT', 'Penyediaan Bahan Bacaan', 'Rp -', 'Rp -', { v: null }],
        ['Pemberdayaan KAT', 'Penyediaan Permakanan', rp(1023070000), rp(1017431039), '%'],
      ]),
    );
    wb.sheets[0].cells.push({ row: 3, col: 5, value: { error: '#DIV/0!' } });
    const nol = findings(wb, 'pembagian-nol');
    expect(nol.map((f) => [f.cell, f.severity])).toEqual([
      ['E2', 'galat'],
      ['E3', 'peringatan'],
    ]);
    expect(findings(wb, 'kosong').map((f) => [f.cell, f.severity])).toEqual([['E4', 'peringatan']]);
  });
});

test('a bare % column after Pagu | Realisasi | Sisa is the serapan', () => {
  const wb = book(
    sheet('RA', [
      ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%'],
      ['1', 'Program Rehabilitasi Sosial', 100000000, 80000000, 20000000, '90%'],
      ['2', 'Program Pemberdayaan Sosial', 50000000, 50000000, 0, '100%'],
    ]),
  );
  expect(findings(wb, 'persen-serapan').map((f) => [f.cell, f.expected])).toEqual([['F2', 80]]);
});

describe('persen-capaian against the Renstra end target (PermenPANRB 53/2014 asks for both)', () => {
  const book2 = (renstraCapaian: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target 2024', 'Target Akhir Renstra', 'Realisasi 2024', 'Capaian 2024 (%)', 'Capaian terhadap Target Akhir Renstra (%)'],
        [1, 'Persentase PMKS yang tertangani', 80, 100, 88, 110, renstraCapaian],
        [2, 'Persentase panti sosial terakreditasi', 50, 80, 40, 80, 50],
      ]),
    );
  test('both capaian right: no finding', () => {
    expect(findings(book2(88), 'persen-capaian')).toEqual([]);
  });
  test('the Renstra capaian computed against the annual target is wrong', () => {
    const f = findings(book2(110), 'persen-capaian');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['G2', 88]]);
  });
  test("last year's realisasi between this year's capaian and the Renstra's is a comparison, not the Renstra capaian's input", () => {
    const laid = (toEnd: number) =>
      book(
        sheet('Pengukuran', [
          [
            'No',
            'Indikator Kinerja',
            'Target 2024',
            'Realisasi 2024',
            'Capaian 2024 (%)',
            'Realisasi 2023',
            'Target Akhir Renstra (2026)',
            'Capaian thd Target Akhir Renstra (%)',
          ],
          [1, 'Persentase konsistensi program RPJMD dan RKPD', 90, 92, 102.22, 88, 100, 92],
          [2, 'Persentase rekomendasi yang ditindaklanjuti', 80, 76, 95, 74, 90, toEnd],
        ]),
      );
    // 92 / 100 and 76 / 90 = 84,44 %: this year's realisasi against the end target (88 / 100 would be last year's)
    expect(findings(laid(84.44), 'persen-capaian')).toEqual([]);
    expect(findings(laid(86.44), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['H3', 84.44]]);
  });
  test('a comparison of two years ("Perbandingan Realisasi 2024 thd 2023 (%)") is no realisasi: the Renstra capaian takes the year’s', () => {
    const laid = (toEnd: number, comparison = 103.55) =>
      book(
        sheet('Analisis', [
          [
            'No',
            'Indikator Kinerja',
            'Realisasi 2023',
            'Target 2024',
            'Realisasi 2024',
            'Capaian 2024 (%)',
            'Perbandingan Realisasi 2024 thd 2023 (%)',
            'Target Akhir Renstra 2026',
            'Capaian thd Renstra (%)',
          ],
          [1, 'Cakupan imunisasi dasar lengkap', 90.2, 95, 93.4, 98.32, comparison, 98, 95.31],
          [2, 'Persentase puskesmas terakreditasi', 75, 85, 90, 105.88, 120, 100, toEnd],
          [3, 'Persentase desa siaga aktif', 62, 70, 71.5, 102.14, 115.32, 90, 79.44],
          [4, 'Cakupan pelayanan kesehatan usia produktif', 55.4, 65, 68.1, 104.77, 122.92, 80, 85.13],
        ]),
      );
    expect(findings(laid(90), 'persen-capaian')).toEqual([]);
    expect(findings(laid(95), 'persen-capaian').map((x) => [x.cell, x.expected, x.related])).toEqual([['I3', 90, ['H3', 'E3']]]);
    // the comparison itself is a share of the two realisasi, checked as one
    expect(findings(laid(90, 101.55), 'persen-kolom').map((x) => [x.cell, x.expected])).toEqual([['G2', 103.55]]);
  });
  test('a Renstra table of "Kondisi Awal" and "Kondisi Akhir": the end condition is the Renstra target', () => {
    const renstra = (toEnd: number) =>
      book(
        sheet('Renstra', [
          [
            'No',
            'Indikator Kinerja',
            'Kondisi Awal (2021)',
            'Target 2024',
            'Realisasi 2024',
            'Capaian (%)',
            'Kondisi Akhir (2026)',
            'Capaian thd Kondisi Akhir (%)',
          ],
          [1, 'Persentase desa mandiri', 10, 30, 33, 110, 40, toEnd],
          [2, 'Indeks kepuasan masyarakat', 75, 80, 82, 102.5, 85, 96.47],
        ]),
      );
    // 33 / 40 = 82,5 % of the end condition
    expect(findings(renstra(82.5), 'persen-capaian')).toEqual([]);
    expect(findings(renstra(110), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['H2', 82.5]]);
  });
  test('the Renstra capaian "s.d. 2024" against a target written with the period’s last year (2026)', () => {
    const disdik = (toEnd: number) =>
      book(
        sheet(
          'Pengukuran',
          [
            ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2024', null, null, 'Target Akhir Renstra (2026)', 'Capaian s.d. 2024 terhadap Renstra (%)'],
            [null, null, null, 'Target', 'Realisasi', 'Capaian (%)', null, null],
            [1, 'Angka Partisipasi Murni SMP', '%', 82, 80.5, 98.17, 85, 94.71],
            [2, 'Rata-rata lama sekolah', 'tahun', 8.5, 8.6, 101.18, 9, toEnd],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2'] },
        ),
      );
    // 8,6 of the Renstra's 9 years is 95,56 %
    expect(findings(disdik(95.56), 'persen-capaian')).toEqual([]);
    expect(findings(disdik(97.56), 'persen-capaian').map((x) => [x.cell, x.expected, x.related])).toEqual([['H4', 95.56, ['G4', 'E4']]]);
  });
  test('a Capaian beside a pagu and its realisasi, with no performance figures, is the serapan', () => {
    const keuangan = (capaian: number) =>
      book(
        sheet('Keuangan', [
          ['No', 'Program', 'Anggaran', 'Realisasi', 'Capaian (%)'],
          [1, 'Program Penunjang Urusan', 2000000000, 1900000000, 95],
          [2, 'Program Pengelolaan Keuangan', 100000000, 95000000, capaian],
        ]),
      );
    expect(findings(keuangan(95), 'persen-serapan')).toEqual([]);
    expect(findings(keuangan(90), 'persen-serapan').map((x) => [x.cell, x.expected])).toEqual([['E3', 95]]);
  });
  test('"Sisa Anggaran" and "Selisih" columns are never taken for the pagu or the realisasi', () => {
    const b = book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu', 'Realisasi', 'Sisa Anggaran', '% Serapan'],
        [1, 'Program Rehabilitasi Sosial', rp(100000000), rp(90000000), rp(10000000), pct(0.9)],
        [2, 'Program Pemberdayaan Sosial', rp(50000000), rp(45000000), rp(5000000), pct(0.9)],
      ]),
    );
    expect(findings(b, 'persen-serapan')).toEqual([]);
  });
});

describe('persen-capaian: a service table (SPM) whose sasaran is counted', () => {
  test.each([
    ['Sasaran (orang)', 'Terlayani (orang)'],
    ['Jumlah Sasaran', 'Jumlah yang Terlayani'],
    ['Sasaran', 'Mendapat Pelayanan'],
  ])('%s | %s: the sasaran is the target, the people served the realisasi', (sasaran, served) => {
    const spm = (bayi: number) =>
      book(
        sheet('SPM', [
          ['No', 'Jenis Pelayanan Dasar', sasaran, served, 'Capaian (%)'],
          [1, 'Pelayanan kesehatan ibu hamil', 3120, 2995, 95.99],
          [2, 'Pelayanan kesehatan bayi baru lahir', 2600, 2400, bayi],
          [3, 'Pelayanan kesehatan balita', 11850, 10902, 92],
        ]),
      );
    expect(findings(spm(92.31), 'persen-capaian')).toEqual([]);
    expect(findings(spm(96.15), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['E3', 92.31]]);
  });
  test('a sasaran in words stays the sasaran', () => {
    const b = book(
      sheet('PK', [
        ['No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Meningkatnya derajat kesehatan', 'Usia harapan hidup', 72, 72.4, 100.56],
        [2, 'Meningkatnya mutu layanan', 'Indeks kepuasan masyarakat', 80, 84, 105],
      ]),
    );
    expect(periksaWorkbook(b).tables[0].columns.map((c) => c.role)).toEqual(['no', 'sasaran', 'indikator', 'target', 'realisasi', 'capaian']);
  });
});

describe('polarity from the notes under the table and from the figure itself', () => {
  const pengukuran = (capaianAki: number, note?: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Angka Kematian Ibu (AKI) per 100.000 KH', 100, 80, capaianAki],
        [2, 'Persentase ibu hamil mendapat layanan', 90, 81, 90],
        ...(note ? [[null], [note]] : []),
      ]),
    );
  test('an indikator wrapped by hand reads as one line in the message', () => {
    const b = book(
      sheet('PK', [
        ['Indikator\nKinerja', 'Target', 'Realisasi', 'Capaian\n(%)'],
        ['Persentase persalinan\ndi faskes', 95, 90, 97.74],
      ]),
    );
    expect(findings(b, 'persen-capaian').map((x) => x.message)).toEqual([
      'Capaian Persentase persalinan di faskes tertulis 97,74 %, padahal realisasi / target = 90 / 95 = 94,74 %.',
    ]);
  });
  test('a note naming the indicator by its abbreviation makes it lower-is-better', () => {
    expect(findings(pengukuran(120, '*) Indikator negatif (semakin kecil semakin baik): AKI'), 'persen-capaian')).toEqual([]);
    const f = findings(pengukuran(130, '*) Indikator negatif (semakin kecil semakin baik): AKI'), 'persen-capaian');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['E2', 120]]);
  });
  test.each([
    ['IKU 3 dan IKU 5', 'IKU 3', 'IKU 5'],
    ['IKU-03 dan IKU-05', 'IKU 3', 'IKU 5'],
    ['IKD 1.3 dan IKD 1.5', 'IKD 1.3', 'IKD 1.5'],
  ])('a note naming lower-is-better indikator by the codes of their rows ("%s merupakan indikator negatif")', (named, code3, code5) => {
    // (their capaian as target ÷ realisasi; "Rata-rata hari proses" is no lower-is-better name the vocabulary knows)
    const wb = (hari: number) =>
      book(
        sheet('Capaian IKU', [
          ['Kode', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)'],
          [code3.replace('3', '1'), 'Nilai SAKIP Perangkat Daerah', 75, 77.2, 102.93],
          [code3, 'Persentase laporan kinerja yang disampaikan melewati batas waktu', 10, 8, 125],
          [code3.replace('3', '4'), 'Indeks Kepuasan Layanan Internal', 3.2, 3.05, 95.31],
          [code5, 'Rata-rata hari proses penataan kelembagaan', 30, 24, hari],
          [null],
          [`Keterangan: ${named} merupakan indikator negatif (semakin rendah realisasi semakin baik), capaian = target/realisasi x 100%.`],
        ]),
      );
    expect(findings(wb(125), 'persen-capaian')).toEqual([]);
    expect(findings(wb(130), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['E5', 125]]);
  });
  test.each([
    // the note under the table, row 2's stated capaian (90 % by realisasi ÷ target, 110 % by 2 − realisasi ÷ target), the cells found
    ['no note: 110 % may be the lower-is-better formula, unsaid', undefined, 110, []],
    ['a note listing AKI as lower-is-better by name: row 2 rises, 110 % is wrong', 'Catatan: AKI merupakan indikator dengan polaritas negatif.', 110, ['E3']],
    ['the same note, row 2 right', 'Catatan: AKI merupakan indikator dengan polaritas negatif.', 90, []],
    ['a footnote mark explained under the table, row 2 unmarked', '*) polaritas negatif', 110, ['E3']],
  ])('%s', (_, note, stated, cells) => {
    const wb = book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, note?.startsWith('*)') ? 'Angka Kematian Ibu (AKI) *)' : 'Angka Kematian Ibu (AKI)', 100, 80, 120],
        [2, 'Indeks perlindungan anak', 90, 81, stated],
        ...(note ? [[null], [note]] : []),
      ]),
    );
    expect(findings(wb, 'persen-capaian').map((x) => x.cell)).toEqual(cells);
  });
  test.each([
    ['koefisien variasi harga', 'Koefisien variasi harga bahan pokok (%)'],
    ['Persentase desa rawan air bersih', 'Persentase desa rawan air bersih di wilayah pesisir'],
  ])('a note naming an indikator by the first words of its name ("%s") names it', (named, indikator) => {
    const wb = (stated: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, indikator, 5, 4.2, stated],
          [2, 'Nilai ekspor non migas (juta USD)', 1300, 1342, 103.23],
          [3, 'Jumlah pelaku usaha yang mengikuti promosi dagang', 160, 204, 127.5],
          [null],
          [`Keterangan: ${named} merupakan indikator negatif (capaian = target/realisasi x 100%)`],
        ]),
      );
    expect(findings(wb(119.05), 'persen-capaian')).toEqual([]);
    // 4,2 ÷ 5 = 84 % reads it as rising, which the note says it does not
    expect(findings(wb(84), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['E2', 119.05]]);
  });
  test('an indikator the PK marks lower-is-better (its note explains the mark) is lower-is-better in the pengukuran too', () => {
    const wb = (puso: number) =>
      book(
        sheet('PK', [
          ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
          [1, 'Meningkatnya produksi pertanian', 'Produksi padi (ton)', 52000],
          [null, null, 'Luas lahan puso akibat OPT (ha)*)', 120],
          [null],
          ['*) indikator negatif: semakin kecil realisasi semakin baik'],
        ]),
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Produksi padi (ton)', 52000, 53560, 103],
          [2, 'Luas lahan puso akibat OPT (ha)', 120, 96, puso],
        ]),
      );
    expect(findings(wb(120), 'persen-capaian')).toEqual([]);
    // 96 ÷ 120 = 80 % reads the indikator as one that should rise: (2 × 120 − 96) ÷ 120 = 120 %
    expect(findings(wb(80), 'persen-capaian').map((x) => [x.sheet, x.cell, x.expected])).toEqual([['Pengukuran', 'E3', 120]]);
  });
  test('a formula the notes give for lower-is-better indicators is the only one (100 ÷ 80 = 125 % is not 2 − 80 ÷ 100)', () => {
    const twoMinus = 'Catatan: AKI merupakan indikator negatif, capaian = (2 - realisasi/target) x 100%';
    const inverse = 'Catatan: AKI indikator negatif; capaian = Target / Realisasi x 100%';
    expect(findings(pengukuran(120, twoMinus), 'persen-capaian')).toEqual([]);
    expect(findings(pengukuran(125, twoMinus), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['E2', 120]]);
    expect(findings(pengukuran(125, inverse), 'persen-capaian')).toEqual([]);
    expect(findings(pengukuran(120, inverse), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['E2', 125]]);
    // without a formula in the notes either is the table's own choice
    expect(findings(pengukuran(125, '*) Indikator negatif (semakin kecil semakin baik): AKI'), 'persen-capaian')).toEqual([]);
  });
  test('a column whose lower-is-better rows all follow the other formula keeps it (the Renstra column), one slip does not', () => {
    // the year's capaian by (2 − R/T), as the note says; the capaian against the Renstra end target by T/R in every
    // lower-is-better row: 85 / 105, 6 / 7,2, 14 / 16,4
    const wb = (renstra: [number, number, number]) =>
      book(
        sheet('IKU', [
          ['No', 'Indikator Kinerja', 'Target 2024', 'Realisasi 2024', 'Capaian 2024', 'Target Akhir Renstra', 'Capaian terhadap Target Akhir Renstra'],
          [1, 'Angka Kematian Ibu (AKI)', 98, 105, pct(0.9286), 85, pct(renstra[0])],
          [2, 'Angka Kematian Bayi (AKB)', 8, 7.2, pct(1.1), 6, pct(renstra[1])],
          [3, 'Prevalensi stunting', 18, 16.4, pct(1.0889), 14, pct(renstra[2])],
          [4, 'Persentase desa UCI', 95, 96.2, pct(1.0126), 100, pct(0.962)],
          ['*) Indikator negatif: AKI, AKB dan prevalensi stunting; capaian = (2 - realisasi/target) x 100%'],
        ]),
      );
    expect(findings(wb([0.8095, 0.8333, 0.8537]), 'persen-capaian')).toEqual([]);
    // the noted formula in that column is right too: (2 − 105/85), (2 − 7,2/6), (2 − 16,4/14)
    expect(findings(wb([0.7647, 0.8, 0.8286]), 'persen-capaian')).toEqual([]);
    // one row by T/R where the others follow the note: a slip, shown against the note's formula
    expect(findings(wb([0.8095, 0.8, 0.8286]), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['G2', 76.47]]);
    // two by T/R and one by the note: no convention of its own, both T/R rows are wrong by the note
    expect(findings(wb([0.8095, 0.8333, 0.8286]), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([
      ['G2', 76.47],
      ['G3', 80],
    ]);
  });
  describe('a Polaritas column', () => {
    const iku = (header: string, neg: string, pos: string, investor: number) =>
      book(
        sheet('IKU', [
          ['No', 'Indikator Kinerja', header, 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Jumlah pengaduan layanan perizinan', neg, 40, 30, 125],
          [2, 'Rata-rata hari proses izin usaha', neg, 5, 4, 120],
          [3, 'Jumlah investor baru', pos, 50, 45, investor],
        ]),
      );
    test.each([
      ['Polaritas', 'Negatif', 'Positif'],
      ['Sifat Indikator', 'Minimize', 'Maximize'],
      ['Polarity', '(-)', '(+)'],
      ['Polarisasi', '-', '+'],
      ['Kecenderungan yang Diharapkan', 'Menurun', 'Meningkat'],
    ])('%s %s / %s: each row computed its own way', (header, neg, pos) => {
      expect(findings(iku(header, neg, pos, 90), 'persen-capaian')).toEqual([]);
      // (2 × 50 − 45) ÷ 50 = 110 %: the lower-is-better formula for an indikator the table says should rise
      expect(findings(iku(header, neg, pos, 110), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['F4', 90]]);
    });
    test.each([
      ['Jenis Indikator', 'Minimal', 'Maksimal'],
      ['Tipe', 'Min', 'Max'],
      ['Karakteristik Indikator', 'Negatif (-)', 'Positif (+)'],
      ['Keterangan', 'Minimize', 'Maximize'],
    ])('a column "%s" whose entries name the polarity (%s / %s) is the Polaritas column', (header, neg, pos) => {
      // nothing in these names says which way they should go: only the column does
      const b = (biaya: number, hari: number) =>
        book(
          sheet('IKU', [
            ['No', 'Indikator Kinerja', header, 'Target', 'Realisasi', 'Capaian (%)'],
            [1, 'Rata-rata biaya pengurusan izin usaha mikro (Rp)', neg, 500000, 450000, biaya],
            [2, 'Jumlah izin usaha yang diterbitkan', pos, 1200, 1260, 105],
            [3, 'Rata-rata hari kerja penerbitan sertifikat halal', neg, 20, 22, hari],
          ]),
        );
      // (2 × 500.000 − 450.000) ÷ 500.000 = 110 %; (2 × 20 − 22) ÷ 20 = 90 %
      expect(findings(b(110, 90), 'persen-capaian')).toEqual([]);
      // 450.000 ÷ 500.000 = 90 %: the rising formula for a cost the column says should fall
      expect(findings(b(90, 90), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['F2', 110]]);
    });
    test('"Jenis Indikator" naming the kind (IKU, IKD) or "Tren" naming where the figures went states no polarity', () => {
      const b = (header: string, a: string, c: string) =>
        book(
          sheet('IKU', [
            ['No', 'Indikator Kinerja', header, 'Target', 'Realisasi', 'Capaian (%)'],
            [1, 'Rata-rata biaya pengurusan izin usaha mikro (Rp)', a, 500000, 450000, 90],
            [2, 'Jumlah izin usaha yang diterbitkan', c, 1200, 1260, 105],
          ]),
        );
      expect(findings(b('Jenis Indikator', 'IKU', 'IKD'), 'persen-capaian')).toEqual([]);
      expect(findings(b('Tren', 'Turun', 'Naik'), 'persen-capaian')).toEqual([]);
    });
    test('arrows: ↓ is lower-is-better, ↑ higher — the capaian expected follows the arrow, not the words', () => {
      const b = (rusak: number) =>
        book(
          sheet('Capaian', [
            ['Indikator Kinerja', 'Arah', 'Target', 'Realisasi', 'Satuan', 'Capaian (%)'],
            ['Angka partisipasi sekolah', '↑', 95, 96.9, '%', 102],
            ['Rasio guru terhadap murid', '↑', 20, 19, 'rasio', 95],
            ['Persentase ruang kelas rusak', '↓', 15, 16.5, '%', rusak],
          ]),
        );
      expect(findings(b(90), 'persen-capaian')).toEqual([]);
      // (2 × 15 − 16,5) ÷ 15 = 90 %, not 16,5 ÷ 15 = 110 %
      expect(findings(b(97), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['F4', 90]]);
    });
    test('a bare "Tren" says where the figures went (Naik, Turun), not where they should: no polarity', () => {
      const b = (stated: number) =>
        book(
          sheet('IKU', [
            ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Tren'],
            [1, 'Persentase desa mandiri', 30, 27, stated, 'Turun'],
            [2, 'Indeks kepuasan masyarakat', 80, 84, 105, 'Naik'],
          ]),
        );
      expect(findings(b(90), 'persen-capaian')).toEqual([]);
      // 95 % is wrong either way: expected 27 ÷ 30 = 90 %, not the lower-is-better (2 × 30 − 27) ÷ 30 = 110 %
      expect(findings(b(95), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['E2', 90]]);
    });
    test('a row stated positive is not made lower-is-better by its words', () => {
      const b = book(
        sheet('IKU', [
          ['No', 'Indikator', 'Polaritas', 'Target', 'Realisasi', 'Capaian'],
          [1, 'Persentase penduduk miskin yang mendapat bantuan', 'Positif', 80, 60, 75],
          [2, 'Angka kematian ibu', 'Negatif', 100, 80, 120],
        ]),
      );
      expect(findings(b, 'persen-capaian')).toEqual([]);
    });
  });
  describe('a remark beside the row that states its polarity ("Indikator negatif", no Polaritas column)', () => {
    // a women's and children's protection office: two indikator lower-is-better, said so in the Keterangan column
    const pppa = (kekerasan: number, pernikahan: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
          [1, 'Indeks Pembangunan Gender', 'Indeks', 91.5, 92.1, 100.66, 'Tercapai'],
          [2, 'Rasio kekerasan terhadap perempuan', 'per 10.000', 3.2, 2.9, kekerasan, 'Indikator negatif (semakin kecil semakin baik)'],
          [3, 'Persentase anak korban kekerasan yang tertangani', '%', 100, 100, 100, 'Tercapai'],
          [4, 'Rasio pernikahan usia anak', '%', 8.5, 9.1, pernikahan, 'Polaritas negatif'],
          [5, 'Indeks Pemberdayaan Gender', 'Indeks', 70, 68.4, 97.71, 'Semakin tinggi semakin baik'],
        ]),
      );
    test('each row computed its own way: no error', () => {
      expect(findings(pppa(109.38, 92.94), 'persen-capaian')).toEqual([]);
    });
    test('realisasi ÷ target for a row its remark calls lower-is-better contradicts the remark', () => {
      // 2,9 ÷ 3,2 = 90,63 % and 9,1 ÷ 8,5 = 107,06 %: the higher-is-better formula, where the row says otherwise
      expect(findings(pppa(90.63, 107.06), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([
        ['F3', 109.38],
        ['F5', 92.94],
      ]);
    });
  });
  describe('a note that names the lower-is-better indikator ("waktu tanggap dan IRB bersifat negatif")', () => {
    // BPBD: the note lists its two lower-is-better indikator, both computed (2 − R/T) × 100; "kasus kecelakaan kerja"
    // suggests lower-is-better by its words, but the office did not list it: its R ÷ T stands (T/R is wrong there)
    const bpbd = (kecelakaan: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Waktu tanggap penanganan kejadian bencana', 'menit', 25, 22, 112],
          [2, 'Indeks risiko bencana (IRB)', 'indeks', 115, 112.3, 102.35],
          [3, 'Jumlah kasus kecelakaan kerja petugas', 'kasus', 4, 3, kecelakaan],
          [4, 'Persentase desa tangguh bencana', '%', 45, 47.5, 105.56],
          [null],
          ['Keterangan: indikator waktu tanggap dan IRB bersifat negatif (semakin kecil semakin baik), capaian = (2 - realisasi/target) x 100%'],
        ]),
      );
    test('an indikator the note does not name is not made lower-is-better by the named rows', () => {
      expect(findings(bpbd(75), 'persen-capaian')).toEqual([]);
      expect(findings(bpbd(125), 'persen-capaian')).toEqual([]);
      expect(findings(bpbd(85), 'persen-capaian').map((x) => x.cell)).toEqual(['F4']);
    });
  });
  describe('a footnote mark the notes explain ("*) polaritas negatif")', () => {
    const marked = (aduan: number, dbd: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Waktu tunggu rawat jalan *)', 60, 45, 125],
          [2, 'Jumlah aduan pelayanan *)', 50, 40, aduan],
          [3, 'Jumlah kasus DBD', 100, 80, dbd],
          [null],
          ['Keterangan: *) indikator dengan polaritas negatif (semakin kecil semakin baik)'],
        ]),
      );
    test('a marked indikator is lower-is-better, whatever its words', () => {
      expect(findings(marked(120, 80), 'persen-capaian')).toEqual([]);
      // realisasi ÷ target for an indikator the office marks lower-is-better contradicts its own note
      expect(findings(marked(80, 80), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['E3', 120]]);
    });
    test('an unmarked indikator that should rise, computed by the lower-is-better formula, is a galat', () => {
      const b = book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Waktu tunggu rawat jalan *)', 60, 45, 125],
          [2, 'Persentase kasus kekerasan yang tertangani', 100, 96, 104],
          [null],
          ['*) polaritas negatif'],
        ]),
      );
      expect(findings(b, 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['E3', 96]]);
    });
    test('an unmarked indikator is not made lower-is-better by the marked rows', () => {
      // "kasus DBD" suggests lower-is-better, but the office marks its own and left this one out: R ÷ T stands
      expect(findings(marked(120, 80), 'persen-capaian').map((x) => x.cell)).not.toContain('E4');
      expect(findings(marked(120, 120), 'persen-capaian')).toEqual([]);
      expect(findings(marked(120, 95), 'persen-capaian').map((x) => x.cell)).toEqual(['E4']);
    });
  });
  test('a capaian that is exactly (2 × target − realisasi) ÷ target is never a galat, even unannounced', () => {
    const neutral = (capaian: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Indeks beban layanan sosial per petugas', 100, 80, capaian],
          [2, 'Persentase ibu hamil mendapat layanan', 90, 81, 90],
        ]),
      );
    expect(findings(neutral(120), 'persen-capaian')).toEqual([]);
    // target ÷ realisasi without any sign of polarity is an inverted division: still a galat
    expect(findings(neutral(125), 'persen-capaian').map((x) => x.cell)).toEqual(['E2']);
    expect(findings(neutral(130), 'persen-capaian').map((x) => x.cell)).toEqual(['E2']);
  });
});

describe('persen-capaian: a capaian the office caps', () => {
  const table = (rows: Array<[string, number, number, number]>, note?: string) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
        ...rows.map(([name, target, realisasi, capaian], i) => [i + 1, name, target, realisasi, capaian]),
        ...(note ? [[], [note]] : []),
      ]),
    );
  const rows: Array<[string, number, number, number]> = [
    ['Jumlah wirausaha baru', 80, 104, 120], // 130 % by the figures
    ['Jumlah UMKM binaan', 100, 150, 120], // 150 %
    ['Persentase desa terlayani', 90, 81, 90],
  ];

  test.each([
    ['said in a note under the table: no finding', 'Catatan: capaian di atas 120% ditetapkan 120% (maksimal).', []],
    ['said nowhere: a question (peringatan), never a galat', undefined, ['peringatan E2', 'peringatan E3']],
  ])('%s', (_, note, expected) => {
    const f = periksaWorkbook(table(rows, note)).findings.filter((x) => x.rule === 'persen-capaian');
    expect(f.map((x) => `${x.severity} ${x.cell}`)).toEqual(expected);
  });

  // the SPM's services to those with a disease, capped at 100 % as the SPM counts coverage: services, counted to rise
  test.each([
    ['Pelayanan kesehatan penderita diabetes melitus', 6420, 6510],
    ['Pelayanan kesehatan penderita hipertensi', 28750, 29120],
    ['Pelayanan kesehatan orang dengan risiko terinfeksi virus HIV', 3150, 3208],
  ])('"%s" over its target, written 100: the cap, never a lower-is-better galat', (name, target, realisasi) => {
    const spm: Array<[string, number, number, number]> = [
      ['Pelayanan kesehatan ibu hamil', 5120, 4987, 97.4],
      [name, target, realisasi, 100],
      ['Pelayanan kesehatan balita', 19850, 18760, 94.51],
    ];
    const noted = periksaWorkbook(table(spm, 'Catatan: capaian SPM paling tinggi 100%.')).findings.filter((x) => x.rule === 'persen-capaian');
    expect(noted).toEqual([]);
    const unsaid = periksaWorkbook(table(spm)).findings.filter((x) => x.rule === 'persen-capaian');
    expect(unsaid.map((x) => `${x.severity} ${x.cell}`)).toEqual(['peringatan E3']);
  });

  test('a column that states more than the "cap" elsewhere has no cap: the 120 is wrong', () => {
    const f = periksaWorkbook(
      table([
        ['Jumlah wirausaha baru', 80, 104, 120],
        ['Jumlah UMKM binaan', 100, 140, 140],
      ]),
    ).findings.filter((x) => x.rule === 'persen-capaian');
    expect(f.map((x) => `${x.severity} ${x.cell} ${x.expected}`)).toEqual(['galat E2 130']);
  });
});

describe('persen-capaian: an indikator whose name counts the harm itself', () => {
  // BKPSDM: "Jumlah pelanggaran disiplin ASN", 18 against a target of 25, is (2 − 18/25) = 128 % or 25/18 = 138,89 %;
  // realisasi ÷ target (72 %) rewards fewer violations with a lower capaian: never what the name allows
  const bkpsdm = (pelanggaran: number, ppks = 98) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Indeks Profesionalitas ASN', 'indeks', 70, 72.5, 103.57],
        [2, 'Jumlah pelanggaran disiplin ASN', 'kasus', 25, 18, pelanggaran],
        [3, 'Persentase data PPKS yang terdaftar dalam DTKS', '%', 90, 88.2, ppks],
      ]),
    );
  test('either lower-is-better formula stands', () => {
    expect(findings(bkpsdm(128), 'persen-capaian')).toEqual([]);
    expect(findings(bkpsdm(138.89), 'persen-capaian')).toEqual([]);
  });
  test('realisasi ÷ target is a galat', () => {
    expect(findings(bkpsdm(72), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['F3', 128]]);
  });
  test('a name that counts something else about a harm ("data PPKS yang terdaftar") keeps its plain ratio', () => {
    // 88,2 / 90 = 98 %: the data registered should rise, whatever the PPKS in its name suggests
    expect(findings(bkpsdm(128, 98), 'persen-capaian')).toEqual([]);
    expect(findings(bkpsdm(128, 101), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([['F4', 98]]);
  });
  test('an office that lists its lower-is-better indikator and leaves this one out counts it as rising', () => {
    const listed = book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Waktu tunggu layanan kepegawaian *)', 10, 8, 120],
        [2, 'Jumlah pelanggaran disiplin ASN', 25, 18, 72],
        [null],
        ['*) indikator negatif'],
      ]),
    );
    expect(findings(listed, 'persen-capaian')).toEqual([]);
  });
});

test('persen-capaian: capaian stored as bare fractions (2 for 200 %) on a row whose words only suggest lower-is-better', () => {
  // "korban tindak kekerasan" suggests lower-is-better; 300 ÷ 150 = 200 % is the plain ratio, written 2 with its % format
  // missing, as 19 ÷ 19 is written 1
  const wb = (first: number) =>
    book(
      sheet('Capaian', [
        ['No.', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Tersalurnya Bantuan Bagi Korban Bencana, Korban Tindak Kekerasan dan Orang Terlantar', 'KK', 150, 300, first],
        [2, 'Meningkatnya Kualitas Jangkauan Pelayanan Kesejahteraan Sosial', 'kegiatan', 19, 19, 1],
        [3, 'Terselenggaranya Pemberdayaan Sosial Komunitas Adat Terpencil', 'lokasi', 3, 0, 0],
      ]),
    );
  expect(findings(wb(2), 'persen-capaian')).toEqual([]);
  expect(findings(wb(3), 'persen-capaian').map((x) => x.cell)).toEqual(['F2']);
});

test('persen-serapan: a "pagu" under one rupiah beside a realisasi in rupiah (a share without its % format) is no pagu', () => {
  const wb = (pagu: number) =>
    book(
      sheet('Akuntabilitas', [
        ['No', 'Indikator Kinerja', 'Target Anggaran', 'Realisasi Anggaran', '% Realisasi'],
        [1, 'Presentase Pemberdayaan dan Rehabilitasi Sosial', pagu, rp(106295000), 1],
      ]),
    );
  expect(findings(wb(0.11), 'persen-serapan')).toEqual([]);
  // a pagu in rupiah that the serapan does not fit is still judged
  expect(findings(wb(120000000), 'persen-serapan').map((x) => x.cell)).toEqual(['E2']);
});

describe('persen-serapan: a table with two pagu', () => {
  test('a serapan of the Pagu Murni beside a Pagu Perubahan is a choice, not a contradiction; of neither, a galat', () => {
    const wb = (serapanA: number) =>
      book(
        sheet('Anggaran', [
          ['No', 'Program', 'Pagu Murni', 'Pagu Perubahan', 'Realisasi', 'Serapan (%)'],
          [1, 'Program A', 1000, 1200, 900, serapanA],
          [2, 'Program B', 500, 500, 450, 90],
        ]),
      );
    expect(findings(wb(90), 'persen-serapan')).toEqual([]);
    expect(findings(wb(75), 'persen-serapan')).toEqual([]);
    expect(findings(wb(80), 'persen-serapan').map((x) => x.cell)).toEqual(['F2']);
  });
  test("where the table's rows evidently take the Perubahan, one row's serapan of the Murni is a galat", () => {
    const wb = (d: number) =>
      book(
        sheet('Anggaran', [
          ['No', 'Uraian', 'Pagu Murni (Rp)', 'Pagu Perubahan (Rp)', 'Realisasi (Rp)', '% Realisasi'],
          ['1.1', 'Administrasi Umum Perangkat Daerah', 741000000, 754000000, 626508128, 83.09],
          ['1.2', 'Penyediaan Sarana Pengangkutan Sampah', 540000000, 590000000, 509786325, 86.4],
          ['2.1', 'Pengelolaan Sampah', 604000000, 619000000, 593866185, d],
          ['2.2', 'Penyediaan Perlengkapan Jalan', 1276000000, 1310000000, 1161159573, 88.64],
        ]),
      );
    expect(findings(wb(95.94), 'persen-serapan')).toEqual([]);
    // 593.866.185 ÷ 604.000.000 (the Murni) = 98,32 %; the other rows are of the Perubahan: 593.866.185 ÷ 619.000.000
    expect(findings(wb(98.32), 'persen-serapan').map((x) => [x.cell, x.expected])).toEqual([['F4', 95.94]]);
    // every row of the Murni: the table's choice
    const murni = book(
      sheet('Anggaran', [
        ['No', 'Uraian', 'Pagu Murni (Rp)', 'Pagu Perubahan (Rp)', 'Realisasi (Rp)', '% Realisasi'],
        ['1.1', 'Administrasi Umum Perangkat Daerah', 741000000, 754000000, 626508128, 84.55],
        ['1.2', 'Penyediaan Sarana Pengangkutan Sampah', 540000000, 590000000, 509786325, 94.4],
        ['2.1', 'Pengelolaan Sampah', 604000000, 619000000, 593866185, 98.32],
      ]),
    );
    expect(findings(murni, 'persen-serapan')).toEqual([]);
  });
  test('three programmes and their Jumlah: once the budget is revised, one serapan of the Murni among those of the Perubahan is a galat', () => {
    const wb = (first: number) =>
      book(
        sheet('Anggaran', [
          ['No', 'Program', 'Pagu Murni\n(Rp)', 'Pagu Perubahan\n(Rp)', 'Realisasi\n(Rp)', '%'],
          [1, 'Program Perencanaan dan Pembangunan Industri', 420000000, 395500000, 381240000, first],
          [2, 'Program Pengendalian Izin Usaha Industri', 185000000, 210000000, 203560000, 96.93],
          [3, 'Program Pengelolaan Sistem Informasi Industri Nasional', 96000000, 96000000, 91870000, 95.7],
          [null, 'Jumlah', 701000000, 701500000, 676670000, 96.46],
        ]),
      );
    // 381.240.000 ÷ 395.500.000 = 96,39 % (of the Perubahan); ÷ 420.000.000 (the Murni) = 90,77 %
    expect(findings(wb(96.39), 'persen-serapan')).toEqual([]);
    expect(findings(wb(90.77), 'persen-serapan').map((x) => [x.cell, x.expected])).toEqual([['F2', 96.39]]);
  });
});

test('persen-capaian: an incidence rate or a fatality rate falls (target ÷ realisasi is its capaian); a case treated or found rises', () => {
  const wb = (treated: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Incidence rate DBD per 100.000 penduduk', 50, 40, 125],
        [2, 'Case fatality rate (CFR) DBD', 1, 0.8, 125],
        [3, 'Persentase kasus TBC yang diobati', 90, 85, treated],
      ]),
    );
  expect(findings(wb(94.44), 'persen-capaian')).toEqual([]);
  // a case treated is not lower-is-better: target ÷ realisasi (105,88) is no capaian of it
  expect(findings(wb(105.88), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['E4', 94.44]]);
});

test('persen-capaian: an indikator named by its abbreviation alone (AKB, TPT) falls; its capaian as target ÷ realisasi is right', () => {
  const wb = (tpt: number) =>
    book(
      sheet('IKU', [
        ['No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'AKB', 'per 1.000 KH', 20, 18, 111.11],
        [2, 'TPT', '%', 5, 4.5, tpt],
        [3, 'Persentase PMKS yang mendapat bantuan sosial', '%', 80, 76, 95],
      ]),
    );
  // 18 against a target of 20 per 1.000 births: 20 ÷ 18 = 111,11 %; 4,5 % against 5 %: 5 ÷ 4,5 = 111,11 %
  expect(findings(wb(111.11), 'persen-capaian')).toEqual([]);
  expect(findings(wb(104), 'persen-capaian').map((f) => f.cell)).toEqual(['F3']);
});

describe("persen-capaian: a sasaran's capaian beside its indikator's (the mean, in a cell merged down their rows)", () => {
  const table = (first: number, second: number, kategori = 'Sangat Tinggi') =>
    book(
      sheet(
        'Pengukuran',
        [
          ['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian Sasaran (%)', 'Kategori'],
          ['Meningkatnya kualitas pelayanan publik', 'Indeks kepuasan masyarakat', 80, 84, 105.0, first, kategori],
          [null, 'Persentase pengaduan terselesaikan', 90, 87, 96.67, null, null],
          [null, 'Persentase layanan online', 50, 51, 102.0, null, null],
          ['Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP', 70, 68, 97.14, second, 'Sangat Tinggi'],
          [null, 'Opini BPK', 100, 100, 100.0, null, null],
          ['Meningkatnya kualitas SDM', 'Persentase ASN kompeten', 60, 57, 95.0, 95.0, 'Sangat Tinggi'],
          // capaian shown with two decimals, as the office formats them
        ].map((r, i) => r.map((v, j) => (i > 0 && j >= 4 && typeof v === 'number' ? { v, fmt: '0.00' } : v))),
        { merges: ['A2:A4', 'F2:F4', 'G2:G4', 'A5:A6', 'F5:F6', 'G5:G6'] },
      ),
    );

  test('is no ratio of its first row, and its blank rows are not left empty', () => {
    // (105 + 96,67 + 102) / 3 = 101,22; (97,14 + 100) / 2 = 98,57
    expect(galat(table(101.22, 98.57))).toEqual([]);
    expect(periksaWorkbook(table(101.22, 98.57)).findings.filter((f) => f.rule === 'kosong')).toEqual([]);
  });

  test('a mean that does not add up, where the other sasaran agree with theirs', () => {
    const f = findings(table(101.22, 99.57), 'persen-capaian');
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['F5', 98.57, ['E5:E6']]]);
    expect(f[0].message).toContain('rata-rata capaian indikatornya');
  });

  test('no sasaran agreeing with the mean: the office weighs its own way, nothing is certain', () => {
    expect(findings(table(103.5, 99.57), 'persen-capaian')).toEqual([]);
  });

  test('a sasaran whose mean is of the capaian its indikator should hold (one written wrong) agrees: the other mean is still judged', () => {
    // two sasaran: the second's mean 101,64 is of (96, 107,27), its lower-is-better indikator written 92,73 (its R ÷ T)
    const two = (first: number) =>
      book(
        sheet(
          'Pengukuran',
          [
            ['Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian Indikator (%)', 'Capaian Sasaran (%)'],
            ['Meningkatnya kualitas lingkungan', 'Indeks Kualitas Air', 60, 61.5, 102.5, first],
            [null, 'Indeks Kualitas Udara', 81, 84.6, 104.44, null],
            ['Menurunnya timbulan sampah', 'Persentase pengurangan sampah', 25, 24, 96, 101.64],
            [null, 'Timbulan sampah per kapita (semakin kecil semakin baik)', 5.5, 5.1, 92.73, null],
          ],
          { merges: ['A2:A3', 'F2:F3', 'A4:A5', 'F4:F5'] },
        ),
      );
    expect(findings(two(103.47), 'persen-capaian').map((x) => x.cell)).toEqual(['E5']);
    expect(findings(two(104.5), 'persen-capaian').map((x) => [x.cell, x.expected])).toEqual([
      ['F2', 103.47],
      ['E5', 107.27],
    ]);
  });

  test("a Kategori written once for the sasaran names the band of the sasaran's capaian; a Kategori of each row, its own", () => {
    // (95 + 80 + 80) / 3 = 85: Tinggi on the default scale, while the first indikator's 95 is Sangat Tinggi
    const rated = (merged: boolean, first: string) =>
      book(
        sheet(
          'Pengukuran',
          [
            ['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian Sasaran (%)', 'Kategori'],
            ['Meningkatnya kualitas pelayanan', 'Indikator A', 100, 95, 95, 85, first],
            [null, 'Indikator B', 100, 80, 80, null, merged ? null : 'Tinggi'],
            [null, 'Indikator C', 100, 80, 80, null, merged ? null : 'Tinggi'],
          ],
          { merges: ['A2:A4', 'F2:F4', ...(merged ? ['G2:G4'] : [])] },
        ),
      );
    expect(findings(rated(true, 'Tinggi'), 'predikat')).toEqual([]);
    expect(findings(rated(true, 'Sangat Tinggi'), 'predikat').map((x) => [x.cell, x.expected])).toEqual([['G2', 'Tinggi']]);
    expect(findings(rated(false, 'Sangat Tinggi'), 'predikat')).toEqual([]);
  });
});

describe("persen-capaian: a sasaran's capaian on its own row above its indikator, in the same Capaian column", () => {
  // (2 − 85,3 ÷ 102) × 100 = 116,37; (2 − 8,7 ÷ 9,5) × 100 = 108,42; 70,35 ÷ 70,2 = 100,21: mean 108,33
  // 95 ÷ 100 = 95; 83,4 ÷ 80 = 104,25: mean 99,63; the five indikator's mean 104,85, the two sasaran's 103,98
  const table = (first: number, second: number, overall: number) =>
    book(
      sheet('Capaian Kinerja', [
        ['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [bold('I'), bold('Sasaran: Meningkatnya derajat kesehatan masyarakat'), null, null, null, bold(first)],
        ['1', 'Angka Kematian Ibu (per 100.000 KH)', 'per 100.000 KH', 102, 85.3, 116.37],
        ['2', 'Angka Kematian Bayi (per 1.000 KH)', 'per 1.000 KH', 9.5, 8.7, 108.42],
        ['3', 'Umur Harapan Hidup', 'tahun', 70.2, 70.35, 100.21],
        [bold('II'), bold('Sasaran: Meningkatnya kualitas pelayanan kesehatan'), null, null, null, bold(second)],
        ['1', 'Persentase puskesmas terakreditasi', '%', 100, 95, 95],
        ['2', 'Indeks Kepuasan Masyarakat', 'nilai', 80, 83.4, 104.25],
        [null, 'Rata-rata capaian kinerja', null, null, null, overall],
        [],
        ['Keterangan: AKI dan AKB merupakan indikator negatif (semakin kecil semakin baik)'],
      ]),
    );

  test('each sasaran the mean of its indikator; the Rata-rata of every indikator or of the sasaran: nothing wrong', () => {
    expect(galat(table(108.33, 99.63, 104.85))).toEqual([]);
    expect(galat(table(108.33, 99.63, 103.98))).toEqual([]);
  });

  test('a sasaran that is not the mean of its indikator, where the other is: a galat naming them', () => {
    const f = galat(table(108.33, 101.12, 104.85));
    expect(f.map((x) => [x.rule, x.cell, x.expected, x.related])).toEqual([['persen-capaian', 'F6', 99.63, ['F7:F8']]]);
    expect(f[0].message).toContain('Capaian sasaran Meningkatnya kualitas pelayanan kesehatan tertulis 101,12 %');
  });

  test('no sasaran agreeing with the mean: the office weighs its own way, nothing is certain', () => {
    expect(galat(table(110, 101.12, 104.85))).toEqual([]);
  });
});

test("persen-capaian: last year's capaian beside this year's is not computed from this year's figures", () => {
  const wb = (now: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian Tahun 2023 (%)', 'Capaian Tahun Lalu (%)'],
        [1, 'Persentase desa mandiri', 30, 33, now, 95.5, 95.5],
        [2, 'Indeks kepuasan masyarakat', 80, 82, 102.5, 98.75, 98.75],
      ]),
    );
  expect(findings(wb(110), 'persen-capaian')).toEqual([]);
  expect(periksaWorkbook(wb(110)).findings.filter((f) => f.rule === 'kosong')).toEqual([]);
  // this year's is still judged
  expect(findings(wb(100), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['E2', 110]]);
});

test("persen-capaian: last year's realisasi or target beside this year's is never this year's input", () => {
  const wb = (now: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Realisasi Tahun Lalu', 'Capaian (%)', 'Target (t-1)'],
        [1, 'Persentase desa mandiri', 30, 33, 28, now, 25],
        [2, 'Indeks kepuasan masyarakat', 80, 82, 79, 102.5, 78],
      ]),
    );
  expect(findings(wb(110), 'persen-capaian')).toEqual([]);
  expect(findings(wb(93.33), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['F2', 110]]);
});

test('persen-capaian: a JUMLAH row whose capaian is Σ realisasi ÷ Σ target of its rows is right, where its own sum is wrong', () => {
  const wb = (realisasiJumlah: number) =>
    book(
      sheet('PAD', [
        ['Tabel Target dan Realisasi Pajak Daerah Tahun 2024'],
        ['No', 'Sasaran Pendapatan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Pajak Hotel', 1500, 1620, 108],
        [2, 'Pajak Restoran', 2200, 2310, 105],
        [3, 'Pajak Reklame', 800, 720, 90],
        ['Jumlah', null, 4500, realisasiJumlah, 103.33],
      ]),
    );
  expect(galat(wb(4650))).toEqual([]);
  // the sum is the one wrong figure: 4 650 ÷ 4 500 = 103,33 % is what the rows give
  expect(galat(wb(4750)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'D6']]);
});

describe('persen-capaian: an indikator laid out downwards (Target / Realisasi / Capaian rows under the years)', () => {
  type Group = [string, number[], number[], number[]];
  const desa = (capaian2024: number): Group => ['Persentase desa berstatus mandiri', [80, 85, 90], [82, 84, 91], [102.5, 98.82, capaian2024]];
  const ikm: Group = ['Indeks Kepuasan Masyarakat', [78, 80, 82], [79.5, 80.4, 83.1], [101.92, 100.5, 101.34]];
  const vertical = (labels: string[], groups: Group[]) =>
    book(
      sheet(
        'Perbandingan',
        [
          ['Indikator Kinerja', 'Uraian', '2022', '2023', '2024'],
          ...groups.flatMap(([name, t, r, c]) => [
            [name, labels[0], ...t],
            [null, labels[1], ...r],
            [null, labels[2], ...c],
          ]),
        ],
        { merges: groups.map((_, i) => `A${2 + 3 * i}:A${4 + 3 * i}`) },
      ),
    );
  test.each([
    [['Target', 'Realisasi', 'Capaian (%)']],
    [['Tgt', 'Real.', '% Capaian']],
    // (a bare "%" under the target and realisasi rows is their capaian, as under "Tgt | Real." in a header)
    [['Tgt.', 'Real.', '%']],
    [['Target', 'Realisasi', '(%)']],
  ])("%j: a pengukuran table, each year's capaian checked", (labels) => {
    expect(recogniseWorkbook(vertical(labels, [desa(101.11), ikm]))[0].kind).toBe('pengukuran-kinerja');
    expect(galat(vertical(labels, [desa(101.11), ikm]))).toEqual([]);
    expect(galat(vertical(labels, [desa(103.11), ikm])).map((f) => [f.rule, f.cell, f.expected, f.related])).toEqual([
      ['persen-capaian', 'E4', 101.11, ['E2', 'E3']],
    ]);
  });
  test('a lower-is-better indikator laid out downwards: (2 × target − realisasi) ÷ target', () => {
    const miskin = (c: number): Group => ['Persentase penduduk miskin', [8.2, 7.9, 7.5], [8.0, 7.9, 7.2], [102.44, 100, c]];
    const labels = ['Target', 'Realisasi', 'Capaian'];
    expect(galat(vertical(labels, [desa(101.11), miskin(104)]))).toEqual([]);
    expect(galat(vertical(labels, [desa(101.11), miskin(99)])).map((f) => [f.cell, f.expected])).toEqual([['E7', 104]]);
  });
  test('the indikator of a downward layout named by its column header, or by the caption over the years', () => {
    // target ÷ realisasi, as offices compute a lower-is-better capaian: stunting and infant mortality fall, immunisation
    // rises — each column's polarity is its header's
    const byHeader = (stunting: number) =>
      book(
        sheet('IKU', [
          ['Indikator Kinerja', 'Prevalensi stunting (%)', 'Angka kematian bayi', 'Cakupan imunisasi dasar lengkap (%)'],
          ['Target', 18, 10, 90],
          ['Realisasi', 16.4, 9.2, 92.5],
          ['Capaian', stunting, 108.7, 102.78],
        ]),
      );
    expect(galat(byHeader(109.76))).toEqual([]);
    const f = galat(byHeader(107.76));
    // (by the formula the table's other lower-is-better figure follows: 18 ÷ 16,4 = 109,76 %, not 2 − 16,4 ÷ 18 = 108,89 %)
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['B4', 109.76]]);
    expect(f[0].message).toMatch(/^Capaian Prevalensi stunting \(%\) tertulis 107,76 %/);
    // one indikator over the years, named only by the caption above the table
    const byCaption = (c2022: number) =>
      book(
        sheet(
          'AKI',
          [
            ['Tabel 3.7 Perkembangan Angka Kematian Ibu (per 100.000 KH) Tahun 2020-2024'],
            [],
            ['Uraian', '2020', '2021', '2022', '2023', '2024'],
            ['Target', 120, 115, 110, 105, 100],
            ['Realisasi', 131, 118, 104, 99, 92],
            ['Capaian (%)', 91.6, 97.46, c2022, 106.06, 108.7],
          ],
          {},
        ),
      );
    expect(galat(byCaption(105.77))).toEqual([]);
    const g = galat(byCaption(107.5));
    expect(g.map((x) => [x.cell, x.expected])).toEqual([['D6', 105.77]]);
    expect(g[0].message).toMatch(/^Capaian 2022 tertulis 107,5 %/);
  });
  test.each([['Tabel 3.3 Capaian Indikator Kinerja Tahun 2022 - 2024'], ['Realisasi Kinerja 2022 s.d. 2024'], ['Target dan Realisasi 2022-2024']])(
    'under a caption that names a measure (%j), the rows that name theirs still say what each holds',
    (caption) => {
      const captioned = (capaian2024: number) =>
        book(
          sheet(
            'Capaian 3 Tahun',
            [
              [caption],
              [],
              ['No', 'Indikator Kinerja', 'Uraian', '2022', '2023', '2024'],
              ...[desa(capaian2024), ikm].flatMap(([name, t, r, c], i) => [
                [i + 1, name, 'Target', ...t],
                [null, null, 'Realisasi', ...r],
                [null, null, 'Capaian (%)', ...c],
              ]),
            ],
            { merges: ['A4:A6', 'B4:B6', 'A7:A9', 'B7:B9'] },
          ),
        );
      expect(recogniseWorkbook(captioned(101.11))[0].kind).toBe('pengukuran-kinerja');
      expect(galat(captioned(101.11))).toEqual([]);
      expect(galat(captioned(103.11)).map((f) => [f.rule, f.cell, f.expected, f.related])).toEqual([['persen-capaian', 'F6', 101.11, ['F4', 'F5']]]);
    },
  );
  test('a column of words that only once says Target is no downward layout', () => {
    const wb = book(
      sheet('Catatan', [
        ['Uraian', 'Keterangan', '2023', '2024'],
        ['Jumlah penduduk', 'Target', 1200, 1250],
        ['Luas wilayah', 'km2', 45, 45],
        ['Jumlah desa', 'desa', 12, 12],
      ]),
    );
    expect(recogniseWorkbook(wb)[0].kind).not.toBe('pengukuran-kinerja');
  });
});

test('persen-capaian: a capaian typed as a fraction in a Text-formatted column ("1,05", "0,92") is read as a fraction, as a stored one is', () => {
  const wb = (b: string) =>
    book(
      sheet('IKU', [
        ['Indikator', 'Target', 'Realisasi', 'Capaian'],
        ['Persentase A', 80, 84, '1,05'],
        ['Persentase B', 90, 81, b],
        ['Indeks C', 3.5, 3.6, '1,0286'],
      ]),
    );
  expect(galat(wb('0,90'))).toEqual([]);
  expect(galat(wb('0,92')).map((f) => [f.cell, f.expected])).toEqual([['D3', 90]]);
});

test('years written "Th. 2022", "TA 2023", "T.A. 2024" over "T | R | %": a pengukuran of three years, each capaian checked', () => {
  const wb = (k5: number) =>
    book(
      sheet(
        'Kinerja 3 Tahun',
        [
          ['No', 'Indikator', 'Th. 2022', null, null, 'TA 2023', null, null, 'T.A. 2024', null, null],
          [null, null, 'T', 'R', '%', 'T', 'R', '%', 'T', 'R', '%'],
          [1, 'Persentase desa berstatus mandiri', 10, 11, 110, 15, 15, 100, 20, 19, 95],
          [2, 'Jumlah BUMDes aktif', 40, 38, 95, 45, 46, 102.22, 50, 52, 104],
          [3, 'Persentase aparatur desa terlatih', 60, 63, 105, 70, 70, 100, 80, 76, k5],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:K1'] },
      ),
    );
  const [t] = recogniseWorkbook(wb(95));
  expect(t).toMatchObject({ kind: 'pengukuran-kinerja', range: { top: 1, left: 1, bottom: 5, right: 11 }, headerRows: 2 });
  expect(t.columns.filter((c) => c.role === 'capaian').map((c) => c.year)).toEqual([2022, 2023, 2024]);
  expect(galat(wb(95))).toEqual([]);
  expect(galat(wb(96)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'K5', 95]]);
});

describe('a budget table whose realisasi header names the serapan ("Serapan (Rp)", "Penyerapan", "Capaian Keuangan (Rp)")', () => {
  test.each([
    ['Pagu Definitif', 'Serapan (Rp)', 'Persentase'],
    ['Anggaran Belanja', 'Penyerapan', '% Serapan'],
    ['Pagu (Rp)', 'Penyerapan', '%'],
    ['Anggaran Setelah Perubahan', 'Capaian Keuangan (Rp)', 'Capaian (%)'],
    ['Anggaran Belanja', 'Capaian Keuangan (Rp)', 'Persentase Realisasi'],
  ])('%s | %s | %s: the amounts are the realisasi, the percentage its serapan', (pagu, realisasi, persen) => {
    const wb = (pct3: number) =>
      book(
        sheet('Realisasi', [
          ['No', 'Program', pagu, realisasi, persen],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2000000000, 1900000000, 95],
          [2, 'Program Pengelolaan Pendapatan Daerah', 800000000, 760000000, 95],
          [3, 'Program Pengelolaan Keuangan Daerah', 1200000000, 1110000000, pct3],
          ['Jumlah', null, 4000000000, 3770000000, 94.25],
        ]),
      );
    const [t] = recogniseWorkbook(wb(92.5));
    expect(t.columns.map((c) => c.role)).toEqual(['no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan']);
    expect(galat(wb(92.5))).toEqual([]);
    // 1.110 / 1.200 = 92,5 %, written 94,5
    expect(galat(wb(94.5)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'E4']]);
  });
});

test('a "Pencapaian" of figures is the capaian; a numbered "3 | Jumlah BUMDes aktif" is a row like the others, no total', () => {
  const wb = (f5: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Uraian', 'Satuan', 'Target', 'Realisasi', 'Pencapaian'],
        [1, 'Persentase desa berstatus mandiri', '%', 20, 19, 95],
        [2, 'Jumlah BUMDes aktif', 'unit', 50, 52, 104],
        [3, 'Persentase aparatur desa terlatih', '%', 80, 76, f5],
        [4, 'Indeks kepuasan masyarakat', 'indeks', 80, 82, 102.5],
      ]),
    );
  const [t] = recogniseWorkbook(wb(95));
  expect(t.columns.map((c) => c.role)).toEqual(['no', 'uraian', 'satuan', 'target', 'realisasi', 'capaian']);
  expect(t.rows.map((r) => r.level)).toEqual(['data', 'data', 'data', 'data']);
  expect(galat(wb(95))).toEqual([]);
  expect(galat(wb(96)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F4']]);
});

test('"Pencapaian (%)" is the capaian; "Pencapaian" beside a pagu and its realisasi, the serapan', () => {
  const kinerja = (f4: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Pencapaian (%)'],
        [1, 'Indeks Kepuasan Masyarakat', 82, 84.1, 102.56],
        [2, 'Persentase puskesmas terakreditasi', 90, 94.12, 104.58],
        [3, 'Cakupan imunisasi', 95, 90.25, f4],
      ]),
    );
  // 90,25 ÷ 95 = 95 %, written 90
  expect(galat(kinerja(90)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'E4', 95]]);
  expect(galat(kinerja(95))).toEqual([]);
  const anggaran = (header: string, f4: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu', 'Realisasi', header],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(2500000000), rp(2350000000), 94],
        [2, 'Program Pengelolaan Pendidikan', rp(4000000000), rp(3800000000), 95],
        [3, 'Program Pendidik dan Tenaga Kependidikan', rp(2500000000), rp(2290000000), f4],
      ]),
    );
  for (const header of ['Pencapaian', 'Pencapaian (%)']) {
    const [t] = recogniseWorkbook(anggaran(header, 91.6));
    expect(t.columns.map((c) => c.role)).toEqual(['no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan']);
    // 2.290 ÷ 2.500 = 91,6 %, written 96,1
    expect(galat(anggaran(header, 96.1)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-serapan', 'E4', 91.6]]);
  }
});

/**
 * A table of Permendagri 86's evaluation of the Renja: No | Program/Kegiatan | Indikator, then each band (a measure
 * of performance and money) over its "K | Rp", the header two rows tall.
 */
function kRpTable(labels: [string, string, string], bands: string[], rows: V[][]) {
  const merges = ['A1:A2', 'B1:B2', 'C1:C2', ...bands.map((_, i) => `${a1(1, 4 + 2 * i)}:${a1(1, 5 + 2 * i)}`)];
  return book(
    sheet('Evaluasi Renja', [[...labels, ...bands.flatMap((b) => [b, null])], [null, null, null, ...bands.flatMap(() => ['K', 'Rp'])], ...rows], { merges }),
  );
}

const RENJA_TARGET = 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2024) yang Dievaluasi';
const RENJA_REALISASI = 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi';
const RENJA_CAPAIAN = 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)';
const RENSTRA_TARGET = 'Target dan Kinerja Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)';
const RENSTRA_REALISASI = 'Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024';
const RENSTRA_CAPAIAN = 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2024 (%)';
const PROGRAM_KEGIATAN: [string, string, string] = ['No', 'Program/Kegiatan', 'Indikator Kinerja'];

describe("Permendagri 86's evaluation of the Renja: K and Rp under each measure's band", () => {
  const renja = (capaianOperasi: number, serapanMetrologi: number) =>
    kRpTable(
      ['No', 'Program / Kegiatan', 'Indikator Kinerja Program (Outcome) / Kegiatan (Output)'],
      [
        'Target Kinerja dan Anggaran Renja Tahun 2024',
        'Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024',
        'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun 2024 (%)',
      ],
      [
        ['1', 'Program Stabilisasi Harga Barang Kebutuhan Pokok', 'Koefisien variasi harga barang pokok (%)', 9, 850000000, 8.1, 812000000, 110, 95.53],
        ['1.1', 'Pengendalian Harga Barang Kebutuhan Pokok', 'Jumlah pasar yang dipantau harga (pasar)', 12, 500000000, 12, 480000000, 100, 96],
        ['1.2', 'Pelaksanaan Operasi Pasar', 'Jumlah operasi pasar (kali)', 6, 350000000, 5, 332000000, capaianOperasi, 94.86],
        ['2', 'Program Standardisasi dan Perlindungan Konsumen', 'Persentase UTTP yang ditera ulang (%)', 80, 420000000, 84, 399000000, 105, 95],
        ['2.1', 'Pelaksanaan Metrologi Legal', 'Jumlah UTTP yang ditera (unit)', 2500, 420000000, 2620, 399000000, 104.8, serapanMetrologi],
        [null, 'JUMLAH', null, null, 1270000000, null, 1211000000, null, 95.35],
      ],
    );

  test('the capaian is K over K, the serapan Rp over Rp: no false sum of percentages, each wrong ratio found', () => {
    expect(galat(renja(83.33, 95))).toEqual([]);
    const found = galat(renja(88.33, 97)).map((f) => [f.rule, f.cell, f.expected]);
    expect(found).toEqual([
      ['persen-capaian', 'H5', 83.33],
      ['persen-serapan', 'I7', 95],
    ]);
  });
});

describe("the evaluation of the Renja against the Renstra: each percentage of its own plan's target and pagu", () => {
  const renstra = (serapanPaud: number) =>
    kRpTable(
      PROGRAM_KEGIATAN,
      [RENSTRA_TARGET, RENJA_TARGET, RENSTRA_REALISASI, RENSTRA_CAPAIAN],
      [
        ['1.1', 'Pengelolaan Pendidikan Sekolah Dasar', 'Jumlah SD yang mendapat BOSDA', 120, 3500000000, 120, 700000000, 120, 2020000000, 100, 57.71],
        ['1.2', 'Pengelolaan Pendidikan Anak Usia Dini', 'Jumlah PAUD yang dibina', 90, 2500000000, 80, 500000000, 85, 1430000000, 94.44, serapanPaud],
        ['1.3', 'Pengelolaan Pendidikan Nonformal', 'Jumlah PKBM yang dibina', 20, 1000000000, 18, 300000000, 16, 620000000, 80, 62],
      ],
    );

  test("the Renstra's serapan is of the Renstra's pagu (2026), not of the year's", () => {
    expect(galat(renstra(57.2))).toEqual([]);
    expect(findings(renstra(59.2), 'persen-serapan').map((f) => [f.cell, f.related, f.expected])).toEqual([['K4', ['E4', 'I4'], 57.2]]);
  });

  test("the Renja's capaian and serapan take the year's realisasi, not the Renstra's up to this year beside it", () => {
    const renja = (serapanSd: number) =>
      kRpTable(
        PROGRAM_KEGIATAN,
        [RENJA_TARGET, RENJA_REALISASI, RENSTRA_REALISASI, RENJA_CAPAIAN],
        [
          ['1.1', 'Pengelolaan Pendidikan Sekolah Dasar', 'Jumlah SD penerima BOSDA', 120, 700000000, 120, 670000000, 120, 2020000000, 100, serapanSd],
          ['1.2', 'Pengelolaan Pendidikan Anak Usia Dini', 'Jumlah PAUD yang dibina', 80, 500000000, 85, 480000000, 85, 1430000000, 106.25, 96],
          ['1.3', 'Pengelolaan Pendidikan Nonformal', 'Jumlah PKBM yang dibina', 18, 300000000, 16, 300000000, 16, 550000000, 88.89, 100],
        ],
      );
    expect(galat(renja(95.71))).toEqual([]);
    expect(findings(renja(97.71), 'persen-serapan').map((f) => [f.cell, f.related])).toEqual([['K3', ['E3', 'G3']]]);
  });
});

test('a target written as a threshold that the realisasi meets: 100 % (met) or the ratio; not met, 100 % is a galat', () => {
  const kecamatan = (capaianSop: string, realisasiSop = '85%') =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Persentase pelayanan administrasi terpadu kecamatan sesuai SOP', '≥ 80%', realisasiSop, capaianSop],
        [2, 'Persentase penyelesaian pengaduan masyarakat', '≥ 80%', '90%', '112,5%'],
        [3, 'Waktu penyelesaian layanan (hari)', '≤ 3', '2', '100%'],
      ]),
    );
  expect(galat(kecamatan('100%'))).toEqual([]);
  expect(galat(kecamatan('106,25%'))).toEqual([]);
  // 75 % is under the ≥ 80 % it had to reach: its capaian is 75 ÷ 80 = 93,75 %, not 100 %
  expect(findings(kecamatan('100%', '75%'), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['E2', 93.75]]);
});

test('a "%" after the pagu and its realisasi that agrees with none of them (the physical progress, say) is no serapan to judge', () => {
  const anggaran = (fisik: number[]) =>
    book(
      sheet('Anggaran', [
        ['No', 'Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
        ...fisik.map((f, i) => [i + 1, `Kegiatan ${i + 1}`, rp(100000000 * (i + 1)), rp(90000000 * (i + 1)), f]),
      ]),
    );
  // 90 % spent on every row, the column says 100, 95, 100, 80: it is not the serapan
  expect(findings(anggaran([100, 95, 100, 80]), 'persen-serapan')).toEqual([]);
  // where it is the serapan (90 % on three rows), the one row that is not is a galat
  expect(findings(anggaran([90, 90, 95, 90]), 'persen-serapan').map((f) => f.cell)).toEqual(['E4']);
});

test('a lower-is-better capaian below nil written as 0 % is floored, as offices do; another figure is still wrong', () => {
  const b = (stated: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        // (2 × 5 − 12) ÷ 5 = −40 %
        [1, 'Jumlah kasus kematian ibu', 'kasus', 5, 12, stated],
        [2, 'Cakupan imunisasi dasar lengkap', '%', 95, 92, 96.84],
      ]),
    );
  expect(findings(b(0), 'persen-capaian')).toEqual([]);
  expect(findings(b(10), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['F2', -40]]);
});

test('a target written as a percentage ("85 %") beside a realisasi that lost its % format (0,87): the fraction in points', () => {
  const b = (stated: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Persentase desa ODF', '%', '85 %', 0.87, stated],
        [2, 'Cakupan air minum layak', '%', '90 %', 0.882, 98],
      ]),
    );
  expect(findings(b(102.35), 'persen-capaian')).toEqual([]);
  // wrong either way: shown against the reading nearer what is written (87 ÷ 85, not 0,87 ÷ 85)
  const f = findings(b(105), 'persen-capaian');
  expect(f.map((x) => [x.cell, x.expected])).toEqual([['F2', 102.35]]);
});

describe('a Polaritas column in the words, marks and arrows staff use', () => {
  // an indikator whose words say nothing of its polarity: T = 10, R = 8 — lower-is-better 120 % or 125 % (T ÷ R), else 80 %
  const b = (polaritas: string, stated: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Indeks Layanan Terpadu', polaritas, 10, 8, stated],
      ]),
    );
  test.each(['Negatif (-)', '(-) negatif', 'Minimal', 'Minimalisasi', 'Rendah lebih baik', 'Kecil', 'Semakin menurun semakin baik', 'lower better', '↓'])(
    '"%s" is lower-is-better: 125 % (target ÷ realisasi) stands, 80 % does not',
    (polaritas) => {
      expect(findings(b(polaritas, 125), 'persen-capaian')).toEqual([]);
      expect(findings(b(polaritas, 80), 'persen-capaian').map((f) => f.cell)).toEqual(['F2']);
    },
  );
  test.each(['Positif (+)', 'Maksimal', 'Tinggi lebih baik', 'Semakin meningkat semakin baik', '↑'])(
    '"%s" is higher-is-better: 125 % does not stand',
    (polaritas) => {
      expect(findings(b(polaritas, 80), 'persen-capaian')).toEqual([]);
      expect(findings(b(polaritas, 125), 'persen-capaian').map((f) => f.cell)).toEqual(['F2']);
    },
  );
});

test('serapan of money written in millions: computed from the rupiah the shown amounts were rounded from, no error; one off by more, an error', () => {
  const wb = (c: number) =>
    book(
      sheet('Anggaran', [
        ['Tabel 3.5 Realisasi Anggaran (dalam jutaan rupiah)'],
        ['No', 'Program', 'Pagu (Rp juta)', 'Realisasi (Rp juta)', 'Serapan (%)'],
        // Rp 45.678.900 and 41.234.567: 90,27 %; from the millions shown, 41,23 ÷ 45,68 = 90,26 %
        [1, 'Program Pelayanan Administrasi', 45.68, 41.23, 90.27],
        // Rp 9.876.543 and 8.765.432: 88,75 %; from the millions shown, 88,77 %
        [2, 'Program Peningkatan Sarana', 9.88, 8.77, c],
        [3, 'Program Pengembangan Layanan', 123.46, 110.99, 89.9],
      ]),
    );
  expect(findings(wb(88.75), 'persen-serapan')).toEqual([]);
  expect(findings(wb(88.5), 'persen-serapan').map((f) => [f.cell, f.expected])).toEqual([['E4', 88.77]]);
  // in thousands, whole: 2.945.000 ÷ 3.100.000 is 95 % to a hair whatever the rupiah were, so 96 is still wrong
  const ribuan = book(
    sheet('LRA', [
      ['No', 'Uraian', 'Pagu (Rp 000)', 'Realisasi (Rp 000)', '%'],
      [1, 'Pembangunan Jalan Lingkungan', 4250000, 4012000, 94.4],
      [2, 'Rehabilitasi Gedung Kantor', 3100000, 2945000, 96],
    ]),
  );
  expect(findings(ribuan, 'persen-serapan').map((f) => [f.cell, f.expected])).toEqual([['E3', 95]]);
});

test('headers as offices word them: "Anggaran Terpakai" is the money spent, "Kinerja Keuangan (%)" its serapan, "Tingkat Capaian Realisasi Kinerja (%)" the capaian', () => {
  const anggaran = (f3: number) =>
    book(
      sheet('Keuangan', [
        ['No', 'Program', 'Pagu (Rp)', 'Anggaran Terpakai (Rp)', 'Kinerja Keuangan (%)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(2500000000), rp(2350000000), 94],
        [2, 'Program Pengelolaan Pendidikan', rp(4000000000), rp(3800000000), f3],
      ]),
    );
  expect(recogniseWorkbook(anggaran(95))[0].columns.map((c) => c.role)).toEqual(['no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan']);
  expect(galat(anggaran(95))).toEqual([]);
  expect(galat(anggaran(59)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-serapan', 'E3', 95]]);
  const kinerja = (f3: number) =>
    book(
      sheet('Kinerja', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Tingkat Capaian Realisasi Kinerja (%)'],
        [1, 'Indeks Kepuasan Masyarakat', 80, 84, 105],
        [2, 'Persentase desa ODF', 60, 45, f3],
      ]),
    );
  expect(galat(kinerja(75))).toEqual([]);
  expect(galat(kinerja(57)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'E3', 75]]);
});

test('persen-capaian: counts typed the English way ("1,020" beside "104.08") are no false galat', () => {
  const wb = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Jumlah UMKM yang dibina', '1,250', '1,300', '104.00'],
      [2, 'Jumlah wirausaha baru', '980', '1,020', '104.08'],
      [3, 'Jumlah peserta pelatihan', '2,500', '2,450', '95.00'],
    ]),
  );
  // 2.450 ÷ 2.500 is 98 %, not 95: the one error
  expect(findings(wb, 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['E4', 98]]);
});

test('persen-capaian: a numbering "1.1", "1.10" says nothing of how the figures are written ("12.500" stays twelve thousand five hundred)', () => {
  const wb = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1.1', 'Jumlah kunjungan wisatawan', '12.000', 12500, '104,17'],
      ['1.10', 'Jumlah event budaya', '10', '12', '120'],
      ['1.11', 'Jumlah pelaku ekonomi kreatif', '1.500', 1350, '90'],
    ]),
  );
  expect(findings(wb, 'persen-capaian')).toEqual([]);
});

test('persen-capaian: a wrong lower-is-better capaian is shown by the formula the table’s other such rows follow', () => {
  // no note gives the formula; the two other lower-is-better rows state target ÷ realisasi (8,5 ÷ 7,9 = 107,59 %,
  // 25 ÷ 21 = 119,05 %), so the third is expected by it too: 12 ÷ 10,5 = 114,29 % (not 2 − 10,5 ÷ 12 = 112,5 %)
  const wb = (third: number) =>
    book(
      sheet('IKU', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Angka kematian bayi per 1.000 KH', 8.5, 7.9, 107.59],
        [2, 'Prevalensi balita gizi buruk', 25, 21, 119.05],
        [3, 'Angka kesakitan DBD per 100.000 penduduk', 12, 10.5, third],
        [4, 'Cakupan imunisasi dasar lengkap', 90, 92.5, 102.78],
      ]),
    );
  expect(galat(wb(114.29))).toEqual([]);
  expect(galat(wb(112.5))).toEqual([]);
  expect(galat(wb(110)).map((f) => [f.cell, f.expected])).toEqual([['E4', 114.29]]);
  // the sentence and the computation name that formula, not (2 × target − realisasi) ÷ target
  const [f] = galat(wb(110));
  expect(f.message).toContain('target / realisasi = 12 / 10,50 = 114,29 %');
  expect(f.computation).toBe('target ÷ realisasi × 100 = 12 ÷ 10,50 × 100 = 114,29 %');
  // a table of (2 × target − realisasi) ÷ target says so
  const twoMinus = book(
    sheet('IKU', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Angka kematian bayi per 1.000 KH', 8.5, 7.9, 107.06],
      [2, 'Prevalensi balita gizi buruk', 25, 21, 116],
      [3, 'Angka kesakitan DBD per 100.000 penduduk', 12, 10.5, 110],
    ]),
  );
  const [g] = galat(twoMinus);
  expect([g.cell, g.expected, g.computation]).toEqual(['E4', 112.5, '(2 × target − realisasi) ÷ target × 100 = (2 × 12 − 10,50) ÷ 12 × 100 = 112,50 %']);
  expect(g.message).toContain('(2 × target − realisasi) / target = 112,50 %');
});

describe('persen-capaian: indikator measured in words beside ones measured in figures', () => {
  // An audit opinion, a SAKIP grade, "Tepat Waktu": the target and realisasi are words on those rows; the column is
  // still the realisasi of the rows in figures, and their capaian are checked.
  const wb = (stated: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Opini BPK atas laporan keuangan', 'Opini', 'WTP', 'WTP', 100],
        [2, 'Nilai SAKIP', 'Nilai', 'BB', 'B', 90],
        [3, 'Ketepatan waktu penyampaian LKjIP', 'Waktu', 'Tepat Waktu', 'Tepat Waktu', 100],
        [4, 'Persentase jalan dalam kondisi mantap', '%', 72, 70.15, 97.43],
        [5, 'Persentase desa tangguh bencana', '%', 30, 33, stated],
      ]),
    );
  test('a wrong capaian on a row in figures is a galat; the rows in words are left alone', () => {
    const f = findings(wb(115), 'persen-capaian');
    expect(f.map((x) => [x.cell, x.severity])).toEqual([['F6', 'galat']]);
    expect(f[0]).toMatchObject({ expected: 110, actual: 115 });
    expect(findings(wb(110), 'persen-capaian')).toEqual([]);
  });
  test('a realisasi column of words where the targets are figures is still no realisasi', () => {
    const t = recogniseWorkbook(
      book(
        sheet('P', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Persentase jalan mantap', 72, 'Sesuai jadwal', 97.43],
          [2, 'Persentase desa tangguh', 30, 'Sudah dilaksanakan', 110],
          [3, 'Cakupan imunisasi', 95, 92, 96.84],
        ]),
      ),
    )[0];
    expect(t.columns.find((c) => c.col === 4)?.role ?? null).toBeNull();
  });
});

test('persen-capaian: "Persentase Realisasi" right of a Target and a Realisasi is the capaian; a percent indikator\'s two realisasi stay', () => {
  const wb = (stated: number, header = 'Persentase Realisasi') =>
    book(
      sheet('Kinerja', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', header],
        ['1', 'Persentase jalan mantap', 75, 77.2, 102.93],
        ['2', 'Indeks kepuasan masyarakat', 82, 84, stated],
      ]),
    );
  expect(periksaWorkbook(wb(102.44)).tables[0].columns.map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'capaian']);
  expect(galat(wb(102.44))).toEqual([]);
  expect(galat(wb(103.44)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'E3']]);
  expect(galat(wb(103.44, '% Realisasi')).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'E3']]);
  // with a capaian of its own beside it, "Persentase Realisasi" is no second capaian
  const both = book(
    sheet('Kinerja', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Persentase Realisasi', 'Capaian (%)'],
      ['1', 'Persentase jalan mantap', 75, 77.2, 77.2, 102.93],
    ]),
  );
  expect(periksaWorkbook(both).tables[0].columns.map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'realisasi', 'capaian']);
});

test('persen-capaian: indikator stacked one per line in one row (a table converted from a document) are each checked', () => {
  const wb = (kepuasan: string, kematian = '105,56') =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        ['1', '1. Persentase layanan tepat waktu\n2. Indeks kepuasan masyarakat', '95%\n80', '97%\n82,4', `102,11\n${kepuasan}`],
        ['2', 'Nilai SAKIP', 70, 71.5, 102.14],
        ['3', '1. Angka kematian ibu\n2. Prevalensi stunting', '90\n14', '85\n12,6', `${kematian}\n110`],
      ]),
    );
  expect(galat(wb('103'))).toEqual([]);
  const f = galat(wb('104'));
  expect(f.map((x) => [x.rule, x.cell, x.related, x.expected])).toEqual([['persen-capaian', 'E2', ['C2', 'D2'], 103]]);
  expect(f[0].message).toMatch(/^Capaian Indeks kepuasan masyarakat tertulis 104 %/);
  // lower-is-better lines by their names: 2 − 85/90 = 105,56 % (or 90/85, or by the wording alone 85/90), stated 107
  expect(galat(wb('103', '107')).map((x) => [x.rule, x.cell, x.expected])).toEqual([['persen-capaian', 'E4', 105.56]]);
});

describe('persen-capaian against the national standard (PermenPANRB 53/2014: compared with the standard, where there is one)', () => {
  const wb = (againstStandard: number, header = 'Capaian thd Standar Nasional (%)', standard = 'Standar Nasional') =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)', standard, header],
        [1, 'Persentase balita gizi buruk yang ditangani', '%', 100, 95, 95, 100, 95],
        [2, 'Cakupan imunisasi dasar lengkap', '%', 90, 88.2, 98, 95, 92.84],
        [3, 'Persentase desa ODF', '%', 60, 66, 110, 100, againstStandard],
        [4, 'Persentase ibu hamil mendapat pelayanan sesuai standar', '%', 100, 97, 97, 100, 97],
      ]),
    );
  test('the capaian against the standard is realisasi ÷ standard; the year’s capaian keeps the year’s target', () => {
    expect(galat(wb(66))).toEqual([]);
    expect(findings(wb(110), 'persen-capaian').map((f) => [f.cell, f.expected, f.related])).toEqual([['H4', 66, ['G4', 'E4']]]);
    expect(findings(wb(66, '% thd SPM', 'Target SPM'), 'persen-capaian')).toEqual([]);
    expect(findings(wb(70, '% thd SPM', 'Target SPM'), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['H4', 66]]);
  });
  test('with no target of the office’s own, the standard is the one the realisasi is measured against', () => {
    const alone = (imunisasi: number) =>
      book(
        sheet('Standar Nasional', [
          ['No', 'Indikator', 'Satuan', 'Realisasi 2024', 'Standar Nasional', 'Capaian terhadap Standar Nasional (%)'],
          [1, 'Cakupan persalinan di fasilitas kesehatan', '%', 93.4, 95, 98.32],
          [2, 'Angka kematian bayi', 'per 1.000 KH', 11.2, 16, 130],
          [3, 'Cakupan imunisasi dasar lengkap', '%', 88.7, 90, imunisasi],
          [4, 'Prevalensi stunting', '%', 17.3, 14, 76.43],
        ]),
      );
    expect(galat(alone(98.56))).toEqual([]);
    expect(findings(alone(101.56), 'persen-capaian').map((f) => [f.cell, f.expected, f.related])).toEqual([['F4', 98.56, ['E4', 'D4']]]);
    const t = periksaWorkbook(alone(98.56)).tables[0];
    expect(t.columns.filter((c) => c.nasional).map((c) => [c.col, c.role])).toEqual([
      [5, 'target'],
      [6, 'capaian'],
    ]);
  });
  test('the standard is named as such in the table’s columns, never as its target', () => {
    const t = periksaWorkbook(wb(66)).tables[0];
    expect(t.kind).toBe('pengukuran-kinerja');
    expect(t.columns.filter((c) => c.role === 'target' && !c.nasional).map((c) => c.col)).toEqual([4]);
    expect(t.columns.filter((c) => c.nasional).map((c) => [c.col, c.role])).toEqual([
      [7, 'target'],
      [8, 'capaian'],
    ]);
  });
});

test('an SPM table "Sasaran | Capaian | %": a Capaian of people served whose share of the Sasaran is the % beside it is the realisasi', () => {
  const wb = (share: number) =>
    book(
      sheet('SPM', [
        ['No', 'Jenis Pelayanan Dasar', 'Sasaran', 'Capaian', '%'],
        [1, 'Pelayanan kesehatan ibu hamil', 4520, 4388, 97.08],
        [2, 'Pelayanan kesehatan ibu bersalin', 4315, 4290, 99.42],
        [3, 'Pelayanan kesehatan balita', 17850, 16020, 89.75],
        [4, 'Pelayanan kesehatan pada usia pendidikan dasar', 38400, 37110, share],
        [5, 'Pelayanan kesehatan penderita hipertensi', 52300, 31200, 59.66],
      ]),
    );
  expect(galat(wb(96.64))).toEqual([]);
  expect(findings(wb(98.64), 'persen-capaian').map((f) => [f.cell, f.expected, f.related])).toEqual([['E5', 96.64, ['C5', 'D5']]]);
  const t = periksaWorkbook(wb(96.64)).tables[0];
  expect(t.columns.filter((c) => c.role).map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'capaian']);
  // a Capaian in percent beside its target, with a % of something else: stays the capaian
  const pct = book(
    sheet('Pengukuran', [
      ['No', 'Indikator', 'Target', 'Capaian', '%'],
      [1, 'Persentase ibu hamil K4', 95, 97.1, 12],
      [2, 'Persentase balita ditimbang', 85, 88.4, 15],
      [3, 'Persentase desa ODF', 60, 64, 9],
    ]),
  );
  expect(periksaWorkbook(pct).tables[0].columns.find((c) => c.col === 4)?.role).toBe('capaian');
});

test('persen-serapan: a JUMLAH’s serapan of its rows’ sums as they should be (a programme’s realisasi and the JUMLAH’s typed wrong) is no third error', () => {
  const lra = (penunjang: number, jumlah: number) =>
    book(
      sheet('Anggaran', [
        ['Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        ['1.05.01', 'Program Penunjang Urusan Pemerintahan Daerah', 1_600_000_000, penunjang, (penunjang / 1_600_000_000) * 100],
        ['1.05.01.2.01', 'Perencanaan, Penganggaran dan Evaluasi Kinerja', 500_000_000, 444_504_000, 88.9],
        ['1.05.01.2.02', 'Administrasi Keuangan', 1_100_000_000, 979_637_000, 89.06],
        ['1.05.02', 'Program Penanggulangan Bencana', 900_000_000, 812_300_000, 90.26],
        ['1.05.02.2.01', 'Pelayanan Informasi Rawan Bencana', 900_000_000, 812_300_000, 90.26],
        // (the serapan of the sums as they should be: 2.236.441.000 ÷ 2.500.000.000)
        [null, 'JUMLAH', 2_500_000_000, jumlah, 89.46],
      ]),
    );
  expect(galat(lra(1_424_141_000, 2_236_441_000))).toEqual([]);
  expect(galat(lra(1_369_141_000, 2_274_441_000)).map((f) => [f.rule, f.cell])).toEqual([
    ['jumlah-induk', 'D2'],
    ['jumlah-total', 'D7'],
  ]);
});

test('"Target | Pencapaian | %": a Pencapaian of figures whose share of the target is the % beside it is what was reached, not a predikat', () => {
  const wb = (dokumen: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Pencapaian', '%'],
        [1, 'Persentase layanan administrasi tepat waktu', 90, 92.5, 102.78],
        [2, 'Jumlah dokumen perencanaan yang disusun', 4, 3, dokumen],
        [3, 'Indeks kepuasan masyarakat', 80, 83.1, 103.88],
        [4, 'Persentase aduan yang ditindaklanjuti', 100, 96, 96],
      ]),
    );
  expect(galat(wb(75))).toEqual([]);
  expect(findings(wb(80), 'persen-capaian').map((f) => [f.cell, f.expected, f.related])).toEqual([['E3', 75, ['C3', 'D3']]]);
  const t = periksaWorkbook(wb(75)).tables[0];
  expect([t.kind, t.columns.map((c) => c.role)]).toEqual(['pengukuran-kinerja', ['no', 'indikator', 'target', 'realisasi', 'capaian']]);
});

test('persen-serapan: revenue against its target ("Target (Rp) | Realisasi (Rp) | Capaian (%)") is checked as a serapan is, and said as a capaian of the target', () => {
  const retribusi = (parkir: V) =>
    book(
      sheet('Pendapatan', [
        ['No', 'Jenis Retribusi', 'Target (Rp)', 'Realisasi (Rp)', 'Capaian (%)'],
        [1, 'Retribusi Pelayanan Pasar', 1250000000, 1318450000, 105.48],
        [2, 'Retribusi Parkir di Tepi Jalan Umum', 480000000, 402115000, parkir],
        [3, 'Retribusi Tempat Rekreasi dan Olahraga', 215000000, 236780500, 110.13],
        [null, 'Jumlah', 1945000000, 1957345500, 100.63],
      ]),
    );
  expect(galat(retribusi(83.77))).toEqual([]);
  const [f] = findings(retribusi(88.77), 'persen-serapan');
  expect([f.cell, f.expected]).toEqual(['E3', 83.77]);
  expect(f.message).toBe(
    'Capaian Retribusi Parkir di Tepi Jalan Umum tertulis 88,77 %, padahal realisasi / target = Rp 402.115.000 / Rp 480.000.000 = 83,77 %.',
  );
});

test('persen-capaian: a capaian by (2 − realisasi ÷ target) is taken as a lower-is-better indikator’s, except for a measure whose rise is the aim (life expectancy, the IPM)', () => {
  const iku = (name: string, capaian: V) =>
    book(
      sheet('IKU', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Cakupan imunisasi dasar lengkap', '%', 95, 92.3, 97.16],
        [2, name, 'poin', 71.5, 71.2, capaian],
        [3, 'Persentase puskesmas terakreditasi', '%', 80, 82.5, 103.13],
      ]),
    );
  // an indikator the words do not place: the formula the office used says its polarity
  expect(galat(iku('Indeks Kerentanan Wilayah', 100.42))).toEqual([]);
  expect(galat(iku('Angka Harapan Hidup', 99.58))).toEqual([]);
  expect(galat(iku('Angka Harapan Hidup', 100.42)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'F3', 99.58]]);
  expect(galat(iku('Indeks Pembangunan Manusia', 100.42)).map((f) => [f.cell, f.expected])).toEqual([['F3', 99.58]]);
});

describe('persen-capaian: a target and realisasi written rounded in words ("Rp 850 M", "Rp 912,4 M")', () => {
  // no figures to divide (each a peringatan of its own), but the capaian they allow lies between the ratios of their ends
  const table = (target: string, realisasi: string, capaian: string) =>
    book(
      sheet('IKU', [
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Persentase pengaduan yang ditindaklanjuti', '100 %', '97,5 %', '97,50 %'],
        [2, 'Nilai realisasi investasi', target, realisasi, capaian],
      ]),
    );
  test.each([
    ['Rp 850 M', 'Rp 912,4 M', '107,34 %', []],
    ['Rp 850 M', 'Rp 912,4 M', '110,34 %', ['E3']],
    // 911,5 … 912,5 over 849,5 … 850,5: 107,17 … 107,42 %, a capaian from the full amounts
    ['Rp 850 M', 'Rp 912 M', '107,4 %', []],
    ['Rp 850 M', 'Rp 912 M', '107,6 %', ['E3']],
    ['Rp 1,2 Triliun', 'Rp 1.150 Miliar', '95,83 %', []],
    ['850 juta', 'Rp 0,91 M', '107,06 %', []],
    ['850 juta', 'Rp 0,91 M', '101 %', ['E3']],
  ])('%s | %s | %s', (target, realisasi, capaian, cells) => {
    expect(galat(table(target, realisasi, capaian)).map((f) => `${f.rule} ${f.cell}`)).toEqual(cells.map((c) => `persen-capaian ${c}`));
  });
});

test.each([
  // (2 × 65 − 68,29) ÷ 65 = 94,938…: stated as it rounds, the lower-is-better formula (polarity unstated) — no galat
  ['94,94', []],
  [94.9385, []],
  // a unit off that (the quarters' mean over the target, 61,705 ÷ 65): neither formula — the capaian is wrong
  ['94,93', ['E3']],
  ['94,95', ['E3']],
])('persen-capaian: a capaian near the lower-is-better formula is taken for it only as it rounds (%s)', (stated, cells) => {
  const wb = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Tingkat hunian hotel', 55, 52.72, 95.85],
      [2, 'Persentase koperasi aktif', 65, 68.29, typeof stated === 'number' ? { v: stated, fmt: '0.00' } : stated],
      [3, 'Persentase layanan tepat waktu', 90, 91, 101.11],
    ]),
  );
  expect(galat(wb).map((f) => f.cell)).toEqual(cells);
});

describe('a percentage stored with more digits than its format shows states what it shows (Excel rounds it)', () => {
  const P = (v: number): V => ({ v, fmt: '0%' });
  const pengukuran = (dbd: number, ikm: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        // lower is better: (2 × 120 − 96) ÷ 120 = 120 %
        [1, 'Jumlah kasus DBD', 'Kasus', 120, 96, P(dbd)],
        // 82,4 ÷ 80 = 103 %
        [2, 'Indeks kepuasan masyarakat', 'Indeks', 80, 82.4, P(ikm)],
        [3, 'Persentase desa ODF', '%', 90, 85, P(85 / 90)],
      ]),
    );
  test.each([
    [1.2045, 1.03, []],
    // shown 121 %: one unit off the 120 % it should show
    [1.2065, 1.03, ['F2']],
    // shown 104 %
    [1.2, 1.035, ['F3']],
    // shown 103 %, stored 103,4: what the sheet shows agrees
    [1.2, 1.034, []],
  ])('capaian stored %s and %s under "0%"', (dbd, ikm, cells) => {
    expect(galat(pengukuran(dbd, ikm)).map((f) => f.cell)).toEqual(cells);
  });
  test('a serapan: 95,51 % shown 96 % where the pagu and realisasi give 95,00 %', () => {
    const lra = (serapan: number) =>
      book(
        sheet('LRA', [
          ['No', 'Program', 'Pagu', 'Realisasi', 'Serapan'],
          [1, 'Program A', 400000000, 380000000, P(serapan)],
          [2, 'Program B', 250000000, 240000000, P(0.96)],
        ]),
      );
    expect(galat(lra(0.9549)).map((f) => f.cell)).toEqual([]);
    expect(galat(lra(0.9551)).map((f) => f.cell)).toEqual(['E2']);
  });
});

describe('persen-capaian: a capaian that rounds to the lower-is-better formula, the row higher-is-better by its other periods', () => {
  const wb = (tw1: V, tw2: V) =>
    book(
      sheet(
        'Capaian Kinerja',
        [
          ['No', 'IKU', 'Satuan', 's.d. TW I', null, null, 's.d. TW II', null, null],
          [null, null, null, 'Target', 'Realisasi', '% Capaian', 'Target', 'Realisasi', '% Capaian'],
          [1, 'Cakupan kepemilikan akta kelahiran anak', '%', 92, 85.16, '92,57 %', 92, 87.5, '95,11 %'],
          [2, 'Persentase penduduk wajib KTP yang memiliki KTP-el', '%', 98, 100, tw1, 98, 95.21, tw2],
        ],
        { merges: ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2'] },
      ),
    );
  test('"98 %" for 100 ÷ 98 = 102,04 % (the division inverted; (2 × 98 − 100) ÷ 98 = 97,96 % rounds to it): a galat where TW II is realisasi ÷ target', () => {
    expect(galat(wb('98 %', '97,15 %')).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'F4', 102.04]]);
  });
  test('the same "98 %" where the row is lower-is-better in TW II too ((2 × 98 − 95,21) ÷ 98 = 102,85 %): no galat', () => {
    expect(galat(wb('98 %', '102,85 %'))).toEqual([]);
  });
});

test('"Pencapaian" under this year beside last year\'s realisasi is this year\'s realisasi where the figures say so, and "Nilai Capaian" its capaian', () => {
  // (a "Pencapaian" beside a target and a realisasi of its own year would be the capaian: here the realisasi is 2023's)
  const pengukuran = (capaianPaud: number) =>
    book(
      sheet(
        'Pengukuran',
        [
          ['No', 'Indikator Kinerja', 'Realisasi 2023', 'Tahun 2024', null, null, 'Kriteria'],
          [null, null, null, 'Rencana Tingkat Capaian', 'Pencapaian', 'Nilai Capaian', null],
          [1, 'Angka Partisipasi Kasar PAUD', 71.4, 75, 78.6, { v: capaianPaud, fmt: '0.00%' }, 'Sangat Baik'],
          [2, 'Angka Partisipasi Murni SD', 96.2, 97, 97.5, { v: 1.0052, fmt: '0.00%' }, 'Sangat Baik'],
          [3, 'Persentase guru bersertifikat pendidik', 58.3, 65, 61.1, { v: 0.94, fmt: '0.00%' }, 'Baik'],
          [4, 'Rata-rata lama sekolah', 8.12, 8.3, 8.21, { v: 0.9892, fmt: '0.00%' }, 'Baik'],
        ],
        { merges: ['D1:F1', 'A1:A2', 'B1:B2', 'C1:C2', 'G1:G2'] },
      ),
    );
  const { tables } = periksaWorkbook(pengukuran(1.048));
  expect(tables[0].columns.map((c) => c.role)).toEqual(['no', 'indikator', 'realisasi', 'target', 'realisasi', 'capaian', 'predikat']);
  expect(galat(pengukuran(1.048))).toEqual([]);
  expect(galat(pengukuran(1.084)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F3']]);
});

describe('a percentage written left of a figure it is worked out from, as some offices order their columns', () => {
  test('"Target | Capaian (%) | Realisasi": the capaian is realisasi ÷ target, lower-is-better by its own formula', () => {
    const wb = (cap2: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Capaian (%)', 'Realisasi', 'Predikat'],
          [1, 'Nilai SAKIP', 70, 103.57, 72.5, 'Sangat Tinggi'],
          [2, 'Tingkat pengangguran terbuka', 5.2, cap2, 5.6, 'Tinggi'],
          [3, 'Persentase keselarasan program RPJMD dan RKPD', 95, 102.21, 97.1, 'Sangat Tinggi'],
        ]),
      );
    expect(findings(wb(92.31), 'persen-capaian')).toEqual([]);
    expect(findings(wb(100.66), 'persen-capaian').map((f) => f.cell)).toEqual(['D3']);
  });

  test('"Pagu (Rp) | Serapan (%) | Realisasi (Rp)": the serapan is realisasi ÷ pagu', () => {
    const wb = (serapan: number) =>
      book(
        sheet('Anggaran', [
          ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Serapan (%)', 'Realisasi (Rp)'],
          ['1', 'Program Pelayanan Utama Bappeda', 1133000000, 93.02, 1053873454],
          ['1.1', 'Kegiatan Pelayanan Dasar', 742000000, serapan, 731024937],
          ['1.2', 'Kegiatan Pembinaan dan Pengawasan', 391000000, 82.57, 322848517],
        ]),
      );
    expect(findings(wb(98.52), 'persen-serapan')).toEqual([]);
    expect(findings(wb(87.32), 'persen-serapan').map((f) => f.cell)).toEqual(['D3']);
  });

  test('two capaian with the target and realisasi between them ("Capaian (%) | Target | Realisasi | Capaian (%)"): the second\'s', () => {
    const wb = (cap2: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Indeks kepuasan masyarakat', 97.5, 82, 84.1, 102.56],
          [2, 'Persentase desa mandiri', 88.2, 30, 27, cap2],
          [3, 'Nilai SAKIP', 101.3, 75, 72.15, 96.2],
        ]),
      );
    expect(findings(wb(90), 'persen-capaian')).toEqual([]);
    expect(findings(wb(95), 'persen-capaian').map((f) => f.cell)).toEqual(['F3']);
  });

  test('under year bands, one year\'s capaian before its realisasi ("2023: Trgt | Cap. | Rea.", "2024: Trgt | Rea. | Cap."): each year\'s', () => {
    const wb = (cap2023: string) =>
      book(
        sheet(
          'Tabel 3.2',
          [
            ['No', 'Indikator Sasaran', 'Tahun 2023', null, null, 'Tahun 2024', null, null],
            [null, null, 'Trgt', 'Cap.', 'Rea.', 'Trgt', 'Rea.', 'Cap.'],
            [1, 'Level maturitas SPIP', 3, '66,67 %', 2, 3, 3, '100,00 %'],
            [2, 'Persentase temuan yang ditindaklanjuti', 82.09, '84,27 %', 69.18, 85.28, 82.21, '96,40 %'],
            [3, 'Jumlah kasus pengaduan berindikasi kerugian negara', 5, cap2023, 4, 5, 5, '100,00 %'],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
        ),
      );
    // 2 − 4 ÷ 5 = 120 % (fewer complaints are better)
    expect(findings(wb('120,00 %'), 'persen-capaian')).toEqual([]);
    expect(findings(wb('105,97 %'), 'persen-capaian').map((f) => f.cell)).toEqual(['D5']);
  });

  test('a capaian of each year takes its own year\'s inputs, wherever they stand: "Capaian 2023 | Target 2024 | Realisasi 2024 | Capaian 2024"', () => {
    const wb = (cap2024: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Capaian 2023 (%)', 'Target 2024', 'Realisasi 2024', 'Capaian 2024 (%)'],
          [1, 'Indeks kepuasan masyarakat', 97.5, 82, 84.1, cap2024],
          [2, 'Persentase desa mandiri', 88.2, 30, 27, 90],
          [3, 'Nilai SAKIP', 101.3, 75, 72.15, 96.2],
        ]),
      );
    expect(galat(wb(102.56))).toEqual([]);
    expect(galat(wb(104.56)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F2']]);
  });
});

describe('a capaian of the year beside the year’s target and each quarter’s ("Target Tahunan | Target Triwulan: TW I … TW IV")', () => {
  const renaksi = (tahunan: number, tw4: number, capaian: number) =>
    book(
      sheet(
        'Rencana Aksi',
        [
          ['No', 'Indikator Kinerja', 'Target Tahunan', 'Target Triwulan', null, null, null, 'Realisasi Triwulan', null, null, null, 'Capaian (%)'],
          [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', null],
          [1, 'Angka Partisipasi Murni (APM) SMP', 82.4, 78, 80, 81, 82.4, 77.5, 79.8, 81.2, 83, 100.73],
          [2, 'Persentase guru bersertifikat pendidik', 65, 55, 58, 62, 65, 55, 57, 60, 63.5, 97.69],
          [3, 'Angka Partisipasi Kasar (APK) SD', tahunan, 100, 103, 105, tw4, 101.2, 104, 106.3, 109.1, capaian],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:K1', 'L1:L2'] },
      ),
    );

  test('is taken of the year’s target, not the last quarter’s', () => {
    // 109,1 ÷ 108 = 101,02 %: right by the year's target, though the fourth quarter's says 108,5
    expect(galat(renaksi(108, 108.5, 101.02))).toEqual([]);
    const f = galat(renaksi(108, 108, 100.55));
    expect(f.map((x) => [x.cell, x.related, x.expected])).toEqual([['L5', ['C5', 'K5'], 101.02]]);
  });

  test('one taken of the last quarter’s target, where it differs from the year’s, is no error of the capaian', () => {
    expect(galat(renaksi(108, 108.5, 100.55))).toEqual([]);
  });
});

describe('persen-capaian: the polarity of a row by its words and by its table', () => {
  describe('target ÷ realisasi on a row of no evident polarity, where the table computes its lower-is-better rows so', () => {
    // (a BPKAD's pengukuran: "kas yang mengendap" is lower-is-better, by no word the vocabulary knows)
    const table = (kemiskinan: number, kematian: number, row4: string, stated4: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Persentase penduduk miskin', 10, 8, kemiskinan],
          [2, 'Angka kematian bayi per 1.000 kelahiran hidup', 12, 10, kematian],
          [3, 'Nilai SAKIP Perangkat Daerah', 75, 77.2, 102.93],
          [4, row4, 20, 16, stated4],
        ]),
      );
    const shown = (wb: WorkbookSnapshot) => findings(wb, 'persen-capaian').map((f) => [f.severity, f.cell, f.expected]);

    test('its lower-is-better rows by target ÷ realisasi: a question (peringatan) with realisasi ÷ target, no galat', () => {
      const f = findings(table(125, 120, 'Persentase kas daerah yang mengendap', 125), 'persen-capaian');
      expect(f.map((x) => [x.severity, x.cell, x.expected])).toEqual([['peringatan', 'E5', 80]]);
      expect(f[0].message).toBe(
        'Capaian Persentase kas daerah yang mengendap tertulis 125 %, yaitu target / realisasi seperti indikator yang makin kecil makin baik di tabel ini; bila indikator ini makin besar makin baik, capaiannya realisasi / target = 16 / 20 = 80,00 %.',
      );
    });

    test('its lower-is-better rows by (2 × target − realisasi) ÷ target: target ÷ realisasi is the division inverted (galat)', () => {
      expect(shown(table(120, 116.67, 'Persentase kas daerah yang mengendap', 125))).toEqual([['galat', 'E5', 80]]);
    });

    test('one lower-is-better row by target ÷ realisasi is no convention of the table', () => {
      const wb = book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Persentase penduduk miskin', 10, 8, 125],
          [2, 'Nilai SAKIP Perangkat Daerah', 75, 77.2, 102.93],
          [3, 'Persentase kas daerah yang mengendap', 20, 16, 125],
        ]),
      );
      expect(shown(wb)).toEqual([['galat', 'E4', 80]]);
    });

    test('an indikator whose rise is its aim by definition (the IPM) divided so is wrong whatever the table does', () => {
      expect(shown(table(125, 120, 'Indeks Pembangunan Manusia', 125))).toEqual([['galat', 'E5', 80]]);
    });
  });

  test('arrears are lower-is-better in every form of the word: tunggakan, tertunggak, menunggak', () => {
    for (const name of ['Persentase tunggakan pajak daerah', 'Persentase piutang pajak yang tertunggak', 'Jumlah wajib pajak yang menunggak']) {
      const wb = book(
        sheet('Pengukuran', [
          ['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [name, 15, 12, 125],
        ]),
      );
      expect(findings(wb, 'persen-capaian')).toEqual([]);
    }
  });
});
