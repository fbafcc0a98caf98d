/**
 * efisiensi (galat): a stated efisiensi ≠ capaian − serapan (Gowa and Ambon: 112 % − 94 % = 18 %), or ≠ the other
 * measure the table evidently uses (more of its rows agree with it): capaian / serapan, the budget left (100 % −
 * serapan), or PMK 22/2021's 1 − serapan / capaian. A table of several rows none of which agrees with any measure
 * uses one we do not know: nothing is certain there, and nothing is reported. A table that writes no serapan has it
 * from the row's pagu and realisasi, and is judged only where a row bears a measure out.
 */
import Decimal from 'decimal.js';
import {
  capaianPercent,
  displayUnit,
  efisiensiPercent,
  HUNDRED,
  METODE_EFISIENSI,
  MetodeEfisiensi,
  percentOf,
  serapanPercent,
  withinDisplay,
} from '../measures';
import { Figure } from '../figures';
import { TableModel } from '../model';
import { asFigure, groupEnd } from '../ratios';
import { ColumnRole, TableColumn, TableRow } from '../types';
import { defineRule, RuleContext } from './rule';
import { num, rowName, showValue } from './util';

const messages = {
  selisih: (d: { row: string; stated: string; capaian: string; serapan: string; expected: string }) =>
    `Efisiensi ${d.row} tertulis ${d.stated}, padahal capaian − serapan = ${d.capaian} − ${d.serapan} = ${d.expected}.`,
  rasio: (d: { row: string; stated: string; expected: string }) => `Efisiensi ${d.row} tertulis ${d.stated}, padahal capaian / serapan = ${d.expected}.`,
  sisa: (d: { row: string; stated: string; serapan: string; expected: string }) =>
    `Efisiensi ${d.row} tertulis ${d.stated}, padahal sisa anggaran 100 % − serapan = 100 % − ${d.serapan} = ${d.expected}.`,
  pmk: (d: { row: string; stated: string; capaian: string; serapan: string; expected: string }) =>
    `Efisiensi ${d.row} tertulis ${d.stated}, padahal 1 − serapan ÷ capaian = 1 − ${d.serapan} ÷ ${d.capaian} = ${d.expected}.`,
};

/** The computation in words, for each measure. */
const COMPUTATION: Record<MetodeEfisiensi, (c: string, s: string, e: string) => string> = {
  selisih: (c, s, e) => `capaian − serapan = ${c} − ${s} = ${e}`,
  rasio: (c, s, e) => `capaian ÷ serapan × 100 = ${c} ÷ ${s} × 100 = ${e}`,
  sisa: (_c, s, e) => `100 % − serapan = 100 % − ${s} = ${e}`,
  pmk: (c, s, e) => `(1 − serapan ÷ capaian) × 100 = (1 − ${s} ÷ ${c}) × 100 = ${e}`,
};

/** The ratio written as a ratio (1,13), not in percent. */
const RATIO_AS_RATIO = (c: string, s: string, e: string) => `capaian ÷ serapan = ${c} ÷ ${s} = ${e}`;

interface Row {
  row: TableRow;
  e: { value: Decimal; decimals: number };
  /**
   * Acceptable values by method, from the stated capaian/serapan and from their sources, each with the part of its
   * tolerance its inputs' rounding adds (the stated figure's own shown precision is added when it is judged) and, for
   * the stated inputs, the measure's reach over what they may stand for (`reach`).
   */
  candidates: Record<MetodeEfisiensi, Array<[Decimal, Decimal, Range?]>>;
  /**
   * The measures the stated figure agrees with within rounding alone — each shown figure stands for half a unit of
   * its last digit either side — which decide the table's measure: the tolerances above, generous so that a truncated
   * figure is no galat, would let a quotient of whole percentages agree with almost anything.
   */
  agrees: Set<MetodeEfisiensi>;
  /**
   * The stated figure read as a plain ratio (1,09 for capaian ÷ serapan = 109 %), where it is a bare number below 10,
   * and whether the ratio agrees with it: a column of such figures writes the ratio as a ratio, not in percent.
   */
  plain?: { value: Decimal; decimals: number; agrees: boolean };
  c: Decimal;
  s: Decimal;
  /** The rows holding the capaian and the serapan read (TableModel.mergedFrom). */
  cRow: number;
  sRow: number;
}

/** The least and the most a measure can be. */
interface Range {
  lo: Decimal;
  hi: Decimal;
}

