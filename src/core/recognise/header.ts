/**
 * Header stage: where a table's header starts (a row of domain words), how many rows it has (group bands, sub-header
 * rows of Target/Realisasi/periods/years, a units row, a column-number row), each column's header path, and the same
 * header repeated at a page break.
 */
import { RangeRef } from '../address';
import { cellFigure } from '../figures';
import { Cell, Grid, isBlankValue } from '../snapshot';
import {
  columnLetterOf,
  columnNumberOf,
  isBareTotalLabel,
  isCaption,
  isHeaderWord,
  isPeriodNumeral,
  isPeriodBand,
  isOrdinalYear,
  isOrdinalYearBand,
  isSignatureLine,
  isMeasureLetter,
  isSubHeaderWord,
  isUnitText,
  isYearText,
  norm,
  roleFromHeader,
} from '../vocabulary';
import { parseInterval } from '../scale';
import { cellsIn, isHeaderish, textOf } from './cells';
import {
  COLUMN_NUMBER_RISE_SHARE,
  MAX_COLUMN_NUMBER,
  MAX_HEADER_MERGE_WIDTH,
  MAX_HEADER_ROWS,
  MAX_STRICT_HEADER_CELL_CHARS,
  MAX_SUBHEADER_CELL_CHARS,
  MIN_SPACERS,
  MIN_YEAR_RUN,
  SPACED_SHARE,
  STRICT_HEADER_WORD_SHARE,
  SUBHEADER_WORD_SHARE,
  TOP_HEADER_WORD_SHARE,
} from './thresholds';

/** A scale's band ("> 65% - 75%", "76 - 90", "≤ 50"): data of a skala table, never a header (years aside: "2020 - 2024"). */
function isBandText(t: string): boolean {
  const b = /\d/.test(t) ? parseInterval(t) : undefined;
  return !!b && (b.lower ?? 0) < 1000 && (b.upper ?? 0) < 1000;
}

/** A cell that may name a column: no figure, no caption, signature line, scale band or "label:" of a form. */
function mayNameColumn(c: Cell): boolean {
  const t = textOf(c);
  return isHeaderish(c) && !isCaption(t) && !isSignatureLine(t) && !isBandText(t) && !/:\s*$|^\s*:/.test(t);
}

/** The top row of a table's header: words of the domain in (nearly) every cell, nothing that reads as data. */
export function isTopHeaderRow(cells: Cell[], strict = false): boolean {
  const filled = cells.filter((c) => textOf(c) !== '');
  if (filled.length < 2) return false;
  let hits = 0;
  // (right of a run of years, "Rata-rata" or "Jumlah" names the years' mean or sum: "Indikator | 2020 … 2024 | Rata-rata")
  let years = 0;
  let totals = 0;
  /** Cells of words: text that is no year and no column number. */
  let words = 0;
  /** Cells naming the things a table of general data lists ("Desa", "Kecamatan", "Puskesmas"). */
  let entities = 0;
  for (const c of filled) {
    const t = textOf(c);
    if (!mayNameColumn(c)) return false;
    const year = isYearText(t);
    if (year) years++;
    if (typeof c.value === 'number' || year || columnNumberOf(t) !== undefined) continue;
    if (typeof c.value === 'string') words++;
    if (isHeaderWord(t)) hits++;
    else if (isBareTotalLabel(t)) totals++;
    else if (isEntityHeader(t)) entities++;
  }
  if (years >= MIN_YEAR_RUN) hits += totals;
  // (beside a word the vocabulary knows or a run of years, what the rows list: "No | Desa | Tahun 2023 | Tahun 2024 |
  // Pertumbuhan (%)", "Kecamatan | 2022 | 2023 | 2024")
  if ((hits > 0 || years >= MIN_YEAR_RUN) && !strict) hits += entities;
  if (words < 2 && !(words === 1 && filled.length >= 3)) return false;
  if (strict) return hits >= 2 && hits >= Math.ceil(words * STRICT_HEADER_WORD_SHARE) && filled.every((c) => textOf(c).length <= MAX_STRICT_HEADER_CELL_CHARS);
  if (words <= 3) return hits === words;
  return hits >= Math.ceil(words * TOP_HEADER_WORD_SHARE);
}

