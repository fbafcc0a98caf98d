import { periksaWorkbook } from '../../../src/core/periksa';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { bold, book, findings, galat, rp, sheet, V } from '../../helpers/snap';

const header = [['No.', 'Uraian', 'Anggaran', 'Realisasi', '%']];

function budget(realisasiKegiatan2: number) {
  return book(
    sheet('Realisasi Anggaran', [
      ['Tabel 3.7 Realisasi Anggaran Tahun 2024'],
      ...header,
      ['1', bold('Program Penanganan Bencana'), rp(133680500), rp(121204980), { v: 0.9, fmt: '0%' }],
      [null, 'Perlindungan Sosial Korban Bencana Alam dan Sosial', rp(89668500), rp(88648500), { v: 0.99, fmt: '0%' }],
      [
        null,
        'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana',
        rp(44012000),
        rp(realisasiKegiatan2),
        { v: realisasiKegiatan2 / 44012000, fmt: '0%' },
      ],
      ['2', bold('Program Pemberdayaan Sosial'), rp(84000000), rp(82000000), { v: 0.97, fmt: '0%' }],
      [null, 'Pengembangan Potensi Sumber Kesejahteraan Sosial', rp(84000000), rp(82000000), { v: 0.97, fmt: '0%' }],
    ]),
  );
}

