/**
 * A table a PDF converter put on one sheet per page ("Page 1", "Page 2" … or "Table 1", "Table 2" …): its part on a
 * sheet goes on at the top of the next sheet, under the same header. Each part stays a table of its own sheet (its
 * findings name its own cells), linked to the parts before and after it, so a JUMLAH on the last page adds every
 * page and a programme whose kegiatan run on over the break adds them all.
 *
 * Two parts are linked only where nothing else could be meant: sheets named as a converter numbers its pages, the same
 * kind of table, the same column headers in the same order, the first part the last thing on its sheet (no note, no
 * total under it: a table that ends says so) and the second the first thing on its sheet, only page furniture
 * ("Halaman 12", the report's running title, "Tabel 3.5 (Lanjutan)") above it. A page whose rows go on under no header
 * of their own becomes a part with no header (headerRows 0): checked with the table, never listed as one.
 */
import { cellFigure } from '../figures';
import { Grid } from '../snapshot';
import { PartRow, TableModel } from '../model';
import { FIGURE_ROLES, Table, TableRow } from '../types';
import { explicitLevel, isCaption, isContinuationMark, isNote, isSignatureLine, norm, pageFurniture } from '../vocabulary';
import { hasFigureText, hasNumber, textOf } from './cells';
import { carryRow, DASH_RE, namesItsLevel, notesBelow } from './extent';
import { isTopHeaderRow } from './header';
import { classifyRows } from './hierarchy';
import { BLANK_ROWS_ENDING_A_TABLE, WRAPPED_LINES_AT_PAGE_TOP } from './thresholds';

export interface SheetTables {
  grid: Grid;
  hidden: boolean;
  tables: TableModel[];
  /** Rows hidden in the workbook. */
  hiddenRows?: ReadonlySet<number>;
}

/**
 * Whether a sheet row holds only page furniture: a page number, a running title, a "(Lanjutan)" line — or the running
 * sums carried over the break ("Jumlah dipindahkan", "Jumlah pindahan").
 */
function furnitureRow(grid: Grid, row: number): boolean {
  const cells = grid.filledInRow(row);
  if (carryRow(cells)) return true;
  if (cells.length > 2) return false;
  return cells.every((c) => {
    const v = c.value;
    if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 1000;
    const t = textOf(c);
    return typeof v === 'string' && (pageFurniture(t) !== undefined || isContinuationMark(t));
  });
}

/** The headers of a table's columns (the empty halves of columns two cells wide left out), as compared. */
function headers(t: TableModel): string[] {
  return t.columns.filter((c) => !c.half).map((c) => norm(c.header));
}

function sameHeaders(a: TableModel, b: TableModel): boolean {
  const ha = headers(a);
  const hb = headers(b);
  return ha.length >= 2 && ha.length === hb.length && ha.every((h, i) => h !== '' && h === hb[i]);
}

/** The table of a sheet that reaches lowest, and the one that starts highest. */
function lastTable(s: SheetTables): TableModel {
  let a = s.tables[0];
  for (const t of s.tables) if (t.range.bottom > a.range.bottom) a = t;
  return a;
}

function firstTable(s: SheetTables): TableModel | undefined {
  let b = s.tables[0];
  for (const t of s.tables) if (t.range.top < b.range.top) b = t;
  return b;
}

/** The sheet row where a sheet's first table starts (Infinity: none). */
const firstTableTop = (s: SheetTables): number => firstTable(s)?.range.top ?? Infinity;

/**
 * Whether a table is the last thing on its sheet: nothing under it but page furniture (no note, no signature), no total
 * at its end.
 */
function endsItsSheet(s: SheetTables, t: TableModel): boolean {
  if (t.rows.length === 0 || t.rows[t.rows.length - 1].level === 'total') return false;
  if (s.tables.some((o) => o !== t && o.range.bottom >= t.range.bottom)) return false;
  for (const r of s.grid.rowNumbers) if (r > t.range.bottom && !furnitureRow(s.grid, r)) return false;
  return true;
}

/** Whether a table is the first thing on its sheet: only page furniture above it. */
function startsItsSheet(s: SheetTables, t: TableModel): boolean {
  if (s.tables.some((o) => o !== t && o.range.top <= t.range.top)) return false;
  for (const r of s.grid.rowNumbers) {
    if (r >= t.range.top) break;
    if (!furnitureRow(s.grid, r)) return false;
  }
  return true;
}

