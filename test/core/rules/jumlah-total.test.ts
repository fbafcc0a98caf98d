import { TableModel } from '../../../src/core/model';
import { computesOtherAggregate } from '../../../src/core/rules/jumlah-total';
import { periksaWorkbook } from '../../../src/core/periksa';
import { Grid, WorkbookSnapshot } from '../../../src/core/snapshot';
import { bold, book, findings, formula, galat, rp, sheet, V } from '../../helpers/snap';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { pkProgrammesPerRow } from '../../helpers/pk';

/** The galat of a workbook as "rule cell", in order. */
const galatCells = (wb: WorkbookSnapshot): string[] =>
  periksaWorkbook(wb)
    .findings.filter((f) => f.severity === 'galat')
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe('jumlah-total', () => {
  test('a JUMLAH pagu typed wrong, its Sisa worked out on its own row from it: one galat, on the pagu (the Sisa follows it)', () => {
    const rows = (paguTotal: number) => [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1500000000, 1425000000, 75000000, 95],
      [2, 'Program Pemenuhan Upaya Kesehatan', 2500000000, 2300000000, 200000000, 92],
      [3, 'Program Peningkatan Kapasitas SDM Kesehatan', 400000000, 380000000, 20000000, 95],
      [null, bold('JUMLAH'), paguTotal, 4105000000, paguTotal - 4105000000, Math.round((4105000000 / paguTotal) * 10000) / 100],
    ];
    expect(galatCells(book(sheet('Realisasi', rows(4400000000))))).toEqual([]);
    expect(galatCells(book(sheet('Realisasi', rows(4480000000))))).toEqual(['jumlah-total C5']);
  });

  test('a sub-total after each programme named after it, however long ("Jumlah Program Pengendalian Pencemaran"), and a TOTAL of them', () => {
    const rows = (subtotalII: number) => [
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
      ['I', bold('PROGRAM PENGELOLAAN PERSAMPAHAN')],
      [1, 'Pengelolaan Sampah Rumah Tangga', 1250000000, 1187500000, 95],
      [2, 'Operasional TPA', 2100000000, 2011000000, 95.76],
      [null, bold('Jumlah Program Pengelolaan Persampahan'), 3350000000, 3198500000, 95.48],
      ['II', bold('II. PROGRAM PENGENDALIAN PENCEMARAN LINGKUNGAN HIDUP')],
      [1, 'Pemantauan Kualitas Air Sungai', 310000000, 298500000, 96.29],
      [2, 'Pengawasan Emisi Industri', 180000000, 171000000, 95],
      [null, bold('Jumlah Program Pengendalian Pencemaran Lingkungan Hidup'), 490000000, subtotalII, Math.round(subtotalII / 49000) / 100],
      [null, bold('TOTAL'), 3840000000, 3198500000 + subtotalII, Math.round((3198500000 + subtotalII) / 384000) / 100],
    ];
    expect(galatCells(book(sheet('Realisasi', rows(469500000))))).toEqual([]);
    expect(galatCells(book(sheet('Realisasi', rows(471000000))))).toEqual(['jumlah-induk D9']);
  });

  test('sub-totals after each kegiatan and programme naming its level ("Jumlah Kegiatan …" under the heading "…"), then a TOTAL', () => {
    const pct = (r: number, p: number) => Math.round((r / p) * 10000) / 100;
    const rows = (jumlahKegiatan2: number) => [
      ['No', 'Uraian', 'Anggaran', 'Realisasi', '%'],
      ['I', bold('PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN')],
      ['1', bold('Perencanaan Kebutuhan SDM Kesehatan')],
      ['1.1', 'Penyusunan Rencana Kebutuhan SDMK', 88000000, 81025000, 92.07],
      ['1.2', 'Pemenuhan Kebutuhan SDMK', 126000000, 112630000, 89.39],
      [null, bold('Jumlah Kegiatan Perencanaan Kebutuhan SDM Kesehatan'), 214000000, 193655000, 90.49],
      ['2', bold('Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK')],
      ['2.1', 'Pelatihan Teknis Tenaga Kesehatan', 65000000, 58969000, 90.72],
      ['2.2', 'Uji Kompetensi Tenaga Kesehatan', 159000000, 143582000, 90.3],
      [null, bold('Jumlah Kegiatan Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK'), 224000000, jumlahKegiatan2, pct(jumlahKegiatan2, 224000000)],
      [
        null,
        bold('Jumlah Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan'),
        438000000,
        193655000 + jumlahKegiatan2,
        pct(193655000 + jumlahKegiatan2, 438000000),
      ],
      [null, bold('TOTAL BELANJA'), 438000000, 193655000 + jumlahKegiatan2, pct(193655000 + jumlahKegiatan2, 438000000)],
    ];
    expect(galatCells(book(sheet('Belanja', rows(202551000))))).toEqual([]);
    // 58.969.000 + 143.582.000 = 202.551.000, written 204.551.000 (the programme's and the TOTAL add it as written)
    expect(galatCells(book(sheet('Belanja', rows(204551000))))).toEqual(['jumlah-induk D10']);
  });

  test.each(['Jumlah', 'Sub Jumlah', 'Subtotal', 'Sub Total'])(
    'a "%s" closing each kegiatan under its heading, then "Jumlah Program": each the sub-total of its heading',
    (word) => {
      const pct = (r: number, p: number) => Math.round((r / p) * 10000) / 100;
      const rows = (jumlah2: number) => [
        ['Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
        ['1.02.02', bold('PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN')],
        ['1.02.02.2.01', bold('Perencanaan Kebutuhan SDM Kesehatan')],
        ['1.02.02.2.01.0001', 'Penyusunan Rencana Kebutuhan SDMK', 88000000, 81025000, 92.07],
        ['1.02.02.2.01.0002', 'Pemenuhan Kebutuhan SDMK', 126000000, 112630000, 89.39],
        ['1.02.02.2.01.0003', 'Distribusi Tenaga Kesehatan', 97500000, 90210000, 92.52],
        [null, bold(word), 311500000, 283865000, 91.13],
        ['1.02.02.2.02', bold('Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK')],
        ['1.02.02.2.02.0001', 'Pelatihan Teknis Tenaga Kesehatan', 65000000, 58969000, 90.72],
        ['1.02.02.2.02.0002', 'Uji Kompetensi Tenaga Kesehatan', 159000000, 143582000, 90.3],
        [null, bold(word), 224000000, jumlah2, pct(jumlah2, 224000000)],
        [null, bold('JUMLAH PROGRAM'), 535500000, 283865000 + jumlah2, pct(283865000 + jumlah2, 535500000)],
      ];
      expect(galatCells(book(sheet('LRA', rows(202551000))))).toEqual([]);
      // 58.969.000 + 143.582.000 = 202.551.000, written 204.551.000 (the programme's sum adds it as written)
      expect(galatCells(book(sheet('LRA', rows(204551000))))).toEqual(['jumlah-induk D11']);
    },
  );

  test('a kegiatan stating its money above its sub kegiatan and again in a "Jumlah" below them: each judged against them', () => {
    const pct = (r: number, p: number) => Math.round((r / p) * 10000) / 100;
    const rows = (kegiatan2: number, jumlah2: number) => [
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
      ['I', bold('PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN')],
      ['1', bold('Perencanaan Kebutuhan SDM Kesehatan'), 311500000, 283865000, 91.13],
      ['1.1', 'Penyusunan Rencana Kebutuhan SDMK', 88000000, 81025000, 92.07],
      ['1.2', 'Pemenuhan Kebutuhan SDMK', 126000000, 112630000, 89.39],
      ['1.3', 'Distribusi Tenaga Kesehatan', 97500000, 90210000, 92.52],
      [null, bold('Jumlah'), 311500000, 283865000, 91.13],
      ['2', bold('Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK'), 224000000, kegiatan2, pct(kegiatan2, 224000000)],
      ['2.1', 'Pelatihan Teknis Tenaga Kesehatan', 65000000, 58969000, 90.72],
      ['2.2', 'Uji Kompetensi Tenaga Kesehatan', 159000000, 143582000, 90.3],
      [null, bold('Jumlah'), 224000000, jumlah2, pct(jumlah2, 224000000)],
      [null, bold('JUMLAH PROGRAM'), 535500000, 486416000, 90.83],
    ];
    expect(galatCells(book(sheet('LRA', rows(202551000, 202551000))))).toEqual([]);
    // the kegiatan's "Jumlah" 204.551.000 for 58.969.000 + 143.582.000 = 202.551.000; then the kegiatan's own line
    expect(galatCells(book(sheet('LRA', rows(202551000, 204551000))))).toEqual(['jumlah-total D11']);
    expect(galatCells(book(sheet('LRA', rows(204551000, 202551000))))).toEqual(['jumlah-induk D8']);
  });

  test('a heading "Kegiatan : …" names its sum without the level word ("Jumlah …"), nothing bold: no sum judged against the wrong rows', () => {
    const rows = [
      ['Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
      ['1.02.02', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN'],
      [null, 'Kegiatan : Perencanaan Kebutuhan SDM Kesehatan'],
      ['1.02.02.2.01.0001', 'Penyusunan Rencana Kebutuhan SDMK', 88000000, 81025000, 92.07],
      ['1.02.02.2.01.0002', 'Pemenuhan Kebutuhan SDMK', 126000000, 112630000, 89.39],
      ['1.02.02.2.01.0003', 'Distribusi Tenaga Kesehatan', 97500000, 90210000, 92.52],
      [null, 'Jumlah Perencanaan Kebutuhan SDM Kesehatan', 311500000, 283865000, 91.13],
      [null, 'Kegiatan : Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK'],
      ['1.02.02.2.02.0001', 'Pelatihan Teknis Tenaga Kesehatan', 65000000, 58969000, 90.72],
      ['1.02.02.2.02.0002', 'Uji Kompetensi Tenaga Kesehatan', 159000000, 143582000, 90.3],
      [null, 'Jumlah Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK', 224000000, 202551000, 90.42],
      [null, 'Kegiatan : Pembinaan dan Pengawasan SDM Kesehatan'],
      ['1.02.02.2.03.0001', 'Monitoring Kinerja Tenaga Kesehatan', 74000000, 70230000, 94.91],
      ['1.02.02.2.03.0002', 'Penilaian Angka Kredit Jabatan Fungsional', 51500000, 49870000, 96.83],
      [null, 'Jumlah Pembinaan dan Pengawasan SDM Kesehatan', 125500000, 120100000, 95.7],
      [null, 'JUMLAH PROGRAM', 661000000, 606516000, 91.76],
    ];
    expect(galatCells(book(sheet('LRA', rows)))).toEqual([]);
  });

  test('nothing bold: a coded programme, its kegiatan only as headings "Kegiatan : …" over coded sub kegiatan, each closed by its "Jumlah …": a wrong sum is found', () => {
    // Kepmendagri 90's codes skip the kegiatan's (three parts, then six): the heading's own word puts it between them
    const rows = (paguSmp: number, realisasiSd: number) => [
      ['Kode Rekening', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN'],
      [null, 'Kegiatan: Pengelolaan Pendidikan Sekolah Dasar'],
      ['1.01.02.2.01.0002', 'Pembangunan Ruang Kelas Baru', 1450000000, 1392000000],
      ['1.01.02.2.01.0009', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 980000000, 955500000],
      ['1.01.02.2.01.0026', 'Pengadaan Perlengkapan Sekolah', 410000000, 377200000],
      [null, 'Jumlah Pengelolaan Pendidikan Sekolah Dasar', 2840000000, realisasiSd],
      [null, 'Kegiatan: Pengelolaan Pendidikan Sekolah Menengah Pertama'],
      ['1.01.02.2.02.0002', 'Pembangunan Ruang Kelas Baru', 1200000000, 1164000000],
      ['1.01.02.2.02.0031', 'Pengadaan Alat Praktik dan Peraga Siswa', 365000000, 341250000],
      [null, 'Jumlah Pengelolaan Pendidikan Sekolah Menengah Pertama', paguSmp, 1505250000],
      [null, 'JUMLAH PROGRAM', 4405000000, 2724700000 + 1505250000],
    ];
    expect(galatCells(book(sheet('Realisasi Anggaran', rows(1565000000, 2724700000))))).toEqual([]);
    // 1.392.000.000 + 955.500.000 + 377.200.000 = 2.724.700.000, typed 2.742.700.000
    expect(galatCells(book(sheet('Realisasi Anggaran', rows(1565000000, 2742700000))))).toEqual(['jumlah-induk D7']);
    // 1.200.000.000 + 365.000.000 = 1.565.000.000, typed 1.656.000.000
    expect(galatCells(book(sheet('Realisasi Anggaran', rows(1656000000, 2724700000))))).toEqual(['jumlah-induk C11']);
  });

  test('a "Jumlah" after two kegiatan headings that adds up both is no sub-total of the second: it stays the total', () => {
    const rows = [
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      ['I', bold('PROGRAM PENGELOLAAN PERSAMPAHAN')],
      ['1', bold('Pengelolaan Sampah Rumah Tangga')],
      ['1.1', 'Pengadaan Tempat Sampah', 250000000, 240000000],
      ['1.2', 'Operasional Bank Sampah', 150000000, 141000000],
      ['2', bold('Operasional TPA')],
      ['2.1', 'Pemeliharaan Alat Berat TPA', 300000000, 291000000],
      [null, bold('Jumlah'), 700000000, 672000000],
    ];
    expect(galatCells(book(sheet('LRA', rows)))).toEqual([]);
  });

  test('a TOTAL row over top-level rows only (children not counted twice)', () => {
    const rows = (total: number) => [
      ['URAIAN', 'ANGGARAN', 'REALISASI', '%'],
      ['BELANJA OPERASI', 'Rp 2.618.454.444', 'Rp 2.383.192.105', '91,02%'],
      ['- Belanja Pegawai', 'Rp 2.287.428.760', 'Rp 2.057.532.674', '89,95%'],
      ['- Belanja Barang', 'Rp 331.025.684', 'Rp 325.659.431', '98,38%'],
      ['TOTAL', `Rp ${total.toLocaleString('de-DE')}`, 'Rp 2.383.192.105', '91,02%'],
    ];
    expect(findings(book(sheet('Belanja', rows(2618454444))), 'jumlah-total')).toEqual([]);
    const f = findings(book(sheet('Belanja', rows(2618454544))), 'jumlah-total');
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['B5', 2618454444, ['B2']]]);
  });

  test('Ambon "Total Target": 4.681.577.821 + 12.488.750 is not 4.694.066.371', () => {
    const wb = book(
      sheet('Belanja', [
        ['Target Belanja', 'Anggaran', null],
        ['Belanja Operasi', 'Rp', '4.681.577.821,-'],
        ['Belanja Modal', 'Rp', '12.488.750,-'],
        ['Total Target', 'Rp', '4.694.066.371,-'],
      ]),
    );
    const f = findings(wb, 'jumlah-total');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'C4', expected: 4694066571, actual: 4694066371, severity: 'galat' });
  });

  test('RATA-RATA with spaced letters: consistent with the mean', () => {
    const wb = book(
      sheet('Capaian', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
        ['1', 'Persentase A', 10, 9, '90%'],
        ['2', 'Persentase B', 10, 11, '110%'],
        ['R A T A - R A T A', null, null, null, '100%'],
      ]),
    );
    expect(findings(wb, 'jumlah-total')).toEqual([]);
  });

  test('a Jumlah column ≠ the sum of its row (Maluku: SMP 2 + 0 stated as 3, S1 36 + 31 + 12 + 11 stated as 89)', () => {
    const wb = book(
      sheet(
        'Pegawai',
        [
          ['No', 'Tingkat Pendidikan', 'PNS', null, 'Non PNS', null, 'Jumlah'],
          [null, null, 'L', 'P', 'L', 'P', null],
          ['1', 'SD', '-', 1, '-', '-', 1],
          ['2', 'SMP Sederajat', 2, 0, '-', '-', 3],
          ['3', 'SMA Sederajat', 8, 15, 12, 1, 36],
          ['4', 'D3', 1, 3, '-', '-', 4],
          ['5', 'S1', 36, 31, 12, 11, 89],
          ['6', 'S2', 7, 2, '-', '-', 9],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:G2'] },
      ),
    );
    const f = findings(wb, 'jumlah-total');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ['G4', 2, 3],
      ['G7', 90, 89],
    ]);
    expect(f[0].related).toEqual(['C4:F4']);
  });

  test('"Jumlah" columns under group headers are not row sums (Ambon staff table)', () => {
    const wb = book(
      sheet(
        'Pegawai',
        [
          ['Pendidikan', null, 'Golongan Ruang', null],
          ['Jenjang', 'Jumlah', 'Pangkat', 'Jumlah'],
          ['S2', 3, 'IV/c', 1],
          ['S1', 20, 'IV/a', 5],
          ['Jumlah', 23, null, 6],
        ],
        { merges: ['A1:B1', 'C1:D1'] },
      ),
    );
    expect(findings(wb, 'jumlah-total')).toEqual([]);
  });

  test('a grand TOTAL may sum the sub-totals; words in a covered cell leave the column unjudged', () => {
    const wb = book(
      sheet('Belanja', [
        ['Uraian', 'Anggaran', 'Keterangan'],
        ['Belanja Pegawai', 100, 'Sangat Baik'],
        ['Belanja Barang', 50, 'Baik'],
        ['Sub Total', 150, null],
        ['Belanja Modal', 30, 'Baik'],
        ['Sub Total', 30, null],
        ['TOTAL', 180, null],
      ]),
    );
    expect(findings(wb, 'jumlah-total')).toEqual([]);
    const wrong = book(
      sheet('Belanja', [
        ['Uraian', 'Anggaran'],
        ['Belanja Pegawai', 100],
        ['Belanja Barang', 50],
        ['Sub Total', 150],
        ['Belanja Modal', 30],
        ['Sub Total', 30],
        ['TOTAL', 190],
      ]),
    );
    expect(findings(wrong, 'jumlah-total').map((f) => f.cell)).toEqual(['B7']);
  });

  test('"Sub Jumlah" under each programme\'s kegiatan is a sub-total, and the grand total adds them', () => {
    const wb = (third: number) =>
      book(
        sheet('Realisasi Anggaran', [
          ['No', 'Program / Kegiatan', 'Anggaran', 'Realisasi'],
          [bold('I'), bold('Program Pengelolaan Pendidikan'), null, null],
          [1, 'Pengelolaan Pendidikan Sekolah Dasar', 2500, 2380],
          [2, 'Pengelolaan Pendidikan SMP', 1800, 1710],
          [null, bold('Sub Jumlah'), bold(4300), bold(4090)],
          [bold('II'), bold('Program Pengembangan Kurikulum'), null, null],
          [1, 'Penetapan Kurikulum Muatan Lokal', 300, 280],
          [2, 'Pengembangan Bahan Ajar', 200, 195],
          [null, bold('Sub Jumlah'), bold(500), bold(third)],
          [null, bold('JUMLAH TOTAL'), bold(4800), bold(4090 + third)],
        ]),
      );
    expect(galat(wb(475))).toEqual([]);
    // the second programme's sub-total is wrong; the grand total adds the sub-totals as written, so it is not (the
    // sub-total stands for its heading, the programme: its kegiatan's sum)
    expect(galat(wb(465)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'D9', 475]]);
  });
});

