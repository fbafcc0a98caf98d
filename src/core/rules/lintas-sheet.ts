/**
 * lintas-sheet (galat): the same program, sasaran or indikator carries different figures in two tables — the PK's
 * program anggaran vs the budget table, a sasaran's anggaran vs Σ its programs, pengukuran vs efisiensi, a
 * multi-year comparison vs the year's own table (matched by year).
 */
import Decimal from 'decimal.js';
import { sheetRef } from '../address';
import { Finding } from '../types';
import { collectFacts, Fact } from './facts';
import { Rule } from './index';
import { asFigure, num, percentOf, showValue } from './util';

const MEASURE_NOUN: Record<Fact['measure'], string> = {
  anggaran: 'Anggaran',
  'realisasi-anggaran': 'Realisasi anggaran',
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian',
};

function valueOf(f: Fact): { value: Decimal; decimals: number } | undefined {
  const fig = asFigure(f.figure);
  if (!fig) return undefined;
  if (f.measure === 'capaian') return percentOf(fig, new Decimal(100));
  return { value: fig.value, decimals: fig.decimals };
}

function agree(a: Fact, b: Fact): boolean {
  const va = valueOf(a);
  const vb = valueOf(b);
  if (!va || !vb) return true;
  const fa = asFigure(a.figure)!;
  const fb = asFigure(b.figure)!;
  if (fa.comparator !== fb.comparator && fa.comparator && fb.comparator) return false;
  if (va.value.equals(vb.value)) return true;
  // The same figure shown with fewer decimals in one table: equal at the coarser precision (truncated or rounded).
  const d = Math.min(va.decimals, vb.decimals);
  return va.value.minus(vb.value).abs().lessThan(new Decimal(10).pow(-d));
}

function where(f: Fact, from: string): string {
  return f.table.sheet === from ? f.cell : sheetRef(f.table.sheet, f.cell);
}

export const lintasSheet: Rule = {
  id: 'lintas-sheet',
  severity: 'galat',
  description: 'Angka program, sasaran, atau indikator yang sama harus sama di semua tabel.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const facts of collectFacts(ctx).values()) {
      if (facts.length < 2) continue;
      const reported = new Set<string>();
      for (let i = 0; i < facts.length; i++) {
        for (let j = i + 1; j < facts.length; j++) {
          const a = facts[i];
          const b = facts[j];
          if (a.tableIndex === b.tableIndex) continue;
          if (a.derivedFrom && b.derivedFrom) continue;
          if (a.figure.kind !== 'figure' || b.figure.kind !== 'figure') continue;
          if (agree(a, b)) continue;
          // Report at the stated figure of the later table (or the stated side of a derived sum).
          const [at, other] = b.derivedFrom ? [a, b] : [b, a];
          const key = `${at.table.sheet}!${at.cell}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const va = valueOf(at)!;
          const vo = valueOf(other)!;
          const kind = at.measure === 'anggaran' || at.measure === 'realisasi-anggaran' ? 'rupiah' : at.measure === 'capaian' ? 'persen' : 'angka';
          const otherWhere = other.derivedFrom
            ? `jumlah programnya di tabel ${other.table.caption ?? 'perjanjian kinerja'}${other.table.sheet !== at.table.sheet ? ` (sheet ${other.table.sheet})` : ''}`
            : other.table.sheet === at.table.sheet
              ? `tabel lain di sheet yang sama (${other.cell})`
              : `sheet ${other.table.sheet}`;
          findings.push({
            rule: 'lintas-sheet',
            severity: 'galat',
            sheet: at.table.sheet,
            cell: at.cell,
            related: other.derivedFrom ? other.derivedFrom.map((r) => (other.table.sheet === at.table.sheet ? r : sheetRef(other.table.sheet, r))) : [where(other, at.table.sheet)],
            expected: num(vo.value, 4),
            actual: num(va.value, 4),
            message: `${MEASURE_NOUN[at.measure]} ${at.name}${at.year ? ` tahun ${at.year}` : ''} di sheet ${at.table.sheet} (${showValue(va.value, kind, va.decimals)}) berbeda dengan ${otherWhere} (${showValue(vo.value, kind, vo.decimals)}).`,
          });
        }
      }
    }
    return findings;
  },
};
