import { periksaWorkbook } from '../../../src/core/periksa';
import { bold, book, findings, galat, rp, sheet, V } from '../../helpers/snap';

/** A budget table with a Sisa column: pagu − realisasi by definition. */
const anggaran = (sisa: V[], header = 'Sisa Anggaran (Rp)') =>
  book(
    sheet('Realisasi Anggaran', [
      ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', header, '%'],
      ['1', 'Program Penunjang Urusan Pemerintahan', rp(1087645000), rp(1050000000), sisa[0], 96.54],
      ['2', 'Program Pelayanan Kesehatan', rp(200000000), rp(0), sisa[1], 0],
      ['', 'JUMLAH', rp(1287645000), rp(1050000000), sisa[2], 81.54],
    ]),
  );

describe('selisih', () => {
  test.each([
    ['every sisa = pagu − realisasi', [rp(37645000), rp(200000000), rp(237645000)], []],
    ['text figures as staff type them', ['37.645.000', 'Rp 200.000.000,-', '237.645.000'], []],
    // (the JUMLAH of the sisa column, right by its own row's pagu − realisasi, then disagrees with the wrong row: that
    // is the same error, not another — no galat of its own)
    ['a sisa typed wrong', [rp(37645000), rp(20000000), rp(237645000)], [['E3', 200000000, 20000000, ['C3', 'D3']]]],
    // Sisa is pagu − realisasi: an overspend sign where nothing was overspent is wrong
    ['a sisa with the wrong sign', ['(37.645.000)', rp(200000000), rp(237645000)], [['E2', 37645000, -37645000, ['C2', 'D2']]]],
    ['an empty sisa is not judged', [null, rp(200000000), rp(237645000)], []],
    // the JUMLAH summing the column as written (37.645.000 + 20.000.000) is right by its sources: the wrong row is the
    // one galat
    ['a sisa typed wrong and the JUMLAH that adds it up', [rp(37645000), rp(20000000), rp(57645000)], [['E3', 200000000, 20000000, ['C3', 'D3']]]],
  ])('%s', (_, sisa, expected) => {
    const wb = anggaran(sisa as V[]);
    const f = findings(wb, 'selisih');
    expect(f.map((x) => [x.cell, x.expected, x.actual, x.related])).toEqual(expected);
    for (const x of f) {
      expect(x.severity).toBe('galat');
      expect(x.message).toMatch(/padahal pagu − realisasi = /);
    }
    if (expected.length) expect(findings(wb, 'jumlah-total')).toEqual([]);
  });

  test('a bare "Selisih" is read either way round; only its size must agree', () => {
    expect(findings(anggaran([rp(-37645000), rp(-200000000), rp(-237645000)], 'Selisih'), 'selisih')).toEqual([]);
    expect(findings(anggaran([rp(37645000), rp(200000000), rp(237645000)], 'Selisih'), 'selisih')).toEqual([]);
    const f = findings(anggaran([rp(37645000), rp(-2000000), rp(237645000)], 'Selisih'), 'selisih');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['E3', -200000000]]);
  });

  test('Lebih/(Kurang) in a pengukuran table is realisasi − target', () => {
    const wb = (third: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Lebih/(Kurang)', 'Capaian (%)'],
          [1, 'Persentase desa mandiri', 40, 39.5, -0.5, 98.75],
          [2, 'Indeks kepuasan masyarakat', 80, 84.2, 4.2, 105.25],
          [3, 'Jumlah inovasi daerah', 10, 12, third, 120],
        ]),
      );
    expect(findings(wb(2), 'selisih')).toEqual([]);
    expect(findings(wb(-2), 'selisih').map((x) => [x.cell, x.expected])).toEqual([['E4', 2]]);
  });

  test('a sisa taken from a total that does not add up: the total is the error, the sisa is not a second one', () => {
    // JUMLAH realisasi 52.210 where its rows give 46.230 + 5.890 = 52.120; the sisa 2.580 = 54.700 − 52.120
    const wb = (sisaTotal: number) =>
      book(
        sheet('Belanja', [
          ['Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)'],
          ['Belanja Operasi', rp(48500), rp(46230), rp(2270)],
          ['Belanja Modal', rp(6200), rp(5890), rp(310)],
          ['Jumlah', rp(54700), rp(52210), rp(sisaTotal)],
        ]),
      );
    const galat = (sisaTotal: number) =>
      periksaWorkbook(wb(sisaTotal))
        .findings.filter((f) => f.severity === 'galat')
        .map((f) => `${f.rule} ${f.cell}`)
        .sort();
    expect(galat(2580)).toEqual(['jumlah-total C4']);
    // a sisa that agrees with neither the stated nor the right total is wrong as well
    expect(galat(2600)).toEqual(['jumlah-total C4', 'jumlah-total D4', 'selisih D4']);
  });

  test('a difference column without the two figures it comes from is not judged', () => {
    const wb = book(
      sheet('Anggaran', [
        ['No', 'Uraian', 'Sisa Anggaran'],
        [1, 'Program A', rp(5000)],
      ]),
    );
    expect(findings(wb, 'selisih')).toEqual([]);
  });
});

