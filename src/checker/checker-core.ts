/**
 * What the checker page's worker does, without the worker: read a workbook's bytes with the same reader as the CLI,
 * check it with the same engine, and build the same checked copy, corrected copy and summary workbook. Runs in
 * any JavaScript host (tested in Node with the browser's inflater).
 */
import { documentOf, PeriksaDocument } from '../core/document';
import { highlightPlan } from '../core/highlight';
import { Analysis, periksaWorkbook } from '../core/periksa';
import { WorkbookSnapshot } from '../core/snapshot';
import { baseName, loadForWriting, markCheckedCopy, Package, summaryBytes, SummaryRow, workbookBytes } from '../xlsx/checked-copy';
import { InputError } from '../xlsx/container';
import { correctedCopy } from '../xlsx/corrected-copy';
import { FFLATE_INFLATER } from '../xlsx/fflate-inflater';
import { describeProblem } from '../xlsx/problem';
import { readWorkbookBytes } from '../xlsx/read';

export interface Checked {
  name: string;
  snapshot: WorkbookSnapshot;
  pkg: Package;
  analysis: Analysis;
  doc: PeriksaDocument;
}

export type Progress = (stage: 'membaca' | 'memeriksa' | 'menulis') => void;

export function checkBytes(bytes: Uint8Array, name: string, progress: Progress = () => undefined): Checked {
  progress('membaca');
  const { snapshot, pkg } = readWorkbookBytes(bytes, name, FFLATE_INFLATER);
  progress('memeriksa');
  const analysis = periksaWorkbook(snapshot);
  return { name, snapshot, pkg, analysis, doc: documentOf(name, analysis) };
}

/** The same checked copy as `lkjip periksa --tulis`. */
export async function checkedCopy(c: Checked): Promise<Uint8Array> {
  const wb = await loadForWriting(c.pkg);
  markCheckedCopy(wb, c.name, c.analysis, highlightPlan(c.analysis.tables, c.analysis.scale));
  return workbookBytes(wb);
}

/** The same corrected copy as `lkjip perbaiki --tulis`. */
export async function fixedCopy(c: Checked): Promise<{ bytes: Uint8Array; changes: number }> {
  const { bytes, result } = await correctedCopy(c.snapshot, c.pkg);
  return { bytes, changes: result.changes.length };
}

export function summaryWorkbook(rows: SummaryRow[]): Promise<Uint8Array> {
  return summaryBytes(rows);
}

/** "laporan.xlsx" → "laporan-diperiksa.xlsx", as the CLI names its copies. */
export function copyName(name: string, suffix: 'diperiksa' | 'diperbaiki'): string {
  const stem = baseName(name).replace(/\.(xlsx|xlsm|xltx|xltm|xlsb|xls|ods)$/i, '');
  return `${stem}-${suffix}.xlsx`;
}

/** One Indonesian sentence for any failure; never a stack trace. */
export function problemOf(e: unknown): string {
  if (e instanceof InputError && e.convertible) {
    return `${e.message}. Halaman ini tidak dapat mengubah format berkas; lkjip di komputer (CLI) dengan LibreOffice dapat.`;
  }
  return describeProblem(e, { outOfMemory: 'berkas terlalu besar untuk diperiksa di peramban ini (memori tidak cukup); pakai lkjip di komputer (CLI)' });
}
