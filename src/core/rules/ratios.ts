/**
 * The ratio columns of a table: (target, realisasi → capaian) and (pagu, realisasi anggaran → serapan), paired by
 * year in multi-year tables and by position (the nearest inputs to the left) when a table carries several groups.
 */
import Decimal from 'decimal.js';
import { Figure, ParsedFigure } from '../figures';
import { Grid } from '../snapshot';
import { ColumnRole, Table, TableColumn, TableRow } from '../types';
import { norm } from '../vocabulary';
import { asFigure, figureAt } from './util';

export interface RatioColumns {
  kind: 'capaian' | 'serapan';
  base: TableColumn; // target or pagu
  part: TableColumn; // realisasi or realisasi anggaran
  ratio: TableColumn; // capaian or serapan
}

function pick(t: Table, role: ColumnRole, before: number, after: number, year: number | undefined): TableColumn | undefined {
  const cands = t.columns.filter((c) => c.role === role && c.col < before && c.col > after && (c.year === year || c.year === undefined || year === undefined));
  return cands[cands.length - 1];
}

const columnsCache = new WeakMap<Table, RatioColumns[]>();
const rowsCache = new WeakMap<RatioColumns, RatioRow[]>();

export function ratioColumns(t: Table): RatioColumns[] {
  const known = columnsCache.get(t);
  if (known) return known;
  const out = findRatioColumns(t);
  columnsCache.set(t, out);
  return out;
}

function findRatioColumns(t: Table): RatioColumns[] {
  const out: RatioColumns[] = [];
  const specs: Array<[RatioColumns['kind'], ColumnRole, ColumnRole]> = [
    ['capaian', 'target', 'realisasi'],
    ['serapan', 'anggaran', 'realisasi-anggaran'],
  ];
  for (const [kind, baseRole, partRole] of specs) {
    let after = 0;
    for (const ratio of t.columns.filter((c) => c.role === kind)) {
      const base = pick(t, baseRole, ratio.col, after, ratio.year) ?? pick(t, baseRole, ratio.col, 0, ratio.year);
      const part = pick(t, partRole, ratio.col, after, ratio.year) ?? pick(t, partRole, ratio.col, 0, ratio.year);
      if (base && part && base.col !== part.col) out.push({ kind, base, part, ratio });
      after = ratio.col;
    }
  }
  return out;
}

export interface RatioRow {
  row: TableRow;
  base: ParsedFigure;
  part: ParsedFigure;
  ratio: ParsedFigure;
}

/** The rows of one ratio group with their three figures, worked out once for all the rules that need them. */
export function ratioRows(grid: Grid, t: Table, rc: RatioColumns): RatioRow[] {
  let rows = rowsCache.get(rc);
  if (!rows) {
    rows = t.rows
      .filter((r) => r.level !== 'section')
      .map((row) => ({
        row,
        base: figureAt(grid, row.row, rc.base.col),
        part: figureAt(grid, row.row, rc.part.col),
        ratio: figureAt(grid, row.row, rc.ratio.col),
      }));
    rowsCache.set(rc, rows);
  }
  return rows;
}

const LOWER_IS_BETTER =
  /(kemiskinan|penduduk miskin|keluarga miskin|pengangguran|kematian|stunting|prevalensi|angka kesakitan|gizi buruk|kekerasan|putus sekolah|kumuh|inflasi|ketimpangan|gini|kecelakaan|pelanggaran|tunggakan)/;

/** Lower-is-better indicators: a target written "<5%", or an indikator about poverty, deaths, unemployment … */
export function negativePolarity(grid: Grid, t: Table, row: TableRow, base: Figure): boolean {
  if (base.comparator === '<' || base.comparator === '<=') return true;
  const indikator = t.columns.find((c) => c.role === 'indikator');
  const text = norm(String(indikator ? (grid.value(row.row, indikator.col) ?? '') : row.label));
  return LOWER_IS_BETTER.test(text) && !/(penurunan|berkurang|menurun)/.test(text);
}

/** Capaian by every formula the reports use for this indicator, the expected one first. */
export function capaianCandidates(grid: Grid, t: Table, row: TableRow, base: Figure, part: Figure): Decimal[] {
  const positive = part.value.div(base.value).times(100);
  if (!negativePolarity(grid, t, row, base)) return [positive];
  const out: Decimal[] = [base.value.times(2).minus(part.value).div(base.value).times(100)];
  if (!part.value.isZero()) out.push(base.value.div(part.value).times(100));
  // A target written "<5%" says the polarity; an indikator's wording only suggests it, so the plain ratio stays
  // acceptable there.
  const certain = base.comparator === '<' || base.comparator === '<=';
  if (!certain) out.push(positive);
  return out;
}

export { asFigure };