/**
 * How a row shows its level, the same on every page of the table: the word that names it ("Kegiatan …"), else how many
 * parts its code has, else its look (bold, indent, a dash before its label). A part's own levels are relative to its
 * rows (a page of kegiatan and sub kegiatan reads them as programmes and kegiatan); this is not.
 */
function levelKey(part: TableModel, row: TableRow): string {
  const word = explicitLevel(row.label);
  if (word) return `w:${word}`;
  const code = part.code(row);
  if (code) return `c:${code.split('.').length}`;
  const look = part.labelLook(row);
  return `s:${look.bold ? 'b' : ''}:${look.indent}:${DASH_RE.test(row.label) ? '-' : ''}`;
}

/** The row a row belongs under: its parent in its part, or the row of the part before it was carried over to. */
function parentOf(at: PartRow): PartRow | undefined {
  if (at.row.parent !== undefined) {
    const row = at.part.rowAt(at.row.parent);
    return row ? { part: at.part, row } : undefined;
  }
  return at.part.carriedFrom(at.row);
}

const HIERARCHY_END: ReadonlySet<TableRow['level']> = new Set(['total', 'section']);

/** A part's last row of the hierarchy (no total, no section title). */
function lastOpenRow(part: TableModel): TableRow | undefined {
  for (let i = part.rows.length - 1; i >= 0; i--) if (!HIERARCHY_END.has(part.rows[i].level)) return part.rows[i];
  return undefined;
}

/**
 * The rows of a part still open at its end, deepest first: its last row and the rows above it in the hierarchy, on
 * through the parts before while the topmost of them was carried over from there.
 */
function openChain(part: TableModel): PartRow[] {
  const last = lastOpenRow(part);
  if (!last) return [];
  // a last row carried over under an open row unknown: the open rows stay those of the part before
  if (part.isCarried(last) && !part.carriedFrom(last)) return part.previousPart ? openChain(part.previousPart) : [];
  const chain: PartRow[] = [];
  for (let at: PartRow | undefined = { part, row: last }; at; at = parentOf(at)) chain.push(at);
  return chain;
}

/** Whether a row shows its level by a word or a code (levelKey). */
const marked = (t: TableModel, r: TableRow): boolean => !levelKey(t, r).startsWith('s:');

/** Whether a row has a figure in one of the table's figure columns. */
const figuredRow = (t: TableModel, r: TableRow): boolean => t.columns.some((c) => c.role && FIGURE_ROLES.has(c.role) && t.figureKind(r, c) === 'figure');

/**
 * The first row of a part where it is the rest of the last row of the part before, its label wrapped over the page
 * break ("2.2 | Kegiatan Pemberdayaan Potensi Sumber" with no figures, then "Kesejahteraan Sosial | 250.000.000 | …"
 * at the top of the next page): the last row marked with its level (a code, a level word) and no figures, the first
 * row with figures and no mark of its own.
 */
function restOfLabel(before: TableModel, after: TableModel): TableRow | undefined {
  const first = after.rows[0];
  const last = lastOpenRow(before);
  if (!first || !last || HIERARCHY_END.has(first.level) || first.parent !== undefined) return undefined;
  if (figuredRow(before, last) || !figuredRow(after, first)) return undefined;
  return marked(before, last) && !marked(after, first) ? first : undefined;
}

/**
 * The first row of a part where it is the rest of the last row of the part before, the row's figures on the label's
 * first line ("2.2 | Kegiatan Pemberdayaan Potensi Sumber | 250.000.000 | …" ends the page, "Kesehatan Sosial" alone
 * opens the next): the last row with figures, the first words alone, unmarked, in the same look.
 */
function labelTail(before: TableModel, after: TableModel): TableRow | undefined {
  const first = after.rows[0];
  const last = lastOpenRow(before);
  if (!first || !last || first.level === 'total' || !first.label) return undefined;
  if (!figuredRow(before, last) || after.cellsOf(first).length !== 1 || marked(after, first)) return undefined;
  const a = before.labelLook(last);
  const b = after.labelLook(first);
  return a.bold === b.bold && a.indent === b.indent ? first : undefined;
}

