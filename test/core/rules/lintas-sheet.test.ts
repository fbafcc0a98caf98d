import { periksaWorkbook } from '../../../src/core/periksa';
import { bold, book, findings, formula, galat, rp, sheet, V } from '../../helpers/snap';
import { pkProgrammesPerRow } from '../../helpers/pk';
import { collectFacts, oneWordSlip, programmeBefore } from '../../../src/core/rules/facts';
import { recogniseWorkbook } from '../../../src/core/recognise';

const pk = (rehab: string) =>
  sheet(
    'PK',
    [
      ['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran'],
      ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 'Program Pemberdayaan Sosial', 'Rp 84.000.000'],
      [null, null, null, 'Program Rehabilitasi Sosial', rehab],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3'] },
  );
const ra = sheet('Realisasi Anggaran', [
  ['Uraian', 'Anggaran', 'Realisasi', '%'],
  [bold('PROGRAM PEMBERDAYAAN SOSIAL'), rp(84000000), rp(82000000), { v: 0.97, fmt: '0%' }],
  [bold('PROGRAM REHABILITASI SOSIAL'), rp(234292000), rp(228380000), { v: 0.97, fmt: '0%' }],
]);

test('lintas-sheet: a program budget differing between the PK and the budget table (names matched as people write them)', () => {
  expect(findings(book(pk('Rp 234.292.000'), ra), 'lintas-sheet')).toEqual([]);
  const f = findings(book(pk('Rp 243.292.000'), ra), 'lintas-sheet');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'galat', sheet: 'Realisasi Anggaran', cell: 'B3', related: ['PK!E3'], expected: 243292000, actual: 234292000 });
});

test("lintas-sheet: with nothing else to decide, the PK's figure stands, whichever sheet comes first", () => {
  // neither side is a sum of rows below it: the budget table's figure is named, the PK's is the one it contradicts
  for (const b of [book(pk('Rp 243.292.000'), ra), book(ra, pk('Rp 243.292.000'))]) {
    expect(findings(b, 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['Realisasi Anggaran', 'B3', ['PK!E3']]]);
  }
});

test('lintas-sheet: a sasaran anggaran vs the sum of its programs in the PK', () => {
  const rincian = sheet('Rincian Sasaran', [
    ['No', 'Sasaran Strategis', 'Anggaran (Rp)'],
    ['1', 'Menurunnya PPKS', 'Rp 328.292.000'],
  ]);
  expect(findings(book(pk('Rp 234.292.000'), rincian), 'lintas-sheet')).toHaveLength(1);
  expect(findings(book(pk('Rp 244.292.000'), rincian), 'lintas-sheet')).toEqual([]);
  const f = findings(book(pk('Rp 234.292.000'), rincian), 'lintas-sheet')[0];
  expect(f).toMatchObject({ sheet: 'Rincian Sasaran', cell: 'C2', related: ['PK!E2:E3'], expected: 318292000 });
});

test('lintas-sheet: pengukuran vs efisiensi realisasi, and a multi-year table matched by year', () => {
  const pengukuran = sheet('Pengukuran', [
    ['Indikator Kinerja', 'Target 2024', 'Realisasi 2024', 'Capaian 2024'],
    ['Jumlah Penurunan PPKS', 580, 653, '112%'],
  ]);
  const multi = (r2024: number) =>
    sheet(
      'Tahun ke Tahun',
      [
        ['Indikator Kinerja', 'Realisasi Kinerja', null],
        [null, '2023', '2024'],
        ['Jumlah Penurunan PPKS', 563, r2024],
      ],
      { merges: ['A1:A2', 'B1:C1'] },
    );
  expect(findings(book(pengukuran, multi(653)), 'lintas-sheet')).toEqual([]);
  const f = findings(book(pengukuran, multi(635)), 'lintas-sheet');
  expect(f.map((x) => [x.sheet, x.cell, x.related])).toEqual([['Tahun ke Tahun', 'C3', ['Pengukuran!C2']]]);
});

test.each([
  // [PK target, pengukuran target, contradicts]
  [5.5, 5, true],
  [3.3, 3, true],
  [96.8, 96, true],
  [8.61, 8.6, true],
  [75, 75, false],
  ['80,00', 80, false],
  ['8,6', 8.6, false],
  // the same stored figure shown with fewer decimals by its format: what both tables show is the same
  [{ v: 8.61, fmt: '0.0' }, 8.6, false],
  [{ v: 96.8333, fmt: '0.00' }, '96,83', false],
  [{ v: 96.8333, fmt: '0.00' }, '96,8', true],
])('lintas-sheet: a target of %j in the PK and %j in the pengukuran: the same figure as shown, or another (%s)', (pkTarget, target, contradicts) => {
  // an indikator's target or realisasi, unlike a percentage worked out from them, is a figure staff set and copy: the
  // two tables agree when they show the same figure ("8,6" for a stored 8,61 formatted 0,0), never when one was
  // typed with fewer decimals ("5" is not "5,5", nor "3" "3,3")
  const wb = book(
    sheet('PK', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024'],
      [1, 'Rata-rata lama penerbitan dokumen', 'Hari', pkTarget],
      [2, 'Cakupan kepemilikan akta kelahiran', '%', 95],
    ]),
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Rata-rata lama penerbitan dokumen', target, 2, null],
      [2, 'Cakupan kepemilikan akta kelahiran', 95, 96.8, 101.89],
    ]),
  );
  const f = findings(wb, 'lintas-sheet');
  expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(contradicts ? [expect.stringMatching(/^(PK!D2|Pengukuran!C2)$/)] : []);
});

test('lintas-sheet: generic kegiatan names that recur under different parents are not matched', () => {
  const a = sheet('A', [
    ['Uraian', 'Anggaran', 'Realisasi'],
    ['Program Rehabilitasi Sosial', 100, 100],
    ['- Penyediaan Sandang', 100, 100],
  ]);
  const b = sheet('B', [
    ['Uraian', 'Anggaran', 'Realisasi'],
    ['Program Perlindungan Sosial', 50, 50],
    ['- Penyediaan Sandang', 50, 50],
  ]);
  expect(findings(book(a, b), 'lintas-sheet')).toEqual([]);
});

test.each([
  ['dotted in both', ['1.02.02', '1.02.02.2.01', '01.02.03', '1.02.03.2.01']],
  // (as some Pemda's systems print the codes: the parts apart, "1 02 02")
  ['typed with spaces in the budget table', ['1 02 02', '1 02 02 2.01', '01 02 03', '1 02 03 2.01']],
])('lintas-sheet: programs matched by their code (%s) when the two tables word the name differently', (_, codes) => {
  const wb = (pkAnggaran: number) =>
    book(
      sheet('PK', [
        ['No', 'Kode', 'Program', 'Anggaran (Rp)'],
        [1, '1.02.02', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat', rp(pkAnggaran)],
        [2, '1.02.03', 'Program Peningkatan Kapasitas SDM Kesehatan', rp(2000000)],
      ]),
      sheet('Realisasi', [
        ['Kode', 'Program/Kegiatan', 'Pagu', 'Realisasi', '%'],
        [codes[0], bold('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT'), rp(5500000), rp(5000000), 90.91],
        [codes[1], 'Kegiatan Penyediaan Fasilitas Pelayanan Kesehatan', rp(5500000), rp(5000000), 90.91],
        [codes[2], bold('PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN'), rp(2000000), rp(1800000), 90],
        [codes[3], 'Kegiatan Pengembangan Mutu SDM Kesehatan', rp(2000000), rp(1800000), 90],
      ]),
    );
  expect(findings(wb(5500000), 'lintas-sheet')).toEqual([]);
  const f = findings(wb(5000000), 'lintas-sheet');
  // one finding (not one per way of matching), on the PK: the budget table's figure is its kegiatan's sum
  expect(f.map((x) => [x.sheet, x.cell, x.expected, x.actual])).toEqual([['PK', 'D2', 5500000, 5000000]]);
});

test("lintas-sheet: a pengukuran that carries each programme's budget is compared with the budget table (by code, or by a Program column)", () => {
  const lra = sheet('LRA', [
    ['Kode', 'Program', 'Anggaran', 'Realisasi', '%'],
    ['1.03.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', rp(3000000000), rp(2850000000), 95],
    ['1.03.02', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR', rp(4500000000), rp(4200000000), 93.33],
  ]);
  const byCode = (realisasi: number) =>
    book(
      sheet('Kinerja', [
        ['No', 'Kode', 'Program', 'Indikator Program', 'Target', 'Realisasi', 'Capaian (%)', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)'],
        [1, '1.03.01', 'Penunjang Urusan', 'Nilai SAKIP', 70, 72, 102.86, rp(3000000000), rp(2850000000)],
        [2, '1.03.02', 'Pengelolaan SDA', 'Persentase jaringan irigasi baik', 70, 68, 97.14, rp(4500000000), rp(realisasi)],
      ]),
      lra,
    );
  expect(findings(byCode(4200000000), 'lintas-sheet')).toEqual([]);
  const f = findings(byCode(4100000000), 'lintas-sheet');
  // the budget table's figure stands against the pengukuran's copy of it: the copy is named
  expect(f.map((x) => [x.sheet, x.cell, ...(x.related ?? [])].join(' '))).toEqual(['Kinerja I3 LRA!D3']);
  const byName = (anggaran: number) =>
    book(
      sheet('Kinerja', [
        ['No', 'Program', 'Indikator Program', 'Target', 'Realisasi', 'Capaian (%)', 'Pagu (Rp)'],
        [1, 'Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP', 70, 72, 102.86, rp(3000000000)],
        [2, 'Pengelolaan Sumber Daya Air', 'Persentase jaringan irigasi baik', 70, 68, 97.14, rp(anggaran)],
      ]),
      lra,
    );
  expect(findings(byName(4500000000), 'lintas-sheet')).toEqual([]);
  expect(findings(byName(4400000000), 'lintas-sheet')).toHaveLength(1);
});

test('lintas-sheet: money written in thousands ("(Rp 000)", "dalam ribuan rupiah") is compared in full rupiah', () => {
  const pkBudget = (air: number) =>
    sheet('PK', [
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, 'Program Penyelenggaraan Jalan', 2000000000],
      [2, 'Program Pengelolaan Sumber Daya Air', air],
    ]);
  const inHeader = sheet('Realisasi', [
    ['No', 'Program', 'Pagu (Rp 000)', 'Realisasi (Rp 000)', '%'],
    [1, 'Program Penyelenggaraan Jalan', 2000000, 1900000, 95],
    [2, 'Program Pengelolaan Sumber Daya Air', 1000000, 800000, 80],
  ]);
  const inCaption = sheet('Realisasi', [
    ['Tabel 3.8 Realisasi Anggaran (dalam ribuan rupiah)'],
    ['No', 'Program', 'Pagu', 'Realisasi', '%'],
    [1, 'Program Penyelenggaraan Jalan', 2000000, 1900000, 95],
    [2, 'Program Pengelolaan Sumber Daya Air', 1000000, 800000, 80],
  ]);
  expect(findings(book(pkBudget(1000000000), inHeader), 'lintas-sheet')).toEqual([]);
  expect(findings(book(pkBudget(1000000000), inCaption), 'lintas-sheet')).toEqual([]);
  // a real difference stays one: 1.100.000.000 against 1.000.000 thousand
  const [f, ...rest] = findings(book(pkBudget(1100000000), inCaption), 'lintas-sheet');
  expect(rest).toEqual([]);
  // neither table confirms its figure, so the PK (first) is trusted: the cell in thousands is the one reported,
  // its expected value in the thousands it is written in
  expect(f).toMatchObject({ sheet: 'Realisasi', cell: 'C4', related: ['PK!C3'], expected: 1100000, actual: 1000000 });
  expect(f.message).toContain('Rp 1.000.000 ribu');
  // the figures shown beside it say the thousands too, as the message does: "Rp 100.000" alone would be a
  // hundred thousand rupiah where the difference is a hundred million
  expect(f).toMatchObject({ expectedText: 'Rp 1.100.000 ribu', actualText: 'Rp 1.000.000 ribu', differenceText: 'selisih Rp 100.000 ribu' });
});

test.each([
  ['a header "(x Rp 1.000)"', [], 'Pagu (x Rp 1.000)', 1000],
  ['a header "(Rp x 1000)"', [], 'Pagu (Rp x 1000)', 1000],
  ['a caption "(dalam Rp x 1.000)"', [['Tabel 3.8 Realisasi Anggaran (dalam Rp x 1.000)']], 'Pagu', 1000],
  ['a header "(x Rp 1.000.000)"', [], 'Pagu (x Rp 1.000.000)', 1000000],
])('lintas-sheet: money said in units of a thousand or a million by a multiplier, %s, is compared in full rupiah', (_, caption, pagu, unit) => {
  const pk = (air: number) =>
    sheet('PK', [
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, 'Program Penyelenggaraan Jalan', 2000000000],
      [2, 'Program Pengelolaan Sumber Daya Air', air],
    ]);
  const real = sheet('Realisasi', [
    ...(caption as V[][]),
    ['No', 'Program', pagu, 'Realisasi', '%'],
    [1, 'Program Penyelenggaraan Jalan', 2000000000 / unit, 1900000000 / unit, 95],
    [2, 'Program Pengelolaan Sumber Daya Air', 1000000000 / unit, 800000000 / unit, 80],
  ]);
  expect(findings(book(pk(1000000000), real), 'lintas-sheet')).toEqual([]);
  expect(findings(book(pk(1100000000), real), 'lintas-sheet').map((f) => [f.sheet, f.expected, f.actual])).toEqual([
    ['Realisasi', 1100000000 / unit, 1000000000 / unit],
  ]);
});

