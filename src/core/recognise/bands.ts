/** Scale stage: the bands of a skala penilaian table ("≥ 91 | Sangat Tinggi", "76 – 90 | Tinggi", "< 50 | Kurang"). */
import { cellFigure } from '../figures';
import { Cell, Grid, isBlankValue } from '../snapshot';
import { parseBandText, parseInterval } from '../scale';
import { Band, columnCount, TableColumn, TableRow } from '../types';
import { isYearValue, norm } from '../vocabulary';
import { textOf } from './cells';
import { MAX_BAND_LABEL_CHARS, SCALE_BAND_ROW_SHARE, SCALE_MAX_COLUMNS, SCALE_MAX_ROWS } from './thresholds';

export function readBands(grid: Grid, columns: TableColumn[], rows: TableRow[]): Band[] | undefined {
  // A rating scale has a handful of bands: a long table is never one.
  if (rows.length < 2 || rows.length > SCALE_MAX_ROWS || columnCount(columns) > SCALE_MAX_COLUMNS) return undefined;
  // a table of targets and their realisasi is an indikator's, never a scale
  if (columns.some((c) => c.role === 'target') && columns.some((c) => c.role === 'realisasi')) return undefined;
  // rows named by years (Tahun | Nilai | Predikat: the office's score year by year) are a history, never a scale's bands
  if (columns.some((c) => yearsDown(grid, c, rows))) return undefined;
  let best: { col: number; bands: Band[] } | undefined = boundColumnBands(grid, columns, rows);
  for (const c of columns) {
    // (a target written as a range, "≥ 10%" or "18 - 20%", is an indikator's, never a band)
    if (c.role === 'no' || c.role === 'target') continue;
    // the label columns: a letter grade and its words ("AA | Sangat Memuaskan") are both the band's name
    const labelCols = labelColumns(grid, columns, rows, [c.col]);
    const labelCol = labelCols[0];
    if (!labelCol) continue;
    const second = labelCols.slice(1).find((x) => rows.every((r) => textOf(grid.get(r.row, x.col)).length <= MAX_ALIAS_CHARS));
    const bands: Band[] = [];
    // a lone value typed among written intervals is a band of that value alone; in a column of plain values, a bound
    const written = rows.filter((r) => {
      const cell = grid.get(r.row, c.col);
      return typeof cell?.value === 'string' && parseInterval(textOf(cell)) !== undefined;
    }).length;
    for (const r of rows) {
      const cell = grid.get(r.row, c.col);
      const t = textOf(cell);
      if (t === '') continue;
      let iv = typeof cell?.value === 'string' ? (written >= 2 ? parseBandText(t) : parseInterval(t)) : undefined;
      // A plain number (or one typed as text) is a lower bound only in a column whose header says it holds the
      // scale's values.
      const bound = !iv && c.role === 'interval' ? boundOf(cell) : undefined;
      if (bound !== undefined) iv = { lower: bound, lowerInclusive: true, upperInclusive: false };
      const first = textOf(grid.get(r.row, labelCol.col));
      if (!iv || !isLabelText(first)) continue;
      const alias = second ? textOf(grid.get(r.row, second.col)) : '';
      bands.push({ ...iv, label: alias && isLabelText(alias) ? `${first}/${alias}` : first });
    }
    // a scale's bounds written as plain figures rise or fall down its rows ("90 | 75 | 60 | 0"): figures in no order
    // are scores of their own ("Komponen | Bobot | Nilai" of a SAKIP evaluation), never a scale
    const bounds = bands.filter((b) => b.upper === undefined && b.lower !== undefined).map((b) => b.lower as number);
    if (bounds.length === bands.length && !monotonic(bounds)) continue;
    if (bands.length >= 2 && bands.length >= Math.ceil(rows.length * SCALE_BAND_ROW_SHARE) && (!best || bands.length > best.bands.length))
      best = { col: c.col, bands };
  }
  if (!best || !validBands(best.bands)) return undefined;
  // each band of a scale has a name of its own: a name given twice is a figure's grade written on each row
  const names = new Set(best.bands.map((b) => norm(b.label)));
  if (names.size < best.bands.length) return undefined;
  return best.bands;
}

/** Whether figures strictly rise, or strictly fall, in the order given. */
function monotonic(xs: number[]): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < xs.length; i++) {
    if (xs[i] <= xs[i - 1]) up = false;
    if (xs[i] >= xs[i - 1]) down = false;
  }
  return up || down;
}

/** Whether every row with a value in the column holds a year (2021, "2022"), at least two of them. */
function yearsDown(grid: Grid, c: TableColumn, rows: TableRow[]): boolean {
  let years = 0;
  for (const r of rows) {
    const v = grid.value(r.row, c.col);
    if (isBlankValue(v)) continue;
    if (!isYearValue(v)) return false;
    years++;
  }
  return years >= 2;
}

/** Two bands or more, and only the floor band without a lower bound. */
export function validBands(bands: Band[]): boolean {
  return bands.length >= 2 && bands.filter((b) => b.lower === undefined).length <= 1;
}