/**
 * The row of the parts before that looks the way a row does (levelKey), nearest first: it tells the row's level in
 * their terms. Rows carried over under an unknown row say nothing.
 */
function lookalike(before: TableModel, key: string): PartRow | undefined {
  for (let part: TableModel | undefined = before; part; part = part.previousPart) {
    for (let i = part.rows.length - 1; i >= 0; i--) {
      const row = part.rows[i];
      if (HIERARCHY_END.has(row.level) || (part.isCarried(row) && !part.carriedFrom(row))) continue;
      if (levelKey(part, row) === key) return { part, row };
    }
  }
  return undefined;
}

/**
 * The rows at the top of the next part that belong under the open rows of this one (kegiatan whose programme is on the
 * page before): each given its parent there. A row goes under the open row that looks like the parent of a row of the
 * parts before that looks like it; a row that looks like a top-level row there ends the run; a row that looks like none
 * goes under one of the open rows, which one unsure.
 */
function carryOver(before: TableModel, after: TableModel): void {
  // the rest of the last row's label, alone at the top of the page: no row of its own
  const tail = labelTail(before, after);
  if (tail) after.dropRow(tail);
  let chain = openChain(before);
  if (chain.length === 0) return;
  // the rest of the last row's label, with its figures, at the top of the page: that row's, under its parent
  const rest = restOfLabel(before, after);
  if (rest) {
    for (const r of after.rows) if (r.parent === rest.row) r.parent = undefined;
    const parent = parentOf(chain[0]);
    if (parent) after.carry(rest, parent);
  }
  // (each look searched for once: a page of thousands of rows of one look costs one search, not one per row)
  const likes = new Map<string, PartRow | undefined>();
  for (const r of after.rows) {
    if (r.parent !== undefined || r === rest) continue;
    if (HIERARCHY_END.has(r.level)) break;
    const key = levelKey(after, r);
    if (!likes.has(key)) likes.set(key, lookalike(before, key));
    const like = likes.get(key);
    if (!like) {
      after.carry(r, chain);
      continue;
    }
    const likeParent = parentOf(like);
    // a top-level row: the run of carried rows is over
    if (!likeParent) break;
    const parentKey = levelKey(likeParent.part, likeParent.row);
    const at = chain.findIndex((p) => levelKey(p.part, p.row) === parentKey);
    if (at < 0) {
      after.carry(r, chain);
      continue;
    }
    after.carry(r, chain[at]);
    // a row of its level closes the open rows at that level and below: the open rows are now its parent and above
    chain = chain.slice(at);
  }
}

/**
 * The rows at the top of a sheet that go on with the table ending the sheet before under no header of their own (the
 * report's table had no header row repeated on each page): the table's columns, its rows, to a gap, a caption, a note
 * or the next table. Undefined unless every row keeps within the table's columns and most carry its figures.
 */