/**
 * The measure's range over its shown inputs where each may be rounded or cut short: its true value from half a unit of
 * its last digit below to a whole unit above (a truncated figure only ever lost digits), one stored finer than it shows
 * exactly that. Every measure moves one way with each input, so the four corners span it; undefined where one is none.
 */
function reach(
  c: { value: Decimal; decimals: number },
  cFiner: boolean,
  s: { value: Decimal; decimals: number },
  sFiner: boolean,
  m: MetodeEfisiensi,
): Range | undefined {
  const ends = (p: { value: Decimal; decimals: number }, finer: boolean) =>
    finer ? [p.value] : [p.value.minus(displayUnit(p.decimals).times(HALF)), p.value.plus(displayUnit(p.decimals))];
  let lo: Decimal | undefined;
  let hi: Decimal | undefined;
  for (const cv of ends(c, cFiner))
    for (const sv of ends(s, sFiner)) {
      const v = efisiensiPercent(cv, sv, m);
      if (!v) return undefined;
      if (!lo || v.lessThan(lo)) lo = v;
      if (!hi || v.greaterThan(hi)) hi = v;
    }
  return lo && hi ? { lo, hi } : undefined;
}

/** part / base × 100 from the row's own inputs left of a column (the capaian's target and realisasi). */
function computed(t: TableModel, row: TableRow, baseRole: ColumnRole, partRole: ColumnRole, before: number, kind: 'capaian' | 'serapan'): Decimal | undefined {
  const base = t.lastColumn(baseRole, before);
  const part = t.lastColumn(partRole, before);
  if (!base || !part) return undefined;
  const b = asFigure(t.figure(t.mergedFrom(row, base), base));
  const p = asFigure(t.figure(t.mergedFrom(row, part), part));
  if (!b || !p) return undefined;
  return kind === 'capaian' ? capaianPercent(b.value, p.value) : serapanPercent(b.value, p.value);
}

const HALF = new Decimal(0.5);
/** The decimals a serapan worked out from its rupiah is exact to, for the rounding allowed (none to speak of). */
const EXACT_DECIMALS = 4;
const ZERO = new Decimal(0);

const atLeastDecimals = (p: { value: Decimal; decimals: number }, d: number) => (p.decimals >= d ? p : { value: p.value, decimals: d });

/** A stored number (never typed text) holding more digits than its format shows: a serapan 0,9084 under "0%". */
const finerThanShown = (f: Figure, p: { value: Decimal; decimals: number }) => !f.fromText && p.value.decimalPlaces() > p.decimals;

/**
 * The decimals a column shows its figures to: the most any of its rows shows. A column that reads 98,5 · 102,4 · 100
 * shows one decimal, so its 100 is 100,0 (staff who type one decimal type 100,4 when they mean it), not anything from
 * 99,0 to 100,99. Never below what the figure itself shows.
 */
function columnDecimals(t: TableModel, col: TableColumn): number {
  let most = 0;
  for (const r of t.rows) {
    if (r.level === 'section') continue;
    const f = asFigure(t.figure(r, col));
    const d = f ? percentOf(f, HUNDRED).decimals : 0;
    if (d > most) most = d;
  }
  return Math.min(most, 4);
}

/**
 * Whether a stated efisiensi can be the measure's result of the capaian and serapan as shown: every measure moves one
 * way with each input, so its range over the inputs' rounding is spanned by the four corners. A figure without
 * `decimals` is exact (computed from its sources).
 */
function withinRounding(
  e: { value: Decimal; decimals: number },
  c: { value: Decimal; decimals?: number },
  s: { value: Decimal; decimals?: number },
  m: MetodeEfisiensi,
): boolean {
  const dc = c.decimals === undefined ? new Decimal(0) : displayUnit(c.decimals).times(HALF);
  const ds = s.decimals === undefined ? new Decimal(0) : displayUnit(s.decimals).times(HALF);
  let lo: Decimal | undefined;
  let hi: Decimal | undefined;
  for (const cv of [c.value.minus(dc), c.value.plus(dc)]) {
    for (const sv of [s.value.minus(ds), s.value.plus(ds)]) {
      const v = efisiensiPercent(cv, sv, m);
      if (!v) return false;
      if (!lo || v.lessThan(lo)) lo = v;
      if (!hi || v.greaterThan(hi)) hi = v;
    }
  }
  const de = displayUnit(e.decimals).times(HALF);
  // inclusive, with a hair for the binary fractions a stored figure carries
  const hair = new Decimal('1e-9');
  return !!lo && !!hi && e.value.plus(de).plus(hair).greaterThanOrEqualTo(lo) && e.value.minus(de).minus(hair).lessThanOrEqualTo(hi);
}

