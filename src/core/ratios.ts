/**
 * The ratios a table states and what they are computed from: (target, realisasi → capaian) and (pagu, realisasi
 * anggaran → serapan), paired by year in multi-year tables and by position (the nearest inputs to the left) when a
 * table carries several groups; the polarity of an indicator; the capaian of a row. Read by the rules, the
 * highlight plan and the checked copy alike.
 */
import Decimal from 'decimal.js';
import { Figure, makeFigure, ParsedFigure } from './figures';
import { capaianPercent, percentOf, Polaritas, ratioCheck, statesShown, sumsAgree, withinDisplay } from './measures';
import { TableModel } from './model';
import { ColumnRole, FIGURE_ROLES, headerBand, isPlanYear, periodsInBand, TableColumn, TableRow } from './types';
import { isLowerBetterText, namesHarmOutright, norm, normaliseName } from './vocabulary';

export interface RatioColumns {
  kind: 'capaian' | 'serapan';
  base: TableColumn; // target or pagu
  part: TableColumn; // realisasi or realisasi anggaran
  ratio: TableColumn; // capaian or serapan
  /**
   * The part split by period with no Total beside it ("Realisasi / TW I … TW IV", then "% Serapan"): its period
   * columns, the part the last of them. Money spent adds up over the year; an indikator's realisasi may be the
   * last quarter's (a percentage, a state) or their sum (a count).
   */
  periods?: TableColumn[];
  /**
   * A capaian of the year whose target is the year's column among the periods' ("Target Tahunan | TW I … TW IV"): the
   * last period's target, which the year's capaian may be taken of as well (the two targets should agree; where they
   * do not, that is no error of the capaian).
   */
  periodBase?: TableColumn;
}

export function asFigure(p: ParsedFigure): Figure | undefined {
  return p.kind === 'figure' ? p : undefined;
}

/** The roles a ratio is taken of: the target (a capaian's) and the pagu (a serapan's). */
const BASE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['target', 'anggaran']);

function pick(
  t: TableModel,
  role: ColumnRole,
  before: number,
  after: number,
  ratio: TableColumn,
  nearest: 'last' | 'first' = 'last',
  periodsToo = false,
): TableColumn | undefined {
  const year = ratio.year;
  const cands = t.columns.filter(
    (c) =>
      c.role === role &&
      c.col < before &&
      c.col > after &&
      // (the Renstra's end target is written with the period's last year: "Capaian s.d. 2024 terhadap Target Akhir Renstra
      // (2026)" takes it whatever year the capaian says — and its budget, Permendagri 86's "Target … Renstra … 2026 / Rp")
      (c.year === year || c.year === undefined || year === undefined || (BASE_ROLES.has(role) && !!c.renstra && !!ratio.renstra)) &&
      (!ratio.period || !c.period || c.period === ratio.period) &&
      // a kind of spending is a part of its band's Total, which the ratio is taken of
      c.partOf === undefined &&
      // last year's figures go with last year's capaian, this year's with this year's
      !!c.previous === !!ratio.previous &&
      // a capaian against the Renstra's end target takes that target; an annual capaian, the annual one (a serapan, the
      // pagu alike)
      (!!c.renstra === !!ratio.renstra || !t.columns.some((x) => x.role === role && !!x.renstra === !!ratio.renstra)) &&
      // and a capaian against the nation's standard, that standard (its realisasi is the table's own)
      (!!c.nasional === !!ratio.nasional || !t.columns.some((x) => x.role === role && !!x.nasional === !!ratio.nasional)),
  );
  // a ratio that names no year is of the table's latest ("Capaian thd Target Akhir Renstra" after "Realisasi 2024 | …
  // | Realisasi 2023"): an earlier year's figure beside it is a comparison, never its input
  const latest = year === undefined ? latestYear(t, role) : undefined;
  const current = latest === undefined ? cands : cands.filter((c) => c.year === undefined || c.year >= latest);
  const visible = current.filter((c) => !c.hidden);
  let chosen = visible.length ? visible : current;
  // a ratio of no period is the year's: of the year's column where one stands among the periods' ("Target Tahunan |
  // Target Triwulan: TW I … TW IV | … | Capaian (%)"), not the last period's
  if (!periodsToo && !ratio.period && chosen.some((c) => c.period) && chosen.some((c) => !c.period)) chosen = chosen.filter((c) => !c.period);
  return nearest === 'last' ? chosen.pop() : chosen[0];
}

/** The latest year a role's columns name (a Renstra's end target left out), if any names one. */
function latestYear(t: TableModel, role: ColumnRole): number | undefined {
  let latest: number | undefined;
  for (const c of t.columns)
    if (c.role === role && c.year !== undefined && !c.renstra && !c.nasional && (latest === undefined || c.year > latest)) latest = c.year;
  return latest;
}

/** The roles of the columns that name a table's rows: a group of figures ends at one. */
const NAME_ROLES: ReadonlySet<ColumnRole> = new Set(['indikator', 'uraian', 'sasaran']);

/**
 * Where the figures a ratio column is worked out from may stand right of it: before the next ratio of its kind and the
 * next column of names (its group's end).
 */
