/**
 * persen-bagian (galat): a percentage column that states each row's share of its column's total — "Jumlah Indikator |
 * Persentase" in a recap of capaian by category, "Jumlah Pegawai | %" by rank or schooling, "Jumlah Sarana | %" by
 * kecamatan — where one row's share is not its figure ÷ the total × 100. The total is the table's JUMLAH row, else the
 * rows' own sum; which column the shares are of, the figures decide.
 *
 * Certainty, as persen-kolom's: the shares must hold on at least MIN_AGREEING rows that say something (a figure that is
 * neither zero nor the whole) and on three rows in four; another column whose shares explain the column as well makes
 * it ambiguous (nothing is said). Only in a flat list with at most one total row: in a hierarchy a share may be of a
 * parent, and under sub-totals of a group.
 */
import Decimal from 'decimal.js';
import { Figure, makeFigure } from '../figures';
import { displayUnit, ratioCheck, sumFigures } from '../measures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { TableColumn, TableRow } from '../types';
import { isChangeHeader, isWeightedHeader, isWeightHeader } from '../vocabulary';
import { bestFormula, brokenFormula, columnNamed as named, formulaHolds, MIN_AGREEING, NOT_INPUT, productOfColumns, SAMPLE_ROWS } from './column-formula';
import { defineRule } from './rule';
import { headerLeaf, num, rowName, showValue, unitClass } from './util';

const messages = { bagian: brokenFormula };

/** Percentages no share is read from: the measures their own rules recompute, or that no total divides. */
const NOT_SHARE: ReadonlySet<string> = new Set(['capaian', 'serapan', 'efisiensi', 'target', 'realisasi', 'predikat', 'interval']);

interface Candidate {
  of: TableColumn;
  /** The whole the shares are of: the JUMLAH row's figure, or the rows' sum. */
  whole: Figure;
  /** Where the whole stands: the JUMLAH row's cell, or the range summed. */
  wholeAt: string;
  agreeing: number;
  bad: Array<{ row: TableRow; stated: Figure; part: Figure }>;
}

function judge(t: TableModel, rows: TableRow[], col: TableColumn, of: TableColumn, whole: Figure, wholeAt: string): Candidate {
  const out: Candidate = { of, whole, wholeAt, agreeing: 0, bad: [] };
  for (let i = 0; i < rows.length; i++) {
    // (given up once the rows left, all agreeing, could no longer outweigh the broken ones)
    if (!formulaHolds(out.agreeing + rows.length - i, out.bad.length)) return { ...out, agreeing: 0 };
    const row = rows[i];
    const stated = asFigure(t.figure(row, col));
    const part = asFigure(t.figure(row, of));
    if (!stated || !part || stated.comparator || part.comparator) continue;
    if (ratioCheck(stated, part, whole).ok) {
      // (0 % of nothing and 100 % of the whole say nothing of which column the shares are of)
      if (part.num !== 0 && part.num !== whole.num) out.agreeing++;
    } else out.bad.push({ row, stated, part });
  }
  return formulaHolds(out.agreeing, out.bad.length) ? out : { ...out, agreeing: 0 };
}

/** The rows' figures in a column summed, as a figure (undefined where one of them is no figure). */
function sumOf(t: TableModel, rows: TableRow[], col: TableColumn): Figure | undefined {
  const figs: Figure[] = [];
  for (const r of rows) {
    const f = t.figure(r, col);
    if (f.kind === 'empty') continue;
    const x = asFigure(f);
    if (!x || x.comparator) return undefined;
    figs.push(x);
  }
  if (figs.length === 0) return undefined;
  const sum = sumFigures(figs);
  return makeFigure(sum.toNumber(), sum, { unit: 'angka', fromText: false, decimals: figs.reduce((d, f) => Math.max(d, f.decimals), 0) });
}

