/**
 * Table recognition, as stages: blocks (a header row of domain words, split into side-by-side clusters) → header rows
 * → extent (down to the last row) → columns (roles, years, periods, units) → rows (levels and parents) → scale bands
 * → kind. Each stage is its own module with its own tests; the words are in vocabulary.ts and the numbers in
 * thresholds.ts. Every rule here comes from how reports are written, never from a particular workbook.
 */
import { cellFigure, formatScale, conventionVotes, generalDecimals, readEnglishColumns, settleNumberConvention, showDates } from '../figures';
import { TableModel } from '../model';
import { sharePolarity } from '../ratios';
import { blankMergedContents, Cell, cellsOfRow, Grid, isBlankValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { ColumnRole, FIGURE_ROLES, Table, TableRow } from '../types';
import { LOWER_BOUND_HEADER, readBands, UPPER_BOUND_HEADER } from './bands';
import { cellsIn, hasFigureText, hasNumber, isHeaderish, textOf } from './cells';
import { joinCutLabels, readColumns, takeTurns } from './columns';
import { captionAbove, findExtent, insideAny, notesBelow, opensWithTotal, rowInsideTables } from './extent';
import {
  columnNumberOf,
  headerMagnitude,
  isBarePercentHeader,
  isChangeHeader,
  isCountUnit,
  isFigureSign,
  isMeasureUnitHeader,
  isPercentHeader,
  isPercentUnitHeader,
  isRatingLabel,
  isRupiahUnitHeader,
  isYearNumber,
  isYearText,
  isYearValue,
  norm,
  roleFromHeader,
  tableMagnitude,
} from '../vocabulary';
import {
  clusters,
  coveredColumns,
  headerPaths,
  HeaderBlock,
  isColumnNumberRow,
  isHeaderOverFigures,
  isTopHeaderRow,
  readHeader,
  spacerColumns,
} from './header';
import { classifyRows } from './hierarchy';
import { addHeaderlessParts, linkPages, SheetTables } from './pages';
import { markMeasureRows } from './measure-rows';
import { markWeightedTotal } from './weighted-total';
import { classify } from './kind';
import { bandsInNote, looseScales } from './loose-scales';
import { parseInterval } from '../scale';
import {
  MAX_BAND_LABEL_CHARS,
  MAX_HEADER_ROWS,
  MAX_SPACER_COLUMNS,
  MIN_YEAR_BANDS,
  MIN_YEAR_RUN,
  SCALE_MAX_COLUMNS,
  SCALE_SAMPLE,
  SIGN_COLUMN_ROWS,
} from './thresholds';

/** Every table of every sheet, in workbook order, as the table model. */
export function recogniseWorkbook(snapshot: WorkbookSnapshot): TableModel[] {
  const tables: TableModel[] = [];
  const sheets: SheetTables[] = [];
  const read: Array<{ s: (typeof snapshot.sheets)[number]; grid: Grid; found: Table[]; texts: Cell[]; counted: Set<Cell> }> = [];
  let votes = 0;
  for (const s of snapshot.sheets) {
    if (isOurReportSheet(s)) continue;
    blankMergedContents(s);
    showDates(s);
    const grid = new Grid(s);
    // ("848,886" beside "2,167,781" is 848 886 before any column is judged by the size of its figures)
    readEnglishColumns(grid);
    const hiddenCols = s.hiddenCols?.length ? new Set(s.hiddenCols) : undefined;
    const found = recogniseSheet(grid, hiddenCols);
    const counted = new Set<Cell>();
    const texts = figureCells(grid, found, counted);
    votes += conventionVotes(texts);
    read.push({ s, grid, found, texts, counted });
  }
  // (a sheet whose figures typed as text are all ambiguous, "2,186 | 2,323", was typed as the workbook's others were)
  const book = votes > 0 ? 'en' : votes < 0 ? 'id' : undefined;
  for (const { s, grid, found, texts, counted } of read) {
    const own: TableModel[] = [];
    const hiddenRows = s.hiddenRows?.length ? new Set(s.hiddenRows) : undefined;
    // "1,020" and "12.500" read the way the sheet's other figures typed as text show it writes them
    settleNumberConvention(texts, book, counted);
    for (const t of found) {
      if (hiddenRows) for (const r of t.rows) if (hiddenRows.has(r.row)) r.hidden = true;
      if (s.hidden) t.sheetHidden = true;
      own.push(new TableModel(t, grid));
    }
    sheets.push({ grid, hidden: !!s.hidden, tables: own, ...(hiddenRows ? { hiddenRows } : {}) });
  }
  // a table a PDF converter put on one sheet per page: the rows of a page with no header of its own, and every part
  // linked across the sheets
  addHeaderlessParts(sheets);
  linkPages(sheets);
  for (const s of sheets) for (const t of s.tables) tables.push(t);
  // an indikator's polarity is the workbook's: one table's declaration holds in the others
  sharePolarity(tables);
  return tables;
}

/**
 * The text cells of the tables' figure columns, body rows only (a stored number says nothing of a convention); into
 * `counted`, those that count things whole (isCountUnit): under a header closing with such a unit ("Realisasi
 * (orang)"), or a row's target and realisasi where its Satuan names one ("Orang", "Dokumen").
 */
function figureCells(grid: Grid, tables: Table[], counted: Set<Cell>): Cell[] {
  const out: Cell[] = [];
  for (const t of tables) {
    const satuan = t.columns.find((c) => c.role === 'satuan');
    /** The rows whose Satuan names a unit counted whole (read once, where a target or realisasi asks). */
    let countRows: Set<number> | undefined;
    for (const c of t.columns) {
      if (!c.role || !FIGURE_ROLES.has(c.role)) continue;
      const from = out.length;
      textCellsIn(grid, t.rows, c.col, out);
      if (from === out.length || c.unit === 'percent' || c.unit === 'money') continue;
      if (isCountUnit(c.header.split(' / ').pop() ?? '')) for (let k = from; k < out.length; k++) counted.add(out[k]);
      else if (satuan && (c.role === 'target' || c.role === 'realisasi')) {
        countRows ??= new Set(
          t.rows
            .filter((r) => {
              const v = grid.value(r.row, satuan.col);
              return typeof v === 'string' && isCountUnit(v);
            })
            .map((r) => r.row),
        );
        for (let k = from; k < out.length; k++) if (countRows.has(out[k].row)) counted.add(out[k]);
      }
    }
  }
  return out;
}

/** A column's text cells among the rows, added to `out` (a walk of its own: V8 optimises it once for every column). */
function textCellsIn(grid: Grid, rows: readonly TableRow[], col: number, out: Cell[]): void {
  for (const r of rows) {
    // (the value first: a stored number, most of a large table's, is no text and needs no cell object)
    if (typeof grid.value(r.row, col) !== 'string') continue;
    const cell = grid.get(r.row, col);
    if (cell) out.push(cell);
  }
}

/** Adds the tables whose header starts at row r to `tables` (none where the row is inside a table found, or heads nothing). */
function tablesFrom(grid: Grid, r: number, tables: Table[], spacers: ReadonlySet<number>, hiddenCols?: ReadonlySet<number>): void {
  // a header needs two cells of words, or one beside a run of years ("Indikator | 2020 | 2021 | 2022 …"), or beside
  // years each merged over its group ("Indikator Kinerja | 2023 | 2024" over "T | R | C (%)" twice)
  const { filled: count, texts: words } = grid.filledCount(r);
  // a header of years alone over a block of figures, the indikator named left of them under no header (read only
  // where the row's first cell is a year: a large table's rows of bare figures cost one look each)
  if (words === 0 || words === count) {
    const from = count >= MIN_YEAR_RUN ? grid.rowSpan(r)?.[0] : undefined;
    const t =
      from !== undefined && isYearValue(grid.value(r, from)) && !rowInsideTables(grid, tables, r) ? yearsOnlyTable(grid, r, tables, hiddenCols) : undefined;
    if (t) tables.push(t);
    if (t || words === 0) return;
  }
  // (rows of the tables found: their cells are theirs; one text and too few numbers for a run of years: no header)
  if (rowInsideTables(grid, tables, r) || (words === 1 && count - 1 < MIN_YEAR_RUN && (count - 1 < MIN_YEAR_BANDS || !grid.mergesAtRow(r).length))) return;
  const filled = grid.filledInRow(r);
  if (words < 2 && !(words === 1 && (yearRun(filled) >= MIN_YEAR_RUN || yearRun(filled, grid) >= MIN_YEAR_BANDS))) return;
  const rowCells = tables.length ? filled.filter((c) => !insideAny(tables, r, c.col)) : filled;
  if (rowCells.length < 2) return;
  // Side-by-side tables: split the row into clusters of columns that the header block covers together.
  const cols = new Set<number>();
  coveredColumns(grid, r, rowCells, cols);
  const headerCells = [...rowCells];
  let headerBottom = r;
  for (let k = 1; k < MAX_HEADER_ROWS; k++) {
    const next = grid.filledInRow(r + k).filter((c) => !insideAny(tables, r + k, c.col));
    // a row the header's cells are merged down over, nothing of its own: the header goes on below it (a band written
    // two rows tall over its sub-header "S2 | S1 | D-III")
    if (next.length === 0 && grid.mergesAtRow(r + k).some((m) => m.top >= r && m.top < r + k)) continue;
    if (next.length === 0 || !next.every((c) => isHeaderish(c))) break;
    coveredColumns(grid, r + k, next, cols);
    headerCells.push(...next);
    headerBottom = r + k;
  }
  // a column of signs under no header of its own ("104 | %", "Rp | 1.250.000", nothing merged over the pair) is its
  // figures' column's: no gap between tables
  if (isTopHeaderRow(rowCells)) bridgeSignColumns(grid, headerBottom + 1, cols, spacers);
  // a spacer column between two header columns joins them
  for (const k of spacers) if (cols.has(k - 1) && cols.has(k + 1)) cols.add(k);
  // A cluster's own header: the rows above the first one numbered as a body row is ("1 | Opini BPK | WTP | WTP |
  // Tercapai", an indikator measured in words, all header-like but its No, typed as a number or as text) — that row
  // names no column, though it widened the clusters above
  let bodyFrom = headerBottom + 1;
  for (let k = r + 1; k <= headerBottom; k++) {
    const cells = grid.filledInRow(k);
    if ((hasNumber(cells) || hasFigureText(cells)) && !isColumnNumberRow(cells)) {
      bodyFrom = k;
      break;
    }
  }
  const headerOf = (left: number, right: number) => headerCells.filter((c) => c.col >= left && c.col <= right && c.row < bodyFrom);
  // (a scale, "Capaian (%) | Kategori" over "≥ 110 | AA", names its rows by its ranges: a table of its own)
  const overRanges = (left: number, right: number) => isScaleCluster(grid, headerOf(left, right), headerBottom);
  // (a header in words no vocabulary knows, "Pencapaian | Prosentase", where a PDF converter cut each column in two: the
  // gap before it is the last column's half, headed by nothing, holding figures, and the cluster's first rows hold
  // figures only, in its columns or the half right of it)
  const overFigures = (gapLeft: number, left: number, right: number) => {
    if (!figuresBelow(grid, headerBottom, left, right + 1)) return false;
    let gapFigures = true;
    for (let col = gapLeft; col < left; col++) if (!figureIn(grid, headerBottom, col)) gapFigures = false;
    return gapFigures || cutInTwo(grid, headerBottom, left, right);
  };
  // (an empty column a table keeps between two of its columns, blank from its header down, as a table typed in Word
  // keeps a spacer: one column wide — two or more apart, tables stand side by side —, the rows right of it the rows left
  // of it down to the same last row (rowsGoOnAcross; figures worked out from the left part's may end above it), no header
  // of the left part again atop the right, and the right part no table of its own: figures where the left part only
  // numbers or names the rows ("Kode | · | Program/Kegiatan | Pagu …", "No | Sasaran | · | Indikator | Target …"), a
  // remark ("Capaian (%) | · | Kategori"), figures that name no row ("No | Indikator | · | Satuan | 2020 …"), or names
  // written once for several of the left part's rows (writtenAlongRows); a scale only with the No column of its bands)
  const spacerInside = (prevLeft: number, gapLeft: number, left: number, right: number) => {
    if (left - gapLeft !== 1) return false;
    const before = headerOf(prevLeft, gapLeft - 1);
    const after = headerOf(left, right);
    // (a scale is a table of its own — but for the No column numbering its bands, "No | · | Skala Nilai | Kategori")
    if (overRanges(left, right)) return onlyNumbers(before) && rowsGoOnAcross(grid, r, bodyFrom, prevLeft, gapLeft, left, right, true, false);
    // (the same words again on its first header row right of it: a second block of the same measures, a table of its
    // own — not the same leaves under another period's band, "Semester I | · | Semester II" over "Trgt | Rea. | Cap.")
    const words = new Set(before.map((c) => norm(textOf(c))));
    if (after.some((c) => c.row === r && words.has(norm(textOf(c))))) return false;
    // (what only numbers or names the rows is left blank on some: a total's row, a heading's, an indikator's under its
    // sasaran or sub kegiatan written once)
    const labels = onlyNumbers(before) || onlyLabels(before);
    // (a header of a row's name over figures names no row: "Sasaran Ibu Hamil" in an SPM table counts the mothers aimed
    // at — but a No numbers them)
    const unnamed = !namesRows(after.filter((c) => onlyNumbers([c]) || !figureIn(grid, headerBottom, c.col)));
    const own =
      (labels && namesSomeFigure(after)) ||
      onlyRemarks(after) ||
      (unnamed && (namesSomeFigure(after) || figuresBelow(grid, headerBottom, left, right))) ||
      writtenAlongRows(grid, bodyFrom, prevLeft, gapLeft, left, right);
    return own && rowsGoOnAcross(grid, r, bodyFrom, prevLeft, gapLeft, left, right, labels, unnamed);
  };
  for (const [left, right] of joinSpacedFigures(clusters(cols), headerOf, spacers, overRanges, overFigures, spacerInside)) {
    const cells = rowCells.filter((c) => c.col >= left && c.col <= right);
    if (!isTopHeaderRow(cells) && !isHeaderOverFigures(grid, r, cells) && !overRanges(left, right)) continue;
    if (insideAny(tables, r, left)) continue;
    const header = readHeader(grid, r, left, right);
    const t = buildTable(grid, header, left, right, tables, hiddenCols);
    if (t) tables.push(t);
  }
}

export function recogniseSheet(grid: Grid, hiddenCols?: ReadonlySet<number>): Table[] {
  const tables: Table[] = [];
  const spacers = spacerColumns(grid);
  // (each row in a function of its own: the loop over a large sheet's rows is then optimised without the header's
  // reading, which its first rows only take)
  for (const r of grid.rowNumbers) tablesFrom(grid, r, tables, spacers, hiddenCols);
  // A budget list with nothing realised (No | Kegiatan | Anggaran) on the PK's sheet, under its indikator table or on a
  // sheet named for it, is the PK's budget: its kegiatan or sub kegiatan and their anggaran.
  const pkSheet = /\bpk\b|perjanjian kinerja/i.test(grid.name) || tables.some((t) => t.kind === 'perjanjian-kinerja');
  if (pkSheet) for (const t of tables) if (t.kind === 'lainnya' && isBudgetList(t)) t.kind = 'perjanjian-kinerja';
  tables.push(...looseScales(grid, tables));
  return tables;
}

/**
 * Programmes, kegiatan or sub kegiatan and their anggaran, nothing else figured (no realisasi, target, serapan or
 * count). A list of belanja by type ("Target Belanja | Anggaran") is not the PK's.
 */
function isBudgetList(t: Table): boolean {
  let names = 0;
  let anggaran = 0;
  for (const c of t.columns) {
    if (c.role === 'uraian' && /program|kegiatan/i.test(c.header)) names++;
    else if (c.role === 'uraian') return false;
    else if (c.role === 'anggaran') anggaran++;
    else if (c.role && c.role !== 'no' && c.role !== 'keterangan') return false;
  }
  return names > 0 && anggaran > 0;
}

/**
 * The longest run of consecutive years typed as numbers, left to right (2020, 2021, 2022 …); given the grid, of years
 * each merged over two columns or more (a band over its year's group).
 */
function yearRun(cells: Cell[], bands?: Grid): number {
  let best = 0;
  let run = 0;
  let prev = NaN;
  for (const c of cells) {
    const v = c.value;
    const m = bands?.mergeAt(c.row, c.col);
    const year = isYearNumber(v) && (!bands || (m !== undefined && m.right > m.left));
    run = year ? (v === prev + 1 ? run + 1 : 1) : 0;
    prev = year ? v : NaN;
    if (run > best) best = run;
  }
  return best;
}

/**
 * "· | 2020 | 2021 | 2022 | 2023 | 2024" — a header of consecutive years alone (no word over them, the caption above
 * saying what they hold), the rows named in words in the column just left of the first year, figures under most of
 * the years in the row below: a table from that column to the last year.
 */
function yearsOnlyTable(grid: Grid, r: number, tables: Table[], hiddenCols?: ReadonlySet<number>): Table | undefined {
  const filled = grid.filledInRow(r).filter((c) => !insideAny(tables, r, c.col));
  if (filled.length < MIN_YEAR_RUN) return undefined;
  for (let i = 0; i < filled.length; i++)
    if (!isYearValue(filled[i].value) || (i > 0 && Number(filled[i].value) !== Number(filled[i - 1].value) + 1)) return undefined;
  const first = filled[0].col;
  const last = filled[filled.length - 1].col;
  if (last - first + 1 !== filled.length || first < 2) return undefined;
  const label = first - 1;
  if (!isBlankValue(grid.value(r, label)) || typeof grid.value(r + 1, label) !== 'string') return undefined;
  let figures = 0;
  for (let c = first; c <= last; c++) if (cellFigure(grid.get(r + 1, c)).kind === 'figure') figures++;
  if (figures * 2 < filled.length) return undefined;
  return buildTable(grid, readHeader(grid, r, label, last), label, last, tables, hiddenCols);
}

/**
 * A blank header column right of a header column (past its spacer, on a sheet laid out with spacer columns) whose
 * cells below are all figure signs ("%", "Rp") belongs to the header: added to cols. A table's columns go on past it
 * (a Keterangan right of "70 | %" is the same table's, not one of its own).
 */
function bridgeSignColumns(grid: Grid, below: number, cols: Set<number>, spacers: ReadonlySet<number>): void {
  const added: number[] = [];
  for (const c of cols) {
    const k = spacers.has(c + 1) ? c + 2 : c + 1;
    if (cols.has(k) || spacers.has(k)) continue;
    let signs = 0;
    let other = false;
    for (let r = below; r < below + SIGN_COLUMN_ROWS && !other; r++) {
      const cell = grid.get(r, k);
      if (!cell || isBlankValue(cell.value)) continue;
      if (typeof cell.value === 'string' && isFigureSign(cell.value)) signs++;
      else other = true;
    }
    if (signs > 0 && !other) added.push(k);
  }
  for (const k of added) cols.add(k);
}

/**
 * Side-by-side clusters that are one table with spacer columns: a cluster whose header names only figures (Target |
 * Realisasi, Capaian) has nothing to say what its rows are, so it continues the table on its left. A cluster that
 * names its rows (an indikator, a program, a scale's ranges or predikat) is a table of its own.
 */
function joinSpacedFigures(
  spans: Array<[number, number]>,
  headerOf: (left: number, right: number) => Cell[],
  spacers: ReadonlySet<number>,
  overRanges: (left: number, right: number) => boolean,
  overFigures: (gapLeft: number, left: number, right: number) => boolean,
  spacerInside: (prevLeft: number, gapLeft: number, left: number, right: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    const [left, right] = span;
    // (on a sheet laid out with spacers, every other empty column is one: 3 empty columns are one real gap)
    const raw = last ? left - last[1] - 1 : 0;
    const gap = spacers.size ? Math.floor(raw / 2) : raw;
    if (
      last &&
      gap <= MAX_SPACER_COLUMNS &&
      ((figuresOnly(headerOf(left, right), () => overFigures(last[1] + 1, left, right)) && !overRanges(left, right)) ||
        (!spacers.size && spacerInside(last[0], last[1] + 1, left, right)))
    )
      last[1] = right;
    else out.push([left, right]);
  }
  return out;
}

/**
 * Whether every header cell that names something has one of `roles` (a row's numbering read with the header, "I" or
 * "1.1", counting as a No where `numbers`), and one at least does.
 */
function namesOnly(cells: Cell[], roles: ReadonlySet<ColumnRole>, numbers = false): boolean {
  const names = headerNames(cells);
  return names.length > 0 && names.every(({ role, text }) => (role !== null && roles.has(role)) || (numbers && ROW_NUMBER.test(text)));
}

const ROW_NUMBER = /^([IVXLC]+|\d+(\.\d+)*|[a-z])\.?$/i;

/** Header cells that name a row: a No, an uraian (a programme, a kegiatan), an indikator or a sasaran — a table's own. */
function namesRows(cells: Cell[]): boolean {
  return headerNames(cells).some(({ role }) => role !== null && ROW_NAMING_ROLES.has(role));
}

const ROW_NAMING_ROLES: ReadonlySet<ColumnRole> = new Set(['no', 'uraian', 'indikator', 'sasaran']);

/** Header cells that only number the rows ("No", "Kode"): no table of their own. */
function onlyNumbers(cells: Cell[]): boolean {
  return headerNames(cells).some(({ role }) => role === 'no') && namesOnly(cells, NUMBER_ROLES, true);
}

const NUMBER_ROLES: ReadonlySet<ColumnRole> = new Set(['no']);

/** Header cells that number or name the rows, or remark on them, and name no figure: a table's labels, never one alone. */
const onlyLabels = (cells: Cell[]): boolean => namesOnly(cells, LABEL_ONLY_ROLES, true);

const LABEL_ONLY_ROLES: ReadonlySet<ColumnRole> = new Set(['no', 'uraian', 'indikator', 'sasaran', 'satuan', 'keterangan', 'polaritas']);

/** Header cells that only remark on the rows (a Predikat, a Keterangan, a Satuan): no table of their own. */
const onlyRemarks = (cells: Cell[]): boolean => namesOnly(cells, REMARK_ROLES);

/**
 * Header cells of which one names a figure: a figure's role, a year, a change, a percentage or an amount in rupiah, a
 * measure with its unit in brackets ("Produksi (Ton)", "Luas (Ha)"), or a scale's bound ("Batas Atas").
 */
function namesSomeFigure(cells: Cell[]): boolean {
  return headerNames(cells).some(
    ({ text, role }) =>
      (role !== null && FIGURE_ROLES.has(role)) ||
      isYearText(text) ||
      // (a change between two figures, its years beside it: "Kenaikan/ Penurunan 2023-2024")
      isChangeHeader(text) ||
      isPercentHeader(text) ||
      isRupiahUnitHeader(text) ||
      isMeasureUnitHeader(text) ||
      LOWER_BOUND_HEADER.test(norm(text)) ||
      UPPER_BOUND_HEADER.test(norm(text)),
  );
}

/** How many rows under a header are looked at for the rows of two parts a spacer may divide. */
const SPACER_ROWS = 60;

/**
 * Whether the columns gapLeft…left−1 are empty from the header row down, through the rows of the part right of them,
 * and every row that part fills below the header is a row its left part (prevLeft…gapLeft−1) fills too (but where that
 * part only numbers or names the rows, `labels`): one table's rows on both sides of a spacer, not a table of its own beside
 * another. The look ends at the first row both leave empty once rows were seen under the header. `unnamed`: the right
 * part names no row of its own (its figures may then end above the left part's last rows, where they are its own worked
 * out row by row).
 */
function rowsGoOnAcross(
  grid: Grid,
  top: number,
  bodyFrom: number,
  prevLeft: number,
  gapLeft: number,
  left: number,
  right: number,
  labels: boolean,
  unnamed: boolean,
): boolean {
  let shared = 0;
  let firstLeft = 0;
  let firstShared = 0;
  /** The shared rows where a figure right of the spacer is a difference or a ratio of two left of it. */
  let derived = 0;
  let lastLeft = 0;
  let lastRight = 0;
  for (let row = top; row < bodyFrom + SPACER_ROWS; row++) {
    if (cellsIn(grid, row, gapLeft, left - 1).length > 0) return false;
    // (each side's cells read once: whether it is filled, a total's label, the figures worked out)
    const leftCells = cellsIn(grid, row, prevLeft, gapLeft - 1);
    const rightCells = cellsIn(grid, row, left, right);
    const l = leftCells.length > 0;
    // (a row the left part fills that a name and its figure merged down from above cover on the right is filled there too)
    const rt = rightCells.length > 0 || (l && mergedDownInto(grid, row, left, right));
    if (row < bodyFrom) continue;
    if (!l && !rt) {
      if (lastLeft || lastRight) break;
      continue;
    }
    // (a total's row may have its label right of the spacer: "Jumlah" in a PK's Program column)
    if (rt && !l && !labels && !opensWithTotal(rightCells)) return false;
    if (rt && l && !shared++) firstShared = row;
    if (rt && l && unnamed && !labels && workedOutFrom(rightCells, leftCells)) derived++;
    if (l) {
      lastLeft = row;
      firstLeft ||= row;
    }
    if (rt) lastRight = row;
  }
  // (a No column may be left blank all through; the left part's last rows with nothing right of them are a longer table
  // beside a shorter one — unless the right part names no row of its own and its figures are worked out, row by row from
  // the first, from the figures left of the spacer: they end where the rows they compare end, a budget statement's
  // "Bertambah/(Berkurang) | %" above its Pembiayaan and SiLPA lines)
  return (shared >= 1 || labels) && (lastRight >= lastLeft || (firstShared === firstLeft && derived >= 2 && derived * 3 >= shared * 2));
}

/** Whether a merge begun on a row above covers some cell of this row between left and right. */
function mergedDownInto(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const m = grid.mergeAt(row, col);
    if (m && m.top < row) return true;
  }
  return false;
}

