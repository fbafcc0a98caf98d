/**
 * The periksa rules, in the order they run. Each is its own module (meta + check), like an ESLint rule; adding one
 * is a file and a line here (CONTRIBUTING.md).
 */
import { angkaTeks } from './angka-teks';
import { angkaTidakValid } from './angka-tidak-valid';
import { asalGalat } from './asal-galat';
import { bobotKolom } from './bobot-kolom';
import { efisiensiRule } from './efisiensi';
import { selisihRule } from './selisih';
import { selisihKolom } from './selisih-kolom';
import { jumlahInduk } from './jumlah-induk';
import { jumlahKolom } from './jumlah-kolom';
import { jumlahTotal } from './jumlah-total';
import { jumlahPindahan } from './jumlah-pindahan';
import { kosong } from './kosong';
import { lintasSheet } from './lintas-sheet';
import { pembagianNol } from './pembagian-nol';
import { persenCapaian } from './persen-capaian';
import { persenBagian } from './persen-bagian';
import { persenKolom } from './persen-kolom';
import { rasioKolom } from './rasio-kolom';
import { persenSerapan } from './persen-serapan';
import { predikatRule } from './predikat';
import { rumusBelumDihitung } from './rumus-belum-dihitung';
import { Rule } from './rule';
import { tanpaTabel } from './tanpa-tabel';

export type { Report, Rule, RuleContext, RuleMeta, RuleCategory } from './rule';

export const RULES: readonly Rule[] = [
  jumlahInduk,
  persenCapaian,
  persenSerapan,
  persenKolom,
  // a rate ("per 1.000 KH", "Ton/Ha") the figures say is worked out from two columns, as persen-kolom for percentages
  rasioKolom,
  // a weighted figure ("Nilai Tertimbang") the figures say is a row's weight times one of its measures
  bobotKolom,
  efisiensiRule,
  // after the rules that recompute percentages: a RATA-RATA row is judged with their corrections in view
  jumlahTotal,
  // the running sums carried over a page break ("Jumlah dipindahkan" › "Jumlah pindahan"): each pair alike
  jumlahPindahan,
  // after the sums: a sisa taken from a total that does not add up is judged with the right total
  selisihRule,
  // a change column ("Kenaikan/Penurunan") the figures say is worked out from two others: after the sums, as selisih
  selisihKolom,
  // after the sums down the columns and the differences: a row that adds up with their corrections is theirs
  jumlahKolom,
  // a percentage column of each row's share of its column's total (a recap by category, staff by rank): after the sums,
  // so a share worked out from a row's right figure, typed wrong beside it, is the sum's finding
  persenBagian,
  lintasSheet,
  predikatRule,
  angkaTeks,
  angkaTidakValid,
  pembagianNol,
  kosong,
  rumusBelumDihitung,
  tanpaTabel,
  // not a check of its own: traces the galat above back to the one figure they share (run.ts, after every rule)
  asalGalat,
];