describe('what was not spent, however the header names it', () => {
  const table = (header: string, third: number) =>
    book(
      sheet('Realisasi', [
        ['No', 'Program', 'Pagu', 'Realisasi', header, '%'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2000000000, 1900000000, 100000000, 95],
        [2, 'Program Pengelolaan Pendapatan Daerah', 800000000, 760000000, 40000000, 95],
        [3, 'Program Pengelolaan Keuangan Daerah', 1200000000, 1110000000, third, 92.5],
        ['Jumlah', null, 4000000000, 3770000000, 230000000, 94.25],
      ]),
    );
  test.each([
    'SiLPA',
    'Tidak Terserap',
    'Efisiensi (Rp)',
    'Efisiensi Anggaran',
    'Lebih/(Kurang)',
    'Lebih / (Kurang)',
    // an LRA's column: realisasi − anggaran, as Lebih/(Kurang)
    'Bertambah/(Berkurang)',
    'Bertambah / (Berkurang)',
    'Balance',
    'Remaining Budget',
    'Unspent',
    'Difference',
  ])('%s: pagu − realisasi, the % beside it the serapan', (header) => {
    const { tables, findings: all } = periksaWorkbook(table(header, 90000000));
    expect(tables[0].kind).toBe('realisasi-anggaran');
    expect(tables[0].columns.filter((c) => c.role).map((c) => c.role)).toEqual(['no', 'uraian', 'anggaran', 'realisasi-anggaran', 'nilai', 'serapan']);
    expect(all.filter((f) => f.severity === 'galat')).toEqual([]);
    // 1.200 − 1.110 = 90 million, written 80: that row alone (a Lebih/(Kurang) written positive throughout keeps its
    // own convention)
    const f = periksaWorkbook(table(header, 80000000)).findings.filter((x) => x.severity === 'galat');
    expect(f.map((x) => [x.rule, x.cell])).toEqual([['selisih', 'E4']]);
  });
  test.each([
    ['Efisiensi (Rp)', []],
    ['Efisiensi Anggaran (Rp)', []],
    // (with a percentage of its own beside it: 100 − serapan)
    ['Efisiensi (Rp)', ['Persentase Efisiensi (%)']],
  ])('an "%s" beside a capaian kinerja: the efisiensi table’s money saved, pagu − realisasi, checked', (header, more) => {
    const wb = (saved: number) =>
      book(
        sheet('Efisiensi', [
          ['Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian Kinerja (%)', header, ...more],
          ['Program Pemberdayaan Sosial', 800000000, 760000000, 102, 40000000, ...more.map(() => 5)],
          ['Program Rehabilitasi Sosial', 600000000, 585000000, 100, saved, ...more.map(() => 2.5)],
          ['Program Perlindungan dan Jaminan Sosial', 450000000, 441000000, 101, 9000000, ...more.map(() => 2)],
        ]),
      );
    const { tables, findings: all } = periksaWorkbook(wb(15000000));
    expect(tables[0].kind).toBe('efisiensi');
    expect(all.filter((f) => f.severity === 'galat')).toEqual([]);
    // 600 − 585 = 15 million, written 20: a money saved that is no pagu − realisasi (it was taken for an efisiensi in
    // percent, and judged by none of its formulas)
    const f = periksaWorkbook(wb(20000000)).findings.filter((x) => x.severity === 'galat');
    expect(f.map((x) => [x.rule, x.cell, x.expected])).toEqual([['selisih', 'E3', 15000000]]);
  });
});

