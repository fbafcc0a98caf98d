/**
 * The five custom functions as Excel calls them: arguments as Excel passes them (numbers, figure text, ranges) read
 * into exact decimals, then the arithmetic of measures.ts (shared with the periksa rules). Used by the add-in's
 * custom functions and the `lkjip fungsi` command.
 *
 * Function arguments follow Excel's meaning: a percentage is a fraction (94,6 % = 0,946), so percent text typed by
 * staff ("94,6 %") is divided by 100, exactly as Excel would read it.
 */
import Decimal from 'decimal.js';
import { parseFigureText } from './figures';
import { capaian, efisiensi, FormulaError, METODE_EFISIENSI, POLARITAS, Polaritas, predikat, serapan } from './measures';
import { orderBands, parseInterval, PRESETS, Scale } from './scale';
import { Band } from './types';

export { FormulaError } from './measures';
export type { ExcelErrorCode } from './measures';

export type ScalarArg = number | string | boolean | null | undefined;
export type RangeArg = ScalarArg[][];

/** A numeric argument: a number, or Indonesian figure text ("Rp 4.681.577.821,-", "94,6 %", "<5%"). */
export function toDecimal(arg: ScalarArg, name: string): Decimal {
  if (typeof arg === 'number') {
    if (!Number.isFinite(arg)) throw new FormulaError('#NUM!', `${name} bukan angka yang sah`);
    return new Decimal(arg);
  }
  if (typeof arg === 'boolean') throw new FormulaError('#VALUE!', `${name} harus angka, bukan nilai logika`);
  if (arg === null || arg === undefined || (typeof arg === 'string' && arg.trim() === '')) {
    throw new FormulaError('#VALUE!', `${name} kosong`);
  }
  const p = parseFigureText(arg);
  if (p.kind === 'figure') return p.unit === 'persen' ? p.value.div(100) : p.value;
  if (p.kind === 'empty') throw new FormulaError('#VALUE!', `${name} kosong ("${arg}")`);
  if (p.kind === 'invalid') throw new FormulaError('#VALUE!', `${name} "${arg}" bukan angka yang dapat dibaca (${p.reason})`);
  throw new FormulaError('#VALUE!', `${name} "${arg}" bukan angka`);
}

function optionText(arg: ScalarArg, fallback: string): string {
  if (arg === null || arg === undefined || (typeof arg === 'string' && arg.trim() === '')) return fallback;
  return String(arg).trim().toLowerCase();
}

/** One cell of a scale range: empty, a number, or text (a bound such as "≥ 91", or a label). */
function isBlank(c: ScalarArg): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/**
 * Bands from a two-column range: lower bound in percent (or interval text) and label, in either order. Rows with a
 * label and no bound (a header row "Capaian | Predikat", a note) and empty rows are skipped, so a whole-column
 * reference (Skala!A:B, a million rows, almost all empty) works; a row with a bound and no label is an error.
 */
export function bandsFromRange(range: RangeArg): Band[] {
  const bands: Band[] = [];
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    if (!Array.isArray(row)) continue;
    let lower: number | undefined;
    let hasBound = false;
    let label: string | undefined;
    let floor = false;
    for (const c of row) {
      if (isBlank(c)) continue;
      if (typeof c === 'number') {
        if (!Number.isFinite(c)) throw new FormulaError('#VALUE!', `skala baris ke-${r + 1}: batas bukan angka yang sah`);
        lower = c;
        hasBound = true;
      } else if (typeof c === 'string') {
        const iv = parseInterval(c);
        const asNum = iv ? undefined : parseFigureText(c);
        if (iv) {
          hasBound = true;
          if (iv.lower !== undefined) lower = iv.lower;
          else floor = true;
        } else if (asNum && asNum.kind === 'figure') {
          lower = asNum.value.toNumber();
          hasBound = true;
        } else if (asNum && asNum.kind !== 'empty') {
          label = c.trim();
        }
      }
    }
    if (!hasBound) continue; // empty row, header row or note
    if (!label)
      throw new FormulaError('#VALUE!', `skala baris ke-${r + 1} punya batas tanpa predikat; skala harus dua kolom: batas bawah (persen) dan predikat`);
    bands.push({ lower: floor ? undefined : lower, lowerInclusive: true, upperInclusive: false, label });
  }
  if (bands.length === 0) throw new FormulaError('#VALUE!', 'skala kosong: tidak ada baris berisi batas bawah (persen) dan predikat');
  return orderBands(bands);
}

