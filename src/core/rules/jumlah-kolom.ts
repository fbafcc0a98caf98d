/**
 * jumlah-kolom (galat): a column of counts or amounts that the table evidently adds up from other columns of its own —
 * any two ("Jumlah Rekomendasi = Sudah + Belum Ditindaklanjuti" in an inspectorate's follow-up table, "Pagu Perubahan =
 * Pagu Murni + Pergeseran") or three or more side by side ("Panjang Jalan = Baik + Sedang + Rusak Ringan + Rusak
 * Berat") — on most of its rows to the last digit, where one row is not. Whatever the headers call the columns, the
 * figures decide; the finding points at the sum and names its parts (which figure was mistyped cannot be known).
 *
 * Certainty: the sum must hold on at least MIN_AGREEING rows that add up two non-zero figures, on three rows in four of
 * the rows judged, in proportions that differ from row to row; another set of columns that explains the column as well
 * makes it ambiguous (nothing is said). Percentages, an indikator's share or index and a quarter's figures never add up
 * this way; a difference column (Sisa, Selisih, Lebih/(Kurang)) is selisih's, a band's Total over its kinds or periods
 * jumlah-total's.
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { roundedSumsAgree, sumsAgree } from '../measures';
import { TableModel } from '../model';
import { asFigure, indicatorText } from '../ratios';
import { TableColumn, TableRow } from '../types';
import { norm } from '../vocabulary';
import { numberedSumOf } from './column-formula';
import { defineRule, RuleContext } from './rule';
import { differenceDirection, isAmountColumn, num, roundedFromRupiah, rowName, showValue, unitClass } from './util';

const messages = {
  jumlah: (d: { column: string; row: string; stated: string; parts: string; values: string; expected: string; agreeing: number }) =>
    `${d.column} ${d.row} tertulis ${d.stated}, padahal ${d.parts} = ${d.values} = ${d.expected} ` +
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
/** The most columns side by side a sum is tried over. */
const MAX_RUN = 8;

const NOT_INPUT = new Set(['no', 'satuan', 'predikat', 'interval', 'polaritas', 'keterangan', 'capaian', 'serapan', 'efisiensi']);

interface Sum {
  sum: TableColumn;
  parts: TableColumn[];
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

/** Whether row i has a figure in the sum column and every part (a blank or a word says nothing). */
function judged(x: ColumnFigures, parts: ColumnFigures[], i: number): boolean {
  if (Number.isNaN(x.nums[i])) return false;
  for (const p of parts) if (Number.isNaN(p.nums[i])) return false;
  return true;
}

/** Whether row i's sum figure is the sum of its parts', to the digits shown (whole numbers exactly). */
function adds(x: ColumnFigures, parts: ColumnFigures[], i: number): boolean {
  let s = 0;
  for (const p of parts) s += p.nums[i];
  if (s === x.nums[i]) return true;
  // (fractions that floating point does not add exactly, or figures holding more digits than they show)
  if (Math.abs(s - x.nums[i]) > Math.max(1, Math.abs(x.nums[i])) * 0.01) return false;
  const whole = x.figs[i] as Figure;
  const figs = parts.map((p) => p.figs[i] as Figure);
  // (money in thousands or millions: each figure rounded from its rupiah)
  return sumsAgree(whole, figs) || (roundedFromRupiah([x.col, ...parts.map((p) => p.col)]) && roundedSumsAgree(whole, figs));
}

const total = (values: Decimal[]): Decimal => values.reduce((s, v) => s.plus(v), new Decimal(0));

function judge(x: ColumnFigures, parts: ColumnFigures[], rows: TableRow[], upTo: number): Sum {
  const out: Sum = { sum: x.col, parts: parts.map((p) => p.col), agreeing: 0, bad: [] };
  /** The share of the sum its first part takes on the agreeing rows (two are enough to tell). */
  const shares = new Set<number>();
  for (let i = 0; i < upTo; i++) {
    if (!judged(x, parts, i)) continue;
    if (adds(x, parts, i)) {
      // (0 + X = X says nothing of which columns add up; a run of three with a 0 in it still adds up two figures)
      if (x.nums[i] !== 0 && parts.filter((p) => p.nums[i] !== 0).length >= 2) {
        out.agreeing++;
        if (shares.size < 2) shares.add(Math.round((parts[0].nums[i] / x.nums[i]) * 1e6));
      }
    } else out.bad.push(rows[i]);
  }
  // figures in the same proportion on every row (quarterly targets 30, 60, 90, 120: 90 = 30 + 60) add up by their
  // progression, not because one column is the others' sum: a real sum splits differently from row to row
  const holds = out.agreeing >= MIN_AGREEING && out.agreeing >= MIN_SHARE * (out.agreeing + out.bad.length) && shares.size >= 2;
  return holds ? out : { ...out, agreeing: 0 };
}

/** An indikator of a share, a rate, an index or a state ("Persentase …", "Indeks …", "Angka Kematian …", in % or points). */
const SHARE_INDIKATOR =
  /^(persentase|prosentase|presentase|%|indeks|index|rasio|ratio|rata-rata|rerata|angka|tingkat|nilai|cakupan|proporsi|prevalensi|level|skor|laju|pertumbuhan|derajat)\b/;
const SHARE_SATUAN = /^(%|persen|‰|permil|indeks|index|poin|point|nilai|skor|level|rasio|predikat|kategori)\b/;

/** Whether a row's figures may add up across its columns: in a table of indikator, only a counted one's (people, documents, rupiah). */
function counted(t: TableModel, row: TableRow): boolean {
  if (!t.columns.some((c) => c.role === 'indikator' || c.role === 'satuan')) return true;
  if (SHARE_INDIKATOR.test(norm(indicatorText(t, row)))) return false;
  const satuan = t.lastColumn('satuan');
  return !satuan || !SHARE_SATUAN.test(norm(t.text(row, satuan) ?? ''));
}

/** The column's name as its header says it ("Sudah Ditindaklanjuti"), quoted. */
const named = (c: TableColumn) => `kolom "${c.header.split(' / ').pop() || c.header}"`;

/**
 * The sets of columns a column may be the sum of: any two of the others, or a run of three to MAX_RUN side by side
 * ("Panjang Jalan" = Baik | Sedang | Rusak Ringan | Rusak Berat).
 */
function partSets(figures: ColumnFigures[], x: ColumnFigures): ColumnFigures[][] {
  const same = figures.filter((f) => f !== x && unitClass(f.col.unit) === unitClass(x.col.unit));
  const out: ColumnFigures[][] = [];
  for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) out.push([same[i], same[j]]);
  // (side by side: no other column of the table between them, the sum not among them)
  for (let i = 0; i < figures.length; i++)
    for (let n = 3; n <= MAX_RUN && i + n <= figures.length; n++) {
      const run = figures.slice(i, i + n);
      if (run.includes(x) || run.some((f) => unitClass(f.col.unit) !== unitClass(x.col.unit))) break;
      out.push(run);
    }
  return out;
}

