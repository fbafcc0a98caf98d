/** The periksa rules: each its own module with its id, severity and messages (like ESLint rules). */
import { Grid } from '../snapshot';
import { ScaleChoice } from '../scale';
import { Finding, Severity, Table } from '../types';

export interface RuleContext {
  tables: Table[];
  grids: Map<string, Grid>;
  scale: ScaleChoice;
}

export interface Rule {
  id: string;
  /** The usual severity; a rule may lower or raise it per finding where its doc says so. */
  severity: Severity;
  description: string;
  check(ctx: RuleContext): Finding[];
}

export const RULES: Rule[] = [];