test('lintas-sheet: a PK budget in words ("Rp 1,85 Miliar", "875 Juta") is compared to the precision it is written to', () => {
  const pkWords = (rehab: string) =>
    sheet('PK', [
      ['No', 'Program', 'Indikator', 'Anggaran'],
      [1, 'Program Pemberdayaan Sosial', 'Persentase PSKS yang aktif', 'Rp 4,21 Miliar'],
      [2, 'Program Rehabilitasi Sosial', 'Persentase PPKS yang terlayani', rehab],
      [3, 'Program Perlindungan dan Jaminan Sosial', 'Persentase korban bencana yang terlayani', 'Rp 875 Juta'],
    ]);
  const real = sheet('Realisasi', [
    ['Kode', 'Program', 'Pagu', 'Realisasi', '%'],
    ['1.06.02', 'Program Pemberdayaan Sosial', 4212540000, 4001230500, 94.98],
    ['1.06.04', 'Program Rehabilitasi Sosial', 1580000000, 1502115000, 95.07],
    ['1.06.05', 'Program Perlindungan dan Jaminan Sosial', 874960000, 861300000, 98.44],
  ]);
  // each rounded amount covers the full one (4,21 miliar ~ 4.212.540.000; 875 juta ~ 874.960.000)
  expect(findings(book(pkWords('Rp 1,58 Miliar'), real), 'lintas-sheet')).toEqual([]);
  expect(findings(book(pkWords('1,6 M'), real), 'lintas-sheet')).toEqual([]);
  // 1,85 miliar is no rounding of 1.580.000.000 (digits swapped)
  const [f, ...rest] = findings(book(pkWords('Rp 1,85 Miliar'), real), 'lintas-sheet');
  expect(rest).toEqual([]);
  expect(f.severity).toBe('galat');
  expect([f.cell, ...(f.related ?? [])].sort()).toEqual(['C3', 'PK!D3']);
  expect(f.message).toContain('1,85 miliar');
});

test('lintas-sheet: a programme matched across name variants ("&" for "dan", "Prog." and "SDM" shortened, in capitals)', () => {
  const pkBudget = sheet('PK', [
    ['No', 'Program', 'Anggaran (Rp)'],
    [1, 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', rp(9000000000)],
    [2, 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', rp(400000000)],
    [3, 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', rp(350000000)],
  ]);
  const lra = sheet('LRA', [
    ['Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
    ['PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN & UPAYA KESEHATAN MASYARAKAT', rp(9500000000), rp(9000000000)],
    ['Program Sediaan Farmasi, Alat Kesehatan, dan Makanan Minuman', rp(400000000), rp(390000000)],
    ['Prog. Peningkatan Kapasitas SDM Kesehatan', rp(300000000), rp(290000000)],
  ]);
  const f = findings(book(pkBudget, lra), 'lintas-sheet');
  expect(f.map((x) => [x.sheet, x.cell]).sort()).toEqual([
    ['LRA', 'B2'],
    ['LRA', 'B4'],
  ]);
});

test('lintas-sheet: an indikator named with its abbreviation in brackets is the same indikator ("… (IKM)")', () => {
  const pkSheet = sheet('PK', [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    [1, 'Meningkatnya kualitas pelayanan publik', 'Indeks Kepuasan Masyarakat (IKM)', 82],
    [2, 'Meningkatnya akuntabilitas', 'Nilai SAKIP', 70],
  ]);
  const pengukuran = sheet('Pengukuran', [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Indeks Kepuasan Masyarakat', 80, 82, 102.5],
    [2, 'Nilai SAKIP', 70, 68.5, 97.86],
  ]);
  const f = findings(book(pkSheet, pengukuran), 'lintas-sheet');
  // the PK's 82 against the pengukuran's 80
  expect(f.map((x) => [x.sheet, x.cell, x.related, x.actual])).toEqual([['PK', 'D2', ['Pengukuran!C2'], 82]]);
});

test.each([
  // (the pengukuran names it by its abbreviation alone, as the PK gave it in brackets)
  ['IDG', 'IPG'],
  // (the unit in brackets after it, a word the name says or a unit's: one table writes it, the other leaves it off)
  ['Indeks Pemberdayaan Gender (indeks)', 'Indeks Pembangunan Gender (IPG) (indeks)'],
])("lintas-sheet: an indikator named %s in the pengukuran is the PK's", (idg, ipg) => {
  const pkSheet = sheet('PK', [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    [1, 'Meningkatnya kesetaraan gender', 'Indeks Pembangunan Gender (IPG)', 91.5],
    [2, null, 'Indeks Pemberdayaan Gender (IDG)', 68.2],
    [3, 'Meningkatnya perlindungan anak', 'Jumlah kecamatan ramah perempuan dan peduli anak (kecamatan)', 6],
  ]);
  const pengukuran = (kecamatan: number) =>
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, ipg, 91.5, 91.82, 100.35],
      [2, idg, 70.2, 69.4, 98.86],
      [3, 'Jumlah Kecamatan Ramah Perempuan dan Peduli Anak', kecamatan, 6, (6 / kecamatan) * 100],
    ]);
  // the PK's 68,2 against the pengukuran's 70,2; the kecamatan's 6 against 5 when the pengukuran says so
  expect(findings(book(pkSheet, pengukuran(6)), 'lintas-sheet').map((x) => [x.sheet, x.cell, x.related])).toEqual([['PK', 'D3', ['Pengukuran!C3']]]);
  expect(findings(book(pkSheet, pengukuran(5)), 'lintas-sheet').map((x) => [x.sheet, x.cell, x.related])).toEqual([
    ['PK', 'D3', ['Pengukuran!C3']],
    ['PK', 'D4', ['Pengukuran!C4']],
  ]);
});

test('lintas-sheet: a clarification in brackets that is no unit names another indikator ("(bayi)", "(baduta)")', () => {
  const pkSheet = sheet('PK', [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    [1, 'Meningkatnya derajat kesehatan', 'Cakupan imunisasi (bayi)', 95],
  ]);
  const pengukuran = sheet('Pengukuran', [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Cakupan imunisasi (baduta)', 80, 82, 102.5],
  ]);
  expect(findings(book(pkSheet, pengukuran), 'lintas-sheet')).toEqual([]);
});

test('lintas-sheet: an indikator spelt as staff spell it ("Prosentase", "yg", its unit in brackets) is the same indikator', () => {
  const pkSheet = sheet('PK', [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    [1, 'Meningkatnya penanganan PPKS', 'Prosentase PPKS yg tertangani', 90],
    [2, 'Meningkatnya derajat kesehatan', 'Angka Kematian Ibu (per 100.000 KH)', 95],
  ]);
  const pengukuran = (aki: number) =>
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase PPKS yang tertangani', 85, 88, 103.53],
      [2, 'Angka Kematian Ibu', aki, 90, aki === 95 ? 105.26 : 111.11],
    ]);
  // the PK's 90 against the pengukuran's 85; the AKI's 95 agrees, or differs when the pengukuran says 100
  expect(findings(book(pkSheet, pengukuran(95)), 'lintas-sheet').map((x) => [x.sheet, x.cell, x.related])).toEqual([['PK', 'D2', ['Pengukuran!C2']]]);
  expect(findings(book(pkSheet, pengukuran(100)), 'lintas-sheet').map((x) => [x.sheet, x.cell, x.related])).toEqual([
    ['PK', 'D2', ['Pengukuran!C2']],
    ['PK', 'D3', ['Pengukuran!C3']],
  ]);
});

test('lintas-sheet: an indikator retyped with or without "yang" or "dalam" is the same indikator', () => {
  const wb = (puskesmas: number, jalan: number) =>
    book(
      sheet('PK', [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
        [1, 'Meningkatnya mutu layanan kesehatan', 'Persentase puskesmas terakreditasi', 80],
        [2, 'Meningkatnya kualitas infrastruktur jalan', 'Persentase jalan kabupaten dalam kondisi mantap', 72],
      ]),
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Persentase Puskesmas yang Terakreditasi', puskesmas, 84, puskesmas === 80 ? 105 : 98.82],
        [2, 'Persentase jalan kabupaten kondisi mantap', jalan, 70.5, jalan === 72 ? 97.92 : 94],
      ]),
    );
  expect(findings(wb(80, 72), 'lintas-sheet')).toEqual([]);
  expect(findings(wb(85, 75), 'lintas-sheet').map((x) => [x.sheet, x.cell, x.related])).toEqual([
    ['PK', 'D2', ['Pengukuran!C2']],
    ['PK', 'D3', ['Pengukuran!C3']],
  ]);
});

test('a hidden copy of a sheet (an old version, "LRA (2)") contradicts nothing; a visible one does', () => {
  const lra = (name: string, pagu: number) =>
    sheet(name, [
      ['Program', 'Pagu', 'Realisasi', '%'],
      ['Program Penunjang Urusan Pemerintahan Daerah', pagu, 1000000000, 90.91],
      ['Program Pemberdayaan Sosial', 650000000, 600000000, 92.31],
    ]);
  const current = lra('LRA', 1200000000);
  const old = lra('LRA (2)', 1100000000);
  expect(findings(book(current, { ...old, hidden: true }), 'lintas-sheet')).toEqual([]);
  expect(findings(book(current, old), 'lintas-sheet').map((f) => [f.sheet, f.cell])).toEqual([['LRA (2)', 'B2']]);
});

