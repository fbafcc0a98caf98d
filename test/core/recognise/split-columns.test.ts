import { periksaWorkbook } from '../../../src/core/periksa';
import { book, galat, sheet } from '../../helpers/snap';

// A table converted from a PDF: a column cut in two (its header merged over both halves), each row's figure in the
// left half or the right one as the converter placed it, never in both.
const pengukuran = (realisasiOf4: string, capaianOf4: string) =>
  sheet(
    'Table 1',
    [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, 'Capaian (%)'],
      ['1', 'Persentase jalan kondisi mantap', '75', '77,2', null, '102,93'],
      ['2', 'Persentase rumah layak huni', '85', null, '86,1', '101,29'],
      ['3', 'Persentase cakupan air minum', '90', '88,5', null, '98,33'],
      ['4', 'Persentase sanitasi layak', '80', null, realisasiOf4, capaianOf4],
      ['5', 'Indeks kepuasan masyarakat', '82', '84', null, '102,44'],
    ],
    { merges: ['D1:E1'] },
  );

const anggaran = (pagu: Record<string, string>) =>
  sheet(
    'Table 2',
    [
      ['No', 'Program/Kegiatan', 'Pagu', null, 'Realisasi', '%'],
      ['1', 'Program Penyelenggaraan Jalan', pagu.C2 ?? '12.000.000.000', null, '11.280.000.000', '94,00'],
      ['', 'Kegiatan Pembangunan Jalan', null, pagu.D3 ?? '8.000.000.000', '7.520.000.000', '94,00'],
      ['', 'Kegiatan Rehabilitasi Jalan', '4.000.000.000', null, '3.760.000.000', '94,00'],
      ['2', 'Program Pengelolaan Air Minum', null, '5.000.000.000', '4.500.000.000', '90,00'],
      ['', 'Kegiatan SPAM', '5.000.000.000', null, '4.500.000.000', '90,00'],
      ['', 'JUMLAH', '17.000.000.000', null, '15.780.000.000', '92,82'],
    ],
    { merges: ['C1:D1'] },
  );

test('a column cut in two is one column: every row read from the half that holds its figure, no false sum', () => {
  const wb = book(pengukuran('79', '98,75'), anggaran({}));
  expect(galat(wb)).toEqual([]);
  const { tables } = periksaWorkbook(wb);
  const roles = tables.map((t) => [t.kind, t.columns.map((c) => c.role)]);
  expect(roles).toEqual([
    ['pengukuran-kinerja', ['no', 'indikator', 'target', 'realisasi', null, 'capaian']],
    ['realisasi-anggaran', ['no', 'uraian', 'anggaran', null, 'realisasi-anggaran', 'serapan']],
  ]);
});

test('a figure in the right half of a cut column is checked there, and named by its own cell', () => {
  // sanitasi: 79 / 80 = 98,75 %, stated 97,75
  const wrongCapaian = galat(book(pengukuran('79', '97,75'), anggaran({})));
  expect(wrongCapaian.map((f) => [f.rule, f.cell, f.related])).toEqual([['persen-capaian', 'F5', ['C5', 'E5']]]);
  // the kegiatan's pagu in the right half, typed 8,5 miliar: its programme's pagu no longer adds up, nor its serapan —
  // one cell explains both
  const wrongPagu = galat(book(pengukuran('79', '98,75'), anggaran({ D3: '8.500.000.000' })));
  expect(wrongPagu.map((f) => [f.rule, f.cell, f.related])).toEqual([['asal-galat', 'D3', ['C2', 'F3']]]);
});

test('two columns under one header that both hold figures in a row are two columns, not one cut in two', () => {
  const wb = book(
    sheet(
      'Pengukuran',
      [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, 'Capaian (%)'],
        ['1', 'Persentase jalan kondisi mantap', 75, 77.2, 76, 102.93],
        ['2', 'Persentase rumah layak huni', 85, null, 86.1, 101.29],
      ],
      { merges: ['D1:E1'] },
    ),
  );
  expect(periksaWorkbook(wb).tables[0].columns.map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'realisasi', 'capaian']);
});
