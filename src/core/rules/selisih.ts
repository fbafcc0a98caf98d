/**
 * selisih (galat): a difference column — "Sisa Anggaran", "Selisih", "Lebih/(Kurang)", "Deviasi" — whose figure ≠ the
 * difference of the two figures it is taken from in its row: pagu and realisasi anggaran (a budget table), else
 * target and realisasi. Sisa (SiLPA, Tidak Terserap) is pagu − realisasi by definition, Lebih/(Kurang) realisasi −
 * target; a bare "Selisih" is read either way round (the size must agree). A column that writes most of its rows the
 * other way round from its header keeps that convention of its own (util.rowDifference): the rows against it are wrong.
 */
import Decimal from 'decimal.js';
import { TableModel } from '../model';
import { TableColumn, TableRow } from '../types';
import { asFigure } from '../ratios';
import { defineRule, Report, RuleContext } from './rule';
import {
  differenceAgrees,
  differenceDirection,
  differenceOperands,
  Direction,
  isAmountColumn,
  isPercentColumn,
  num,
  rowDifference,
  rowDifferenceAgrees,
  rowName,
  showValue,
  ShowKind,
} from './util';
import { HUNDRED, percentOf, withinDisplay } from '../measures';
import { Figure } from '../figures';

/** Whether a row's figure is the sum of its parts' (the rows a total covers, a parent's children), one of them wrong. */
function sumsWrongParts(t: TableModel, row: TableRow, col: TableColumn, stated: Decimal, wrong: (r: TableRow) => boolean): boolean {
  const parts = t.partsOf(row);
  if (parts.length < 2) return false;
  let sum = new Decimal(0);
  for (const r of parts) {
    const f = t.figure(r, col);
    if (f.kind === 'figure') sum = sum.plus(f.value);
    else if (f.kind !== 'empty') return false;
  }
  return sum.equals(stated) && parts.some(wrong);
}

const messages = {
  selisih: (d: { noun: string; row: string; stated: string; formula: string; expected: string }) =>
    `${d.noun} ${d.row} tertulis ${d.stated}, padahal ${d.formula} = ${d.expected}.`,
};

/**
 * A difference in percent of the pagu ("Sisa (%)", "Tidak Terserap (%)") in a budget table with no amount of it
 * beside it: (pagu − realisasi) ÷ pagu × 100 to its shown digits, or 100 − the serapan as the row writes it.
 */
