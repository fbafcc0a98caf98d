/**
 * persen-kolom (galat): a percentage column that the table evidently computes from two of its other columns — most of
 * its rows are column A ÷ column B × 100 to their shown digits ("Jumlah Terlayani ÷ Jumlah Sasaran" in an SPM table,
 * "Sudah Ditindaklanjuti ÷ Jumlah Rekomendasi" in an inspectorate's follow-up table) — where one row is not. Only for
 * percentages the capaian and serapan rules do not already recompute from their target or pagu: whatever the table's
 * kind, whatever the headers call the columns, the figures decide.
 *
 * Certainty: the formula must hold on at least MIN_AGREEING rows that say something (the two figures differ, neither
 * is zero) and on three rows in four; a second pair of columns that explains the column as well makes it ambiguous
 * (nothing is said). A row stated as the inverse ratio or as 2 − A ÷ B (a lower-is-better indikator's capaian) is
 * read as that, not as an error.
 */
import Decimal from 'decimal.js';
import { Figure, makeFigure } from '../figures';
import { holdsPercent, mayStatePercent, percentOf, ratioCheck, sumFigures, withinInputRounding } from '../measures';
import { TableModel } from '../model';
import { agreesWithSummedParts, asFigure, ratioColumns, ratioFollowsInputs, statesAny } from '../ratios';
import { firstAtLeast } from '../sorted';
import { TableColumn, TableRow } from '../types';
import { isChangeHeader, isWeightedHeader } from '../vocabulary';
import { bestFormula, formulaHolds, MIN_AGREEING, NOT_INPUT, productOfColumns, SAMPLE_ROWS } from './column-formula';
import { defineRule } from './rule';
import { headerLeaf, num, roundedFromRupiah, rowName, showValue, unitClass } from './util';

const messages = {
  rumus: (d: { row: string; column: string; stated: string; part: string; base: string; a: string; b: string; expected: string; agreeing: number }) =>
    `${d.column} ${d.row} tertulis ${d.stated}, padahal ${d.part} ÷ ${d.base} × 100 = ${d.a} ÷ ${d.b} × 100 = ${d.expected} ` +
    `(${d.agreeing} baris lain di kolom ini dihitung dengan rumus itu).`,
};

/** Beyond this many input columns, sums of two are not tried (a wide data table, not a report's). */
const MAX_SUM_INPUTS = 12;

/** …and an efisiensi, itself worked out from percentages. */
const NOT_INPUT_HERE = new Set([...NOT_INPUT, 'efisiensi']);

interface Pair {
  /** The part: one column, or two added up ("Baik + Sedang" of a road's length, the share in a steady condition). */
  parts: TableColumn[];
  base: TableColumn;
  /** Money in thousands or millions among them: a share of the rupiah they were rounded from agrees. */
  rounded: boolean;
  agreeing: number;
  bad: Array<{ row: TableRow; stated: Figure; a: Figure; b: Figure }>;
}

/** The figures of a row the formula can be judged on: a stated percentage, a part and a non-zero base. */
function figuresAt(t: TableModel, row: TableRow, ratio: TableColumn, parts: TableColumn[], base: TableColumn) {
  const stated = asFigure(t.statedFigure(row, ratio));
  if (!stated) return undefined;
  const b = asFigure(t.figure(row, base));
  if (!b || b.num === 0) return undefined;
  const figs: Figure[] = [];
  for (const c of parts) {
    const f = asFigure(t.figure(row, c));
    if (!f) return undefined;
    figs.push(f);
  }
  const a =
    figs.length === 1
      ? figs[0]
      : makeFigure(
          figs.reduce((x, f) => x + f.num, 0),
          sumFigures(figs),
          { unit: figs[0].unit, fromText: false, decimals: Math.max(...figs.map((f) => f.decimals)) },
        );
  return { stated, a, b };
}

