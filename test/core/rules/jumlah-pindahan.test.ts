/** jumlah-pindahan through the RuleTester: the running sums carried over a page break, each page's in as the last page's out. */
import { jumlahPindahan } from '../../../src/core/rules/jumlah-pindahan';
import { book, galat, pct, rp, sheet } from '../../helpers/snap';
import { CARRIED_HEAD, carriedBudget } from '../../helpers/carried';
import { ruleTester } from '../../helpers/rule-tester';

// A budget typed over two pages on one sheet: the first page's sums carried out (900 / 850 million), brought in again
// under the header repeated
const typed = (broughtPagu: number, broughtReal = 850000000, words: [string, string] = ['Jumlah dipindahkan', 'Jumlah pindahan'], carriedPagu = 900000000) =>
  carriedBudget({ out: words[0], back: words[1], broughtPagu, broughtReal, carriedPagu });

// The same table one sheet per page, as a PDF converter writes it
const perPage = (broughtPagu: number) => carriedBudget({ broughtPagu, perPage: true });

ruleTester(jumlahPindahan, {
  valid: [
    { name: 'each figure brought in as it was carried out', book: typed(900000000) },
    {
      name: '"Jumlah s.d. halaman ini" › "Jumlah s.d. halaman lalu" alike',
      book: typed(900000000, 850000000, ['Jumlah s.d. halaman ini', 'Jumlah s.d. halaman lalu']),
    },
    { name: 'one sheet per page: the next sheet brings in what the last carried out', book: perPage(900000000) },
    {
      // (the serapan carried out typed 92,54, brought in as the fraction 0,9254 under "0%": the same figure as each shows it)
      name: 'a percentage carried as a number and brought in as a fraction under a % format',
      book: book(
        sheet('S', [
          CARRIED_HEAD,
          ['1', 'Program A', rp(1000), rp(925), 92.5],
          [null, 'Jumlah dipindahkan', rp(1000), rp(925), 92.54],
          CARRIED_HEAD,
          [null, 'Jumlah pindahan', rp(1000), rp(925), pct(0.9254000000000001)],
          ['2', 'Program B', rp(500), rp(450), 90],
        ]),
      ),
    },
    {
      // (0,9385 as a double is 0,9384999999999999: to Excel's 15 digits it is 93,85 %, shown 93,9 % under "0.0%")
      name: 'a serapan carried out as a fraction under "0.0%" whose double falls just below its digits, brought in as 93,85',
      book: book(
        sheet('S', [
          CARRIED_HEAD,
          ['1', 'Program A', rp(978000000), rp(917834000), 93.85],
          [null, 'Jumlah dipindahkan', rp(978000000), rp(917834000), pct(0.9384999999999999, '0.0%')],
          CARRIED_HEAD,
          [null, 'Jumlah pindahan', rp(978000000), rp(917834000), 93.85],
          ['2', 'Program B', rp(500000000), rp(450000000), 90],
        ]),
      ),
    },
    {
      name: 'a carried sum with none brought in after it (the table ends, or its next page is lost) says nothing',
      book: book(sheet('S', [CARRIED_HEAD, ['1', 'Program A', rp(100), rp(90), 90], [null, 'Jumlah dipindahkan', rp(100), rp(90), 90]])),
    },
  ],
  invalid: [
    {
      name: 'the pagu brought in typed 950 where 900 million was carried out',
      book: typed(950000000),
      findings: [{ cell: 'C8', related: ['C5'], expected: 900000000, actual: 950000000 }],
    },
    {
      name: 'pagu and realisasi both brought in wrong: one finding each',
      book: typed(905000000, 805000000),
      findings: [
        { cell: 'C8', expected: 900000000 },
        { cell: 'D8', expected: 850000000, actual: 805000000 },
      ],
    },
    {
      // (the kegiatan above add up to 900 million, as the page after brings in: the sum carried out is the one typed wrong)
      name: 'the pagu carried out typed 990 where the rows above add up to the 900 million brought in: the carried one is wrong',
      book: typed(900000000, 850000000, ['Jumlah dipindahkan', 'Jumlah pindahan'], 990000000),
      findings: [{ cell: 'C5', related: ['C8'], expected: 900000000, actual: 990000000 }],
    },
    {
      name: 'one sheet per page: on the next sheet, naming the cell on the sheet before',
      book: perPage(990000000),
      findings: [{ sheet: 'Page 2', cell: 'C3', related: ["'Page 1'!C6"], expected: 900000000, actual: 990000000 }],
    },
  ],
});

test('the message names both rows and where the carried sum stands', () => {
  const [f] = galat(perPage(990000000)).filter((x) => x.rule === 'jumlah-pindahan');
  expect(f.message).toContain('Jumlah pindahan');
  expect(f.message).toContain('Jumlah dipindahkan di sheet "Page 1" C6');
  expect(f.message).toContain('Rp 900.000.000');
});

test('a wrong figure brought in is that row alone: the JUMLAH and the programmes still add up, no other galat', () => {
  expect(galat(typed(950000000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-pindahan', 'C8']]);
});
