import { book, findings, galat, pct, rp, sheet } from '../../helpers/snap';

const header = [
  ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'Kinerja', null, null, 'Anggaran', null, null, 'Efisiensi %'],
  [null, null, 'Target', 'Realisasi', 'Capaian', 'Pagu', 'Realisasi', 'Capaian (%)', null],
];
const merges = ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:I2'];

test('efisiensi: Gowa 112 % − 94 % = 18 % is consistent; 25 % is not', () => {
  const wb = (e: number) =>
    book(
      sheet('Efisiensi', [...header, ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 653, pct(1.12), rp(5319338072), rp(4996397274), pct(0.94), pct(e)]], {
        merges,
      }),
    );
  expect(findings(wb(0.18), 'efisiensi')).toEqual([]);
  const f = findings(wb(0.25), 'efisiensi');
  expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['I3', 18, ['E3', 'H3']]]);
});

test('efisiensi: Ambon table of percentages only (100 − 96 = 4)', () => {
  const wb = (e: string) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran', 'Indikator Kinerja', '% Capaian Kinerja', '% Penyerapan Anggaran', 'Tingkat Efisiensi (%)'],
        ['1', 'Menurunnya kemiskinan', 'Presentase penduduk miskin', '100%', '100%', '0%'],
        ['2', 'Rehabilitasi sosial', 'Presentase Rehabilitasi Sosial', '100%', '96%', e],
      ]),
    );
  expect(findings(wb('4%'), 'efisiensi')).toEqual([]);
  expect(findings(wb('14%'), 'efisiensi').map((f) => f.cell)).toEqual(['F3']);
});

test('efisiensi: a table that evidently uses the ratio is judged by the ratio', () => {
  const wb = book(
    sheet('Efisiensi', [
      ['Indikator Kinerja', '% Capaian Kinerja', '% Serapan Anggaran', 'Efisiensi'],
      ['A', '110%', '100%', '110%'],
      ['B', '120%', '80%', '150%'],
      ['C', '90%', '90%', '80%'],
    ]),
  );
  expect(findings(wb, 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['D4', 100]]);
});

test('efisiensi: a table that reports the budget left (100 % − serapan) is judged by it', () => {
  // capaian differs from row to row, so capaian − serapan fits none of the rows and the budget left fits all but one
  const wb = book(
    sheet('Efisiensi', [
      ['Program', '% Capaian Kinerja', '% Serapan Anggaran', 'Efisiensi Anggaran (%)'],
      ['Program Penunjang Urusan', '104,20', '96,50', '3,50'],
      ['Program Pelayanan Kesehatan', '98,75', '91,20', '8,80'],
      ['Program Pencegahan Penyakit', '110,00', '88,40', '11,60'],
      ['Program SDM Kesehatan', '101,30', '97,25', '7,25'],
    ]),
  );
  expect(findings(wb, 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['D5', 2.75]]);
});

