/**
 * Table recognition: finds the standard LKjIP tables (and other tables) on every sheet of a snapshot, however staff
 * laid them out, and reads their structure: header rows, column roles and years, row levels and parents, and the
 * bands of a scale table. Every rule here comes from how the reports are written (header vocabulary, merged
 * group headers, numbering, bold, indent), never from a particular workbook.
 */
import { RangeRef } from './address';
import { TableModel } from './model';
import { cellFigure, cleanText } from './figures';
import { parseInterval } from './scale';
import { Cell, Grid, isBlankValue, isErrorValue, WorkbookSnapshot } from './snapshot';
import { Band, ColumnRole, FIGURE_ROLES, RowLevel, Table, TableColumn, TableKind, TableRow } from './types';
import {
  columnNumberOf,
  explicitLevel,
  isCaption,
  isHeaderWord,
  isNote,
  isSignatureLine,
  isSubHeaderWord,
  isTotalLabel,
  isYearText,
  norm,
  roleFromHeader,
  SECTION_RE,
  yearOf,
} from './vocabulary';

/** Every table of every sheet, in workbook order, as the table model. */
export function recogniseWorkbook(snapshot: WorkbookSnapshot): TableModel[] {
  const tables: TableModel[] = [];
  for (const s of snapshot.sheets) {
    const grid = new Grid(s);
    for (const t of recogniseSheet(grid)) tables.push(new TableModel(t, grid));
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------------------------

const MAX_HEADER_ROWS = 5;
const MAX_HEADER_CELL = 90;

function textOf(c: Cell | undefined): string {
  if (!c || c.value === null) return '';
  if (isErrorValue(c.value)) return c.value.error;
  return cleanText(String(c.value));
}

function isTextCell(c: Cell): boolean {
  return typeof c.value === 'string' && /[A-Za-z%]/.test(c.value);
}

/** A cell that can stand in a header: words, a year, or a column number. */
function isHeaderish(c: Cell): boolean {
  const t = textOf(c);
  if (t === '') return false;
  if (typeof c.value === 'number') return isYearText(t) || (Number.isInteger(c.value) && c.value > 0 && c.value < 50);
  if (typeof c.value !== 'string') return false;
  if (t.length > MAX_HEADER_CELL) return false;
  if (isYearText(t) || columnNumberOf(t) !== undefined) return true;
  const f = cellFigure(c);
  if (f.kind === 'figure' && !/^(%|\(%\))$/.test(t)) return false;
  return /[A-Za-z%]/.test(t);
}

/** The top row of a table's header: words of the domain in (nearly) every cell, nothing that reads as data. */
function isTopHeaderRow(cells: Cell[], strict = false): boolean {
  const filled = cells.filter((c) => textOf(c) !== '');
  if (filled.length < 2) return false;
  let hits = 0;
  for (const c of filled) {
    const t = textOf(c);
    if (!isHeaderish(c) || isCaption(t) || isSignatureLine(t)) return false;
    if (/:\s*$/.test(t) || /^\s*:/.test(t)) return false;
    if (typeof c.value === 'number' || isYearText(t) || columnNumberOf(t) !== undefined) continue;
    if (isHeaderWord(t)) hits++;
  }
  const words = filled.filter((c) => typeof c.value === 'string' && !isYearText(textOf(c)) && columnNumberOf(textOf(c)) === undefined).length;
  if (words < 2 && !(words === 1 && filled.length >= 3)) return false;
  if (strict) return hits >= 2 && hits >= Math.ceil(words * 0.6) && filled.every((c) => textOf(c).length <= 45);
  if (words <= 3) return hits === words;
  return hits >= Math.ceil(words * 0.5);
}

function isColumnNumberRow(cells: Cell[]): boolean {
  const filled = cells.filter((c) => textOf(c) !== '');
  if (filled.length < 3) return false;
  const nums = filled.map((c) => (typeof c.value === 'number' ? c.value : columnNumberOf(textOf(c))));
  if (nums.some((n) => n === undefined || !Number.isInteger(n) || n < 1 || n > 40)) return false;
  let up = 0;
  for (let i = 1; i < nums.length; i++) {
    if ((nums[i] as number) < (nums[i - 1] as number)) return false;
    if ((nums[i] as number) > (nums[i - 1] as number)) up++;
  }
  return up >= Math.ceil((nums.length - 1) * 0.6);
}

function cellsIn(grid: Grid, row: number, left: number, right: number): Cell[] {
  return grid.filledInRow(row, left, right);
}

/** Columns a row's content (and its merges) covers. */
function coveredColumns(grid: Grid, row: number, cells: Cell[], into: Set<number>): void {
  for (const c of cells) {
    const m = grid.mergeAt(row, c.col);
    if (m && m.right - m.left < 60) for (let k = m.left; k <= m.right; k++) into.add(k);
    else into.add(c.col);
  }
  for (const m of grid.mergesAtRow(row)) {
    if (m.top < row && m.right - m.left < 60 && !isBlankValue(grid.value(m.top, m.left))) {
      for (let k = m.left; k <= m.right; k++) into.add(k);
    }
  }
}

function clusters(cols: Set<number>): Array<[number, number]> {
  const sorted = [...cols].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Does something in the header rows above span horizontally over this row's cells (merged or grouped)? */
function hasGroupSupport(grid: Grid, headerTop: number, row: number, left: number, right: number, cells: Cell[]): boolean {
  const near = new Set<RangeRef>();
  for (let r = headerTop; r <= row; r++) for (const m of grid.mergesAtRow(r)) near.add(m);
  for (const m of near) {
    if (m.top >= headerTop && m.top < row && m.left >= left && m.right <= right) {
      if (m.right > m.left && cells.some((c) => c.col >= m.left && c.col <= m.right)) return true;
      if (m.bottom >= row) return true; // a header cell merged down into this row: the header has several rows
    }
  }
  // Unmerged group header: a word above, blanks to its right, and this row has words under those blanks.
  const above = row - 1;
  for (const c of cells) {
    if (!isBlankValue(grid.value(above, c.col))) continue;
    for (let k = c.col - 1; k >= left; k--) {
      const v = grid.value(above, k);
      if (!isBlankValue(v)) {
        if (cells.some((x) => x.col === k)) return true;
        break;
      }
    }
  }
  return false;
}

function isSubHeaderRow(grid: Grid, headerTop: number, row: number, left: number, right: number): boolean {
  const cells = cellsIn(grid, row, left, right);
  if (cells.length === 0) return false;
  if (!cells.every((c) => isHeaderish(c) && textOf(c).length <= 60)) return false;
  // Words or years only: a row with counts in it ("S2 | 3 | IV/c | 1") is data.
  if (cells.some((c) => !isYearText(textOf(c)) && (typeof c.value === 'number' || columnNumberOf(textOf(c)) !== undefined))) return false;
  if (cells.some((c) => isCaption(textOf(c)))) return false;
  if (cells.every((c) => isYearText(textOf(c)))) return true;
  const sub = cells.filter((c) => isSubHeaderWord(textOf(c)) || isYearText(textOf(c))).length;
  if (sub >= Math.ceil(cells.length * 0.6)) return true;
  return hasGroupSupport(grid, headerTop, row, left, right, cells) && cells.some((c) => isHeaderWord(textOf(c)) || isYearText(textOf(c)));
}

interface HeaderBlock {
  top: number;
  rows: number; // including the column-number row
  columnNumberRow?: number;
}

function readHeader(grid: Grid, top: number, left: number, right: number): HeaderBlock {
  let rows = 1;
  let columnNumberRow: number | undefined;
  while (rows < MAX_HEADER_ROWS) {
    const r = top + rows;
    const cells = cellsIn(grid, r, left, right);
    if (cells.length === 0) {
      // a row fully covered by vertical merges from above is still header
      const coveredByMerge = grid.mergesAtRow(r).some((m) => m.top < r && m.top >= top && m.left >= left && m.right <= right);
      if (coveredByMerge && rows < MAX_HEADER_ROWS - 1 && cellsIn(grid, r + 1, left, right).length > 0 && isSubHeaderRow(grid, top, r + 1, left, right)) {
        rows++;
        continue;
      }
      break;
    }
    if (isColumnNumberRow(cells)) {
      columnNumberRow = r;
      rows++;
      break;
    }
    if (!isSubHeaderRow(grid, top, r, left, right)) break;
    rows++;
  }
  return { top, rows, columnNumberRow };
}

/** The header text path of each column: group headers first, then the leaf. */
function headerPaths(grid: Grid, h: HeaderBlock, left: number, right: number): Map<number, string[]> {
  const paths = new Map<number, string[]>();
  for (let c = left; c <= right; c++) paths.set(c, []);
  for (let i = 0; i < h.rows; i++) {
    const r = h.top + i;
    if (r === h.columnNumberRow) continue;
    for (let c = left; c <= right; c++) {
      let text = '';
      const m = grid.mergeAt(r, c);
      if (m && m.top >= h.top) {
        // a merged header cell names every column it spans, in the row where it starts
        text = m.top === r ? textOf(grid.get(m.top, m.left)) : '';
      } else {
        text = textOf(grid.get(r, c));
        if (text === '' && i < h.rows - 1) {
          // inherit a group header written once at the left of its group
          const below = textOf(grid.get(r + 1, c));
          if (below !== '') {
            for (let k = c - 1; k >= left; k--) {
              const t = textOf(grid.get(r, k));
              if (t !== '') {
                if (textOf(grid.get(r + 1, k)) !== '') text = t;
                break;
              }
            }
          }
        }
      }
      if (text !== '') paths.get(c)!.push(text);
    }
  }
  return paths;
}

// ---------------------------------------------------------------------------------------------------------------

interface Candidate {
  top: number;
  left: number;
  right: number;
  header: HeaderBlock;
}

function insideAny(tables: Table[], row: number, col: number): boolean {
  return tables.some((t) => row >= t.range.top && row <= t.range.bottom && col >= t.range.left && col <= t.range.right);
}

export function recogniseSheet(grid: Grid): Table[] {
  const tables: Table[] = [];
  for (const r of grid.rowNumbers) {
    const filled = grid.filledInRow(r);
    // a header needs two cells of words
    let words = 0;
    for (const c of filled) if (typeof c.value === 'string') words++;
    if (words < 2) continue;
    const rowCells = tables.length ? filled.filter((c) => !insideAny(tables, r, c.col)) : filled;
    if (rowCells.length < 2) continue;
    // Side-by-side tables: split the row into clusters of columns that the header block covers together.
    const cols = new Set<number>();
    coveredColumns(grid, r, rowCells, cols);
    for (let k = 1; k < MAX_HEADER_ROWS; k++) {
      const next = grid.filledInRow(r + k).filter((c) => !insideAny(tables, r + k, c.col));
      if (next.length === 0 || !next.every((c) => isHeaderish(c))) break;
      coveredColumns(grid, r + k, next, cols);
    }
    for (const [left, right] of clusters(cols)) {
      const cells = rowCells.filter((c) => c.col >= left && c.col <= right);
      if (!isTopHeaderRow(cells)) continue;
      if (insideAny(tables, r, left)) continue;
      const header = readHeader(grid, r, left, right);
      const t = buildTable(grid, { top: r, left, right, header }, tables);
      if (t) tables.push(t);
    }
  }
  return tables;
}

function isSectionCell(grid: Grid, row: number, c: Cell, left: number, right: number): boolean {
  const t = textOf(c);
  if (!isTextCell(c)) return false;
  const m = grid.mergeAt(row, c.col);
  if (m && m.right - m.left + 1 >= Math.max(2, Math.floor((right - left + 1) / 2))) return true;
  if (c.bold) return true;
  return SECTION_RE.test(norm(t)) || explicitLevel(t) !== undefined;
}

/**
 * The words of a header row in the table's own columns, to spot the same header repeated at a page break. Only the
 * table's columns count: a small table beside the first page (its header on the same row) is not part of it.
 */
function headerSignature(grid: Grid, row: number, left: number, right: number): string[] {
  return cellsIn(grid, row, left, right).map((c) => `${c.col}:${norm(textOf(c))}`);
}

function sameHeaderText(grid: Grid, signature: string[], headerTop: number, row: number, left: number, right: number): boolean {
  // The same words in the same columns: a header repeated at a page break. One cell more or less is a new table.
  const cells = cellsIn(grid, row, left, right);
  if (signature.length < 2 || cells.length !== signature.length) return false;
  // a header one column wider (a word right after the last column, where the table's own header has a gap) is a
  // new table with more columns, not this one repeated
  if (!isBlankValue(grid.value(row, right + 1)) && isBlankValue(grid.value(headerTop, right + 1))) return false;
  // cheap test first: the first cell's text
  if (`${cells[0].col}:${norm(textOf(cells[0]))}` !== signature[0]) return false;
  const set = new Set(signature);
  return cells.every((c) => set.has(`${c.col}:${norm(textOf(c))}`));
}

function hasNumber(cells: Cell[]): boolean {
  for (const c of cells) if (typeof c.value === 'number' && !isYearText(String(c.value))) return true;
  return false;
}

function buildTable(grid: Grid, cand: Candidate, others: Table[]): Table | undefined {
  const { left, right, header } = cand;
  const headerBottom = header.top + header.rows - 1;
  const rows = grid.rowNumbers;
  let i = rows.findIndex((r) => r > headerBottom);
  let lastData = headerBottom;
  let prev = headerBottom;
  const repeated = new Set<number>();
  let skipUntil = -1;
  const signature = headerSignature(grid, header.top, left, right);
  for (; i >= 0 && i < rows.length; i++) {
    const r = rows[i];
    if (r <= skipUntil) continue;
    const inRange = cellsIn(grid, r, left, right);
    const cells = others.length ? inRange.filter((c) => !insideAny(others, r, c.col)) : inRange;
    const blankRun = r - prev - 1;
    if (cells.length === 0) continue; // a row with content elsewhere only: counts as blank here
    if (blankRun >= 2) break;
    const numeric = hasNumber(cells);
    const texts = cells.map(textOf);
    if (texts.some((t) => isCaption(t))) break;
    if (!numeric && sameHeaderText(grid, signature, header.top, r, left, right)) {
      // The header repeated at a page break of a table pasted from PDF: still the same table.
      for (let k = 0; k < header.rows; k++) repeated.add(r + k);
      skipUntil = r + header.rows - 1;
      prev = skipUntil;
      continue;
    }
    if (header.columnNumberRow !== undefined && isColumnNumberRow(cells)) {
      repeated.add(r);
      prev = r;
      continue;
    }
    // A new table starts (tables that touch). Judge the whole row near the table: a figure just right of the
    // header's last column (the "Rp | 12.488.750" pattern) makes it data, not a header.
    if (!numeric && cells.length >= 2 && r > headerBottom + 1 && isTopHeaderRow(cellsIn(grid, r, left, right + 2), true)) break;
    if (cells.length <= 3 && texts.some((t) => isSignatureLine(t)) && !cells.some((c) => cellFigure(c).kind === 'figure')) break;
    if (cells.length === 1) {
      const c = cells[0];
      const t = texts[0];
      if (isNote(t)) break;
      const isFig = cellFigure(c).kind === 'figure';
      const section = isSectionCell(grid, r, c, left, right);
      if (blankRun >= 1 && !section) break;
      if (!section && !isFig) {
        // a lone label in the table's label column with figures further down is a data row; a sentence is a note
        const m = grid.mergeAt(r, c.col);
        const longSentence = t.length > 60 && !(m && m.right > m.left);
        if (longSentence || c.col > left + 2) break;
      }
      prev = r;
      if (isFig || !section) lastData = r;
      continue;
    }
    prev = r;
    lastData = r;
  }
  const bottom = lastData;
  if (bottom <= headerBottom) return undefined;
  const bodyRows = rows.filter((r) => r > headerBottom && r <= bottom && !repeated.has(r));
  if (bodyRows.length === 0) return undefined;

  // Columns the header leaves blank but the body fills (a "No" column, a value column after "Rp").
  let l = left;
  let rr = right;
  const fillsColumn = (c: number) => bodyRows.filter((r) => !isBlankValue(grid.value(r, c))).length;
  while (
    l > 1 &&
    !insideAny(others, header.top, l - 1) &&
    isBlankValue(grid.value(header.top, l - 1)) &&
    fillsColumn(l - 1) >= Math.max(1, Math.ceil(bodyRows.length * 0.3))
  )
    l--;
  while (
    !insideAny(others, header.top, rr + 1) &&
    isBlankValue(grid.value(header.top, rr + 1)) &&
    fillsColumn(rr + 1) >= Math.max(1, Math.ceil(bodyRows.length * 0.3))
  )
    rr++;

  const range: RangeRef = { top: header.top, left: l, bottom, right: rr };
  const paths = headerPaths(grid, header, l, rr);
  const columns: TableColumn[] = [];
  for (let c = l; c <= rr; c++) {
    const path = paths.get(c) ?? [];
    const col: TableColumn = { col: c, role: roleFromHeader(path), header: path.join(' / ') };
    let year: number | undefined;
    for (const p of path) year = yearOf(p) ?? year;
    if (year) col.year = year;
    columns.push(col);
  }
  refineRoles(grid, columns, bodyRows);
  const caption = captionAbove(grid, header.top, l, rr);
  const { rows: dataRows, hierarchy } = classifyRows(grid, columns, bodyRows, l, rr);
  const table: Table = { sheet: grid.name, range, kind: 'lainnya', headerRows: header.rows, columns, rows: dataRows };
  if (hierarchy) table.hierarchy = hierarchy;
  if (caption) table.caption = caption;
  const bands = readBands(grid, columns, dataRows);
  table.kind = classify(table, bands);
  if (table.kind === 'skala-penilaian' && bands) table.bands = bands;
  return table;
}

function captionAbove(grid: Grid, top: number, left: number, right: number): string | undefined {
  for (let r = top - 1; r >= Math.max(1, top - 3); r--) {
    const cells = grid.filledInRow(r, Math.max(1, left - 1), right);
    if (cells.length === 0) continue;
    const t = cells.map(textOf).join(' ');
    if (cells.length <= 2) return t;
    return undefined;
  }
  return undefined;
}

const statsCache = new WeakMap<number[], Map<number, { figures: number; texts: number; median: number }>>();

function columnStats(grid: Grid, col: number, rows: number[]): { figures: number; texts: number; median: number } {
  let perRows = statsCache.get(rows);
  if (!perRows) {
    perRows = new Map();
    statsCache.set(rows, perRows);
  }
  const known = perRows.get(col);
  if (known) return known;
  let figures = 0;
  let texts = 0;
  const values: number[] = [];
  for (const r of rows) {
    const c = grid.get(r, col);
    if (!c || isBlankValue(c.value)) continue;
    const p = cellFigure(c);
    if (p.kind === 'figure') {
      figures++;
      values.push(Math.abs(p.num));
    } else if (p.kind === 'text') texts++;
  }
  values.sort((a, b) => a - b);
  const stats = { figures, texts, median: values.length ? values[Math.floor(values.length / 2)] : 0 };
  perRows.set(col, stats);
  return stats;
}

/** Roles the header alone cannot settle, decided by the table's other columns and the body's figures. */
function refineRoles(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  for (const c of columns) {
    if (!c.role || !FIGURE_ROLES.has(c.role)) continue;
    const s = columnStats(grid, c.col, bodyRows);
    if (s.texts > s.figures && s.texts >= 1) c.role = c.role === 'anggaran' || c.role === 'target' ? 'uraian' : null;
    else if (s.figures === 0 && s.texts === 0 && c.role === 'anggaran' && /^rp\.?$/i.test(c.header.trim())) c.role = null;
  }
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  const hasSatuan = has('satuan');
  if (has('anggaran') && !has('realisasi-anggaran')) {
    for (const c of columns) {
      if (c.role !== 'realisasi') continue;
      const s = columnStats(grid, c.col, bodyRows);
      if (!hasSatuan && (s.median >= 100000 || !has('target'))) c.role = 'realisasi-anggaran';
    }
  }
  // A bare "%" column: serapan after budget figures, capaian after performance figures.
  for (const c of columns) {
    if (c.role !== null || !/(^|\/ )(%|\(%\)|persen|persentase|presentase)$/i.test(c.header.trim())) continue;
    // the nearest named figure to the left decides (a "Sisa (Rp)" or other unnamed column in between does not)
    const leftRoles = columns.filter((x) => x.col < c.col && x.role && x.role !== 'nilai' && x.role !== 'satuan' && x.role !== 'keterangan').map((x) => x.role);
    const nearest = leftRoles[leftRoles.length - 1];
    if (nearest === 'realisasi-anggaran' || nearest === 'anggaran') c.role = 'serapan';
    else if (nearest === 'realisasi' || nearest === 'target') c.role = 'capaian';
  }
  // A figure column the header leaves unnamed (a value column after "Rp") is still summed.
  for (const c of columns) {
    if (c.role !== null) continue;
    const s = columnStats(grid, c.col, bodyRows);
    if (s.figures >= 2 && s.figures > s.texts * 2) c.role = 'nilai';
  }
}

// ---------------------------------------------------------------------------------------------------------------

interface RowFeatures {
  row: number;
  label: string;
  labelCol: number;
  bold: boolean;
  indent: number;
  dash: boolean;
  numbering: 'num' | 'num2' | 'num3' | 'alpha' | 'none';
  explicit?: 'program' | 'kegiatan' | 'subkegiatan';
  perfEmpty: boolean;
  total: boolean;
  section: boolean;
}

function numberingOf(t: string): RowFeatures['numbering'] {
  const s = t.trim();
  if (/^\d+\.\d+\.\d+\.?(\s|$)/.test(s)) return 'num3';
  if (/^\d+\.\d+\.?(\s|$)/.test(s)) return 'num2';
  if (/^\d{1,3}[.)]?(\s|$)/.test(s) || /^[IVX]+\.(\s|$)/.test(s)) return 'num';
  if (/^[a-z][.)](\s|$)/i.test(s)) return 'alpha';
  return 'none';
}

function classifyRows(grid: Grid, columns: TableColumn[], bodyRows: number[], left: number, right: number): { rows: TableRow[]; hierarchy?: 'style' | 'text' } {
  const noCol = columns.find((c) => c.role === 'no')?.col;
  const perfCols = columns.filter((c) => c.role === 'indikator' || c.role === 'target' || c.role === 'realisasi').map((c) => c.col);
  const figureCols = columns.filter((c) => c.role && FIGURE_ROLES.has(c.role)).map((c) => c.col);
  const feats: RowFeatures[] = [];
  for (const r of bodyRows) {
    const cells = cellsIn(grid, r, left, right);
    if (cells.length === 0) continue;
    // label: the rightmost filled uraian cell (Program | Sub Kegiatan columns: the row is what it lists last),
    // else the indikator/sasaran, else the first text cell that is not the numbering column
    let labelCell: Cell | undefined;
    for (const role of ['uraian', 'indikator', 'sasaran'] as const) {
      const cols = columns.filter((c) => c.role === role).map((c) => c.col);
      const hit = cells.filter((c) => cols.includes(c.col) && isTextCell(c)).pop();
      if (hit) {
        labelCell = hit;
        break;
      }
    }
    // "Rata-rata", "Kategori" written in the No column are labels too
    if (!labelCell) labelCell = cells.find((c) => isTextCell(c) && (c.col !== noCol || !/^\d/.test(textOf(c))));
    const label = labelCell ? textOf(labelCell) : '';
    const noText = noCol !== undefined ? textOf(grid.get(r, noCol)) : '';
    let numbering = numberingOf(noText);
    if (numbering === 'none' && label) numbering = numberingOf(label);
    const hasFigure = cells.some((c) => figureCols.includes(c.col) && cellFigure(c).kind === 'figure');
    const textCells = cells.filter((c) => isTextCell(c) && c.col !== noCol);
    // "JUMLAH", "Total Target", "R A T A - R A T A": a short label before the figures, never an indikator's text
    // such as "Jumlah Orang yang Menerima Gaji".
    const indikatorCols = columns.filter((c) => c.role === 'indikator' || c.role === 'satuan').map((c) => c.col);
    const total = cells.some(
      (c) => c.col <= (figureCols[0] ?? right) && !indikatorCols.includes(c.col) && isTextCell(c) && norm(textOf(c)).length <= 32 && isTotalLabel(textOf(c)),
    );
    const onlyText = !hasFigure && textCells.length === 1 && cells.filter((c) => c.col !== noCol).length === 1;
    const section =
      !total && onlyText && !!labelCell && isSectionCell(grid, r, labelCell, left, right) && explicitLevel(label) === undefined && cells.length === 1;
    feats.push({
      row: r,
      label,
      labelCol: labelCell?.col ?? left,
      bold: !!labelCell?.bold,
      indent: labelCell?.indent ?? 0,
      dash: /^[-–•▪·]\s*/.test(label),
      numbering,
      explicit: label ? explicitLevel(label) : undefined,
      perfEmpty: perfCols.length > 0 && perfCols.every((c) => isBlankValue(grid.value(r, c))),
      total,
      section,
    });
  }
  const data = feats.filter((f) => !f.total && !f.section);
  const active = <K extends keyof RowFeatures>(k: K) => new Set(data.map((f) => f[k])).size > 1;
  const boldActive = active('bold');
  const numActive = active('numbering');
  const perfActive = active('perfEmpty') && data.some((f) => f.explicit === 'program');
  const minLabelCol = Math.min(...data.map((f) => f.labelCol));
  // Hierarchy by column ("Program" | "Kegiatan" | "Sub Kegiatan" columns) only where the table has such columns.
  const uraianCols = columns.filter((c) => c.role === 'uraian').length;
  const labelColActive = uraianCols >= 2 && active('labelCol');
  // Rows numbered 1, 2, 3 … in the No column, every one of them, are siblings: a flat list.
  const numberedAll =
    noCol !== undefined &&
    data.length >= 2 &&
    data.every((f) => /^\d+[.)]?$/.test(textOf(grid.get(f.row, noCol)))) &&
    data.every(
      (f, i) => i === 0 || Number(textOf(grid.get(f.row, noCol)).replace(/\D/g, '')) > Number(textOf(grid.get(data[i - 1].row, noCol)).replace(/\D/g, '')),
    );
  const depth = (f: RowFeatures) =>
    f.indent +
    (f.dash ? 1 : 0) +
    (f.numbering === 'alpha' || f.numbering === 'num2' ? 1 : 0) +
    (f.numbering === 'num3' ? 2 : 0) +
    (boldActive && !f.bold ? 1 : 0) +
    (numActive && f.numbering === 'none' && !f.dash ? 1 : 0) +
    (perfActive && !f.explicit && !f.perfEmpty ? 1 : 0) +
    (labelColActive ? f.labelCol - minLabelCol : 0);

  const levelOf = new Map<number, number>();
  const explicitRank = { program: 0, kegiatan: 1, subkegiatan: 2 } as const;
  const style = (f: RowFeatures) => `${f.bold}|${f.indent}|${f.dash}|${f.numbering}`;
  const progStyles = new Set(data.filter((f) => f.explicit === 'program').map(style));
  const implicit = data.filter((f) => !f.explicit);
  const hasExplicit = data.some((f) => f.explicit);
  // A row styled like the explicit program rows, where the other rows are styled differently, is a program too.
  const implicitStyles = new Set(implicit.map(style));
  const implicitNonProg = implicit.filter((f) => !(progStyles.has(style(f)) && implicitStyles.size > 1));
  const depths = [...new Set(implicitNonProg.map(depth))].sort((a, b) => a - b);
  for (const f of data) {
    if (f.explicit) levelOf.set(f.row, explicitRank[f.explicit]);
    else if (!implicitNonProg.includes(f)) levelOf.set(f.row, 0);
    else {
      const rank = depths.indexOf(depth(f));
      levelOf.set(f.row, hasExplicit ? Math.min(2, 1 + rank) : rank);
    }
  }
  const flat = numberedAll || new Set(levelOf.values()).size <= 1;
  const styleActive = boldActive || numActive || perfActive || labelColActive || active('indent') || active('dash');
  const names: RowLevel[] = ['program', 'kegiatan', 'subkegiatan'];
  const out: TableRow[] = [];
  const stack: Array<{ row: number; level: number }> = [];
  for (const f of feats) {
    if (f.total) {
      out.push({ row: f.row, level: 'total', label: f.label });
      continue;
    }
    if (f.section) {
      out.push({ row: f.row, level: 'section', label: f.label });
      stack.length = 0;
      continue;
    }
    if (flat) {
      out.push({ row: f.row, level: 'data', label: f.label });
      continue;
    }
    const lv = levelOf.get(f.row) ?? 0;
    while (stack.length && stack[stack.length - 1].level >= lv) stack.pop();
    const row: TableRow = { row: f.row, level: names[Math.min(2, lv)], label: f.label };
    if (stack.length) row.parent = stack[stack.length - 1].row;
    out.push(row);
    stack.push({ row: f.row, level: lv });
  }
  if (flat) return { rows: out };
  return { rows: out, hierarchy: styleActive ? 'style' : 'text' };
}

