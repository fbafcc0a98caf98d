/**
 * jumlah-total (galat): a JUMLAH / TOTAL / RATA-RATA row ≠ what the rows it covers give (top-level rows only, so a
 * parent and its children are never counted twice; a RATA-RATA row may hold the sum or the mean), and a Jumlah
 * column ≠ the sum of its row (Maluku's staff table: SMP 2 + 0 stated as 3) — in any table.
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { Grid } from '../snapshot';
import { Finding, Table, TableColumn, TableRow } from '../types';
import { isAverageLabel } from '../vocabulary';
import { Rule } from './index';
import { addr, asFigure, cellsRef, columnNoun, figureAt, gridOf, isAmountColumn, num, PERCENT_ROLES, showValue, sumFigures, sumsAgree } from './util';
import { a1 } from '../address';
import { ratioColumns } from './ratios';

function coveredRows(t: Table, total: TableRow): TableRow[] {
  const idx = t.rows.indexOf(total);
  const out: TableRow[] = [];
  for (let i = idx - 1; i >= 0; i--) {
    const r = t.rows[i];
    if (r.level === 'total') break;
    if (r.level === 'section') continue;
    if (r.parent === undefined) out.unshift(r);
  }
  return out;
}

/** Other readings of what a grand total covers: all top-level rows above it, or the sub-totals above it. */
function alternativeCovers(t: Table, total: TableRow): TableRow[][] {
  const idx = t.rows.indexOf(total);
  const above = t.rows.slice(0, idx);
  const subtotals = above.filter((r) => r.level === 'total');
  if (subtotals.length === 0) return [];
  return [above.filter((r) => r.level !== 'total' && r.level !== 'section' && r.parent === undefined), subtotals];
}

function figuresOf(grid: Grid, rows: TableRow[], col: number): Figure[] | undefined {
  const parsed = rows.map((r) => figureAt(grid, r.row, col));
  // words, an error or an unreadable figure among them: this column's total cannot be judged
  if (parsed.some((p) => p.kind === 'invalid' || p.kind === 'error' || p.kind === 'text')) return undefined;
  return parsed.map(asFigure).filter((f): f is Figure => !!f);
}

function totalRowFindings(grid: Grid, t: Table): Finding[] {
  const findings: Finding[] = [];
  for (const total of t.rows.filter((r) => r.level === 'total')) {
    const alternatives = alternativeCovers(t, total);
    // right after a sub-total, a grand total covers the sub-totals (the rows since the last total are none)
    const rows = coveredRows(t, total).length ? coveredRows(t, total) : (alternatives[1] ?? []);
    if (rows.length === 0) continue;
    const average = isAverageLabel(total.label);
    for (const col of t.columns) {
      if (!col.role || col.role === 'no' || col.role === 'interval' || col.role === 'satuan') continue;
      // On a JUMLAH row a percentage is a ratio of the totals (checked by the persen rules); on RATA-RATA a mean.
      if (PERCENT_ROLES.has(col.role) && !average) continue;
      // A % that is a ratio of its own row's figures (total realisasi / total pagu) is the persen rules' to judge.
      if (PERCENT_ROLES.has(col.role) && ratioColumns(t).some((rc) => rc.ratio.col === col.col)) continue;
      const whole = asFigure(figureAt(grid, total.row, col.col));
      if (!whole) continue;
      const parts = figuresOf(grid, rows, col.col);
      if (!parts || parts.length === 0) continue;
      if (sumsAgree(whole, parts)) continue;
      if (
        alternatives.some((alt) => {
          const f = figuresOf(grid, alt, col.col);
          return !!f && f.length > 0 && sumsAgree(whole, f);
        })
      )
        continue;
      const sum = sumFigures(parts);
      if (average) {
        const mean = sum.div(parts.length);
        const unit = new Decimal(10).pow(-whole.decimals);
        if (whole.value.minus(mean).abs().lessThan(unit)) continue;
      }
      const amount = isAmountColumn(t, col, grid);
      const kind = amount ? 'rupiah' : whole.unit === 'persen' ? 'persen' : 'angka';
      const expected = average ? sum.div(parts.length) : sum;
      findings.push({
        rule: 'jumlah-total',
        severity: 'galat',
        sheet: t.sheet,
        cell: addr(total.row, col.col),
        related: cellsRef(
          rows.map((r) => r.row),
          col.col,
        ),
        expected: num(expected),
        actual: num(whole.value),
        message: average
          ? `${columnNoun(col)} baris ${total.label.trim()} (${showValue(whole.value, kind)}) bukan jumlah maupun rata-rata baris di atasnya (rata-rata ${showValue(expected, kind)}).`
          : `${columnNoun(col)} baris ${total.label.trim()} (${showValue(whole.value, kind)}) tidak sama dengan jumlah baris di atasnya (${showValue(sum, kind)}).`,
      });
    }
  }
  return findings;
}