export function scaleFromArg(skala: ScalarArg | RangeArg): Scale {
  if (Array.isArray(skala)) return { id: 'rentang', name: 'Skala dari rentang sel', bands: bandsFromRange(skala) };
  const id = optionText(skala as ScalarArg, 'permendagri-86');
  const p = PRESETS[id];
  if (!p) throw new FormulaError('#VALUE!', `skala "${String(skala)}" tidak dikenal; pilih ${Object.keys(PRESETS).join(', ')} atau rentang sel`);
  return p;
}

/**
 * Capaian as PREDIKAT and the periksa engine read it: a cell formatted as % arrives as a fraction (0,9762), and so
 * does text with a % sign ("97,62 %"); a plain number above 2 is a percentage as reports write it (97,62 means
 * 97,62 %); a plain number up to 2 is a fraction (1,12 means 112 %).
 */
export const PERCENT_NUMBER_ABOVE = 2;

export function capaianFraction(arg: ScalarArg): Decimal {
  const explicitPercent = typeof arg === 'string' && /%/.test(arg);
  const d = toDecimal(arg, 'capaian');
  return !explicitPercent && d.greaterThan(PERCENT_NUMBER_ABOVE) ? d.div(100) : d;
}

/** Smallest positive normal double: Excel holds no number between it and 0 (Excel specifications and limits). */
const MIN_NORMAL = 2.2250738585072014e-308;

/** A result as Excel can hold it: never Infinity, NaN or a subnormal number (those are #NUM!). */
export function excelNumber(d: Decimal): number {
  const n = d.toNumber();
  if (!Number.isFinite(n) || (n !== 0 && Math.abs(n) < MIN_NORMAL) || (n === 0 && !d.isZero())) {
    throw new FormulaError('#NUM!', 'hasilnya di luar rentang angka yang dapat disimpan Excel');
  }
  return n;
}

// ---- the five functions as users call them (arguments as Excel passes them) ----

export function CAPAIAN(target: ScalarArg, realisasi: ScalarArg, polaritas?: ScalarArg): number {
  const pol = optionText(polaritas, 'positif');
  if (!(POLARITAS as readonly string[]).includes(pol)) {
    throw new FormulaError('#VALUE!', `polaritas "${String(polaritas)}" tidak dikenal; pilih "positif", "negatif" atau "negatif-rasio"`);
  }
  return excelNumber(capaian(toDecimal(target, 'target'), toDecimal(realisasi, 'realisasi'), pol as Polaritas));
}

export function SERAPAN(pagu: ScalarArg, realisasi: ScalarArg): number {
  return excelNumber(serapan(toDecimal(pagu, 'pagu'), toDecimal(realisasi, 'realisasi')));
}

export function EFISIENSI(capaianKinerja: ScalarArg, serapanAnggaran: ScalarArg, metode?: ScalarArg): number {
  const m = optionText(metode, 'selisih');
  const known = METODE_EFISIENSI.find((k) => k === m);
  if (!known) throw new FormulaError('#VALUE!', `metode "${String(metode)}" tidak dikenal; pilih ${METODE_EFISIENSI.map((k) => `"${k}"`).join(', ')}`);
  return excelNumber(efisiensi(toDecimal(capaianKinerja, 'capaian kinerja'), toDecimal(serapanAnggaran, 'serapan anggaran'), known));
}

export function PREDIKAT(capaianArg: ScalarArg, skala?: ScalarArg | RangeArg): string {
  return predikat(capaianFraction(capaianArg).times(100).toNumber(), scaleFromArg(skala ?? null));
}

export function ANGKA(teks: ScalarArg): number {
  return excelNumber(toDecimal(teks, 'teks'));
}

export const FUNCTIONS: Record<string, (...args: never[]) => number | string> = { CAPAIAN, SERAPAN, EFISIENSI, PREDIKAT, ANGKA };