export function groupEnd(t: TableModel, ratio: TableColumn, next: TableColumn | undefined): number {
  const names = t.columns.find((c) => c.col > ratio.col && c.role !== null && NAME_ROLES.has(c.role));
  return Math.min(next?.col ?? Infinity, names?.col ?? Infinity);
}

const columnsCache = new WeakMap<TableModel, RatioColumns[]>();
const rowsCache = new WeakMap<RatioColumns, RatioRow[]>();

export function ratioColumns(t: TableModel): RatioColumns[] {
  let out = columnsCache.get(t);
  if (!out) {
    out = findRatioColumns(t);
    columnsCache.set(t, out);
  }
  return out;
}

/** Each capaian and serapan column with the target and realisasi (pagu and realisasi anggaran) it is worked out from. */
function findRatioColumns(t: TableModel): RatioColumns[] {
  const found: RatioColumns[] = [];
  const specs: Array<[RatioColumns['kind'], ColumnRole, ColumnRole]> = [
    ['capaian', 'target', 'realisasi'],
    ['serapan', 'anggaran', 'realisasi-anggaran'],
  ];
  for (const [kind, baseRole, partRole] of specs) {
    let after = 0;
    const ratios = t.columnsWith(kind);
    ratios.forEach((ratio, i) => {
      // a sasaran's capaian is the mean of its indikator's, not a ratio of one row's figures
      if (ratio.perSasaran) return;
      // (its inputs stand left of it; where one stands nowhere there, the nearest right of it in its group (groupEnd):
      // "Target | Capaian (%) | Realisasi", "Pagu | Serapan (%) | Realisasi (Rp)", as some offices order them — never a
      // programme's figures right of a sasaran's capaian, "Capaian | Program | Target …")
      const following = ratios[i + 1];
      const end = groupEnd(t, ratio, following);
      // (never one the next ratio of its kind takes from its left: "Capaian (%) | Target | Realisasi | Capaian (%)" —
      // but "Tahun 2023: Trgt | Cap. | Rea." before 2024's own takes its year's)
      const rightOf = (role: ColumnRole) => {
        const c = pick(t, role, end, ratio.col, ratio, 'first');
        return c && !(following && pick(t, role, following.col, ratio.col, following) === c) ? c : undefined;
      };
      const inputOf = (role: ColumnRole) => pick(t, role, ratio.col, after, ratio) ?? pick(t, role, ratio.col, 0, ratio) ?? rightOf(role);
      const base = inputOf(baseRole);
      const part = inputOf(partRole);
      // inputs another ratio already takes are not this one's: a "Capaian Tahun Lalu" or "Capaian 2023" beside this
      // year's capaian was computed from last year's figures, which the table does not show
      const taken = found.some((rc) => rc.kind === kind && rc.base === base && rc.part === part);
      if (base && part && base.col !== part.col && !taken) {
        const periods = periodColumns(t, part, ratio, after);
        const lastPeriod = kind === 'capaian' && !ratio.period && !base.period ? pick(t, baseRole, ratio.col, after, ratio, 'last', true) : undefined;
        const periodBase = lastPeriod?.period && lastPeriod.col > base.col ? lastPeriod : undefined;
        found.push({ kind, base, part, ratio, ...(periods ? { periods } : {}), ...(periodBase ? { periodBase } : {}) });
      }
      after = ratio.col;
    });
  }
  return found;
}

/** The period columns (TW I … TW IV, never a cumulative "s.d.") of a ratio's part, where no Total stands for them. */
function periodColumns(t: TableModel, part: TableColumn, ratio: TableColumn, after: number): TableColumn[] | undefined {
  const cumulative = (c: TableColumn) => !!c.period && c.period.startsWith('s.d.');
  // (the years of a plan, "Tahun ke-1 … ke-5", are no parts of one year's spending)
  if (!part.period || ratio.period || cumulative(part) || isPlanYear(part.period)) return undefined;
  const band = headerBand(part.header);
  const periods = t.columns.filter(
    (c) => c.role === part.role && c.period && !cumulative(c) && c.col > after && c.col <= part.col && headerBand(c.header) === band,
  );
  return periods.length >= 2 ? periods : undefined;
}

/**
 * One row of a ratio group with its three figures. The figures are read from the cells when asked, never kept: a
 * realisation book of 200k rows would otherwise hold three figures per row for as long as the rules run (about 70 MB).
 */
export class RatioRow {
  constructor(
    readonly row: TableRow,
    private readonly t: TableModel,
    private readonly rc: RatioColumns,
  ) {}
  get base(): ParsedFigure {
    return this.t.figure(this.row, this.rc.base);
  }
  /** The part: for a serapan split by period with no Total, the sum of its periods (money spent adds up). */
  get part(): ParsedFigure {
    const sum = this.rc.kind === 'serapan' && this.rc.periods ? sumOf(this.t, this.row, this.rc.periods) : undefined;
    return sum ?? this.t.figure(this.row, this.rc.part);
  }
  get ratio(): ParsedFigure {
    return this.t.figure(this.row, this.rc.ratio);
  }
  /** Σ of the part's period columns (RatioColumns.periods), when each is a figure or empty. */
  get partSum(): ParsedFigure | undefined {
    const sum = this.rc.periods ? sumOf(this.t, this.row, this.rc.periods) : undefined;
    return sum?.kind === 'figure' ? sum : undefined;
  }
}