/** Header path depth of a column: 1 for a top-level column, 2 under a group ("PNS / L"). */
function depth(col: TableColumn): number {
  return col.header ? col.header.split(' / ').length : 0;
}

function jumlahColumnFindings(grid: Grid, t: Table): Finding[] {
  const findings: Finding[] = [];
  const jumlahCols = t.columns.filter((c) => c.role === 'jumlah' && depth(c) === 1 && /^(jumlah|total|jumlah total)$/i.test(c.header.trim()));
  for (const jc of jumlahCols) {
    const candidates = t.columns.filter((c) => c.col !== jc.col && c.role !== 'no' && c.role !== 'interval' && c.role !== 'jumlah' && !c.year);
    const grouped = candidates.filter((c) => depth(c) >= 2);
    const parts = (grouped.length >= 2 ? grouped : candidates).filter((c) =>
      t.rows.some((r) => asFigure(figureAt(grid, r.row, c.col)) !== undefined || figureAt(grid, r.row, c.col).kind === 'empty'),
    );
    const partCols = parts.filter((c) => t.rows.some((r) => asFigure(figureAt(grid, r.row, c.col))));
    if (partCols.length < 2) continue;
    const checks: Array<{ row: TableRow; whole: Figure; sum: Decimal; ok: boolean }> = [];
    for (const r of t.rows) {
      if (r.level === 'section') continue;
      const whole = asFigure(figureAt(grid, r.row, jc.col));
      if (!whole) continue;
      const parsed = partCols.map((c) => figureAt(grid, r.row, c.col));
      if (parsed.some((p) => p.kind === 'invalid' || p.kind === 'error' || p.kind === 'text')) continue;
      const figs = parsed.map(asFigure).filter((f): f is Figure => !!f);
      if (figs.length === 0) continue;
      checks.push({ row: r, whole, sum: sumFigures(figs), ok: sumsAgree(whole, figs) });
    }
    const bad = checks.filter((c) => !c.ok);
    // Only a column that is evidently a row sum: most rows agree.
    if (bad.length === 0 || checks.length - bad.length < bad.length || checks.length - bad.length < 2) continue;
    const first = partCols[0].col;
    const last = partCols[partCols.length - 1].col;
    for (const c of bad) {
      findings.push({
        rule: 'jumlah-total',
        severity: 'galat',
        sheet: t.sheet,
        cell: addr(c.row.row, jc.col),
        related: [
          partCols.length === last - first + 1 ? `${a1(c.row.row, first)}:${a1(c.row.row, last)}` : partCols.map((p) => a1(c.row.row, p.col)).join(','),
        ].flatMap((s) => s.split(',')),
        expected: num(c.sum),
        actual: num(c.whole.value),
        message: `Kolom ${jc.header.trim()} pada baris ${c.row.label.trim() || c.row.row} (${showValue(c.whole.value, 'angka')}) tidak sama dengan jumlah rincian di barisnya (${showValue(c.sum, 'angka')}).`,
      });
    }
  }
  return findings;
}

export const jumlahTotal: Rule = {
  id: 'jumlah-total',
  severity: 'galat',
  description: 'Baris JUMLAH/TOTAL/RATA-RATA dan kolom Jumlah harus sesuai dengan angka yang dijumlahkannya.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      if (t.kind === 'skala-penilaian') continue;
      const grid = gridOf(ctx, t);
      findings.push(...totalRowFindings(grid, t), ...jumlahColumnFindings(grid, t));
    }
    return findings;
  },
};
