/**
 * rumus-belum-dihitung (peringatan): figure cells that hold a formula but no result — a workbook written by a program
 * (a generator, a script) and never recalculated by Excel. Their figures cannot be checked, and saying nothing
 * would pass them off as checked; nor are they "empty" (kosong): the formula is there, its result is not.
 */
import Decimal from 'decimal.js';
import { formatIndonesian } from '../figures';
import { CellValue, isErrorValue } from '../snapshot';
import { FIGURE_ROLES } from '../types';
import { defineRule } from './rule';
import { cellsRef, columnName } from './util';

const messages = {
  belumDihitung: (d: { n: number; noun: string; example: string; formula: string }) =>
    `${d.n} sel di kolom ${d.noun} berisi rumus tetapi hasilnya tidak tersimpan di berkas (misalnya ${d.example}: =${d.formula}): ` +
    'berkas belum pernah dihitung ulang oleh Excel, jadi angka ini tidak dapat diperiksa. Buka berkas di Excel, tekan ' +
    'Ctrl+Alt+F9 untuk menghitung ulang, simpan, lalu periksa lagi.',
  dihitungLkjip: (d: { n: number; noun: string; example: string; formula: string; result: string }) =>
    `${d.n} sel di kolom ${d.noun} berisi rumus yang hasilnya belum dihitung oleh Excel (berkas dibuat oleh program lain); ` +
    `lkjip menghitung rumus itu sendiri seperti Excel dan memeriksa hasilnya (misalnya ${d.example}: =${d.formula} menghasilkan ${d.result}).`,
};

/** A computed result as the message shows it: a number in Indonesian notation, an error code, text in quotes. */
function shownResult(v: CellValue): string {
  if (typeof v === 'number') {
    // to Excel's 15 significant digits first: 106,03 − 95,5 is 10,53, not 10,530000000000001
    const d = new Decimal(Number(v.toPrecision(15)));
    return formatIndonesian(d, Math.min(4, d.decimalPlaces()));
  }
  if (isErrorValue(v)) return v.error;
  return `"${String(v ?? '')}"`;
}

export const rumusBelumDihitung = defineRule({
  meta: {
    id: 'rumus-belum-dihitung',
    severity: 'peringatan',
    category: 'cakupan',
    penjelasan:
      'Mencari sel angka yang berisi rumus tetapi tanpa hasil tersimpan, seperti pada berkas yang dibuat oleh program lain dan ' +
      'belum pernah dibuka serta disimpan di Excel. Hasil rumus itulah yang diperiksa; tanpa hasil, jumlah dan persentase di ' +
      'sel tersebut tidak dapat dinilai, sehingga perlu dihitung ulang di Excel sebelum diperiksa. Rumus yang umum pada ' +
      'laporan (aritmetika, SUM, AVERAGE, ROUND, IF, SUBTOTAL, …) dihitung sendiri oleh lkjip seperti Excel menghitungnya; ' +
      'hal itu dicatat sebagai info.',
    messages,
  },
  appliesTo: () => true,
  check(t, ctx) {
    for (const col of t.columns) {
      if (!col.role || !FIGURE_ROLES.has(col.role)) continue;
      const rows: number[] = [];
      const computed: number[] = [];
      let formula = '';
      for (const r of t.rows) {
        const f = t.formula(r, col);
        if (f === undefined) continue;
        if (t.recalculated(r, col)) {
          computed.push(r.row);
          continue;
        }
        // (an empty text is a result: =IFERROR(E5/D5*100;"") over an empty target shows nothing, as its author meant)
        if (t.value(r, col) !== null) continue;
        if (!rows.length) formula = f;
        rows.push(r.row);
      }
      if (computed.length) {
        const refs = cellsRef(computed, col.col, t);
        const first = computed[0];
        const v = t.value(first, col);
        ctx.report({
          severity: 'info',
          cell: refs[0],
          related: refs.length > 1 ? refs.slice(1, 12) : undefined,
          message: messages.dihitungLkjip({
            n: computed.length,
            noun: columnName(col),
            example: t.address(first, col),
            formula: t.formula(first, col) as string,
            result: shownResult(v),
          }),
        });
      }
      if (!rows.length) continue;
      const refs = cellsRef(rows, col.col, t);
      ctx.report({
        cell: refs[0],
        related: refs.length > 1 ? refs.slice(1, 12) : undefined,
        expected: null,
        actual: null,
        message: messages.belumDihitung({ n: rows.length, noun: columnName(col), example: t.address(rows[0], col), formula }),
      });
    }
  },
});
