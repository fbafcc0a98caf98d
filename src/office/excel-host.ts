/* global Excel */
/**
 * The Excel adapter: the only module that calls Office.js. Reads the workbook into the engine's snapshot in batched
 * syncs sized to Office's limits, selects cells, and applies or removes the band fills.
 *
 * Office's limits this code stays within (the fake in test/office/fake-excel.js enforces each one):
 * - Excel on the web rejects a request or a response over 5 MB per sync ("Resource limits and performance
 *   optimization for Office Add-ins"): reads go in blocks of rows sized by an estimate of their bytes, and a block
 *   refused for its size is halved and read again; writes go in batches.
 * - A range read stops at 5 million cells (same article): a block is never larger.
 * - getMergedAreasOrNullObject fails past 512 merged areas (its remarks): merges are asked in their own request per
 *   block, halving the rows when refused; if even that fails, the sheet is read without its merges (the hierarchy
 *   degrades, the sheet is never dropped).
 * - A hidden sheet cannot be activated (Worksheet.activate): the pane offers to show it first.
 * - Sheets get renamed and deleted: the highlight record is keyed by the worksheet's id (stable across renames),
 *   saved before the fills, and a deleted sheet is skipped.
 */
import { a1, columnLetters, parseRange, RangeRef, rangeA1 } from '../core/address';
import { CellChange, sumFormula } from '../core/fixes';
import { groupByBand, HighlightPlan, joinBlocks } from '../core/highlight';
import { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';

export interface SheetFailure {
  sheet: string;
  message: string;
  /** The error Office gave (its code says why), for the pane to put in the user's words. */
  error?: unknown;
}

export interface ReadProgress {
  sheet: string;
  index: number;
  total: number;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  failed: SheetFailure[];
  /** Sheets read without their merged areas (too many for Excel to list): their headers may be read less well. */
  withoutMerges: string[];
}

/** What the task pane needs from the workbook; the Excel implementation is below, tests pass fakes. */
export interface WorkbookHost {
  read(onProgress?: (p: ReadProgress) => void): Promise<ReadResult>;
  select(sheet: string, address: string): Promise<void>;
  /** Makes a hidden sheet visible (the user asked to, to see a finding on it). */
  showSheet(sheet: string): Promise<void>;
  applyHighlights(plan: HighlightPlan): Promise<void>;
  clearHighlights(): Promise<number>;
  /**
   * Writes fixes (a value, or with `rumus` a SUM formula for a total), after saving what each cell held — value or
   * formula and number format — in the workbook's settings, keyed by sheet id. Returns the cells written.
   */
  applyFixes(changes: CellChange[], options: { rumus: boolean }): Promise<number>;
  /** Restores what the last fix wrote over; returns the cells restored (0 when there is nothing to undo). */
  undoFixes(): Promise<number>;
  /** Whether the workbook holds a fix that can be undone (the record survives closing the pane). */
  hasFixUndo(): Promise<boolean>;
}

/** What a cell held before a fix wrote over it. */
interface SavedCell {
  address: string;
  /** The formula ("=…"), or undefined for a constant. */
  formula?: string;
  value: string | number | boolean;
  /** Text that Excel must not read as a number again: written back with a leading apostrophe. */
  text?: boolean;
  numberFormat: string;
}

interface FixRecord {
  version: 1;
  sheets: Array<{ sheetId: string; sheet: string; cells: SavedCell[] }>;
}

const FIX_SETTING_KEY = 'lkjip.perbaikan';
/**
 * Largest undo record we keep in the workbook's settings (our own bound: the settings travel with the workbook and in
 * every sync that touches them; a fix over more cells is refused and the user fixes sheet by sheet).
 */
export const MAX_FIX_RECORD_CHARS = 1024 * 1024;
/** Cells read or written per sync when fixing (each carries its address, value, formula and format). */
const FIX_CELLS_PER_SYNC = 2000;

/** A fix the workbook cannot hold an undo for: too many cells at once. */
export class TooManyFixesError extends Error {
  constructor(readonly cells: number) {
    super(`Terlalu banyak sel sekaligus (${cells}); perbaiki per sheet agar tetap dapat dibatalkan.`);
    this.name = 'TooManyFixesError';
  }
}

/** A cell a fix would write has changed since the check that proposed the fix. */
export class StaleFixError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
  ) {
    super(`Sel ${cell} di sheet "${sheet}" sudah berubah sejak diperiksa; tekan Periksa konsistensi lagi, lalu perbaiki.`);
    this.name = 'StaleFixError';
  }
}

