/**
 * core/snapshot's CellStore: a sheet's cells as column arrays (what the xlsx reader makes), and the Grid over it. The
 * same cells given as a list of Cell objects (what Office and the other readers give) must read the same through every
 * Grid method; a cell handed out twice is two objects that agree, with what the engine worked out of it (its text, its
 * figure) kept; a formula result written into a pinned cell is its value wherever it is read.
 */
import {
  CellLook,
  CellStore,
  cellsOfRow,
  CellValue,
  formulaCells,
  Grid,
  newCell,
  pinned,
  SheetSnapshot,
  sheetOfStore,
  someFormula,
} from '../../src/core/snapshot';
import { cellFigure, cellText } from '../../src/core/figures';
import { recalculate } from '../../src/core/recalc';

interface Given {
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
  look?: number;
}

const LOOKS: CellLook[] = [{}, { numFmt: '#,##0', bold: true }, { numFmt: '0.00%', indent: 2 }];

/** The cells read both ways: as a CellStore (in the order given) and as a list of Cell objects. */
function bothWays(cells: Given[], merges: SheetSnapshot['merges'] = []): { store: SheetSnapshot; objects: SheetSnapshot } {
  const store = new CellStore(LOOKS);
  for (const c of cells) store.push(c.row, c.col, c.value, c.formula, c.look ?? -1);
  const objects = cells.map((c) => {
    const look = c.look !== undefined ? LOOKS[c.look] : undefined;
    return newCell(c.row, c.col, c.value, c.formula, look?.numFmt, look?.bold || undefined, look?.indent || undefined);
  });
  return { store: sheetOfStore({ name: 'S', merges }, store.finish()), objects: { name: 'S', cells: objects, merges } };
}

/** A cell's fields (not the engine's caches, kept under symbols). */
const plain = (c: object | undefined) => (c ? Object.fromEntries(Object.entries(c)) : c);

const SAMPLE: Given[] = [
  { row: 2, col: 1, value: 'No' },
  { row: 2, col: 2, value: 'Program / Kegiatan', look: 1 },
  { row: 2, col: 3, value: 'Pagu' },
  { row: 3, col: 1, value: 1 },
  { row: 3, col: 2, value: 'Program Perlindungan Sosial', look: 1 },
  { row: 3, col: 3, value: 4681577821, look: 1 },
  { row: 3, col: 4, value: 0.9762, look: 2 },
  { row: 3, col: 6, value: '' },
  { row: 4, col: 2, value: '  - Kegiatan Bantuan', look: 2 },
  { row: 4, col: 3, value: 'Rp 1.250.000,-' },
  { row: 4, col: 4, value: { error: '#DIV/0!' } },
  { row: 4, col: 5, value: true },
  { row: 4, col: 7, value: null, formula: 'SUM(C3:C4)' },
  { row: 9, col: 3, value: 12.5 },
];

