/** angka-teks (peringatan): figures stored as text where numbers belong; one finding per column of a table. */
import { a1 } from '../address';
import { FIGURE_ROLES } from '../types';
import { defineRule } from './rule';
import { columnName } from './util';

const messages = {
  teks: (d: { count: number; column: string; example: string }) =>
    `${d.count} angka di kolom ${d.column} tersimpan sebagai teks (misalnya "${d.example}"); ubah menjadi angka agar Excel dapat menjumlahkan dan menghitungnya.`,
};

export const angkaTeks = defineRule({
  meta: {
    id: 'angka-teks',
    severity: 'peringatan',
    category: 'angka',
    penjelasan:
      'Mencari angka yang tersimpan sebagai teks ("Rp 84.000.000", "97,62 %") di kolom angka. Excel tidak ikut menjumlahkan ' +
      'atau menghitung teks: SUM melewatinya tanpa peringatan, sehingga total dan persentase yang dihitung dengan rumus bisa ' +
      'salah tanpa terlihat.',
    messages,
  },
  check(t, ctx) {
    for (const col of t.columns) {
      if (!col.role || !FIGURE_ROLES.has(col.role)) continue;
      const rows: number[] = [];
      let example = '';
      for (const r of t.rows) {
        // only text is typed as text: a stored number is never one of these (no figure made for it)
        if (typeof t.value(r, col) !== 'string') continue;
        const f = t.figure(r, col);
        if (f.kind === 'figure' && f.fromText && !f.comparator && !f.unitText) {
          rows.push(r.row);
          if (!example) example = String(t.value(r, col)).trim();
        }
      }
      if (rows.length === 0) continue;
      // (a column cut in two spans both halves: "G2:H6", its rows' figures in either)
      const left = col.twin === undefined ? col.col : Math.min(col.col, col.twin);
      const right = col.twin === undefined ? col.col : Math.max(col.col, col.twin);
      ctx.report({
        cell: rows.length === 1 ? t.address(rows[0], col) : `${a1(rows[0], left)}:${a1(rows[rows.length - 1], right)}`,
        expected: null,
        actual: example,
        message: messages.teks({ count: rows.length, column: columnName(col), example }),
      });
    }
  },
});
