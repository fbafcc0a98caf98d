/**
 * Tables that lay an indikator's figures out downwards: under the years (or periods), a row of Target, a row of
 * Realisasi and a row of Capaian for each indikator ("Indikator | Uraian | 2022 | 2023 | 2024"), as reports do to
 * compare years. Each such row is marked with its measure, so the capaian can be checked down the column.
 */
import { Grid } from '../snapshot';
import { FIGURE_ROLES, TableColumn, TableRow } from '../types';
import { norm, roleFromHeader } from '../vocabulary';
import { textOf } from './cells';

/** A measure named in a short label ("Target", "Realisasi", "Capaian (%)", "Tgt", "Real."): never an indikator's text. */
const MAX_MEASURE_LABEL = 24;

function measureOf(text: string): TableRow['measure'] {
  const t = norm(text);
  if (!t || t.length > MAX_MEASURE_LABEL) return undefined;
  const role = roleFromHeader([text]);
  return role === 'target' || role === 'realisasi' || role === 'capaian' ? role : undefined;
}

/**
 * Marks the rows of a downward layout and says whether the table is one: no column is a target, realisasi or capaian
 * by its header; one text column left of the figures names a measure on most of its filled rows; and at least one
 * indikator has its Target, Realisasi and Capaian rows in that order, figures beside them.
 */
export function markMeasureRows(grid: Grid, columns: TableColumn[], rows: TableRow[]): boolean {
  if (columns.some((c) => c.role === 'target' || c.role === 'realisasi' || c.role === 'capaian')) return false;
  const figureCols = columns.filter((c) => c.role && FIGURE_ROLES.has(c.role));
  if (figureCols.length === 0) return false;
  const firstFigure = figureCols[0].col;
  for (const c of columns) {
    if (c.col >= firstFigure || (c.role && FIGURE_ROLES.has(c.role))) continue;
    let filled = 0;
    const found: Array<TableRow['measure']> = [];
    for (const r of rows) {
      const text = textOf(grid.get(r.row, c.col));
      if (text.trim()) filled++;
      found.push(measureOf(text));
    }
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
    return true;
  }
  return false;
}