test('a table typed all in capitals has no headings by case: "II/D (PENGATUR TK. I)" is a row like the others', () => {
  const wb = (total: number) =>
    book(
      sheet('Pegawai', [
        ['GOLONGAN', 'JUMLAH PEGAWAI'],
        ['IV/A (PEMBINA)', 5],
        ['III/B (PENATA MUDA TK. I)', 7],
        ['III/A (PENATA MUDA)', 10],
        ['II/D (PENGATUR TK. I)', 1],
        ['II/C (PENGATUR)', 2],
        ['NON ASN', 3],
        ['JUMLAH', total],
      ]),
    );
  expect(findings(wb(28), 'jumlah-total')).toEqual([]);
  expect(findings(wb(30), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['B8', 28]]);
});

test("jumlah-total: a grand mean of every indikator under the sasaran's own means is no mean of those means", () => {
  const wb = (sasaran2: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [bold('Sasaran 1: Meningkatnya akses pendidikan')],
        ['1.1', 'Angka Partisipasi Murni SD', '%', 98, 97.6, 99.59],
        ['1.2', 'Angka Partisipasi Murni SMP', '%', 85, 83.2, 97.88],
        ['1.3', 'Angka putus sekolah SMP', '%', 0.2, 0.18, 110],
        [null, 'Rata-rata capaian sasaran', null, null, null, 102.49],
        [bold('Sasaran 2: Meningkatnya mutu pendidikan')],
        ['2.1', 'Persentase sekolah terakreditasi minimal B', '%', 90, 92.5, 102.78],
        ['2.2', 'Persentase guru bersertifikat pendidik', '%', 70, 68.9, 98.43],
        [null, 'Rata-rata capaian sasaran', null, null, null, sasaran2],
        // the mean of the five indikator, (99,59 + 97,88 + 110 + 102,78 + 98,43) ÷ 5
        [null, 'Rata-rata capaian kinerja', null, null, null, 101.74],
      ]),
    );
  expect(findings(wb(100.61), 'jumlah-total')).toEqual([]);
  // the second sasaran's mean typed 101,61: that one galat, the grand mean right by its indikator
  expect(findings(wb(101.61), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['F10', 100.605]]);
});

test('jumlah-total: a staff table headed in abbreviations ("Gol. IV | Gol. III | Gol. II | Gol. I | Jml") is a table, its sums checked', () => {
  const wb = (rujukan: number) =>
    book(
      sheet('SDM', [
        ['Tabel 2.2 Jumlah Pegawai Menurut Unit Kerja dan Golongan'],
        [],
        ['No', 'Unit Kerja', 'Gol. IV', 'Gol. III', 'Gol. II', 'Gol. I', 'Jml'],
        [1, 'Subbag Umum dan Kepegawaian', 1, 6, 4, 1, 12],
        [2, 'Subbag Keuangan', 1, 5, 2, 0, 8],
        [3, 'Seksi Pelayanan Dasar', 1, 7, 3, 0, 11],
        [4, 'Seksi Pelayanan Rujukan', 1, 5, 2, 1, rujukan],
        [null, 'TOTAL', 4, 23, 11, 2, 40],
      ]),
    );
  expect(findings(wb(9), 'jumlah-total')).toEqual([]);
  // 1 + 5 + 2 + 1 = 9, written 10
  expect(findings(wb(10), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['G7', 9]]);
});

