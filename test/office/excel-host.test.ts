import * as path from 'path';
import { highlightPlan } from '../../src/core/highlight';
import { periksaWorkbook } from '../../src/core/periksa';
import { recogniseWorkbook } from '../../src/core/recognise';
import { resolveScale } from '../../src/core/scale';
import { Cell, WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbook } from '../../src/cli/read-workbook';
import { ExcelHost, parseAreas, StaleFixError } from '../../src/office/excel-host';
import { CellChange } from '../../src/core/fixes';
import { ROOT } from '../helpers/cli';
import { modelOf } from './model';

const { createFakeExcel } = require('./fake-excel.js');

const CONTOH = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');

function hostFor(snapshot: WorkbookSnapshot, blockRows?: number) {
  const fake = createFakeExcel(modelOf(snapshot));
  const host = new ExcelHost((batch) => fake.Excel.run(batch), blockRows);
  return { fake, host };
}

/** Bold and indent are read for text cells only (what recognition reads them for: labels). */
function labelStyleOnly(c: Cell): Cell {
  if (typeof c.value === 'string') return c;
  const { bold: _bold, indent: _indent, ...rest } = c;
  return rest;
}

function sorted(s: WorkbookSnapshot) {
  return s.sheets.map((sh) => ({
    name: sh.name,
    cells: [...sh.cells].sort((a, b) => a.row - b.row || a.col - b.col).map(labelStyleOnly),
    merges: [...sh.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  }));
}

test('reads the workbook into the same snapshot the CLI reader makes, in a few syncs per sheet', async () => {
  const fromFile = await readWorkbook(CONTOH);
  const { fake, host } = hostFor(fromFile);
  const { snapshot, failed } = await host.read();
  expect(failed).toEqual([]);
  expect(sorted(snapshot)).toEqual(sorted(fromFile));
  // the sheet list, the used ranges, then per sheet: values, label properties, merged areas
  // sheets, used ranges, hidden columns; then per sheet its blocks
  expect(fake.stats.syncs).toBeLessThanOrEqual(3 + 3 * fromFile.sheets.length);
  // and the engine sees the same thing
  expect(periksaWorkbook(snapshot).findings).toEqual(periksaWorkbook(fromFile).findings);
});

test('a large sheet is read in row blocks: one sync per block, never per cell', async () => {
  const cells = [];
  for (let r = 1; r <= 25000; r++) {
    cells.push({ row: r, col: 1, value: `Sub kegiatan ${r}` }, { row: r, col: 2, value: r * 1000 });
  }
  const snap: WorkbookSnapshot = { sheets: [{ name: 'Besar', cells, merges: [] }] };
  const { fake, host } = hostFor(snap, 5000);
  const { snapshot } = await host.read();
  expect(snapshot.sheets[0].cells).toHaveLength(50000);
  // 5 blocks of 5,000 rows, each: values, label properties, merged areas
  expect(fake.stats.syncs).toBe(3 + 5 * 3);
});

test('highlighting writes one batch per band, remembers the original fills, and removes only its own', async () => {
  const fromFile = await readWorkbook(CONTOH);
  const { fake, host } = hostFor(fromFile);
  const { snapshot } = await host.read();
  const tables = recogniseWorkbook(snapshot);
  const plan = highlightPlan(tables, resolveScale(tables));
  expect(plan.rows.length).toBeGreaterThan(3);
  const bandsUsed = new Set(plan.rows.map((r) => `${r.sheet}|${r.color}`)).size;

  // a user fill on one row before we highlight
  const row0 = plan.rows[0];
  const first = row0.address.split(':')[0];
  fake.sheets.find((s: { m: { name: string } }) => s.m.name === row0.sheet).ensure(Number(first.replace(/\D/g, '')), first.charCodeAt(0) - 64).fill = '#123456';

  fake.stats.syncs = 0;
  fake.stats.writes = 0;
  await host.applyHighlights(plan);
  expect(fake.stats.writes).toBe(bandsUsed);
  // sheet ids, the fills before (one batch per band), the record (read, then saved before any fill), the fills
  expect(fake.stats.syncs).toBeLessThanOrEqual(4 + bandsUsed);
  for (const r of plan.rows) expect(fake.fillAt(r.sheet, r.address.split(':')[1])).toBe(r.color);

  // the user recolours one highlighted row: that one is theirs now
  const mine = plan.rows[1];
  const cellsOfMine = mine.address.split(':');
  for (const ref of cellsOfMine) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    fake.sheets.find((s: { m: { name: string } }) => s.m.name === mine.sheet).ensure(Number(m[2]), m[1].charCodeAt(0) - 64).fill = '#ABCDEF';
  }
  const removed = await host.clearHighlights();
  expect(removed).toBe(plan.rows.length - 1);
  expect(fake.fillAt(row0.sheet, first)).toBe('#123456'); // the user's own fill is back
  expect(fake.fillAt(row0.sheet, row0.address.split(':')[1])).toBeUndefined();
  expect(fake.fillAt(mine.sheet, cellsOfMine[0])).toBe('#ABCDEF');
  for (const r of plan.rows.slice(2)) expect(fake.fillAt(r.sheet, r.address.split(':')[1])).toBeUndefined();
  expect(await host.clearHighlights()).toBe(0);
});

