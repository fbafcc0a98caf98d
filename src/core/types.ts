import { RangeRef } from './address';

export type TableKind = 'perjanjian-kinerja' | 'pengukuran-kinerja' | 'realisasi-anggaran' | 'efisiensi' | 'skala-penilaian' | 'lainnya';

export const TABLE_KIND_LABEL: Record<TableKind, string> = {
  'perjanjian-kinerja': 'Perjanjian Kinerja',
  'pengukuran-kinerja': 'Pengukuran Kinerja',
  'realisasi-anggaran': 'Realisasi Anggaran',
  efisiensi: 'Efisiensi',
  'skala-penilaian': 'Skala Penilaian',
  lainnya: 'Tabel lain',
};

export type ColumnRole =
  | 'no'
  | 'sasaran'
  | 'indikator'
  | 'satuan'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'uraian'
  | 'anggaran'
  | 'realisasi-anggaran'
  | 'serapan'
  | 'efisiensi'
  | 'predikat'
  | 'keterangan'
  /** Which way the indikator should go: "Positif"/"Negatif", "Maximize"/"Minimize". */
  | 'polaritas'
  | 'jumlah'
  | 'nilai'
  | 'interval';

/** Columns that hold figures (as opposed to names, units, notes). */
export const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target',
  'realisasi',
  'capaian',
  'anggaran',
  'realisasi-anggaran',
  'serapan',
  'efisiensi',
  'jumlah',
  'nilai',
]);

/** What a column's figures are: rupiah, percentages, counts or other numbers, or words. */
export type ColumnUnit = 'money' | 'percent' | 'count' | 'number' | 'text';

export interface TableColumn {
  col: number;
  role: ColumnRole | null;
  /** What its figures are, from its role, its header's units ("(Rp)", "%") and the figures themselves. */
  unit?: ColumnUnit;
  /** For multi-year tables: the year this column belongs to. */
  year?: number;
  /** For tables split by period: "TW I", "Semester II", "s.d. TW IV". */
  period?: string;
  /** Hidden in the workbook: never chosen for a role when a visible column has it. */
  hidden?: boolean;
  /**
   * The empty right half of a column two cells wide (its header and figures merged across a pair of sheet columns),
   * or a spacer column of a sheet laid out with an empty column between every two: no column of its own.
   */
  half?: boolean;
  /**
   * The sheet column holding the rest of this column, where a converter cut it in two (the header merged over both or
   * written over this one only): a row's figure is read from the twin where its own cell is blank, a name written across
   * both halves is both halves' words (recognise/columns dropEmptyHalves, joinCutLabels; TableModel.columnAt).
   */
  twin?: number;
  /** About the end of the Renstra period ("Target Akhir Renstra", "Capaian terhadap Target Akhir Renstra"). */
  renstra?: boolean;
  /**
   * The nation's standard or target the table compares with ("Standar Nasional", "Target SPM", "Target RPJMN"), and the
   * capaian against it ("Capaian thd Standar Nasional (%)"): a target of another basis, never the year's own.
   */
  nasional?: boolean;
  /**
   * The Total of a band split by period ("Realisasi / TW I … TW IV / Total") or by kind ("Anggaran / Belanja Operasi |
   * Belanja Modal | Jumlah"): the band's figure for the whole year, the sum of the columns beside it.
   */
  bandTotal?: boolean;
  /**
   * One of the kinds a Total is split into ("Anggaran / Belanja Modal" beside "Anggaran / Jumlah", "Belanja Pegawai |
   * Belanja Modal | Total Anggaran"): the column of that Total.
   */
  partOf?: number;
  /**
   * Up to a year, counted from the start of the plan ("s.d. Tahun 2024", "Kumulatif"): never the year's own figure, so
   * never matched with another table's figure for that year.
   */
  cumulative?: boolean;
  /** About the year before ("Realisasi Tahun Lalu", "Target Tahun Sebelumnya"): never paired with this year's figures. */
  previous?: boolean;
  /**
   * The capaian of a sasaran beside its indikator's own ("Capaian Sasaran", "Rata-rata Capaian"): the mean of their
   * capaian, written once for the sasaran (in a cell merged down its rows) — no ratio of one row's target and realisasi.
   */
  perSasaran?: boolean;
  /**
   * The role was read from the table's caption, not the column's header ("Tabel 3.3 Capaian Kinerja 2022 – 2024" over
   * a row of years alone): what rows that name their own measure (Target / Realisasi / Capaian) say comes first.
   */
  roleFromCaption?: boolean;
  /** Header text, parent group first ("Anggaran / Realisasi"). */
  header: string;
  /**
   * Money written in thousands, millions … of rupiah ("Pagu (Rp 000)", "dalam jutaan rupiah" above or under the
   * table): what one written unit is worth (1000, 1000000 …). Absent for full rupiah.
   */
  magnitude?: number;
}

