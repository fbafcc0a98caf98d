/* global Excel */
/**
 * The Excel adapter: the only module that calls Office.js. Reads the workbook into the engine's snapshot in a few
 * batched syncs (one for the sheet list, one for all used ranges, then one per sheet — or per block of rows on a
 * large sheet — for values, formulas, number formats, bold, indent and merges together), selects cells, and
 * applies or removes the band fills (one batched write per band per sheet).
 */
import { columnLetters, parseRange, RangeRef } from '../core/address';
import { groupByBand, HighlightPlan } from '../core/highlight';
import { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';

export interface SheetFailure {
  sheet: string;
  message: string;
  /** The error Office gave (its code says why), for the pane to put in the user's words. */
  error?: unknown;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  failed: SheetFailure[];
}

/** What the task pane needs from the workbook; the Excel implementation is below, tests pass fakes. */
export interface WorkbookHost {
  read(): Promise<ReadResult>;
  select(sheet: string, address: string): Promise<void>;
  applyHighlights(plan: HighlightPlan): Promise<void>;
  clearHighlights(): Promise<number>;
}

const SETTING_KEY = 'lkjip.sorotan';
/** Rows read per sync on a large sheet. */
export const BLOCK_ROWS = 5000;
/**
 * Longest address list handed to one getRanges call: Excel refuses longer multi-area references (the same 255
 * characters as a reference typed in a formula), so a band with many separate blocks is written in several calls,
 * all queued before a single sync.
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

interface AppliedRow {
  sheet: string;
  address: string;
  color: string;
  /** The row's fill before we coloured it: one colour (null: no fill) or, when its cells differed, each cell's. */
  original: string | null | Array<string | null>;
}

export class ExcelHost implements WorkbookHost {
  constructor(
    private readonly run: Run = defaultRun(),
    private readonly blockRows = BLOCK_ROWS,
    /** false where Excel lacks ExcelApi 1.13 (getMergedAreasOrNullObject): sheets are read without their merges. */
    private readonly mergedAreas = true,
  ) {}

