/**
 * jumlah-total (galat): a JUMLAH / TOTAL / RATA-RATA row ≠ what the rows it covers give (top-level rows only, so a
 * parent and its children are never counted twice; a RATA-RATA row may hold the sum or the mean), and a Jumlah
 * column ≠ the sum of its row (Maluku's staff table: SMP 2 + 0 stated as 3) — in any table.
 */
import Decimal from 'decimal.js';
import { a1, sheetRef } from '../address';
import { Figure, makeFigure } from '../figures';
import { CAPAIAN_CAPS, displayUnit, roundedSumsAgree, sumFigures, sumsAgree } from '../measures';
import { PartRow, TableModel } from '../model';
import { indicatorText, ratioColumns, ratioFollowsPeriods } from '../ratios';
import { FIGURE_ROLES, PERIODS_IN_YEAR, periodRun, periodsInBand, runsUpTo, TableColumn, TableRow } from '../types';
import { explicitLevel, isAverageLabel, isCountIndicator, isNamedSumHeader, isRateHeader, isRowSumHeader } from '../vocabulary';
import { checksFor } from './jumlah-induk';
import { defineRule, RuleContext } from './rule';
import { rowChangeAgrees } from './selisih-kolom';
import {
  asFigure,
  blocksArithmetic,
  cellsRef,
  columnName,
  columnNoun,
  isAmountColumn,
  num,
  onceEachRepeat,
  PERCENT_ROLES,
  roundedFromRupiah,
  rowDifference,
  rowDifferenceAgrees,
  showValue,
  ShowKind,
  subtotalOf,
  withChildrenOfBlank,
} from './util';

const messages = {
  total: (d: { noun: string; label: string; whole: string; sum: string; where: string }) =>
    `${d.noun} baris ${d.label} (${d.whole}) tidak sama dengan jumlah baris di ${d.where} (${d.sum}).`,
  rataRata: (d: { noun: string; label: string; whole: string; mean: string; where: string }) =>
    `${d.noun} baris ${d.label} (${d.whole}) bukan jumlah maupun rata-rata baris di ${d.where} (rata-rata ${d.mean}).`,
  kolomJumlah: (d: { column: string; row: string; whole: string; sum: string }) =>
    `Kolom ${d.column} pada baris ${d.row} (${d.whole}) tidak sama dengan jumlah rincian di barisnya (${d.sum}).`,
  kolomRataRata: (d: { column: string; row: string; whole: string; mean: string; parts: string }) =>
    `Kolom ${d.column} pada baris ${d.row} (${d.whole}) tidak sama dengan rata-rata ${d.parts} di barisnya (${d.mean}).`,
};

const NEVER_TOTALLED = new Set(['no', 'interval', 'satuan']);

/** Children a row can have at most, when its parenthood is read from the figures alone. */
const MAX_IMPLICIT_CHILDREN = 50;

/**
 * The figures with rows that are the exact sum of the rows right after them (a parent whose children were written
 * with no bold, indent or numbering to say so) counted once: the parent, its children left out.
 */
function collapsedParts(parts: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < parts.length; i++) {
    out.push(parts[i]);
    i += childrenAfter(parts, i);
  }
  return out;
}

/** How many figures right after parts[i] (two or more) it is the exact sum of; 0 where none. */
function childrenAfter(parts: Figure[], i: number): number {
  const last = Math.min(parts.length - 1, i + MAX_IMPLICIT_CHILDREN);
  let k = 2;
  if (isWholeNumber(parts[i])) {
    // whole numbers add exactly in floating point (as sumsAgree decides them): one running sum for every count, no
    // slice and no sum per count (a flat list of 50k budget lines asks this of each of its rows)
    let sum = 0;
    let j = i + 1;
    for (; j <= last; j++) {
      const p = parts[j];
      if (!isWholeNumber(p)) break;
      sum += p.num;
      if (j - i >= 2) {
        if (Math.abs(sum) >= Number.MAX_SAFE_INTEGER) break;
        if (sum === parts[i].num) return j - i;
      }
    }
    if (j > last) return 0;
    // (from the first count a fraction or a sum too large for a float enters: decided as sumsAgree decides it)
    k = Math.max(2, j - i);
  }
  for (; k <= MAX_IMPLICIT_CHILDREN && i + k < parts.length; k++) if (sumsAgree(parts[i], parts.slice(i + 1, i + 1 + k))) return k;
  return 0;
}

/** A figure that is a whole number shown without decimals. */
function isWholeNumber(f: Figure): boolean {
  return Number.isInteger(f.num) && f.decimals === 0;
}

/** Levels of an outline a table might hold unmarked: programme, kegiatan, sub kegiatan (and one above them). */
const MAX_UNMARKED_LEVELS = 4;

/**
 * Whether a list read flat adds to exactly two to four times its total: the rows are the levels of an outline nothing
 * marks, each level adding to the total once (a file written without styles, its hierarchy shown only by bold and
 * indent before). Only amounts, where the table shows no hierarchy at all; a total that is wrong matches no level count.
 */
function levelsWrittenFlat(t: TableModel, whole: Figure, parts: Figure[]): boolean {
  return parts.length >= 4 && !t.rows.some((r) => r.parent !== undefined) && levelsAdd(whole, parts);
}

