/** The engine as the pane uses it, in a worker or (where workers are unavailable) on the page itself. */
import { CellChange, planFixes } from '../core/fixes';
import { highlightPlan, HighlightPlan } from '../core/highlight';
import { Finding } from '../core/types';
import { TableModel } from '../core/model';
import { periksaWorkbook } from '../core/periksa';
import { scaleById } from '../core/scale';
import { WorkbookSnapshot } from '../core/snapshot';
import { PaneAnalysis } from './engine-protocol';

export class EngineCore {
  private tables: TableModel[] = [];
  private snapshot: WorkbookSnapshot | null = null;
  private findings: Finding[] = [];

  periksa(snapshot: WorkbookSnapshot): PaneAnalysis {
    const r = periksaWorkbook(snapshot);
    this.tables = r.tables;
    this.snapshot = snapshot;
    this.findings = r.findings;
    return { tables: r.tables.map((t) => t.toJSON()), findings: r.findings, scale: r.scale, counts: r.counts };
  }

  /** The cells fixing these findings (indices into the last check's findings) would change, cascade included. */
  fixes(indices: number[]): CellChange[] {
    if (!this.snapshot) return [];
    const chosen = indices.map((i) => this.findings[i]).filter((f): f is Finding => !!f);
    return planFixes(this.snapshot, chosen);
  }

  plan(scaleId: string): HighlightPlan {
    return highlightPlan(this.tables, scaleById(this.tables, scaleId));
  }
}
