import { recogniseWorkbook } from '../../../src/core/recognise';
import { cleanText } from '../../../src/core/figures';
import { isCaption, mayBeCaption } from '../../../src/core/vocabulary';
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

// A realisasi anggaran converted from a PDF report: every figure text, each wrapped label line a row of its own, and
// the page's foot (the report's running title, its page number) and the header repeated between the two pages.
const pdfBudget = (kegiatanPagu: string, jumlahRealisasi: string) =>
  book(
    sheet('Table 2', [
      ['Tabel 3.8 Realisasi Anggaran Dinas Kesehatan Tahun 2024'],
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      ['1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', '250.000.000', '238.500.000', '95,40'],
      ['', 'KABUPATEN/KOTA'],
      ['1.1', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', '250.000.000', '238.500.000', '95,40'],
      ['', '- Penyusunan Dokumen Perencanaan Perangkat Daerah', '150.000.000', '143.000.000', '95,33'],
      ['', '- Evaluasi Kinerja Perangkat Daerah', '100.000.000', '95.500.000', '95,50'],
      [null, 'LKjIP Dinas Kesehatan Kabupaten Sumber Tahun 2024'],
      [null, null, null, null, 'III-31'],
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      ['2', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN', '2.200.000.000', '2.112.000.000', '96,00'],
      ['', 'UPAYA KESEHATAN MASYARAKAT'],
      ['2.1', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan', kegiatanPagu, '2.112.000.000', '96,00'],
      ['', 'UKP Kewenangan Daerah Kabupaten/Kota'],
      ['', '- Pembangunan Puskesmas', '1.500.000.000', '1.380.000.000', '92,00'],
      ['', '- Pengadaan Alat Kesehatan', '700.000.000', '732.000.000', '104,57'],
      ['', 'JUMLAH', '2.450.000.000', jumlahRealisasi, '96,14'],
    ]),
  );

test('a budget table pasted from PDF across a page break: one table, its wrapped labels one row each, every sum checked', () => {
  const right = pdfBudget('2.200.000.000', '2.350.500.000');
  const [t] = recogniseWorkbook(right);
  expect([t.kind, t.range.top, t.range.bottom]).toEqual(['realisasi-anggaran', 2, 17]);
  expect(t.rows.map((r) => [r.row, r.level, r.parent])).toEqual([
    [3, 'program', undefined],
    [5, 'kegiatan', 3],
    [6, 'subkegiatan', 5],
    [7, 'subkegiatan', 5],
    [11, 'program', undefined],
    [13, 'kegiatan', 11],
    [15, 'subkegiatan', 13],
    [16, 'subkegiatan', 13],
    [17, 'total', undefined],
  ]);
  expect(t.rows[4].label).toBe('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT');
  expect([...findings(right, 'jumlah-induk'), ...findings(right, 'jumlah-total')]).toEqual([]);
  // a kegiatan's pagu that is not its sub kegiatan's sum; a JUMLAH that does not add the programmes on both pages
  const wrong = pdfBudget('2.300.000.000', '2.363.500.000');
  expect(findings(wrong, 'jumlah-induk').map((f) => [f.cell, f.expected])).toEqual([['C13', 2200000000]]);
  expect(findings(wrong, 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['D17', 2350500000]]);
});

describe('a caption is sifted by its first character before its text is cleaned', () => {
  test.each([
    // text, a caption?
    ['Tabel 3.2 Realisasi Anggaran', true],
    ['  Tabel 3.2 Realisasi Anggaran', true],
    ['<b>Tabel 3.2</b> Realisasi Anggaran', true],
    ['\u200bTABEL 3.2 REALISASI ANGGARAN', true],
    ['\u00a0Lampiran 2', true],
    ['Gambar 3.1 Grafik capaian', true],
    ['1.02.02 Program Pemenuhan Upaya Kesehatan', false],
    ['1. Tabel kegiatan', false],
    ['- Belanja Pegawai', false],
    ['(Tabel 3.2)', false],
    ['Program Penunjang Urusan', false],
    ['Tabelaris', false],
  ])('%s: %s', (text, caption) => {
    expect(isCaption(text)).toBe(caption);
    // the sieve never turns a caption away, whatever the cleaning does
    if (!mayBeCaption(text)) expect(isCaption(cleanText(text))).toBe(false);
  });

  test('a table under a caption written with markup or invisible characters ends above the next caption', () => {
    for (const caption of ['<b>Tabel 3.3 Realisasi Anggaran</b>', '\u200bTabel 3.3 Realisasi Anggaran', ' Tabel 3.3 Realisasi Anggaran']) {
      const tables = recogniseWorkbook(
        book(
          sheet('BAB III', [
            ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
            ['1', 'Indeks kepuasan masyarakat', '80', '84', '105'],
            ['2', 'Persentase dokumen tepat waktu', '100', '90', '90'],
            [caption],
            ['No', 'Program', 'Pagu', 'Realisasi', '%'],
            ['1', 'Program Penunjang Urusan', '2.000.000.000', '1.900.000.000', '95'],
            ['2', 'Program Pengelolaan Keuangan', '100.000.000', '95.000.000', '95'],
          ]),
        ),
      );
      expect(tables.map((t) => [t.range.top, t.range.bottom, t.kind])).toEqual([
        [1, 3, 'pengukuran-kinerja'],
        [5, 7, 'realisasi-anggaran'],
      ]);
    }
  });
});
