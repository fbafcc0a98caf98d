/**
 * persen-capaian (galat): a stated capaian ≠ realisasi / target (respecting lower-is-better indicators) by one
 * unit of its last shown digit or more. Metro's 101,54 for 69,16 / 68,14 (= 101,497) is a real error.
 */
import Decimal from 'decimal.js';
import { CAPAIAN_CAPS, capaianPercent, displayUnit, HUNDRED, percentOf, Polaritas, ratioCheck } from '../measures';
import { abbreviatedValue, Figure, makeFigure, ParsedFigure, parseFigureText, stackedLines, storedPrecisely } from '../figures';
import { TableModel } from '../model';
import { FIGURE_ROLES, TableColumn, TableRow } from '../types';
import {
  agreesWithSummedParts,
  asFigure,
  ratioFollowsInputs,
  capaianCandidates,
  indicatorText,
  negativePolarity,
  notedNegativeFormula,
  periodCells,
  polarityDeclared,
  RatioColumns,
  ratioColumns,
  ratioFollowsPeriods,
  ratioRows,
  statesAny,
} from '../ratios';
import { isCountIndicator, isHigherBetterText, isLowerBetterText, norm } from '../vocabulary';
import { defineRule, RuleContext } from './rule';
import { num, rowName, showValue, subjectOf } from './util';

/**
 * The stated capaian is exactly (2 × target − realisasi) ÷ target: a formula nobody reaches by a slip, so the
 * indicator is lower-is-better even where nothing else says so. (target ÷ realisasi is not taken as evidence: it is
 * also what an inverted division gives, a real and common error.) Exactly: to the digits the cell holds, not only to
 * those its format shows (95,69 % shown "96 %" is not the 96,11 % the formula gives).
 */
function matchesLowerIsBetter(stated: Figure, base: Figure, part: Figure): boolean {
  if (base.value.equals(part.value)) return false;
  const v = capaianPercent(base.value, part.value, 'negatif');
  if (!v) return false;
  // (rounded to the digits held, half a unit of the last one either way: 94,93 is not (2 × 65 − 68,29) ÷ 65 = 94,938…,
  // which rounds to 94,94 — one unit off is a slip, or another formula that happens to come near)
  const held = percentOf(storedPrecisely(stated), v);
  return held.value.minus(v).abs().lessThanOrEqualTo(displayUnit(held.decimals).div(2));
}

/**
 * Whether the row's capaian under another group of columns (another period or year) is realisasi ÷ target, to its
 * shown digits, and no lower-is-better formula: the indikator's figures say it is higher-is-better.
 */
function higherBetterInOtherPeriods(t: TableModel, row: TableRow, rc: RatioColumns): boolean {
  return ratioColumns(t).some((other) => {
    if (other === rc || other.kind !== 'capaian') return false;
    const base = asFigure(t.figure(row, other.base));
    const part = asFigure(t.figure(row, other.part));
    const stated = asFigure(t.figure(row, other.ratio));
    if (!base || !part || !stated || base.num === 0 || part.num === 0 || base.value.equals(part.value)) return false;
    return ratioCheck(stated, part, base).ok && !matchesLowerIsBetter(stated, base, part) && !statedBy(stated, base, part, 'negatif-rasio');
  });
}

/** A note under the table that sets a maximum: "maksimal 120%", "dibatasi 100 %", "paling tinggi 150%". */
const CAP_NOTE = /(maks(imal|imum)?|dibatasi|batas (atas|maksimal|tertinggi)|paling tinggi|tertinggi|tidak (boleh )?lebih dari|ditetapkan)\D{0,40}?(\d{3})\s*%/;

function notedCap(notes: readonly string[] | undefined, cap: number): boolean {
  return (notes ?? []).some((n) => [...n.toLowerCase().matchAll(new RegExp(CAP_NOTE.source, 'g'))].some((m) => Number(m[5]) === cap));
}