/** Whether the figures add to two to four times the whole: each level of an unmarked outline adding to it once. */
function levelsAdd(whole: Figure, parts: Figure[]): boolean {
  if (whole.num === 0) return false;
  for (let k = 2; k <= MAX_UNMARKED_LEVELS && parts.length >= 2 * k; k++) {
    const scaled: Figure = {
      kind: 'figure',
      value: whole.value.times(k),
      num: whole.num * k,
      unit: whole.unit,
      fromText: whole.fromText,
      decimals: whole.decimals,
    };
    if (sumsAgree(scaled, parts)) return true;
  }
  return false;
}

/**
 * Whether amounts read as one level hold levels their figures reveal: two rows or more that are each the exact sum, to
 * the rupiah, of a run of rows right after them (a programme over its kegiatan, a kegiatan over its sub kegiatan) — an
 * outline nothing marks, read in part or not at all.
 */
function unmarkedOutline(parts: Figure[]): boolean {
  if (parts.length < 6) return false;
  let parents = 0;
  for (let i = 0; i < parts.length && parents < 2; i++) if (childrenAfter(parts, i) > 0) parents++;
  return parents >= 2;
}

/**
 * Whether a hierarchy told only by capitals or words it may not hold to (a guess) is belied by one of its parents in this column — its rows
 * adding to it neither once nor once per level of an outline under it — or by a top level of two levels, while the rows
 * themselves hold an outline their figures reveal (unmarkedOutline): a programme in small letters among programmes in
 * capitals, read as a kegiatan. Which rows a TOTAL adds is then unknown.
 */
function guessedOutline(t: TableModel, col: TableColumn): boolean {
  if (t.hierarchy !== 'text') return false;
  const data = t.rows.filter((r) => r.level !== 'total' && r.level !== 'section');
  // (levels each parent's own words state, "Program …", "Kegiatan …", are no guess: a parent that does not add up is its
  // own error, jumlah-induk's)
  if (data.every((r) => t.children(r).length === 0 || explicitLevel(r.label) === r.level)) return false;
  const belied = data.some((r) => {
    const kids = t.children(r);
    if (kids.length < 2) return false;
    const whole = asFigure(t.figure(r, col));
    const parts = figuresOf(t, kids, col);
    if (!whole || !parts || parts.length !== kids.length) return false;
    return !sumsAgree(whole, parts) && !sumsAgree(whole, collapsedParts(parts)) && !levelsAdd(whole, parts);
  });
  // (or the top level read holds rows of two levels: kegiatan before the first programme the capitals mark, with no
  // parent — a programme in small letters, unmarked, read as one of them)
  const topLevels = new Set(data.filter((r) => r.parent === undefined).map((r) => r.level));
  if (!belied && topLevels.size < 2) return false;
  const all = figuresOf(t, data, col);
  return !!all && unmarkedOutline(all);
}

/** Whether another total row of the table holds, in this column, a different figure its rows add to level by level. */
function otherTotalAgrees(t: TableModel, total: TableRow, col: TableColumn, whole: Figure, parts: Figure[]): boolean {
  return t.rows.some((r) => {
    if (r === total || r.level !== 'total') return false;
    const other = asFigure(t.figure(r, col));
    return !!other && !other.value.equals(whole.value) && levelsWrittenFlat(t, other, parts);
  });
}

/**
 * Another total row of the table with the same figure in this column (a JUMLAH above the rows and a TOTAL below them),
 * neither a copy of the other (=C4): two totals typed alike that the rows, as read, add to neither — what is in doubt is
 * the reading of the rows (which of them are the programmes, where nothing marks them), not two figures.
 */
function twinTotal(t: TableModel, total: TableRow, col: TableColumn, whole: Figure): boolean {
  // (where a parent adds up to its rows, the reading stands: two totals typed alike off it are both wrong)
  if (checksFor(t, col).good > 0) return false;
  // (a's formula names b's cell, "$"s or none: "=C4", "=$C$4")
  const names = (a: TableRow, b: TableRow) => {
    const f = t.formula(a, col);
    const ref = t.address(b, col).replace(/^([A-Z]+)/, '\\$?$1\\$?');
    return !!f && new RegExp(`(^|[^A-Z$])${ref}(?!\\d)`).test(f.toUpperCase());
  };
  return t.rows.some((r) => {
    if (r === total || r.level !== 'total') return false;
    const other = asFigure(t.figure(r, col));
    return !!other && other.value.equals(whole.value) && !names(r, total) && !names(total, r);
  });
}

function figuresOf(t: TableModel, rows: TableRow[], col: TableColumn, average = false): Figure[] | undefined {
  const parsed = rows.map((r) => t.figure(r, col));
  // words, an error or an unreadable figure among them: this column's total cannot be judged — save, in a mean, the
  // words of an indikator measured in words ("WTP | WTP | Tercapai"): a mean of capaian is of those in figures
  if (parsed.some((p, i) => blocksArithmetic(p.kind) && !(average && p.kind === 'text' && measuredInWords(t, rows[i])))) return undefined;
  return parsed.map(asFigure).filter((f): f is Figure => !!f);
}

/**
 * The figures of a column with each run of rows that repeat one programme and its figure counted once (the name in
 * the nearest column of programme names left of the figures); undefined where nothing repeats.
 */