test('select activates the sheet, also for a related cell on another sheet', async () => {
  const { fake, host } = hostFor(await readWorkbook(CONTOH));
  await host.select('Realisasi Anggaran', 'C11');
  expect(fake.stats.selected).toEqual({ sheet: 'Realisasi Anggaran', address: 'C11' });
  await host.select('PK', "'Realisasi Anggaran'!B7");
  expect(fake.stats.selected).toEqual({ sheet: 'Realisasi Anggaran', address: 'B7' });
  expect(fake.stats.activated).toBe('Realisasi Anggaran');
});

test('merged-area addresses, with quoted sheet names', () => {
  expect(parseAreas("'Realisasi Anggaran'!A1:A2, 'Realisasi Anggaran'!B1:C1")).toEqual([
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 3 },
  ]);
});

test('a sheet that fails to read is reported; the other sheets are still read and checked', async () => {
  const fromFile = await readWorkbook(CONTOH);
  const model = modelOf(fromFile);
  (model.sheets[1] as { fail?: string }).fail = 'sheet rusak';
  const fake = createFakeExcel(model);
  const host = new ExcelHost((batch) => fake.Excel.run(batch));
  const { snapshot, failed } = await host.read();
  expect(failed).toEqual([{ sheet: fromFile.sheets[1].name, message: expect.stringContaining('sheet rusak'), error: expect.any(Error) }]);
  expect(snapshot.sheets.map((s) => s.name)).toEqual(fromFile.sheets.filter((_, i) => i !== 1).map((s) => s.name));
  expect(periksaWorkbook(snapshot).findings.length).toBeGreaterThan(0);
});

test('on an Excel without ExcelApi 1.13 the sheets are read without asking for merged areas', async () => {
  const fromFile = await readWorkbook(CONTOH);
  const fake = createFakeExcel(modelOf(fromFile));
  const host = new ExcelHost((batch) => fake.Excel.run(batch), undefined, false);
  const { snapshot, failed } = await host.read();
  expect(failed).toEqual([]);
  expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
  expect(fromFile.sheets.some((s) => s.merges.length > 0)).toBe(true);
  expect(sorted(snapshot).map((s) => s.cells)).toEqual(sorted(fromFile).map((s) => s.cells));
});

