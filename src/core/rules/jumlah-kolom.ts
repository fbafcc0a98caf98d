/**
 * jumlah-kolom (galat): a column of counts or amounts that the table evidently adds up from two of its other columns —
 * on most of its rows it is column A + column B to the last digit ("Jumlah Rekomendasi = Sudah + Belum
 * Ditindaklanjuti" in an inspectorate's follow-up table, "Jumlah = Laki-laki + Perempuan", "Pagu Perubahan = Pagu Murni
 * + Pergeseran") — where one row is not. Whatever the headers call the columns, the figures decide; the finding points
 * at the sum and names both parts (which of the three was mistyped cannot be known).
 *
 * Certainty: the sum must hold on at least MIN_AGREEING rows where all three figures are non-zero and on three rows in
 * four of the rows judged; a second pair of columns that explains the column as well makes it ambiguous (nothing is
 * said). Percentages never add up this way; a difference column (Sisa, Selisih, Lebih/(Kurang)) is selisih's, a band's
 * Total over the columns of its kinds or periods is jumlah-total's.
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { sumsAgree } from '../measures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { TableColumn, TableRow } from '../types';
import { defineRule } from './rule';
import { differenceDirection, isAmountColumn, num, rowName, showValue } from './util';

const messages = {
  jumlah: (d: { column: string; row: string; stated: string; a: string; b: string; va: string; vb: string; expected: string; agreeing: number }) =>
    `${d.column} ${d.row} tertulis ${d.stated}, padahal ${d.a} + ${d.b} = ${d.va} + ${d.vb} = ${d.expected} ` +
    `(${d.agreeing} baris lain di tabel ini dijumlahkan dengan cara itu).`,
};

/** Rows on which the sum must hold, all three figures non-zero, before a row that breaks it is an error. */
const MIN_AGREEING = 3;
/** …and the share of its judged rows it must hold on. */
const MIN_SHARE = 0.75;
/** The rows a triple of columns is first tried on (a table's arithmetic holds from its first rows). */
const SAMPLE_ROWS = 200;
/** Beyond this many figure columns the table is a data dump, not a report table: nothing is tried. */
const MAX_COLUMNS = 40;

const NOT_INPUT = new Set(['no', 'satuan', 'predikat', 'interval', 'polaritas', 'keterangan', 'capaian', 'serapan', 'efisiensi']);

/** Units that add up: amounts with amounts, counts and plain figures with their kind. */
const unitClass = (u: TableColumn['unit']): string | undefined => (u === 'money' ? 'money' : u === 'count' || u === 'number' ? 'count' : undefined);

interface Triple {
  sum: TableColumn;
  a: TableColumn;
  b: TableColumn;
  agreeing: number;
  bad: TableRow[];
}

/** One column's figures by row index, as numbers (NaN where there is none) and as figures for the exact comparison. */
interface ColumnFigures {
  col: TableColumn;
  nums: Float64Array;
  figs: Array<Figure | undefined>;
}

function figuresOf(t: TableModel, rows: TableRow[], col: TableColumn): ColumnFigures {
  const nums = new Float64Array(rows.length);
  const figs: Array<Figure | undefined> = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const f = asFigure(t.figure(rows[i], col));
    figs[i] = f;
    nums[i] = f ? f.num : NaN;
  }
  return { col, nums, figs };
}

/** Whether row i's sum figure is a + b, to the digits shown (whole numbers exactly). */
function adds(x: ColumnFigures, a: ColumnFigures, b: ColumnFigures, i: number): boolean {
  const s = a.nums[i] + b.nums[i];
  if (s === x.nums[i]) return true;
  // (fractions that floating point does not add exactly, or figures holding more digits than they show)
  if (Math.abs(s - x.nums[i]) > Math.max(1, Math.abs(x.nums[i])) * 0.01) return false;
  return sumsAgree(x.figs[i] as Figure, [a.figs[i] as Figure, b.figs[i] as Figure]);
}

function judge(x: ColumnFigures, a: ColumnFigures, b: ColumnFigures, rows: TableRow[], upTo: number): Triple {
  const out: Triple = { sum: x.col, a: a.col, b: b.col, agreeing: 0, bad: [] };
  /** The share of the sum its first part takes on the agreeing rows (two are enough to tell). */
  const shares = new Set<number>();
  for (let i = 0; i < upTo; i++) {
    const vx = x.nums[i];
    const va = a.nums[i];
    const vb = b.nums[i];
    // (a row with a blank or a word in any of the three says nothing)
    if (Number.isNaN(vx) || Number.isNaN(va) || Number.isNaN(vb)) continue;
    if (adds(x, a, b, i)) {
      // (0 + X = X says nothing of which columns add up)
      if (vx !== 0 && va !== 0 && vb !== 0) {
        out.agreeing++;
        if (shares.size < 2) shares.add(Math.round((va / vx) * 1e6));
      }
    } else out.bad.push(rows[i]);
  }
  // figures in the same proportion on every row (quarterly targets 30, 60, 90, 120: 90 = 30 + 60) add up by their
  // progression, not because one column is the others' sum: a real sum splits differently from row to row
  const holds = out.agreeing >= MIN_AGREEING && out.agreeing >= MIN_SHARE * (out.agreeing + out.bad.length) && shares.size >= 2;
  return holds ? out : { ...out, agreeing: 0 };
}

