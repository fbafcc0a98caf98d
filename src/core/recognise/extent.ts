/**
 * Extent stage: from a header down to the table's last row. A table ends at two blank rows, a caption, a note, a
 * signature block, or a new header; it continues across a header repeated at a page break (and its column-number
 * row), a spacer row, section rows and lone labels. Columns the header leaves blank but the body fills (a "No"
 * column, the value after "Rp") join it.
 */
import { RangeRef } from '../address';
import { cellFigure, cleanText, ParsedFigure } from '../figures';
import { Cell, Grid, isBlankValue } from '../snapshot';
import { firstAtLeast } from '../sorted';
import { ColumnRole, FIGURE_ROLES, Table } from '../types';
import {
  explicitLevel,
  isCaption,
  isCarryLabel,
  mayBeCaption,
  isContinuationMark,
  isNote,
  isSignatureLine,
  isTotalLabel,
  norm,
  pageFurniture,
  roleFromHeader,
  SECTION_RE,
} from '../vocabulary';
import { cellsIn, hasFigureText, hasNumber, isTextCell, textOf } from './cells';
import { takeTurns } from './columns';
import { HeaderBlock, headerSignature, isColumnNumberRow, isTopHeaderRow, sameHeaderText, spacerColumns } from './header';
import {
  BLANK_HEADER_COLUMN_FILL_SHARE,
  BLANK_ROWS_ENDING_A_TABLE,
  CAPTION_ROWS_ABOVE,
  FIGURE_COLUMNS_LOOKBACK,
  LONE_LABEL_MAX_OFFSET,
  NOTE_ROWS_BELOW,
  NOTE_SENTENCE_CHARS,
  PAGE_BREAK_ROWS,
  WRAPPED_LINES_ABOVE,
  WRAPPED_LINES_AT_PAGE_TOP,
} from './thresholds';

export function insideAny(tables: Table[], row: number, col: number): boolean {
  return tables.some((t) => row >= t.range.top && row <= t.range.bottom && col >= t.range.left && col <= t.range.right);
}

/**
 * Whether every cell of a row (blank ones too) lies inside one of the tables: nothing of it can start or be anything
 * else (no cell object made).
 */
export function rowInsideTables(grid: Grid, tables: Table[], row: number): boolean {
  if (tables.length === 0) return false;
  const span = grid.rowSpan(row);
  return span !== undefined && tables.some((t) => row >= t.range.top && row <= t.range.bottom && span[0] >= t.range.left && span[1] <= t.range.right);
}

export function isSectionCell(grid: Grid, row: number, c: Cell, left: number, right: number): boolean {
  const t = textOf(c);
  if (!isTextCell(c)) return false;
  const m = grid.mergeAt(row, c.col);
  if (m && m.right - m.left + 1 >= Math.max(2, Math.floor((right - left + 1) / 2))) return true;
  if (c.bold) return true;
  return SECTION_RE.test(norm(t)) || explicitLevel(t) !== undefined;
}

export interface Extent {
  range: RangeRef;
  /** Body rows: below the header, down to the last, without repeated page headers. */
  bodyRows: number[];
  /** The rows of page breaks inside the body (a page's foot, the header repeated on the next page), when there are. */
  pageRows?: ReadonlySet<number>;
  /** The rows of running sums carried over a page break within the table (no rows of it). */
  carryRows?: number[];
}

/**
 * What a row of at most two cells is as page furniture (vocabulary.pageFurniture): 'page' when each cell certainly is,
 * 'number' when one is a bare number that may be a page number; undefined for anything else.
 */
function pageFurnitureOf(cells: Cell[]): 'page' | 'number' | undefined {
  if (cells.length > 2) return undefined;
  let bare = false;
  for (const c of cells) {
    const kind = typeof c.value === 'number' ? (Number.isInteger(c.value) && c.value > 0 && c.value < 1000 ? 'number' : undefined) : pageFurniture(textOf(c));
    if (kind === undefined) return undefined;
    if (kind === 'number') bare = true;
  }
  return bare ? 'number' : 'page';
}

