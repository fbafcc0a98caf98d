/** Checks one file: read, periksa, optionally write the checked copy. Runs inside a worker thread (or in-process). */
import { highlightPlan } from '../core/highlight';
import { periksaWorkbook, PeriksaResult, summariseTable } from '../core/periksa';
import { readSnapshot } from './read';
import { PeriksaDocument } from './render';

export interface CheckTask {
  file: string;
  skala?: string;
  copy?: string;
}

export async function checkFile(task: CheckTask): Promise<PeriksaDocument> {
  if (!task.copy) {
    const result = periksaWorkbook(await readSnapshot(task.file), { skala: task.skala });
    return documentOf(task.file, result);
  }
  // Writing a copy needs exceljs's full model of the workbook: loaded only then.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { loadWorkbook } = require('./reader') as typeof import('./reader');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { writeCheckedCopy } = require('./checked-copy') as typeof import('./checked-copy');
  const { snapshot, workbook } = await loadWorkbook(task.file);
  const result = periksaWorkbook(snapshot, { skala: task.skala });
  await writeCheckedCopy(task.file, task.copy, workbook, result, highlightPlan(result.tables, result.grids, result.scale));
  return documentOf(task.file, result);
}

function documentOf(file: string, result: PeriksaResult): PeriksaDocument {
  return {
    file,
    scale: result.scale.id,
    tables: result.tables.map(summariseTable),
    findings: result.findings,
    summary: { ...result.counts, tabel: result.tables.length },
  };
}
