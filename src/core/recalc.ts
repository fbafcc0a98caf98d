/**
 * Formula results a workbook does not hold. Programs that write workbooks (XlsxWriter, openpyxl, PHPExcel, report
 * generators) write formulas without computing them: no result at all, or 0 with the workbook flagged for a full
 * recalculation on load (`<calcPr fullCalcOnLoad="1"/>`, ECMA-376 Part 1 §18.2.2). What the user sees in Excel is the
 * recalculated figure, so that is what is checked: the formulas are computed here as Excel computes them, for the
 * functions a report's figures use (arithmetic, SUM, AVERAGE, MIN, MAX, COUNT, ROUND, IF, IFS, IFERROR, SUBTOTAL, SUMIF(S) …).
 * A formula outside that set keeps the result the file holds — unless the file says its results are stale and the
 * result is the placeholder 0 or empty: then it has none (rumus-belum-dihitung says so; nothing is passed as checked).
 *
 * Pure: numbers are Excel's doubles; no Office.js, no Node.
 */
import Decimal from 'decimal.js';
import { a1, columnNumber, parseRange } from './address';
import { Cell, cellCount, CellValue, formulaCells, Grid, isErrorValue, ListObject, pinned, SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { firstAtLeast } from './sorted';

/** Excel's largest sheet (rows × columns): a whole-column reference reaches as far as the sheet's cells do. */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** A chain of formulas deeper than this (each waiting on the next) is left uncomputed rather than risk the stack. */
const MAX_DEPTH = 400;

type Scalar = number | string | boolean | { error: string } | null;
interface RangeValue {
  range: true;
  sheet: SheetIndex;
  top: number;
  left: number;
  bottom: number;
  right: number;
}
type Value = Scalar | RangeValue;

/** Not computable here (an unsupported function, a name, another workbook, a cycle): the cell keeps what it has. */
class Unsupported extends Error {}

const err = (code: string) => ({ error: code });
const isErr = (v: Value): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;
const isRange = (v: Value): v is RangeValue => typeof v === 'object' && v !== null && 'range' in v;

// ---------------------------------------------------------------------------------------------------------------
// Tokens and parse tree

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'ref'; sheet?: string; top: number; left: number; bottom: number; right: number }
  /** A structured reference to an Excel Table: Anggaran[Pagu], [@Realisasi], Anggaran[[#Totals],[Pagu]] (spec: inside the outer brackets). */
  | { t: 'sref'; table?: string; spec: string }
  | { t: 'neg'; a: Node }
  | { t: 'pct'; a: Node }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'call'; name: string; args: Node[] };

interface Token {
  k: 'num' | 'str' | 'ref' | 'sref' | 'name' | 'op' | 'lp' | 'rp' | 'sep' | 'err' | 'bool';
  s: string;
  /** For a ref: the sheet it names, if any. */
  sheet?: string;
}

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

/** What may follow "Sheet!": a cell, a range of cells, whole columns (C:D) or whole rows (3:5). */
const SHEET_REF = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|^\$?\d+:\$?\d+/;

/** A text in quotes from `open` ("…" a string, '…' a sheet's name), its quote doubled inside; and where it ends. */
function quoted(src: string, open: number): { text: string; end: number } {
  const q = src[open];
  let text = '';
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] !== q) text += src[i];
    else if (src[i + 1] === q) text += src[i++];
    else return { text, end: i + 1 };
  }
  throw new Unsupported('quote');
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"') {
      const q = quoted(src, i);
      out.push({ k: 'str', s: q.text });
      i = q.end;
      continue;
    }
    if (c === '#') {
      const e = ERRORS.find((x) => src.startsWith(x, i));
      if (!e) throw new Unsupported('error literal');
      out.push({ k: 'err', s: e });
      i += e.length;
      continue;
    }
    if (c === '[') {
      const end = closingBracket(src, i);
      out.push({ k: 'sref', s: src.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '(') {
      out.push({ k: 'lp', s: c });
      i++;
      continue;
    }
    if (c === ')') {
      out.push({ k: 'rp', s: c });
      i++;
      continue;
    }
    if (c === ',' || c === ';') {
      out.push({ k: 'sep', s: ',' });
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '<>') {
      out.push({ k: 'op', s: two });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%'.includes(c)) {
      out.push({ k: 'op', s: c });
      i++;
      continue;
    }
    // a quoted sheet name: 'Realisasi Anggaran'!C8
    if (c === "'") {
      const q = quoted(src, i);
      if (src[q.end] !== '!') throw new Unsupported('sheet name');
      const m = SHEET_REF.exec(src.slice(q.end + 1));
      if (!m) throw new Unsupported('reference');
      out.push({ k: 'ref', s: m[0], sheet: q.text });
      i = q.end + 1 + m[0].length;
      continue;
    }
    const num = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i, i + 40));
    // a row range "3:5" starts with digits too
    const rows = /^\$?\d+:\$?\d+/.exec(src.slice(i, i + 24));
    if (rows) {
      out.push({ k: 'ref', s: rows[0] });
      i += rows[0].length;
      continue;
    }
    if (num) {
      out.push({ k: 'num', s: num[0] });
      i += num[0].length;
      continue;
    }
    // a word: a function name, TRUE/FALSE, a reference (C5, $C$5, C5:C9, C:C), a sheet-qualified one (PK!E6)
    const word = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/.exec(src.slice(i, i + 300));
    if (!word) throw new Unsupported(`character ${c}`);
    let w = word[0];
    let j = i + w.length;
    if (src[j] === '[') {
      // a table's name and its structured reference: Anggaran2024[Pagu (Rp)]
      const end = closingBracket(src, j);
      out.push({ k: 'sref', s: src.slice(j + 1, end), sheet: w });
      i = end + 1;
      continue;
    }
    if (src[j] === '!') {
      const m = SHEET_REF.exec(src.slice(j + 1));
      if (!m) throw new Unsupported('reference');
      out.push({ k: 'ref', s: m[0], sheet: w });
      i = j + 1 + m[0].length;
      continue;
    }
    if (src[j] === ':' && /^\$?[A-Za-z]{1,3}\$?\d*$/.test(w)) {
      const m = /^:\$?[A-Za-z]{1,3}\$?\d*/.exec(src.slice(j));
      if (m) {
        w += m[0];
        j += m[0].length;
      }
    }
    i = j;
    if (/^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.test(w) || /^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/.test(w)) {
      // (a name such as LOG10 followed by "(" is a function, not a cell)
      if (src.slice(i).trimStart().startsWith('(')) out.push({ k: 'name', s: w });
      else out.push({ k: 'ref', s: w });
      continue;
    }
    if (/^(true|false)$/i.test(w) && !src.slice(i).trimStart().startsWith('(')) {
      out.push({ k: 'bool', s: w.toUpperCase() });
      continue;
    }
    out.push({ k: 'name', s: w });
  }
  return out;
}