/** The columns that name what a table lists. */
const LABEL_ROLES = new Set(['indikator', 'uraian', 'sasaran']);

/**
 * A header naming the things a table of general data lists, one per row — places, units, commodities, services
 * ("Kecamatan", "Desa/Kelurahan", "Puskesmas", "Komoditas", "Ruas Jalan", "Jenis Penyakit"; any "Jenis …", "Nama …" or
 * "Tipe …": "Jenis Izin", "Nama Pasar"), or the months, ranks or schooling a count is split by ("Bulan", "Tingkat
 * Pendidikan", "Kelompok Umur"): the whole cell.
 */
const ENTITY_HEADER =
  /^(nama|jenis|tipe) [a-z][a-z /-]*$|^(nama |jenis )?(komoditas|komoditi|kecamatan|desa|kelurahan|desa ?\/ ?kel(urahan)?|kel(urahan)? ?\/ ?desa|puskesmas|sekolah|wilayah|daerah|kabupaten|kota|kabupaten ?\/ ?kota|provinsi|lokasi|ruas( jalan)?|jembatan|penyakit|layanan|fasilitas kesehatan|faskes|rumah sakit|pasar|sektor|sub ?sektor|lapangan usaha|komponen|objek|obyek|kelompok|golongan|jabatan|bidang|seksi|cabang|tanaman|ternak|jenis|bulan|unit( kerja)?|(tingkat |jenjang )?pendidikan|jenis kelamin|kelompok umur|umur|usia)$/;

/** Whether a header cell's text names what a table of general data lists (ENTITY_HEADER). */
const isEntityHeader = (text: string): boolean => ENTITY_HEADER.test(norm(text));

/** The rows under a header read to tell a column of names (each row its own) from a pivot's repeated measures. */
const NAME_ROWS_SEEN = 6;

/**
 * A row of column names the vocabulary does not know ("Kab. Sukamaju | Kota Sejahtera | Nasional") is still a table's
 * header where the table shows it: its first or second column names what it lists (the indikator, uraian or sasaran;
 * a pivot's "Year | Data | Books …" lists nothing so), every cell is a short name, and each of the next two rows holds
 * a figure under most of the other names — a block of figures under a row of names.
 */
export function isHeaderOverFigures(grid: Grid, row: number, cells: Cell[]): boolean {
  const filled = cells.filter((c) => textOf(c) !== '');
  if (filled.length < 3) return false;
  // (a year may head a band over names of its own: "Tahun 2024" over "Lama | Baru")
  const band = (c: Cell) => {
    const m = grid.mergeAt(row, c.col);
    return !!m && m.top === row && m.right > m.left;
  };
  for (const c of filled) {
    const t = textOf(c);
    if (typeof c.value !== 'string' || !mayNameColumn(c)) return false;
    if (t.length > MAX_STRICT_HEADER_CELL_CHARS || (isYearText(t) && !band(c)) || columnNumberOf(t) !== undefined) return false;
  }
  // (or a name column the body shows: a different name on each of the rows under it, "Status Kepegawaian" over "PNS",
  // "PPPK", "Honorer" — not a pivot's measures repeated down its rows, "Sum of Cost", "Sum of Revenue", "Sum of Cost" …)
  const namesRows = (c: Cell) => {
    const names = new Set<string>();
    for (let r = row + 1; r <= row + NAME_ROWS_SEEN; r++) {
      const cell = grid.get(r, c.col);
      const f = cellFigure(cell);
      if (f.kind === 'empty') continue;
      const name = norm(textOf(cell));
      if (f.kind !== 'text' || names.has(name)) return false;
      names.add(name);
    }
    return names.size >= 2;
  };
  if (!filled.slice(0, 2).some((c) => LABEL_ROLES.has(roleFromHeader([textOf(c)]) ?? '') || isEntityHeader(textOf(c)) || namesRows(c))) return false;
  // the names a figure can stand under: all but the label columns the vocabulary names (No, Indikator, Uraian …);
  // under a band merged over names of its own ("Jumlah Sekolah" over "Negeri | Swasta"), those names, a row further down
  const leaves = namesUnderBands(grid, row, row + 1, cellsUnder(grid, row + 1, filled));
  if (!leaves && filled.some((c) => isYearText(textOf(c)))) return false;
  const named = leaves ?? filled.filter((c) => !isHeaderWord(textOf(c)));
  if (named.length < 2) return false;
  const first = leaves ? row + 2 : row + 1;
  let rowsWithFigures = 0;
  for (let r = first; r <= first + 1; r++) {
    let figures = 0;
    for (const c of named) {
      // (under a name merged across its column and a spacer beside it, the figure in either)
      const m = grid.mergeAt(c.row, c.col);
      const last = m && m.top === c.row ? m.right : c.col;
      for (let col = c.col; col <= last; col++) {
        const below = grid.get(r, col);
        if (below && cellFigure(below).kind === 'figure') {
          figures++;
          break;
        }
      }
    }
    if (figures * 3 >= named.length * 2) rowsWithFigures++;
  }
  return rowsWithFigures === 2;
}

