/**
 * .xlsx → WorkbookSnapshot with exceljs: the reference reading the tests compare our own reader (src/xlsx/xlsx-snapshot)
 * with. Not used by the CLI, which checks what its own reader read and loads exceljs only to write copies.
 */
import ExcelJS from 'exceljs';
import { RangeRef } from '../../src/core/address';
import { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { checkWorkbookFile, InputError, MSG_NOT_WORKBOOK } from '../../src/cli/container';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86400000;
}

/** exceljs cell value → snapshot value and formula. */
export function convertValue(v: unknown): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o && typeof o.error === 'string') return { value: { error: o.error } };
    if ('formula' in o || 'sharedFormula' in o) {
      const res = convertValue(o.result);
      const formula = typeof o.formula === 'string' ? o.formula : typeof o.sharedFormula === 'string' ? o.sharedFormula : undefined;
      return formula ? { value: res.value, formula } : { value: res.value };
    }
    if (Array.isArray(o.richText)) {
      return { value: (o.richText as Array<{ text?: string }>).map((t) => t.text ?? '').join('') };
    }
    if ('text' in o) {
      const t = o.text;
      if (typeof t === 'string') return { value: t };
      if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
        return convertValue(t);
      }
    }
  }
  return { value: String(v) };
}

function richTextBold(v: unknown): boolean {
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    const runs = (v as { richText: Array<{ text?: string; font?: { bold?: boolean } }> }).richText.filter((r) => (r.text ?? '').trim() !== '');
    return runs.length > 0 && runs.every((r) => r.font?.bold === true);
  }
  return false;
}

export function worksheetToSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = convertValue(cell.value);
      const out: Cell = { row: r, col: c, value };
      if (formula) out.formula = formula;
      const numFmt = cell.numFmt;
      if (numFmt && numFmt !== 'General') out.numFmt = numFmt;
      if (cell.font?.bold || richTextBold(cell.value)) out.bold = true;
      const indent = cell.alignment?.indent;
      if (indent) out.indent = indent;
      cells.push(out);
    });
  });
  const merges: RangeRef[] = [];
  const raw = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  for (const m of Object.values(raw)) merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  const dims = ws.dimensions as unknown as { top: number; left: number; bottom: number; right: number } | undefined;
  const snap: SheetSnapshot = { name: ws.name, cells, merges };
  if (ws.state && ws.state !== 'visible') snap.hidden = true;
  snap.usedRange = dims && dims.top ? { top: dims.top, left: dims.left, bottom: dims.bottom, right: dims.right } : null;
  return snap;
}

/** The snapshot as exceljs reads the file. */
export async function loadWorkbook(path: string): Promise<{ snapshot: WorkbookSnapshot; workbook: ExcelJS.Workbook }> {
  const buf = checkWorkbookFile(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(`${MSG_NOT_WORKBOOK}: isinya rusak dan tidak dapat dibaca (${shortReason(e)})`);
  }
  return { snapshot: { sheets: wb.worksheets.map(worksheetToSnapshot) }, workbook: wb };
}

function shortReason(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0].slice(0, 120);
}
