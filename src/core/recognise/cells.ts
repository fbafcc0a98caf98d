/** How recognition reads a cell: its text, whether it is words, a header-like phrase, a number. */
import { cellFigure, cellText } from '../figures';
import { Cell, Grid } from '../snapshot';
import { columnNumberOf, isYearText } from '../vocabulary';
import { MAX_HEADER_CELL_CHARS } from './thresholds';

/** A cell's cleaned text (the cached cellText of figures.ts, under recognition's name for it). */
export const textOf = cellText;

export function isTextCell(c: Cell): boolean {
  return typeof c.value === 'string' && /[A-Za-z%]/.test(c.value);
}

/** A cell that can stand in a header: words, a year, or a column number. */
export function isHeaderish(c: Cell): boolean {
  const t = textOf(c);
  if (t === '') return false;
  if (typeof c.value === 'number') return isYearText(t) || (Number.isInteger(c.value) && c.value > 0 && c.value < 50);
  if (typeof c.value !== 'string') return false;
  if (t.length > MAX_HEADER_CELL_CHARS) return false;
  if (isYearText(t) || columnNumberOf(t) !== undefined) return true;
  const f = cellFigure(c);
  if (f.kind === 'figure' && !/^(%|\(%\))$/.test(t)) return false;
  return /[A-Za-z%]/.test(t);
}

/** Non-blank cells of a row within [left, right]. */
export function cellsIn(grid: Grid, row: number, left: number, right: number): Cell[] {
  return grid.filledInRow(row, left, right);
}

/** A number that is not a year: data, not a header. */
export function hasNumber(cells: Cell[]): boolean {
  for (const c of cells) if (typeof c.value === 'number' && !isYearText(String(c.value))) return true;
  return false;
}