test("efisiensi: PMK 22/2021's 1 − serapan ÷ capaian (as a percentage) is a measure of its own", () => {
  // (1 − 94 / 112) × 100 = 16,07; (1 − 90 / 100) × 100 = 10; (1 − 96 / 120) × 100 = 20 (capaian − serapan: 18, 10, 24)
  const wb = (third: string) =>
    book(
      sheet('Efisiensi', [
        ['Sasaran', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Nilai Efisiensi (%)'],
        ['Meningkatnya pelayanan', '112,00', '94,00', '16,07'],
        ['Menurunnya kemiskinan', '100,00', '90,00', '10,00'],
        ['Meningkatnya kapasitas', '120,00', '96,00', third],
      ]),
    );
  expect(findings(wb('20,00'), 'efisiensi')).toEqual([]);
  expect(findings(wb('22,00'), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['D4', 20]]);
});

test('efisiensi: rows that agree with no known measure are left alone (nothing certain), one row alone is still judged', () => {
  // serapan − capaian on every row: a measure of the office's own, not a galat of each row
  const many = book(
    sheet('Efisiensi', [
      ['Sasaran', '% Capaian Kinerja', '% Serapan Anggaran', 'Efisiensi (%)'],
      ['A', '112', '94', '-18'],
      ['B', '105', '90', '-15'],
      ['C', '100', '97', '-3'],
    ]),
  );
  expect(findings(many, 'efisiensi')).toEqual([]);
  const one = book(
    sheet('Efisiensi', [
      ['Sasaran', '% Capaian Kinerja', '% Serapan Anggaran', 'Efisiensi (%)'],
      ['A', '112', '94', '25'],
    ]),
  );
  expect(findings(one, 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['D2', 18]]);
});

test('efisiensi: a whole capaian in a column shown to one decimal is exact (100 is 100,0), so 12,4 beside 100 − 88,6 is wrong', () => {
  const wb = (c: number, e: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi (%)', 'Keterangan'],
        [1, 'Meningkatnya derajat kesehatan masyarakat', 98.5, 92.3, 6.2, 'Efisien'],
        [2, 'Meningkatnya mutu layanan kesehatan', 102.4, 95.1, 7.3, 'Efisien'],
        [3, 'Meningkatnya tata kelola pemerintahan', 96, 97.5, -1.5, 'Tidak Efisien'],
        [4, 'Meningkatnya kualitas SDM kesehatan', c, 88.6, e, 'Efisien'],
      ]),
    );
  expect(findings(wb(100, 11.4), 'efisiensi')).toEqual([]);
  expect(findings(wb(100, 12.4), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['E5', 11.4]]);
  // a column of whole capaian only: 100 may stand for anything up to 100,99 (truncated), so 12,4 is not certain
  const whole = book(
    sheet('Efisiensi', [
      ['Sasaran Strategis', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
      ['Meningkatnya derajat kesehatan masyarakat', 98, 92.3, 5.7],
      ['Meningkatnya kualitas SDM kesehatan', 100, 88.6, 12.4],
    ]),
  );
  expect(findings(whole, 'efisiensi')).toEqual([]);
});

test('efisiensi: a serapan stored finer than its "0%" shows (0,9084, shown 91 %) is known to its digits: 22,56 beside 112,4 − 90,84 is wrong', () => {
  const wb = (e: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Penyerapan (%)', 'Tingkat Efisiensi (%)'],
        [1, 'Meningkatnya kualitas pengawasan internal', 104.5, rp(1850000000), rp(1702450000), pct(0.9202), 12.48],
        [2, 'Meningkatnya kapabilitas APIP', 100, rp(640000000), rp(614720000), pct(0.9605), 3.95],
        [3, 'Meningkatnya akuntabilitas kinerja perangkat daerah', 96.3, rp(425500000), rp(401246500), pct(0.943), 2],
        [4, 'Menurunnya temuan berulang hasil pemeriksaan', 112.4, rp(310000000), rp(281604000), pct(0.9084), e],
      ]),
    );
  // (computed from the stored 90,84 %, or from the 91 % shown: 21,56 or 21,40)
  expect(findings(wb(21.56), 'efisiensi')).toEqual([]);
  expect(findings(wb(21.4), 'efisiensi')).toEqual([]);
  expect(findings(wb(22.56), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['G5', 21.56]]);
});

test('efisiensi: capaian stored finer than their "0%" shows decide the measure by their digits: 1 − 93,20 ÷ 103,72 = 10,14 is PMK 22/2021’s, not a difference one rounding off', () => {
  // (shown "104 %", 104 − 93,20 = 10,80 and its half a point either side took in 10,14 as capaian − serapan: the measure
  // of a table of two rows, one wrong, was misread, and the right row was the galat)
  const wb = (penunjang: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Program', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Tingkat Efisiensi (%)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', pct(0.9717), 85.65, penunjang],
        [2, 'Program Peningkatan Layanan Utama', pct(1.0372), 93.2, 10.14],
      ]),
    );
  expect(findings(wb(11.86), 'efisiensi')).toEqual([]);
  const f = findings(wb(15.16), 'efisiensi');
  expect(f.map((x) => [x.cell, x.expected])).toEqual([['E2', 11.86]]);
  expect(f[0].message).toMatch(/1 − serapan ÷ capaian/);
});

