/** Writing the checked copy and ringkasan.xlsx to new files (atomically; never over the input). */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { HighlightPlan } from '../core/highlight';
import { Analysis } from '../core/periksa';
import { markCheckedCopy, summaryBytes, workbookBytes } from '../xlsx/checked-copy';
import { writeAtomic } from './output';

export { loadForWriting } from '../xlsx/checked-copy';

export interface CopySummary {
  output: string;
  counts: Analysis['counts'];
}

/** Writes the copy: `wb` (from loadForWriting) is changed in memory only. */
export async function writeCheckedCopy(
  input: string,
  output: string,
  wb: ExcelJS.Workbook,
  result: Analysis,
  plan: HighlightPlan,
  replace = false,
): Promise<CopySummary> {
  markCheckedCopy(wb, input, result, plan);
  const bytes = await workbookBytes(wb);
  await writeAtomic(output, replace, (tmp) => fs.promises.writeFile(tmp, bytes));
  return { output, counts: result.counts };
}

/** ringkasan.xlsx for a folder: one row per file, its counts, a link to its copy (relative to the summary). */
export async function writeSummary(
  output: string,
  rows: Array<{ input: string; copy?: string; counts?: Analysis['counts']; error?: string }>,
  replace = false,
): Promise<void> {
  const bytes = await summaryBytes(
    rows.map((r) => ({ ...r, copy: r.copy ? { link: path.relative(path.dirname(output), r.copy), name: path.basename(r.copy) } : undefined })),
  );
  await writeAtomic(output, replace, (tmp) => fs.promises.writeFile(tmp, bytes));
}
