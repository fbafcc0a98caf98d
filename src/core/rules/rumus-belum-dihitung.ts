/**
 * rumus-belum-dihitung (peringatan): figure cells that hold a formula but no result — a workbook written by a program
 * (a generator, a script) and never recalculated by Excel. Their figures cannot be checked, and saying nothing
 * would pass them off as checked; nor are they "empty" (kosong): the formula is there, its result is not.
 */
import { FIGURE_ROLES } from '../types';
import { defineRule } from './rule';
import { cellsRef, columnNoun } from './util';

const messages = {
  belumDihitung: (d: { n: number; noun: string; example: string; formula: string }) =>
    `${d.n} sel di kolom ${d.noun} berisi rumus tetapi hasilnya tidak tersimpan di berkas (misalnya ${d.example}: =${d.formula}): ` +
    'berkas belum pernah dihitung ulang oleh Excel, jadi angka ini tidak dapat diperiksa. Buka berkas di Excel, tekan ' +
    'Ctrl+Alt+F9 untuk menghitung ulang, simpan, lalu periksa lagi.',
};

export const rumusBelumDihitung = defineRule({
  meta: {
    id: 'rumus-belum-dihitung',
    severity: 'peringatan',
    category: 'cakupan',
    penjelasan:
      'Mencari sel angka yang berisi rumus tetapi tanpa hasil tersimpan, seperti pada berkas yang dibuat oleh program lain dan ' +
      'belum pernah dibuka serta disimpan di Excel. Hasil rumus itulah yang diperiksa; tanpa hasil, jumlah dan persentase di ' +
      'sel tersebut tidak dapat dinilai, sehingga perlu dihitung ulang di Excel sebelum diperiksa.',
    messages,
  },
  appliesTo: () => true,
  check(t, ctx) {
    for (const col of t.columns) {
      if (!col.role || !FIGURE_ROLES.has(col.role)) continue;
      const rows: number[] = [];
      let formula = '';
      for (const r of t.rows) {
        const f = t.formula(r, col);
        if (f === undefined) continue;
        const v = t.value(r, col);
        if (v !== null && !(typeof v === 'string' && v === '')) continue;
        if (!rows.length) formula = f;
        rows.push(r.row);
      }
      if (!rows.length) continue;
      const refs = cellsRef(rows, col.col);
      ctx.report({
        cell: refs[0],
        related: refs.length > 1 ? refs.slice(1, 12) : undefined,
        expected: null,
        actual: null,
        message: messages.belumDihitung({ n: rows.length, noun: columnNoun(col), example: t.address(rows[0], col), formula }),
      });
    }
  },
});