function onceEach(t: TableModel, rows: TableRow[], col: TableColumn): Figure[] | undefined {
  let nameCol: TableColumn | undefined;
  for (const c of t.columns) if (c.role === 'uraian' && c.col < col.col) nameCol = c;
  const once = nameCol && onceEachRepeat(t, rows, nameCol, col);
  return once && once.repeated ? once.rows.map((r) => asFigure(t.figure(r, col))).filter((f): f is Figure => !!f) : undefined;
}

/** A row whose target is words ("WTP", "BB", "Tepat Waktu"), in every target column that holds one. */
function measuredInWords(t: TableModel, row: TableRow): boolean {
  let words = false;
  for (const c of t.columns) {
    if (c.role !== 'target') continue;
    const k = t.figure(row, c).kind;
    if (k === 'text') words = true;
    else if (k !== 'empty') return false;
  }
  return words;
}

/**
 * The top-level rows of the parts of a table on the sheets before this one (a PDF converted one sheet per page), which
 * a JUMLAH on this part adds too; undefined where an earlier part has a total of its own (what it covers is unsure).
 */
function earlierParts(t: TableModel): PartRow[] | undefined {
  const out: PartRow[] = [];
  for (let part = t.previousPart; part; part = part.previousPart) {
    const rows: PartRow[] = [];
    for (const row of part.rows) {
      if (row.level === 'total') return undefined;
      // (a row carried over from the part before is in its parent's figure there)
      if (row.level !== 'section' && row.parent === undefined && !part.isCarried(row)) rows.push({ part, row });
    }
    out.unshift(...rows);
  }
  return out;
}

/**
 * The top-level rows of the parts of a table on the sheets after this one, which a TOTAL written above the rows of its
 * first part adds too; undefined where a later part has a total of its own (what this one covers is unsure).
 */
function laterParts(t: TableModel): PartRow[] | undefined {
  const out: PartRow[] = [];
  for (let part = t.nextPart; part; part = part.nextPart)
    for (const row of part.rows) {
      if (row.level === 'total') return undefined;
      if (row.level !== 'section' && row.parent === undefined && !part.isCarried(row)) out.push({ part, row });
    }
  return out;
}

/** The figures of other parts' rows in a column (a blank heading's children instead); undefined when one cannot be read. */
function figuresOfParts(t: TableModel, rows: PartRow[], col: TableColumn): { figures: Figure[]; refs: string[] } | undefined {
  const figures: Figure[] = [];
  const refs: string[] = [];
  const byPart = new Map<TableModel, TableRow[]>();
  for (const { part, row } of rows) {
    const list = byPart.get(part);
    if (list) list.push(row);
    else byPart.set(part, [row]);
  }
  for (const [part, list] of byPart) {
    const pc = t.partColumn(part, col);
    if (!pc) return undefined;
    const covered = withChildrenOfBlank(part, list, pc);
    const f = figuresOf(part, covered, pc);
    if (!f) return undefined;
    figures.push(...f);
    refs.push(
      ...cellsRef(
        covered.map((r) => r.row),
        pc.col,
        part,
      ).map((ref) => sheetRef(part.sheet, ref)),
    );
  }
  return { figures, refs };
}

/**
 * A formula that is one call of an aggregate other than a sum or a mean: COUNT, COUNTA, MAX, MIN, MEDIAN, or SUBTOTAL /
 * AGGREGATE of those ("=MAX(C4:C9)", "=SUBTOTAL(104,Tabel[Peserta])").
 */
export function computesOtherAggregate(formula: string | undefined): boolean {
  if (!formula) return false;
  const f = formula.replace(/\[[^[\]]*\]/g, '[]').replace(/\[[^[\]]*\]/g, '[]');
  const m = /^\s*=?\s*(?:_xlfn\.)?(COUNTA?|MAXA?|MINA?|MEDIAN|SUBTOTAL|AGGREGATE)\s*\(\s*([^()]*)\)\s*$/i.exec(f);
  if (!m) return false;
  if (!/^(SUBTOTAL|AGGREGATE)$/i.test(m[1])) return true;
  // (SUBTOTAL 1–11 and 101–111, AGGREGATE 1–19: 1 a mean and 9 a sum, the rest counts, extremes, products, spreads)
  const code = Number(/^\d+/.exec(m[2])?.[0]);
  const base = /^SUBTOTAL$/i.test(m[1]) && code > 100 ? code - 100 : code;
  return base >= 1 && base <= (/^SUBTOTAL$/i.test(m[1]) ? 11 : 19) && base !== 1 && base !== 9;
}

/** A mean row's figure and the mean of its rows, to the figure's shown precision. */
function meanAgrees(whole: Figure, parts: Figure[]): boolean {
  return whole.value.minus(sumFigures(parts).div(parts.length)).abs().lessThan(displayUnit(whole.decimals));
}

/** Whether a mean is of its parts each taken at most at one of the round caps offices give a capaian (CAPAIAN_CAPS). */
function meanOfCapped(whole: Figure, parts: Figure[]): boolean {
  return CAPAIAN_CAPS.some((cap) => {
    if (!parts.some((p) => p.value.greaterThan(cap))) return false;
    const capped = parts.map((p) => (p.value.greaterThan(cap) ? makeFigure(cap, new Decimal(cap), { unit: p.unit, fromText: false, decimals: 0 }) : p));
    return meanAgrees(whole, capped);
  });
}

