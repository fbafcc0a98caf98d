/**
 * The checked copy for reviewers: the input workbook, untouched but for fills and notes, with a first sheet
 * "Temuan" listing every finding (a link jumps to its cell), galat cells red and peringatan cells yellow with the
 * message as a note, and pengukuran/efisiensi rows filled by rating band with a legend. Never the input file.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbookFile, InputError } from './container';
import { parseRange, quoteSheetName, rangeA1 } from '../core/address';
import { HighlightPlan } from '../core/highlight';
import { Analysis } from '../core/periksa';
import { Finding, TABLE_KIND_LABEL } from '../core/types';
export { copyPath } from './paths';

export const RED = 'FFFFC7CE';
export const YELLOW = 'FFFFEB9C';
const HEADER_FILL = 'FFD9E1F2';
/** Cells of one finding range we mark at most (a whole-column range is not painted cell by cell). */
const MAX_MARKED_CELLS = 2000;

const SEVERITY_LABEL: Record<Finding['severity'], string> = { galat: 'Galat', peringatan: 'Peringatan', info: 'Info' };

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function solid(color: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: color }, bgColor: { argb: color } };
}

/** Sets a cell's fill without touching the style object other cells may share with it. */
function fillCell(cell: ExcelJS.Cell, color: string): void {
  cell.style = { ...cell.style, fill: solid(color) };
}

function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

export interface CopySummary {
  output: string;
  counts: Analysis['counts'];
}

/**
 * The input as exceljs models it, to be written back with our marks. Only the bytes are read (after the same
 * container checks as for checking); the input file is never opened for writing.
 */
export async function loadForWriting(file: string): Promise<ExcelJS.Workbook> {
  const buf = checkWorkbookFile(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    const m = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
    throw new InputError(`salinan diperiksa tidak dapat dibuat: susunan berkas ini tidak dapat dimuat untuk ditulis ulang (${m})`);
  }
  return wb;
}

/** Writes the copy: `wb` (from loadForWriting) is changed in memory only. */
export async function writeCheckedCopy(input: string, output: string, wb: ExcelJS.Workbook, result: Analysis, plan: HighlightPlan): Promise<CopySummary> {
  // 1. band fills on whole rows of the pengukuran and efisiensi tables
  for (const r of plan.rows) {
    const ws = wb.getWorksheet(r.sheet);
    if (!ws) continue;
    const range = parseRange(r.address);
    for (let c = range.left; c <= range.right; c++) fillCell(ws.getCell(range.top, c), argb(r.color));
  }

  // 2. flagged cells on top: red for galat, yellow for peringatan, the message as a note
  for (const f of result.findings) {
    if (f.severity === 'info') continue;
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) continue;
    const range = parseRange(f.cell);
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    const color = f.severity === 'galat' ? RED : YELLOW;
    if (cells <= MAX_MARKED_CELLS) {
      for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) fillCell(ws.getCell(r, c), color);
    }
    const first = ws.getCell(range.top, range.left);
    const previous = typeof first.note === 'string' ? first.note : first.note ? (first.note.texts ?? []).map((t) => t.text).join('') : '';
    const text = `${SEVERITY_LABEL[f.severity]} [${f.rule}]: ${f.message}`;
    first.note = previous ? `${previous}\n\n${text}` : text;
  }

  // 3. the Temuan sheet, first
  const sheet = wb.addWorksheet(uniqueSheetName(wb, 'Temuan'));
  // exceljs orders sheets by orderNo (not in its type declarations)
  type Ordered = { orderNo: number };
  for (const ws of wb.worksheets) if (ws !== sheet) (ws as unknown as Ordered).orderNo += 1;
  (sheet as unknown as Ordered).orderNo = 0;
  writeTemuan(sheet, input, result, plan);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  for (const ws of wb.worksheets)
    if (ws !== sheet && ws.views?.length) ws.views = ws.views.map((v) => ({ ...v, tabSelected: false }) as unknown as ExcelJS.WorksheetView);

  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  await wb.xlsx.writeFile(output);
  return { output, counts: result.counts };
}