/**
 * A row of the running sums carried over a page break: its label a carry's, every other cell a figure — or nothing a
 * figure is missing from: a "Rp" in its own column before each amount ("Rp | 6.001.000.000"), a "-".
 */
export function carryRow(cells: Cell[]): boolean {
  // (its label sought first, by words sifted before anything is parsed: every row of a long table is asked)
  const label = cells.find((c) => typeof c.value === 'string' && isCarryLabel(c.value));
  return !!label && cells.every((c) => c === label || typeof c.value !== 'string' || carriedOrBlank(cellFigure(c).kind));
}

const carriedOrBlank = (kind: ParsedFigure['kind']) => kind === 'figure' || kind === 'empty';

/** Whether the table's header repeats within a page break's rows after a row, only blank rows or page furniture between. */
function headerRepeatsAfter(grid: Grid, signature: string[], headerTop: number, row: number, left: number, right: number): boolean {
  for (let r = row + 1; r <= row + PAGE_BREAK_ROWS; r++) {
    const cells = cellsIn(grid, r, left, right);
    if (cells.length === 0) continue;
    if (sameHeaderText(grid, signature, headerTop, r, left, right)) return true;
    if (pageFurnitureOf(cells) === undefined) return false;
  }
  return false;
}

/** A row's numbering typed as text ("1.2", "2.1.3", "1.02.01"): a part after the first not of three digits, so no amount. */
const CODE_TEXT_RE = /^\s*\d+(\.\d+)*\.?\s*$/;
const isCodeText = (t: string) =>
  CODE_TEXT_RE.test(t) &&
  t
    .trim()
    .replace(/\.$/, '')
    .split('.')
    .slice(1)
    .some((p) => p.length !== 3);

/**
 * The columns of a row (within the table's) that hold a figure: a number or a figure typed as text — no numbering (a
 * code, or an item's number in the table's first column: a programme's "4" over kegiatan with none).
 */
function figureColumns(grid: Grid, row: number, left: number, right: number): number[] {
  const out: number[] = [];
  // (a code stands before the row's words: right of them, "92.27" is a percentage typed as text)
  let words = false;
  for (const c of cellsIn(grid, row, left, right)) {
    const t = textOf(c);
    if (c.col === left && /^\s*\d{1,3}\.?\s*$/.test(t)) continue;
    if (typeof c.value === 'number' || (cellFigure(c).kind === 'figure' && (words || !isCodeText(t)))) out.push(c.col);
    else if (typeof c.value === 'string' && cellFigure(c).kind !== 'figure') words = true;
  }
  return out;
}

/** A numbering that starts a list: 1, "1.", "I", "a)" — a new table's first row, never a row going on from a page before. */
const FIRST_NUMBER_RE = /^\(?(1|i|a)[.)]?$/i;

/**
 * Whether the table's rows go on after a row, past a page break's blank rows and page furniture (a table converted from
 * PDF): the next row of content — or, where the header is repeated there, the first row under it, its numbering not
 * starting again at 1 — carries figures in the very columns the last row of the table did, and that row was no total
 * (a table that ends says so).
 */
