/**
 * The workbook snapshot: the only thing the engine reads. Built by the Node reader (exceljs) or by the
 * Excel adapter (Office.js); plain data, so it can cross a worker boundary or be written as a literal in a test.
 */
import { a1, RangeRef } from './address';

export interface ErrorValue {
  /** Excel's error text: '#DIV/0!', '#REF!', '#N/A', '#NAME?', '#VALUE!', … */
  error: string;
}

export type CellValue = number | string | boolean | ErrorValue | null;

export interface Cell {
  row: number;
  col: number;
  /** For a formula cell, its cached result. */
  value: CellValue;
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  indent?: number;
}

/** Where the engine keeps a cell's parsed figure and cleaned text (figures.ts): symbols, never in JSON. */
export const FIGURE_CACHE = Symbol('lkjip.figure');
export const TEXT_CACHE = Symbol('lkjip.text');

/**
 * A cell as a reader makes it: every field there from the start (absent ones undefined), with room for the engine's
 * caches, so a sheet's cells share one shape and parsing a figure later never grows the object (on a 200k-row book
 * an extra property store per cell costs tens of MB).
 */
export function newCell(row: number, col: number, value: CellValue, formula?: string, numFmt?: string, bold?: boolean, indent?: number): Cell {
  return { row, col, value, formula, numFmt, bold, indent, [FIGURE_CACHE]: undefined, [TEXT_CACHE]: undefined } as Cell;
}

export interface SheetSnapshot {
  name: string;
  hidden?: boolean;
  /** Present cells only (never the whole used rectangle). */
  cells: Cell[];
  merges: RangeRef[];
  /** The sheet's used range as the source reports it; null for an empty sheet. */
  usedRange?: RangeRef | null;
  /** Rows and columns hidden in the workbook (1-based), when the source says. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /**
   * Formula cells whose results the file did not hold (a workbook written by a program and never recalculated), computed
   * by the engine (core/recalc), as A1 addresses.
   */
  recalculated?: string[];
  /**
   * The Excel Tables (ListObjects) on the sheet, for the structured references of formulas the engine computes
   * ("SUBTOTAL(109,[Pagu])", "[@Realisasi]/[@Pagu]"); read only for sheets whose formulas use them.
   */
  listObjects?: ListObject[];
}

export interface ListObject {
  name: string;
  /** Its whole range, header and totals row included ("A3:E8"). */
  ref: string;
  headerRows: number;
  totalsRows: number;
  /** Column names, left to right. */
  columns: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

const NO_MERGES: RangeRef[] = [];
const NO_CELLS: Cell[] = [];

/** Merges taller than this are indexed by their corner only (no table header or label is that tall). */
const TALL_MERGE_ROWS = 400;

export function isErrorValue(v: CellValue | undefined): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The text a cell shows for matching purposes (numbers in plain form). */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isErrorValue(v)) return v.error;
  return String(v);
}