/** Headers of a scale's two bound columns: "Batas Bawah | Batas Atas", "Nilai Terendah | Nilai Tertinggi", "Min | Maks". */
export const LOWER_BOUND_HEADER = /(batas bawah|terendah|minimal|minimum|\bmin\.?$|^dari\b)/;
export const UPPER_BOUND_HEADER = /(batas atas|tertinggi|maksimal|maksimum|\bmaks?\.?$|^(sampai|hingga|s\.?\s?d\.?)\b)/;

/**
 * A scale whose bounds stand in two columns of plain numbers (No | Batas Bawah | Batas Atas | Predikat, or the upper
 * first): each band holds both of its bounds, as the office wrote them (90 – 100, 75 – 89,99).
 */
function boundColumnBands(grid: Grid, columns: TableColumn[], rows: TableRow[]): { col: number; bands: Band[] } | undefined {
  const leaf = (c: TableColumn) => norm(c.header.split(' / ').pop() ?? '');
  // (never the empty half of a bound's column cut in two)
  const low = columns.find((c) => !c.half && LOWER_BOUND_HEADER.test(leaf(c)));
  // (in either order: "Batas Atas | Batas Bawah" lists the top of each band first)
  const high = low && columns.find((c) => !c.half && c.col !== low.col && UPPER_BOUND_HEADER.test(leaf(c)));
  if (!low || !high) return undefined;
  const [labelCol] = labelColumns(grid, columns, rows, [low.col, high.col]);
  if (!labelCol) return undefined;
  const bands: Band[] = [];
  for (const r of rows) {
    const lowCell = grid.get(r.row, low.col);
    const highCell = grid.get(r.row, high.col);
    const a = boundOf(lowCell);
    const b = boundOf(highCell);
    const label = textOf(grid.get(r.row, labelCol.col));
    if (!isLabelText(label)) continue;
    // a bound left open ("-" or blank): the top band has no upper one, the bottom band no lower one
    if (a !== undefined && b === undefined && openBound(highCell)) bands.push({ lower: a, lowerInclusive: true, upperInclusive: false, label });
    else if (a === undefined && b !== undefined && openBound(lowCell)) bands.push({ upper: b, upperInclusive: true, lowerInclusive: false, label });
    else if (a !== undefined && b !== undefined && a <= b) bands.push({ lower: a, lowerInclusive: true, upper: b, upperInclusive: true, label });
  }
  // (only the highest band may be open above, only the lowest below)
  const highestLower = bands.reduce((m, x) => Math.max(m, x.lower ?? -Infinity), -Infinity);
  const lowestUpper = bands.reduce((m, x) => Math.min(m, x.upper ?? Infinity), Infinity);
  if (bands.some((x) => (x.upper === undefined && (x.lower ?? -Infinity) < highestLower) || (x.lower === undefined && (x.upper ?? Infinity) > lowestUpper)))
    return undefined;
  return bands.length >= 2 && bands.length >= Math.ceil(rows.length * SCALE_BAND_ROW_SHARE) ? { col: low.col, bands } : undefined;
}

/**
 * A bound as a plain figure in percent points: a number, or one typed as text ("89,99", "90%"); a fraction under a %
 * format is its points (0,9 shown 90 % is 90). Undefined for anything else (words, "≥ 90": a band of its own).
 */
function boundOf(cell: Cell | undefined): number | undefined {
  if (!cell || (typeof cell.value !== 'number' && typeof cell.value !== 'string')) return undefined;
  const f = cellFigure(cell);
  return f.kind === 'figure' && !f.comparator && !f.unitText && f.unit !== 'rupiah' ? f.value.toNumber() : undefined;
}

/** A bound cell left open: blank, or a dash or other sign of no figure ("-", "–"). */
function openBound(cell: Cell | undefined): boolean {
  return !cell || isBlankValue(cell.value) || (typeof cell.value === 'string' && cellFigure(cell).kind === 'empty');
}

/** The columns (other than the numbering and those given) where some row holds a band's name. */
function labelColumns(grid: Grid, columns: TableColumn[], rows: TableRow[], besides: number[]): TableColumn[] {
  // (an indikator or sasaran names what is measured, never a band: "Indikator Mutu | Standar ≥ 85%" lists a hospital's
  // quality indicators and their standards, no scale)
  return columns.filter(
    (x) =>
      !besides.includes(x.col) &&
      x.role !== 'no' &&
      x.role !== 'indikator' &&
      x.role !== 'sasaran' &&
      rows.some((r) => isLabelText(textOf(grid.get(r.row, x.col)))),
  );
}

/** A second label column joins the band's name only when it holds names, not sentences of advice. */
export const MAX_ALIAS_CHARS = 30;

/** A band's name: words ("Sangat Tinggi", "Memuaskan") or a letter grade (AA, A, BB, B, CC, C, D, E). */
export function isLabelText(t: string): boolean {
  return t.length > 0 && t.length <= MAX_BAND_LABEL_CHARS && (/[A-Za-z]{3,}/.test(t) || LETTER_GRADE.test(t)) && parseInterval(t) === undefined;
}

const LETTER_GRADE = /^[A-E]{1,2}[+-]?$/;