describe('jumlah-total: a Rata-rata row written in the indikator column', () => {
  const pengukuran = (mean: number, indikator = 'Rata-rata Capaian') =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Persentase sekolah terakreditasi A', 100, 90, 90],
        [2, 'Angka partisipasi murni', 100, 110, 110],
        [null, indikator, null, null, mean],
      ]),
    );

  test('the mean of the capaian above it: consistent, or a galat with the mean expected', () => {
    expect(findings(pengukuran(100), 'jumlah-total')).toEqual([]);
    const f = findings(pengukuran(104), 'jumlah-total');
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.severity])).toEqual([['E4', 100, 104, 'galat']]);
    expect(f[0].message).toContain('104,00 %');
  });

  test('the mean of the capaian each taken at most at a round cap ("di atas 100 % dihitung 100 %") is the office\'s convention', () => {
    // 90 and 110 with 110 taken at 100: (90 + 100) / 2 = 95
    expect(findings(pengukuran(95), 'jumlah-total')).toEqual([]);
    // neither mean, capped or not
    expect(findings(pengukuran(96), 'jumlah-total').map((x) => [x.cell, x.expected])).toEqual([['E4', 100]]);
  });

  test('beside indikator measured in words ("WTP | WTP | Tercapai"): the mean of the capaian in figures', () => {
    const wb = (mean: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Persentase sekolah terakreditasi A', 100, 90, 90],
          [2, 'Opini BPK', 'WTP', 'WTP', 'Tercapai'],
          [3, 'Angka partisipasi murni', 100, 110, 110],
          [null, 'Rata-rata Capaian', null, null, mean],
        ]),
      );
    expect(findings(wb(100), 'jumlah-total')).toEqual([]);
    expect(findings(wb(103.3), 'jumlah-total').map((x) => [x.cell, x.expected, x.severity])).toEqual([['E5', 100, 'galat']]);
  });

  test('a mean row that says what it averages at length ("Rata-rata capaian seluruh sasaran") is one too', () => {
    const long = 'Rata-rata capaian kinerja seluruh sasaran strategis';
    expect(findings(pengukuran(100, long), 'jumlah-total')).toEqual([]);
    expect(findings(pengukuran(101, long), 'jumlah-total').map((x) => [x.cell, x.expected])).toEqual([['E4', 100]]);
  });

  test('"Rata-rata Lama Sekolah" with its own target and realisasi is an indikator, not a summary row', () => {
    const wb = book(
      sheet('Pengukuran', [
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Angka partisipasi murni', 100, 110, 110],
        [2, 'Rata-rata Lama Sekolah', 8, 8.4, 105],
      ]),
    );
    expect(findings(wb, 'jumlah-total')).toEqual([]);
    expect(findings(wb, 'persen-capaian')).toEqual([]);
  });
});

test('indikator under one sasaran, its No merged down over them, are siblings: the Rata-rata is the mean of all of them', () => {
  const wb = (mean: number) =>
    book(
      sheet(
        'Pengukuran',
        [
          ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Meningkatnya kualitas lingkungan hidup', 'Indeks Kualitas Air', 52, 54.6, 105],
          [null, null, 'Indeks Kualitas Udara', 85, 83.3, 98],
          [2, 'Meningkatnya pengelolaan sampah', 'Persentase sampah terkelola', 70, 63, 90],
          [null, null, 'Persentase sampah yang didaur ulang', 20, 21, 105],
          [null, 'Rata-rata', null, null, null, mean],
        ],
        { merges: ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5'] },
      ),
    );
  const [t] = recogniseWorkbook(wb(99.5));
  expect(t.rows.filter((r) => r.parent !== undefined)).toEqual([]);
  // (105 + 98 + 90 + 105) ÷ 4 = 99,5 — not (105 + 90) ÷ 2 of the sasaran's first rows
  expect(galat(wb(99.5))).toEqual([]);
  expect(findings(wb(97.5), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['F6', 99.5]]);
});

describe('total rows labelled as staff shorten or mistype the word', () => {
  const lra = (label: string, pagu: number) =>
    book(
      sheet('LRA', [
        ['No', 'Program', 'Pagu', 'Realisasi', '%'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2600000000, 2480000000, 95.38],
        [2, 'Program Pengelolaan Keuangan Daerah', 1250000000, 1190500000, 95.24],
        [3, 'Program Pengelolaan Barang Milik Daerah', 500000000, 470000000, 94],
        [null, label, pagu, 4140500000, Math.round((4140500000 / pagu) * 10000) / 100],
      ]),
    );
  test.each(['Jml.', 'JML', 'Jumlh', 'JUMLHA', 'Jumla'])('"%s" is the JUMLAH: its pagu is checked', (label) => {
    expect(galat(lra(label, 4350000000))).toEqual([]);
    expect(findings(lra(label, 4530000000), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['C5', 4350000000]]);
  });
  test('"Rata2" under the capaian is their mean', () => {
    const wb = (mean: number) =>
      book(
        sheet('Kinerja', [
          ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Persentase aset yang tersertifikasi', 60, 57, 95],
          [2, 'Persentase SKPD yang tepat waktu menyusun laporan keuangan', 100, 101, 101],
          [3, 'Persentase temuan BPK yang ditindaklanjuti', 80, 84, 105],
          [null, 'Rata2', null, null, mean],
        ]),
      );
    expect(galat(wb(100.33))).toEqual([]);
    expect(findings(wb(101.33), 'jumlah-total').map((f) => [f.cell, f.actual])).toEqual([['E5', 101.33]]);
  });
});

test('levels told by their words alone, one programme\'s mistyped ("Progam"): still a programme, its kegiatan its own, no galat', () => {
  const wb = (pagu2: number) =>
    book(
      sheet('LRA', [
        ['No', 'Uraian', 'Anggaran', 'Realisasi'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 900000000, 850000000],
        [null, 'Kegiatan Administrasi Keuangan Perangkat Daerah', 600000000, 570000000],
        [null, 'Kegiatan Administrasi Umum Perangkat Daerah', 300000000, 280000000],
        [2, 'Progam Pengelolaan Pendidikan', pagu2, 1420000000],
        [null, 'Kegiatan Pengelolaan Pendidikan Sekolah Dasar', 1000000000, 950000000],
        [null, 'Kegiatan Pengelolaan Pendidikan Sekolah Menengah Pertama', 500000000, 470000000],
        [null, 'JUMLAH', 900000000 + pagu2, 2270000000],
      ]),
    );
  expect(galat(wb(1500000000))).toEqual([]);
  // the mistyped programme's own pagu, wrong against its kegiatan: the one galat
  expect(galat(wb(1550000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C5', 1500000000]]);
});

describe('jumlah-total: belanja groups and parents the figures reveal', () => {
  const belanja = (first: string, total: number) =>
    book(
      sheet('Belanja', [
        ['Uraian', 'Anggaran Setelah Perubahan', 'Realisasi', '%'],
        [first, 2500000, 2300000, 92],
        ['Belanja Pegawai', 1500000, 1400000, 93.33],
        ['Belanja Barang dan Jasa', 1000000, 900000, 90],
        ['Belanja Modal', 500000, 450000, 90],
        ['Jumlah', total, 2750000, 91.67],
      ]),
    );

  test('Belanja Operasi holds Pegawai and Barang dan Jasa: the total is Operasi + Modal', () => {
    expect(findings(belanja('Belanja Operasi', 3000000), 'jumlah-total')).toEqual([]);
    expect(findings(belanja('Belanja Operasi', 3100000), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['B6', 3000000]]);
  });

  test('a group with a name of its own, its children following it: no false galat on the total', () => {
    expect(findings(belanja('Belanja Rutin Kantor', 3000000), 'jumlah-total')).toEqual([]);
  });

  test('a group whose figures carry sen (whole over fractions, fractions over fractions) is found as well', () => {
    const sen = (group: number, pegawai: number, barang: number, total: number) =>
      book(
        sheet('Belanja', [
          ['Uraian', 'Anggaran', 'Realisasi'],
          ['Belanja Rutin Kantor', group, 2300000],
          ['Belanja Pegawai', pegawai, 1400000],
          ['Belanja Barang dan Jasa', barang, 900000],
          ['Belanja Modal', 500000, 450000],
          ['Jumlah', total, 2750000],
        ]),
      );
    expect(findings(sen(2500000, 1500000.5, 999999.5, 3000000), 'jumlah-total')).toEqual([]);
    expect(findings(sen(2500000.5, 1500000.25, 1000000.25, 3000000.5), 'jumlah-total')).toEqual([]);
    expect(findings(sen(2500000.5, 1500000.25, 1000000.25, 3100000.5), 'jumlah-total').map((f) => f.cell)).toEqual(['B6']);
  });
});

describe('one wrong figure, one galat: what is right by its own sources is not reported again', () => {
  test('a wrong TOTAL pagu: its serapan, computed from the rows above, is not a second galat', () => {
    const wb = book(
      sheet('Anggaran', [
        ['Program', 'Pagu', 'Realisasi', 'Serapan'],
        ['Program A', 1000, 900, 0.9],
        ['Program B', 500, 450, 0.9],
        ['Total', 1600, 1350, 0.9],
      ]),
    );
    const all = periksaWorkbook(wb).findings.filter((f) => f.severity === 'galat');
    expect(all.map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'B4']]);
  });

  test('a wrong row sum in a Jumlah column: the total row that sums that column is not a second galat', () => {
    const wb = book(
      sheet('Pegawai', [
        ['No', 'Golongan', 'L', 'P', 'Jumlah'],
        [1, 'IV', 5, 3, 8],
        [2, 'III', 20, 25, 46],
        [3, 'II', 10, 10, 20],
        [null, 'Jumlah', 35, 38, 74],
      ]),
    );
    expect(findings(wb, 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['E3', 45]]);
  });

  test('a "Jumlah (Rp)" column summing the sources of funds is a row sum too, in rupiah', () => {
    const wb = book(
      sheet('Anggaran', [
        ['No', 'Program', 'DAU (Rp)', 'DAK (Rp)', 'PAD (Rp)', 'Jumlah (Rp)'],
        [1, 'Program Pemenuhan Upaya Kesehatan', rp(500000000), rp(300000000), rp(100000000), rp(900000000)],
        [2, 'Program Peningkatan Kapasitas SDM Kesehatan', rp(150000000), rp(0), rp(50000000), rp(200000000)],
        [3, 'Program Sediaan Farmasi', rp(200000000), rp(150000000), rp(100000000), rp(460000000)],
        [null, 'Jumlah', rp(850000000), rp(450000000), rp(250000000), rp(1560000000)],
      ]),
    );
    const f = findings(wb, 'jumlah-total');
    expect(f.map((x) => [x.cell, x.expected, x.unit])).toEqual([['F4', 450000000, 'rupiah']]);
    expect(f[0].message).toContain('Rp 450.000.000');
  });
});

describe('jumlah-total: a count named by what it counts, beside the counts of its kinds', () => {
  // a count named by what it counts, left of the counts of its kinds: one row's count typed wrong is a galat there; a
  // "Jumlah" beside a share, or beside counts that are no kinds of it, is no sum of them
  test.each([
    [
      'indikator by category, one sasaran counting one too many',
      ['No', 'Sasaran Strategis', 'Jumlah Indikator', 'Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah'],
      [
        [1, 'Meningkatnya derajat kesehatan masyarakat', 6, 2, 3, 1, 0],
        [2, 'Meningkatnya mutu pelayanan kesehatan', 5, 1, 1, 1, 1],
        [3, 'Meningkatnya akuntabilitas kinerja', 2, 1, 1, 0, 0],
        [null, 'Jumlah', 13, 4, 5, 2, 1],
      ],
      [['C3', 4]],
    ],
    [
      'staff by status, right in every row',
      ['No', 'Unit Kerja', 'Jumlah Pegawai', 'PNS', 'PPPK', 'Non ASN'],
      [
        [1, 'Sekretariat', 24, 15, 4, 5],
        [2, 'Bidang Pelayanan', 31, 20, 6, 5],
        [3, 'UPT Laboratorium', 12, 7, 3, 2],
      ],
      [],
    ],
    [
      'indikator with a share of them reached beside the count',
      ['No', 'Sasaran', 'Jumlah Indikator', 'Tercapai', 'Persentase Tercapai (%)'],
      [
        [1, 'Meningkatnya kualitas layanan', 4, 3, 75],
        [2, 'Meningkatnya tata kelola', 5, 5, 100],
        [3, 'Meningkatnya kapasitas aparatur', 2, 1, 50],
      ],
      [],
    ],
    [
      'villages and residents of each kecamatan: counts of different things',
      ['No', 'Kecamatan', 'Jumlah Desa', 'Jumlah Dusun', 'Jumlah RT'],
      [
        [1, 'Kota Utara', 8, 24, 96],
        [2, 'Kota Selatan', 10, 31, 120],
        [3, 'Pesisir', 6, 15, 60],
      ],
      [],
    ],
  ])('%s', (_name, header, rows, expected) => {
    const f = findings(book(sheet('Rekap', [header, ...rows])), 'jumlah-total');
    expect(f.map((x) => [x.cell, x.expected])).toEqual(expected);
  });
});

describe('jumlah-total: a RATA-RATA row and the rows other rules found wrong', () => {
  const table = (stated2: number, mean: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        [1, 'Meningkatnya kualitas layanan', 112, 94, 18],
        [2, 'Meningkatnya tata kelola', 100, 90, stated2],
        ['', 'Rata-rata', 106, 92, mean],
      ]),
    );

  test.each([
    // [efisiensi stated in row 2, rata-rata stated, rules that report]
    ['all right', 10, 14, []],
    ['row 2 wrong, the mean of the right figures: only row 2', 12, 14, ['efisiensi E3']],
    ['row 2 wrong, the mean of the figures as written: row 2 (the mean follows them)', 12, 15, ['efisiensi E3']],
    // (the mean's own capaian − serapan, 106 − 92, says so too)
    ['row 2 right, the mean wrong: the mean', 10, 16, ['efisiensi E4', 'jumlah-total E4']],
    ['row 2 wrong and the mean fits neither', 12, 16, ['efisiensi E3', 'efisiensi E4', 'jumlah-total E4']],
  ])('%s', (_, stated2, mean, expected) => {
    expect(galatCells(table(stated2, mean))).toEqual(expected);
  });
});

