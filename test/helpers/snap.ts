/** Snapshot literals for rule tests: a sheet written as rows of cells, the way staff type a table. */
import { parseRange } from '../../src/core/address';
import { periksaWorkbook } from '../../src/core/periksa';
import { Cell, CellLook, CellStore, SheetSnapshot, sheetOfStore, WorkbookSnapshot } from '../../src/core/snapshot';
import { Finding } from '../../src/core/types';

export type V = string | number | null | { v: string | number | null | { error: string }; fmt?: string; bold?: boolean; indent?: number; f?: string };

export const rp = (n: number): V => ({ v: n, fmt: '"Rp"#,##0' });
export const pct = (fraction: number, fmt = '0%'): V => ({ v: fraction, fmt });
export const bold = (v: string | number): V => ({ v, bold: true });
/** A formula with its cached result ("SUBTOTAL(101,Tabel[Capaian])"). */
export const formula = (f: string, v: number | null, fmt?: string): V => ({ v, f, ...(fmt ? { fmt } : {}) });
/** An Excel error value, as a formula's cached result: #DIV/0!, #REF!, #N/A … */
export const err = (error: string): V => ({ v: { error } });

export function sheet(name: string, rows: V[][], opts: { top?: number; left?: number; merges?: string[] } = {}): SheetSnapshot {
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  const cells: Cell[] = [];
  rows.forEach((vals, i) =>
    vals.forEach((v, j) => {
      if (v === null || v === '') return;
      const cell: Cell = { row: top + i, col: left + j, value: null };
      if (typeof v === 'object') {
        cell.value = v.v;
        if (v.fmt) cell.numFmt = v.fmt;
        if (v.bold) cell.bold = true;
        if (v.indent) cell.indent = v.indent;
        if (v.f) cell.formula = v.f;
      } else cell.value = v;
      cells.push(cell);
    }),
  );
  return { name, cells, merges: (opts.merges ?? []).map(parseRange) };
}

/** The same sheet read into a CellStore, as the xlsx reader holds a sheet: values by place, one look per format and style. */
export function storedSheet(name: string, rows: V[][], opts: { merges?: string[] } = {}): SheetSnapshot {
  const looks: CellLook[] = [];
  const lookIds = new Map<string, number>();
  const store = new CellStore(looks);
  rows.forEach((vals, i) =>
    vals.forEach((v, j) => {
      if (v === null || v === '') return;
      if (typeof v !== 'object') return store.push(i + 1, j + 1, v, undefined, -1);
      const look: CellLook = { ...(v.fmt ? { numFmt: v.fmt } : {}), ...(v.bold ? { bold: true } : {}), ...(v.indent ? { indent: v.indent } : {}) };
      const key = JSON.stringify(look);
      let id = lookIds.get(key);
      if (id === undefined) lookIds.set(key, (id = looks.push(look) - 1));
      store.push(i + 1, j + 1, v.v, v.f, id);
    }),
  );
  return sheetOfStore({ name, merges: (opts.merges ?? []).map(parseRange), usedRange: null }, store.finish());
}

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export function findings(wb: WorkbookSnapshot, rule: string, skala?: string): Finding[] {
  return periksaWorkbook(wb, { skala }).findings.filter((f) => f.rule === rule);
}

export function galat(wb: WorkbookSnapshot): Finding[] {
  return periksaWorkbook(wb).findings.filter((f) => f.severity === 'galat');
}
