/** Checks one file: read, periksa, optionally write the checked copy. Runs inside a worker thread (or in-process). */
import { highlightPlan } from '../core/highlight';
import { documentOf, PeriksaDocument } from '../core/document';
import { periksaWorkbook } from '../core/periksa';
import { describeError } from './errors';
import { withXlsx } from './read-workbook';

export interface CheckTask {
  file: string;
  skala?: string;
  copy?: string;
  /** --timpa: an existing copy may be replaced. */
  timpa?: boolean;
  /** The workbook's parts, already inflated and checked (the pool opens a file while a new worker starts). */
  parts?: Map<string, Uint8Array>;
}

export interface CheckResult {
  doc: PeriksaDocument;
  /** Why the checked copy could not be written (the findings stand). */
  copyError?: string;
}

/**
 * One reading, one check: the findings come from what our reader read, with or without --tulis. exceljs is loaded
 * only to write the copy (it carries the styles, notes and links the copy keeps), never to decide a finding.
 */
export async function checkFile(task: CheckTask): Promise<CheckResult> {
  return withXlsx(
    task.file,
    async (snapshot, pkg) => {
      const result = periksaWorkbook(snapshot, { skala: task.skala });
      const doc = documentOf(task.file, result);
      if (!task.copy) return { doc };
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs is heavy: loaded only to write a copy
        const { loadForWriting, writeCheckedCopy } = require('./checked-copy') as typeof import('./checked-copy');
        const workbook = await loadForWriting(pkg);
        await writeCheckedCopy(task.file, task.copy, workbook, result, highlightPlan(result.tables, result.scale), !!task.timpa);
        return { doc };
      } catch (e) {
        // the report stands even when its copy cannot be written
        return { doc, copyError: describeError(e) };
      }
    },
    { forWriting: !!task.copy, parts: task.parts },
  );
}