function rowsGoOnAfter(grid: Grid, header: HeaderBlock, signature: string[], row: number, lastData: number, left: number, right: number): boolean {
  const last = cellsIn(grid, lastData, left, right);
  let above = figureColumns(grid, lastData, left, right);
  // (the last row words alone — "3.3 | Pelaksanaan Koordinasi", the first line of a label the page break cut: the
  // figures it will have are in the columns of the rows above it)
  if (above.length === 0 && last.every((c) => typeof c.value === 'string'))
    for (let r = lastData - 1; above.length === 0 && r > header.top + header.rows - 1 && r >= lastData - WRAPPED_LINES_ABOVE; r--)
      above = figureColumns(grid, r, left, right);
  // (a total's row: its label a total's, no number of an item before it — "3 | Jumlah inovasi pelayanan" is an item)
  const numbered = last.length > 0 && last[0].col === left && /^\s*[\dIVXivx]/.test(textOf(last[0])) && !isTotalLabel(textOf(last[0]));
  if (above.length === 0 || (!numbered && last.some((c) => typeof c.value === 'string' && isTotalLabel(textOf(c))))) return false;
  let repeatedAt = -1;
  let restLines = 0;
  let firstLines = 0;
  for (let r = row + 1; r <= row + PAGE_BREAK_ROWS + header.rows + restLines + firstLines; r++) {
    const cells = cellsIn(grid, r, left, right);
    if (cells.length === 0 || pageFurnitureOf(cells) !== undefined) continue;
    // ("Tabel 3.5 (Lanjutan)" over the header repeated, the running sums carried over under it — "Jumlah pindahan", its
    // columns not every one of a row's; the rest of a label wrapped over the break, in small letters)
    if (isContinuationLine(cells) || carryRow(cells)) continue;
    if (repeatedAt < 0 && cells.length === 1 && typeof cells[0].value === 'string' && startsSmall(textOf(cells[0]))) continue;
    const here = figureColumns(grid, r, left, right);
    // the header again (its rows below the first, and a column-number row, skipped)
    if (repeatedAt < 0 && here.length === 0 && sameHeaderText(grid, signature, header.top, r, left, right)) {
      repeatedAt = r;
      continue;
    }
    if (repeatedAt >= 0 && (isColumnNumberRow(cells) || (here.length === 0 && r < repeatedAt + header.rows))) continue;
    // the rest of the last row's label (its figures on its first line, the page broken after it): words alone in the
    // column of its label
    if (restLines < WRAPPED_LINES_ABOVE && restOfLabelLine(cells, last)) {
      restLines++;
      continue;
    }
    // the first line of the next row, its figures on its next line: words alone, marked with its number, code, level word
    // or dash ("1.3.2 | Pengelolaan Pelayanan" over "Kesehatan | 215.000.000 | …")
    if (firstLines < WRAPPED_LINES_AT_PAGE_TOP && here.length === 0 && markedFirstLine(cells, left)) {
      firstLines++;
      continue;
    }
    if (here.length !== above.length || !here.every((c, k) => c === above[k])) return false;
    const first = cells[0].col === left ? textOf(cells[0]) : '';
    return repeatedAt < 0 || !FIRST_NUMBER_RE.test(first.trim());
  }
  return false;
}

/**
 * Whether a row is a line of words alone in a column where the row `last` has its words (no note, caption or total):
 * the rest of last's label, where a page break cut it.
 */
function restOfLabelLine(cells: Cell[], last: Cell[]): boolean {
  if (cells.length !== 1 || typeof cells[0].value !== 'string') return false;
  const t = textOf(cells[0]);
  return (
    t !== '' &&
    !isNote(t) &&
    !isCaption(t) &&
    !isTotalLabel(t) &&
    cellFigure(cells[0]).kind !== 'figure' &&
    last.some((c) => c.col === cells[0].col && typeof c.value === 'string' && cellFigure(c).kind !== 'figure')
  );
}

/** A dash or a bullet before a label: its level named as a level word names it ("- Sub Kegiatan …", "• Penyediaan …"). */
export const DASH_RE = /^\s*[-–—•·*>]/;

/** A label that names its level: a level word or a dash before it. */
export const namesItsLevel = (t: string): boolean => explicitLevel(t) !== undefined || DASH_RE.test(t);

/**
 * A row of words alone marked with its level (a number or code in the table's first column, a level word or a dash
 * before its label), no note, caption or total: the first line of a row whose figures are on its next line.
 */