/** Where the bracket opened at `open` closes (brackets nest; ' escapes the next character in a column name). */
function closingBracket(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "'") i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  throw new Unsupported('bracket');
}

function refNode(tok: Token): Node {
  const [p, q] = tok.s.replace(/\$/g, '').split(':');
  const part = (s: string, end: boolean) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s);
    if (!m) throw new Unsupported('reference');
    const col = m[1] ? columnNumber(m[1].toUpperCase()) : end ? MAX_COLS : 1;
    const row = m[2] ? Number(m[2]) : end ? MAX_ROWS : 1;
    return { row, col };
  };
  const a = part(p, false);
  const b = q !== undefined ? part(q, true) : a;
  // "C:C" reads as column C from row 1 to the last; "3:5" as rows 3 to 5 in every column
  if (q !== undefined && !/\d/.test(q)) a.row = 1;
  if (q !== undefined && !/[A-Za-z]/.test(q)) a.col = 1;
  return {
    t: 'ref',
    sheet: tok.sheet,
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Excel's precedence: comparison < & < + - < * / < ^ < % < unary minus. */
function parse(src: string): Node {
  const toks = tokenize(src.replace(/^\s*=/, '').replace(/_xlfn\.|_xlws\./gi, ''));
  let p = 0;
  const peek = () => toks[p];
  const isOp = (...ops: string[]) => peek()?.k === 'op' && ops.includes(peek().s);
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let a = next();
    while (isOp(...ops)) {
      const op = toks[p++].s;
      a = { t: 'bin', op, a, b: next() };
    }
    return a;
  };
  const primary = (): Node => {
    const tok = toks[p++];
    if (!tok) throw new Unsupported('end');
    switch (tok.k) {
      case 'num':
        return { t: 'num', v: Number(tok.s) };
      case 'str':
        return { t: 'str', v: tok.s };
      case 'bool':
        return { t: 'bool', v: tok.s === 'TRUE' };
      case 'err':
        return { t: 'err', v: tok.s };
      case 'ref':
        return refNode(tok);
      case 'sref':
        return { t: 'sref', table: tok.sheet, spec: tok.s };
      case 'lp': {
        const e = comparison();
        if (toks[p++]?.k !== 'rp') throw new Unsupported('parenthesis');
        return e;
      }
      case 'name': {
        if (toks[p]?.k !== 'lp') throw new Unsupported(`name ${tok.s}`);
        p++;
        const args: Node[] = [];
        if (toks[p]?.k === 'rp') p++;
        else
          for (;;) {
            // an empty argument (ROUND(x,)) counts as 0 / nothing
            if (toks[p]?.k === 'sep' || toks[p]?.k === 'rp') args.push({ t: 'num', v: 0 });
            else args.push(comparison());
            const next = toks[p++];
            if (next?.k === 'rp') break;
            if (next?.k !== 'sep') throw new Unsupported('arguments');
          }
        return { t: 'call', name: tok.s.toUpperCase(), args };
      }
      default:
        throw new Unsupported(`token ${tok.s}`);
    }
  };
  const postfix = (): Node => {
    let a = primary();
    while (isOp('%')) {
      p++;
      a = { t: 'pct', a };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp('-')) {
      p++;
      return { t: 'neg', a: unary() };
    }
    if (isOp('+')) {
      p++;
      return unary();
    }
    return postfix();
  };
  const power = binary(unary, ['^']);
  const product = binary(power, ['*', '/']);
  const sum = binary(product, ['+', '-']);
  const concat = binary(sum, ['&']);
  const comparison = binary(concat, ['=', '<>', '<', '>', '<=', '>=']);
  const tree = comparison();
  if (p !== toks.length) throw new Unsupported('trailing');
  return tree;
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook as the evaluator sees it

interface SheetIndex {
  sheet: SheetSnapshot;
  /** Positional access without a map entry per cell (a 200k-row book built of formulas stays small). */
  grid: Grid;
  /** How many cells the sheet has. */
  count: number;
  maxRow: number;
  maxCol: number;
  hiddenRows: Set<number>;
}

function indexSheet(sheet: SheetSnapshot): SheetIndex {
  const grid = new Grid(sheet);
  const rows = grid.rowNumbers;
  return {
    sheet,
    grid,
    count: cellCount(sheet),
    maxRow: rows.length ? rows[rows.length - 1] : 0,
    maxCol: grid.maxCol,
    hiddenRows: new Set(sheet.hiddenRows ?? []),
  };
}

/** Between a row's words in an index of several columns (no cell's text holds it). */
const WORD_JOIN = '\u0000';

/** A SUMIF over a column this long or longer asks the column's index of words (Evaluator.indexedConditional). */
const INDEXED_SUMIF_MIN_ROWS = 64;

/**
 * A word's rows in a SUMIF's column (offsets from the range's top, in order), with the running sum and count of the
 * numbers beside them in the sum range after each, and the first that holds an error.
 */
interface WordEntry {
  at: number[];
  sums: number[];
  counts: number[];
  errorAt?: number;
  error?: { error: string };
}

/** A part of a column this long or longer is summed by the column's running sums (Evaluator.columnSum). */
const RUNNING_SUM_MIN_ROWS = 64;

interface RunningSums {
  /** Σ of the numbers in the rows before each place. */
  sums: Float64Array;
  /** How many cells before each place are formulas not yet computed (or that could not be). */
  unsettled: Int32Array;
  /** The places of the column's errors, in order, and the errors. */
  errorAt: number[];
  errors: Array<{ error: string }>;
  /** Every number a whole one and every running sum below 2^52: sums of parts exact whatever their order. */
  exact: boolean;
}

const enum State {
  Pending = 1,
  Busy = 2,
  Done = 3,
  Failed = 4,
}

class Evaluator {
  private readonly sheets = new Map<string, SheetIndex>();
  private readonly byName = new Map<string, SheetSnapshot>();
  /** Formula cells to compute, and where each stands. */
  private readonly state = new Map<Cell, State>();
  /** Columns' words for SUMIF (indexedConditional), by range and sum range: false once asked, null where none can be made. */
  private readonly wordIndexes = new Map<string, Map<string, WordEntry> | null | false>();
  /** Columns' running sums (columnSum), by sheet and column. */
  private readonly running = new Map<string, RunningSums>();
  private depth = 0;
  /** The formula cell being computed (for [#This Row] and a table-less [Column]). */
  private at: Cell | undefined;

  constructor(book: WorkbookSnapshot) {
    for (const s of book.sheets) this.byName.set(s.name.toLowerCase(), s);
  }

  sheetIndex(sheet: SheetSnapshot): SheetIndex {
    const k = sheet.name.toLowerCase();
    let ix = this.sheets.get(k);
    if (!ix) {
      ix = indexSheet(sheet);
      this.sheets.set(k, ix);
    }
    return ix;
  }

  mark(cell: Cell): void {
    this.state.set(cell, State.Pending);
  }

  /** Computes a pending cell (and what it waits on); false when it cannot be computed here. */
  compute(cell: Cell, home: SheetIndex): boolean {
    const s = this.state.get(cell);
    if (s === State.Done) return true;
    if (s === State.Failed || s === State.Busy) return false;
    if (s === undefined) return true;
    if (this.depth >= MAX_DEPTH) return false;
    this.state.set(cell, State.Busy);
    this.depth++;
    const outer = this.at;
    this.at = cell;
    try {
      const tree = parse(cell.formula as string);
      let v = this.eval(tree, home);
      if (isRange(v)) v = this.single(v);
      cell.value = v === null ? 0 : typeof v === 'object' ? { error: v.error } : v;
      this.state.set(cell, State.Done);
      return true;
    } catch {
      // Unsupported, or anything a formula of another producer may still hold: the cell is not computed here, and
      // the book is read all the same (a formula never makes a readable workbook unreadable)
      this.state.set(cell, State.Failed);
      return false;
    } finally {
      this.depth--;
      this.at = outer;
    }
  }

  private resolveSheet(name: string | undefined, home: SheetIndex): SheetIndex {
    if (name === undefined) return home;
    const s = this.byName.get(name.toLowerCase());
    if (!s) throw new Unsupported('sheet');
    return this.sheetIndex(s);
  }

  /** The value at a position, computed first if it is a formula still to compute. */
  private cellValue(ix: SheetIndex, row: number, col: number): Scalar {
    const c = ix.grid.get(row, col);
    return c ? this.valueOf(c, ix) : null;
  }

  private valueOf(c: Cell, ix: SheetIndex): Scalar {
    if (this.state.has(c) && !this.compute(c, ix)) throw new Unsupported('dependency');
    const v: CellValue = c.value;
    if (v === null || v === undefined) return null;
    if (isErrorValue(v)) return err(v.error);
    return v;
  }

  /**
   * A range used where one value is wanted: a single cell. A larger one is an array formula's operand or Excel's
   * implicit intersection (or a spill, in Excel 365): not computed here.
   */
  private single(r: RangeValue): Scalar {
    if (r.top === r.bottom && r.left === r.right) return this.cellValue(r.sheet, r.top, r.left);
    throw new Unsupported('array');
  }

  private scalar(v: Value): Scalar {
    return isRange(v) ? this.single(v) : v;
  }

  /** Each cell of a range, row by row (only cells present in the sheet; empty ones are skipped). */
  private *cellsIn(r: RangeValue, skip?: (row: number, cell: Cell, range: RangeValue) => boolean): Generator<Scalar> {
    // the rows the sheet has within the range (bisected to the first), each row's cells within its columns: a whole
    // column (C:C) costs what its cells cost
    const rows = r.sheet.grid.rowNumbers;
    for (let i = firstAtLeast(rows, r.top); i < rows.length && rows[i] <= r.bottom; i++) {
      const row = rows[i];
      for (const c of r.sheet.grid.rowCells(row)) {
        if (c.col < r.left) continue;
        if (c.col > r.right) break;
        if (!skip?.(row, c, r)) yield this.valueOf(c, r.sheet);
      }
    }
  }

  private num(v: Value): number | { error: string } {
    const s = this.scalar(v);
    if (s === null) return 0;
    if (typeof s === 'number') return s;
    if (typeof s === 'boolean') return s ? 1 : 0;
    if (typeof s === 'string') {
      const t = s.trim();
      // Excel reads text that is a plain number ("5", "1e3", "50%") in arithmetic. Separators ("1,5", "1.250.000",
      // "1.5") it reads by the computer's regional settings, which the file does not record: not computed. Any other
      // text ("Rp 1.000", "-") is #VALUE!.
      if (/^[+-]?\d+(?:[eE][+-]?\d+)?%?$/.test(t)) return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
      if (/^[+-]?[\d.,\s\u00a0]*\d[\d.,\s\u00a0]*%?$/.test(t)) throw new Unsupported('regional number');
      return err('#VALUE!');
    }
    return s;
  }

  private text(v: Value): string | { error: string } {
    const s = this.scalar(v);
    if (s === null) return '';
    if (typeof s === 'string') return s;
    if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
    if (typeof s === 'number') return String(Number(s.toPrecision(15)));
    return s;
  }

  private bool(v: Value): boolean | { error: string } {
    const s = this.scalar(v);
    if (s === null) return false;
    if (typeof s === 'boolean') return s;
    if (typeof s === 'number') return s !== 0;
    if (typeof s === 'string') {
      if (/^true$/i.test(s)) return true;
      if (/^false$/i.test(s)) return false;
      return err('#VALUE!');
    }
    return s;
  }

  /**
   * SUM of a long part of one column by the column's running sums, read once: a "Kumulatif" column's =SUM(D$2:D9) on
   * every row of a 20k-row budget is otherwise 200 million cells read. Exactly what summing the cells in order gives, or
   * undefined (summed cell by cell): only where every cell in the part is a settled value (a formula still to compute is
   * left to its turn) and every number a whole one, the running sums below 2^52 (floating point then adds exactly in
   * any order); its first error where it holds one.
   */
  private columnSum(r: RangeValue): Value | undefined {
    if (r.left !== r.right || r.bottom - r.top < RUNNING_SUM_MIN_ROWS) return undefined;
    const sums = this.runningSums(r.sheet, r.left);
    const rows = r.sheet.grid.rowNumbers;
    const from = firstAtLeast(rows, r.top);
    const to = firstAtLeast(rows, r.bottom + 1);
    if (sums.unsettled[to] !== sums.unsettled[from] || !sums.exact) return undefined;
    const e = firstAtLeast(sums.errorAt, from);
    if (e < sums.errorAt.length && sums.errorAt[e] < to) return sums.errors[e];
    return sums.sums[to] - sums.sums[from];
  }

  /** A column's running sums over the sheet's rows (by place in grid.rowNumbers), made once per column. */
  private runningSums(ix: SheetIndex, col: number): RunningSums {
    const key = `${ix.sheet.name.toLowerCase()}|${col}`;
    let out = this.running.get(key);
    if (out) return out;
    const rows = ix.grid.rowNumbers;
    const sums = new Float64Array(rows.length + 1);
    const unsettled = new Int32Array(rows.length + 1);
    const errorAt: number[] = [];
    const errors: Array<{ error: string }> = [];
    let exact = true;
    for (let i = 0; i < rows.length; i++) {
      sums[i + 1] = sums[i];
      unsettled[i + 1] = unsettled[i];
      const c = ix.grid.get(rows[i], col);
      if (!c) continue;
      const s = this.state.get(c);
      if (s !== undefined && s !== State.Done) {
        unsettled[i + 1]++;
        continue;
      }
      const v = this.valueOf(c, ix);
      if (isErr(v)) {
        errorAt.push(i);
        errors.push(v);
      } else if (typeof v === 'number') {
        if (!Number.isInteger(v)) exact = false;
        sums[i + 1] += v;
        if (Math.abs(sums[i + 1]) >= 2 ** 52) exact = false;
      }
    }
    out = { sums, unsettled, errorAt, errors, exact };
    this.running.set(key, out);
    return out;
  }

  /** The numbers of a function's arguments as SUM reads them: in ranges only numbers; typed arguments coerced. */
  private numbers(args: Value[], skip?: (row: number, cell: Cell, range: RangeValue) => boolean): number[] | { error: string } {
    const out: number[] = [];
    for (const a of args) {
      if (isRange(a)) {
        for (const v of this.cellsIn(a, skip)) {
          if (isErr(v)) return v;
          if (typeof v === 'number') out.push(v);
        }
        continue;
      }
      if (a === null) continue;
      const n = this.num(a);
      if (typeof n !== 'number') return n;
      out.push(n);
    }
    return out;
  }

  private eval(n: Node, home: SheetIndex): Value {
    switch (n.t) {
      case 'num':
        return n.v;
      case 'str':
        return n.v;
      case 'bool':
        return n.v;
      case 'err':
        return err(n.v);
      case 'ref':
        return { range: true, sheet: this.resolveSheet(n.sheet, home), top: n.top, left: n.left, bottom: n.bottom, right: n.right };
      case 'sref':
        return this.structured(n.table, n.spec, home);
      case 'neg': {
        const a = this.num(this.eval(n.a, home));
        return typeof a === 'number' ? -a : a;
      }
      case 'pct': {
        const a = this.num(this.eval(n.a, home));
        return typeof a === 'number' ? a / 100 : a;
      }
      case 'bin':
        return this.binary(n.op, this.eval(n.a, home), this.eval(n.b, home));
      case 'call':
        return this.call(n.name, n.args, home);
    }
  }

  private binary(op: string, av: Value, bv: Value): Value {
    if (op === '&') {
      const a = this.text(av);
      const b = this.text(bv);
      if (typeof a !== 'string') return a;
      if (typeof b !== 'string') return b;
      return a + b;
    }
    if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
      const a = this.scalar(av);
      const b = this.scalar(bv);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      const c = compare(a, b);
      switch (op) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    const a = this.num(av);
    if (typeof a !== 'number') return a;
    const b = this.num(bv);
    if (typeof b !== 'number') return b;
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? err('#DIV/0!') : a / b;
      case '^': {
        const r = Math.pow(a, b);
        return Number.isFinite(r) ? r : err('#NUM!');
      }
    }
    throw new Unsupported(`operator ${op}`);
  }

  /**
   * SUMIF(S), COUNTIF(S), AVERAGEIF(S) over the places (i, j) of ranges read side by side: where every range meets its
   * criterion, the target's number there is summed and counted (COUNTIF(S), with no target, counts the places).
   */
  /**
   * SUMIF/COUNTIF/AVERAGEIF of a word (no wildcard, no comparison, not a number) over one column, by an index of the
   * column's words from the range's top row down, made the second time the column is asked from that row (a SUMIF of
   * each line's programme on every line asks one range; a running count's =COUNTIF($A$2:A9,A9) growing ranges): exactly
   * what conditional() gives — the word's numbers added in the rows' order up to the range's end, its first error in a
   * matching row — or undefined (computed row by row) where the column or the sum range holds a formula not yet
   * computed (the index would compute it out of its turn).
   */
  private indexedConditional(
    name: string,
    tests: ReadonlyArray<{ range: RangeValue; crit: Scalar }>,
    target: RangeValue | undefined,
    height: number,
  ): Value | undefined {
    const words: string[] = [];
    for (const { crit } of tests) {
      const word = plainWord(crit);
      if (word === undefined) return undefined;
      words.push(word);
    }
    const at = (r: RangeValue) => `${r.sheet.sheet.name}|${r.top}|${r.left}`;
    const key = `${tests.map((x) => at(x.range)).join('|')}>${target ? at(target) : ''}`;
    let index = this.wordIndexes.get(key);
    // (made the second time: ranges asked once cost one walk either way)
    if (index === undefined) {
      this.wordIndexes.set(key, (index = false));
      return undefined;
    }
    if (index === false)
      this.wordIndexes.set(
        key,
        (index =
          this.wordIndex(
            tests.map((x) => x.range),
            target,
          ) ?? null),
      );
    if (index === null) return undefined;
    const entry = index.get(words.join(WORD_JOIN));
    // the rows matching every word within the ranges: those before their end
    const k = entry ? firstAtLeast(entry.at, height) : 0;
    if (entry && entry.errorAt !== undefined && entry.errorAt < height) return entry.error;
    const sum = k ? entry!.sums[k - 1] : 0;
    const count = k ? entry!.counts[k - 1] : 0;
    if (name.startsWith('COUNT')) return target ? count : k;
    if (name.startsWith('SUM')) return sum;
    return count ? sum / count : err('#DIV/0!');
  }

  /**
   * A column's words (lower case) from a range's top row to the sheet's last, each with its rows (by offset) and the
   * running sum and count of the numbers beside them in the sum range, in the rows' order; undefined if a cell of
   * either is a formula not yet computed.
   */
  private wordIndex(ranges: RangeValue[], target: RangeValue | undefined): Map<string, WordEntry> | undefined {
    const settled = (r: RangeValue, i: number) => {
      const c = r.sheet.grid.get(r.top + i, r.left);
      const st = c ? this.state.get(c) : undefined;
      return st === undefined || st === State.Done;
    };
    const out = new Map<string, WordEntry>();
    // (a row past the first range's sheet holds none of its words)
    const rows = ranges[0].sheet.maxRow - ranges[0].top + 1;
    const parts: string[] = [];
    for (let i = 0; i < rows; i++) {
      if (!ranges.every((r) => settled(r, i)) || (target && !settled(target, i))) return undefined;
      parts.length = 0;
      for (const r of ranges) {
        const v = this.cellValue(r.sheet, r.top + i, r.left);
        if (typeof v !== 'string') break;
        parts.push(v.toLowerCase());
      }
      if (parts.length < ranges.length) continue;
      const word = parts.join(WORD_JOIN);
      let e = out.get(word);
      if (!e) out.set(word, (e = { at: [], sums: [], counts: [] }));
      const k = e.at.length;
      let sum = k ? e.sums[k - 1] : 0;
      let count = k ? e.counts[k - 1] : 0;
      if (target) {
        const t = this.cellValue(target.sheet, target.top + i, target.left);
        if (isErr(t)) {
          if (e.errorAt === undefined) {
            e.errorAt = i;
            e.error = t;
          }
        } else if (typeof t === 'number') {
          sum += t;
          count++;
        }
      }
      e.at.push(i);
      e.sums.push(sum);
      e.counts.push(count);
    }
    return out;
  }

  private conditional(
    name: string,
    tests: Array<{ range: RangeValue; meets: (v: Scalar) => boolean }>,
    target: RangeValue | undefined,
    height: number,
    width: number,
  ): Value {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < height; i++)
      for (let j = 0; j < width; j++) {
        if (!tests.every((x) => x.meets(this.cellValue(x.range.sheet, x.range.top + i, x.range.left + j)))) continue;
        if (!target) {
          count++;
          continue;
        }
        const v = this.cellValue(target.sheet, target.top + i, target.left + j);
        if (isErr(v)) return v;
        if (typeof v === 'number') {
          sum += v;
          count++;
        }
      }
    if (name.startsWith('COUNT')) return count;
    if (name.startsWith('SUM')) return sum;
    return count ? sum / count : err('#DIV/0!');
  }

  private call(name: string, argNodes: Node[], home: SheetIndex): Value {
    // IF and IFERROR evaluate only the branch they take
    if (name === 'IF') {
      if (argNodes.length < 2 || argNodes.length > 3) throw new Unsupported('IF');
      const c = this.bool(this.eval(argNodes[0], home));
      if (typeof c !== 'boolean') return c;
      if (c) return this.eval(argNodes[1], home);
      return argNodes.length === 3 ? this.eval(argNodes[2], home) : false;
    }
    if (name === 'IFERROR') {
      if (argNodes.length !== 2) throw new Unsupported('IFERROR');
      const v = this.scalar(this.eval(argNodes[0], home));
      return isErr(v) ? this.eval(argNodes[1], home) : v;
    }
    // IFS (a predikat by bands, Excel 2019): the value after the first test that holds, #N/A when none does
    if (name === 'IFS') {
      if (argNodes.length < 2 || argNodes.length % 2 !== 0) throw new Unsupported('IFS');
      for (let i = 0; i < argNodes.length; i += 2) {
        const c = this.bool(this.eval(argNodes[i], home));
        if (typeof c !== 'boolean') return c;
        if (c) return this.eval(argNodes[i + 1], home);
      }
      return err('#N/A');
    }
    const args = argNodes.map((a) => this.eval(a, home));
    const aggregate = (fn: string, nums: number[] | { error: string }): Value => {
      if (!Array.isArray(nums)) return nums;
      switch (fn) {
        case 'SUM':
          return nums.reduce((s, x) => s + x, 0);
        case 'AVERAGE':
          return nums.length ? nums.reduce((s, x) => s + x, 0) / nums.length : err('#DIV/0!');
        case 'MIN':
          return nums.length ? nums.reduce((m, x) => (x < m ? x : m), Infinity) : 0;
        case 'MAX':
          return nums.length ? nums.reduce((m, x) => (x > m ? x : m), -Infinity) : 0;
        case 'COUNT':
          return nums.length;
        case 'PRODUCT':
          return nums.length ? nums.reduce((s, x) => s * x, 1) : 0;
      }
      throw new Unsupported(fn);
    };
    switch (name) {
      case 'SUM': {
        // (a long part of one column, as a running total sums it on every row: by the column's running sums)
        const one = args.length === 1 && isRange(args[0]) ? this.columnSum(args[0]) : undefined;
        return one ?? aggregate(name, this.numbers(args));
      }
      case 'AVERAGE':
      case 'MIN':
      case 'MAX':
      case 'PRODUCT':
        return aggregate(name, this.numbers(args));
      case 'COUNT': {
        let n = 0;
        for (const a of args) {
          if (isRange(a)) {
            for (const v of this.cellsIn(a)) if (typeof v === 'number') n++;
          } else if (typeof this.num(a) === 'number' && a !== null) n++;
        }
        return n;
      }
      case 'COUNTA': {
        let n = 0;
        for (const a of args) {
          if (isRange(a)) {
            for (const v of this.cellsIn(a)) if (v !== null && v !== '') n++;
          } else if (a !== null) n++;
        }
        return n;
      }
      case 'SUBTOTAL': {
        const fn = this.num(args[0]);
        if (typeof fn !== 'number') return fn;
        const code = Math.trunc(fn);
        const names: Record<number, string> = { 1: 'AVERAGE', 2: 'COUNT', 4: 'MAX', 5: 'MIN', 6: 'PRODUCT', 9: 'SUM' };
        const base = code > 100 ? code - 100 : code;
        const which = names[base];
        if (!which) throw new Unsupported('SUBTOTAL');
        const ranges = args.slice(1);
        if (!ranges.every(isRange)) throw new Unsupported('SUBTOTAL');
        // 1–11 leave out the rows a filter hides but count the rows hidden by hand, and the snapshot does not say
        // which is which: not computed over hidden rows. 101–111 leave out every hidden row.
        if (code < 100 && ranges.some((r) => [...r.sheet.hiddenRows].some((h) => h >= r.top && h <= r.bottom))) throw new Unsupported('SUBTOTAL');
        // and SUBTOTAL leaves out the other SUBTOTALs in its ranges
        const skip = (row: number, c: Cell, r: RangeValue) =>
          /^\s*=?\s*(?:_xlfn\.)?SUBTOTAL\s*\(/i.test(c.formula ?? '') || (code > 100 && r.sheet.hiddenRows.has(row));
        return aggregate(which, this.numbers(ranges, skip));
      }
      case 'ROUND':
      case 'ROUNDUP':
      case 'ROUNDDOWN': {
        const x = this.num(args[0]);
        if (typeof x !== 'number') return x;
        const d = args.length > 1 ? this.num(args[1]) : 0;
        if (typeof d !== 'number') return d;
        return round(x, Math.trunc(d), name);
      }
      case 'INT': {
        const x = this.num(args[0]);
        return typeof x === 'number' ? Math.floor(x) : x;
      }
      case 'ABS': {
        const x = this.num(args[0]);
        return typeof x === 'number' ? Math.abs(x) : x;
      }
      case 'SQRT': {
        const x = this.num(args[0]);
        if (typeof x !== 'number') return x;
        return x < 0 ? err('#NUM!') : Math.sqrt(x);
      }
      case 'AND':
      case 'OR': {
        let acc = name === 'AND';
        for (const a of args) {
          const vals = isRange(a) ? [...this.cellsIn(a)].filter((v) => typeof v === 'number' || typeof v === 'boolean') : [a];
          for (const v of vals) {
            const b = this.bool(v);
            if (typeof b !== 'boolean') return b;
            acc = name === 'AND' ? acc && b : acc || b;
          }
        }
        return acc;
      }
      case 'NOT': {
        const b = this.bool(args[0]);
        return typeof b === 'boolean' ? !b : b;
      }
      case 'ISERROR':
      case 'ISNA':
      case 'ISBLANK':
      case 'ISNUMBER':
      case 'ISTEXT': {
        if (args.length !== 1) throw new Unsupported(name);
        const v = this.scalar(args[0]);
        if (name === 'ISERROR') return isErr(v);
        if (name === 'ISNA') return isErr(v) && v.error === '#N/A';
        if (name === 'ISBLANK') return v === null;
        if (name === 'ISNUMBER') return typeof v === 'number';
        return typeof v === 'string';
      }
      case 'SUMIF':
      case 'AVERAGEIF':
      case 'COUNTIF': {
        // (range, criterion[, sum range]): the cells of the range that meet the criterion, the sum range's cells at
        // the same places (the sum range taken from its top-left corner, the range's size, as Excel does)
        const [range, critArg, sumArg] = args;
        if (!isRange(range) || (sumArg !== undefined && !isRange(sumArg))) throw new Unsupported(name);
        const crit = this.scalar(critArg);
        if (isErr(crit)) return crit;
        const meets = criterion(crit);
        const target = name === 'COUNTIF' ? undefined : ((sumArg as RangeValue | undefined) ?? range);
        const height = Math.min(range.bottom, range.sheet.maxRow) - range.top + 1;
        const width = Math.min(range.right, range.sheet.maxCol) - range.left + 1;
        if (height * width > 4 * Math.max(range.sheet.count, 1000)) throw new Unsupported(name);
        // (a plain word asked of a long column, as a SUMIF on every row of a sheet asks it: from the column's index)
        const indexed = width === 1 && height >= INDEXED_SUMIF_MIN_ROWS ? this.indexedConditional(name, [{ range, crit }], target, height) : undefined;
        return indexed ?? this.conditional(name, [{ range, meets }], target, height, width);
      }
      case 'SUMIFS':
      case 'AVERAGEIFS':
      case 'COUNTIFS': {
        // ([sum range,] range, criterion, range, criterion …): the places where every range meets its criterion
        const counting = name === 'COUNTIFS';
        const target = counting ? undefined : args[0];
        const pairs = counting ? args : args.slice(1);
        if (pairs.length === 0 || pairs.length % 2 !== 0 || (target !== undefined && !isRange(target))) throw new Unsupported(name);
        const tests: Array<{ range: RangeValue; meets: (v: Scalar) => boolean; crit: Scalar }> = [];
        for (let i = 0; i < pairs.length; i += 2) {
          const range = pairs[i];
          if (!isRange(range)) throw new Unsupported(name);
          const crit = this.scalar(pairs[i + 1]);
          if (isErr(crit)) return crit;
          tests.push({ range, meets: criterion(crit), crit });
        }
        const extent = parallelExtent(name, target ? [target, ...tests.map((x) => x.range)] : tests.map((x) => x.range));
        if ('error' in extent) return extent;
        const indexed = extent.width === 1 && extent.height >= INDEXED_SUMIF_MIN_ROWS ? this.indexedConditional(name, tests, target, extent.height) : undefined;
        return indexed ?? this.conditional(name, tests, target, extent.height, extent.width);
      }
      case 'SUMPRODUCT': {
        // ranges of one size multiplied place by place and added (a word or a blank counts as 0); array arithmetic
        // inside it ("(A2:A9="x")*B2:B9") is not computed here
        if (args.length === 0 || !args.every(isRange)) throw new Unsupported(name);
        const ranges = args as RangeValue[];
        const extent = parallelExtent(name, ranges);
        if ('error' in extent) return extent;
        const { height, width } = extent;
        let sum = 0;
        for (let i = 0; i < height; i++)
          for (let j = 0; j < width; j++) {
            let product = 1;
            for (const r of ranges) {
              const v = this.cellValue(r.sheet, r.top + i, r.left + j);
              if (isErr(v)) return v;
              product *= typeof v === 'number' ? v : 0;
            }
            sum += product;
          }
        return sum;
      }
      case 'TRUNC': {
        const x = this.num(args[0]);
        if (typeof x !== 'number') return x;
        const d = args.length > 1 ? this.num(args[1]) : 0;
        if (typeof d !== 'number') return d;
        return round(x, Math.trunc(d), 'ROUNDDOWN');
      }
      case 'MOD': {
        const n = this.num(args[0]);
        if (typeof n !== 'number') return n;
        const d = this.num(args[1]);
        if (typeof d !== 'number') return d;
        if (d === 0) return err('#DIV/0!');
        // the sign of the divisor, as Excel's MOD has it
        return n - d * Math.floor(n / d);
      }
      case 'VLOOKUP':
      case 'HLOOKUP': {
        const [keyArg, table, indexArg, modeArg] = args;
        if (!isRange(table)) throw new Unsupported(name);
        const key = this.scalar(keyArg);
        if (isErr(key)) return key;
        const index = this.num(indexArg);
        if (typeof index !== 'number') return index;
        const exact = modeArg !== undefined && this.bool(modeArg) === false;
        const vertical = name === 'VLOOKUP';
        const length = vertical ? table.bottom - table.top + 1 : table.right - table.left + 1;
        const width = vertical ? table.right - table.left + 1 : table.bottom - table.top + 1;
        const k = Math.trunc(index);
        if (k < 1) return err('#VALUE!');
        if (k > width) return err('#REF!');
        if (length > 100000) throw new Unsupported(name);
        const keyAt = (i: number) =>
          vertical ? this.cellValue(table.sheet, table.top + i, table.left) : this.cellValue(table.sheet, table.top, table.left + i);
        const found = this.lookup(
          `${table.sheet.sheet.name}!${vertical ? 'v' : 'h'}${table.top},${table.left},${length}`,
          key,
          keyAt,
          Math.min(length, vertical ? table.sheet.maxRow - table.top + 1 : table.sheet.maxCol - table.left + 1),
          exact,
        );
        if (found < 0) return err('#N/A');
        return vertical
          ? this.cellValue(table.sheet, table.top + found, table.left + k - 1)
          : this.cellValue(table.sheet, table.top + k - 1, table.left + found);
      }
      case 'MATCH': {
        const [keyArg, list, modeArg] = args;
        if (!isRange(list) || (list.top !== list.bottom && list.left !== list.right)) throw new Unsupported(name);
        const key = this.scalar(keyArg);
        if (isErr(key)) return key;
        const mode = modeArg === undefined ? 1 : this.num(modeArg);
        if (typeof mode !== 'number') return mode;
        if (mode !== 0 && mode !== 1) throw new Unsupported(name);
        const vertical = list.left === list.right;
        const length = vertical ? Math.min(list.bottom, list.sheet.maxRow) - list.top + 1 : Math.min(list.right, list.sheet.maxCol) - list.left + 1;
        const found = this.lookup(
          `${list.sheet.sheet.name}!${vertical ? 'v' : 'h'}${list.top},${list.left},${length}`,
          key,
          (i) => (vertical ? this.cellValue(list.sheet, list.top + i, list.left) : this.cellValue(list.sheet, list.top, list.left + i)),
          length,
          mode === 0,
        );
        return found < 0 ? err('#N/A') : found + 1;
      }
      case 'INDEX': {
        const [area, rowArg, colArg] = args;
        if (!isRange(area)) throw new Unsupported(name);
        const r = this.num(rowArg);
        if (typeof r !== 'number') return r;
        const c = colArg === undefined ? 1 : this.num(colArg);
        if (typeof c !== 'number') return c;
        const oneRow = area.top === area.bottom && colArg === undefined;
        const row = oneRow ? 1 : Math.trunc(r);
        const col = oneRow ? Math.trunc(r) : Math.trunc(c);
        if (row < 1 || col < 1) throw new Unsupported(name);
        if (row > area.bottom - area.top + 1 || col > area.right - area.left + 1) return err('#REF!');
        return this.cellValue(area.sheet, area.top + row - 1, area.left + col - 1);
      }
    }
    throw new Unsupported(`function ${name}`);
  }

  /** Each list looked up in, indexed once (a PK looking up every programme in a 50 000-row budget stays linear). */
  private readonly lists = new Map<string, LookupIndex>();

  /**
   * The place of a key in a list (`list` names it): exact (text without regard to case, numbers equal, the first
   * one), or approximate — the last entry not above the key — only over a list in ascending order (Excel's bisection on
   * an unsorted list is not followed). A list entry that cannot be computed before the answer leaves it uncomputed.
   */
  private lookup(list: string, key: Scalar, at: (i: number) => Scalar, length: number, exact: boolean): number {
    let ix = this.lists.get(list);
    if (!ix) {
      ix = { first: new Map(), numbers: [], places: [], ascending: true, failedAt: Infinity };
      let previous = -Infinity;
      for (let i = 0; i < length; i++) {
        let v: Scalar;
        try {
          v = at(i);
        } catch {
          ix.failedAt = i;
          break;
        }
        if (v === null) continue;
        if (isErr(v)) {
          // (an error among the entries: an approximate match is not followed)
          ix.ascending = false;
          continue;
        }
        const k = lookupKey(v);
        if (!ix.first.has(k)) ix.first.set(k, i);
        if (typeof v === 'number') {
          if (v < previous) ix.ascending = false;
          previous = v;
          ix.numbers.push(v);
          ix.places.push(i);
        } else ix.ascending = false;
      }
      this.lists.set(list, ix);
    }
    if (isErr(key) || (key === null && exact)) return -1;
    if (exact) {
      const i = ix.first.get(lookupKey(key as Exclude<Scalar, null | { error: string }>));
      if (i === undefined ? ix.failedAt < Infinity : i > ix.failedAt) throw new Unsupported('lookup');
      return i ?? -1;
    }
    if (typeof key !== 'number' || !ix.ascending || ix.failedAt < Infinity) throw new Unsupported('approximate lookup');
    // the last entry not above the key, by bisection of the ascending numbers
    let lo = 0;
    let hi = ix.numbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ix.numbers[mid] <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? ix.places[lo - 1] : -1;
  }

  /**
   * A structured reference as a range: the table by its name (or the one the formula stands in), its rows by the
   * specifiers (#All, #Data — the default —, #Headers, #Totals, #This Row or @) and its columns by name or span.
   */
  private structured(table: string | undefined, spec: string, home: SheetIndex): RangeValue {
    const at = this.at;
    let found: { ix: SheetIndex; lo: ListObject } | undefined;
    if (table !== undefined) {
      for (const s of this.byName.values()) {
        const lo = s.listObjects?.find((l) => l.name.toLowerCase() === table.toLowerCase());
        if (lo) found = { ix: this.sheetIndex(s), lo };
      }
    } else if (at) {
      const lo = home.sheet.listObjects?.find((l) => {
        const b = parseRange(l.ref);
        return at.row >= b.top && at.row <= b.bottom && at.col >= b.left && at.col <= b.right;
      });
      if (lo) found = { ix: home, lo };
    }
    if (!found) throw new Unsupported('table');
    const { ix, lo } = found;
    const box = parseRange(lo.ref);
    const dataTop = box.top + lo.headerRows;
    const dataBottom = box.bottom - lo.totalsRows;
    const { rows, columns } = structuredParts(spec);
    const bands: Array<[number, number]> = [];
    for (const r of rows.length ? rows : ['#data']) {
      if (r === '#all') bands.push([box.top, box.bottom]);
      else if (r === '#data') bands.push([dataTop, dataBottom]);
      else if (r === '#headers' && lo.headerRows > 0) bands.push([box.top, dataTop - 1]);
      else if (r === '#totals' && lo.totalsRows > 0) bands.push([dataBottom + 1, box.bottom]);
      else if (r === '#this row' && at && ix === home && at.row >= dataTop && at.row <= dataBottom) bands.push([at.row, at.row]);
      else throw new Unsupported(`table rows ${r}`);
    }
    const colIndex = (name: string) => {
      const k = lo.columns.findIndex((c) => c.trim().toLowerCase() === name.trim().toLowerCase());
      if (k < 0) throw new Unsupported('table column');
      return box.left + k;
    };
    const [from, to] = columns ? [colIndex(columns[0]), colIndex(columns[1])] : [box.left, box.right];
    return {
      range: true,
      sheet: ix,
      top: Math.min(...bands.map((b) => b[0])),
      bottom: Math.max(...bands.map((b) => b[1])),
      left: Math.min(from, to),
      right: Math.max(from, to),
    };
  }
}