/** Whether a total row's efisiensi is the mean of its rows', as written or with the corrections already found. */
function meanOfParts(t: TableModel, ctx: RuleContext, row: TableRow, ec: TableColumn, stated: Decimal, decimals: number): boolean {
  const written: Decimal[] = [];
  const fixed: Decimal[] = [];
  for (const p of t.partsOf(row)) {
    const f = asFigure(t.figure(p, ec));
    if (!f) continue;
    const v = percentOf(f).value;
    written.push(v);
    const c = ctx.corrected(t.sheet, t.address(p, ec));
    fixed.push(c !== undefined ? new Decimal(c) : v);
  }
  if (written.length < 2) return false;
  const mean = (vs: Decimal[]) => vs.reduce((a, b) => a.plus(b), new Decimal(0)).div(vs.length);
  return withinDisplay(stated, decimals, mean(written)) || withinDisplay(stated, decimals, mean(fixed));
}

/** A measure written out in words and signs: 1 − serapan / capaian (PMK), 100 − serapan, capaian / serapan, capaian − serapan. */
const WRITTEN_METHODS: ReadonlyArray<[RegExp, MetodeEfisiensi]> = [
  [/\b1\s*[-−–]\s*[([]?\s*(% ?)?(serapan|realisasi)\b[^/:]{0,30}[/:]\s*(% ?)?capaian\b/, 'pmk'],
  [/\b100\s*%?\s*[-−–]\s*(% ?)?serapan\b/, 'sisa'],
  [/\bcapaian\b[^/:\-−–]{0,30}[/:]\s*(% ?)?(serapan|realisasi)\b/, 'rasio'],
  [/\bcapaian\b[^/:\-−–]{0,30}[-−–]\s*(% ?)?(serapan|realisasi)\b/, 'selisih'],
];

/** The efisiensi measure the column's header or a note under the table writes out, if one does. */
function notedMethod(t: TableModel, ec: TableColumn): MetodeEfisiensi | undefined {
  for (const text of [ec.header, ...(t.notes ?? [])]) {
    const lower = text.toLowerCase();
    for (const [re, m] of WRITTEN_METHODS) if (re.test(lower)) return m;
  }
  return undefined;
}

const methodKey = (t: TableModel, ec: TableColumn) => `efisiensi-metode|${t.sheet}|${t.range.top}|${ec.col}`;

/** The measure an efisiensi column follows, as this rule read it (undefined before it runs, or where no row bears one out). */
export function efisiensiMethod(ctx: RuleContext, t: TableModel, ec: TableColumn): MetodeEfisiensi | undefined {
  return ctx.memo<MetodeEfisiensi | undefined>(methodKey(t, ec), () => undefined);
}

export const efisiensiRule = defineRule({
  meta: {
    id: 'efisiensi',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Menghitung ulang tingkat efisiensi dari capaian kinerja dan serapan anggaran di barisnya: selisihnya (capaian − serapan, ' +
      'misalnya 112 % − 94 % = 18 %) atau rasionya bila tabel memakai rasio, dan membandingkannya dengan yang tertulis. Efisiensi ' +
      'menunjukkan apakah kinerja dicapai dengan anggaran yang wajar; angka yang salah hitung memberi kesimpulan yang keliru.',
    messages,
  },
  check(t, ctx) {
    const efisiensi = t.columnsWith('efisiensi');
    efisiensi.forEach((ec, i) => {
      // its inputs left of it; one that stands nowhere there, the nearest right of it in its group (groupEnd: "Capaian
      // Kinerja (%) | Tingkat Efisiensi (%) | Serapan Anggaran (%)", as some offices order them)
      const following = efisiensi[i + 1];
      const end = groupEnd(t, ec, following);
      const rightOf = (role: ColumnRole) => {
        const c = t.columns.find((x) => x.role === role && x.col > ec.col && x.col < end && !x.hidden);
        // (never one the next efisiensi takes from its left)
        return c && !(following && t.lastColumn(role, following.col) === c) ? c : undefined;
      };
      const input = (role: ColumnRole) => t.lastColumn(role, ec.col) ?? rightOf(role);
      const cc = input('capaian');
      const sc = input('serapan');
      // (no serapan written: the row's pagu and realisasi give it, "Pagu | Realisasi | Capaian | Efisiensi")
      const money = sc ? undefined : { pagu: input('anggaran'), realisasi: input('realisasi-anggaran') };
      if (!cc || !(sc || (money?.pagu && money.realisasi))) return;
      const rows: Row[] = [];
      const cDecimals = columnDecimals(t, cc);
      const sDecimals = sc ? columnDecimals(t, sc) : EXACT_DECIMALS;
      for (const r of t.rows) {
        if (r.level === 'section') continue;
        const ef = asFigure(t.figure(r, ec));
        // (a capaian or serapan merged down over the rows it stands for is each one's: TableModel.mergedFrom)
        const cRow = t.mergedFrom(r, cc);
        const cf = asFigure(t.figure(cRow, cc));
        if (!ef || !cf) continue;
        const sRow = sc ? t.mergedFrom(r, sc) : r.row;
        const sComp = computed(t, r, 'anggaran', 'realisasi-anggaran', (sc ?? ec).col + 1, 'serapan');
        const sf = sc ? asFigure(t.figure(sRow, sc)) : undefined;
        if (sc ? !sf : !sComp) continue;
        const c = atLeastDecimals(percentOf(cf, HUNDRED), cDecimals);
        const s = sf ? atLeastDecimals(percentOf(sf, HUNDRED), sDecimals) : { value: sComp!, decimals: EXACT_DECIMALS };
        const e = percentOf(ef);
        const cComp = computed(t, r, 'target', 'realisasi', cc.col + 1, 'capaian');
        // the inputs' rounding as shown: a truncated figure is off by up to its last digit; where the row holds their
        // sources, the exact values are candidates of their own (below), and the shown ones are only rounded
        // (a stored figure holding more digits than its format shows, a serapan 0,9084 under "0%", is known to them
        // all: no rounding of its own — what it shows, rounded as Excel rounds it, is a candidate of its own)
        const cFiner = finerThanShown(cf, c);
        const sFiner = sf ? finerThanShown(sf, s) : false;
        const loose = [...(cFiner ? [] : [c.decimals]), ...(sFiner ? [] : [s.decimals])];
        const inputTol = loose.length ? displayUnit(Math.min(...loose)).times(cComp && sComp ? HALF : 1) : ZERO;
        const candidates: Row['candidates'] = { selisih: [], rasio: [], sisa: [], pmk: [] };
        // a quotient carries both inputs' rounding further than a difference does
        const tolFor = (m: MetodeEfisiensi, tol: Decimal) => (m === 'rasio' || m === 'pmk' ? tol.times(2) : tol);
        for (const m of METODE_EFISIENSI) {
          const v = efisiensiPercent(c.value, s.value, m);
          // (and within the reach of the inputs as shown, where they are not both worked out here too: a whole unit of the
          // coarser input either way overreaches on the side a rounded or truncated figure never lies)
          if (v) candidates[m].push([v, tolFor(m, inputTol), cComp && sComp ? undefined : reach(c, cFiner, s, sFiner, m)]);
        }
        const shown = (p: { value: Decimal; decimals: number }, finer: boolean) =>
          finer ? { value: p.value.toDecimalPlaces(p.decimals, Decimal.ROUND_HALF_UP), decimals: p.decimals } : p;
        if (cFiner || sFiner) {
          const shownTol = displayUnit(Math.min(c.decimals, s.decimals)).times(HALF);
          for (const m of METODE_EFISIENSI) {
            const v = efisiensiPercent(shown(c, cFiner).value, shown(s, sFiner).value, m);
            if (v) candidates[m].push([v, tolFor(m, shownTol)]);
          }
        }
        if (cComp && sComp) {
          for (const m of METODE_EFISIENSI) {
            const v = efisiensiPercent(cComp, sComp, m);
            if (v) candidates[m].push([v, ZERO]);
          }
        }
        // (a figure stored finer than it shows is known to its stored digits, or it was taken as shown: no rounding
        // either side of its stored value, which would let a difference pass for a quotient)
        const held = (p: { value: Decimal; decimals: number }, finer: boolean) => (finer ? { value: p.value } : p);
        const agrees = new Set<MetodeEfisiensi>();
        for (const m of METODE_EFISIENSI) {
          if (
            withinRounding(e, held(c, cFiner), held(s, sFiner), m) ||
            ((cFiner || sFiner) && withinRounding(e, shown(c, cFiner), shown(s, sFiner), m)) ||
            (cComp && sComp && withinRounding(e, { value: cComp }, { value: sComp }, m))
          )
            agrees.add(m);
        }
        // 1,09 under "Tingkat Efisiensi" (capaian : serapan, not in percent) is 109 %
        const hundredfold = percentOf(ef, HUNDRED);
        const plain =
          hundredfold.value.equals(e.value) || !candidates.rasio.length
            ? undefined
            : {
                ...hundredfold,
                agrees:
                  withinRounding(hundredfold, c, s, 'rasio') ||
                  (!!cComp && !!sComp && withinRounding(hundredfold, { value: cComp }, { value: sComp }, 'rasio')),
              };
        rows.push({ row: r, e, candidates, agrees, plain, c: c.value, s: s.value, cRow, sRow });
      }
      const fitsValue = (r: Row, e: { value: Decimal; decimals: number }, m: MetodeEfisiensi) =>
        r.candidates[m].some(([v, inputs, range]) => {
          const unit = displayUnit(e.decimals);
          if (!e.value.minus(v).abs().lessThan(unit.plus(inputs))) return false;
          return !range || (e.value.greaterThan(range.lo.minus(unit)) && e.value.lessThan(range.hi.plus(unit)));
        });
      const fits = (r: Row, m: MetodeEfisiensi) => fitsValue(r, r.e, m);
      // the measure most rows agree with; on a tie the more common one (METODE_EFISIENSI is in that order)
      let method: MetodeEfisiensi = 'selisih';
      let best = -1;
      for (const m of METODE_EFISIENSI) {
        const n = rows.filter((r) => r.agrees.has(m)).length;
        if (n > best) [method, best] = [m, n];
      }
      // the measure the table writes out, in its header or a note ("Efisiensi = (1 − (% serapan / % capaian)) × 100%"),
      // where a row bears it out: rows whose figures fit several measures (integers) do not outvote it
      const noted = notedMethod(t, ec);
      if (noted && noted !== method) {
        const n = rows.filter((r) => r.agrees.has(noted)).length;
        if (n > 0) [method, best] = [noted, n];
      }
      // the ratio written as a ratio (1,09) by more rows than any measure in percent: every row read so
      const plainRatio = rows.filter((r) => r.plain?.agrees).length;
      if (plainRatio > best) {
        method = 'rasio';
        best = plainRatio;
        for (const r of rows) if (r.plain) r.e = r.plain;
      }
      // (a serapan worked out by us: only where a row bears a measure out — "Efisiensi (Rp)" may be the rupiah saved)
      if (best === 0 && (rows.length > 1 || !sc)) return;
      // the measure the column is read by, for the rules after this one (predikat: what "Efisien" says by it)
      if (best > 0) ctx.memo(methodKey(t, ec), () => method);
      for (const r of rows) {
        if (fits(r, method) || r.candidates[method].length === 0) continue;
        // a bare figure that is the measure exactly as a fraction (0,18 for capaian − serapan = 18 %, its percent
        // format missing): off by a hundredfold is the cell's format, not its arithmetic — no certain galat
        if (r.plain && r.e !== r.plain && fitsValue(r, r.plain, method)) continue;
        // a Rata-rata or JUMLAH row that is the mean of the rows it covers, as they are written (one of them wrong, reported)
        // or as they should be: its rows' figure, not an error of its own
        if (r.row.level === 'total' && meanOfParts(t, ctx, r.row, ec, r.e.value, r.e.decimals)) continue;
        const expected = r.candidates[method][0][0];
        // a ratio written as a ratio is shown and reported as one (1,31 against 1,13), in the column's own terms
        const asRatio = r.e === r.plain;
        const own = (v: Decimal) => (asRatio ? v.div(HUNDRED) : v);
        const ratioPlaces = Math.max(2, r.e.decimals + 2);
        const show = (v: Decimal, decimals?: number) =>
          asRatio ? showValue(v.div(HUNDRED).toDecimalPlaces(ratioPlaces), 'angka', ratioPlaces) : showValue(v, 'persen', decimals);
        ctx.report({
          cell: t.address(r.row, ec),
          related: [t.address(r.cRow, cc), ...(sc ? [t.address(r.sRow, sc)] : [t.address(r.row, money!.pagu!), t.address(r.row, money!.realisasi!)])],
          expected: num(own(expected), asRatio ? 4 : 2),
          actual: num(own(r.e.value), 4),
          unit: asRatio ? 'angka' : 'persen',
          computation: (asRatio ? RATIO_AS_RATIO : COMPUTATION[method])(showValue(r.c, 'persen', 2), showValue(r.s, 'persen', 2), show(expected)),
          message: messages[method]({
            row: rowName(r.row),
            stated: show(r.e.value, r.e.decimals),
            capaian: showValue(r.c, 'persen', 2),
            serapan: showValue(r.s, 'persen', 2),
            expected: show(expected),
          }),
        });
      }
    });
  },
});