/**
 * Whether the part right of a spacer writes its names once for two or more rows the part left of it fills one by one —
 * merged down over them, or written again on each —, twice or more: a PK's programme and its anggaran beside the
 * indikator of their sasaran ("No | Sasaran | Indikator | Target | · | Program | Anggaran"), its rows made of the left
 * part's rows — no table of its own beside it (whose rows would each be its own).
 */
function writtenAlongRows(grid: Grid, bodyFrom: number, prevLeft: number, gapLeft: number, left: number, right: number): boolean {
  const leftFilled = (row: number) => cellsIn(grid, row, prevLeft, gapLeft - 1).length > 0;
  let along = 0;
  let before = '';
  for (let row = bodyFrom; row < bodyFrom + SPACER_ROWS; row++) {
    // (a row of the part's body: with a figure — a header's cells merged down over its rows are no names of rows)
    const cells = cellsIn(grid, row, left, right);
    if (!hasNumber(cells) && !hasFigureText(cells)) {
      before = '';
      continue;
    }
    const here = cells.map((c) => `${c.col}:${String(c.value)}`).join('|');
    // (the same names and figures again on the next row beside another of the left part's rows)
    if (here === before && leftFilled(row) && leftFilled(row - 1) && ++along >= 2) return true;
    before = here;
    for (let col = left; col <= right; col++) {
      const m = grid.mergeAt(row, col);
      if (!m || m.top !== row || m.left !== col || m.bottom === m.top || m.right > right) continue;
      let each = true;
      for (let k = m.top; k <= m.bottom && each; k++) each = leftFilled(k);
      if (each && ++along >= 2) return true;
    }
  }
  return false;
}

