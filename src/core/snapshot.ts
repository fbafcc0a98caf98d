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
  return { row, col, value, formula, numFmt, bold, indent, [FIGURE_CACHE]: undefined, [TEXT_CACHE]: undefined, [STORE]: undefined, [AT]: undefined } as Cell;
}

/** A cell handed out by a CellStore: the store and its place there, where its caches are kept (see keepInCell). */
const STORE = Symbol('lkjip.store');
const AT = Symbol('lkjip.at');

/** How a cell looks: number format, bold, indent. Readers share one object per style, never one per cell. */
export interface CellLook {
  numFmt?: string;
  bold?: boolean;
  indent?: number;
}

/** A cache a cell keeps: its parsed figure or its cleaned text. */
type CacheKey = typeof FIGURE_CACHE | typeof TEXT_CACHE;

/**
 * Keeps what the engine worked out of a cell (figures.ts: its figure, its text): on the cell object, and, for a cell
 * a CellStore handed out, in the store too — the next object made for the same cell starts with it.
 */
export function keepInCell(cell: object, key: CacheKey, value: unknown): void {
  const holder = cell as { [FIGURE_CACHE]?: unknown; [TEXT_CACHE]?: unknown; [STORE]?: CellStore; [AT]?: number };
  holder[key] = value;
  const store = holder[STORE];
  if (store) store.keep(key, holder[AT] as number, value);
}

const INITIAL_CAPACITY = 1024;
/** The most room a store makes before its first cell (28 bytes a cell: 56 MB). */
const MAX_INITIAL_CAPACITY = 2_000_000;

/**
 * A sheet's cells as column arrays in row-major order, one per position: what the xlsx reader makes, so that a sheet
 * of a million cells is a handful of arrays, not a million objects (each object a reader makes lives to the old
 * generation: on a 200k-row book that copying was the largest single cost). A Cell object is made when the engine asks
 * for a cell and lives as long as the engine holds it; what the engine works out of a cell (its figure, its text) is
 * kept here by the cell's place, so the next object made for it starts with it.
 */
export class CellStore {
  count = 0;
  rows: Int32Array;
  cols: Int32Array;
  /** A number cell's value (no boxed number per cell). */
  private numbers: Float64Array;
  /** Where any other value (text, boolean, error, null) stands in `others`; −1: a number. */
  private refs: Int32Array;
  private others: Array<Exclude<CellValue, number>> = [];
  /** Each cell's look as its place in `looks` (−1: none): typed arrays hold no references for the collector to trace. */
  private lookIds: Int32Array;
  /** Formulas by the cell's place (few cells have one). */
  formulas: Map<number, string> | undefined;
  /** Cells whose object must stay the same object (a formula the engine computes writes its result into it). */
  private pinned: Map<number, Cell> | undefined;
  /** Every cell as an object, once something asked for the sheet's `cells` list: handed out from here after that. */
  objects: Cell[] | undefined;
  private figures: unknown[] | undefined;
  private texts: unknown[] | undefined;

  /**
   * `looks`: the looks a cell's look id stands for (a reader's styles), which the reader may add to while it reads;
   * `expected`: about how many cells will come (room made at once; more grow the arrays).
   */
  constructor(
    private readonly looks: ReadonlyArray<CellLook | undefined> = [],
    expected = INITIAL_CAPACITY,
  ) {
    const size = Math.max(16, Math.min(expected, MAX_INITIAL_CAPACITY));
    this.rows = new Int32Array(size);
    this.cols = new Int32Array(size);
    this.numbers = new Float64Array(size);
    this.refs = new Int32Array(size);
    this.lookIds = new Int32Array(size);
  }

  /** Adds a cell (readers give them row by row, left to right; `finish` puts any other order right). */
  push(row: number, col: number, value: CellValue, formula: string | undefined, lookId: number): void {
    const i = this.count;
    if (i === this.rows.length) this.grow();
    this.rows[i] = row;
    this.cols[i] = col;
    if (typeof value === 'number') {
      this.numbers[i] = value;
      this.refs[i] = -1;
    } else {
      this.refs[i] = this.others.length;
      this.others.push(value);
    }
    this.lookIds[i] = lookId;
    if (formula !== undefined) (this.formulas ??= new Map()).set(i, formula);
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.rows.length * 2;
    this.rows = grownInt32(this.rows, size);
    this.cols = grownInt32(this.cols, size);
    this.refs = grownInt32(this.refs, size);
    this.lookIds = grownInt32(this.lookIds, size);
    const numbers = new Float64Array(size);
    numbers.set(this.numbers);
    this.numbers = numbers;
  }

