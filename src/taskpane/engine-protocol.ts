/**
 * What the task pane and its engine worker say to each other. Everything is plain data (structured-clone safe):
 * the worker keeps the table model of the last check and answers highlight plans from it.
 */
import { CellChange } from '../core/fixes';
import { HighlightPlan } from '../core/highlight';
import { ScaleChoice } from '../core/scale';
import { WorkbookSnapshot } from '../core/snapshot';
import { Finding, Severity, Table } from '../core/types';

export type EngineRequest =
  | { id: number; type: 'periksa'; snapshot: WorkbookSnapshot }
  | { id: number; type: 'plan'; scaleId: string }
  | { id: number; type: 'fixes'; findings: number[] };

export interface PaneAnalysis {
  /** The tables recognised, as plain data (no grid). */
  tables: Table[];
  findings: Finding[];
  scale: ScaleChoice;
  counts: Record<Severity, number>;
}

export type EngineResponse =
  | { id: number; type: 'periksa'; result: PaneAnalysis }
  | { id: number; type: 'plan'; plan: HighlightPlan }
  | { id: number; type: 'fixes'; changes: CellChange[] }
  | { id: number; type: 'error'; message: string };