function headerlessPart(a: TableModel, next: SheetTables, shift = 0): Table | undefined {
  const grid = next.grid;
  const left = a.range.left + shift;
  const right = a.range.right + shift;
  if (left < 1) return undefined;
  const figureCols = a.columns.filter((c) => c.role && FIGURE_ROLES.has(c.role)).map((c) => c.col + shift);
  if (figureCols.length === 0) return undefined;
  const labelCols = labelColumns(a, shift);
  const noCols = a.columns.filter((c) => c.role === 'no').map((c) => c.col + shift);
  const firstTop = firstTableTop(next);
  const body: number[] = [];
  const pageRows = new Set<number>();
  /** The running sums carried over the break, above the part's rows or at its foot. */
  const carryRows: number[] = [];
  let prevRow = 0;
  let withFigures = 0;
  /** The rest of the label of the table's last row, opening the page (no row of the part). */
  let restLine = -1;
  /** The part's first row with figures (−1: none yet). */
  let firstFigured = -1;
  for (const r of grid.rowNumbers) {
    if (r >= firstTop) break;
    const all = grid.filledInRow(r);
    if (all.length === 0) continue;
    if (body.length && r - prevRow - 1 >= BLANK_ROWS_ENDING_A_TABLE) break;
    const carry = carryRow(all);
    if (carry || furnitureRow(grid, r)) {
      if (body.length) pageRows.add(r);
      if (carry) carryRows.push(r);
      continue;
    }
    // (a caption, a note or a signature: a line or two of words, no figure; "Sumber Daya Kesehatan | 1.960.000.000" is a row)
    const words = !hasNumber(all) && !hasFigureText(all);
    if (words && all.length <= 2 && all.some((c) => typeof c.value === 'string' && (isCaption(textOf(c)) || isNote(textOf(c)) || isSignatureLine(textOf(c)))))
      break;
    // (a cell outside the table's columns, or a header: something else begins)
    if (all.some((c) => c.col < left || c.col > right) || (words && isTopHeaderRow(all))) {
      if (body.length === 0) return undefined;
      break;
    }
    const figured = figureCols.some((col) => cellFigure(grid.get(r, col)).kind === 'figure');
    // (a page's first row is one of the table's rows, its figures in the table's columns; a row of words is a header of
    // another table, or a page of text — unless it is the first line of a row whose figures are on its next line, words
    // alone in the label and numbering columns marked with a number, a level word or a dash; or the rest of the label of
    // the table's last row, words alone in a label column, where that row has its figures)
    if (firstFigured < 0 && !figured) {
      const wordsOnly = all.every((c) => typeof c.value === 'string' && (labelCols.includes(c.col) || noCols.includes(c.col)));
      const label = all.find((c) => labelCols.includes(c.col));
      const markedLine = wordsOnly && label !== undefined && (all.some((c) => noCols.includes(c.col)) || namesItsLevel(textOf(label)));
      if (markedLine && body.length < WRAPPED_LINES_AT_PAGE_TOP) {
        body.push(r);
        prevRow = r;
        continue;
      }
      const tail = all.length === 1 && typeof all[0].value === 'string' && labelCols.includes(all[0].col);
      const last = lastOpenRow(a);
      if (body.length || !tail || restLine >= 0 || !last || !figuredRow(a, last)) return undefined;
      restLine = r;
      prevRow = r;
      continue;
    }
    // (the first row reads as the table's only where its label is in the label column too, and every figure of it in a
    // figure column: columns the converter moved put a code, "1.3", where the table has its pagu)
    if (firstFigured < 0) {
      const labelled = labelCols.some((col) => typeof grid.value(r, col) === 'string');
      const numbersInPlace = all.every((c) => typeof c.value !== 'number' || figureCols.includes(c.col) || noCols.includes(c.col));
      if (!labelled || !numbersInPlace) return undefined;
    }
    if (figured) withFigures++;
    if (figured && firstFigured < 0) firstFigured = r;
    body.push(r);
    prevRow = r;
  }
  if (firstFigured < 0 || 2 * withFigures < body.length) return undefined;
  const columns = a.columns.map((c) => ({ ...c, col: c.col + shift, ...(c.partOf !== undefined ? { partOf: c.partOf + shift } : {}) }));
  const bottom = body[body.length - 1];
  const { rows, hierarchy } = classifyRows(grid, columns, body, left, right, pageRows.size ? pageRows : undefined);
  // (the rest of a label above the rows: within the part's range, no row of it)
  const part: Table = { sheet: grid.name, range: { top: restLine >= 0 ? restLine : body[0], left, bottom, right }, kind: a.kind, headerRows: 0, columns, rows };
  if (hierarchy) part.hierarchy = hierarchy;
  const notes = notesBelow(grid, bottom, left, right);
  if (notes.length) part.notes = notes;
  if (next.hiddenRows) for (const r of rows) if (next.hiddenRows.has(r.row)) r.hidden = true;
  if (next.hidden) part.sheetHidden = true;
  if (carryRows.length) part.carryRows = carryRows;
  return part;
}

/** Whether a sheet's first row (page furniture aside), above any table of its own, holds a figure. */
function opensWithFigures(s: SheetTables): boolean {
  const firstTop = firstTableTop(s);
  for (const r of s.grid.rowNumbers) {
    if (r >= firstTop) return false;
    const all = s.grid.filledInRow(r);
    if (all.length === 0 || furnitureRow(s.grid, r)) continue;
    return hasNumber(all) || hasFigureText(all);
  }
  return false;
}

