/** Helpers the rules share: how figures and rows are named in messages, and cell references for `related`. */
import Decimal from 'decimal.js';
import { a1 } from '../address';
import { Figure, formatIndonesian, formatPersen, formatRupiah } from '../figures';
import { displayUnit, withinDisplay } from '../measures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { ColumnRole, ColumnUnit, TableColumn, TableRow } from '../types';
import { isPercentHeader, isRevisionLeaf, norm } from '../vocabulary';

export { asFigure };

export const AMOUNT_ROLES = new Set<ColumnRole>(['anggaran', 'realisasi-anggaran']);
export const PERCENT_ROLES = new Set<ColumnRole>(['capaian', 'serapan', 'efisiensi']);

/**
 * "C13:C14" for consecutive rows, else the cells listed; with the table, each row's cell where it stands (a column cut in
 * two holds some rows' figures in its twin: TableModel.columnAt).
 */
export function cellsRef(rows: number[], col: number, t?: Pick<TableModel, 'columnAt'>): string[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a - b);
  const cols = t ? sorted.map((r) => t.columnAt(r, col)) : undefined;
  const oneColumn = !cols || cols.every((c) => c === col);
  const consecutive = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (oneColumn && consecutive && sorted.length > 1) return [`${a1(sorted[0], col)}:${a1(sorted[sorted.length - 1], col)}`];
  return sorted.map((r, i) => a1(r, cols ? cols[i] : col));
}

/** A column of rupiah: an amount role, its unit, or an unnamed figure column holding rupiah or millions. */
export function isAmountColumn(t: TableModel, col: TableColumn): boolean {
  if ((col.role && AMOUNT_ROLES.has(col.role)) || col.unit === 'money') return true;
  for (const r of t.rows) {
    const f = asFigure(t.figure(r, col));
    if (f) return f.unit === 'rupiah' || f.value.abs().greaterThanOrEqualTo(1000000);
  }
  return false;
}

export type ShowKind = 'rupiah' | 'persen' | 'angka';

/** What a column's figures add up or divide with: amounts with amounts, counts and plain figures together, percentages. */
export const unitClass = (u: ColumnUnit | undefined): 'money' | 'count' | 'percent' | undefined =>
  u === 'money' ? 'money' : u === 'count' || u === 'number' ? 'count' : u === 'percent' ? 'percent' : undefined;

/** Money written in thousands or millions ("Rp juta", "dalam ribuan rupiah"): each figure rounded from its rupiah. */
export const roundedFromRupiah = (cols: readonly TableColumn[]): boolean => cols.some((c) => c.magnitude !== undefined);