function markedFirstLine(cells: Cell[], left: number): boolean {
  // (its number typed as text, "4.2", reads as a figure too: only the label must be none)
  if (cells.length > 2 || !cells.every((c) => typeof c.value === 'string' && textOf(c) !== '')) return false;
  const label = textOf(cells[cells.length - 1]);
  if (cellFigure(cells[cells.length - 1]).kind === 'figure' || isNote(label) || isCaption(label) || isTotalLabel(label)) return false;
  return cells.length === 2 ? cells[0].col === left && CODE_TEXT_RE.test(textOf(cells[0])) : namesItsLevel(label);
}

/**
 * Whether a page ends after a row: nothing but blank rows and page furniture follow it to the sheet's end, or the
 * table's rows go on after them (the page break of a table on one sheet).
 */
function endsPage(grid: Grid, row: number, left: number, right: number, goesOn: () => boolean): boolean {
  // (the rows after it found by halving: no walk from the sheet's top for each row asked about)
  const rows = grid.rowNumbers;
  for (let i = firstAtLeast(rows, row + 1); i < rows.length; i++) {
    const r = rows[i];
    const cells = cellsIn(grid, r, left, right);
    if (cells.length === 0 || pageFurnitureOf(cells) !== undefined) continue;
    return goesOn();
  }
  return true;
}

/** A text that starts in a small letter: the rest of a label wrapped onto the next line. */
const startsSmall = (t: string): boolean => /^\p{Ll}/u.test(t);

/** A line saying the table goes on ("Tabel 3.5 (Lanjutan)"): a cell or two of words, one of them that mark. */
function isContinuationLine(cells: Cell[]): boolean {
  return cells.length <= 2 && cells.every((c) => typeof c.value === 'string') && cells.some((c) => isContinuationMark(textOf(c)));
}

/** Whether two rows hold the same words in the same columns (two empty rows do). */
function sameRowText(grid: Grid, a: number, b: number, left: number, right: number): boolean {
  return headerSignature(grid, a, left, right).join('\u0000') === headerSignature(grid, b, left, right).join('\u0000');
}

/**
 * The roles of a measure's figures, which a column of names or words above cannot be headed by: every figure's role but
 * a count or a value of its own ("Jumlah", "Nilai"), which a list of names may well be followed by.
 */
const MEASURE_ROLES: ReadonlySet<ColumnRole> = new Set([...FIGURE_ROLES].filter((r) => r !== 'jumlah' && r !== 'nilai'));

/**
 * Whether a would-be header row (rows[i]) has a cell in a column that held a figure in the body rows just above it
 * (true where none held one yet), or names a measure's figures over a column that held only words there (a PK's
 * "Program | Anggaran (Rp)" under its indikator, "Anggaran" over the column of their names): a new header names the
 * columns below it.
 */
function namesFigureColumns(grid: Grid, rows: number[], i: number, headerBottom: number, left: number, right: number, cells: Cell[]): boolean {
  let seen = false;
  const figureCols = new Set<number>();
  const wordCols = new Set<number>();
  for (let k = i - 1, n = 0; k >= 0 && n < FIGURE_COLUMNS_LOOKBACK && rows[k] > headerBottom; k--, n++) {
    for (const c of cellsIn(grid, rows[k], left, right)) {
      if (typeof c.value !== 'number' && cellFigure(c).kind !== 'figure') {
        if (isTextCell(c)) wordCols.add(c.col);
        continue;
      }
      seen = true;
      figureCols.add(c.col);
      if (cells.some((x) => x.col === c.col)) return true;
    }
  }
  if (!seen) return true;
  return cells.some((x) => wordCols.has(x.col) && !figureCols.has(x.col) && MEASURE_ROLES.has(roleFromHeader([textOf(x)]) as ColumnRole));
}

