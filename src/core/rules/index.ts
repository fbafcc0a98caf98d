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

import { angkaTeks } from './angka-teks';
import { angkaTidakValid } from './angka-tidak-valid';
import { efisiensiRule } from './efisiensi';
import { jumlahInduk } from './jumlah-induk';
import { jumlahTotal } from './jumlah-total';
import { kosong } from './kosong';
import { lintasSheet } from './lintas-sheet';
import { pembagianNol } from './pembagian-nol';
import { persenCapaian } from './persen-capaian';
import { persenSerapan } from './persen-serapan';
import { predikatRule } from './predikat';

export const RULES: Rule[] = [
  jumlahInduk,
  jumlahTotal,
  persenCapaian,
  persenSerapan,
  efisiensiRule,
  lintasSheet,
  predikatRule,
  angkaTeks,
  angkaTidakValid,
  pembagianNol,
  kosong,
];
