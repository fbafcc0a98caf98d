/**
 * selisih (galat): a difference column — "Sisa Anggaran", "Selisih", "Lebih/(Kurang)", "Deviasi" — whose figure ≠ the
 * difference of the two figures it is taken from in its row: pagu and realisasi anggaran (a budget table), else
 * target and realisasi. Sisa is pagu − realisasi by definition, Lebih/(Kurang) realisasi − target; a bare "Selisih"
 * is read either way round (the size must agree).
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { withinDisplay } from '../measures';
import { TableModel } from '../model';
import { TableColumn } from '../types';
import { norm } from '../vocabulary';
import { defineRule } from './rule';
import { asFigure, isAmountColumn, num, rowName, showValue, ShowKind } from './util';

const messages = {
  selisih: (d: { noun: string; row: string; stated: string; formula: string; expected: string }) =>
    `${d.noun} ${d.row} tertulis ${d.stated}, padahal ${d.formula} = ${d.expected}.`,
};

type Direction = 'base-part' | 'part-base' | 'either';

/** A header that names a difference, and which way round it is taken (by the words, never by the figures). */
function differenceDirection(header: string): Direction | undefined {
  const leaf = norm(header.split(' / ').pop() ?? '');
  if (/^sisa\b/.test(leaf)) return 'base-part';
  if (/lebih ?\/ ?\(? ?kurang/.test(leaf)) return 'part-base';
  if (/\bselisih\b|^deviasi|^gap$|^variance$/.test(leaf)) return 'either';
  return undefined;
}

/** The two columns a difference column is taken from: pagu and realisasi anggaran, else target and realisasi. */
function operandsOf(t: TableModel, col: TableColumn): { base: TableColumn; part: TableColumn; money: boolean } | undefined {
  const pagu = t.lastColumn('anggaran', col.col);
  const spent = t.lastColumn('realisasi-anggaran', col.col);
  if (pagu && spent) return { base: pagu, part: spent, money: true };
  const target = t.lastColumn('target', col.col);
  const realisasi = t.lastColumn('realisasi', col.col);
  if (target && realisasi) return { base: target, part: realisasi, money: false };
  return undefined;
}

/** Whether a stated figure shows the value, to its last shown digit. */
const shows = (stated: Figure, value: Decimal): boolean => withinDisplay(stated.value, stated.decimals, value);

export const selisihRule = defineRule({
  meta: {
    id: 'selisih',
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Menghitung ulang kolom selisih di setiap baris — Sisa Anggaran (pagu − realisasi), Lebih/(Kurang) (realisasi − ' +
      'target), Selisih atau Deviasi — dari dua angka di barisnya, dan membandingkannya dengan yang tertulis. Sisa yang salah ' +
      'hitung atau salah tanda membuat laporan keuangan dan penjelasan capaian tidak cocok dengan angkanya sendiri.',
    messages,
  },
  check(t, ctx) {
    for (const col of t.columns) {
      if (col.role !== 'nilai') continue;
      const direction = differenceDirection(col.header);
      if (!direction) continue;
      const ops = operandsOf(t, col);
      if (!ops) continue;
      const kind: ShowKind = ops.money || isAmountColumn(t, col) ? 'rupiah' : col.unit === 'percent' ? 'persen' : 'angka';
      for (const row of t.rows) {
        if (row.level === 'section') continue;
        const stated = asFigure(t.figure(row, col));
        const base = asFigure(t.figure(row, ops.base));
        const part = asFigure(t.figure(row, ops.part));
        // a bound ("<5%") or a percentage beside amounts is not a figure to subtract
        if (!stated || !base || !part || base.comparator || part.comparator || (ops.money && (base.unit === 'persen' || part.unit === 'persen'))) continue;
        const basePart = base.value.minus(part.value);
        const partBase = basePart.neg();
        const agreesWith = (d: Decimal) =>
          direction === 'base-part' ? shows(stated, d) : direction === 'part-base' ? shows(stated, d.neg()) : shows(stated, d) || shows(stated, d.neg());
        if (agreesWith(basePart)) continue;
        // a pagu or realisasi another rule found wrong (a total that does not add up): with its right value the
        // difference agrees, so that figure is the error, already reported — not this one
        const fixedBase = ctx.corrected(t.sheet, t.address(row, ops.base));
        const fixedPart = ctx.corrected(t.sheet, t.address(row, ops.part));
        if (
          (fixedBase !== undefined || fixedPart !== undefined) &&
          agreesWith(new Decimal(fixedBase ?? base.value).minus(new Decimal(fixedPart ?? part.value)))
        )
          continue;
        // which way round to show it: the header's, else the one whose sign the stated figure has
        const partFirst = direction === 'part-base' || (direction === 'either' && stated.value.isNegative() === partBase.isNegative() && !partBase.isZero());
        const expected = partFirst ? partBase : basePart;
        const [first, second] = partFirst ? [ops.part, ops.base] : [ops.base, ops.part];
        const name = (c: TableColumn) => (c.role === 'anggaran' ? 'pagu' : c.role === 'realisasi-anggaran' || c.role === 'realisasi' ? 'realisasi' : 'target');
        const fig = (c: TableColumn) => (c === ops.base ? base : part);
        const formula = `${name(first)} − ${name(second)} = ${showValue(fig(first).value, kind)} − ${showValue(fig(second).value, kind)}`;
        ctx.report({
          cell: t.address(row, col),
          related: [t.address(row, ops.base), t.address(row, ops.part)],
          expected: num(expected),
          actual: num(stated.value),
          unit: kind,
          computation: `${formula} = ${showValue(expected, kind)}`,
          message: messages.selisih({
            noun: (col.header.split(' / ').pop() ?? 'Selisih').trim(),
            row: rowName(row),
            stated: showValue(stated.value, kind),
            formula,
            expected: showValue(expected, kind),
          }),
        });
      }
    }
  },
});
