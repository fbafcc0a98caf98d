/* global CustomFunctions */
/**
 * Custom functions in the LKJIP namespace (=LKJIP.CAPAIAN(E5;F5)). The JSDoc below is the metadata:
 * custom-functions-metadata-plugin turns it into functions.json at build time. All synchronous, so recalculating
 * thousands of cells never shows #BUSY!. The arithmetic lives in core/formulas, shared with the periksa rules.
 */
import * as core from '../core/formulas';

type Arg = number | string | boolean | null;

const ERROR_CODE: Record<core.ExcelErrorCode, string> = {
  '#DIV/0!': 'DivisionByZero',
  '#VALUE!': 'InvalidValue',
  '#N/A': 'NotAvailable',
  '#NUM!': 'InvalidNumber',
};

/** Runs a core function, turning a FormulaError into Excel's error value with its Indonesian message. */
function excel<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const code: core.ExcelErrorCode = e instanceof core.FormulaError ? e.code : '#VALUE!';
    const pesan = e instanceof Error ? e.message : String(e);
    if (typeof CustomFunctions !== 'undefined') {
      throw new CustomFunctions.Error(ERROR_CODE[code] as CustomFunctions.ErrorCode, pesan);
    }
    throw e;
  }
}

/**
 * Capaian kinerja sebagai pecahan (1,1259 tampil 112,59 % pada sel berformat persen).
 * @customfunction CAPAIAN
 * @param target Target kinerja: angka atau teks seperti "94,6 %" atau "<5%".
 * @param realisasi Realisasi kinerja: angka atau teks.
 * @param [polaritas] "positif" (bawaan: realisasi/target), "negatif" (makin kecil makin baik: (2×target−realisasi)/target), atau "negatif-rasio" (target/realisasi).
 * @returns Capaian sebagai pecahan.
 */
export function capaian(target: any, realisasi: any, polaritas?: string): number {
  return excel(() => core.CAPAIAN(target as Arg, realisasi as Arg, polaritas));
}

/**
 * Persentase serapan anggaran sebagai pecahan: realisasi / pagu.
 * @customfunction SERAPAN
 * @param pagu Pagu anggaran: angka atau teks seperti "Rp. 547.279.000".
 * @param realisasi Realisasi anggaran: angka atau teks.
 * @returns Serapan sebagai pecahan.
 */
export function serapan(pagu: any, realisasi: any): number {
  return excel(() => core.SERAPAN(pagu as Arg, realisasi as Arg));
}

/**
 * Tingkat efisiensi: selisih capaian kinerja dan serapan anggaran (112 % − 94 % = 18 %), atau rasionya.
 * @customfunction EFISIENSI
 * @param capaian_kinerja Persentase capaian kinerja (pecahan atau teks "112 %").
 * @param serapan_anggaran Persentase serapan anggaran (pecahan atau teks "94 %").
 * @param [metode] "selisih" (bawaan) atau "rasio".
 * @returns Efisiensi sebagai pecahan.
 */
export function efisiensi(capaian_kinerja: any, serapan_anggaran: any, metode?: string): number {
  return excel(() => core.EFISIENSI(capaian_kinerja as Arg, serapan_anggaran as Arg, metode));
}

/**
 * Predikat (kategori) capaian menurut skala penilaian.
 * @customfunction PREDIKAT
 * @param capaian Capaian sebagai pecahan (0,95 = 95 %) atau teks "95 %".
 * @param [skala] Nama skala ("permendagri-86", "berhasil-4", "memuaskan-5") atau rentang dua kolom: batas bawah (persen) dan predikat.
 * @returns Label predikat.
 */
export function predikat(capaian: any, skala?: any[][]): string {
  // Excel passes a matrix parameter as a 2-D array; a preset name typed in the formula arrives as [["nama"]].
  const arg = skala === undefined || skala === null ? undefined : Array.isArray(skala) && skala.length === 1 && Array.isArray(skala[0]) && skala[0].length === 1 ? (skala[0][0] as Arg) : skala;
  return excel(() => core.PREDIKAT(capaian as Arg, arg as Arg | Arg[][] | undefined));
}

/**
 * Angka yang dimaksud oleh teks angka gaya Indonesia: "Rp 4.681.577.821,-" → 4681577821, "94,6 %" → 0,946.
 * @customfunction ANGKA
 * @param teks Teks angka.
 * @returns Nilai angkanya.
 */
export function angka(teks: any): number {
  return excel(() => core.ANGKA(teks as Arg));
}