const messages = {
  positif: (d: { subject: string; stated: string; realisasi: string; target: string; expected: string }) =>
    `Capaian ${d.subject} tertulis ${d.stated}, padahal realisasi / target = ${d.realisasi} / ${d.target} = ${d.expected}.`,
  dibatasi: (d: { subject: string; stated: string; expected: string }) =>
    `Capaian ${d.subject} tertulis ${d.stated}, padahal perhitungannya ${d.expected}: bila capaian memang dibatasi ${d.stated}, tuliskan aturan itu di catatan tabel; bila tidak, angka ini salah.`,
  sasaran: (d: { subject: string; stated: string; parts: string; expected: string }) =>
    `Capaian sasaran ${d.subject} tertulis ${d.stated}, padahal rata-rata capaian indikatornya (${d.parts}) = ${d.expected}.`,
  negatif: (d: { subject: string; stated: string; expected: string }) =>
    `Capaian ${d.subject} tertulis ${d.stated}, padahal untuk indikator yang makin kecil makin baik (2 × target − realisasi) / target = ${d.expected}.`,
  terbalik: (d: { subject: string; stated: string; realisasi: string; target: string; expected: string }) =>
    `Capaian ${d.subject} tertulis ${d.stated}, yaitu target / realisasi seperti indikator yang makin kecil makin baik di tabel ini; bila indikator ini makin besar makin baik, capaiannya realisasi / target = ${d.realisasi} / ${d.target} = ${d.expected}.`,
  negatifRasio: (d: { subject: string; stated: string; realisasi: string; target: string; expected: string }) =>
    `Capaian ${d.subject} tertulis ${d.stated}, padahal untuk indikator yang makin kecil makin baik target / realisasi = ${d.target} / ${d.realisasi} = ${d.expected}.`,
};

/**
 * A sasaran's capaian beside its indikator's ("Capaian Sasaran", written once in a cell merged down their rows): the
 * mean of theirs, as written or as they should be where one is reported wrong (so run after them). Judged only where
 * the table evidently takes the mean — as many sasaran of several indikator agree with it as disagree, and at least
 * one — for an office may weigh its indikator or cap them first.
 */
function checkSasaranMeans(t: TableModel, ctx: RuleContext): void {
  for (const sc of t.columns) {
    if (!sc.perSasaran) continue;
    const own = t.columns.filter((c) => c.role === 'capaian' && !c.perSasaran && c.col < sc.col).pop();
    if (!own) continue;
    const groups: MeanGroup[] = [];
    const rows = t.rows.filter((r) => r.level !== 'section' && r.level !== 'total');
    for (let i = 0; i < rows.length; i++) {
      if (t.figure(rows[i], sc).kind !== 'figure') continue;
      // the rows it stands for: its merged area's, else down to the next sasaran capaian written
      const span = t.rowSpan(rows[i], sc);
      const covered = [rows[i]];
      for (let k = i + 1; k < rows.length && (span > 1 ? rows[k].row < rows[i].row + span : t.figure(rows[k], sc).kind === 'empty'); k++) covered.push(rows[k]);
      groups.push({ row: rows[i], partRows: covered });
    }
    judgeMeans(t, ctx, sc, own, groups, (row) => t.text(row, t.lastColumn('sasaran') ?? own) || rowName(row));
  }
}

/**
 * A sasaran's capaian on its own row above its indikator ("Sasaran 1: … | | | 105,43" over the indikator's rows, in
 * the same Capaian column): the mean of theirs, judged as a "Capaian Sasaran" column is (checkSasaranMeans). Only a
 * row with no target or realisasi of its own: one that has them is a capaian of its own figures.
 */