/** Whether a cell's value as Excel reports it is the value the check read. */
function sameValue(now: unknown, before: CellValue): boolean {
  if (before === null || before === undefined) return now === '' || now === null || now === undefined;
  if (typeof before === 'object') return String(now) === before.error;
  return now === before;
}

/** A finding's sheet is hidden: Excel cannot go there until the user shows it. */
export class HiddenSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet "${sheet}" tersembunyi`);
    this.name = 'HiddenSheetError';
  }
}

const SETTING_KEY = 'lkjip.sorotan';
/** Columns of a sheet whose hidden state is asked (a table is never wider). */
const MAX_PROBED_COLUMNS = 256;
/** Rows per block at most, whatever the estimate says (a sheet's first block also finds its shape). */
export const BLOCK_ROWS = 5000;
/** Bytes one sync may carry, well under Excel on the web's 5 MB so that an estimate that is off still fits. */
export const TARGET_SYNC_BYTES = 2 * 1024 * 1024;
/** Cells in one range read at most (Excel's limit is 5,000,000). */
export const MAX_RANGE_CELLS = 1000000;
/** Estimated response bytes per cell for values, formulas, number formats and value types together. */
const BYTES_PER_CELL = 80;
/** … and per cell for bold + indent properties, and for a fill read. */
const BYTES_PER_PROPERTY_CELL = 60;
/** The fewest rows a refused block is halved to before giving up on it. */
const MIN_BLOCK_ROWS = 16;
/** Write operations (getRanges calls) per sync when highlighting: each carries an address of up to 255 characters. */
const WRITES_PER_SYNC = 2000;
/**
 * Longest address list handed to one getRanges call: Excel refuses longer multi-area references (the same 255
 * characters as a reference typed in a formula).
 */
const MAX_ADDRESS_CHARS = 255;

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function defaultRun(): Run {
  return (batch) => Excel.run(batch);
}

/** "Sheet1!A1:B4, 'My Sheet'!D1:D4" → ranges. */
export function parseAreas(address: string): RangeRef[] {
  return address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => parseRange(a.slice(a.lastIndexOf('!') + 1)));
}

function toCellValue(v: unknown, type: string | undefined): CellValue | undefined {
  if (type === 'Empty' || v === '' || v === null || v === undefined) return undefined;
  if (type === 'Error') return { error: String(v) };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** Splits an address list into chunks short enough for one getRanges call. */
function chunkAddresses(addresses: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const a of addresses) {
    if (cur.length && len + a.length + 1 > MAX_ADDRESS_CHARS) {
      out.push(cur.join(','));
      cur = [];
      len = 0;
    }
    cur.push(a);
    len += a.length + 1;
  }
  if (cur.length) out.push(cur.join(','));
  return out;
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** A sync refused for its size (request or response over Excel on the web's 5 MB). */
export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || /payload size/i.test(String((e as Error)?.message));
}

/** Rows of `cols` columns that fit one sync. */
export function rowsPerSync(cols: number, bytesPerCell = BYTES_PER_CELL): number {
  const byBytes = Math.floor(TARGET_SYNC_BYTES / Math.max(1, cols * bytesPerCell));
  const byCells = Math.floor(MAX_RANGE_CELLS / Math.max(1, cols));
  return Math.max(MIN_BLOCK_ROWS, Math.min(BLOCK_ROWS, byBytes, byCells));
}

/** Contiguous runs of column offsets: [0,1,2,5,6] → [[0,3],[5,2]] (start, count). */
function runs(cols: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && c === last[0] + last[1]) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

/** One saved highlight: blocks of one sheet and colour, and the fill they had before (null: none). */
interface SavedFill {
  sheetId: string;
  /** The sheet's name when highlighted (for messages only; the id finds it). */
  sheet: string;
  color: string;
  original: string | null;
  addresses: string[];
}

interface SavedRecord {
  version: 2;
  fills: SavedFill[];
}

export class ExcelHost implements WorkbookHost {
  constructor(
    private readonly run: Run = defaultRun(),
    private readonly blockRows = BLOCK_ROWS,
    /** false where Excel lacks ExcelApi 1.13 (getMergedAreasOrNullObject): sheets are read without their merges. */
    private readonly mergedAreas = true,
  ) {}

  async read(onProgress?: (p: ReadProgress) => void): Promise<ReadResult> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/visibility');
      await context.sync();
      const used = worksheets.items.map((ws) => {
        const r = ws.getUsedRangeOrNullObject(true);
        r.load('rowIndex,columnIndex,rowCount,columnCount');
        return r;
      });
      await context.sync();
      // which columns are hidden (Range.columnHidden, one proxy per used column, one sync for the whole workbook):
      // a hidden "Pagu Murni" beside a visible "Pagu Perubahan" is not the pagu
      const columnProbes = worksheets.items.map((ws, i) => {
        const u = used[i];
        if (u.isNullObject) return [];
        const out: Array<{ col: number; range: Excel.Range }> = [];
        for (let c = 0; c < Math.min(u.columnCount, MAX_PROBED_COLUMNS); c++) {
          const range = ws.getRangeByIndexes(u.rowIndex, u.columnIndex + c, 1, 1);
          range.load('columnHidden');
          out.push({ col: u.columnIndex + c + 1, range });
        }
        return out;
      });
      await context.sync();
      const sheets: SheetSnapshot[] = [];
      const failed: SheetFailure[] = [];
      const withoutMerges: string[] = [];
      for (let i = 0; i < worksheets.items.length; i++) {
        const ws = worksheets.items[i];
        onProgress?.({ sheet: ws.name, index: i, total: worksheets.items.length });
        const snap: SheetSnapshot = { name: ws.name, cells: [], merges: [], usedRange: null };
        if (ws.visibility !== 'Visible') snap.hidden = true;
        const hiddenCols = columnProbes[i].filter((p) => p.range.columnHidden === true).map((p) => p.col);
        if (hiddenCols.length) snap.hiddenCols = hiddenCols;
        try {
          const u = used[i];
          if (!u.isNullObject) {
            snap.usedRange = { top: u.rowIndex + 1, left: u.columnIndex + 1, bottom: u.rowIndex + u.rowCount, right: u.columnIndex + u.columnCount };
            const merges = await this.readSheet(context, ws, snap, u.rowIndex, u.columnIndex, u.rowCount, u.columnCount);
            if (!merges) withoutMerges.push(ws.name);
          }
          sheets.push(snap);
        } catch (e) {
          failed.push({ sheet: ws.name, message: e instanceof Error ? e.message : String(e), error: e });
        }
      }
      return { snapshot: { sheets }, failed, withoutMerges };
    });
  }

  /** Reads a sheet's used range block by block; false when its merged areas could not be read. */
  private async readSheet(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    snap: SheetSnapshot,
    row0: number,
    col0: number,
    rowCount: number,
    colCount: number,
  ): Promise<boolean> {
    let mergesOk = this.mergedAreas;
    let block = Math.min(this.blockRows, rowsPerSync(colCount));
    for (let start = 0; start < rowCount;) {
      const rows = Math.min(block, rowCount - start);
      const range = ws.getRangeByIndexes(row0 + start, col0, rows, colCount);
      range.load('values,formulas,numberFormat,valueTypes');
      try {
        // one sync per block of rows, by design: a block is the largest read Office accepts in one request
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (isPayloadError(e) && rows > MIN_BLOCK_ROWS) {
          block = Math.max(MIN_BLOCK_ROWS, Math.floor(rows / 2));
          continue; // the same rows again, in a smaller block
        }
        throw e;
      }
      const cells = this.collect(snap, range, row0 + start, col0);
      await this.readProperties(context, ws, cells, row0 + start, col0, rows);
      if (mergesOk) mergesOk = await this.readMerges(context, ws, snap, row0 + start, col0, rows, colCount);
      start += rows;
    }
    return mergesOk || !this.mergedAreas;
  }

  /** Values, formulas, number formats of a block into the snapshot; the cells holding text, by column offset. */
  private collect(snap: SheetSnapshot, range: Excel.Range, row0: number, col0: number): Map<number, Cell[]> {
    const { values, formulas, numberFormat, valueTypes } = range;
    const text = new Map<number, Cell[]>();
    for (let r = 0; r < values.length; r++) {
      for (let c = 0; c < values[r].length; c++) {
        const value = toCellValue(values[r][c], valueTypes[r]?.[c]);
        if (value === undefined) continue;
        const cell: Cell = { row: row0 + r + 1, col: col0 + c + 1, value };
        const f = formulas[r]?.[c];
        if (typeof f === 'string' && f.startsWith('=')) cell.formula = f.slice(1);
        const fmt = numberFormat[r]?.[c];
        if (typeof fmt === 'string' && fmt !== 'General') cell.numFmt = fmt;
        snap.cells.push(cell);
        if (typeof value === 'string') {
          const list = text.get(c);
          if (list) list.push(cell);
          else text.set(c, [cell]);
        }
      }
    }
    return text;
  }

  /**
   * Bold and indent — what recognition reads them for is labels, so only for the columns of this block that hold
   * text, in contiguous runs, batched under the sync limit.
   */
  private async readProperties(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    text: Map<number, Cell[]>,
    row0: number,
    col0: number,
    rows: number,
  ): Promise<void> {
    if (text.size === 0) return;
    const spans = runs([...text.keys()]);
    const perSync = rowsPerSync(
      spans.reduce((n, s) => n + s[1], 0),
      BYTES_PER_PROPERTY_CELL,
    );
    for (let start = 0; start < rows; start += perSync) {
      const n = Math.min(perSync, rows - start);
      const asked = spans.map(([c, w]) => ({
        c,
        w,
        props: ws.getRangeByIndexes(row0 + start, col0 + c, n, w).getCellProperties({ format: { font: { bold: true }, indentLevel: true } }),
      }));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const { c, w, props } of asked) {
        // getCellProperties returns a ClientResult: its value is there after the sync, with no load()

        const grid = props.value;
        for (let k = 0; k < w; k++) {
          for (const cell of text.get(c + k) ?? []) {
            const r = cell.row - 1 - row0 - start;
            if (r < 0 || r >= n) continue;
            const p = grid[r]?.[k];
            if (p?.format?.font?.bold) cell.bold = true;
            if (p?.format?.indentLevel) cell.indent = p.format.indentLevel;
          }
        }
      }
    }
  }

  /** Merged areas of a block in their own requests, halving the rows where Excel refuses (> 512 areas). */
  private async readMerges(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    snap: SheetSnapshot,
    row0: number,
    col0: number,
    rows: number,
    cols: number,
  ): Promise<boolean> {
    const seen = new Set(snap.merges.map((m) => `${m.top},${m.left}`));
    const pending: Array<[number, number]> = [[row0, rows]];
    while (pending.length) {
      const [r, n] = pending.shift() as [number, number];
      const merged = ws.getRangeByIndexes(r, col0, n, cols).getMergedAreasOrNullObject();
      merged.load('address');
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch {
        if (n <= MIN_BLOCK_ROWS) return false;
        const half = Math.floor(n / 2);
        pending.unshift([r, half], [r + half, n - half]);
        continue;
      }
      if (merged.isNullObject) continue;
      for (const m of parseAreas(merged.address)) {
        const k = `${m.top},${m.left}`;
        if (!seen.has(k)) {
          seen.add(k);
          snap.merges.push(m);
        }
      }
    }
    return true;
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      // related cells may name another sheet: PK!E6, 'Realisasi Anggaran'!C8
      const bang = address.lastIndexOf('!');
      const target =
        bang >= 0
          ? address
              .slice(0, bang)
              .replace(/^'(.*)'$/, '$1')
              .replace(/''/g, "'")
          : sheet;
      const ref = bang >= 0 ? address.slice(bang + 1) : address;
      const ws = context.workbook.worksheets.getItem(target);
      ws.load('visibility');
      await context.sync();
      // Excel refuses to activate a hidden sheet: the pane offers to show it instead
      if (ws.visibility !== 'Visible') throw new HiddenSheetError(target);
      ws.activate();
      ws.getRange(ref).select();
      await context.sync();
    });
  }

  async showSheet(sheet: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.visibility = 'Visible';
      await context.sync();
    });
  }

  async applyHighlights(plan: HighlightPlan): Promise<void> {
    if (plan.rows.length === 0) return;
    await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/id');
      await context.sync();
      const idOf = new Map(worksheets.items.map((w) => [w.name, w.id]));
      const groups = groupByBand(plan);
      // 1. each block's fill before we colour it, read in batches under the sync limit
      const saved: SavedFill[] = [];
      const mixed: SavedFill[] = [];
      await readFills(
        context,
        groups.flatMap((g) => {
          const ws = worksheets.getItem(g.sheet);
          const sheetId = idOf.get(g.sheet) ?? g.sheet;
          return g.addresses.map((a) => ({
            ws,
            block: parseRange(a),
            use: (r: RangeRef, props: Excel.CellProperties[][]) => this.remember(r, props, g.sheet, sheetId, g.color, saved, mixed),
          }));
        }),
      );
      // 2. the record first, so Hapus sorotan can undo even a highlight cut short
      const previous = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
      previous.load('value');
      await context.sync();
      const earlier = previous.isNullObject ? [] : readRecord(previous.value).fills;
      // a cell coloured twice keeps its first original: blocks we already own are not recorded again
      const owned = new Set(earlier.flatMap((f) => f.addresses.map((a) => `${f.sheetId}|${a}`)));
      const fresh = [...saved, ...mixed]
        .map((f) => ({ ...f, addresses: f.addresses.filter((a) => !owned.has(`${f.sheetId}|${a}`)) }))
        .filter((f) => f.addresses.length);
      const record: SavedRecord = { version: 2, fills: [...earlier, ...fresh] };
      context.workbook.settings.add(SETTING_KEY, JSON.stringify(record));
      await context.sync();
      // 3. the fills, one getRanges per band and address chunk, batched per sync
      let ops = 0;
      for (const g of groups) {
        const ws = worksheets.getItem(g.sheet);
        for (const chunk of chunkAddresses(g.addresses)) {
          ws.getRanges(chunk).format.fill.color = g.color;
          if (++ops % WRITES_PER_SYNC === 0) {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
          }
        }
      }
      await context.sync();
    });
  }

  /** Adds a block's previous fill to the record: one colour for the block, or each cell's where they differ. */
  private remember(r: RangeRef, props: Excel.CellProperties[][], sheet: string, sheetId: string, color: string, saved: SavedFill[], mixed: SavedFill[]): void {
    const put = (list: SavedFill[], original: string | null, address: string) => {
      let f = list.find((x) => x.sheetId === sheetId && x.color === color && x.original === original);
      if (!f) {
        f = { sheetId, sheet, color, original, addresses: [] };
        list.push(f);
      }
      f.addresses.push(address);
    };
    const fills = props.map((row) => row.map(fillOf));
    const first = fills[0]?.[0] ?? null;
    if (fills.every((row) => row.every((c) => c === first))) {
      put(saved, first, rangeA1(r));
      return;
    }
    fills.forEach((row, i) => row.forEach((c, k) => put(mixed, c, a1(r.top + i, r.left + k))));
  }

  async applyFixes(changes: CellChange[], options: { rumus: boolean }): Promise<number> {
    if (changes.length === 0) return 0;
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/id');
      await context.sync();
      const byName = new Map(worksheets.items.map((w) => [w.name, w]));
      const present = changes.filter((c) => byName.has(c.sheet));
      // 1. what each cell holds now, in batches under the sync limit
      const reads: Array<{ change: CellChange; range: Excel.Range }> = [];
      for (let i = 0; i < present.length; i += FIX_CELLS_PER_SYNC) {
        for (const change of present.slice(i, i + FIX_CELLS_PER_SYNC)) {
          const range = (byName.get(change.sheet) as Excel.Worksheet).getRange(change.cell);
          range.load('values,formulas,numberFormat,valueTypes');
          reads.push({ change, range });
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of cells
        await context.sync();
      }
      // a cell changed since the check is not overwritten: the user checks again first
      const stale = reads.find(({ change, range }) => !sameValue(range.values[0][0], change.before));
      if (stale) throw new StaleFixError(stale.change.sheet, stale.change.cell);
      // 2. the undo record first, so Batalkan works even if the writes are cut short
      const record: FixRecord = { version: 1, sheets: [] };
      for (const { change, range } of reads) {
        const ws = byName.get(change.sheet) as Excel.Worksheet;
        let entry = record.sheets.find((x) => x.sheetId === ws.id);
        if (!entry) {
          entry = { sheetId: ws.id, sheet: ws.name, cells: [] };
          record.sheets.push(entry);
        }
        const formula = range.formulas[0][0];
        const value = range.values[0][0] as string | number | boolean;
        entry.cells.push({
          address: change.cell,
          ...(typeof formula === 'string' && formula.startsWith('=') ? { formula } : {}),
          value,
          ...(range.valueTypes[0][0] === 'String' ? { text: true } : {}),
          numberFormat: String(range.numberFormat[0][0] ?? 'General'),
        });
      }
      const json = JSON.stringify(record);
      if (json.length > MAX_FIX_RECORD_CHARS) throw new TooManyFixesError(reads.length);
      context.workbook.settings.add(FIX_SETTING_KEY, json);
      await context.sync();
      // 3. the new values (or formulas), and the number format a figure needs
      let ops = 0;
      for (const { change, range } of reads) {
        const formula = options.rumus ? sumFormula(change) : undefined;
        if (formula) range.formulas = [[formula]];
        else range.values = [[change.after]];
        if (change.numFmt) range.numberFormat = [[change.numFmt]];
        if (++ops % FIX_CELLS_PER_SYNC === 0) {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of cells
          await context.sync();
        }
      }
      await context.sync();
      return reads.length;
    });
  }

  async undoFixes(): Promise<number> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(FIX_SETTING_KEY);
      setting.load('value');
      await context.sync();
      if (setting.isNullObject) return 0;
      const record = readFixRecord(setting.value);
      // sheets by id: a renamed sheet is still found, a deleted one is skipped
      const sheets = record.sheets.map((entry) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(entry.sheetId);
        ws.load('name');
        return { entry, ws };
      });
      await context.sync();
      let restored = 0;
      for (const { entry, ws } of sheets) {
        if (ws.isNullObject) continue;
        for (const cell of entry.cells) {
          const range = ws.getRange(cell.address);
          if (cell.formula !== undefined) range.formulas = [[cell.formula]];
          // text goes back as text: a leading apostrophe keeps Excel from reading "97,62 %" as a number again
          else range.values = [[cell.text && typeof cell.value === 'string' && cell.value !== '' ? `'${cell.value}` : cell.value]];
          range.numberFormat = [[cell.numberFormat]];
          if (++restored % FIX_CELLS_PER_SYNC === 0) {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of cells
            await context.sync();
          }
        }
      }
      setting.delete();
      await context.sync();
      return restored;
    });
  }

  async hasFixUndo(): Promise<boolean> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(FIX_SETTING_KEY);
      await context.sync();
      return !setting.isNullObject;
    });
  }

  async clearHighlights(): Promise<number> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
      setting.load('value');
      await context.sync();
      if (setting.isNullObject) return 0;
      const record = readRecord(setting.value);
      // sheets by id: a renamed sheet is still found, a deleted one is skipped
      const sheets = new Map<string, Excel.Worksheet>();
      for (const f of record.fills) {
        if (sheets.has(f.sheetId)) continue;
        const ws = context.workbook.worksheets.getItemOrNullObject(f.sheetId);
        ws.load('name');
        sheets.set(f.sheetId, ws);
      }
      await context.sync();
      // Only cells still wearing our colour are ours to undo; a fill the user changed since stays, and rows moved
      // by an insertion are no longer ours where they now stand.
      const restoredRows = new Set<string>();
      const restore = new Map<string, { ws: Excel.Worksheet; original: string | null; addresses: string[] }>();
      const reads: FillRead[] = [];
      for (const f of record.fills) {
        const ws = sheets.get(f.sheetId);
        if (!ws || ws.isNullObject) continue;
        const use = (r: RangeRef, props: Excel.CellProperties[][]) => {
          const k = `${f.sheetId}\u0000${f.original ?? ''}`;
          const g = restore.get(k) ?? { ws, original: f.original, addresses: [] };
          props.forEach((row, i) => {
            if (!row.every((p) => (fillOf(p) ?? '').toUpperCase() === f.color.toUpperCase())) return;
            restoredRows.add(`${f.sheetId}|${r.top + i}`);
            g.addresses.push(`${columnLetters(r.left)}${r.top + i}:${columnLetters(r.right)}${r.top + i}`);
          });
          restore.set(k, g);
        };
        for (const a of f.addresses) reads.push({ ws, block: parseRange(a), use });
      }
      await readFills(context, reads);
      let ops = 0;
      for (const g of restore.values()) {
        for (const chunk of chunkAddresses(joinBlocks(g.addresses.map(parseRange)).map(rangeA1))) {
          const areas = g.ws.getRanges(chunk);
          if (g.original) areas.format.fill.color = g.original;
          else areas.format.fill.clear();
          if (++ops % WRITES_PER_SYNC === 0) {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
          }
        }
      }
      setting.delete();
      await context.sync();
      return restoredRows.size;
    });
  }
}

