/**
 * pembagian-nol: #DIV/0! in a table (peringatan), or a percentage stated over a zero base (galat: 100 % for Rp 0
 * realised of a Rp 0 pagu is not a figure anyone computed).
 */
import { percentOf } from '../measures';
import { asFigure, ratioColumns, ratioRows } from '../ratios';
import { CellValue, isErrorValue } from '../snapshot';
import { defineRule } from './rule';
import { num, rowName, showValue } from './util';

/** Texts that stand for zero in a base column: dashes of every length, "nihil", "Rp -". */
const ZERO_WORDS = /^(rp\.?\s*)?[-–—]{1,3}$|^nihil$/i;

const messages = {
  atasNol: (d: { noun: string; row: string; stated: string; what: string; base: string }) =>
    `${d.noun} ${d.row} tertulis ${d.stated}, padahal ${d.what}nya ${d.base}: persentase atas nol tidak dapat dihitung.`,
  div0: (d: { cell: string; row: string }) => `Sel ${d.cell} (${d.row}) berisi #DIV/0!: pembaginya nol atau kosong; tulis "-" atau isi pembaginya.`,
};

const isDivZero = (v: CellValue): boolean => isErrorValue(v) && v.error === '#DIV/0!';

export const pembagianNol = defineRule({
  meta: {
    id: 'pembagian-nol',
    severity: 'peringatan',
    category: 'persentase',
    penjelasan:
      'Mencari pembagian dengan nol: sel berisi #DIV/0! di tabel (peringatan), dan capaian atau serapan yang ditulis padahal ' +
      'target atau pagunya nol (galat, karena persentase atas nol tidak pernah bisa dihitung). Angka seperti itu biasanya tersalin ' +
      'dari baris lain atau diisi tanpa perhitungan.',
    messages,
  },
  appliesTo: () => true,
  check(t, ctx) {
    const flagged = new Set<string>();
    for (const rc of ratioColumns(t)) {
      for (const rr of ratioRows(t, rc)) {
        const stated = asFigure(rr.ratio);
        if (!stated) continue;
        const base = asFigure(rr.base);
        // "-" (or "nihil") is how reports write a zero target or pagu: a percentage over it is over zero
        const dashZero = rr.base.kind === 'empty' && rr.base.fromText && ZERO_WORDS.test(t.text(rr.row, rc.base).trim());
        if (!(base ? base.num === 0 : dashZero)) continue;
        const p = percentOf(stated);
        const cell = t.address(rr.row, rc.ratio);
        flagged.add(cell);
        ctx.report({
          severity: 'galat',
          cell,
          related: [t.address(rr.row, rc.base), t.address(rr.row, rc.part)],
          expected: null,
          actual: num(p.value, 4),
          unit: 'persen',
          message: messages.atasNol({
            noun: rc.kind === 'serapan' ? 'Serapan' : 'Capaian',
            row: rowName(rr.row),
            stated: showValue(p.value, 'persen', p.decimals),
            what: rc.kind === 'serapan' ? 'pagu' : 'target',
            base: base ? showValue(base.value, rc.kind === 'serapan' ? 'rupiah' : 'angka', 2, rc.base.magnitude) : `"${t.text(rr.row, rc.base).trim()}" (nol)`,
          }),
        });
      }
    }
    for (const r of t.rows) {
      for (const col of t.columnsWhere(r, isDivZero)) {
        const cell = t.address(r, col);
        if (flagged.has(cell)) continue;
        ctx.report({ cell, expected: null, actual: '#DIV/0!', message: messages.div0({ cell, row: rowName(r) }) });
      }
    }
  },
});