/** A row's filled cells from the first column of the cells given to the last (and the last one's merge). */
function cellsUnder(grid: Grid, row: number, span: Cell[]): Cell[] {
  const left = span[0].col;
  const right = span[span.length - 1].col;
  const m = grid.mergeAt(span[span.length - 1].row, right);
  const end = m ? Math.max(right, m.right) : right;
  return grid.filledInRow(row).filter((c) => c.col >= left && c.col <= end);
}

/**
 * Short names each under a band merged across two columns or more above them ("Jumlah Sekolah" over "Negeri | Swasta",
 * "Sumber Dana" over "APBD | DAK | BOS", "Tahun 2024" over "Lama | Baru"), the band's row from `bandsFrom` on: the
 * leaves a grouped header's figures stand under, whatever words they are. Undefined unless every band above has two
 * names or more under it and every name stands under one.
 */
export function namesUnderBands(grid: Grid, bandsFrom: number, row: number, cells: Cell[]): Cell[] | undefined {
  if (cells.length < 2) return undefined;
  const count = new Map<RangeRef, number>();
  for (const c of cells) {
    const t = textOf(c);
    if (typeof c.value !== 'string' || t.length > MAX_SUBHEADER_CELL_CHARS || isYearText(t) || columnNumberOf(t) !== undefined) return undefined;
    let band: RangeRef | undefined;
    for (let r = bandsFrom; r < row && !band; r++) {
      const m = grid.mergeAt(r, c.col);
      if (m && m.top === r && m.bottom < row && m.right > m.left) band = m;
    }
    if (!band) return undefined;
    count.set(band, (count.get(band) ?? 0) + 1);
  }
  for (const n of count.values()) if (n < 2) return undefined;
  return cells;
}

/** Whether the row below holds a figure under two of three names at least. */
function figuresUnder(grid: Grid, row: number, names: Cell[]): boolean {
  let figures = 0;
  for (const c of names) if (cellFigure(grid.get(row, c.col)).kind === 'figure') figures++;
  return figures * 3 >= names.length * 2;
}

export function isColumnNumberRow(cells: Cell[]): boolean {
  const filled = cells.filter((c) => textOf(c) !== '');
  if (filled.length < 3) return false;
  // numbered (1) (2) … or lettered a b c … (each its own kind throughout)
  const numbered = filled.map((c) => (typeof c.value === 'number' ? c.value : columnNumberOf(textOf(c))));
  const nums = numbered.every((n) => n !== undefined) ? numbered : filled.map((c) => (typeof c.value === 'string' ? columnLetterOf(c.value) : undefined));
  if (nums.some((n) => n === undefined || !Number.isInteger(n) || n < 1 || n > MAX_COLUMN_NUMBER)) return false;
  let up = 0;
  for (let i = 1; i < nums.length; i++) {
    if ((nums[i] as number) < (nums[i - 1] as number)) return false;
    if ((nums[i] as number) > (nums[i - 1] as number)) up++;
  }
  return up >= Math.ceil((nums.length - 1) * COLUMN_NUMBER_RISE_SHARE);
}

