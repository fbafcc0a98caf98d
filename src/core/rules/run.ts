/** The rule harness: runs rules over the table model, stamps, sorts and de-duplicates their findings. */
import { parseA1 } from '../address';
import { TableModel } from '../model';
import { ScaleChoice } from '../scale';
import { SEVERITY_RANK, withUnits } from '../present';
import { Finding } from '../types';
import { Rule, RuleContext } from './rule';

const notScale = (t: TableModel) => t.kind !== 'skala-penilaian';

export function runRules(rules: readonly Rule[], tables: TableModel[], scale: ScaleChoice, sheetOrder: readonly string[]): Finding[] {
  const memo = new Map<string, unknown>();
  const findings: Finding[] = [];
  // what the recomputing rules said a wrong cell should hold, by sheet and cell
  const corrections = new Map<string, number>();
  for (const rule of rules) {
    let current: TableModel | undefined;
    const ctx: RuleContext = {
      tables,
      sheets: sheetOrder,
      scale,
      memo<T>(key: string, make: () => T): T {
        if (!memo.has(key)) memo.set(key, make());
        return memo.get(key) as T;
      },
      corrected(sheet: string, cell: string): number | undefined {
        return corrections.get(`${sheet}|${cell}`);
      },
      report(r) {
        const sheet = r.sheet ?? current?.sheet;
        if (!sheet) throw new Error(`aturan ${rule.meta.id}: temuan tanpa sheet`);
        const severity = r.severity ?? rule.meta.severity;
        if (rule.meta.recomputes && severity === 'galat' && typeof r.expected === 'number' && !r.cell.includes(':'))
          corrections.set(`${sheet}|${r.cell}`, r.expected);
        // the contract's field order: rule, severity, sheet, cell, related, expected, actual, message
        findings.push(
          withUnits({
            rule: rule.meta.id,
            severity: r.severity ?? rule.meta.severity,
            sheet,
            cell: r.cell,
            ...(r.related && r.related.length ? { related: r.related } : {}),
            ...(r.expected !== undefined ? { expected: r.expected } : {}),
            ...(r.actual !== undefined ? { actual: r.actual } : {}),
            message: r.message,
            ...(r.unit ? { unit: r.unit } : {}),
            ...(r.satuan ? { satuan: r.satuan } : {}),
            ...(r.magnitude ? { magnitude: r.magnitude } : {}),
            ...(r.computation ? { computation: r.computation } : {}),
          }),
        );
      },
    };
    if (rule.check) {
      const applies = rule.appliesTo ?? notScale;
      for (const t of tables) {
        if (!applies(t)) continue;
        current = t;
        rule.check(t, ctx);
      }
      current = undefined;
    }
    if (rule.checkWorkbook) rule.checkWorkbook(ctx);
  }
  // rules that work on the findings themselves (asal-galat: a wrong figure that several findings point back to)
  let refined = findings;
  for (const rule of rules) if (rule.refine) refined = rule.refine(refined, tables);
  return dedupe(sortFindings(refined, sheetOrder));
}

function cellOrder(cell: string): number {
  const { row, col } = parseA1(cell.split(':')[0]);
  return row * 20000 + col;
}

/** Galat first, then peringatan, then info; within each, workbook order (sheet, row and column), then rule id. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      cellOrder(a.cell) - cellOrder(b.cell) ||
      a.rule.localeCompare(b.rule),
  );
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