describe('lintas-sheet: a budget sheet per unit (each UPT its own amounts for the same programmes)', () => {
  const unit = (name: string, penunjang: number, pelayanan: number, realisasi: [number, number]) =>
    sheet(name, [
      ['Program', 'Pagu', 'Realisasi', '%'],
      ['Program Penunjang Urusan Pemerintahan Daerah', penunjang, realisasi[0], Math.round((realisasi[0] / penunjang) * 10000) / 100],
      ['Program Pemenuhan Upaya Kesehatan Perorangan', pelayanan, realisasi[1], Math.round((realisasi[1] / pelayanan) * 10000) / 100],
    ]);
  test('two lists of different units, disagreeing on what they share, contradict nothing', () => {
    const a = unit('Puskesmas Kota', 1200000000, 850000000, [1100000000, 800000000]);
    const b = unit('Puskesmas Lembah', 980000000, 610000000, [901000000, 575000000]);
    expect(findings(book(a, b), 'lintas-sheet')).toEqual([]);
  });
  test('a copy of one list with one figure changed still does', () => {
    const a = unit('LRA', 1200000000, 850000000, [1100000000, 800000000]);
    const b = unit('LRA Ringkas', 1200000000, 805000000, [1100000000, 800000000]);
    expect(findings(book(a, b), 'lintas-sheet').map((f) => [f.sheet, f.cell])).toEqual([['LRA Ringkas', 'B3']]);
  });
  test("each unit's list is still compared with a PK that names its programmes", () => {
    const a = unit('Puskesmas Kota', 1200000000, 850000000, [1100000000, 800000000]);
    const b = unit('Puskesmas Lembah', 980000000, 610000000, [901000000, 575000000]);
    const pkKota = sheet('PK Puskesmas Kota', [
      ['Sasaran', 'Indikator', 'Target', 'Program', 'Anggaran'],
      ['Meningkatnya mutu layanan', 'Indeks kepuasan pasien', 85, 'Program Pemenuhan Upaya Kesehatan Perorangan', 880000000],
    ]);
    const f = findings(book(a, b, pkKota), 'lintas-sheet');
    expect(f.filter((x) => x.sheet === 'Puskesmas Kota').map((x) => [x.cell, x.related])).toEqual([['B3', ["'PK Puskesmas Kota'!E2"]]]);
  });
  test("a PK naming no unit is the list's it agrees with most: compared with that one alone, never with another unit's", () => {
    const a = unit('LRA Puskesmas Kota', 1200000000, 850000000, [1100000000, 800000000]);
    const b = unit('LRA Puskesmas Lembah', 980000000, 610000000, [901000000, 575000000]);
    const pk = (pelayanan: number) =>
      sheet('PK', [
        ['No', 'Program', 'Anggaran'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1200000000],
        [2, 'Program Pemenuhan Upaya Kesehatan Perorangan', pelayanan],
      ]);
    expect(findings(book(pk(850000000), a, b), 'lintas-sheet')).toEqual([]);
    expect(findings(book(pk(880000000), a, b), 'lintas-sheet').map((x) => [x.sheet, x.cell, x.related])).toEqual([['LRA Puskesmas Kota', 'B3', ['PK!C3']]]);
    // agreeing with neither and naming neither: whose it is cannot be told, so nothing is said
    const none = sheet('PK', [
      ['No', 'Program', 'Anggaran'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1500000000],
      [2, 'Program Pemenuhan Upaya Kesehatan Perorangan', 880000000],
    ]);
    expect(findings(book(none, a, b), 'lintas-sheet')).toEqual([]);
  });
  test('forty units, one PK naming its unit: only that unit compared; a copy in thousands agrees with its rupiah', () => {
    // (every pair of the book's tables is weighed: told apart in floating point where surely apart, exactly where not)
    const places = ['Kota', 'Lembah', 'Pantai', 'Bukit', 'Sungai', 'Danau', 'Rimba', 'Padang', 'Tanjung', 'Muara'];
    const units = Array.from({ length: 40 }, (_, k) =>
      unit(`Puskesmas ${places[k % 10]} ${['Utara', 'Selatan', 'Timur', 'Barat'][Math.floor(k / 10)]}`, 900000000 + k * 7000000, 600000000 + k * 3000000, [
        850000000 + k * 6000000,
        550000000 + k * 2000000,
      ]),
    );
    const pk = (pelayanan: number) =>
      sheet('PK Puskesmas Tanjung Utara', [
        ['Sasaran', 'Indikator', 'Target', 'Program', 'Anggaran'],
        ['Meningkatnya mutu layanan', 'Indeks kepuasan pasien', 85, 'Program Pemenuhan Upaya Kesehatan Perorangan', pelayanan],
      ]);
    const inThousands = sheet('Ringkasan Puskesmas Tanjung Utara', [
      ['Program', 'Pagu (Rp ribu)', 'Realisasi (Rp ribu)'],
      ['Program Penunjang Urusan Pemerintahan Daerah', 956000, 898000],
      ['Program Pemenuhan Upaya Kesehatan Perorangan', 624000, 566000],
    ]);
    expect(findings(book(...units, pk(624000000), inThousands), 'lintas-sheet')).toEqual([]);
    const f = findings(book(...units, pk(642000000), inThousands), 'lintas-sheet');
    // (named once, on the unit's list; its copy in thousands agrees with it and is no second finding)
    expect(f.map((x) => [x.sheet, x.cell, x.related])).toEqual([['Puskesmas Tanjung Utara', 'B3', ["'PK Puskesmas Tanjung Utara'!E2"]]]);
  });
  test("an efisiensi's serapan is compared with its own unit's list, not with every unit's", () => {
    const a = unit('LRA Dinas', 1200000000, 850000000, [1100000000, 800000000]);
    const b = unit('LRA UPT', 980000000, 610000000, [901000000, 575000000]);
    const efisiensi = (penunjang: number) =>
      sheet('Efisiensi', [
        ['No', 'Program', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 100, penunjang, Math.round((100 - penunjang) * 100) / 100],
        [2, 'Program Pemenuhan Upaya Kesehatan Perorangan', 98, 94.12, 3.88],
      ]);
    expect(findings(book(a, b, efisiensi(91.67)), 'lintas-sheet')).toEqual([]);
    // (the list's serapan is its own pagu and realisasi's: the efisiensi's is the one named)
    expect(findings(book(a, b, efisiensi(93.67)), 'lintas-sheet').map((x) => [x.sheet, x.related])).toEqual([['Efisiensi', ["'LRA Dinas'!D2"]]]);
  });
});

describe("lintas-sheet: a sasaran's capaian (\"Capaian Sasaran\" beside its indikator's) against the efisiensi table's", () => {
  const pengukuran = (sasaran2: number) =>
    sheet(
      'Pengukuran',
      [
        ['Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian Sasaran (%)'],
        ['Meningkatnya derajat kesehatan masyarakat', 'Persentase rumah tangga ber-PHBS', 80, 84, 105, 97.5],
        [null, 'Persentase balita gizi baik', 90, 81, 90, null],
        ['Meningkatnya mutu pelayanan kesehatan', 'Cakupan imunisasi dasar lengkap', 95, 96.9, 102, sasaran2],
        [null, 'Persentase puskesmas terakreditasi', 100, 88, 88, null],
      ],
      { merges: ['A2:A3', 'F2:F3', 'A4:A5', 'F4:F5'] },
    );
  const efisiensi = (capaian2: number) =>
    sheet('Efisiensi', [
      ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
      [1, 'Meningkatnya derajat kesehatan masyarakat', 97.5, 94, 3.5],
      [2, 'Meningkatnya mutu pelayanan kesehatan', capaian2, 92, capaian2 - 92],
    ]);
  test('matched by the sasaran: the same capaian agrees, another is a galat', () => {
    expect(findings(book(pengukuran(95), efisiensi(95)), 'lintas-sheet')).toEqual([]);
    expect(findings(book(pengukuran(95), efisiensi(97)), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([
      ['Efisiensi', 'C3', ['Pengukuran!F4']],
    ]);
  });
  test('a sasaran capaian already shown wrong by its own indikator (not their mean) is one galat, not a second on the other sheet', () => {
    // (102 + 88) / 2 = 95: the pengukuran's 97 is wrong by its own rows; the efisiensi's 95 is right
    const all = periksaWorkbook(book(pengukuran(97), efisiensi(95))).findings.filter((f) => f.severity === 'galat');
    expect(all.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['persen-capaian', 'Pengukuran', 'F4']]);
  });
});

describe("lintas-sheet: a sasaran's capaian in the efisiensi table against the mean of its indikator's in the pengukuran", () => {
  // no "Capaian Sasaran" column: each sasaran's indikator rows, merged under it
  const pengukuran = (capaian4: number) =>
    sheet(
      'Pengukuran',
      [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Meningkatnya kualitas layanan administrasi kependudukan', 'Persentase kepemilikan KTP-el', 98, 97.1, 99.08],
        [null, null, 'Persentase kepemilikan akta kelahiran anak', 95, 96.2, 101.26],
        [2, 'Meningkatnya pemanfaatan data kependudukan', 'Jumlah lembaga pengguna data', 40, 44, 110],
        [null, null, 'Persentase data terintegrasi', 90, 85.5, capaian4],
        [3, 'Meningkatnya tata kelola perangkat daerah', 'Nilai SAKIP', 70, 71.2, 101.71],
        [null, null, 'Indeks Kepuasan Masyarakat', 82, 84.1, 102.56],
      ],
      { merges: ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5', 'A6:A7', 'B6:B7'] },
    );
  const efisiensi = (sasaran2: number, sasaran3 = 102.14, sasaran1 = 100.17) =>
    sheet('Efisiensi', [
      ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
      [1, 'Meningkatnya kualitas layanan administrasi kependudukan', sasaran1, 94.2, sasaran1 - 94.2],
      [2, 'Meningkatnya pemanfaatan data kependudukan', sasaran2, 91.8, sasaran2 - 91.8],
      [3, 'Meningkatnya tata kelola perangkat daerah', sasaran3, 96, sasaran3 - 96],
    ]);
  test('the other sasaran agree with their means: one that does not is a galat, at the efisiensi table', () => {
    expect(findings(book(pengukuran(95), efisiensi(102.5)), 'lintas-sheet')).toEqual([]);
    const f = findings(book(pengukuran(95), efisiensi(104.5)), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.expected, x.related])).toEqual([['Efisiensi', 'C3', 102.5, ['Pengukuran!F4:F5']]]);
    expect(f[0].message).toContain('rata-rata capaian indikatornya');
  });
  test('no other sasaran agrees with its mean (the office computes it otherwise): nothing is said', () => {
    // (each indikator's capaian capped at 100 before the mean: 99,54 %, 97,5 %, 100 %)
    expect(findings(book(pengukuran(95), efisiensi(97.5, 100, 99.54)), 'lintas-sheet')).toEqual([]);
  });
  test('an indikator capaian shown wrong by its own row makes no second galat through the mean', () => {
    // 85,5 ÷ 90 = 95 %, written 99: the mean 104,5 against the efisiensi's right 102,5 is the same error
    const all = periksaWorkbook(book(pengukuran(99), efisiensi(102.5))).findings.filter((x) => x.severity === 'galat');
    expect(all.map((x) => [x.rule, x.sheet, x.cell])).toEqual([['persen-capaian', 'Pengukuran', 'F5']]);
  });
});

describe('lintas-sheet: a budget table with the pagu before and after its revision ("Pagu Murni | Pagu Perubahan")', () => {
  const lra = sheet('LRA', [
    ['No', 'Program', 'Pagu Murni', 'Pagu Perubahan', 'Realisasi', '%'],
    [1, 'Program Pelayanan Penanaman Modal', rp(600000000), rp(620000000), rp(600000000), 96.77],
    [2, 'Program Promosi Penanaman Modal', rp(500000000), rp(450000000), rp(430000000), 95.56],
  ]);
  const pkWith = (promosi: number) =>
    sheet('PK', [
      ['No', 'Sasaran Strategis', 'Program', 'Anggaran (Rp)'],
      [1, 'Meningkatnya kualitas layanan perizinan', 'Program Pelayanan Penanaman Modal', rp(620000000)],
      [2, 'Meningkatnya investasi daerah', 'Program Promosi Penanaman Modal', rp(promosi)],
    ]);
  test('the PK is matched with the pagu the serapan is taken of (the revised one)', () => {
    expect(findings(book(pkWith(450000000), lra), 'lintas-sheet')).toEqual([]);
    const f = findings(book(pkWith(455000000), lra), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.related, x.expected])).toEqual([['LRA', 'D3', ['PK!D3'], 455000000]]);
  });
  test('a PK signed on the pagu before the revision agrees with the table too', () => {
    expect(findings(book(pkWith(500000000), lra), 'lintas-sheet')).toEqual([]);
  });
  test('without a serapan, the revised pagu by its header', () => {
    const noSerapan = sheet('LRA', [
      ['No', 'Program', 'Pagu Sebelum Perubahan', 'Pagu Setelah Perubahan', 'Realisasi'],
      [1, 'Program Pelayanan Penanaman Modal', rp(600000000), rp(620000000), rp(600000000)],
      [2, 'Program Promosi Penanaman Modal', rp(500000000), rp(450000000), rp(430000000)],
    ]);
    expect(findings(book(pkWith(455000000), noSerapan), 'lintas-sheet').map((x) => [x.cell, x.related])).toEqual([['D3', ['PK!D3']]]);
  });
});