describe('jumlah-total: a TOTAL over a program that does not add up', () => {
  const table = (program1: number, total: number) =>
    book(
      sheet('Realisasi', [
        ['No', 'Program / Kegiatan', 'Pagu (Rp)'],
        [{ v: '1', bold: true }, { v: 'Program Penunjang Urusan', bold: true }, program1],
        ['1.1', 'Kegiatan Perencanaan', 300],
        ['1.2', 'Kegiatan Keuangan', 200],
        [{ v: '2', bold: true }, { v: 'Program Pelayanan', bold: true }, 400],
        ['2.1', 'Kegiatan Layanan', 400],
        ['', 'JUMLAH', total],
      ]),
    );

  test.each([
    ['all right', 500, 900, []],
    // the program's pagu is the error; the total, the sum of the right figures, is not a second one
    ['the program wrong, the total right', 550, 900, ['jumlah-induk C2']],
    ['the program wrong, the total follows it', 550, 950, ['jumlah-induk C2']],
    ['the program right, the total wrong', 500, 950, ['jumlah-total C7']],
    ['both wrong, the total fits neither', 550, 990, ['jumlah-induk C2', 'jumlah-total C7']],
  ])('%s', (_, program1, total, expected) => {
    expect(galatCells(table(program1, total))).toEqual(expected);
  });
});

describe('an Excel Table totals row: its own formula says what each cell aggregates', () => {
  // Excel labels the totals row "Total" whatever a column computes: SUBTOTAL(109) a sum, SUBTOTAL(101) an average
  const table = (capaianMean: number, penerimaMean: number) =>
    book(
      sheet('Capaian', [
        ['Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Jumlah Penerima'],
        ['Persentase A', 100, 95, 95, 100],
        ['Persentase B', 80, 84, 105, 200],
        ['Persentase C', 100, 100, 100, 300],
        [
          'Total',
          formula('SUBTOTAL(109,TabelCapaian[Target])', 280),
          formula('SUBTOTAL(109,TabelCapaian[Realisasi])', 279),
          formula('SUBTOTAL(101,TabelCapaian[Capaian (%)])', capaianMean, '0.00'),
          formula('SUBTOTAL(101,TabelCapaian[Jumlah Penerima])', penerimaMean),
        ],
      ]),
    );
  test('means that are the means of the rows: no galat (100,00 is not 279 / 280 = 99,64; 200 is not 600)', () => {
    expect(galatCells(table(100, 200))).toEqual([]);
  });
  test('a mean that is not: a galat on that cell, as a mean', () => {
    expect(galatCells(table(99, 200))).toEqual(['jumlah-total D5']);
    expect(galatCells(table(100, 210))).toEqual(['jumlah-total E5']);
  });
});

describe('a filtered table: a SUBTOTAL leaves out the hidden rows, a SUM does not', () => {
  // rows 3 and 5 hidden (a filter, or by hand); the Jumlah row's cells hold their formula and its cached result
  const pagu = [2865000000, 45000000, 120000000, 85000000, 48500000];
  const realisasi = [2811450000, 44120000, 112880000, 79650000, 47925000];
  const all = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const shown = (xs: number[]) => all(xs.filter((_, i) => i !== 1 && i !== 3));
  const lra = (fn: string, paguTotal: number, realisasiTotal: number) => {
    const s = sheet('LRA', [
      ['No', 'Sub Kegiatan', 'Pagu', 'Realisasi', 'Serapan (%)'],
      ...pagu.map((p, i) => [i + 1, `Sub kegiatan ${'ABCDE'[i]}`, p, realisasi[i], Math.round((realisasi[i] / p) * 10000) / 100]),
      [null, bold('Jumlah'), formula(`${fn}C2:C6)`, paguTotal), formula(`${fn}D2:D6)`, realisasiTotal), Math.round((realisasiTotal / paguTotal) * 10000) / 100],
    ]);
    s.hiddenRows = [3, 5];
    return book(s);
  };
  test.each([
    ['SUBTOTAL(109) of the rows showing', 'SUBTOTAL(109,', shown(pagu), shown(realisasi), []],
    ['SUBTOTAL(9) of the rows showing (a filter hides them)', 'SUBTOTAL(9,', shown(pagu), shown(realisasi), []],
    ['SUBTOTAL(109) of every row (computed before the rows were hidden)', 'SUBTOTAL(109,', all(pagu), all(realisasi), []],
    ['SUBTOTAL(109), its realisasi off both', 'SUBTOTAL(109,', shown(pagu), shown(realisasi) + 1000000, ['jumlah-total D7']],
    ['SUM of the rows showing: a SUM counts hidden rows', 'SUM(', shown(pagu), shown(realisasi), ['jumlah-total C7', 'jumlah-total D7']],
  ])('%s', (_, fn, paguTotal, realisasiTotal, expected) => {
    expect(galatCells(lra(fn, paguTotal, realisasiTotal))).toEqual(expected);
  });
});

describe('a total row whose cell counts its rows or takes their highest: no sum of them', () => {
  const kegiatan = (paguTotal: number, peserta: V) =>
    book(
      sheet('Kegiatan', [
        ['No', 'Kegiatan', 'Jumlah Peserta', 'Pagu', 'Realisasi'],
        [1, 'Pelatihan A', 40, 125000000, 118500000],
        [2, 'Pelatihan B', 35, 98000000, 96250000],
        [3, 'Bimtek C', 60, 150000000, 142300000],
        [null, bold('Jumlah'), peserta, formula('SUM(D2:D4)', paguTotal), formula('SUM(E2:E4)', 357050000)],
      ]),
    );
  test.each([
    ['the highest, by MAX', formula('MAX(C2:C4)', 60), 373000000, []],
    ['the count, by SUBTOTAL(103)', formula('SUBTOTAL(103,C2:C4)', 3), 373000000, []],
    ['a sum that is not, typed', 60, 373000000, ['jumlah-total C5']],
    ['the highest, and the pagu typed wrong', formula('MAX(C2:C4)', 60), 374000000, ['jumlah-total D5']],
  ])('%s', (_, peserta, paguTotal, expected) => {
    expect(galatCells(kegiatan(paguTotal, peserta))).toEqual(expected);
  });
  test.each([
    ['MAX(C2:C4)', true],
    ['=COUNTA(B2:B9)', true],
    ['_xlfn.MEDIAN(C2:C4)', true],
    ['MEDIAN(C2:C4)', true],
    ['SUBTOTAL(104,Tabel[Peserta])', true],
    ['SUBTOTAL(109,Tabel[Pagu])', false],
    ['SUBTOTAL(1,C2:C4)', false],
    ['AGGREGATE(4,6,C2:C4)', true],
    ['AGGREGATE(9,6,C2:C4)', false],
    ['SUM(C2:C4)', false],
    ['MAX(C2:C4)+1', false],
  ])('%s computes other than a sum or mean: %s', (f, other) => {
    expect(computesOtherAggregate(f)).toBe(other);
  });
});

test('what a formula aggregates: one SUM, AVERAGE or SUBTOTAL call, nothing else', () => {
  const forms: Array<[string, 'sum' | 'average' | undefined]> = [
    ['SUBTOTAL(109,Tabel[Pagu])', 'sum'],
    ['SUBTOTAL(9,B2:B4)', 'sum'],
    ['SUBTOTAL(101,Tabel[Capaian (%)])', 'average'],
    ['SUBTOTAL(109,Tabel[[#Totals],[Pagu (Rp)]])', 'sum'],
    ['_xlfn.AVERAGEA(B2:B4)', 'average'],
    ['=SUM(B2:B4)', 'sum'],
    ['SUM(B2:B4)/3', undefined],
    ['SUBTOTAL(104,B2:B4)', undefined],
    ['B2+B3+B4', undefined],
  ];
  const s = sheet('T', [forms.map(([f]) => formula(f, 1))]);
  const t = new TableModel(
    { sheet: 'T', range: { top: 1, left: 1, bottom: 1, right: forms.length }, kind: 'lainnya', headerRows: 0, columns: [], rows: [] },
    new Grid(s),
  );
  expect(forms.map((_, i) => t.aggregateAt(1, 1 + i))).toEqual(forms.map(([, a]) => a));
});

describe('jumlah-total: a PK whose Jumlah stands in the Program column', () => {
  test('the total under the programs, right of the blank sasaran and targets, is a total, not a last program', () => {
    const pk = (jumlah: number) =>
      book(
        sheet('PK', [
          ['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'],
          ['Menurunnya PMKS', 'Persentase PMKS tertangani', '85%', 'Program Rehabilitasi Sosial', 1250000000],
          [null, 'Jumlah PMKS', '3.500 jiwa', 'Program Pemberdayaan Sosial', 450000000],
          ['Meningkatnya perlindungan sosial', 'Persentase korban bencana terlayani', '100%', 'Program Perlindungan dan Jaminan Sosial', 300000000],
          [null, null, null, 'Jumlah', jumlah],
        ]),
      );
    expect(galatCells(pk(2000000000))).toEqual([]);
    expect(galatCells(pk(2100000000))).toEqual(['jumlah-total E5']);
  });
});

describe('jumlah-total: a JUMLAH written above the rows it totals', () => {
  test('the first body row as the total covers the rows below it', () => {
    const ra = (realisasi: number) =>
      book(
        sheet('RA', [
          ['No', 'Program', 'Pagu', 'Realisasi', '%'],
          [null, 'JUMLAH', 2400, realisasi, Math.round((realisasi / 2400) * 10000) / 100],
          [1, 'Program A', 2000, 1900, 95],
          [2, 'Program B', 100, 95, 95],
          [3, 'Program C', 300, 280, 93.33],
        ]),
      );
    expect(galatCells(ra(2275))).toEqual([]);
    const f = findings(ra(2265), 'jumlah-total');
    expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['D2', 2275, ['D3:D5']]]);
    expect(f[0].message).toContain('baris di bawahnya');
  });
});

test('jumlah-total: a formula or remark starting with "Jumlah" beside an indikator makes no total row', () => {
  const wb = book(
    sheet('IKU', [
      ['IKU', 'Formulasi', 'Target', 'Realisasi', '%'],
      ['Persentase penduduk miskin', 'Jumlah penduduk miskin / jumlah penduduk x 100%', 9.5, 9.1, 104.21],
      ['Indeks Pembangunan Manusia', 'Indeks komposit (BPS)', 72.5, 72.9, 100.55],
      ['Persentase rumah layak huni', 'Jumlah RLH / jumlah rumah x 100%', 75, 72, 96],
    ]),
  );
  const [t] = recogniseWorkbook(wb);
  expect(t.rows.map((r) => r.level)).toEqual(['data', 'data', 'data']);
  expect(galat(wb)).toEqual([]);
});