function checkParentMeans(t: TableModel, ctx: RuleContext): void {
  for (const rc of ratioColumns(t)) {
    if (rc.kind !== 'capaian') continue;
    const groups: MeanGroup[] = [];
    for (const row of t.rows) {
      if (row.level === 'section' || row.level === 'total' || t.figure(row, rc.ratio).kind !== 'figure') continue;
      if (t.figure(row, rc.base).kind !== 'empty' || t.figure(row, rc.part).kind !== 'empty') continue;
      const children = t.children(row);
      if (children.length >= 2) groups.push({ row, partRows: children });
    }
    // (named without the word the message says already: "Sasaran 2: Meningkatnya …" is sasaran "Meningkatnya …")
    judgeMeans(t, ctx, rc.ratio, rc.ratio, groups, (row) => rowName({ row: row.row, label: row.label.replace(SASARAN_PREFIX, '') }));
  }
}

/** "Sasaran:", "Sasaran 2 :", "Sasaran Strategis 1." opening a sasaran's row. */
const SASARAN_PREFIX = /^\s*sasaran(?:\s+strategis)?\s*\d*\s*[:.]?\s+/i;

/** A stated mean (its row) and the rows whose capaian it is the mean of. */
interface MeanGroup {
  row: TableRow;
  partRows: TableRow[];
}

/** Each group's stated capaian (column sc) against the mean of its rows' (column own), where the table evidently takes it. */
function judgeMeans(t: TableModel, ctx: RuleContext, sc: TableColumn, own: TableColumn, groups: MeanGroup[], named: (row: TableRow) => string): void {
  const checks: Array<{
    row: TableRow;
    stated: { value: Decimal; decimals: number };
    mean: Decimal;
    parts: Array<{ value: Decimal; decimals: number }>;
    partRows: TableRow[];
    ok: boolean;
  }> = [];
  for (const { row, partRows: covered } of groups) {
    const f = asFigure(t.figure(row, sc));
    if (!f) continue;
    const figs = covered.map((r) => asFigure(t.figure(r, own)));
    if (figs.some((p) => !p)) continue;
    // each indikator's capaian in percent points, read once
    const parts = (figs as Figure[]).map((p) => percentOf(p));
    let sum = new Decimal(0);
    let inputs = Infinity;
    for (const p of parts) {
      sum = sum.plus(p.value);
      inputs = Math.min(inputs, p.decimals);
    }
    const mean = sum.div(parts.length);
    const stated = percentOf(f, mean);
    const near = (m: Decimal, decimals: number) =>
      stated.value
        .minus(m)
        .abs()
        .lessThan(displayUnit(stated.decimals).plus(displayUnit(decimals)));
    // (or the mean of the capaian its indikator should hold, where one is written wrong: that error is reported there)
    let fixedSum = new Decimal(0);
    let fixes = 0;
    covered.forEach((r, k) => {
      const fixed = ctx.corrected(t.sheet, t.address(r, own));
      if (fixed !== undefined) fixes++;
      fixedSum = fixedSum.plus(fixed ?? parts[k].value);
    });
    const ok = near(mean, inputs) || (fixes > 0 && near(fixedSum.div(parts.length), 2));
    checks.push({ row, stated, mean, parts, partRows: covered, ok });
  }
  const several = checks.filter((c) => c.parts.length > 1);
  const agree = several.filter((c) => c.ok).length;
  if (agree === 0 || agree < several.length - agree) return;
  for (const c of several) {
    if (c.ok) continue;
    const first = c.partRows[0];
    const last = c.partRows[c.partRows.length - 1];
    ctx.report({
      cell: t.address(c.row, sc),
      related: [`${t.address(first, own)}:${t.address(last, own)}`],
      expected: num(c.mean, 2),
      actual: num(c.stated.value, 4),
      unit: 'persen',
      message: messages.sasaran({
        subject: named(c.row),
        stated: showValue(c.stated.value, 'persen', c.stated.decimals),
        parts: c.parts.map((p) => showValue(p.value, 'persen', p.decimals)).join(', '),
        expected: showValue(c.mean, 'persen'),
      }),
    });
  }
}

