/**
 * Perbaiki: the fix each finding has, where its right answer is known — figure text becomes the number it says, a
 * total becomes the sum of what it covers, a stated percentage the one computed from its sources (stored as the cell
 * stores it: a fraction under a % format, or percent points), a predikat the label of its band. Check and fix repeat
 * until nothing fixable is left (text turned into numbers can expose a total that was never checkable).
 * lintas-sheet is never fixed: which sheet is right cannot be known.
 */
import Decimal from 'decimal.js';
import { a1, parseA1, parseRange } from './address';
import { cellFigure, formatIsPercent } from './figures';
import { periksaWorkbook, PeriksaOptions } from './periksa';
import { Cell, CellValue, isErrorValue, WorkbookSnapshot } from './snapshot';
import { Finding } from './types';

export const FIXABLE_RULES = new Set([
  'angka-teks',
  'jumlah-induk',
  'jumlah-total',
  'persen-capaian',
  'persen-serapan',
  'persen-kolom',
  'persen-bagian',
  'efisiensi',
  'predikat',
]);

export interface CellChange {
  sheet: string;
  cell: string;
  before: CellValue;
  after: number | string;
  /** A number format the cell gets with its new value (a % for a fraction that was "97,62 %" text). */
  numFmt?: string;
  rule: string;
  /** The cells the new value comes from (a total's parts), for a formula instead of the value. */
  related?: string[];
}

/** The formula a total's fix writes with "pakai rumus" / --rumus: the SUM of exactly its cells (none for other fixes). */
export function sumFormula(change: CellChange): string | undefined {
  const related = change.related ?? [];
  if ((change.rule === 'jumlah-induk' || change.rule === 'jumlah-total') && related.length && related.every((r) => !r.includes('!'))) {
    return `=SUM(${related.join(',')})`;
  }
  return undefined;
}

/** A finding a click may fix: a fixable rule as a galat, and every angka-teks whatever its severity. */
export function isFixable(f: { rule: string; severity: string }): boolean {
  return FIXABLE_RULES.has(f.rule) && (f.severity === 'galat' || f.rule === 'angka-teks');
}

/** What a cell's value is, for the Perbaikan sheet and the CLI list. */
export function shownValue(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isErrorValue(v)) return v.error;
  return String(v);
}