/** A column name as written in a structured reference, its ' escapes undone ("Pagu '[Rp']" is "Pagu [Rp]"). */
const unescapeColumn = (s: string) => s.replace(/'(.)/g, '$1');

/**
 * The parts of a structured reference's specifier (inside its outer brackets): its row specifiers, lower case
 * ('#data', '#this row' …), and its first and last column, or none for all.
 */
function structuredParts(spec: string): { rows: string[]; columns?: [string, string] } {
  const s = spec.trim();
  if (s === '') return { rows: [] };
  if (s.startsWith('@')) {
    const rest = s.slice(1).trim();
    if (rest === '') return { rows: ['#this row'] };
    const inner = structuredParts(rest.startsWith('[') ? rest : `[${rest}]`);
    return { rows: ['#this row'], columns: inner.columns };
  }
  if (s.startsWith('#')) return { rows: [s.toLowerCase().replace(/\s+/g, ' ')] };
  if (!s.startsWith('[')) return { rows: [], columns: [unescapeColumn(s), unescapeColumn(s)] };
  // a list of bracketed items: [#Totals],[Pagu]  ·  [Pagu]:[Realisasi]  ·  [#Data],[Pagu]:[Realisasi]
  const rows: string[] = [];
  const cols: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === ',' || c === ':') {
      i++;
      continue;
    }
    if (c !== '[') throw new Unsupported('structured reference');
    const end = closingBracket(s, i);
    const item = s.slice(i + 1, end).trim();
    if (item.startsWith('#')) rows.push(item.toLowerCase().replace(/\s+/g, ' '));
    else if (item === '@') rows.push('#this row');
    else cols.push(unescapeColumn(item));
    i = end + 1;
  }
  if (cols.length > 2) throw new Unsupported('structured reference');
  return { rows, columns: cols.length ? [cols[0], cols[cols.length - 1]] : undefined };
}