test('jumlah-total: an indikator named "Rata-rata …", its code in the No column and a formula beside it, is no average row', () => {
  const wb = (capaian4: number) =>
    book(
      sheet('IKU', [
        ['Kode', 'Indikator Kinerja Utama', 'Formula', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        ['IKU 1', 'Indeks SPBE', 'Nilai hasil evaluasi SPBE', 'indeks', 3, 3.12, 104],
        ['IKU 2', 'Persentase OPD yang terhubung jaringan intra pemerintah', 'OPD terhubung / jumlah OPD x 100%', '%', 90, 88, 97.78],
        ['IKU 3', 'Persentase aduan masyarakat yang ditindaklanjuti', 'aduan ditindaklanjuti / aduan masuk x 100%', '%', 100, 98, 98],
        ['IKU 4', 'Rata-rata waktu penyelesaian aduan (hari)', 'jumlah hari / jumlah aduan', 'hari', 4, 5, capaian4],
      ]),
    );
  const [t] = recogniseWorkbook(wb(75));
  expect(t.rows.map((r) => r.level)).toEqual(['data', 'data', 'data', 'data']);
  // lower is better (a waiting time): 2 − 5 / 4 = 75 % (or 4 / 5 = 80 %), its own capaian checked like any indikator's
  expect(galat(wb(75))).toEqual([]);
  expect(galat(wb(70)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'G5']]);
});

describe('jumlah-total: a budget whose groups are closed by sums below them, in the ways offices write them', () => {
  // two programmes, each with two kegiatan of two sub kegiatan; a programme or kegiatan line states its money or is a
  // heading; each kegiatan and programme may be closed by a sum, generic ("Jumlah", "Jumlah Program") or named after it
  type Sum = 'none' | 'generic' | 'named';
  interface Layout {
    programFigures: boolean;
    kegiatanFigures: boolean;
    kegiatanSum: Sum;
    programSum: Sum;
    total: boolean;
  }
  const PROGRAMS: Array<[string, Array<[string, Array<[number, number]>]>]> = [
    [
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH',
      [
        [
          'Administrasi Keuangan Perangkat Daerah',
          [
            [120000000, 111500000],
            [85500000, 80120000],
          ],
        ],
        [
          'Administrasi Umum Perangkat Daerah',
          [
            [64000000, 60250000],
            [210300000, 198400000],
          ],
        ],
      ],
    ],
    [
      'PROGRAM PENGELOLAAN PENDIDIKAN',
      [
        [
          'Pengelolaan Pendidikan Sekolah Dasar',
          [
            [340000000, 321700000],
            [155200000, 149980000],
          ],
        ],
        [
          'Pengelolaan Pendidikan Sekolah Menengah Pertama',
          [
            [98000000, 91230000],
            [276400000, 260115000],
          ],
        ],
      ],
    ],
  ];
  /** The LRA in the layout; `wrongSum` adds to the second programme's first kegiatan sum (pagu, realisasi). */
  const lra = (l: Layout, wrongSum: [number, number] = [0, 0]) => {
    const rows: V[][] = [['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)']];
    const sumOf = (pairs: Array<[number, number]>): [number, number] => pairs.reduce(([a, b], [p, r]) => [a + p, b + r], [0, 0]);
    let grand: [number, number] = [0, 0];
    PROGRAMS.forEach(([program, kegiatan], pi) => {
      const all = sumOf(kegiatan.flatMap(([, subs]) => subs));
      grand = [grand[0] + all[0], grand[1] + all[1]];
      rows.push([['I', 'II'][pi], bold(program), ...(l.programFigures ? all : [])]);
      kegiatan.forEach(([name, subs], ki) => {
        const k = sumOf(subs);
        rows.push([String(ki + 1), bold(name), ...(l.kegiatanFigures ? k : [])]);
        subs.forEach(([p, r], si) => rows.push([`${ki + 1}.${si + 1}`, `Sub kegiatan ${name} ${si + 1}`, p, r]));
        const off = pi === 1 && ki === 0 ? wrongSum : [0, 0];
        if (l.kegiatanSum !== 'none') rows.push([null, bold(l.kegiatanSum === 'generic' ? 'Jumlah' : `Jumlah Kegiatan ${name}`), k[0] + off[0], k[1] + off[1]]);
      });
      if (l.programSum !== 'none') rows.push([null, bold(l.programSum === 'generic' ? 'Jumlah Program' : `Jumlah ${program}`), ...all]);
    });
    if (l.total) rows.push([null, bold('TOTAL'), ...grand]);
    return book(sheet('LRA', rows));
  };
  const LAYOUTS: Array<[string, Layout]> = [
    [
      'kegiatan lines with money, each closed by its named sum',
      { programFigures: true, kegiatanFigures: true, kegiatanSum: 'named', programSum: 'named', total: true },
    ],
    [
      'headings only, a "Jumlah" under each kegiatan',
      { programFigures: false, kegiatanFigures: false, kegiatanSum: 'generic', programSum: 'generic', total: true },
    ],
    [
      'programme headings over kegiatan with money, "Jumlah" under each',
      { programFigures: false, kegiatanFigures: true, kegiatanSum: 'generic', programSum: 'named', total: true },
    ],
    [
      'programme lines with money, kegiatan headings closed by "Jumlah"',
      { programFigures: true, kegiatanFigures: false, kegiatanSum: 'generic', programSum: 'none', total: false },
    ],
  ];
  test.each(LAYOUTS)('%s: nothing to say when every sum adds up', (_, l) => {
    expect(galatCells(lra(l))).toEqual([]);
  });
  test.each(LAYOUTS)('%s: a kegiatan sum wrong in its realisasi is the one galat', (_, l) => {
    // the second programme's first kegiatan: 321.700.000 + 149.980.000 = 471.680.000, written 474.680.000 (judged against
    // its sub kegiatan as its heading's sum, or as the sum closing the kegiatan line)
    const row = l.programSum === 'none' ? 15 : 16;
    expect(galat(lra(l, [0, 3000000])).map((f) => [f.cell, f.expected])).toEqual([[`D${row}`, 471680000]]);
  });
  test('headings only: a kegiatan sum wrong in both its columns is still its kegiatan’s, its two figures the galat', () => {
    const l = LAYOUTS[1][1];
    expect(galatCells(lra(l, [5000000, 3000000]))).toEqual(['jumlah-induk C16', 'jumlah-induk D16']);
  });
  test('headings only, no kegiatan sums: "Jumlah Program" closes its programme over the open kegiatan headings', () => {
    const l: Layout = { programFigures: false, kegiatanFigures: false, kegiatanSum: 'none', programSum: 'generic', total: true };
    expect(galatCells(lra(l))).toEqual([]);
  });
});

describe('jumlah-total: programme headings without figures over their kegiatan', () => {
  const table = (sub2: number, total: number) =>
    book(
      sheet('LRA', [
        ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ['I', 'Program Penunjang Urusan Pemerintahan', null, null],
        ['1', 'Kegiatan Perencanaan dan Evaluasi', rp(200000000), rp(190000000)],
        ['2', 'Kegiatan Administrasi Keuangan', rp(500000000), rp(480000000)],
        [null, 'Sub Total', rp(700000000), rp(670000000)],
        ['II', 'Program Pemberdayaan Masyarakat', null, null],
        ['1', 'Kegiatan Pelatihan Kader', rp(300000000), rp(280000000)],
        ['2', 'Kegiatan Lomba Desa', rp(350000000), rp(340000000)],
        [null, 'Sub Total', rp(sub2), rp(620000000)],
        [null, 'JUMLAH', rp(total), rp(1290000000)],
      ]),
    );

  test('a Sub Total adds the kegiatan under its programme; the JUMLAH the sub-totals', () => {
    expect(galat(table(650000000, 1350000000))).toEqual([]);
    // 300 + 350 = 650 million, written 680 (the JUMLAH follows it: not a second galat)
    const f = galat(table(680000000, 1380000000));
    expect(f.map((x) => [x.rule, x.cell, x.expected, x.related])).toEqual([['jumlah-induk', 'C9', 650000000, ['C7:C8']]]);
  });

  test('a JUMLAH over programme headings adds their kegiatan', () => {
    const wb = book(
      sheet('LRA', [
        ['No', 'Program / Kegiatan', 'Pagu (Rp)'],
        ['I', 'Program Penunjang Urusan Pemerintahan', null],
        ['1', 'Kegiatan Perencanaan dan Evaluasi', rp(200000000)],
        ['2', 'Kegiatan Administrasi Keuangan', rp(500000000)],
        ['II', 'Program Pemberdayaan Masyarakat', null],
        ['1', 'Kegiatan Pelatihan Kader', rp(300000000)],
        [null, 'JUMLAH', rp(1100000000)],
      ]),
    );
    expect(findings(wb, 'jumlah-total').map((x) => [x.cell, x.expected])).toEqual([['C7', 1000000000]]);
  });
});

test('money in millions (the caption says "dalam juta rupiah"): the message and the figures say "juta", the numbers stay as written', () => {
  const wb = book(
    sheet('PAD', [
      ['Tabel Target dan Realisasi Pajak Daerah Tahun 2024 (dalam juta rupiah)'],
      ['No', 'Jenis Pajak', 'Target', 'Realisasi', '%'],
      [1, 'Pajak Hotel', 1500, 1620, 108],
      [2, 'Pajak Restoran', 2200, 2310, 105],
      ['Jumlah', null, 3700, 4030, 108.92],
    ]),
  );
  const [f] = periksaWorkbook(wb).findings.filter((x) => x.severity === 'galat');
  expect(f).toMatchObject({ rule: 'jumlah-total', cell: 'D5', expected: 3930, actual: 4030, expectedText: 'Rp 3.930 juta', actualText: 'Rp 4.030 juta' });
  expect(f.message).toContain('(Rp 4.030 juta)');
});

