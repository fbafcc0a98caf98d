/**
 * The adapter against Office's documented limits, as the fake enforces them (see the citations in fake-excel.js):
 * 5 MB per sync each way, 5 million cells per range read, 512 merged areas, no activate() on a hidden sheet,
 * ItemNotFound for a renamed sheet's old name.
 */
import { highlightPlan } from '../../src/core/highlight';
import { periksaWorkbook } from '../../src/core/periksa';
import { resolveScale } from '../../src/core/scale';
import { Cell, WorkbookSnapshot } from '../../src/core/snapshot';
import { ExcelHost, HiddenSheetError } from '../../src/office/excel-host';
import { modelOf } from './model';

const { createFakeExcel } = require('./fake-excel.js');

/** A pengukuran sheet of `rows` indicators × 12 columns, every tenth capaian written wrong. */
function pengukuran(rows: number, name = 'Pengukuran'): WorkbookSnapshot['sheets'][number] {
  const cells: Cell[] = [];
  const header = [
    'No',
    'Sasaran Strategis',
    'Indikator Kinerja',
    'Satuan',
    'Target',
    'Realisasi',
    'Capaian',
    'Kategori',
    'Penanggung Jawab',
    'Sumber Data',
    'Keterangan',
    'Catatan',
  ];
  header.forEach((h, i) => cells.push({ row: 1, col: i + 1, value: h, bold: true }));
  for (let r = 2; r <= rows + 1; r++) {
    const target = 50 + (r % 50);
    const realisasi = target + (r % 7) - 3;
    const capaian = r % 10 === 0 ? 1.5 : realisasi / target;
    const vals: Array<string | number> = [
      r - 1,
      `Meningkatnya layanan sosial wilayah ${r % 40}`,
      `Persentase layanan tepat waktu unit ${r}`,
      '%',
      target,
      realisasi,
      capaian,
      'Tinggi',
      `Bidang ${r % 5}`,
      'Laporan bulanan',
      'Sesuai rencana',
      `Catatan baris ${r}`,
    ];
    vals.forEach((v, i) => cells.push({ row: r, col: i + 1, value: v, ...(i === 6 ? { numFmt: '0.00%' } : {}) }));
  }
  return { name, cells, merges: [] };
}

function host(snapshot: WorkbookSnapshot) {
  const fake = createFakeExcel(modelOf(snapshot));
  return { fake, host: new ExcelHost((batch) => fake.Excel.run(batch)) };
}

test('20,000 rows × 12 columns: read within 5 MB per sync, the same findings as the file; highlighted and restored', async () => {
  const snapshot: WorkbookSnapshot = { sheets: [pengukuran(20000)] };
  const { fake, host: h } = host(snapshot);
  const read = await h.read();
  expect(read.failed).toEqual([]);
  expect(fake.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  expect(fake.stats.rejected).toBe(0);
  const fromPane = periksaWorkbook(read.snapshot);
  const fromFile = periksaWorkbook(snapshot);
  const galat = (r: typeof fromPane) => r.findings.filter((f) => f.severity === 'galat').map((f) => `${f.rule}|${f.cell}`);
  expect(galat(fromPane)).toEqual(galat(fromFile));
  expect(galat(fromPane).length).toBeGreaterThan(1000);

  const plan = highlightPlan(fromPane.tables, resolveScale(fromPane.tables));
  expect(plan.rows.length).toBe(20000);
  fake.stats.maxRequestBytes = 0;
  await h.applyHighlights(plan);
  expect(fake.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  expect(fake.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  for (const r of [plan.rows[0], plan.rows[9999], plan.rows[19999]]) expect(fake.fillAt('Pengukuran', r.address.split(':')[0])).toBe(r.color);
  expect(fake.settings.get('lkjip.sorotan').length).toBeLessThan(2 * 1024 * 1024); // Office's settings limit
  expect(await h.clearHighlights()).toBe(20000);
  expect(fake.fillAt('Pengukuran', 'A2')).toBeUndefined();
}, 120000);

test('a block refused for its size is halved and read again', async () => {
  const sheet = pengukuran(300);
  // very long texts: the estimate is far off, Excel refuses the response, the adapter halves the block
  for (const c of sheet.cells) if (c.col === 12 && c.row > 1) c.value = 'x'.repeat(30000);
  const { fake, host: h } = host({ sheets: [sheet] });
  const read = await h.read();
  expect(read.failed).toEqual([]);
  expect(fake.stats.rejected).toBeGreaterThan(0);
  expect(read.snapshot.sheets[0].cells.length).toBe(sheet.cells.length);
});

test('600 merged areas: read in smaller blocks, the sheet is never dropped', async () => {
  const sheet = pengukuran(1200);
  for (let r = 2; r <= 1201; r += 2) sheet.merges.push({ top: r, left: 11, bottom: r + 1, right: 11 });
  const { fake, host: h } = host({ sheets: [sheet] });
  const read = await h.read();
  expect(read.failed).toEqual([]);
  expect(read.withoutMerges).toEqual([]);
  expect(read.snapshot.sheets[0].merges).toHaveLength(600);
  expect(fake.stats.rejected).toBe(0);
});

test('a finding on a hidden sheet: select says so (no exception text), and the sheet can be shown', async () => {
  const sheet = pengukuran(20, 'Tersembunyi');
  const { fake, host: h } = host({ sheets: [pengukuran(5, 'Terlihat'), sheet] });
  fake.hideSheet('Tersembunyi');
  await expect(h.select('Tersembunyi', 'G11')).rejects.toBeInstanceOf(HiddenSheetError);
  await h.showSheet('Tersembunyi');
  await h.select('Tersembunyi', 'G11');
  expect(fake.stats.selected).toEqual({ sheet: 'Tersembunyi', address: 'G11' });
});

test('Hapus sorotan after the sheet is renamed, after another is deleted, and after rows are inserted', async () => {
  const snapshot: WorkbookSnapshot = { sheets: [pengukuran(30, 'Satu'), pengukuran(30, 'Dua')] };
  const { fake, host: h } = host(snapshot);
  const r = periksaWorkbook((await h.read()).snapshot);
  const plan = highlightPlan(r.tables, resolveScale(r.tables));
  await h.applyHighlights(plan);
  expect(fake.fillAt('Satu', 'A2')).toBeDefined();
  fake.renameSheet('Satu', 'Satu (ganti nama)');
  fake.deleteSheet('Dua');
  const removed = await h.clearHighlights();
  expect(removed).toBe(30);
  expect(fake.fillAt('Satu (ganti nama)', 'A2')).toBeUndefined();

  // inserted rows: only cells still ours are restored; the user's rows keep what they have
  const again = createFakeExcel(modelOf({ sheets: [pengukuran(10, 'Tiga')] }));
  const h2 = new ExcelHost((batch) => again.Excel.run(batch));
  const r2 = periksaWorkbook((await h2.read()).snapshot);
  await h2.applyHighlights(highlightPlan(r2.tables, resolveScale(r2.tables)));
  again.insertRows('Tiga', 5, 2);
  // the two new rows get the user's own fill
  for (const row of [5, 6]) for (let c = 1; c <= 12; c++) again.sheets[0].ensure(row, c).fill = '#00FF00';
  await h2.clearHighlights();
  expect(again.fillAt('Tiga', 'A5')).toBe('#00FF00');
  expect(again.fillAt('Tiga', 'A2')).toBeUndefined();
});
