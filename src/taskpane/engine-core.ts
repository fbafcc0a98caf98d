/** The engine as the pane uses it, in a worker or (where workers are unavailable) on the page itself. */
import { highlightPlan, HighlightPlan } from '../core/highlight';
import { TableModel } from '../core/model';
import { periksaWorkbook } from '../core/periksa';
import { scaleById } from '../core/scale';
import { WorkbookSnapshot } from '../core/snapshot';
import { PaneAnalysis } from './engine-protocol';

export class EngineCore {
  private tables: TableModel[] = [];

  periksa(snapshot: WorkbookSnapshot): PaneAnalysis {
    const r = periksaWorkbook(snapshot);
    this.tables = r.tables;
    return { tables: r.tables.map((t) => t.toJSON()), findings: r.findings, scale: r.scale, counts: r.counts };
  }

  plan(scaleId: string): HighlightPlan {
    return highlightPlan(this.tables, scaleById(this.tables, scaleId));
  }
}
