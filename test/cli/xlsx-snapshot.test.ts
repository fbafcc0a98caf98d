/** The lean reader gives the snapshot exceljs gives, on every workbook of the corpus and the odd ones. */
import * as fs from 'fs';
import * as path from 'path';
import { a1 } from '../../src/core/address';
import { Cell, WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbook } from '../../src/cli/read-workbook';
import { loadWorkbook } from '../helpers/exceljs-snapshot';
import { buildBadCorpus } from '../../scripts/fixtures/bad-inputs';
import { ROOT } from '../helpers/cli';
import { corpus } from '../helpers/corpus';
import { tempDir } from '../helpers/tmp';

/** The cells as the file holds them (a result lkjip computed for a formula the file left without one is not read). */
function comparable(s: WorkbookSnapshot) {
  const computed = new Set(s.sheets.flatMap((sh) => (sh.recalculated ?? []).map((ref) => `${sh.name}!${ref}`)));
  const cell = (c: Cell, sheet: string) => ({
    row: c.row,
    col: c.col,
    value: computed.has(`${sheet}!${a1(c.row, c.col)}`) ? null : typeof c.value === 'number' ? Math.round(c.value * 1e9) / 1e9 : c.value,
    formula: !!c.formula,
    numFmt: c.numFmt ?? null,
    bold: !!c.bold,
    indent: c.indent ?? 0,
  });
  return s.sheets.map((sh) => ({
    name: sh.name,
    hidden: !!sh.hidden,
    cells: sh.cells
      .filter((c) => c.value !== null || c.formula)
      .map((c) => cell(c, sh.name))
      .sort((a, b) => a.row - b.row || a.col - b.col),
    merges: [...sh.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  }));
}

test('same snapshot as the exceljs reader on every corpus workbook', async () => {
  const books = await corpus();
  for (const b of [{ name: 'contoh', file: path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx') }, ...books]) {
    const lean = await readWorkbook(b.file);
    const full = (await loadWorkbook(b.file)).snapshot;
    expect({ book: b.name, snapshot: comparable(lean) }).toEqual({ book: b.name, snapshot: comparable(full) });
  }
}, 120000);

test('same snapshot on the readable odd workbooks (errors, formulas without results, hidden sheets, long cells, dates, markup)', async () => {
  const dir = tempDir('lkjip-lean-');
  // (the .xlsx packages: exceljs reads no web page)
  const isZip = (file: string) => fs.readFileSync(file).subarray(0, 2).toString('latin1') === 'PK';
  const cases = (await buildBadCorpus(dir, path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx'))).filter(
    (c) => c.expect === 'ok' && c.name !== '300-sheet.xlsx' && isZip(c.file),
  );
  for (const c of cases) {
    const lean = await readWorkbook(c.file);
    const full = (await loadWorkbook(c.file)).snapshot;
    expect({ book: c.name, snapshot: comparable(lean) }).toEqual({ book: c.name, snapshot: comparable(full) });
  }
}, 120000);

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
(SOFFICE ? test : test.skip)(
  'same snapshot on workbooks written by another application (LibreOffice Calc)',
  async () => {
    const { spawnSync } = await import('child_process');
    const dir = tempDir('lkjip-lo-');
    const books = (await corpus()).filter((b) => ['gowa-rumus', 'manggarai-laporan-teks', 'maluku-berdampingan'].includes(b.name));
    for (const b of books) {
      const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, b.file], {
        encoding: 'utf8',
        timeout: 120000,
      });
      expect(r.status).toBe(0);
      const file = path.join(dir, path.basename(b.file));
      const lean = await readWorkbook(file);
      const full = (await loadWorkbook(file)).snapshot;
      expect({ book: b.name, snapshot: comparable(lean) }).toEqual({ book: b.name, snapshot: comparable(full) });
    }
  },
  240000,
);
