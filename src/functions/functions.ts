/* global CustomFunctions */
/**
 * Custom functions in the LKJIP namespace (=LKJIP.CAPAIAN(E5;F5)). The JSDoc below is the metadata:
 * custom-functions-metadata-plugin turns it into functions.json at build time. All synchronous, so recalculating
 * thousands of cells never shows #BUSY!. The arithmetic lives in core/formulas, shared with the periksa rules.
 */
import * as core from '../core/formulas';

type Arg = number | string | boolean | null;

/** Excel's error values by the name CustomFunctions.ErrorCode gives them (see @types/custom-functions-runtime). */
const ERROR_MEMBER: Record<core.ExcelErrorCode, 'divisionByZero' | 'invalidValue' | 'notAvailable' | 'invalidNumber'> = {
  '#DIV/0!': 'divisionByZero',
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#NUM!': 'invalidNumber',
};

/** Excel shows an error's message only for #VALUE! and #N/A ("Create custom functions in Excel": handle errors). */
const SHOWS_MESSAGE = new Set<core.ExcelErrorCode>(['#VALUE!', '#N/A']);

/** Runs a core function, turning a FormulaError into Excel's error value with its Indonesian message. */
function excel<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const code: core.ExcelErrorCode = e instanceof core.FormulaError ? e.code : '#VALUE!';
    const pesan = e instanceof core.FormulaError ? e.pesan : 'argumen tidak dapat diolah';
    if (typeof CustomFunctions !== 'undefined') {
      // the runtime's own enum value; its documented string where an older runtime lacks the enum object
      const value = (CustomFunctions.ErrorCode?.[ERROR_MEMBER[code]] ?? code) as CustomFunctions.ErrorCode;
      throw SHOWS_MESSAGE.has(code) ? new CustomFunctions.Error(value, pesan) : new CustomFunctions.Error(value);
    }
    throw e;
  }
}

/**
 * An argument as a plain value. With data types (Excel's "formatted number", "double", "string" entities) an
 * argument may arrive as an object carrying its `basicValue`; an error entity becomes #VALUE!.
 */
function plain(v: unknown): Arg {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'basicValue' in (v as object)) return plain((v as { basicValue: unknown }).basicValue);
  throw new core.FormulaError('#VALUE!', 'argumen bukan angka atau teks');
}

/** A matrix argument cell by cell; a preset name typed in the formula arrives as [["nama"]]. */
function plainMatrix(m: unknown): Arg | Arg[][] | undefined {
  if (m === null || m === undefined) return undefined;
  if (!Array.isArray(m)) return plain(m);
  if (m.length === 1 && Array.isArray(m[0]) && m[0].length === 1) return plain(m[0][0]);
  const out: Arg[][] = new Array(m.length);
  for (let r = 0; r < m.length; r++) {
    const row = m[r];
    out[r] = Array.isArray(row) ? row.map(plain) : [plain(row)];
  }
  return out;
}

/**
 * Capaian kinerja sebagai pecahan (1,1259 tampil 112,59 % pada sel berformat persen).
 * @customfunction CAPAIAN
 * @param target Target kinerja: angka atau teks seperti "94,6 %" atau "<5%".
 * @param realisasi Realisasi kinerja: angka atau teks.
 * @param [polaritas] "positif" (bawaan: realisasi/target), "negatif" (makin kecil makin baik: (2×target−realisasi)/target), atau "negatif-rasio" (target/realisasi).
 * @returns Capaian sebagai pecahan.
 */
export function capaian(target: any, realisasi: any, polaritas?: any): number {
  return excel(() => core.CAPAIAN(plain(target), plain(realisasi), plain(polaritas)));
}

/**
 * Persentase serapan anggaran sebagai pecahan: realisasi / pagu.
 * @customfunction SERAPAN
 * @param pagu Pagu anggaran: angka atau teks seperti "Rp. 547.279.000".
 * @param realisasi Realisasi anggaran: angka atau teks.
 * @returns Serapan sebagai pecahan.
 */
export function serapan(pagu: any, realisasi: any): number {
  return excel(() => core.SERAPAN(plain(pagu), plain(realisasi)));
}

/**
 * Tingkat efisiensi: selisih capaian kinerja dan serapan anggaran (112 % − 94 % = 18 %), rasionya, sisa anggaran, atau ukuran PMK 22/2021.
 * @customfunction EFISIENSI
 * @param capaian_kinerja Persentase capaian kinerja (pecahan atau teks "112 %").
 * @param serapan_anggaran Persentase serapan anggaran (pecahan atau teks "94 %").
 * @param [metode] "selisih" (bawaan: capaian − serapan), "rasio" (capaian ÷ serapan), "sisa" (100 % − serapan) atau "pmk" (1 − serapan ÷ capaian).
 * @returns Efisiensi sebagai pecahan.
 */
export function efisiensi(capaian_kinerja: any, serapan_anggaran: any, metode?: any): number {
  return excel(() => core.EFISIENSI(plain(capaian_kinerja), plain(serapan_anggaran), plain(metode)));
}

/**
 * Predikat (kategori) capaian menurut skala penilaian. Capaian berformat persen atau bertanda % dibaca sebagai persen; angka biasa di atas 2 juga persen (97,62 = 97,62 %), sampai 2 pecahan (1,12 = 112 %).
 * @customfunction PREDIKAT
 * @param capaian Capaian: sel berformat persen (0,95 tampil 95 %), teks "95 %", atau angka biasa — di atas 2 dibaca sebagai persen (97,62 = 97,62 %), sampai 2 sebagai pecahan (1,12 = 112 %).
 * @param [skala] Nama skala ("permendagri-86", "berhasil-4", "memuaskan-5") atau rentang dua kolom: batas bawah (persen) dan predikat.
 * @returns Label predikat.
 */
export function predikat(capaian: any, skala?: any[][]): string {
  return excel(() => core.PREDIKAT(plain(capaian), plainMatrix(skala)));
}

/**
 * Angka yang dimaksud oleh teks angka gaya Indonesia: "Rp 4.681.577.821,-" → 4681577821, "94,6 %" → 0,946.
 * @customfunction ANGKA
 * @param teks Teks angka.
 * @returns Nilai angkanya.
 */
export function angka(teks: any): number {
  return excel(() => core.ANGKA(plain(teks)));
}
