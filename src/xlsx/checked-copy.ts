/**
 * The checked copy for reviewers: the input workbook, untouched but for fills, borders and notes, with a first sheet
 * "Temuan" listing every finding (a link jumps to its cell), galat cells framed in thick red and peringatan cells in
 * dashed orange with the message as a note — marks no rating band uses — and pengukuran/efisiensi rows filled by
 * rating band with a legend. Never the input file. Pure: workbook bytes in, workbook bytes out (the CLI writes them
 * to a new file, the checker page offers them as a download).
 */

/** The package's bytes and its parts, inflated and checked once; a copy is written from the same ones. */
export interface Package {
  buf: Uint8Array;
  parts: Map<string, Uint8Array>;
}

/** The file name without its folders (either separator). */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
import ExcelJS from 'exceljs';
import { InputError } from './container';
import { isOdsPackage } from './ods-snapshot';
import { isMarkupPackage } from './markup-snapshot';
import { isXlsPackage } from './xls-snapshot';
import { isXlsbPackage } from './xlsb-snapshot';
import { resultsStale } from './xlsx-snapshot';
import { finishPackage, withoutLargeMerges } from './package-fixes';
import { freeSheetName, parseRange, quoteSheetName, rangeA1 } from '../core/address';
import { HighlightPlan } from '../core/highlight';
import { Analysis } from '../core/periksa';
import { findingItems } from '../core/present';
import { RULES } from '../core/rules';
import { Finding, TABLE_KIND_LABEL } from '../core/types';

/** Marks no band uses (bands are light fills): a galat is framed in thick dark red, a peringatan in dashed orange. */
export const GALAT_BORDER_COLOR = 'FFC00000';
export const PERINGATAN_BORDER_COLOR = 'FFED7D31';
/** Strong fills for the Tingkat column of Temuan and ringkasan.xlsx (no band is this dark). */
export const GALAT_FILL = 'FFC00000';
export const PERINGATAN_FILL = 'FFFFC000';
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

/** Frames a cell (a galat: thick red; a peringatan: dashed orange), keeping its fill and the rest of its style. */
function markCell(cell: ExcelJS.Cell, severity: 'galat' | 'peringatan'): void {
  const edge: Partial<ExcelJS.Border> =
    severity === 'galat' ? { style: 'thick', color: { argb: GALAT_BORDER_COLOR } } : { style: 'mediumDashed', color: { argb: PERINGATAN_BORDER_COLOR } };
  cell.style = { ...cell.style, border: { top: edge, left: edge, bottom: edge, right: edge } };
}

/** A sheet name not yet taken in the workbook: "Temuan", else "Temuan (2)", … */
export function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  return freeSheetName(
    wb.worksheets.map((w) => w.name),
    base,
  );
}

/**
 * The input as exceljs models it, to be written back with our marks: from the package the check already read and
 * verified (the file is not read a second time, and never opened for writing).
 */
export async function loadForWriting({ buf, parts }: Package): Promise<ExcelJS.Workbook> {
  if (isOdsPackage(parts)) {
    throw new InputError(
      'salinan dari lembar kerja OpenDocument (.ods) tidak dapat ditulis di sini; simpan berkasnya sebagai .xlsx lalu periksa lagi, atau pasang LibreOffice agar lkjip mengubahnya sendiri',
    );
  }
  if (isMarkupPackage(parts)) {
    throw new InputError(
      'salinan dari berkas HTML atau XML Spreadsheet 2003 tidak dapat ditulis di sini; buka berkasnya di Excel, simpan sebagai .xlsx (Buku Kerja Excel) lalu periksa lagi',
    );
  }
  if (isXlsPackage(parts)) {
    throw new InputError(
      'salinan dari berkas Excel lama (.xls) tidak dapat ditulis di sini; simpan berkasnya sebagai .xlsx lalu periksa lagi, atau pasang LibreOffice agar lkjip mengubahnya sendiri',
    );
  }
  if (isXlsbPackage(parts)) {
    throw new InputError(
      'salinan dari buku kerja biner Excel (.xlsb) tidak dapat ditulis di sini; simpan berkasnya sebagai .xlsx lalu periksa lagi, atau pasang LibreOffice agar lkjip mengubahnya sendiri',
    );
  }
  const { bytes, taken } = await withoutLargeMerges(buf, parts);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const m = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
    throw new InputError(`salinan diperiksa tidak dapat dibuat: susunan berkas ini tidak dapat dimuat untuk ditulis ulang (${m})`);
  }
  LARGE_MERGES.set(wb, taken);
  keepRecalculation(wb, parts);
  return wb;
}