/**
 * A SUMIF/COUNTIF criterion: a number or text to equal ("Program" without regard to case, * and ? as wildcards, ~
 * escaping them), or one led by =, <>, <, >, <=, >= ("<>" alone: not empty; "" alone: empty).
 */
/**
 * The rows and columns to walk over ranges read place by place (SUMIFS, SUMPRODUCT): every range the size of the first
 * (else Excel's #VALUE!), as far as the sheets' cells reach (a whole column is not a million rows); a walk far larger
 * than the sheet is not computed here.
 */
function parallelExtent(name: string, ranges: RangeValue[]): { height: number; width: number } | { error: string } {
  const rows = ranges[0].bottom - ranges[0].top + 1;
  const cols = ranges[0].right - ranges[0].left + 1;
  if (ranges.some((r) => r.bottom - r.top + 1 !== rows || r.right - r.left + 1 !== cols)) return err('#VALUE!');
  let height = 0;
  let width = 0;
  for (const r of ranges) {
    height = Math.max(height, Math.min(rows, r.sheet.maxRow - r.top + 1));
    width = Math.max(width, Math.min(cols, r.sheet.maxCol - r.left + 1));
  }
  if (height * width * ranges.length > 4 * Math.max(ranges[0].sheet.count, 1000)) throw new Unsupported(name);
  return { height, width };
}