function cellsOfRange(ref: string): Array<{ row: number; col: number }> {
  const r = parseRange(ref);
  const out: Array<{ row: number; col: number }> = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/** Percent points as the cell stores percentages: a fraction under a % format, else points. */
function storePercent(cell: Cell | undefined, points: number): { value: number; numFmt?: string } {
  const exact = new Decimal(points);
  if (!cell || typeof cell.value === 'string') return { value: exact.div(100).toDecimalPlaces(8).toNumber(), numFmt: '0.00%' };
  if (formatIsPercent(cell.numFmt)) return { value: exact.div(100).toDecimalPlaces(8).toNumber() };
  // a plain number below 10 under a % header held a fraction (0,98 for 98 %)
  if (typeof cell.value === 'number' && Math.abs(cell.value) < 10 && Math.abs(points) > 20) return { value: exact.div(100).toDecimalPlaces(8).toNumber() };
  return { value: exact.toDecimalPlaces(6).toNumber() };
}

/**
 * Whether a column keeps its percentages as plain points (97,62), not fractions under a % format: most of its
 * numbers are above 1.5 with no % format.
 */
function columnHoldsPoints(sheet: Map<string, Cell>, col: number): boolean {
  let points = 0;
  let fractions = 0;
  for (const c of sheet.values()) {
    if (c.col !== col || typeof c.value !== 'number') continue;
    if (formatIsPercent(c.numFmt) || Math.abs(c.value) <= 1.5) fractions++;
    else points++;
  }
  return points > 0 && points > fractions;
}

/** The change a finding's fix makes to its cells (none where the right answer is not known). */
export function fixesFor(f: Finding, sheet: Map<string, Cell>): CellChange[] {
  if (!FIXABLE_RULES.has(f.rule)) return [];
  const out: CellChange[] = [];
  const at = (row: number, col: number) => sheet.get(`${row},${col}`);
  if (f.rule === 'angka-teks') {
    for (const { row, col } of cellsOfRange(f.cell)) {
      const cell = at(row, col);
      if (!cell || typeof cell.value !== 'string') continue;
      const p = cellFigure(cell);
      if (p.kind !== 'figure' || !p.fromText || p.comparator || p.unitText) continue;
      const ref = f.cell.includes(':') ? `${a1(row, col)}` : f.cell;
      if (p.unit === 'persen' && columnHoldsPoints(sheet, col)) {
        // the column's other percentages are plain numbers (97,62 under a "%" header): the same, kept as its text showed
        out.push({
          sheet: f.sheet,
          cell: ref,
          before: cell.value,
          after: p.value.toNumber(),
          numFmt: p.decimals ? `0.${'0'.repeat(p.decimals)}` : '0',
          rule: f.rule,
        });
      } else if (p.unit === 'persen') {
        out.push({
          sheet: f.sheet,
          cell: ref,
          before: cell.value,
          after: p.value.div(100).toNumber(),
          numFmt: p.decimals ? `0.${'0'.repeat(p.decimals)}%` : '0%',
          rule: f.rule,
        });
      } else if (p.unit === 'rupiah') {
        out.push({
          sheet: f.sheet,
          cell: ref,
          before: cell.value,
          after: p.value.toNumber(),
          numFmt: p.decimals ? `"Rp "#,##0.${'0'.repeat(p.decimals)}` : '"Rp "#,##0',
          rule: f.rule,
        });
      } else {
        out.push({
          sheet: f.sheet,
          cell: ref,
          before: cell.value,
          after: p.value.toNumber(),
          ...(p.decimals ? { numFmt: `#,##0.${'0'.repeat(p.decimals)}` } : {}),
          rule: f.rule,
        });
      }
    }
    return out;
  }
  if (f.cell.includes(':')) return [];
  const { row, col } = parseA1(f.cell);
  const cell = at(row, col);
  if (f.rule === 'predikat') {
    if (typeof f.expected === 'string') out.push({ sheet: f.sheet, cell: f.cell, before: cell?.value ?? null, after: f.expected, rule: f.rule });
    return out;
  }
  if (typeof f.expected !== 'number') return out;
  const total = f.rule === 'jumlah-induk' || f.rule === 'jumlah-total';
  // a total in the cell's own unit (a % cell holds a fraction of the points summed); persen-capaian, persen-serapan
  // and efisiensi give percent points, stored as the cell stores percentages
  const stored = !total || f.unit === 'persen' ? storePercent(cell, f.expected) : { value: f.expected };
  out.push({
    sheet: f.sheet,
    cell: f.cell,
    before: cell?.value ?? null,
    after: stored.value,
    ...(stored.numFmt ? { numFmt: stored.numFmt } : {}),
    rule: f.rule,
    ...(total && f.related ? { related: f.related } : {}),
  });
  return out;
}

/** A snapshot with changes applied (new cell objects, so no figure parsed before is reused). */
function applyChanges(snapshot: WorkbookSnapshot, changes: CellChange[]): WorkbookSnapshot {
  const bySheet = new Map<string, Map<string, CellChange>>();
  for (const c of changes) {
    const m = bySheet.get(c.sheet) ?? new Map<string, CellChange>();
    const { row, col } = parseA1(c.cell);
    m.set(`${row},${col}`, c);
    bySheet.set(c.sheet, m);
  }
  return {
    sheets: snapshot.sheets.map((s) => {
      const m = bySheet.get(s.name);
      if (!m) return s;
      const seen = new Set<string>();
      const cells = s.cells.map((c) => {
        const k = `${c.row},${c.col}`;
        const ch = m.get(k);
        if (!ch) return c;
        seen.add(k);
        // a fresh object (not a spread: that would copy the figure parsed from the old value, kept under a symbol)
        const out: Cell = { row: c.row, col: c.col, value: ch.after };
        if (c.formula !== undefined) out.formula = c.formula;
        const numFmt = ch.numFmt ?? c.numFmt;
        if (numFmt) out.numFmt = numFmt;
        if (c.bold) out.bold = true;
        if (c.indent) out.indent = c.indent;
        return out;
      });
      for (const [k, ch] of m) {
        if (seen.has(k)) continue;
        const [row, col] = k.split(',').map(Number);
        cells.push({ row, col, value: ch.after, ...(ch.numFmt ? { numFmt: ch.numFmt } : {}) });
      }
      return { ...s, cells };
    }),
  };
}

export interface FixResult {
  /** Every cell changed, in order, with its first value and its last. */
  changes: CellChange[];
  snapshot: WorkbookSnapshot;
  /** Findings left after the last round. */
  remaining: Finding[];
}

/** Checks and fixes until no fixable finding is left (at most `rounds` times). */
export function fixWorkbook(snapshot: WorkbookSnapshot, options: PeriksaOptions = {}, rounds = 6): FixResult {
  let current = snapshot;
  const changed = new Map<string, CellChange>();
  let findings = periksaWorkbook(current, options).findings;
  for (let round = 0; round < rounds; round++) {
    const fixable = findings.filter(isFixable);
    if (fixable.length === 0) break;
    const cellsBySheet = new Map(current.sheets.map((s) => [s.name, new Map(s.cells.map((c) => [`${c.row},${c.col}`, c]))]));
    const changes: CellChange[] = [];
    const taken = new Set<string>();
    for (const f of fixable) {
      for (const ch of fixesFor(f, cellsBySheet.get(f.sheet) ?? new Map())) {
        const k = `${ch.sheet}!${ch.cell}`;
        if (taken.has(k)) continue;
        taken.add(k);
        changes.push(ch);
      }
    }
    if (changes.length === 0) break;
    for (const ch of changes) {
      const k = `${ch.sheet}!${ch.cell}`;
      const first = changed.get(k);
      changed.set(k, first ? { ...ch, before: first.before } : ch);
    }
    current = applyChanges(current, changes);
    findings = periksaWorkbook(current, options).findings;
  }
  // a cell changed back to what it was is no change
  const changes = [...changed.values()].filter((c) => typeof c.before !== typeof c.after || shownValue(c.before) !== shownValue(c.after) || c.numFmt);
  return { changes, snapshot: current, remaining: findings };
}

/**
 * The cells one click changes, for the task pane: the chosen findings' fixes, then only what the workbook needs in
 * consequence — a fixable galat that appears or stays after them and is computed from a cell they changed (a corrected
 * total's own % in the same row). Nothing else is touched.
 */
export function planFixes(snapshot: WorkbookSnapshot, chosen: readonly Finding[], options: PeriksaOptions = {}, rounds = 4): CellChange[] {
  const cellsBySheet = (snap: WorkbookSnapshot) => new Map(snap.sheets.map((s) => [s.name, new Map(s.cells.map((c) => [`${c.row},${c.col}`, c]))]));
  const changed = new Map<string, CellChange>();
  const add = (list: CellChange[]) => {
    const fresh: CellChange[] = [];
    for (const ch of list) {
      const k = `${ch.sheet}!${ch.cell}`;
      const first = changed.get(k);
      if (first && shownValue(first.after) === shownValue(ch.after)) continue;
      changed.set(k, first ? { ...ch, before: first.before } : ch);
      fresh.push(ch);
    }
    return fresh;
  };
  let current = snapshot;
  let fresh = add(chosen.flatMap((f) => fixesFor(f, cellsBySheet(current).get(f.sheet) ?? new Map())));
  for (let round = 0; round < rounds && fresh.length > 0; round++) {
    current = applyChanges(current, fresh);
    const touched = new Set([...changed.values()].map((c) => `${c.sheet}!${c.cell}`));
    const sheets = cellsBySheet(current);
    const follow = periksaWorkbook(current, options).findings.filter(
      (f) =>
        f.severity === 'galat' &&
        FIXABLE_RULES.has(f.rule) &&
        f.rule !== 'angka-teks' &&
        (f.related ?? []).some((r) => touched.has(r.includes('!') ? r.replace(/'/g, '') : `${f.sheet}!${r}`) || rangeTouches(f.sheet, r, touched)),
    );
    fresh = add(follow.flatMap((f) => fixesFor(f, sheets.get(f.sheet) ?? new Map())));
  }
  return [...changed.values()].filter((c) => typeof c.before !== typeof c.after || shownValue(c.before) !== shownValue(c.after) || c.numFmt);
}

/** Whether a related reference (a cell or a range of the finding's sheet) covers a changed cell. */
function rangeTouches(sheet: string, ref: string, touched: Set<string>): boolean {
  if (ref.includes('!') || !ref.includes(':')) return false;
  let r;
  try {
    r = parseRange(ref);
  } catch {
    return false;
  }
  for (const k of touched) {
    const at = k.lastIndexOf('!');
    if (k.slice(0, at) !== sheet) continue;
    const { row, col } = parseA1(k.slice(at + 1));
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
  }
  return false;
}
