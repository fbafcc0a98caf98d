/**
 * Kind stage: which standard table a table is, from the roles its columns have (and its caption, and the bands it
 * holds). The kinds are data: an ordered list of entries, the first that matches wins. A new kind, or a new way to
 * recognise one, is one entry (CONTRIBUTING.md).
 */
import { Band, ColumnRole, columnCount, TableColumn, TableKind } from '../types';
import { isYearText, norm } from '../vocabulary';
import { SCALE_MAX_COLUMNS } from './thresholds';

export interface KindFeatures {
  has(role: ColumnRole): boolean;
  count(role: ColumnRole): number;
  /** Normalised caption above the table ('' when none). */
  caption: string;
  columns: number;
  bands: number;
  /** A name column headed "Program" (the PK's budget lists programs). */
  programs: boolean;
  /** Rows that name their measure (Target / Realisasi / Capaian under the years: measure-rows.ts). */
  measureRows: boolean;
  /** Target columns for a whole year (a quarter's target, "Target TW II", not counted). */
  yearTargets: number;
  /** The years the table's targets and unnamed figures stand under ("Kondisi Awal 2020 | 2021 | … | 2026"). */
  years: number;
  /** A figure column headed as an efisiensi: the money saved ("Efisiensi (Rp)", pagu − realisasi; columns.refineRoles). */
  moneySaved: boolean;
  /** Columns of rupiah. */
  money: number;
}

/** A figure before or after a revision ("Target Awal", "Target Murni", "Target Perubahan", "Target setelah Perubahan"). */
const REVISION = /\b(awal|murni|induk|semula|perubahan|revisi|sebelum|sesudah|setelah|menjadi)\b/;

/** Target columns for a whole year, a target before and after its revision counted once. */
function yearTargets(columns: TableColumn[]): number {
  const whole = columns.filter((c) => c.role === 'target' && !c.period);
  const revised = whole.filter((c) => REVISION.test(norm(c.header))).length;
  return whole.length - revised + (revised > 0 ? 1 : 0);
}

/**
 * How many years a table's targets and its columns headed by a year alone ("2021", "Tahun 2022") stand under, each
 * year once (quarters not counted; "Kondisi Awal 2022", a baseline, is no year of targets).
 */
function yearsOfValues(columns: TableColumn[]): number {
  const years = new Set<number>();
  for (const c of columns) {
    if (c.year === undefined || c.period || c.nasional) continue;
    if (c.role === 'target' || (c.role === 'nilai' && isYearText(c.header.split(' / ').pop() ?? ''))) years.add(c.year);
  }
  return years.size;
}

export interface KindRule {
  kind: TableKind;
  /** Why this entry is right, in one line: the report layout it stands for. */
  why: string;
  when(f: KindFeatures): boolean;
}

const performanceSubject = (f: KindFeatures) => f.has('indikator') || f.has('sasaran') || f.has('uraian');
const captionSaysPk = (f: KindFeatures) => /perjanjian kinerja/.test(f.caption);

