/**
 * efisiensi (galat): a stated efisiensi ≠ capaian − serapan (Gowa and Ambon: 112 % − 94 % = 18 %), or ≠ capaian /
 * serapan when that is the method the table evidently uses (most of its rows agree with it).
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { Finding, Table, TableColumn } from '../types';
import { Rule } from './index';
import { addr, asFigure, figureAt, gridOf, num, percentOf, rowName, showValue } from './util';
import { Grid } from '../snapshot';

function nearestLeft(t: Table, role: 'capaian' | 'serapan', col: number): TableColumn | undefined {
  const c = t.columns.filter((x) => x.role === role && x.col < col);
  return c[c.length - 1];
}

interface Row {
  row: number;
  label: string;
  e: { value: Decimal; decimals: number };
  selisih: Array<[Decimal, Decimal]>; // [value, tolerance]
  rasio: Array<[Decimal, Decimal]>;
  c: Decimal;
  s: Decimal;
}

function unit(d: number): Decimal {
  return new Decimal(10).pow(-d);
}

function ratio(
  grid: Grid,
  t: Table,
  row: number,
  baseRole: 'target' | 'anggaran',
  partRole: 'realisasi' | 'realisasi-anggaran',
  before: number,
): Decimal | undefined {
  const base = t.columns.filter((c) => c.role === baseRole && c.col < before).pop();
  const part = t.columns.filter((c) => c.role === partRole && c.col < before).pop();
  if (!base || !part) return undefined;
  const b = asFigure(figureAt(grid, row, base.col));
  const p = asFigure(figureAt(grid, row, part.col));
  if (!b || !p || b.value.isZero()) return undefined;
  return p.value.div(b.value).times(100);
}

export const efisiensiRule: Rule = {
  id: 'efisiensi',
  severity: 'galat',
  description: 'Tingkat efisiensi harus sama dengan capaian kinerja − serapan anggaran (atau rasionya, bila tabel memakai rasio).',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      const grid = gridOf(ctx, t);
      for (const ec of t.columns.filter((c) => c.role === 'efisiensi')) {
        const cc = nearestLeft(t, 'capaian', ec.col);
        const sc = nearestLeft(t, 'serapan', ec.col);
        if (!cc || !sc) continue;
        const rows: Row[] = [];
        for (const r of t.rows) {
          if (r.level === 'section') continue;
          const ef = asFigure(figureAt(grid, r.row, ec.col));
          const cf = asFigure(figureAt(grid, r.row, cc.col));
          const sf = asFigure(figureAt(grid, r.row, sc.col));
          if (!ef || !cf || !sf) continue;
          const c = percentOf(cf as Figure, new Decimal(100));
          const s = percentOf(sf as Figure, new Decimal(100));
          const e = percentOf(ef as Figure);
          const inputTol = unit(Math.min(c.decimals, s.decimals));
          const selisih: Array<[Decimal, Decimal]> = [[c.value.minus(s.value), unit(e.decimals).plus(inputTol)]];
          const rasio: Array<[Decimal, Decimal]> = s.value.isZero() ? [] : [[c.value.div(s.value).times(100), unit(e.decimals).plus(inputTol.times(2))]];
          const cComp = ratio(grid, t, r.row, 'target', 'realisasi', cc.col + 1);
          const sComp = ratio(grid, t, r.row, 'anggaran', 'realisasi-anggaran', sc.col + 1);
          if (cComp && sComp) {
            selisih.push([cComp.minus(sComp), unit(e.decimals)]);
            if (!sComp.isZero()) rasio.push([cComp.div(sComp).times(100), unit(e.decimals)]);
          }
          rows.push({ row: r.row, label: r.label, e, selisih, rasio, c: c.value, s: s.value });
        }
        const fits = (r: Row, m: 'selisih' | 'rasio') => r[m].some(([v, tol]) => r.e.value.minus(v).abs().lessThan(tol));
        const nSelisih = rows.filter((r) => fits(r, 'selisih')).length;
        const nRasio = rows.filter((r) => fits(r, 'rasio')).length;
        const method = nRasio > nSelisih ? 'rasio' : 'selisih';
        for (const r of rows) {
          if (fits(r, method)) continue;
          const expected = r[method][0][0];
          findings.push({
            rule: 'efisiensi',
            severity: 'galat',
            sheet: t.sheet,
            cell: addr(r.row, ec.col),
            related: [addr(r.row, cc.col), addr(r.row, sc.col)],
            expected: num(expected, 2),
            actual: num(r.e.value, 4),
            message:
              method === 'selisih'
                ? `Efisiensi ${rowName({ row: r.row, label: r.label, level: 'data' })} tertulis ${showValue(r.e.value, 'persen', r.e.decimals)}, padahal capaian − serapan = ${showValue(r.c, 'persen', 2)} − ${showValue(r.s, 'persen', 2)} = ${showValue(expected, 'persen')}.`
                : `Efisiensi ${rowName({ row: r.row, label: r.label, level: 'data' })} tertulis ${showValue(r.e.value, 'persen', r.e.decimals)}, padahal capaian / serapan = ${showValue(expected, 'persen')}.`,
          });
        }
      }
    }
    return findings;
  },
};