function checkTotalRows(t: TableModel, ctx: RuleContext): void {
  // One walk down the table: the top-level rows and the sub-totals above each total are kept as we go (never
  // recomputed from the top for every total, which is quadratic in a table with a sub-total per kegiatan).
  const topLevelAbove: TableRow[] = [];
  const subtotalsAbove: TableRow[] = [];
  // a part of a table that began on an earlier sheet: its first total adds the rows there too
  let earlier = t.previousPart ? earlierParts(t) : undefined;
  // the first part of such a table: a total written above its rows adds the rows on the sheets after it too
  const later = t.nextPart && !t.previousPart ? laterParts(t) : undefined;
  for (const total of t.rows) {
    if (total.level !== 'total') {
      if (total.level !== 'section' && total.parent === undefined && !t.isCarried(total)) topLevelAbove.push(total);
      continue;
    }
    if (t.previousPart && subtotalsAbove.length === 0 && !earlier) {
      // (an earlier part with a total of its own: what this one covers is unsure)
      subtotalsAbove.push(total);
      continue;
    }
    checkTotalRow(t, ctx, total, topLevelAbove, subtotalsAbove, earlier, later);
    earlier = undefined;
    // (a sum closing a row inside the outline, a kegiatan's, is in its programme's: no sub-total a grand total adds)
    const closes = total.closes !== undefined ? t.rowAt(total.closes) : undefined;
    if (closes?.parent === undefined) subtotalsAbove.push(total);
  }
}

/**
 * One total row: the rows it covers (since the previous total), or — other readings of what a grand total covers —
 * all top-level rows above it, or the sub-totals above it.
 */
