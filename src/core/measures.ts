/**
 * The domain's arithmetic, in one place: capaian (each polarity), serapan, efisiensi, predikat and the tolerances of
 * figures as reports show them. The custom functions (formulas.ts), the periksa rules, the highlight plan and the
 * checked copy all compute through here, so a capaian is never computed two ways.
 *
 * Exact where a figure is reported (decimal.js); plain floating point only where it decides a comparison that is
 * clearly inside or outside a tolerance (decimal.js settles the edge).
 */
import Decimal from 'decimal.js';
import { Figure } from './figures';
import { bandFor, Scale } from './scale';

export type ExcelErrorCode = '#DIV/0!' | '#VALUE!' | '#N/A' | '#NUM!';

/** A value Excel would show as an error, with the Indonesian reason. */
export class FormulaError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    readonly pesan: string,
  ) {
    super(pesan);
    this.name = 'FormulaError';
  }
}

/**
 * How a capaian is computed: 'positif' realisasi / target (higher is better); 'negatif' (2·target − realisasi) /
 * target (lower is better, the PermenPANRB form); 'negatif-rasio' target / realisasi (lower is better, the ratio
 * form some offices use).
 */
/** One hundred percent, the whole a percentage is of. */
export const HUNDRED = new Decimal(100);

export type Polaritas = 'positif' | 'negatif' | 'negatif-rasio';
export const POLARITAS: readonly Polaritas[] = ['positif', 'negatif', 'negatif-rasio'];

/** Capaian as a fraction (1,1259 = 112,59 %). */
export function capaian(target: Decimal, realisasi: Decimal, polaritas: Polaritas = 'positif'): Decimal {
  switch (polaritas) {
    case 'positif':
      if (target.isZero()) throw new FormulaError('#DIV/0!', 'target bernilai 0; capaian tidak dapat dihitung');
      return realisasi.div(target);
    case 'negatif':
      if (target.isZero()) throw new FormulaError('#DIV/0!', 'target bernilai 0; capaian tidak dapat dihitung');
      return target.times(2).minus(realisasi).div(target);
    case 'negatif-rasio':
      if (realisasi.isZero()) throw new FormulaError('#DIV/0!', 'realisasi bernilai 0; capaian rasio terbalik tidak dapat dihitung');
      return target.div(realisasi);
  }
}

/** Capaian in percent points (112,59), or undefined where it cannot be computed (a zero divisor). */
export function capaianPercent(target: Decimal, realisasi: Decimal, polaritas: Polaritas = 'positif'): Decimal | undefined {
  if (polaritas === 'negatif-rasio' ? realisasi.isZero() : target.isZero()) return undefined;
  return capaian(target, realisasi, polaritas).times(100);
}

/** Serapan anggaran as a fraction: realisasi / pagu. */
export function serapan(pagu: Decimal, realisasi: Decimal): Decimal {
  if (pagu.isZero()) throw new FormulaError('#DIV/0!', 'pagu bernilai 0; serapan tidak dapat dihitung');
  return realisasi.div(pagu);
}

export function serapanPercent(pagu: Decimal, realisasi: Decimal): Decimal | undefined {
  return pagu.isZero() ? undefined : serapan(pagu, realisasi).times(100);
}

/**
 * How an office works out its efisiensi, each in use in LKjIP reports: 'selisih' capaian − serapan (112 % − 94 % =
 * 18 %); 'rasio' capaian / serapan; 'sisa' the budget left unspent, 100 % − serapan ("efisiensi anggaran 5,3 %");
 * 'pmk' the Ministry of Finance's measure (PMK 22/PMK.02/2021): 1 − realisasi ÷ (capaian × pagu) = 1 − serapan /
 * capaian.
 */
export type MetodeEfisiensi = 'selisih' | 'rasio' | 'sisa' | 'pmk';

export const METODE_EFISIENSI: readonly MetodeEfisiensi[] = ['selisih', 'rasio', 'sisa', 'pmk'];

/** Efisiensi from capaian and serapan in the same unit (fractions give a fraction, points give points). */
export function efisiensi(capaianKinerja: Decimal, serapanAnggaran: Decimal, metode: MetodeEfisiensi = 'selisih'): Decimal {
  if (metode === 'selisih') return capaianKinerja.minus(serapanAnggaran);
  if (metode === 'sisa') return new Decimal(1).minus(serapanAnggaran);
  if (metode === 'pmk') {
    if (capaianKinerja.isZero()) throw new FormulaError('#DIV/0!', 'capaian kinerja bernilai 0; efisiensi PMK tidak dapat dihitung');
    return new Decimal(1).minus(serapanAnggaran.div(capaianKinerja));
  }
  if (serapanAnggaran.isZero()) throw new FormulaError('#DIV/0!', 'serapan anggaran bernilai 0; efisiensi rasio tidak dapat dihitung');
  return capaianKinerja.div(serapanAnggaran);
}

