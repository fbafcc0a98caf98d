import { book, findings, sheet } from '../../helpers/snap';

const skala = sheet('Skala', [
  ['Nilai %', 'Pencapaian'],
  ['110 Keatas', 'Sangat tercapai/ Sangat berhasil'],
  ['90 ≤ x < 110', 'Tercapai/ Berhasil'],
  ['60 ≤ x < 90', 'Cukup tercapai/ Cukup berhasil'],
  ['x < 60', 'Tidak tercapai/ Tidak berhasil'],
]);
const pengukuran = (ket: string) =>
  sheet('Pengukuran', [
    ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET 2024', 'REALISASI 2024', 'CAPAIAN 2024', 'KET'],
    ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 653, '112%', ket],
  ]);

test('predikat: the workbook’s own scale decides (112 % is "Sangat berhasil" on Gowa’s scale)', () => {
  expect(findings(book(skala, pengukuran('Sangat Berhasil')), 'predikat')).toEqual([]);
  const f = findings(book(skala, pengukuran('Berhasil')), 'predikat');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'galat', cell: 'F2', related: ['E2'], expected: 'Sangat tercapai/ Sangat berhasil', actual: 'Berhasil' });
});

test('predikat: without a scale table the chosen preset decides; words not of that scale are not judged', () => {
  expect(findings(book(pengukuran('Sangat Tinggi')), 'predikat')).toEqual([]);
  expect(findings(book(pengukuran('Tinggi')), 'predikat').map((f) => f.expected)).toEqual(['Sangat Tinggi']);
  expect(findings(book(pengukuran('Sangat Baik')), 'predikat')).toEqual([]);
  expect(findings(book(pengukuran('Baik')), 'predikat', 'memuasken-5')).toEqual([]);
  expect(findings(book(pengukuran('Baik')), 'predikat', 'memuaskan-5').map((f) => f.expected)).toEqual(['Memuaskan']);
});

test('predikat: a "Kategori" row names the band of the average above it (Manggarai)', () => {
  const mg = (kategori: string) =>
    book(
      sheet('Skala', [
        ['No', 'Capaian Kinerja', 'Kategori/Makna'],
        ['1', '≥100', 'Memuaskan'],
        ['2', '≥ 85-99', 'Sangat baik'],
        ['3', '≥ 70-84', 'Baik'],
        ['4', '≥50-69', 'Cukup'],
        ['5', '≤49', 'Kurang'],
      ]),
      sheet('Capaian', [
        ['No', 'Sasaran Strategis', 'Nilai Capaian Kinerja'],
        ['1', 'MENINGKATNYA KESEJAHTERAAN SOSIAL MASYARAKAT', '98,64%'],
        ['Rata-rata', null, '98,64%'],
        ['Kategori', null, kategori],
      ]),
    );
  expect(findings(mg('SANGAT BAIK'), 'predikat')).toEqual([]);
  expect(findings(mg('MEMUASKAN'), 'predikat').map((f) => [f.cell, f.expected])).toEqual([['C4', 'Sangat baik']]);
});
