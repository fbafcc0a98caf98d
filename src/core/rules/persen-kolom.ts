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
import { Figure } from '../figures';
import { percentOf, ratioCheck, sumFigures } from '../measures';
import { TableModel } from '../model';
import { asFigure, ratioColumns, ratioFollowsInputs, statesAny } from '../ratios';
import { ColumnUnit, TableColumn, TableRow } from '../types';
import { defineRule } from './rule';
import { num, rowName, showValue } from './util';

const messages = {
  rumus: (d: { row: string; column: string; stated: string; part: string; base: string; a: string; b: string; expected: string; agreeing: number }) =>
    `${d.column} ${d.row} tertulis ${d.stated}, padahal ${d.part} ÷ ${d.base} × 100 = ${d.a} ÷ ${d.b} × 100 = ${d.expected} ` +
    `(${d.agreeing} baris lain di kolom ini dihitung dengan rumus itu).`,
};

/** Rows on which a column's formula must hold, with figures that tell (no 0, no A = B), before a row that breaks it is an error. */
const MIN_AGREEING = 3;
/** …and the share of its judged rows it must hold on. */
const MIN_SHARE = 0.75;
/** The rows a pair of columns is first tried on (the formula of a column holds from its first rows). */
const SAMPLE_ROWS = 200;

const NOT_INPUT = new Set(['no', 'satuan', 'predikat', 'interval', 'polaritas', 'keterangan', 'efisiensi']);

/** Units whose figures divide into a percentage: the same kind of thing over the same kind of thing. */
const unitClass = (u: ColumnUnit | undefined): string | undefined =>
  u === 'money' ? 'money' : u === 'count' || u === 'number' ? 'count' : u === 'percent' ? 'percent' : undefined;

interface Pair {
  part: TableColumn;
  base: TableColumn;
  agreeing: number;
  bad: Array<{ row: TableRow; stated: Figure; a: Figure; b: Figure }>;
}

/** The figures of a row the formula can be judged on: a stated percentage, a part and a non-zero base. */
function figuresAt(t: TableModel, row: TableRow, ratio: TableColumn, part: TableColumn, base: TableColumn) {
  const stated = asFigure(t.figure(row, ratio));
  if (!stated) return undefined;
  const b = asFigure(t.figure(row, base));
  if (!b || b.num === 0) return undefined;
  const a = asFigure(t.figure(row, part));
  return a ? { stated, a, b } : undefined;
}

/** Whether the stated figure is the inverse ratio or a lower-is-better capaian (2 − A ÷ B) of the same figures. */
function otherReading(stated: Figure, a: Figure, b: Figure): boolean {
  if (a.num !== 0 && ratioCheck(stated, b, a).ok) return true;
  return statesAny(stated, [new Decimal(2).minus(a.value.div(b.value)).times(100)]);
}

function judge(t: TableModel, rows: TableRow[], ratio: TableColumn, part: TableColumn, base: TableColumn): Pair {
  const out: Pair = { part, base, agreeing: 0, bad: [] };
  for (const row of rows) {
    const f = figuresAt(t, row, ratio, part, base);
    if (!f) continue;
    if (ratioCheck(f.stated, f.a, f.b).ok) {
      // (100 % of equal figures and 0 % of nothing say nothing of which columns they come from)
      if (f.a.num !== f.b.num && f.a.num !== 0) out.agreeing++;
    } else if (!otherReading(f.stated, f.a, f.b)) out.bad.push({ row, ...f });
  }
  // (rows that say nothing, or read another way, count neither for nor against)
  return out.agreeing >= MIN_AGREEING && out.agreeing >= MIN_SHARE * (out.agreeing + out.bad.length) ? out : { ...out, agreeing: 0 };
}

/**
 * The JUMLAH/TOTAL rows whose percentage is neither their own sums' (Σ A ÷ Σ B × 100, as the rows above are computed)
 * nor the mean of the percentages they cover (a Rata-rata written as a total).
 */
