/** kosong (peringatan): a capaian or % serapan cell left empty in a row whose target/pagu and realisasi are filled. */
import { Finding } from '../types';
import { Rule } from './index';
import { ratioColumns, ratioRows } from './ratios';
import { addr, asFigure, gridOf, rowName, subjectOf } from './util';

export const kosong: Rule = {
  id: 'kosong',
  severity: 'peringatan',
  description: 'Capaian atau persentase serapan kosong padahal target/pagu dan realisasinya terisi.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      const grid = gridOf(ctx, t);
      for (const rc of ratioColumns(t)) {
        for (const rr of ratioRows(grid, t, rc)) {
          if (rr.ratio.kind !== 'empty') continue;
          const base = asFigure(rr.base);
          const part = asFigure(rr.part);
          if (!base || !part || base.value.isZero()) continue;
          const noun = rc.kind === 'serapan' ? 'Persentase serapan' : 'Capaian';
          findings.push({
            rule: 'kosong',
            severity: 'peringatan',
            sheet: t.sheet,
            cell: addr(rr.row.row, rc.ratio.col),
            related: [addr(rr.row.row, rc.base.col), addr(rr.row.row, rc.part.col)],
            expected: null,
            actual: null,
            message: `${noun} ${rc.kind === 'serapan' ? rowName(rr.row) : subjectOf(grid, t, rr.row, rc.ratio.col)} kosong padahal ${rc.kind === 'serapan' ? 'pagu' : 'target'} dan realisasinya terisi.`,
          });
        }
      }
    }
    return findings;
  },
};