export const jumlahKolom = defineRule({
  meta: {
    id: 'jumlah-kolom',
    recomputes: true,
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Mencari kolom jumlah yang di hampir setiap baris sama dengan jumlah kolom lain di tabel yang sama (misalnya Jumlah ' +
      'Rekomendasi = Sudah + Belum Ditindaklanjuti, Jumlah = Laki-laki + Perempuan, atau Panjang Jalan = Baik + Sedang + Rusak), ' +
      'apa pun judul kolomnya: baris yang tidak cocok hampir pasti salah ketik di salah satu angkanya.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian',
  check(t, ctx) {
    // (a JUMLAH row adds up its rows' errors: judged after them; an indikator's share or state adds up to nothing)
    const rows = t.rows.filter((r) => r.level !== 'section' && r.level !== 'total' && counted(t, r));
    const totals = t.rows.filter((r) => r.level === 'total');
    const declared = declaredSums(t);
    inferSums(t, ctx, rows, totals, declared);
    // a sum the numbering row declares ("7 = 5+6", a Renja evaluation's "13 = 6+12"): the table's own word for it, so
    // judged without proportions to infer it from, where the rows follow it at least as often as they break it
    const all = declared.size ? [...rows, ...totals] : rows;
    for (const [sum, parts] of declared) {
      const x = figuresOf(t, all, sum);
      const px = parts.map((c) => figuresOf(t, all, c));
      const out: Sum = { sum, parts, agreeing: 0, bad: [] };
      all.forEach((row, i) => {
        if (!judged(x, px, i)) return;
        if (!adds(x, px, i)) out.bad.push(row);
        else if (x.nums[i] !== 0 && px.filter((p) => p.nums[i] !== 0).length >= 2) out.agreeing++;
      });
      if (out.bad.length && out.agreeing >= 1 && out.agreeing >= out.bad.length) reportSums(t, ctx, out, out.bad);
    }
  },
});

/** The sums the figures say a column is (on most rows, in proportions that differ), the declared ones aside. */
function inferSums(t: TableModel, ctx: RuleContext, rows: TableRow[], totals: TableRow[], declared: ReadonlyMap<TableColumn, TableColumn[]>): void {
  if (rows.length < MIN_AGREEING) return;
  // (a quarter's or a semester's figure adds up to the year's only for what is counted — money, people, documents —
  // never for a percentage or a state: periods are jumlah-total's, which tells them apart by the indikator)
  const cols = t.columns.filter(
    (c) =>
      (unitClass(c.unit) === 'money' || unitClass(c.unit) === 'count') &&
      !c.hidden &&
      !c.half &&
      !c.period &&
      !(c.role && NOT_INPUT.has(c.role)) &&
      !differenceDirection(c.header),
  );
  if (cols.length < 3 || cols.length > MAX_COLUMNS) return;
  const sampleSize = Math.min(rows.length, SAMPLE_ROWS);
  const figures = cols.map((c) => figuresOf(t, rows, c));
  const totalFigures = new Map(cols.map((c) => [c, figuresOf(t, totals, c)]));
  for (const x of figures) {
    // a band's Total over its kinds or periods: jumlah-total's
    if (x.col.bandTotal || t.columns.some((c) => c.partOf === x.col.col) || declared.has(x.col)) continue;
    const found: Sum[] = [];
    for (const parts of partSets(figures, x)) {
      if (sampleSize < rows.length && judge(x, parts, rows, sampleSize).agreeing === 0) continue;
      const p = judge(x, parts, rows, rows.length);
      if (p.agreeing > 0) found.push(p);
    }
    if (found.length === 0) continue;
    found.sort((p, q) => q.agreeing - p.agreeing || p.bad.length - q.bad.length);
    const best = found[0];
    // two sets of columns that explain the column as well: which one the table meant is not certain
    const badRows = (p: Sum) => p.bad.map((r) => r.row).join();
    if (found.some((p) => p !== best && p.agreeing === best.agreeing && badRows(p) !== badRows(best))) continue;
    // a JUMLAH row that does not add up across where its rows do (one above it that does not is the error, reported)
    const bad = new Set(best.bad);
    const tx = totalFigures.get(best.sum) as ColumnFigures;
    const tparts = best.parts.map((c) => totalFigures.get(c) as ColumnFigures);
    const badTotals = totals.filter((row, i) => judged(tx, tparts, i) && !adds(tx, tparts, i) && !t.partsOf(row).some((r) => bad.has(r)));
    reportSums(t, ctx, best, [...best.bad, ...badTotals]);
  }
}

/** The sums the numbering row declares (column-formula.numberedSumOf) of counts or amounts, parts of the same kind. */
function declaredSums(t: TableModel): Map<TableColumn, TableColumn[]> {
  const out = new Map<TableColumn, TableColumn[]>();
  for (const c of t.columns) {
    const kind = unitClass(c.unit);
    if ((kind !== 'money' && kind !== 'count') || c.hidden) continue;
    const parts = numberedSumOf(t, c);
    if (!parts || parts.length < 2 || parts.some((p) => unitClass(p.unit) !== kind)) continue;
    // (an indikator's periods add up to its year only where it counts what is done in each, a state's year is its last
    // period's: jumlah-total's to tell apart, row by row; money spent always adds up)
    if (kind === 'count' && parts.some((p) => p.period)) continue;
    out.set(c, parts);
  }
  return out;
}

/** Reports the rows of a column that do not add up its parts (unless another rule's correction explains them). */
function reportSums(t: TableModel, ctx: RuleContext, best: Sum, rows: TableRow[]): void {
  const money = unitClass(best.sum.unit) === 'money' || isAmountColumn(t, best.sum);
  const kind = money ? 'rupiah' : 'angka';
  const mag = money ? best.sum.magnitude : undefined;
  for (const row of rows) {
    const involved = [best.sum, ...best.parts];
    const cells = involved.map((c) => t.address(row, c));
    const figs = involved.map((c) => asFigure(t.figure(row, c)) as Figure);
    // the sum itself another rule already reported (a "Jumlah" column checked against its parts by its header); a
    // part another rule found wrong (a total that does not add up down its column) with whose right value the row
    // adds up: that figure is the error, already reported
    const fixed = cells.map((c) => ctx.corrected(t.sheet, c));
    if (fixed[0] !== undefined) continue;
    if (fixed.some((v) => v !== undefined)) {
      const values = fixed.map((v, k) => (v !== undefined ? new Decimal(v) : figs[k].value));
      if (total(values.slice(1)).equals(values[0])) continue;
    }
    const expected = total(figs.slice(1).map((f) => f.value));
    const show = (v: Decimal) => showValue(v, kind, 2, mag);
    const values = figs
      .slice(1)
      .map((f) => show(f.value))
      .join(' + ');
    ctx.report({
      cell: cells[0],
      related: cells.slice(1),
      expected: num(expected),
      actual: num(figs[0].value),
      unit: kind,
      magnitude: mag,
      computation: `${cells.slice(1).join(' + ')} = ${values} = ${show(expected)}`,
      message: messages.jumlah({
        column: best.sum.header.split(' / ').pop() || 'Jumlah',
        row: rowName(row),
        stated: show(figs[0].value),
        parts: best.parts.map(named).join(' + '),
        values,
        expected: show(expected),
        agreeing: best.agreeing,
      }),
    });
  }
}
