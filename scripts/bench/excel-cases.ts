/**
 * `npm run bench:excel`: the Excel adapter on the fake host (which enforces Office's 5 MB per sync, 5M cells and 512
 * merged areas): syncs and largest payloads to read, highlight and clear realisation and pengukuran sheets of 2k–20k
 * rows × 12 columns and a sheet with 600 merged areas. Counts, not timings.
 */
import * as path from 'path';
import { a1, rangeA1 } from '../../src/core/address';
import { highlightPlan } from '../../src/core/highlight';
import { periksaWorkbook } from '../../src/core/periksa';
import { resolveScale } from '../../src/core/scale';
import { SheetSnapshot } from '../../src/core/snapshot';
import { ExcelHost } from '../../src/office/excel-host';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const { createFakeExcel } = require(path.join(ROOT, 'test', 'office', 'fake-excel.js'));

type V = string | number;

function sheet(name: string, header: string[], rows: number, row: (r: number) => V[], pctCol: number): SheetSnapshot {
  const cells: SheetSnapshot['cells'] = header.map((h, i) => ({ row: 1, col: i + 1, value: h, bold: true }));
  for (let r = 2; r <= rows + 1; r++) row(r).forEach((v, i) => cells.push({ row: r, col: i + 1, value: v, ...(i === pctCol ? { numFmt: '0.00%' } : {}) }));
  return { name, cells, merges: [] };
}

const realisasi = (rows: number) =>
  sheet(
    'Realisasi',
    ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi', '%', 'Sisa', 'Fisik', 'Sumber Dana', 'Lokasi', 'PPTK', 'Keterangan', 'Catatan'],
    rows,
    (r) => {
      const pagu = 10000000 + r * 1000;
      const real = Math.round(pagu * 0.9);
      return [
        String(r - 1),
        `Sub kegiatan layanan ${r}`,
        pagu,
        real,
        real / pagu,
        pagu - real,
        1,
        'APBD',
        `Kecamatan ${r % 10}`,
        `PPTK ${r % 7}`,
        'Selesai',
        `Catatan ${r}`,
      ];
    },
    4,
  );

const pengukuran = (rows: number) =>
  sheet(
    'Pengukuran',
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Kategori', 'PJ', 'Sumber Data', 'Keterangan', 'Catatan'],
    rows,
    (r) => {
      const real = 70 + (r % 40);
      return [r - 1, `Sasaran ${r % 30}`, `Indikator ${r}`, '%', 80, real, real / 80, 'Tinggi', 'Bidang', 'Laporan', 'ok', `c${r}`];
    },
    6,
  );

function model(s: SheetSnapshot) {
  const cells: Record<string, { value: unknown; numberFormat?: string; bold?: boolean }> = {};
  for (const c of s.cells) cells[`${c.row},${c.col}`] = { value: c.value, ...(c.numFmt ? { numberFormat: c.numFmt } : {}), ...(c.bold ? { bold: true } : {}) };
  return { sheets: [{ name: s.name, visibility: 'Visible', cells, merges: s.merges.map(rangeA1) }] };
}

async function main(): Promise<void> {
  const merged = pengukuran(1200);
  for (let r = 2; r <= 1201; r += 2) merged.merges.push({ top: r, left: 11, bottom: r + 1, right: 11 });
  const cases: Array<[string, SheetSnapshot]> = [
    ['realisasi 2 000 × 12', realisasi(2000)],
    ['realisasi 5 000 × 12', realisasi(5000)],
    ['realisasi 20 000 × 12', realisasi(20000)],
    ['pengukuran 5 000 × 12', pengukuran(5000)],
    ['pengukuran 20 000 × 12', pengukuran(20000)],
    ['600 sel gabungan', merged],
  ];
  const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
  for (const [name, s] of cases) {
    const fake = createFakeExcel(model(s));
    const host = new ExcelHost((b) => fake.Excel.run(b));
    const read = await host.read();
    const readSyncs = fake.stats.syncs;
    const readMax = fake.stats.maxResponseBytes;
    const r = periksaWorkbook(read.snapshot);
    const plan = highlightPlan(r.tables, resolveScale(r.tables));
    fake.stats.syncs = 0;
    fake.stats.maxRequestBytes = 0;
    fake.stats.maxResponseBytes = 0;
    await host.applyHighlights(plan);
    const hl = { syncs: fake.stats.syncs, request: fake.stats.maxRequestBytes, response: fake.stats.maxResponseBytes };
    fake.stats.syncs = 0;
    const cleared = await host.clearHighlights();
    process.stdout.write(
      `${name}: dibaca ${readSyncs} sync (jawaban terbesar ${mb(readMax)}, ${read.snapshot.sheets[0].merges.length} sel gabungan); ` +
        `${plan.rows.length} baris disorot dalam ${hl.syncs} sync (permintaan ${mb(hl.request)}, jawaban ${mb(hl.response)}); ` +
        `${cleared} baris dipulihkan dalam ${fake.stats.syncs} sync; ditolak ${fake.stats.rejected}; sel terakhir ${a1(s.cells[s.cells.length - 1].row, 12)}\n`,
    );
  }
}

main().catch((e) => {
  process.stderr.write(`bench gagal: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