/**
 * A book whose formula results are stale or missing (written by a program: <calcPr fullCalcOnLoad="1"/>, or a formula
 * with no result) keeps asking Excel to recalculate on opening — exceljs would drop the flag, and the copy would open
 * showing the placeholder zeros the checking saw through.
 */
function keepRecalculation(wb: ExcelJS.Workbook, parts: Map<string, Uint8Array>): void {
  let stale = false;
  for (const [name, bytes] of parts) {
    if (!/(^|\/)workbook\.xml$/i.test(name)) continue;
    stale ||= resultsStale(new TextDecoder().decode(bytes));
  }
  if (!stale)
    outer: for (const ws of wb.worksheets)
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.findRow(r);
        if (!row) continue;
        for (let c = 1; c <= row.cellCount; c++) {
          const v = row.findCell(c)?.value as { formula?: string; sharedFormula?: string; result?: unknown } | null | undefined;
          if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) && (v.result === undefined || v.result === null)) {
            stale = true;
            break outer;
          }
        }
      }
  if (stale) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}

/** Merges kept out of exceljs by loadForWriting, by workbook: put back by workbookBytes. */
const LARGE_MERGES = new WeakMap<ExcelJS.Workbook, Map<string, string[]>>();
/** Sheets whose cell links are made internal by workbookBytes. */
const LINK_SHEETS = new WeakMap<ExcelJS.Workbook, string[]>();

/** The workbook as .xlsx bytes, with the merges loadForWriting kept aside put back and our links made internal. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return finishPackage(bytes, LARGE_MERGES.get(wb) ?? new Map(), LINK_SHEETS.get(wb) ?? []);
}

/**
 * Marks the checked copy in `wb` (from loadForWriting; changed in memory only): band fills, framed cells with notes,
 * a first sheet Temuan. `input` is the file's name as the user knows it.
 */
export function markCheckedCopy(wb: ExcelJS.Workbook, input: string, result: Analysis, plan: HighlightPlan): void {
  // 1. band fills on whole rows of the pengukuran and efisiensi tables
  for (const r of plan.rows) {
    const ws = wb.getWorksheet(r.sheet);
    if (!ws) continue;
    const range = parseRange(r.address);
    for (let c = range.left; c <= range.right; c++) fillCell(ws.getCell(range.top, c), argb(r.color));
  }

  // 2. flagged cells on top: framed (galat thick red, peringatan dashed orange), the message as a note
  // peringatan first, galat after: where both fall on one cell, the galat's frame is the one seen
  const marked = [...result.findings.filter((f) => f.severity === 'peringatan'), ...result.findings.filter((f) => f.severity === 'galat')];
  for (const f of marked) {
    if (f.severity === 'info') continue;
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) continue;
    const range = parseRange(f.cell);
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (cells <= MAX_MARKED_CELLS) {
      for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) markCell(ws.getCell(r, c), f.severity);
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

  LINK_SHEETS.set(wb, [sheet.name]);
}

/** Temuan columns: header on row 1; widths in characters (the page is fitted to one page wide, landscape). */
const TEMUAN_COLUMNS: Array<{ header: string; width: number }> = [
  { header: 'No', width: 5 },
  { header: 'Tingkat', width: 11 },
  { header: 'Aturan', width: 16 },
  { header: 'Sheet', width: 16 },
  { header: 'Sel', width: 10 },
  { header: 'Seharusnya', width: 17 },
  { header: 'Tertulis', width: 17 },
  { header: 'Selisih', width: 15 },
  { header: 'Pesan', width: 60 },
  { header: 'Perhitungan dan sel pembanding', width: 34 },
  { header: 'Penjelasan aturan', width: 48 },
];
const COL_PESAN = 9;