test('efisiensi: a "Selisih (%)" after the capaian kinerja and the capaian anggaran is the efisiensi; a "Selisih (Rp)" of amounts is not', () => {
  const wb = (header: string, e: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Program', 'Capaian Kinerja (%)', 'Capaian Anggaran (%)', header, 'Keterangan'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 100, 95.12, 4.88, 'Efisien'],
        [2, 'Program Pelayanan Kesehatan', 99.5, 91.2, e, 'Efisien'],
        [3, 'Program Pencegahan Penyakit', 102.4, 96.8, 5.6, 'Efisien'],
      ]),
    );
  expect(findings(wb('Selisih (%)', 8.3), 'efisiensi')).toEqual([]);
  expect(findings(wb('Selisih (%)', 9.3), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['E3', 8.3]]);
  expect(findings(wb('Selisih', 9.3), 'efisiensi').map((f) => f.cell)).toEqual(['E3']);
  expect(findings(wb('Selisih (Rp)', 9.3), 'efisiensi')).toEqual([]);
});

test('efisiensi: "Realisasi Kinerja (%)" beside "Realisasi Anggaran (%)", no target, is the capaian kinerja', () => {
  const wb = (efisiensi2: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Program', 'Realisasi Kinerja (%)', 'Realisasi Anggaran (%)', 'Tingkat Efisiensi (%)'],
        ['1', 'Program Pengelolaan Perpustakaan', 104, 95, 9],
        ['2', 'Program Pengelolaan Arsip', 96, 90, efisiensi2],
        ['3', 'Program Pembinaan Perpustakaan', 100, 97, 3],
      ]),
    );
  expect(findings(wb(6), 'efisiensi')).toEqual([]);
  expect(findings(wb(8), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['E3', 6]]);
});

test('efisiensi: the ratio written as a ratio ("Tingkat Efisiensi" 1,09 for 103,2 % ÷ 95,1 %) is judged as one', () => {
  const wb = (third: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi'],
        [1, 'Meningkatnya ketertiban umum', 103.2, 95.1, 1.09],
        [2, 'Meningkatnya perlindungan masyarakat', 98.5, 91.2, 1.08],
        [3, 'Menurunnya risiko kebakaran', 110, 97, third],
        [4, 'Meningkatnya kapasitas aparatur', 100, 88.4, 1.13],
      ]),
    );
  expect(findings(wb(1.13), 'efisiensi')).toEqual([]);
  const f = findings(wb(1.31), 'efisiensi');
  expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([['E4', 1.134, 1.31]]);
  expect(f[0].message).toBe('Efisiensi Menurunnya risiko kebakaran tertulis 1,31, padahal capaian / serapan = 1,13.');
});

