/**
 * A small declarative .xlsx writer over exceljs, for the sample workbook and the test fixtures. Tables are written
 * the way staff lay them out: captions, merged multi-row headers, column-number rows, bold program rows, notes.
 */
import ExcelJS from 'exceljs';

export interface CellSpec {
  v: string | number | boolean | null;
  fmt?: string;
  bold?: boolean;
  indent?: number;
  /** A formula; v is then its cached result. */
  f?: string;
}

export type V = string | number | null | CellSpec;

export interface HeaderSpec {
  /**
   * Header rows. '<' continues the cell to its left (horizontal merge), '^' continues the cell above (vertical
   * merge). Anything else is header text.
   */
  rows: string[][];
}

export interface TableSpec {
  caption?: string[];
  header: string[][];
  /** Add a column-number row under the header: "paren" → (1) (2) …, "plain" → 1 2 …  */
  colNumbers?: 'paren' | 'plain';
  rows: V[][];
  notes?: string[];
  /** Vertical merges inside the body: [bodyRowStart, col, bodyRowEnd] (0-based within rows, 0-based col). */
  bodyMerges?: Array<[number, number, number]>;
  /** Bold the header rows (staff usually do). */
  boldHeader?: boolean;
}

export interface Placed {
  /** 1-based sheet position of the table's first header row and first column. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRows: number;
  /** Row after the last row written (notes included). */
  nextRow: number;
}

export function isSpec(v: V): v is CellSpec {
  return typeof v === 'object' && v !== null;
}

export class SheetWriter {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  put(row: number, col: number, v: V): void {
    if (v === null || v === '') return;
    const cell = this.ws.getCell(row, col);
    if (isSpec(v)) {
      if (v.f) cell.value = { formula: v.f, result: v.v as number | string } as ExcelJS.CellFormulaValue;
      else cell.value = v.v;
      if (v.fmt) cell.numFmt = v.fmt;
      if (v.bold) cell.font = { bold: true };
      if (v.indent) cell.alignment = { indent: v.indent };
    } else {
      cell.value = v;
    }
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.ws.mergeCells(top, left, bottom, right);
  }

  /** Writes lines of text (captions, notes, letterheads) one per row in a column. */
  lines(row: number, col: number, lines: string[], bold = false): number {
    let r = row;
    for (const l of lines) {
      this.put(r, col, bold ? { v: l, bold: true } : l);
      r++;
    }
    return r;
  }

  /** Writes a table at (row, col): caption, header with merges, optional column numbers, body, notes. */
  table(row: number, col: number, t: TableSpec): Placed {
    let r = row;
    if (t.caption) r = this.lines(r, col, t.caption, true);
    const top = r;
    const width = Math.max(...t.header.map((h) => h.length), ...t.rows.map((x) => x.length));
    const hr = t.header.length;
    for (let i = 0; i < hr; i++) {
      for (let j = 0; j < t.header[i].length; j++) {
        const text = t.header[i][j];
        if (text === '<' || text === '^' || text === '') continue;
        this.put(r + i, col + j, t.boldHeader === false ? text : { v: text, bold: true });
        // extent of merge
        let right = j;
        while (right + 1 < t.header[i].length && t.header[i][right + 1] === '<') right++;
        let bottom = i;
        while (bottom + 1 < hr && t.header[bottom + 1][j] === '^') bottom++;
        this.merge(r + i, col + j, r + bottom, col + right);
      }
    }
    r += hr;
    let headerRows = hr;
    if (t.colNumbers) {
      for (let j = 0; j < width; j++) this.put(r, col + j, t.colNumbers === 'paren' ? `(${j + 1})` : j + 1);
      r++;
      headerRows++;
    }
    const bodyTop = r;
    for (const rowVals of t.rows) {
      rowVals.forEach((v, j) => this.put(r, col + j, v));
      r++;
    }
    for (const [a, c, b] of t.bodyMerges ?? []) this.merge(bodyTop + a, col + c, bodyTop + b, col + c);
    const bottom = r - 1;
    if (t.notes) r = this.lines(r, col, t.notes);
    return { top, left: col, bottom, right: col + width - 1, headerRows, nextRow: r };
  }
}

export async function writeWorkbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lkjip';
  // Fixed dates keep the written file identical from run to run.
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = new Date(Date.UTC(2025, 0, 1));
  build(wb);
  await wb.xlsx.writeFile(path);
}

// ---- value helpers: figures the way staff type or format them ----

export const RP_FMT = '"Rp"#,##0';
export const NUM_FMT = '#,##0';
export const PCT0 = '0%';
export const PCT2 = '0.00%';

export const rp = (n: number, bold = false): CellSpec => ({ v: n, fmt: RP_FMT, bold });
export const num = (n: number, fmt = NUM_FMT, bold = false): CellSpec => ({ v: n, fmt, bold });
export const pct = (fraction: number, fmt = PCT0, bold = false): CellSpec => ({ v: fraction, fmt, bold });
export const b = (v: string | number, extra: Partial<CellSpec> = {}): CellSpec => ({ v, bold: true, ...extra });