function writeTemuan(ws: ExcelJS.Worksheet, input: string, result: Analysis, plan: HighlightPlan): void {
  ws.columns = [{ width: 6 }, { width: 30 }, { width: 18 }, { width: 22 }, { width: 10 }, { width: 18 }, { width: 18 }, { width: 90 }, { width: 30 }];
  let r = 1;
  ws.getCell(r, 1).value = 'Hasil pemeriksaan konsistensi LKjIP (lkjip)';
  ws.getCell(r, 1).font = { bold: true, size: 14 };
  r++;
  ws.getCell(r, 1).value = `Berkas: ${path.basename(input)}`;
  r++;
  const { galat, peringatan, info } = result.counts;
  ws.getCell(r, 1).value = `Temuan: ${galat} galat, ${peringatan} peringatan, ${info} info; ${result.tables.length} tabel dikenali`;
  ws.getCell(r, 1).font = { bold: true };
  r++;
  ws.getCell(r, 1).value =
    `Skala penilaian: ${result.scale.id === 'workbook' ? `dari tabel skala di buku kerja (${result.scale.source?.sheet ?? ''}!${result.scale.source?.range ?? ''})` : `${result.scale.id} — ${result.scale.name}`}`;
  r++;
  ws.getCell(r, 1).value =
    'Sel merah: galat; sel kuning: peringatan (pesannya ada di catatan sel). Baris pengukuran dan efisiensi diwarnai menurut predikatnya:';
  r++;
  for (const l of plan.legend) {
    const c = ws.getCell(r, 2);
    c.value = l.label;
    fillCell(c, argb(l.color));
    ws.getCell(r, 3).value = l.lower !== undefined ? `≥ ${l.lower.toLocaleString('id-ID')} %` : 'di bawahnya';
    ws.getCell(r, 4).value = `${l.rows} baris`;
    r++;
  }
  r++;
  const header = ['No', 'Tingkat', 'Aturan', 'Sheet', 'Sel', 'Seharusnya', 'Tertulis', 'Pesan', 'Dibandingkan dengan'];
  header.forEach((h, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = h;
    c.font = { bold: true };
    fillCell(c, HEADER_FILL);
  });
  const headerRow = r;
  r++;
  result.findings.forEach((f, i) => {
    ws.getCell(r, 1).value = i + 1;
    const sev = ws.getCell(r, 2);
    sev.value = SEVERITY_LABEL[f.severity];
    if (f.severity !== 'info') fillCell(sev, f.severity === 'galat' ? RED : YELLOW);
    ws.getCell(r, 3).value = f.rule;
    ws.getCell(r, 4).value = f.sheet;
    const first = f.cell.split(':')[0];
    ws.getCell(r, 5).value = { text: f.cell, hyperlink: `${quoteSheetName(f.sheet)}!${first}`, tooltip: `Ke ${f.sheet}!${f.cell}` };
    ws.getCell(r, 5).font = { color: { argb: 'FF0563C1' }, underline: true };
    if (f.expected !== undefined && f.expected !== null) ws.getCell(r, 6).value = f.expected;
    if (f.actual !== undefined && f.actual !== null) ws.getCell(r, 7).value = f.actual;
    ws.getCell(r, 8).value = f.message;
    ws.getCell(r, 8).alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(r, 9).value = (f.related ?? []).join(', ');
    r++;
  });
  if (result.findings.length === 0) ws.getCell(r, 1).value = 'Tidak ada temuan.';
  ws.views = [{ state: 'frozen', ySplit: headerRow, tabSelected: true } as unknown as ExcelJS.WorksheetView];
  r += 2;
  ws.getCell(r, 1).value = 'Tabel dikenali:';
  ws.getCell(r, 1).font = { bold: true };
  r++;
  for (const t of result.tables) {
    ws.getCell(r, 2).value = TABLE_KIND_LABEL[t.kind];
    ws.getCell(r, 4).value = t.sheet;
    ws.getCell(r, 5).value = {
      text: rangeA1(t.range),
      hyperlink: `${quoteSheetName(t.sheet)}!${rangeA1({ ...t.range, bottom: t.range.top, right: t.range.left })}`,
    };
    r++;
  }
}

/** ringkasan.xlsx for a folder: one row per file, its counts, a link to its copy. */
export async function writeSummary(output: string, rows: Array<{ input: string; copy?: string; counts?: Analysis['counts']; error?: string }>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ringkasan');
  ws.columns = [{ width: 40 }, { width: 10 }, { width: 12 }, { width: 8 }, { width: 40 }, { width: 60 }];
  ws.addRow(['Berkas', 'Galat', 'Peringatan', 'Info', 'Salinan diperiksa', 'Keterangan']).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow([path.basename(r.input), r.counts?.galat ?? null, r.counts?.peringatan ?? null, r.counts?.info ?? null, null, r.error ?? null]);
    if (r.copy) {
      const rel = path.relative(path.dirname(output), r.copy);
      row.getCell(5).value = { text: path.basename(r.copy), hyperlink: rel };
      row.getCell(5).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    if (r.counts && r.counts.galat > 0) fillCell(row.getCell(2), RED);
    if (r.error) fillCell(row.getCell(6), YELLOW);
  }
  const total = (k: 'galat' | 'peringatan' | 'info') => rows.reduce((n, r) => n + (r.counts?.[k] ?? 0), 0);
  const t = ws.addRow([
    'Jumlah',
    total('galat'),
    total('peringatan'),
    total('info'),
    null,
    `${rows.length} berkas, ${rows.filter((r) => r.error).length} tidak terbaca`,
  ]);
  t.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(output);
}