/** The saved record, in today's shape; a record of the first version (keyed by sheet name) is read as well. */
function readFixRecord(value: unknown): FixRecord {
  try {
    const r = (typeof value === 'string' ? JSON.parse(value) : value) as FixRecord;
    return r && r.version === 1 && Array.isArray(r.sheets) ? r : { version: 1, sheets: [] };
  } catch {
    return { version: 1, sheets: [] };
  }
}

function readRecord(value: unknown): SavedRecord {
  try {
    const v = JSON.parse(String(value)) as
      SavedRecord | Array<{ sheet: string; address: string; color: string; original: string | null | Array<string | null> }>;
    if (!Array.isArray(v) && v && v.version === 2) return v;
    if (Array.isArray(v)) {
      const fills: SavedFill[] = [];
      for (const a of v) {
        if (Array.isArray(a.original)) {
          const r = parseRange(a.address);
          a.original.forEach((c, k) =>
            fills.push({ sheetId: a.sheet, sheet: a.sheet, color: a.color, original: c, addresses: [`${columnLetters(r.left + k)}${r.top}`] }),
          );
        } else fills.push({ sheetId: a.sheet, sheet: a.sheet, color: a.color, original: a.original, addresses: [a.address] });
      }
      return { version: 2, fills };
    }
  } catch {
    /* an unreadable record: nothing to undo */
  }
  return { version: 2, fills: [] };
}