describe('lintas-sheet: a PK Awal and a PK Perubahan, each with the budget of its own revision', () => {
  const pk = (name: string, caption: string, llaj: number, penunjang: number) =>
    sheet(name, [
      [caption],
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan', rp(llaj)],
      [2, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', rp(penunjang)],
    ]);
  const lra = (llaj: number) =>
    sheet('Realisasi', [
      ['No', 'Program', 'Pagu Perubahan (Rp)', 'Realisasi (Rp)'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', rp(4100000000), rp(3895000000)],
      [2, 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan', rp(llaj), rp(3082000000)],
    ]);
  const awal = pk('PK Awal', 'PERJANJIAN KINERJA TAHUN 2024', 3250000000, 4100000000);
  const perubahan = (llaj = 3350000000, penunjang = 4100000000) => pk('PK Perubahan', 'PERJANJIAN KINERJA PERUBAHAN TAHUN 2024', llaj, penunjang);
  const cells = (b: ReturnType<typeof book>) => findings(b, 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related]);
  test('the original PK differs from the revised one and from the revised pagu by design: nothing to say', () => {
    expect(cells(book(awal, perubahan(), lra(3350000000)))).toEqual([]);
    // (the revision said by the sheet's name alone, or by the caption alone)
    expect(cells(book(awal, pk('PK (2)', 'PERJANJIAN KINERJA PERUBAHAN TAHUN 2024', 3350000000, 4100000000), lra(3350000000)))).toEqual([]);
  });
  test("the revised PK against the revised pagu still is compared, and the original against nothing of the revision's", () => {
    expect(cells(book(awal, perubahan(3350000000, 4200000000), lra(3350000000)))).toEqual([['Realisasi', 'C2', ["'PK Perubahan'!C4"]]]);
    expect(cells(book(awal, perubahan(), lra(3450000000)))).toEqual([['Realisasi', 'C3', ["'PK Perubahan'!C3"]]]);
  });
  test('a PK that names no revision is of the revision it agrees with; agreeing with neither, it is compared with both', () => {
    const plain = (llaj: number) => pk('PK', 'PERJANJIAN KINERJA TAHUN 2024', llaj, 4100000000);
    const murni = sheet('APBD Murni', [
      ['No', 'Program', 'Pagu (Rp)'],
      [1, 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan', rp(3250000000)],
    ]);
    expect(cells(book(plain(3250000000), murni, lra(3350000000)))).toEqual([]);
    expect(cells(book(plain(3350000000), murni, lra(3350000000)))).toEqual([]);
    // (agreeing with neither: against each, the signed PK's figure stands, as anywhere)
    expect(cells(book(plain(3300000000), murni, lra(3350000000)))).toEqual([
      ['APBD Murni', 'C2', ['PK!C3']],
      ['Realisasi', 'C3', ['PK!C3']],
    ]);
  });
});

describe('lintas-sheet: a pengukuran that names no revision, beside a PK Awal and a PK Perubahan', () => {
  // a health office: three targets revised mid-year, one left as it was
  const INDIKATOR = [
    'Angka Kematian Bayi (per 1.000 KH)',
    'Persentase balita gizi buruk yang mendapat perawatan',
    'Cakupan pelayanan kesehatan ibu hamil (K4)',
    'Persentase Puskesmas terakreditasi',
  ];
  const pk = (name: string, targets: number[]) =>
    sheet(name, [['No', 'Indikator Kinerja', 'Target 2024'], ...INDIKATOR.map((n, i): V[] => [i + 1, n, targets[i]])]);
  const awal = pk('PK Awal', [8.5, 100, 94, 80]);
  const perubahan = pk('PK Perubahan', [8.7, 100, 93, 75]);
  const pengukuran = (targets: number[]) =>
    sheet('Capaian 2024', [
      ['No', 'Indikator Kinerja', 'Target 2024', 'Realisasi 2024'],
      ...INDIKATOR.map((n, i): V[] => [i + 1, n, targets[i], [8.4, 100, 93.8, 77.8][i]]),
    ]);
  const cells = (b: ReturnType<typeof book>) => findings(b, 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related]);

  test('its targets evidently the Perubahan’s: one copied from the PK Awal is a galat, the signed PK Perubahan’s standing', () => {
    expect(cells(book(awal, perubahan, pengukuran([8.7, 100, 93, 75])))).toEqual([]);
    expect(cells(book(awal, perubahan, pengukuran([8.7, 100, 94, 75])))).toEqual([['Capaian 2024', 'C4', ["'PK Perubahan'!C4"]]]);
  });
  test('every target the PK Awal’s: the table is of the original, nothing to say', () => {
    expect(cells(book(awal, perubahan, pengukuran([8.5, 100, 94, 80])))).toEqual([]);
  });
  test('as many of each: which one the table follows cannot be told, each target is of the PK it agrees with', () => {
    expect(cells(book(awal, perubahan, pengukuran([8.7, 100, 94, 80])))).toEqual([]);
  });
});

test('lintas-sheet: a figure counted up to the year ("s.d. Tahun 2024") is not the year’s, and contradicts no PK target', () => {
  const pk = sheet('PK', [
    ['No', 'Sasaran', 'Indikator Kinerja', 'Target 2024'],
    [1, 'Meningkatnya daya tarik wisata', 'Jumlah desa wisata yang dibina', 10],
    [2, null, 'Jumlah homestay tersertifikasi', 100],
  ]);
  const pengukuran = (annual2: number) =>
    sheet(
      'Pengukuran',
      [
        ['No', 'Indikator Kinerja', 'Tahun 2024', null, null, 's.d. Tahun 2024', null, null],
        [null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Jumlah desa wisata yang dibina', 10, 11, 110, 40, 42, 105],
        [2, 'Jumlah homestay tersertifikasi', annual2, 90, (90 / annual2) * 100, 400, 300, 75],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
    );
  expect(findings(book(pk, pengukuran(100)), 'lintas-sheet')).toEqual([]);
  // the year's own target still meets the PK's (its row's capaian confirms the pengukuran's 120: the PK's is reported)
  expect(findings(book(pk, pengukuran(120)), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['PK', 'D3', ['Pengukuran!C4']]]);
});

test('lintas-sheet: the province’s and the nation’s figures beside the office’s own are a comparison, never the office’s', () => {
  const pkTargets = sheet('PK', [
    ['No', 'Sasaran', 'Indikator Kinerja', 'Target 2024'],
    [1, 'Meningkatnya kesejahteraan masyarakat', 'Persentase penduduk miskin', 9],
    [2, null, 'Prevalensi stunting (%)', 16],
  ]);
  const comparison = (own: number) =>
    sheet('Perbandingan', [
      ['No', 'Indikator', 'Target 2024', 'Realisasi Kabupaten 2024', 'Realisasi Provinsi 2024', 'Target Nasional 2024'],
      [1, 'Persentase penduduk miskin', own, 9.8, 10.5, 7.5],
      [2, 'Prevalensi stunting (%)', 16, 18.2, 20.1, 14],
    ]);
  const pengukuran = sheet('Pengukuran', [
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Persentase penduduk miskin', 9, 9.8, 91.11],
    [2, 'Prevalensi stunting (%)', 16, 18.2, 86.25],
  ]);
  expect(findings(book(pkTargets, comparison(9), pengukuran), 'lintas-sheet')).toEqual([]);
  // the office's own target still meets the PK's
  expect(findings(book(pkTargets, comparison(8), pengukuran), 'lintas-sheet').map((f) => [f.sheet, f.cell])).toEqual([['Perbandingan', 'C2']]);
  // a provincial office's own "Realisasi Provinsi", the only one, is its realisasi
  const provincial = sheet('Capaian', [
    ['No', 'Indikator', 'Target Provinsi 2024', 'Realisasi Provinsi 2024', 'Capaian (%)'],
    [1, 'Persentase penduduk miskin', 9, 9.8, 91.11],
  ]);
  const [t] = periksaWorkbook(book(provincial)).tables;
  expect(t.columns.filter((c) => c.role).map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'capaian']);
});

test("lintas-sheet: last year's table under its caption ('… Tahun 2023') is not this year's; the same year still is compared", () => {
  const stacked = (captionYear: number) =>
    book(
      sheet('Perbandingan', [
        [`Tabel 3.3 Capaian Kinerja Tahun ${captionYear}`],
        ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
        ['Cakupan pelayanan administrasi terpadu', 90, 88, 97.78],
        ['Persentase PATEN tepat waktu', 85, 86, 101.18],
        [],
        ['Tabel 3.4 Capaian Kinerja Tahun 2024'],
        ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
        ['Cakupan pelayanan administrasi terpadu', 92, 93, 101.09],
        ['Persentase PATEN tepat waktu', 88, 85, 96.59],
      ]),
    );
  expect(findings(stacked(2023), 'lintas-sheet')).toEqual([]);
  // both captions name 2024: the same indikator with two targets is a contradiction
  expect(findings(stacked(2024), 'lintas-sheet').length).toBeGreaterThan(0);
  // a regulation the caption cites is no year of the table
  const cited = book(
    sheet('IKU', [
      ['Indikator Kinerja Utama sesuai Perbup Nomor 12 Tahun 2021'],
      ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      ['Cakupan pelayanan administrasi terpadu', 92, 93, 101.09],
    ]),
    sheet('Pengukuran', [
      ['Indikator', 'Target 2024', 'Realisasi 2024', 'Capaian 2024'],
      ['Cakupan pelayanan administrasi terpadu', 90, 93, 103.33],
    ]),
  );
  // (the target 90 against 92, and so the capaian)
  expect(findings(cited, 'lintas-sheet').map((f) => f.actual)).toContain(90);
  // a caption's year is the workbook's where no column names one: a table without a caption is of that year too
  const captioned = book(
    sheet('PK', [['PERJANJIAN KINERJA TAHUN 2024'], [], ['No', 'Program', 'Anggaran (Rp)'], [1, 'Program Rehabilitasi Sosial', 'Rp 243.292.000']]),
    ra,
  );
  expect(findings(captioned, 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['Realisasi Anggaran', 'B3', ['PK!C4']]]);
});

test("lintas-sheet: a sheet's name says its tables' year where their caption does not ('RKT 2025' beside the PK of 2024)", () => {
  const targets = (sheetName: string, target: number) =>
    sheet(sheetName, [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
      [1, 'Meningkatnya kualitas lingkungan hidup', 'Persentase sampah terkelola', target],
    ]);
  const pk = sheet('PK', [
    ['PERJANJIAN KINERJA TAHUN 2024'],
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    [1, 'Meningkatnya kualitas lingkungan hidup', 'Persentase sampah terkelola', 72],
  ]);
  expect(findings(book(pk, targets('RKT 2025', 75)), 'lintas-sheet')).toEqual([]);
  expect(findings(book(pk, targets('RKT 2024', 75)), 'lintas-sheet')).toHaveLength(1);
  // a sheet named for the year beside one named for nothing: both the workbook's year
  const budget = (name: string) =>
    sheet(name, [
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, 'Program Pengelolaan Persampahan', rp(850000000)],
    ]);
  const lra = sheet('Realisasi Anggaran', [
    ['Program', 'Pagu', 'Realisasi', '%'],
    ['Program Pengelolaan Persampahan', rp(800000000), rp(760000000), 95],
  ]);
  expect(findings(book(budget('PK 2024'), lra), 'lintas-sheet')).toHaveLength(1);
});

describe('lintas-sheet: a quarter is not the year ("Kinerja Triwulan 2025 / TW I … TW IV")', () => {
  const triwulan = (tw3: number) =>
    sheet(
      'Triwulan',
      [
        ['Indikator Kinerja', 'Target', 'Kinerja Triwulan 2025', null, null, null, null, null],
        [null, null, 'TW I', null, 'TW III', null, 'TW IV', null],
        [null, null, 'Real.', '%', 'Real.', '%', 'Real.', '%'],
        ['Persentase usulan Musrenbang yang diakomodir', 60, 12, 20, tw3, (tw3 / 60) * 100, 58.5, 97.5],
      ],
      { merges: ['A1:A3', 'B1:B3', 'C1:H1', 'C2:D2', 'E2:F2', 'G2:H2'] },
    );
  const tren = (y2025: number) =>
    sheet(
      'Tren',
      [
        ['Indikator Kinerja', 'Capaian (%)', null, null],
        [null, 2023, 2024, 2025],
        ['Persentase usulan Musrenbang yang diakomodir', 90.1, 93.3, y2025],
      ],
      { merges: ['A1:A2', 'B1:D1'] },
    );

  test("a quarter's capaian (20 %, 70 %) beside the year's (97,5 %) contradicts nothing", () => {
    expect(findings(book(triwulan(42), tren(97.5)), 'lintas-sheet')).toEqual([]);
    expect(findings(book(tren(97.5), triwulan(42)), 'lintas-sheet')).toEqual([]);
  });
});

describe('lintas-sheet: a budget grouped by programme, its kegiatan in a column of their own', () => {
  // as pandas (a grouped index), a pivot table or a finance system writes it: the Program cell merged — or written once
  // and left blank — over its kegiatan rows; no row carries the programme's own figures
  const grouped = (merged: boolean) =>
    sheet(
      'Realisasi Anggaran',
      [
        ['Program', 'Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ['Program Penunjang Urusan Pemerintahan Daerah', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', rp(250000000), rp(241000000)],
        [null, 'Administrasi Keuangan Perangkat Daerah', rp(1900000000), rp(1822000000)],
        [null, 'Administrasi Umum Perangkat Daerah', rp(300000000), rp(288500000)],
        ['Program Pemenuhan Upaya Kesehatan', 'Penyediaan Fasilitas Pelayanan Kesehatan', rp(5200000000), rp(4890000000)],
        [null, 'Penyediaan Layanan Kesehatan', rp(3100000000), rp(2950500000)],
      ],
      merged ? { merges: ['A2:A4', 'A5:A6'] } : {},
    );
  const pkOf = (kesehatan: number) =>
    sheet('PK', [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'],
      [1, 'Meningkatnya tata kelola', 'Nilai SAKIP', 70, 'Program Penunjang Urusan Pemerintahan Daerah', rp(2450000000)],
      [2, 'Meningkatnya derajat kesehatan', 'Angka Kematian Ibu', 95, 'Program Pemenuhan Upaya Kesehatan', rp(kesehatan)],
    ]);

  test.each([true, false])('Program merged over its rows: %p — the PK meets the sum of its kegiatan', (merged) => {
    expect(findings(book(pkOf(8300000000), grouped(merged)), 'lintas-sheet')).toEqual([]);
    const f = findings(book(pkOf(8400000000), grouped(merged)), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.related, x.expected, x.actual])).toEqual([['PK', 'F3', ["'Realisasi Anggaran'!C5:C6"], 8300000000, 8400000000]]);
    expect(f[0].message).toContain('jumlah kegiatannya');
  });
});