/**
 * Whether one of a row's figures (`right`) is the difference of two of its other figures (`left`), either way, or the
 * one's ratio to the other (in percent or as a fraction), to half the last decimal it is written with.
 */
function workedOutFrom(right: Cell[], left: Cell[]): boolean {
  const numbers = (cells: Cell[]) => {
    const out: number[] = [];
    for (const c of cells) {
      const f = cellFigure(c);
      if (f.kind === 'figure') out.push(f.value.toNumber());
    }
    return out;
  };
  const inputs = numbers(left);
  if (inputs.length < 2) return false;
  for (const v of numbers(right)) {
    const half = 0.5 * 10 ** -Math.min(generalDecimals(v), 6) + Math.abs(v) * 1e-9;
    for (let i = 0; i < inputs.length; i++)
      for (let j = 0; j < inputs.length; j++) {
        if (i === j) continue;
        const [a, b] = [inputs[i], inputs[j]];
        if (Math.abs(v - (a - b)) <= half) return true;
        if (b !== 0 && (Math.abs(v - (a / b) * 100) <= half || Math.abs(v - a / b) <= half)) return true;
      }
  }
  return false;
}

/** How many rows under a header are looked at for a scale's ranges. */
const RANGE_ROWS = 2;

/**
 * A header of one figure and its label ("Capaian (%) | Kategori", "Nilai | Predikat") whose figure column opens with
 * ranges typed as text ("≥ 110", "90 - 109"): a scale. The label may be headed in words no vocabulary knows ("Rentang
 * Capaian | Hasil Evaluasi") where the rows under it name ratings ("Sangat Baik", "AA"). (A pengukuran's "Target"
 * typed "≥ 85 %" stands beside its realisasi, a second figure.)
 */