/** A criterion's comparison and operand: "<>Selesai", ">=85", "=Program", "Program". */
const CRITERION_RE = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/;
/** An operand a criterion compares as a number: "85", "-1.5", "1e3", "50%". */
const NUMERIC_OPERAND_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?$/;

/**
 * The word a criterion asks a cell to equal, in lower case, where it asks only that (no comparison, no wildcard, not a
 * number, not empty): what criterion() matches a text cell to without regard to case — an index of words can answer it.
 */
function plainWord(c: Scalar): string | undefined {
  if (typeof c !== 'string') return undefined;
  const m = CRITERION_RE.exec(c) as RegExpExecArray;
  const operand = m[2];
  if ((m[1] ?? '=') !== '=' || operand === '' || /[*?~]/.test(operand) || NUMERIC_OPERAND_RE.test(operand.trim())) return undefined;
  return operand.toLowerCase();
}

function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === 'number') return (v) => v === c || (typeof v === 'string' && v.trim() !== '' && Number(v) === c);
  if (typeof c === 'boolean') return (v) => v === c;
  const text = c === null ? '' : String(c);
  const m = CRITERION_RE.exec(text) as RegExpExecArray;
  const op = m[1] ?? '=';
  const operand = m[2];
  const n =
    operand.trim() !== '' && NUMERIC_OPERAND_RE.test(operand.trim())
      ? Number(operand.trim().replace(/%$/, '')) / (operand.trim().endsWith('%') ? 100 : 1)
      : undefined;
  if (operand === '') {
    if (op === '=') return (v) => v === null || v === '';
    if (op === '<>') return (v) => v !== null && v !== '';
    throw new Unsupported('criterion');
  }
  if (n !== undefined) {
    const test = (x: number) => (op === '=' ? x === n : op === '<>' ? x !== n : op === '<' ? x < n : op === '>' ? x > n : op === '<=' ? x <= n : x >= n);
    return (v) => (typeof v === 'number' ? test(v) : op === '<>');
  }
  if (op === '=' || op === '<>') {
    const pattern = new RegExp(
      `^${operand
        .toLowerCase()
        .replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_, lit: string, wild: string, meta: string) =>
          lit ? `\\${lit}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${meta}`,
        )}$`,
    );
    const eq = (v: Scalar) => typeof v === 'string' && pattern.test(v.toLowerCase());
    return op === '=' ? eq : (v) => !eq(v);
  }
  // text ordering (<, > … "M"): rare in a report, not computed
  throw new Unsupported('criterion');
}

