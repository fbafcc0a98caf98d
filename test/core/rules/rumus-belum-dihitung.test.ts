/** rumus-belum-dihitung through the RuleTester: formulas a program wrote and Excel never calculated. */
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
  valid: [{ name: 'formulas with their results saved (the file was calculated by Excel)', book: anggaran(true) }],
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
