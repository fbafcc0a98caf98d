/**
 * persen-serapan (galat): a stated % serapan ≠ realisasi anggaran / pagu by one unit of its last shown digit or
 * more (Maluku: 436.802.132 / 547.279.000 is 79,81 %, not 98,91 %).
 */
import { Finding } from '../types';
import { Rule } from './index';
import { ratioColumns, ratioRows } from './ratios';
import { addr, asFigure, gridOf, num, ratioCheck, rowName, showValue } from './util';

export const persenSerapan: Rule = {
  id: 'persen-serapan',
  severity: 'galat',
  description: 'Persentase serapan yang tertulis harus sama dengan realisasi anggaran dibagi pagu.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      const grid = gridOf(ctx, t);
      for (const rc of ratioColumns(t).filter((x) => x.kind === 'serapan')) {
        for (const rr of ratioRows(grid, t, rc)) {
          const pagu = asFigure(rr.base);
          const realisasi = asFigure(rr.part);
          const stated = asFigure(rr.ratio);
          if (!pagu || !realisasi || !stated || pagu.num === 0) continue;
          // a serapan is computed from amounts: a "pagu" written as a percentage or a bound ("<5%") is not one
          if (pagu.unit === 'persen' || realisasi.unit === 'persen' || pagu.comparator || realisasi.comparator) continue;
          const check = ratioCheck(stated, realisasi, pagu);
          if (check.ok) continue;
          const computed = check.expected();
          const p = check.shown();
          findings.push({
            rule: 'persen-serapan',
            severity: 'galat',
            sheet: t.sheet,
            cell: addr(rr.row.row, rc.ratio.col),
            related: [addr(rr.row.row, rc.base.col), addr(rr.row.row, rc.part.col)],
            expected: num(computed, 2),
            actual: num(p.value, 4),
            message: `Serapan ${rowName(rr.row)} tertulis ${showValue(p.value, 'persen', p.decimals)}, padahal realisasi / pagu = ${showValue(realisasi.value, 'rupiah')} / ${showValue(pagu.value, 'rupiah')} = ${showValue(computed, 'persen')}.`,
          });
        }
      }
    }
    return findings;
  },
};
