import { rangeA1 } from '../../src/core/address';
import { recogniseWorkbook } from '../../src/core/recognise';
import { Table } from '../../src/core/types';
import { readWorkbook } from '../../src/cli/read-workbook';
import { emptyScore, scoreBook, summary } from '../../scripts/fixtures/evaluate';
import { corpus } from '../helpers/corpus';

async function tablesOf(name: string): Promise<Table[]> {
  const book = (await corpus()).find((b) => b.name === name);
  if (!book) throw new Error(name);
  return recogniseWorkbook(await readWorkbook(book.file));
}

function columnsOf(t: Table): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of t.columns) if (c.role) out[c.year ? `${c.role}-${c.year}` : c.role] ??= String(c.col);
  return out;
}

test('recognition on every layout of the seed tables meets the bar (IoU ≥ 0.7)', async () => {
  const score = emptyScore();
  for (const b of await corpus()) await scoreBook(b, score);
  const s = summary(score);
  expect(score.misses).toEqual([]);
  expect(s.recall).toBeGreaterThanOrEqual(0.95);
  expect(s.precision).toBeGreaterThanOrEqual(0.95);
  expect(s.kindAccuracy).toBeGreaterThanOrEqual(0.95);
});

test('a whole report in one sheet: letterhead and signature block are not tables', async () => {
  const tables = await tablesOf('gowa-laporan-teks');
  const book = (await corpus()).find((b) => b.name === 'gowa-laporan-teks')!;
  expect(tables.map((t) => rangeA1(t.range))).toEqual(book.tables.map((t) => rangeA1(t.range)));
});

test('merged two-row header: roles under "Kinerja" and "Anggaran" groups', async () => {
  const ef = (await tablesOf('gowa-per-sheet-angka')).find((t) => t.kind === 'efisiensi')!;
  expect(ef.headerRows).toBe(2);
  const roles = ef.columns.map((c) => c.role);
  expect(roles).toEqual(['sasaran', 'indikator', 'target', 'realisasi', 'capaian', 'anggaran', 'realisasi-anggaran', 'serapan', 'efisiensi']);
});

test('the same header typed without merges gives the same roles', async () => {
  const ef = (await tablesOf('gowa-tanpa-gabung')).find((t) => t.kind === 'efisiensi')!;
  expect(ef.columns.map((c) => c.role)).toEqual([
    'sasaran',
    'indikator',
    'target',
    'realisasi',
    'capaian',
    'anggaran',
    'realisasi-anggaran',
    'serapan',
    'efisiensi',
  ]);
});

test('multi-year tables carry the year of each column', async () => {
  const t = (await tablesOf('ambon-per-sheet-angka')).find((x) => x.caption?.includes('Target dan realisasi'))!;
  expect(t.headerRows).toBe(3);
  expect(columnsOf(t)).toMatchObject({ 'target-2022': '3', 'realisasi-2022': '4', 'target-2024': '5', 'realisasi-2024': '6' });
});

test('budget hierarchy by "PROGRAM" text and missing indikator: program > kegiatan > sub kegiatan', async () => {
  const t = (await tablesOf('pdf-panjang')).find((x) => x.rows.length > 30)!;
  const byLabel = (s: string) => t.rows.find((r) => r.label.startsWith(s))!;
  const prog = byLabel('PROGRAM PENUNJANG');
  const keg = byLabel('Administrasi Keuangan');
  const sub = byLabel('Penyediaan Gaji');
  expect([prog.level, keg.level, sub.level]).toEqual(['program', 'kegiatan', 'subkegiatan']);
  expect(keg.parent).toBe(prog.row);
  expect(sub.parent).toBe(keg.row);
  expect(t.rows[t.rows.length - 1].level).toBe('total');
  // repeated page headers are not rows of the table
  expect(t.rows.some((r) => /PROGRAM\/KEGIATAN/.test(r.label))).toBe(false);
});

test('hierarchy by numbering and "- " prefix (Metro APBD), and by indent', async () => {
  for (const name of ['metro-per-sheet-angka', 'metro-geser']) {
    const t = (await tablesOf(name)).find((x) => x.rows.some((r) => /Penyedia makanan/.test(r.label)))!;
    const parent = t.rows.find((r) => /Disabilitas terlantar di Luar Panti/.test(r.label))!;
    const kids = t.rows.filter((r) => r.parent === parent.row);
    expect(kids).toHaveLength(6);
  }
});

test('bold program rows and a section row (Gowa realisasi anggaran)', async () => {
  const t = (await tablesOf('gowa-per-sheet-angka')).find((x) => x.kind === 'realisasi-anggaran')!;
  expect(t.rows[0].level).toBe('section');
  const bencana = t.rows.find((r) => r.label === 'Program Penanganan Bencana')!;
  expect(bencana.level).toBe('program');
  expect(t.rows.filter((r) => r.parent === bencana.row)).toHaveLength(2);
});

test('scale tables are read into bands', async () => {
  const metro = (await tablesOf('metro-per-sheet-angka')).find((t) => t.kind === 'skala-penilaian')!;
  expect(metro.bands!.map((b) => [b.lower ?? null, b.label])).toEqual([
    [91, 'Sangat tinggi'],
    [76, 'Tinggi'],
    [66, 'Sedang'],
    [51, 'Rendah'],
    [null, 'Sangat Rendah'],
  ]);
  const gowa = (await tablesOf('gowa-per-sheet-angka')).find((t) => t.kind === 'skala-penilaian')!;
  expect(gowa.bands!.map((b) => b.lower ?? null)).toEqual([110, 90, 60, null]);
  const mg = (await tablesOf('manggarai-laporan-teks')).find((t) => t.kind === 'skala-penilaian')!;
  expect(mg.bands!.map((b) => b.lower ?? null)).toEqual([100, 85, 70, 50, null]);
});
