/** How recognition reads a cell: its text, whether it is words, a header-like phrase, a number. */
import { cellFigure, cellText, Figure } from '../figures';
import { Cell, Grid } from '../snapshot';
import { columnNumberOf, isSignHeader, isYearText } from '../vocabulary';
import { MAX_HEADER_CELL_CHARS } from './thresholds';

/** A cell's cleaned text (the cached cellText of figures.ts, under recognition's name for it). */
export const textOf = cellText;

/** A cell of words: a string with a letter or a % in it (a char-code scan, no RegExp: asked of every cell often). */
export function isTextCell(c: Cell): boolean {
  const v = c.value;
  if (typeof v !== 'string') return false;
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    const lower = ch | 32;
    if ((lower >= 97 && lower <= 122) || ch === 37) return true;
  }
  return false;
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
  // (a change written as its signs, "+/-" or "Δ", names its column too)
  return /[A-Za-z%]/.test(t) || isSignHeader(t);
}

/** Non-blank cells of a row within [left, right]. */
export function cellsIn(grid: Grid, row: number, left: number, right: number): Cell[] {
  return grid.filledInRow(row, left, right);
}

/**
 * Whether a row holds a figure typed as text ("60", "94,44", "Rp 1.250.000"); a year is none. (A bare "4" may also be
 * a column's number in a numbering row: the caller tells those rows apart.)
 */
export function hasFigureText(cells: Cell[]): boolean {
  for (const c of cells) if (typeof c.value === 'string' && cellFigure(c).kind === 'figure' && !isYearText(textOf(c))) return true;
  return false;
}

/** A number that is not a year: data, not a header. */
export function hasNumber(cells: Cell[]): boolean {
  // a year is a whole number 1900–2099 (isYearText of the number's text, without making the text)
  for (const c of cells) if (typeof c.value === 'number' && !(Number.isInteger(c.value) && c.value >= 1900 && c.value <= 2099)) return true;
  return false;
}

/** The figure a cell of the grid holds, if it holds one. */
export function figureIn(grid: Grid, row: number, col: number): Figure | undefined {
  const c = grid.get(row, col);
  const f = c ? cellFigure(c) : undefined;
  return f?.kind === 'figure' ? f : undefined;
}
