import { book, findings, pct, rp, sheet } from '../../helpers/snap';

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