test('efisiensi: small differences written as plain numbers stay differences (3 = 101,5 − 98,5, never 3 = 300 %)', () => {
  const wb = (third: number) =>
    book(
      sheet('Efisiensi', [
        ['Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        ['A', 101.5, 98.5, 3],
        ['B', 99, 97, 2],
        ['C', 104, 99.5, third],
      ]),
    );
  expect(findings(wb(4.5), 'efisiensi')).toEqual([]);
  expect(findings(wb(5.5), 'efisiensi').map((x) => [x.cell, x.expected])).toEqual([['D4', 4.5]]);
});

test('efisiensi: percentages stored as bare fractions (their % format missing) are read as such — 0,18 is 18 %, 0,25 is wrong', () => {
  const plain = (e: number) =>
    book(
      sheet('Efisiensi', [
        ['Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        ['Menurunnya PPKS', 1.12, 0.94, e],
      ]),
    );
  expect(findings(plain(0.18), 'efisiensi')).toEqual([]);
  expect(findings(plain(0.25), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['D2', 18]]);
  // one fraction among percentages in a column: its format, not its arithmetic; a wrong one is still wrong
  const mixed = (e: number) =>
    book(
      sheet('Efisiensi', [
        ['Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        ['Meningkatnya pengawasan', 101.72, 95.32, 6.4],
        ['Meningkatnya akuntabilitas', 104.85, 92.25, e],
        ['Meningkatnya layanan', 98.4, 96.1, 2.3],
      ]),
    );
  expect(findings(mixed(0.126), 'efisiensi')).toEqual([]);
  expect(findings(mixed(0.136), 'efisiensi').map((f) => f.cell)).toEqual(['D3']);
});

test('efisiensi: a whole-number serapan whose sources are in the row is only rounded: one point off is a galat', () => {
  const wb = (e: number) =>
    book(
      sheet('Kinerja', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan (%)', 'Efisiensi (%)'],
        // 72,5 ÷ 70 = 103,57 %; 329 ÷ 350 = 94 % exactly: 103,57 − 94 = 9,57
        [1, 'Nilai SAKIP', 70, 72.5, 103.57, rp(350000000), rp(329000000), 94, e],
        [2, 'Indeks Kepuasan Masyarakat', 82, 85.1, 103.78, rp(1200000000), rp(1140000000), 95, 8.78],
      ]),
    );
  expect(findings(wb(9.57), 'efisiensi')).toEqual([]);
  expect(findings(wb(10.57), 'efisiensi').map((x) => [x.cell, x.expected])).toEqual([['I2', 9.57]]);
});

test("efisiensi: a Rata-rata row that is its rows' mean (as written, or as they should be) is theirs; one that is neither is wrong", () => {
  const wb = (dinkes: number, mean: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Efisiensi (%)'],
        [1, 'Meningkatnya kualitas layanan kesehatan', 104.5, rp(12500000000), rp(11875000000), 95, 9.5],
        [2, 'Meningkatnya derajat kesehatan masyarakat', 98.2, rp(8200000000), rp(7790000000), 95, dinkes],
        [3, 'Meningkatnya akuntabilitas kinerja', 101, rp(1500000000), rp(1395000000), 93, 8],
        [null, 'Rata-rata', 101.23, rp(22200000000), rp(21060000000), 94.86, mean],
      ]),
    );
  const cells = (b: ReturnType<typeof wb>) => findings(b, 'efisiensi').map((f) => [f.cell, f.expected]);
  // 98,2 − 95 = 3,2, written 5,2: the row's error; the mean of the rows as written (7,57) or as they should be (6,9) is
  // no second one
  expect(cells(wb(5.2, 7.57))).toEqual([['G3', 3.2]]);
  expect(cells(wb(5.2, 6.9))).toEqual([['G3', 3.2]]);
  expect(cells(wb(3.2, 6.9))).toEqual([]);
  // neither the mean (6,9) nor 101,23 − 94,86 = 6,37
  expect(cells(wb(3.2, 8.5))).toEqual([['G5', 6.37]]);
});

test("efisiensi: a sasaran's serapan merged down over its indikator rows is each row's serapan", () => {
  // the budget is the sasaran's, written once and merged over its three indikator; each indikator's efisiensi is its
  // own capaian − that serapan (97,87 %)
  const wb = (e: number) =>
    book(
      sheet(
        'Efisiensi',
        [
          ['No', 'Sasaran', 'Indikator', 'Capaian Kinerja (%)', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
          [1, 'Meningkatnya akses pendidikan', 'APM SD/MI', 99.31, 21620250000, 21160169750, 97.87, 1.44],
          [null, null, 'APM SMP/MTs', 102.56, null, null, null, e],
          [null, null, 'Angka Putus Sekolah', 116, null, null, null, 18.13],
        ],
        { merges: ['A2:A4', 'B2:B4', 'E2:E4', 'F2:F4', 'G2:G4'] },
      ),
    );
  expect(findings(wb(4.69), 'efisiensi')).toEqual([]);
  const f = findings(wb(15), 'efisiensi');
  expect(f.map((x) => [x.cell, x.expected, x.related])).toEqual([['H3', 4.69, ['D3', 'G2']]]);
});

test("efisiensi: a sasaran's budget written again on each of its indikator rows is one budget, and a count indikator no total", () => {
  // the sasaran and its number written on its first row only, its anggaran, realisasi and serapan repeated on every
  // row; "Jumlah wirausaha baru" is an indikator (a count), not a JUMLAH row
  const wb = (e: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran', 'Indikator', 'Capaian Kinerja (%)', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        [1, 'Meningkatnya kualitas lingkungan hidup', 'Persentase pengaduan yang tidak tertangani', 112, 4177000000, 3747492497, 89.72, 22.28],
        [null, null, 'Persentase kendaraan tidak laik jalan', 85, 4177000000, 3747492497, 89.72, -4.72],
        [2, 'Meningkatnya keselamatan transportasi', 'Persentase jalan kondisi mantap', 97.43, 3054000000, 3011639577, 98.61, -1.18],
        [null, null, 'Jumlah wirausaha baru', 114, 3054000000, 3011639577, 98.61, e],
        [null, null, 'Persentase desa tangguh bencana', 110, 3054000000, 3011639577, 98.61, 11.39],
      ]),
    );
  expect(galat(wb(15.39))).toEqual([]);
  expect(galat(wb(11.19)).map((f) => [f.rule, f.cell])).toEqual([['efisiensi', 'H5']]);
});