/** Whether the stated figure is the inverse ratio or a lower-is-better capaian (2 − A ÷ B) of the same figures. */
function otherReading(stated: Figure, a: Figure, b: Figure): boolean {
  // (either held to its stored digits where it is stored finer than it shows: one that shows the other reading only
  // rounded — 1,0213 under "0%" beside 4.603 of 4.710, where the inverse is 102,32 % and 2 − A ÷ B 102,27 % — is typed
  // off every reading)
  if (a.num !== 0 && ratioCheck(stated, b, a).ok && holdsPercent(stated, b.value.div(a.value).times(100))) return true;
  // (exactly only where the float says it may be: a wide table's pairs are judged on thousands of rows)
  if (!mayStatePercent(stated, (2 - a.num / b.num) * 100)) return false;
  return holdsPercent(stated, new Decimal(2).minus(a.value.div(b.value)).times(100));
}

/**
 * `totals`: the JUMLAH/TOTAL rows, whose percentage of their own sums (Σ A ÷ Σ B × 100) is one more row following the
 * formula — never one against it (a total's percentage may be the mean of the rows': badTotals judges it).
 */
function judge(t: TableModel, rows: TableRow[], ratio: TableColumn, parts: TableColumn[], base: TableColumn, totals: TableRow[] = []): Pair {
  const out: Pair = { parts, base, rounded: roundedFromRupiah([base, ...parts]), agreeing: 0, bad: [] };
  for (const row of totals) {
    const f = figuresAt(t, row, ratio, parts, base);
    if (f && f.a.num !== f.b.num && f.a.num !== 0 && ratioCheck(f.stated, f.a, f.b).ok) out.agreeing++;
  }
  for (let i = 0; i < rows.length; i++) {
    // (given up once the rows left, all agreeing, could no longer outweigh the broken ones: the formula is not the column's)
    if (!formulaHolds(out.agreeing + rows.length - i, out.bad.length)) return { ...out, agreeing: 0 };
    const row = rows[i];
    const f = figuresAt(t, row, ratio, parts, base);
    if (!f) continue;
    // (money in thousands or millions is rounded from its rupiah: a share of the rupiah agrees)
    if (ratioCheck(f.stated, f.a, f.b).ok || (out.rounded && withinInputRounding(f.stated, f.a, f.b))) {
      // (100 % of equal figures and 0 % of nothing say nothing of which columns they come from)
      if (f.a.num !== f.b.num && f.a.num !== 0) out.agreeing++;
    } else if (!otherReading(f.stated, f.a, f.b)) out.bad.push({ row, ...f });
  }
  // (rows that say nothing, or read another way, count neither for nor against)
  return formulaHolds(out.agreeing, out.bad.length) ? out : { ...out, agreeing: 0 };
}

/**
 * The JUMLAH/TOTAL rows whose percentage is neither their own sums' (Σ A ÷ Σ B × 100, as the rows above are computed)
 * nor the mean of the percentages they cover (a Rata-rata written as a total).
 */
function badTotals(t: TableModel, ratio: TableColumn, pair: Pair): Pair['bad'] {
  const out: Pair['bad'] = [];
  for (const row of t.rows) {
    if (row.level !== 'total') continue;
    const f = figuresAt(t, row, ratio, pair.parts, pair.base);
    if (!f || ratioCheck(f.stated, f.a, f.b).ok || otherReading(f.stated, f.a, f.b)) continue;
    if (pair.rounded && withinInputRounding(f.stated, f.a, f.b)) continue;
    const parts = t
      .partsOf(row)
      .map((r) => asFigure(t.figure(r, ratio)))
      .filter((x): x is Figure => !!x);
    if (parts.length && statesAny(f.stated, [sumFigures(parts).div(parts.length)])) continue;
    // the share of the rows' own sums, where the total's sum is typed wrong: that sum is jumlah-total's finding
    if (agreesWithSummedParts(t, row, pair.parts, pair.base, f.stated)) continue;
    out.push({ row, ...f });
  }
  return out;
}

/**
 * The pairs of input columns (part k × n + base k, by their places in `inputs`) whose quotient MIN_AGREEING rows of
 * `rows` or more may state: found per row by looking each base's part up among the row's figures sorted, not by trying
 * every pair (a data table of 60 columns has 3 600 pairs per percentage column; one of 250, 60 000). A superset of the
 * pairs judge() finds agreeing (its window is twice ratioCheck's, and every reading of the stated figure is looked up),
 * so a pair left out is one judge() would find no formula in.
 */