  async read(): Promise<ReadResult> {
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
      const sheets: SheetSnapshot[] = [];
      const failed: SheetFailure[] = [];
      for (let i = 0; i < worksheets.items.length; i++) {
        const ws = worksheets.items[i];
        const snap: SheetSnapshot = { name: ws.name, cells: [], merges: [], usedRange: null };
        if (ws.visibility !== 'Visible') snap.hidden = true;
        try {
          const u = used[i];
          if (!u.isNullObject) {
            snap.usedRange = { top: u.rowIndex + 1, left: u.columnIndex + 1, bottom: u.rowIndex + u.rowCount, right: u.columnIndex + u.columnCount };
            for (let start = 0; start < u.rowCount; start += this.blockRows) {
              const rows = Math.min(this.blockRows, u.rowCount - start);
              const range = ws.getRangeByIndexes(u.rowIndex + start, u.columnIndex, rows, u.columnCount);
              range.load('values,formulas,numberFormat,valueTypes');
              const props = range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
              const merged = this.mergedAreas ? range.getMergedAreasOrNullObject() : null;
              merged?.load('address');
              // one sync per block of rows, by design: a block is the largest read Office accepts in one request
              // eslint-disable-next-line office-addins/no-context-sync-in-loop
              await context.sync();
              // getCellProperties returns a ClientResult: its value is there after the sync, with no load()
              // eslint-disable-next-line office-addins/load-object-before-read
              this.collect(snap, range, props.value, u.rowIndex + start, u.columnIndex);
              if (merged && !merged.isNullObject)
                for (const m of parseAreas(merged.address)) if (!snap.merges.some((x) => x.top === m.top && x.left === m.left)) snap.merges.push(m);
            }
          }
          sheets.push(snap);
        } catch (e) {
          failed.push({ sheet: ws.name, message: e instanceof Error ? e.message : String(e), error: e });
        }
      }
      return { snapshot: { sheets }, failed };
    });
  }

  private collect(snap: SheetSnapshot, range: Excel.Range, props: Excel.CellProperties[][], row0: number, col0: number): void {
    const { values, formulas, numberFormat, valueTypes } = range;
    for (let r = 0; r < values.length; r++) {
      for (let c = 0; c < values[r].length; c++) {
        const value = toCellValue(values[r][c], valueTypes[r]?.[c]);
        if (value === undefined) continue;
        const cell: Cell = { row: row0 + r + 1, col: col0 + c + 1, value };
        const f = formulas[r]?.[c];
        if (typeof f === 'string' && f.startsWith('=')) cell.formula = f.slice(1);
        const fmt = numberFormat[r]?.[c];
        if (typeof fmt === 'string' && fmt !== 'General') cell.numFmt = fmt;
        const p = props[r]?.[c];
        if (p?.format?.font?.bold) cell.bold = true;
        if (p?.format?.indentLevel) cell.indent = p.format.indentLevel;
        snap.cells.push(cell);
      }
    }
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
      ws.activate();
      ws.getRange(ref).select();
      await context.sync();
    });
  }

  async applyHighlights(plan: HighlightPlan): Promise<void> {
    if (plan.rows.length === 0) return;
    await this.run(async (context) => {
      // Remember each row's fill first, so "Hapus sorotan" can put it back.
      const before = plan.rows.map((r) =>
        context.workbook.worksheets
          .getItem(r.sheet)
          .getRange(r.address)
          .getCellProperties({ format: { fill: { color: true, pattern: true } } }),
      );
      await context.sync();
      const applied: AppliedRow[] = plan.rows.map((r, i) => ({ sheet: r.sheet, address: r.address, color: r.color, original: originalFill(before[i].value) }));
      for (const g of groupByBand(plan)) {
        const ws = context.workbook.worksheets.getItem(g.sheet);
        for (const chunk of chunkAddresses(g.addresses)) ws.getRanges(chunk).format.fill.color = g.color;
      }
      // (all writes above go out together with the settings write in the next sync)
      const previous = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
      previous.load('value');
      await context.sync();
      const earlier: AppliedRow[] = previous.isNullObject ? [] : (JSON.parse(String(previous.value)) as AppliedRow[]);
      // a row coloured twice keeps its first original
      const merged = [...earlier, ...applied.filter((a) => !earlier.some((e) => e.sheet === a.sheet && e.address === a.address))].map((a) => {
        const now = applied.find((x) => x.sheet === a.sheet && x.address === a.address);
        return now ? { ...a, color: now.color } : a;
      });
      context.workbook.settings.add(SETTING_KEY, JSON.stringify(merged));
      await context.sync();
    });
  }

  async clearHighlights(): Promise<number> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
      setting.load('value');
      await context.sync();
      if (setting.isNullObject) return 0;
      const applied = JSON.parse(String(setting.value)) as AppliedRow[];
      const now = applied.map((a) =>
        context.workbook.worksheets
          .getItem(a.sheet)
          .getRange(a.address)
          .getCellProperties({ format: { fill: { color: true, pattern: true } } }),
      );
      await context.sync();
      // Only rows still wearing our colour are ours to undo; a fill the user changed since stays.
      const restore = new Map<string, { sheet: string; original: string | null; addresses: string[] }>();
      const put = (sheet: string, original: string | null, address: string) => {
        const k = `${sheet}\u0000${original ?? ''}`;
        const g = restore.get(k) ?? { sheet, original, addresses: [] };
        g.addresses.push(address);
        restore.set(k, g);
      };
      let count = 0;
      applied.forEach((a, i) => {
        if (uniformFill(now[i].value)?.toUpperCase() !== a.color.toUpperCase()) return;
        count++;
        if (!Array.isArray(a.original)) put(a.sheet, a.original, a.address);
        else {
          const r = parseRange(a.address);
          a.original.forEach((color, k) => put(a.sheet, color, `${columnLetters(r.left + k)}${r.top}`));
        }
      });
      for (const g of restore.values()) {
        const ws = context.workbook.worksheets.getItem(g.sheet);
        for (const chunk of chunkAddresses(g.addresses)) {
          const areas = ws.getRanges(chunk);
          if (g.original) areas.format.fill.color = g.original;
          else areas.format.fill.clear();
        }
      }
      setting.delete();
      await context.sync();
      return count;
    });
  }
}

/** A row's fill as it was: one colour when its cells agree, else each cell's colour. */
function originalFill(props: Excel.CellProperties[][]): string | null | Array<string | null> {
  const cells = props.flat().map(fillOf);
  return cells.every((c) => c === cells[0]) ? (cells[0] ?? null) : cells;
}

function fillOf(p: Excel.CellProperties): string | null {
  const fill = p.format?.fill;
  return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color;
}

/** The fill shared by every cell of a row, or null when there is none or the cells differ. */
function uniformFill(props: Excel.CellProperties[][]): string | null {
  let color: string | null | undefined;
  for (const row of props) {
    for (const p of row) {
      const fill = p.format?.fill;
      const c = !fill || fill.pattern === 'None' || !fill.color ? null : fill.color;
      if (color === undefined) color = c;
      else if (color !== c) return null;
    }
  }
  return color ?? null;
}