/** Efisiensi in percent points from capaian and serapan in percent points (rasio: 112 / 94 × 100). */
export function efisiensiPercent(capaianPoints: Decimal, serapanPoints: Decimal, metode: MetodeEfisiensi): Decimal | undefined {
  if (metode === 'rasio') return serapanPoints.isZero() ? undefined : capaianPoints.div(serapanPoints).times(100);
  if (metode === 'sisa') return new Decimal(100).minus(serapanPoints);
  if (metode === 'pmk') return capaianPoints.isZero() ? undefined : new Decimal(1).minus(serapanPoints.div(capaianPoints)).times(100);
  return capaianPoints.minus(serapanPoints);
}

/** The predikat of a capaian in percent points on a scale; #N/A below every band of a scale without a floor. */
export function predikat(percent: number, scale: Scale): string {
  const hasFloor = scale.bands.some((b) => b.lower === undefined);
  let lowest = Infinity;
  for (const b of scale.bands) lowest = Math.min(lowest, b.lower ?? -Infinity);
  if (!hasFloor && percent < lowest) throw new FormulaError('#N/A', `capaian ${new Decimal(percent).toFixed()} % di bawah batas terendah skala (${lowest} %)`);
  const b = bandFor(scale.bands, percent);
  if (!b) throw new FormulaError('#N/A', 'capaian tidak masuk rentang skala mana pun');
  return b.label;
}

// ---- tolerances of figures as reports show them ---------------------------------------------------------------

/** One unit of the last shown digit: 2 decimals → 0,01. */
export function displayUnit(decimals: number): Decimal {
  return new Decimal(10).pow(-Math.min(decimals, 6));
}

/**
 * A stated figure is consistent with the computed one when it is the computed one rounded or cut off to its last shown
 * digit: reports do both (Gowa shows 97 % for 97,62 %). A figure typed as it shows (0,4 for a change of 0,32) is one of
 * the two or wrong — rounded up it is neither; one stored finer than it shows (ROUND(…; 2) under a one-decimal format
 * shows a figure rounded twice) is read within one unit of its last shown digit (0 decimals → < 1 point).
 */
export function withinDisplay(stated: Decimal, decimals: number, computed: Decimal, cutOff = true): boolean {
  const unit = displayUnit(decimals);
  const diff = stated.minus(computed).abs();
  if (diff.greaterThanOrEqualTo(unit)) return false;
  if (stated.decimalPlaces() > Math.min(decimals, 6)) return true;
  // rounded (a half either way: 0,325 shows 0,33 or, in floating point, 0,32), or cut off towards zero
  if (diff.lessThanOrEqualTo(unit.div(2))) return true;
  return cutOff && (stated.isZero() || (stated.isNegative() === computed.isNegative() && stated.abs().lessThan(computed.abs())));
}

/**
 * Σ parts = whole for money written in thousands or millions, each figure rounded to its last shown digit from the
 * rupiah it stands for: the shown sum may be off the shown whole by half a unit per figure (70,37 juta against
 * 12,35 + 23,46 + 34,57 = 70,38). Beyond that the figures contradict each other whatever they were rounded from. A
 * figure's last digit is its last one that is not a zero: "588.250,00 ribu" may be rounded to the thousand, its
 * ",00" the look of a format (so is every whole number of the column, typed so or shown so).
 */
export function roundedSumsAgree(whole: Figure, parts: Figure[]): boolean {
  const digits = (f: Figure) => Math.min(f.decimals, f.value.decimalPlaces());
  let decimals = digits(whole);
  for (const p of parts) decimals = Math.max(decimals, digits(p));
  const slack = displayUnit(decimals)
    .div(2)
    .times(parts.length + 1);
  return whole.value.minus(sumFigures(parts)).abs().lessThanOrEqualTo(slack);
}

/**
 * Whether a stated percentage may be part ÷ base × 100 of the amounts the shown ones were rounded from: money written in
 * thousands or millions ("Rp 41,23 juta") is a rounded amount, and its share is computed from the rupiah. The true
 * ratio lies between (part − ½ unit) ÷ (base + ½ unit) and (part + ½ unit) ÷ (base − ½ unit), each to its last shown
 * digit; the stated figure, rounded or cut off to its last digit, must come from that range.
 */