function isScaleCluster(grid: Grid, header: Cell[], headerBottom: number): boolean {
  // (a scale's header is a few names: a row of long texts is read no further)
  if (header.length > SCALE_MAX_COLUMNS * 2 || header.some((c) => textOf(c).length > MAX_BAND_LABEL_CHARS * 2)) return false;
  const named = headerNames(header);
  const ratingsUnder = (col: number) => {
    for (let r = headerBottom + 1; r <= headerBottom + RANGE_ROWS; r++) {
      const v = grid.value(r, col);
      if (typeof v !== 'string' || v.length > MAX_BAND_LABEL_CHARS || !isRatingLabel(norm(v))) return false;
    }
    return true;
  };
  // (each name read once: the label's rows are looked at only under a header the vocabulary does not know)
  const labels = new Set(named.filter((n) => n.role === 'predikat' || (n.role === null && ratingsUnder(n.cell.col))));
  // (beside its bands' numbers, "No | Prosentase | Hasil Penilaian": the No column numbers the bands, no figure of theirs)
  const figures = named.filter((n) => !(n.role && (REMARK_ROLES.has(n.role) || n.role === 'no')) && !labels.has(n));
  if (figures.length !== 1 || labels.size === 0) return false;
  for (let r = headerBottom + 1; r <= headerBottom + RANGE_ROWS; r++) {
    const v = grid.value(r, figures[0].cell.col);
    if (typeof v !== 'string' || parseInterval(v) === undefined) return false;
  }
  return true;
}

