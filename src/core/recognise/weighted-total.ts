/**
 * A weighted score's total row: an evaluation by components, each scored out of its weight ("Komponen | Bobot | Nilai"
 * of a SAKIP evaluation, PermenPANRB 88/2021: Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi 25), closed by a
 * "Nilai Akhir" (or "Total Nilai", "Nilai SAKIP") that is their sum. Its words are no total word, so the row is a total
 * only where the figures say so: the weights above it add up to 100 (or to its own weight), and every component's
 * score stands within its weight.
 */
import { Grid } from '../snapshot';
import { TableColumn, TableRow } from '../types';
import { isWeightHeader, norm } from '../vocabulary';
import { figureIn } from './cells';

/** The closing row of a weighted evaluation: its final, total or overall score. */
const FINAL_SCORE = /^(nilai|skor) (akhir|total|keseluruhan|sakip|akip|evaluasi)$|^(total|jumlah) (nilai|skor)$/;

function numberAt(grid: Grid, row: number, col: number): number | undefined {
  const f = figureIn(grid, row, col);
  return f && !f.comparator ? f.num : undefined;
}

/** Marks the "Nilai Akhir" row of a weighted evaluation as the table's total (the last such row after its components). */
export function markWeightedTotal(grid: Grid, columns: TableColumn[], rows: TableRow[]): void {
  const weight = columns.find((c) => isWeightHeader(c.header));
  if (!weight) return;
  const at = rows.findIndex((r) => FINAL_SCORE.test(norm(r.label).replace(/[:.]+$/, '')));
  // (that row read as a total already, by its sums: still the weighted evaluation's, its scores still to be read)
  if (at < 2 || rows.some((r, i) => r.level === 'total' && i !== at)) return;
  const parts = rows.slice(0, at).filter((r) => r.level !== 'section');
  const weights = parts.map((r) => numberAt(grid, r.row, weight.col));
  if (weights.some((w) => w === undefined || w <= 0)) return;
  const sum = (weights as number[]).reduce((a, b) => a + b, 0);
  const own = numberAt(grid, rows[at].row, weight.col);
  if (Math.abs(sum - (own ?? 100)) > 1e-9) return;
  // the scores: every other figure column right of the weights, each within its row's weight
  const scores = columns.filter((c) => c.col > weight.col && parts.some((r) => numberAt(grid, r.row, c.col) !== undefined));
  if (scores.length === 0) return;
  for (const c of scores)
    for (let i = 0; i < parts.length; i++) {
      const v = numberAt(grid, parts[i].row, c.col);
      if (v !== undefined && (v < 0 || v > (weights[i] as number))) return;
    }
  rows[at].level = 'total';
  delete rows[at].parent;
  // ("Nilai" over a scale's bounds is its interval; over components' scores, their values)
  for (const c of scores) if (c.role === 'interval') c.role = 'nilai';
}
