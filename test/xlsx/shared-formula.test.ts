/**
 * Shared formulas of an .xlsx (a formula Excel filled down or across, written once): each other cell of the group reads
 * as the formula moved to it, as Excel shows it; a Jumlah row whose AVERAGE was filled across is an average in every
 * column, not a sum with a wrong figure. And an .ods's formulas (OpenFormula) in Excel's words.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, zipSync } from 'fflate';
import { NODE_INFLATER } from '../../src/cli/container';
import { documentOf } from '../../src/core/document';
import { periksaWorkbook } from '../../src/core/periksa';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { excelFormulaOf, movedFormula } from '../../src/xlsx/shared-formula';
import { ROOT } from '../helpers/cli';

const CASES: Array<[string, string, number, number, string | undefined]> = [
  ['down one row', 'ROUND(D3/C3*100,2)', 1, 0, 'ROUND(D4/C4*100,2)'],
  ['across two columns', 'AVERAGE(C3:C5)', 0, 2, 'AVERAGE(E3:E5)'],
  ['absolute parts stay', '$C$4+C$4+$C4+C4', 2, 1, '$C$4+D$4+$C6+D6'],
  ['another sheet, bare or quoted', "PK!C3+'Realisasi Anggaran'!D4", 1, 0, "PK!C4+'Realisasi Anggaran'!D5"],
  ['strings and sheet names never move', 'IF(E3>=100,"Tercapai C3","Belum")&\'Q1 A1\'!B2', 1, 0, 'IF(E4>=100,"Tercapai C3","Belum")&\'Q1 A1\'!B3'],
  ['a function whose name looks like a cell', 'LOG10(A1)+ATAN2(B1,C1)', 1, 1, 'LOG10(B2)+ATAN2(C2,D2)'],
  ['whole columns and whole rows', 'SUM(C:C)-SUM($3:4)', 2, 1, 'SUM(D:D)-SUM($3:6)'],
  ['numbers, decimals and exponents stay', 'A1*1.5E+3+2', 1, 0, 'A2*1.5E+3+2'],
  ['a structured reference stays', 'SUM(Anggaran[Pagu])+A1', 1, 0, 'SUM(Anggaran[Pagu])+A2'],
  ['a name of four letters and digits is no cell', 'Pagu2024*A1', 1, 0, 'Pagu2024*A2'],
  ['past the sheet: Excel’s #REF!, no text', 'A1', -1, 0, undefined],
  ['an unclosed string: no text', 'A1&"x', 1, 0, undefined],
];

test.each(CASES)('%s', (_, text, rows, cols, want) => {
  expect(movedFormula(text, rows, cols)).toBe(want);
});

test('a Jumlah row whose AVERAGE Excel wrote once and shared across (C6:E6): every column an average, no galat', () => {
  // the fixture's Pengukuran sheet as Excel writes a formula filled across: the text on C6 only
  const files = unzipSync(new Uint8Array(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rumus-2024.xlsx'))));
  const sheet = new TextDecoder().decode(files['xl/worksheets/sheet3.xml']);
  const shared = sheet
    .replace('<f aca="false">AVERAGE(C3:C5)</f>', '<f t="shared" ref="C6:E6" si="0">AVERAGE(C3:C5)</f>')
    .replace('<f aca="false">AVERAGE(D3:D5)</f>', '<f t="shared" si="0"/>')
    .replace('<f aca="false">AVERAGE(E3:E5)</f>', '<f t="shared" si="0"/>');
  expect(shared.match(/si="0"/g)?.length).toBe(3);
  files['xl/worksheets/sheet3.xml'] = new TextEncoder().encode(shared);
  const book = readWorkbookBytes(zipSync(files), 'bersama.xlsx', NODE_INFLATER).snapshot;
  const cells = book.sheets[2].cells.filter((c) => c.row === 6 && c.col >= 3 && c.col <= 5);
  expect(cells.map((c) => c.formula)).toEqual(['AVERAGE(C3:C5)', 'AVERAGE(D3:D5)', 'AVERAGE(E3:E5)']);
  const galat = documentOf('x', periksaWorkbook(book)).findings.filter((f) => f.severity === 'galat');
  expect(galat.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(['lintas-sheet Realisasi Anggaran!C5']);
});

const OPEN_FORMULA: Array<[string, string, string | undefined]> = [
  ['a sum of an area', 'SUM([.C4:.C7])', 'SUM(C4:C7)'],
  ['arguments apart by ";"', 'ROUND([.D3]/[.C3]*100;2)', 'ROUND(D3/C3*100,2)'],
  [
    'another sheet, quoted, its quote doubled',
    "SUMIF([$'Realisasi Anggaran'.B4:.B7];\"a;b\";[$'Dinas''s'.D4:.D7])",
    "SUMIF('Realisasi Anggaran'!B4:B7,\"a;b\",'Dinas''s'!D4:D7)",
  ],
  ['another sheet, bare, absolute', 'SUBTOTAL(9;[$PK.$C$3:.$C$6])', 'SUBTOTAL(9,PK!$C$3:$C$6)'],
  ['whole columns', 'SUM([.C:.C])', 'SUM(C:C)'],
  ["an array's rows and a union", 'INDEX({1;2|3;4};1;1)+AREAS(([.A1]~[.B2]))', 'INDEX({1,2;3,4},1,1)+AREAS((A1,B2))'],
  ["ODF's prefixes", 'COM.MICROSOFT.CEILING([.B1];2)+LEGACY.CHIDIST(1;2)', 'CEILING(B1,2)+CHIDIST(1,2)'],
  ['a deleted reference: no text', 'SUM([.#REF!])', undefined],
  ["another book's: no text", "['file:///a.xlsx'#$Sheet1.A1]", undefined],
];

test.each(OPEN_FORMULA)('OpenFormula: %s', (_, of, want) => {
  expect(excelFormulaOf(of)).toBe(want);
});

test("the fixture as LibreOffice saves it as .ods: every formula as the .xlsx's, the same findings", () => {
  const read = (name: string) => readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', name))), name, NODE_INFLATER).snapshot;
  const xlsx = read('rumus-2024.xlsx');
  const ods = read('rumus-2024.ods');
  const formulas = (book: typeof xlsx) => book.sheets.flatMap((s) => s.cells.filter((c) => c.formula).map((c) => `${s.name}!${c.row},${c.col} ${c.formula}`));
  expect(formulas(ods)).toEqual(formulas(xlsx));
  expect(formulas(xlsx).length).toBeGreaterThan(20);
  expect(documentOf('x', periksaWorkbook(ods)).findings).toEqual(documentOf('x', periksaWorkbook(xlsx)).findings);
});