/** A header's cells that name something, each with its text and role (a column-number row's "(4)" names nothing). */
function headerNames(cells: Cell[]): Array<{ cell: Cell; text: string; role: ColumnRole | null }> {
  const out: Array<{ cell: Cell; text: string; role: ColumnRole | null }> = [];
  for (const cell of cells) {
    const text = textOf(cell);
    if (text && columnNumberOf(text) === undefined) out.push({ cell, text, role: roleFromHeader([text]) });
  }
  return out;
}

const REMARK_ROLES: ReadonlySet<ColumnRole> = new Set(['keterangan', 'satuan', 'polaritas', 'predikat']);

/**
 * Header cells that each name a figure (a figure role, a year, a bare "%", amounts in rupiah or percent) or remark on
 * it, and nothing else — or that name no row in words the vocabulary knows where the columns under them say they are
 * figures (overFigures).
 */
function figuresOnly(cells: Cell[], overFigures: () => boolean): boolean {
  let figures = 0;
  let unknown = 0;
  for (const { text, role } of headerNames(cells)) {
    // a remark, a unit, a polarity or a predikat beside the figures names no row either
    if (role && REMARK_ROLES.has(role)) continue;
    // (amounts in rupiah or percentages whatever they are called: "Belanja (Rp)", "Tingkat Keberhasilan (%)"; a "Nilai
    // Capaian" read as a scale's interval until its figures say otherwise — a scale's own cluster is told by its ranges:
    // overRanges)
    if (isRupiahUnitHeader(text) || isPercentUnitHeader(text) || role === 'interval') figures++;
    else if (role && !FIGURE_ROLES.has(role)) return false;
    else if (role || isYearText(text) || isBarePercentHeader(text)) figures++;
    else unknown++;
  }
  // (words no vocabulary knows, or a predikat's that a figure is also called — "Pencapaian" — name figures where the
  // columns cut in two say so: overFigures)
  return figures > 0 && unknown === 0 ? true : overFigures();
}