describe('jumlah-induk', () => {
  test('valid: every program equals the sum of its kegiatan (Gowa)', () => {
    expect(findings(budget(32556480), 'jumlah-induk')).toEqual([]);
  });

  test("an account of a budget realisation is summed from its lines ('rinciannya'), not from a programme's kegiatan", () => {
    const ind = (v: string, indent: number): V => ({ v, indent });
    const wb = book(
      sheet('LRA', [
        ['Uraian', 'Anggaran', 'Realisasi'],
        [bold('PENDAPATAN DAERAH'), rp(2704e6), rp(2717e6)],
        [{ v: 'PENDAPATAN ASLI DAERAH', indent: 1, bold: true }, rp(2804e6), rp(2717e6)],
        [ind('Retribusi Jasa Umum', 2), rp(166e6), rp(172e6)],
        [ind('Pendapatan BLUD', 2), rp(2538e6), rp(2545e6)],
      ]),
    );
    const f = findings(wb, 'jumlah-induk');
    expect(f.map((x) => x.cell)).toContain('B3');
    expect(f.find((x) => x.cell === 'B3')?.message).toBe(
      'Anggaran PENDAPATAN ASLI DAERAH (Rp 2.804.000.000) tidak sama dengan jumlah rinciannya (Rp 2.704.000.000).',
    );
  });

  test('invalid: a program ≠ Σ its kegiatan', () => {
    const f = findings(budget(41576480), 'jumlah-induk');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'galat',
      sheet: 'Realisasi Anggaran',
      cell: 'D3',
      related: ['D4:D5'],
      expected: 130224980,
      actual: 121204980,
    });
    expect(f[0].message).toBe('Realisasi anggaran Program Penanganan Bencana (Rp 121.204.980) tidak sama dengan jumlah kegiatannya (Rp 130.224.980).');
  });

  test('counts carried by parent rows (Metro APBD: 241 = 82 + 105 + 18 + 15 + 10 + 11)', () => {
    const rows = (first: number) => [
      ['NO', 'URUSAN SOSIAL', 'REALISASI', 'SATUAN', 'PAGU ANGGARAN'],
      ['06.', 'Rehabilitasi Sosial dasar Penyandang Disabilitas terlantar', first, null, null],
      [null, '- Penyedia makanan', 82, 'Orang', 33248000],
      [null, '- Penyedia Sandang', 105, 'Orang', 6577666],
      [null, '- Penyedia Alat bantu', 18, 'Orang', 15250000],
      [null, '- Pemberian Bimbingan Fisik', 15, 'Orang', 30000000],
      [null, '- Pemberian Bimbingan Sosial', 10, 'Orang', 6250000],
      [null, '- Fasilitasi pembuatan NIK', 11, '-', '-'],
      ['07.', 'Rehabilitasi Sosial dasar Anak terlantar', 109, null, null],
      [null, '- Penyediaan layanan Kedaruratan', 15, 'Orang', 17035900],
      [null, '- Penyediaan sandang', 88, 'Orang', 6577666],
      [null, '- Fasilitasi pembuatan NIK', 6, '-', '-'],
    ];
    expect(findings(book(sheet('APBD', rows(241))), 'jumlah-induk')).toEqual([]);
    const f = findings(book(sheet('APBD', rows(251))), 'jumlah-induk');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([['C2', 241, 251]]);
  });

  test('"- " rows under unnumbered kegiatan rows (1 PROGRAM › Kegiatan › - sub kegiatan) are the kegiatan’s children', () => {
    const rows = (sub: number) => [
      ['No', 'Uraian', 'Pagu', 'Realisasi', 'Sisa', 'Capaian (%)'],
      [1, 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 850000000, 812000000, 38000000, 95.53],
      [null, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 850000000, 812000000, 38000000, 95.53],
      [null, '- Fasilitasi Kegiatan Kecamatan', 500000000, 480000000, 20000000, 96],
      [null, '- Pelayanan Administrasi Kependudukan', 350000000, 332000000, 18000000, 94.86],
      [2, 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 600000000, 570000000, 30000000, 95],
      [null, 'Pemberdayaan Masyarakat Desa dan Kelurahan', 600000000, 570000000, 30000000, 95],
      [null, '- Fasilitasi Pemberdayaan Kader', 600000000, sub, 600000000 - sub, Math.round(sub / 60000) / 100],
    ];
    const [t] = recogniseWorkbook(book(sheet('Anggaran', rows(570000000))));
    expect(t.rows.map((r) => [r.level, r.parent])).toEqual([
      ['program', undefined],
      ['kegiatan', 2],
      ['subkegiatan', 3],
      ['subkegiatan', 3],
      ['program', undefined],
      ['kegiatan', 6],
      ['subkegiatan', 7],
    ]);
    expect(galat(book(sheet('Anggaran', rows(570000000))))).toEqual([]);
    const f = findings(book(sheet('Anggaran', rows(575000000))), 'jumlah-induk');
    expect(f.map((x) => [x.cell, x.related, x.expected])).toEqual([['D7', ['D8'], 575000000]]);
  });

  test('"- " rows under kegiatan named by their word (Program … › Kegiatan … › - sub kegiatan) are the kegiatan’s children', () => {
    const rows = (kegiatan: number) => [
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [null, bold('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'), 1300000000, 1150000000],
      [null, 'Kegiatan Administrasi Keuangan Perangkat Daerah', kegiatan, 900000000],
      [null, '- Penyediaan Gaji dan Tunjangan ASN', 700000000, 650000000],
      [null, '- Penyediaan Alat Tulis Kantor', 300000000, 250000000],
      [null, 'Kegiatan Administrasi Umum Perangkat Daerah', 300000000, 250000000],
      [null, '- Penyediaan Bahan Logistik Kantor', 300000000, 250000000],
      [null, bold('JUMLAH'), 1300000000, 1150000000],
    ];
    const [t] = recogniseWorkbook(book(sheet('Anggaran', rows(1000000000))));
    expect(t.rows.map((r) => [r.level, r.parent])).toEqual([
      ['program', undefined],
      ['kegiatan', 2],
      ['subkegiatan', 3],
      ['subkegiatan', 3],
      ['kegiatan', 2],
      ['subkegiatan', 6],
      ['total', undefined],
    ]);
    expect(galat(book(sheet('Anggaran', rows(1000000000))))).toEqual([]);
    // the kegiatan's pagu against its two sub kegiatan (and its programme's against it)
    const f = findings(book(sheet('Anggaran', rows(1060000000))), 'jumlah-induk');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['C3', 1000000000]]);
  });

  test('"A BELANJA TIDAK LANGSUNG | B BELANJA LANGSUNG" over rows named "Program …" head them (Permendagri 13/2006)', () => {
    const rows = (langsung: number) => [
      ['No', 'Uraian', 'Anggaran', 'Realisasi', '%'],
      [bold('A'), bold('BELANJA TIDAK LANGSUNG'), 4000000000, 3880000000, 97],
      [1, 'Belanja Pegawai', 4000000000, 3880000000, 97],
      [bold('B'), bold('BELANJA LANGSUNG'), 2500000000, langsung, Math.round(langsung / 250000) / 100],
      [1, 'Program Pengelolaan Persampahan', 1500000000, 1410000000, 94],
      [2, 'Program Pengendalian Pencemaran dan Kerusakan Lingkungan Hidup', 1000000000, 950000000, 95],
      [bold('JUMLAH BELANJA'), null, 6500000000, 3880000000 + langsung, Math.round((3880000000 + langsung) / 650000) / 100],
    ];
    const [t] = recogniseWorkbook(book(sheet('Belanja', rows(2360000000))));
    expect(t.rows.map((r) => [r.row, r.parent])).toEqual([
      [2, undefined],
      [3, 2],
      [4, undefined],
      [5, 4],
      [6, 4],
      [7, undefined],
    ]);
    expect(galat(book(sheet('Belanja', rows(2360000000))))).toEqual([]);
    // 1.410 + 950 = 2.360 million, written 2.350: the group is wrong, not the JUMLAH (the sum of the two groups)
    const f = galat(book(sheet('Belanja', rows(2350000000))));
    expect(f.map((x) => [x.rule, x.cell, x.related])).toEqual([['jumlah-induk', 'D4', ['D5:D6']]]);
    expect(f[0].message).toContain('jumlah programnya');
  });

  test('the No column’s outline I › A › 1 (a Roman numeral, a capital, a digit) is programme › kegiatan › sub kegiatan', () => {
    for (const dot of ['', '.']) {
      const rows = (mebel: number) => [
        ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [bold(`I${dot}`), bold('Penunjang Urusan Pemerintahan Daerah'), 1000000000, 950000000],
        [`A${dot}`, 'Administrasi Keuangan Perangkat Daerah', 700000000, 665000000],
        [`1${dot}`, 'Penyediaan Gaji dan Tunjangan ASN', 500000000, 475000000],
        [`2${dot}`, 'Pelaksanaan Penatausahaan Keuangan', 200000000, 190000000],
        [`B${dot}`, 'Administrasi Umum Perangkat Daerah', 300000000, 285000000],
        [`1${dot}`, 'Penyediaan Bahan Logistik Kantor', 300000000, 285000000],
        [bold(`II${dot}`), bold('Pengelolaan Pendidikan'), 250000000, 235000000],
        [`A${dot}`, 'Pengelolaan Pendidikan Sekolah Dasar', 250000000, 235000000],
        [`1${dot}`, 'Pembangunan Ruang Kelas Baru', 120000000, 110000000],
        [`2${dot}`, 'Pengadaan Mebel Sekolah', 130000000, mebel],
        ['Jumlah', null, 1250000000, 1185000000],
      ];
      const [t] = recogniseWorkbook(book(sheet('Realisasi', rows(125000000))));
      expect(t.rows.map((r) => r.level)).toEqual([
        'program',
        'kegiatan',
        'subkegiatan',
        'subkegiatan',
        'kegiatan',
        'subkegiatan',
        'program',
        'kegiatan',
        'subkegiatan',
        'subkegiatan',
        'total',
      ]);
      expect(galat(book(sheet('Realisasi', rows(125000000))))).toEqual([]);
      // 110 + 240 = 350 million under a kegiatan of 235
      const f = galat(book(sheet('Realisasi', rows(240000000))));
      expect(f.map((x) => [x.rule, x.cell, x.related])).toEqual([['jumlah-induk', 'D9', ['D10:D11']]]);
    }
  });

  test('a column the table does not sum (a program target in % over counts) is not judged', () => {
    const wb = book(
      sheet('Belanja', [
        ['NO', 'PROGRAM/KEGIATAN/ SUB KEGIATAN', 'INDIKATOR', 'TARGET KINERJA', 'REALISASI KINERJA', 'ANGGARAN (Rp)', 'REALISASI (Rp)', '%'],
        ['1.', 'PROGRAM PEMBERDAYAAN SOSIAL', 'Persentase pekerja sosial profesional', 78, 78, 39501000, 39362066, 99.65],
        [null, 'Pengembangan Potensi Sumber Kesejahteraan Sosial', null, null, null, 39501000, 39362066, null],
        [null, 'Peningkatan Kemampuan Potensi Keluarga', 'Jumlah Keluarga', 5, 5, 19093000, 18954750, 99.28],
        [null, 'Peningkatan Kemampuan Potensi Kelembagaan', 'Jumlah Lembaga', 6, 6, 20408000, 20407316, 100],
      ]),
    );
    expect(findings(wb, 'jumlah-induk')).toEqual([]);
  });

  test('a PK with each program beside its two indikator: a program whose one row below copies its target is no sign the targets add up', () => {
    // (the Program and Anggaran cells merged over both indikator rows: the second row reads as the program's child)
    const wb = (secondTarget: number) =>
      book(
        sheet(
          'PK',
          [
            ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'],
            [
              1,
              'Sasaran 1: Meningkatnya mutu layanan',
              'Angka partisipasi sekolah 7-12 tahun',
              99,
              'Program Penunjang Urusan Pemerintahan Daerah',
              'Rp 1.355.000.000,-',
            ],
            [null, null, 'Nilai reformasi birokrasi', 65, null, null],
            [
              3,
              'Sasaran 2: Meningkatnya mutu layanan',
              'Persentase sekolah yang belum terakreditasi',
              12,
              'Program Peningkatan Layanan Utama',
              'Rp 2.305.000.000,-',
            ],
            [null, null, 'Persentase PAD terhadap pendapatan daerah', secondTarget, null, null],
          ],
          { merges: ['A2:A3', 'B2:B3', 'E2:E3', 'F2:F3', 'A4:A5', 'B4:B5', 'E4:E5', 'F4:F5'] },
        ),
      );
    expect(findings(wb(12), 'jumlah-induk')).toEqual([]);
    expect(findings(wb(14), 'jumlah-induk')).toEqual([]);
  });

  test('codes that nest (1 › 1.2 › 1.2.1), or the levels’ own words, make the links certain: two wrong budgets in a small table are both named', () => {
    // one programme, two kegiatan, four sub kegiatan: the programme and the second kegiatan both typed wrong, so two of
    // the three parents disagree — no sign of a misread hierarchy where every row's code extends its parent's
    const rows = (program: number, kegiatan2: number) => [
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran (Rp)', 'Keterangan'],
      ['1', bold('Program Pengembangan UMKM'), program, 'APBD'],
      ['1.1', 'Kegiatan Pemberdayaan Usaha Mikro', 300000000, null],
      ['1.1.1', '- Sub Kegiatan Pelatihan Usaha Mikro', 120000000, null],
      ['1.1.2', '- Sub Kegiatan Pendampingan Usaha Mikro', 180000000, null],
      ['1.2', 'Kegiatan Pengembangan Usaha Mikro', kegiatan2, null],
      ['1.2.1', '- Sub Kegiatan Pelatihan Kewirausahaan', 90000000, null],
      ['1.2.2', '- Sub Kegiatan Pendampingan Kewirausahaan', 110000000, null],
    ];
    expect(findings(book(sheet('PK Eselon III', rows(500000000, 200000000))), 'jumlah-induk')).toEqual([]);
    const f = findings(book(sheet('PK Eselon III', rows(560000000, 235000000))), 'jumlah-induk');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([
      ['C2', 535000000],
      ['C6', 200000000],
    ]);
    // no codes, the words alone: Program › Kegiatan › Sub Kegiatan say the links as plainly
    const uncoded = (program: number, kegiatan2: number) => rows(program, kegiatan2).map((r, i) => (i === 0 ? r : [null, ...r.slice(1)]));
    expect(findings(book(sheet('PK Eselon III', uncoded(500000000, 200000000))), 'jumlah-induk')).toEqual([]);
    const g = findings(book(sheet('PK Eselon III', uncoded(560000000, 235000000))), 'jumlah-induk');
    expect(g.map((x) => [x.cell, x.expected])).toEqual([
      ['C2', 535000000],
      ['C6', 200000000],
    ]);
  });

  /** Three programmes told by bold and indent alone, two kegiatan each, the programmes' pagu as given (right: 750, 820, 560 million). */
  const styledBudget = (p1: number, p2: number, p3: number) => [
    ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
    [null, bold('PERENCANAAN PEMBANGUNAN'), p1, 700000000],
    [null, { v: 'Penyusunan Dokumen', indent: 1 }, 450000000, 420000000],
    [null, { v: 'Evaluasi Kinerja', indent: 1 }, 300000000, 280000000],
    [null, bold('PELAYANAN PUBLIK'), p2, 760000000],
    [null, { v: 'Pelayanan Terpadu', indent: 1 }, 500000000, 470000000],
    [null, { v: 'Pengaduan Masyarakat', indent: 1 }, 320000000, 290000000],
    [null, bold('PENGAWASAN INTERNAL'), p3, 520000000],
    [null, { v: 'Audit Kinerja', indent: 1 }, 350000000, 330000000],
    [null, { v: 'Reviu Laporan', indent: 1 }, 210000000, 190000000],
  ];

  test('a hierarchy told by bold and indent alone, three programmes, two typed wrong: both named (the third adds up to the rupiah)', () => {
    const rows = (p1: number, p3: number) => styledBudget(p1, 820000000, p3);
    expect(findings(book(sheet('Anggaran', rows(750000000, 560000000))), 'jumlah-induk')).toEqual([]);
    const f = findings(book(sheet('Anggaran', rows(790000000, 600000000))), 'jumlah-induk');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([
      ['C2', 750000000],
      ['C8', 560000000],
    ]);
  });

  test('every programme’s pagu typed wrong, its realisasi adding up in each: the realisasi confirms the links, the three pagu are named', () => {
    const rows = styledBudget(790000000, 860000000, 600000000);
    expect(findings(book(sheet('Anggaran', rows)), 'jumlah-induk').map((x) => x.cell)).toEqual(['C2', 'C5', 'C8']);
    // neither column adding up anywhere (a programme listing only some of its kegiatan): nothing said
    const partial = rows.map((r) => ((r[1] as { indent?: number }).indent ? [r[0], r[1], (r[2] as number) / 2, (r[3] as number) / 2] : r));
    expect(findings(book(sheet('Anggaran', partial)), 'jumlah-induk')).toEqual([]);
  });

  test('hierarchy by indent', () => {
    const wb = book(
      sheet('RA', [
        ['Uraian', 'Pagu', 'Realisasi'],
        ['Program Rehabilitasi Sosial', 100, 90],
        [{ v: 'Rehabilitasi Sosial Dasar', indent: 1 }, 100, 80],
        [{ v: 'Penyediaan Permakanan', indent: 2 }, 60, 50],
        [{ v: 'Penyediaan Alat Bantu', indent: 2 }, 40, 30],
      ]),
    );
    const f = findings(wb, 'jumlah-induk');
    expect(f.map((x) => x.cell)).toEqual(['C2']);
  });

  test('belanja by account code with a Lebih/(Kurang) column: one wrong pagu is one galat, not a second on its difference', () => {
    const wb = book(
      sheet('Realisasi Belanja', [
        ['Kode Rekening', 'Uraian', 'Anggaran Setelah Perubahan', 'Realisasi', '%', 'Lebih/(Kurang)'],
        ['5', 'BELANJA DAERAH', 2000000000, 1850000000, 92.5, '(150.000.000)'],
        ['5.1', 'BELANJA OPERASI', 1550000000, 1420000000, 91.61, '(130.000.000)'],
        ['5.1.01', 'Belanja Pegawai', 1200000000, 1150000000, 95.83, '(50.000.000)'],
        ['5.1.02', 'Belanja Barang dan Jasa', 300000000, 270000000, 90, '(30.000.000)'],
        ['5.2', 'BELANJA MODAL', 500000000, 430000000, 86, '(70.000.000)'],
        ['5.2.02', 'Belanja Modal Peralatan dan Mesin', 500000000, 430000000, 86, '(70.000.000)'],
      ]),
    );
    const galat = periksaWorkbook(wb).findings.filter((f) => f.severity === 'galat');
    // 1.200.000.000 + 300.000.000: the operating pagu is the wrong figure; its difference agrees with its own row
    expect(galat.map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C3', 1500000000]]);
    // the account codes are numbering, not figures to read
    expect(periksaWorkbook(wb).findings.filter((f) => f.rule === 'angka-tidak-valid')).toEqual([]);
  });

  test('codes of any depth say the level: the Permendagri program / kegiatan / sub kegiatan codes, an account code of four parts', () => {
    const wb = book(
      sheet('Belanja', [
        ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu', 'Realisasi'],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 900, 850],
        ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 600, 560],
        ['1.02.02.2.01.0014', 'Pengadaan Alat Kesehatan', 400, 380],
        ['1.02.02.2.01.0020', 'Pemeliharaan Rutin Sarana', 150, 180],
        ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan UKM', 300, 290],
        ['1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 120, 110],
        ['1.02.02.2.02.0002', 'Pengelolaan Pelayanan Kesehatan Balita', 180, 180],
      ]),
    );
    // 400 + 150 = 550: the kegiatan's pagu 600 is wrong (its realisasi 380 + 180 = 560 is right); the program's 900
    // = 600 + 300 is carried from it
    expect(galat(wb).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C3', 550]]);
    const pendapatan = book(
      sheet('Pendapatan', [
        ['Kode Rekening', 'Uraian', 'Target (Rp)', 'Realisasi (Rp)', 'Lebih/(Kurang) (Rp)'],
        ['4.1', 'PENDAPATAN ASLI DAERAH', 61500, 63210, 1710],
        ['4.1.01', 'Pajak Daerah', 25000, 26300, 1300],
        ['4.1.01.06', 'Pajak Hotel', 5000, 5400, 400],
        ['4.1.01.07', 'Pajak Restoran', 8000, 8900, 900],
        ['4.1.01.09', 'Pajak Penerangan Jalan', 11000, 12000, 1000],
        ['4.1.02', 'Retribusi Daerah', 36500, 36910, 410],
        ['4.1.02.01', 'Retribusi Jasa Umum', 20500, 19800, -700],
        ['4.1.02.02', 'Retribusi Jasa Usaha', 16000, 17110, 1110],
      ]),
    );
    // the revenue target of Pajak Daerah is 24 000, not 25 000; its Lebih/(Kurang) agrees with its own row
    expect(galat(pendapatan).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C3', 24000]]);
  });

  test('programs typed in capitals, kegiatan in ordinary case (no bold, no numbering): the capitals are the hierarchy', () => {
    const wb = (pagu: number) =>
      book(
        sheet('RA', [
          ['Uraian', 'Pagu', 'Realisasi', '%'],
          ['PENUNJANG URUSAN PEMERINTAHAN', pagu, 650, Math.round((65000 / pagu) * 100) / 100],
          ['Perencanaan Perangkat Daerah', 300, 280, 93.33],
          ['Administrasi Keuangan', 400, 370, 92.5],
          ['PENGELOLAAN PENDIDIKAN', 900, 850, 94.44],
          ['Pengelolaan Pendidikan Sekolah Dasar', 500, 480, 96],
          ['Pengelolaan Pendidikan SMP', 400, 370, 92.5],
          ['JUMLAH', pagu + 900, 1500, Math.round((150000 / (pagu + 900)) * 100) / 100],
        ]),
      );
    expect(galat(wb(700))).toEqual([]);
    // 300 + 400 = 700: the program's 750 is wrong; the JUMLAH over the two programs agrees with them (no galat there)
    expect(galat(wb(750)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'B2', 700]]);
  });

  test('a flat list typed partly in capitals: no parent adds up, so the capitals were no hierarchy — no galat', () => {
    const wb = book(
      sheet('RA', [
        ['Program', 'Pagu', 'Realisasi', '%'],
        ['PENUNJANG URUSAN PEMERINTAHAN', 3000, 2850, 95],
        ['Pengelolaan Sumber Daya Air', 4500, 4200, 93.33],
        ['PENATAAN BANGUNAN GEDUNG', 800, 760, 95],
      ]),
    );
    expect(galat(wb)).toEqual([]);
  });

  test('one wrong kegiatan in a small numbered table: its program disagreeing too is carried, not a sign the column is not summed', () => {
    const wb = book(
      sheet('RA', [
        ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi', '%'],
        ['1', 'Penunjang Urusan Pemerintahan', 500, 460, 92],
        ['1.1', 'Perencanaan Perangkat Daerah', 300, 310, 103.33],
        ['1.1.1', 'Penyusunan Dokumen Renja', 200, 200, 100],
        ['1.1.2', 'Evaluasi Kinerja', 100, 100, 100],
        ['1.2', 'Administrasi Keuangan', 200, 160, 80],
        ['1.2.1', 'Penyediaan Gaji', 200, 160, 80],
        ['', 'JUMLAH', 500, 460, 92],
      ]),
    );
    // 200 + 100 = 300: the kegiatan's 310 is the wrong figure; the program's 460 = 300 + 160 is right
    expect(galat(wb).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'D3', 300]]);
  });
});

