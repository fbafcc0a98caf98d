/** rumus-belum-dihitung through the RuleTester: formulas a program wrote and Excel never calculated. */
import { periksaWorkbook } from '../../../src/core/periksa';
import { recalculate } from '../../../src/core/recalc';
import { kosong } from '../../../src/core/rules/kosong';
import { rumusBelumDihitung } from '../../../src/core/rules/rumus-belum-dihitung';
import { book, formula, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';

// a budget table as a script writes it: the serapan and the JUMLAH row as formulas, results cached or not
const anggaran = (cached: boolean) => {
  const f = (text: string, value: number): V => formula(text, cached ? value : null);
  return book(
    sheet('RA', [
      ['No', 'Program', 'Pagu', 'Realisasi', 'Serapan (%)'],
      [1, 'Program A', 1000, 900, f('D2/C2*100', 90)],
      [2, 'Program B', 500, 450, f('D3/C3*100', 90)],
      [null, 'Jumlah', f('SUM(C2:C3)', 1500), f('SUM(D2:D3)', 1350), f('D4/C4*100', 90)],
    ]),
  );
};

ruleTester(rumusBelumDihitung, {
  valid: [
    { name: 'formulas with their results saved (the file was calculated by Excel)', book: anggaran(true) },
    {
      name: 'a formula whose result is an empty text (=IFERROR(…;"") over a pagu not yet filled in)',
      book: book(
        sheet('RA', [
          ['No', 'Program', 'Pagu', 'Realisasi', 'Serapan (%)'],
          [1, 'Program A', 1000, 900, formula('IFERROR(D2/C2*100,"")', 90)],
          [2, 'Program B', null, null, { v: '', f: 'IFERROR(D3/C3*100,"")' }],
          [3, 'Program C', 500, 450, formula('IFERROR(D4/C4*100,"")', 90)],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'formulas without results: one finding per column, naming the cells',
      book: anggaran(false),
      findings: [
        { cell: 'E2:E4', severity: 'peringatan' },
        { cell: 'C4', severity: 'peringatan' },
        { cell: 'D4', severity: 'peringatan' },
      ],
    },
  ],
});

ruleTester(kosong, {
  valid: [{ name: 'an uncalculated formula is not an empty serapan', book: anggaran(false) }],
  invalid: [
    {
      name: 'a serapan cell with neither formula nor figure is',
      book: book(
        sheet('RA', [
          ['No', 'Program', 'Pagu', 'Realisasi', 'Serapan (%)'],
          [1, 'Program A', 1000, 900, 90],
          [2, 'Program B', 500, 450, null],
        ]),
      ),
      findings: [{ cell: 'E3' }],
    },
  ],
});

describe('rumus-belum-dihitung: results lkjip computed (core/recalc)', () => {
  const efisiensi = () =>
    book(
      sheet('Efisiensi', [
        ['No', 'Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
        [1, 'Meningkatnya realisasi investasi', 106.03, 95.5, formula('C2-D2', null)],
        [2, 'Meningkatnya kualitas pelayanan perizinan', 105, 95.97, formula('C3-D3', null)],
      ]),
    );

  test('an info per column names the cells and shows a result as Excel shows it (10,53, not 10,5300)', () => {
    const b = efisiensi();
    recalculate(b);
    const found = periksaWorkbook(b, { rules: [rumusBelumDihitung] }).findings;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', cell: 'E2:E3' });
    expect(found[0].message).toContain('E2: =C2-D2 menghasilkan 10,53)');
  });

  test('without the computation the same cells are a peringatan', () => {
    const found = periksaWorkbook(efisiensi(), { rules: [rumusBelumDihitung] }).findings;
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['peringatan', 'E2:E3']]);
  });
});