/** A number format for a finding's figures, by its unit (values in percent are points: 79,81 → "79,81 %"). */
function numFmtFor(f: Finding, v: number): string {
  const decimals = Number.isInteger(v) ? 0 : 2;
  const frac = decimals ? '.00' : '';
  if (f.unit === 'rupiah') return `"Rp "#,##0${frac}`;
  if (f.unit === 'persen') return '#,##0.00" %"';
  if (f.satuan && !/^[-–%]$/.test(f.satuan)) return `#,##0${frac}" ${f.satuan.replace(/"/g, '')}"`;
  return `#,##0${frac}`;
}

/** Lines a wrapped text takes in a column of this width (characters), for an explicit row height. */
function linesIn(text: string, width: number): number {
  const perLine = Math.max(8, Math.floor(width * 1.1));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

function writeTemuan(ws: ExcelJS.Worksheet, input: string, result: Analysis, plan: HighlightPlan): void {
  ws.columns = TEMUAN_COLUMNS.map((c) => ({ width: c.width }));
  TEMUAN_COLUMNS.forEach((h, i) => {
    const c = ws.getCell(1, i + 1);
    c.value = h.header;
    c.font = { bold: true };
    c.alignment = { vertical: 'middle', wrapText: true };
    fillCell(c, HEADER_FILL);
  });
  ws.getRow(1).height = 30;
  const penjelasan = new Map(RULES.map((r) => [r.meta.id, r.meta.penjelasan]));
  const items = findingItems(result.findings);
  let r = 2;
  items.forEach((item, i) => {
    const f = item.findings[0];
    const single = item.findings.length === 1;
    ws.getCell(r, 1).value = i + 1;
    const sev = ws.getCell(r, 2);
    sev.value = SEVERITY_LABEL[item.severity];
    if (item.severity !== 'info') {
      fillCell(sev, item.severity === 'galat' ? GALAT_FILL : PERINGATAN_FILL);
      sev.font = { bold: true, color: { argb: item.severity === 'galat' ? 'FFFFFFFF' : 'FF000000' } };
    }
    ws.getCell(r, 3).value = item.rule;
    ws.getCell(r, 4).value = item.sheet;
    const first = item.cells[0].split(':')[0];
    ws.getCell(r, 5).value = { text: item.cell, hyperlink: `${quoteSheetName(item.sheet)}!${first}`, tooltip: `Ke ${item.sheet}!${first}` };
    ws.getCell(r, 5).font = { color: { argb: 'FF0563C1' }, underline: true };
    if (single) {
      for (const [col, v] of [
        [6, f.expected],
        [7, f.actual],
        [8, f.difference],
      ] as const) {
        if (v === undefined || v === null) continue;
        const c = ws.getCell(r, col);
        c.value = v;
        if (typeof v === 'number') c.numFmt = numFmtFor(f, v);
      }
    }
    const message = ws.getCell(r, COL_PESAN);
    message.value = item.message;
    const how = single
      ? [f.computation, f.related?.length ? `dibandingkan dengan ${f.related.join(', ')}` : undefined].filter(Boolean).join('; ')
      : item.cells.join(', ');
    ws.getCell(r, 10).value = how;
    ws.getCell(r, 11).value = penjelasan.get(item.rule) ?? '';
    for (let c = 1; c <= TEMUAN_COLUMNS.length; c++) {
      const cell = ws.getCell(r, c);
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: 'top' };
    }
    const lines = Math.max(
      linesIn(item.message, TEMUAN_COLUMNS[COL_PESAN - 1].width),
      linesIn(how, TEMUAN_COLUMNS[9].width),
      linesIn(penjelasan.get(item.rule) ?? '', TEMUAN_COLUMNS[10].width),
    );
    ws.getRow(r).height = Math.max(15, lines * 15);
    r++;
  });
  const lastFindingRow = r - 1;
  if (items.length === 0) {
    ws.getCell(r, COL_PESAN).value = `Semua angka di ${result.tables.length} tabel yang dikenali saling cocok.`;
    r++;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, lastFindingRow), column: TEMUAN_COLUMNS.length } };
  ws.views = [{ state: 'frozen', ySplit: 1, tabSelected: true } as unknown as ExcelJS.WorksheetView];
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&L${baseName(input).replace(/&/g, '&&')}&RHalaman &P dari &N` };

  // below the findings: the summary, the marks and bands legend, the tables recognised
  r += 1;
  const line = (text: string, bold = false) => {
    const c = ws.getCell(r, 2);
    c.value = text;
    if (bold) c.font = { bold: true };
    r++;
  };
  line('Hasil pemeriksaan konsistensi LKjIP (lkjip)', true);
  line(`Berkas: ${baseName(input)}`);
  const { galat, peringatan, info } = result.counts;
  line(`Temuan: ${galat} galat, ${peringatan} peringatan, ${info} info; ${result.tables.length} tabel dikenali`, true);
  line(
    `Skala penilaian: ${result.scale.id === 'workbook' ? `${result.scale.name.replace(/^Skala penilaian /, '')} (${result.scale.source?.sheet ?? ''}!${result.scale.source?.range ?? ''})` : `${result.scale.id} — ${result.scale.name}`}`,
  );
  line('Tanda di sheet lain:', true);
  const legendMark = (severity: 'galat' | 'peringatan', text: string) => {
    const c = ws.getCell(r, 2);
    c.value = severity === 'galat' ? 'Galat' : 'Peringatan';
    markCell(c, severity);
    ws.getCell(r, 3).value = text;
    r++;
  };
  legendMark('galat', 'bingkai merah tebal: angka yang bertentangan dengan angka asalnya (pesannya di catatan sel)');
  legendMark('peringatan', 'bingkai jingga putus-putus: angka yang mencurigakan atau tidak dapat dipakai');
  line('Warna baris pengukuran dan efisiensi menurut predikat:', true);
  for (const l of plan.legend) {
    const c = ws.getCell(r, 2);
    c.value = l.label;
    fillCell(c, argb(l.color));
    ws.getCell(r, 3).value = l.lower !== undefined ? `≥ ${l.lower.toLocaleString('id-ID')} %` : 'di bawahnya';
    ws.getCell(r, 4).value = `${l.rows} baris`;
    r++;
  }
  r++;
  line('Tabel dikenali:', true);
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

/** One row of ringkasan.xlsx: a file, its counts, and where its checked copy is (a link relative to the summary). */
export interface SummaryRow {
  input: string;
  /** The copy's link, relative to the summary's folder, and its shown name. */
  copy?: { link: string; name: string };
  counts?: Analysis['counts'];
  error?: string;
}

/** ringkasan.xlsx for a folder: one row per file, its counts, a link to its copy. */
export async function summaryBytes(rows: SummaryRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ringkasan');
  ws.columns = [{ width: 40 }, { width: 10 }, { width: 12 }, { width: 8 }, { width: 40 }, { width: 60 }];
  ws.addRow(['Berkas', 'Galat', 'Peringatan', 'Info', 'Salinan diperiksa', 'Keterangan']).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow([baseName(r.input), r.counts?.galat ?? null, r.counts?.peringatan ?? null, r.counts?.info ?? null, null, r.error ?? null]);
    if (r.copy) {
      row.getCell(5).value = { text: r.copy.name, hyperlink: r.copy.link };
      row.getCell(5).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    if (r.counts && r.counts.galat > 0) {
      fillCell(row.getCell(2), GALAT_FILL);
      row.getCell(2).font = { bold: true, color: { argb: 'FFFFFFFF' } };
    }
    if (r.error) fillCell(row.getCell(6), PERINGATAN_FILL);
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
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