test('jumlah-total: a Rata-rata column right of one measure by year is each row’s mean of those years', () => {
  const tren = (mean2: number) =>
    book(
      sheet(
        'Tren',
        [
          ['No', 'Indikator Kinerja', 'Capaian (%)', null, null, null, null, 'Rata-rata'],
          [null, null, 2020, 2021, 2022, 2023, 2024, null],
          ['1', 'Persentase penduduk miskin yang mendapat bantuan', 90, 92, 94, 96, 98, 94],
          ['2', 'Persentase PMKS yang tertangani', 95, 97, 99, 101, 103, mean2],
          ['3', 'Persentase panti sosial terakreditasi', 80, 85, 90, 95, 100, 90],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:G1', 'H1:H2'] },
      ),
    );
  expect(findings(tren(99), 'jumlah-total')).toEqual([]);
  const f = findings(tren(98), 'jumlah-total');
  expect(f.map((x) => [x.cell, x.related, x.expected])).toEqual([['H4', ['C4:G4'], 99]]);
  expect(f[0].message).toBe(
    'Kolom Rata-rata pada baris Persentase PMKS yang tertangani (98,00 %) tidak sama dengan rata-rata 5 kolom capaian di barisnya (99,00 %).',
  );
});

describe('sub-totals named after their groups, nested (kegiatan within programme) as a script writes them', () => {
  // a programme heading, its kegiatan headings, their sub kegiatan, "Jumlah Kegiatan …", "Jumlah Program …", JUMLAH TOTAL;
  // a PK sheet with the programmes' anggaran
  const nested = (kegiatanOff: number, pkOff: number, byNumber = false) => {
    const rows: unknown[][] = [['Kode', 'Uraian', 'Anggaran', 'Realisasi']];
    const pk: unknown[][] = [['No', 'Sasaran', 'Indikator', 'Target', 'Program', 'Anggaran (Rp)']];
    let grand = [0, 0];
    for (const p of [1, 2]) {
      const name = `Program Peningkatan Produksi Pertanian Tanaman Pangan Nomor ${p}`;
      rows.push([byNumber ? `${p}` : `3.27.0${p}`, bold(name.toUpperCase())]);
      const prog = [0, 0];
      for (const k of [1, 2]) {
        const kegiatan = `Kegiatan Penyediaan Sarana dan Prasarana Pertanian ${p}.${k}`;
        rows.push([byNumber ? `${p}.${k}` : `3.27.0${p}.2.0${k}`, bold(kegiatan)]);
        const sum = [0, 0];
        for (const s of [1, 2, 3]) {
          const pagu = (100 * p + 10 * k + s) * 1000000;
          const real = pagu - s * 1000000;
          rows.push([byNumber ? `${p}.${k}.${s}` : `3.27.0${p}.2.0${k}.00${s}`, `Sub Kegiatan Penyediaan Benih ${p}.${k}.${s}`, pagu, real]);
          sum[0] += pagu;
          sum[1] += real;
        }
        const shown = sum[1] + (p === 2 && k === 1 ? kegiatanOff : 0);
        rows.push([null, bold(byNumber ? `Jumlah Kegiatan ${p}.${k}` : `Jumlah ${kegiatan}`), sum[0], shown]);
        prog[0] += sum[0];
        prog[1] += shown;
      }
      rows.push([null, bold(byNumber ? `Sub Total Program ${p}` : `Jumlah ${name}`), prog[0], prog[1]]);
      pk.push([p, `Meningkatnya produksi pertanian ${p}`, 'Produksi padi (ton)', 1000, name, prog[0] + (p === 1 ? pkOff : 0)]);
      grand = [grand[0] + prog[0], grand[1] + prog[1]];
    }
    rows.push([null, bold('JUMLAH TOTAL'), grand[0], grand[1]]);
    return book(sheet('Realisasi', rows as never), sheet('PK', pk as never));
  };

  test('all consistent: no galat (was one on every sub-total)', () => {
    expect(galatCells(nested(0, 0))).toEqual([]);
  });

  test('named by number ("Jumlah Kegiatan 2.1", "Sub Total Program 2" under headings numbered so): the same', () => {
    expect(galatCells(nested(0, 0, true))).toEqual([]);
    expect(galatCells(nested(2000000, 50000000, true))).toEqual(['jumlah-induk D19', 'lintas-sheet F2']);
  });

  test("a kegiatan's sub-total off its sub kegiatan; a programme's anggaran in the PK off its sub-total", () => {
    // rows: 2 heading, 3 kegiatan heading, 4–6, 7 Jumlah Kegiatan 1.1, 8, 9–11, 12, 13 Jumlah Program 1, 14, 15, 16–18,
    // 19 Jumlah Kegiatan 2.1, …
    expect(galatCells(nested(2000000, 50000000))).toEqual(['jumlah-induk D19', 'lintas-sheet F2']);
  });
});

test('an indikator named "Jumlah …" after a heading of the same words is an indikator, not the heading\'s sub-total', () => {
  const wb = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [bold('A'), bold('Kunjungan Wisatawan')],
      [1, 'Persentase objek wisata yang dikelola', '%', 80, 84, 105],
      [2, 'Jumlah Kunjungan Wisatawan', 'orang', 120000, 126000, 105],
      [bold('B'), bold('Ekonomi Kreatif')],
      [3, 'Jumlah pelaku ekonomi kreatif yang dibina', 'orang', 200, 190, 95],
    ]),
  );
  const rows = recogniseWorkbook(wb)[0].rows;
  const at = (n: number) => rows.find((r) => r.row === n);
  // a sibling of the indikator above it, under the heading, which stays a heading
  expect(at(4)).toMatchObject({ level: at(3)?.level, parent: 2 });
  expect(at(2)?.level).not.toBe('section');
  expect(periksaWorkbook(wb).findings.filter((f) => f.severity === 'galat')).toEqual([]);
});

describe('a PivotTable of the budget pasted as it shows', () => {
  test.each([
    ['Indonesian Excel', ['Label Baris', 'Jumlah dari Pagu', 'Jumlah dari Realisasi'], 'Total Keseluruhan'],
    ['English Excel', ['Row Labels', 'Sum of Pagu', 'Sum of Realisasi'], 'Grand Total'],
  ])('%s: a realisasi anggaran table, its grand total checked', (_lang, header, total) => {
    const rows = (realTotal: number) => [
      ['Tahun', '2024'],
      [],
      header.map((h) => bold(h)),
      [bold('Program Penunjang Urusan Pemerintahan Daerah'), bold(2450000000), bold(2301500000)],
      [{ v: 'Administrasi Keuangan', indent: 1 }, 1900000000, 1822000000],
      [{ v: 'Administrasi Umum', indent: 1 }, 550000000, 479500000],
      [bold('Program Pemenuhan Upaya Kesehatan'), bold(8300000000), bold(7840500000)],
      [{ v: 'Penyediaan Fasilitas', indent: 1 }, 5200000000, 4890000000],
      [{ v: 'Penyediaan Layanan', indent: 1 }, 3100000000, 2950500000],
      [bold(total), bold(10750000000), bold(realTotal)],
    ];
    const ok = book(sheet('Pivot', rows(10142000000)));
    const t = recogniseWorkbook(ok)[0];
    expect(t?.kind).toBe('realisasi-anggaran');
    expect(t.columns.map((c) => c.role)).toEqual(['uraian', 'anggaran', 'realisasi-anggaran']);
    expect(galatCells(ok)).toEqual([]);
    expect(galatCells(book(sheet('Pivot', rows(10147000000))))).toEqual(['jumlah-total C10']);
  });

  test('its row items are labels, numbers too ("7", "11" under an item), nested by indent only: no numbering, no false galat', () => {
    const wb = book(
      sheet('Pivot', [
        ['Row Labels', 'Sum of Realisasi'],
        ['fizz', 300],
        [{ v: 7, indent: 1 }, 100],
        [{ v: 11, indent: 1 }, 150],
        [{ v: 'buzz', indent: 1 }, 50],
        ['fuzz', 700],
        [{ v: 13, indent: 1 }, 300],
        [{ v: 'bazz', indent: 1 }, 400],
        ['Grand Total', 1000],
      ]),
    );
    expect(recogniseWorkbook(wb)[0]?.rows.map((r) => [r.row, r.level, r.parent ?? 0])).toEqual([
      [2, 'program', 0],
      [3, 'kegiatan', 2],
      [4, 'kegiatan', 2],
      [5, 'kegiatan', 2],
      [6, 'program', 0],
      [7, 'kegiatan', 6],
      [8, 'kegiatan', 6],
      [9, 'total', 0],
    ]);
    expect(galatCells(wb)).toEqual([]);
  });
});

test('jumlah-total: a rate column (Produktivitas (ku/ha), Kepadatan (jiwa/km²)) is never added up on the Jumlah row', () => {
  const wb = (jumlahProduksi: number) =>
    book(
      sheet('Produksi', [
        ['No', 'Komoditas', 'Luas Tanam (ha)', 'Luas Panen (ha)', 'Produksi (ton)', 'Produktivitas (ku/ha)', '% Panen'],
        [1, 'Padi Sawah', 12450, 12010, 68457, 57, 96.47],
        [2, 'Padi Ladang', 2310, 2150, 7310, 34, 93.07],
        [3, 'Jagung', 8640, 8420, 46310, 55, 97.45],
        [4, 'Kedelai', 540, 512, 768, 15, 94.81],
        [null, 'Jumlah', 23940, 23092, jumlahProduksi, 52.71, 96.46],
      ]),
    );
  expect(galat(wb(122845))).toEqual([]);
  // the production's sum is still checked
  expect(galat(wb(122854)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'E6', 122845]]);
});

describe('jumlah-total: a programme’s anggaran written again on each of its indikator rows (a PK, not merged)', () => {
  const pk = (jumlah: number) => book(sheet('PK', [...pkProgrammesPerRow(2), [null, null, null, null, bold('Jumlah'), rp(jumlah)]]));
  test('the Jumlah adds each programme once: no galat', () => {
    expect(galat(pk(13350000000))).toEqual([]);
  });
  test('a Jumlah that is not the programmes’ sum is found, the sum told with each programme once', () => {
    const f = galat(pk(13450000000));
    expect(f.map((x) => [x.rule, x.cell, x.expected])).toEqual([['jumlah-total', 'F6', 13350000000]]);
  });
  // the name typed again on its second row, as staff retype it: in capitals, wrapped by a line break, with doubled spaces
  test.each(['PROGRAM PEMENUHAN UPAYA KESEHATAN', 'Program Pemenuhan\nUpaya Kesehatan', ' Program  Pemenuhan  Upaya  Kesehatan '])(
    'the programme named again as "%s" is the same programme: added once',
    (again) => {
      const rows = pkProgrammesPerRow(2);
      rows[2][4] = again;
      const wb = (jumlah: number) => book(sheet('PK', [...rows, [null, null, null, null, bold('Jumlah'), rp(jumlah)]]));
      expect(galat(wb(13350000000))).toEqual([]);
      expect(galat(wb(13450000000)).map((x) => [x.rule, x.cell, x.expected])).toEqual([['jumlah-total', 'F6', 13350000000]]);
    },
  );
});

describe('jumlah-total: a programme › kegiatan › sub kegiatan list written without the styles that marked its levels', () => {
  // (a file written by a program that keeps no bold or indent: nothing but the figures says which row is which level)
  const rp = (n: number) => `Rp ${n.toLocaleString('de-DE')}`;
  const rows = (o: { kegiatan1?: number; top?: number; bottom?: number } = {}) => [
    ['No', 'Uraian', 'Pagu Anggaran', 'Realisasi'],
    ...(o.top !== undefined ? [[null, 'JUMLAH', rp(1300000000), rp(o.top)]] : []),
    [null, 'Pelayanan Kesehatan Masyarakat', rp(900000000), rp(810000000)],
    [null, 'Pengelolaan Pelayanan Kesehatan Dasar', rp(o.kegiatan1 ?? 600000000), rp(540000000)],
    [null, 'Operasional Puskesmas', rp(350000000), rp(315000000)],
    [null, 'Penyediaan Obat dan Bahan Medis', rp(250000000), rp(225000000)],
    [null, 'Pengelolaan Upaya Kesehatan Rujukan', rp(300000000), rp(270000000)],
    [null, 'Rujukan Pasien Miskin', rp(120000000), rp(108000000)],
    [null, 'Operasional Ambulans', rp(180000000), rp(162000000)],
    [null, 'Penunjang Urusan Pemerintahan', rp(400000000), rp(380000000)],
    [null, 'Administrasi Umum Perangkat Daerah', rp(400000000), rp(380000000)],
    [null, 'Penyediaan Alat Tulis Kantor', rp(150000000), rp(140000000)],
    [null, 'Penyediaan Jasa Kebersihan Kantor', rp(250000000), rp(240000000)],
    [null, 'JUMLAH', rp(1300000000), rp(o.bottom ?? 1190000000)],
  ];
  const totalGalat = (o: Parameters<typeof rows>[0]) => galatCells(book(sheet('Realisasi', rows(o)))).filter((g) => g.startsWith('jumlah-total'));

  test('each level adds to the JUMLAH once: the rows add to three times it, no contradiction', () => {
    expect(galatCells(book(sheet('Realisasi', rows())))).toEqual([]);
  });

  test('a kegiatan typed wrong among them: which rows the JUMLAH adds nothing says, so the JUMLAH is no galat', () => {
    expect(totalGalat({ kegiatan1: 610000000 })).toEqual([]);
  });

  test('two JUMLAH rows of the same rows, one adding up level by level and one not: the one that does not is a galat', () => {
    expect(totalGalat({ top: 1190000000, bottom: 1190000000 })).toEqual([]);
    expect(totalGalat({ top: 1199000000, bottom: 1190000000 })).toEqual(['jumlah-total D2']);
  });
});