/** Σ of a row's figures in some columns: empty when all are, the first that is no figure when one is not. */
function sumOf(t: TableModel, row: TableRow, cols: TableColumn[]): ParsedFigure {
  let sum = new Decimal(0);
  let decimals = 0;
  let first: Figure | undefined;
  for (const c of cols) {
    const f = t.figure(row, c);
    if (f.kind === 'empty') continue;
    if (f.kind !== 'figure') return f;
    first ??= f;
    sum = sum.plus(f.value);
    decimals = Math.max(decimals, f.decimals);
  }
  return first ? makeFigure(sum.toNumber(), sum, { unit: first.unit, fromText: false, decimals }) : { kind: 'empty', fromText: false };
}

/**
 * Where a row's part is the whole year of its periods ("Realisasi / Semester I | Semester II | Tahunan") and does not
 * hold their sum, but the row's stated ratio is computed from that sum and not from the part: the sum (the whole-year
 * figure is the one typed wrong — its capaian or serapan was worked out from the periods). Any polarity's formula.
 */
export function ratioFollowsPeriods(t: TableModel, row: TableRow, rc: RatioColumns): Figure | undefined {
  if (!rc.part.bandTotal) return undefined;
  const periods = periodsInBand(t.columns, rc.part).filter((c) => c.role === rc.part.role);
  if (periods.length < 2) return undefined;
  const sum = asFigure(sumOf(t, row, periods));
  const whole = asFigure(t.figure(row, rc.part));
  const base = asFigure(t.figure(row, rc.base));
  const stated = asFigure(t.figure(row, rc.ratio));
  if (!sum || !whole || !base || !stated || base.num === 0 || sumsAgree(whole, [sum])) return undefined;
  const polarities: Polaritas[] = rc.kind === 'serapan' ? ['positif'] : ['positif', 'negatif', 'negatif-rasio'];
  const states = (part: Figure) =>
    statesAny(
      stated,
      polarities.map((p) => capaianPercent(base.value, part.value, p)).filter((v): v is Decimal => v !== undefined),
    );
  return states(sum) && !states(whole) ? sum : undefined;
}

/** Whether a stated percentage is one of some values to its shown digits, each read as the stated figure reads it (a fraction 2 for 200 %). */
export function statesAny(stated: Figure, values: Decimal[]): boolean {
  // (as the sheet shows it: a stored 1,2065 under "0%" states 121 %)
  return values.some((v) => statesShown(stated, v));
}

/** Rows with all three figures from which a ratio column's agreement with its inputs says anything of it. */
const FOLLOW_MIN_ROWS = 4;
/** …and the share of them a column computed from those inputs agrees with (by any polarity's formula) at least. */
const FOLLOW_MIN_SHARE = 0.25;

const followsCache = new WeakMap<RatioColumns, boolean>();

/**
 * Whether a ratio column is evidently computed from the inputs it was paired with: on a table of several rows, at least
 * a quarter of them state what their target and realisasi (pagu and realisasi anggaran) give, by any polarity's
 * formula. A column that agrees with almost none of them is something else — its header read as a capaian or a
 * serapan, or its inputs misread — and no row of it is a certain error.
 */
export function ratioFollowsInputs(t: TableModel, rc: RatioColumns): boolean {
  let follows = followsCache.get(rc);
  if (follows === undefined) {
    const negatives: Polaritas[] = rc.kind === 'serapan' ? [] : ['negatif', 'negatif-rasio'];
    let judged = 0;
    let agreeing = 0;
    const rows = ratioRows(t, rc);
    // (settled as soon as a quarter of all the rows agree, however many of the rest could be judged)
    const enough = FOLLOW_MIN_SHARE * rows.length;
    for (const rr of rows) {
      if (agreeing >= enough && judged >= FOLLOW_MIN_ROWS) break;
      const base = asFigure(rr.base);
      const stated = asFigure(rr.ratio);
      if (!base || !stated || base.num === 0) continue;
      const parts = [asFigure(rr.part), rr.partSum && asFigure(rr.partSum)].filter((f): f is Figure => !!f);
      if (parts.length === 0) continue;
      judged++;
      // (realisasi ÷ target by floating point first; the lower-is-better formulas only where that fails)
      if (parts.some((part) => ratioCheck(stated, part, base).ok)) agreeing++;
      else if (negatives.length) {
        const values = parts.flatMap((part) => negatives.map((p) => capaianPercent(base.value, part.value, p)));
        if (
          statesAny(
            stated,
            values.filter((v): v is Decimal => v !== undefined),
          )
        )
          agreeing++;
      }
    }
    follows = judged < FOLLOW_MIN_ROWS || agreeing >= FOLLOW_MIN_SHARE * judged;
    followsCache.set(rc, follows);
  }
  return follows;
}

