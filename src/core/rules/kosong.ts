/**
 * kosong (peringatan): a capaian or % serapan cell left empty in a row whose target/pagu and realisasi are filled (not
 * a total row: nothing is rated on it).
 */
import { asFigure, ratioColumns, ratioRows } from '../ratios';
import { defineRule } from './rule';
import { rowName, subjectOf } from './util';

const messages = {
  kosong: (d: { noun: string; subject: string; base: string }) => `${d.noun} ${d.subject} kosong padahal ${d.base} dan realisasinya terisi.`,
};

export const kosong = defineRule({
  meta: {
    id: 'kosong',
    severity: 'peringatan',
    category: 'cakupan',
    penjelasan:
      'Mencari capaian atau persentase serapan yang dibiarkan kosong padahal target (atau pagu) dan realisasinya terisi. ' +
      'Baris seperti itu tidak ikut dinilai dan tidak mendapat predikat, sehingga laporan tampak lengkap padahal belum.',
    messages,
  },
  appliesTo: () => true,
  check(t, ctx) {
    for (const rc of ratioColumns(t)) {
      for (const rr of ratioRows(t, rc)) {
        // a JUMLAH / TOTAL row's percentage is often left out on purpose (an Excel Table's totals row, a sum line)
        if (rr.ratio.kind !== 'empty' || rr.row.level === 'total') continue;
        // a formula whose result was never calculated is not left empty (rumus-belum-dihitung says so)
        if (t.formula(rr.row, rc.ratio) !== undefined) continue;
        const base = asFigure(rr.base);
        const part = asFigure(rr.part);
        if (!base || !part || base.num === 0) continue;
        const serapan = rc.kind === 'serapan';
        // a negative amount (a SURPLUS/(DEFISIT) line, a reduction) is no budget to absorb: no serapan is owed
        if (serapan && base.num < 0) continue;
        ctx.report({
          cell: t.address(rr.row, rc.ratio),
          related: [t.address(rr.row, rc.base), t.address(rr.row, rc.part)],
          expected: null,
          actual: null,
          message: messages.kosong({
            noun: serapan ? 'Persentase serapan' : 'Capaian',
            subject: serapan ? rowName(rr.row) : subjectOf(t, rr.row, rc.ratio.col),
            base: serapan ? 'pagu' : 'target',
          }),
        });
      }
    }
  },
});