describe('jumlah-total: an outline whose programmes only their capitals seemed to mark, one of them typed in small letters', () => {
  // (written without the bold that marked two of its levels: the capitals alone say which rows are programmes, and one
  // programme is not in capitals — so no programme adds up to the rows under it, and which rows the TOTAL adds is unknown)
  const lra = (o: { air?: number; total?: number; kependudukan?: string } = {}) =>
    book(
      sheet('Realisasi', [
        ['No', 'Uraian', 'Pagu Anggaran', 'Realisasi'],
        [null, 'PENGELOLAAN SISTEM PENYEDIAAN AIR MINUM', o.air ?? 1000000000, 900000000],
        [null, 'Penanganan Gangguan Pelayanan Air', 600000000, 540000000],
        [null, 'Evaluasi Kinerja Pelayanan Air', 200000000, 180000000],
        [null, 'Pembangunan Jaringan Perpipaan', 400000000, 360000000],
        [null, 'Koordinasi Perencanaan Air Minum', 400000000, 360000000],
        [null, 'Penyusunan Rencana Induk Air Minum', 400000000, 360000000],
        [null, o.kependudukan ?? 'Pendaftaran Penduduk', 900000000, 850000000],
        [null, 'Pelayanan Pendaftaran Penduduk', 900000000, 850000000],
        [null, 'Penerbitan Kartu Tanda Penduduk', 500000000, 480000000],
        [null, 'Perekaman Data Kependudukan', 400000000, 370000000],
        [null, 'PENGELOLAAN PENDIDIKAN', 700000000, 650000000],
        [null, 'Pengelolaan Pendidikan Sekolah Dasar', 700000000, 650000000],
        [null, 'Rehabilitasi Ruang Kelas', 300000000, 280000000],
        [null, 'Bantuan Operasional Sekolah', 400000000, 370000000],
        [null, 'TOTAL', o.total ?? 2600000000, 2400000000],
      ]),
    );
  test('the TOTAL of the programmes (one not in capitals) is no galat: that the capitals mark them no parent bears out', () => {
    expect(galat(lra()).map((f) => [f.rule, f.cell])).toEqual([]);
  });
  test('with every programme in capitals their parents add up: a TOTAL typed wrong is a galat', () => {
    expect(galat(lra({ kependudukan: 'PENDAFTARAN PENDUDUK', total: 2700000000 })).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'C16']]);
  });
  // the programme in small letters first, above the first one in capitals: read as kegiatan with no programme, beside
  // that programme on the top level (whose rows, its kegiatan and sub kegiatan alike, add to it once per level)
  const first = (kependudukan: string, total: number) =>
    book(
      sheet('Realisasi', [
        ['No', 'Uraian', 'Pagu Anggaran', 'Realisasi'],
        [null, kependudukan, 900000000, 850000000],
        [null, 'Pelayanan Pendaftaran Penduduk', 900000000, 850000000],
        [null, 'Penerbitan Kartu Tanda Penduduk', 500000000, 480000000],
        [null, 'Perekaman Data Kependudukan', 400000000, 370000000],
        [null, 'PENGELOLAAN PENDIDIKAN', 700000000, 650000000],
        [null, 'Pengelolaan Pendidikan Sekolah Dasar', 700000000, 650000000],
        [null, 'Rehabilitasi Ruang Kelas', 300000000, 280000000],
        [null, 'Bantuan Operasional Sekolah', 400000000, 370000000],
        [null, 'TOTAL', total, 1500000000],
      ]),
    );
  test('the programme in small letters above the first in capitals: the TOTAL of the two programmes is no galat', () => {
    expect(galat(first('Pendaftaran Penduduk', 1600000000)).map((f) => [f.rule, f.cell])).toEqual([]);
  });
  test('both in capitals: a TOTAL typed wrong is a galat', () => {
    expect(galat(first('PENDAFTARAN PENDUDUK', 1600000000)).map((f) => [f.rule, f.cell])).toEqual([]);
    expect(galat(first('PENDAFTARAN PENDUDUK', 1700000000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'C10']]);
  });
});

describe('jumlah-total: an outline its words mark (Program, Kegiatan, Sub Kegiatan), written without bold, one programme typed wrong', () => {
  // (the words say the levels; every other parent adds up to its rows: the one that does not is its own error, and
  // the TOTAL is still judged)
  const lra = (total: number) =>
    book(
      sheet('Realisasi', [
        ['No', 'Uraian', 'Pagu Anggaran', 'Realisasi'],
        [null, 'Program Pengelolaan Pendidikan', 1000000000, 900000000],
        [null, 'Kegiatan Pengelolaan Pendidikan Sekolah Dasar', 600000000, 540000000],
        [null, 'Sub Kegiatan Rehabilitasi Ruang Kelas', 200000000, 180000000],
        [null, 'Sub Kegiatan Bantuan Operasional Sekolah', 400000000, 360000000],
        [null, 'Kegiatan Pengelolaan Pendidikan Sekolah Menengah Pertama', 400000000, 360000000],
        [null, 'Sub Kegiatan Pengadaan Mebel Sekolah', 150000000, 135000000],
        [null, 'Sub Kegiatan Pembinaan Guru', 250000000, 225000000],
        [null, 'Program Pendaftaran Penduduk', 1100000000, 1130000000],
        [null, 'Kegiatan Pelayanan Pendaftaran Penduduk', 900000000, 850000000],
        [null, 'Sub Kegiatan Penerbitan Kartu Tanda Penduduk', 500000000, 480000000],
        [null, 'Sub Kegiatan Perekaman Data Kependudukan', 400000000, 370000000],
        [null, 'Kegiatan Pelayanan Pencatatan Sipil', 300000000, 280000000],
        [null, 'Sub Kegiatan Penerbitan Akta Kelahiran', 100000000, 95000000],
        [null, 'Sub Kegiatan Penerbitan Akta Kematian', 200000000, 185000000],
        [null, 'TOTAL', total, 2030000000],
      ]),
    );
  test('the TOTAL of the programmes as they should be: only the programme is wrong', () => {
    expect(galat(lra(2200000000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'C9']]);
  });
  test('a TOTAL that is neither: a galat of its own', () => {
    expect(galat(lra(2250000000)).map((f) => [f.rule, f.cell])).toEqual([
      ['jumlah-induk', 'C9'],
      ['jumlah-total', 'C16'],
    ]);
  });
});

describe('jumlah-total: a JUMLAH above the rows and a TOTAL below them, typed alike', () => {
  // programme › kegiatan › sub kegiatan with no bold, indent or number (a web export): one programme happens to be in
  // capitals; nothing tells where the second one begins. Marked (bold, indent), the outline is read and adds up.
  const rows = (top: number, bottom: number, marked = false): V[][] => {
    const at = (s: string, level: number): V => (!marked ? s : level === 0 ? { v: s, bold: true } : { v: s, indent: level });
    return [
      ['Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [at('JUMLAH', 0), top, 1780000000],
      [at('PENGELOLAAN SISTEM PENYEDIAAN AIR MINUM', 0), 1200000000, 1020000000],
      [at('Administrasi Keuangan Perangkat Daerah', 1), 700000000, 600000000],
      [at('Penyediaan Alat Tulis Kantor', 2), 300000000, 250000000],
      [at('Penyediaan Bahan Logistik Kantor', 2), 400000000, 350000000],
      [at('Administrasi Umum Perangkat Daerah', 1), 500000000, 420000000],
      [at('Pemeliharaan Kendaraan Dinas', 2), 500000000, 420000000],
      [at('Pemenuhan Upaya Kesehatan Masyarakat', 0), 900000000, 760000000],
      [at('Penyediaan Fasilitas Pelayanan Kesehatan', 1), 900000000, 760000000],
      [at('Pengadaan Alat Kesehatan', 2), 900000000, 760000000],
      [at('TOTAL', 0), bottom, 1780000000],
    ];
  };
  test('both 2 100 million (the two programmes): the rows as read are in doubt, not two totals typed alike', () => {
    expect(galat(book(sheet('Anggaran', rows(2100000000, 2100000000))))).toEqual([]);
  });
  test('the outline marked, both totals typed 2 150 million: it adds up, and the JUMLAH is wrong', () => {
    expect(galat(book(sheet('Anggaran', rows(2100000000, 2100000000, true))))).toEqual([]);
    // (the TOTAL below repeats the JUMLAH above, a total of totals: the one error is reported once, at the JUMLAH)
    const f = galat(book(sheet('Anggaran', rows(2150000000, 2150000000, true))));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([['jumlah-total', 'B2']]);
  });
});

describe('jumlah-total: a budget closed by a long total label', () => {
  const budget = (label: string, realisasi: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
        ['1', bold('Program Penunjang Urusan Pemerintahan Daerah'), 1000000000, 900000000, 90],
        ['1.1', 'Administrasi Keuangan Perangkat Daerah', 600000000, 540000000, 90],
        ['1.2', 'Administrasi Umum Perangkat Daerah', 400000000, 360000000, 90],
        ['2', bold('Program Pemenuhan Upaya Kesehatan'), 500000000, 450000000, 90],
        ['2.1', 'Penyediaan Layanan Kesehatan', 500000000, 450000000, 90],
        [null, bold(label), 1500000000, realisasi, Math.round((realisasi / 1500000000) * 10000) / 100],
      ]),
    );
  test.each([
    'Jumlah Belanja Langsung dan Tidak Langsung Tahun 2024',
    'JUMLAH TOTAL BELANJA DAERAH TAHUN ANGGARAN 2024',
    'Total Realisasi Anggaran Dinas Kesehatan 2024',
    'TOTAL BELANJA OPERASI DAN BELANJA MODAL',
  ])('"%s" is the total of the programmes: right, nothing; typed wrong, a galat', (label) => {
    expect(galat(budget(label, 1350000000))).toEqual([]);
    expect(galat(budget(label, 1360000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'D7', 1350000000]]);
  });
  test('in a table of counts, an unnumbered long "Jumlah …" line is a line of its own, not a total', () => {
    const wb = book(
      sheet('Data', [
        ['Uraian', '2022', '2023', '2024'],
        ['Luas panen padi (ha)', 33850, 34120, 35285],
        ['Produksi padi (ton)', 178900, 183400, 191250],
        ['Jumlah rumah tangga usaha pertanian padi', 21450, 21980, 22410],
      ]),
    );
    expect(galat(wb)).toEqual([]);
  });
});

