/**
 * angka-tidak-valid: a figure that cannot be read without guessing ("123.476.67,-"). A galat when it breaks a sum
 * (its column is totalled, or its row is a parent or a child) or the same figure stands readable elsewhere; else
 * a peringatan.
 */
import { Finding, FIGURE_ROLES } from '../types';
import { collectFacts, Fact, normaliseName } from './facts';
import { Rule } from './index';
import { addr, columnNoun, figureAt, gridOf, rowName, showValue } from './util';
import { sheetRef } from '../address';

export const angkaTidakValid: Rule = {
  id: 'angka-tidak-valid',
  severity: 'peringatan',
  description: 'Angka yang tidak dapat dibaca tanpa menebak.',
  check(ctx) {
    const findings: Finding[] = [];
    // readable figures of the same name and measure elsewhere, indexed once when first needed
    let readable: Map<string, Fact[]> | undefined;
    const readableIndex = () => {
      if (!readable) {
        readable = new Map();
        for (const x of [...collectFacts(ctx).values()].flat()) {
          if (x.figure.kind !== 'figure' || x.derivedFrom) continue;
          const k = `${normaliseName(x.name)}|${x.measure}`;
          readable.set(k, [...(readable.get(k) ?? []), x]);
        }
      }
      return readable;
    };
    for (const t of ctx.tables) {
      if (t.kind === 'skala-penilaian') continue;
      const grid = gridOf(ctx, t);
      const hasTotal = t.rows.some((r) => r.level === 'total');
      const parents = new Set(t.rows.map((r) => r.parent).filter((p) => p !== undefined));
      for (const col of t.columns) {
        if (!col.role || !FIGURE_ROLES.has(col.role)) continue;
        for (const row of t.rows) {
          const f = figureAt(grid, row.row, col.col);
          if (f.kind !== 'invalid') continue;
          const cell = addr(row.row, col.col);
          const inSum = hasTotal || (t.hierarchy === 'style' && (row.parent !== undefined || parents.has(row.row)));
          const elsewhere = (readableIndex().get(`${normaliseName(row.label)}|${col.role}`) ?? []).find((x) => !(x.table === t && x.cell === cell));
          const severity = inSum || elsewhere ? 'galat' : 'peringatan';
          const related = elsewhere ? [elsewhere.table.sheet === t.sheet ? elsewhere.cell : sheetRef(elsewhere.table.sheet, elsewhere.cell)] : undefined;
          const why =
            elsewhere && elsewhere.figure.kind === 'figure'
              ? ` Di ${elsewhere.table.sheet === t.sheet ? elsewhere.cell : sheetRef(elsewhere.table.sheet, elsewhere.cell)} angka yang sama tertulis ${showValue(elsewhere.figure.value, col.role === 'anggaran' || col.role === 'realisasi-anggaran' ? 'rupiah' : 'angka')}.`
              : inSum
                ? ' Angka ini ikut dijumlahkan, sehingga jumlahnya tidak dapat diperiksa.'
                : '';
          const finding: Finding = {
            rule: 'angka-tidak-valid',
            severity,
            sheet: t.sheet,
            cell,
            expected: null,
            actual: f.text,
            message: `${columnNoun(col)} ${rowName(row)} tertulis "${f.text}" dan tidak dapat dibaca sebagai angka (${f.reason}).${why}`,
          };
          if (related) finding.related = related;
          findings.push(finding);
        }
      }
    }
    return findings;
  },
};