describe('fixes: written on a click, undone by Batalkan from the record kept in the workbook', () => {
  const change = (over: Partial<CellChange>): CellChange => ({
    sheet: 'Realisasi Anggaran',
    cell: 'C11',
    before: null,
    after: 0,
    rule: 'jumlah-induk',
    ...over,
  });

  test('a total becomes its sum; the record is saved first; a new pane (the old one closed) undoes it exactly', async () => {
    const fromFile = await readWorkbook(CONTOH);
    const { fake, host } = hostFor(fromFile);
    const c11 = fake.cellAt('Realisasi Anggaran', 'C11');
    const n = await host.applyFixes([change({ before: c11.value, after: 130224980, related: ['C12:C13'] })], { rumus: false });
    expect(n).toBe(1);
    expect(fake.cellAt('Realisasi Anggaran', 'C11').value).toBe(130224980);
    expect(fake.settings.has('lkjip.perbaikan')).toBe(true);
    // the pane is closed and opened again: a new host on the same workbook, the sheet renamed meanwhile
    fake.renameSheet('Realisasi Anggaran', 'Realisasi 2024');
    const again = new ExcelHost((batch) => fake.Excel.run(batch));
    expect(await again.hasFixUndo()).toBe(true);
    expect(await again.undoFixes()).toBe(1);
    expect(fake.cellAt('Realisasi 2024', 'C11')).toEqual(c11);
    expect(await again.hasFixUndo()).toBe(false);
    expect(await again.undoFixes()).toBe(0);
  });

  test('with rumus a total is written as =SUM over exactly its cells', async () => {
    const fromFile = await readWorkbook(CONTOH);
    const { fake, host } = hostFor(fromFile);
    const before = fake.cellAt('Realisasi Anggaran', 'C11').value;
    await host.applyFixes([change({ before, after: 130224980, related: ['C12:C13'] })], { rumus: true });
    const after = fake.cellAt('Realisasi Anggaran', 'C11');
    expect(after.formula).toBe('SUM(C12:C13)');
    expect(after.value).toBe(130224980);
    await host.undoFixes();
    expect(fake.cellAt('Realisasi Anggaran', 'C11').formula).toBeUndefined();
    expect(fake.cellAt('Realisasi Anggaran', 'C11').value).toBe(before);
  });

  test('text turned into a number gets its format; Batalkan brings the exact text back, not a number', async () => {
    const fromFile = await readWorkbook(CONTOH);
    const { fake, host } = hostFor(fromFile);
    const e6 = fake.cellAt('PK', 'E6');
    expect(typeof e6.value).toBe('string');
    await host.applyFixes([change({ sheet: 'PK', cell: 'E6', before: e6.value, after: 84000000, numFmt: '"Rp "#,##0', rule: 'angka-teks' })], { rumus: false });
    expect(fake.cellAt('PK', 'E6')).toMatchObject({ value: 84000000, numberFormat: '"Rp "#,##0' });
    await host.undoFixes();
    expect(fake.cellAt('PK', 'E6').value).toBe(e6.value);
    expect(fake.cellAt('PK', 'E6').numberFormat ?? 'General').toBe(e6.numberFormat ?? 'General');
  });

  test('a cell the user changed since the check is not overwritten, and nothing is written', async () => {
    const fromFile = await readWorkbook(CONTOH);
    const { fake, host } = hostFor(fromFile);
    const before = fake.cellAt('Realisasi Anggaran', 'C11').value;
    fake.typeInto('Realisasi Anggaran', 'C11', 5);
    await expect(host.applyFixes([change({ before, after: 130224980 })], { rumus: false })).rejects.toBeInstanceOf(StaleFixError);
    expect(fake.cellAt('Realisasi Anggaran', 'C11').value).toBe(5);
    expect(fake.settings.has('lkjip.perbaikan')).toBe(false);
  });

  test('the fake refuses a write whose array does not match the range, as Excel does', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', merges: [], cells: {} }] });
    await expect(
      fake.Excel.run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
  });
});

test('hidden columns are read in one sync for the whole workbook, as the CLI reader reads them', async () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: 'Realisasi',
        cells: [
          { row: 1, col: 1, value: 'Program' },
          { row: 1, col: 2, value: 'Pagu Murni' },
          { row: 1, col: 3, value: 'Pagu Perubahan' },
          { row: 2, col: 1, value: 'Program A' },
          { row: 2, col: 2, value: 100 },
          { row: 2, col: 3, value: 120 },
        ],
        merges: [],
        usedRange: { top: 1, left: 1, bottom: 2, right: 3 },
        hiddenCols: [2],
      },
    ],
  };
  const { host } = hostFor(snapshot);
  const { snapshot: read } = await host.read();
  expect(read.sheets[0].hiddenCols).toEqual([2]);
});
