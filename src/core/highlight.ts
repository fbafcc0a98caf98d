/**
 * Highlighting by rating band: each data row of the pengukuran and efisiensi tables gets the fill of the band its
 * capaian falls in. Pure: the Excel adapter and the CLI's checked copy both apply this plan.
 */
import { a1, parseRange, RangeRef, rangeA1 } from './address';
import { TableModel } from './model';
import { rowCapaian, yearCapaian } from './ratios';
import { bandColours, bandFor, orderBands, Scale } from './scale';

export interface LegendEntry {
  label: string;
  color: string;
  /** Lower bound in percent, for the legend text; undefined for the floor band. */
  lower?: number;
  rows: number;
}

export interface HighlightRow {
  sheet: string;
  row: number;
  /** The row's cells within its table, e.g. "A5:I5". */
  address: string;
  capaian: number;
  band: string;
  color: string;
}

export interface HighlightPlan {
  scale: { id: string; name: string };
  legend: LegendEntry[];
  rows: HighlightRow[];
}

export function highlightPlan(tables: TableModel[], scale: Scale): HighlightPlan {
  const bands = orderBands(scale.bands);
  const colours = bandColours(bands.length);
  const legend: LegendEntry[] = bands.map((b, i) => ({ label: b.label, color: colours[i], lower: b.lower, rows: 0 }));
  const rows: HighlightRow[] = [];
  // (with each table's rows on the pages after it that have no header of their own: no table of their own, its rows)
  const parts: TableModel[] = [];
  for (const t of tables) {
    parts.push(t);
    for (let p = t.nextPart; p && p.headerRows === 0; p = p.nextPart) parts.push(p);
  }
  for (const t of parts) {
    if (t.kind !== 'pengukuran-kinerja' && t.kind !== 'efisiensi') continue;
    // (the year's capaian, where the Renstra's or last year's stands beside it)
    const own = yearCapaian(t);
    for (const r of t.rows) {
      if (r.level === 'section') continue;
      const found = rowCapaian(t, r, undefined, false, own);
      if (!found) continue;
      const cap = found.value.toNumber();
      const band = bandFor(bands, cap);
      if (!band) continue;
      const i = bands.indexOf(band);
      legend[i].rows++;
      rows.push({
        sheet: t.sheet,
        row: r.row,
        address: `${a1(r.row, t.range.left)}:${a1(r.row, t.range.right)}`,
        capaian: cap,
        band: band.label,
        color: colours[i],
      });
    }
  }
  return { scale: { id: scale.id, name: scale.name }, legend, rows };
}

/**
 * Rows grouped by sheet and colour, consecutive rows of the same columns joined into one block ("A5:F9"): one
 * batched write per band per sheet (split only where Excel's address length limit requires it).
 */
export function groupByBand(plan: HighlightPlan): Array<{ sheet: string; color: string; band: string; addresses: string[] }> {
  const groups = new Map<string, { sheet: string; color: string; band: string; rows: RangeRef[] }>();
  for (const r of plan.rows) {
    const k = `${r.sheet}\u0000${r.color}`;
    const g = groups.get(k) ?? { sheet: r.sheet, color: r.color, band: r.band, rows: [] };
    g.rows.push(parseRange(r.address));
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => ({ sheet: g.sheet, color: g.color, band: g.band, addresses: joinBlocks(g.rows).map(rangeA1) }));
}

/** Ranges of the same columns on consecutive rows joined into blocks ("A5:F5", "A6:F6" → "A5:F6"). */
export function joinBlocks(ranges: RangeRef[]): RangeRef[] {
  const sorted = [...ranges].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const blocks: RangeRef[] = [];
  for (const r of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.left === r.left && last.right === r.right && r.top === last.bottom + 1) last.bottom = r.bottom;
    else blocks.push({ ...r });
  }
  return blocks;
}
