/**
 * Facts: the same program, sasaran or indikator carries a figure in several tables (the PK's program anggaran,
 * the budget table's pagu, a pengukuran target, an efisiensi realisasi, a multi-year comparison). Indexed by a
 * normalised name, the measure and the year, in maps (never nested scans), for lintas-sheet and angka-tidak-valid.
 */
import Decimal from 'decimal.js';
import { a1 } from '../address';
import { abbreviatedValue, Figure, makeFigure, ParsedFigure } from '../figures';
import { TableModel } from '../model';
import { HUNDRED, percentOf } from '../measures';
import { asFigure, indicatorText, ratioColumns } from '../ratios';
import { ColumnRole, isPlanYear, TableColumn, TableRow } from '../types';
import { captionYearOf, explicitLevel, isCountIndicator, nameAbbreviation, norm, normaliseName, spacedCode } from '../vocabulary';
import { cellsRef, onceEachRepeat } from './util';

/** A table whose capaian stands beside a target with no realisasi: the value achieved, or its share of the target. */
const achievedOrShare = (t: TableModel): boolean =>
  t.columns.some((c) => c.role === 'target' && !c.nasional) && !t.columns.some((c) => c.role === 'realisasi' && !c.nasional);

export type Measure = 'anggaran' | 'realisasi-anggaran' | 'serapan' | 'target' | 'realisasi' | 'capaian';
const MEASURES: Measure[] = ['anggaran', 'realisasi-anggaran', 'serapan', 'target', 'realisasi', 'capaian'];
const STANDARD = new Set(['perjanjian-kinerja', 'pengukuran-kinerja', 'realisasi-anggaran', 'efisiensi']);

export interface Fact {
  key: string;
  name: string;
  /** The name as normaliseName gives it. */
  normName: string;
  measure: Measure;
  year?: number;
  table: TableModel;
  tableIndex: number;
  row: TableRow;
  cell: string;
  figure: ParsedFigure;
  /** Money written in thousands, millions …: what one written unit is worth (the column's magnitude). */
  magnitude?: number;
  /**
   * The row's figures in the table's other columns of the measure, where it stands by one of them ("Pagu Murni" beside
   * the "Pagu Perubahan" it uses): a PK signed on the pagu before the revision agrees with the table too.
   */
  alternatives?: ParsedFigure[];
  /** A sum made by us (a sasaran's programs in the PK, a programme's kegiatan); the cells it sums. */
  derivedFrom?: string[];
  /** What such a sum adds up: a sasaran's programmes, a programme's kegiatan. */
  sumOf?: 'program' | 'kegiatan';
  /** Not a sum but a mean made by us: a sasaran's capaian as the mean of its indikator's. */
  meanOfIndikator?: boolean;
  /** A year's realisasi made by us from its periods (TW I … TW IV): their sum for a count, the last for a state. */
  ofPeriods?: boolean;
  derivedValue?: Decimal;
  /** A serapan its own table works out from the pagu and realisasi beside it (which are matched themselves). */
  derivable?: boolean;
  /**
   * Which budget of the year the figure is of, where its column, table caption or sheet says: the original ("Murni",
   * "Awal", "Induk") or the revised one ("Perubahan", "APBD-P"). A PK Awal and a PK Perubahan differ by design.
   */
  revision?: Revision;
}

export type Revision = 'murni' | 'perubahan';

/** "Pagu Murni", "PK Awal", "APBD Induk", "Sebelum Perubahan": the budget as first set. */
const ORIGINAL = /\b(murni|awal|induk)\b|\bsebelum perubahan\b/;

/**
 * Whether figures that agree with one revision of the budget alone `own` times, and with the other alone `other` times,
 * evidently follow it: at least two, and no more than a third as many the other way (one among three is a slip) — or,
 * where it is the revised budget, fewer the other way (once the budget is revised, the revision is what is measured).
 */
export function evidentlyFollows(own: number, other: number, ownIsRevised: boolean): boolean {
  return own >= 2 && (other * 3 <= own || (ownIsRevised && other < own));
}

/** What a text says of the revision: the revised budget, the original, or nothing. */
export function revisionOf(text: string | undefined): Revision | undefined {
  if (!text) return undefined;
  const t = norm(text);
  return REVISED.test(t) ? 'perubahan' : ORIGINAL.test(t) ? 'murni' : undefined;
}

/** A fact's revision: its column's header, else its table's caption, else its sheet's name. */
function factRevision(t: TableModel, col: TableColumn): Revision | undefined {
  return revisionOf(col.header) ?? revisionOf(t.caption) ?? revisionOf(t.sheet);
}

