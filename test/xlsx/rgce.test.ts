/**
 * A binary workbook's formulas back into text ([MS-XLS] / [MS-XLSB] parsed formulas): token sequences encoded by
 * hand from the specifications, in both flavours; and a book LibreOffice saved as .xlsx and as .xls, whose .xls
 * formulas read as the .xlsx's and whose findings are the .xlsx's — a Jumlah row that is an AVERAGE is no sum.
 */
import * as fs from 'fs';
import * as path from 'path';
import { NODE_INFLATER } from '../../src/cli/container';
import { documentOf } from '../../src/core/document';
import { periksaWorkbook } from '../../src/core/periksa';
import { WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { Flavour, formulaText } from '../../src/xlsx/rgce';
import { ROOT } from '../helpers/cli';

/** Little-endian bytes: a number is one byte; [n, 2] two bytes, [n, 4] four, [x, 8] a double; a string UTF-16. */
type Part = number | string | number[];
function bytes(...parts: Part[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') out.push(p & 0xff);
    else if (typeof p === 'string') for (const ch of p) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    else if (p[1] === 8) {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setFloat64(0, p[0], true);
      out.push(...b);
    } else for (let i = 0; i < p[1]; i++) out.push((p[0] >>> (8 * i)) & 0xff);
  }
  return Uint8Array.from(out);
}

const REL = 0xc000; // both relative: "C4", not "$C$4"
const text = (flavour: Flavour, b: Uint8Array, at: { row?: number; col?: number } = {}) =>
  formulaText(b, 0, b.length, { flavour, row: at.row ?? 0, col: at.col ?? 0, sheetOf: (i) => (i === 0 ? 'Realisasi Anggaran' : i === 1 ? 'PK' : undefined) });

// BIFF12: a row in four bytes, a column word of 14 bits and two flags
const ref12 = (row: number, col: number, flags = REL): number[][] => [
  [row, 4],
  [col | flags, 2],
];
const area12 = (r1: number, r2: number, c1: number, c2: number): number[][] => [
  [r1, 4],
  [r2, 4],
  [c1 | REL, 2],
  [c2 | REL, 2],
];

type Case = [string, Uint8Array, string | undefined, { row?: number; col?: number }?];
const BIFF12: Case[] = [
  ['SUM of an area (PtgArea, PtgFuncVar 4)', bytes(0x25, ...area12(3, 6, 2, 2), 0x42, 1, [4, 2]), 'SUM(C4:C7)'],
  ['AVERAGE', bytes(0x25, ...area12(3, 5, 4, 4), 0x42, 1, [5, 2]), 'AVERAGE(E4:E6)'],
  ['SUBTOTAL(9, …): an integer then an area', bytes(0x1e, [9, 2], 0x25, ...area12(3, 6, 3, 3), 0x42, 2, [344, 2]), 'SUBTOTAL(9,D4:D7)'],
  ['a ratio times 100 (PtgRef, PtgDiv, PtgInt, PtgMul)', bytes(0x44, ...ref12(4, 3), 0x44, ...ref12(4, 2), 0x06, 0x1e, [100, 2], 0x05), 'D5/C5*100'],
  ['ROUND, a fixed two arguments (PtgFunc 27)', bytes(0x44, ...ref12(4, 3), 0x1e, [2, 2], 0x41, [27, 2]), 'ROUND(D5,2)'],
  ['absolute references', bytes(0x44, ...ref12(3, 2, 0), 0x44, ...ref12(3, 3, 0x4000), 0x03), '$C$4+D$4'],
  [
    'IF with its jumps (PtgAttrIf, PtgAttrGoto) and strings',
    bytes(
      0x44,
      ...ref12(2, 4),
      0x1e,
      [100, 2],
      0x0c,
      0x19,
      0x02,
      [7, 2],
      0x17,
      [8, 2],
      'Tercapai',
      0x19,
      0x08,
      [9, 2],
      0x17,
      [5, 2],
      'Belum',
      0x19,
      0x08,
      [3, 2],
      0x42,
      3,
      [1, 2],
    ),
    'IF(E3>=100,"Tercapai","Belum")',
  ],
  ['a SUM of one area written as PtgAttrSum', bytes(0x25, ...area12(0, 2, 1, 1), 0x19, 0x10, [0, 2]), 'SUM(B1:B3)'],
  ['another sheet (PtgRef3d, its XTI)', bytes(0x3a, [0, 2], ...ref12(3, 2)), "'Realisasi Anggaran'!C4"],
  ['another sheet, a bare name', bytes(0x3b, [1, 2], ...area12(2, 5, 2, 2)), 'PK!C3:C6'],
  [
    'parentheses, a decimal, a minus and a percent',
    bytes(0x24, ...ref12(0, 0), 0x24, ...ref12(0, 1), 0x03, 0x15, 0x1f, [0.5, 8], 0x05, 0x13, 0x14),
    '-(A1+B1)*0.5%',
  ],
  ['a quote inside a string', bytes(0x17, [6, 2], 'a "b" ', 0x17, [1, 2], 'c', 0x08), '"a ""b"" "&"c"'],
  ['an error and a boolean constant', bytes(0x1c, 0x07, 0x1d, 1, 0x03), '#DIV/0!+TRUE'],
  // a shared formula's tokens: a relative row or column is an offset from the cell it is read for
  ['a shared formula (PtgRefN) read for D5: the row above, one column left', bytes(0x4c, [-1 >>> 0, 4], [0x3fff | REL, 2]), 'C4', { row: 4, col: 3 }],
  ['… and its area (PtgAreaN)', bytes(0x2d, [-3 >>> 0, 4], [-1 >>> 0, 4], [0 | REL, 2], [0 | REL, 2], 0x42, 1, [4, 2]), 'SUM(D3:D5)', { row: 5, col: 3 }],
  // what cannot be rendered gives no text, never a guess
  ['a defined name', bytes(0x43, [1, 4]), undefined],
  ['a function Excel has no index for', bytes(0x1e, [1, 2], 0x41, [400, 2]), undefined],
  ['an add-in or future function (user-defined, 255)', bytes(0x1e, [1, 2], 0x42, 1, [255, 2]), undefined],
  ["a sheet that is not this book's", bytes(0x3a, [2, 2], ...ref12(0, 0)), undefined],
  ['tokens cut short', bytes(0x25, [3, 4], [6, 4]), undefined],
  ['two values left over', bytes(0x1e, [1, 2], 0x1e, [2, 2]), undefined],
  ['an operator without its operands', bytes(0x1e, [1, 2], 0x03), undefined],
];

// (a plain loop: test.each hung on rows holding a Uint8Array)
for (const [name, b, want, at] of BIFF12) test(`BIFF12: ${name}`, () => expect(text('biff12', b, at)).toBe(want));

// BIFF8: rows in two bytes, a column of eight bits beside the flags, 8-bit strings
const BIFF8: Case[] = [
  ['SUM of an area', bytes(0x25, [3, 2], [6, 2], [2 | REL, 2], [2 | REL, 2], 0x42, 1, [4, 2]), 'SUM(C4:C7)'],
  ['a ratio times 100', bytes(0x44, [4, 2], [3 | REL, 2], 0x44, [4, 2], [2 | REL, 2], 0x06, 0x1e, [100, 2], 0x05), 'D5/C5*100'],
  ['a compressed string', bytes(0x17, 8, 0, ...[...'Tercapai'].map((c) => c.charCodeAt(0))), '"Tercapai"'],
  ['a string of two-byte characters', bytes(0x17, 2, 1, [0x0ba4, 2], [0x41, 2]), '"\u0ba4A"'],
  ['another sheet', bytes(0x3a, [1, 2], [3, 2], [2 | REL, 2]), 'PK!C4'],
  ['a shared formula: the row above, one column left (an 8-bit column offset)', bytes(0x4c, [-1 & 0xffff, 2], [0xff | REL, 2]), 'C4', { row: 4, col: 3 }],
];

for (const [name, b, want, at] of BIFF8) test(`BIFF8: ${name}`, () => expect(text('biff8', b, at)).toBe(want));

test('a shared formula reference (PtgExp) names its anchor: BIFF12 its row, BIFF8 its row and column', () => {
  expect(text('biff12', bytes(0x01, [7, 4]))).toEqual({ shared: true, row: 7 });
  expect(text('biff8', bytes(0x01, [7, 2], [3, 2]))).toEqual({ shared: true, row: 7, col: 3 });
});

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const read = (name: string) => readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))), name, NODE_INFLATER).snapshot;
const formulas = (book: WorkbookSnapshot) =>
  new Map(book.sheets.flatMap((s) => s.cells.filter((c) => c.formula).map((c) => [`${s.name}!${c.row},${c.col}`, c.formula as string] as const)));

describe('a book LibreOffice saved as .xlsx and as .xls (test/fixtures/rumus-2024)', () => {
  const xlsx = read('rumus-2024.xlsx');
  const xls = read('rumus-2024.xls');

  test('every formula of the .xls reads as the .xlsx writes it, but IFERROR (no Excel 97 function: an add-in call there)', () => {
    const want = formulas(xlsx);
    const got = formulas(xls);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    expect(want.size).toBeGreaterThan(20);
    for (const [at, f] of want) {
      if (f.startsWith('IFERROR(')) expect({ at, f: got.get(at) }).toEqual({ at, f: '(rumus)' });
      else expect({ at, f: got.get(at) }).toEqual({ at, f });
    }
  });

  test('the same tables and findings as the .xlsx: the typed PK anggaran, and no galat on a Jumlah that is an AVERAGE or a Rata-rata that is a MAX', () => {
    const a = documentOf('x', periksaWorkbook(xls));
    const b = documentOf('x', periksaWorkbook(xlsx));
    expect(a.tables).toEqual(b.tables);
    expect(a.findings).toEqual(b.findings);
    expect(a.findings.filter((f) => f.severity === 'galat').map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(['lintas-sheet Realisasi Anggaran!C5']);
  });
});