describe("lintas-sheet: a programme's serapan in the efisiensi table and in the budget table", () => {
  const budget = (pagu: number) =>
    sheet('Realisasi Anggaran', [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(1500000000), rp(1425000000), 95],
      [2, 'Program Pengelolaan Pendidikan', rp(pagu), rp(7954000000), Number(((7954000000 / pagu) * 100).toFixed(2))],
    ]);
  const efisiensi = (serapan: number) =>
    sheet('Efisiensi', [
      ['No', 'Program', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 102.5, 95, 7.5],
      [2, 'Program Pengelolaan Pendidikan', 98, serapan, Number((98 - serapan).toFixed(2))],
    ]);

  test('the efisiensi table stating another serapan than the budget table works out is named, the same figure rounded is not', () => {
    expect(findings(book(budget(8200000000), efisiensi(97)), 'lintas-sheet')).toEqual([]);
    const f = findings(book(budget(8200000000), efisiensi(98.2)), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.related, x.expected, x.actual])).toEqual([['Efisiensi', 'D3', ["'Realisasi Anggaran'!E3"], 97, 98.2]]);
  });

  test('a serapan both tables work out from their own pagu differs only where the pagu does: the pagu is named, once', () => {
    const withMoney = sheet('Kinerja Program', [
      ['No', 'Program', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan (%)'],
      [1, 'Program Pengelolaan Pendidikan', rp(8000000000), rp(7954000000), 99.43],
    ]);
    const f = findings(book(budget(8200000000), withMoney), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([['Kinerja Program', 'C2']]);
  });
});

test('lintas-sheet: a programme named with its level of government in one table ("… Kabupaten/Kota") and without in the other', () => {
  const wb = (pk: number) =>
    book(
      sheet('PK', [
        ['No', 'Program', 'Anggaran (Rp)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(pk)],
      ]),
      sheet('Realisasi', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [1, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', rp(2450000000), rp(2216000000)],
      ]),
    );
  expect(findings(wb(2450000000), 'lintas-sheet')).toEqual([]);
  expect(findings(wb(2540000000), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['Realisasi', 'C2', ['PK!C2']]]);
});

test('lintas-sheet: a programme with its code in brackets after the name ("… (1.06.01)") is the programme of that code', () => {
  const wb = (pk: number) =>
    book(
      sheet('PK', [
        ['No', 'Program', 'Anggaran (Rp)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota (1.06.01)', rp(pk)],
        [2, 'Program Rehabilitasi Sosial [Kode: 1.06.04]', rp(780500000)],
      ]),
      sheet('Realisasi', [
        ['Kode', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ['1.06.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', rp(2450000000), rp(2216000000)],
        ['1.06.04', 'PROGRAM REHABILITASI SOSIAL (PANTI)', rp(780500000), rp(770000000)],
      ]),
    );
  expect(findings(wb(2450000000), 'lintas-sheet')).toEqual([]);
  expect(findings(wb(2540000000), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['Realisasi', 'C2', ['PK!C2']]]);
});

test('lintas-sheet: a year’s realisasi written only by quarter is their sum for a count, the last quarter for a state', () => {
  const wb = (count2024: number, pct2024: number) =>
    book(
      sheet(
        'Pengukuran TW',
        [
          ['No', 'Indikator Kinerja', 'Target 2024', 'Realisasi', null, null, null, 'Capaian (%)'],
          [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
          [1, 'Jumlah pelaku usaha yang difasilitasi', 40, 8, 10, 12, 9, 97.5],
          [2, 'Persentase layanan perizinan tepat waktu', 90, 82.5, 85.1, 88.4, 91.2, 101.33],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
      ),
      sheet('Tahun ke Tahun', [
        ['No', 'Indikator Kinerja', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024'],
        [1, 'Jumlah pelaku usaha yang difasilitasi', 30, 35, count2024],
        [2, 'Persentase layanan perizinan tepat waktu', 80.2, 86.7, pct2024],
      ]),
    );
  // 8 + 10 + 12 + 9 = 39 pelaku usaha; the share at the year's end is TW IV's 91,2 % (or the year's mean, 86,8 %)
  expect(findings(wb(39, 91.2), 'lintas-sheet')).toEqual([]);
  expect(findings(wb(39, 86.8), 'lintas-sheet')).toEqual([]);
  const f = findings(wb(42, 93.7), 'lintas-sheet');
  expect(f.map((x) => [x.sheet, x.cell, x.related, x.expected])).toEqual([
    ['Tahun ke Tahun', 'E2', ["'Pengukuran TW'!D3:G3"], 39],
    ['Tahun ke Tahun', 'E3', ["'Pengukuran TW'!D4:G4"], 91.2],
  ]);
  expect(f[0].message).toBe(
    'Realisasi Jumlah pelaku usaha yang difasilitasi tahun 2024 di sheet Tahun ke Tahun (42) berbeda dengan realisasi per periodenya di tabel pengukuran kinerja (sheet Pengukuran TW) (39).',
  );
});

describe('lintas-sheet: a PK budget against a programme whose own rows disagree with it', () => {
  const pkBudget = (air: number) =>
    sheet('PK', [
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, 'Program Penyediaan Air Minum', air],
      [2, 'Program Penyelenggaraan Jalan', 900000000],
    ]);
  // Program Air Minum: 1.959.000.000, its sub kegiatan 523 + 216 and 1.220 million; its first kegiatan 739 million,
  // or typed otherwise; or the kegiatan written as headings without figures, bold and indented over their sub kegiatan
  const budget = (kegiatan: number | null, opts: { headings?: boolean; totalAtTop?: boolean } = {}) => {
    const keg = (pagu: number, realisasi: number) => (opts.headings ? [] : [pagu, realisasi]);
    return sheet('Realisasi Anggaran', [
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ...(opts.totalAtTop ? [[null, bold('JUMLAH'), 2859000000, 2550000000]] : []),
      [null, bold('PROGRAM PENYEDIAAN AIR MINUM'), 1959000000, 1700000000],
      [null, { v: 'Pengelolaan Sistem Penyediaan Air Minum', bold: true, indent: 1 }, ...keg(kegiatan ?? 739000000, 640000000)],
      [null, { v: 'Pembangunan SPAM Jaringan Perpipaan', indent: 2 }, 523000000, 440000000],
      [null, { v: 'Pengadaan Pipa Distribusi', indent: 2 }, 216000000, 200000000],
      [null, { v: 'Pengembangan Sistem Penyediaan Air Minum', bold: true, indent: 1 }, ...keg(1220000000, 1060000000)],
      [null, { v: 'Perluasan SPAM Regional', indent: 2 }, 1220000000, 1060000000],
      [null, bold('PROGRAM PENYELENGGARAAN JALAN'), 900000000, 850000000],
      [null, { v: 'Penyelenggaraan Jalan Kabupaten', bold: true, indent: 1 }, ...keg(900000000, 850000000)],
      [null, { v: 'Rehabilitasi Jalan', indent: 2 }, 900000000, 850000000],
    ]);
  };
  const galatOf = (...sheets: ReturnType<typeof sheet>[]) =>
    periksaWorkbook(book(...sheets))
      .findings.filter((f) => f.severity === 'galat')
      .map((f) => [f.rule, f.sheet, f.cell]);

  test('a kegiatan typed wrong and the PK agreeing with the programme: the kegiatan alone', () => {
    expect(galatOf(pkBudget(1959000000), budget(674000000))).toEqual([['jumlah-induk', 'Realisasi Anggaran', 'C3']]);
  });
  test("a kegiatan typed wrong and the PK stating neither the programme's pagu nor its kegiatan's sum: both named", () => {
    expect(galatOf(pkBudget(1898000000), budget(674000000))).toEqual([
      ['lintas-sheet', 'PK', 'C2'],
      ['jumlah-induk', 'Realisasi Anggaran', 'C3'],
    ]);
  });
  test('the PK stating what the kegiatan add up to: the same error, named once', () => {
    expect(galatOf(pkBudget(1894000000), budget(674000000))).toEqual([['jumlah-induk', 'Realisasi Anggaran', 'C3']]);
  });
  test('kegiatan written as headings without figures: the programme is its sub kegiatan, so the PK is what is wrong', () => {
    expect(galatOf(pkBudget(1959000000), budget(null, { headings: true }))).toEqual([]);
    expect(galatOf(pkBudget(1898000000), budget(null, { headings: true }))).toEqual([['lintas-sheet', 'PK', 'C2']]);
  });
  test('a total at the top over such headings sums the programmes alone', () => {
    expect(galatOf(budget(null, { headings: true, totalAtTop: true }))).toEqual([]);
  });
});

describe("lintas-sheet: the Renstra's end target and a capaian against it are not the year's", () => {
  const pengukuran = sheet('Pengukuran', [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Cakupan imunisasi dasar lengkap', '%', 95, 92.6, 97.47],
    [2, 'Indeks kepuasan masyarakat', 'Indeks', 80, 82.4, 103],
  ]);
  const renstra = (end: number) =>
    sheet('Renstra', [
      ['No', 'Indikator', 'Kondisi Awal 2021', 'Target Akhir Renstra 2026', 'Realisasi 2024', 'Capaian thd Renstra (%)'],
      [1, 'Cakupan imunisasi dasar lengkap', 85, end, 92.6, 95.46],
      [2, 'Indeks kepuasan masyarakat', 75, 85, 82.4, 96.94],
    ]);
  test('a target of the year (no year written) meets neither the end target of 2026 nor its capaian', () => {
    expect(findings(book(pengukuran, renstra(97)), 'lintas-sheet')).toEqual([]);
  });
  test("the year's realisasi on both sheets is still compared", () => {
    const other = sheet('Renstra', [
      ['No', 'Indikator', 'Kondisi Awal 2021', 'Target Akhir Renstra 2026', 'Realisasi 2024', 'Capaian thd Renstra (%)'],
      [1, 'Cakupan imunisasi dasar lengkap', 85, 97, 93.6, 96.49],
      [2, 'Indeks kepuasan masyarakat', 75, 85, 82.4, 96.94],
    ]);
    expect(findings(book(pengukuran, other), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['Renstra', 'E2', ['Pengukuran!E2']]]);
  });
});

describe('lintas-sheet: a programme’s anggaran written again beside each of its indikator (a PK, not merged)', () => {
  const wb = (pagu: number) =>
    book(
      sheet('PK', pkProgrammesPerRow(1)),
      sheet('Realisasi Anggaran', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
        [1, 'Program Pemenuhan Upaya Kesehatan', rp(pagu), rp(11400000000), Math.round((11400000000 / pagu) * 10000) / 100],
        [2, 'Program Peningkatan Kapasitas SDM Kesehatan', rp(850000000), rp(816000000), 96],
      ]),
    );
  test('the same figure twice is one fact: it meets the budget table', () => {
    expect(findings(wb(12500000000), 'lintas-sheet')).toEqual([]);
    const f = findings(wb(12000000000), 'lintas-sheet');
    expect(f.map((x) => [x.severity, [x.cell, ...(x.related ?? [])].sort()])).toEqual([['galat', ['C2', 'PK!F2']]]);
  });
});

test('a sasaran’s anggaran in a PK whose programmes are written beside each indikator: each programme counted once', () => {
  const wb = (kedua: number) =>
    book(
      sheet('PK', pkProgrammesPerRow(2, true)),
      sheet('Realisasi Anggaran', [
        ['No', 'Sasaran / Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        [bold('I'), bold('Meningkatnya derajat kesehatan'), rp(12500000000 + kedua), rp(11400000000 + 816000000), null],
        [bold('1'), bold('Program Pemenuhan Upaya Kesehatan'), rp(12500000000), rp(11400000000), 91.2],
        [bold('2'), bold('Program Peningkatan Kapasitas SDM Kesehatan'), rp(kedua), rp(816000000), Math.round((816000000 / kedua) * 10000) / 100],
      ]),
    );
  expect(findings(wb(850000000), 'lintas-sheet')).toEqual([]);
  // the second programme's pagu differs between the two: found, the sasaran's sum agreeing with neither side's twice
  expect(findings(wb(900000000), 'lintas-sheet').length).toBeGreaterThan(0);
});

test('a PK revised ("Target Awal | Target Perubahan") is a PK, not a Renstra table of two years: its revised target is compared', () => {
  const wb = (revised: number) =>
    book(
      sheet('PK Perubahan', [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target Awal', 'Target Perubahan'],
        [1, 'Meningkatnya kualitas pendidikan', 'Angka Partisipasi Murni SD', '%', 97.5, 98],
        [null, null, 'Angka Partisipasi Murni SMP', '%', 80, 82],
        [2, 'Meningkatnya mutu pendidik', 'Persentase guru bersertifikat', '%', 60, revised],
      ]),
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Angka Partisipasi Murni SD', '%', 98, 97.6, 99.59],
        [2, 'Angka Partisipasi Murni SMP', '%', 82, 83.1, 101.34],
        [3, 'Persentase guru bersertifikat', '%', 65, 63, 96.92],
      ]),
    );
  expect(periksaWorkbook(wb(65)).tables.map((t) => t.kind)).toEqual(['perjanjian-kinerja', 'pengukuran-kinerja']);
  expect(findings(wb(65), 'lintas-sheet')).toEqual([]);
  expect(findings(wb(62), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.expected, f.related])).toEqual([['PK Perubahan', 'F4', 65, ['Pengukuran!D4']]]);
});

describe("lintas-sheet: a capaian that is not the year's share of its target is never compared with one that is", () => {
  const ind = ['Persentase jalan kondisi mantap', 'Persentase jembatan kondisi baik', 'Persentase rumah tangga akses sanitasi layak'];
  const pengukuran = sheet('Pengukuran', [['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'], ...ind.map((n, i) => [i + 1, n, 80, 82, 102.5])]);
  test('the progress towards the Renstra end target, the only target of its table ("Target Akhir Renstra | Realisasi | Tingkat Kemajuan")', () => {
    const kemajuan = (second: number) =>
      sheet('Kemajuan', [
        ['Indikator Kinerja', 'Target Akhir Renstra 2026', 'Realisasi 2024', 'Tingkat Kemajuan (%)'],
        ...ind.map((n, i) => [n, 90, 82, i === 1 ? second : 91.11]),
      ]);
    expect(galat(book(pengukuran, kemajuan(91.11)))).toEqual([]);
    // (still checked against its own target: 82 / 90)
    expect(galat(book(pengukuran, kemajuan(95))).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'D3']]);
  });
  test('a lone Capaian beside a target with no realisasi: the value achieved as much as a share', () => {
    const lone = sheet('Target Capaian', [['Uraian', 'Target', 'Capaian'], ...ind.map((n) => [n, 80, 82])]);
    expect(findings(book(pengukuran, lone), 'lintas-sheet')).toEqual([]);
  });
});