// ---------------------------------------------------------------------------------------------------------------

function readBands(grid: Grid, columns: TableColumn[], rows: TableRow[]): Band[] | undefined {
  // A rating scale has a handful of bands: a long table is never one.
  if (rows.length < 2 || rows.length > 15 || columns.length > 5) return undefined;
  let best: { col: number; bands: Band[] } | undefined;
  for (const c of columns) {
    if (c.role === 'no') continue;
    const labelCol = columns.find((x) => x.col !== c.col && x.role !== 'no' && rows.some((r) => isLabelText(textOf(grid.get(r.row, x.col)))));
    if (!labelCol) continue;
    const bands: Band[] = [];
    for (const r of rows) {
      const cell = grid.get(r.row, c.col);
      const t = textOf(cell);
      if (t === '') continue;
      let iv = typeof cell?.value === 'string' ? parseInterval(t) : undefined;
      // A plain number is a lower bound only in a column whose header says it holds the scale's values.
      if (!iv && c.role === 'interval' && cell && typeof cell.value === 'number') iv = { lower: cell.value, lowerInclusive: true, upperInclusive: false };
      const label = textOf(grid.get(r.row, labelCol.col));
      if (!iv || !isLabelText(label)) continue;
      bands.push({ ...iv, label });
    }
    if (bands.length >= 2 && bands.length >= Math.ceil(rows.length * 0.6) && (!best || bands.length > best.bands.length)) best = { col: c.col, bands };
  }
  if (!best) return undefined;
  // Only the floor band may lack a lower bound.
  const floors = best.bands.filter((b) => b.lower === undefined);
  if (floors.length > 1) return undefined;
  return best.bands;
}

