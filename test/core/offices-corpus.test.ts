/**
 * The invented workbooks of other offices (scripts/fixtures/offices.ts): health, education, planning, a kecamatan,
 * public works, a hospital, environment, regional finance, and — kept aside, scored as our own held-out check — an
 * inspectorate, civil registry, transport and licensing. Every table found with its kind, every planted inconsistency
 * found as a galat, no other galat. (Saved again by LibreOffice as .xlsx, .ods and .xls: variants-corpus.test.ts.)
 */
import * as fs from 'fs';
import { buildOffices, OfficeBook } from '../../scripts/fixtures/offices';
import { emptyScore, scoreBook } from '../../scripts/fixtures/evaluate';
import { readWorkbook } from '../../src/cli/read-workbook';
import { tempDir } from '../helpers/tmp';

let books: OfficeBook[];
let dir: string;

beforeAll(async () => {
  dir = tempDir('lkjip-kantor-');
  books = await buildOffices(dir);
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('fifteen offices, six kinds of office at least, the held-out part kept', () => {
  expect(books.length).toBeGreaterThanOrEqual(15);
  expect(new Set(books.map((b) => b.office)).size).toBeGreaterThanOrEqual(6);
  expect(books.filter((b) => b.heldOut).length).toBeGreaterThanOrEqual(4);
  expect(books.reduce((n, b) => n + b.errors.length, 0)).toBeGreaterThanOrEqual(25);
});

test.each([false, true])('held out: %s — tables, kinds, planted inconsistencies as galat, no false galat', async (heldOut) => {
  const score = emptyScore();
  for (const b of books.filter((x) => x.heldOut === heldOut)) await scoreBook(b, score);
  expect(score.misses).toEqual([]);
  expect(score.falseTables).toEqual([]);
  expect(score.wrongKinds).toEqual([]);
  expect(score.missedFindings).toEqual([]);
  expect(score.falseGalat).toEqual([]);
});

test('a hidden column is read as hidden and never chosen as the pagu (Pagu Murni hidden beside Pagu Perubahan)', async () => {
  const pupr = books.find((b) => b.name === 'pupr') as OfficeBook;
  const snap = await readWorkbook(pupr.file);
  expect(snap.sheets.find((s) => s.name === 'Realisasi')?.hiddenCols).toEqual([3]);
});