function checkTotalRow(
  t: TableModel,
  ctx: RuleContext,
  total: TableRow,
  topLevelAbove: TableRow[],
  subtotalsAbove: TableRow[],
  earlier?: PartRow[],
  later?: PartRow[],
): void {
  // the walk's own lists, not copies (a copy per total would bring the quadratic cost back); nothing adds to them meanwhile
  const alternatives = subtotalsAbove.length === 0 ? [] : [topLevelAbove, subtotalsAbove];
  // right after a sub-total, a grand total covers the sub-totals (the rows since the last total are none); on a part
  // of a table begun on an earlier sheet, the rows carried over from there are in their parent's figure
  const inPart = t.coveredRows(total);
  const direct = t.previousPart ? inPart.filter((r) => !t.isCarried(r)) : inPart;
  // (a total written above its rows adds no earlier page, but the pages after it)
  const above = direct.length > 0 && direct[0].row > total.row;
  const otherPages = above ? (later?.length ? later : undefined) : earlier?.length ? earlier : undefined;
  const covered = direct.length ? direct : (alternatives[1] ?? []);
  if (covered.length === 0 && !otherPages) return;
  const averageRow = isAverageLabel(total.label);
  for (const col of t.columns) {
    if (!col.role || NEVER_TOTALLED.has(col.role)) continue;
    const rows = withChildrenOfBlank(t, covered, col);
    const elsewhere = otherPages ? figuresOfParts(t, otherPages, col) : undefined;
    if (otherPages && !elsewhere) continue;
    // the cell's own formula says what it aggregates (an Excel Table's totals row is labelled "Total" whatever it
    // computes); else the row's label does
    const aggregate = t.aggregateAt(total, col);
    // (a cell whose formula takes its rows' count, highest or lowest is no sum of them, whatever the row is called)
    if (!aggregate && computesOtherAggregate(t.formula(total, col))) continue;
    const average = aggregate ? aggregate === 'average' : averageRow;
    const percent = PERCENT_ROLES.has(col.role) || col.unit === 'percent';
    // a rate (ku/ha, jiwa/km²) is the totals' ratio, or a mean weighted by what it is a rate of: judged only where the
    // cell's own formula says how it aggregates
    if (!aggregate && isRateHeader(col.header)) continue;
    // On a JUMLAH row a percentage is a ratio of the totals (checked by the persen rules); on RATA-RATA a mean.
    if (percent && !average) continue;
    // A % that is a ratio of its own row's figures (total realisasi / total pagu) is the persen rules' to judge.
    // (A RATA-RATA row with no figures of its own to divide is judged here, as the mean of its rows.)
    if (
      percent &&
      aggregate !== 'average' &&
      ratioColumns(t).some((rc) => rc.ratio.col === col.col && (!average || (asFigure(t.figure(total, rc.base)) && asFigure(t.figure(total, rc.part)))))
    )
      continue;
    const whole = asFigure(t.figure(total, col));
    if (!whole) continue;
    const own = figuresOf(t, rows, col, average);
    let parts = own && elsewhere ? [...elsewhere.figures, ...own] : own;
    if (!parts || parts.length === 0 || sumsAgree(whole, parts)) continue;
    // a SUBTOTAL leaves out the rows a filter hides (101–111: every hidden row), as the table is shown: the total of the
    // rows left showing is what it says, no contradiction (a SUM counts hidden rows: it is judged by them all)
    if (!elsewhere && subtotalOf(t, total, col) && rows.some((r) => r.hidden)) {
      const shown = figuresOf(
        t,
        rows.filter((r) => !r.hidden),
        col,
        average,
      );
      if (shown && shown.length > 0 && (average ? meanAgrees(whole, shown) : sumsAgree(whole, shown))) continue;
    }
    // one programme's anggaran written again on each of its indikator rows (a PK, a pengukuran): counted once
    const once = !average && !elsewhere ? onceEach(t, rows, col) : undefined;
    if (once) {
      if (sumsAgree(whole, once)) continue;
      parts = once;
    }
    // (adding this page's rows alone, those carried over from the page before too: a table of its own after all, or a
    // page's sub-total — no contradiction either way)
    if (elsewhere && inPart.length) {
      const alone = figuresOf(t, withChildrenOfBlank(t, inPart, col), col);
      if (alone && alone.length && sumsAgree(whole, alone)) continue;
    }
    // (money in thousands or millions: each figure rounded from its rupiah)
    if (!average && roundedFromRupiah([col]) && roundedSumsAgree(whole, parts)) continue;
    // a parent among the rows, not marked as one, whose children make the difference: not a contradiction
    if (!average && parts.length >= 3 && sumsAgree(whole, collapsedParts(parts))) continue;
    // a programme › kegiatan › sub kegiatan list whose levels nothing marks (no bold, indent, numbering or words: a file
    // written without styles) adds to the total once per level
    const money = !average && !elsewhere && isAmountColumn(t, col);
    if (money && levelsWrittenFlat(t, whole, parts)) continue;
    // such a list with one of its parents typed wrong adds to no count of levels: what the JUMLAH should be is then
    // unknown (which rows are the programmes nothing says), so no galat of it
    // (unless another total of the same rows adds up so, level by level, and this one differs from it: that is certain)
    if (money && unmarkedOutline(parts) && !otherTotalAgrees(t, total, col, whole, parts)) continue;
    // (so too where the words or capitals that seemed to mark its levels are borne out by no parent: a guess)
    if (money && guessedOutline(t, col) && !otherTotalAgrees(t, total, col, whole, parts)) continue;
    if (!average && twinTotal(t, total, col, whole)) continue;
    // (a grand total of the rows at the top of the outline, or of the sub-totals above it; a grand mean of the rows, or
    // of the sub-means: "Rata-rata capaian kinerja" under each sasaran's own "Rata-rata capaian sasaran")
    if (
      alternatives.some((alt) => {
        const f = figuresOf(t, withChildrenOfBlank(t, alt, col), col);
        return !!f && f.length > 0 && (average ? meanAgrees(whole, f) : sumsAgree(whole, f));
      })
    )
      continue;
    const sum = sumFigures(parts);
    const mean = sum.div(parts.length);
    if (average && meanAgrees(whole, parts)) continue;
    // (a mean of capaian each taken at most at a round cap, as offices average them: "capaian di atas 120 % dihitung
    // 120 %" — exactly that mean is the office's convention, no contradiction)
    if (average && percent && meanOfCapped(whole, parts)) continue;
    // (a mean over an outline may be of every row of it, the kegiatan with their programme — "Rata-rata capaian kinerja"
    // under a Renja's evaluation — as well as of the programmes alone)
    const every = average && !elsewhere ? rowsOfEveryLevel(t, total, rows) : undefined;
    if (every && meanOfRows(t, every, col, whole)) continue;
    // (or of its lowest rows alone, the indikator under their sasaran — each sasaran's row holding its own mean)
    const leaves = every && every.filter((r) => t.children(r).length === 0);
    if (leaves && leaves.length < every.length && meanOfRows(t, leaves, col, whole)) continue;
    // a sum or mean that agrees with the rows once their own wrong figures are corrected (a program ≠ its kegiatan, a
    // capaian ≠ realisasi / target): those rows are the error, found and reported by the rule that recomputed them —
    // the total is not a second one
    if (agreesOnceCorrected(t, ctx, rows, col, whole, average, otherPages)) continue;
    if (every && agreesOnceCorrected(t, ctx, every, col, whole, true)) continue;
    // a difference (sisa, lebih/kurang) that agrees with its own row's pagu and realisasi is never the wrong figure:
    // where it does not add up, one of those totals is wrong (their own finding), or a row's difference (the selisih
    // rule's), or a row's pagu that its difference follows (jumlah-induk's)
    const d = average ? undefined : rowDifference(t, total, col);
    if (d && rowDifferenceAgrees(d, col)) continue;
    // so is a change ("Naik/Turun") that is its own row's change, the totals' (a row's change typed wrong is selisih-kolom's)
    if (!average && rowChangeAgrees(t, total, col)) continue;
    const kind: ShowKind = isAmountColumn(t, col) ? 'rupiah' : whole.unit === 'persen' || percent ? 'persen' : 'angka';
    const mag = kind === 'rupiah' ? col.magnitude : undefined;
    const label = total.label.trim() || String(total.row);
    // a total written above its rows covers those below it; one on the last page of a table one sheet per page, the
    // rows on the sheets before too, one above the rows of its first page those on the sheets after
    const sheets = elsewhere ? [...new Set(otherPages?.map((p) => p.part.sheet))].map((n) => `"${n}"`).join(', ') : '';
    const where = `${rows.length && rows[0].row > total.row ? 'bawahnya' : 'atasnya'}${elsewhere ? ` dan di sheet ${sheets}` : ''}`;
    ctx.report({
      cell: t.address(total, col),
      related: [
        ...(elsewhere && !above ? elsewhere.refs : []),
        ...cellsRef(
          rows.map((r) => r.row),
          col.col,
          t,
        ),
        ...(elsewhere && above ? elsewhere.refs : []),
      ],
      expected: num(average ? mean : sum),
      actual: num(whole.value),
      unit: kind,
      magnitude: mag,
      computation: average
        ? `rata-rata ${parts.length} baris di ${where} = ${showValue(sum, kind, 2, mag)} ÷ ${parts.length} = ${showValue(mean, kind, 2, mag)}`
        : `jumlah ${parts.length} baris di ${where} = ${showValue(sum, kind, 2, mag)}`,
      message: average
        ? messages.rataRata({ noun: columnName(col), label, whole: showValue(whole.value, kind, 2, mag), mean: showValue(mean, kind, 2, mag), where })
        : messages.total({ noun: columnName(col), label, whole: showValue(whole.value, kind, 2, mag), sum: showValue(sum, kind, 2, mag), where }),
    });
  }
}