export type RowLevel = 'section' | 'program' | 'kegiatan' | 'subkegiatan' | 'total' | 'data';

export interface TableRow {
  row: number;
  level: RowLevel;
  /** Row number of the parent row (a program for a kegiatan, a kegiatan for a sub kegiatan). */
  parent?: number;
  label: string;
  /** Hidden in the workbook: still data (Excel's SUM counts it). */
  hidden?: boolean;
  /**
   * In a table that lays an indikator's figures out downwards ("Target" / "Realisasi" / "Capaian" rows under years):
   * which one this row holds.
   */
  measure?: 'target' | 'realisasi' | 'capaian';
  /**
   * A sub-total's heading: the row that names the group ("PROGRAM PENGELOLAAN PERSAMPAHAN") whose figures this row
   * ("Jumlah Program Pengelolaan Persampahan", under the group's rows) carries.
   */
  heading?: number;
  /**
   * A total that closes one row's group, written below it ("1 | Perencanaan SDM | 311.500.000" … its sub kegiatan …
   * "Jumlah | 311.500.000"): that row, whose children it adds up (TableModel.coveredRows).
   */
  closes?: number;
  /**
   * The other sheet rows its label is written over, top to bottom, where a table pasted from Word or PDF put each line
   * of a wrapped label in a row of its own: the row's name is every line's text (TableModel.shown).
   */
  labelRows?: number[];
}

export interface Band {
  /** Lower bound in percent; undefined = open below. */
  lower?: number;
  lowerInclusive: boolean;
  upper?: number;
  upperInclusive: boolean;
  label: string;
}

export interface Table {
  sheet: string;
  range: RangeRef;
  kind: TableKind;
  headerRows: number;
  columns: TableColumn[];
  rows: TableRow[];
  caption?: string;
  /** Notes written under the table ("*) Indikator negatif: …", "Sumber: …"), as they read. */
  notes?: string[];
  /**
   * How the row hierarchy shows: 'style' (bold, indent, numbering, "- " prefix, separate columns) or 'text' (only
   * the words "Program"/"Kegiatan" tell levels apart — too weak alone to call a sum wrong).
   */
  hierarchy?: 'style' | 'text';
  /** For skala-penilaian tables: the bands read from it. */
  bands?: Band[];
  /** A scale written in a note under the table ("Keterangan predikat: ≥ 90 = Sangat Baik; …"): its bands. */
  noteBands?: Band[];
  /** On a sheet hidden in the workbook (a working copy, an old version): not part of the report as it is read. */
  sheetHidden?: boolean;
  /**
   * The sheet rows of the running sums carried over its page breaks ("Jumlah dipindahkan" at a page's foot, "Jumlah
   * pindahan" at the next page's top), top to bottom: no rows of the table, checked against each other.
   */
  carryRows?: number[];
}

export type Severity = 'galat' | 'peringatan' | 'info';

