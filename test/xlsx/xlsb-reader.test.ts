/**
 * .xlsb (Excel's binary workbook) read by our own reader, with no LibreOffice: the binary workbooks Excel and other
 * libraries wrote (../shared/wild, read in place), every record kind our test writer makes (checked against
 * LibreOffice's reading of the same bytes where it is installed), damage refused in one sentence, and a report written
 * as .xlsb checked like its .xlsx.
 */
import { spawnSync } from 'child_process';
import { unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { NODE_INFLATER } from '../../src/cli/container';
import { Cell, WorkbookSnapshot } from '../../src/core/snapshot';
import { InputError } from '../../src/xlsx/container';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { xlsbBytes, XlsbOptions } from '../../scripts/fixtures/xlsb';
import { CLI, ROOT } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const WILD = path.join(ROOT, '..', 'shared', 'wild');
const wild = (name: string) => path.join(WILD, name);
const hasWild = fs.existsSync(wild('poi__testVarious.xlsb'));

const read = (bytes: Uint8Array, name = 'buku.xlsb') => readWorkbookBytes(bytes, name, NODE_INFLATER).snapshot;
const readFile = (file: string) => read(new Uint8Array(fs.readFileSync(file)), path.basename(file));
const at = (book: WorkbookSnapshot, sheet: number, row: number, col: number) => book.sheets[sheet].cells.find((c) => c.row === row && c.col === col);
const value = (book: WorkbookSnapshot, sheet: number, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return at(book, sheet, Number(m[2]), col)?.value;
};

(hasWild ? describe : describe.skip)('binary workbooks written by Excel and SheetJS (../shared/wild)', () => {
  test('Apache POI testVarious (Excel 2016): strings, whole and decimal numbers, formats, formula results', () => {
    const b = readFile(wild('poi__testVarious.xlsb'));
    expect(b.sheets.map((s) => s.name)).toEqual(['mySheet1']);
    expect(value(b, 0, 'B1')).toBe('This is a string');
    expect(value(b, 0, 'B2')).toBe(13);
    expect(value(b, 0, 'B3')).toBe(13.1211231321);
    expect(value(b, 0, 'B7')).toBe(123456789012345);
    expect(value(b, 0, 'B8')).toBe(1234567890123450);
    expect(at(b, 0, 5, 2)).toMatchObject({ value: 0.2, numFmt: '0%' });
    expect(at(b, 0, 6, 2)).toMatchObject({ value: 13.12131231, numFmt: '0.00' });
    expect(at(b, 0, 10, 2)).toMatchObject({ value: 42803, numFmt: 'mm-dd-yy' });
    // formulas with their results as Excel stored them, their tokens read back into text (an unknown name's none)
    expect(at(b, 0, 13, 2)).toMatchObject({ value: 4, formula: 'C13*2' });
    expect(at(b, 0, 15, 2)).toMatchObject({ value: 0.5, formula: '1/C13' });
    expect(at(b, 0, 14, 2)).toMatchObject({ value: { error: '#NAME?' }, formula: '(rumus)' });
  });

  test('Apache POI bug66682: a literal boolean is a value; a column of formulas shared from its first (=B2 … =B6) read cell by cell', () => {
    const b = readFile(wild('poi__bug66682.xlsb'));
    expect(at(b, 0, 2, 2)).toMatchObject({ value: true, formula: undefined });
    expect(at(b, 0, 2, 3)).toMatchObject({ value: true, formula: 'B2' });
    expect(at(b, 0, 3, 3)).toMatchObject({ value: false, formula: 'B3' });
    expect(at(b, 0, 5, 3)).toMatchObject({ value: 1.5, formula: 'B5' });
    expect(at(b, 0, 6, 3)).toMatchObject({ value: 'abcd', formula: 'B6' });
    expect(at(b, 0, 10, 3)).toMatchObject({ formula: 'NA()' });
  });

  test('SheetJS wtf_path: parts under another folder, a merge, a hidden row, column and sheet', () => {
    const b = readFile(wild('sheetjs__wtf_path.xlsb'));
    expect(b.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ['SheetJS', false],
      ['Hidden', true],
    ]);
    expect(b.sheets[0].merges).toEqual([{ top: 6, left: 1, bottom: 6, right: 3 }]);
    expect(b.sheets[0].hiddenRows).toEqual([5]);
    expect(b.sheets[0].hiddenCols).toEqual([4]);
    expect(value(b, 0, 'C4')).toBe('௮');
    expect(value(b, 1, 'D3')).toBe('sh33t');
  });

  test('Excel 2007 Beta 2 (its sheet records four bytes longer) and a book of chart, macro and dialog sheets', () => {
    const simple = readFile(wild('poi__Simple.xlsb'));
    expect(simple.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Sheet2', 'Sheet3']);
    expect(value(simple, 0, 'A1')).toBe('This is an example spreadsheet created with Microsoft Excel 2007 Beta 2.');
    const types = readFile(wild('sheetjs__BlankSheetTypes.xlsb'));
    expect(types.sheets.map((s) => [s.name, s.cells.length])).toEqual([
      ['Sheet1', 0],
      ['Chart1', 0],
      ['Macro1', 0],
      ['Dialog1', 0],
    ]);
  });
});

const cell = (row: number, col: number, v: Cell['value'], extra: Partial<Cell> = {}): Cell => ({ row, col, value: v, ...extra });

/** Every kind of value and look the writer makes, with a merge, a hidden row, column and sheet. */
const BOOK: WorkbookSnapshot = {
  sheets: [
    {
      name: 'Data',
      merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      hiddenRows: [4],
      hiddenCols: [5],
      cells: [
        cell(1, 1, 'Realisasi Anggaran', { bold: true }),
        cell(2, 1, 'No'),
        cell(2, 2, 'Uraian'),
        cell(2, 3, 'Pagu'),
        cell(2, 4, '%'),
        cell(2, 5, 'Murni'),
        cell(3, 1, 1),
        cell(3, 2, 'Program A', { indent: 1 }),
        cell(3, 3, 1250000.5, { numFmt: '#,##0.00' }),
        cell(3, 4, 0.9762, { numFmt: '0.00%' }),
        cell(3, 5, 45000, { numFmt: '[$Rp-421]#,##0' }),
        cell(4, 1, 2),
        cell(4, 2, 'Program B'),
        cell(4, 3, 12, { formula: 'SUM(C1:C2)' }),
        cell(4, 4, true),
        cell(4, 5, { error: '#DIV/0!' }),
        cell(5, 2, 'hasil', { formula: 'B2' }),
        cell(5, 3, false, { formula: 'FALSE()' }),
        cell(5, 4, { error: '#N/A' }, { formula: 'NA()' }),
        cell(5, 6, 45291, { numFmt: 'dd/mm/yyyy' }),
        cell(7, 100, 'jauh'),
        cell(7, 101, -3.25),
      ],
    },
    { name: 'Tersembunyi', hidden: true, merges: [], cells: [cell(1, 1, 'x')] },
  ],
};

function comparable(b: WorkbookSnapshot) {
  return b.sheets.map((s) => ({
    name: s.name,
    hidden: !!s.hidden,
    merges: [...s.merges].sort((x, y) => x.top - y.top || x.left - y.left),
    hiddenRows: s.hiddenRows ?? [],
    hiddenCols: s.hiddenCols ?? [],
    cells: [...s.cells]
      .sort((x, y) => x.row - y.row || x.col - y.col)
      .map((c) => ({ at: `${c.row},${c.col}`, value: c.value, bold: !!c.bold, indent: c.indent ?? 0, numFmt: c.numFmt, formula: !!c.formula })),
  }));
}

const OPTIONS: Array<[string, XlsbOptions]> = [
  ['every cell with its column, text in the cell', {}],
  ['the short records and shared strings', { shortCells: true, sharedStrings: true }],
  ['a chart sheet after the worksheets', { chartSheets: ['Grafik'] }],
];

describe('every record kind, as written by the test writer', () => {
  test.each(OPTIONS)('%s: read back as written', (_, options) => {
    const got = comparable(read(xlsbBytes(BOOK, options)));
    const want = comparable({ sheets: [...BOOK.sheets, ...(options.chartSheets ?? []).map((name) => ({ name, cells: [], merges: [] }))] });
    expect(got).toEqual(want);
  });

  test('the 1904 date system: a calendar date becomes its 1900 serial, a plain number stays', () => {
    const b = read(xlsbBytes(BOOK, { date1904: true }));
    expect(value(b, 0, 'F5')).toBe(45291 + 1462);
    expect(value(b, 0, 'C3')).toBe(1250000.5);
  });

  test("Excel 2007's longer sheet records give the same sheets", () => {
    expect(comparable(read(xlsbBytes(BOOK, { excel2007Sheets: true })))).toEqual(comparable(BOOK));
  });

  test('a damaged part is refused in one sentence (a record running past its end, a cut part)', () => {
    const good = xlsbBytes(BOOK, { sharedStrings: true });
    // the same package with its first worksheet cut in the middle of a record
    const files = unzipSync(good);
    const sheet = files['xl/worksheets/sheet1.bin'];
    files['xl/worksheets/sheet1.bin'] = sheet.subarray(0, sheet.length - 9);
    expect(() => read(zipSync(files))).toThrow(InputError);
    expect(() => read(zipSync(files))).toThrow(/\.xlsb/);
    // a sheet record whose names do not end the record
    const book = unzipSync(good);
    const wb = book['xl/workbook.bin'];
    // (record 156 is written 0x9C 0x01, its size in the next byte)
    const i = wb.findIndex((b, k) => b === 0x9c && wb[k + 1] === 0x01);
    const size = wb[i + 2];
    book['xl/workbook.bin'] = Uint8Array.from([...wb.subarray(0, i + 2), size + 2, ...wb.subarray(i + 3, i + 3 + size), 0, 0, ...wb.subarray(i + 3 + size)]);
    expect(() => read(zipSync(book))).toThrow(/\.xlsb/);
  });
});

(SOFFICE ? describe : describe.skip)('LibreOffice reads what the test writer writes as we do', () => {
  const dir = tempDir('lkjip-xlsb-lo-');
  const viaLibreOffice = (file: string) => {
    const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${path.join(dir, 'profil')}`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, file], {
      encoding: 'utf8',
      timeout: 120000,
      env: { ...process.env, HOME: dir },
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return readFile(file.replace(/\.xlsb$/, '.xlsx'));
  };

  test.each(OPTIONS)(
    '%s',
    (name, options) => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsb`);
      fs.writeFileSync(file, xlsbBytes(BOOK, options));
      const ours = comparable(readFile(file));
      const theirs = comparable(viaLibreOffice(file));
      // LibreOffice has no boolean or error constant: it keeps one as a formula (TRUE(), an error's formula)
      const constants = (b: typeof ours) =>
        b.map((s) => ({
          ...s,
          cells: s.cells.map((c) => (typeof c.value === 'boolean' || (c.value && typeof c.value === 'object') ? { ...c, formula: true } : c)),
        }));
      expect(constants(theirs)).toEqual(constants(ours));
    },
    180000,
  );

  test('the sample as .xlsb (test/fixtures): the cells of its .xlsx, by LibreOffice', () => {
    const file = path.join(dir, 'contoh.xlsb');
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'lkjip-gowa-2024.xlsb'), file);
    expect(comparable(viaLibreOffice(file))).toEqual(comparable(readFile(path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx'))));
  }, 180000);
});