/**
 * The rows a mean row covers with every row under them, on the mean's side of it (a line read as a child after the mean
 * row is none of what it covers); undefined where no row stands under them.
 */
function rowsOfEveryLevel(t: TableModel, total: TableRow, rows: TableRow[]): TableRow[] | undefined {
  const above = rows.length > 0 && rows[0].row < total.row;
  const all: TableRow[] = [];
  const walk = (r: TableRow) => {
    all.push(r);
    for (const c of t.children(r)) if (c.row < total.row === above) walk(c);
  };
  for (const r of rows) walk(r);
  return all.length === rows.length ? undefined : all;
}

/** Whether a mean row's figure is the mean of these rows' figures. */
function meanOfRows(t: TableModel, rows: TableRow[], col: TableColumn, whole: Figure): boolean {
  const figs = figuresOf(t, rows, col, true);
  return !!figs && figs.length > 0 && meanAgrees(whole, figs);
}

/** Whether the sum (or mean) of the rows, with the figures other rules found wrong replaced by what they should hold, is the whole. */
function agreesOnceCorrected(
  t: TableModel,
  ctx: RuleContext,
  rows: TableRow[],
  col: TableColumn,
  whole: Figure,
  average: boolean,
  otherPages: PartRow[] = [],
): boolean {
  let sum = new Decimal(0);
  let changed = false;
  let n = 0;
  const all: Array<{ part: TableModel; row: TableRow; col: TableColumn | undefined }> = [
    ...otherPages.map((p) => ({ ...p, col: t.partColumn(p.part, col) })),
    ...rows.map((row) => ({ part: t, row, col })),
  ];
  for (const { part, row: r, col: c } of all) {
    if (!c) return false;
    const fixed = ctx.corrected(part.sheet, part.address(r, c));
    const f = asFigure(part.figure(r, c));
    if (fixed !== undefined) changed = true;
    else if (!f) continue;
    sum = sum.plus(fixed ?? (f as Figure).value);
    n++;
  }
  if (!changed || n === 0) return false;
  const value = average ? sum.div(n) : sum;
  return whole.decimals === 0 && value.isInteger() ? whole.value.equals(value) : whole.value.minus(value).abs().lessThan(displayUnit(whole.decimals));
}

/** The periods a band's whole-year column adds up: those of its band, else those marked as its parts (a year's band of its own). */
function bandParts(t: TableModel, jc: TableColumn): TableColumn[] {
  const inBand = periodsInBand(t.columns, jc).filter((c) => c.role === jc.role);
  return inBand.length >= 2 ? inBand : t.columns.filter((c) => c.partOf === jc.col && c.role === jc.role);
}

/** Whether a total row's figure in a column is the sum of the rows it covers (true where either side is not there). */
function totalSumsColumn(t: TableModel, total: TableRow, col: TableColumn): boolean {
  const whole = asFigure(t.figure(total, col));
  const above = figuresOf(t, t.coveredRows(total), col);
  return !whole || !above || above.length === 0 || sumsAgree(whole, above);
}

/** Whether a year's figure is its last period's (the rightmost with a figure) or its highest: a state, not a sum. */
function isStateOfPeriods(whole: Figure, parts: Array<Figure | undefined>): boolean {
  const figs = parts.filter((f): f is Figure => !!f);
  if (figs.length === 0) return false;
  const last = figs[figs.length - 1];
  const highest = figs.reduce((m, f) => (f.value.greaterThan(m.value) ? f : m));
  return whole.value.equals(last.value) || whole.value.equals(highest.value);
}

/** Header path depth of a column: 1 for a top-level column, 2 under a group ("PNS / L"). */
function depth(col: TableColumn): number {
  return col.header ? col.header.split(' / ').length : 0;
}

/** The measures of an indikator that a year's figure may add up by period (a target, a realisasi). */
const PERFORMANCE_FIGURES = new Set(['target', 'realisasi']);

/**
 * "Realisasi / TW I … TW IV | s.d. TW IV" of an indikator: its figure up to a period, right after every period of its band
 * up to that one — for a count, their sum (jumlah-total judges it row by row, as a band's Total); undefined otherwise.
 */
function upToParts(t: TableModel, c: TableColumn): TableColumn[] | undefined {
  if (c.bandTotal || c.half || !c.role || !PERFORMANCE_FIGURES.has(c.role) || !c.period?.startsWith('s.d. ')) return undefined;
  const parts = periodsInBand(t.columns, c).filter((x) => x.role === c.role && !x.period?.startsWith('s.d.'));
  return runsUpTo(c, parts) ? parts : undefined;
}