/** A programme, kegiatan or sub kegiatan code: "1.02.02", "1.02.02.2.01", "5.01.1.06.01" (two dots at least). */
const CODE = String.raw`((?:\d{1,2}|[Xx]{1,2})(?:\.(?:\d{1,3}|[Xx]{1,2})){2,6})\.?`;
/** The code before the name (in its own cell, or leading it). */
const CODE_RE = new RegExp(String.raw`^${CODE}(?:\s|$)`);
/** The same code in brackets after the name: "Program Penunjang … (1.06.01)", "… [Kode: 1.06.01]". */
const TRAILING_CODE_RE = new RegExp(String.raw`[([]\s*(?:kode\s*:?\s*)?${CODE}\s*[)\]]$`, 'i');

/** The code written before a budget line's name (in its own cell, or leading the name), normalised: "01.02.02" = "1.2.2". */
export function codeOf(t: TableModel, row: TableRow | number, valueCol: number): string | undefined {
  const code = codeIn(t, row, valueCol);
  if (code !== undefined || typeof row === 'number' || !row.labelRows) return code;
  // (a name wrapped over rows: its code on another of its lines, the first)
  for (const r of row.labelRows) {
    const c = codeIn(t, r, valueCol);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** The first code written left of a figure's column in a row. */
function codeIn(t: TableModel, row: TableRow | number, valueCol: number): string | undefined {
  for (const [col, code] of codesOfRow(t, typeof row === 'number' ? row : row.row)) {
    if (col >= valueCol) break;
    return code;
  }
  return undefined;
}

/**
 * A row's codes, normalised, with the columns they stand in, left to right: read once per row for all its measures'
 * columns (a flat list of 50k budget lines is asked it for each of its pagu, realisasi and serapan).
 */
function codesOfRow(t: TableModel, row: number): ReadonlyArray<readonly [number, string]> {
  let byRow = rowCodes.get(t);
  if (!byRow) rowCodes.set(t, (byRow = new Map()));
  let codes = byRow.get(row);
  if (codes) return codes;
  let found: Array<readonly [number, string]> | undefined;
  for (const c of t.cellsOf(row)) {
    if (typeof c.value !== 'string') continue;
    // (a code typed with spaces between its parts, "1 02 02", read in its dotted form)
    const v = c.value.trim();
    const m = CODE_RE.exec(spacedCode(v) ?? v) ?? TRAILING_CODE_RE.exec(v);
    if (m) {
      const code = m[1]
        .split('.')
        .map((x) => (/^\d+$/.test(x) ? String(parseInt(x, 10)) : x.toUpperCase()))
        .join('.');
      (found ??= []).push([c.col, code]);
    }
  }
  codes = found ?? NO_CODES;
  byRow.set(row, codes);
  return codes;
}

const NO_CODES: ReadonlyArray<readonly [number, string]> = [];
const rowCodes = new WeakMap<TableModel, Map<number, ReadonlyArray<readonly [number, string]>>>();

const NAME_ROLES: Record<Measure, ColumnRole[]> = {
  anggaran: ['uraian', 'indikator', 'sasaran'],
  'realisasi-anggaran': ['uraian', 'indikator', 'sasaran'],
  serapan: ['uraian', 'indikator', 'sasaran'],
  target: ['indikator', 'sasaran', 'uraian'],
  realisasi: ['indikator', 'sasaran', 'uraian'],
  capaian: ['indikator', 'sasaran', 'uraian'],
};

const SASARAN_ONLY: ColumnRole[] = ['sasaran'];

function nameOf(
  t: TableModel,
  row: TableRow,
  roles: readonly ColumnRole[],
  valueCol: number,
  normalise: (s: string) => string,
): { text: string; normName: string; role: ColumnRole; header: string } | undefined {
  for (const role of roles) {
    // the name column nearest to the left of the figure (Gowa's PK evaluation table has two indikator columns)
    for (let k = t.columns.length - 1; k >= 0; k--) {
      const c = t.columns[k];
      if (c.role !== role || c.col >= valueCol) continue;
      // (a sub-total is named by its heading: "Jumlah Program Pengelolaan Persampahan" is that programme's)
      const v = t.shown(row.heading !== undefined ? (t.rowAt(row.heading) ?? row.heading) : row, c);
      if (typeof v !== 'string') continue;
      const normName = normalise(v);
      if (normName.length >= 3) return { text: v, normName, role, header: c.header };
    }
  }
  return undefined;
}

/**
 * The programme a label names before a colon, its indikator after it ("Program Pengelolaan Pendidikan: Angka
 * Partisipasi Murni SD", one cell for both, as some PKs write them); undefined for any other label.
 */
export function programmeBefore(label: string): string | undefined {
  const at = label.indexOf(':');
  if (at < 0) return undefined;
  const head = label.slice(0, at).trim();
  return label.slice(at + 1).trim().length >= 3 && head.split(/\s+/).length >= 2 && explicitLevel(head) === 'program' ? head : undefined;
}

/**
 * Whether a budget line is a kegiatan's: in a PK or a programme budget, a row under a name column headed by Kegiatan
 * (not Program, not Sub Kegiatan) or a label that says it is one; elsewhere a row the hierarchy reads as a kegiatan, a
 * label that says so (`stated`: the level the label names), or a kegiatan's code (urusan.bidang.program.x.kegiatan: five parts).
 */
function isKegiatanBudget(
  t: TableModel,
  row: TableRow,
  named: { header: string },
  stated: ReturnType<typeof explicitLevel>,
  code: string | undefined,
  programBudget: boolean,
): boolean {
  if (stated !== undefined) return stated === 'kegiatan';
  // (so is a flat budget's row, an eselon IV's kegiatan listed alone: "Kode | Kegiatan | Pagu | Realisasi")
  if (t.kind === 'perjanjian-kinerja' || programBudget || !t.hasHierarchy()) {
    const header = norm(named.header.split(' / ').pop() ?? '');
    if (/\bkegiatan\b/.test(header) && !/\b(program|sub ?kegiatan)\b/.test(header)) return true;
    // (a PK's "Program/Kegiatan" list: a kegiatan is a row its programme's row stands over)
    if (t.kind === 'perjanjian-kinerja' || programBudget) return row.level === 'kegiatan' && row.parent !== undefined;
  }
  return row.level === 'kegiatan' || (code !== undefined && code.split('.').length === 5);
}

/**
 * The rows of a budget table that are the PK's programmes, where the table marks them by no style, code or word (a
 * flat list of programmes and their kegiatan as a converter or an export leaves it): rows of no parent whose names are
 * the PK's programmes', each once in the table, confirmed by the sum — with the rows it already reads as programmes,
 * their pagu adds up to the table's total. Undefined where nothing is so confirmed.
 */
function programmesNamedByPk(t: TableModel, pkNames: ReadonlySet<string>, normalise: (s: string) => string): Set<TableRow> | undefined {
  const pagu = t.lastColumn('anggaran');
  const totals = t.rows.filter((r) => r.level === 'total');
  if (!pagu || !totals.length) return undefined;
  const byName = new Map<string, TableRow | null>();
  for (const row of t.rows) {
    if (row.parent !== undefined || row.level === 'total' || row.level === 'section' || row.level === 'program') continue;
    const named = nameOf(t, row, ['uraian'], pagu.col, normalise);
    if (!named || !pkNames.has(named.normName)) continue;
    byName.set(named.normName, byName.has(named.normName) ? null : row);
  }
  const matched = [...byName.values()].filter((r): r is TableRow => r !== null);
  if (!matched.length) return undefined;
  let sum = 0;
  for (const row of [...matched, ...t.rows.filter((r) => r.level === 'program' && r.parent === undefined)]) {
    const f = t.figure(row, pagu);
    if (f.kind !== 'figure') return undefined;
    sum += f.num;
  }
  const adds = totals.some((r) => {
    const f = t.figure(r, pagu);
    return f.kind === 'figure' && Math.abs(f.num - sum) < 0.5;
  });
  return adds ? new Set(matched) : undefined;
}

/** "Pagu Perubahan", "P-APBD": the pagu as revised during the year (not "Sebelum Perubahan"). */
const REVISED = /(?<!sebelum )perubahan\b|\bp-?apbd\b|\bapbd-?p\b/;

/**
 * Of several columns of one measure that no year or period tells apart ("Pagu Murni | Pagu Perubahan"), the one the
 * table stands by: the one its serapan or capaian is computed from, else the revised one.
 */
function standingColumn(t: TableModel, cols: TableColumn[]): TableColumn | undefined {
  const inRatio = cols.filter((c) => ratioColumns(t).some((rc) => rc.base === c || rc.part === c));
  if (inRatio.length === 1) return inRatio[0];
  const revised = cols.filter((c) => REVISED.test(norm(c.header)));
  return revised.length === 1 ? revised[0] : undefined;
}

function dominantYear(tables: TableModel[]): number | undefined {
  const votes = new Map<number, number>();
  for (const t of tables) {
    if (!STANDARD.has(t.kind)) continue;
    for (const m of MEASURES) {
      // (the Renstra's end year, "Target Akhir Renstra 2026", is not the year the report is of)
      const cols = t.columns.filter((c) => c.role === m && !c.perSasaran && !c.renstra && !c.nasional);
      if (cols.length === 1 && cols[0].year) votes.set(cols[0].year, (votes.get(cols[0].year) ?? 0) + 1);
    }
  }
  return mostVoted(votes);
}

/** The year with the most votes, the latest of equals. */
function mostVoted(votes: Map<number, number>): number | undefined {
  let best: number | undefined;
  for (const [y, n] of votes) if (best === undefined || n > (votes.get(best) ?? 0) || (n === votes.get(best) && y > best)) best = y;
  return best;
}

/** The year a table's caption names, else its sheet's name ("RKT 2025"), if one. */
function tableYear(t: TableModel): number | undefined {
  return (t.caption ? captionYearOf(t.caption) : undefined) ?? captionYearOf(t.sheet);
}

/** The year most of the standard tables' captions (or sheets) name (the latest of equals). */
function dominantCaptionYear(tables: TableModel[]): number | undefined {
  const votes = new Map<number, number>();
  for (const t of tables) {
    const y = STANDARD.has(t.kind) ? tableYear(t) : undefined;
    if (y !== undefined) votes.set(y, (votes.get(y) ?? 0) + 1);
  }
  return mostVoted(votes);
}

/** The table's rows in groups, each under a name written once in `col` (merged over its rows, or left blank below). */
function groupsUnder(t: TableModel, col: TableColumn, normalise: (s: string) => string): Array<{ name: string; rows: TableRow[] }> {
  const groups: Array<{ name: string; rows: TableRow[] }> = [];
  for (const r of t.rows) {
    if (r.level === 'section' || r.level === 'total') continue;
    const v = t.shown(r, col);
    if (typeof v === 'string' && v.trim() && (!groups.length || normalise(v) !== normalise(groups[groups.length - 1].name)))
      groups.push({ name: v.trim(), rows: [] });
    if (groups.length) groups[groups.length - 1].rows.push(r);
  }
  return groups;
}

type Group = { name: string; rows: TableRow[] };

/** Where a fact we work out stands: its table, the measure and year it is of, the name it is matched by. */
interface MadeIn {
  t: TableModel;
  tableIndex: number;
  measure: Measure;
  year: number | undefined;
  normName: string;
}

/** A figure we work out (a sum, a mean, a year from its periods), as a fact of a name over the cells it is made of. */
function madeFact(at: MadeIn, name: string, row: TableRow, range: string, figure: Figure): Fact {
  const { t, tableIndex, measure, year, normName } = at;
  return {
    key: `${normName}|${measure}|${year ?? ''}`,
    name,
    normName,
    measure,
    year,
    table: t,
    tableIndex,
    row,
    cell: range,
    figure,
    derivedFrom: [range],
    derivedValue: figure.value,
  };
}

/** A figure we work out for a group of rows in one column (its sum, its mean). */
function groupFact(at: MadeIn, g: Group, col: TableColumn, value: Decimal, unit: 'rupiah' | 'persen'): Fact {
  // (the rows' cells where they stand: a column cut in two holds some in its twin, TableModel.columnAt)
  const refs = cellsRef(
    g.rows.map((r) => r.row),
    col.col,
    at.t,
  );
  const range = refs.length === 1 ? refs[0] : `${a1(g.rows[0].row, col.col)}:${a1(g.rows[g.rows.length - 1].row, col.col)}`;
  return madeFact(at, g.name, g.rows[0], range, makeFigure(value.toNumber(), value, { unit, fromText: false, decimals: unit === 'rupiah' ? 0 : 2 }));
}

/** A group's figures in a column summed, as a fact of the group's name (undefined where one of them is no figure). */
function sumFact(at: MadeIn, g: Group, col: TableColumn, sumOf?: Fact['sumOf']): Fact | undefined {
  let sum = new Decimal(0);
  for (const r of g.rows) {
    const f = at.t.figure(r, col);
    if (f.kind !== 'figure') return undefined;
    sum = sum.plus(f.value);
  }
  return {
    ...groupFact(at, g, col, sum, 'rupiah'),
    ...(sumOf ? { sumOf } : {}),
    magnitude: col.magnitude,
    revision: factRevision(at.t, col),
  };
}

/** A group's capaian as the mean of its rows' (undefined where one of them is no percentage). */
function meanFact(at: MadeIn, g: Group, col: TableColumn): Fact | undefined {
  let sum = new Decimal(0);
  for (const r of g.rows) {
    const f = asFigure(at.t.figure(r, col));
    if (!f) return undefined;
    sum = sum.plus(percentOf(f, HUNDRED).value);
  }
  return { ...groupFact(at, g, col, sum.div(g.rows.length), 'persen'), meanOfIndikator: true };
}

/**
 * A fact kept under its key, unless the key came already with another figure (a name twice in one table: neither can
 * be matched). The same figure again is the same fact (a programme's anggaran written beside each of its indikator):
 * the first is kept.
 */
function keepOnce(seen: Map<string, Fact | null>, key: string, fact: Fact): void {
  if (!seen.has(key)) return void seen.set(key, fact);
  const first = seen.get(key);
  if (first && first.figure.kind === 'figure' && fact.figure.kind === 'figure' && first.figure.value.equals(fact.figure.value)) return;
  seen.set(key, null);
}

/**
 * Whether two normalised names are one name with a slip of the keyboard in one word ("rehabilitasi sosial" and
 * "rehabiltasi sosial"): the same words but one, that one a long word of letters both ways, a letter left out, put in,
 * changed or two swapped (two such in a word of ten letters or more). A short word or a number that differs names
 * another thing ("sd" and "smp", "kegiatan 1" and "kegiatan 2").
 */
export function oneWordSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length < 2 || wa.length !== wb.length) return false;
  let at = -1;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0) return false;
  const x = wa[at];
  const y = wb[at];
  if (x.length < 5 || y.length < 5 || /[^a-z]/.test(x) || /[^a-z]/.test(y)) return false;
  return editDistance(x, y, 2) <= (Math.min(x.length, y.length) >= 10 ? 2 : 1);
}