export function withinInputRounding(stated: Figure, part: Figure, base: Figure): boolean {
  const half = (f: Figure) => displayUnit(f.decimals).div(2);
  const lowBase = base.value.abs().minus(half(base));
  if (lowBase.lessThanOrEqualTo(0)) return false;
  const partAbs = part.value.abs();
  const lo = partAbs
    .minus(half(part))
    .div(base.value.abs().plus(half(base)))
    .times(100);
  const hi = partAbs.plus(half(part)).div(lowBase).times(100);
  const s = percentOf(stated, part.value.div(base.value).times(100));
  const unit = displayUnit(s.decimals);
  // the stated figure rounded ([s − ½, s + ½] of its last digit) or cut off ([s, s + 1)) from a ratio in that range
  return s.value.plus(unit).greaterThan(lo) && s.value.minus(unit.div(2)).lessThanOrEqualTo(hi);
}

/**
 * A percentage cell's value in percent points. A fraction stored under a % format is already points here (the
 * figure reader multiplies it); a plain number below 10 where the computed value is above 20 is a fraction typed
 * without the format (0,98 for 98 %) — stored as a number or typed as text in a Text-formatted column ("0,98"), but
 * not a text with a unit of its own.
 */
export function percentOf(f: Figure, computedHint?: Decimal): { value: Decimal; decimals: number } {
  if (f.unit === 'persen') return { value: f.value, decimals: f.decimals };
  if (f.unit === 'angka' && !f.unitText && f.value.abs().lessThan(10) && computedHint && computedHint.abs().greaterThan(20)) {
    return { value: f.value.times(100), decimals: Math.max(0, f.decimals - 2) };
  }
  return { value: f.value, decimals: f.decimals };
}

/**
 * A percentage cell's value as its format shows it (percentOf, rounded to the shown decimals as Excel rounds, half
 * away from zero): a capaian stored 1,2065 under "0%" shows 121 %, which is what the sheet states — one unit off a
 * computed 120 %, the stored digits below it no excuse. A figure typed as text states what it says.
 */
export function shownPercentOf(f: Figure, computedHint?: Decimal): { value: Decimal; decimals: number } {
  const p = percentOf(f, computedHint);
  if (f.fromText || p.decimals < 0 || p.value.decimalPlaces() <= p.decimals) return p;
  return { value: p.value.toDecimalPlaces(Math.min(p.decimals, 6), Decimal.ROUND_HALF_UP), decimals: p.decimals };
}

/**
 * Whether a stated figure may show a percentage computed in floating point as `approx`: false only where it cannot
 * (off by more than twice the unit of its last digit, read as percentOf reads it, either way near the bound of its
 * fraction reading) — the cheap test before the exact one (percentOf and withinDisplay), for rows judged by the thousand.
 */
export function mayStatePercent(f: Figure, approx: number): boolean {
  const near = (s: number, decimals: number) => Math.abs(s - approx) <= 2 * Math.pow(10, -Math.min(decimals, 6)) + 1e-9 * (3 + Math.abs(s) + Math.abs(approx));
  if (near(f.num, f.decimals)) return true;
  // (a fraction, 0,95 for 95 %, as percentOf reads it: its hint's bound of 20 taken loosely)
  return f.unit === 'angka' && !f.unitText && Math.abs(f.num) <= 10 && Math.abs(approx) > 19 && near(f.num * 100, Math.max(0, f.decimals - 2));
}

export function sumFigures(figs: Figure[]): Decimal {
  let s = new Decimal(0);
  for (const f of figs) s = s.plus(f.value);
  return s;
}

/** The maxima offices put on a capaian ("capaian di atas 120% ditetapkan 120%"), in the capaian and in its mean. */
export const CAPAIAN_CAPS: readonly number[] = [100, 105, 110, 120, 125, 130, 150];

/**
 * Σ parts = whole, allowing only for display rounding where a figure holds more precision than it shows: integer
 * amounts and counts must match exactly (an error of 1 is still an error).
 */
export function sumsAgree(whole: Figure, parts: Figure[]): boolean {
  // Whole numbers below 2^53 add exactly in floating point: decide without decimal.js.
  if (Number.isInteger(whole.num) && whole.decimals === 0 && parts.every((p) => Number.isInteger(p.num) && p.decimals === 0)) {
    let s = 0;
    for (const p of parts) s += p.num;
    if (Math.abs(s) < Number.MAX_SAFE_INTEGER) return s === whole.num;
  }
  const sum = sumFigures(parts);
  if (sum.equals(whole.value)) return true;
  const all = [whole, ...parts];
  let maxDecimals = 0;
  let minDecimals = Infinity;
  let hidden = false;
  for (const f of all) {
    maxDecimals = Math.max(maxDecimals, f.decimals);
    minDecimals = Math.min(minDecimals, f.decimals);
    if (f.value.decimalPlaces() > f.decimals) hidden = true;
  }
  // Text figures and numbers shown as stored: compare at the shown precision only.
  if (!hidden) return sum.toDecimalPlaces(maxDecimals).equals(whole.value.toDecimalPlaces(maxDecimals));
  const tol = new Decimal(10)
    .pow(-minDecimals)
    .times(0.5)
    .times(parts.length + 1);
  return sum.minus(whole.value).abs().lessThanOrEqualTo(tol);
}

