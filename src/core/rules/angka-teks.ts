/** angka-teks (peringatan): figures stored as text where numbers belong; one finding per column of a table. */
import { Finding, FIGURE_ROLES } from '../types';
import { Rule } from './index';
import { addr, columnNoun, figureAt, gridOf } from './util';

export const angkaTeks: Rule = {
  id: 'angka-teks',
  severity: 'peringatan',
  description: 'Angka yang tersimpan sebagai teks tidak dapat dihitung Excel.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      if (t.kind === 'skala-penilaian') continue;
      const grid = gridOf(ctx, t);
      for (const col of t.columns) {
        if (!col.role || !FIGURE_ROLES.has(col.role)) continue;
        const rows: number[] = [];
        let example = '';
        for (const r of t.rows) {
          const f = figureAt(grid, r.row, col.col);
          if (f.kind === 'figure' && f.fromText && !f.comparator && !f.unitText) {
            rows.push(r.row);
            if (!example) example = String(grid.value(r.row, col.col)).trim();
          }
        }
        if (rows.length === 0) continue;
        const first = addr(rows[0], col.col);
        const last = addr(rows[rows.length - 1], col.col);
        findings.push({
          rule: 'angka-teks',
          severity: 'peringatan',
          sheet: t.sheet,
          cell: rows.length === 1 ? first : `${first}:${last}`,
          expected: null,
          actual: example,
          message: `${rows.length} angka di kolom ${columnNoun(col)} tersimpan sebagai teks (misalnya "${example}"); ubah menjadi angka agar Excel dapat menjumlahkan dan menghitungnya.`,
        });
      }
    }
    return findings;
  },
};