/** A list's index for look-ups: each value's first place, and its numbers in order (for an approximate match). */
interface LookupIndex {
  first: Map<string, number>;
  numbers: number[];
  places: number[];
  ascending: boolean;
  /** The first entry that could not be computed (Infinity: none). */
  failedAt: number;
}

/** How a look-up compares values: text without regard to case, numbers and logicals as they are. */
const lookupKey = (v: Exclude<Scalar, null | { error: string }>): string =>
  typeof v === 'string' ? `s${v.toLowerCase()}` : typeof v === 'number' ? `n${v}` : `b${v}`;

/** Excel's comparison: numbers < text < logical; text without regard to case. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === 'boolean' ? 2 : typeof v === 'string' ? 1 : 0);
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** ROUND rounds half away from zero on the decimal digits shown (ROUND(2,675; 2) = 2,68), as Excel does. */
function round(x: number, digits: number, how: string): number {
  const mode = how === 'ROUNDUP' ? Decimal.ROUND_UP : how === 'ROUNDDOWN' ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP;
  const d = new Decimal(x);
  if (digits >= 0) return d.toDecimalPlaces(Math.min(digits, 30), mode).toNumber();
  const scale = new Decimal(10).pow(-digits);
  return d.div(scale).toDecimalPlaces(0, mode).times(scale).toNumber();
}

