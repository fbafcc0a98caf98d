/** --tulis: the checked copy keeps every original cell, marks findings and bands, and opens in LibreOffice. */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ROOT, runCli } from '../helpers/cli';
import { corpus } from '../helpers/corpus';
import { tempDir } from '../helpers/tmp';

const CONTOH = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
if (!SOFFICE) console.warn('LEWATI: pemeriksaan LibreOffice butuh libreoffice-calc (apt-get install libreoffice-calc); .ci/run memasangnya.');

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function plain(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return v.getTime();
  return v;
}

/** Every original sheet of `copy` equals `input`: values, formulas, number formats, merges, column widths. */
async function expectOriginalsKept(input: string, copy: string): Promise<void> {
  const a = await open(input);
  const b = await open(copy);
  expect(b.worksheets.map((w) => w.name).slice(1)).toEqual(a.worksheets.map((w) => w.name));
  for (const wa of a.worksheets) {
    const wb = b.getWorksheet(wa.name)!;
    const cellsA: unknown[] = [];
    const cellsB: unknown[] = [];
    wa.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (c, col) => cellsA.push([r, col, plain(c.value), c.numFmt ?? null])));
    wb.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.value !== null && c.value !== undefined) cellsB.push([r, col, plain(c.value), c.numFmt ?? null]);
      }),
    );
    expect({ sheet: wa.name, cells: cellsB }).toEqual({ sheet: wa.name, cells: cellsA });
    const merges = (w: ExcelJS.Worksheet) => Object.keys((w as unknown as { _merges: Record<string, unknown> })._merges).sort();
    expect(merges(wb)).toEqual(merges(wa));
    for (let c = 1; c <= 12; c++) expect(wb.getColumn(c).width).toEqual(wa.getColumn(c).width);
  }
}

function argb(wb: ExcelJS.Workbook, sheet: string, ref: string): string | undefined {
  const f = wb.getWorksheet(sheet)!.getCell(ref).fill as ExcelJS.FillPattern | undefined;
  return f?.fgColor?.argb;
}

const dir = tempDir('lkjip-tulis-');

function border(wb: ExcelJS.Workbook, sheet: string, ref: string): { style?: string; argb?: string } {
  const b = wb.getWorksheet(sheet)!.getCell(ref).border;
  return { style: b?.top?.style, argb: b?.top?.color?.argb };
}

