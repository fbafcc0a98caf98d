import { recogniseWorkbook } from '../../../src/core/recognise';
import { book, findings, sheet } from '../../helpers/snap';

// A pengukuran whose every figure is typed as text, as staff paste them from a Word report: the row
// "4 | Persentase Linmas terlatih | % | 60 | 57 | 97 | Tidak Tercapai" has header words in it ("Persentase", "%"), but
// its figures make it a row of the table, never the header of a new one.
const pengukuran = (capaianLinmas: string) =>
  book(
    sheet(
      'Pengukuran',
      [
        ['Tabel 3.1 Capaian Indikator Kinerja Tahun 2024'],
        ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2024', null, null, 'Keterangan'],
        [null, null, null, 'Target', 'Realisasi', 'Capaian (%)', null],
        ['1', 'Persentase penegakan Perda dan Perkada', '%', '90', '85', '94,44', 'Tidak Tercapai'],
        ['2', 'Jumlah pelanggaran Perda yang terjadi', 'kasus', '120', '96', '120', 'Tercapai'],
        ['3', 'Waktu tanggap penanganan kebakaran', 'menit', '15', '12', '120', 'Tercapai'],
        ['4', 'Persentase Linmas terlatih', '%', '60', '57', capaianLinmas, 'Tidak Tercapai'],
        ['5', 'Persentase kelurahan dengan Satlinmas aktif', '%', '80', '84', '105', 'Tercapai'],
      ],
      { merges: ['D2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'G2:G3'] },
    ),
  );

test('a row of figures typed as text is data, even with header words in it: the table runs to its last row', () => {
  const [t] = recogniseWorkbook(pengukuran('95'));
  expect([t.kind, t.range.top, t.range.bottom]).toEqual(['pengukuran-kinerja', 2, 8]);
  expect(findings(pengukuran('95'), 'persen-capaian')).toEqual([]);
  expect(findings(pengukuran('97'), 'persen-capaian').map((f) => [f.cell, f.expected])).toEqual([['F7', 95]]);
});