/** A row's cells of the part's period columns ("D4:G4"), where the part is split by period with no Total. */
export function periodCells(t: TableModel, row: TableRow, rc: RatioColumns): string | undefined {
  return rc.periods ? `${t.address(row, rc.periods[0])}:${t.address(row, rc.periods[rc.periods.length - 1])}` : undefined;
}

/** The cells a row's part is read from: the period columns' span where the part is their sum (a serapan's). */
export function partCells(t: TableModel, row: TableRow, rc: RatioColumns): string {
  return (rc.kind === 'serapan' && periodCells(t, row, rc)) || t.address(row, rc.part);
}

/** The rows of one ratio group with their three figures, worked out once for all the rules that need them. */
export function ratioRows(t: TableModel, rc: RatioColumns): RatioRow[] {
  let rows = rowsCache.get(rc);
  if (!rows) {
    rows = [];
    for (const row of t.rows) {
      if (row.level === 'section') continue;
      // a total whose percentage is by its formula the mean of the rows above (AVERAGE, an Excel Table's Average) is
      // no ratio of its own row: jumlah-total judges it as a mean
      if (row.level === 'total' && t.aggregateAt(row, rc.ratio) === 'average') continue;
      rows.push(new RatioRow(row, t, rc));
    }
    rowsCache.set(rc, rows);
  }
  return rows;
}

/**
 * The words that say what a row measures: its indikator (the nearest left of a column), else its label. A row of a
 * downward layout (Target / Realisasi / Capaian under the columns) is labelled with its measure, not its indikator:
 * that is the indikator column beside it, else the header of the column asked about where it names no year or period
 * ("Prevalensi stunting (%)" over its Target, Realisasi and Capaian), else the caption over the years ("Perkembangan
 * Angka Kematian Ibu Tahun 2020-2024").
 */
export function indicatorText(t: TableModel, row: TableRow, col?: TableColumn): string {
  const indikator = t.columnsWith('indikator');
  for (const c of [...indikator].reverse()) {
    const v = t.shown(row, c);
    if (typeof v === 'string' && v.trim() && !(row.measure && v.trim() === row.label.trim())) return v;
  }
  if (row.measure) {
    const leaf = col && col.year === undefined && !col.period ? (col.header.split(' / ').pop() ?? '').trim() : '';
    if (leaf) return leaf;
    if (t.caption) return t.caption;
  }
  return row.label;
}

/**
 * What a Polaritas column says in words, marks or arrows, however staff phrase it: "Negatif (-)", "(-) negatif",
 * "Minimize", "Minimalisasi", "Rendah lebih baik", "Semakin menurun semakin baik", "↓", "lower better"; and the other
 * way. A cell that says both, or neither, says nothing.
 */
const POLARITY_NEGATIVE =
  /\b(negatif|negative|minimi[sz]e|minimi[sz]ation|minimalisasi|minimum|minimal|min|menurun|turun|penurunan|rendah|kecil|sedikit|lower|less|decreasing)\b|[↓⬇▼⇩]|^\(?-\)?$|\(-\)/;
const POLARITY_POSITIVE =
  /\b(positif|positive|maksimi[sz]e|maximi[sz]e|maximi[sz]ation|maksimalisasi|maksimum|maximum|maksimal|maks|max|meningkat|naik|peningkatan|tinggi|besar|banyak|higher|more|increasing)\b|[↑⬆▲⇧]|^\(?\+\)?$|\(\+\)/;

/** The polarity a row states in the table's Polaritas column ("Negatif", "Minimize", "(-)"), if it has one. */
export function statedPolarity(t: TableModel, row: TableRow): 'positif' | 'negatif' | undefined {
  const col = t.lastColumn('polaritas');
  if (!col) return remarkedPolarity(t, row);
  const v = norm(t.text(row, col));
  const negative = POLARITY_NEGATIVE.test(v);
  const positive = POLARITY_POSITIVE.test(v);
  return negative === positive ? undefined : negative ? 'negatif' : 'positif';
}

/** A remark that states a polarity outright, in the words a note uses ("Indikator negatif", "semakin tinggi semakin baik"). */
const REMARK_HIGHER_BETTER =
  /(polaritas positif|indikator positif|bersifat positif|(semakin|makin) (besar|tinggi|banyak) (semakin|makin) baik|higher is better)/;

/**
 * The polarity a row's remark states in so many words, in a table with no Polaritas column ("Keterangan: Indikator
 * negatif (semakin kecil semakin baik)", "Polaritas negatif"): as certain as the column would be. A remark that says
 * both, or neither, says nothing.
 */
function remarkedPolarity(t: TableModel, row: TableRow): 'positif' | 'negatif' | undefined {
  let out: 'positif' | 'negatif' | undefined;
  for (const c of t.columnsWith('keterangan')) {
    const v = norm(t.text(row, c));
    if (!v) continue;
    const negative = NOTE_LOWER_BETTER.test(v);
    const positive = REMARK_HIGHER_BETTER.test(v);
    if (negative === positive) continue;
    const said = negative ? 'negatif' : 'positif';
    if (out && out !== said) return undefined;
    out = said;
  }
  return out;
}

