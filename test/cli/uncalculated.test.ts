/**
 * Workbooks as programs write them: XlsxWriter writes every formula with the result 0, openpyxl with none, both with
 * the book flagged for a full recalculation on opening (<calcPr fullCalcOnLoad="1"/>). What Excel shows the user is
 * the recalculated figures, so periksa checks those: the same galat as the workbook Excel saved, never a false one
 * from a placeholder 0, and an info saying lkjip computed them.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

type Producer = 'excel' | 'openpyxl' | 'xlsxwriter';

interface Finding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  related?: string[];
}

/**
 * Dinas Perhubungan's budget table: program rows summing their kegiatan by formula, serapan by formula, a JUMLAH by
 * formula — and one program's pagu typed by hand, Rp 100.000.000 more than its kegiatan (the planted error). `odd`
 * adds a formula outside what is computed (a VLOOKUP of the realisasi) with its placeholder.
 */
async function budgetBook(producer: Producer, odd = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Realisasi Anggaran');
  ws.addRow(['Tabel 3.5 Realisasi Anggaran Dinas Perhubungan Tahun 2024']);
  ws.addRow([]);
  ws.addRow(['No', 'Program / Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)']).font = { bold: true };
  const kegiatan: Array<[string, number, number]> = [
    ['Administrasi Keuangan Perangkat Daerah', 1250000000, 1198500000],
    ['Administrasi Umum Perangkat Daerah', 640000000, 601250000],
    ['Penyediaan Perlengkapan Jalan', 2300000000, 2105000000],
    ['Pengendalian dan Pengawasan Lalu Lintas', 480000000, 455600000],
  ];
  // Excel's own results, to store for the 'excel' producer
  const result = (v: number) => (producer === 'excel' ? { result: v } : producer === 'xlsxwriter' ? { result: 0 } : {});
  const programs: Array<{ name: string; rows: Array<[string, number, number]>; typedPagu?: number }> = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah', rows: kegiatan.slice(0, 2) },
    { name: 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan', rows: kegiatan.slice(2), typedPagu: 2880000000 },
  ];
  const programRows: number[] = [];
  let paguTotal = 0;
  let realTotal = 0;
  programs.forEach((p, i) => {
    const at = ws.rowCount + 1;
    programRows.push(at);
    const first = at + 1;
    const last = at + p.rows.length;
    const pagu = p.rows.reduce((s, r) => s + r[1], 0);
    const real = p.rows.reduce((s, r) => s + r[2], 0);
    const shownPagu = p.typedPagu ?? pagu;
    paguTotal += shownPagu;
    realTotal += real;
    const row = ws.addRow([
      String(i + 1),
      p.name,
      p.typedPagu ?? { formula: `SUM(C${first}:C${last})`, ...result(pagu) },
      { formula: `SUM(D${first}:D${last})`, ...result(real) },
      { formula: `D${at}/C${at}*100`, ...result((real / shownPagu) * 100) },
    ]);
    row.font = { bold: true };
    for (const [name, pg, rl] of p.rows) {
      const r = ws.rowCount + 1;
      ws.addRow(['', name, pg, rl, { formula: `D${r}/C${r}*100`, ...result((rl / pg) * 100) }]);
    }
  });
  const t = ws.rowCount + 1;
  ws.addRow([
    '',
    'JUMLAH',
    { formula: programRows.map((r) => `C${r}`).join('+'), ...result(paguTotal) },
    { formula: programRows.map((r) => `D${r}`).join('+'), ...result(realTotal) },
    { formula: `D${t}/C${t}*100`, ...result((realTotal / paguTotal) * 100) },
  ]).font = { bold: true };
  if (odd) {
    // a kegiatan's realisasi looked up from a sheet that is not there: Excel would compute it, lkjip cannot
    ws.getCell('D5').value = { formula: 'VLOOKUP(B5,SP2D!A:B,2,FALSE)', ...result(1198500000) };
  }
  if (producer !== 'excel') wb.calcProperties.fullCalcOnLoad = true;
  const file = path.join(tempDir('lkjip-rumus-'), `${producer}${odd ? '-vlookup' : ''}.xlsx`);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  // the formula cells each producer writes: Excel with its results, XlsxWriter with <v>0</v>, openpyxl with no <v>
  expect(sheetXml.match(/<f>/g)?.length).toBeGreaterThan(5);
  if (producer === 'openpyxl') expect(sheetXml).not.toMatch(/<\/f><v>/);
  if (producer === 'xlsxwriter') expect(sheetXml).not.toMatch(/<\/f><v>[1-9]/);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

function periksa(file: string): { status: number | null; findings: Finding[] } {
  const r = runCli(['periksa', file, '--format', 'json']);
  return { status: r.status, findings: r.status !== null && r.stdout ? (JSON.parse(r.stdout).findings as Finding[]) : [] };
}

const of = (fs_: Finding[], severity: string) =>
  fs_
    .filter((f) => f.severity === severity)
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe('formulas a program wrote without computing them', () => {
  let excel: Finding[];
  beforeAll(async () => {
    excel = periksa(await budgetBook('excel')).findings;
  });

  test('the workbook Excel saved: the typed program pagu is the one galat', () => {
    expect(of(excel, 'galat')).toEqual(['jumlah-induk C7']);
    expect(excel.filter((f) => f.rule === 'rumus-belum-dihitung')).toEqual([]);
  });

  test.each<Producer>(['openpyxl', 'xlsxwriter'])('as %s writes it: the same galat, no false one from a placeholder, and an info', async (producer) => {
    const r = periksa(await budgetBook(producer));
    expect(r.status).toBe(1);
    expect(of(r.findings, 'galat')).toEqual(of(excel, 'galat'));
    expect(of(r.findings, 'peringatan')).toEqual(of(excel, 'peringatan'));
    const info = r.findings.filter((f) => f.rule === 'rumus-belum-dihitung');
    expect(info.length).toBeGreaterThan(0);
    expect(info.every((f) => f.severity === 'info')).toBe(true);
  });

  test('a formula lkjip cannot compute keeps no placeholder: a peringatan, and nothing built on it is judged', async () => {
    const r = periksa(await budgetBook('xlsxwriter', true));
    expect(of(r.findings, 'galat')).toEqual(['jumlah-induk C7']);
    // D5 and what is built on it (its program's sum D4, the serapan E4 and E5, the JUMLAH D10 and E10) say so
    const named = r.findings
      .filter((f) => f.rule === 'rumus-belum-dihitung' && f.severity === 'peringatan')
      .flatMap((f) => [f.cell, ...(f.related ?? [])])
      .sort();
    expect(named).toEqual(['D10', 'D4', 'D5', 'E10', 'E4', 'E5']);
  });

  test('the same formula in a workbook Excel saved keeps its stored result', async () => {
    const r = periksa(await budgetBook('excel', true));
    expect(of(r.findings, 'galat')).toEqual(['jumlah-induk C7']);
    expect(r.findings.filter((f) => f.rule === 'rumus-belum-dihitung')).toEqual([]);
  });
});

describe('an Excel Table whose totals row and calculated column a program wrote without results', () => {
  test('structured references are computed: the typed serapan that contradicts its row is the one galat', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Realisasi Anggaran');
    ws.addRow(['Tabel 3.6 Realisasi Anggaran per Program Dinas Pertanian Tahun 2024']);
    const serapan = { formula: 'Anggaran2024[[#This Row],[Realisasi (Rp)]]/Anggaran2024[[#This Row],[Pagu (Rp)]]*100' };
    ws.addTable({
      name: 'Anggaran2024',
      ref: 'A3',
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: 'No' },
        { name: 'Program', totalsRowLabel: 'Jumlah' },
        { name: 'Pagu (Rp)', totalsRowFunction: 'sum' },
        { name: 'Realisasi (Rp)', totalsRowFunction: 'sum' },
        { name: 'Serapan (%)', totalsRowFunction: 'average' },
      ],
      rows: [
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 3250000000, 3101500000, serapan],
        [2, 'Program Penyediaan dan Pengembangan Sarana Pertanian', 5400000000, 4987000000, serapan],
        // typed by hand: 1.135.000.000 / 1.200.000.000 is 94,58 %
        [3, 'Program Penyuluhan Pertanian', 1200000000, 1135000000, 96.58],
        [4, 'Program Pengendalian dan Penanggulangan Bencana Pertanian', 650000000, 602500000, serapan],
      ],
    });
    wb.calcProperties.fullCalcOnLoad = true;
    const file = path.join(tempDir('lkjip-tabel-'), 'tabel.xlsx');
    await wb.xlsx.writeFile(file);
    const r = periksa(file);
    expect(of(r.findings, 'galat')).toEqual(['persen-serapan E6']);
    expect(of(r.findings, 'peringatan')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'rumus-belum-dihitung').every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('the checked copy of such a book', () => {
  const calcPr = async (file: string) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    return /<calcPr\b[^>]*>/.exec(await zip.file('xl/workbook.xml')!.async('string'))?.[0] ?? '';
  };
  test.each<[Producer, boolean]>([
    ['xlsxwriter', true],
    ['openpyxl', true],
    ['excel', false],
  ])('as %s writes it: the copy asks Excel to recalculate on opening: %p', async (producer, asks) => {
    const file = await budgetBook(producer);
    const copy = path.join(path.dirname(file), 'diperiksa.xlsx');
    const r = runCli(['periksa', file, '--tulis', copy]);
    expect(r.status).toBe(1);
    expect(/fullCalcOnLoad="1"/.test(await calcPr(copy))).toBe(asks);
  });
});

