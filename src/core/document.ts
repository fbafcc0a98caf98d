/** The JSON document of one checked workbook (`lkjip periksa --format json`, the checker page's "Unduh JSON"). */
import { Analysis, summariseTable, TableSummary } from './periksa';
import { Finding } from './types';

export interface PeriksaDocument {
  file: string;
  scale: string;
  tables: TableSummary[];
  findings: Finding[];
  summary: { galat: number; peringatan: number; info: number; tabel: number };
}

/** `file` is the workbook as the user named it: the path given to the CLI, the file's name on the page. */
export function documentOf(file: string, result: Analysis): PeriksaDocument {
  return {
    file,
    scale: result.scale.id,
    tables: result.tables.map(summariseTable),
    findings: result.findings,
    summary: { ...result.counts, tabel: result.tables.length },
  };
}
