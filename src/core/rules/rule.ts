/**
 * What a periksa rule is, in the manner of ESLint rules: `meta` (id, severity, category, an Indonesian explanation of
 * what it compares and why it matters, message templates) and a `check` that reads one table of the model and
 * reports. The harness (run.ts) walks the tables, stamps each finding with the rule's id, severity and sheet, sorts
 * and de-duplicates. A rule that compares tables with each other implements `checkWorkbook` instead.
 */
import { TableModel } from '../model';
import { ScaleChoice } from '../scale';
import { Finding, FindingUnit, Severity } from '../types';

export type RuleCategory = 'jumlah' | 'persentase' | 'antartabel' | 'predikat' | 'angka' | 'cakupan';

export interface RuleMeta<M> {
  id: string;
  /** The usual severity; a report may raise or lower it where the rule's explanation says so. */
  severity: Severity;
  category: RuleCategory;
  /** One paragraph in Bahasa Indonesia: what is compared, and why it matters to the report. */
  penjelasan: string;
  /** Message templates: every sentence a rule says is here, not inline in its check. */
  messages: M;
  /**
   * The rule recomputes a figure from the figures it comes from (a capaian, a serapan, an efisiensi, a sum): its
   * galat's `expected` is the value the cell should hold, and the rules that read such cells later see it
   * (RuleContext.corrected).
   */
  recomputes?: boolean;
}

/** What a rule reports; id, severity and sheet are stamped by the harness (severity and sheet may be given). */
export interface Report {
  cell: string;
  message: string;
  related?: string[];
  expected?: string | number | null;
  actual?: string | number | null;
  severity?: Severity;
  sheet?: string;
  /** The unit of expected and actual; the harness writes them in it with the difference. */
  unit?: FindingUnit;
  satuan?: string;
  /** Money written in thousands or millions (the column's magnitude): the harness writes the amounts with the word. */
  magnitude?: number;
  /** For a computed figure, the computation in words. */
  computation?: string;
}

export interface RuleContext {
  /** Every table recognised in the workbook, in workbook order. */
  tables: TableModel[];
  /** The workbook's sheet names, in order. */
  sheets: readonly string[];
  /** The scale in use: the workbook's own skala table, else the preset chosen, else the default. */
  scale: ScaleChoice;
  report(r: Report): void;
  /** A value computed once per run and shared by the rules that need it (the cross-table facts). */
  memo<T>(key: string, make: () => T): T;
  /**
   * The value a recomputing rule that ran earlier found a cell should hold, where it reported the cell wrong: a
   * RATA-RATA row or a sisa that agrees with the corrected figures is not a second error.
   */
  corrected(sheet: string, cell: string): number | undefined;
}

export type Messages = Record<string, (...args: any[]) => string>;

export interface Rule<M extends Messages = Messages> {
  meta: RuleMeta<M>;
  /** Which tables the rule reads (default: every table but a skala-penilaian). */
  appliesTo?(t: TableModel): boolean;
  check?(t: TableModel, ctx: RuleContext): void;
  checkWorkbook?(ctx: RuleContext): void;
  /** Works on the findings of every rule once they all ran (asal-galat: several findings traced to one cell). */
  refine?(findings: Finding[], tables: TableModel[]): Finding[];
}

/** Declares a rule (keeps its message templates typed). */
export function defineRule<M extends Messages>(rule: Rule<M>): Rule<M> {
  return rule;
}

export type { Finding };