/** One stated capaian and the target and realisasi it is computed from. */
interface Item {
  /** The row whose indikator it is (its polarity, its name). */
  row: TableRow;
  /** Its indikator's name where the row holds several, stacked one per line (stackedItems). */
  subject?: string;
  base: ParsedFigure;
  part: ParsedFigure;
  stated: ParsedFigure;
  cell: string;
  related: string[];
  /** The column of the stated capaian: the indikator named left of it. */
  before: number;
  /** A downward layout's column, whose header may name the indikator its rows measure. */
  column?: TableColumn;
  /** The ratio columns it was read from, where a JUMLAH or parent row may be Σ realisasi ÷ Σ target of its rows. */
  rc?: RatioColumns;
  /** The realisasi summed over its quarters, where the part is the last of them (a count's capaian is of the sum). */
  partSum?: ParsedFigure;
  /** The quarters' cells, where partSum is given. */
  sumCells?: string;
}

/** Whether a stated capaian is, to its shown digits, what the figures give by one formula. */
function statedBy(stated: Figure, base: Figure, part: Figure, pol: Polaritas): boolean {
  const v = capaianPercent(base.value, part.value, pol);
  return !!v && statesAny(stated, [v]);
}

/** The target, realisasi and stated capaian of the lower-is-better rows among items, where the two differ and neither is 0. */
function lowerIsBetterFigures(t: TableModel, items: Item[]): Array<{ base: Figure; part: Figure; stated: Figure }> {
  const out: Array<{ base: Figure; part: Figure; stated: Figure }> = [];
  for (const it of items) {
    const base = asFigure(it.base);
    const part = asFigure(it.part);
    const stated = asFigure(it.stated);
    if (!base || !part || !stated || base.num === 0 || part.num === 0 || base.value.equals(part.value) || !negativePolarity(t, it.row, base, it.column))
      continue;
    out.push({ base, part, stated });
  }
  return out;
}

/**
 * The other lower-is-better formula, where a column follows it rather than the one the notes give: two or more of its
 * lower-is-better rows state exactly that one and none the noted one (a Renstra column computed as target ÷ realisasi
 * beside a year's column by (2 − realisasi ÷ target), as the note says). One such row alone is a slip, not a convention.
 */
function columnOwnFormula(t: TableModel, items: Item[]): Polaritas | undefined {
  const noted = notedNegativeFormula(t);
  if (!noted) return undefined;
  const other: Polaritas = noted === 'negatif' ? 'negatif-rasio' : 'negatif';
  let byOther = 0;
  for (const { base, part, stated } of lowerIsBetterFigures(t, items)) {
    if (statedBy(stated, base, part, noted)) return undefined;
    if (statedBy(stated, base, part, other)) byOther++;
  }
  return byOther >= 2 ? other : undefined;
}

/**
 * Whether the table computes a lower-is-better capaian as target ÷ realisasi: its notes say so, or two or more of its
 * lower-is-better rows state exactly that and none (2 × target − realisasi) ÷ target. A row of no evident polarity
 * stating that formula may then be one more lower-is-better indikator as well as a division inverted by a slip.
 */
function inverseByTable(t: TableModel, items: Item[]): boolean {
  const noted = notedNegativeFormula(t);
  if (noted) return noted === 'negatif-rasio';
  let inverse = 0;
  for (const { base, part, stated } of lowerIsBetterFigures(t, items)) {
    // (a figure both formulas round to says neither)
    const twoMinus = statedBy(stated, base, part, 'negatif');
    const byRatio = statedBy(stated, base, part, 'negatif-rasio');
    if (twoMinus && !byRatio) return false;
    if (byRatio && !twoMinus) inverse++;
  }
  return inverse >= 2;
}

/** Whether a realisasi meets a target written as a threshold ("≥ 80", "< 5", "maks. 3"); false for a target of one value. */
function meetsThreshold(target: Figure, realisasi: Figure): boolean {
  const c = realisasi.value.comparedTo(target.value);
  switch (target.comparator) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    default:
      return false;
  }
}

/** A bare figure at most this far from 0 beside a percentage is a fraction of one (0,87 for 87 %). */
const FRACTION_LIMIT = 1.5;