describe('efisiensi: the measure the table writes out, where its integer figures fit more than one', () => {
  // capaian and serapan shown as integers: 100 − 97,5 and 1 − 97,5 ÷ 100 both give 2,5; 101 − 88 = 13 and 1 − 88 ÷ 101 =
  // 12,87 are within each other's rounding — only the table's own words tell which measure it uses
  const table = (header: string, note: string | null, second: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Program', '% Capaian Kinerja', '% Serapan', header],
        [1, 'Program Penunjang Urusan', 100, 97.5, 2.5],
        [2, 'Program Pengelolaan Pendidikan', 104, 95, second],
        [3, 'Program Pengembangan Kurikulum', 101, 88, 12.87],
        [],
        [note],
      ]),
    );
  test.each([
    ['Efisiensi (%)', 'Keterangan: Efisiensi = (1 - (% serapan / % capaian)) x 100%', 8.65],
    ['Efisiensi (1 − Serapan/Capaian)', null, 8.65],
    ['Efisiensi (%)', 'Efisiensi = capaian kinerja - serapan anggaran', 9],
    ['Efisiensi (%)', null, 9],
  ])('%s, %s: the wrong row is reported against %s', (header, note, expected) => {
    const f = findings(table(header, note, 4.65), 'efisiensi');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['E3', expected]]);
    expect(findings(table(header, note, expected), 'efisiensi')).toEqual([]);
  });
});

describe('efisiensi: no serapan written, the row pagu and realisasi give it ("Pagu | Realisasi | Capaian Kinerja | Efisiensi")', () => {
  const wb = (e3: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian Kinerja (%)', 'Efisiensi (%)'],
        [1, 'Program Pengembangan Perumahan', 5420000000, 5187300000, 102.4, 4.29],
        [2, 'Program Kawasan Permukiman', 2150000000, 2098150000, 99.1, 2.41],
        [3, 'Program Perumahan dan Kawasan Permukiman Kumuh', 980000000, 951580000, 100, e3],
        [4, 'Program Peningkatan Prasarana, Sarana dan Utilitas Umum', 3310000000, 3012100000, 97.5, 9],
      ]),
    );
  test('the budget saved, (pagu − realisasi) ÷ pagu, as the other rows bear out', () => {
    expect(findings(wb(2.9), 'efisiensi')).toEqual([]);
    const f = findings(wb(4.12), 'efisiensi');
    expect(f.map((x) => [x.severity, x.cell, x.expected, x.related])).toEqual([['galat', 'F4', 2.9, ['E4', 'C4', 'D4']]]);
  });
  test('rupiah saved under "Efisiensi (Rp)" fits no measure: nothing is said', () => {
    const rupiah = book(
      sheet('Efisiensi', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian Kinerja (%)', 'Efisiensi (Rp)'],
        [1, 'Program Pengembangan Perumahan', 5420000000, 5187300000, 102.4, 232700000],
      ]),
    );
    expect(findings(rupiah, 'efisiensi')).toEqual([]);
  });
});

describe('efisiensi: a capaian stored whole under "0%" (96 %) beside a serapan to two decimals (96,40 %)', () => {
  // 96 % shown may be 95,5 … 96,49 rounded, or 96 … 96,99 cut short: capaian − serapan lies in −0,90 … +0,59, never lower
  const wb = (e: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran', 'Tingkat Capaian Kinerja (%)', 'Tingkat Penyerapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
        [1, 'Meningkatnya keselamatan transportasi', pct(1.0125), pct(0.9312, '0.00%'), 8.13],
        [2, 'Meningkatnya kinerja layanan angkutan umum', pct(0.96), pct(0.964, '0.00%'), e],
        [3, 'Meningkatnya kualitas prasarana perhubungan', pct(0.99), pct(0.9755, '0.00%'), 1.45],
      ]),
    );
  test.each([
    ['as computed', -0.4, []],
    ['from a capaian of 96,9 cut short to 96', 0.5, []],
    ['from a capaian of 95,5 rounded up to 96', -0.9, []],
    ['a point too low: below anything 96 % can stand for', -1.4, ['E3']],
  ])('%s (%s): %j', (_, e, cells) => {
    expect(findings(wb(e as number), 'efisiensi').map((f) => f.cell)).toEqual(cells);
  });
});

