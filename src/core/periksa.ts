/** The engine's entry: snapshot → tables → findings. Pure; shared by the CLI and the add-in. */
import { columnLetters, parseA1, rangeA1 } from './address';
import { recogniseWorkbook } from './recognise';
import { RULES, RuleContext } from './rules';
import { resolveScale, ScaleChoice } from './scale';
import { Grid, WorkbookSnapshot } from './snapshot';
import { Finding, Severity, Table, TableKind } from './types';

export interface PeriksaOptions {
  /** Preset id from --skala; used when the workbook has no skala table of its own. */
  skala?: string;
}

export interface TableSummary {
  sheet: string;
  range: string;
  kind: TableKind;
  headerRows: number;
  columns: Record<string, string>;
}

export interface PeriksaResult {
  tables: Table[];
  grids: Map<string, Grid>;
  findings: Finding[];
  scale: ScaleChoice;
  counts: Record<Severity, number>;
}

export function periksaWorkbook(snapshot: WorkbookSnapshot, options: PeriksaOptions = {}): PeriksaResult {
  const { tables, grids } = recogniseWorkbook(snapshot);
  const scale = resolveScale(tables, options.skala);
  const ctx: RuleContext = { tables, grids, scale };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const f of rule.check(ctx)) findings.push(f);
  }
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  findings.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || cellOrder(a.cell) - cellOrder(b.cell) || a.rule.localeCompare(b.rule));
  const unique = dedupe(findings);
  const counts: Record<Severity, number> = { galat: 0, peringatan: 0, info: 0 };
  for (const f of unique) counts[f.severity]++;
  return { tables, grids, findings: unique, scale, counts };
}

function cellOrder(cell: string): number {
  const { row, col } = parseA1(cell.split(':')[0]);
  return row * 20000 + col;
}

/** One finding per (rule, sheet, cell): two routes to the same contradiction report it once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}|${f.sheet}|${f.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function summariseTable(t: Table): TableSummary {
  const columns: Record<string, string> = {};
  for (const c of t.columns) {
    if (!c.role) continue;
    const key = c.year ? `${c.role}-${c.year}` : c.role;
    if (!(key in columns)) columns[key] = columnLetters(c.col);
  }
  return { sheet: t.sheet, range: rangeA1(t.range), kind: t.kind, headerRows: t.headerRows, columns };
}
