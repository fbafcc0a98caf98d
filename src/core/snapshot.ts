/**
 * The workbook snapshot: the only thing the engine reads. Built by the Node reader (exceljs) or by the
 * Excel adapter (Office.js); plain data, so it can cross a worker boundary or be written as a literal in a test.
 */
import { RangeRef } from './address';

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
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

const NO_MERGES: RangeRef[] = [];

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

/**
 * Fast positional access over a sheet snapshot, built once per sheet. Rows are kept sparse, so a sheet whose used
 * range claims to reach XFD1048576 with three real cells costs three cells.
 */
export class Grid {
  readonly name: string;
  private readonly byRow = new Map<number, Map<number, Cell>>();
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
    for (const c of sheet.cells) {
      let row = this.byRow.get(c.row);
      if (!row) {
        row = new Map();
        this.byRow.set(c.row, row);
      }
      row.set(c.col, c);
      if (c.col < minCol) minCol = c.col;
      if (c.col > maxCol) maxCol = c.col;
    }
    this.minCol = minCol === Infinity ? 1 : minCol;
    this.maxCol = maxCol;
    this.rowNumbers = [...this.byRow.keys()].sort((a, b) => a - b);
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
    return this.byRow.get(row)?.get(col);
  }

  value(row: number, col: number): CellValue {
    return this.get(row, col)?.value ?? null;
  }

  private readonly sortedRows = new Map<number, Cell[]>();
  private readonly filledRows = new Map<number, Cell[]>();

  /** Cells of one row, in column order (worked out once per row). */
  rowCells(row: number): Cell[] {
    let cells = this.sortedRows.get(row);
    if (!cells) {
      const r = this.byRow.get(row);
      cells = r ? [...r.values()].sort((a, b) => a.col - b.col) : [];
      this.sortedRows.set(row, cells);
    }
    return cells;
  }

  /** Non-blank cells of one row within [left, right]. */
  filledInRow(row: number, left = 1, right = Number.MAX_SAFE_INTEGER): Cell[] {
    let filled = this.filledRows.get(row);
    if (!filled) {
      filled = this.rowCells(row).filter((c) => !isBlankValue(c.value));
      this.filledRows.set(row, filled);
    }
    if (left <= 1 && right >= Number.MAX_SAFE_INTEGER) return filled;
    if (filled.length === 0 || (filled[0].col >= left && filled[filled.length - 1].col <= right)) return filled;
    return filled.filter((c) => c.col >= left && c.col <= right);
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

  /** The value shown at a position, reading a merged area's value from its top-left cell. */
  shownValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    if (m) return this.value(m.top, m.left);
    return this.value(row, col);
  }
}
