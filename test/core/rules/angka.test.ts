import { periksaWorkbook } from '../../../src/core/periksa';
import { book, findings, rp, sheet, V } from '../../helpers/snap';

/** The galat of a workbook, as "rule cell". */
const galat = (wb: ReturnType<typeof book>) =>
  periksaWorkbook(wb)
    .findings.filter((f) => f.severity === 'galat')
    .map((f) => `${f.rule} ${f.cell}`);

test('angka-tidak-valid: "123.476.67,-" is a galat when the same program stands readable elsewhere', () => {
  const alokasi = sheet('Alokasi', [
    ['Sasaran Strategis', 'Program', 'Anggaran'],
    ['Menurunnya kemiskinan', 'Program Pemberdayaan Sosial', '144.905.214,-'],
    ['Meningkatkan rehabilitasi sosial', 'Perlindungan dan Jaminan Sosial', '123.476.67,-'],
  ]);
  const f = findings(book(alokasi), 'angka-tidak-valid');
  expect(f.map((x) => [x.cell, x.severity])).toEqual([['C3', 'peringatan']]);
  const rencana = sheet('Rencana', [
    ['No', 'Sasaran Strategis', 'Program', 'Anggaran'],
    ['1', 'Menurunnya kemiskinan', 'Perlindungan dan Jaminan Sosial', '123.476.657,-'],
  ]);
  const g = findings(book(alokasi, rencana), 'angka-tidak-valid');
  expect(g.map((x) => [x.cell, x.severity, x.related])).toEqual([['C3', 'galat', ['Rencana!D2']]]);
  expect(g[0].message).toContain('tidak dapat dibaca sebagai angka');
});

test('angka-teks: one peringatan per column of figures typed as text; numbers stored as numbers give none', () => {
  const text = sheet('PK', [
    ['Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    ['Sasaran A', 'Indikator A', '94,6 %'],
    ['Sasaran B', 'Indikator B', '19 Kegiatan'],
    ['Sasaran C', 'Indikator C', '3,1%'],
  ]);
  const f = findings(book(text), 'angka-teks');
  expect(f.map((x) => [x.cell, x.severity])).toEqual([['C2:C4', 'peringatan']]);
  const numbers = sheet('PK', [
    ['Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    ['Sasaran A', 'Indikator A', { v: 0.946, fmt: '0.0%' }],
    ['Sasaran B', 'Indikator B', 19],
  ]);
  expect(findings(book(numbers), 'angka-teks')).toEqual([]);
});

test('angka-teks: a column of figures no role names is named by its header in the message', () => {
  const wb = book(
    sheet('Pendapatan', [
      ['No', 'Jenis Pendapatan', 'Target', 'Realisasi', 'Lebih / (Kurang)'],
      [1, 'Pajak Hotel', 4200000000, 4563800000, '363.800.000'],
      [2, 'Pajak Restoran', 9800000000, 9412500000, '(387.500.000)'],
      [3, 'Pajak Reklame', 2300000000, 2105400000, '(194.600.000)'],
    ]),
  );
  const f = findings(wb, 'angka-teks');
  expect(f.map((x) => x.cell)).toEqual(['E2:E4']);
  expect(f[0].message).toMatch(/^3 angka di kolom Lebih\/\(Kurang\) tersimpan sebagai teks/);
});

test('angka-tidak-valid: "1,25 M" in a column of rupiah is an abbreviated amount (miliar), never summed; elsewhere M may be a unit', () => {
  // like "Rp 1,25 M": it stands in a sum (the program's, the JUMLAH's), so the sum cannot be checked — and is not; yet
  // the amount is readable, only rounded, and contradicts nothing: a peringatan, never a galat
  const wb = book(
    sheet('Realisasi', [
      ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [{ v: '1', bold: true }, { v: 'Program Penyelenggaraan Jalan', bold: true }, '1.250.000.000', '1.200.000.000'],
      ['1.1', 'Kegiatan Pembangunan Jalan', '1,25 M', '1.200.000.000'],
      ['', 'JUMLAH', '1.250.000.000', '1.200.000.000'],
    ]),
  );
  const { findings: all } = periksaWorkbook(wb);
  expect(all.filter((f) => f.severity === 'galat')).toEqual([]);
  expect(all.filter((f) => f.rule === 'angka-tidak-valid').map((f) => [f.severity, f.cell])).toEqual([['peringatan', 'C3']]);
  // "Rp 750 juta", "Rp 2,3 Milyar" in a totalled budget column alike
  const words = book(
    sheet('LRA', [
      ['No', 'Program', 'Pagu', 'Realisasi', '%'],
      [1, 'Program Penataan Desa', 'Rp 2,3 Milyar', 'Rp 2.185.000.000', 95],
      [2, 'Program Peningkatan Kerja Sama Desa', 'Rp 750 juta', 'Rp 712.500.000', 95],
      ['Jumlah', null, 'Rp 3.050.000.000', 'Rp 2.897.500.000', 95],
    ]),
  );
  const wordFindings = periksaWorkbook(words).findings;
  expect(wordFindings.filter((f) => f.severity === 'galat')).toEqual([]);
  expect(wordFindings.filter((f) => f.rule === 'angka-tidak-valid').map((f) => [f.severity, f.cell])).toEqual([
    ['peringatan', 'C2'],
    ['peringatan', 'C3'],
  ]);
  // a length in metres is a figure with its unit
  const lengths = book(
    sheet('Kinerja', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Panjang saluran drainase dibangun', '250 M', '200 M', '80,00'],
    ]),
  );
  expect(periksaWorkbook(lengths).findings.filter((f) => f.rule === 'angka-tidak-valid' || f.severity === 'galat')).toEqual([]);
});

test('angka-tidak-valid: a date in a summed column is a galat; a row of dates naming the columns is no figure at all', () => {
  const date = (serial: number) => ({ v: serial, fmt: 'dd/mm/yyyy' });
  const rows = (second: V[]) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu TW I', 'Pagu TW II'],
        second,
        ['1', 'Program Pemberdayaan Sosial', rp(400_000_000), rp(350_000_000)],
        ['2', 'Program Rehabilitasi Sosial', date(45_292), rp(250_000_000)],
        [null, 'JUMLAH', rp(700_000_000), rp(600_000_000)],
      ]),
    );
  // "1.1" typed into a pagu became 1 January: the JUMLAH cannot be checked over it
  const typo = findings(rows([null, 'Tanggal DPA', rp(300_000_000), rp(250_000_000)]), 'angka-tidak-valid');
  expect(typo.map((x) => [x.cell, x.severity])).toEqual([['C4', 'galat']]);
  // a row of dates (31/03 | 30/06) under the header names the quarters' dates: only the typo in C4 is reported
  const dated = findings(rows([null, 'Per tanggal', date(45_382), date(45_473)]), 'angka-tidak-valid');
  expect(dated.map((x) => [x.cell, x.severity])).toEqual([['C4', 'galat']]);
});

