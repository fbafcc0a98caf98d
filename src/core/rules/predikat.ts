/**
 * predikat (galat): a stated label (Sangat Baik, Tinggi, Berhasil …) contradicts the band its capaian falls in, by
 * the workbook's own skala table, or the chosen preset when the book has none. A label that is not a word of the
 * scale in use is not judged.
 */
import Decimal from 'decimal.js';
import { bandByLabel, bandFor } from '../scale';
import { Finding, Table, TableRow } from '../types';
import { norm } from '../vocabulary';
import { Rule } from './index';
import { capaianCandidates } from './ratios';
import { addr, asFigure, figureAt, gridOf, percentOf, showValue, subjectOf } from './util';
import { Grid } from '../snapshot';

function capaianOf(grid: Grid, t: Table, row: TableRow, labelCol: number | undefined): { value: Decimal; cell: string } | undefined {
  const caps = t.columns.filter((c) => c.role === 'capaian' && c.col !== labelCol);
  for (const c of caps.reverse()) {
    const f = asFigure(figureAt(grid, row.row, c.col));
    if (f) return { value: percentOf(f, new Decimal(100)).value, cell: addr(row.row, c.col) };
  }
  const target = t.columns.filter((c) => c.role === 'target').pop();
  const realisasi = t.columns.filter((c) => c.role === 'realisasi').pop();
  if (target && realisasi) {
    const b = asFigure(figureAt(grid, row.row, target.col));
    const p = asFigure(figureAt(grid, row.row, realisasi.col));
    if (b && p && !b.value.isZero())
      return { value: capaianCandidates(grid, t, row, b, p)[0], cell: `${addr(row.row, target.col)}:${addr(row.row, realisasi.col)}` };
  }
  return undefined;
}

export const predikatRule: Rule = {
  id: 'predikat',
  severity: 'galat',
  description: 'Predikat yang tertulis harus sesuai dengan rentang skala tempat capaiannya jatuh.',
  check(ctx) {
    const findings: Finding[] = [];
    const bands = ctx.scale.bands;
    const scaleName = ctx.scale.id === 'workbook' ? 'skala penilaian di buku kerja' : `skala ${ctx.scale.id}`;
    for (const t of ctx.tables) {
      if (t.kind === 'skala-penilaian') continue;
      const grid = gridOf(ctx, t);
      const labelCols = t.columns.filter((c) => c.role === 'predikat' || c.role === 'keterangan' || c.role === 'capaian');
      for (let i = 0; i < t.rows.length; i++) {
        const row = t.rows[i];
        for (const lc of labelCols) {
          const cell = grid.get(row.row, lc.col);
          if (!cell || typeof cell.value !== 'string') continue;
          const stated = bandByLabel(bands, cell.value);
          if (!stated) continue;
          // A "Kategori" row under "Rata-rata" names the band of the average above it.
          let source = row;
          const rowWords = grid.filledInRow(row.row, t.range.left, lc.col - 1).map((c) => norm(String(c.value)));
          if (rowWords.some((w) => /^(kategori|predikat|kriteria)\b/.test(w)) && i > 0) source = t.rows[i - 1];
          const cap = capaianOf(grid, t, source, source === row ? lc.col : undefined);
          if (!cap) continue;
          const band = bandFor(bands, cap.value.toNumber());
          if (!band || band === stated) continue;
          findings.push({
            rule: 'predikat',
            severity: 'galat',
            sheet: t.sheet,
            cell: addr(row.row, lc.col),
            related: [cap.cell],
            expected: band.label,
            actual: String(cell.value).trim(),
            message: `Predikat ${subjectOf(grid, t, source, lc.col)} tertulis "${String(cell.value).trim()}", padahal capaian ${showValue(cap.value, 'persen')} menurut ${scaleName} berpredikat "${band.label}".`,
          });
        }
      }
    }
    return findings;
  },
};
