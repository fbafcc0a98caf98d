/**
 * jumlah-pindahan (galat): the running sums a typed or printed table carries over a page break — "Jumlah dipindahkan"
 * at the foot of a page, "Jumlah pindahan" at the top of the next — where what a page brings in is not what the page
 * before carried out. Each is a copy of the other, figure by figure: one that differs was typed or copied wrong, and
 * every sum after it on the pages goes on from the wrong figure.
 *
 * The carried rows are no rows of the table (recognise/extent: the page break's rows); their pairs are read in order
 * down the table, across the sheets of a table one sheet per page. Only a carried-out row followed by a brought-in one
 * is a pair: a lone row of either says nothing of the other.
 */
import Decimal from 'decimal.js';
import { sheetRef } from '../address';
import { Figure } from '../figures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { TableColumn } from '../types';
import { carryWay, isCarryLabel } from '../vocabulary';
import { defineRule } from './rule';
import { columnName, num, showValue } from './util';

const messages = {
  keluar: (d: { noun: string; label: string; stated: string; sum: string; to: string }) =>
    `${d.noun} baris ${d.label} (${d.stated}) tidak sama dengan jumlah baris di atasnya (${d.sum}), yang dibawa ${d.to}: jumlah yang dipindahkan ke halaman berikutnya salah hitung.`,
  beda: (d: { noun: string; label: string; stated: string; from: string; carried: string }) =>
    `${d.noun} baris ${d.label} (${d.stated}) tidak sama dengan ${d.from} (${d.carried}): jumlah yang dibawa ke halaman ini harus sama dengan yang dipindahkan dari halaman sebelumnya.`,
};

interface Carried {
  part: TableModel;
  row: number;
  label: string;
}

/**
 * The sums so far at each carried row, of one column, in one walk down the parts: the leaf rows above it (no section,
 * total or parent) on its page and the pages before; undefined from the first leaf that holds no figure on.
 */
function leafSums(t: TableModel, carried: Carried[], col: TableColumn): Map<Carried, Decimal | undefined> {
  const out = new Map<Carried, Decimal | undefined>();
  let sum: Decimal | undefined = new Decimal(0);
  let k = 0;
  for (let part: TableModel | undefined = t; part; part = part.nextPart) {
    const c = part === t ? col : t.partColumn(part, col);
    const parents = new Set(part.rows.map((r) => r.parent));
    const close = (below: number) => {
      for (; k < carried.length && carried[k].part === part && carried[k].row < below; k++) out.set(carried[k], sum);
    };
    for (const r of part.rows) {
      close(r.row);
      if (!sum || r.level === 'section' || r.level === 'total' || parents.has(r.row)) continue;
      const f = c ? part.figure(r, c) : undefined;
      if (f?.kind === 'empty') continue;
      const x = f && asFigure(f);
      sum = x ? sum.plus(x.value) : undefined;
    }
    close(Infinity);
  }
  return out;
}

/** Two figures alike to the digits the coarser of them shows. */
function sameAsShown(a: Figure, b: Figure): boolean {
  const d = Math.max(0, Math.min(a.decimals, b.decimals, 6));
  return a.value.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).equals(b.value.toDecimalPlaces(d, Decimal.ROUND_HALF_UP));
}

/** A carried row's label: its one text cell that names the carry. */
function labelOf(part: TableModel, row: number): string {
  for (const c of part.cellsOf(row)) if (typeof c.value === 'string' && isCarryLabel(c.value)) return c.value.trim();
  return '';
}

export const jumlahPindahan = defineRule({
  meta: {
    id: 'jumlah-pindahan',
    recomputes: true,
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Membandingkan jumlah yang dipindahkan di kaki halaman ("Jumlah dipindahkan") dengan jumlah yang dibawa di awal halaman ' +
      'berikutnya ("Jumlah pindahan"), kolom demi kolom, juga antar-sheet bila tabel dipotong satu halaman per sheet. Keduanya harus ' +
      'sama persis: bila berbeda, salah satunya salah ketik, dan semua jumlah sesudahnya ikut salah.',
    messages,
  },
  check(t, ctx) {
    // (a table one sheet per page is walked from its first part, every part's carried rows in order)
    if (t.previousPart) return;
    const carried: Carried[] = [];
    for (let part: TableModel | undefined = t; part; part = part.nextPart)
      for (const row of part.carryRows ?? []) carried.push({ part, row, label: labelOf(part, row) });
    // (each column's sums so far, worked out once where a pair first differs in it)
    const sums = new Map<TableColumn, Map<Carried, Decimal | undefined>>();
    for (let i = 1; i < carried.length; i++) {
      const out = carried[i - 1];
      const back = carried[i];
      if (carryWay(out.label) !== 'out' || carryWay(back.label) !== 'in') continue;
      for (const col of t.columns) {
        if (!col.role) continue;
        const outCol = out.part === t ? col : t.partColumn(out.part, col);
        const backCol = back.part === t ? col : t.partColumn(back.part, col);
        if (!outCol || !backCol) continue;
        const a = asFigure(out.part.figure(out.row, outCol));
        const b = asFigure(back.part.figure(back.row, backCol));
        // (alike as the two show: a serapan 92,54 on one page is the 0,9254 shown "93%" on the next)
        if (!a || !b || sameAsShown(a, b)) continue;
        const kind = a.unit === 'persen' || col.unit === 'percent' ? 'persen' : col.unit === 'money' ? 'rupiah' : 'angka';
        const show = (v: Decimal) => showValue(v, kind, 2, col.magnitude);
        const outRef = out.part.address(out.row, outCol);
        const backRef = back.part.address(back.row, backCol);
        // which of the two is wrong: the one the rows above do not add up to (the one brought in, where neither or both do;
        // a percentage adds up to nothing)
        let byRow = sums.get(col);
        if (!byRow && kind !== 'persen') sums.set(col, (byRow = leafSums(t, carried, col)));
        const sum = byRow?.get(out);
        const outWrong = !!sum && sum.equals(b.value) && !sum.equals(a.value);
        const [wrong, wrongRef, right, rightRef] = outWrong ? [out, outRef, back, backRef] : [back, backRef, out, outRef];
        // (the other row named with its sheet where it stands on another)
        const other = (c: Carried, ref: string) =>
          c.part.sheet === wrong.part.sheet ? `baris ${c.label} di ${ref}` : `baris ${c.label} di sheet "${c.part.sheet}" ${ref}`;
        ctx.report({
          cell: wrongRef,
          sheet: wrong.part.sheet,
          related: [right.part.sheet === wrong.part.sheet ? rightRef : sheetRef(right.part.sheet, rightRef)],
          expected: num((outWrong ? b : a).value),
          actual: num((outWrong ? a : b).value),
          unit: kind,
          magnitude: kind === 'rupiah' ? col.magnitude : undefined,
          message: outWrong
            ? messages.keluar({ noun: columnName(col), label: out.label, stated: show(a.value), sum: show(b.value), to: other(back, backRef) })
            : messages.beda({ noun: columnName(col), label: back.label, stated: show(b.value), from: other(out, outRef), carried: show(a.value) }),
        });
      }
    }
  },
});
