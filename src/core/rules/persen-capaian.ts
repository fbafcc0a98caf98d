/**
 * persen-capaian (galat): a stated capaian ≠ realisasi / target (respecting lower-is-better indicators) by one
 * unit of its last shown digit or more. Metro's 101,54 for 69,16 / 68,14 (= 101,497) is a real error.
 */
import { Finding } from '../types';
import { Rule } from './index';
import { capaianCandidates, negativePolarity, ratioColumns, ratioRows } from './ratios';
import { addr, asFigure, gridOf, num, percentOf, ratioCheck, showValue, subjectOf, withinDisplay } from './util';

export const persenCapaian: Rule = {
  id: 'persen-capaian',
  severity: 'galat',
  description: 'Capaian yang tertulis harus sama dengan realisasi dibagi target (dalam batas pembulatan tampilan).',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      const grid = gridOf(ctx, t);
      for (const rc of ratioColumns(t).filter((x) => x.kind === 'capaian')) {
        for (const rr of ratioRows(grid, t, rc)) {
          const base = asFigure(rr.base);
          const part = asFigure(rr.part);
          const stated = asFigure(rr.ratio);
          if (!base || !part || !stated || base.value.isZero()) continue;
          const negative = negativePolarity(grid, t, rr.row, base);
          if (!negative && ratioCheck(stated, part, base).ok) continue;
          const cands = capaianCandidates(grid, t, rr.row, base, part);
          const p = percentOf(stated, cands[0]);
          if (cands.some((c) => withinDisplay(p.value, p.decimals, c))) continue;
          const expected = cands[0];
          findings.push({
            rule: 'persen-capaian',
            severity: 'galat',
            sheet: t.sheet,
            cell: addr(rr.row.row, rc.ratio.col),
            related: [addr(rr.row.row, rc.base.col), addr(rr.row.row, rc.part.col)],
            expected: num(expected, 2),
            actual: num(p.value, 4),
            message: negative
              ? `Capaian ${subjectOf(grid, t, rr.row, rc.ratio.col)} tertulis ${showValue(p.value, 'persen', p.decimals)}, padahal untuk indikator yang makin kecil makin baik (2 × target − realisasi) / target = ${showValue(expected, 'persen')}.`
              : `Capaian ${subjectOf(grid, t, rr.row, rc.ratio.col)} tertulis ${showValue(p.value, 'persen', p.decimals)}, padahal realisasi / target = ${showValue(part.value, 'angka')} / ${showValue(base.value, 'angka')} = ${showValue(expected, 'persen')}.`,
          });
        }
      }
    }
    return findings;
  },
};
