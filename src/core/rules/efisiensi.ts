/**
 * efisiensi (galat): a stated efisiensi ≠ capaian − serapan (Gowa and Ambon: 112 % − 94 % = 18 %), or ≠ capaian /
 * serapan when that is the method the table evidently uses (most of its rows agree with it).
 */
import Decimal from 'decimal.js';
import { capaianPercent, displayUnit, efisiensiPercent, MetodeEfisiensi, percentOf, serapanPercent } from '../measures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { ColumnRole, TableRow } from '../types';
import { defineRule } from './rule';
import { num, rowName, showValue } from './util';

const messages = {
  selisih: (d: { row: string; stated: string; capaian: string; serapan: string; expected: string }) =>
    `Efisiensi ${d.row} tertulis ${d.stated}, padahal capaian − serapan = ${d.capaian} − ${d.serapan} = ${d.expected}.`,
  rasio: (d: { row: string; stated: string; expected: string }) => `Efisiensi ${d.row} tertulis ${d.stated}, padahal capaian / serapan = ${d.expected}.`,
};

interface Row {
  row: TableRow;
  e: { value: Decimal; decimals: number };
  /** Acceptable values by method, each with its tolerance: from the stated capaian/serapan, and from their sources. */
  candidates: Record<MetodeEfisiensi, Array<[Decimal, Decimal]>>;
  c: Decimal;
  s: Decimal;
}

/** part / base × 100 from the row's own inputs left of a column (the capaian's target and realisasi). */
function computed(t: TableModel, row: TableRow, baseRole: ColumnRole, partRole: ColumnRole, before: number, kind: 'capaian' | 'serapan'): Decimal | undefined {
  const base = t.lastColumn(baseRole, before);
  const part = t.lastColumn(partRole, before);
  if (!base || !part) return undefined;
  const b = asFigure(t.figure(row, base));
  const p = asFigure(t.figure(row, part));
  if (!b || !p) return undefined;
  return kind === 'capaian' ? capaianPercent(b.value, p.value) : serapanPercent(b.value, p.value);
}

export const efisiensiRule = defineRule({
  meta: {
    id: 'efisiensi',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Menghitung ulang tingkat efisiensi dari capaian kinerja dan serapan anggaran di barisnya: selisihnya (capaian − serapan, ' +
      'misalnya 112 % − 94 % = 18 %) atau rasionya bila tabel memakai rasio, dan membandingkannya dengan yang tertulis. Efisiensi ' +
      'menunjukkan apakah kinerja dicapai dengan anggaran yang wajar; angka yang salah hitung memberi kesimpulan yang keliru.',
    messages,
  },
  check(t, ctx) {
    for (const ec of t.columnsWith('efisiensi')) {
      const cc = t.lastColumn('capaian', ec.col);
      const sc = t.lastColumn('serapan', ec.col);
      if (!cc || !sc) continue;
      const rows: Row[] = [];
      for (const r of t.rows) {
        if (r.level === 'section') continue;
        const ef = asFigure(t.figure(r, ec));
        const cf = asFigure(t.figure(r, cc));
        const sf = asFigure(t.figure(r, sc));
        if (!ef || !cf || !sf) continue;
        const c = percentOf(cf, new Decimal(100));
        const s = percentOf(sf, new Decimal(100));
        const e = percentOf(ef);
        const inputTol = displayUnit(Math.min(c.decimals, s.decimals));
        const candidates: Row['candidates'] = { selisih: [], rasio: [] };
        for (const m of ['selisih', 'rasio'] as const) {
          const v = efisiensiPercent(c.value, s.value, m);
          if (v) candidates[m].push([v, displayUnit(e.decimals).plus(m === 'rasio' ? inputTol.times(2) : inputTol)]);
        }
        const cComp = computed(t, r, 'target', 'realisasi', cc.col + 1, 'capaian');
        const sComp = computed(t, r, 'anggaran', 'realisasi-anggaran', sc.col + 1, 'serapan');
        if (cComp && sComp) {
          for (const m of ['selisih', 'rasio'] as const) {
            const v = efisiensiPercent(cComp, sComp, m);
            if (v) candidates[m].push([v, displayUnit(e.decimals)]);
          }
        }
        rows.push({ row: r, e, candidates, c: c.value, s: s.value });
      }
      const fits = (r: Row, m: MetodeEfisiensi) => r.candidates[m].some(([v, tol]) => r.e.value.minus(v).abs().lessThan(tol));
      const nSelisih = rows.filter((r) => fits(r, 'selisih')).length;
      const nRasio = rows.filter((r) => fits(r, 'rasio')).length;
      const method: MetodeEfisiensi = nRasio > nSelisih ? 'rasio' : 'selisih';
      for (const r of rows) {
        if (fits(r, method) || r.candidates[method].length === 0) continue;
        const expected = r.candidates[method][0][0];
        const stated = showValue(r.e.value, 'persen', r.e.decimals);
        ctx.report({
          cell: t.address(r.row, ec),
          related: [t.address(r.row, cc), t.address(r.row, sc)],
          expected: num(expected, 2),
          actual: num(r.e.value, 4),
          unit: 'persen',
          computation:
            method === 'selisih'
              ? `capaian − serapan = ${showValue(r.c, 'persen', 2)} − ${showValue(r.s, 'persen', 2)} = ${showValue(expected, 'persen')}`
              : `capaian ÷ serapan × 100 = ${showValue(r.c, 'persen', 2)} ÷ ${showValue(r.s, 'persen', 2)} × 100 = ${showValue(expected, 'persen')}`,
          message:
            method === 'selisih'
              ? messages.selisih({
                  row: rowName(r.row),
                  stated,
                  capaian: showValue(r.c, 'persen', 2),
                  serapan: showValue(r.s, 'persen', 2),
                  expected: showValue(expected, 'persen'),
                })
              : messages.rasio({ row: rowName(r.row), stated, expected: showValue(expected, 'persen') }),
        });
      }
    }
  },
});