/** The rows and columns a table spans, given its header; undefined when no body follows. */
export function findExtent(grid: Grid, header: HeaderBlock, left: number, right: number, others: Table[]): Extent | undefined {
  const headerBottom = header.top + header.rows - 1;
  const rows = grid.rowNumbers;
  let i = rows.findIndex((r) => r > headerBottom);
  let lastData = headerBottom;
  let prev = headerBottom;
  const repeated = new Set<number>();
  let skipUntil = -1;
  /** The last row of the header's latest repeat at a page break. */
  let repeatEnd = -1;
  const signature = headerSignature(grid, header.top, left, right);
  /** Where the table stood before the run of lone labels just read (undefined: no such run). */
  let beforeLabels: number | undefined;
  /** The row just read is a lone section label after a blank row ("Sasaran 2: …" under a gap). */
  let sectionAfterGap = false;
  /**
   * A lone label marked with its level ("- Sub Kegiatan Penyediaan …", no figures) right under the table's last row: the
   * first line of a row whose label a page break cut, where the table goes on after it (past the break's rows, or on the
   * next sheet: nothing but page furniture below it).
   */
  let levelHead = -1;
  /** The running sums carried over the page breaks, read as the break's rows. */
  const carries: number[] = [];
  /** The blank rows between the row read last and row r: a page break's, rows of no line of the table. */
  const pageRowsUpTo = (r: number) => {
    for (let k = prev + 1; k < r; k++) repeated.add(k);
  };
  /** A row of the page break itself (page furniture, a "(Lanjutan)" line), with the blank rows before it. */
  const breakRow = (r: number) => {
    pageRowsUpTo(r);
    repeated.add(r);
    prev = r;
  };
  for (; i >= 0 && i < rows.length; i++) {
    const r = rows[i];
    if (r <= skipUntil) continue;
    const inRange = cellsIn(grid, r, left, right);
    const cells = others.some((t) => r >= t.range.top && r <= t.range.bottom) ? inRange.filter((c) => !insideAny(others, r, c.col)) : inRange;
    const blankRun = r - prev - 1;
    if (cells.length === 0) continue; // a row with content elsewhere only: counts as blank here
    // (past a page break's blank rows, the table goes on where its rows do, in the same columns, with no header again)
    if (blankRun >= BLANK_ROWS_ENDING_A_TABLE) {
      if (!((prev === lastData || prev === levelHead || repeated.has(prev)) && rowsGoOnAfter(grid, header, signature, r - 1, lastData, left, right))) break;
      // (the break's blank rows are page rows: a label wrapped over it is read across them)
      pageRowsUpTo(r);
    }
    // A page's foot or top inside a table pasted from PDF (its running title, its page number): no row of the table.
    // A bare number is a page number only where the header repeats right after it, or the table's rows do.
    const furniture = pageFurnitureOf(cells);
    if (
      furniture === 'page' ||
      (furniture === 'number' &&
        (headerRepeatsAfter(grid, signature, header.top, r, left, right) ||
          // (a page number stands alone: "7 | 100" under an item is a row)
          (cells.length === 1 && blankRun >= 1 && rowsGoOnAfter(grid, header, signature, r, lastData, left, right))))
    ) {
      breakRow(r);
      continue;
    }
    // the running sums carried over the page break ("Jumlah dipindahkan" at a page's foot, "Jumlah pindahan" under the
    // header again): the break's rows, no row of the table (a total of every row so far, of no group)
    if (carryRow(cells)) {
      breakRow(r);
      carries.push(r);
      continue;
    }
    // "Tabel 3.1 (Lanjutan)" over the header repeated on the next page: the same table goes on, the line no row of it
    if (isContinuationLine(cells) && headerRepeatsAfter(grid, signature, header.top, r, left, right)) {
      breakRow(r);
      continue;
    }
    // (figures typed as text too: "4 | Persentase Linmas terlatih | % | 60 | 57 | 97" is a row, not a new header)
    const numeric = hasNumber(cells) || (hasFigureText(cells) && !isColumnNumberRow(cells));
    // a caption is words (a number, an error or a truth value never is one)
    // (sifted by its first character before its text is made: a long table's labels and codes are no captions)
    if (cells.some((c) => typeof c.value === 'string' && mayBeCaption(c.value) && isCaption(textOf(c)))) break;
    // A form's closing fields under a gap ("Jumlah Anggaran Kegiatan Tahun 2024 | : | Rp 16.021.150.000", as
    // PermenPANRB 53/2014's pengukuran form ends): lines of the form, no rows of the table
    if (blankRun >= 1 && isFormField(cells)) break;
    // A second total under a gap after the table's own total ("Jumlah" of a Bagian's table, then "Jumlah Sekretariat
    // Daerah" below a stack of such tables): a total of more than this table, no row of it
    if (blankRun >= 1 && lastData > headerBottom && opensWithTotal(cells) && opensWithTotal(cellsIn(grid, lastData, left, right))) break;
    if (!numeric && sameHeaderText(grid, signature, header.top, r, left, right)) {
      // Under a gap and a label of its own ("Sasaran 2: …"), the same header starts the next table of a stack of them,
      // one per sasaran: the label is its caption
      if (sectionAfterGap) break;
      // The header repeated at a page break of a table pasted from PDF: still the same table. Its rows below the first
      // are the repeat's as far as they read as the header's (a header two rows tall may come back one row tall).
      let k = 1;
      while (k < header.rows && sameRowText(grid, header.top + k, r + k, left, right)) k++;
      pageRowsUpTo(r);
      for (let j = 0; j < k; j++) repeated.add(r + j);
      skipUntil = r + k - 1;
      prev = skipUntil;
      repeatEnd = skipUntil;
      continue;
    }
    // the columns' numbers (1) (2) … under the header, or under its repeat at a page break (a PDF's header may carry
    // them on its later pages only)
    if ((header.columnNumberRow !== undefined || prev === repeatEnd) && isColumnNumberRow(cells)) {
      repeated.add(r);
      prev = r;
      continue;
    }
    // A new table starts (tables that touch). Judge the whole row near the table: a figure just right of the
    // header's last column (the "Rp | 12.488.750" pattern) makes it data, not a header. The lone labels right above
    // it are its caption ("Realisasi dan Capaian Kinerja | Tahun 2023 dan 2024"), not rows of this table.
    // (a new header names the columns below it: one that leaves every column of figures read so far empty — a wrapped
    // programme's first line and the remark beside it, "Program Perlindungan Dan | Sesuai Renja" — is no header)
    if (
      !numeric &&
      cells.length >= 2 &&
      r > headerBottom + 1 &&
      isTopHeaderRow(cellsIn(grid, r, left, right + 2), true) &&
      namesFigureColumns(grid, rows, i, headerBottom, left, right, cells)
    ) {
      if (beforeLabels !== undefined) lastData = beforeLabels;
      break;
    }
    if (cells.length <= 3 && cells.some((c) => isSignatureLine(textOf(c))) && !cells.some((c) => cellFigure(c).kind === 'figure')) break;
    if (cells.length === 1) {
      const c = cells[0];
      const t = textOf(c);
      if (isNote(t)) break;
      const isFig = cellFigure(c).kind === 'figure';
      const section = isSectionCell(grid, r, c, left, right);
      // (the rest of a label wrapped over a page break, in small letters, the table's rows going on below it: a line)
      const wrapped =
        blankRun >= 1 &&
        !section &&
        (startsSmall(t) || restOfLabelLine(cells, cellsIn(grid, lastData, left, right))) &&
        rowsGoOnAfter(grid, header, signature, r, lastData, left, right);
      if (blankRun >= 1 && !section && !wrapped) break;
      if (wrapped) pageRowsUpTo(r);
      // the rest of a bold label above in small letters ("Program Penelitian" / "dan Pengembangan"), or in any letters
      // where it ends the page ("2 | Program Pemberdayaan | 1.670.000.000" / "Masyarakat Desa", then the page's foot):
      // a line of that row, bold like it, not a section title (a heading has its rows below it, and names its level)
      if (
        section &&
        !isFig &&
        c.bold &&
        prev === r - 1 &&
        lastData === prev &&
        (startsSmall(t) ||
          (!namesItsLevel(t) && !/^\s*\(?\d/.test(t) && endsPage(grid, r, left, right, () => rowsGoOnAfter(grid, header, signature, r, lastData, left, right))))
      ) {
        const above = grid.get(prev, c.col);
        if (above !== undefined && isTextCell(above) && above.bold) {
          prev = r;
          lastData = r;
          beforeLabels = undefined;
          continue;
        }
      }
      if (!section && !isFig) {
        // a lone label in the table's label column with figures further down is a data row; a sentence is a note
        const m = grid.mergeAt(r, c.col);
        // (right under the label of the row above, not ended by a stop: its line goes on there, however long or far
        // right of the table's edge)
        const above = prev === r - 1 && lastData === prev ? grid.get(prev, c.col) : undefined;
        const goesOn = above !== undefined && isTextCell(above) && !/[.:;]$/.test(t);
        const longSentence = t.length > NOTE_SENTENCE_CHARS && !(m && m.right > m.left) && !goesOn;
        if (longSentence || (c.col > left + LONE_LABEL_MAX_OFFSET && !goesOn)) {
          // (the lone labels right above a sentence that starts what follows belong with it, like a caption)
          if (longSentence && beforeLabels !== undefined) lastData = beforeLabels;
          break;
        }
        // the rest of the label above, in small letters ("… Aktif Masyarakat" / "dalam Penyelenggaraan …"): a line of
        // that row, never the start of a caption below the table
        if (goesOn && startsSmall(t)) {
          prev = r;
          lastData = r;
          beforeLabels = undefined;
          continue;
        }
      }
      levelHead = section && !isFig && blankRun === 0 && prev === lastData && explicitLevel(t) !== undefined ? r : -1;
      prev = r;
      if (!isFig && !section) beforeLabels ??= lastData;
      else beforeLabels = undefined;
      if (isFig || !section) lastData = r;
      sectionAfterGap = section && blankRun >= 1;
      continue;
    }
    prev = r;
    lastData = r;
    beforeLabels = undefined;
    sectionAfterGap = false;
  }
  // (the sheet ends with the cut row's first line, page furniture at most below it: the table goes on on the next sheet)
  if (i >= rows.length && levelHead > lastData && (prev === levelHead || repeated.has(prev))) lastData = levelHead;
  const bottom = lastData;
  if (bottom <= headerBottom) return undefined;
  const bodyRows = rows.filter((r) => r > headerBottom && r <= bottom && !repeated.has(r));
  if (bodyRows.length === 0) return undefined;

  // Columns the header leaves blank but the body fills (a "No" column, a value column after "Rp").
  let l = left;
  let rr = right;
  const fillsColumn = (c: number) => {
    let n = 0;
    for (const r of bodyRows) if (!isBlankValue(grid.value(r, c))) n++;
    return n;
  };
  const enough = Math.max(1, Math.ceil(bodyRows.length * BLANK_HEADER_COLUMN_FILL_SHARE));
  // (past a spacer column, on a sheet laid out with them: the column after it)
  const spacers = spacerColumns(grid);
  const step = (c: number, d: number) => (spacers.has(c + d) ? 2 * d : d);
  // Past such a column, a headed one the body fills as well is the table's too: "Kode" written over the first of the
  // five code columns it heads (nothing merged), the blank-headed four between it and "Uraian".
  const headed = (c: number, crossed: boolean) => isBlankValue(grid.value(header.top, c)) || (crossed && typeof grid.value(header.top, c) === 'string');
  for (let d = step(l, -1); l + d >= 1 && !insideAny(others, header.top, l + d) && headed(l + d, l < left) && fillsColumn(l + d) >= enough; d = step(l, -1))
    l += d;
  for (let d = step(rr, 1); !insideAny(others, header.top, rr + d) && headed(rr + d, rr > right) && fillsColumn(rr + d) >= enough; d = step(rr, 1)) rr += d;
  // the right half of the last column, cut in two by a converter, its header over the left half only: figures in the
  // rows where that column is blank, never beside one of its own (recognise/columns: the column's twin)
  const half = rr + 1;
  const unheaded = (c: number) => Array.from({ length: header.rows }, (_, k) => header.top + k).every((r) => isBlankValue(grid.value(r, c)));
  if (!insideAny(others, header.top, half) && unheaded(half) && takeTurns(grid, rr, half, bodyRows)) rr = half;

  const pageRows = [...repeated].filter((r) => r > headerBottom && r <= bottom);
  // (one at the foot of a table that ends its sheet too: the table goes on on the next sheet, a page of the report)
  const carryRows = carries.filter((r) => r > headerBottom);
  return {
    range: { top: header.top, left: l, bottom, right: rr },
    bodyRows,
    ...(pageRows.length ? { pageRows: new Set(pageRows) } : {}),
    ...(carryRows.length ? { carryRows } : {}),
  };
}

/** A form's field: a label closed by a colon (in its cell or one of its own) with a figure after it. */
function isFormField(cells: Cell[]): boolean {
  const colon = cells.findIndex((c) => typeof c.value === 'string' && /:\s*$/.test(c.value));
  return colon >= 0 && cells.slice(colon + 1).some((c) => cellFigure(c).kind === 'figure');
}

/** A row whose first filled cell is a total label ("Jumlah", "TOTAL", "Jumlah Sekretariat Daerah"), no number before it. */
export function opensWithTotal(cells: Cell[]): boolean {
  const first = cells[0];
  return first !== undefined && typeof first.value === 'string' && isTotalLabel(textOf(first));
}

/** Notes under a table: the text of the few rows right below it, up to a blank gap or another table's header. */
export function notesBelow(grid: Grid, bottom: number, left: number, right: number): string[] {
  const out: string[] = [];
  let blanks = 0;
  for (let r = bottom + 1; r <= bottom + NOTE_ROWS_BELOW && blanks < BLANK_ROWS_ENDING_A_TABLE; r++) {
    const cells = grid.filledInRow(r, left, right);
    if (cells.length === 0) {
      blanks++;
      continue;
    }
    blanks = 0;
    // (a note written over several lines of one cell keeps them: a scale one band per line, bandsInNote)
    const text = cells.map(linesOf).join(' ').trim();
    if (!isNote(text) && cells.length > 2) break;
    out.push(text);
  }
  return out;
}

/** A cell's text, its lines each cleaned and kept apart by a line break. */
function linesOf(c: Cell): string {
  const v = c.value;
  if (typeof v !== 'string' || v.indexOf('\n') < 0) return textOf(c);
  return v.split(/\r?\n/).map(cleanText).filter(Boolean).join('\n');
}

/**
 * A caption: one or two cells of text within a few rows above the table — never a row of a table above it (the last
 * indikator of a PK, "4 | Angka Partisipasi Murni SD", over the PK's programme budget two blank rows below).
 */
export function captionAbove(grid: Grid, top: number, left: number, right: number, others: readonly Table[] = []): string | undefined {
  for (let r = top - 1; r >= Math.max(1, top - CAPTION_ROWS_ABOVE); r--) {
    const cells = grid.filledInRow(r, Math.max(1, left - 1), right);
    if (cells.length === 0) continue;
    if (others.some((t) => r >= t.range.top && r <= t.range.bottom && t.range.left <= right && t.range.right >= left - 1)) return undefined;
    const t = cells.map(textOf).join(' ');
    if (cells.length <= 2) return t;
    return undefined;
  }
  return undefined;
}
