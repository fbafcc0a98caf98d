/** Snapshot literals for rule tests: a sheet written as rows of cells, the way staff type a table. */
import { parseRange } from '../../src/core/address';
import { periksaWorkbook } from '../../src/core/periksa';
import { Cell, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
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

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export function findings(wb: WorkbookSnapshot, rule: string, skala?: string): Finding[] {
  return periksaWorkbook(wb, { skala }).findings.filter((f) => f.rule === rule);
}

export function galat(wb: WorkbookSnapshot): Finding[] {
  return periksaWorkbook(wb).findings.filter((f) => f.severity === 'galat');
}
