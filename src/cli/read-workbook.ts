/** Reading a workbook for checking: container checks, then the lean reader. No exceljs on this path. */
import { WorkbookSnapshot } from '../core/snapshot';
import { InputError, MSG_NOT_WORKBOOK, openWorkbookParts } from './container';
import { readSnapshotFromParts } from './xlsx-snapshot';

export async function readWorkbook(path: string): Promise<WorkbookSnapshot> {
  const { parts } = openWorkbookParts(path);
  try {
    return readSnapshotFromParts(parts);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const m = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
    throw new InputError(`${MSG_NOT_WORKBOOK}: isinya rusak dan tidak dapat dibaca (${m})`);
  }
}