test.each([
  ['Program Pengelolaan Pendidikan: Angka Partisipasi Murni SD', 'Program Pengelolaan Pendidikan'],
  ['1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota : Nilai SAKIP', '1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'],
  ['Prog. Rehabilitasi Sosial: Persentase PPKS yang terlayani', 'Prog. Rehabilitasi Sosial'],
  // not a programme before the colon, or nothing after it
  ['Sasaran 1: Meningkatnya kualitas pendidikan', undefined],
  ['Kegiatan Penyediaan Sandang: Jumlah paket', undefined],
  ['Program Pengelolaan Pendidikan:', undefined],
  ['Program: Pengelolaan Pendidikan', undefined],
  ['Program Pengelolaan Pendidikan', undefined],
])('programmeBefore(%j) = %j', (label, head) => {
  expect(programmeBefore(label)).toBe(head);
});

test('lintas-sheet: a PK writing each programme and its indikator in one cell ("Program X: indikator") is matched by the programme', () => {
  const pkJoined = (pendidikan: number) =>
    sheet('PK', [
      ['No', 'Program / Indikator Kinerja Program', 'Target', 'Anggaran (Rp)'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota: Nilai SAKIP perangkat daerah', 'BB', 101250000000],
      [2, 'Program Pengelolaan Pendidikan: Angka Partisipasi Murni SD', '98,5%', pendidikan],
    ]);
  const lra = sheet('LRA', [
    ['Kode', 'Program', 'Pagu', 'Realisasi', '%'],
    ['1.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 101250000000, 99812340000, 98.58],
    ['1.01.02', 'Program Pengelolaan Pendidikan', 41850000000, 41023500000, 98.03],
  ]);
  expect(findings(book(pkJoined(41850000000), lra), 'lintas-sheet')).toEqual([]);
  expect(findings(book(pkJoined(41580000000), lra), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['LRA', 'C3', ['PK!D3']]]);
});

describe('lintas-sheet: a kegiatan’s budget in a PK of kegiatan against the LRA’s kegiatan row', () => {
  // a PK with its programmes' table and its kegiatan's below; the LRA by code, programme > kegiatan. A programme and a
  // kegiatan whose names normalise alike ("Program Penyelenggaraan Jalan", "Penyelenggaraan Jalan Kabupaten/Kota") are
  // two budgets, never one name written twice.
  const wb = (pkJembatan: number, lraJalan: V | number = 8651000000) =>
    book(
      sheet('PK 2024', [
        ['A. Indikator Kinerja Program'],
        ['No', 'Program', 'Indikator Kinerja Program', 'Target', 'Anggaran (Rp)'],
        [1, 'Program Penyelenggaraan Jalan', 'Persentase jalan dalam kondisi mantap', '75%', 8651000000],
        [2, 'Program Pengelolaan Sumber Daya Air (SDA)', 'Persentase irigasi dalam kondisi baik', '70%', 5430000000],
        [null],
        ['B. Indikator Kinerja Kegiatan'],
        ['No', 'Kegiatan', 'Indikator Kinerja Kegiatan', 'Target', 'Anggaran (Rp)'],
        [1, 'Penyelenggaraan Jalan Kabupaten/Kota', 'Panjang jalan yang ditingkatkan', '12 km', 7400000000],
        [2, 'Pembangunan Jembatan', 'Jumlah jembatan yang dibangun', '3 unit', pkJembatan],
        [3, 'Pengelolaan SDA dan Bangunan Pengaman Pantai', 'Panjang pengaman pantai', '400 m', 3250000000],
      ]),
      sheet('Realisasi Anggaran', [
        ['Kode', 'Program / Kegiatan', 'Pagu', 'Realisasi', 'Serapan (%)'],
        [bold('1.03.10'), bold('Program Penyelenggaraan Jalan'), lraJalan, 8405300000, 97.16],
        ['1.03.10.2.01', 'Penyelenggaraan Jalan Kabupaten/Kota', 7400000000, 7215300000, 97.5],
        ['1.03.10.2.02', 'Pembangunan Jembatan', 1251000000, 1190000000, 95.12],
        [bold('1.03.02'), bold('Program Pengelolaan Sumber Daya Air (SDA)'), 5430000000, 5194500000, 95.66],
        ['1.03.02.2.01', 'Pengelolaan SDA dan Bangunan Pengaman Pantai', 3250000000, 3104000000, 95.51],
        ['1.03.02.2.02', 'Pengembangan dan Pengelolaan Sistem Irigasi', 2180000000, 2090500000, 95.9],
        [null, 'Jumlah', 14081000000, 13599800000, 96.58],
      ]),
    );
  test('agreeing: nothing; one kegiatan’s figure differing: that kegiatan, not its programme', () => {
    expect(findings(wb(1251000000), 'lintas-sheet')).toEqual([]);
    const f = findings(wb(1215000000), 'lintas-sheet');
    // the LRA's kegiatan is borne out by its programme's typed pagu (7.400 + 1.251 = 8.651 million): the PK's is the
    // figure that differs, reported there
    expect(f.map((x) => [x.sheet, x.cell, x.related, x.expected, x.actual])).toEqual([['PK 2024', 'E9', ["'Realisasi Anggaran'!C4"], 1251000000, 1215000000]]);
  });
  test('the LRA’s programme pagu a formula summing its kegiatan bears nothing out: the PK’s kegiatan stands, as before', () => {
    const f = findings(wb(1215000000, formula('SUM(C3:C4)', 8651000000)), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.related])).toEqual([['Realisasi Anggaran', 'C4', ["'PK 2024'!E9"]]]);
  });
});