  /**
   * Done adding: the cells put in row-major order with one per position (the last one given wins, as in a sheet written
   * twice) where a producer wrote them otherwise.
   */
  finish(): this {
    const n = this.count;
    let ordered = true;
    for (let i = 1; i < n && ordered; i++) {
      const r0 = this.rows[i - 1];
      const r1 = this.rows[i];
      ordered = r0 < r1 || (r0 === r1 && this.cols[i - 1] < this.cols[i]);
    }
    if (ordered) return this;
    // the last cell given for each position, in row-major order
    const last = new Map<number, number>();
    for (let i = 0; i < n; i++) last.set(this.rows[i] * 16385 + this.cols[i], i);
    const order = [...last.values()].sort((a, b) => this.rows[a] - this.rows[b] || this.cols[a] - this.cols[b]);
    const pick = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(order.length);
      order.forEach((from, to) => (b[to] = a[from]));
      return b;
    };
    const formulas = this.formulas;
    this.formulas = undefined;
    order.forEach((from, to) => {
      const f = formulas?.get(from);
      if (f !== undefined) (this.formulas ??= new Map()).set(to, f);
    });
    this.rows = pick(this.rows);
    this.cols = pick(this.cols);
    this.numbers = pick(this.numbers);
    this.refs = pick(this.refs);
    this.lookIds = pick(this.lookIds);
    this.count = order.length;
    return this;
  }

  /** The object kept for the cell at place i (see pin), if any: what it holds is the cell's. */
  private kept(i: number): Cell | undefined {
    return this.pinned === undefined && this.objects === undefined ? undefined : (this.objects?.[i] ?? this.pinned?.get(i));
  }

  /** The value of the cell at place i, with no object made. */
  valueAt(i: number): CellValue {
    const kept = this.kept(i);
    if (kept) return kept.value;
    const ref = this.refs[i];
    return ref < 0 ? this.numbers[i] : this.others[ref];
  }

  formulaAt(i: number): string | undefined {
    const kept = this.kept(i);
    return kept ? kept.formula : this.formulas?.get(i);
  }

  numFmtAt(i: number): string | undefined {
    const kept = this.kept(i);
    if (kept) return kept.numFmt;
    const id = this.lookIds[i];
    return id >= 0 ? this.looks[id]?.numFmt : undefined;
  }

  /** The cell at place i as an object (made now unless it is kept: see pin). */
  cellAt(i: number): Cell {
    const kept = this.kept(i);
    if (kept) return kept;
    const id = this.lookIds[i];
    const look = id >= 0 ? this.looks[id] : undefined;
    const ref = this.refs[i];
    const cell = {
      row: this.rows[i],
      col: this.cols[i],
      value: ref < 0 ? this.numbers[i] : this.others[ref],
      formula: this.formulas?.get(i),
      numFmt: look?.numFmt,
      bold: look?.bold || undefined,
      indent: look?.indent || undefined,
      [FIGURE_CACHE]: this.figures?.[i],
      [TEXT_CACHE]: this.texts?.[i],
      [STORE]: this,
      [AT]: i,
    };
    return cell as Cell;
  }

  /**
   * The cell at place i as one object for good (a plain Cell, keeping its own caches): what is written into it (a
   * computed formula's result) is its value.
   */
  pin(i: number): Cell {
    const kept = this.kept(i);
    if (kept) return kept;
    const { row, col, value, formula, numFmt, bold, indent } = this.cellAt(i);
    const cell = newCell(row, col, value, formula, numFmt, bold, indent) as Cell & { [FIGURE_CACHE]?: unknown; [TEXT_CACHE]?: unknown };
    cell[FIGURE_CACHE] = this.figures?.[i];
    cell[TEXT_CACHE] = this.texts?.[i];
    (this.pinned ??= new Map()).set(i, cell);
    return cell;
  }

  /** Every cell as an object, kept from now on (a sheet's `cells` list, for the few who want it whole). */
  all(): Cell[] {
    if (!this.objects) {
      const out: Cell[] = [];
      for (let i = 0; i < this.count; i++) out.push(this.pin(i));
      this.objects = out;
    }
    return this.objects;
  }

  /**
   * Rewrites the stored numbers whose look's format `shown` maps (asked once per look): what a cell held by a date shows
   * of it. Cells kept as objects already are left.
   */
  rewriteNumbers(shown: (numFmt: string | undefined) => ((v: number) => number | string) | undefined): void {
    const byLook = this.looks.map((look) => shown(look?.numFmt));
    if (!byLook.some((f) => f)) return;
    for (let i = 0; i < this.count; i++) {
      const id = this.lookIds[i];
      const f = id >= 0 ? byLook[id] : undefined;
      if (!f || this.refs[i] >= 0 || this.kept(i)) continue;
      const v = f(this.numbers[i]);
      if (typeof v === 'number') this.numbers[i] = v;
      else {
        // (text is held among the other values)
        this.refs[i] = this.others.length;
        this.others.push(v);
      }
    }
  }

  /** Empties the cell at place i (its value and formula; its look stays), unless it is kept as an object already. */
  blank(i: number): void {
    if (this.kept(i)) return;
    this.refs[i] = this.others.length;
    this.others.push(null);
    this.formulas?.delete(i);
  }

  keep(key: CacheKey, i: number, value: unknown): void {
    if (key === FIGURE_CACHE) (this.figures ??= new Array(this.count))[i] = value;
    else (this.texts ??= new Array(this.count))[i] = value;
  }
}