/**
 * Lower-is-better indicators: a target written "<5%" or the row's Polaritas column says so for certain; an indikator
 * about poverty, deaths, unemployment, waiting time … suggests it (vocabulary.ts).
 */
export function negativePolarity(t: TableModel, row: TableRow, base: Figure, col?: TableColumn): boolean {
  if (base.comparator === '<' || base.comparator === '<=') return true;
  const stated = statedPolarity(t, row);
  if (stated) return stated === 'negatif';
  const text = indicatorText(t, row, col);
  return isLowerBetterText(norm(text)) || namedLowerBetterInNotes(t, text, row) || declaredElsewhere(t, row, col);
}

/**
 * Lower-is-better by another table of the workbook (the PK marks it "*) indikator negatif", the pengukuran does not),
 * where this table says nothing of its polarity itself.
 */
function declaredElsewhere(t: TableModel, row: TableRow, col?: TableColumn): boolean {
  if (!t.declaredLowerBetter?.size || polarityDeclared(t, row)) return false;
  const key = normaliseName(indicatorText(t, row, col));
  return key.length >= 8 && t.declaredLowerBetter.has(key);
}

/**
 * The indikator every table of a workbook declares lower-is-better (its Polaritas column, a note naming it, a footnote
 * mark a note explains), shared with all of them: the polarity of an indikator is the workbook's, not one table's.
 */
export function sharePolarity(tables: TableModel[]): void {
  const names = new Set<string>();
  for (const t of tables) {
    const polaritas = t.lastColumn('polaritas');
    if (!polaritas && !t.notes?.length) continue;
    for (const r of t.rows) {
      if (r.level === 'section' || r.level === 'total') continue;
      const text = indicatorText(t, r);
      if (statedPolarity(t, r) === 'negatif' || (!polaritas && namedLowerBetterInNotes(t, text, r))) {
        const key = normaliseName(text);
        if (key.length >= 8) names.add(key);
      }
    }
  }
  if (names.size) for (const t of tables) t.declaredLowerBetter = names;
}

const NOTE_LOWER_BETTER = /(polaritas negatif|indikator negatif|bersifat negatif|(semakin|makin) (kecil|rendah|sedikit) (semakin|makin) baik|lower is better)/;

/**
 * A note under the table that says some indicators are lower-is-better ("*) Indikator negatif: AKI, AKB") and names
 * this one — by its words or by its abbreviation ("Angka Kematian Ibu (AKI)" → AKI).
 */
function namedLowerBetterInNotes(t: TableModel, indicator: string, row?: TableRow): boolean {
  if (!t.notes?.length || !indicator.trim()) return false;
  // (or by the code of its row, "IKU 3 dan IKU 5 merupakan indikator negatif")
  const code = row ? indicatorCodeRe(t, row) : undefined;
  if (code && t.notes.some((note) => NOTE_LOWER_BETTER.test(norm(note)) && code.test(note))) return true;
  const stars = footnoteMark(indicator);
  if (stars && t.notes.some((note) => noteExplainsMark(note, stars))) return true;
  const name = norm(indicator)
    .replace(/\([^)]*\)/g, '')
    .trim();
  const abbreviations = [...indicator.matchAll(/\(([A-Z][A-Za-z0-9]{1,7})\)/g)].map((m) => m[1]);
  if (/^[A-Z][A-Z0-9]{1,7}$/.test(indicator.trim())) abbreviations.push(indicator.trim());
  return t.notes.some((note) => {
    const n = norm(note);
    if (!NOTE_LOWER_BETTER.test(n)) return false;
    if (name.length >= 8 && n.includes(name)) return true;
    if (namedByFirstWords(n, name)) return true;
    return abbreviations.some((a) => new RegExp(`(^|[^A-Za-z0-9])${a}([^A-Za-z0-9]|$)`).test(note));
  });
}

/**
 * Whether a note names an indikator by the first words of its name, as notes shorten them ("koefisien variasi harga"
 * for "Koefisien Variasi Harga Bahan Pokok"): three words at least, 15 characters, standing as whole words in the note.
 */
function namedByFirstWords(note: string, name: string): boolean {
  const words = name.split(/\s+/);
  for (let k = words.length - 1; k >= 3; k--) {
    const head = words.slice(0, k).join(' ');
    if (head.length < 15) break;
    for (let at = note.indexOf(head); at >= 0; at = note.indexOf(head, at + 1)) {
      const before = at === 0 ? '' : note[at - 1];
      const after = note[at + head.length] ?? '';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    }
  }
  return false;
}

/** An indikator's code in the No column: "IKU 3", "IKU-3", "IKD.1", "IKSS 2", "IKK 05". */
const INDICATOR_CODE = /^(ik[a-z]{0,3})\s*[-.]?\s*(\d{1,3}(?:\.\d{1,3})*)$/i;

