/** Text output for a terminal: tables found, then findings grouped by sheet, in Bahasa Indonesia. */
import { TableSummary } from '../core/periksa';
import { sheetRef } from '../core/address';
import { formatIndonesian } from '../core/figures';
import { Finding, TABLE_KIND_LABEL } from '../core/types';

export interface PeriksaDocument {
  file: string;
  scale: string;
  tables: TableSummary[];
  findings: Finding[];
  summary: { galat: number; peringatan: number; info: number; tabel: number };
}

const SEVERITY_LABEL: Record<string, string> = { galat: 'GALAT', peringatan: 'PERINGATAN', info: 'INFO' };

function show(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '(kosong)';
  if (typeof v === 'number') return formatIndonesian(v);
  return String(v);
}

export function renderText(doc: PeriksaDocument): string {
  const lines: string[] = [];
  lines.push(`== ${doc.file}`);
  lines.push(`Skala penilaian: ${doc.scale === 'workbook' ? 'dari tabel skala di buku kerja' : doc.scale}`);
  lines.push(`Tabel dikenali: ${doc.tables.length}`);
  for (const t of doc.tables) {
    lines.push(`  ${sheetRef(t.sheet, t.range).padEnd(28)} ${TABLE_KIND_LABEL[t.kind]}`);
  }
  const { galat, peringatan, info } = doc.summary;
  lines.push(`Temuan: ${galat} galat, ${peringatan} peringatan, ${info} info`);
  if (doc.findings.length === 0) {
    lines.push('  Tidak ada temuan.');
    return lines.join('\n');
  }
  const bySheet = new Map<string, Finding[]>();
  for (const f of doc.findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    lines.push('');
    lines.push(`Sheet ${quote(sheet)}:`);
    for (const f of list) {
      lines.push(`  ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.cell.padEnd(7)} [${f.rule}] ${f.message}`);
      const detail: string[] = [];
      if (f.expected !== undefined && f.expected !== null) detail.push(`seharusnya ${show(f.expected)}`);
      if (f.actual !== undefined && f.actual !== null) detail.push(`tertulis ${show(f.actual)}`);
      if (f.related && f.related.length) detail.push(`dibandingkan dengan ${f.related.join(', ')}`);
      if (detail.length) lines.push(`  ${' '.repeat(10)} ${' '.repeat(7)} ${detail.join('; ')}`);
    }
  }
  return lines.join('\n');
}

function quote(name: string): string {
  return `"${name}"`;
}

/** One line per file when many are checked. */
export function renderLine(doc: PeriksaDocument): string {
  const { galat, peringatan, info, tabel } = doc.summary;
  return `${doc.file}: ${galat} galat, ${peringatan} peringatan, ${info} info (${tabel} tabel)`;
}