/** An Int32Array's values in a new one of the given size (one kind of array: V8 keeps the copy monomorphic). */
function grownInt32(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Where a snapshot made from a CellStore keeps it (not enumerable: never in JSON, nor in a test's toEqual). */
const CELL_STORE = Symbol('lkjip.cellStore');

/**
 * A sheet snapshot over a CellStore: its `cells` list is made (and kept) only when something asks for it; the engine's
 * Grid reads the store itself.
 */
export function sheetOfStore(fields: Omit<SheetSnapshot, 'cells'>, store: CellStore): SheetSnapshot {
  const sheet = fields as SheetSnapshot;
  Object.defineProperty(sheet, CELL_STORE, { value: store, enumerable: false, writable: true });
  Object.defineProperty(sheet, 'cells', {
    enumerable: true,
    configurable: true,
    get: () => {
      const cells = store.all();
      Object.defineProperty(sheet, 'cells', { value: cells, enumerable: true, writable: true, configurable: true });
      return cells;
    },
    set: (cells: Cell[]) => {
      Object.defineProperty(sheet, 'cells', { value: cells, enumerable: true, writable: true, configurable: true });
      (sheet as { [CELL_STORE]?: CellStore })[CELL_STORE] = undefined;
    },
  });
  return sheet;
}

/** The CellStore a sheet is read from, while its `cells` list has not been asked for (else undefined). */
export function storeOf(sheet: SheetSnapshot): CellStore | undefined {
  const store = (sheet as { [CELL_STORE]?: CellStore })[CELL_STORE];
  return store && !store.objects ? store : undefined;
}

/**
 * Empties the cells a merged area covers, all but its top-left one. Excel and LibreOffice show the area's first cell
 * only, but LibreOffice may keep what the other cells held when they were merged ("keep the contents of the hidden
 * cells") and write it to the file: figures nobody sees, which no check may count (an anggaran merged over a
 * programme's indikator rows, an old figure under it). In place; a sheet without such cells is left as it is.
 */
export function blankMergedContents(sheet: SheetSnapshot): void {
  const byRow = new Map<number, RangeRef[]>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  if (byRow.size === 0) return;
  const covered = (row: number, col: number): boolean => !!byRow.get(row)?.some((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  const store = storeOf(sheet);
  if (store) {
    // (the store is in row-major order: each merged row's cells found by halving)
    const { rows, cols, count } = store;
    for (const row of byRow.keys()) {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid] < row) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < count && rows[i] === row; i++) if (covered(row, cols[i]) && !isBlankValue(store.valueAt(i))) store.blank(i);
    }
    return;
  }
  if (!sheet.cells.some((c) => !isBlankValue(c.value) && covered(c.row, c.col))) return;
  sheet.cells = sheet.cells.map((c) =>
    !isBlankValue(c.value) && covered(c.row, c.col) ? newCell(c.row, c.col, null, undefined, c.numFmt, c.bold, c.indent) : c,
  );
}

/** How many cells a sheet has (without making its cell list). */
export function cellCount(sheet: SheetSnapshot): number {
  return storeOf(sheet)?.count ?? sheet.cells.length;
}

/** The cells of one row up to a column (without making the sheet's cell list). */
export function cellsOfRow(sheet: SheetSnapshot, row: number, maxCol: number): Cell[] {
  const store = storeOf(sheet);
  if (!store) return sheet.cells.filter((c) => c.row === row && c.col <= maxCol).sort((a, b) => a.col - b.col);
  const out: Cell[] = [];
  for (let i = 0; i < store.count && store.rows[i] <= row; i++) if (store.rows[i] === row && store.cols[i] <= maxCol) out.push(store.cellAt(i));
  return out;
}

/**
 * The formula cells of a sheet, in row-major order (without making its cell list); with a test of the value, only those
 * whose value passes it (no object made for the others: a budget of 50k formula rows whose results are there).
 */
export function formulaCells(sheet: SheetSnapshot, valueTest?: (value: CellValue) => boolean): Cell[] {
  const store = storeOf(sheet);
  if (!store) return sheet.cells.filter((c) => c.formula !== undefined && (!valueTest || valueTest(c.value)));
  const out: Cell[] = [];
  if (store.formulas) for (const i of store.formulas.keys()) if (!valueTest || valueTest(store.valueAt(i))) out.push(store.cellAt(i));
  return out;
}

/** Whether some formula of a sheet passes a test (its text only: no cell object made). */
export function someFormula(sheet: SheetSnapshot, test: (formula: string) => boolean): boolean {
  const store = storeOf(sheet);
  if (!store) return sheet.cells.some((c) => c.formula !== undefined && test(c.formula));
  for (const i of store.formulas?.keys() ?? []) {
    const f = store.formulaAt(i);
    if (f !== undefined && test(f)) return true;
  }
  return false;
}

/**
 * A cell of a sheet as the one object the sheet hands out for it from now on (what is written into it, a computed
 * formula's result, is then its value wherever it is read).
 */
export function pinned(sheet: SheetSnapshot, cell: Cell): Cell {
  const holder = cell as { [STORE]?: CellStore; [AT]?: number };
  const store = holder[STORE];
  return store && store === storeOf(sheet) ? store.pin(holder[AT] as number) : cell;
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
const NO_PLACES: { [row: number]: number } = [];
/** Rows beyond twice a sheet's cell count and this are indexed sparsely (a cell typed at row 1 048 576). */
const DENSE_ROW_SLACK = 65536;

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
  /**
   * A sheet read into a CellStore: each row's first place there + 1 (0 or undefined: no cells) and the place after its
   * last, by row number — typed arrays where the rows are dense enough, else arrays V8 keeps sparse.
   */
  private readonly store: CellStore | undefined;
  private readonly rowFrom: { [row: number]: number } = NO_PLACES;
  private readonly rowTo: { [row: number]: number } = NO_PLACES;
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
    const store = storeOf(sheet);
    this.store = store;
    if (store) {
      // (a store is in row-major order, one cell per position: see CellStore.finish)
      const { rows, cols, count } = store;
      const lastRow = count ? rows[count - 1] : 0;
      const dense = lastRow <= 2 * count + DENSE_ROW_SLACK;
      const rowFrom = dense ? new Int32Array(lastRow + 1) : [];
      const rowTo = dense ? new Int32Array(lastRow + 1) : [];
      let start = 0;
      for (let i = 0; i < count; i++) {
        const col = cols[i];
        if (col < minCol) minCol = col;
        if (col > maxCol) maxCol = col;
        if (i + 1 === count || rows[i + 1] !== rows[i]) {
          rowFrom[rows[i]] = start + 1;
          rowTo[rows[i]] = i + 1;
          rowNumbers.push(rows[i]);
          start = i + 1;
        }
      }
      this.rowFrom = rowFrom;
      this.rowTo = rowTo;
    } else {
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

  /** A store-read sheet: the place of a row's first cell, or −1 where it has none. */
  private firstPlace(row: number): number {
    const f = this.rowFrom[row];
    return f === undefined || f === 0 ? -1 : f - 1;
  }

  /** A store-read sheet: the place of the cell at (row, col), or −1. */
  private placeOf(row: number, col: number): number {
    const from = this.firstPlace(row);
    if (from < 0) return -1;
    const cols = (this.store as CellStore).cols;
    const to = this.rowTo[row];
    if (to - from <= LINEAR_ROW) {
      for (let i = from; i < to; i++) {
        const c = cols[i];
        if (c >= col) return c === col ? i : -1;
      }
      return -1;
    }
    let lo = from;
    let hi = to - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cols[mid];
      if (c === col) return mid;
      if (c < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(row: number, col: number): Cell | undefined {
    if (this.store) {
      const i = this.placeOf(row, col);
      return i < 0 ? undefined : this.store.cellAt(i);
    }
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
    if (this.store) {
      const i = this.placeOf(row, col);
      return i < 0 ? null : (this.store.valueAt(i) ?? null);
    }
    return this.get(row, col)?.value ?? null;
  }

  /** The cell's number format, if any (no cell object made). */
  numFmt(row: number, col: number): string | undefined {
    if (this.store) {
      const i = this.placeOf(row, col);
      return i < 0 ? undefined : this.store.numFmtAt(i);
    }
    return this.get(row, col)?.numFmt;
  }

  /** The cell's formula, if any (no cell object made). */
  formula(row: number, col: number): string | undefined {
    if (this.store) {
      const i = this.placeOf(row, col);
      return i < 0 ? undefined : this.store.formulaAt(i);
    }
    return this.get(row, col)?.formula;
  }

  /** Cells of one row, in column order. */
  rowCells(row: number): Cell[] {
    if (this.store) {
      const from = this.firstPlace(row);
      if (from < 0) return NO_CELLS;
      const out: Cell[] = [];
      for (let i = from; i < this.rowTo[row]; i++) out.push(this.store.cellAt(i));
      return out;
    }
    return this.rows[row] ?? NO_CELLS;
  }

  /** How many non-blank cells a row has, and how many of them hold text (no cell object made). */
  filledCount(row: number): { filled: number; texts: number } {
    let filled = 0;
    let texts = 0;
    const store = this.store;
    if (store) {
      const from = this.firstPlace(row);
      if (from >= 0)
        for (let i = from; i < this.rowTo[row]; i++) {
          const v = store.valueAt(i);
          if (isBlankValue(v)) continue;
          filled++;
          if (typeof v === 'string') texts++;
        }
    } else
      for (const c of this.filledInRow(row)) {
        filled++;
        if (typeof c.value === 'string') texts++;
      }
    return { filled, texts };
  }

  /** Each text value of the sheet with its row and column, row by row (no cell object made). */
  forEachText(fn: (row: number, col: number, text: string) => void): void {
    const store = this.store;
    if (store) {
      for (let i = 0; i < store.count; i++) {
        const v = store.valueAt(i);
        if (typeof v === 'string') fn(store.rows[i], store.cols[i], v);
      }
      return;
    }
    for (const r of this.rowNumbers) for (const c of this.rows[r] ?? NO_CELLS) if (typeof c.value === 'string') fn(c.row, c.col, c.value);
  }

  /** The columns where the sheet has a non-blank cell, as flags by column − minCol (no cell object made). */
  filledColumns(): Uint8Array {
    const out = new Uint8Array(Math.max(0, this.maxCol - this.minCol + 1));
    const store = this.store;
    if (store) {
      for (let i = 0; i < store.count; i++) if (!isBlankValue(store.valueAt(i))) out[store.cols[i] - this.minCol] = 1;
    } else for (const r of this.rowNumbers) for (const c of this.filledInRow(r)) out[c.col - this.minCol] = 1;
    return out;
  }

  /** Non-blank cells of one row within [left, right]. */
  filledInRow(row: number, left = 1, right = Number.MAX_SAFE_INTEGER): Cell[] {
    const store = this.store;
    if (store) {
      const from = this.firstPlace(row);
      if (from < 0) return NO_CELLS;
      const to = this.rowTo[row];
      let out: Cell[] | undefined;
      for (let i = from; i < to; i++) {
        const col = store.cols[i];
        if (col < left) continue;
        if (col > right) break;
        if (isBlankValue(store.valueAt(i))) continue;
        (out ??= []).push(store.cellAt(i));
      }
      return out ?? NO_CELLS;
    }
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

  /**
   * The columns of a row's first and last cell (blank ones too: a wider span than its filled cells'), undefined for a row
   * with none — no cell object made.
   */
  rowSpan(row: number): [number, number] | undefined {
    if (this.store) {
      const from = this.firstPlace(row);
      return from < 0 ? undefined : [this.store.cols[from], this.store.cols[this.rowTo[row] - 1]];
    }
    const cells = this.rows[row];
    return cells === undefined || cells.length === 0 ? undefined : [cells[0].col, cells[cells.length - 1].col];
  }

  /** The columns within [left, right] of a row whose value passes a test, left to right (no cell object made). */
  columnsWhere(row: number, left: number, right: number, test: (v: CellValue) => boolean): number[] {
    const out: number[] = [];
    if (this.store) {
      const store = this.store;
      const from = this.firstPlace(row);
      if (from < 0) return out;
      const to = this.rowTo[row];
      for (let i = from; i < to; i++) {
        const col = store.cols[i];
        if (col > right) break;
        if (col >= left && test(store.valueAt(i))) out.push(col);
      }
      return out;
    }
    for (const c of this.rows[row] ?? NO_CELLS) if (c.col >= left && c.col <= right && test(c.value)) out.push(c.col);
    return out;
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