/** Columns a row's content (and its merges) covers. */
export function coveredColumns(grid: Grid, row: number, cells: Cell[], into: Set<number>): void {
  for (const c of cells) {
    const m = grid.mergeAt(row, c.col);
    if (m && m.right - m.left < MAX_HEADER_MERGE_WIDTH) for (let k = m.left; k <= m.right; k++) into.add(k);
    else into.add(c.col);
  }
  for (const m of grid.mergesAtRow(row)) {
    if (m.top < row && m.right - m.left < MAX_HEADER_MERGE_WIDTH && !isBlankValue(grid.value(m.top, m.left))) {
      for (let k = m.left; k <= m.right; k++) into.add(k);
    }
  }
}

export function clusters(cols: Set<number>): Array<[number, number]> {
  const sorted = [...cols].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/**
 * Whether a merged header cell groups what stands under it in a row: two cells or more, or one narrower than it. One
 * cell merged across the very same columns (every cell two sheet columns wide, as PDF converters write tables) is the
 * next row of the same column, not a sub-header.
 */
function groups(grid: Grid, m: RangeRef, row: number, cells: Cell[]): boolean {
  let under: Cell | undefined;
  for (const c of cells) {
    if (c.col < m.left || c.col > m.right) continue;
    if (under) return true;
    under = c;
  }
  if (!under) return false;
  const own = grid.mergeAt(row, under.col);
  if (!own) return true;
  // narrower than it, within it (a cell reaching beyond it — a sasaran merged across the whole table — stands under
  // no header cell: a row of the body)
  return (own.left !== m.left || own.right !== m.right) && own.left >= m.left && own.right <= m.right;
}

/** Does something in the header rows above span horizontally over this row's cells (merged or grouped)? */
export function hasGroupSupport(grid: Grid, headerTop: number, row: number, left: number, right: number, cells: Cell[]): boolean {
  const near = new Set<RangeRef>();
  for (let r = headerTop; r <= row; r++) for (const m of grid.mergesAtRow(r)) near.add(m);
  for (const m of near) {
    if (m.top >= headerTop && m.top < row && m.left >= left && m.right <= right) {
      if (m.right > m.left && groups(grid, m, row, cells)) return true;
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

export function isSubHeaderRow(grid: Grid, headerTop: number, row: number, left: number, right: number): boolean {
  const cells = cellsIn(grid, row, left, right);
  if (cells.length === 0) return false;
  // the years of a plan numbered under their band ("Target Renstra Tahun ke-" over "1 | 2 | 3 | 4 | 5"), typed as numbers,
  // beside words under other bands ("Rata-rata Pertumbuhan" over "Anggaran | Realisasi")
  const ordinal = new Set(cells.filter((c) => isOrdinalYear(textOf(c)) && underBand(grid, headerTop, row, c.col, isOrdinalYearBand)));
  if (ordinal.size >= 2 && cells.every((c) => ordinal.has(c) || (typeof c.value === 'string' && isHeaderWord(textOf(c))))) return true;
  if (!cells.every((c) => isHeaderish(c) && textOf(c).length <= MAX_SUBHEADER_CELL_CHARS)) return false;
  // Words or years only: a row with counts in it ("S2 | 3 | IV/c | 1") is data.
  if (cells.some((c) => !isYearText(textOf(c)) && (typeof c.value === 'number' || columnNumberOf(textOf(c)) !== undefined))) return false;
  if (cells.some((c) => isCaption(textOf(c)))) return false;
  if (cells.every((c) => isYearText(textOf(c)))) return true;
  // the quarters numbered under their band ("Target Triwulan" over "I | II | III | IV")
  if (cells.length >= 2 && cells.every((c) => isPeriodNumeral(textOf(c))) && periodBandAbove(grid, headerTop, row, cells)) return true;
  const sub = cells.filter((c) => isSubHeaderWord(textOf(c)) || isYearText(textOf(c))).length;
  if (sub >= Math.ceil(cells.length * SUBHEADER_WORD_SHARE)) return true;
  if (
    hasGroupSupport(grid, headerTop, row, left, right, cells) &&
    cells.some((c) => isHeaderWord(textOf(c)) || isYearText(textOf(c)) || isMeasureLetter(textOf(c)))
  )
    return true;
  // names of any words, each under a band above, with figures under them on the next row ("Negeri | Swasta")
  return !!namesUnderBands(grid, headerTop, row, cells) && figuresUnder(grid, row + 1, cells);
}

/**
 * A band above each of the cells (between the header's top and the row) that names a period: "Target Triwulan",
 * "Semester" — one band over them all, or one each ("Target Triwulan" and "Realisasi Triwulan" over "I … IV" twice).
 */
function periodBandAbove(grid: Grid, headerTop: number, row: number, cells: Cell[]): boolean {
  return cells.every((c) => underBand(grid, headerTop, row, c.col, isPeriodBand));
}

/** A band of the kind `is` tells, above a column between the header's top and the row. */
function underBand(grid: Grid, headerTop: number, row: number, col: number, is: (text: string) => boolean): boolean {
  for (let r = headerTop; r < row; r++) {
    const m = grid.mergeAt(r, col);
    if (m) {
      if (m.top === r && m.right > m.left && is(textOf(grid.get(m.top, m.left)))) return true;
      continue;
    }
    // nothing merged: the band written once at the left, the row blank after it as far as the numeral
    for (let k = col; k >= 1; k--) {
      const t = textOf(grid.get(r, k));
      if (t === '' && !grid.mergeAt(r, k)) continue;
      if (t !== '' && !grid.mergeAt(r, k) && is(t)) return true;
      break;
    }
  }
  return false;
}

export interface HeaderBlock {
  top: number;
  rows: number; // including the column-number row
  columnNumberRow?: number;
}

/**
 * Whether a header's first row is written two rows tall: its cells merged down to reach a row below it, two at least
 * and more than half of them (a cell added later, a Keterangan at the right, is often left one row tall).
 */
function mergedDown(grid: Grid, top: number, row: number, left: number, right: number): boolean {
  const cells = cellsIn(grid, top, left, right);
  let down = 0;
  for (const c of cells) {
    const m = grid.mergeAt(top, c.col);
    if (m && m.top === top && m.bottom >= row) down++;
  }
  return down >= 2 && down * 2 > cells.length;
}

export function readHeader(grid: Grid, top: number, left: number, right: number): HeaderBlock {
  let rows = 1;
  let columnNumberRow: number | undefined;
  while (rows < MAX_HEADER_ROWS) {
    const r = top + rows;
    const cells = cellsIn(grid, r, left, right);
    if (cells.length === 0) {
      // a row fully covered by vertical merges from above is still header where a sub-header row follows it, or the
      // row numbering the columns "(1) (2) …" (a cell left unmerged, a Keterangan added later, does not end it)
      const coveredByMerge = grid.mergesAtRow(r).some((m) => m.top < r && m.top >= top && m.left >= left && m.right <= right);
      const below = rows < MAX_HEADER_ROWS - 1 ? cellsIn(grid, r + 1, left, right) : [];
      if (coveredByMerge && below.length > 0 && (isSubHeaderRow(grid, top, r + 1, left, right) || isColumnNumberRow(below))) {
        rows++;
        continue;
      }
      // so is a row the header's first row is merged down over (a header written two rows tall)
      if (coveredByMerge && mergedDown(grid, top, r, left, right)) {
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

/**
 * Whether a column has header text of its own in a header row below `row`: not a column number, and not a unit unless
 * its row names more than units ("K | Rp" under a band is a header; "(Rp) | (%)" under every column is a units row).
 */
function headedBelow(grid: Grid, h: HeaderBlock, row: number, col: number): boolean {
  for (let r = row + 1; r < h.top + h.rows; r++) {
    if (r === h.columnNumberRow) return false;
    const t = textOf(grid.get(r, col));
    if (t === '') continue;
    return !isUnitText(t) || grid.filledInRow(r).some((c) => textOf(c) !== '' && !isUnitText(textOf(c)));
  }
  return false;
}

/** Whether a header cell (written or merged) starts at this column in a header row above `row`. */
function startsAbove(grid: Grid, top: number, row: number, col: number): boolean {
  for (let r = top; r < row; r++) {
    const m = grid.mergeAt(r, col);
    if (m ? m.left === col && m.top === r : textOf(grid.get(r, col)) !== '') return true;
  }
  return false;
}

/** The header text path of each column: group headers first, then the leaf. */
export function headerPaths(grid: Grid, h: HeaderBlock, left: number, right: number): Map<number, string[]> {
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
        // (a column-number or units row below says nothing of groups: "(9)" or "(%)" under a blank is no sub-header)
        if (text === '' && i < h.rows - 1 && r + 1 !== h.columnNumberRow) {
          // inherit a group header written once at the left of its group, where the column has a header of its own
          // further down (the next row, or the one under it when a band's parts are grouped too: "Triwulan" over
          // "I | (blank)" over "K | Rp")
          if (headedBelow(grid, h, r, c)) {
            for (let k = c - 1; k >= left; k--) {
              // (a group never reaches past where the group above it ends: "IV" is no part of the next band)
              if (startsAbove(grid, h.top, r, k + 1)) break;
              const t = textOf(grid.get(r, k));
              if (t !== '') {
                if (headedBelow(grid, h, r, k)) text = t;
                break;
              }
            }
          }
        }
      }
      if (text === '') continue;
      const path = paths.get(c)!;
      // a units row's "(Rp)" belongs to the leaf above it ("Jumlah (Rp)"), as if written in the same cell
      if (path.length && isUnitText(text)) path[path.length - 1] = `${path[path.length - 1]} ${text}`;
      else path.push(text);
    }
  }
  return paths;
}

/**
 * The words of a header row in the table's own columns, to spot the same header repeated at a page break. Only the
 * table's columns count: a small table beside the first page (its header on the same row) is not part of it.
 */
export function headerSignature(grid: Grid, row: number, left: number, right: number): string[] {
  return cellsIn(grid, row, left, right).map((c) => `${c.col}:${norm(textOf(c))}`);
}

/**
 * The empty columns of a sheet laid out with a spacer between every two columns (as PDF converters write tables when
 * they do not merge): each empty the whole sheet through, between two filled ones, and together at least
 * SPACED_SHARE of the columns the sheet uses. Empty otherwise — a gap or two between side-by-side tables is no such
 * layout.
 */
export function spacerColumns(grid: Grid): ReadonlySet<number> {
  const known = spacerCache.get(grid);
  if (known) return known;
  const found = findSpacers(grid);
  spacerCache.set(grid, found);
  return found;
}

const spacerCache = new WeakMap<Grid, ReadonlySet<number>>();

function findSpacers(grid: Grid): ReadonlySet<number> {
  const width = grid.maxCol - grid.minCol + 1;
  if (width < 3) return NO_COLUMNS;
  const filled = grid.filledColumns();
  const spacers = new Set<number>();
  for (let k = 1; k + 1 < width; k++) if (!filled[k] && filled[k - 1] && filled[k + 1]) spacers.add(grid.minCol + k);
  return spacers.size >= MIN_SPACERS && spacers.size >= width * SPACED_SHARE ? spacers : NO_COLUMNS;
}

const NO_COLUMNS: ReadonlySet<number> = new Set();

export function sameHeaderText(grid: Grid, signature: string[], headerTop: number, row: number, left: number, right: number): boolean {
  // The same words in the same columns: a header repeated at a page break. One cell more or less is a new table.
  const cells = cellsIn(grid, row, left, right);
  if (signature.length < 2 || cells.length !== signature.length) return false;
  // a header one column wider (a word right after the last column, where the table's own header has a gap) is a
  // new table with more columns, not this one repeated
  // (past a spacer column, on a sheet laid out with them)
  const next = spacerColumns(grid).has(right + 1) ? right + 2 : right + 1;
  if (!isBlankValue(grid.value(row, next)) && isBlankValue(grid.value(headerTop, next))) return false;
  // cheap test first: the first cell's text
  if (`${cells[0].col}:${norm(textOf(cells[0]))}` !== signature[0]) return false;
  const set = new Set(signature);
  return cells.every((c) => set.has(`${c.col}:${norm(textOf(c))}`));
}