describe('efisiensi: its serapan written right of it ("Capaian Kinerja (%) | Tingkat Efisiensi (%) | Serapan Anggaran (%)")', () => {
  const urutan = (e1: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran', 'Capaian Kinerja (%)', 'Tingkat Efisiensi (%)', 'Serapan Anggaran (%)', 'Kategori Efisiensi'],
        [1, 'Meningkatnya daya saing ekonomi daerah', 108.73, e1, 85.09, 'Efisien'],
        [2, 'Meningkatnya kualitas pelayanan publik', 93.31, 10.28, 83.03, 'Efisien'],
        [3, 'Meningkatnya akuntabilitas kinerja', 98.29, 14.74, 83.55, 'Efisien'],
      ]),
    );

  test('each row is capaian − serapan; one typed wrong is a galat', () => {
    expect(galat(urutan(23.64))).toEqual([]);
    expect(findings(urutan(26.24), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['D2', 23.64]]);
  });
});

describe('efisiensi: its measures headed by the sign alone ("Program | % Kinerja | % Anggaran | Selisih")', () => {
  // "% Anggaran" beside "% Kinerja" is how much of the budget was spent, the serapan: no pagu in percent
  const singkat = (e1: number) =>
    book(
      sheet('Efisiensi', [
        ['Program', '% Kinerja', '% Anggaran', 'Selisih', 'Keterangan'],
        ['Program Penunjang Urusan Pemerintahan Daerah', 102, 94, e1, 'Efisien'],
        ['Program Pelayanan Kesehatan', 100, 90, 10, 'Efisien'],
        ['Program Pengembangan SDM Kesehatan', 96.5, 91.2, 5.3, 'Efisien'],
      ]),
    );

  test('an efisiensi table; one difference typed wrong is a galat', () => {
    expect(galat(singkat(8))).toEqual([]);
    expect(findings(singkat(12), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['D2', 8]]);
  });
});

describe('efisiensi: its capaian headed "Kinerja" alone, told by the figures (the serapan written first, or a "Selisih" after them)', () => {
  // a Bappeda's sasaran; 101,2 − 90,1 = 11,1 on the fourth row, typed 13,1
  const rows: Array<[string, number, number, number]> = [
    ['Meningkatnya kualitas perencanaan', 104.5, 92.3, 12.2],
    ['Meningkatnya kualitas penelitian', 98, 95.5, 2.5],
    ['Meningkatnya akuntabilitas kinerja', 100, 97.8, 2.2],
    ['Meningkatnya kapasitas SDM', 101.2, 90.1, 11.1],
  ];
  const wb = (head: [string, string, string], serapanFirst: boolean, e4: number) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran Strategis', ...head],
        ...rows.map(([name, c, s, e], k) => [k + 1, name, ...(serapanFirst ? [s, c] : [c, s]), k === 3 ? e4 : e]),
      ]),
    );
  test.each([
    ['"Penyerapan Anggaran (%) | Kinerja | Efisiensi (%)"', ['Penyerapan Anggaran (%)', 'Kinerja', 'Efisiensi (%)'], true],
    ['"Daya Serap | Kinerja | Tingkat Efisiensi"', ['Daya Serap', 'Kinerja', 'Tingkat Efisiensi'], true],
    ['"Kinerja | Penyerapan Anggaran (%) | Selisih"', ['Kinerja', 'Penyerapan Anggaran (%)', 'Selisih'], false],
    ['"% Anggaran | Kinerja | Selisih"', ['% Anggaran', 'Kinerja', 'Selisih'], true],
  ] as Array<[string, [string, string, string], boolean]>)('%s: one difference typed wrong is a galat', (_, head, serapanFirst) => {
    expect(galat(wb(head, serapanFirst, 11.1))).toEqual([]);
    expect(findings(wb(head, serapanFirst, 13.1), 'efisiensi').map((f) => [f.cell, f.expected])).toEqual([['E5', 11.1]]);
  });
});