function maybeAgreeing(t: TableModel, rows: TableRow[], ratio: TableColumn, inputs: TableColumn[]): Set<number> {
  const n = inputs.length;
  const counts = new Map<number, number>();
  const inRow = new Set<number>();
  const figures: Array<{ v: number; k: number }> = [];
  for (const row of rows) {
    const stated = asFigure(t.statedFigure(row, ratio));
    if (!stated) continue;
    figures.length = 0;
    inputs.forEach((c, k) => {
      const f = asFigure(t.figure(row, c));
      if (f) figures.push({ v: f.num, k });
    });
    figures.sort((x, y) => x.v - y.v);
    // (the row's figures in order, and the input each stands in)
    const values = figures.map((f) => f.v);
    // the quotient (× 100) the stated figure may be, to within two units of its last digit and a float's error: as a
    // percentage, and as a fraction (0,95 for 95 %) where ratioCheck may read it so
    const windows: number[] = [];
    const around = (s: number, decimals: number) => {
      const w = 2 * Math.pow(10, -Math.min(decimals, 6)) + 1e-9 * (3 + Math.abs(s));
      windows.push(s - w, s + w);
    };
    around(stated.num, stated.decimals);
    if (stated.unit === 'angka' && !stated.unitText && Math.abs(stated.num) < 10) around(stated.num * 100, Math.max(0, stated.decimals - 2));
    inRow.clear();
    for (const b of figures) {
      if (b.v === 0) continue;
      for (let w = 0; w < windows.length; w += 2) {
        let lo = (windows[w] * b.v) / 100;
        let hi = (windows[w + 1] * b.v) / 100;
        if (lo > hi) [lo, hi] = [hi, lo];
        const eps = 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi));
        for (let i = firstAtLeast(values, lo - eps); i < values.length && values[i] <= hi + eps; i++) {
          const a = figures[i];
          // (judge counts no row whose part is its base, equal to it, or nothing)
          if (a.k !== b.k && a.v !== b.v && a.v !== 0) inRow.add(a.k * n + b.k);
        }
      }
    }
    for (const key of inRow) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [key, count] of counts) if (count >= MIN_AGREEING) out.add(key);
  return out;
}

/** The column's name as its header says it ("Jumlah Terlayani (orang)"), quoted. */
const named = (c: TableColumn) => `kolom "${headerLeaf(c.header, c.header)}"`;