export const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'pengukuran-kinerja',
    why: "an indikator's Target, Realisasi and Capaian rows under the years (a pengukuran laid out downwards)",
    when: (f) => f.measureRows,
  },
  { kind: 'skala-penilaian', why: 'a few rows of interval | label in a narrow table', when: (f) => f.bands >= 2 && f.columns <= SCALE_MAX_COLUMNS },
  { kind: 'efisiensi', why: 'an efisiensi column (capaian − serapan)', when: (f) => f.has('efisiensi') },
  {
    kind: 'efisiensi',
    why: 'capaian kinerja beside the money saved ("Efisiensi (Rp)": what the kinerja was achieved for below the pagu)',
    when: (f) => f.has('capaian') && f.moneySaved,
  },
  {
    kind: 'efisiensi',
    why: 'capaian kinerja beside serapan anggaran, with neither the targets nor the money they come from (efisiensi told in words)',
    when: (f) => f.has('capaian') && f.has('serapan') && !f.has('target') && !f.has('realisasi') && !f.has('anggaran') && !f.has('realisasi-anggaran'),
  },
  {
    kind: 'pengukuran-kinerja',
    why: 'indikator with target, realisasi and capaian, the budget beside them (pengukuran with budget columns)',
    when: (f) =>
      f.has('indikator') &&
      f.has('target') &&
      f.has('realisasi') &&
      f.has('capaian') &&
      (f.has('anggaran') || f.has('realisasi-anggaran')) &&
      // a caption of the budget alone makes it the budget table; one that names the kinerja too does not
      !(/realisasi anggaran|keuangan|belanja/.test(f.caption) && !/kinerja/.test(f.caption)),
  },
  {
    kind: 'realisasi-anggaran',
    why: 'pagu with realisasi anggaran or % serapan',
    when: (f) => f.has('anggaran') && (f.has('realisasi-anggaran') || f.has('serapan')),
  },
  { kind: 'realisasi-anggaran', why: 'realisasi anggaran with % serapan', when: (f) => f.has('realisasi-anggaran') && f.has('serapan') },
  {
    kind: 'realisasi-anggaran',
    why: 'anggaran and realisasi with no performance target or capaian',
    when: (f) => f.has('anggaran') && f.has('realisasi') && !f.has('capaian') && !f.has('target'),
  },
  {
    kind: 'pengukuran-kinerja',
    why: 'realisasi or capaian of an indikator, sasaran or program, or against a target',
    when: (f) => (f.has('realisasi') || f.has('capaian')) && (performanceSubject(f) || f.has('target')),
  },
  {
    kind: 'lainnya',
    why: "several target columns, or a target beside figures of three years or more with nothing realised (a Renstra target table: one per year, 'Kondisi Awal | 2021 … 2026 | Kondisi Akhir') without a PK caption",
    when: (f) =>
      f.has('target') &&
      (f.has('indikator') || f.has('sasaran')) &&
      (f.yearTargets >= 2 || (f.years >= 3 && !f.has('realisasi') && !f.has('capaian'))) &&
      !captionSaysPk(f),
  },
  // (a year's target with its quarters' beside it is the PK's, the quarters its rencana aksi)
  { kind: 'perjanjian-kinerja', why: 'targets of indikator or sasaran', when: (f) => f.has('target') && (f.has('indikator') || f.has('sasaran')) },
  { kind: 'perjanjian-kinerja', why: 'sasaran with their anggaran', when: (f) => f.has('sasaran') && f.has('anggaran') },
  {
    kind: 'perjanjian-kinerja',
    why: 'the PK budget: programs and their anggaran, nothing realised yet (No | Program | Anggaran)',
    // only the budget: a table that also counts something per program (beneficiaries, outputs) is another report
    when: (f) =>
      f.programs &&
      f.count('anggaran') >= 1 &&
      ['realisasi', 'realisasi-anggaran', 'serapan', 'capaian', 'target', 'jumlah', 'nilai'].every((r) => !f.has(r as ColumnRole)),
  },
  {
    kind: 'perjanjian-kinerja',
    why: 'captioned Perjanjian Kinerja, with sasaran or indikator',
    when: (f) => captionSaysPk(f) && (f.has('sasaran') || f.has('indikator')),
  },
  {
    kind: 'realisasi-anggaran',
    why: 'amounts of programmes or accounts under a caption of money realised ("Realisasi Belanja per Jenis Belanja": Pegawai | Barang dan Jasa | Modal | Jumlah)',
    when: (f) =>
      /\brealisasi (anggaran|belanja|keuangan|pendapatan)\b/.test(f.caption) &&
      f.has('uraian') &&
      f.money >= 2 &&
      !f.has('indikator') &&
      !f.has('target') &&
      !f.has('capaian'),
  },
];

export function classify(columns: TableColumn[], caption: string | undefined, bands: Band[] | undefined, measureRows = false): TableKind {
  const counts = new Map<ColumnRole, number>();
  for (const c of columns) if (c.role) counts.set(c.role, (counts.get(c.role) ?? 0) + 1);
  const f: KindFeatures = {
    has: (r) => (counts.get(r) ?? 0) > 0,
    count: (r) => counts.get(r) ?? 0,
    caption: norm(caption ?? ''),
    columns: columnCount(columns),
    bands: bands?.length ?? 0,
    programs: columns.some((c) => c.role === 'uraian' && /program/i.test(c.header)),
    measureRows,
    // (a PK's target before and after its revision, "Target Awal | Target Perubahan", is one target, not two years')
    yearTargets: yearTargets(columns),
    years: yearsOfValues(columns),
    moneySaved: columns.some((c) => c.role === 'nilai' && /^efisiensi\b/.test(norm(c.header.split(' / ').pop() ?? ''))),
    money: columns.filter((c) => c.unit === 'money').length,
  };
  return KIND_RULES.find((k) => k.when(f))?.kind ?? 'lainnya';
}