/**
 * A target and realisasi of which one is written as a percentage and the other a bare fraction (0,87 beside "85 %"):
 * the pair with the fraction in points. Undefined otherwise.
 */
function hundredfold(base: Figure, part: Figure): { base: Figure; part: Figure } | undefined {
  const fraction = (f: Figure, other: Figure) =>
    f.unit === 'angka' && other.unit === 'persen' && f.num !== 0 && Math.abs(f.num) <= FRACTION_LIMIT && Math.abs(other.num) > FRACTION_LIMIT;
  const times100 = (f: Figure): Figure =>
    makeFigure(f.num * 100, f.value.times(100), { unit: 'persen', fromText: f.fromText, decimals: Math.max(0, f.decimals - 2) });
  if (fraction(base, part)) return { base: times100(base), part };
  if (fraction(part, base)) return { base, part: times100(part) };
  return undefined;
}

/** Whether a is nearer x than b is, as a ratio (a hundredfold apart is far whichever the side). */
function nearer(x: Decimal, a: Decimal, b: Decimal): boolean {
  const far = (v: Decimal) => (v.isZero() || x.isZero() ? Infinity : Math.abs(Math.log(Math.abs(x.div(v).toNumber()))));
  return far(a) < far(b);
}

/** An amount written rounded in words ("Rp 850 M", "912,4 miliar"): the rupiah it stands for, to half its last digit. */
function writtenRange(f: ParsedFigure): { low: Decimal; high: Decimal } | undefined {
  const w = abbreviatedValue(f);
  if (!w) return undefined;
  const half = new Decimal(0.5).times(new Decimal(10).pow(-w.figure.decimals));
  return { low: w.figure.value.minus(half).times(w.magnitude), high: w.figure.value.plus(half).times(w.magnitude) };
}

/**
 * A target and realisasi written rounded in words ("Rp 850 M" | "Rp 912,4 M", an investment or a revenue): no figures
 * to divide, but the capaian they allow lies between the ratios of their ends. A stated capaian outside that range is
 * wrong whatever the amounts were (107,27 … 107,41 % for those two, "110,34 %" stated); inside it nothing is certain.
 * Higher-is-better only (the amounts of money such targets are).
 */
function judgeWritten(t: TableModel, ctx: RuleContext, it: Item, stated: Figure): void {
  const target = writtenRange(it.base);
  const realisasi = writtenRange(it.part);
  if (!target || !realisasi || target.low.lessThanOrEqualTo(0)) return;
  if (isLowerBetterText(norm(indicatorText(t, it.row, it.column)))) return;
  const low = realisasi.low.div(target.high).times(100);
  const high = realisasi.high.div(target.low).times(100);
  const p = percentOf(stated, low);
  const slack = displayUnit(p.decimals);
  if (p.value.plus(slack).greaterThanOrEqualTo(low) && p.value.minus(slack).lessThanOrEqualTo(high)) return;
  const mid = realisasi.low.plus(realisasi.high).div(target.low.plus(target.high)).times(100);
  const own = it.subject ?? subjectOf(t, it.row, it.before);
  const text = (f: ParsedFigure) => (f.kind === 'invalid' ? f.text : '');
  const ev = showValue(mid, 'persen');
  ctx.report({
    cell: it.cell,
    related: it.related,
    expected: num(mid, 2),
    actual: num(p.value, 4),
    unit: 'persen',
    computation: `realisasi ÷ target × 100 = ${text(it.part)} ÷ ${text(it.base)} × 100 ≈ ${ev} (${showValue(low, 'persen')} … ${showValue(high, 'persen')} menurut pembulatannya)`,
    message: messages.positif({
      subject: own,
      stated: showValue(p.value, 'persen', p.decimals),
      realisasi: text(it.part),
      target: text(it.base),
      expected: ev,
    }),
  });
}