/** The row's indikator code as a note may write it (any spacing or dash between its letters and number), if it has one. */
function indicatorCodeRe(t: TableModel, row: TableRow): RegExp | undefined {
  const no = t.columns.find((c) => c.role === 'no');
  const m = no ? INDICATOR_CODE.exec(t.text(row, no).trim()) : null;
  if (!m) return undefined;
  // (its number with or without leading zeros, "IKU 05" for "IKU 5"; its dotted parts as they are)
  const [whole, ...parts] = m[2].split('.');
  const number = [`0*${Number(whole)}`, ...parts].join('\\.');
  return new RegExp(`(^|[^a-z0-9])${m[1]}\\s*[-.]?\\s*${number}(?![0-9]|\\.[0-9])`, 'i');
}

/** The footnote mark an indicator ends with ("Waktu tunggu *)", "AKB (**)", "Jumlah aduan*"): its stars, else undefined. */
function footnoteMark(text: string): string | undefined {
  return /(?:^|[^*])\(?(\*{1,3})\)?\s*$/.exec(text)?.[1];
}

/** A note that explains a mark as lower-is-better: "Keterangan: *) indikator dengan polaritas negatif". */
function noteExplainsMark(note: string, stars: string): boolean {
  const m = new RegExp(`(?:^|[^*])\\(?${stars.replace(/\*/g, '\\*')}\\)?(?!\\*)([^*]*)`).exec(note);
  return !!m && NOTE_LOWER_BETTER.test(norm(m[1]));
}

/**
 * Whether the table marks its lower-is-better indicators with a footnote (some indikator carries a mark a note explains
 * so): then an unmarked indikator is one the office does not count as lower-is-better, whatever its words suggest.
 */
function marksLowerBetter(t: TableModel): boolean {
  let marks = markCache.get(t);
  if (marks === undefined) {
    marks = false;
    if (t.notes?.length) {
      for (const r of t.rows) {
        const stars = footnoteMark(indicatorText(t, r));
        if (stars && t.notes.some((note) => noteExplainsMark(note, stars))) {
          marks = true;
          break;
        }
      }
    }
    markCache.set(t, marks);
  }
  return marks;
}

const markCache = new WeakMap<TableModel, boolean>();

/**
 * Whether the table lists its lower-is-better indicators: marks them with a footnote a note explains, or names some of
 * them (by their words or abbreviation) in a note that calls them so ("Keterangan: waktu tanggap dan IRB bersifat
 * negatif"). Then an indikator it does not list is one the office counts as rising, whatever its words suggest.
 */
function listsLowerBetter(t: TableModel): boolean {
  if (marksLowerBetter(t)) return true;
  let names = namesCache.get(t);
  if (names === undefined) {
    names = !!t.notes?.length && t.rows.some((r) => r.level !== 'section' && r.level !== 'total' && namedLowerBetterInNotes(t, indicatorText(t, r), r));
    namesCache.set(t, names);
  }
  return names;
}

const namesCache = new WeakMap<TableModel, boolean>();

/**
 * Whether the table declares this row's polarity either way: its Polaritas column says it, or the table lists its
 * lower-is-better indikator — marks them with a footnote, or names them in a note ("RKtP dan PPA merupakan indikator
 * dengan polaritas negatif") — and an unlisted one is then declared to rise.
 */
export function polarityDeclared(t: TableModel, row: TableRow): boolean {
  return statedPolarity(t, row) !== undefined || listsLowerBetter(t);
}

/** Words that state the polarity outright: in the indikator's own text, or in a note that names it. */
const STATED_LOWER_BETTER = /(semakin|makin) (kecil|rendah|sedikit) (semakin|makin) baik|(indikator|polaritas) negatif/;

/**
 * How the table computes the capaian of its lower-is-better indicators, from the other such rows: 'negatif' when at
 * least one of them states (2 × target − realisasi) ÷ target or target ÷ realisasi and none states realisasi ÷
 * target. Then that convention holds for this row too.
 */
function tableConvention(t: TableModel, row: TableRow): 'negatif' | undefined {
  let votes = conventionCache.get(t);
  if (!votes) {
    votes = new Map();
    for (const rc of ratioColumns(t)) {
      if (rc.kind !== 'capaian') continue;
      for (const r of t.rows) {
        const b = asFigure(t.figure(r, rc.base));
        const p = asFigure(t.figure(r, rc.part));
        const c = asFigure(t.figure(r, rc.ratio));
        if (!b || !p || !c || b.value.isZero() || !negativePolarity(t, r, b)) continue;
        const neg = statesFormula(c, b, p, 'negatif') || statesFormula(c, b, p, 'negatif-rasio');
        const pos = statesFormula(c, b, p, 'positif');
        if (neg !== pos) votes.set(r.row, neg ? 'neg' : 'pos');
      }
    }
    conventionCache.set(t, votes);
  }
  let neg = 0;
  for (const [r, v] of votes) {
    if (r === row.row) continue;
    if (v === 'pos') return undefined;
    neg++;
  }
  return neg > 0 ? 'negatif' : undefined;
}

const conventionCache = new WeakMap<TableModel, Map<number, 'neg' | 'pos'>>();