/**
 * "Target Tahunan | Target Triwulan / I … IV" (a PK's rencana aksi): an indikator's one figure of the year beside every
 * period of the year of the same measure — for a count, their sum, as a band's Total is; undefined otherwise.
 */
function yearParts(t: TableModel, c: TableColumn): TableColumn[] | undefined {
  if (c.bandTotal || c.half || c.hidden || c.period || c.cumulative || c.renstra || c.previous || c.partOf !== undefined) return undefined;
  if (!c.role || !PERFORMANCE_FIGURES.has(c.role)) return undefined;
  const same = t.columns.filter((x) => x !== c && x.role === c.role && !x.half && !x.renstra && !x.previous && (x.year === undefined || x.year === c.year));
  const parts = same.filter((x) => x.period && !x.period.startsWith('s.d.') && !x.cumulative && x.partOf === undefined && !x.bandTotal);
  // (the year's one figure of the measure: no other column of it without a period)
  if (parts.length !== same.length) return undefined;
  const run = periodRun(parts);
  return run && PERIODS_IN_YEAR[run.kind] === run.count ? parts : undefined;
}

function checkJumlahColumns(t: TableModel, ctx: RuleContext): void {
  const upTo = new Map<TableColumn, TableColumn[]>();
  for (const c of t.columns) {
    const parts = upToParts(t, c) ?? yearParts(t, c);
    if (parts) upTo.set(c, parts);
  }
  const jumlahCols = t.columns.filter(
    (c) => c.bandTotal || upTo.has(c) || (c.role === 'jumlah' && depth(c) === 1 && (isRowSumHeader(c.header) || isCountSumHeader(c))),
  );
  for (const jc of jumlahCols) {
    const runningParts = upTo.get(jc);
    // (years side by side are no parts of one row's sum; a month of a year, "Januari 2024", is)
    const candidates = runningParts
      ? runningParts
      : jc.bandTotal
        ? bandParts(t, jc)
        : t.columns.filter((c) => c.col !== jc.col && c.role !== 'no' && c.role !== 'interval' && c.role !== 'jumlah' && (!c.year || !!c.period));
    const grouped = candidates.filter((c) => depth(c) >= 2);
    const partCols = (grouped.length >= 2 ? grouped : candidates).filter((c) => t.rows.some((r) => asFigure(t.figure(r, c))));
    if (partCols.length < 2) continue;
    // (a count named by what it counts, "Jumlah Indikator | Sangat Tinggi | Tinggi …", is the sum of the counts beside it
    // only: a share or an amount of money among them says it is not)
    if (!isRowSumHeader(jc.header) && !jc.bandTotal && !runningParts && partCols.some((c) => c.unit !== 'count')) continue;
    const checks: Array<{ row: TableRow; whole: Figure; sum: Decimal; ok: boolean }> = [];
    // a year's figure beside its periods is their sum only for what adds up over the year — money and counts
    // ("Jumlah …"); a percentage, an index or a state is its last period's (Persentase: 5, 10, 15, 20 → 20)
    const byPeriod = (!!jc.bandTotal || !!runningParts) && partCols.some((c) => c.period) && !isAmountColumn(t, jc);
    const rounded = roundedFromRupiah([jc, ...partCols]);
    for (const r of t.rows) {
      if (r.level === 'section') continue;
      if (byPeriod && !isCountIndicator(indicatorText(t, r))) continue;
      const whole = asFigure(t.figure(r, jc));
      if (!whole) continue;
      const parsed = partCols.map((c) => t.figure(r, c));
      if (parsed.some((p) => blocksArithmetic(p.kind))) continue;
      const figs = parsed.map(asFigure).filter((f): f is Figure => !!f);
      if (figs.length === 0) continue;
      // (money in thousands or millions: each figure rounded from its rupiah, the year's too)
      const ok = sumsAgree(whole, figs) || (rounded && roundedSumsAgree(whole, figs));
      // a count of what stands rather than of what was done in each period ("Jumlah klub olahraga yang terdaftar":
      // 98, 104, 111, 117 → 117; "Jumlah prasarana yang dipelihara": 9 each quarter → 9) is the year's as its last
      // or highest period's: no sum it was meant to be
      if (!ok && byPeriod && isStateOfPeriods(whole, parsed.map(asFigure))) continue;
      checks.push({ row: r, whole, sum: sumFigures(figs), ok });
    }
    let bad = checks.filter((c) => !c.ok);
    // Only a column that is evidently a row sum: most rows agree — or, row by row, a year's column whose capaian or
    // serapan beside it was computed from its periods' sum ("Semester I | Semester II | Tahunan": 20 + 26 = 46, the
    // Tahunan 45, the capaian 46 / 48): two figures of the row say what it should hold
    const good = checks.length - bad.length;
    if (bad.length === 0) continue;
    if (good < bad.length || good < 2) {
      const ratios = jc.bandTotal ? ratioColumns(t).filter((rc) => rc.part === jc) : [];
      bad = bad.filter((c) => ratios.some((rc) => ratioFollowsPeriods(t, c.row, rc)));
      if (bad.length === 0) continue;
    }
    const first = partCols[0].col;
    const last = partCols[partCols.length - 1].col;
    const wrongAbove = bad.some((c) => c.row.level !== 'total');
    const unit = jc.unit === 'money' ? 'rupiah' : 'angka';
    const mag = unit === 'rupiah' ? jc.magnitude : undefined;
    for (const c of bad) {
      // a total row's Jumlah that sums its column is right by its sources: the wrong figure is in a row above, or is one
      // of the total row's own parts, which does not sum its column (named there)
      if (c.row.level === 'total' && (wrongAbove || partCols.some((pc) => !totalSumsColumn(t, c.row, pc)))) {
        const above = figuresOf(t, t.coveredRows(c.row), jc);
        if (above && above.length && sumsAgree(c.whole, above)) continue;
      }
      ctx.report({
        cell: t.address(c.row, jc),
        related: partCols.length === last - first + 1 ? [`${a1(c.row.row, first)}:${a1(c.row.row, last)}`] : partCols.map((p) => a1(c.row.row, p.col)),
        expected: num(c.sum),
        actual: num(c.whole.value),
        unit,
        magnitude: mag,
        message: messages.kolomJumlah({
          column: jc.header.trim(),
          row: c.row.label.trim() || String(c.row.row),
          whole: showValue(c.whole.value, unit, 2, mag),
          sum: showValue(c.sum, unit, 2, mag),
        }),
      });
    }
  }
}