function isLabelText(t: string): boolean {
  return t.length > 0 && t.length <= 80 && /[A-Za-z]{3,}/.test(t) && parseInterval(t) === undefined;
}

function classify(t: Table, bands: Band[] | undefined): TableKind {
  const roles = new Set(t.columns.map((c) => c.role).filter(Boolean) as ColumnRole[]);
  const count = (r: ColumnRole) => t.columns.filter((c) => c.role === r).length;
  const caption = norm(t.caption ?? '');
  if (bands && bands.length >= 2 && t.columns.length <= 5) return 'skala-penilaian';
  if (roles.has('efisiensi')) return 'efisiensi';
  if (roles.has('anggaran') && (roles.has('realisasi-anggaran') || roles.has('serapan'))) return 'realisasi-anggaran';
  if (roles.has('realisasi-anggaran') && roles.has('serapan')) return 'realisasi-anggaran';
  if (roles.has('anggaran') && roles.has('realisasi') && !roles.has('capaian') && !roles.has('target')) return 'realisasi-anggaran';
  const perfSubject = roles.has('indikator') || roles.has('sasaran') || roles.has('uraian');
  if ((roles.has('realisasi') || roles.has('capaian')) && (perfSubject || roles.has('target'))) return 'pengukuran-kinerja';
  if (roles.has('target') && (roles.has('indikator') || roles.has('sasaran'))) {
    if (count('target') >= 2 && !/perjanjian kinerja/.test(caption)) return 'lainnya';
    return 'perjanjian-kinerja';
  }
  if (roles.has('sasaran') && roles.has('anggaran')) return 'perjanjian-kinerja';
  if (/perjanjian kinerja/.test(caption) && (roles.has('sasaran') || roles.has('indikator'))) return 'perjanjian-kinerja';
  return 'lainnya';
}
