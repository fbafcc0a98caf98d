/**
 * pembagian-nol: #DIV/0! in a table (peringatan), or a percentage stated over a zero base (galat: 100 % for Rp 0
 * realised of a Rp 0 pagu is not a figure anyone computed).
 */
import { Finding } from '../types';
import { Rule } from './index';
import { ratioColumns, ratioRows } from './ratios';
import { addr, asFigure, gridOf, num, percentOf, rowName, showValue } from './util';
import { isErrorValue } from '../snapshot';

export const pembagianNol: Rule = {
  id: 'pembagian-nol',
  severity: 'peringatan',
  description: 'Pembagian dengan nol: #DIV/0! di tabel, atau persentase yang ditulis padahal pembaginya nol.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      const grid = gridOf(ctx, t);
      const flagged = new Set<string>();
      for (const rc of ratioColumns(t)) {
        for (const rr of ratioRows(grid, t, rc)) {
          const base = asFigure(rr.base);
          const stated = asFigure(rr.ratio);
          if (!base || !stated || !base.value.isZero()) continue;
          const p = percentOf(stated);
          const what = rc.kind === 'serapan' ? 'pagu' : 'target';
          const cell = addr(rr.row.row, rc.ratio.col);
          flagged.add(cell);
          findings.push({
            rule: 'pembagian-nol',
            severity: 'galat',
            sheet: t.sheet,
            cell,
            related: [addr(rr.row.row, rc.base.col), addr(rr.row.row, rc.part.col)],
            expected: null,
            actual: num(p.value, 4),
            message: `${rc.kind === 'serapan' ? 'Serapan' : 'Capaian'} ${rowName(rr.row)} tertulis ${showValue(p.value, 'persen', p.decimals)}, padahal ${what}nya ${showValue(base.value, rc.kind === 'serapan' ? 'rupiah' : 'angka')}: persentase atas nol tidak dapat dihitung.`,
          });
        }
      }
      for (const r of t.rows) {
        for (const c of grid.rowCells(r.row)) {
          if (c.col < t.range.left || c.col > t.range.right) continue;
          const v = c.value;
          if (!isErrorValue(v) || v.error !== '#DIV/0!') continue;
          const cell = addr(r.row, c.col);
          if (flagged.has(cell)) continue;
          findings.push({
            rule: 'pembagian-nol',
            severity: 'peringatan',
            sheet: t.sheet,
            cell,
            expected: null,
            actual: '#DIV/0!',
            message: `Sel ${cell} (${rowName(r)}) berisi #DIV/0!: pembaginya nol atau kosong; tulis "-" atau isi pembaginya.`,
          });
        }
      }
    }
    return findings;
  },
};