describe('lintas-sheet: an eselon IV’s PK of kegiatan against its own flat list of kegiatan (no programme above them)', () => {
  // "No | Kegiatan | Indikator | Target | Anggaran" and "Kode | Kegiatan | Pagu | Realisasi | Serapan": the same kegiatan
  // in both, neither table naming a programme — each kegiatan's budget meets its own
  const wb = (pkKepegawaian: string) =>
    book(
      sheet('PK Kasubbag', [
        ['No', 'Kegiatan', 'Indikator Kinerja', 'Target', 'Anggaran'],
        [1, 'Administrasi Umum Perangkat Daerah', 'Persentase pemenuhan kebutuhan administrasi umum', '100%', 'Rp 845.000.000'],
        [2, 'Administrasi Kepegawaian Perangkat Daerah', 'Persentase ASN yang mengikuti pengembangan kompetensi', '80%', pkKepegawaian],
        [3, 'Pemeliharaan Barang Milik Daerah', 'Persentase BMD dalam kondisi baik', '90%', 'Rp 410.000.000'],
      ]),
      sheet('Realisasi Anggaran', [
        ['Kode', 'Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        ['2.01', 'Administrasi Umum Perangkat Daerah', 845000000, 812400000, 96.14],
        ['2.02', 'Administrasi Kepegawaian Perangkat Daerah', 120000000, 110500000, 92.08],
        ['2.03', 'Pemeliharaan Barang Milik Daerah', 410000000, 398000000, 97.07],
        [null, 'JUMLAH', 1375000000, 1320900000, 96.07],
      ]),
    );
  test('agreeing: nothing; one kegiatan’s anggaran differing: a galat naming both cells', () => {
    expect(findings(wb('Rp 120.000.000'), 'lintas-sheet')).toEqual([]);
    const f = findings(wb('Rp 130.000.000'), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.related, x.expected, x.actual])).toEqual([
      ['Realisasi Anggaran', 'C3', ["'PK Kasubbag'!E3"], 130000000, 120000000],
    ]);
  });
});