test('angka-tidak-valid: figures stacked one per line in a cell are readable, a peringatan; a total row counts only for the columns it fills', () => {
  // a table converted from a document: two indikator in one row, their figures one per line
  const wb = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', '1. Persentase layanan tepat waktu\n2. Indeks kepuasan masyarakat', '95%\n80', '97%\n82,4', '102,11\n103'],
      ['2', 'Nilai SAKIP', 70, 71.5, 102.14],
      ['3', 'Persentase penduduk miskin', 9.5, 9.1, 104.21],
      [null, 'Rata-rata capaian', null, null, 103.06],
    ]),
  );
  const f = findings(wb, 'angka-tidak-valid');
  expect(f.map((x) => [x.cell, x.severity])).toEqual([
    ['C2', 'peringatan'],
    ['D2', 'peringatan'],
    ['E2', 'peringatan'],
  ]);
  expect(f[0].message).toContain('beberapa angka dalam satu sel');
  // a typo in the target column, which the Rata-rata row (the capaian's alone) does not total: nothing sums over it
  const typo = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', 'Nilai SAKIP', '70..5', 71.5, 101.42],
      ['2', 'Persentase penduduk miskin', 9.5, 9.1, 104.21],
      [null, 'Rata-rata capaian', null, null, 102.82],
    ]),
  );
  expect(findings(typo, 'angka-tidak-valid').map((x) => [x.cell, x.severity])).toEqual([['C2', 'peringatan']]);
});

