/**
 * selisih-kolom (galat): a column of the change between two figures of its row — "Kenaikan/Penurunan 2023-2024",
 * "Pertumbuhan (%)", "Naik/Turun", a "Selisih" with no target and realisasi beside it — that the table evidently
 * works out from two of its other columns: most of its rows are column A − column B, or (A − B) ÷ B × 100, to their
 * shown digits (this year's realisasi against last year's in a trend table, a kecamatan's count against the year
 * before). A row that is neither is an error. Which two columns, and which formula, the figures decide; the header
 * only says the column is a change (vocabulary.isChangeHeader). A difference column the selisih rule already reads
 * from its pagu and realisasi, or target and realisasi, is left to it.
 *
 * Certainty, as persen-kolom's: the formula must hold on at least MIN_AGREEING rows that say something (the two
 * figures differ, the change is not 0) and on three rows in four; another pair or formula that explains the column as
 * well makes it ambiguous (nothing is said). A row that states the change the other way round (B − A: a "Penurunan"
 * written as a positive figure, a change written as its size) shows the same two columns: it counts for them.
 */
import Decimal from 'decimal.js';
import { Figure, storedPrecisely } from '../figures';
import { showsComputed, sumFigures, withinDisplay } from '../measures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { TableColumn, TableRow } from '../types';
import { isChangeHeader, norm } from '../vocabulary';
import { bestFormula, brokenFormula, columnNamed as named, formulaHolds, MIN_AGREEING, MIN_SHARE, NOT_INPUT, SAMPLE_ROWS } from './column-formula';
import { defineRule } from './rule';
import { differenceDirection, differenceOperands, namesGap, num, rowName, showValue, ShowKind, unitClass } from './util';

const messages = { selisihKolom: brokenFormula };

/** For the two columns the header names by their years, more rows than not. */
const NAMED_SHARE = 0.5;

type Form = 'selisih' | 'pertumbuhan';

interface Candidate {
  a: TableColumn;
  b: TableColumn;
  form: Form;
  agreeing: number;
  /** Of those, the rows that state it with its sign (A − B, not B − A): which way round the column reads. */
  signed: number;
  /**
   * Of those, the rows whose figure, stored finer than its format shows (a growth 0,0684 under "0%"), holds it to the
   * stored digits: where a formula does so, one that agrees only with the rounded figure it shows is a coincidence.
   */
  exact: number;
  bad: Array<{ row: TableRow; stated: Figure; a: Figure; b: Figure; expected: Decimal }>;
  /**
   * The rows whose figure shows the change to its format's digits but, stored finer, holds another (a growth of 0,66 %
   * stored −0,0033 under "0%", shown "−0 %"): wrong where the column's formula holds to the stored digits on its rows.
   */
  heldOff: Candidate['bad'];
}

/**
 * The two columns a header names by their years ("Kenaikan/Penurunan 2023-2024" beside Realisasi 2023 and Realisasi
 * 2024, of one role): the later over the earlier. The header says which; the figures need only not deny it.
 */