/** The edit distance of two words (a swap of neighbours counted once), or limit + 1 once it is past the limit. */
function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

/**
 * Names of two tables that are one name but for a slip of the keyboard (oneWordSlip), each met nowhere else: their
 * facts joined under one key, so the PK's "Program Rehabiltasi Sosial" meets the budget's "Program Rehabilitasi
 * Sosial". Only a pair that is each other's one such name; never a name another table writes as it is.
 */
function joinSlips(index: Map<string, Fact[]>): void {
  // the keys whose facts are of one table only, by what follows the name (measure, year, level)
  const lone = new Map<string, Array<{ key: string; name: string; table: number }>>();
  for (const [key, list] of index) {
    if (key.startsWith('#') || list.some((f) => f.tableIndex !== list[0].tableIndex)) continue;
    const bar = key.indexOf('|');
    const rest = key.slice(bar);
    let group = lone.get(rest);
    if (!group) lone.set(rest, (group = []));
    group.push({ key, name: key.slice(0, bar), table: list[0].tableIndex });
  }
  for (const group of lone.values()) {
    // (a few hundred names at most are compared pairwise: a list of thousands met nowhere is no list of slips)
    if (group.length < 2 || group.length > MAX_SLIP_NAMES) continue;
    const partners = group.map((a) => group.filter((b) => b.table !== a.table && oneWordSlip(a.name, b.name)));
    group.forEach((a, i) => {
      const [b] = partners[i];
      if (partners[i].length !== 1 || a.key > b.key) return;
      const back = partners[group.indexOf(b)];
      if (back.length !== 1 || back[0] !== a) return;
      const into = index.get(a.key) as Fact[];
      into.push(...(index.get(b.key) as Fact[]));
      index.delete(b.key);
    });
  }
}