/** How far a PDF converter is seen to move a page's columns (an empty column put in or left out at the left). */
const COLUMN_SHIFTS = [1, -1, 2, -2];

/** The table's label columns (uraian, indikator, sasaran), moved by `shift` as a page's may be. */
function labelColumns(a: TableModel, shift = 0): number[] {
  return a.columns.filter((c) => c.role === 'uraian' || c.role === 'indikator' || c.role === 'sasaran').map((c) => c.col + shift);
}

/**
 * Further shifts read off the page itself: how far the first words at its top (past a running title, a page number,
 * the sums carried over) stand from each of the table's label columns — a converter that places each page's columns
 * where they stood on the page may move them by any number.
 */
function shiftsReadOff(a: TableModel, next: SheetTables): number[] {
  const grid = next.grid;
  const firstTop = firstTableTop(next);
  const labelCols = labelColumns(a);
  for (const r of grid.rowNumbers) {
    if (r >= firstTop) break;
    const all = grid.filledInRow(r);
    if (all.length === 0 || carryRow(all) || furnitureRow(grid, r)) continue;
    const words = all.find((c) => typeof c.value === 'string' && /[A-Za-z]/.test(c.value));
    if (!words) continue;
    return labelCols.map((col) => words.col - col).filter((s) => s !== 0 && !COLUMN_SHIFTS.includes(s));
  }
  return [];
}

/**
 * For each sheet that begins with rows going on from the table ending the sheet before, under no header of their own:
 * those rows as a part of that table (headerRows 0), first among the sheet's tables.
 */
export function addHeaderlessParts(sheets: SheetTables[]): void {
  for (let i = 1; i < sheets.length; i++) {
    const prev = sheets[i - 1];
    const next = sheets[i];
    if (prev.hidden !== next.hidden || prev.tables.length === 0 || !pagesOfOneDocument(prev.grid.name, next.grid.name)) continue;
    const a = lastTable(prev);
    if (a.kind === 'skala-penilaian' || !endsItsSheet(prev, a)) continue;
    // (where the converter moved the columns, the rows are read in the columns moved as much)
    let part = headerlessPart(a, next);
    for (const shift of COLUMN_SHIFTS) part ??= headerlessPart(a, next, shift);
    if (!part) for (const shift of shiftsReadOff(a, next)) part ??= headerlessPart(a, next, shift);
    if (part) next.tables.unshift(new TableModel(part, next.grid));
    // rows of figures at the top of the next page that cannot be read as the table's: the rows still open at its end
    // may have children there, so their sums are unsure
    else if (opensWithFigures(next)) a.leaveUnsure(openChain(a));
  }
}

/**
 * Whether two sheets are named as a converter names its pages, one name counted on ("Page 1", "Page 2"; "Table 3",
 * "Table 4"; "Sheet1", "Sheet2"; "Realisasi (1)", "Realisasi (2)"): a table of its own on a sheet named for what it
 * holds ("2023", "2024" are years, not pages; "Banded rows", "Compare to totals") is never taken for a page.
 */
function pagesOfOneDocument(a: string, b: string): boolean {
  const stem = (n: string) => n.replace(/\d+/g, '#').trim().toLowerCase();
  const number = (n: string) => Number(/(\d+)\D*$/.exec(n)?.[1]);
  return /\d/.test(a) && stem(a) === stem(b) && stem(a) !== '#' && number(b) === number(a) + 1;
}

/** Links each table that goes on at the top of the next sheet to its part there (sheets in workbook order). */
export function linkPages(sheets: SheetTables[]): void {
  for (let i = 1; i < sheets.length; i++) {
    const prev = sheets[i - 1];
    const next = sheets[i];
    if (prev.hidden !== next.hidden || prev.tables.length === 0 || next.tables.length === 0) continue;
    if (!pagesOfOneDocument(prev.grid.name, next.grid.name)) continue;
    const a = lastTable(prev);
    const b = firstTable(next) as TableModel;
    if (a.kind !== b.kind || a.kind === 'skala-penilaian' || !sameHeaders(a, b)) continue;
    if (!endsItsSheet(prev, a) || !startsItsSheet(next, b)) continue;
    a.nextPart = b;
    b.previousPart = a;
    carryOver(a, b);
  }
}