function checkPercentOfPagu(t: TableModel, ctx: RuleContext, col: TableColumn, direction: Direction): void {
  const pagu = t.lastColumn('anggaran', col.col);
  const spent = t.lastColumn('realisasi-anggaran', col.col);
  if (!pagu || !spent) return;
  // (an amount of the same difference beside it: the percentage is its share of the pagu, persen-kolom's)
  if (t.columns.some((c) => c !== col && c.role === 'nilai' && differenceDirection(c.header) && !isPercentColumn(c))) return;
  // (the serapan of the same year: nearest left of the difference, in a table of two years side by side)
  const serapan = t.lastColumn('serapan', col.col) ?? t.lastColumn('serapan');
  for (const row of t.rows) {
    if (row.level === 'section') continue;
    const f = asFigure(t.figure(row, col));
    const b = asFigure(t.figure(row, pagu));
    const p = asFigure(t.figure(row, spent));
    if (!f || !b || !p || b.value.isZero()) continue;
    const share = b.value.minus(p.value).div(b.value).times(100);
    const stated = percentOf(f, share);
    const agrees = (v: Decimal) => differenceAgrees(direction, { ...f, value: stated.value, decimals: stated.decimals }, v);
    if (agrees(share)) continue;
    const ser = serapan ? asFigure(t.figure(row, serapan)) : undefined;
    if (ser && agrees(HUNDRED.minus(percentOf(ser, HUNDRED).value))) continue;
    // a pagu or realisasi another rule found wrong: with its right value the share agrees (that error is reported there)
    const fixedBase = ctx.corrected(t.sheet, t.address(row, pagu));
    const fixedPart = ctx.corrected(t.sheet, t.address(row, spent));
    if (fixedBase !== undefined || fixedPart !== undefined) {
      const base = new Decimal(fixedBase ?? b.value);
      if (
        !base.isZero() &&
        agrees(
          base
            .minus(new Decimal(fixedPart ?? p.value))
            .div(base)
            .times(100),
        )
      )
        continue;
    }
    const partFirst = direction === 'part-base' || (direction === 'either' && stated.value.isNegative() && !share.isZero());
    const expected = partFirst ? share.neg() : share;
    const formula = partFirst
      ? `(realisasi − pagu) ÷ pagu × 100 = (${showValue(p.value, 'rupiah')} − ${showValue(b.value, 'rupiah')}) ÷ ${showValue(b.value, 'rupiah')} × 100`
      : `(pagu − realisasi) ÷ pagu × 100 = (${showValue(b.value, 'rupiah')} − ${showValue(p.value, 'rupiah')}) ÷ ${showValue(b.value, 'rupiah')} × 100`;
    ctx.report({
      cell: t.address(row, col),
      related: [t.address(row, pagu), t.address(row, spent)],
      expected: num(expected, 2),
      actual: num(stated.value),
      unit: 'persen',
      computation: `${formula} = ${showValue(expected, 'persen')}`,
      message: messages.selisih({
        noun: (col.header.split(' / ').pop() ?? 'Selisih').trim(),
        row: rowName(row),
        stated: showValue(stated.value, 'persen', stated.decimals),
        formula,
        expected: showValue(expected, 'persen'),
      }),
    });
  }
}

/**
 * A difference in percent beside a capaian that says how far the capaian is from 100 % ("Deviasi (%)" = capaian − 100,
 * "Gap" = 100 − capaian), on this row: either sign, to the figure's shown digits.
 */
function capaianGap(t: TableModel, row: TableRow, col: TableColumn, stated: Figure): boolean {
  if (!isPercentColumn(col)) return false;
  const cc = t.lastColumn('capaian', col.col) ?? t.lastColumn('capaian');
  const c = cc ? asFigure(t.figure(row, cc)) : undefined;
  if (!c) return false;
  const gap = percentOf(c, HUNDRED).value.minus(HUNDRED).abs();
  return withinDisplay(percentOf(stated, gap).value.abs(), stated.decimals, gap);
}

/** Whether a difference column reads as the capaian's distance from 100 % on more of its rows than as its difference. */
function followsCapaianGap(t: TableModel, col: TableColumn): boolean {
  let gap = 0;
  let difference = 0;
  for (const row of t.rows) {
    const d = rowDifference(t, row, col);
    if (!d || row.level === 'section') continue;
    const byDifference = differenceAgrees('either', d.stated, d.base.value.minus(d.part.value));
    const byGap = capaianGap(t, row, col, d.stated);
    if (byDifference && !byGap) difference++;
    if (byGap && !byDifference) gap++;
  }
  return gap > difference;
}