/** How many rows under a header are looked at for a cluster of figures. */
const FIGURE_ROWS = 3;

/** How many rows under a header are looked at for a column cut in two. */
const CUT_ROWS = 12;

/**
 * Whether a cluster's columns were cut in two by a PDF converter: a column and the one right of it, headed by nothing,
 * whose figures take turns in the rows under the header (each row's in one or the other, both used).
 */
function cutInTwo(grid: Grid, headerBottom: number, left: number, right: number): boolean {
  // (down to the first row blank across the cluster: the table's end)
  const rows: number[] = [];
  for (let r = headerBottom + 1; r <= headerBottom + CUT_ROWS; r++) {
    if (!grid.filledInRow(r).some((c) => c.col >= left && c.col <= right + 1)) break;
    rows.push(r);
  }
  for (let col = left; col <= right; col++) if (textOf(grid.get(headerBottom, col + 1)) === '' && takeTurns(grid, col, col + 1, rows)) return true;
  return false;
}

/** Whether one of the first rows under a header holds a figure in a column. */
function figureIn(grid: Grid, headerBottom: number, col: number): boolean {
  for (let r = headerBottom + 1; r <= headerBottom + FIGURE_ROWS; r++) if (cellFigure(grid.get(r, col)).kind === 'figure') return true;
  return false;
}