/** Whether a stated capaian is target and realisasi by a formula, to its shown digits. */
function statesFormula(stated: Figure, base: Figure, part: Figure, pol: Polaritas): boolean {
  const v = capaianPercent(base.value, part.value, pol);
  if (!v) return false;
  const s = percentOf(stated, v);
  return withinDisplay(s.value, s.decimals, v);
}

/**
 * The lower-is-better formula a table's capaian follow where its notes give none: 'negatif-rasio' when some of its
 * lower-is-better figures state target ÷ realisasi exactly and none (2 × target − realisasi) ÷ target, and the other
 * way round; undefined when they follow both or neither. (A figure that follows neither, the one judged wrong, says
 * nothing.)
 */
function usualNegativeFormula(t: TableModel): Polaritas | undefined {
  let votes = formulaCache.get(t);
  if (!votes) {
    votes = new Map();
    const judge = (r: TableRow, col: TableColumn | undefined, b: Figure | undefined, p: Figure | undefined, c: Figure | undefined, cell: string) => {
      if (!b || !p || !c || b.value.isZero() || p.value.isZero() || b.value.equals(p.value) || !negativePolarity(t, r, b, col)) return;
      const twoMinus = statesFormula(c, b, p, 'negatif');
      const inverse = statesFormula(c, b, p, 'negatif-rasio');
      if (twoMinus !== inverse) votes?.set(cell, twoMinus ? 'negatif' : 'negatif-rasio');
    };
    for (const rc of ratioColumns(t)) {
      if (rc.kind !== 'capaian') continue;
      for (const r of t.rows)
        judge(r, undefined, asFigure(t.figure(r, rc.base)), asFigure(t.figure(r, rc.part)), asFigure(t.figure(r, rc.ratio)), t.address(r, rc.ratio));
    }
    // a downward layout: each column's Target, Realisasi and Capaian rows
    const rows = t.rows;
    for (let i = 0; i + 2 < rows.length; i++) {
      const [tr, rr, cr] = [rows[i], rows[i + 1], rows[i + 2]];
      if (tr.measure !== 'target' || rr.measure !== 'realisasi' || cr.measure !== 'capaian') continue;
      for (const c of t.columns) {
        if (c.role && FIGURE_ROLES.has(c.role)) judge(tr, c, asFigure(t.figure(tr, c)), asFigure(t.figure(rr, c)), asFigure(t.figure(cr, c)), t.address(cr, c));
      }
    }
    formulaCache.set(t, votes);
  }
  let formula: Polaritas | undefined;
  for (const v of votes.values()) {
    if (formula && v !== formula) return undefined;
    formula = v;
  }
  return formula;
}

const formulaCache = new WeakMap<TableModel, Map<string, Polaritas>>();

/**
 * The formula a table's notes give for its lower-is-better indicators: "capaian = (2 − realisasi/target) × 100 %" or
 * "… = target/realisasi × 100 %" (also "R/T", "T/R", "dibagi"). Undefined when the notes give none, or both.
 */