test('sisa of money written in millions: off the shown pagu − realisasi by their rounding, no error; by more, an error', () => {
  const wb = (sisa: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu (Rp juta)', 'Realisasi (Rp juta)', 'Sisa (Rp juta)'],
        // Rp 45.678.900 − 41.234.567 = 4.444.333: 4,44 juta, where 45,68 − 41,23 = 4,45
        [1, 'Program Pelayanan Administrasi', 45.68, 41.23, sisa],
        [2, 'Program Peningkatan Sarana', 123.46, 110.99, 12.47],
      ]),
    );
  expect(findings(wb(4.44), 'selisih')).toEqual([]);
  expect(findings(wb(4.54), 'selisih').map((f) => [f.cell, f.expected])).toEqual([['E2', 4.45]]);
});

test('"Dana Tidak Terserap", "Anggaran yang Belum Terserap": what is left of the pagu, checked as a Sisa (it was taken for the pagu)', () => {
  for (const header of ['Dana Tidak Terserap (Rp)', 'Anggaran yang Belum Terserap']) {
    const wb = (left: number) =>
      book(
        sheet('Anggaran', [
          ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', header],
          [1, 'Program Pelayanan Administrasi', rp(2500000000), rp(2350000000), rp(150000000)],
          [2, 'Program Peningkatan Sarana', rp(4000000000), rp(3800000000), rp(left)],
        ]),
      );
    expect(findings(wb(200000000), 'selisih')).toEqual([]);
    expect(findings(wb(300000000), 'selisih').map((f) => [f.cell, f.expected])).toEqual([['E3', 200000000]]);
  }
});

test('a difference in percent ("Sisa (%)" = 100 − serapan) is never taken for a difference of amounts', () => {
  const wb = (sisaC: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Sisa (Rp)', 'Sisa (%)'],
        [1, 'Program A', 1000000000, 962000000, 96.2, 38000000, 3.8],
        [2, 'Program B', 500000000, 440000000, 88, 60000000, 12],
        [3, 'Program C', 800000000, 610000000, 76.25, 190000000, sisaC],
        [4, 'Program D', 300000000, 291000000, 97, 9000000, 3],
      ]),
    );
  expect(galat(wb(23.75))).toEqual([]);
  // 190 of 800 million is 23,75 % of the pagu, written 24,75: one finding, of the percentage
  expect(galat(wb(24.75)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-kolom', 'G4', 23.75]]);
});

test('a difference in percent with no amount beside it: "Sisa (%)" is (pagu − realisasi) ÷ pagu × 100', () => {
  const wb = (sisaC: number, header = 'Sisa (%)') =>
    book(
      sheet('Anggaran', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', header],
        [1, 'Program A', 1000000000, 962000000, 96.2, 3.8],
        [2, 'Program B', 500000000, 440000000, 88, 12],
        [3, 'Program C', 800000000, 610000000, 76.25, sisaC],
        [4, 'Program D', 300000000, 291000000, 97, 3],
        [null, 'Jumlah', 2600000000, 2303000000, 88.58, 11.42],
      ]),
    );
  expect(galat(wb(23.75))).toEqual([]);
  const f = galat(wb(24.75));
  expect(f.map((x) => [x.rule, x.cell, x.expected, x.related])).toEqual([['selisih', 'F4', 23.75, ['C4', 'D4']]]);
  expect(f[0].message).toBe(
    'Sisa (%) Program C tertulis 24,75 %, padahal (pagu − realisasi) ÷ pagu × 100 = (Rp 800.000.000 − Rp 610.000.000) ÷ Rp 800.000.000 × 100 = 23,75 %.',
  );
  // 100 − the serapan as written (11,42 = 100 − 88,58) is right too, to the hundredth
  expect(galat(wb(23.75, 'Tidak Terserap (%)'))).toEqual([]);
});

test('a "Deviasi (%)" beside the capaian that is how far the capaian is from 100 % is no realisasi − target', () => {
  const wb = (deviasi: number[]) =>
    book(
      sheet('IKU', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Deviasi (%)'],
        [1, 'Indeks Kepuasan Masyarakat', 'nilai', 82, 84.1, 102.56, deviasi[0]],
        [2, 'Persentase dokumen tepat waktu', '%', 95, 90.25, 95, deviasi[1]],
        [3, 'Jumlah inovasi', 'inovasi', 5, 7, 140, deviasi[2]],
        [4, 'Persentase aduan tuntas', '%', 90, 81, 90, deviasi[3]],
      ]),
    );
  // capaian − 100: no contradiction of realisasi − target (which it never claimed to be)
  expect(galat(wb([2.56, -5, 40, -10]))).toEqual([]);
  // realisasi − target, the other reading of a deviation: still checked as such
  expect(galat(wb([2.1, -4.75, 2, -9]))).toEqual([]);
  expect(galat(wb([2.1, -4.75, 3, -9])).map((f) => [f.rule, f.cell, f.expected])).toEqual([['selisih', 'G4', 2]]);
});

