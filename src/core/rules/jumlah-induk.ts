/**
 * jumlah-induk (galat): a program or kegiatan row whose figure ≠ Σ its child rows — anggaran and realisasi columns,
 * and counts where parent rows carry counts (Metro's APBD table: 241 = 82 + 105 + 18 + 15 + 10 + 11).
 *
 * A count column is checked only when the table evidently sums it (most parents agree with their children): a
 * program's target percentage is not the sum of its sub kegiatan targets.
 */
import { Figure } from '../figures';
import { Finding, Table, TableColumn, TableRow } from '../types';
import { Rule } from './index';
import { AMOUNT_ROLES, asFigure, cellsRef, columnNoun, figureAt, gridOf, isAmountColumn, num, rowName, showValue, sumFigures, sumsAgree, addr } from './util';
import { Grid } from '../snapshot';

const CHILD_NOUN: Record<string, string> = { program: 'kegiatannya', kegiatan: 'sub kegiatannya' };

interface Check {
  parent: TableRow;
  children: TableRow[];
  whole: Figure;
  parts: Figure[];
  ok: boolean;
}

function childrenOf(t: Table): Map<number, TableRow[]> {
  const kids = new Map<number, TableRow[]>();
  for (const r of t.rows) {
    if (r.parent === undefined) continue;
    const list = kids.get(r.parent);
    if (list) list.push(r);
    else kids.set(r.parent, [r]);
  }
  return kids;
}

function checksFor(grid: Grid, t: Table, col: TableColumn, kids: Map<number, TableRow[]>): Check[] {
  const out: Check[] = [];
  for (const parent of t.rows) {
    const children = kids.get(parent.row);
    if (!children || children.length === 0) continue;
    const whole = asFigure(figureAt(grid, parent.row, col.col));
    if (!whole) continue;
    const parsed = children.map((c) => figureAt(grid, c.row, col.col));
    if (parsed.some((p) => p.kind === 'invalid' || p.kind === 'error' || p.kind === 'text')) continue;
    const parts = parsed.map(asFigure).filter((f): f is Figure => !!f);
    if (parts.length === 0) continue;
    out.push({ parent, children, whole, parts, ok: sumsAgree(whole, parts) });
  }
  return out;
}

export const jumlahInduk: Rule = {
  id: 'jumlah-induk',
  severity: 'galat',
  description: 'Angka baris program/kegiatan harus sama dengan jumlah baris rinciannya.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const t of ctx.tables) {
      if (t.kind === 'skala-penilaian' || !t.rows.some((r) => r.parent !== undefined)) continue;
      const grid = gridOf(ctx, t);
      const kids = childrenOf(t);
      for (const col of t.columns) {
        if (!col.role || col.role === 'no' || col.role === 'capaian' || col.role === 'serapan' || col.role === 'efisiensi' || col.role === 'interval') continue;
        const checks = checksFor(grid, t, col, kids);
        const bad = checks.filter((c) => !c.ok);
        if (bad.length === 0) continue;
        const amount = AMOUNT_ROLES.has(col.role) || isAmountColumn(t, col, grid);
        const good = checks.length - bad.length;
        // A column the table does not sum (or a hierarchy misread) shows mostly disagreements: say nothing.
        if (!amount && good < Math.max(1, bad.length)) continue;
        if (amount && bad.length >= 2 && good < bad.length) continue;
        // A hierarchy told by the word "Program" alone is a guess until some parent in the table adds up.
        if (t.hierarchy === 'text' && good === 0) continue;
        for (const c of bad) {
          const sum = sumFigures(c.parts);
          const kind = amount ? 'rupiah' : c.whole.unit === 'persen' ? 'persen' : 'angka';
          const noun = columnNoun(col);
          const childNoun = CHILD_NOUN[c.parent.level] ?? 'rinciannya';
          findings.push({
            rule: 'jumlah-induk',
            severity: 'galat',
            sheet: t.sheet,
            cell: addr(c.parent.row, col.col),
            related: cellsRef(
              c.children.map((k) => k.row),
              col.col,
            ),
            expected: num(sum),
            actual: num(c.whole.value),
            message: `${noun} ${rowName(c.parent)} (${showValue(c.whole.value, kind)}) tidak sama dengan jumlah ${childNoun} (${showValue(sum, kind)}).`,
          });
        }
      }
    }
    return findings;
  },
};