/** A block whose fill is to be read, and what to do with each piece of it once read. */
interface FillRead {
  ws: Excel.Worksheet;
  block: RangeRef;
  use: (r: RangeRef, props: Excel.CellProperties[][]) => void;
}

/**
 * The fills of blocks (of any sheets), read in batches whose responses stay under the sync limit — one sync per
 * batch, however many sheets or bands the blocks belong to (a large block is split into row bands first).
 */
async function readFills(context: Excel.RequestContext, reads: FillRead[]): Promise<void> {
  let batch: Array<{ r: RangeRef; use: FillRead['use']; res: { value: Excel.CellProperties[][] } }> = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    await context.sync();
    for (const b of batch) b.use(b.r, b.res.value);
    batch = [];
    bytes = 0;
  };
  for (const read of reads) {
    for (const r of splitRows(read.block)) {
      const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      // one sync per batch, by design: a batch is as much as one response may carry
      if (bytes + cells * BYTES_PER_PROPERTY_CELL > TARGET_SYNC_BYTES) await flush();
      batch.push({ r, use: read.use, res: read.ws.getRange(rangeA1(r)).getCellProperties({ format: { fill: { color: true, pattern: true } } }) });
      bytes += cells * BYTES_PER_PROPERTY_CELL;
    }
  }
  await flush();
}

/** A block split into row bands whose fill read fits one sync. */
function splitRows(r: RangeRef): RangeRef[] {
  const width = r.right - r.left + 1;
  const rows = Math.max(1, Math.floor(TARGET_SYNC_BYTES / (width * BYTES_PER_PROPERTY_CELL)));
  const out: RangeRef[] = [];
  for (let top = r.top; top <= r.bottom; top += rows) out.push({ top, left: r.left, bottom: Math.min(r.bottom, top + rows - 1), right: r.right });
  return out;
}

function fillOf(p: Excel.CellProperties): string | null {
  const fill = p.format?.fill;
  return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color;
}