/** Cells in row-major order, one per position (the last one given wins, as in a sheet written twice). */
function orderedCells(cells: Cell[]): Cell[] {
  const byPos = new Map<string, Cell>();
  for (const c of cells) byPos.set(`${c.row},${c.col}`, c);
  return [...byPos.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Rows with at most this many cells are searched left to right; longer ones by bisection. */
const LINEAR_ROW = 12;

/**
 * Fast positional access over a sheet snapshot, built once per sheet: each row's cells in column order, in an array
 * indexed by row number (V8 keeps it sparse when the rows are), so a look-up is one index and a short scan or a
 * bisection — no hashing, no object per look-up. A sheet whose used range claims to reach XFD1048576 with three real
 * cells costs three cells.
 */
export class Grid {
  readonly name: string;
  /** Each row's cells in column order (one cell per column: the last one given wins), by row number. */
  private readonly rows: Array<Cell[] | undefined> = [];
  /** Each row's non-blank cells, worked out on first use. */
  private readonly filledRows: Array<Cell[] | undefined> = [];
  /** Merges by the rows they cover (merges up to TALL_MERGE_ROWS rows tall): never expanded into cells. */
  private readonly mergeRowIndex = new Map<number, RangeRef[]>();
  /** Taller merges (a whole column, a whole sheet), by their top-left corner only. */
  private readonly tallMergeCorner = new Map<string, RangeRef>();
  readonly rowNumbers: number[];
  readonly merges: RangeRef[];
  readonly minCol: number;
  readonly maxCol: number;

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.merges = sheet.merges;
    let minCol = Infinity;
    let maxCol = 0;
    const rowNumbers: number[] = [];
    const cells = sheet.cells;
    // Readers give cells row by row, left to right: each row is then one slice of the list (an array of exactly its
    // cells; arrays grown by push keep room for 17). A snapshot written by hand, in any order, is sorted first.
    let inOrder = true;
    for (let i = 1; i < cells.length && inOrder; i++) {
      const a = cells[i - 1];
      const b = cells[i];
      inOrder = a.row < b.row || (a.row === b.row && a.col < b.col);
    }
    const ordered = inOrder ? cells : orderedCells(cells);
    let start = 0;
    for (let i = 0; i < ordered.length; i++) {
      const c = ordered[i];
      if (c.col < minCol) minCol = c.col;
      if (c.col > maxCol) maxCol = c.col;
      if (i + 1 === ordered.length || ordered[i + 1].row !== c.row) {
        this.rows[c.row] = ordered.slice(start, i + 1);
        rowNumbers.push(c.row);
        start = i + 1;
      }
    }
    this.rowNumbers = rowNumbers;
    this.minCol = minCol === Infinity ? 1 : minCol;
    this.maxCol = maxCol;
    for (const m of sheet.merges) {
      // Indexed by row, never cell by cell: a merge over a whole sheet or thousands of large merges cost memory in
      // proportion to their rows, not their cells; a merge taller than a table's header by its corner only.
      if (m.bottom - m.top < TALL_MERGE_ROWS) {
        for (let r = m.top; r <= m.bottom; r++) {
          const list = this.mergeRowIndex.get(r);
          if (list) list.push(m);
          else this.mergeRowIndex.set(r, [m]);
        }
      } else {
        this.tallMergeCorner.set(`${m.top},${m.left}`, m);
      }
    }
  }

  get(row: number, col: number): Cell | undefined {
    const cells = this.rows[row];
    if (cells === undefined) return undefined;
    const n = cells.length;
    if (n <= LINEAR_ROW) {
      for (let i = 0; i < n; i++) {
        const c = cells[i];
        if (c.col >= col) return c.col === col ? c : undefined;
      }
      return undefined;
    }
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cells[mid].col;
      if (c === col) return cells[mid];
      if (c < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  value(row: number, col: number): CellValue {
    return this.get(row, col)?.value ?? null;
  }

  /** Cells of one row, in column order. */
  rowCells(row: number): Cell[] {
    return this.rows[row] ?? NO_CELLS;
  }

  /** Non-blank cells of one row within [left, right]. */
  filledInRow(row: number, left = 1, right = Number.MAX_SAFE_INTEGER): Cell[] {
    let filled = this.filledRows[row];
    if (filled === undefined) {
      const cells = this.rows[row];
      if (cells === undefined) return NO_CELLS;
      filled = cells;
      for (let i = 0; i < cells.length; i++) {
        if (isBlankValue(cells[i].value)) {
          filled = cells.filter((c) => !isBlankValue(c.value));
          break;
        }
      }
      this.filledRows[row] = filled;
    }
    const n = filled.length;
    if (n === 0 || (filled[0].col >= left && filled[n - 1].col <= right)) return filled;
    let from = 0;
    while (from < n && filled[from].col < left) from++;
    let to = n;
    while (to > from && filled[to - 1].col > right) to--;
    return from === to ? NO_CELLS : filled.slice(from, to);
  }

  private mergeRows?: Map<number, RangeRef[]>;

  /** Merges that cover a row (merges taller than 200 rows are left out: no table header is that tall). */
  mergesAtRow(row: number): RangeRef[] {
    if (!this.mergeRows) {
      this.mergeRows = new Map();
      for (const m of this.merges) {
        if (m.bottom - m.top > 200) continue;
        for (let r = m.top; r <= m.bottom; r++) {
          const list = this.mergeRows.get(r);
          if (list) list.push(m);
          else this.mergeRows.set(r, [m]);
        }
      }
    }
    return this.mergeRows.get(row) ?? NO_MERGES;
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    const list = this.mergeRowIndex.get(row);
    if (list) for (const m of list) if (col >= m.left && col <= m.right) return m;
    return this.tallMergeCorner.size ? this.tallMergeCorner.get(`${row},${col}`) : undefined;
  }

  private recalculatedCells?: Set<string>;

  /** Whether the engine computed this cell's formula (the file held no result for it: core/recalc). */
  isRecalculated(row: number, col: number): boolean {
    const list = this.sheet.recalculated;
    if (!list || !list.length) return false;
    this.recalculatedCells ??= new Set(list);
    return this.recalculatedCells.has(a1(row, col));
  }

  /** The value shown at a position, reading a merged area's value from its top-left cell. */
  shownValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    if (m) return this.value(m.top, m.left);
    return this.value(row, col);
  }
}