/** Judges a column's (or a row's) capaian together: a cap is a cap only where nothing among them goes above it. */
function judgeAll(t: TableModel, ctx: RuleContext, items: Item[]): void {
  let highest = -Infinity;
  for (const it of items) {
    const f = asFigure(it.stated);
    if (f) highest = Math.max(highest, percentOf(f).value.toNumber());
  }
  const ownFormula = columnOwnFormula(t, items);
  let inverse: boolean | undefined;
  for (const it of items) {
    const base = asFigure(it.base);
    const part = asFigure(it.part);
    const stated = asFigure(it.stated);
    if (stated && (!base || !part)) judgeWritten(t, ctx, it, stated);
    if (!base || !part || !stated || base.num === 0) continue;
    const negative = negativePolarity(t, it.row, base, it.column);
    if (!negative && ratioCheck(stated, part, base).ok) continue;
    if (negative && ownFormula && statedBy(stated, base, part, ownFormula)) continue;
    // the year's capaian taken of the last quarter's target where the year's own differs from it: no error of the capaian
    const periodBase = it.rc?.periodBase && asFigure(t.figure(it.row, it.rc.periodBase));
    if (periodBase && periodBase.num !== 0 && statesAny(stated, capaianCandidates(t, it.row, periodBase, part, it.column))) continue;
    // realisasi by quarter with no total: the last quarter's (a percentage, a state) or their sum (a count)
    const sum = it.partSum && asFigure(it.partSum);
    if (sum && statesAny(stated, capaianCandidates(t, it.row, base, sum, it.column))) continue;
    // wrong either way: shown against the sum for a count ("Jumlah …"), against the last quarter otherwise
    const bySum = !!sum && isCountIndicator(indicatorText(t, it.row, it.column));
    // on a JUMLAH or parent row: Σ realisasi ÷ Σ target of the rows it covers is right by its sources, where the
    // row's own sum is wrong (that is jumlah-total's finding, not a second one)
    if (!negative && it.rc && agreesWithSummedParts(t, it.row, [it.rc.part], it.rc.base, stated)) continue;
    // computed from the periods' sum, which the year's column does not hold ("Semester I | Semester II | Tahunan"):
    // that column is wrong (jumlah-total's finding)
    if (it.rc && ratioFollowsPeriods(t, it.row, it.rc)) continue;
    // polarity unstated but evident from the figure: a capaian that is exactly (2 × target − realisasi) ÷
    // target is the lower-is-better formula, not a contradiction — unless the indikator is one whose rise is the aim
    // by its definition (life expectancy, the IPM, public satisfaction): then that formula is the wrong one
    // (nor where the row's capaian of another period is realisasi ÷ target, and no lower-is-better formula: the
    // indikator is higher-is-better by its own figures — "98 %" for 98 ÷ 100 is the division inverted, whatever
    // (2 × 98 − 100) ÷ 98 = 97,96 % rounds to)
    if (
      !negative &&
      !polarityDeclared(t, it.row) &&
      matchesLowerIsBetter(stated, base, part) &&
      !isHigherBetterText(norm(indicatorText(t, it.row, it.column))) &&
      !(it.rc && higherBetterInOtherPeriods(t, it.row, it.rc))
    )
      continue;
    // target ÷ realisasi exactly, where the table's lower-is-better rows are computed so: an indikator of no evident
    // polarity may be one of them (the words of its name unknown to us) or a higher-is-better one divided the wrong
    // way round — a question for its author, not a certain error
    if (
      !negative &&
      !polarityDeclared(t, it.row) &&
      statedBy(stated, base, part, 'negatif-rasio') &&
      !isHigherBetterText(norm(indicatorText(t, it.row, it.column))) &&
      !(it.rc && higherBetterInOtherPeriods(t, it.row, it.rc)) &&
      (inverse ??= inverseByTable(t, items))
    ) {
      const expected = capaianPercent(base.value, part.value, 'positif') as Decimal;
      const p = percentOf(stated, expected);
      const own = it.subject ?? subjectOf(t, it.row, it.before);
      ctx.report({
        severity: 'peringatan',
        cell: it.cell,
        related: it.related,
        expected: num(expected, 2),
        actual: num(p.value, 4),
        unit: 'persen',
        message: messages.terbalik({
          subject: own,
          stated: showValue(p.value, 'persen', p.decimals),
          realisasi: showValue(part.value, 'angka'),
          target: showValue(base.value, 'angka'),
          expected: showValue(expected, 'persen'),
        }),
      });
      continue;
    }
    // a target written as a threshold ("≥ 80 %", "≤ 3 hari") that the realisasi meets: 100 % says it was met, as offices
    // state such a capaian (the ratio is the other way)
    if (meetsThreshold(base, part) && statesAny(stated, [HUNDRED])) continue;
    let realisasi = bySum && sum ? sum : part;
    let target = base;
    let cands = capaianCandidates(t, it.row, target, realisasi, it.column);
    if (cands.length === 0) continue;
    if (statesAny(stated, cands)) continue;
    // one of the two written as a percentage ("85 %"), the other a bare fraction (0,87: its % format lost): the
    // fraction in points, where that reading is the one nearer the stated capaian
    const scaled = hundredfold(target, realisasi);
    if (scaled) {
      const alt = capaianCandidates(t, it.row, scaled.base, scaled.part, it.column);
      if (statesAny(stated, alt)) continue;
      if (alt.length && nearer(percentOf(stated, alt[0]).value, alt[0], cands[0])) [target, realisasi, cands] = [scaled.base, scaled.part, alt];
    }
    // a lower-is-better capaian below nil (the realisasi past twice the target) written as 0 %: offices floor it there, an
    // achievement below nothing meaning nothing
    if (negative && stated.value.isZero() && cands.some((c) => c.isNegative())) continue;
    const p = percentOf(stated, cands[0]);
    const expected = cands[0];
    // (a downward layout with no indikator column beside its rows: the column's header, its indikator or its year)
    const own = it.subject ?? subjectOf(t, it.row, it.before);
    const leaf = it.column?.header.split(' / ').pop()?.trim();
    const subject = leaf && own === rowName(it.row) ? leaf : own;
    const shown = showValue(p.value, 'persen', p.decimals);
    // a round maximum below what the figures give, the column's highest: the office's cap ("capaian maksimal
    // 120%"). Said in the notes, it is no contradiction; unsaid, it is a question, not a certain error.
    const cap = p.value.toNumber();
    const capped = CAPAIAN_CAPS.includes(cap) && cands.every((c) => c.greaterThan(cap)) && highest <= cap;
    if (capped && notedCap(t.notes, cap)) continue;
    if (capped) {
      ctx.report({
        severity: 'peringatan',
        cell: it.cell,
        related: bySum && it.sumCells ? [it.related[0], it.sumCells] : it.related,
        expected: num(expected, 2),
        actual: num(p.value, 4),
        unit: 'persen',
        message: messages.dibatasi({ subject, stated: shown, expected: showValue(expected, 'persen') }),
      });
      continue;
    }
    // the lower-is-better formula the expected figure comes from: the table's own may be target ÷ realisasi
    const byRatio = negative && !!capaianPercent(target.value, realisasi.value, 'negatif-rasio')?.equals(expected);
    const [tv, rv, ev] = [showValue(target.value, 'angka'), showValue(realisasi.value, 'angka'), showValue(expected, 'persen')];
    ctx.report({
      cell: it.cell,
      related: bySum && it.sumCells ? [it.related[0], it.sumCells] : it.related,
      expected: num(expected, 2),
      actual: num(p.value, 4),
      unit: 'persen',
      computation: byRatio
        ? `target ÷ realisasi × 100 = ${tv} ÷ ${rv} × 100 = ${ev}`
        : negative
          ? `(2 × target − realisasi) ÷ target × 100 = (2 × ${tv} − ${rv}) ÷ ${tv} × 100 = ${ev}`
          : `realisasi ÷ target × 100 = ${rv} ÷ ${tv} × 100 = ${ev}`,
      message: byRatio
        ? messages.negatifRasio({ subject, stated: shown, realisasi: rv, target: tv, expected: ev })
        : negative
          ? messages.negatif({ subject, stated: shown, expected: ev })
          : messages.positif({ subject, stated: shown, realisasi: rv, target: tv, expected: ev }),
    });
  }
}