describe('a sheet whose figures typed as text are all ambiguous ("2,186 | 2,323") is read as the workbook\'s other sheets are typed', () => {
  // pupils by kecamatan, every count a comma and three digits (thousands in English, or decimals in Indonesian), one
  // typed as a number; the revenue on another sheet typed unmistakably the English way
  const wb = (jumlah2024: string) =>
    book(
      sheet('Data', [
        ['No', 'Kecamatan', 'Jumlah Murid SD 2023', 'Jumlah Murid SD 2024', 'Naik/Turun', 'Kenaikan (%)'],
        ['1', 'Kota', '2,186', '2,323', '137', 6.27],
        ['2', 'Timur', '2,910', '2,789', '-121', -4.16],
        ['3', 'Barat', '4,361', '4,376', '15', 0.34],
        ['4', 'Tengah', '1,883', '2,103', '220', 11.68],
        ['5', 'Pesisir', '2,784', '2,766', '-18', -0.65],
        ['6', 'Selatan', '2,145', 1998, '(147)', -6.85],
        [null, 'Jumlah', '16,269', jumlah2024, '86', 0.53],
      ]),
      sheet('Pendapatan', [
        ['No', 'Jenis Pendapatan', 'Target 2024 (Rp)', 'Realisasi 2024 (Rp)', 'Capaian (%)'],
        ['1', 'Pajak Hotel', '800,000,000.00', '723,576,000.00', '90.45'],
        ['2', 'Pajak Restoran', '620,000,000.00', '608,942,000.00', '98.22'],
      ]),
    );
  test('the counts read in thousands, as the revenue sheet writes its figures: they add up', () => {
    expect(galat(wb('16,355'))).toEqual([]);
  });
  test('a Jumlah typed wrong is found in thousands', () => {
    expect(galat(wb('16,455'))).toEqual(['jumlah-total D8']);
  });
});

describe('a count crossing a thousand typed "1,087" beside "814" (the book written the English way, nothing else saying so)', () => {
  // UMKM by kecamatan: 2023 grouped with spaces, 2024 with commas; no figure of the sheet is unambiguous
  const table = (jumlah2024: string, pesisirChange: string) =>
    book(
      sheet('Data', [
        ['No', 'Kecamatan', 'Jumlah UMKM 2023', 'Jumlah UMKM 2024', 'Naik/Turun'],
        [1, 'Timur', '1 128', '1,087', '(41)'],
        [2, 'Pesisir', '1 087', '1,005', pesisirChange],
        [3, 'Tengah', '757', '814', '57'],
        [4, 'Utara', '761', '870', '109'],
        [5, 'Selatan', '607', '553', '(54)'],
        [6, 'Kota', '796', '770', '-26'],
        [7, 'Barat', '1 054', '1,124', '70'],
        [null, 'Jumlah', '6 190', jumlah2024, '33'],
      ]),
    );
  test.each([
    ['6,223', '-82', []],
    ['6,323', '-82', ['jumlah-total D9']],
    ['6,223', '-66', ['selisih-kolom E3']],
  ])('Jumlah %s, Pesisir %s', (jumlah, change, expected) => {
    expect(galat(table(jumlah, change))).toEqual(expected);
  });
});

describe('a count of people typed "15,090" on a sheet whose other figures are Indonesian ("80,30 %"): thousands, not decimals', () => {
  // an SPM table: people served over people targeted; the percentages typed the Indonesian way, the counts grouped by a
  // space in one column and by a comma in the other (pasted from another report)
  const spm = (served: string, stated: string) =>
    book(
      sheet('SPM', [
        ['No', 'Jenis Layanan Dasar', 'Sasaran (orang)', 'Target (%)', 'Realisasi (orang)', '% Capaian'],
        ['1', 'Pelayanan kesehatan penderita hipertensi', '18 793', '100', '15,090', '80,30 %'],
        ['2', 'Pelayanan kesehatan pada usia produktif', '12 077', '100', '10,403', '86,14 %'],
        ['3', 'Pelayanan kesehatan balita', '36 246', '100', '27,029', '74,57 %'],
        ['4', 'Pelayanan kesehatan ibu bersalin', '13 912', '100', '13,139', '94,44 %'],
        ['5', 'Pelayanan kesehatan pada usia lanjut', '11 844', '100', '9,649', '81,47 %'],
        ['6', 'Pelayanan kesehatan ibu hamil', '38 691', '100', served, stated],
      ]),
    );
  test.each([
    ['27,850', '71,98 %', []],
    ['27,850', '68,88 %', ['persen-kolom F7']],
  ])('Realisasi %s, capaian %s', (served, stated, expected) => {
    expect(galat(spm(served, stated))).toEqual(expected);
  });

  // a pengukuran whose rows each have their Satuan: a count of people (Orang) beside its target typed with dots
  const pengukuran = (realisasi: string, capaian: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        ['1', 'Jumlah kunjungan wisatawan', 'Orang', '12.000', realisasi, capaian],
        ['2', 'Persentase desa wisata aktif', '%', '80,5', '82,3', 102.24],
        ['3', 'Indeks kepuasan wisatawan', 'Indeks', '3,25', '3,31', 101.85],
      ]),
    );
  test.each([
    ['13,250', 110.42, []],
    ['13,250', 101.42, ['persen-capaian F2']],
  ])('Realisasi %s people, capaian %s', (realisasi, capaian, expected) => {
    expect(galat(pengukuran(realisasi, capaian))).toEqual(expected);
  });
});
