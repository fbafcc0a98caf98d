/**
 * How findings are shown, the same in the pane, the CLI text, the Temuan sheet and the checker page: expected and
 * actual in their unit with the difference, galat first, and repeated peringatan/info of one rule on one sheet as
 * one item with the count.
 */
import Decimal from 'decimal.js';
import { parseA1, rangeA1 } from './address';
import { formatIndonesian, formatPersen, formatRupiah } from './figures';
import { Finding, FindingUnit, Severity } from './types';

export const SEVERITY_RANK: Record<Severity, number> = { galat: 0, peringatan: 1, info: 2 };

/** A value in its unit: "Rp 243.292.000", "79,81 %", "22 orang", "1.234,5". */
export function formatInUnit(v: number, unit: FindingUnit, satuan?: string, magnitude?: number): string {
  const d = new Decimal(v);
  if (unit === 'rupiah') return formatRupiah(d, magnitude);
  if (unit === 'persen') return formatPersen(d, d.decimalPlaces() > 2 ? Math.min(4, d.decimalPlaces()) : 2);
  const text = formatIndonesian(d, d.isInteger() ? 0 : Math.min(4, d.decimalPlaces()));
  return satuan && !/^[-–%]$/.test(satuan.trim()) ? `${text} ${satuan.trim()}` : text;
}

/** Fills expectedText, actualText, difference and differenceText from expected, actual and unit. */
export function withUnits(f: Finding): Finding {
  if (!f.unit) return f;
  const out = { ...f };
  if (typeof f.expected === 'number') out.expectedText = formatInUnit(f.expected, f.unit, f.satuan, f.magnitude);
  if (typeof f.actual === 'number') out.actualText = formatInUnit(f.actual, f.unit, f.satuan, f.magnitude);
  if (typeof f.expected === 'number' && typeof f.actual === 'number') {
    const diff = new Decimal(f.actual).minus(f.expected).abs();
    out.difference = diff.toDecimalPlaces(6).toNumber();
    const amount =
      f.unit === 'persen'
        ? `${formatIndonesian(diff, diff.isInteger() ? 0 : Math.min(4, Math.max(2, diff.decimalPlaces())))} poin`
        : formatInUnit(diff.toNumber(), f.unit, f.satuan, f.magnitude);
    out.differenceText = `selisih ${amount}`;
  }
  return out;
}

/** Severity first (galat, peringatan, info), then the order given (workbook order). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort((a, b) => SEVERITY_RANK[a[0].severity] - SEVERITY_RANK[b[0].severity] || a[1] - b[1])
    .map(([f]) => f);
}

/** One item as shown: a finding, or several peringatan/info of one rule on one sheet. */
export interface FindingItem {
  severity: Severity;
  rule: string;
  sheet: string;
  /** The finding's cell, or for a group the range spanning its cells. */
  cell: string;
  /** The findings behind the item (one, or the group's). */
  findings: Finding[];
  /** The cells of a group, each finding's own cell. */
  cells: string[];
  /** The message shown: the finding's, or for a group a count with the first one as an example. */
  message: string;
}

/** A group of at least this many peringatan/info of one rule on one sheet is shown as one item. */
export const GROUP_FROM = 2;

/**
 * Items in the order to show them: galat first (never grouped), then peringatan, then info, each in workbook order;
 * repeated peringatan/info of one rule on one sheet become one item where the first of them stood.
 */
export function findingItems(findings: readonly Finding[]): FindingItem[] {
  const ordered = bySeverity(findings);
  const groups = new Map<string, Finding[]>();
  for (const f of ordered) {
    if (f.severity === 'galat') continue;
    const k = `${f.severity}\u0000${f.rule}\u0000${f.sheet}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const items: FindingItem[] = [];
  const done = new Set<string>();
  for (const f of ordered) {
    const k = `${f.severity}\u0000${f.rule}\u0000${f.sheet}`;
    const g = f.severity === 'galat' ? undefined : groups.get(k);
    if (!g || g.length < GROUP_FROM) {
      items.push({ severity: f.severity, rule: f.rule, sheet: f.sheet, cell: f.cell, findings: [f], cells: [f.cell], message: f.message });
      continue;
    }
    if (done.has(k)) continue;
    done.add(k);
    const cells = g.map((x) => x.cell);
    items.push({
      severity: f.severity,
      rule: f.rule,
      sheet: f.sheet,
      cell: spanOf(cells),
      findings: g,
      cells,
      message: `${g.length} temuan serupa di sheet ini (${cellList(cells)}). Contoh, ${g[0].cell}: ${g[0].message}`,
    });
  }
  return items;
}

/** The range spanning some cells ("E5:E27"). */
export function spanOf(cells: string[]): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const c of cells) {
    for (const part of c.split(':')) {
      const { row, col } = parseA1(part);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
  }
  if (top === bottom && left === right) return cells[0].split(':')[0];
  return rangeA1({ top, left, bottom, right });
}

/** "E5, E6, E9 dan 20 lainnya". */
export function cellList(cells: string[], max = 6): string {
  if (cells.length <= max) return cells.join(', ');
  return `${cells.slice(0, max).join(', ')} dan ${cells.length - max} lainnya`;
}

/**
 * Items under one heading per sheet: sheets in the order their first item comes (so a sheet with a galat comes before
 * one with only peringatan), each sheet's items in their own order (galat first).
 */
export function itemsBySheet(items: readonly FindingItem[]): Array<[string, FindingItem[]]> {
  const m = new Map<string, FindingItem[]>();
  for (const item of items) {
    const list = m.get(item.sheet);
    if (list) list.push(item);
    else m.set(item.sheet, [item]);
  }
  return [...m.entries()];
}
