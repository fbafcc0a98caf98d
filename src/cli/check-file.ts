/** Checks one file: read, periksa, optionally write the checked copy. Runs inside a worker thread (or in-process). */
import { highlightPlan } from '../core/highlight';
import { periksaWorkbook, summariseTable } from '../core/periksa';
import { writeCheckedCopy } from './checked-copy';
import { loadWorkbook } from './reader';
import { PeriksaDocument } from './render';

export interface CheckTask {
  file: string;
  skala?: string;
  copy?: string;
}

export async function checkFile(task: CheckTask): Promise<PeriksaDocument> {
  const { snapshot, workbook } = await loadWorkbook(task.file);
  const result = periksaWorkbook(snapshot, { skala: task.skala });
  if (task.copy) await writeCheckedCopy(task.file, task.copy, workbook, result, highlightPlan(result.tables, result.grids, result.scale));
  return {
    file: task.file,
    scale: result.scale.id,
    tables: result.tables.map(summariseTable),
    findings: result.findings,
    summary: { ...result.counts, tabel: result.tables.length },
  };
}