/**
 * A count named by what it counts ("Jumlah Indikator", "Jumlah Pegawai", "Total Kasus") beside the counts of its kinds
 * ("Sangat Tinggi | Tinggi | …", "PNS | PPPK"): a row sum, judged as the bare "Jumlah" is, where most rows agree.
 */
function isCountSumHeader(c: TableColumn): boolean {
  return c.unit === 'count' && isNamedSumHeader(c.header);
}

/** A bare mean column's header: "Rata-rata", "Rerata (%)". */
const MEAN_HEADER = /^(rata-?rata|rata rata|rerata)( ?\(%\)| ?%)?$/i;

/**
 * "Capaian (%) | 2020 … 2024 | Rata-rata": a bare mean column right of a run of one measure by year or period, each
 * row's mean of them. Judged where most rows agree (so it evidently is that mean); each disagreeing row is a galat.
 */
function checkMeanColumns(t: TableModel, ctx: RuleContext): void {
  for (let i = 2; i < t.columns.length; i++) {
    const mc = t.columns[i];
    if (depth(mc) !== 1 || (mc.role !== 'nilai' && mc.role !== null) || !MEAN_HEADER.test(mc.header.trim())) continue;
    // the run of one measure right before it, each of its own year or period
    const run: TableColumn[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const c = t.columns[k];
      if (!c.role || !FIGURE_ROLES.has(c.role) || (run.length && c.role !== run[0].role) || (!c.year && !c.period)) break;
      run.unshift(c);
    }
    if (run.length < 2 || new Set(run.map((c) => `${c.year}|${c.period}`)).size !== run.length) continue;
    const checks: Array<{ row: TableRow; whole: Figure; mean: Decimal; ok: boolean }> = [];
    for (const r of t.rows) {
      if (r.level === 'section') continue;
      const whole = asFigure(t.figure(r, mc));
      if (!whole) continue;
      const parts = run.map((c) => asFigure(t.figure(r, c)));
      if (parts.some((p) => !p)) continue;
      const figs = parts as Figure[];
      const mean = sumFigures(figs).div(figs.length);
      const ok = whole.decimals === 0 && mean.isInteger() ? whole.value.equals(mean) : whole.value.minus(mean).abs().lessThan(displayUnit(whole.decimals));
      checks.push({ row: r, whole, mean, ok });
    }
    const bad = checks.filter((c) => !c.ok);
    const good = checks.length - bad.length;
    if (bad.length === 0 || good < bad.length || good < 2) continue;
    const kind: ShowKind = mc.unit === 'percent' || (run[0].role !== null && PERCENT_ROLES.has(run[0].role)) ? 'persen' : 'angka';
    for (const c of bad) {
      ctx.report({
        cell: t.address(c.row, mc),
        related: [`${t.address(c.row, run[0])}:${t.address(c.row, run[run.length - 1])}`],
        expected: num(c.mean, 2),
        actual: num(c.whole.value),
        message: messages.kolomRataRata({
          column: mc.header.trim(),
          row: c.row.label.trim() || String(c.row.row),
          whole: showValue(c.whole.value, kind, 2),
          mean: showValue(c.mean, kind, 2),
          parts: `${run.length} kolom ${columnNoun(run[0]).toLowerCase()}`,
        }),
      });
    }
  }
}

export const jumlahTotal = defineRule({
  meta: {
    id: 'jumlah-total',
    recomputes: true,
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Membandingkan baris JUMLAH, TOTAL atau RATA-RATA dengan jumlah (atau rata-rata) baris yang dicakupnya, dan kolom Jumlah ' +
      'dengan jumlah rincian di barisnya. Total adalah angka yang paling sering dikutip pimpinan dan pemeriksa; total yang tidak ' +
      'sama dengan rinciannya membuat seluruh tabel diragukan.',
    messages,
  },
  check(t, ctx) {
    // a row's own Jumlah column first: a JUMLAH row that adds a row's wrong figure is judged with its right one
    checkJumlahColumns(t, ctx);
    checkTotalRows(t, ctx);
    checkMeanColumns(t, ctx);
  },
});