test('one file: Temuan first (galat first, units, links, print setup), galat cells framed thick red, peringatan dashed, band fills', async () => {
  const before = crypto.createHash('sha256').update(fs.readFileSync(CONTOH)).digest('hex');
  const out = path.join(dir, 'contoh-diperiksa.xlsx');
  const r = runCli(['periksa', CONTOH, '--tulis', out]);
  expect(r.status).toBe(1);
  expect(crypto.createHash('sha256').update(fs.readFileSync(CONTOH)).digest('hex')).toBe(before);
  await expectOriginalsKept(CONTOH, out);

  const wb = await open(out);
  const temuan = wb.worksheets[0];
  expect(temuan.name).toBe('Temuan');
  const rows: unknown[][] = [];
  temuan.eachRow((row) => rows.push(row.values as unknown[]));
  // the header on row 1, then the findings: galat first, each in workbook order
  expect(rows[0].slice(1, 6)).toEqual(['No', 'Tingkat', 'Aturan', 'Sheet', 'Sel']);
  const findings = rows.slice(1, 6);
  expect(findings.map((v) => [v[2], v[3], v[4]])).toEqual([
    ['Galat', 'lintas-sheet', 'PK'],
    ['Galat', 'predikat', 'Pengukuran'],
    ['Galat', 'persen-capaian', 'Pengukuran'],
    ['Galat', 'jumlah-induk', 'Realisasi Anggaran'],
    ['Peringatan', 'angka-teks', 'PK'],
  ]);
  expect(String((findings[3][5] as { text?: string })?.text ?? findings[3][5])).toBe('C11');
  // the link is an internal one (a location in the workbook, not a file to open)
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const temuanXml = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  expect(temuanXml.some((x) => x.includes(`<hyperlink ref="E5" location="'Realisasi Anggaran'!C11"`))).toBe(true);
  // figures with their unit: Rp for amounts, % for capaian
  const jumlah = temuan.getRow(5);
  expect(jumlah.getCell(6).value).toBe(130224980);
  expect(jumlah.getCell(6).numFmt).toMatch(/Rp/);
  expect(jumlah.getCell(8).value).toBe(9020000);
  expect(temuan.getRow(4).getCell(6).numFmt).toMatch(/%/);
  // messages wrap, every finding row has an explicit height
  expect(jumlah.getCell(9).alignment?.wrapText).toBe(true);
  for (let i = 2; i <= 6; i++) expect(temuan.getRow(i).height).toBeGreaterThanOrEqual(15);
  expect(String(jumlah.getCell(11).value).length).toBeGreaterThan(60); // the rule explained
  // prints landscape, one page wide, header repeated; frozen header and a filter
  expect(temuan.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
  expect((temuan.views[0] as { ySplit?: number }).ySplit).toBe(1);
  expect(temuan.autoFilter).toBeTruthy();
  expect(rows.some((v) => String(v[2] ?? '').startsWith('Temuan: 4 galat, 1 peringatan'))).toBe(true);

  // galat framed thick dark red, peringatan dashed orange: marks no band uses
  expect(border(wb, 'Realisasi Anggaran', 'C11')).toEqual({ style: 'thick', argb: 'FFC00000' });
  expect(border(wb, 'PK', 'E7')).toEqual({ style: 'thick', argb: 'FFC00000' });
  for (const ref of ['E6', 'E8', 'E9']) expect(border(wb, 'PK', ref).style).toBe('mediumDashed');
  const note = wb.getWorksheet('Realisasi Anggaran')!.getCell('C11').note;
  const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  expect(noteText).toContain('Program Penanganan Bencana (Rp 121.204.980) tidak sama dengan jumlah kegiatannya');
  // the pengukuran row is filled by its band (112 % on the book's own scale: the top band); its wrong KET cell keeps
  // the band fill and is told apart by its frame
  const band = argb(wb, 'Pengukuran', 'A3');
  expect(band).toMatch(/^FF[0-9A-F]{6}$/);
  expect(argb(wb, 'Pengukuran', 'E3')).toBe(band);
  expect(argb(wb, 'Pengukuran', 'F3')).toBe(band);
  expect(border(wb, 'Pengukuran', 'F3')).toEqual({ style: 'thick', argb: 'FFC00000' });
  expect(border(wb, 'Pengukuran', 'E3').style).toBeUndefined();
  // a cell outside tables and findings keeps no fill
  expect(argb(wb, 'Realisasi Anggaran', 'A1')).toBeUndefined();
}, 60000);

test('the copy is never the input', () => {
  const copy = path.join(dir, 'salinan.xlsx');
  fs.copyFileSync(CONTOH, copy);
  const r = runCli(['periksa', copy, '--tulis', copy]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('adalah berkas masukan itu sendiri');
  expect(fs.readFileSync(copy).equals(fs.readFileSync(CONTOH))).toBe(true);
});

test('a folder: one checked copy per workbook and ringkasan.xlsx with counts and links', async () => {
  const books = (await corpus()).filter((b) => ['gowa-rumus', 'manggarai-per-sheet-angka', 'maluku-tanpa-gabung'].includes(b.name));
  const inDir = path.join(dir, 'masuk');
  fs.mkdirSync(inDir);
  for (const b of books) fs.copyFileSync(b.file, path.join(inDir, path.basename(b.file)));
  fs.writeFileSync(path.join(inDir, 'rusak.xlsx'), 'bukan buku kerja');
  const outDir = path.join(dir, 'keluar');
  const r = runCli(['periksa', inDir, '--tulis', outDir]);
  expect(r.status).toBe(2); // one unreadable file
  for (const b of books) {
    const copy = path.join(outDir, path.basename(b.file).replace(/\.xlsx$/, '-diperiksa.xlsx'));
    expect(fs.existsSync(copy)).toBe(true);
    await expectOriginalsKept(path.join(inDir, path.basename(b.file)), copy);
  }
  const ring = await open(path.join(outDir, 'ringkasan.xlsx'));
  const rows: unknown[][] = [];
  ring.worksheets[0].eachRow((row) => rows.push(row.values as unknown[]));
  expect(rows).toHaveLength(1 + 4 + 1);
  const gowa = rows.find((v) => v[1] === 'gowa-rumus.xlsx')!;
  expect(gowa[5]).toMatchObject({ text: 'gowa-rumus-diperiksa.xlsx', hyperlink: 'gowa-rumus-diperiksa.xlsx' });
  const rusak = rows.find((v) => v[1] === 'rusak.xlsx')!;
  expect(String(rusak[6])).toContain('bukan buku kerja');
}, 120000);

(SOFFICE ? test : test.skip)(
  'the copy opens in LibreOffice Calc and keeps its values',
  async () => {
    const out = path.join(dir, 'contoh-diperiksa.xlsx');
    if (!fs.existsSync(out)) runCli(['periksa', CONTOH, '--tulis', out]);
    const lo = path.join(dir, 'lo');
    const profile = path.join(dir, 'lo-profil');
    const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', lo, out], {
      encoding: 'utf8',
      timeout: 120000,
    });
    expect(r.status).toBe(0);
    const converted = path.join(lo, 'contoh-diperiksa.xlsx');
    expect(fs.existsSync(converted)).toBe(true);
    const a = await open(CONTOH);
    const b = await open(converted);
    expect(b.worksheets[0].name).toBe('Temuan');
    for (const wa of a.worksheets) {
      const wbs = b.getWorksheet(wa.name)!;
      wa.eachRow({ includeEmpty: false }, (row, rn) =>
        row.eachCell({ includeEmpty: false }, (c, cn) => {
          const v = c.value;
          const w = wbs.getCell(rn, cn).value;
          if (typeof v === 'number') expect(w).toBeCloseTo(v, 6);
          else expect(w).toEqual(v);
        }),
      );
    }
  },
  180000,
);
