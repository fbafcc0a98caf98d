/** A budget realised by quarter: "Realisasi | TW I … TW IV | Total", the Total the year's realisasi. */
import { recogniseWorkbook } from '../../../src/core/recognise';
import { book, findings, galat, rp, sheet, V } from '../../helpers/snap';

const lra = (total2: number, pct3: number) =>
  sheet(
    'Realisasi',
    [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', null, null, null, null, '%'],
      [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'Total', null],
      [1, 'Program Penunjang Urusan', rp(1200000000), rp(250000000), rp(300000000), rp(300000000), rp(290000000), rp(1140000000), 95],
      [2, 'Program Pelayanan Kependudukan', rp(1100000000), rp(200000000), rp(250000000), rp(300000000), rp(200000000), rp(total2), 86.36],
      [3, 'Program Pengelolaan Informasi', rp(800000000), rp(150000000), rp(200000000), rp(210000000), rp(200000000), rp(760000000), pct3],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2'] },
  );

describe('a band split by quarter with its Total', () => {
  test("the Total is the year's realisasi, and the bare % after it the serapan", () => {
    const [t] = recogniseWorkbook(book(lra(950000000, 95)));
    const byCol = (col: number) => t.columns.find((c) => c.col === col);
    expect(byCol(8)).toMatchObject({ role: 'realisasi-anggaran', bandTotal: true });
    expect(byCol(8)?.period).toBeUndefined();
    expect(byCol(9)?.role).toBe('serapan');
  });

  test('a Total that is not the sum of its quarters, and a serapan against the Total', () => {
    expect(galat(book(lra(950000000, 95)))).toEqual([]);
    // 200 + 250 + 300 + 200 = 950 million, written 1.000 (its serapan 86,36 % follows neither: 1.000 / 1.100 = 90,91 %)
    expect(findings(book(lra(1000000000, 95)), 'jumlah-total').map((f) => [f.cell, f.expected])).toEqual([['H4', 950000000]]);
    // 760 / 800 = 95 %, written 90
    expect(findings(book(lra(950000000, 90)), 'persen-serapan').map((f) => [f.cell, f.expected])).toEqual([['I5', 95]]);
  });

  test("another table's realisasi of a programme is compared with the year's Total", () => {
    const efisiensi = (realisasi: number): V[][] => [
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Capaian Kinerja (%)', 'Efisiensi (%)'],
      [1, 'Program Pelayanan Kependudukan', rp(1100000000), rp(realisasi), (realisasi / 1100000000) * 100, 100, 100 - (realisasi / 1100000000) * 100],
    ];
    expect(findings(book(lra(950000000, 95), sheet('Efisiensi', efisiensi(950000000))), 'lintas-sheet')).toEqual([]);
    const f = findings(book(lra(950000000, 95), sheet('Efisiensi', efisiensi(990000000))), 'lintas-sheet');
    expect(f.map((x) => [x.sheet, x.cell, x.related])).toEqual([['Efisiensi', 'D2', ['Realisasi!H4']]]);
  });
});
