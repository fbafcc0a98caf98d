/**
 * The table model: what recognition produces and everything else reads — rules, the highlight plan, the task pane
 * and the checked copy. A table knows its header, its columns (role, unit, year or period, hidden) and its rows
 * (level, parent, hidden), and hands out each cell's figure, parsed once. Nobody outside the engine sees the grid.
 */
import { a1 } from './address';
import {
  abbreviatedAmount,
  cellFigure,
  cellText,
  cleanText,
  generalDecimals,
  isGeneralFormat,
  ParsedFigure,
  parseFigure,
  storedInteger,
  storedNumberKind,
} from './figures';
import { CellValue, Grid, isBlankValue } from './snapshot';
import { Band, ColumnRole, RowLevel, Table, TableColumn, TableKind, TableRow } from './types';
import { RangeRef } from './address';
import { spacedCode } from './vocabulary';

/** A row or a column, by its model object or its sheet number. */
type RowRef = TableRow | number;
type ColRef = TableColumn | number;

/** The children of a row that has none: one shared, frozen empty list. */
const NO_ROWS: TableRow[] = Object.freeze([]) as unknown as TableRow[];

/** A row of a table's part and that part (a table one sheet per page: recognise/pages). */
export interface PartRow {
  part: TableModel;
  row: TableRow;
}

const NO_CARRIED: readonly PartRow[] = Object.freeze([]);

const rowNo = (r: RowRef): number => (typeof r === 'number' ? r : r.row);
const colNo = (c: ColRef): number => (typeof c === 'number' ? c : c.col);

export class TableModel implements Table {
  readonly sheet: string;
  readonly range: RangeRef;
  kind: TableKind;
  readonly headerRows: number;
  readonly columns: TableColumn[];
  readonly rows: TableRow[];
  caption?: string;
  notes?: string[];
  hierarchy?: 'style' | 'text';
  bands?: Band[];
  noteBands?: Band[];
  sheetHidden?: boolean;
  carryRows?: number[];
  /**
   * Indikator the workbook declares lower-is-better anywhere — a Polaritas column, a note naming them, a footnote mark
   * a note explains — by their name (vocabulary.normaliseName): the same indikator in another table is lower-is-better too.
   */
  declaredLowerBetter?: ReadonlySet<string>;

  /**
   * The part of this table on the sheet before, where a PDF converter put each page on a sheet of its own and this part
   * goes on from there under the same header (recognise/pages); the part on the next sheet.
   */
  previousPart?: TableModel;
  nextPart?: TableModel;
  /**
   * This part's rows at its top whose parent is a row of the part before (a kegiatan whose programme is on that page);
   * null where the row's level is unknown, so which open row there it belongs under is unsure.
   */
  #carriedFrom?: Map<TableRow, PartRow | null>;
  /** This part's rows whose children go on at the top of the next part(s). */
  #carriedChildren?: Map<TableRow, PartRow[]>;
  /** This part's rows that some row at the top of the next part may belong under, or not: their sums are unsure. */
  #carriedUnsure?: Set<TableRow>;

  readonly #grid: Grid;
  /** The twin of each column cut in two (TableColumn.twin), by the column's sheet number; undefined where none is. */
  readonly #twins?: Map<number, number>;
  /** Each row's children, by the parent's row number (an array: rows are numbered densely). */
  #children?: Array<TableRow[] | undefined>;
  /** Whether some row has a parent, once asked (a rule asks it of every row of a flat 50k-row list). */
  #hasHierarchy?: boolean;