/** The most names met nowhere else, of one measure and year, compared for slips of the keyboard. */
const MAX_SLIP_NAMES = 600;

/**
 * Every fact of the workbook's tables, by name, measure and year. For matching across tables (`forMatching`), a
 * kegiatan's budget named by its name is left out where only one table names kegiatan so: it has nothing to meet (a
 * budget table of 200k rows names tens of thousands of kegiatan no other table does). Every other fact is the same, in
 * the same order.
 */
export function collectFacts(tables: TableModel[], forMatching = false): Map<string, Fact[]> {
  const index = new Map<string, Fact[]>();
  /** The tables with a kegiatan's budget named by its name (left out for matching). */
  const kegiatanNamed = new Set<number>();
  // the year the workbook reports: its columns' (Target 2024), else its captions' (Perjanjian Kinerja Tahun 2024)
  const year0 = dominantYear(tables) ?? dominantCaptionYear(tables);
  // a row's name is read for each of its measures: normalised once per distinct text
  const normalised = new Map<string, string>();
  const normalise = (s: string) => {
    let n = normalised.get(s);
    if (n === undefined) {
      n = normaliseName(s);
      normalised.set(s, n);
    }
    return n;
  };
  const add = (f: Fact) => {
    const list = index.get(f.key);
    if (list) list.push(f);
    else index.set(f.key, [f]);
  };
  // the programmes the PKs name, for a budget table that marks its own by nothing but their names
  const pkNames = new Set<string>();
  for (const t of tables) {
    const anggaran = t.kind === 'perjanjian-kinerja' && !t.sheetHidden ? t.columns.find((c) => c.role === 'anggaran') : undefined;
    if (anggaran)
      for (const row of t.rows) {
        // (named as its anggaran's fact is: the name column nearest left of it)
        const named = row.level === 'total' || row.level === 'section' ? undefined : nameOf(t, row, ['uraian'], anggaran.col, normalise);
        if (named && !isKegiatanBudget(t, row, named, explicitLevel(named.text), undefined, false)) pkNames.add(named.normName);
      }
  }
  tables.forEach((t, tableIndex) => {
    // Other tables count when they list program budgets ("Rencana Anggaran": No | Program | Anggaran).
    const programBudget =
      t.kind === 'lainnya' && t.columns.some((c) => c.role === 'anggaran') && t.columns.some((c) => c.role === 'uraian' && /program/i.test(c.header));
    if (!STANDARD.has(t.kind) && !programBudget) return;
    // a hidden sheet is a working copy or an old version, not what the report says: its figures contradict nothing
    if (t.sheetHidden) return;
    const ownYear = tableYear(t);
    // the rows a measure's figures are read from, sifted once per table (a 200k-row budget has a few hundred programmes):
    // no section or total; for amounts outside a PK or a programme budget, no kegiatan or sub kegiatan either (their
    // names recur under many parents and are never matched)
    let namedRows: TableRow[] | undefined;
    let programRows: TableRow[] | undefined;
    const unmarked = pkNames.size && t.kind === 'realisasi-anggaran' ? programmesNamedByPk(t, pkNames, normalise) : undefined;
    const rowsOf = (amount: boolean): TableRow[] =>
      amount && t.kind !== 'perjanjian-kinerja' && !programBudget
        ? (programRows ??= t.rows.filter((r) => r.level !== 'section' && r.level !== 'total' && r.level !== 'subkegiatan'))
        : (namedRows ??= t.rows.filter((r) => r.level !== 'section' && r.level !== 'total'));
    for (const m of MEASURES) {
      // a sasaran's capaian beside its indikator's ("Capaian Sasaran"): a figure of the sasaran, named by it
      // (a figure counted up to the year, "s.d. 2024", is not the year's: it contradicts nothing of that year)
      // (nor is the Renstra's end target without its year, or a capaian against it, "Capaian terhadap Target Renstra")
      // (nor a lone Capaian beside a target with no realisasi: it may be the value achieved itself, a hospital's "Target
      // ≥ 85 % | Capaian 91,2 %", as well as its share of the target — either reading, the other table's figure may be)
      const cols = t.columns.filter(
        (c) =>
          c.role === m &&
          !c.perSasaran &&
          !c.cumulative &&
          !c.nasional &&
          !(c.renstra && (!c.year || m === 'capaian')) &&
          !(m === 'capaian' && achievedOrShare(t)),
      );
      const ofSasaran = t.columns.filter((c) => c.role === m && c.perSasaran);
      // In a multi-year table only the columns that say their year can be matched.
      // (or, in a table split by period, the one column for the whole year: "Realisasi / Total" beside TW I … TW IV)
      const wholeYear = cols.filter((c) => !c.period && c.partOf === undefined);
      const standing = wholeYear.length > 1 && !cols.some((c) => c.year) ? standingColumn(t, wholeYear) : undefined;
      // (a quarter's column, "Kinerja Triwulan 2025 / TW I", is of that year but not the year's figure)
      const usable: TableColumn[] =
        cols.length > 1 ? (cols.some((c) => c.year) ? wholeYear.filter((c) => c.year) : wholeYear.length === 1 ? wholeYear : standing ? [standing] : []) : cols;
      for (const col of [...usable, ...ofSasaran]) {
        // a column without a year of its own is the year its table's caption or sheet names ("Tabel 3.3 Capaian Kinerja
        // Tahun 2023" above last year's table), else the year the workbook's tables report
        const year = col.year ?? ownYear ?? year0;
        const seen = new Map<string, Fact | null>();
        const revision = factRevision(t, col);
        // (a serapan its own table works out from its pagu and realisasi: those are matched themselves)
        const derivable = m === 'serapan' && ratioColumns(t).some((rc) => rc.kind === 'serapan' && rc.ratio === col) ? true : undefined;
        // (a programme's serapan is its budget's: matched as its amounts are)
        const amount = m === 'anggaran' || m === 'realisasi-anggaran' || m === 'serapan';
        for (const row of rowsOf(amount)) {
          const cellFigure = t.figure(row, col);
          // (a budget in words, "Rp 1,85 Miliar", is compared to its shown precision: it is no figure to sum)
          const written = m === 'anggaran' || m === 'realisasi-anggaran' ? abbreviatedValue(cellFigure) : undefined;
          const fig = written?.figure ?? cellFigure;
          if (fig.kind === 'empty' || fig.kind === 'text') continue;
          let named = nameOf(t, row, col.perSasaran ? SASARAN_ONLY : NAME_ROLES[m], col.col, normalise);
          if (!named) continue;
          // (a budget beside "Program Pengelolaan Pendidikan: Angka Partisipasi Murni SD" is the programme's)
          const head = amount ? programmeBefore(named.text) : undefined;
          if (head) named = { ...named, text: head, normName: normalise(head), role: 'uraian' };
          // Budget figures are matched by program (or sasaran/indikator) only: kegiatan and sub kegiatan names
          // such as "Penyediaan Sandang" recur under many parents.
          // a budget line with its programme code (Kepmendagri 90: "1.02.02") is also matched by the code, so that
          // "Program Peningkatan Kapasitas SDM Kesehatan" meets its full name in the other table
          const code = amount ? codeOf(t, row.heading ?? row, col.col) : undefined;
          // a serapan is matched for a programme only (one an indikator is given is an allotment of its own)
          if (m === 'serapan' && named.role !== 'uraian') continue;
          // a kegiatan's budget (a PK of kegiatan, "Kegiatan | Indikator | Target | Anggaran"; a kegiatan row of the LRA) is
          // matched with that kegiatan's only, by its code or its name among the kegiatan
          let level = '';
          if (amount && named.role === 'uraian') {
            // (the level its label states, read once for both)
            const stated = explicitLevel(named.text);
            const kegiatan = !unmarked?.has(row) && isKegiatanBudget(t, row, named, stated, code, programBudget);
            if (kegiatan) level = '|kegiatan';
            const isProgram =
              !kegiatan &&
              (row.level === 'program' ||
                stated === 'program' ||
                t.kind === 'perjanjian-kinerja' ||
                programBudget ||
                // a flat list under a header that says Program alone, or a row with a programme's code (urusan.bidang.program)
                (row.parent === undefined && !t.hasHierarchy() && /^program$/i.test(named.header.split(' / ').pop()?.trim() ?? '')) ||
                (code !== undefined && code.split('.').length === 3) ||
                unmarked?.has(row) === true);
            if (!isProgram && !kegiatan) continue;
          }
          const n = named.normName;
          const fact = (key: string): Fact => ({
            key,
            name: named.text.trim(),
            normName: n,
            measure: m,
            year,
            table: t,
            tableIndex,
            row,
            cell: t.address(row, col),
            figure: fig,
            magnitude: written?.magnitude ?? col.magnitude,
            derivable,
            revision,
            alternatives: col === standing ? wholeYear.filter((c) => c !== col).map((c) => t.figure(row, c)) : undefined,
          });
          if (code) {
            const codeKey = `#${code}|${m}|${year ?? ''}`;
            keepOnce(seen, codeKey, fact(codeKey));
          }
          // A name that appears twice in one table cannot be matched without guessing.
          if (forMatching && level) {
            kegiatanNamed.add(tableIndex);
            continue;
          }
          const key = `${n}|${m}|${year ?? ''}${level}`;
          keepOnce(seen, key, fact(key));
          // (and by its abbreviation, "Indeks Pemberdayaan Gender (IDG)" as another table names it: "IDG")
          const abbr = nameAbbreviation(named.text);
          const abbrKey = `${abbr}|${m}|${year ?? ''}${level}`;
          if (abbr && abbr !== n) keepOnce(seen, abbrKey, fact(abbrKey));
        }
        for (const f of seen.values()) if (f) add(f);
      }
    }
    // A sasaran's anggaran in the PK: the sum of its programs (sasaran cell merged or left blank over them).
    if (t.kind === 'perjanjian-kinerja') {
      const sasaran = t.columns.find((c) => c.role === 'sasaran');
      const anggaran = t.columns.find((c) => c.role === 'anggaran');
      const program = t.columns.find((c) => c.role === 'uraian');
      if (sasaran && anggaran && program)
        for (const g0 of groupsUnder(t, sasaran, normalise)) {
          // (a programme's anggaran written again beside each of its indikator is one programme's)
          const g = { name: g0.name, rows: onceEachRepeat(t, g0.rows, program, anggaran).rows };
          const f = g.rows.length >= 2 ? sumFact({ t, tableIndex, measure: 'anggaran', year: year0, normName: normalise(g.name) }, g, anggaran) : undefined;
          if (f) add(f);
        }
    }
    // A sasaran's capaian in a pengukuran with no column of its own: the mean of its indikator's (each sasaran merged or
    // written once over them), compared with a sasaran's capaian elsewhere where the office's other sasaran agree
    if (t.kind === 'pengukuran-kinerja' && !t.columns.some((c) => c.role === 'capaian' && c.perSasaran)) {
      const sasaran = t.columns.find((c) => c.role === 'sasaran');
      const caps = t.columns.filter((c) => c.role === 'capaian' && !c.cumulative && !c.period && c.partOf === undefined && !c.renstra && !c.nasional);
      if (sasaran && caps.length === 1) {
        const year = caps[0].year ?? ownYear ?? year0;
        for (const g of groupsUnder(t, sasaran, normalise)) {
          const f = g.rows.length >= 2 ? meanFact({ t, tableIndex, measure: 'capaian', year, normName: normalise(g.name) }, g, caps[0]) : undefined;
          if (f) add(f);
        }
      }
    }
    // A year's realisasi written only by period (TW I … TW IV, Semester I/II, no Total beside them): the year's figure
    // is their sum for a count and the last period's (or their mean) for a state ("Persentase …": 5, 10, 15, 20 → 20) —
    // all kept, the one the indikator's words suggest first, so another table's figure for the year agrees with any
    if (t.kind === 'pengukuran-kinerja') {
      const periods = t.columns.filter((c) => c.role === 'realisasi' && !c.perSasaran && !c.hidden);
      const byPeriod =
        periods.length >= 2 &&
        // (the years of a plan, "Tahun ke-1 … ke-5", are years of their own: none of them is the report's by its number)
        periods.every((c) => c.period && !isPlanYear(c.period) && !c.cumulative && c.partOf === undefined) &&
        new Set(periods.map((c) => c.year)).size === 1 &&
        new Set(periods.map((c) => c.period)).size === periods.length;
      if (byPeriod) {
        const year = periods[0].year ?? ownYear ?? year0;
        const first = periods[0].col;
        const last = periods[periods.length - 1].col;
        const seen = new Map<string, Fact | null>();
        for (const row of t.rows) {
          if (row.level === 'section' || row.level === 'total') continue;
          const figs = periods.map((c) => asFigure(t.figure(row, c)));
          if (figs.some((f) => !f)) continue;
          const named = nameOf(t, row, NAME_ROLES.realisasi, first, normalise);
          if (!named) continue;
          let sum = new Decimal(0);
          for (const f of figs) sum = sum.plus(f!.value);
          const lastFig = figs[figs.length - 1]!;
          const decimals = figs.reduce((m, f) => Math.max(m, f!.decimals), 0);
          const total = makeFigure(sum.toNumber(), sum, { unit: lastFig.unit, fromText: false, decimals });
          // (a state's year may also be the mean of its periods: an index surveyed each quarter)
          const mean = sum.div(figs.length);
          const meanFig = makeFigure(mean.toNumber(), mean, { unit: lastFig.unit, fromText: false, decimals });
          const [figure, other] = isCountIndicator(norm(indicatorText(t, row))) ? [total, lastFig] : [lastFig, total];
          const range = `${a1(row.row, first)}:${a1(row.row, last)}`;
          const at: MadeIn = { t, tableIndex, measure: 'realisasi', year, normName: named.normName };
          const fact: Fact = { ...madeFact(at, named.text.trim(), row, range, figure), alternatives: [other, meanFig], ofPeriods: true };
          // (an indikator named twice cannot be matched without guessing)
          keepOnce(seen, fact.key, fact);
        }
        for (const f of seen.values()) if (f) add(f);
      }
    }
    // A programme's budget written only through its kegiatan: a Program column merged (or written once) over the rows
    // of a Kegiatan column (a report grouped by programme, as pandas, a pivot table or a finance system writes it; a PK's
    // "Program | Kegiatan | Anggaran") — the programme's anggaran and realisasi are their sums.
    if (!t.hasHierarchy()) {
      const uraian = t.columns.filter((c) => c.role === 'uraian' && !c.hidden).sort((a, b) => a.col - b.col);
      const program = uraian.length >= 2 && /program/i.test(uraian[0].header.split(' / ').pop() ?? '') ? uraian[0] : undefined;
      for (const m of program ? (['anggaran', 'realisasi-anggaran'] as const) : []) {
        const cols = t.columns.filter((c) => c.role === m && !c.perSasaran && !c.cumulative && !c.period && c.partOf === undefined);
        if (cols.length !== 1 || !program) continue;
        const year = cols[0].year ?? ownYear ?? year0;
        // (a programme named twice cannot be matched without guessing)
        const seen = new Map<string, Fact | null>();
        for (const g of groupsUnder(t, program, normalise)) {
          const f = sumFact({ t, tableIndex, measure: m, year, normName: normalise(g.name) }, g, cols[0], 'kegiatan');
          if (f) keepOnce(seen, f.key, f);
        }
        for (const f of seen.values()) if (f) add(f);
      }
    }
  });
  // (two tables name kegiatan: their budgets meet, every fact is collected)
  if (forMatching && kegiatanNamed.size >= 2) return collectFacts(tables);
  joinSlips(index);
  return index;
}