/**
 * Rows holding several indikator stacked one per line in each cell (a table converted from a document): each line's
 * target, realisasi and capaian, where every cell has as many lines as the indikator's and the lines agree on polarity.
 */
function stackedItems(t: TableModel, rc: RatioColumns): Item[] {
  const items: Item[] = [];
  const indikator = t
    .columnsWith('indikator')
    .filter((c) => c.col < rc.ratio.col)
    .pop();
  if (!indikator) return items;
  for (const row of t.rows) {
    const names = stackedLines(t.value(row, indikator));
    if (names.length < 2) continue;
    const [base, part, stated] = [rc.base, rc.part, rc.ratio].map((c) => stackedLines(t.value(row, c)));
    if ([base, part, stated].some((l) => l.length !== names.length)) continue;
    const lower = names.map((n) => isLowerBetterText(norm(n)));
    if (lower.some((x) => x !== lower[0])) continue;
    names.forEach((name, i) =>
      items.push({
        row,
        subject: rowName({ row: row.row, label: name.replace(/^\s*\d+[.)]\s*/, '') }),
        base: parseFigureText(base[i]),
        part: parseFigureText(part[i]),
        stated: parseFigureText(stated[i]),
        cell: t.address(row, rc.ratio),
        related: [t.address(row, rc.base), t.address(row, rc.part)],
        before: rc.ratio.col,
      }),
    );
  }
  return items;
}