describe('CellStore and the Grid over it', () => {
  test('every Grid method reads the same from a store as from the list of cells', () => {
    const { store, objects } = bothWays(SAMPLE, [{ top: 2, left: 4, bottom: 2, right: 5 }]);
    const a = new Grid(store);
    const b = new Grid(objects);
    expect(a.rowNumbers).toEqual([2, 3, 4, 9]);
    expect(a.rowNumbers).toEqual(b.rowNumbers);
    expect([a.minCol, a.maxCol]).toEqual([1, 7]);
    expect([a.minCol, a.maxCol]).toEqual([b.minCol, b.maxCol]);
    expect(Array.from(a.filledColumns())).toEqual([1, 1, 1, 1, 1, 0, 0]);
    expect(Array.from(a.filledColumns())).toEqual(Array.from(b.filledColumns()));
    for (let r = 1; r <= 10; r++) {
      expect(a.filledCount(r)).toEqual(b.filledCount(r));
      expect(a.rowCells(r).map(plain)).toEqual(b.rowCells(r).map(plain));
      for (const [l, rt] of [
        [1, 99],
        [2, 3],
        [4, 4],
        [6, 7],
      ]) {
        expect(a.filledInRow(r, l, rt).map(plain)).toEqual(b.filledInRow(r, l, rt).map(plain));
        expect(a.columnsWhere(r, l, rt, (v) => typeof v === 'number')).toEqual(b.columnsWhere(r, l, rt, (v) => typeof v === 'number'));
      }
      expect(a.rowSpan(r)).toEqual(b.rowSpan(r));
      for (let c = 0; c <= 8; c++) {
        expect(plain(a.get(r, c))).toEqual(plain(b.get(r, c)));
        expect(a.value(r, c)).toEqual(b.value(r, c));
        expect(a.shownValue(r, c)).toEqual(b.shownValue(r, c));
      }
    }
    // a blank text and a cell with no value are no filled cells; a formula without a result is a cell
    expect(a.filledCount(3)).toEqual({ filled: 4, texts: 1 });
    expect(a.get(4, 7)).toMatchObject({ value: null, formula: 'SUM(C3:C4)' });
    expect(a.get(3, 3)).toMatchObject({ value: 4681577821, numFmt: '#,##0', bold: true });
    expect(a.get(3, 4)).toMatchObject({ value: 0.9762, numFmt: '0.00%', indent: 2, bold: undefined });
    expect(a.shownValue(2, 5)).toBe(null);
    // a row's span reaches its blank cells too; columnsWhere reads values with no cell made, within the columns asked
    expect([a.rowSpan(3), a.rowSpan(5)]).toEqual([[1, 6], undefined]);
    expect(a.columnsWhere(4, 1, 99, (v) => typeof v === 'object' && v !== null)).toEqual([4]);
    expect(a.columnsWhere(3, 2, 4, (v) => typeof v === 'number')).toEqual([3, 4]);
  });

  test('cells given out of order or twice: row-major, the last one given wins (as the list of cells reads)', () => {
    const given: Given[] = [
      { row: 5, col: 2, value: 'b' },
      { row: 1, col: 3, value: 7 },
      { row: 5, col: 1, value: 'a' },
      { row: 1, col: 3, value: 8, formula: 'B1+1' },
      { row: 1, col: 1, value: 'x' },
    ];
    const { store, objects } = bothWays(given);
    const a = new Grid(store);
    const b = new Grid(objects);
    expect(a.rowNumbers).toEqual([1, 5]);
    expect(a.rowCells(1).map((c) => [c.col, c.value, c.formula])).toEqual([
      [1, 'x', undefined],
      [3, 8, 'B1+1'],
    ]);
    expect(a.rowCells(1).map(plain)).toEqual(b.rowCells(1).map(plain));
    expect(a.rowCells(5).map((c) => c.value)).toEqual(['a', 'b']);
    expect(formulaCells(store).map((c) => c.value)).toEqual([8]);
  });

  test('formula cells are picked by their value and their text alike from a store and from a list of cells', () => {
    const given: Given[] = [
      { row: 1, col: 1, value: 5, formula: 'B1*2' },
      { row: 1, col: 2, value: null, formula: 'SUBTOTAL(109,[Pagu])' },
      { row: 2, col: 1, value: 'x' },
      { row: 2, col: 2, value: null, formula: 'A1+1' },
    ];
    const { store, objects } = bothWays(given);
    for (const sheet of [store, objects]) {
      expect(formulaCells(sheet, (v) => v === null).map((c) => [c.row, c.col])).toEqual([
        [1, 2],
        [2, 2],
      ]);
      expect(formulaCells(sheet).map((c) => c.formula)).toEqual(['B1*2', 'SUBTOTAL(109,[Pagu])', 'A1+1']);
      expect(someFormula(sheet, (f) => f.includes('['))).toBe(true);
      expect(someFormula(sheet, (f) => f.includes('VLOOKUP'))).toBe(false);
    }
  });

  test('a long row is searched by bisection and still finds each of its cells', () => {
    const given: Given[] = Array.from({ length: 40 }, (_, k) => ({ row: 1, col: 2 * k + 1, value: k }));
    const { store } = bothWays(given);
    const g = new Grid(store);
    for (let k = 0; k < 40; k++) {
      expect(g.get(1, 2 * k + 1)?.value).toBe(k);
      expect(g.get(1, 2 * k + 2)).toBeUndefined();
    }
  });

  test('a store given more cells than it made room for keeps every one of them', () => {
    const store = new CellStore(LOOKS, 16);
    for (let r = 1; r <= 100; r++) {
      store.push(r, 1, `Label ${r}`, undefined, 1);
      store.push(r, 2, r * 1.5, r === 50 ? 'A50*1.5' : undefined, 2);
    }
    const g = new Grid(sheetOfStore({ name: 'S', merges: [] }, store.finish()));
    expect(g.rowNumbers.length).toBe(100);
    expect([g.value(1, 1), g.value(100, 1), g.value(77, 2), g.numFmt(77, 2), g.formula(50, 2)]).toEqual(['Label 1', 'Label 100', 115.5, '0.00%', 'A50*1.5']);
    expect(g.get(64, 1)).toMatchObject({ value: 'Label 64', numFmt: '#,##0', bold: true });
  });

  test("three cells, one on the sheet's last row: found there, with no index the size of the sheet", () => {
    const given: Given[] = [
      { row: 1, col: 1, value: 'Judul' },
      { row: 2, col: 1, value: 5 },
      { row: 1048576, col: 16384, value: 'x' },
    ];
    const { store, objects } = bothWays(given);
    const a = new Grid(store);
    const b = new Grid(objects);
    expect(a.rowNumbers).toEqual([1, 2, 1048576]);
    expect(a.get(1048576, 16384)?.value).toBe('x');
    expect(a.value(1048575, 16384)).toBe(null);
    expect(a.filledInRow(1048576).map(plain)).toEqual(b.filledInRow(1048576).map(plain));
    expect(a.rowCells(3)).toEqual([]);
    expect(a.get(2, 1)?.value).toBe(5);
  });

  test('a cell handed out twice is two objects that agree, and its text and figure are worked out once', () => {
    const { store } = bothWays(SAMPLE);
    const g = new Grid(store);
    const first = g.get(4, 3)!;
    const again = g.get(4, 3)!;
    expect(again).not.toBe(first);
    expect(cellText(first)).toBe('Rp 1.250.000,-');
    const fig = cellFigure(first);
    expect(fig).toMatchObject({ kind: 'figure', num: 1250000 });
    // the next object for the same cell starts with what was worked out (the very same figure object)
    expect(cellFigure(g.get(4, 3))).toBe(fig);
    expect(cellFigure(g.filledInRow(4, 3, 3)[0])).toBe(fig);
  });

  test("the sheet's cell list is made only when asked for, then is what the Grid hands out", () => {
    const { store } = bothWays(SAMPLE);
    const before = new Grid(store);
    expect(before.get(3, 3)).not.toBe(before.get(3, 3));
    const cells = store.cells;
    expect(cells.map((c) => [c.row, c.col])).toEqual(SAMPLE.map((c) => [c.row, c.col]));
    expect(store.cells).toBe(cells);
    const after = new Grid(store);
    expect(after.get(3, 3)).toBe(cells[5]);
    expect(JSON.parse(JSON.stringify(store))).toEqual({ name: 'S', merges: [], cells: JSON.parse(JSON.stringify(cells)) });
  });

  test('a new cell list given to a store-read sheet is its cells from then on', () => {
    const { store } = bothWays(SAMPLE);
    store.cells = [newCell(1, 1, 'Baru')];
    const g = new Grid(store);
    expect(g.rowNumbers).toEqual([1]);
    expect(g.get(1, 1)?.value).toBe('Baru');
    expect(cellsOfRow(store, 1, 5).map((c) => c.value)).toEqual(['Baru']);
  });

  test('cellsOfRow reads one row up to a column without making the cell list', () => {
    const { store, objects } = bothWays(SAMPLE);
    expect(cellsOfRow(store, 3, 3).map(plain)).toEqual(cellsOfRow(objects, 3, 3).map(plain));
    expect(cellsOfRow(store, 3, 3).map((c) => c.value)).toEqual([1, 'Program Perlindungan Sosial', 4681577821]);
    expect(Object.getOwnPropertyDescriptor(store, 'cells')?.get).toBeDefined();
  });

  test('a pinned cell stays one object: a formula result written into it is its value wherever it is read', () => {
    const { store } = bothWays(SAMPLE);
    const g = new Grid(store);
    const cell = pinned(store, formulaCells(store)[0]);
    expect(g.get(4, 7)).toBe(cell);
    cell.value = 99;
    expect(g.value(4, 7)).toBe(99);
    expect(g.filledInRow(4).map((c) => c.value)).toContain(99);
  });

  test('recalculate computes a store-read formula in place, read back through a new Grid', () => {
    const store = new CellStore();
    store.push(1, 1, 10, undefined, -1);
    store.push(1, 2, 32, undefined, -1);
    store.push(1, 3, null, 'A1+B1', -1);
    store.push(2, 3, null, 'C1*2', -1);
    const sheet = sheetOfStore({ name: 'Data', merges: [] }, store.finish());
    recalculate({ sheets: [sheet] });
    const g = new Grid(sheet);
    expect(g.value(1, 3)).toBe(42);
    expect(g.value(2, 3)).toBe(84);
    expect(sheet.recalculated).toEqual(['C1', 'C2']);
    // nothing asked for the cell list
    expect(Object.getOwnPropertyDescriptor(sheet, 'cells')?.get).toBeDefined();
  });
});