describe('lkjip periksa on an .xlsb, without LibreOffice', () => {
  const dir = tempDir('lkjip-xlsb-');
  // a pengukuran with one capaian typed wrong (95 / 90 = 105,56 %, typed 107,56)
  const book: WorkbookSnapshot = {
    sheets: [
      {
        name: 'Pengukuran',
        merges: [],
        cells: [
          ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Persentase penduduk miskin yang menerima bantuan sosial', '%', 80, 84, 105],
          [2, 'Persentase kepuasan penerima layanan', '%', 90, 95, 107.56],
          [3, 'Jumlah PMKS yang tertangani', 'orang', 1200, 1140, 95],
        ].flatMap((r, i) => r.map((v, j) => cell(i + 3, j + 1, v, i === 0 ? { bold: true } : {}))),
      },
    ],
  };
  const file = path.join(dir, 'pengukuran.xlsb');
  beforeAll(() => fs.writeFileSync(file, xlsbBytes(book, { sharedStrings: true, shortCells: true })));
  const env = { ...process.env, LKJIP_SOFFICE: '0' };

  test('the table is found and the wrong capaian is a galat on its cell', () => {
    const r = spawnSync(process.execPath, [CLI, 'periksa', file, '--format', 'json'], { encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.tables.map((t: { range: string; kind: string }) => `${t.range} ${t.kind}`)).toEqual(['A3:F6 pengukuran-kinerja']);
    expect(doc.findings.filter((f: { severity: string }) => f.severity === 'galat').map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual([
      'persen-capaian F5',
    ]);
  });

  test('a copy cannot be written from an .xlsb here: said in one sentence, the report still given, no file left', () => {
    const out = path.join(dir, 'hasil.xlsx');
    const r = spawnSync(process.execPath, [CLI, 'periksa', file, '--tulis', out], { encoding: 'utf8', env });
    expect(r.stdout).toMatch(/persen-capaian/);
    expect(r.stderr).toMatch(/\.xlsb.*simpan berkasnya sebagai \.xlsx/);
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

test('300 copies of the sample .xlsb with its binary parts damaged (flipped bits, wiped or cut records): each read or refused in one sentence', () => {
  const files = unzipSync(new Uint8Array(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'lkjip-gowa-2024.xlsb'))));
  const binary = Object.keys(files).filter((n) => n.endsWith('.bin'));
  let s = 20261207;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 0x100000000;
  const outcomes = { read: 0, refused: 0 };
  for (let i = 0; i < 300; i++) {
    const name = binary[i % binary.length];
    const b = Uint8Array.from(files[name]);
    const kind = rand();
    let part: Uint8Array = b;
    if (kind < 0.5) for (let k = 0; k < 1 + Math.floor(rand() * 6); k++) b[Math.floor(rand() * b.length)] ^= 1 << Math.floor(rand() * 8);
    else if (kind < 0.75) b.fill(0xff, Math.floor(rand() * b.length));
    else part = b.subarray(0, Math.floor(rand() * b.length));
    try {
      const book = read(zipSync({ ...files, [name]: part }));
      expect(book.sheets.length).toBeGreaterThan(0);
      outcomes.read++;
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as Error).message).toMatch(/\.xlsb|buku kerja/);
      outcomes.refused++;
    }
  }
  // both outcomes happen: the damage reaches the records, and not every damage is fatal
  expect(outcomes.read).toBeGreaterThan(20);
  expect(outcomes.refused).toBeGreaterThan(20);
});