function badTotals(t: TableModel, ratio: TableColumn, pair: Pair): Pair['bad'] {
  const out: Pair['bad'] = [];
  for (const row of t.rows) {
    if (row.level !== 'total') continue;
    const f = figuresAt(t, row, ratio, pair.part, pair.base);
    if (!f || ratioCheck(f.stated, f.a, f.b).ok || otherReading(f.stated, f.a, f.b)) continue;
    const parts = t
      .partsOf(row)
      .map((r) => asFigure(t.figure(r, ratio)))
      .filter((x): x is Figure => !!x);
    if (parts.length && statesAny(f.stated, [sumFigures(parts).div(parts.length)])) continue;
    out.push({ row, ...f });
  }
  return out;
}

/** The column's name as its header says it ("Jumlah Terlayani (orang)"), quoted. */
const named = (c: TableColumn) => `kolom "${c.header.split(' / ').pop() || c.header}"`;

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
    if (rows.length < MIN_AGREEING) return;
    for (const ratio of t.columns) {
      const isPercent = ratio.unit === 'percent' || ratio.role === 'capaian' || ratio.role === 'serapan';
      if (!isPercent || covered.has(ratio.col) || ratio.role === 'efisiensi' || (ratio.role && NOT_INPUT.has(ratio.role))) continue;
      const inputs = t.columns.filter((c) => c.col < ratio.col && unitClass(c.unit) && !(c.role && NOT_INPUT.has(c.role)));
      // every pair tried on the table's first rows, the ones that hold there judged on every row: a long table costs
      // one walk per pair that may be the formula, not one per pair of columns
      const sample = rows.length > SAMPLE_ROWS ? rows.slice(0, SAMPLE_ROWS) : rows;
      const found: Pair[] = [];
      for (const part of inputs)
        for (const base of inputs) {
          if (part === base || unitClass(part.unit) !== unitClass(base.unit)) continue;
          if (sample !== rows && judge(t, sample, ratio, part, base).agreeing === 0) continue;
          const p = judge(t, rows, ratio, part, base);
          if (p.agreeing > 0) found.push(p);
        }
      if (found.length === 0) continue;
      found.sort((x, y) => y.agreeing - x.agreeing || x.bad.length - y.bad.length);
      const best = found[0];
      // two formulas that explain the column as well: which one the table meant is not certain
      const rival = found.find(
        (p) => p !== best && p.agreeing === best.agreeing && p.bad.map((b) => b.row.row).join() !== best.bad.map((b) => b.row.row).join(),
      );
      if (rival) continue;
      for (const { row, stated, a, b } of [...best.bad, ...badTotals(t, ratio, best)]) {
        const expected = a.value.div(b.value).times(100);
        const shown = percentOf(stated, expected);
        const kind = unitClass(best.part.unit) === 'money' ? 'rupiah' : 'angka';
        ctx.report({
          cell: t.address(row, ratio),
          related: [t.address(row, best.part), t.address(row, best.base)],
          expected: num(expected, 4),
          actual: num(shown.value, 4),
          unit: 'persen',
          computation: `${t.address(row, best.part)} ÷ ${t.address(row, best.base)} × 100 = ${showValue(a.value, kind, 2, best.part.magnitude)} ÷ ${showValue(
            b.value,
            kind,
            2,
            best.base.magnitude,
          )} × 100 = ${showValue(expected, 'persen')}`,
          message: messages.rumus({
            row: rowName(row),
            column: ratio.header.split(' / ').pop() || 'Persentase',
            stated: showValue(shown.value, 'persen', shown.decimals),
            part: named(best.part),
            base: named(best.base),
            a: showValue(a.value, kind, 2, best.part.magnitude),
            b: showValue(b.value, kind, 2, best.base.magnitude),
            expected: showValue(expected, 'persen'),
            agreeing: best.agreeing,
          }),
        });
      }
    }
  },
});