export const selisihRule = defineRule({
  meta: {
    id: 'selisih',
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Menghitung ulang kolom selisih di setiap baris — Sisa Anggaran (pagu − realisasi), Lebih/(Kurang) (realisasi − ' +
      'target), Selisih atau Deviasi — dari dua angka di barisnya, dan membandingkannya dengan yang tertulis; Sisa (%) sebagai ' +
      '(pagu − realisasi) ÷ pagu × 100. Sisa yang salah ' +
      'hitung atau salah tanda membuat laporan keuangan dan penjelasan capaian tidak cocok dengan angkanya sendiri.',
    messages,
  },
  check(t, ctx) {
    for (const col of t.columns) {
      if (col.role !== 'nilai' || !differenceDirection(col.header)) continue;
      if (isPercentColumn(col) && t.lastColumn('anggaran', col.col) && t.lastColumn('realisasi-anggaran', col.col)) {
        checkPercentOfPagu(t, ctx, col, differenceDirection(col.header) as Direction);
        continue;
      }
      // (a column of the capaian's distance from 100 %, not of realisasi − target: which one it meant is not certain)
      if (followsCapaianGap(t, col)) continue;
      const kind: ShowKind = differenceOperands(t, col)?.money || isAmountColumn(t, col) ? 'rupiah' : col.unit === 'percent' ? 'persen' : 'angka';
      const reports: Report[] = [];
      let agreeing = 0;
      for (const row of t.rows) {
        if (row.level === 'section') continue;
        const d = rowDifference(t, row, col);
        if (!d) continue;
        const { direction, ops, stated, base, part } = d;
        const basePart = base.value.minus(part.value);
        const partBase = basePart.neg();
        const agreesWith = (v: Decimal) => differenceAgrees(direction, stated, v);
        // (money in thousands or millions, each of the three figures rounded from its rupiah: off by their rounding)
        if (rowDifferenceAgrees(d, col) || capaianGap(t, row, col, stated)) {
          agreeing++;
          continue;
        }
        // a pagu or realisasi another rule found wrong (a total that does not add up): with its right value the
        // difference agrees, so that figure is the error, already reported — not this one
        const fixedBase = ctx.corrected(t.sheet, t.address(row, ops.base));
        const fixedPart = ctx.corrected(t.sheet, t.address(row, ops.part));
        if (
          (fixedBase !== undefined || fixedPart !== undefined) &&
          agreesWith(new Decimal(fixedBase ?? base.value).minus(new Decimal(fixedPart ?? part.value)))
        )
          continue;
        // a JUMLAH or parent row's difference that is the sum of the differences below it, where one of those is wrong:
        // right by its sources (the wrong figure is below, reported there), not a second galat
        if (
          sumsWrongParts(t, row, col, stated.value, (r) => {
            const below = rowDifference(t, r, col);
            return !!below && !differenceAgrees(below.direction, below.stated, below.base.value.minus(below.part.value));
          })
        )
          continue;
        // which way round to show it: the header's, else the one whose sign the stated figure has
        const partFirst = direction === 'part-base' || (direction === 'either' && stated.value.isNegative() === partBase.isNegative() && !partBase.isZero());
        const expected = partFirst ? partBase : basePart;
        const [first, second] = partFirst ? [ops.part, ops.base] : [ops.base, ops.part];
        const name = (c: TableColumn) => (c.role === 'anggaran' ? 'pagu' : c.role === 'realisasi-anggaran' || c.role === 'realisasi' ? 'realisasi' : 'target');
        const fig = (c: TableColumn) => (c === ops.base ? base : part);
        // money in thousands or millions: the difference is written in the same unit as what it is taken from
        const mag = kind === 'rupiah' ? (col.magnitude ?? ops.base.magnitude) : undefined;
        const formula = `${name(first)} − ${name(second)} = ${showValue(fig(first).value, kind, 2, mag)} − ${showValue(fig(second).value, kind, 2, mag)}`;
        reports.push({
          cell: t.address(row, col),
          related: [t.address(row, ops.base), t.address(row, ops.part)],
          expected: num(expected),
          actual: num(stated.value),
          unit: kind,
          magnitude: mag,
          computation: `${formula} = ${showValue(expected, kind, 2, mag)}`,
          message: messages.selisih({
            noun: (col.header.split(' / ').pop() ?? 'Selisih').trim(),
            row: rowName(row),
            stated: showValue(stated.value, kind, 2, mag),
            formula,
            expected: showValue(expected, kind, 2, mag),
          }),
        });
      }
      // most rows off the difference its header was read as: the column is some other difference ("Selisih Realisasi
      // 2024 dan 2023" beside a target), not a column of errors — nothing certain is said
      if (reports.length >= 2 && reports.length > agreeing) continue;
      for (const r of reports) ctx.report(r);
    }
  },
});
