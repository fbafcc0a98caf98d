/**
 * core/recalc: formulas a program wrote without results, computed as Excel computes them. Each case is a formula and
 * the value Excel shows for it (worked out by hand from Excel's documented behaviour, not from this code).
 */
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbookParts } from '../../src/cli/container';
import { a1 } from '../../src/core/address';
import { recalculate } from '../../src/core/recalc';
import { snapshotOf } from '../../src/xlsx/read';
import { Cell, CellValue, isErrorValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { book, formula, sheet, V } from '../helpers/snap';

/**
 * A small sheet of inputs: B2:B5 numbers, C2 text, C3 numeric text, C4 and C5 numbers typed with separators, D2 an
 * error, E2 a boolean; A-column labels.
 */
function inputs(extra: V[][] = []): WorkbookSnapshot {
  return book(
    sheet('Data', [
      ['Label', 'Angka', 'Teks', 'Galat', 'Logika'],
      ['a', 10, 'Rp 1.000', { v: { error: '#N/A' } }, { v: 'TRUE' }],
      ['b', 20, '5'],
      ['c', 30.5, '85,5'],
      ['d', -4, '1.250.000'],
      ...extra,
    ]),
    sheet('Realisasi Anggaran', [
      ['Pagu', 'Realisasi'],
      [1000, 950],
    ]),
  );
}

/** Computes one formula placed at A20 of the Data sheet and returns what the cell then holds. */
function compute(f: string, stale = false, cached: CellValue = null): { value: CellValue; computed: boolean } {
  const b = inputs();
  const cell: Cell = { row: 20, col: 1, value: cached, formula: f };
  b.sheets[0].cells.push(cell);
  recalculate(b, { staleResults: stale });
  return { value: cell.value, computed: (b.sheets[0].recalculated ?? []).includes('A20') };
}

describe('recalculate: Excel arithmetic', () => {
  test.each<[string, CellValue]>([
    ['B2+B3', 30],
    ['=B2*B3-B4', 169.5],
    ['B3/B2*100', 200],
    ['-B2^2', 100], // Excel: negation binds tighter than ^
    ['2^3^2', 64], // left to right
    ['B2%', 0.1],
    ['(B2+B3)*2', 60],
    ['B9+1', 1], // an empty cell is 0
    ['C3*2', 10], // numeric text is read as a number
    ['C4*2', null], // … but "85,5" and "1.250.000" as the computer's regional settings say: not computed
    ['C5+1', null],
    ['"1.5"*2', null],
    ['C2*2', { error: '#VALUE!' }], // other text is not
    ['B2/0', { error: '#DIV/0!' }],
    ['D2+1', { error: '#N/A' }],
    ['B2&" unit"', '10 unit'],
    ['B2=10', true],
    ['"abc"="ABC"', true],
    ["'Realisasi Anggaran'!B2/'Realisasi Anggaran'!A2*100", 95],
    ['$B$2+B$3', 30],
  ])('%s = %p', (f, expected) => {
    expect(compute(f).value).toEqual(expected);
  });
});

describe('recalculate: functions', () => {
  test.each<[string, CellValue]>([
    ['SUM(B2:B5)', 56.5],
    ['SUM(B2:C5)', 56.5], // text in a range is left out, numeric text too
    ['SUM(B2,C3)', 10], // text in a referenced cell is left out, even numeric text
    ['SUM(B2,"5")', 15], // numeric text typed as an argument counts
    ['SUM(B:B)', 56.5],
    ['AVERAGE(B2:B5)', 14.125],
    ['AVERAGE(C2)', { error: '#DIV/0!' }],
    ['MIN(B2:B5)', -4],
    ['MAX(B2:B5)', 30.5],
    ['COUNT(B1:B5)', 4],
    ['COUNTA(A1:A5)', 5],
    ['COUNTA(C2:C5)', 4],
    ['ROUND(2.675,2)', 2.68],
    ['ROUND(-2.5,0)', -3],
    ['ROUND(1234.5,-2)', 1200],
    ['ROUNDUP(1.21,1)', 1.3],
    ['ROUNDDOWN(-1.29,1)', -1.2],
    ['ABS(B5)', 4],
    ['IF(B2>5,"ya","tidak")', 'ya'],
    ['IF(B2>50,1)', false],
    ['IFERROR(B2/0,0)', 0],
    ['IFERROR(D2,"-")', '-'],
    ['_xlfn.IFERROR(B3/B2*100,0)', 200],
    ['SUBTOTAL(9,B2:B5)', 56.5],
    ['SUBTOTAL(1,B2:B3)', 15],
    ['AND(B2>0,B3>0)', true],
    ['SUM(D2:D3)', { error: '#N/A' }],
  ])('%s = %p', (f, expected) => {
    expect(compute(f).value).toEqual(expected);
  });

  test('SUBTOTAL leaves out the SUBTOTALs inside its range (an Excel outline of subtotals)', () => {
    const b = book(
      sheet('RA', [
        ['Pagu'],
        [formula('SUBTOTAL(9,A3:A4)', null)],
        [100],
        [200],
        [formula('SUBTOTAL(9,A6:A6)', null)],
        [50],
        [formula('SUBTOTAL(9,A2:A6)', null)],
      ]),
    );
    recalculate(b);
    const at = (r: number) => b.sheets[0].cells.find((c) => c.row === r && c.col === 1)?.value;
    expect([at(2), at(5), at(7)]).toEqual([300, 50, 350]);
  });

  test('a formula that waits on one below it is computed in order; a cycle is not computed', () => {
    const b = book(
      sheet('RA', [['Pagu'], [formula('A3+A4', null)], [formula('SUM(A5:A6)', null)], [10], [1], [2], [formula('A8+1', null)], [formula('A7+1', null)]]),
    );
    recalculate(b);
    const at = (r: number) => b.sheets[0].cells.find((c) => c.row === r && c.col === 1)?.value;
    expect([at(2), at(3)]).toEqual([13, 3]);
    expect([at(7), at(8)]).toEqual([null, null]);
    expect(b.sheets[0].recalculated).toEqual(['A2', 'A3']);
  });
});

describe('recalculate: what it leaves alone', () => {
  test('a result the file holds is kept when the file does not say it is stale', () => {
    expect(compute('B2+B3', false, 999)).toEqual({ value: 999, computed: false });
  });

  test('an empty text a formula gave (=IFERROR(…;"") as Excel saves it) is a result, kept and not marked computed', () => {
    expect(compute('IF(B2>5,"","x")', false, '')).toEqual({ value: '', computed: false });
  });

  test('a stale file: every formula is computed, its placeholder replaced', () => {
    expect(compute('B2+B3', true, 0)).toEqual({ value: 30, computed: true });
    expect(compute('B2+B3', true, 999)).toEqual({ value: 30, computed: true });
  });

  test.each(['INDIRECT("B"&2)', 'Anggaran_Total*2', '[1]Sheet1!A1', 'SUM(Tabel1[Pagu])', 'NoSuchSheet!A1', 'SUM(B2:B5'])(
    'a formula outside what it computes (%s) keeps a real result and loses a stale placeholder',
    (f) => {
      expect(compute(f, false, null)).toEqual({ value: null, computed: false });
      expect(compute(f, true, 1500)).toEqual({ value: 1500, computed: false });
      expect(compute(f, true, 0)).toEqual({ value: null, computed: false });
    },
  );

  test('a formula that depends on one it cannot compute is not computed either', () => {
    const b = book(sheet('RA', [['Pagu'], [formula('OFFSET(B1,1,0)', 0)], [formula('A2*2', 0)]]));
    recalculate(b, { staleResults: true });
    expect(b.sheets[0].cells.map((c) => c.value)).toEqual(['Pagu', null, null]);
    expect(b.sheets[0].recalculated).toBeUndefined();
  });
});

const WILD = path.resolve(__dirname, '..', '..', '..', 'shared', 'wild');

(fs.existsSync(WILD) ? describe : describe.skip)('recalculate agrees with Excel', () => {
  test('every formula of the workbooks in ../shared/wild that hold their results, computed again, gives the stored result', () => {
    let computed = 0;
    const mismatches: string[] = [];
    for (const name of fs.readdirSync(WILD).filter((f) => /\.xls[xm]$/.test(f))) {
      let book: WorkbookSnapshot;
      let parts: Map<string, Uint8Array>;
      try {
        parts = openWorkbookParts(path.join(WILD, name)).parts;
        const wb = [...parts].find(([k]) => /^xl\/workbook\.xml$/i.test(k));
        // the reference is Excel's results: not a book that says its results are stale (fullCalcOnLoad), nor one whose
        // results PhpSpreadsheet's own engine computed (it writes calcId 999999: "in" for =IF($L$3="Metric",O3,P3)
        // where L3 is =#REF!, which Excel computes as #REF!)
        const calcPr = wb ? (/<calcPr\b[^>]*>/.exec(new TextDecoder().decode(wb[1]))?.[0] ?? '') : '';
        if (/fullCalcOnLoad="(1|true)"|calcId="999999"/.test(calcPr)) continue;
        book = snapshotOf(parts);
      } catch {
        continue; // damaged, encrypted: the reader's own tests cover them
      }
      const stored = new Map<Cell, CellValue>();
      for (const s of book.sheets) for (const c of s.cells) if (c.formula !== undefined && c.value !== null && c.value !== '') stored.set(c, c.value);
      if (!stored.size) continue;
      for (const s of book.sheets) delete s.recalculated;
      recalculate(book, { staleResults: true });
      for (const s of book.sheets) {
        const redone = new Set(s.recalculated ?? []);
        for (const c of s.cells) {
          if (!stored.has(c) || !redone.has(a1(c.row, c.col))) continue;
          computed++;
          const was = stored.get(c);
          const same =
            typeof was === 'number' && typeof c.value === 'number'
              ? Math.abs(was - c.value) <= 1e-9 * Math.max(1, Math.abs(was))
              : JSON.stringify(was) === JSON.stringify(c.value);
          if (!same) mismatches.push(`${name} ${s.name}!${a1(c.row, c.col)} =${c.formula}: ${JSON.stringify(was)} ≠ ${JSON.stringify(c.value)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // (tens of thousands of formulas: SUM, IF, arithmetic, text, errors, other sheets)
    expect(computed).toBeGreaterThan(20000);
  });
});

describe('recalculate: structured references to an Excel Table', () => {
  // A3:D8: header, 4 programmes, a totals row; the table is "Anggaran" (a column named with brackets, escaped ' in formulas)
  const tableBook = (totals: V[], extra: V[][] = [], hiddenRows?: number[]) => {
    const s = sheet('RA', [
      ['Realisasi anggaran per program'],
      [],
      ['Program', 'Pagu [Rp]', 'Realisasi', 'Serapan'],
      ['A', 1000, 900, formula("[@Realisasi]/[@[Pagu '[Rp']]]*100", null)],
      ['B', 2000, 1500, formula("Anggaran[[#This Row],[Realisasi]]/Anggaran[[#This Row],[Pagu '[Rp']]]*100", null)],
      ['C', 500, 500, formula("[@Realisasi]/[@[Pagu '[Rp']]]*100", null)],
      ['D', 500, 100, formula("[@Realisasi]/[@[Pagu '[Rp']]]*100", null)],
      totals,
      [],
      ...extra,
    ]);
    s.listObjects = [{ name: 'Anggaran', ref: 'A3:D8', headerRows: 1, totalsRows: 1, columns: ['Program', 'Pagu [Rp]', 'Realisasi', 'Serapan'] }];
    if (hiddenRows) s.hiddenRows = hiddenRows;
    return book(s);
  };
  const valueAt = (b: WorkbookSnapshot, ref: string) => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return b.sheets[0].cells.find((c) => a1(c.row, c.col) === `${col}${row}`)?.value;
  };

  test('a totals row and each row of a calculated column', () => {
    const b = tableBook([
      'Jumlah',
      formula("SUBTOTAL(109,[Pagu '[Rp']])", null),
      formula('SUBTOTAL(109,Anggaran[Realisasi])', null),
      formula('SUBTOTAL(101,[Serapan])', null),
    ]);
    recalculate(b);
    expect(['D4', 'D5', 'D6', 'D7'].map((r) => valueAt(b, r))).toEqual([90, 75, 100, 20]);
    expect(['B8', 'C8', 'D8'].map((r) => valueAt(b, r))).toEqual([4000, 3000, 71.25]);
  });

  test('from outside the table: its totals, its data, a span of columns, the whole table by name (4 rows × 3 numeric columns)', () => {
    const b = tableBook(
      ['Jumlah', 4000, 3000, 75],
      [[formula("Anggaran[[#Totals],[Pagu '[Rp']]]", null), formula("SUM(Anggaran[[Pagu '[Rp']]:[Realisasi]])", null), formula('COUNT(Anggaran[])', null)]],
    );
    recalculate(b);
    expect(['A10', 'B10', 'C10'].map((r) => valueAt(b, r))).toEqual([4000, 7000, 12]);
  });

  test('SUBTOTAL 109 leaves out hidden rows; SUBTOTAL 9 over hidden rows (a filter or a hand?) is not computed', () => {
    const b = tableBook(['Jumlah', formula("SUBTOTAL(109,[Pagu '[Rp']])", null), formula('SUBTOTAL(9,[Realisasi])', null), null], [], [7]);
    recalculate(b);
    expect([valueAt(b, 'B8'), valueAt(b, 'C8')]).toEqual([3500, null]);
  });

  test('a column the table does not have, or a table the book does not have, is not computed', () => {
    const b = tableBook(['Jumlah', formula('SUBTOTAL(109,[Anggaran Murni])', null), formula('SUBTOTAL(109,Belanja[Realisasi])', null), null]);
    recalculate(b);
    expect([valueAt(b, 'B8'), valueAt(b, 'C8')]).toEqual([null, null]);
  });
});

describe('recalculate: conditional sums and look-ups (as a budget or PK sheet uses them)', () => {
  // A: kode, B: jenis, C: pagu; E:F a PK target list
  const lookups = () =>
    book(
      sheet('Data', [
        ['Kode', 'Jenis', 'Pagu', null, 'Indikator', 'Target'],
        ['1.01', 'Belanja Pegawai', 1000, null, 'IKM', 85],
        ['1.02', 'Belanja Barang dan Jasa', 2500, null, 'AKI', 95],
        ['1.03', 'Belanja Pegawai', 500, null, 'Stunting', 14],
        ['2.01', 'Belanja Modal', 4000],
        ['2.02', 'belanja barang dan jasa', null],
      ]),
    );
  test.each<[string, CellValue]>([
    ['SUMIF(B2:B6,"Belanja Pegawai",C2:C6)', 1500],
    ['SUMIF(B2:B6,"belanja barang*",C2:C6)', 2500], // text without regard to case, * a wildcard; an empty pagu adds nothing
    ['SUMIF(C2:C6,">1000")', 6500],
    ['SUMIF(C2:C6,"<>1000")', 7000],
    ['COUNTIF(B2:B6,"Belanja ?odal")', 1],
    ['COUNTIF(C2:C6,"")', 1],
    ['AVERAGEIF(B2:B6,"Belanja Pegawai",C2:C6)', 750],
    ['VLOOKUP("aki",E2:F4,2,FALSE)', 95],
    ['VLOOKUP("Gizi buruk",E2:F4,2,FALSE)', { error: '#N/A' }],
    ['VLOOKUP("IKM",E2:F4,3,FALSE)', { error: '#REF!' }],
    ['INDEX(F2:F4,MATCH("Stunting",E2:E4,0))', 14],
    ['MATCH("IKM",E2:E4,0)', 1],
    ['IFERROR(VLOOKUP("X",E2:F4,2,FALSE),"-")', '-'],
    ['ISNA(VLOOKUP("X",E2:F4,2,FALSE))', true],
    ['ISBLANK(C6)', true],
    // several criteria, each over its own range of the same size (the sum range first, as Excel writes it)
    ['SUMIFS(C2:C6,B2:B6,"Belanja Pegawai",A2:A6,"1.*")', 1500],
    ['SUMIFS(C2:C6,B2:B6,"Belanja Pegawai",C2:C6,">600")', 1000],
    ['COUNTIFS(B2:B6,"belanja barang*",C2:C6,"<>")', 1],
    ['AVERAGEIFS(C2:C6,A2:A6,"1.*")', 4000 / 3],
    ['AVERAGEIFS(C2:C6,A2:A6,"3.*")', { error: '#DIV/0!' }],
    ['SUMIFS(C2:C6,B2:B5,"Belanja Pegawai")', { error: '#VALUE!' }],
    // the sum of products over ranges of one size (words and blanks count as 0); a band chosen by the first true test
    ['SUMPRODUCT(C2:C4,F2:F4)', 1000 * 85 + 2500 * 95 + 500 * 14],
    ['SUMPRODUCT(C2:C6)', 8000],
    ['SUMPRODUCT(C2:C4,F2:F3)', { error: '#VALUE!' }],
    ['IFS(F2>=91,"Sangat Tinggi",F2>=76,"Tinggi",TRUE,"Rendah")', 'Tinggi'],
    ['IFS(F4>=91,"Sangat Tinggi",F4>=76,"Tinggi")', { error: '#N/A' }],
    ['TRUNC(-2.75,1)', -2.7],
    ['MOD(-7,3)', 2],
    ['MOD(7,0)', { error: '#DIV/0!' }],
  ])('%s = %p', (f, expected) => {
    const b = lookups();
    const cell: Cell = { row: 20, col: 1, value: null, formula: f };
    b.sheets[0].cells.push(cell);
    recalculate(b);
    expect(cell.value).toEqual(expected);
  });

  test('an approximate look-up: the last entry not above the key in an ascending list; in any other order (Excel bisects) not computed', () => {
    const b = book(sheet('Skala', [[0, 'D'], [50, 'C'], [65, 'B'], [80, 'A'], [null], [80, 'A'], [50, 'C']]));
    const sorted: Cell = { row: 20, col: 1, value: null, formula: 'VLOOKUP(72.5,A1:B4,2,TRUE)' };
    const unsorted: Cell = { row: 21, col: 1, value: null, formula: 'VLOOKUP(72.5,A6:B7,2)' };
    b.sheets[0].cells.push(sorted, unsorted);
    recalculate(b);
    expect([sorted.value, unsorted.value]).toEqual(['B', null]);
  });
});

test('formulas of any shape (seeded random pieces) are computed or left alone, never a failure of the reading', () => {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = [
    'SUM(',
    'A1',
    'B2:B5',
    ')',
    '+',
    '-',
    '*',
    '/',
    '^',
    '%',
    '&',
    '"x"',
    '""',
    "'Realisasi Anggaran'!A2",
    'Data!',
    ',',
    '(',
    '1',
    '0',
    '1e308',
    'IF(',
    'IFERROR(',
    'VLOOKUP(',
    '[@Pagu]',
    'T[',
    ']',
    '#N/A',
    ':',
    '=',
    '<>',
    'TRUE',
    ' ',
    "'",
    '$',
    'C:C',
    '3:5',
    'ROUND(',
    'SUBTOTAL(9,',
    'INDEX(',
    'MATCH(',
  ];
  let computed = 0;
  for (let k = 0; k < 3000; k++) {
    const f = Array.from({ length: 1 + rand(8) }, () => pieces[rand(pieces.length)]).join('');
    const b = inputs();
    const cell: Cell = { row: 20, col: 1, value: 0, formula: f };
    b.sheets[0].cells.push(cell);
    expect(() => recalculate(b, { staleResults: true })).not.toThrow();
    if (b.sheets[0].recalculated?.includes('A20')) computed++;
    // computed: a value Excel can hold; not computed: the placeholder dropped
    expect(cell.value === null || ['number', 'string', 'boolean'].includes(typeof cell.value) || isErrorValue(cell.value)).toBe(true);
  }
  expect(computed).toBeGreaterThan(3);
});

test('a look-up list is indexed once: the first of equal keys, and an entry that cannot be computed only matters before the answer', () => {
  const b = book(
    sheet('PK', [
      ['Program', 'Anggaran'],
      ['Program A', 100],
      ['program a', 999],
      ['Program B', 200],
      [formula('INDIRECT("A1")', null), 300],
      ['Program C', 400],
    ]),
  );
  const cells = [
    'VLOOKUP("PROGRAM A",A2:B6,2,FALSE)',
    'VLOOKUP("Program B",A2:B6,2,FALSE)',
    'VLOOKUP("Program C",A2:B6,2,FALSE)',
    'MATCH("Program B",A2:A6,0)',
  ].map((f, i): Cell => ({ row: 10 + i, col: 1, value: null, formula: f }));
  b.sheets[0].cells.push(...cells);
  recalculate(b);
  expect(cells.map((c) => c.value)).toEqual([100, 200, null, 3]);
});

describe('recalculate: a running total (=SUM(D$2:Dn) on every row) over a long column', () => {
  // 300 rows of amounts, a running total beside them: each sum the amounts above it, in order — by the column's running
  // sums where every cell is a settled whole number, cell by cell otherwise (fractions, a formula still to compute),
  // its first error where the part holds one
  const N = 300;
  const amount = (i: number): V => (i === 150 ? 'tidak ada' : 1000 + ((i * 7919) % 5000));
  const run = (amounts: (i: number) => V) => {
    const rows: V[][] = [['Uraian', 'Realisasi', 'Kumulatif']];
    for (let i = 0; i < N; i++) rows.push([`Baris ${i + 1}`, amounts(i), formula(`SUM(B$2:B${i + 2})`, null)]);
    const b = book(sheet('Data', rows));
    recalculate(b, { staleResults: true });
    const at = (row: number) => b.sheets[0].cells.find((c) => c.row === row && c.col === 3)?.value;
    return { at };
  };
  const expectedAt = (amounts: (i: number) => V, row: number): CellValue => {
    let s = 0;
    for (let i = 0; i <= row - 2; i++) {
      const v = amounts(i);
      if (typeof v === 'object' && v !== null && 'v' in v && typeof v.v === 'object' && v.v && 'error' in v.v) return v.v as CellValue;
      if (typeof v === 'number') s += v;
    }
    return s;
  };
  test.each<[string, (i: number) => V]>([
    ['whole amounts (a word among them counts nothing)', amount],
    ['amounts with cents', (i) => (i === 150 ? 'tidak ada' : 1000.25 + ((i * 7919) % 5000) / 100)],
    ['an error in the column', (i) => (i === 200 ? { v: { error: '#N/A' } } : amount(i))],
  ])('%s', (_what, amounts) => {
    const { at } = run(amounts);
    for (const row of [2, 60, 66, 67, 151, 152, 200, 201, 202, 203, 301]) expect(at(row)).toEqual(expectedAt(amounts, row));
  });
});

describe('recalculate: a SUMIF on every row over a long column (a programme’s pagu beside each of its lines)', () => {
  // 120 lines under 6 programme codes typed in either case, their pagu, and on each line the SUMIF of its programme:
  // by the column's index of words where the criterion is a plain word, row by row otherwise — the same figures
  const N = 120;
  const code = (i: number) => (i % 2 ? `PROG-${i % 6}` : `prog-${i % 6}`);
  const run = (pagu: (i: number) => V, crit: (i: number) => string) => {
    const rows: V[][] = [['Kode', 'Pagu', 'Pagu Program', 'Jumlah Baris', 'Rata-rata']];
    for (let i = 0; i < N; i++)
      rows.push([
        code(i),
        pagu(i),
        formula(`SUMIF($A$2:$A$${N + 1},${crit(i)},$B$2:$B$${N + 1})`, null),
        formula(`COUNTIF($A$2:$A$${N + 1},${crit(i)})`, null),
        formula(`AVERAGEIF($A$2:$A$${N + 1},${crit(i)},$B$2:$B$${N + 1})`, null),
      ]);
    const b = book(sheet('Data', rows));
    recalculate(b, { staleResults: true });
    return (row: number, col: number) => b.sheets[0].cells.find((c) => c.row === row && c.col === col)?.value;
  };
  const expected = (pagu: (i: number) => V, of: number) => {
    const want = `prog-${of % 6}`;
    let sum = 0;
    let count = 0;
    let lines = 0;
    let error: CellValue | undefined;
    for (let i = 0; i < N; i++) {
      if (code(i).toLowerCase() !== want) continue;
      lines++;
      const v = pagu(i);
      if (typeof v === 'object' && v !== null && 'v' in v && typeof v.v === 'object' && v.v && 'error' in v.v) error ??= v.v as CellValue;
      else if (typeof v === 'number') {
        sum += v;
        count++;
      }
    }
    return error ? { sum: error, lines, mean: error } : { sum, lines, mean: count ? sum / count : { error: '#DIV/0!' } };
  };
  test.each<[string, (i: number) => V, (i: number) => string]>([
    ['its own code, amounts with cents and a word among them', (i) => (i === 7 ? 'nihil' : 1000000.5 + i * 1234.25), (i) => `A${i + 2}`],
    ['an error among one programme’s pagu', (i) => (i === 13 ? { v: { error: '#N/A' } } : 1000000 + i * 1000), (i) => `A${i + 2}`],
    ['a criterion with a wildcard (row by row)', (i) => 1000000 + i * 1000, (i) => `"${code(i)}*"`],
  ])('%s', (_what, pagu, crit) => {
    const at = run(pagu, crit);
    for (const i of [0, 1, 5, 6, 7, 13, 64, 119]) {
      const e = expected(pagu, i);
      expect([at(i + 2, 3), at(i + 2, 4), at(i + 2, 5)]).toEqual([e.sum, e.lines, e.mean]);
    }
  });
});

test('a running count and a running sum over growing ranges (=COUNTIF($A$2:A9,A9), =SUMIF($A$2:A9,A9,$B$2:B9)): each row its own', () => {
  // one index of the column from its top row serves every range that grows from it: the word's rows before each end
  const N = 150;
  const code = (i: number) => (i % 3 ? `Keg-${i % 7}` : `KEG-${i % 7}`);
  const pagu = (i: number): V => (i === 40 ? { v: { error: '#DIV/0!' } } : i % 11 === 0 ? 'nihil' : 500 + i * 3.5);
  const rows: V[][] = [['Kode', 'Pagu', 'Ke-', 'Kumulatif']];
  for (let i = 0; i < N; i++)
    rows.push([code(i), pagu(i), formula(`COUNTIF($A$2:A${i + 2},A${i + 2})`, null), formula(`SUMIF($A$2:A${i + 2},A${i + 2},$B$2:B${i + 2})`, null)]);
  const b = book(sheet('Data', rows));
  recalculate(b, { staleResults: true });
  const at = (row: number, col: number) => b.sheets[0].cells.find((c) => c.row === row && c.col === col)?.value;
  for (let i = 0; i < N; i++) {
    let n = 0;
    let sum = 0;
    let error: CellValue | undefined;
    for (let j = 0; j <= i; j++) {
      if (code(j).toLowerCase() !== code(i).toLowerCase()) continue;
      n++;
      const v = pagu(j);
      if (typeof v === 'object' && v !== null && 'v' in v) error ??= v.v as CellValue;
      else if (typeof v === 'number') sum += v;
    }
    expect([at(i + 2, 3), at(i + 2, 4)]).toEqual([n, error ?? sum]);
  }
});

test('SUMIFS, COUNTIFS and AVERAGEIFS of two words on every row (a programme and a source of funds): each row its own', () => {
  const N = 130;
  const prog = (i: number) => (i % 2 ? `Program ${i % 4}` : `PROGRAM ${i % 4}`);
  const dana = (i: number): V => (i === 77 ? 5 : i % 3 ? 'APBD' : 'dak');
  const pagu = (i: number): V => (i === 90 ? { v: { error: '#N/A' } } : i % 13 === 0 ? '-' : 1000 + i * 2.25);
  const rows: V[][] = [['Program', 'Dana', 'Pagu', 'Jumlah', 'Baris', 'Rata-rata']];
  const ranges = `$A$2:$A$${N + 1},A{r},$B$2:$B$${N + 1},B{r}`;
  for (let i = 0; i < N; i++) {
    const crit = ranges.replace(/\{r\}/g, String(i + 2));
    rows.push([
      prog(i),
      dana(i),
      pagu(i),
      formula(`SUMIFS($C$2:$C$${N + 1},${crit})`, null),
      formula(`COUNTIFS(${crit})`, null),
      formula(`AVERAGEIFS($C$2:$C$${N + 1},${crit})`, null),
    ]);
  }
  const b = book(sheet('Data', rows));
  recalculate(b, { staleResults: true });
  const at = (row: number, col: number) => b.sheets[0].cells.find((c) => c.row === row && c.col === col)?.value;
  for (let i = 0; i < N; i++) {
    const d = dana(i);
    let n = 0;
    let sum = 0;
    let count = 0;
    let error: CellValue | undefined;
    for (let j = 0; j < N; j++) {
      const dj = dana(j);
      // (a number in the Dana column matches no word, nor does a word criterion read from a number)
      if (prog(j).toLowerCase() !== prog(i).toLowerCase() || typeof d !== 'string' || typeof dj !== 'string' || dj.toLowerCase() !== d.toLowerCase()) continue;
      n++;
      const v = pagu(j);
      if (typeof v === 'object' && v !== null && 'v' in v) error ??= v.v as CellValue;
      else if (typeof v === 'number') {
        sum += v;
        count++;
      }
    }
    if (typeof d !== 'string') continue; // (a number criterion: Excel's own comparison, not this test's)
    expect([at(i + 2, 4), at(i + 2, 5), at(i + 2, 6)]).toEqual([error ?? sum, n, error ?? (count ? sum / count : { error: '#DIV/0!' })]);
  }
});