export const persenCapaian = defineRule({
  meta: {
    id: 'persen-capaian',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Menghitung ulang setiap capaian kinerja dari target dan realisasi di barisnya (realisasi ÷ target × 100; untuk indikator ' +
      'yang makin kecil makin baik, (2 × target − realisasi) ÷ target × 100 atau target ÷ realisasi × 100) dan membandingkannya ' +
      'dengan capaian yang tertulis, dengan toleransi pembulatan tampilan. Capaian menentukan predikat dan efisiensi, jadi ' +
      'capaian yang salah hitung menyesatkan seluruh penilaian kinerja.',
    messages,
  },
  check(t, ctx) {
    for (const rc of ratioColumns(t)) {
      if (rc.kind !== 'capaian' || !ratioFollowsInputs(t, rc)) continue;
      const items = ratioRows(t, rc).map((rr) => ({
        row: rr.row,
        base: rr.base,
        part: rr.part,
        stated: rr.ratio,
        cell: t.address(rr.row, rc.ratio),
        related: [t.address(rr.row, rc.base), t.address(rr.row, rc.part)],
        before: rc.ratio.col,
        rc,
        partSum: rr.partSum,
        sumCells: periodCells(t, rr.row, rc),
      }));
      judgeAll(t, ctx, items);
      const stacked = stackedItems(t, rc);
      if (stacked.length) judgeAll(t, ctx, stacked);
    }
    // an indikator's Target, Realisasi and Capaian rows under the years: each column's capaian from the two above it
    const rows = t.rows;
    for (let i = 0; i + 2 < rows.length; i++) {
      const [tr, rr, cr] = [rows[i], rows[i + 1], rows[i + 2]];
      if (tr.measure !== 'target' || rr.measure !== 'realisasi' || cr.measure !== 'capaian') continue;
      const items: Item[] = [];
      for (const c of t.columns) {
        if (!c.role || !FIGURE_ROLES.has(c.role)) continue;
        items.push({
          row: tr,
          base: t.figure(tr, c),
          part: t.figure(rr, c),
          stated: t.figure(cr, c),
          cell: t.address(cr, c),
          related: [t.address(tr, c), t.address(rr, c)],
          before: c.col,
          column: c,
        });
      }
      judgeAll(t, ctx, items);
    }
    checkSasaranMeans(t, ctx);
    checkParentMeans(t, ctx);
  },
});
