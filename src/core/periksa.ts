/** The engine's entry: snapshot → table model → findings. Pure; shared by the CLI, the add-in and the checker page. */
import { columnLetters, rangeA1, sheetRef } from './address';
import { TableModel } from './model';
import { recogniseWorkbook } from './recognise';
import { RULES } from './rules';
import { Rule } from './rules/rule';
import { runRules } from './rules/run';
import { resolveScale, ScaleChoice } from './scale';
import { WorkbookSnapshot } from './snapshot';
import { Finding, Severity, TableColumn, TableKind } from './types';

export interface PeriksaOptions {
  /** Preset id from --skala; used when the workbook has no skala table of its own. */
  skala?: string;
  /** The rules to run (default: all of them). */
  rules?: readonly Rule[];
}

export interface TableSummary {
  sheet: string;
  range: string;
  kind: TableKind;
  headerRows: number;
  columns: Record<string, string>;
  /**
   * Where the table goes on, on the sheets after its own (a PDF converted one sheet per page), a page with no header of
   * its own too: "'Page 2'!A1:E16". Checked with it; absent for a table that ends on its sheet.
   */
  continuedIn?: string[];
}

/** What the engine says of a workbook: its tables (the model), the findings, the scale used and the counts. */
export interface Analysis {
  tables: TableModel[];
  findings: Finding[];
  scale: ScaleChoice;
  counts: Record<Severity, number>;
}

export function periksaWorkbook(snapshot: WorkbookSnapshot, options: PeriksaOptions = {}): Analysis {
  const checked = recogniseWorkbook(snapshot);
  // the rows a page with no header of its own carries on from the table before are checked with it, but are no table
  // of their own (a table has a header: the contract's headerRows ≥ 1)
  const tables = checked.some((t) => t.headerRows === 0) ? checked.filter((t) => t.headerRows > 0) : checked;
  const scale = resolveScale(tables, options.skala);
  const findings = runRules(
    options.rules ?? RULES,
    checked,
    scale,
    snapshot.sheets.map((s) => s.name),
  );
  const counts: Record<Severity, number> = { galat: 0, peringatan: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { tables, findings, scale, counts };
}

export function summariseTable(t: TableModel): TableSummary {
  const columns: Record<string, string> = {};
  // a role's column for the whole year first: the band's Total, not its first quarter or kind of spending
  const whole = (c: TableColumn) => !c.period && c.partOf === undefined;
  for (const c of [...t.columns.filter(whole), ...t.columns.filter((x) => !whole(x))]) {
    if (!c.role) continue;
    // (the nation's standard and the capaian against it are named so: never the year's own target or capaian)
    const role = c.nasional ? `${c.role}-nasional` : c.role;
    const key = c.year ? `${role}-${c.year}` : role;
    if (!(key in columns)) columns[key] = columnLetters(c.col);
  }
  const summary: TableSummary = { sheet: t.sheet, range: rangeA1(t.range), kind: t.kind, headerRows: t.headerRows, columns };
  const later: string[] = [];
  for (let part = t.nextPart; part; part = part.nextPart) later.push(sheetRef(part.sheet, rangeA1(part.range)));
  if (later.length) summary.continuedIn = later;
  return summary;
}