describe('jumlah-induk: codes that nest are the hierarchy', () => {
  // SIPD's export: the code split over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan, the names in Uraian
  const sipdRows = (kegiatanRealisasi: number): V[][] => [
    ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Uraian', 'Anggaran', 'Realisasi'],
    [1, '02', null, null, null, 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', 4700000000, 4399000000],
    [1, '02', '01', null, null, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 2000000000, 1900000000],
    [1, '02', '01', '2.01', null, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 300000000, 290000000],
    [1, '02', '01', '2.01', '0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 120000000, 118000000],
    [1, '02', '01', '2.01', '0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', 180000000, 172000000],
    [1, '02', '01', '2.02', null, 'Administrasi Keuangan Perangkat Daerah', 1700000000, 1610000000],
    [1, '02', '01', '2.02', '0001', 'Penyediaan Gaji dan Tunjangan ASN', 1700000000, 1610000000],
    [1, '02', '02', null, null, 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 2700000000, 2499000000],
    [1, '02', '02', '2.03', null, 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan', 2700000000, kegiatanRealisasi],
    [1, '02', '02', '2.03', '0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 1500000000, 1380000000],
    [1, '02', '02', '2.03', '0002', 'Pengelolaan Pelayanan Kesehatan Ibu Bersalin', 1200000000, 1119000000],
  ];
  const sipd = (kegiatanRealisasi: number) => book(sheet('Realisasi SIPD', sipdRows(kegiatanRealisasi)));

  test('a code split over columns (SIPD): each row adds up to the rows its code holds; the code columns are no figures', () => {
    expect(galat(sipd(2499000000))).toEqual([]);
    expect(galat(sipd(2590000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'H10', 2499000000]]);
    const t = periksaWorkbook(sipd(2499000000)).tables[0];
    expect(t.columns.map((c) => c.role)).toEqual(['no', 'no', 'no', 'no', 'no', 'uraian', 'anggaran', 'realisasi-anggaran']);
    expect(periksaWorkbook(sipd(2499000000)).findings.filter((f) => f.rule === 'angka-teks')).toEqual([]);
  });

  test('a No column numbering every row before the split code ("No | Urusan | Bidang | …"): the sequence is no part of the code', () => {
    const withNo = (kegiatanRealisasi: number) =>
      book(
        sheet(
          'Realisasi SIPD',
          sipdRows(kegiatanRealisasi).map((r, i) => [i === 0 ? 'No' : i, ...r]),
        ),
      );
    expect(galat(withNo(2499000000))).toEqual([]);
    expect(galat(withNo(2590000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'I10', 2499000000]]);
  });

  // a BLUD's pendapatan and belanja by account code, the belanja groups named in words, a surplus line under them
  const blud = (belanja: number) =>
    book(
      sheet('BLUD', [
        ['Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
        ['4', bold('PENDAPATAN'), 45000000000, 48150000000, 107],
        ['4.1.4.16', 'Pendapatan BLUD', 45000000000, 48150000000, 107],
        ['5', bold('BELANJA'), belanja, 49875000000, 95],
        ['5.1', 'Belanja Operasi', 40000000000, 38400000000, 96],
        ['5.2', 'Belanja Modal', 12500000000, 11475000000, 91.8],
        [null, bold('SURPLUS/(DEFISIT)'), -7500000000, -1725000000, null],
      ]),
    );

  test('account codes outrank the words: "Belanja Operasi" is a group under 5 BELANJA; a surplus line is nobody\'s child', () => {
    expect(periksaWorkbook(blud(52500000000)).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(galat(blud(53500000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C4', 52500000000]]);
  });

  test('belanja accounts (5.1.02 …) under a sub kegiatan code are its details: the sub kegiatan adds up to them', () => {
    const wb = (sub1: number) =>
      book(
        sheet('LRA', [
          ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
          ['1.06.01', 'Program Penunjang Urusan Pemerintahan Daerah', 320000000, 300000000],
          ['1.06.01.2.01', 'Perencanaan, Penganggaran dan Evaluasi Kinerja', 320000000, 300000000],
          ['1.06.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', sub1, 110000000],
          ['5.1.02', 'Belanja Barang dan Jasa', 80000000, 75000000],
          ['5.2.02', 'Belanja Modal Peralatan dan Mesin', 40000000, 35000000],
          ['1.06.01.2.01.0002', 'Evaluasi Kinerja Perangkat Daerah', 200000000, 190000000],
          ['5.1.02', 'Belanja Barang dan Jasa', 200000000, 190000000],
        ]),
      );
    expect(galat(wb(120000000))).toEqual([]);
    expect(galat(wb(130000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C4', 120000000]]);
  });

  // SIPD's realisation by Perangkat Daerah: the urusan, the Perangkat Daerah coded urusan.bidang.0.00.0.00.unit.sub-unit,
  // then the programmes coded from the urusan — the Perangkat Daerah's line holds them, the urusan's holds it alone
  const skpd = (kegiatanRealisasi: number) =>
    book(
      sheet('LRA SIPD', [
        ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
        ['2.15', bold('URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN'), 4803500000, 4660245000],
        ['2.15.0.00.0.00.01.0000', bold('DINAS PERHUBUNGAN'), 4803500000, 4660245000],
        ['2.15.01', bold('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'), 2913500000, 2839415000],
        ['2.15.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 2913500000, 2839415000],
        ['2.15.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 2875000000, 2801455000],
        ['2.15.01.2.02.0003', 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 38500000, 37960000],
        ['2.15.02', bold('PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)'), 1890000000, 1820830000],
        ['2.15.02.2.01', 'Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota', 1705000000, kegiatanRealisasi],
        ['2.15.02.2.01.0002', 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', 1410000000, 1362870000],
        ['2.15.02.2.01.0004', 'Pengelolaan Terminal Penumpang Tipe C', 295000000, 281640000],
        ['2.15.02.2.03', 'Pengujian Berkala Kendaraan Bermotor', 185000000, 176320000],
        ['2.15.02.2.03.0001', 'Pelaksanaan Pengujian Berkala Kendaraan Bermotor', 185000000, 176320000],
      ]),
    );

  test('a Perangkat Daerah coded by SIPD (2.15.0.00.0.00.01.0000) between its urusan and the programmes: each holds the rows below it once', () => {
    expect(galat(skpd(1644510000))).toEqual([]);
    expect(galat(skpd(1694510000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'D9', 1644510000]]);
  });

  test('a unit and its sub-unit (the Dinas ….01.0000, a Puskesmas ….01.0001) each over its own programmes: the urusan adds both, neither holds the other', () => {
    const wb = (urusan: number) =>
      book(
        sheet('LRA', [
          ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
          ['1.02', bold('URUSAN PEMERINTAHAN BIDANG KESEHATAN'), urusan, 5060000000],
          ['1.02.0.00.0.00.01.0000', bold('DINAS KESEHATAN'), 3400000000, 3210000000],
          ['1.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 2600000000, 2480000000],
          ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 800000000, 730000000],
          ['1.02.0.00.0.00.01.0001', bold('UPTD PUSKESMAS BONTONOMPO'), 1950000000, 1850000000],
          ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 1950000000, 1850000000],
        ]),
      );
    expect(galat(wb(5350000000))).toEqual([]);
    expect(galat(wb(5450000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C2', 5350000000]]);
  });

  test('a Perangkat Daerah of two urusan (2.07.3.32.0.00.01.0000) holds the programmes of both, with no urusan row above', () => {
    const wb = (total: number) =>
      book(
        sheet('LRA', [
          ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
          ['2.07.3.32.0.00.01.0000', bold('DINAS TENAGA KERJA DAN PERINDUSTRIAN'), total, 1375000000],
          ['2.07.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 1100000000, 1050000000],
          ['2.07.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 1100000000, 1050000000],
          ['2.07.03', 'PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', 250000000, 240000000],
          ['2.07.03.2.01', 'Pelaksanaan Pelatihan Berdasarkan Unit Kompetensi', 250000000, 240000000],
          ['3.32.02', 'PROGRAM PENGEMBANGAN INDUSTRI', 90000000, 85000000],
          ['3.32.02.2.01', 'Penyusunan, Penerapan dan Evaluasi Rencana Pembangunan Industri', 90000000, 85000000],
        ]),
      );
    expect(galat(wb(1440000000))).toEqual([]);
    expect(galat(wb(1540000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C2', 1440000000]]);
  });

  test('a Kode column beside the No column ("No | Kode | Uraian", every row numbered 1, 2, 3 …, no style): the codes are the outline', () => {
    const wb = (kegiatan: number) =>
      book(
        sheet('Realisasi', [
          ['No', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
          [1, '1.06.02', 'Program Pemberdayaan Sosial', 310000000, 296500000],
          [2, '1.06.02.2.01', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah', 180000000, kegiatan],
          [3, '1.06.02.2.01.0001', 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat', 120000000, 118500000],
          [4, '1.06.02.2.01.0002', 'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan', 60000000, 59000000],
          [5, '1.06.02.2.02', 'Pemberdayaan Sosial Komunitas Adat Terpencil', 130000000, 119000000],
          [6, '1.06.02.2.02.0003', 'Pemberdayaan Sosial Komunitas Adat Terpencil', 130000000, 119000000],
        ]),
      );
    expect(galat(wb(177500000))).toEqual([]);
    expect(galat(wb(187500000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'E3', 177500000]]);
  });

  test("the Permendagri 86 evaluation of the Renja (No | Kode | Program/Kegiatan | Indikator | K | Rp …): a programme's Rp is its kegiatan's sum", () => {
    const wb = (programPagu: number) =>
      book(
        sheet('Evaluasi Renja', [
          [
            'No',
            'Kode',
            'Program/Kegiatan',
            'Indikator Kinerja Program (outcome)/Kegiatan (output)',
            'Target Renja 2024',
            null,
            'Realisasi Capaian Kinerja dan Anggaran Renja',
            null,
          ],
          [null, null, null, null, 'K', 'Rp', 'K', 'Rp'],
          [1, '1.06.02', bold('Program Pemberdayaan Sosial'), 'Persentase PSKS yang aktif (%)', 70, programPagu, 72, 306500000],
          [
            2,
            '1.06.02.2.01',
            'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah',
            'Jumlah PSKS yang difasilitasi (orang)',
            120,
            180000000,
            125,
            177500000,
          ],
          [3, '1.06.02.2.02', 'Pemberdayaan Sosial Komunitas Adat Terpencil', 'Jumlah KAT yang diberdayakan (KK)', 40, 130000000, 40, 129000000],
        ]),
      );
    expect(galat(wb(310000000))).toEqual([]);
    expect(galat(wb(320000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'F3', 310000000]]);
  });

  test('codes that do not nest (a kegiatan coded 2.01 under programme 1.02.01) leave the hierarchy to the words', () => {
    const wb = book(
      sheet('Anggaran', [
        ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
        ['1.02.01', 'Program Penunjang Urusan Pemerintahan Daerah', 500, 450],
        ['2.01', 'Kegiatan Perencanaan dan Evaluasi Kinerja', 200, 180],
        ['2.02', 'Kegiatan Administrasi Keuangan', 300, 270],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 900, 800],
        ['2.03', 'Kegiatan Penyediaan Layanan Kesehatan', 800, 800],
      ]),
    );
    expect(galat(wb).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C5', 800]]);
  });
});

describe('jumlah-induk: Kepmendagri 050 codes, the penunjang programme coded X.XX', () => {
  const rows = (realisasi: number): Array<[string, string, number, number]> => [
    ['X.XX.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 2000000000, 1900000000],
    ['X.XX.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 300000000, 290000000],
    ['X.XX.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 300000000, 290000000],
    ['X.XX.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 1700000000, 1610000000],
    ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 2700000000, realisasi],
    ['1.02.02.2.02', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP', 1500000000, 1380000000],
    ['1.02.02.2.03', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan', 1200000000, 1119000000],
  ];
  test('in a column of its own: X.XX.01 › X.XX.01.2.01 › X.XX.01.2.01.0001, and 1.02.02 a programme beside it', () => {
    const wb = (r: number) => book(sheet('LRA', [['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi'], ...rows(r)]));
    expect(galat(wb(2499000000))).toEqual([]);
    expect(galat(wb(2549000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'D6', 2499000000]]);
  });
  test('split over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan columns (X | XX | 01 | 2.01 | 0001)', () => {
    const split = (code: string) => {
      const [u, b, p, ...rest] = code.split('.');
      const k = rest.length >= 2 ? `${rest[0]}.${rest[1]}` : null;
      return [u, b, p, k, rest[2] ?? null];
    };
    const wb = (r: number) =>
      book(
        sheet('SIPD', [
          ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Uraian', 'Anggaran', 'Realisasi'],
          ...rows(r).map(([c, n, a, x]) => [...split(c), n, a, x]),
        ]),
      );
    expect(galat(wb(2499000000))).toEqual([]);
    expect(galat(wb(2549000000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'H6']]);
    // the X and XX are code parts too: no column of them is taken for a name or a figure
    expect(periksaWorkbook(wb(2499000000)).tables[0].columns.map((c) => c.role)).toEqual([
      'no',
      'no',
      'no',
      'no',
      'no',
      'uraian',
      'anggaran',
      'realisasi-anggaran',
    ]);
    expect(periksaWorkbook(wb(2499000000)).findings.filter((f) => f.rule === 'angka-teks' || f.rule === 'angka-tidak-valid')).toEqual([]);
  });
  test('leading the name in one column, and matched by name with the PK across sheets', () => {
    const pk = sheet('PK', [
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2000000000],
      [2, 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 2600000000],
    ]);
    const lra = sheet('LRA', [['Program / Kegiatan / Sub Kegiatan', 'Anggaran', 'Realisasi'], ...rows(2499000000).map(([c, n, a, r]) => [`${c} ${n}`, a, r])]);
    expect(galat(book(pk, lra)).map((f) => [f.rule, f.sheet, f.cell])).toEqual([['lintas-sheet', 'PK', 'C3']]);
  });
});

describe('jumlah-induk: the outline numbering of Indonesian documents, 1. › a. › 1)', () => {
  const outline = (kegiatanA: number) =>
    book(
      sheet('LRA', [
        ['No', 'Uraian', 'Pagu', 'Realisasi'],
        // the programme adds up to its kegiatan as written: only a kegiatan that does not add up is wrong
        ['1.', 'Program Penunjang Urusan Pemerintahan Daerah', kegiatanA + 250000000, 480000000],
        ['a.', 'Perencanaan dan Evaluasi Kinerja', kegiatanA, 240000000],
        ['1)', 'Penyusunan Dokumen Perencanaan', 100000000, 95000000],
        ['2)', 'Evaluasi Kinerja Perangkat Daerah', 150000000, 145000000],
        ['b.', 'Administrasi Keuangan', 250000000, 240000000],
        ['1)', 'Penyediaan Gaji dan Tunjangan ASN', 250000000, 240000000],
        ['2.', 'Program Pemberdayaan Sosial', 300000000, 290000000],
        ['a.', 'Pemberdayaan Sosial KAT', 300000000, 290000000],
        ['1)', 'Pemberdayaan Sosial Komunitas Adat Terpencil', 300000000, 290000000],
      ]),
    );
  test('a bracketed 1) under an a. is its sub kegiatan', () => {
    expect(galat(outline(250000000))).toEqual([]);
    expect(galat(outline(260000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'C3', 250000000]]);
  });
  test('one number of a flat list typed with a bracket ("3)") is no level of its own', () => {
    const wb = book(
      sheet('LRA', [
        ['No', 'Program', 'Pagu', 'Realisasi'],
        ['1', 'Program Penunjang Urusan Pemerintahan Daerah', 510000000, 480000000],
        ['2', 'Program Pemberdayaan Sosial', 300000000, 290000000],
        ['3)', 'Program Rehabilitasi Sosial', 250000000, 240000000],
        ['4', 'Program Perlindungan dan Jaminan Sosial', 150000000, 140000000],
      ]),
    );
    expect(galat(wb)).toEqual([]);
    expect(periksaWorkbook(wb).tables).toHaveLength(1);
  });
});

describe('jumlah-induk: words of the belanja classification where the table is not laid out as one', () => {
  // a BLUD's pendapatan and belanja, the groups in bold capitals; "Belanja Modal" is one more line under BELANJA BLUD
  // (no "Belanja Operasi" above its items), not a group of its own
  const blud = (modal: number) =>
    book(
      sheet('LRA BLUD', [
        ['Uraian', 'Anggaran', 'Realisasi', '%'],
        [bold('PENDAPATAN BLUD'), bold(45000000), bold(46300000), bold(102.89)],
        ['Jasa Layanan', 42000000, 43100000, 102.62],
        ['Hasil Kerja Sama', 3000000, 3200000, 106.67],
        [bold('BELANJA BLUD'), bold(44000000), bold(42600000), bold(96.82)],
        ['Belanja Pegawai', 18000000, 17900000, 99.44],
        ['Belanja Barang dan Jasa', 22000000, 21300000, 96.82],
        ['Belanja Modal', 4000000, modal, (modal / 4000000) * 100],
      ]),
    );
  test('the groups by their style: each holds the lines below it', () => {
    expect(findings(blud(3400000), 'jumlah-induk')).toEqual([]);
    // a wrong line is its group's contradiction: BELANJA BLUD ≠ Σ its three lines
    expect(findings(blud(3500000), 'jumlah-induk').map((f) => [f.cell, f.expected])).toEqual([['C5', 42700000]]);
  });
});

test('Program › kegiatan › Belanja Pegawai, Barang dan Jasa, Modal (Permendagri 13/2006) in plain type, nothing but the words: each kegiatan adds up its belanja lines', () => {
  // (as a file written without styles holds it: no bold, no indent, no code; the kegiatan named by no level word)
  const lra = (fasilitasi: number) =>
    book(
      sheet('LRA', [
        ['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi', '%'],
        [null, 'Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya', 621500000, 599800000, 96.51],
        [null, 'Pelatihan Keterampilan Berusaha bagi Keluarga Miskin', 357000000, 342250000, 95.87],
        [null, 'Belanja Pegawai', 45000000, 43800000, 97.33],
        [null, 'Belanja Barang dan Jasa', 312000000, 298450000, 95.66],
        [null, 'Fasilitasi Manajemen Usaha bagi Keluarga Miskin', 264500000, fasilitasi, (fasilitasi / 264500000) * 100],
        [null, 'Belanja Pegawai', 18500000, 18500000, 100],
        [null, 'Belanja Barang dan Jasa', 96000000, 91250000, 95.05],
        [null, 'Belanja Modal', 150000000, 147800000, 98.53],
        [null, 'Program Pembinaan Panti Asuhan/Panti Jompo', 374000000, 359400000, 96.1],
        [null, 'Operasi dan Pemeliharaan Sarana Panti', 374000000, 359400000, 96.1],
        [null, 'Belanja Pegawai', 24000000, 24000000, 100],
        [null, 'Belanja Barang dan Jasa', 265000000, 251300000, 94.83],
        [null, 'Belanja Modal', 85000000, 84100000, 98.94],
        [null, 'JUMLAH BELANJA LANGSUNG', 995500000, 959200000, 96.35],
      ]),
    );
  expect(galat(lra(257550000))).toEqual([]);
  // (the programme adds up to the lines' 257.550.000 too: the kegiatan is the wrong figure)
  expect(galat(lra(262550000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'D6', 257550000]]);
});

test('the account lines under a sub kegiatan of a finance system\'s LRA are its "rincian", at any depth of their names', () => {
  const lra = (ruang: number) =>
    book(
      sheet('LRA', [
        ['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi'],
        ['1.02.02.2.01', bold('Penyediaan Fasilitas Pelayanan Kesehatan'), rp(200000000), rp(190000000)],
        ['1.02.02.2.01.0020', bold('Rehabilitasi dan Pemeliharaan Puskesmas'), rp(200000000), rp(190000000)],
        ['5.1.02.03.02.0035', 'Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja', rp(150000000), rp(ruang)],
        ['5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', rp(50000000), rp(45000000)],
      ]),
    );
  expect(findings(lra(145000000), 'jumlah-induk')).toEqual([]);
  const f = findings(lra(150000000), 'jumlah-induk');
  expect(f.map((x) => [x.cell, x.expected])).toEqual([['D3', 195000000]]);
  expect(f[0].message).toContain('jumlah rinciannya');
});

test('money written in millions: a programme off its kegiatan by their rounding is theirs; off by more, an error', () => {
  const wb = (programme: number) =>
    book(
      sheet('Anggaran', [
        ['Tabel 3.5 Realisasi Anggaran (dalam jutaan rupiah)'],
        ['No', 'Program/Kegiatan', 'Pagu (Rp juta)', 'Realisasi (Rp juta)'],
        // Rp 70.370.358 in all, its kegiatan Rp 12.345.678 + 23.456.789 + 34.567.891: 12,35 + 23,46 + 34,57 = 70,38
        ['1', 'Program Pelayanan Administrasi', programme, 63.7],
        ['1.1', 'Penyediaan Administrasi Perkantoran', 12.35, 11.23],
        ['1.2', 'Penyediaan Jasa Penunjang Urusan Pemerintahan', 23.46, 21.23],
        ['1.3', 'Pemeliharaan Barang Milik Daerah', 34.57, 31.23],
      ]),
    );
  expect(findings(wb(70.37), 'jumlah-induk')).toEqual([]);
  expect(findings(wb(70.28), 'jumlah-induk').map((f) => [f.cell, f.expected])).toEqual([['C3', 70.38]]);
});

test('money written in thousands: a JUMLAH off its rows by their rounding is theirs; off by more, an error', () => {
  const wb = (jumlah: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu (Rp 000)', 'Realisasi (Rp 000)'],
        // Rp 1.234.567 + 2.345.678 + 3.456.789 = 7.037.034: 1.235 + 2.346 + 3.457 = 7.038 shown, 7.037 the whole
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1235, 1100],
        [2, 'Program Pengelolaan Pendidikan', 2346, 2200],
        [3, 'Program Pendidik dan Tenaga Kependidikan', 3457, 3300],
        [null, 'JUMLAH', jumlah, 6600],
      ]),
    );
  expect(galat(wb(7037))).toEqual([]);
  expect(galat(wb(7073)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'C5', 7038]]);
});

test.each([
  // how the thousands are typed, the JUMLAH, the cells found
  ['as numbers', (n: number) => n, 7037, []],
  ['as text with ",00"', (n: number) => `${n.toLocaleString('de-DE')},00`, 7037, []],
  ['as text with ",00", off by more than their rounding', (n: number) => `${n.toLocaleString('de-DE')},00`, 7073, ['C5']],
  // (a figure with decimals of its own says how far it was rounded: the other figures' ",00" then count)
  ['as text with ",00" beside one with decimals', (n: number) => (n === 2346 ? '2.345,68' : `${n.toLocaleString('de-DE')},00`), 7037, ['C5']],
])('money in thousands typed %s: ",00" is the look of a format, the figures rounded to the thousand', (_, typed, jumlah, cells) => {
  const wb = book(
    sheet('Anggaran', [
      ['No', 'Program', 'Pagu (Rp 000)', 'Realisasi (Rp 000)'],
      // Rp 1.234.567 + 2.345.678 + 3.456.789 = 7.037.034: 1.235 + 2.346 + 3.457 = 7.038 shown, 7.037 the whole
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', typed(1235), 1100],
      [2, 'Program Pengelolaan Pendidikan', typed(2346), 2200],
      [3, 'Program Pendidik dan Tenaga Kependidikan', typed(3457), 3300],
      [null, 'JUMLAH', typed(jumlah), 6600],
    ]),
  );
  expect(galat(wb).map((f) => f.cell)).toEqual(cells);
});

describe('jumlah-induk: the outline\'s upper marks ("I", "II") over coded rows, written without bold', () => {
  // a realisasi anggaran by sasaran: I › 1 › 1.1, the sasaran rows marked only by their Roman numeral (no style kept)
  const rows = (kegiatan22: number) => [
    ['No', 'Sasaran / Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
    ['I', 'Sasaran: Meningkatnya kualitas pelayanan kesehatan', 3000000000, 2700000000],
    ['1', 'Program Pemenuhan Upaya Kesehatan', 3000000000, 2700000000],
    ['1.1', 'Kegiatan Pelayanan Kesehatan Dasar', 1800000000, 1600000000],
    ['1.2', 'Kegiatan Penyediaan Obat', 1200000000, 1100000000],
    ['II', 'Sasaran: Meningkatnya akses air minum layak', 2000000000, 1900000000],
    ['2', 'Program Pengelolaan Air Minum', 2000000000, 1900000000],
    ['2.1', 'Kegiatan Pembangunan Jaringan Perpipaan', 1500000000, 1450000000],
    ['2.2', 'Kegiatan Pemeliharaan Sarana', 500000000, kegiatan22],
    [null, 'JUMLAH', 5000000000, 4150000000 + kegiatan22],
  ];

  test('a sasaran marked "II" heads the rows under it, not a line of the kegiatan above: no false galat', () => {
    const wb = book(sheet('Realisasi Anggaran', rows(450000000)));
    expect(periksaWorkbook(wb).findings.filter((f) => f.severity === 'galat')).toEqual([]);
    const t = recogniseWorkbook(wb)[0];
    const row = (r: number) => t.rows.find((x) => x.row === r);
    expect(row(6)?.parent).toBeUndefined();
    expect(row(7)?.parent).toBe(6);
    expect(row(9)?.parent).toBe(7);
  });

  test('a kegiatan typed wrong under it is still found', () => {
    const f = periksaWorkbook(book(sheet('Realisasi Anggaran', rows(460000000)))).findings.filter((x) => x.severity === 'galat');
    expect(f.map((x) => x.cell)).toContain('D7');
  });
});

describe('jumlah-induk: bullets of two kinds nest ("- kegiatan" › "• sub kegiatan"), as a word processor nests them', () => {
  /** Programme (bold) › kegiatan with the first mark › sub kegiatan with the second; the first programme's pagu given. */
  const lra = (outer: string, inner: string, programme: number, innerFirst = false) =>
    book(
      sheet('Realisasi Anggaran', [
        ['Realisasi Anggaran per Sub Kegiatan'],
        ['Uraian', 'Pagu Anggaran', 'Realisasi'],
        [bold('Program Perencanaan Lingkungan Hidup'), rp(programme), rp(2301500000)],
        [`${innerFirst ? inner : outer}Rencana Perlindungan Lingkungan Hidup`, rp(1500000000), rp(1450000000)],
        [`${innerFirst ? outer : inner}Penyusunan RPPLH`, rp(1500000000), rp(1450000000)],
        [`${outer}Kajian Lingkungan Hidup Strategis`, rp(850000000), rp(851500000)],
        [`${inner}Penyusunan KLHS`, rp(850000000), rp(851500000)],
        [bold('Program Pengelolaan Persampahan'), rp(1150000000), rp(1090000000)],
        [`${outer}Pengelolaan Sampah`, rp(1150000000), rp(1090000000)],
        [`${inner}Penyediaan Sarana Persampahan`, rp(700000000), rp(672000000)],
        [`${inner}Operasional TPA`, rp(450000000), rp(418000000)],
        ['JUMLAH', rp(3500000000), rp(3391500000)],
      ]),
    );
  test.each([
    ['- ', '• '],
    ['• ', '▪ '],
    ['– ', '· '],
  ])('"%s" over "%s": a programme that is not its kegiatan\'s sum is found, its total right by the kegiatan is no galat', (outer, inner) => {
    const g = galat(lra(outer, inner, 2400000000));
    expect(g.map((x) => [x.rule, x.cell, x.related])).toEqual([['jumlah-induk', 'B3', ['B4', 'B6']]]);
    expect(g[0].expected).toBe(2350000000);
  });
  test.each([
    ['- ', '• '],
    ['• ', '▪ '],
  ])('"%s" over "%s", every sum right: no galat', (outer, inner) => {
    expect(galat(lra(outer, inner, 2350000000))).toEqual([]);
  });
  test('marks of two kinds typed for one level (a "•" straight under a programme): no nesting read, no galat', () => {
    expect(galat(lra('- ', '• ', 2350000000, true))).toEqual([]);
  });
});

describe('jumlah-induk: a programme that is a SUBTOTAL of its kegiatan, some hidden by a filter', () => {
  // rows 4 and 6 hidden; the programme's cells hold SUBTOTAL(9/109) or SUM of its kegiatan, with the result Excel cached
  const kegiatan = [
    ['Penyediaan Gaji dan Tunjangan ASN', 2865000000, 2811450000],
    ['Penyediaan Alat Tulis Kantor', 45000000, 44120000],
    ['Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 120000000, 112880000],
    ['Pemeliharaan Kendaraan Dinas', 85000000, 79650000],
  ] as const;
  const all = (k: 1 | 2) => kegiatan.reduce((a, x) => a + x[k], 0);
  const shown = (k: 1 | 2) => kegiatan.filter((_, i) => i !== 1 && i !== 3).reduce((a, x) => a + x[k], 0);
  const lra = (fn: string, pagu: number, realisasi: number) => {
    const s = sheet('LRA', [
      ['No', 'Uraian', 'Pagu', 'Realisasi'],
      ['1', bold('Program Penunjang Urusan Pemerintahan Daerah'), { v: pagu, f: `${fn}C3:C6)` }, { v: realisasi, f: `${fn}D3:D6)` }],
      ...kegiatan.map(([n, p, r]) => [null, n, p, r] as V[]),
      ['2', bold('Program Pengelolaan Pendidikan'), 1450000000, 1384250000],
      [null, 'Pembangunan Ruang Kelas Baru', 1450000000, 1384250000],
    ]);
    s.hiddenRows = [4, 6];
    return book(s);
  };
  const galatOf = (wb: ReturnType<typeof lra>) =>
    periksaWorkbook(wb)
      .findings.filter((f) => f.severity === 'galat')
      .map((f) => `${f.rule} ${f.cell}`);
  test.each([
    ['SUBTOTAL(9) of the kegiatan showing', 'SUBTOTAL(9,', shown(1), shown(2), []],
    ['SUBTOTAL(109) of the kegiatan showing', 'SUBTOTAL(109,', shown(1), shown(2), []],
    ['SUBTOTAL(109) of every kegiatan', 'SUBTOTAL(109,', all(1), all(2), []],
    ['SUBTOTAL(109), its realisasi off both', 'SUBTOTAL(109,', shown(1), shown(2) - 500000, ['jumlah-induk D2']],
    ['SUM of the kegiatan showing: a SUM counts hidden rows', 'SUM(', shown(1), shown(2), ['jumlah-induk C2', 'jumlah-induk D2']],
  ])('%s', (_, fn, pagu, realisasi, expected) => {
    expect(galatOf(lra(fn, pagu, realisasi))).toEqual(expected);
  });
});

describe('jumlah-induk: "A BELANJA TIDAK LANGSUNG › 1, 2" and "B BELANJA LANGSUNG › 1 Program › 1.1", each closed by its Jumlah', () => {
  // Permendagri 13/2006's layout as a Dinas types it: the groups without figures, numbered items and programmes
  // under them (the items' numbers "1", "2" — a list, not codes of another scheme), each group summed on a row of
  // its own, and a TOTAL of the two sums. (Each program's kegiatan: 2 350 + 1 875 and 312 + 186,5 million.)
  const rows = (item: (s: string) => V) => (program2: number, jumlahBtl: number) => [
    ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
    [item('A'), item('BELANJA TIDAK LANGSUNG')],
    ['1', 'Belanja Pegawai', 18450000000, 17982500000],
    ['2', 'Belanja Hibah', 650000000, 612000000],
    [null, bold('Jumlah Belanja Tidak Langsung'), jumlahBtl, 18594500000],
    [item('B'), item('BELANJA LANGSUNG')],
    [bold('1'), bold('Program Pengelolaan Pendidikan Sekolah Dasar'), 4225000000, 4013500000],
    ['1.1', { v: 'Pembangunan Ruang Kelas Baru', indent: 1 }, 2350000000, 2211500000],
    ['1.2', { v: 'Rehabilitasi Ruang Kelas', indent: 1 }, 1875000000, 1802000000],
    [bold('2'), bold('Program Pendidik dan Tenaga Kependidikan'), program2, 477600000],
    ['2.1', { v: 'Pelatihan Guru Penggerak', indent: 1 }, 312000000, 298400000],
    ['2.2', { v: 'Pemerataan Kuantitas dan Kualitas Pendidik', indent: 1 }, 186500000, 179200000],
    [null, bold('Jumlah Belanja Langsung'), 4723500000, 4491100000],
    [null, bold('TOTAL BELANJA (A + B)'), 23823500000, 23085600000],
  ];
  test.each([
    ['the groups in bold', bold],
    ['the groups in plain text', (s: string): V => s],
  ])('%s: the items sum to their group, the programmes to theirs, the TOTAL to the two sums', (_, item) => {
    const table = rows(item);
    expect(galat(book(sheet('Realisasi Anggaran', table(498500000, 19100000000))))).toEqual([]);
    const t = recogniseWorkbook(book(sheet('Realisasi Anggaran', table(498500000, 19100000000))))[0];
    const parent = (r: number) => t.rows.find((x) => x.row === r)?.parent;
    expect([3, 4, 7, 10, 8, 11].map(parent)).toEqual([5, 5, 13, 13, 7, 10]);
    // a programme's pagu 50 million over its kegiatan: that programme, nothing under "A", no false TOTAL
    expect(galat(book(sheet('Realisasi Anggaran', table(548500000, 19100000000)))).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'C10']]);
    // the first group's Jumlah typed wrong: that Jumlah
    expect(galat(book(sheet('Realisasi Anggaran', table(498500000, 19150000000)))).map((f) => f.cell)).toContain('C5');
  });
});

describe("jumlah-induk: a hierarchy told by its words alone, every programme's pagu wrong, confirmed by its realisasi", () => {
  // no bold, no indent (a web export): "Program …" › "Kegiatan …"; each programme's pagu 40 million over its kegiatan
  const rows = (realisasiAddsUp: boolean): V[][] => {
    const out: V[][] = [['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)']];
    const programmes: Array<[string, Array<[string, number, number]>]> = [
      [
        'Program Perencanaan Pembangunan',
        [
          ['Kegiatan Penyusunan Dokumen', 227000000, 206725102],
          ['Kegiatan Evaluasi Kinerja', 204000000, 183267237],
        ],
      ],
      [
        'Program Pelayanan Publik',
        [
          ['Kegiatan Pelayanan Terpadu', 375000000, 353008451],
          ['Kegiatan Pengaduan Masyarakat', 238000000, 204305502],
        ],
      ],
      [
        'Program Pengawasan Internal',
        [
          ['Kegiatan Audit Kinerja', 638000000, 593304636],
          ['Kegiatan Reviu Laporan', 835000000, 764339794],
        ],
      ],
    ];
    for (const [name, kegiatan] of programmes) {
      const pagu = kegiatan.reduce((s, k) => s + k[1], 0) + 40000000;
      const realisasi = kegiatan.reduce((s, k) => s + k[2], 0) + (realisasiAddsUp ? 0 : 15000000);
      out.push([null, name, pagu, realisasi]);
      for (const [k, p, r] of kegiatan) out.push([null, k, p, r]);
    }
    return out;
  };
  test('the realisasi adds up in every programme: each pagu is wrong', () => {
    expect(galat(book(sheet('Anggaran', rows(true)))).map((f) => [f.rule, f.cell])).toEqual([
      ['jumlah-induk', 'C2'],
      ['jumlah-induk', 'C5'],
      ['jumlah-induk', 'C8'],
    ]);
  });
  test('nothing adds up anywhere: the words alone are a guess, no galat', () => {
    expect(galat(book(sheet('Anggaran', rows(false))))).toEqual([]);
  });
});

test("a Renja table's sub kegiatan with two or three indikator, each on a row of its own, its name and money on the first: the rows that go on are no items of the outline", () => {
  // (Program/Kegiatan/Sub Kegiatan | Indikator | Target | Realisasi | Capaian | Pagu | Realisasi | Serapan; the second
  // indikator of "Pelayanan Perizinan" stood as a kegiatan over "Pemantauan", and the first kegiatan lost it)
  const renja = (pembinaan: number) =>
    book(
      sheet('Kinerja Anggaran', [
        ['Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Target', 'Realisasi', 'Capaian Kinerja (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        [bold('Program Pelayanan Penanaman Modal'), null, null, null, null, 553700000, 519144500, 93.76],
        [bold('Kegiatan Penyediaan Pelayanan Terpadu Perizinan dan Non Perizinan'), null, null, null, null, 396800000, 378142500, 95.3],
        [
          'Sub Kegiatan Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu',
          'Jumlah izin yang diterbitkan (izin)',
          2400,
          2655,
          110.63,
          312500000,
          298117500,
          95.4,
        ],
        [null, 'Persentase izin terbit tepat waktu (%)', 95, 97.2, 102.32, null, null, null],
        ['Sub Kegiatan Pemantauan Pemenuhan Persyaratan Perizinan', 'Jumlah laporan pemantauan (laporan)', 12, 12, 100, 84300000, 80025000, 94.93],
        [bold('Kegiatan Pembinaan dan Pengawasan Penanaman Modal'), null, null, null, null, 156900000, pembinaan, (pembinaan / 156900000) * 100],
        ['Sub Kegiatan Pengawasan Pelaksanaan Penanaman Modal', 'Jumlah perusahaan yang diawasi (perusahaan)', 60, 64, 106.67, 156900000, 141002000, 89.87],
        [null, 'Persentase LKPM yang disampaikan tepat waktu (%)', 80, 72.5, 90.63, null, null, null],
        [null, 'Jumlah temuan yang ditindaklanjuti (temuan)', 20, 18, 90, null, null, null],
      ]),
    );
  expect(galat(renja(141002000))).toEqual([]);
  expect(galat(renja(136002000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'G7', 141002000]]);
  const [t] = recogniseWorkbook(renja(141002000));
  const rows = t.rows;
  expect(rows.filter((r) => r.level === 'data').map((r) => [r.row, r.parent])).toEqual([
    [5, undefined],
    [9, undefined],
    [10, undefined],
  ]);
  expect(rows.find((r) => r.row === 6)?.parent).toBe(3);
});

describe('jumlah-induk: a column the numbering row says adds two others ("8 = 4+7")', () => {
  // A Renja evaluation: realised to last year (4), this year's quarters (5, 6), this year (7 = 5+6) and to date (8 = 4+7).
  // The second kegiatan's year is typed 10 million over its quarters; its "to date" carries it.
  const evaluasi = (tahunIni2: number, sdTahunIni2 = 100000000 + tahunIni2) =>
    book(
      sheet('Evaluasi', [
        [
          'No',
          'Kode',
          'Program/Kegiatan',
          'Realisasi s/d Tahun Lalu (Rp)',
          'Realisasi TW I (Rp)',
          'Realisasi TW II (Rp)',
          'Realisasi Tahun Ini (Rp)',
          'Realisasi s/d Tahun Ini (Rp)',
        ],
        ['1', '2', '3', '4', '5', '6', '7 = 5+6', '8 = 4+7'],
        [1, '1.06.02', 'Program Pemberdayaan Sosial', rp(240000000), rp(73000000), rp(101000000), rp(174000000), rp(414000000)],
        [2, '1.06.02.2.01', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah', rp(140000000), rp(42000000), rp(60000000), rp(102000000), rp(242000000)],
        [3, '1.06.02.2.02', 'Pemberdayaan Sosial Komunitas Adat Terpencil', rp(100000000), rp(31000000), rp(41000000), rp(tahunIni2), rp(sdTahunIni2)],
      ]),
    );
  test('the year typed wrong is the one galat, by the sum its number declares; the sum to date that carries it is no second one', () => {
    expect(galat(evaluasi(72000000))).toEqual([]);
    // 31 + 41 = 72 million, written 82: to date 182, the programme's 414 then 10 short of its kegiatan's 424
    expect(galat(evaluasi(82000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-kolom', 'G5', 72000000]]);
  });
  test("an indikator's year declared the sum of its quarters, written as its last quarter (a state): no galat of the declaration", () => {
    const desa = (tahun: number) =>
      book(
        sheet('Evaluasi', [
          ['No', 'Indikator Kinerja', 'TW I', 'TW II', 'TW III', 'TW IV', 'Realisasi Tahun Ini', 'Realisasi s/d Tahun Lalu', 'Realisasi s/d Tahun Ini'],
          ['1', '2', '3', '4', '5', '6', '7 = 3+4+5+6', '8', '9 = 7+8'],
          [1, 'Jumlah desa tangguh bencana', 10, 20, 30, 42, tahun, 18, 18 + tahun],
          [2, 'Jumlah relawan terlatih', 40, 35, 50, 25, 150, 300, 450],
          [3, 'Jumlah sekolah aman bencana', 2, 3, 1, 4, 10, 12, 22],
        ]),
      );
    // the desa's year is its last quarter's 42 (a stock): the declaration is for what is counted each quarter
    expect(findings(desa(42), 'jumlah-kolom')).toEqual([]);
  });
  test('a sum to date typed wrong itself (not 4 + 7) is the galat, where it stands', () => {
    expect(galat(evaluasi(72000000, 182000000)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-kolom', 'H5', 172000000]]);
  });
});

describe('jumlah-induk: a programme stating its money over kegiatan headings that state none', () => {
  // "I | PROGRAM … | 1.130.000.000" › "1 | Kegiatan …" (a heading) › its sub kegiatan with money: the programme adds up
  // its sub kegiatan through the headings
  const lra = (programPagu: number) =>
    book(
      sheet('LRA', [
        ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [bold('I'), bold('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH'), programPagu, 1038000000],
        [bold('1'), bold('Administrasi Keuangan Perangkat Daerah')],
        ['1.1', 'Penyediaan Gaji dan Tunjangan ASN', 640000000, 615000000],
        ['1.2', 'Pelaksanaan Penatausahaan Keuangan', 90000000, 82000000],
        [bold('2'), bold('Administrasi Umum Perangkat Daerah')],
        ['2.1', 'Penyediaan Alat Tulis Kantor', 150000000, 139000000],
        ['2.2', 'Penyediaan Bahan Logistik Kantor', 250000000, 202000000],
      ]),
    );
  test('its pagu against every sub kegiatan under its headings', () => {
    expect(galat(lra(1130000000))).toEqual([]);
    const f = findings(lra(1150000000), 'jumlah-induk');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['C2', 1130000000]]);
  });
});

describe('a budget whose levels only bold and indent showed, saved without its styles: the levels its sums reveal', () => {
  // programmes partly in capitals, kegiatan written as headings with no figures, sub kegiatan with figures; JUMLAH on top
  const dinkes = (realisasiProgram2: number) =>
    book(
      sheet('Realisasi Anggaran', [
        ['Tabel 3.9 Realisasi Anggaran Dinas Kesehatan Tahun 2024'],
        [],
        ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [null, 'JUMLAH', 4145750000, 3630037500 - 2101337500 + realisasiProgram2],
        [null, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 1250000000, 1130500000],
        [null, 'Administrasi Keuangan Perangkat Daerah', null, null],
        [null, 'Penyediaan Gaji dan Tunjangan ASN', 900000000, 845000000],
        [null, 'Koordinasi dan Penyusunan Laporan Keuangan', 350000000, 285500000],
        [null, 'Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 2480750000, realisasiProgram2],
        [null, 'Penyediaan Fasilitas Pelayanan Kesehatan', null, null],
        [null, 'Pengadaan Alat Kesehatan', 1200000000, 1050000000],
        [null, 'Rehabilitasi Puskesmas', 680750000, 566337500],
        [null, 'Penyediaan Layanan Kesehatan untuk UKM dan UKP', null, null],
        [null, 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 600000000, 485000000],
        [null, 'Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 415000000, 398200000],
        [null, 'Perencanaan Kebutuhan SDM Kesehatan', null, null],
        [null, 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK', 415000000, 398200000],
      ]),
    );

  test('a programme in small letters among programmes in capitals is no kegiatan of the one above it', () => {
    expect(galat(dinkes(2101337500))).toEqual([]);
  });

  test("a programme's realisasi typed wrong is that programme's galat, and nothing else is", () => {
    const found = galat(dinkes(2110337500));
    expect(found.map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'D9', 2101337500]]);
  });

  // nothing marks any level: no capitals, no headings, every line with figures; TOTAL below
  const dinkes2 = (paguPencegahan: number) =>
    book(
      sheet('LRA', [
        ['Uraian', 'Anggaran', 'Realisasi'],
        ['Pelayanan Kesehatan Masyarakat', 730000000, 655400000],
        ['Promosi Kesehatan', 730000000, 655400000],
        ['Penyuluhan Perilaku Hidup Bersih dan Sehat', 310000000, 280100000],
        ['Gerakan Masyarakat Hidup Sehat', 420000000, 375300000],
        ['Pencegahan dan Pengendalian Penyakit', 1145500000, 1020650000],
        ['Pencegahan Penyakit Menular', paguPencegahan, 570250000],
        ['Pelayanan Imunisasi', 400000000, 361000000],
        ['Surveilans Epidemiologi', 245500000, 209250000],
        ['Pengendalian Penyakit Tidak Menular', 500000000, 450400000],
        ['Pos Pembinaan Terpadu PTM', 500000000, 450400000],
        ['TOTAL', 1875500000, 1676050000],
      ]),
    );

  test('a list read flat holds programmes, kegiatan and sub kegiatan its sums reveal: a kegiatan typed wrong is found there, the total is right', () => {
    expect(galat(dinkes2(645500000))).toEqual([]);
    const found = galat(dinkes2(654500000));
    expect(found.map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-induk', 'B7', 645500000]]);
  });
});

describe('jumlah-induk: a budget saved without its styles, a kegiatan label wrapped over two lines above its one sub kegiatan', () => {
  // (no bold, no indent: "Kegiatan Pelaksanaan Pelayanan" / "Rumah Sakit 1.2" is one name over two lines; its one sub
  // kegiatan adds up to it, but a kegiatan's words and a sub kegiatan's leave no level between them for a heading)
  const rsud = (pagu12: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        ['1', 'Program Pelayanan', 1395000000, 1219987000, 87.45],
        [null, 'Rumah Sakit', null, null, null],
        [null, 'Kegiatan Pelaksanaan Pelayanan Rumah Sakit 1.1', 570000000, 480505000, 84.3],
        [null, '- Sub Kegiatan Penyediaan Pelayanan Rumah Sakit 1.1.1', 400000000, 341981000, 85.5],
        [null, '- Sub Kegiatan Pengelolaan Pelayanan Rumah Sakit 1.1.2', 170000000, 138524000, 81.48],
        [null, 'Kegiatan Pelaksanaan Pelayanan', 110000000, 100155000, 91.05],
        [null, 'Rumah Sakit 1.2', null, null, null],
        [null, '- Sub Kegiatan Penyediaan Pelayanan Rumah Sakit 1.2.1', pagu12, 100155000, 91.05],
        [null, 'Kegiatan Pelaksanaan Pelayanan Rumah Sakit 1.3', 715000000, 639327000, 89.42],
        [null, '- Sub Kegiatan Penyediaan Pelayanan Rumah Sakit 1.3.1', 715000000, 639327000, 89.42],
        [null, 'JUMLAH', 1395000000, 1219987000, 87.45],
      ]),
    );

  test('the programme adds up over its three kegiatan, never over a sub kegiatan beside them', () => {
    expect(galat(rsud(110000000))).toEqual([]);
  });

  test("a sub kegiatan's pagu typed wrong is its galat (its kegiatan and its serapan both say so), the programme left alone", () => {
    expect(galat(rsud(101000000)).map((f) => f.cell)).toEqual(['C9']);
  });
});

test('a budget whose sub kegiatan are written "Sub-Kegiatan …" (a hyphen): their kegiatan is checked against them', () => {
  const wb = (realisasiKegiatan: number) =>
    book(
      sheet('Realisasi', [
        ['Uraian', 'Pagu', 'Realisasi', 'Serapan (%)'],
        ['Program Pengelolaan Pendidikan', 1500000000, 1430000000, 95.33],
        ['Kegiatan Pengelolaan Pendidikan Sekolah Dasar', 1500000000, realisasiKegiatan, 95.33],
        ['Sub-Kegiatan Pembangunan Ruang Kelas Baru', 1000000000, 950000000, 95.0],
        ['Sub-Kegiatan Pengadaan Perlengkapan Sekolah', 500000000, 480000000, 96.0],
        ['Jumlah', 1500000000, 1430000000, 95.33],
      ]),
    );
  expect(galat(wb(1430000000))).toEqual([]);
  expect(galat(wb(1420000000)).map((f) => `${f.rule} ${f.cell}`)).toEqual(['jumlah-induk C3']);
});

describe('a level word the typist slipped on, where the layout and the money say otherwise', () => {
  // Program bold › Kegiatan indented once › Sub Kegiatan twice; every row named by its level's word, one of them wrongly
  const p = (v: string): V => ({ v, bold: true });
  const k = (v: string): V => ({ v, indent: 1 });
  const s = (v: string): V => ({ v, indent: 2 });
  const first: V[][] = [
    ['1', p('Program Penunjang Urusan Pemerintahan Daerah'), 1002581300, 951309500],
    [null, k('Kegiatan Administrasi Umum Perangkat Daerah'), 602456300, 571234500],
    [null, s('Sub Kegiatan Penyediaan Alat Tulis Kantor'), 250456300, 240234500],
    [null, s('Sub Kegiatan Penyediaan Bahan Bacaan'), 352000000, 331000000],
    [null, k('Kegiatan Administrasi Keuangan Perangkat Daerah'), 400125000, 380075000],
    [null, s('Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN'), 400125000, 380075000],
  ];
  const second: V[][] = [
    ['2', p('Program Perlindungan dan Jaminan Sosial'), 500456000, 450123000],
    [null, k('Kegiatan Pengelolaan Data Fakir Miskin'), 500456000, 450123000],
    [null, s('Sub Kegiatan Pengumpulan Data Fakir Miskin'), 300456000, 270123000],
    [null, s('Sub Kegiatan Verifikasi dan Validasi Data'), 200000000, 180000000],
  ];
  /** The budget with some rows of the first programme written otherwise (by their place in it), and its JUMLAH. */
  const budget = (changed: Record<number, V[]>) => {
    const rows = [...first.map((row, i) => changed[i] ?? row), ...second];
    return book(
      sheet('Realisasi Anggaran', [
        ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ...rows,
        [null, p('JUMLAH'), (rows[0][2] as number) + (second[0][2] as number), (rows[0][3] as number) + (second[0][3] as number)],
      ]),
    );
  };
  const galatCells = (wb: ReturnType<typeof book>) => galat(wb).map((f) => `${f.rule} ${f.cell}`);
  const placed = (wb: ReturnType<typeof book>, label: string) => {
    const row = recogniseWorkbook(wb)[0].rows.find((r) => r.label.startsWith(label))!;
    return [row.level, row.parent];
  };

  test('a sub kegiatan typed "Kegiatan …" but indented as the sub kegiatan, its kegiatan adding up with it: a sub kegiatan', () => {
    const wb = budget({ 3: [null, s('Kegiatan Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan'), 352000000, 331000000] });
    expect(placed(wb, 'Kegiatan Penyediaan Bahan')).toEqual(['subkegiatan', 3]);
    expect(galatCells(wb)).toEqual([]);
  });

  test('a kegiatan typed "Sub Kegiatan …" but laid out as the kegiatan, over a sub kegiatan of its own: a kegiatan', () => {
    const wb = budget({ 4: [null, k('Sub Kegiatan Administrasi Keuangan Perangkat Daerah'), 400125000, 380075000] });
    expect(placed(wb, 'Sub Kegiatan Administrasi Keuangan')).toEqual(['kegiatan', 2]);
    expect(galatCells(wb)).toEqual([]);
  });

  test('a kegiatan indented one step too far, with sub kegiatan of its own: its word stands (the money says so)', () => {
    const wb = budget({ 4: [null, s('Kegiatan Administrasi Keuangan Perangkat Daerah'), 400125000, 380075000] });
    expect(placed(wb, 'Kegiatan Administrasi Keuangan')[0]).toBe('kegiatan');
    expect(galatCells(wb)).toEqual([]);
  });

  test('the slipped row read by its layout, a wrong kegiatan pagu above it is the one galat', () => {
    const wb = budget({
      0: ['1', p('Program Penunjang Urusan Pemerintahan Daerah'), 1012581300, 951309500],
      1: [null, k('Kegiatan Administrasi Umum Perangkat Daerah'), 612456300, 571234500],
      3: [null, s('Kegiatan Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan'), 352000000, 331000000],
    });
    expect(galatCells(wb)).toEqual(['jumlah-induk C3']);
  });
});

describe('a budget told by its layout alone, one row laid out as another level by a slip', () => {
  // programmes bold, kegiatan indented once, sub kegiatan twice; no level words
  type Look = 'p' | 'k' | 's' | 's3' | 'pk' | 'plain';
  const cell = (label: string, look: Look): V =>
    look === 'p'
      ? { v: label, bold: true }
      : look === 'pk'
        ? { v: label, bold: true, indent: 1 }
        : look === 'plain'
          ? label
          : { v: label, indent: look === 'k' ? 1 : look === 's' ? 2 : 3 };
  const lines: Array<[string, Look, number, number]> = [
    ['Penunjang Urusan Pemerintahan Daerah', 'p', 866379000, 790377000],
    ['Administrasi Umum Perangkat Daerah', 'k', 489912000, 445020000],
    ['Penyediaan Alat Tulis Kantor', 's', 112540000, 101270000],
    ['Penyediaan Bahan Bacaan', 's', 250118000, 231002000],
    ['Penyelenggaraan Rapat Koordinasi', 's', 127254000, 112748000],
    ['Administrasi Keuangan Perangkat Daerah', 'k', 376467000, 345357000],
    ['Penyediaan Gaji dan Tunjangan ASN', 's', 301233000, 280150000],
    ['Pelaksanaan Penatausahaan Keuangan', 's', 75234000, 65207000],
    ['Perlindungan dan Jaminan Sosial', 'p', 433601000, 401187000],
    ['Pengelolaan Data Fakir Miskin', 'k', 433601000, 401187000],
    ['Pengumpulan Data Fakir Miskin', 's', 208377000, 195040000],
    ['Verifikasi dan Validasi Data', 's', 225224000, 206147000],
  ];
  const budget = (slip: Record<number, Look>, figures: Record<number, [number, number]> = {}) =>
    book(
      sheet('Realisasi Anggaran', [
        ['Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ...lines.map(([label, look, pagu, real], i) => [cell(label, slip[i] ?? look), ...(figures[i] ?? [pagu, real])]),
      ]),
    );
  const galatCells = (wb: ReturnType<typeof book>) => galat(wb).map((f) => `${f.rule} ${f.cell}`);
  const levelOf = (wb: ReturnType<typeof book>, label: string) => {
    const row = recogniseWorkbook(wb)[0].rows.find((r) => r.label === label)!;
    return [row.level, row.parent];
  };

  test('as laid out, right: no galat (the fixture adds up)', () => {
    expect(galatCells(budget({}))).toEqual([]);
  });

  test('a sub kegiatan indented as the kegiatan are: a sub kegiatan of the kegiatan above', () => {
    const wb = budget({ 3: 'k' });
    expect(levelOf(wb, 'Penyediaan Bahan Bacaan')).toEqual(['subkegiatan', 3]);
    expect(galatCells(wb)).toEqual([]);
  });

  test('a sub kegiatan indented a step too far: a sub kegiatan still, beside the one above it', () => {
    const wb = budget({ 4: 's3' });
    expect(levelOf(wb, 'Penyelenggaraan Rapat Koordinasi')).toEqual(['subkegiatan', 3]);
    expect(galatCells(wb)).toEqual([]);
  });

  test('a kegiatan left without its indent or in bold as the programmes: a kegiatan of the programme above', () => {
    for (const look of ['plain', 'p'] as const) {
      const wb = budget({ 5: look });
      expect(levelOf(wb, 'Administrasi Keuangan Perangkat Daerah')).toEqual(['kegiatan', 2]);
      expect(galatCells(wb)).toEqual([]);
    }
  });

  test('with the slip, a sub kegiatan typed wrong in another group is still the one galat', () => {
    const wb = budget({ 3: 'k' }, { 10: [218377000, 205040000] });
    expect(levelOf(wb, 'Penyediaan Bahan Bacaan')).toEqual(['subkegiatan', 3]);
    expect(galatCells(wb)).toEqual(['jumlah-induk B11', 'jumlah-induk C11']);
  });

  test('money that no single row put elsewhere makes add up moves nothing: the kegiatan short of its rows is the galat', () => {
    // (the second kegiatan's pagu and realisasi both typed 10 million short: every reading leaves it apart)
    const wb = budget({}, { 5: [366467000, 335357000], 0: [856379000, 780377000] });
    expect(levelOf(wb, 'Administrasi Keuangan Perangkat Daerah')).toEqual(['kegiatan', 2]);
    expect(galatCells(wb)).toEqual(['jumlah-induk B7', 'jumlah-induk C7']);
  });
});

describe('a budget told by its codes, one code typed with a part too few or too many', () => {
  const lines: Array<[string, string, number, number]> = [
    ['1', 'Program Penunjang Urusan Pemerintahan Daerah', 866379000, 790377000],
    ['1.1', 'Kegiatan Administrasi Umum Perangkat Daerah', 489912000, 445020000],
    ['1.1.1', 'Sub Kegiatan Penyediaan Alat Tulis Kantor', 112540000, 101270000],
    ['1.1.2', 'Sub Kegiatan Penyediaan Bahan Bacaan', 250118000, 231002000],
    ['1.1.3', 'Sub Kegiatan Penyelenggaraan Rapat Koordinasi', 127254000, 112748000],
    ['1.2', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 376467000, 345357000],
    ['1.2.1', 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 301233000, 280150000],
    ['1.2.2', 'Sub Kegiatan Pelaksanaan Penatausahaan Keuangan', 75234000, 65207000],
    ['2', 'Program Perlindungan dan Jaminan Sosial', 433601000, 401187000],
    ['2.1', 'Kegiatan Pengelolaan Data Fakir Miskin', 433601000, 401187000],
    ['2.1.1', 'Sub Kegiatan Pengumpulan Data Fakir Miskin', 208377000, 195040000],
    ['2.1.2', 'Sub Kegiatan Verifikasi dan Validasi Data', 225224000, 206147000],
  ];
  const budget = (codes: Record<number, string>, words = true) =>
    book(
      sheet('Realisasi Anggaran', [
        ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ...lines.map(([code, label, pagu, real], i) => [codes[i] ?? code, words ? label : label.replace(/^(Sub Kegiatan|Kegiatan|Program) /, ''), pagu, real]),
      ]),
    );
  const galatCells = (wb: ReturnType<typeof book>) => galat(wb).map((f) => `${f.rule} ${f.cell}`);

  test('the last sub kegiatan of a kegiatan numbered as a kegiatan ("1.2" for 1.1.3), named "Sub Kegiatan …": under its kegiatan', () => {
    const wb = budget({ 4: '1.2' });
    const row = recogniseWorkbook(wb)[0].rows.find((r) => r.label === 'Sub Kegiatan Penyelenggaraan Rapat Koordinasi')!;
    expect(row.parent).toBe(3);
    expect(galatCells(wb)).toEqual([]);
  });

  test('a sub kegiatan numbered a part too deep ("1.1.2.1"), no level words: beside the one above it', () => {
    const wb = budget({ 3: '1.1.2.1' }, false);
    const row = recogniseWorkbook(wb)[0].rows.find((r) => r.label === 'Penyediaan Bahan Bacaan')!;
    expect(row.parent).toBe(3);
    expect(galatCells(wb)).toEqual([]);
  });
});
