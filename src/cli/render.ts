/** Text output for a terminal: tables found, then findings grouped by sheet, in Bahasa Indonesia. */
import { PeriksaDocument } from '../core/document';
import { sheetRef } from '../core/address';
import { formatIndonesian } from '../core/figures';
import { findingItems } from '../core/present';
import { visible as v } from './terminal';
import { TABLE_KIND_LABEL } from '../core/types';

export type { PeriksaDocument } from '../core/document';

const SEVERITY_LABEL: Record<string, string> = { galat: 'GALAT', peringatan: 'PERINGATAN', info: 'INFO' };

function show(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '(kosong)';
  if (typeof v === 'number') return formatIndonesian(v);
  return String(v);
}

export function renderText(doc: PeriksaDocument): string {
  const lines: string[] = [];
  lines.push(`== ${v(doc.file)}`);
  // (a scale table, or a scale written in a note under a table)
  lines.push(`Skala penilaian: ${doc.scale === 'workbook' ? 'dari buku kerja' : doc.scale}`);
  lines.push(`Tabel dikenali: ${doc.tables.length}`);
  for (const t of doc.tables) {
    const goesOn = t.continuedIn?.length ? `, bersambung di ${t.continuedIn.map(v).join(', ')}` : '';
    lines.push(`  ${v(sheetRef(t.sheet, t.range)).padEnd(28)} ${TABLE_KIND_LABEL[t.kind]}${goesOn}`);
  }
  const { galat, peringatan, info } = doc.summary;
  lines.push(`Temuan: ${galat} galat, ${peringatan} peringatan, ${info} info`);
  if (doc.findings.length === 0) {
    // only reached with tables checked: an empty book gets the tanpa-tabel peringatan
    lines.push(`  Semua angka di ${doc.tables.length} tabel yang dikenali saling cocok.`);
    return lines.join('\n');
  }
  // galat first, then peringatan, then info; repeated peringatan/info of one rule on one sheet as one item
  let sheet: string | undefined;
  for (const item of findingItems(doc.findings)) {
    if (item.sheet !== sheet) {
      sheet = item.sheet;
      lines.push('');
      lines.push(`Sheet ${v(quote(sheet))}:`);
    }
    lines.push(`  ${SEVERITY_LABEL[item.severity].padEnd(10)} ${item.cell.padEnd(7)} [${item.rule}] ${v(item.message)}`);
    const indent = `  ${' '.repeat(10)} ${' '.repeat(7)} `;
    if (item.findings.length > 1) continue;
    const f = item.findings[0];
    const detail: string[] = [];
    if (f.expected !== undefined && f.expected !== null) detail.push(`seharusnya ${f.expectedText ?? show(f.expected)}`);
    if (f.actual !== undefined && f.actual !== null) detail.push(`tertulis ${f.actualText ?? show(f.actual)}`);
    if (f.differenceText) detail.push(f.differenceText);
    if (f.related && f.related.length) detail.push(`dibandingkan dengan ${f.related.join(', ')}`);
    if (detail.length) lines.push(`${indent}${v(detail.join('; '))}`);
    if (f.computation) lines.push(`${indent}perhitungan: ${v(f.computation)}`);
  }
  lines.push('');
  lines.push('Arti setiap aturan: lkjip aturan');
  return lines.join('\n');
}

function quote(name: string): string {
  return `"${name}"`;
}

/** One line per file when many are checked. */
export function renderLine(doc: PeriksaDocument): string {
  const { galat, peringatan, info, tabel } = doc.summary;
  return `${v(doc.file)}: ${galat} galat, ${peringatan} peringatan, ${info} info (${tabel} tabel)`;
}