describe('lintas-sheet: an efisiensi of kegiatan (a flat list under "Kegiatan") against the budget table’s kegiatan', () => {
  const wb = (serapan2: number) =>
    book(
      sheet('Anggaran', [
        ['Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        [bold('1.02.01'), bold('Program Penunjang Urusan Pemerintahan Daerah'), 965000000, 922900000, 95.64],
        ['1.02.01.2.01', 'Administrasi Umum Perangkat Daerah', 845000000, 812400000, 96.14],
        ['1.02.01.2.02', 'Administrasi Kepegawaian Perangkat Daerah', 120000000, 110500000, 92.08],
      ]),
      sheet('Efisiensi', [
        ['No', 'Kegiatan', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        [1, 'Administrasi Umum Perangkat Daerah', 100, 96.14, 3.86],
        [2, 'Administrasi Kepegawaian Perangkat Daerah', 105, serapan2, Math.round((105 - serapan2) * 100) / 100],
      ]),
    );
  test('each kegiatan’s serapan meets its own: the same agrees, another is a galat', () => {
    expect(findings(wb(92.08), 'lintas-sheet')).toEqual([]);
    expect(findings(wb(94.08), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['Efisiensi', 'D3', ['Anggaran!E4']]]);
  });
});

describe('lintas-sheet: a PK’s programme budget two blank rows under its indikator table, the last indikator the APM', () => {
  // the last indikator row ("4 | Angka Partisipasi Murni SD") is a row of the table above, no caption of the budget
  // table under it: its "murni" says nothing of which revision of the budget the PK was signed on
  const wb = (pkPelayanan: number) =>
    book(
      sheet('PK', [
        ['PERJANJIAN KINERJA DINAS PENDIDIKAN TAHUN 2024'],
        [null],
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2024'],
        [1, 'Meningkatnya mutu pendidikan', 'Persentase guru bersertifikat', '%', 75],
        [2, 'Meningkatnya akses pendidikan', 'Rata-rata lama sekolah', 'Tahun', 8.5],
        [3, null, 'Angka partisipasi murni SD', '%', 97],
        [null],
        [null],
        ['No', 'Program', 'Anggaran (Rp)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(6606000000)],
        [2, 'Program Pengelolaan Pendidikan', rp(pkPelayanan)],
      ]),
      sheet('Anggaran', [
        ['No', 'Program / Kegiatan', 'APBD-P (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        [bold('1'), bold('Program Penunjang Urusan Pemerintahan Daerah'), 6606000000, 5806626914, 87.9],
        ['1.1', 'Kegiatan Administrasi Keuangan', 5913000000, 5223350245, 88.34],
        ['1.2', 'Kegiatan Administrasi Umum', 693000000, 583276669, 84.17],
        [bold('2'), bold('Program Pengelolaan Pendidikan'), 3584000000, 3167394847, 88.38],
        ['2.1', 'Kegiatan Pengelolaan Pendidikan Sekolah Dasar', 2939000000, 2589326124, 88.1],
        ['2.2', 'Kegiatan Pengelolaan Pendidikan SMP', 645000000, 578068723, 89.62],
      ]),
    );
  test('the budget table has no caption; its programme differing from the revised budget is a galat, the same figure none', () => {
    const budget = recogniseWorkbook(wb(3584000000)).find((t) => t.sheet === 'PK' && t.columns.some((c) => c.role === 'anggaran'));
    expect(budget?.caption).toBeUndefined();
    expect(findings(wb(3584000000), 'lintas-sheet')).toEqual([]);
    expect(findings(wb(3634000000), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([['PK', 'C11', ['Anggaran!C5']]]);
  });
});

describe('lintas-sheet: names as staff shorten them meet their full names', () => {
  // an indikator by its abbreviation alone ("IPM") or after its number in the plan ("IKU 2: …")
  const indikator = (pkIpm: number, pkIkm: number) =>
    book(
      sheet('PK', [
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
        [1, 'Meningkatnya kualitas sumber daya manusia', 'IPM', pkIpm],
        [2, 'Meningkatnya kualitas pelayanan publik', 'IKU 2: Indeks Kepuasan Masyarakat', pkIkm],
      ]),
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Indeks Pembangunan Manusia', 72.5, 72.91, 100.57],
        [2, 'Indeks Kepuasan Masyarakat', 82, 84.1, 102.56],
      ]),
    );
  // programme names shortened with a dot ("Prog. Pemberdayaan Masy. Bid. Kesehatan", "Adm. Keu."), "Pemda" for the
  // Pemerintahan Daerah of Permendagri 90's name
  const programme = (pkPemberdayaan: number, pkKeuangan: number, pkPenunjang = 2450750000) =>
    book(
      sheet('PK', [
        ['No', 'Program', 'Anggaran (Rp)'],
        [1, 'Prog. Pemberdayaan Masy. Bid. Kesehatan', rp(pkPemberdayaan)],
        [2, 'Adm. Keu. dan Pelaporan Perangkat Daerah', rp(pkKeuangan)],
        [3, 'Prog. Penunjang Urusan Pemda Kab/Kota', rp(pkPenunjang)],
      ]),
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
        [1, 'Program Pemberdayaan Masyarakat Bidang Kesehatan', 420000000, 399000000, 95],
        [2, 'Program Administrasi Keuangan dan Pelaporan Perangkat Daerah', 850000000, 816000000, 96],
        [3, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2450750000, 2301200000, 93.9],
      ]),
    );
  test.each([
    ['indikator, agreeing', indikator(72.5, 82), []],
    ['indikator, the IPM differing', indikator(73.5, 82), [['PK', 'D2', ['Pengukuran!C2']]]],
    ['indikator, the IKM differing', indikator(72.5, 85), [['PK', 'D3', ['Pengukuran!C3']]]],
    ['programmes, agreeing', programme(420000000, 850000000), []],
    ['programmes, the first differing', programme(460000000, 850000000), [['Anggaran', 'C2', ['PK!C2']]]],
    ['programmes, the second differing', programme(420000000, 880000000), [['Anggaran', 'C3', ['PK!C3']]]],
    ['programmes, the one of the Pemda differing', programme(420000000, 850000000, 2540750000), [['Anggaran', 'C4', ['PK!C4']]]],
  ])('%s', (_what, wb, expected) => {
    expect(findings(wb, 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual(expected);
  });
});

describe('lintas-sheet: a PK’s budget as one "Program/Kegiatan" list, each kegiatan under its programme', () => {
  // the PK's kegiatan (marked "- " under a bold programme) meet the budget table's kegiatan, not its programmes
  const wb = (pkFasilitas: number) =>
    book(
      sheet('PK', [
        ['No', 'Program/Kegiatan', 'Anggaran'],
        [bold('1'), bold('Program Penunjang Urusan Pemerintahan Daerah'), rp(12500000000)],
        [null, '- Administrasi Keuangan Perangkat Daerah', rp(9000000000)],
        [null, '- Peningkatan Pelayanan BLUD', rp(3500000000)],
        [bold('2'), bold('Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat'), rp(pkFasilitas + 1200000000)],
        [null, '- Penyediaan Fasilitas Pelayanan Kesehatan', rp(pkFasilitas)],
        [null, '- Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan', rp(1200000000)],
      ]),
      sheet('Realisasi Anggaran', [
        ['Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
        [bold('1.02.01'), bold('Program Penunjang Urusan Pemerintahan Daerah'), 12500000000, 11875000000, 95],
        ['1.02.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 9000000000, 8600000000, 95.56],
        ['1.02.01.2.10', 'Peningkatan Pelayanan BLUD', 3500000000, 3275000000, 93.57],
        [bold('1.02.02'), bold('Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat'), 4200000000, 3990000000, 95],
        ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 3000000000, 2850000000, 95],
        ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan', 1200000000, 1140000000, 95],
      ]),
    );
  test('agreeing: nothing; a kegiatan differing (its programme with it): the kegiatan is named as well as the programme', () => {
    expect(findings(wb(3000000000), 'lintas-sheet')).toEqual([]);
    expect(findings(wb(3100000000), 'lintas-sheet').map((f) => [f.sheet, f.cell, f.related])).toEqual([
      ['Realisasi Anggaran', 'C5', ['PK!C5']],
      ['Realisasi Anggaran', 'C6', ['PK!C6']],
    ]);
  });
});

describe('facts for matching: a kegiatan’s budget is collected where another table names kegiatan too', () => {
  // the LRA names its kegiatan; a PK of programmes names none: the kegiatan have nothing to meet (a 200k-row budget
  // table's tens of thousands), the programmes are matched as ever; a PK of kegiatan beside it brings them all back
  const lra = sheet('Realisasi Anggaran', [
    ['Program / Kegiatan', 'Pagu', 'Realisasi', 'Serapan (%)'],
    [bold('Program Penyelenggaraan Jalan'), 8651000000, 8405300000, 97.16],
    ['Kegiatan Penyelenggaraan Jalan Kabupaten/Kota', 7400000000, 7215300000, 97.5],
    ['Kegiatan Pembangunan Jembatan', 1251000000, 1190000000, 95.12],
    [null, 'Jumlah', 8651000000, 8405300000, 97.16],
  ]);
  const pkProgrammes = sheet('PK', [
    ['No', 'Program', 'Indikator Kinerja Program', 'Target', 'Anggaran (Rp)'],
    [1, 'Program Penyelenggaraan Jalan', 'Persentase jalan dalam kondisi mantap', '75%', 8615000000],
  ]);
  const pkKegiatan = sheet('PK Kegiatan', [
    ['No', 'Kegiatan', 'Indikator Kinerja Kegiatan', 'Target', 'Anggaran (Rp)'],
    [1, 'Pembangunan Jembatan', 'Jumlah jembatan yang dibangun', '3 unit', 1215000000],
  ]);
  const keys = (wb: ReturnType<typeof book>, forMatching: boolean) => [...collectFacts(recogniseWorkbook(wb), forMatching).keys()];
  test.each([
    ['a PK of programmes', [pkProgrammes], false],
    ['a PK of programmes and one of kegiatan', [pkProgrammes, pkKegiatan], true],
  ])('with %s', (_what, pks, kegiatanMet) => {
    const wb = book(lra, ...pks);
    const all = keys(wb, false);
    const matching = keys(wb, true);
    expect(all.filter((k) => k.endsWith('|kegiatan')).length).toBeGreaterThan(0);
    expect(matching.filter((k) => k.endsWith('|kegiatan')).length > 0).toBe(kegiatanMet);
    // everything else the same, in the same order
    expect(matching.filter((k) => !k.endsWith('|kegiatan'))).toEqual(all.filter((k) => !k.endsWith('|kegiatan')));
    // the programme's pagu differs from the PK's either way (the PK's is what is wrong: the LRA's is its kegiatan's
    // sum); the kegiatan's only where a PK names it (the PK's is what is wrong: the LRA's is borne out by its
    // programme's typed pagu)
    const f = findings(wb, 'lintas-sheet').map((x) => `${x.sheet}!${x.cell}`);
    expect(f.sort()).toEqual(kegiatanMet ? ['PK Kegiatan!E2', 'PK!E2'] : ['PK!E2']);
  });
});

describe('lintas-sheet: money held in rupiah, shown in thousands or millions by its number format', () => {
  // the LRA's cells hold rupiah and show them in thousands ("#,##0,") or millions ("#,##0,,") under a caption that says
  // so; the PK's anggaran is typed in rupiah
  const programmes: Array<[string, number, number]> = [
    ['Program Penunjang Urusan Pemerintahan Daerah', 12450750000, 11987320500],
    ['Program Pengelolaan Keuangan Daerah', 3875500000, 3702145250],
  ];
  const pkSheet = (second: number) =>
    sheet('PK', [
      ['No', 'Sasaran', 'Indikator', 'Target', 'Program', 'Anggaran (Rp)'],
      [1, 'Meningkatnya akuntabilitas keuangan daerah', 'Opini BPK', 'WTP', programmes[0][0], programmes[0][1]],
      [2, 'Meningkatnya akuntabilitas keuangan daerah', 'Nilai SAKIP', 'BB', programmes[1][0], second],
    ]);
  const lra = (caption: string, fmt: string | undefined, divide: number) =>
    sheet('LRA', [
      [caption],
      [],
      ['No', 'Program', 'Anggaran', 'Realisasi', '%'],
      ...programmes.map(([name, pagu, real], i) => [
        i + 1,
        name,
        { v: pagu / divide, fmt },
        { v: real / divide, fmt },
        Math.round((real / pagu) * 10000) / 100,
      ]),
    ]);
  test.each([
    ['held in rupiah, shown in thousands', 'REALISASI ANGGARAN 2024 (dalam ribuan rupiah)', '#,##0,', 1, 3875500000, []],
    ['held in rupiah, shown in millions', 'REALISASI ANGGARAN 2024 (dalam jutaan rupiah)', '#,##0.00,,', 1, 3875500000, []],
    ['typed in thousands', 'REALISASI ANGGARAN 2024 (dalam ribuan rupiah)', '#,##0.00', 1000, 3875500000, []],
    ['held in rupiah, shown in thousands, the PK off by 5 juta', 'REALISASI ANGGARAN 2024 (dalam ribuan rupiah)', '#,##0,', 1, 3880500000, ['lintas-sheet']],
  ])('%s', (_, caption, fmt, divide, second, expected) => {
    expect(galat(book(pkSheet(second), lra(caption, fmt, divide))).map((f) => f.rule)).toEqual(expected);
  });
});

test('lintas-sheet: a figure that contradicts only one itself shown wrong by another comparison is not a second error', () => {
  // the PK's programme (by its name) typed 2.050.860.000; the budget table's (by its code) 2.010.860.000, its kegiatan
  // adding to 2.035.860.000 (one of them typed 25.000.000 over its sub kegiatan); the efisiensi table (by the name)
  // agrees with the budget table: the PK is the one wrong figure between them, not the efisiensi table
  const wb = book(
    sheet('PK', [
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, '2.09.01 Program Penunjang Urusan Pemerintahan Daerah', 1_500_000_000],
      [2, 'Program Pelayanan Inspektorat', 2_050_860_000],
    ]),
    sheet('Realisasi Anggaran', [
      ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['2.09.01', 'Program Penunjang Urusan Pemerintahan Daerah', 1_500_000_000, 1_400_000_000],
      ['2.09.01.2.01', 'Kegiatan Perencanaan dan Evaluasi', 1_500_000_000, 1_400_000_000],
      ['2.09.01.2.01.0001', 'Sub Kegiatan Pelayanan', 600_000_000, 560_000_000],
      ['2.09.01.2.01.0002', 'Sub Kegiatan Pembinaan', 900_000_000, 840_000_000],
      ['2.09.02', 'Program Pelayanan Inspektorat', 2_010_860_000, 1_780_589_788],
      ['2.09.02.2.01', 'Kegiatan Perencanaan dan Evaluasi 2.1', 818_289_000, 711_880_884],
      ['2.09.02.2.01.0001', 'Sub Kegiatan Pelayanan 2.1.1', 508_099_000, 464_778_136],
      ['2.09.02.2.01.0002', 'Sub Kegiatan Pembinaan 2.1.2', 285_190_000, 247_102_748],
      ['2.09.02.2.02', 'Kegiatan Operasional Layanan 2.2', 1_217_571_000, 1_068_708_904],
      ['2.09.02.2.02.0001', 'Sub Kegiatan Pelayanan 2.2.1', 578_895_000, 474_024_455],
      ['2.09.02.2.02.0002', 'Sub Kegiatan Pengawasan 2.2.2', 638_676_000, 594_684_449],
    ]),
    sheet('Efisiensi', [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '% Serapan'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1_500_000_000, 1_400_000_000, 93.33],
      [2, 'Program Pelayanan Inspektorat', 2_010_860_000, 1_780_589_788, 88.55],
    ]),
  );
  expect(galat(wb).map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([
    ['lintas-sheet', 'PK!C3'],
    ['jumlah-induk', 'Realisasi Anggaran!C7'],
  ]);
});

describe('lintas-sheet: a budget table that marks its programmes by nothing but their names (no style, code or word)', () => {
  const pkBudget = (pendaftaran: number) =>
    sheet('PK', [
      ['No', 'Program', 'Anggaran (Rp)'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 1287000000],
      [2, 'Program Pendaftaran Penduduk', pendaftaran],
      [3, 'Program Pencatatan Sipil', 640000000],
    ]);
  // the programmes and their kegiatan in one flat list, as a converter leaves it; the TOTAL adds the programmes
  const flat = (rows: Array<[string, number]>) =>
    sheet('Realisasi Anggaran', [
      ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ...rows.map(([label, pagu]) => [null, label, pagu, pagu * 0.95]),
      [null, 'TOTAL', 3254000000, 3091300000],
    ]);
  const lines: Array<[string, number]> = [
    ['Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 1287000000],
    ['Administrasi Keuangan Perangkat Daerah', 1012000000],
    ['Administrasi Umum Perangkat Daerah', 275000000],
    ['Pendaftaran Penduduk', 1327000000],
    ['Pelayanan Pendaftaran Penduduk', 1327000000],
    ['Pencatatan Sipil', 640000000],
    ['Pelayanan Pencatatan Sipil', 640000000],
  ];

  test('each PK programme is found by its name among the rows that add up to the TOTAL: a PK budget that differs is a galat', () => {
    expect(galat(book(pkBudget(1327000000), flat(lines)))).toEqual([]);
    const f = galat(book(pkBudget(1318000000), flat(lines)));
    expect(f.map((x) => [x.rule, x.sheet, x.cell, x.related])).toEqual([['lintas-sheet', 'Realisasi Anggaran', 'C5', ['PK!C3']]]);
  });

  test('rows of those names that do not add up to the TOTAL are no proof they are the programmes: nothing judged', () => {
    // (a kegiatan named as a programme, the programmes' own rows missing: the names alone are a guess)
    const guess = lines.filter(([label]) => label !== 'Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
    expect(galat(book(pkBudget(1318000000), flat(guess))).filter((x) => x.rule === 'lintas-sheet')).toEqual([]);
  });
});

describe('lintas-sheet: a budget saved without its styles, each kegiatan a heading with no figures under its programme', () => {
  // (bold and indent gone: the programme's line and the kegiatan's heading under it look alike; the rows below the
  // heading add up to the programme, so the heading is theirs, not the rest of the programme's name)
  const pupr = (pkJalan: number) =>
    book(
      sheet('PK', [
        ['No', 'Program', 'Anggaran (Rp)'],
        [1, 'Program Penyelenggaraan Jalan', pkJalan],
        [2, 'Program Pengelolaan Sumber Daya Air (SDA)', 1236480500],
      ]),
      sheet('LRA', [
        ['Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ['Penyelenggaraan Jalan', 3418750000, 3102664250],
        ['Penyelenggaraan Jalan Kabupaten/Kota', null, null],
        ['Rehabilitasi Jalan', 2150000000, 1987345000],
        ['Pemeliharaan Rutin Jalan', 1268750000, 1115319250],
        ['Pengelolaan Sumber Daya Air (SDA)', 1236480500, 1098115750],
        ['Pengelolaan SDA dan Bangunan Pengaman Pantai', null, null],
        ['Normalisasi Saluran Drainase', 836480500, 741260500],
        ['Pembangunan Tanggul Sungai', 400000000, 356855250],
        ['JUMLAH', 4655230500, 4200780000],
      ]),
    );

  test('a PK programme budget that differs from the programme line is a galat; the same figure, none', () => {
    expect(galat(pupr(3418750000))).toEqual([]);
    expect(galat(pupr(3481750000)).map((f) => [f.rule, f.sheet, f.cell])).toEqual([['lintas-sheet', 'PK', 'C2']]);
  });
});

describe('lintas-sheet: a programme name with a slip of the keyboard in one of the two tables', () => {
  const budget = sheet('Realisasi Anggaran', [
    ['Uraian', 'Anggaran', 'Realisasi', '%'],
    [bold('Program Pemberdayaan Sosial'), rp(84000000), rp(82000000), { v: 0.97, fmt: '0%' }],
    [bold('Program Rehabilitasi Sosial'), rp(234292000), rp(228380000), { v: 0.97, fmt: '0%' }],
    [bold('Program Penanganan Bencana'), rp(133680500), rp(121204980), { v: 0.91, fmt: '0%' }],
  ]);
  const pkWith = (rehabName: string, rehab: string) =>
    sheet('PK', [
      ['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran'],
      ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 'Program Pemberdayaan Sosial', 'Rp 84.000.000'],
      ['Meningkatnya layanan rehabilitasi', 'Persentase PPKS yang direhabilitasi', 85, rehabName, rehab],
      ['Meningkatnya kesiapsiagaan', 'Persentase korban bencana tertangani', 100, 'Program Penanganan Bencana', 'Rp 133.680.500'],
    ]);
  const cells = (wb: ReturnType<typeof book>) => findings(wb, 'lintas-sheet').map((f) => [f.cell, f.related]);

  test('a letter left out, changed or two swapped: the names meet, the anggaran typed wrong is found', () => {
    for (const name of ['Program Rehabiltasi Sosial', 'Program Rehabilitasi Sosisl', 'Program Rehabilitais Sosial']) {
      expect(cells(book(pkWith(name, 'Rp 243.292.000'), budget))).toEqual([['B3', ['PK!E3']]]);
      expect(cells(book(pkWith(name, 'Rp 234.292.000'), budget))).toEqual([]);
    }
  });

  test('another word is another programme: no meeting, nothing said', () => {
    expect(cells(book(pkWith('Program Rehabilitasi Lansia', 'Rp 243.292.000'), budget))).toEqual([]);
  });

  test.each([
    ['rehabilitasi sosial', 'rehabiltasi sosial', true],
    ['rehabilitasi sosial', 'rehabilitasi sosisl', true],
    ['penyediaan jasa penunjang urusan pemerintahan', 'penyediaan jasa penunjang urusan pemerintahn', true],
    ['pengelolaan pendidikan sd', 'pengelolaan pendidikan smp', false],
    ['pembinaan keluarga berencana', 'pembinaan keluarga sejahtera', false],
    ['kegiatan pelayanan 1', 'kegiatan pelayanan 2', false],
    ['pengelolaan jalan', 'pengelolaan jalur', false],
    ['pengelolaan sumber daya air', 'pengelolaan sumber daya', false],
    ['peningkatan kapasitas', 'peningkatan kapasitas', false],
  ])('oneWordSlip(%s, %s) = %s', (a, b, slip) => {
    expect(oneWordSlip(a, b)).toBe(slip);
  });
});