/** The unit a finding's figures are in: rupiah, percent points, or a count/number (with the row's satuan). */
export type FindingUnit = 'rupiah' | 'persen' | 'angka';

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  related?: string[];
  expected?: string | number | null;
  actual?: string | number | null;
  message: string;
  /** The unit of expected and actual (extra to the contract's required fields; the schema allows them). */
  unit?: FindingUnit;
  /** The row's satuan for counts ("orang", "dokumen"). */
  satuan?: string;
  /** Money written in thousands, millions …: what one written unit of expected and actual is worth. */
  magnitude?: number;
  /** expected and actual written in their unit: "Rp 243.292.000", "79,81 %", "22 orang". */
  expectedText?: string;
  actualText?: string;
  /** |actual − expected|, and in words: "selisih Rp 9.000.000", "selisih 0,04 poin". */
  difference?: number;
  differenceText?: string;
  /** For computed figures, the computation in words: "realisasi ÷ target × 100 = 22 ÷ 13 × 100 = 169,23 %". */
  computation?: string;
}

/** How a year of a plan counted from its first is named as a column's period ("Tahun ke-" / "3" → "tahun ke-3"). */
export const PLAN_YEAR = 'tahun ke-';

/** A column's period that is a year of a plan ("tahun ke-3"): a year of its own, never a part of one year. */
export function isPlanYear(period: string | undefined): boolean {
  return period !== undefined && period.startsWith(PLAN_YEAR);
}

/** The bands over a column, as its header writes them before its own cell ("Realisasi / TW I" → "Realisasi "); '' for none. */
export function headerBand(header: string): string {
  return header.slice(0, header.lastIndexOf(' / ') + 1);
}

/**
 * The period or component columns under the same band as a column ("Realisasi / TW I" … "TW IV" beside "Realisasi /
 * Total", "Anggaran / Belanja Operasi | Belanja Modal" beside "Anggaran / Jumlah").
 */
export function periodsInBand(columns: readonly TableColumn[], total: TableColumn): TableColumn[] {
  const cut = total.header.lastIndexOf(' / ');
  const band = cut < 0 ? undefined : total.header.slice(0, cut + 3);
  return columns.filter((c) => c !== total && !c.half && (c.partOf === total.col || (band !== undefined && c.period && c.header.startsWith(band))));
}

/** How many columns a table has, the empty halves of columns two cells wide not counted. */
export function columnCount(columns: readonly TableColumn[]): number {
  let n = 0;
  for (const c of columns) if (!c.half) n++;
  return n;
}

/** Whether two columns stand side by side, the empty halves of columns two cells wide between them not counted. */
export function sideBySide(columns: readonly TableColumn[], a: number, b: number): boolean {
  if (b <= a) return false;
  for (const c of columns) if (c.col > a && c.col < b && !c.half) return false;
  return true;
}

/** How many periods of each kind make a year. */
export const PERIODS_IN_YEAR: Readonly<Record<string, number>> = { tw: 4, semester: 2, bulan: 12 };

/** Period columns that are one kind's periods 1 … n, each once ("tw 1" … "tw 3"): that kind and n; else undefined. */
export function periodRun(parts: TableColumn[]): { kind: string; count: number } | undefined {
  const periods = parts.map((c) => c.period?.split(' ') ?? []);
  const kind = periods[0]?.[0];
  if (!kind || periods.some(([k]) => k !== kind)) return undefined;
  const numbers = periods.map(([, n]) => Number(n)).sort((a, b) => a - b);
  return numbers.every((n, i) => n === i + 1) ? { kind, count: numbers.length } : undefined;
}

/** Whether `parts` are every period of its kind from the first to the one `c` counts up to, once each, left of it. */
export function runsUpTo(c: TableColumn, parts: TableColumn[]): boolean {
  const [kind, n] = (c.period ?? '').slice(5).split(' ');
  const run = periodRun(parts);
  return parts.length >= 2 && parts.every((x) => x.col < c.col) && run?.kind === kind && run.count === Number(n);
}