export function showValue(v: Decimal, kind: ShowKind, decimals = 2, magnitude?: number): string {
  if (kind === 'rupiah') return formatRupiah(v, magnitude);
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

/**
 * A column's header as a message names it: its last line, with the band above where that line says nothing alone — a
 * qualifier ("thd Perubahan", "s.d. TW III", a revision: "Murni") or a letter or sign ("K", "Rp", "%"): "Persentase
 * Realisasi (%) thd Perubahan", "Anggaran (Rp) Murni".
 */
export function headerLeaf(header: string, fallback: string): string {
  const parts = header.split(' / ').map((p) => p.trim());
  const leaf = parts[parts.length - 1] ?? '';
  if (!leaf) return fallback;
  const qualifier = /^(thd|terhadap|s\.?d\.?|s\/d|sampai)\b/i.test(leaf) || isRevisionLeaf(norm(leaf)) || leaf.replace(/[^\p{L}]/gu, '').length <= 2;
  return qualifier && parts.length >= 2 ? `${parts[parts.length - 2]} ${leaf}` : leaf;
}

/**
 * How a message names a column: by its role's noun, or — a column of figures no role names ("Lebih / (Kurang)",
 * "Kondisi Baik (km)") — by its header, where that has words.
 */
export function columnName(col: TableColumn): string {
  const leaf = (col.header.split(' / ').pop() ?? '').trim();
  return col.role === 'nilai' && /\p{L}{2}/u.test(leaf) ? leaf : columnNoun(col);
}

export function columnNoun(col: TableColumn): string {
  if (col.role && COLUMN_NOUN[col.role]) return COLUMN_NOUN[col.role] as string;
  const h = col.header.split(' / ').pop() ?? '';
  return h ? h.charAt(0).toUpperCase() + h.slice(1).toLowerCase() : 'Nilai';
}

/** Short name of a row for messages: "Program Penanganan Bencana", "baris 12". */
export function rowName(row: Pick<TableRow, 'row' | 'label'>): string {
  // a header cell wrapped by hand ("Persentase persalinan⏎di faskes") reads as one line in a sentence
  const l = row.label.replace(/\s+/g, ' ').trim();
  if (!l) return `baris ${row.row}`;
  return l.length > 70 ? `${l.slice(0, 67)}…` : l;
}

/** What a performance figure is about: the row's indikator (merged cells read from their top), else its label. */
export function subjectOf(t: TableModel, row: TableRow, beforeCol?: number): string {
  const cols = t.columnsWith('indikator').filter((c) => beforeCol === undefined || c.col < beforeCol);
  for (const c of cols.reverse()) {
    const v = t.shown(row, c);
    if (typeof v === 'string' && v.trim()) return rowName({ row: row.row, label: v.trim() });
  }
  return rowName(row);
}

/** The row's satuan ("orang", "dokumen") when the table has a Satuan column. */
export function satuanOf(t: TableModel, row: TableRow): string | undefined {
  const c = t.lastColumn('satuan');
  if (!c) return undefined;
  const v = t.text(row, c);
  return v && v.length <= 20 ? v : undefined;
}

/**
 * The rows whose figures a total adds in a column: a covered row with nothing in that column (a programme heading
 * over its kegiatan) gives way to its children, and theirs — a "Sub Total" under a programme's kegiatan adds them, a
 * programme's pagu its sub kegiatan under kegiatan written as headings.
 */
export function withChildrenOfBlank(t: TableModel, rows: TableRow[], col: TableColumn | number): TableRow[] {
  if (!rows.some((r) => t.figureKind(r, col) === 'empty' && t.children(r).length > 0)) return rows;
  const out: TableRow[] = [];
  const add = (r: TableRow) => {
    const kids = t.figureKind(r, col) === 'empty' ? t.children(r) : [];
    if (kids.length === 0) out.push(r);
    else for (const k of kids) add(k);
  };
  for (const r of rows) add(r);
  return out;
}

/** A figure kind that makes a sum or ratio impossible to judge: words, an error value, an unreadable figure. */
export function blocksArithmetic(kind: string): boolean {
  return kind === 'invalid' || kind === 'error' || kind === 'text';
}

export type Direction = 'base-part' | 'part-base' | 'either';

/** A header that names a difference, and which way round it is taken (by the words, never by the figures). */
export function differenceDirection(header: string): Direction | undefined {
  const leaf = norm(header.split(' / ').pop() ?? '');
  // a gap between the physical and the financial progress ("Deviasi Fisik-Keuangan (%)", "Selisih Fisik dan Keuangan"):
  // two percentages of progress, neither the pagu nor the target (a change of two columns, selisih-kolom's if the
  // figures say which)
  if (/\bfisik\b/.test(leaf)) return undefined;
  // a change between two years ("Selisih Realisasi 2024 dan 2023", "Selisih thd Tahun Lalu"): not realisasi − target
  if ((leaf.match(/\b(19|20)\d\d\b/g) ?? []).length >= 2 || /\btahun (lalu|sebelumnya)\b/.test(leaf)) return undefined;
  // what is left of the pagu: "Sisa", "SiLPA", "Tidak Terserap", a saving in rupiah ("Efisiensi (Rp)", "Penghematan
  // (Rp)", a figure column)
  if (/^(sisa|silpa|efisiensi|penghematan|balance|remaining|unspent)\b|\b(tidak|belum) (ter|di)?(serap|r?ealisasi)/.test(leaf)) return 'base-part';
  // (an LRA's "Bertambah/(Berkurang)": realisasi − anggaran, as "Lebih/(Kurang)")
  if (/(lebih ?\/ ?\(? ?kurang|bertambah ?\/ ?\(? ?berkurang)/.test(leaf)) return 'part-base';
  if (namesGap(leaf)) return 'either';
  return undefined;
}

/** A header line (normalised) that names a gap of two figures: "Selisih …", "Deviasi …", "Gap (R-T)", "Variance". */
export function namesGap(leaf: string): boolean {
  return /\bselisih\b|^deviasi|^gap\b|^variance\b|^difference\b/.test(leaf);
}

/** The two columns a difference column is taken from: pagu and realisasi anggaran, else target and realisasi. */
/** A column of percentages, by its figures or its header ("Sisa (%)"). */
export function isPercentColumn(col: TableColumn): boolean {
  return col.unit === 'percent' || isPercentHeader(col.header);
}

export function differenceOperands(t: TableModel, col: TableColumn): { base: TableColumn; part: TableColumn; money: boolean } | undefined {
  const pagu = t.lastColumn('anggaran', col.col);
  const spent = t.lastColumn('realisasi-anggaran', col.col);
  // (a difference in percent, "Sisa (%)" = 100 − serapan, is no difference of amounts: its share of the pagu is
  // persen-kolom's to judge)
  if (pagu && spent && !isPercentColumn(col)) return { base: pagu, part: spent, money: true };
  const target = t.lastColumn('target', col.col);
  const realisasi = t.lastColumn('realisasi', col.col);
  if (target && realisasi) return { base: target, part: realisasi, money: false };
  return undefined;
}

/**
 * Whether a stated difference shows base − part (or part − base, or either, as its header says), to its last shown digit;
 * with a slack, to within it (the rounding of amounts in thousands or millions).
 */
export function differenceAgrees(direction: Direction, stated: Figure, basePart: Decimal, slack?: Decimal): boolean {
  const shows = (d: Decimal) => (slack ? stated.value.minus(d).abs().lessThanOrEqualTo(slack) : withinDisplay(stated.value, stated.decimals, d));
  return direction === 'base-part' ? shows(basePart) : direction === 'part-base' ? shows(basePart.neg()) : shows(basePart) || shows(basePart.neg());
}

/**
 * Whether a row's difference agrees with its own pagu and realisasi as they are shown — in thousands or millions, off by
 * their rounding (half a unit for each of the three figures, each rounded from its rupiah).
 */
export function rowDifferenceAgrees(d: NonNullable<ReturnType<typeof rowDifference>>, col: TableColumn): boolean {
  const basePart = d.base.value.minus(d.part.value);
  if (differenceAgrees(d.direction, d.stated, basePart)) return true;
  if (!roundedFromRupiah([col, d.ops.base, d.ops.part])) return false;
  const slack = displayUnit(Math.max(d.stated.decimals, d.base.decimals, d.part.decimals)).times(1.5);
  return differenceAgrees(d.direction, d.stated, basePart, slack);
}

/** Each difference column's convention, worked out once per run (columns are objects of one run's tables). */
const CONVENTION = new WeakMap<TableColumn, Direction | null>();

/**
 * The way round a difference column's figures go: its header's, unless most of its rows show the other way (a
 * "Lebih/(Kurang)" with every under-spend written as a positive amount): one convention of the table's own, not an error
 * in each row — the rows against it are the errors.
 */
function columnDirection(t: TableModel, col: TableColumn): Direction | undefined {
  const cached = CONVENTION.get(col);
  if (cached !== undefined) return cached ?? undefined;
  const declared = differenceDirection(col.header);
  let direction = declared;
  const ops = declared && declared !== 'either' ? differenceOperands(t, col) : undefined;
  if (declared && ops) {
    const opposite: Direction = declared === 'base-part' ? 'part-base' : 'base-part';
    let asHeader = 0;
    let reversed = 0;
    for (const row of t.rows) {
      const figs = rowFigures(t, row, col, ops);
      if (!figs) continue;
      const basePart = figs.base.value.minus(figs.part.value);
      if (differenceAgrees(declared, figs.stated, basePart)) asHeader++;
      else if (differenceAgrees(opposite, figs.stated, basePart)) reversed++;
    }
    if (reversed >= 2 && reversed > asHeader) direction = opposite;
  }
  CONVENTION.set(col, direction ?? null);
  return direction;
}

/** A row's stated difference and the two figures it is taken from, all readable (no bound, no percentage of money). */
function rowFigures(
  t: TableModel,
  row: TableRow,
  col: TableColumn,
  ops: { base: TableColumn; part: TableColumn; money: boolean },
): { stated: Figure; base: Figure; part: Figure } | undefined {
  const stated = asFigure(t.figure(row, col));
  const base = asFigure(t.figure(row, ops.base));
  const part = asFigure(t.figure(row, ops.part));
  if (!stated || !base || !part || base.comparator || part.comparator || (ops.money && (base.unit === 'persen' || part.unit === 'persen'))) return undefined;
  return { stated, base, part };
}

/**
 * The difference a row states in a difference column and the two figures of its own row it is taken from; undefined
 * where the column names no difference, the figures are missing, or one is a bound ("<5%") or a percentage beside
 * amounts (nothing to subtract).
 */
export function rowDifference(
  t: TableModel,
  row: TableRow,
  col: TableColumn,
): { direction: Direction; ops: { base: TableColumn; part: TableColumn; money: boolean }; stated: Figure; base: Figure; part: Figure } | undefined {
  if (col.role !== 'nilai') return undefined;
  const direction = columnDirection(t, col);
  const ops = direction && differenceOperands(t, col);
  if (!direction || !ops) return undefined;
  const figs = rowFigures(t, row, col, ops);
  return figs && { direction, ops, ...figs };
}

/**
 * The rows with each run that repeats one name (in `nameCol`) and one figure (in `col`) kept once — a programme and its
 * anggaran written again beside each of its indikator, not merged; `repeated` says whether any row was left out. Rows
 * without a figure are kept and end no run.
 */
export function onceEachRepeat(t: TableModel, rows: TableRow[], nameCol: TableColumn, col: TableColumn): { rows: TableRow[]; repeated: boolean } {
  const out: TableRow[] = [];
  let repeated = false;
  let lastName = '';
  let last: Figure | undefined;
  for (const r of rows) {
    const f = asFigure(t.figure(r, col));
    if (!f) {
      out.push(r);
      continue;
    }
    const v = t.shown(r, nameCol);
    // (the name as read, whatever its case, spacing or line breaks: "Program Pemenuhan⏎Upaya Kesehatan" again in capitals)
    const name = typeof v === 'string' ? norm(v) : '';
    if (name !== '' && name === lastName && last !== undefined && last.value.equals(f.value)) {
      repeated = true;
      continue;
    }
    out.push(r);
    lastName = name;
    last = f;
  }
  return { rows: out, repeated };
}

/**
 * What a cell that is a SUBTOTAL of a sum or a mean (9/109, 1/101) aggregates, undefined for any other cell: Excel
 * leaves out of it the rows a filter hides (and, 101–111, the rows hidden by hand), so it is the figure of the rows left
 * showing.
 */
export function subtotalOf(t: TableModel, row: TableRow, col: TableColumn): 'sum' | 'average' | undefined {
  const aggregate = t.aggregateAt(row, col);
  return aggregate && /^\s*=?\s*(?:_xlfn\.)?SUBTOTAL\s*\(/i.test(t.formula(row, col) ?? '') ? aggregate : undefined;
}