export interface RecalcOptions {
  /**
   * The file says its results are stale (fullCalcOnLoad): every formula is computed; one that cannot be keeps its
   * result unless that is the placeholder a writer leaves (0 or empty), which counts as no result.
   */
  staleResults?: boolean;
}

/**
 * Computes the formulas whose results the file does not hold (all of them when its results are stale), in place.
 * Each sheet lists the cells computed here (`recalculated`, A1 addresses) so the findings can say so.
 */
export function recalculate(book: WorkbookSnapshot, options: RecalcOptions = {}): void {
  const stale = !!options.staleResults;
  const todo: Array<{ cell: Cell; sheet: SheetSnapshot }> = [];
  // (the cells computed here are kept as one object each: their results are written into them)
  for (const sheet of book.sheets)
    for (const cell of formulaCells(sheet, stale ? undefined : (v) => v === null || v === undefined)) todo.push({ cell: pinned(sheet, cell), sheet });
  if (!todo.length) return;
  const ev = new Evaluator(book);
  for (const { cell } of todo) ev.mark(cell);
  const done = new Map<SheetSnapshot, string[]>();
  for (const { cell, sheet } of todo) {
    const before = cell.value;
    // (every cell here is pending: computed is done)
    if (ev.compute(cell, ev.sheetIndex(sheet))) {
      let list = done.get(sheet);
      if (!list) done.set(sheet, (list = []));
      list.push(a1(cell.row, cell.col));
    } else if (stale && (before === 0 || before === '')) {
      // a placeholder result: none
      cell.value = null;
    }
  }
  for (const [sheet, list] of done) sheet.recalculated = list;
}