export const persenBagian = defineRule({
  meta: {
    id: 'persen-bagian',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Mencari kolom persentase yang menyatakan bagian tiap baris dari jumlah kolomnya — jumlah indikator per kategori capaian, ' +
      'jumlah pegawai per golongan, jumlah sarana per kecamatan — dengan JUMLAH tabel (atau jumlah barisnya) sebagai 100 %: bila ' +
      'hampir semua barisnya cocok, baris yang tidak cocok hampir pasti salah hitung atau salah ketik.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian',
  check(t, ctx) {
    if (t.hasHierarchy()) return;
    const totals = t.rows.filter((r) => r.level === 'total');
    if (totals.length > 1) return;
    const total = totals[0];
    const rows = t.rows.filter((r) => r.level !== 'section' && r.level !== 'total');
    if (rows.length < MIN_AGREEING + 1) return;
    const sample = rows.length > SAMPLE_ROWS ? rows.slice(0, SAMPLE_ROWS) : rows;
    // each column's wholes, worked out once for every percentage column beside it (a data table has dozens of each)
    const wholesByColumn = new Map<TableColumn, Array<[Figure, string]>>();
    const wholesOf = (of: TableColumn): Array<[Figure, string]> => {
      let wholes = wholesByColumn.get(of);
      if (wholes) return wholes;
      const summed = sumOf(t, rows, of);
      const range = `${t.address(rows[0], of)}:${t.address(rows[rows.length - 1], of)}`;
      const stated = total ? asFigure(t.figure(total, of)) : undefined;
      // the JUMLAH row's figure, and the rows' own sum where it differs (a JUMLAH typed wrong is jumlah-total's finding)
      wholes = [];
      if (stated && !stated.comparator && stated.num > 0) wholes.push([stated, t.address(total, of)]);
      if (summed && summed.num > 0 && !(stated && stated.value.equals(summed.value))) wholes.push([summed, range]);
      wholesByColumn.set(of, wholes);
      return wholes;
    };
    for (const col of t.columns) {
      if (
        col.unit !== 'percent' ||
        (col.role && NOT_SHARE.has(col.role)) ||
        isChangeHeader(col.header) ||
        isWeightHeader(col.header) ||
        isWeightedHeader(col.header)
      )
        continue;
      const inputs = t.columns.filter(
        (c) => c !== col && !(c.role && NOT_INPUT.has(c.role)) && (unitClass(c.unit) === 'count' || unitClass(c.unit) === 'money'),
      );
      const found: Candidate[] = [];
      for (const of of inputs) {
        for (const [whole, at] of wholesOf(of)) {
          // (tried on the first rows before every row: a long list costs one walk per share that may be the column's)
          if (sample !== rows && judge(t, sample, col, of, whole, at).agreeing === 0) continue;
          const c = judge(t, rows, col, of, whole, at);
          if (c.agreeing > 0) found.push(c);
        }
      }
      // shares of another column (or of another whole) that explain the column as well: not certain which
      const best = bestFormula(found);
      if (!best) continue;
      // (every row a weight times a measure, the rows off the share too: the share was a coincidence)
      if (best.bad.length && productOfColumns(t, rows, col, t.columns)) continue;
      const bad = [...best.bad];
      // the JUMLAH row's share is the whole: 100 %, give or take the rounding of the shares it adds up
      const totalShare = total ? asFigure(t.figure(total, col)) : undefined;
      const hundred = makeFigure(100, 100, { unit: 'angka', fromText: false, decimals: 0 });
      if (total && totalShare && !totalShare.comparator && !ratioCheck(totalShare, best.whole, best.whole).ok) {
        const shown = ratioCheck(totalShare, hundred, hundred).shown();
        const slack = displayUnit(shown.decimals).times(rows.length).div(2);
        if (shown.value.minus(100).abs().greaterThan(slack)) {
          // a JUMLAH that adds up its rows' shares as written and falls short of 100 % by more than their wrong shares
          // account for: the shares are of something else (% AKE, each food group's energy over the 2 100 kcal
          // standard, near its total by chance), not of this whole
          const statedShares = sumOf(t, rows, col);
          let wrong = new Decimal(0);
          for (const b of best.bad) wrong = wrong.plus(b.stated.value.minus(b.part.value.div(best.whole.value).times(100)));
          const addsUp = !!statedShares && statedShares.value.minus(shown.value).abs().lessThanOrEqualTo(slack);
          if (addsUp && shown.value.minus(wrong).minus(100).abs().greaterThan(slack)) continue;
          bad.push({ row: total, stated: totalShare, part: best.whole });
        }
      }
      for (const { row, stated, part } of bad) {
        // (a share of the figure a sum rule says the row should hold: that figure is the wrong one)
        const corrected = ctx.corrected(t.sheet, t.address(row, best.of));
        if (corrected !== undefined && ratioCheck(stated, makeFigure(corrected, corrected, { unit: 'angka', fromText: false, decimals: -1 }), best.whole).ok)
          continue;
        const expected = part.value.div(best.whole.value).times(100);
        const shown = ratioCheck(stated, part, best.whole).shown();
        const partCell = t.address(row, best.of);
        const a = showValue(part.value, 'angka');
        const b = showValue(best.whole.value, 'angka');
        ctx.report({
          cell: t.address(row, col),
          related: row === total ? [partCell] : [partCell, best.wholeAt],
          expected: num(expected, 2),
          actual: num(shown.value, 4),
          unit: 'persen',
          computation: `${partCell} ÷ ${best.wholeAt} × 100 = ${a} ÷ ${b} × 100 = ${showValue(expected, 'persen')}`,
          message: messages.bagian({
            column: headerLeaf(col.header, 'Persentase'),
            row: rowName(row),
            stated: showValue(shown.value, 'persen', shown.decimals),
            formula: `${named(best.of)} ÷ jumlahnya × 100 = ${a} ÷ ${b} × 100`,
            expected: showValue(expected, 'persen'),
            agreeing: best.agreeing,
          }),
        });
      }
    }
  },
});