export interface RatioCheck {
  ok: boolean;
  /** part / base × 100, exact. */
  expected: () => Decimal;
  /** The stated figure in percent points with its shown decimals. */
  shown: () => { value: Decimal; decimals: number };
}

/**
 * A figure as its cell states it against a computed one (withinDisplay): one shown with fewer decimals than its column
 * (Figure.terse) is the computed one rounded, never cut off.
 */
export function showsComputed(stated: Pick<Figure, 'value' | 'decimals' | 'terse'>, computed: Decimal): boolean {
  return withinDisplay(stated.value, stated.decimals, computed, !stated.terse);
}

/**
 * Is a stated percentage consistent with part / base × 100 — that ratio rounded or cut off to the stated figure's last
 * shown digit (withinDisplay)? Floats decide when the difference is clearly inside half that unit or outside it;
 * decimal.js decides between.
 */
export function ratioCheck(stated: Figure, part: Figure, base: Figure): RatioCheck {
  const approx = (part.num / base.num) * 100;
  let s = stated.num;
  let d = stated.decimals;
  if (stated.unit === 'angka' && !stated.unitText && Math.abs(stated.num) < 10 && Math.abs(approx) > 20) {
    s *= 100;
    d = Math.max(0, d - 2);
  }
  // (a stored number as its format shows it, shownPercentOf: to Excel's 15 significant digits first — 1,035 × 100 is
  // 103,49999999999999 in floating point, shown 104 %)
  if (!stated.fromText && d >= 0 && d < 6) {
    const k = Math.pow(10, d);
    const sk = Math.abs(s) * k;
    // (most stored numbers hold no more digits than they show: nothing to round, no string made on a large table's rows)
    // (15 significant digits move a number by 5e-15 of it at most: only within a hair of a half can they change its
    // rounding, and only there is the string made — a stored fraction on every row of a long budget made one per row)
    if (Math.abs(sk - Math.round(sk)) > 1e-6 * Math.max(1, sk)) {
      const nearHalf = Math.abs(sk - Math.floor(sk) - 0.5) <= 1e-12 * Math.max(1, sk);
      s = (Math.sign(s) * Math.round(nearHalf ? Number(sk.toPrecision(15)) : sk)) / k;
    }
  }
  const unit = Math.pow(10, -Math.min(d, 6));
  const diff = Math.abs(s - approx);
  const margin = 1e-9 * Math.max(1, Math.abs(approx));
  const expected = () => part.value.div(base.value).times(100);
  const shown = () => percentOf(stated, expected());
  // (within half a unit it is the computed one rounded; up to one unit, statesShown decides)
  if (diff < unit / 2 - margin) return { ok: true, expected, shown };
  if (diff > unit + margin) return { ok: false, expected, shown };
  return { ok: statesShown(stated, expected()), expected, shown };
}

/**
 * Whether a stated percentage, as the sheet shows it (shownPercentOf), is a computed one rounded or cut off to its
 * digits (withinDisplay). One stored finer than it shows is shown rounded by Excel, which never cuts off: it is right
 * where it shows the computed figure rounded, or where what it holds is right to its own digits (ROUND(…; 2) under a
 * one-decimal format shows a figure rounded twice: 122,45 % shown 122,5 % for 122,449 %) — not where it holds 101,73 %
 * for 102,93 %, shown 102 %.
 */
export function statesShown(stated: Figure, computed: Decimal): boolean {
  return percentAgrees(stated, computed, true);
}

/**
 * Whether a stated percentage holds a computed one: as statesShown, but one stored finer than it shows only where
 * what it holds is right to its own digits. For a reading that would excuse a figure off the formula its column
 * follows (the inverse ratio): 1,0213 under "0%" shows 102 %, the inverse 102,32 % rounded, but holds 102,13 % — a
 * figure typed, neither the formula's nor its inverse.
 */
export function holdsPercent(stated: Figure, computed: Decimal): boolean {
  return percentAgrees(stated, computed, false);
}

function percentAgrees(stated: Figure, computed: Decimal, asShown: boolean): boolean {
  const p = shownPercentOf(stated, computed);
  // (what a cell holds, to Excel's 15 significant digits: 0,8765000000000001 is 0,8765)
  const held = percentOf(stated, computed).value.toSignificantDigits(15);
  if (stated.fromText || p.decimals < 0 || held.decimalPlaces() <= p.decimals) return withinDisplay(p.value, p.decimals, computed, !stated.terse);
  if (asShown && p.value.minus(computed).abs().lessThanOrEqualTo(displayUnit(p.decimals).div(2))) return true;
  const digits = Math.min(held.decimalPlaces(), 6);
  return withinDisplay(held.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP), digits, computed);
}