test('a damaged table part leaves the structured references uncomputed and the book read', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Realisasi Anggaran');
  ws.addTable({
    name: 'Anggaran',
    ref: 'A1',
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: 'Program', totalsRowLabel: 'Jumlah' },
      { name: 'Pagu', totalsRowFunction: 'sum' },
      { name: 'Realisasi', totalsRowFunction: 'sum' },
    ],
    rows: [
      ['Program Penunjang Urusan Pemerintahan Daerah', 3250000000, 3101500000],
      ['Program Penyuluhan Pertanian', 1200000000, 1135000000],
    ],
  });
  wb.calcProperties.fullCalcOnLoad = true;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/tables/table1.xml', '<table name="Anggaran" ref="A1:C4"><tableColumns><tableColumn name="Program"');
  const file = path.join(tempDir('lkjip-tabel-rusak-'), 'tabel.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  const r = periksa(file);
  // read and checked (no galat: exit 0; an unreadable book would be exit 2)
  expect(r.status).toBe(0);
  expect(r.findings.filter((f) => f.rule === 'rumus-belum-dihitung').map((f) => `${f.severity} ${f.cell}`)).toEqual(['peringatan B4', 'peringatan C4']);
});

test('lkjip baca shows which results lkjip computed', async () => {
  const dump = (file: string) =>
    (
      JSON.parse(runCli(['baca', file, '--format', 'json']).stdout) as {
        sheets: Array<{ cells: Array<{ address: string; value: unknown; dihitung?: boolean }> }>;
      }
    ).sheets[0].cells;
  const computed = dump(await budgetBook('xlsxwriter')).filter((c) => c.dihitung);
  // the two programmes' sums, the JUMLAH row's, every serapan
  expect(computed.map((c) => c.address)).toEqual(expect.arrayContaining(['D4', 'C10', 'D10', 'E4', 'E5', 'E10']));
  expect(computed.find((c) => c.address === 'D4')?.value).toBe(1799750000);
  expect(dump(await budgetBook('excel')).some((c) => c.dihitung)).toBe(false);
});
