/** Scales written without a table header: bands across a row, or one band per line. */
import { recogniseWorkbook } from '../../../src/core/recognise';
import { book, findings, sheet, V } from '../../helpers/snap';

// an office's own scale, unlike the Permendagri 86 preset (there 70 is Sedang and 60 Rendah)
const measured: V[][] = [
  ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
  [1, 'Persentase A', 80, 84, 105, 'Sangat Tinggi'],
  [2, 'Persentase B', 100, 70, 70, 'Tinggi'],
  [3, 'Persentase C', 100, 60, 60, 'Tinggi'],
  [4, 'Persentase D', 100, 45, 45, 'Rendah'],
];
const blank: V[] = [];

function scaleAndPredikat(top: V[][]) {
  const wb = book(sheet('Pengukuran', [...top, blank, blank, ...measured]));
  const scale = recogniseWorkbook(wb).find((t) => t.kind === 'skala-penilaian');
  return { scale, predikat: findings(wb, 'predikat').map((f) => [f.cell, f.expected]) };
}

describe('scales without a header', () => {
  test('bands as columns, names in the row below: the office scale decides the predikat', () => {
    const { scale, predikat } = scaleAndPredikat([
      ['Interval Nilai Realisasi Kinerja', '≥ 85', '70 - 84', '55 - 69', '40 - 54', '< 40'],
      ['Kriteria Penilaian', 'Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'],
    ]);
    expect(scale?.range).toEqual({ top: 1, left: 1, bottom: 2, right: 6 });
    expect(scale?.bands?.map((b) => [b.lower, b.upper, b.label])).toEqual([
      [85, undefined, 'Sangat Tinggi'],
      [70, 84, 'Tinggi'],
      [55, 69, 'Sedang'],
      [40, 54, 'Rendah'],
      [undefined, 40, 'Sangat Rendah'],
    ]);
    // 70 is Tinggi on this scale (no galat); 60 is Sedang, not Tinggi
    expect(predikat).toEqual([['F8', 'Sedang']]);
  });

  test('names above the intervals, and a third row of words beside a letter grade', () => {
    const wb = book(
      sheet('Skala', [
        ['Predikat', 'AA', 'A', 'BB', 'B'],
        ['Nilai', '≥ 90', '80 - < 90', '70 - < 80', '< 70'],
        ['Keterangan', 'Sangat Memuaskan', 'Memuaskan', 'Sangat Baik', 'Baik'],
      ]),
    );
    const [scale] = recogniseWorkbook(wb);
    expect(scale.kind).toBe('skala-penilaian');
    expect(scale.range).toEqual({ top: 1, left: 1, bottom: 3, right: 5 });
    expect(scale.bands?.map((b) => b.label)).toEqual(['AA/Sangat Memuaskan', 'A/Memuaskan', 'BB/Sangat Baik', 'B/Baik']);
  });

  test('one band per line, "interval : name" or "name = interval"', () => {
    const { scale, predikat } = scaleAndPredikat([
      ['Skala nilai peringkat kinerja:'],
      ['≥ 85 : Sangat Tinggi'],
      ['70 ≤ x < 85 : Tinggi'],
      ['Sedang = 55 ≤ x < 70'],
      ['40 ≤ x < 55 : Rendah'],
      ['< 40 : Sangat Rendah'],
    ]);
    expect(scale?.range).toEqual({ top: 2, left: 1, bottom: 6, right: 1 });
    expect(scale?.bands?.map((b) => b.label)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
    expect(predikat).toEqual([['F12', 'Sedang']]);
  });

  test("bands across a row beside the table's rows, a blank column between: found, the table's rows read too", () => {
    const beside: V[][] = [
      ['≥ 85', '70 - 84', '55 - 69', '40 - 54', '< 40'],
      ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'],
    ];
    const wb = book(
      sheet(
        'Pengukuran',
        measured.map((row, i) => (i === 2 || i === 3 ? [...row, null, ...beside[i - 2]] : row)),
      ),
    );
    const tables = recogniseWorkbook(wb);
    expect(tables.find((t) => t.kind === 'skala-penilaian')?.range).toEqual({ top: 3, left: 8, bottom: 4, right: 12 });
    expect(tables.find((t) => t.kind === 'pengukuran-kinerja')?.range).toEqual({ top: 1, left: 1, bottom: 5, right: 6 });
    // 70 is Tinggi on this scale, 60 Sedang: the office's scale judges the table's Kategori
    expect(findings(wb, 'predikat').map((f) => [f.cell, f.expected])).toEqual([['F4', 'Sedang']]);
  });

  test('periods and target ranges written as lines or across a row are not a scale', () => {
    const wb = book(
      sheet('Profil', [
        ['Periode Renstra : 2021 - 2026'],
        ['Tahun anggaran : 2023 - 2024'],
        ['Target kinerja : 80 - 85'],
        [],
        ['Periode', '2019 - 2023', '2021 - 2026', '2024 - 2029'],
        ['Dokumen', 'Renstra Lama', 'Renstra Perubahan', 'Renstra Baru'],
      ]),
    );
    expect(recogniseWorkbook(wb).filter((t) => t.kind === 'skala-penilaian')).toEqual([]);
  });
});