export const persenKolom = defineRule({
  meta: {
    id: 'persen-kolom',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Mencari kolom persentase yang dihitung dari dua kolom lain di tabel yang sama (misalnya Jumlah Terlayani ÷ Jumlah Sasaran ' +
      'pada tabel SPM, atau rekomendasi yang sudah ditindaklanjuti ÷ seluruh rekomendasi): bila hampir semua barisnya cocok dengan ' +
      'rumus itu, baris yang tidak cocok hampir pasti salah hitung atau salah ketik. Hanya persentase yang tidak sudah diperiksa ' +
      'sebagai capaian atau serapan.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian',
  check(t, ctx) {
    // (a capaian or serapan its own rule recomputes; one that follows none of its inputs is anyone's to explain)
    const covered = new Set(
      ratioColumns(t)
        .filter((rc) => ratioFollowsInputs(t, rc))
        .map((rc) => rc.ratio.col),
    );
    const rows = t.rows.filter((r) => r.level !== 'section' && r.level !== 'total');
    const totals = t.rows.filter((r) => r.level === 'total');
    if (rows.length + totals.length < MIN_AGREEING) return;
    // (an efisiensi with no capaian, serapan, or pagu and realisasi to be worked out from — a procurement's saving over
    // the HPS — is a percentage of two of the table's columns like any other; else it is the efisiensi rule's)
    const efisiensiUnread =
      !t.columns.some((c) => c.role === 'capaian' || c.role === 'serapan') && !(t.columnsWith('anggaran').length && t.columnsWith('realisasi-anggaran').length);
    for (const ratio of t.columns) {
      const isPercent = ratio.unit === 'percent' || ratio.role === 'capaian' || ratio.role === 'serapan';
      if (!isPercent || covered.has(ratio.col) || (ratio.role === 'efisiensi' && !efisiensiUnread)) continue;
      if (ratio.role && ratio.role !== 'efisiensi' && NOT_INPUT_HERE.has(ratio.role)) continue;
      // (a growth, "Pertumbuhan (%)", is a change of two columns: selisih-kolom's, which reads it in either sign)
      if (isChangeHeader(ratio.header) || isWeightedHeader(ratio.header)) continue;
      const inputs = t.columns.filter((c) => c.col < ratio.col && unitClass(c.unit) && !(c.role && NOT_INPUT_HERE.has(c.role)));
      // every pair tried on the table's first rows, the ones that hold there judged on every row: a long table costs
      // one walk per pair that may be the formula, not one per pair of columns
      const sample = rows.length > SAMPLE_ROWS ? rows.slice(0, SAMPLE_ROWS) : rows;
      const found: Pair[] = [];
      const tryFormula = (parts: TableColumn[], base: TableColumn) => {
        if (sample !== rows && judge(t, sample, ratio, parts, base).agreeing === 0) return;
        const p = judge(t, rows, ratio, parts, base, totals);
        if (p.agreeing > 0) found.push(p);
      };
      // (only the pairs whose quotient enough of the first rows and the totals may state: see maybeAgreeing; money in
      // thousands or millions, whose shares of the rupiah agree more loosely, always tried)
      const maybe = maybeAgreeing(t, totals.length ? [...sample, ...totals] : sample, ratio, inputs);
      inputs.forEach((part, p) =>
        inputs.forEach((base, b) => {
          if (part === base || unitClass(part.unit) !== unitClass(base.unit)) return;
          if (maybe.has(p * inputs.length + b) || roundedFromRupiah([base, part])) tryFormula([part], base);
        }),
      );
      // no one column over another: two added up over a third ("% Mantap" = (Baik + Sedang) ÷ Panjang Jalan)
      if (found.length === 0 && inputs.length <= MAX_SUM_INPUTS)
        for (let i = 0; i < inputs.length; i++)
          for (let j = i + 1; j < inputs.length; j++) {
            const [a, b] = [inputs[i], inputs[j]];
            if (unitClass(a.unit) !== unitClass(b.unit)) continue;
            for (const base of inputs) if (base !== a && base !== b && unitClass(base.unit) === unitClass(a.unit)) tryFormula([a, b], base);
          }
      // two formulas that explain the column as well: which one the table meant is not certain
      const best = bestFormula(found);
      if (!best) continue;
      // (every row a weight times a measure, the rows off the quotient too: the quotient was a coincidence)
      if (best.bad.length && productOfColumns(t, rows, ratio, t.columns)) continue;
      const [first] = best.parts;
      const partName = best.parts.length === 1 ? named(first) : `(${best.parts.map(named).join(' + ')})`;
      for (const { row, stated, a, b } of [...best.bad, ...badTotals(t, ratio, best)]) {
        const expected = a.value.div(b.value).times(100);
        const shown = percentOf(stated, expected);
        const kind = unitClass(first.unit) === 'money' ? 'rupiah' : 'angka';
        const partCells = best.parts.map((c) => t.address(row, c));
        ctx.report({
          cell: t.address(row, ratio),
          related: [...partCells, t.address(row, best.base)],
          expected: num(expected, 2),
          actual: num(shown.value, 4),
          unit: 'persen',
          computation: `${partCells.length === 1 ? partCells[0] : `(${partCells.join(' + ')})`} ÷ ${t.address(row, best.base)} × 100 = ${showValue(a.value, kind, 2, first.magnitude)} ÷ ${showValue(
            b.value,
            kind,
            2,
            best.base.magnitude,
          )} × 100 = ${showValue(expected, 'persen')}`,
          message: messages.rumus({
            row: rowName(row),
            column: headerLeaf(ratio.header, 'Persentase'),
            stated: showValue(shown.value, 'persen', shown.decimals),
            part: partName,
            base: named(best.base),
            a: showValue(a.value, kind, 2, first.magnitude),
            b: showValue(b.value, kind, 2, best.base.magnitude),
            expected: showValue(expected, 'persen'),
            agreeing: best.agreeing,
          }),
        });
      }
    }
  },
});
