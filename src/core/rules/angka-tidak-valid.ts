/**
 * angka-tidak-valid: a figure that cannot be read without guessing ("123.476.67,-"). A galat when it breaks a sum
 * (a total row fills its column, or its row is a parent or a child) or the same figure stands readable elsewhere; else
 * a peringatan. An amount rounded in words ("Rp 750 juta") is always a peringatan: nothing it says is wrong.
 */
import { sheetRef } from '../address';
import { FIGURE_ROLES, TableRow } from '../types';
import { normaliseName } from '../vocabulary';
import { Fact } from './facts';
import { facts } from './lintas-sheet';
import { defineRule, RuleContext } from './rule';
import { columnName, rowName, showValue } from './util';

const messages = {
  tidakTerbaca: (d: { noun: string; row: string; text: string; reason: string; why: string }) =>
    `${d.noun} ${d.row} tertulis "${d.text}" dan tidak dapat dibaca sebagai angka (${d.reason}).${d.why}`,
  diTempatLain: (d: { where: string; value: string }) => ` Di ${d.where} angka yang sama tertulis ${d.value}.`,
  ikutDijumlah: () => ' Angka ini ikut dijumlahkan, sehingga jumlahnya tidak dapat diperiksa.',
};

/** Readable figures of each name and measure, indexed once per run. */
function readableIndex(ctx: RuleContext): Map<string, Fact[]> {
  return ctx.memo('readable-facts', () => {
    const readable = new Map<string, Fact[]>();
    for (const list of facts(ctx).values()) {
      for (const x of list) {
        if (x.figure.kind !== 'figure' || x.derivedFrom) continue;
        const k = `${x.normName}|${x.measure}`;
        const l = readable.get(k);
        if (l) l.push(x);
        else readable.set(k, [x]);
      }
    }
    return readable;
  });
}

export const angkaTidakValid = defineRule({
  meta: {
    id: 'angka-tidak-valid',
    severity: 'peringatan',
    category: 'angka',
    penjelasan:
      'Mencari angka yang tidak dapat dibaca tanpa menebak, misalnya "123.476.67,-" (titik ribuan di tempat yang salah). Angka ' +
      'seperti itu tidak dihitung oleh siapa pun; menjadi galat bila ikut dijumlahkan (kolomnya punya total, atau barisnya induk ' +
      'atau rincian) atau bila angka yang sama tertulis benar di tabel lain, dan peringatan bila tidak.',
    messages,
  },
  check(t, ctx) {
    const totalRows = t.rows.filter((r) => r.level === 'total');
    const parents = new Set(t.rows.map((r) => r.parent).filter((p) => p !== undefined));
    const figureCols = t.columns.filter((c) => c.role && FIGURE_ROLES.has(c.role));
    // a row of dates and no figure in the figure columns ("Tanggal | 30/06/2024 | 31/12/2024" under the header): the dates
    // name the columns, no figure was meant there
    const datesOnly = (row: TableRow): boolean => {
      let dates = 0;
      for (const c of figureCols) {
        const g = t.figure(row, c);
        if (g.kind === 'invalid' && g.date) dates++;
        else if (g.kind === 'figure' || g.kind === 'invalid') return false;
      }
      return dates >= 2;
    };
    for (const col of figureCols) {
      // a column is summed (or averaged) where a total row fills it: "Rata-rata" under the capaian alone sums no target
      const totalled = totalRows.some((r) => t.figureKind(r, col) !== 'empty');
      for (const row of t.rows) {
        if (t.figureKind(row, col) !== 'invalid') continue;
        const f = t.figure(row, col);
        if (f.kind !== 'invalid' || (f.date && datesOnly(row))) continue;
        const cell = t.address(row, col);
        // a rounded amount in words ("Rp 750 juta") or figures stacked one per line stop a sum from being checked, yet
        // contradict nothing: a peringatan
        const readable = f.abbreviated || f.stacked;
        const inSum = !readable && (totalled || (t.hierarchy === 'style' && (row.parent !== undefined || parents.has(row.row))));
        const elsewhere = (readableIndex(ctx).get(`${normaliseName(row.label)}|${col.role}`) ?? []).find((x) => !(x.table === t && x.cell === cell));
        const where = elsewhere ? (elsewhere.table.sheet === t.sheet ? elsewhere.cell : sheetRef(elsewhere.table.sheet, elsewhere.cell)) : undefined;
        const why =
          elsewhere && where && elsewhere.figure.kind === 'figure'
            ? messages.diTempatLain({
                where,
                value: showValue(elsewhere.figure.value, col.role === 'anggaran' || col.role === 'realisasi-anggaran' ? 'rupiah' : 'angka'),
              })
            : inSum
              ? messages.ikutDijumlah()
              : '';
        ctx.report({
          severity: inSum || (elsewhere && !readable) ? 'galat' : 'peringatan',
          cell,
          related: where ? [where] : undefined,
          expected: null,
          actual: f.text,
          message: messages.tidakTerbaca({ noun: columnName(col), row: rowName(row), text: f.text, reason: f.reason, why }),
        });
      }
    }
  },
});