describe('jumlah-total: a Rata-rata row under an outline (a programme over its kegiatan, each with its indikator and capaian)', () => {
  // the Renja evaluation's closing row: the mean of the programmes' capaian, or of every row's
  const renja = (mean: number, kegiatan = 102.22) =>
    book(
      sheet('Evaluasi Renja', [
        ['No', 'Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, '3.25.03', bold('Program Pengelolaan Perikanan Tangkap'), 'Produksi perikanan tangkap (ton)', 14500, 15120, 104.28],
        [null, '3.25.03.2.01', 'Pengelolaan Penangkapan Ikan', 'Jumlah nelayan yang difasilitasi (orang)', 450, 460, kegiatan],
        [null, '3.25.03.2.02', 'Pemberdayaan Nelayan Kecil', 'Jumlah kelompok nelayan yang dibina (kelompok)', 30, 32, 106.67],
        [2, '3.25.04', bold('Program Pengelolaan Perikanan Budidaya'), 'Produksi perikanan budidaya (ton)', 22000, 20460, 93],
        [null, '3.25.04.2.01', 'Pengelolaan Pembudidayaan Ikan', 'Jumlah pembudidaya yang dibina (orang)', 300, 285, 95],
        [null, null, bold('Rata-rata capaian kinerja (%)'), null, null, null, mean],
        // (the form's closing line, in plain type: read as a line of the last programme, after the mean)
        [null, null, 'Predikat kinerja', null, null, null, 'Sangat Tinggi'],
      ]),
    );
  test.each([
    ['the mean of the programmes (104,28 and 93)', 98.64, []],
    ['the mean of every row, kegiatan too', 100.23, []],
    ['neither', 101.5, ['jumlah-total G7']],
  ])('%s', (_what, mean, expected) => {
    expect(galatCells(renja(mean))).toEqual(expected);
  });
  test("the mean of every row where a kegiatan's capaian is typed wrong: that capaian is the galat, the mean of the right figures none", () => {
    // (102,22 typed 106,22: the mean of the stated figures would be 101,03)
    expect(galatCells(renja(100.23, 106.22))).toEqual(['persen-capaian G3']);
  });
});

describe("a number merged down over a group's rows and the row closing them: the sum or mean is checked", () => {
  // a Dinas Kesehatan's budget, No and Program merged over each programme's kegiatan and its "Jumlah Program" in the
  // Kegiatan column; the second programme's sum typed Rp 483.000.000 where its kegiatan spent 329 + 144 = 473 million
  const budget = (spent2: number) =>
    book(
      sheet(
        'Anggaran',
        [
          ['No', 'Program', 'Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
          [1, 'Program Pelayanan Kesehatan', 'Penyediaan Fasilitas Pelayanan Kesehatan', 1200000000, 1128000000, 94],
          [null, null, 'Penyediaan Layanan Kesehatan UKM dan UKP', 800000000, 760000000, 95],
          [null, null, 'Jumlah Program', 2000000000, 1888000000, 94.4],
          [2, 'Program Peningkatan Kapasitas SDM Kesehatan', 'Pengembangan Mutu dan Kompetensi Teknis SDM', 350000000, 329000000, 94],
          [null, null, 'Perencanaan Kebutuhan SDM Kesehatan', 150000000, 144000000, 96],
          [null, null, 'Jumlah Program', 500000000, spent2, Math.round(spent2 / 5e4) / 100],
          [null, 'JUMLAH TOTAL', null, 2500000000, 1888000000 + spent2, Math.round((1888000000 + spent2) / 2.5e5) / 100],
        ],
        { merges: ['A2:A4', 'B2:B4', 'A5:A7', 'B5:B7', 'B8:C8'] },
      ),
    );
  // its pengukuran, No and Sasaran merged over each sasaran's indikator and its "Rata-rata capaian sasaran"; the second
  // sasaran's mean, (104,17 + 99,35) ÷ 2 = 101,76, typed 103,76
  const pengukuran = (mean2: number) =>
    book(
      sheet(
        'Pengukuran',
        [
          ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Meningkatnya kualitas pelayanan kesehatan', 'Persentase puskesmas terakreditasi', 80, 84, 105],
          [null, null, 'Indeks Kepuasan Masyarakat', 82, 83.5, 101.83],
          [null, null, 'Rata-rata capaian sasaran', null, null, 103.42],
          [2, 'Meningkatnya derajat kesehatan masyarakat', 'Angka kematian bayi per 1.000 KH', 12, 11.5, 104.17],
          [null, null, 'Persentase balita gizi buruk yang ditangani', 100, 99.35, 99.35],
          [null, null, 'Rata-rata capaian sasaran', null, null, mean2],
        ],
        { merges: ['A2:A4', 'B2:B4', 'A5:A7', 'B5:B7'] },
      ),
    );
  test.each([
    ['a programme\'s "Jumlah Program"', budget, 473000000, 483000000, 'jumlah-total E7'],
    ['a sasaran\'s "Rata-rata capaian sasaran"', pengukuran, 101.76, 103.76, 'jumlah-total F7'],
  ])('%s', (_, wb, right, wrong, cell) => {
    expect(galat(wb(right))).toEqual([]);
    expect(galatCells(wb(wrong))).toEqual([cell]);
  });
});

describe('a "Jumlah Program" under each programme, the spending under a header that names no realisasi ("Belanja (Rp)")', () => {
  // a Dinas Pendidikan's LRA: headings above their kegiatan, a sum after each; the second programme's pagu sum typed
  // Rp 6.000.000 too high — its spending sum is right, so the sum still closes that programme, not the rows since the
  // first programme's
  const lra = (paguSum2: number) =>
    book(
      sheet('Realisasi Anggaran', [
        ['No', 'Program / Kegiatan / Sub Kegiatan', 'Plafon Anggaran (Rp)', 'Belanja (Rp)'],
        ['I', bold('PROGRAM PENGELOLAAN PENDIDIKAN'), null, null],
        ['1', 'Pengelolaan Pendidikan Sekolah Dasar', 387230000, 367547000],
        ['1.1', 'Pemeliharaan Kendaraan Dinas', 366070000, 346640000],
        ['1.2', 'Pelatihan Teknis Petugas', 21160000, 20907000],
        ['2', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', 592680000, 557081000],
        ['2.1', 'Penyediaan Gaji dan Tunjangan ASN', 366970000, 350564000],
        ['2.2', 'Pelatihan Teknis Petugas', 225710000, 206517000],
        [null, bold('Jumlah Program'), 979910000, 924628000],
        ['II', bold('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN'), null, null],
        ['1', 'Penyediaan Fasilitas Pelayanan Kesehatan', 414820000, 396959000],
        ['1.1', 'Pelatihan Teknis Petugas', 322100000, 310020000],
        ['1.2', 'Pemeliharaan Kendaraan Dinas', 92720000, 86939000],
        ['2', 'Penyediaan Layanan Kesehatan Rujukan', 433600000, 397752000],
        ['2.1', 'Penyediaan Alat Tulis Kantor', 44600000, 43646000],
        ['2.2', 'Pengadaan Sarana dan Prasarana', 389000000, 354106000],
        [null, bold('Jumlah Program'), paguSum2, 794711000],
      ]),
    );
  test('the wrong pagu sum is the one galat, the spending sum none', () => {
    expect(galat(lra(848420000))).toEqual([]);
    expect(galatCells(lra(854420000))).toEqual(['jumlah-total C17']);
  });
});

test('jumlah-total: a total row with no label (bold sums under the last programme) is named by its row number', () => {
  const wb = book(
    sheet('Anggaran', [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      [1, 'Program Penunjang Urusan Pemerintahan', 1200000000, 1100000000, 91.67],
      [2, 'Program Pelayanan Kesehatan', 800000000, 760000000, 95],
      [3, 'Program Sumber Daya Kesehatan', 500000000, 450000000, 90],
      [null, null, bold(2500000000), bold(2300000000), bold(92)],
    ]),
  );
  const found = periksaWorkbook(wb).findings.filter((f) => f.severity === 'galat');
  expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(['jumlah-total D5']);
  expect(found[0].message).toMatch(/^Realisasi anggaran baris 5 \(Rp 2\.300\.000\.000\) tidak sama dengan jumlah baris di atasnya \(Rp 2\.310\.000\.000\)\.$/);
});

describe('a programme typed without the word "Program" among programmes coded alike', () => {
  // (a Dinas Pertanian's budget by programme, each coded urusan.bidang.program in a Kode column)
  const budget = (jumlahPagu: number) =>
    book(
      sheet('Realisasi Anggaran', [
        ['Kode', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
        ['3.27.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB/KOTA', 4250000000, 4100000000, 96.47],
        ['3.27.02', 'Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat', 1200000000, 1150000000, 95.83],
        ['3.27.03', 'Program Penyediaan dan Pengembangan Sarana Pertanian', 2750000000, 2600000000, 94.55],
        ['3.27.05', 'Pengendalian dan Penanggulangan Bencana Pertanian', 650000000, 640000000, 98.46],
        ['3.27.07', 'Program Penyuluhan Pertanian', 850000000, 820000000, 96.47],
        [null, 'JUMLAH', jumlahPagu, 9310000000, 95.98],
      ]),
    );

  test('is a programme: its code has the programmes’ three parts (no item of the programme above it)', () => {
    const t = recogniseWorkbook(budget(9700000000))[0];
    const row = t.rows.find((r) => r.label.startsWith('Pengendalian'))!;
    expect(row.parent).toBeUndefined();
    expect(new Set(t.rows.filter((r) => r.level !== 'total').map((r) => r.level)).size).toBe(1);
    expect(galatCells(budget(9700000000))).toEqual([]);
  });

  test('the JUMLAH is checked against all five', () => {
    expect(galatCells(budget(9050000000))).toEqual(['jumlah-total C7']);
  });
});

describe('a programme typed without the word "Program", numbered and in capitals like the others', () => {
  // (the kegiatan named "Kegiatan …", unnumbered, in lower case: the programmes' look is theirs alone)
  const budget = (jumlahPagu: number) =>
    book(
      sheet('Realisasi', [
        ['No', 'Program/Kegiatan', 'Anggaran', 'Realisasi', '%'],
        [1, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 900000000, 860000000, 95.56],
        [null, 'Kegiatan Administrasi Umum Perangkat Daerah', 600000000, 570000000, 95.0],
        [null, 'Kegiatan Administrasi Keuangan', 300000000, 290000000, 96.67],
        [2, 'PENGELOLAAN PENDIDIKAN', 1500000000, 1430000000, 95.33],
        [null, 'Kegiatan Pengelolaan Pendidikan Sekolah Dasar', 1000000000, 950000000, 95.0],
        [null, 'Kegiatan Pengelolaan Pendidikan SMP', 500000000, 480000000, 96.0],
        [3, 'PROGRAM PENGEMBANGAN KURIKULUM', 400000000, 395000000, 98.75],
        [null, 'Kegiatan Penetapan Kurikulum Muatan Lokal', 400000000, 395000000, 98.75],
        [null, 'JUMLAH', jumlahPagu, 2685000000, 95.89],
      ]),
    );

  test('is a programme, the parent of the kegiatan under it', () => {
    const t = recogniseWorkbook(budget(2800000000))[0];
    const row = t.rows.find((r) => r.label === 'PENGELOLAAN PENDIDIKAN')!;
    expect(row.level).toBe('program');
    expect(t.rows.filter((r) => r.parent === row.row).map((r) => r.row)).toEqual([6, 7]);
    expect(galatCells(budget(2800000000))).toEqual([]);
  });

  test('the JUMLAH is checked against the three programmes', () => {
    expect(galatCells(budget(2900000000))).toEqual(['jumlah-total C10']);
  });
});

test('rows all alike, "Program …" over kegiatan named by nothing: the kegiatan stay under their programme', () => {
  const t = recogniseWorkbook(
    book(
      sheet('Realisasi', [
        ['Uraian', 'Anggaran', 'Realisasi', '%'],
        ['Program Pemberdayaan Sosial', 86000000, 82000000, 95.35],
        ['Pengembangan Potensi Sumber Kesejahteraan Sosial', 86000000, 82000000, 95.35],
        ['Program Rehabilitasi Sosial', 234292000, 228380000, 97.48],
        ['Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar', 234292000, 228380000, 97.48],
        ['Program Penanganan Bencana', 133680500, 121204980, 90.67],
        ['Perlindungan Sosial Korban Bencana Alam dan Sosial', 89668500, 88648500, 98.86],
        ['Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana', 44012000, 32556480, 73.97],
      ]),
    ),
  )[0];
  expect(t.rows.map((r) => [r.row, r.level, r.parent])).toEqual([
    [2, 'program', undefined],
    [3, 'kegiatan', 2],
    [4, 'program', undefined],
    [5, 'kegiatan', 4],
    [6, 'program', undefined],
    [7, 'kegiatan', 6],
    [8, 'kegiatan', 6],
  ]);
});