describe('a Sisa in millions beside its pagu and realisasi is money', () => {
  // (dalam jutaan rupiah: 501,32 is Rp 501.320.000, each figure rounded from its rupiah)
  const table = (pagu1: number, sisa1: number, persenSisa4: number) =>
    book(
      sheet('Anggaran', [
        ['Tabel 3.7 Realisasi Anggaran s.d. Triwulan III (dalam jutaan rupiah)'],
        ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi s.d. TW III', 'Sisa', '% Sisa'],
        ['1', bold('Program Pemberdayaan Masyarakat Desa'), pagu1, 1215.75, sisa1, Math.round((sisa1 / pagu1) * 10000) / 100],
        ['1.1', 'Kegiatan Fasilitasi Desa 1', 612.44, 401.17, 211.27, 34.5],
        ['1.2', 'Kegiatan Pembinaan Desa 1', 587.13, 402.49, 184.64, 31.45],
        ['1.3', 'Kegiatan Pengembangan Desa 1', 517.51, 412.09, 105.42, persenSisa4],
      ]),
    );
  test('a programme pagu typed wrong, its Sisa worked out from it: one galat, on the pagu; a % Sisa off its Sisa ÷ Pagu, a galat', () => {
    expect(galat(table(1717.08, 501.33, 20.37)).map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    expect(galat(table(1724.08, 508.33, 20.37)).map((f) => `${f.rule} ${f.cell}`)).toEqual(['jumlah-induk C3']);
    // (its Sisa a hundredth off the shown pagu − realisasi: the three figures rounded from their rupiah)
    expect(galat(table(1724.08, 508.34, 20.37)).map((f) => `${f.rule} ${f.cell}`)).toEqual(['jumlah-induk C3']);
    expect(galat(table(1717.08, 501.33, 24.77)).map((f) => `${f.rule} ${f.cell} ${f.expected}`)).toEqual(['persen-kolom F6 20.37']);
  });
});

test('a "Selisih" between two years beside a target is the change of the realisasi, not realisasi − target', () => {
  const b = (indeks: V) =>
    book(
      sheet('Banding', [
        ['No', 'Indikator Kinerja', 'Target 2024', 'Realisasi 2023', 'Realisasi 2024', 'Selisih Realisasi 2024 dan 2023'],
        [1, 'Persentase A', 80, 76.5, 81.2, 4.7],
        [2, 'Persentase B', 90, 88.1, 87.4, -0.7],
        [3, 'Indeks C', 3.5, 3.2, 3.41, indeks],
        [4, 'Persentase D', 60, 55, 62.5, 7.5],
      ]),
    );
  expect(galat(b(0.21))).toEqual([]);
  expect(galat(b(0.31)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['selisih-kolom', 'F4', 0.21]]);
});

test('a difference column most of whose rows follow neither way of realisasi − target is some other difference: nothing is said', () => {
  const wb = book(
    sheet('Kinerja', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Selisih'],
      [1, 'Persentase A', 80, 81.2, 4.7],
      [2, 'Persentase B', 90, 87.4, -0.7],
      [3, 'Indeks C', 3.5, 3.41, 0.21],
      [4, 'Persentase D', 60, 62.5, 2.5],
    ]),
  );
  expect(findings(wb, 'selisih')).toEqual([]);
});

test('a "Gap (R-T)" beside its target and realisasi is their difference, the gap the wrong figure where it is (not the realisasi a column sum would blame)', () => {
  const wb = (mancanegara: number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Gap (R-T)', 'Capaian (%)'],
        [1, 'Jumlah kunjungan wisatawan nusantara (orang)', 420000, 448210, 28210, 106.72],
        [2, 'Jumlah kunjungan wisatawan mancanegara (orang)', 3500, 3122, mancanegara, 89.2],
        [3, 'Jumlah desa wisata (desa)', 24, 27, 3, 112.5],
        [4, 'Jumlah event pariwisata berskala nasional (event)', 4, 5, 1, 125],
      ]),
    );
  expect(galat(wb(-378))).toEqual([]);
  expect(galat(wb(-278)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['selisih', 'E3', -378]]);
});
