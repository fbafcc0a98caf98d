/**
 * lkjip perbaiki: a corrected copy on which periksa finds nothing fixable left, every changed cell listed on the
 * Perbaikan sheet and no other cell changed; the input untouched.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/cli/read-workbook';
import { a1 } from '../../src/core/address';
import { ROOT, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const CONTOH = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');
const FIXABLE = ['jumlah-induk', 'jumlah-total', 'persen-capaian', 'persen-serapan', 'efisiensi', 'predikat'];

test('the sample: nothing fixable left, every change listed, nothing else changed, the input untouched', async () => {
  const dir = tempDir('lkjip-perbaiki-');
  const out = path.join(dir, 'diperbaiki.xlsx');
  const before = crypto.createHash('sha256').update(fs.readFileSync(CONTOH)).digest('hex');
  const r = runCli(['perbaiki', CONTOH, '--tulis', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(crypto.createHash('sha256').update(fs.readFileSync(CONTOH)).digest('hex')).toBe(before);

  const check = JSON.parse(runCli(['periksa', out, '--format', 'json']).stdout) as { findings: Array<{ rule: string; severity: string }> };
  expect(check.findings.filter((f) => (f.severity === 'galat' && FIXABLE.includes(f.rule)) || f.rule === 'angka-teks')).toEqual([]);

  // the Perbaikan sheet: header on row 1, then one row per changed cell (sheet name as text, a single address)
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const log = wb.getWorksheet('Perbaikan')!;
  const rows: unknown[][] = [];
  log.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows[0]).toEqual(['Sheet', 'Sel', 'Sebelum', 'Sesudah', 'Aturan']);
  const listed = new Set(rows.slice(1).map((x) => `${x[0]}!${x[1]}`));
  for (const x of rows.slice(1)) expect(String(x[1])).toMatch(/^[A-Z]+\d+$/);
  expect(listed).toEqual(
    new Set([
      'PK!E6',
      'PK!E7',
      'PK!E8',
      'PK!E9',
      'Pengukuran!F3',
      'Pengukuran!E8',
      'Realisasi Anggaran!C11',
      'Realisasi Anggaran!D11',
      'Realisasi Anggaran!C16',
    ]),
  );

  // every cell not listed keeps its value, to the last digit
  const a = await readWorkbook(CONTOH);
  const b = await readWorkbook(out);
  for (const s of a.sheets) {
    const other = b.sheets.find((x) => x.name === s.name)!;
    const byAddr = new Map(other.cells.map((c) => [a1(c.row, c.col), c.value]));
    for (const c of s.cells) {
      const k = `${s.name}!${a1(c.row, c.col)}`;
      if (listed.has(k)) continue;
      expect({ k, v: byAddr.get(a1(c.row, c.col)) }).toEqual({ k, v: c.value });
    }
  }
  // the stdout list is the same list
  for (const k of listed) expect(r.stdout).toContain(`${k}:`);
}, 60000);

test('--rumus writes a corrected total as a SUM over exactly its cells; an existing output is kept without --timpa', async () => {
  const dir = tempDir('lkjip-perbaiki-');
  const out = path.join(dir, 'rumus.xlsx');
  expect(runCli(['perbaiki', CONTOH, '--tulis', out, '--rumus']).status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const c11 = wb.getWorksheet('Realisasi Anggaran')!.getCell('C11').value as { formula?: string; result?: number };
  expect(c11.formula).toBe('SUM(C12:C13)');
  expect(c11.result).toBe(130224980);
  const again = runCli(['perbaiki', CONTOH, '--tulis', out]);
  expect(again.status).toBe(2);
  expect(again.stderr).toMatch(/sudah ada/);
  expect(runCli(['perbaiki', CONTOH, '--tulis', CONTOH, '--timpa']).status).toBe(2);
}, 60000);

test('on every corpus book, fixing leaves no fixable galat and no figure stored as text', async () => {
  const { corpus } = await import('../helpers/corpus');
  const { fixWorkbook } = await import('../../src/core/fixes');
  for (const b of await corpus()) {
    const r = fixWorkbook(await readWorkbook(b.file));
    const left = r.remaining
      .filter((f) => (f.severity === 'galat' && FIXABLE.includes(f.rule)) || f.rule === 'angka-teks')
      .map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
    expect({ book: b.name, left }).toEqual({ book: b.name, left: [] });
    // a change is listed once, with the value it had first
    const cells = r.changes.map((c) => `${c.sheet}!${c.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
  }
}, 120000);
