/**
 * Tables that lay an indikator's figures out downwards: under the years (or periods), a row of Target, a row of
 * Realisasi and a row of Capaian for each indikator ("Indikator | Uraian | 2022 | 2023 | 2024"), as reports do to
 * compare years. Each such row is marked with its measure, so the capaian can be checked down the column.
 */
import { Grid } from '../snapshot';
import { FIGURE_ROLES, TableColumn, TableRow } from '../types';
import { isBarePercentHeader, norm, roleFromHeader } from '../vocabulary';
import { textOf } from './cells';

/** A measure named in a short label ("Target", "Realisasi", "Capaian (%)", "Tgt", "Real."): never an indikator's text. */
const MAX_MEASURE_LABEL = 24;
/** Filled rows after which a column of mostly other words is given up (a downward layout names a measure on 2 of 3). */
const EARLY_ROWS = 12;

function measureOf(text: string, seen: Map<string, TableRow['measure'] | null>): TableRow['measure'] {
  // sifted before any RegExp: a label that long, or starting with a digit, names no measure (most rows); the few
  // distinct short labels are read once
  if (text.length === 0 || text.length > MAX_MEASURE_LABEL * 2) return undefined;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return undefined;
  const known = seen.get(text);
  if (known !== undefined) return known ?? undefined;
  const t = norm(text);
  let m: TableRow['measure'] | null = null;
  if (t && t.length <= MAX_MEASURE_LABEL) {
    const role = roleFromHeader([text]);
    if (role === 'target' || role === 'realisasi' || role === 'capaian') m = role;
  }
  seen.set(text, m);
  return m ?? undefined;
}

/**
 * Marks the rows of a downward layout and says whether the table is one: no column is a target, realisasi or capaian
 * by its header; one text column left of the figures names a measure on most of its filled rows (a bare "%" under a
 * Realisasi row naming the capaian); and at least one indikator has its Target, Realisasi and Capaian rows in that
 * order, figures beside them.
 */
export function markMeasureRows(grid: Grid, columns: TableColumn[], rows: TableRow[]): boolean {
  // (a measure the caption names for a row of years alone gives way to the rows' own: "Capaian Kinerja 2022 – 2024"
  // over Target, Realisasi and Capaian rows is all three)
  if (columns.some((c) => (c.role === 'target' || c.role === 'realisasi' || c.role === 'capaian') && !c.roleFromCaption)) return false;
  const figureCols = columns.filter((c) => c.role && FIGURE_ROLES.has(c.role));
  if (figureCols.length === 0) return false;
  const firstFigure = figureCols[0].col;
  const seen = new Map<string, TableRow['measure'] | null>();
  for (const c of columns) {
    if (c.col >= firstFigure || c.role === 'no' || (c.role && FIGURE_ROLES.has(c.role))) continue;
    let filled = 0;
    let other = 0;
    const found: Array<TableRow['measure']> = [];
    for (const r of rows) {
      const cell = grid.get(r.row, c.col);
      if (!cell) {
        found.push(undefined);
        continue;
      }
      const text = textOf(cell);
      const blank = text.trim() === '';
      if (!blank) filled++;
      // (a bare "%" right under a Realisasi row is its capaian, as under "Tgt | Real." in a header)
      const m = measureOf(text, seen) ?? (found[found.length - 1] === 'realisasi' && isBarePercentHeader(text) ? 'capaian' : undefined);
      found.push(m);
      // more than a third of the rows name something else, or of the first rows read: no downward layout (a long
      // column of names is given up after a few of them)
      if (!m && !blank && (++other * 3 > rows.length || (filled >= EARLY_ROWS && other * 3 > filled))) break;
    }
    if (found.length < rows.length) continue;
    const named = found.filter(Boolean).length;
    if (named < 3 || named * 3 < filled * 2) continue;
    // a complete group: target, then realisasi, then capaian, on consecutive rows of the table
    let complete = false;
    for (let i = 0; i + 2 < rows.length && !complete; i++) {
      complete = found[i] === 'target' && found[i + 1] === 'realisasi' && found[i + 2] === 'capaian';
    }
    if (!complete) continue;
    rows.forEach((r, i) => {
      const m = found[i];
      if (m) r.measure = m;
    });
    for (const col of columns)
      if (col.roleFromCaption) {
        col.role = 'nilai';
        delete col.roleFromCaption;
      }
    return true;
  }
  return false;
}
