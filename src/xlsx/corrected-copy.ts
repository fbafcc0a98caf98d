/**
 * The corrected copy (`lkjip perbaiki`, the checker page's "Unduh hasil perbaikan"): every safe fix written into the
 * workbook, each changed cell listed on a sheet "Perbaikan" (Sheet | Sel | Sebelum | Sesudah | Aturan). Pure: the
 * package in, the copy's bytes out; the input is never written.
 */
import { parseA1 } from '../core/address';
import { fixWorkbook, FixResult, shownValue, sumFormula } from '../core/fixes';
import { WorkbookSnapshot } from '../core/snapshot';
import { loadForWriting, Package, uniqueSheetName, workbookBytes } from './checked-copy';

export interface CorrectedCopy {
  bytes: Uint8Array;
  result: FixResult;
}

export async function correctedCopy(snapshot: WorkbookSnapshot, pkg: Package, options: { skala?: string; rumus?: boolean } = {}): Promise<CorrectedCopy> {
  const result = fixWorkbook(snapshot, { skala: options.skala });
  const wb = await loadForWriting(pkg);
  for (const ch of result.changes) {
    const ws = wb.getWorksheet(ch.sheet);
    if (!ws) continue;
    const { row, col } = parseA1(ch.cell);
    const cell = ws.getCell(row, col);
    const formula = options.rumus ? sumFormula(ch)?.slice(1) : undefined;
    cell.value = formula ? { formula, result: ch.after } : ch.after;
    if (ch.numFmt) cell.numFmt = ch.numFmt;
  }
  const log = wb.addWorksheet(uniqueSheetName(wb, 'Perbaikan'));
  log.columns = [{ width: 24 }, { width: 10 }, { width: 28 }, { width: 28 }, { width: 18 }];
  log.addRow(['Sheet', 'Sel', 'Sebelum', 'Sesudah', 'Aturan']).font = { bold: true };
  for (const ch of result.changes) log.addRow([ch.sheet, ch.cell, shownValue(ch.before), typeof ch.after === 'number' ? ch.after : String(ch.after), ch.rule]);
  return { bytes: await workbookBytes(wb), result };
}