  constructor(table: Table, grid: Grid) {
    this.sheet = table.sheet;
    this.range = table.range;
    this.kind = table.kind;
    this.headerRows = table.headerRows;
    this.columns = table.columns;
    this.rows = table.rows;
    if (table.caption !== undefined) this.caption = table.caption;
    if (table.notes !== undefined) this.notes = table.notes;
    if (table.hierarchy !== undefined) this.hierarchy = table.hierarchy;
    if (table.bands !== undefined) this.bands = table.bands;
    if (table.noteBands !== undefined) this.noteBands = table.noteBands;
    if (table.sheetHidden) this.sheetHidden = true;
    if (table.carryRows !== undefined) this.carryRows = table.carryRows;
    this.#grid = grid;
    for (const c of table.columns) if (c.twin !== undefined) (this.#twins ??= new Map()).set(c.col, c.twin);
  }

  /** The sheet column of a row's cell in a column: its twin's where its own is blank and the twin's is not. */
  columnAt(row: RowRef, col: ColRef): number {
    return this.#at(rowNo(row), col);
  }

  #at(r: number, col: ColRef): number {
    const c = colNo(col);
    if (this.#twins === undefined) return c;
    const twin = this.#twins.get(c);
    return twin !== undefined && isBlankValue(this.#grid.value(r, c)) && !isBlankValue(this.#grid.value(r, twin)) ? twin : c;
  }

  /**
   * The figure a cell holds (numbers, Indonesian figure text, percentages by format, errors), parsed once: the
   * parse is kept on the cell itself (figures.ts), so every rule and stage asking for it shares it.
   */
  figure(row: RowRef, col: ColRef): ParsedFigure {
    const r = rowNo(row);
    const c = this.#at(r, col);
    // a stored number: read from the grid's columns, no cell object made (its figure is never kept: figures.cellFigure)
    const v = this.#grid.value(r, c);
    if (typeof v === 'number') return parseFigure(v, this.#grid.numFmt(r, c));
    const cell = this.#grid.get(r, c);
    const f = cellFigure(cell);
    // (rare: a figure with a counting word) "1,25 M" in a column of rupiah is 1,25 miliar, rounded
    if (f.kind === 'figure' && f.unitText !== undefined && this.#unitOf(col) === 'money') return abbreviatedAmount(f, cellText(cell)) ?? f;
    return f;
  }

  /**
   * A figure as a column's formula states it (rasio-kolom, persen-kolom, selisih-kolom): a stored number under the
   * General format shows its own digits, its trailing zeros dropped — "2" in a column of 2,29 | 5,53 | 3,76 was typed
   * 2,00, or rounded to a whole number: never 2,9984 cut off (Figure.terse). A column of figures computed to their last
   * digit has no common count of decimals: each is read as it is.
   */
  statedFigure(row: RowRef, col: ColRef): ParsedFigure {
    const f = this.figure(row, col);
    if (f.kind !== 'figure' || f.fromText) return f;
    const r = rowNo(row);
    if (!isGeneralFormat(this.#grid.numFmt(r, this.#at(r, col)))) return f;
    const d = this.#generalDecimals(colNo(col));
    // (a stored number's figure is made anew for each call: marking it is no one else's)
    if (d !== undefined && f.decimals < d) f.terse = true;
    return f;
  }

  /** Each column's common decimals of its General-format numbers (statedFigure), by its sheet column; null for none. */
  #decimalsOf?: Map<number, number | null>;

  #generalDecimals(c: number): number | undefined {
    const known = (this.#decimalsOf ??= new Map()).get(c);
    if (known !== undefined) return known ?? undefined;
    const counts = new Map<number, number>();
    let fractions = 0;
    for (const row of this.rows) {
      if (row.level === 'section') continue;
      const v = this.#grid.value(row.row, c);
      if (typeof v !== 'number' || Number.isInteger(v)) continue;
      if (!isGeneralFormat(this.#grid.numFmt(row.row, c))) continue;
      const d = generalDecimals(v);
      counts.set(d, (counts.get(d) ?? 0) + 1);
      fractions++;
    }
    let best: number | null = null;
    let most = 0;
    for (const [d, n] of counts) if (n > most) [best, most] = [d, n];
    // (three figures at least, most of them with that many decimals, and a count a typist writes)
    const d = best !== null && most >= 3 && most * 2 > fractions && best <= 4 ? best : null;
    this.#decimalsOf.set(c, d);
    return d ?? undefined;
  }

  #unitOf(col: ColRef): TableColumn['unit'] {
    return typeof col === 'number' ? this.columns.find((c) => c.col === col)?.unit : col.unit;
  }

  /** A stored whole number shown without decimals (figures.storedInteger), or undefined: a sum's fast path. */
  integerAt(row: RowRef, col: ColRef): number | undefined {
    const r = rowNo(row);
    const c = this.#at(r, col);
    const v = this.#grid.value(r, c);
    return typeof v === 'number' ? storedInteger(v, this.#grid.numFmt(r, c)) : undefined;
  }

  /** The kind of figure a cell holds, without making the figure for a stored number. */
  figureKind(row: RowRef, col: ColRef): ParsedFigure['kind'] {
    const r = rowNo(row);
    const c = this.#at(r, col);
    const v = this.#grid.value(r, c);
    return typeof v === 'number' ? storedNumberKind(v, this.#grid.numFmt(r, c)) : this.figure(row, col).kind;
  }

  /** The cell's formula (without "="), if it has one. */
  formula(row: RowRef, col: ColRef): string | undefined {
    const r = rowNo(row);
    return this.#grid.formula(r, this.#at(r, col));
  }

  /**
   * What a total row's cell says it aggregates, by its own formula: 'average' for AVERAGE or SUBTOTAL(1/101, …) (an
   * Excel Table's totals row set to Average), 'sum' for SUM or SUBTOTAL(9/109, …); undefined with no such formula.
   */
  aggregateAt(row: RowRef, col: ColRef): 'sum' | 'average' | undefined {
    const formula = this.formula(row, col);
    if (!formula) return undefined;
    // structured references first left out (a column may be named "Capaian (%)"), then the whole formula must be one
    // call ("SUM(B2:B4)/3" is neither: the label decides)
    const f = formula.replace(/\[[^[\]]*\]/g, '[]').replace(/\[[^[\]]*\]/g, '[]');
    const m = /^\s*=?\s*(?:_xlfn\.)?(SUBTOTAL\s*\(\s*(\d+)\s*,[^()]*\)|AVERAGEA?\s*\([^()]*\)|SUM\s*\([^()]*\))\s*$/i.exec(f);
    if (!m) return undefined;
    if (m[2] !== undefined) return m[2] === '1' || m[2] === '101' ? 'average' : m[2] === '9' || m[2] === '109' ? 'sum' : undefined;
    return /^average/i.test(m[1]) ? 'average' : 'sum';
  }

  /** Whether the cell's formula was computed by the engine: the file held no result for it (core/recalc). */
  recalculated(row: RowRef, col: ColRef): boolean {
    const r = rowNo(row);
    return this.#grid.isRecalculated(r, this.#at(r, col));
  }

  /** The stored value (a formula's cached result). */
  value(row: RowRef, col: ColRef): CellValue {
    const r = rowNo(row);
    return this.#grid.value(r, this.#at(r, col));
  }

  /**
   * The value shown at a cell, a merged area's value read from its top-left cell; a text written over several rows
   * (a wrapped label's lines: TableRow.labelRows) as one.
   */
  shown(row: RowRef, col: ColRef): CellValue {
    const v = this.#cutName(rowNo(row), col) ?? this.#grid.shownValue(rowNo(row), this.#at(rowNo(row), col));
    if (typeof row === 'number' || !row.labelRows) return v;
    const lines = [...row.labelRows, row.row].sort((a, b) => a - b).map((r) => this.#grid.value(r, colNo(col)));
    return lines.every((x) => typeof x === 'string') ? lines.join(' ') : v;
  }

  /**
   * The row whose cell holds the figure a cell shows: the area's top row where the cell lies below it in an area merged
   * down its own column inside the table's body (a sasaran's budget written once over its indikator rows), else the
   * row itself. For the figures a row's measure is read from, never for sums: such a figure is there once.
   */
  mergedFrom(row: RowRef, col: ColRef): number {
    const r = rowNo(row);
    const c = this.#at(r, col);
    const m = this.#grid.mergeAt(r, c);
    return m !== undefined && m.top < r && m.left === c && m.top >= this.range.top + this.headerRows ? m.top : r;
  }

  /** How many rows the merged area at a cell spans (1 when the cell is not merged). */
  rowSpan(row: RowRef, col: ColRef): number {
    const m = this.#grid.mergeAt(rowNo(row), this.#at(rowNo(row), col));
    return m ? m.bottom - m.top + 1 : 1;
  }

  /** The text a cell shows, cleaned (markup stripped, single spaces); '' for an empty cell. */
  text(row: RowRef, col: ColRef): string {
    const r = rowNo(row);
    const cut = this.#cutName(r, col);
    return cut !== undefined ? cleanText(cut) : cellText(this.#grid.get(r, this.#at(r, col)));
  }

  /** A name written across a column cut in two and its twin ("Program" | "Penyelenggaraan Jalan"): both halves' words. */
  #cutName(r: number, col: ColRef): string | undefined {
    const twin = this.#twins?.get(colNo(col));
    if (twin === undefined) return undefined;
    const a = this.#grid.value(r, colNo(col));
    const b = this.#grid.value(r, twin);
    return typeof a === 'string' && typeof b === 'string' && a.trim() && b.trim() ? `${a.trim()} ${b.trim()}` : undefined;
  }

  /** How a row's label is written: bold, indented (the first cell of words in the row, its label as a rule). */
  labelLook(row: RowRef): { bold: boolean; indent: number } {
    for (const c of this.#grid.filledInRow(rowNo(row), this.range.left, this.range.right)) {
      if (typeof c.value !== 'string' || !/\p{L}/u.test(c.value)) continue;
      return { bold: !!c.bold, indent: c.indent ?? 0 };
    }
    return { bold: false, indent: 0 };
  }

  /**
   * A row's code ("1.2", "1.02.01.2.01") from its numbering column, else from the start of its label; '' for none (any
   * depth, "1" too).
   */
  code(row: TableRow): string {
    const no = this.columns.find((c) => c.role === 'no');
    // (a row written over several lines has its number on one of them: "2 | Pendidik dan" over "| Tenaga Kependidikan")
    let text = no ? this.text(row, no) : '';
    if (no && !text && row.labelRows) for (const r of row.labelRows) text ||= this.text(r, no);
    text ||= row.label;
    // (a code typed with spaces between its parts, "1 02 02 2.01": its dotted form)
    if (text.indexOf(' ') > 0) text = spacedCode(text) ?? text;
    return /^\s*(\d+(?:\.\d+)*)\.?(?:\s|$)/.exec(text)?.[1] ?? '';
  }

  /** "E12". */
  address(row: RowRef, col: ColRef): string {
    const r = rowNo(row);
    return a1(r, this.#at(r, col));
  }

  /**
   * Non-blank cells of a row inside the table's columns (optionally up to a column), in column order: the grid's own
   * list, read-only (no copy per row: the rules ask this of every row).
   */
  cellsOf(row: RowRef, right = this.range.right): ReadonlyArray<{ readonly col: number; readonly value: CellValue }> {
    return this.#grid.filledInRow(rowNo(row), this.range.left, right);
  }

  /** The table's columns of a row whose value passes a test, left to right (no cell object made). */
  columnsWhere(row: RowRef, test: (v: CellValue) => boolean): number[] {
    return this.#grid.columnsWhere(rowNo(row), this.range.left, this.range.right, test);
  }

  /** Columns with a role, left to right. */
  columnsWith(role: ColumnRole): TableColumn[] {
    return this.columns.filter((c) => c.role === role);
  }

  /** The last column with a role left of a column (or anywhere), preferring visible columns. */
  lastColumn(role: ColumnRole, before = Infinity): TableColumn | undefined {
    const cands = this.columns.filter((c) => c.role === role && c.col < before);
    const visible = cands.filter((c) => !c.hidden);
    return (visible.length ? visible : cands).pop();
  }

  rowsAt(level: RowLevel): TableRow[] {
    return this.rows.filter((r) => r.level === level);
  }

  /** A row's child rows (a program's kegiatan, a kegiatan's sub kegiatan). */
  children(row: RowRef): TableRow[] {
    let children = this.#children;
    if (!children) {
      children = this.#children = [];
      for (const r of this.rows) {
        if (r.parent === undefined) continue;
        const list = children[r.parent];
        if (list) list.push(r);
        else children[r.parent] = [r];
      }
    }
    return children[rowNo(row)] ?? NO_ROWS;
  }

  /**
   * Takes a row out of the table (recognise/pages: the rest of a label the page break cut, whose row is on the page
   * before), before any row index is read: rows it was the parent of have none.
   */
  dropRow(row: TableRow): void {
    const i = this.rows.indexOf(row);
    if (i < 0) return;
    this.rows.splice(i, 1);
    for (const r of this.rows) if (r.parent === row.row) r.parent = undefined;
    this.#rowIndex = undefined;
    this.#children = undefined;
    this.#hasHierarchy = undefined;
  }

  /** Rows whose children may go on where they cannot be read (a page the converter mangled): their sums are unsure. */
  leaveUnsure(rows: readonly PartRow[]): void {
    for (const p of rows) (p.part.#carriedUnsure ??= new Set()).add(p.row);
  }

  /**
   * Records that a row at the top of this part belongs under a row of the part before (recognise/pages), or under one of
   * its open rows, which one unsure (its level unknown): then each of those is marked unsure.
   */
  carry(row: TableRow, parent: PartRow | readonly PartRow[]): void {
    if (Array.isArray(parent)) {
      (this.#carriedFrom ??= new Map()).set(row, null);
      this.leaveUnsure(parent);
      return;
    }
    const known = parent as PartRow;
    (this.#carriedFrom ??= new Map()).set(row, known);
    const into = (known.part.#carriedChildren ??= new Map());
    const list = into.get(known.row);
    if (list) list.push({ part: this, row });
    else into.set(known.row, [{ part: this, row }]);
  }

  /** The row of the part before that a row at the top of this part belongs under, if it does and which one is known. */
  carriedFrom(row: TableRow): PartRow | undefined {
    return this.#carriedFrom?.get(row) ?? undefined;
  }

  /** Whether a row at the top of this part belongs under a row of the part before (known or not which). */
  isCarried(row: TableRow): boolean {
    return this.#carriedFrom?.has(row) ?? false;
  }

  /** Whether a row may have children at the top of the next part that cannot be told from their siblings. */
  carriedUnsure(row: TableRow): boolean {
    return this.#carriedUnsure?.has(row) ?? false;
  }

  /** A row's children on the parts after this one (the kegiatan of a programme that go on over the page break). */
  carriedChildren(row: TableRow): readonly PartRow[] {
    return this.#carriedChildren?.get(row) ?? NO_CARRIED;
  }

  /** The column of another part of this table under the same header as a column of this one. */
  partColumn(part: TableModel, col: TableColumn): TableColumn | undefined {
    const own = this.columns.filter((c) => !c.half);
    const other = part.columns.filter((c) => !c.half);
    const i = own.indexOf(col);
    return i >= 0 && own.length === other.length ? other[i] : undefined;
  }

  /** Each row's place in the table's rows plus one, by its row number less the table's top (0: not a row of it). */
  #rowIndex?: Int32Array;

  /** The place in the table's rows of the row at a sheet row, -1 for none. */
  #placeOf(sheetRow: number): number {
    const top = this.range.top;
    let index = this.#rowIndex;
    if (!index) {
      index = this.#rowIndex = new Int32Array(this.range.bottom - top + 1);
      this.rows.forEach((r, i) => {
        if (r.row >= top && r.row <= this.range.bottom) index![r.row - top] = i + 1;
      });
    }
    return sheetRow >= top && sheetRow <= this.range.bottom ? index[sheetRow - top] - 1 : -1;
  }

  /** The table's row at a sheet row. */
  rowAt(sheetRow: number): TableRow | undefined {
    const i = this.#placeOf(sheetRow);
    return i >= 0 ? this.rows[i] : undefined;
  }

  /** A row's place in the table's rows (an index built once: no linear search per row, no hash map). */
  indexOfRow(row: TableRow): number {
    const i = this.#placeOf(row.row);
    // (a row number listed twice, or a row object of another table: found the slow way, as a Map of rows would)
    return i >= 0 && this.rows[i] === row ? i : this.rows.indexOf(row);
  }

  /**
   * The rows a JUMLAH/TOTAL row covers: the top-level rows since the previous total (sections skipped); for a total
   * written above its rows (the first row of the body), the top-level rows below it, to the next total.
   */
  coveredRows(total: TableRow): TableRow[] {
    // (a total that closes one row's group: that row's children)
    if (total.closes !== undefined) return this.children(total.closes);
    const idx = this.indexOfRow(total);
    const out: TableRow[] = [];
    // whether only section rows stand above it (then it is written above its rows), learnt on the same walk
    let onlySections = true;
    for (let i = idx - 1; i >= 0; i--) {
      const r = this.rows[i];
      if (r.level === 'section') continue;
      onlySections = false;
      // (a sum that closes one row's group repeats that row's figures: the rows go on above it)
      if (r.level === 'total' && r.closes !== undefined) continue;
      if (r.level === 'total') break;
      if (r.parent === undefined) out.push(r);
    }
    if (onlySections) {
      for (let i = idx + 1; i < this.rows.length; i++) {
        const r = this.rows[i];
        if (r.level === 'total') break;
        if (r.level === 'section') continue;
        if (r.parent === undefined) out.push(r);
      }
      return out;
    }
    return out.reverse();
  }

  /** What a row adds up: a total's covered rows, a parent's children (empty for a plain row). */
  partsOf(row: TableRow): TableRow[] {
    return row.level === 'total' ? this.coveredRows(row) : this.children(row);
  }

  hasHierarchy(): boolean {
    return (this.#hasHierarchy ??= this.rows.some((r) => r.parent !== undefined));
  }

  /** The plain data of the table (for JSON and tests): no grid. */
  toJSON(): Table {
    const t: Table = { sheet: this.sheet, range: this.range, kind: this.kind, headerRows: this.headerRows, columns: this.columns, rows: this.rows };
    if (this.caption !== undefined) t.caption = this.caption;
    if (this.notes !== undefined) t.notes = this.notes;
    if (this.hierarchy !== undefined) t.hierarchy = this.hierarchy;
    if (this.bands !== undefined) t.bands = this.bands;
    if (this.noteBands !== undefined) t.noteBands = this.noteBands;
    if (this.carryRows !== undefined) t.carryRows = this.carryRows;
    return t;
  }
}