/** Whether each of the first rows under a header holds figures, and nothing else, between two columns. */
function figuresBelow(grid: Grid, headerBottom: number, left: number, right: number): boolean {
  for (let r = headerBottom + 1; r <= headerBottom + FIGURE_ROWS; r++) {
    const cells = grid.filledInRow(r).filter((c) => c.col >= left && c.col <= right);
    if (cells.length === 0 || cells.some((c) => cellFigure(c).kind !== 'figure')) return false;
  }
  return true;
}

/** Header rows of the sheets lkjip adds to its copies (Temuan, Perbaikan): never checked as the report's tables. */
const OUR_HEADERS = [
  ['No', 'Tingkat', 'Aturan', 'Sheet', 'Sel'],
  ['Sheet', 'Sel', 'Sebelum', 'Sesudah', 'Aturan'],
];

function isOurReportSheet(s: SheetSnapshot): boolean {
  const first = cellsOfRow(s, 1, 5);
  return OUR_HEADERS.some((h) => h.length === first.length && h.every((w, i) => first[i].value === w && first[i].col === i + 1));
}

/** One table from its header: extent, columns, rows, bands, kind. */
/**
 * What most stored numbers of a column are divided by to be shown (figures.formatScale): 1000 where a column of
 * rupiah is shown in thousands by its format; 1 for a column shown as it is held.
 */