function namedPair(col: TableColumn, inputs: TableColumn[]): [TableColumn, TableColumn] | undefined {
  const leaf = norm(col.header.split(' / ').pop() ?? '');
  const years = [...leaf.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  // one year, the one compared with ("Perubahan thd 2023", "Kenaikan dari tahun 2023"): the latest year's column over it
  const against = years.length === 1 && COMPARED_WITH_YEAR.test(leaf);
  if ((years.length !== 2 || years[0] === years[1]) && !against) return undefined;
  for (const role of new Set(inputs.map((c) => c.role))) {
    const ofRole = inputs.filter((c) => c.role === role && c.year !== undefined);
    let [early, late] = years[0] < years[1] ? years : [years[1], years[0]];
    if (against) {
      early = years[0];
      late = ofRole.reduce((m, c) => Math.max(m, c.year as number), -Infinity);
      if (late <= early) continue;
    }
    const of = (y: number) => ofRole.filter((c) => c.year === y);
    const [a, b] = [of(late), of(early)];
    if (a.length === 1 && b.length === 1) return [a[0], b[0]];
  }
  return undefined;
}

/** A header's year named as what the change is taken against: "thd 2023", "terhadap tahun 2023", "dibanding 2023". */
const COMPARED_WITH_YEAR = /\b(thd\.?|terhadap|dari|dibanding(kan)?( dengan)?) (tahun |th\.? )?(19|20)\d\d\b/;

/**
 * Whether a stated figure shows a change, to its shown digits, either way round (a "Penurunan" or a size written without
 * its sign shows the same two columns).
 */
function showsChange(stated: Figure, change: Decimal): boolean {
  return showsComputed(stated, change) || showsComputed(stated, change.neg());
}

/** The change of a over b in the form, undefined where it cannot be worked out (growth over 0). */
function changeOf(form: Form, a: Figure, b: Figure): Decimal | undefined {
  if (form === 'selisih') return a.value.minus(b.value);
  return b.num === 0 ? undefined : a.value.minus(b.value).div(b.value).times(100);
}

/**
 * A row's stated change and the two figures it is taken from, with the change they make in the form; undefined where
 * one is missing or a bound ("< 5 %" is no figure a change is taken from), or the change cannot be worked out.
 */
function changeAt(t: TableModel, row: TableRow, col: TableColumn, a: TableColumn, b: TableColumn, form: Form) {
  const stated = asFigure(t.statedFigure(row, col));
  const fa = asFigure(t.figure(row, a));
  const fb = asFigure(t.figure(row, b));
  if (!stated || !fa || !fb || stated.comparator || fa.comparator || fb.comparator) return undefined;
  const expected = changeOf(form, fa, fb);
  return expected === undefined ? undefined : { stated, fa, fb, expected };
}

function judge(
  t: TableModel,
  rows: TableRow[],
  col: TableColumn,
  a: TableColumn,
  b: TableColumn,
  form: Form,
  least = MIN_AGREEING,
  share = MIN_SHARE,
  totals: readonly TableRow[] = [],
): Candidate {
  const out: Candidate = { a, b, form, agreeing: 0, signed: 0, exact: 0, bad: [], heldOff: [] };
  for (const row of rows) {
    const c = changeAt(t, row, col, a, b, form);
    if (!c) continue;
    const { stated, fa, fb, expected } = c;
    // (the change the other way round, a "Penurunan" or a size written without its sign, shows the same two columns)
    if (showsChange(stated, expected)) {
      // (no change at all says nothing of which columns it comes from)
      if (!expected.isZero()) {
        out.agreeing++;
        if (showsComputed(stated, expected)) out.signed++;
        const held = storedPrecisely(stated);
        if (held.decimals > stated.decimals) {
          if (showsChange(held, expected)) out.exact++;
          else out.heldOff.push({ row, stated: held, a: fa, b: fb, expected });
        }
      }
    } else out.bad.push({ row, stated, a: fa, b: fb, expected });
  }
  // (a JUMLAH row whose change is its own row's by the formula bears it out too — the change of the totals, worked out as
  // each row's is: a small table of four kecamatan, one with no change and one typed wrong, is judged by it; the row
  // itself is judged after, badTotals)
  let evidence = out.agreeing;
  if (out.agreeing > 0 && !formulaHolds(out.agreeing, out.bad.length, least, share))
    for (const row of totals) {
      const c = changeAt(t, row, col, a, b, form);
      if (c && !c.expected.isZero() && showsChange(c.stated, c.expected)) evidence++;
    }
  return formulaHolds(evidence, out.bad.length, least, share) && evidence > out.bad.length ? out : { ...out, agreeing: 0 };
}

/**
 * The two columns and the formula a change column is worked out from, where the figures say so (the best pairing, no
 * other as good); undefined where nothing does. Its wrong rows in `bad`.
 */
function changeFormula(t: TableModel, rows: TableRow[], col: TableColumn): Candidate | undefined {
  // (read once per column: jumlah-total asks of a change column's total row before this rule judges the column)
  const known = formulas.get(col);
  if (known !== undefined) return known ?? undefined;
  const found = findChangeFormula(t, rows, col);
  formulas.set(col, found ?? null);
  return found;
}

/** Each change column's formula, as changeFormula found it over the table's rows (sections left out). */
const formulas = new WeakMap<TableColumn, Candidate | null>();

function findChangeFormula(t: TableModel, all: TableRow[], col: TableColumn): Candidate | undefined {
  // (the formula is the rows'; a JUMLAH row is judged by it after, see badTotals)
  const rows = all.filter((r) => r.level !== 'total');
  const totals = all.filter((r) => r.level === 'total');
  const inputs = t.columns.filter((c) => c.col < col.col && !(c.role && NOT_INPUT.has(c.role)) && !isChangeHeader(c.header) && !differenceDirection(c.header));
  let found: Candidate[] = [];
  // the two columns the header names by their years: the formula need hold on one row, and on most of them
  const pair = namedPair(col, inputs);
  if (pair)
    for (const form of ['selisih', 'pertumbuhan'] as const) {
      const c = judge(t, rows, col, pair[0], pair[1], form, 1, NAMED_SHARE);
      if (c.agreeing > 0) found.push(c);
    }
  const sample = rows.length > SAMPLE_ROWS ? rows.slice(0, SAMPLE_ROWS) : rows;
  if (!pair)
    for (const a of inputs)
      for (const b of inputs) {
        if (a === b || unitClass(a.unit) !== unitClass(b.unit)) continue;
        for (const form of ['selisih', 'pertumbuhan'] as const) {
          // every pair tried on the table's first rows, the ones that hold there judged on every row
          if (sample !== rows && judge(t, sample, col, a, b, form).agreeing === 0) continue;
          const c = judge(t, rows, col, a, b, form, MIN_AGREEING, MIN_SHARE, totals);
          if (c.agreeing > 0) found.push(c);
        }
      }
  // (a formula the stored digits bear out on enough rows outweighs those only the rounded figures shown agree with)
  let mostExact = 0;
  for (const c of found) mostExact = Math.max(mostExact, c.exact);
  if (mostExact >= MIN_AGREEING) found = found.filter((c) => c.exact === mostExact);
  // another pair or formula that explains the column as well (B − A read as A − B is the same pair): not certain
  const best = bestFormula(found, {
    same: (c, d) => c.form === d.form && ((c.a === d.a && c.b === d.b) || (c.a === d.b && c.b === d.a)),
    tie: (x, y) => y.signed - x.signed,
  });
  if (best) best.bad.push(...badTotals(t, all, col, best));
  // (a column its formula holds to the stored digits on all its rows but a few: a row that agrees only as shown is wrong)
  if (best && best.exact >= MIN_AGREEING && best.heldOff.length * 2 < best.exact) {
    best.bad.push(...best.heldOff);
    best.agreeing -= best.heldOff.length;
  }
  return best;
}

/**
 * The JUMLAH rows whose change is not their own row's by the column's formula — unless it is the sum of the changes it
 * covers as they are written (a row's change typed wrong, added up: that row is the error, not the sum of it).
 */
function badTotals(t: TableModel, rows: TableRow[], col: TableColumn, best: Candidate): Candidate['bad'] {
  const out: Candidate['bad'] = [];
  for (const row of rows) {
    if (row.level !== 'total') continue;
    const c = changeAt(t, row, col, best.a, best.b, best.form);
    if (!c || showsChange(c.stated, c.expected)) continue;
    const { stated, fa, fb, expected } = c;
    const parts = t
      .partsOf(row)
      .map((r) => asFigure(t.figure(r, col)))
      .filter((x): x is Figure => !!x);
    if (best.form === 'selisih' && parts.length && withinDisplay(stated.value, stated.decimals, sumFigures(parts))) continue;
    out.push({ row, stated, a: fa, b: fb, expected });
  }
  return out;
}

/**
 * Whether a column is one this rule judges: a change ("Kenaikan/Penurunan", "Pertumbuhan (%)"), a gap ("Selisih",
 * "Deviasi"), or a difference ("Sisa", "Lebih/(Kurang)") the selisih rule does not read from a pagu and realisasi, or a
 * target and realisasi, of its table.
 */
function isChangeColumn(t: TableModel, col: TableColumn): boolean {
  // (a change names no measure of its own: "Anggaran / Perubahan" is the revised pagu, not a change)
  if (col.role && col.role !== 'nilai') return false;
  // (a Sisa or Selisih with its pagu and realisasi, or target and realisasi: the selisih rule's, in rupiah or in
  // percent of the pagu)
  if (differenceDirection(col.header))
    return !(col.role === 'nilai' && (!!differenceOperands(t, col) || (!!t.lastColumn('anggaran', col.col) && !!t.lastColumn('realisasi-anggaran', col.col))));
  // (a gap the selisih rule does not read, "Deviasi Fisik-Keuangan (%)", is a change of two columns too)
  return isChangeHeader(col.header) || namesGap(norm(col.header.split(' / ').pop() ?? ''));
}

/**
 * Whether a change column's figure on a total or parent row is its own row's change, by the column's formula (a JUMLAH
 * of "Naik/Turun" that is the totals' change, a programme's "Bertambah/(Berkurang)" of its own budgets: right, where a
 * row's change typed wrong keeps the column from adding up).
 */
export function rowChangeAgrees(t: TableModel, row: TableRow, col: TableColumn): boolean {
  const rows = t.rows.filter((r) => r.level !== 'section');
  if (rows.length < MIN_AGREEING || !isChangeColumn(t, col)) return false;
  const best = changeFormula(t, rows, col);
  if (!best) return false;
  const stated = asFigure(t.statedFigure(row, col));
  const fa = asFigure(t.figure(row, best.a));
  const fb = asFigure(t.figure(row, best.b));
  const expected = stated && fa && fb ? changeOf(best.form, fa, fb) : undefined;
  return !!stated && !!expected && showsChange(stated, expected);
}

export const selisihKolom = defineRule({
  meta: {
    id: 'selisih-kolom',
    recomputes: true,
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Mencari kolom perubahan — Kenaikan/Penurunan, Pertumbuhan, Naik/Turun, atau Selisih tanpa target dan realisasi di ' +
      'sampingnya — yang dihitung dari dua kolom lain di tabel yang sama (misalnya realisasi tahun ini dikurangi realisasi ' +
      'tahun lalu, atau pertumbuhannya dalam persen): bila hampir semua barisnya cocok dengan rumus itu, baris yang tidak ' +
      'cocok hampir pasti salah hitung atau salah ketik.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian',
  check(t, ctx) {
    const rows = t.rows.filter((r) => r.level !== 'section');
    if (rows.length < MIN_AGREEING) return;
    for (const col of t.columns) {
      if (!isChangeColumn(t, col)) continue;
      const best = changeFormula(t, rows, col);
      if (!best) continue;
      const money = unitClass(best.a.unit) === 'money';
      for (const { row, stated, a, b, expected } of best.bad) {
        const cellA = t.address(row, best.a);
        const cellB = t.address(row, best.b);
        // a figure another rule found wrong: with its right value the change agrees (that error is reported there)
        const fixedA = ctx.corrected(t.sheet, cellA);
        const fixedB = ctx.corrected(t.sheet, cellB);
        if (fixedA !== undefined || fixedB !== undefined) {
          const fixed = changeOf(
            best.form,
            { ...a, value: new Decimal(fixedA ?? a.value), num: fixedA ?? a.num },
            { ...b, value: new Decimal(fixedB ?? b.value), num: fixedB ?? b.num },
          );
          if (fixed && showsChange(stated, fixed)) continue;
        }
        const growth = best.form === 'pertumbuhan';
        const kind: ShowKind = growth ? 'persen' : money ? 'rupiah' : stated.unit === 'persen' ? 'persen' : 'angka';
        const inputKind: ShowKind = money ? 'rupiah' : 'angka';
        const shownA = showValue(a.value, inputKind, 2, best.a.magnitude);
        const shownB = showValue(b.value, inputKind, 2, best.b.magnitude);
        const formula = growth
          ? `(${named(best.a)} − ${named(best.b)}) ÷ ${named(best.b)} × 100 = (${shownA} − ${shownB}) ÷ ${shownB} × 100`
          : `${named(best.a)} − ${named(best.b)} = ${shownA} − ${shownB}`;
        const computation = growth
          ? `(${cellA} − ${cellB}) ÷ ${cellB} × 100 = (${shownA} − ${shownB}) ÷ ${shownB} × 100`
          : `${cellA} − ${cellB} = ${shownA} − ${shownB}`;
        const mag = kind === 'rupiah' ? (col.magnitude ?? best.a.magnitude) : undefined;
        ctx.report({
          cell: t.address(row, col),
          related: [cellA, cellB],
          expected: num(expected, growth ? 2 : 4),
          actual: num(stated.value),
          unit: kind,
          magnitude: mag,
          computation: `${computation} = ${showValue(expected, kind, 2, mag)}`,
          message: messages.selisihKolom({
            column: (col.header.split(' / ').pop() ?? 'Perubahan').trim(),
            row: rowName(row),
            stated: showValue(stated.value, kind, 2, mag),
            formula,
            expected: showValue(expected, kind, 2, mag),
            agreeing: best.agreeing,
          }),
        });
      }
    }
  },
});
