/** kosong and pembagian-nol through the RuleTester: valid and invalid workbooks, one rule at a time. */
import { kosong } from '../../../src/core/rules/kosong';
import { pembagianNol } from '../../../src/core/rules/pembagian-nol';
import { book, err, pct, rp, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';

const pengukuran = (capaian: ReturnType<typeof pct> | null | string, target: number | string = 80) =>
  book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase PMKS yang tertangani', '%', 90, 95, pct(95 / 90, '0.00%')],
      [2, 'Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhannya', '%', target, 60, capaian],
    ]),
  );

ruleTester(kosong, {
  valid: [
    { name: 'every capaian written', book: pengukuran(pct(0.75, '0.00%')) },
    { name: 'no target: nothing to compute', book: pengukuran(null, '-') },
    {
      name: 'a JUMLAH row with no serapan (a totals line rates nothing)',
      book: book(
        sheet('Anggaran', [
          ['No', 'Program', 'Pagu', 'Realisasi', '% Serapan'],
          [1, 'Program Rehabilitasi Sosial', rp(100000000), rp(95000000), pct(0.95)],
          [2, 'Program Pemberdayaan Sosial', rp(50000000), rp(40000000), pct(0.8)],
          [null, 'JUMLAH', rp(150000000), rp(135000000), null],
        ]),
      ),
    },
  ],
  invalid: [{ name: 'a capaian left empty beside its target and realisasi', book: pengukuran(null), findings: [{ cell: 'F3', related: ['D3', 'E3'] }] }],
});

const anggaran = (pagu: number, serapan: V) =>
  book(
    sheet('Anggaran', [
      ['No', 'Program', 'Pagu', 'Realisasi', '% Serapan'],
      [1, 'Program Rehabilitasi Sosial', rp(100000000), rp(95000000), pct(0.95)],
      [2, 'Program Pemberdayaan Sosial', rp(pagu), rp(0), serapan],
    ]),
  );

ruleTester(pembagianNol, {
  valid: [
    { name: 'serapan over a pagu that is not zero', book: anggaran(50000000, pct(0)) },
    { name: 'no target ("-") and no capaian written', book: pengukuran(null, '-') },
  ],
  invalid: [
    { name: 'a capaian stated over a target written "-" (zero)', book: pengukuran('100%', '-'), findings: [{ cell: 'F3', severity: 'galat', actual: 100 }] },
    { name: 'a capaian stated over a target written "nihil"', book: pengukuran(pct(1), 'nihil'), findings: [{ cell: 'F3', severity: 'galat' }] },
    { name: 'a serapan stated over a zero pagu', book: anggaran(0, pct(1)), findings: [{ cell: 'E3', severity: 'galat', actual: 100 }] },
    { name: '#DIV/0! in a table', book: anggaran(0, err('#DIV/0!')), findings: [{ cell: 'E3', severity: 'peringatan', actual: '#DIV/0!' }] },
  ],
});
