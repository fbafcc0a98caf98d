/**
 * rasio-kolom (galat): a column of a rate that the table evidently works out from two of its other columns — "AKB
 * (per 1.000 KH)" = kematian bayi ÷ lahir hidup × 1.000, "Produktivitas (Ton/Ha)" = produksi ÷ luas panen, "Kepadatan
 * (jiwa/km²)", "Rasio guru : murid" — where one row is not. The header says it is a rate (and its multiplier: per
 * 1.000, per 100.000); which two columns, the figures decide, as persen-kolom does for percentages.
 *
 * Certainty, as persen-kolom's: the formula must hold on at least MIN_AGREEING rows that say something (the two figures
 * differ, neither is zero) and on three rows in four; another pair that explains the column as well makes it
 * ambiguous (nothing is said).
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { showsComputed } from '../measures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { TableColumn, TableRow } from '../types';
import { rateMultipliers } from '../vocabulary';
import { bestFormula, brokenFormula, formulaHolds, MIN_AGREEING, NOT_INPUT, reportBroken, SAMPLE_ROWS } from './column-formula';
import { defineRule } from './rule';
import { showValue, unitClass } from './util';

const messages = { rasioKolom: brokenFormula };

interface Candidate {
  times: number;
  a: TableColumn;
  b: TableColumn;
  agreeing: number;
  bad: Array<{ row: TableRow; stated: Figure; a: Figure; b: Figure; expected: Decimal }>;
}

function judge(t: TableModel, rows: TableRow[], col: TableColumn, a: TableColumn, b: TableColumn, times: number): Candidate {
  const out: Candidate = { times, a, b, agreeing: 0, bad: [] };
  for (const row of rows) {
    const stated = asFigure(t.statedFigure(row, col));
    const fa = asFigure(t.figure(row, a));
    const fb = asFigure(t.figure(row, b));
    if (!stated || !fa || !fb || fb.num === 0 || stated.comparator || fa.comparator || fb.comparator) continue;
    const expected = fa.value.div(fb.value).times(times);
    if (showsComputed(stated, expected)) {
      // (a rate of nothing, or of equal figures, says nothing of which columns it comes from)
      if (fa.num !== 0 && fa.num !== fb.num) out.agreeing++;
    } else out.bad.push({ row, stated, a: fa, b: fb, expected });
  }
  return formulaHolds(out.agreeing, out.bad.length) ? out : { ...out, agreeing: 0 };
}

export const rasioKolom = defineRule({
  meta: {
    id: 'rasio-kolom',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Mencari kolom rasio atau angka per sekian — AKB per 1.000 kelahiran hidup, produktivitas (ton/ha), kepadatan ' +
      '(jiwa/km²), rasio guru terhadap murid — yang dihitung dari dua kolom lain di tabel yang sama: bila hampir semua ' +
      'barisnya cocok dengan rumus itu, baris yang tidak cocok hampir pasti salah hitung atau salah ketik.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian',
  check(t, ctx) {
    const rows = t.rows.filter((r) => r.level !== 'section');
    if (rows.length < MIN_AGREEING) return;
    for (const col of t.columns) {
      // (a rate names no measure of its own: a target or realisasi "per 1.000 KH" is the capaian rule's to judge)
      if (col.role && col.role !== 'nilai' && col.role !== 'jumlah') continue;
      const multipliers = rateMultipliers(col.header);
      if (multipliers === undefined) continue;
      // (its header names it a rate: its inputs may stand on either side — "Luas Panen (Ha) | Produktivitas (ton/ha) |
      // Produksi (Ton)", as statistics lay it out — never another rate right of it)
      const inputs = t.columns.filter(
        (c) =>
          c !== col &&
          (c.col < col.col || rateMultipliers(c.header) === undefined) &&
          !(c.role && NOT_INPUT.has(c.role)) &&
          unitClass(c.unit) &&
          unitClass(c.unit) !== 'percent',
      );
      const sample = rows.length > SAMPLE_ROWS ? rows.slice(0, SAMPLE_ROWS) : rows;
      const found: Candidate[] = [];
      for (const times of multipliers)
        for (const a of inputs)
          for (const b of inputs) {
            if (a === b) continue;
            if (sample !== rows && judge(t, sample, col, a, b, times).agreeing === 0) continue;
            const c = judge(t, rows, col, a, b, times);
            if (c.agreeing > 0) found.push(c);
          }
      // another pair that explains the column as well: which one the table meant is not certain
      const best = bestFormula(found);
      if (!best) continue;
      const tail = best.times === 1 ? '' : ` × ${showValue(new Decimal(best.times), 'angka')}`;
      reportBroken(t, ctx, col, { ...best, op: '÷', tail }, 'Rasio');
    }
  },
});
