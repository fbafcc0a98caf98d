/**
 * bobot-kolom (galat): a weighted figure — "Nilai Tertimbang", "Capaian Terbobot", "Bobot × Capaian" — that the
 * table works out on each row as the row's weight ("Bobot", "Bobot (%)") times one of its measures (the capaian, a
 * progress, a score), divided by 100 where the weight is in percent, where one row is not. A weighted capaian of the
 * IKU of a sasaran, an evaluation's components: the weights are given, the products are computed, and a product typed
 * wrong changes the whole's weighted score.
 *
 * Certainty, as the other rules that find a column's formula from the figures (column-formula): the product must hold
 * on at least MIN_AGREEING rows that say something (neither factor zero, the measure not 1 or 100 where the product
 * would be the weight itself) and on three rows in four; another column that explains the products as well makes it
 * ambiguous (nothing is said). Total and average rows are the sums' to judge (jumlah-total), never a product.
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { showsComputed } from '../measures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { TableColumn, TableRow } from '../types';
import { isWeightedHeader, isWeightHeader } from '../vocabulary';
import { bestFormula, brokenFormula, formulaHolds, MIN_AGREEING, NOT_INPUT, reportBroken, SAMPLE_ROWS } from './column-formula';
import { defineRule } from './rule';
import { unitClass } from './util';

const messages = { bobotKolom: brokenFormula };

/** The capaian an office may count a row's weight to at most, where its capaian is above. */
const CAPS = [100, 120];

interface Candidate {
  /** 0,01 where the weight is in percent ("Bobot (%)": 30 × 95,2 ÷ 100), 1 where it is a fraction (0,3 × 95,2). */
  scale: number;
  weight: TableColumn;
  measure: TableColumn;
  agreeing: number;
  /** Each row that breaks it: a the weight, b the measure. */
  bad: Array<{ row: TableRow; stated: Figure; a: Figure; b: Figure; expected: Decimal }>;
}

function judge(
  t: TableModel,
  rows: readonly TableRow[],
  col: TableColumn,
  weight: TableColumn,
  measure: TableColumn,
  scale: number,
  corrected: (cell: string) => number | undefined,
): Candidate {
  const out: Candidate = { scale, weight, measure, agreeing: 0, bad: [] };
  for (const row of rows) {
    const stated = asFigure(t.statedFigure(row, col));
    const w = asFigure(t.figure(row, weight));
    const m = asFigure(t.figure(row, measure));
    if (!stated || !w || !m || stated.comparator || w.comparator || m.comparator) continue;
    const expected = w.value.times(m.value).times(scale);
    if (showsComputed(stated, expected)) {
      // (a weight of nothing, or a measure that leaves the weight as it is, says nothing of which column it weighs)
      if (w.num !== 0 && m.num !== 0 && m.num * scale !== 1) out.agreeing++;
      continue;
    }
    // a measure another rule found wrong (a capaian typed wrong): the product of the one it should hold is no error
    const fixed = corrected(t.address(row, measure));
    if (fixed !== undefined && showsComputed(stated, w.value.times(fixed).times(scale))) continue;
    // nor a capaian over 100 % weighed at the cap the office counts to (100 %, or Permendagri 86's 120 %)
    if (CAPS.some((cap) => m.num > cap && showsComputed(stated, w.value.times(cap).times(scale)))) continue;
    out.bad.push({ row, stated, a: w, b: m, expected });
  }
  return formulaHolds(out.agreeing, out.bad.length) ? out : { ...out, agreeing: 0 };
}

export const bobotKolom = defineRule({
  meta: {
    id: 'bobot-kolom',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Mencari kolom nilai tertimbang — nilai tertimbang, capaian terbobot, bobot × capaian — yang dihitung dari bobot ' +
      'baris itu dikali salah satu ukurannya (capaian, progres, skor), dibagi 100 bila bobotnya dalam persen: bila hampir ' +
      'semua barisnya cocok dengan rumus itu, baris yang tidak cocok hampir pasti salah hitung atau salah ketik, dan nilai ' +
      'kinerja keseluruhan ikut salah.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian',
  check(t, ctx) {
    // (a "Bobot x Capaian" opens with the weight's word but is the product)
    const weights = t.columns.filter((c) => isWeightHeader(c.header) && !isWeightedHeader(c.header) && unitClass(c.unit));
    if (weights.length === 0) return;
    // the rows of a product: no heading, no total or average (their sums and means are jumlah-total's)
    const rows = t.rows.filter((r) => r.level !== 'section' && r.level !== 'total');
    if (rows.length < MIN_AGREEING) return;
    const sample = rows.length > SAMPLE_ROWS ? rows.slice(0, SAMPLE_ROWS) : rows;
    const corrected = (cell: string) => ctx.corrected(t.sheet, cell);
    for (const col of t.columns) {
      // a weighted figure by its header, or a figure right of the weights that names no measure of its own ("Nilai",
      // "Skor"): the figures decide whether it is a product
      const weighted = isWeightedHeader(col.header);
      if (!weighted && (weights.some((w) => w.col > col.col) || (col.role && col.role !== 'nilai' && col.role !== 'jumlah'))) continue;
      if (weights.includes(col) || !unitClass(col.unit)) continue;
      // (a product stands right of its factors: "Bobot | Nilai | %" is a score and its share of the weight, the %
      // persen-kolom's to judge, never the score a product of the weight and its own share)
      const measures = t.columns.filter(
        (c) =>
          c.col < col.col &&
          !weights.includes(c) &&
          !(c.role && NOT_INPUT.has(c.role)) &&
          unitClass(c.unit) &&
          unitClass(c.unit) !== 'money' &&
          !isWeightedHeader(c.header),
      );
      const found: Candidate[] = [];
      for (const weight of weights) {
        if (weight.col > col.col) continue;
        for (const measure of measures)
          for (const scale of [0.01, 1]) {
            if (sample !== rows && judge(t, sample, col, weight, measure, scale, corrected).agreeing === 0) continue;
            const c = judge(t, rows, col, weight, measure, scale, corrected);
            if (c.agreeing > 0) found.push(c);
          }
      }
      // another measure that explains the column as well: which one the table weighs is not certain
      const best = bestFormula(found);
      if (!best) continue;
      const tail = best.scale === 1 ? '' : ' ÷ 100';
      reportBroken(t, ctx, col, { a: best.weight, b: best.measure, op: '×', tail, agreeing: best.agreeing, bad: best.bad }, 'Nilai Tertimbang');
    }
  },
});
