/** Helpers the rules share: reading a table's figures, tolerances of displayed figures, wording. */
import Decimal from 'decimal.js';
import { a1 } from '../address';
import { cellFigure, Figure, formatIndonesian, formatPersen, formatRupiah, ParsedFigure } from '../figures';
import { Grid } from '../snapshot';
import { ColumnRole, Table, TableColumn, TableRow } from '../types';
import { RuleContext } from './index';

export const AMOUNT_ROLES = new Set<ColumnRole>(['anggaran', 'realisasi-anggaran']);
export const PERCENT_ROLES = new Set<ColumnRole>(['capaian', 'serapan', 'efisiensi']);

export function gridOf(ctx: RuleContext, t: Table): Grid {
  const g = ctx.grids.get(t.sheet);
  if (!g) throw new Error(`sheet ${t.sheet} tidak ada`);
  return g;
}

export function figureAt(grid: Grid, row: number, col: number): ParsedFigure {
  return cellFigure(grid.get(row, col));
}

export function asFigure(p: ParsedFigure): Figure | undefined {
  return p.kind === 'figure' ? p : undefined;
}

export function columnsWith(t: Table, role: ColumnRole): TableColumn[] {
  return t.columns.filter((c) => c.role === role);
}

/** Data rows: not section rows, not totals. */
export function dataRows(t: Table): TableRow[] {
  return t.rows.filter((r) => r.level !== 'section' && r.level !== 'total');
}

/**
 * A stated percentage is consistent with the computed one when it is less than one unit of its last shown digit
 * away: reports both round and truncate (Gowa shows 97 % for 97,62 %), so 0 decimals → < 1 point, 2 → < 0,01.
 */
export function withinDisplay(stated: Decimal, decimals: number, computed: Decimal): boolean {
  const unit = new Decimal(10).pow(-Math.min(decimals, 6));
  return stated.minus(computed).abs().lessThan(unit);
}

/** A percentage cell's value in percent points. A plain number below 10 in a % role is read as a fraction. */
export function percentOf(f: Figure, computedHint?: Decimal): { value: Decimal; decimals: number } {
  if (f.unit === 'persen') return { value: f.value, decimals: f.decimals };
  if (f.unit === 'angka' && !f.fromText && f.value.abs().lessThan(10) && computedHint && computedHint.abs().greaterThan(20)) {
    return { value: f.value.times(100), decimals: Math.max(0, f.decimals - 2) };
  }
  return { value: f.value, decimals: f.decimals };
}

export function addr(row: number, col: number): string {
  return a1(row, col);
}

/** "C13:C14" for consecutive rows, else the cells listed. */
export function cellsRef(rows: number[], col: number): string[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a - b);
  const consecutive = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (consecutive && sorted.length > 1) return [`${a1(sorted[0], col)}:${a1(sorted[sorted.length - 1], col)}`];
  return sorted.map((r) => a1(r, col));
}

export function isAmountColumn(t: Table, col: TableColumn, grid: Grid): boolean {
  if (col.role && AMOUNT_ROLES.has(col.role)) return true;
  // an unnamed figure column holding rupiah
  for (const r of t.rows) {
    const f = asFigure(figureAt(grid, r.row, col.col));
    if (f) return f.unit === 'rupiah' || f.value.abs().greaterThanOrEqualTo(1000000);
  }
  return false;
}

export function showValue(v: Decimal, kind: 'rupiah' | 'persen' | 'angka', decimals = 2): string {
  if (kind === 'rupiah') return formatRupiah(v);
  if (kind === 'persen') return formatPersen(v, decimals);
  return formatIndonesian(v, v.isInteger() ? 0 : Math.min(4, Math.max(decimals, v.decimalPlaces())));
}

/** A number for the JSON `expected`/`actual` fields, rounded sensibly. */
export function num(v: Decimal, places = 4): number {
  return v.toDecimalPlaces(places).toNumber();
}

const COLUMN_NOUN: Partial<Record<ColumnRole, string>> = {
  anggaran: 'Anggaran',
  'realisasi-anggaran': 'Realisasi anggaran',
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian',
  serapan: 'Serapan',
  efisiensi: 'Efisiensi',
  jumlah: 'Jumlah',
  nilai: 'Nilai',
};