/** The column's name as its header says it ("Sudah Ditindaklanjuti"), quoted. */
const named = (c: TableColumn) => `kolom "${c.header.split(' / ').pop() || c.header}"`;

export const jumlahKolom = defineRule({
  meta: {
    id: 'jumlah-kolom',
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Mencari kolom jumlah yang di hampir setiap baris sama dengan jumlah dua kolom lain di tabel yang sama (misalnya Jumlah ' +
      'Rekomendasi = Sudah + Belum Ditindaklanjuti, atau Jumlah = Laki-laki + Perempuan), apa pun judul kolomnya: baris yang ' +
      'tidak cocok hampir pasti salah ketik di salah satu dari ketiga angka itu.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian',
  check(t, ctx) {
    // (a JUMLAH row adds up its rows' errors: judged after them)
    const rows = t.rows.filter((r) => r.level !== 'section' && r.level !== 'total');
    if (rows.length < MIN_AGREEING) return;
    const totals = t.rows.filter((r) => r.level === 'total');
    const cols = t.columns.filter((c) => unitClass(c.unit) && !c.hidden && !c.half && !(c.role && NOT_INPUT.has(c.role)) && !differenceDirection(c.header));
    if (cols.length < 3 || cols.length > MAX_COLUMNS) return;
    const sampleSize = Math.min(rows.length, SAMPLE_ROWS);
    const figures = cols.map((c) => figuresOf(t, rows, c));
    const totalFigures = new Map(cols.map((c) => [c, figuresOf(t, totals, c)]));
    for (const x of figures) {
      // a band's Total over its kinds or periods: jumlah-total's
      if (x.col.bandTotal || t.columns.some((c) => c.partOf === x.col.col)) continue;
      const found: Triple[] = [];
      for (let i = 0; i < figures.length; i++) {
        const a = figures[i];
        if (a === x || unitClass(a.col.unit) !== unitClass(x.col.unit)) continue;
        for (let j = i + 1; j < figures.length; j++) {
          const b = figures[j];
          if (b === x || unitClass(b.col.unit) !== unitClass(x.col.unit)) continue;
          if (sampleSize < rows.length && judge(x, a, b, rows, sampleSize).agreeing === 0) continue;
          const p = judge(x, a, b, rows, rows.length);
          if (p.agreeing > 0) found.push(p);
        }
      }
      if (found.length === 0) continue;
      found.sort((p, q) => q.agreeing - p.agreeing || p.bad.length - q.bad.length);
      const best = found[0];
      // two pairs that explain the column as well: which one the table meant is not certain
      const badRows = (p: Triple) => p.bad.map((r) => r.row).join();
      if (found.some((p) => p !== best && p.agreeing === best.agreeing && badRows(p) !== badRows(best))) continue;
      const money = unitClass(x.col.unit) === 'money' || isAmountColumn(t, x.col);
      const kind = money ? 'rupiah' : 'angka';
      const mag = money ? x.col.magnitude : undefined;
      // a JUMLAH row that does not add up across where its rows do (one above it that does not is the error, reported)
      const bad = new Set(best.bad);
      const [tx, ta, tb] = [best.sum, best.a, best.b].map((c) => totalFigures.get(c) as ColumnFigures);
      const badTotals = totals.filter(
        (row, i) =>
          !Number.isNaN(tx.nums[i]) &&
          !Number.isNaN(ta.nums[i]) &&
          !Number.isNaN(tb.nums[i]) &&
          !adds(tx, ta, tb, i) &&
          !t.partsOf(row).some((r) => bad.has(r)),
      );
      for (const row of [...best.bad, ...badTotals]) {
        const cells = [best.sum, best.a, best.b].map((c) => t.address(row, c));
        const [fx, fa, fb] = [best.sum, best.a, best.b].map((c) => asFigure(t.figure(row, c)) as Figure);
        // a figure another rule found wrong (a total that does not add up down its column): with its right value the row
        // adds up, so that figure is the error, already reported
        // (the sum itself another rule already reported — a "Jumlah" column checked against its parts by its header)
        const fixed = cells.map((c) => ctx.corrected(t.sheet, c));
        if (fixed[0] !== undefined) continue;
        if (fixed.some((v) => v !== undefined)) {
          const [cx, ca, cb] = fixed.map((v, k) => (v !== undefined ? new Decimal(v) : [fx, fa, fb][k].value));
          if (ca.plus(cb).equals(cx)) continue;
        }
        const expected = fa.value.plus(fb.value);
        const show = (v: Decimal) => showValue(v, kind, 2, mag);
        ctx.report({
          cell: cells[0],
          related: cells.slice(1),
          expected: num(expected),
          actual: num(fx.value),
          unit: kind,
          magnitude: mag,
          computation: `${cells[1]} + ${cells[2]} = ${show(fa.value)} + ${show(fb.value)} = ${show(expected)}`,
          message: messages.jumlah({
            column: best.sum.header.split(' / ').pop() || 'Jumlah',
            row: rowName(row),
            stated: show(fx.value),
            a: named(best.a),
            b: named(best.b),
            va: show(fa.value),
            vb: show(fb.value),
            expected: show(expected),
            agreeing: best.agreeing,
          }),
        });
      }
    }
  },
});