function storedScale(grid: Grid, bodyRows: readonly number[], col: number): number {
  let numbers = 0;
  let scaled = 0;
  let scale = 1;
  // (a column's cells share their format: its first numbers tell)
  for (const r of bodyRows) {
    if (numbers === SCALE_SAMPLE) break;
    if (typeof grid.value(r, col) !== 'number') continue;
    numbers++;
    const s = formatScale(grid.numFmt(r, col));
    if (s > 1) {
      scaled++;
      scale = s;
    }
  }
  return scaled * 2 > numbers ? scale : 1;
}

function buildTable(grid: Grid, header: HeaderBlock, left: number, right: number, others: Table[], hiddenCols?: ReadonlySet<number>): Table | undefined {
  const extent = findExtent(grid, header, left, right, others);
  if (!extent) return undefined;
  const { range, bodyRows, pageRows, carryRows } = extent;
  const caption = captionAbove(grid, header.top, range.left, range.right, others);
  const notes = notesBelow(grid, range.bottom, range.left, range.right);
  // money in thousands or millions: each column's header says so, else the caption or a note for the whole table
  const magnitude = tableMagnitude([caption ?? '', ...notes]);
  const columns = readColumns(
    grid,
    headerPaths(grid, header, range.left, range.right),
    range.left,
    range.right,
    bodyRows,
    hiddenCols,
    magnitude !== undefined,
    caption,
  );
  joinCutLabels(grid, columns, bodyRows, header.top, header.rows);
  const { rows, hierarchy } = classifyRows(grid, columns, bodyRows, range.left, range.right, pageRows);
  markWeightedTotal(grid, columns, rows);
  const table: Table = { sheet: grid.name, range, kind: 'lainnya', headerRows: header.rows, columns, rows };
  if (hierarchy) table.hierarchy = hierarchy;
  if (carryRows) table.carryRows = carryRows;
  if (caption) table.caption = caption;
  if (notes.length) table.notes = notes;
  for (const note of notes) {
    const noteBands = bandsInNote(note);
    if (noteBands) {
      table.noteBands = noteBands;
      break;
    }
  }
  for (const c of columns) {
    if (c.unit !== 'money') continue;
    // (a column stored in rupiah and shown in thousands by its format, "#,##0,": what its header says of the figures
    // shown is not what the cells hold)
    const said = headerMagnitude(c.header) ?? magnitude;
    if (!said) continue;
    const m = said / storedScale(grid, bodyRows, c.col);
    if (m > 1) c.magnitude = m;
  }
  const bands = readBands(grid, columns, rows);
  table.kind = classify(columns, caption, bands, markMeasureRows(grid, columns, rows));
  if (table.kind === 'skala-penilaian' && bands) table.bands = bands;
  return table;
}