export function notedNegativeFormula(t: TableModel): Polaritas | undefined {
  if (!t.notes?.length) return undefined;
  let cached = notedFormulaCache.get(t);
  if (cached === undefined) {
    let twoMinus = false;
    let inverse = false;
    for (const note of t.notes) {
      const n = norm(note)
        .replace(/[−–]/g, '-')
        .replace(/\s*(\/|:|dibagi( dengan)?)\s*/g, '/')
        .replace(/\s*-\s*/g, '-');
      if (/\b2-\(?\s*(realisasi|r)\/(target|t)\b/.test(n)) twoMinus = true;
      else if (/(^|[^-(\w])\(?\s*(target|t)\/(realisasi|r)\b/.test(n)) inverse = true;
    }
    cached = twoMinus === inverse ? null : twoMinus ? 'negatif' : 'negatif-rasio';
    notedFormulaCache.set(t, cached);
  }
  return cached ?? undefined;
}

const notedFormulaCache = new WeakMap<TableModel, Polaritas | null>();

/** Capaian in percent by every formula the reports use for this indicator, the expected one first. */
export function capaianCandidates(t: TableModel, row: TableRow, base: Figure, part: Figure, col?: TableColumn): Decimal[] {
  const lowerBetter = negativePolarity(t, row, base, col);
  // the notes' formula for lower-is-better indicators, where they give one, is the only one
  const noted = lowerBetter ? notedNegativeFormula(t) : undefined;
  // (unnoted, the formula the table's other lower-is-better figures follow, where they all follow one, comes first)
  const usual = lowerBetter && !noted ? usualNegativeFormula(t) : undefined;
  const polarities: Polaritas[] = lowerBetter
    ? noted
      ? [noted]
      : usual === 'negatif-rasio'
        ? ['negatif-rasio', 'negatif']
        : ['negatif', 'negatif-rasio']
    : ['positif'];
  // A target written "<5%", words that state it ("semakin kecil semakin baik", a note naming the indikator) or the
  // table's own lower-is-better rows say the polarity; an indikator's wording alone only suggests it, so the plain
  // ratio stays acceptable there.
  const certain =
    base.comparator === '<' ||
    base.comparator === '<=' ||
    statedPolarity(t, row) !== undefined ||
    (polarities[0] === 'negatif' &&
      (STATED_LOWER_BETTER.test(norm(indicatorText(t, row, col))) ||
        // (or a name that counts the harm itself, "Jumlah pelanggaran disiplin", "Angka kematian ibu", where the office
        // does not list its lower-is-better indicators without it)
        (namesHarmOutright(norm(indicatorText(t, row, col))) && !listsLowerBetter(t)) ||
        namedLowerBetterInNotes(t, indicatorText(t, row, col), row) ||
        declaredElsewhere(t, row, col) ||
        // the table's own lower-is-better rows set the formula, unless it lists them (a footnote mark, a note naming them)
        // and this one is not listed
        (tableConvention(t, row) === 'negatif' && !listsLowerBetter(t))));
  if (polarities[0] === 'negatif' && !certain) polarities.push('positif');
  const out: Decimal[] = [];
  for (const p of polarities) {
    const v = capaianPercent(base.value, part.value, p);
    if (v) out.push(v);
  }
  return out;
}

/**
 * The table's capaian of the year itself: its last capaian column that is not against the Renstra's end target, not an
 * earlier year's and not a sasaran's mean (what a row's rating band is read from), if any.
 */
export function yearCapaian(t: TableModel): TableColumn | undefined {
  return t
    .columnsWith('capaian')
    .filter((c) => ofTheYear(c) && !c.perSasaran && c.partOf === undefined)
    .pop();
}

/** A column of the year's own figures: not against the Renstra's end target or the nation's standard, not an earlier year's. */
export function ofTheYear(c: TableColumn): boolean {
  return !c.renstra && !c.nasional && !c.previous;
}

/**
 * A row's capaian in percent points: its stated capaian (the last capaian column, skipping one given), else computed
 * from its target and realisasi with the indicator's polarity. With the cells it was read from.
 */
export function rowCapaian(
  t: TableModel,
  row: TableRow,
  skip?: number,
  ofSasaran = false,
  /** The capaian column to read first (a label column's own, where the table has several: predikat.labelledCapaian). */
  prefer?: TableColumn,
): { value: Decimal; cells: string[]; /** computed: the capaian by every formula its polarity allows */ candidates?: Decimal[] } | undefined {
  // the row's own capaian first; a sasaran's (the mean of its indikator's) when the row asks for the sasaran's
  const caps = t.columnsWith('capaian').filter((c) => c.col !== skip && !!c.perSasaran === !!ofSasaran);
  for (const c of prefer && caps.includes(prefer) ? [prefer, ...[...caps].reverse()] : [...caps].reverse()) {
    const f = asFigure(t.figure(row, c));
    if (f) return { value: percentOf(f, new Decimal(100)).value, cells: [t.address(row, c)] };
  }
  const target = t.lastColumn('target');
  const realisasi = t.lastColumn('realisasi');
  if (!target || !realisasi) return undefined;
  const b = asFigure(t.figure(row, target));
  const p = asFigure(t.figure(row, realisasi));
  if (!b || !p || b.value.isZero()) return undefined;
  const cands = capaianCandidates(t, row, b, p);
  return cands.length ? { value: cands[0], cells: [t.address(row, target), t.address(row, realisasi)], candidates: cands } : undefined;
}

/**
 * A percentage stated on a total or parent row that equals Σ part ÷ Σ base of the rows it covers (a serapan's realisasi
 * and pagu; a column's share, its part one column or several added up): right by its sources even where the row's own
 * sum is wrong (that is the total's or the parent's finding, not this one's).
 */
export function agreesWithSummedParts(
  t: TableModel,
  row: TableRow,
  partCols: readonly TableColumn[],
  baseCol: TableColumn,
  stated: Figure,
  corrected?: (r: TableRow, c: TableColumn) => number | undefined,
): boolean {
  const parts = t.partsOf(row);
  if (parts.length < 2) return false;
  // (a parent whose children go on over a page break: those here are not all it adds)
  if (t.carriedChildren(row).length > 0 || t.carriedUnsure(row)) return false;
  let base = new Decimal(0);
  let part = new Decimal(0);
  let decimals = 0;
  // (a row's figure another rule found wrong counts as it should be, where `corrected` is given)
  const add = (sum: Decimal, r: TableRow, c: TableColumn): Decimal | undefined => {
    const f = t.figure(r, c);
    if (f.kind !== 'figure' && f.kind !== 'empty') return undefined;
    const fixed = corrected?.(r, c);
    if (fixed !== undefined) return sum.plus(fixed);
    if (f.kind === 'empty') return sum;
    decimals = Math.max(decimals, f.decimals);
    return sum.plus(f.value);
  };
  for (const r of parts) {
    const b = add(base, r, baseCol);
    if (!b) return false;
    base = b;
    for (const c of partCols) {
      const p = add(part, r, c);
      if (!p) return false;
      part = p;
    }
  }
  if (base.isZero()) return false;
  const fig = (d: Decimal) => makeFigure(d.toNumber(), d, { unit: 'rupiah', fromText: false, decimals });
  return ratioCheck(stated, fig(part), fig(base)).ok;
}