export function columnNoun(col: TableColumn): string {
  if (col.role && COLUMN_NOUN[col.role]) return COLUMN_NOUN[col.role] as string;
  const h = col.header.split(' / ').pop() ?? '';
  return h ? h.charAt(0).toUpperCase() + h.slice(1).toLowerCase() : 'Nilai';
}

/** Short name of a row for messages: "Program Penanganan Bencana", "baris 12". */
export function rowName(row: TableRow): string {
  const l = row.label.trim();
  if (!l) return `baris ${row.row}`;
  return l.length > 70 ? `${l.slice(0, 67)}…` : l;
}

/** What a performance figure is about: the row's indikator (merged cells read from their top), else its label. */
export function subjectOf(grid: Grid, t: Table, row: TableRow, beforeCol?: number): string {
  const cols = t.columns.filter((c) => c.role === 'indikator' && (beforeCol === undefined || c.col < beforeCol));
  for (const c of cols.reverse()) {
    const v = grid.shownValue(row.row, c.col);
    if (typeof v === 'string' && v.trim()) return rowName({ ...row, label: v.trim() });
  }
  return rowName(row);
}

/** Figures in a column over given rows: the exact stored values and the displayed decimals. */
export function sumFigures(figs: Figure[]): Decimal {
  return figs.reduce((s, f) => s.plus(f.value), new Decimal(0));
}

/**
 * Σ parts = whole, allowing only for display rounding where a figure holds more precision than it shows: integer
 * amounts and counts must match exactly (an error of 1 is still an error).
 */
export function sumsAgree(whole: Figure, parts: Figure[]): boolean {
  // Whole numbers below 2^53 add exactly in floating point: decide without decimal.js.
  if (Number.isInteger(whole.num) && parts.every((p) => Number.isInteger(p.num) && p.decimals === 0) && whole.decimals === 0) {
    let s = 0;
    for (const p of parts) s += p.num;
    if (Math.abs(s) < Number.MAX_SAFE_INTEGER) return s === whole.num;
  }
  const sum = sumFigures(parts);
  if (sum.equals(whole.value)) return true;
  const all = [whole, ...parts];
  const hidden = all.some((f) => f.value.decimalPlaces() > f.decimals);
  if (!hidden) {
    // Text figures and numbers shown as stored: compare at the shown precision only.
    const d = Math.max(...all.map((f) => f.decimals));
    return sum.toDecimalPlaces(d).equals(whole.value.toDecimalPlaces(d));
  }
  const d = Math.min(...all.map((f) => f.decimals));
  const tol = new Decimal(10)
    .pow(-d)
    .times(0.5)
    .times(parts.length + 1);
  return sum.minus(whole.value).abs().lessThanOrEqualTo(tol);
}

/**
 * Is a stated percentage consistent with part / base × 100, within one unit of its last shown digit? Floats decide
 * when the difference is clearly inside or outside that unit; decimal.js decides at the edge.
 */
export function ratioCheck(
  stated: Figure,
  part: Figure,
  base: Figure,
): { ok: boolean; expected: () => Decimal; shown: () => { value: Decimal; decimals: number } } {
  const approx = (part.num / base.num) * 100;
  let s = stated.num;
  let d = stated.decimals;
  if (stated.unit === 'angka' && !stated.fromText && Math.abs(stated.num) < 10 && Math.abs(approx) > 20) {
    s *= 100;
    d = Math.max(0, d - 2);
  }
  const unit = Math.pow(10, -Math.min(d, 6));
  const diff = Math.abs(s - approx);
  const margin = 1e-9 * Math.max(1, Math.abs(approx));
  const expected = () => part.value.div(base.value).times(100);
  const shown = () => percentOf(stated, expected());
  if (diff < unit - margin) return { ok: true, expected, shown };
  if (diff > unit + margin) return { ok: false, expected, shown };
  const p = shown();
  return { ok: withinDisplay(p.value, p.decimals, expected()), expected, shown };
}
