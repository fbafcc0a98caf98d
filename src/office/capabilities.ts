/* global Office */
/**
 * What this Excel can do, asked once at start (Office.context.requirements.isSetSupported). The manifest already
 * declares the set the add-in cannot work without, so Office does not offer it where that set is missing; the check
 * here covers a manifest installed by hand on an older Excel and the optional sets we degrade without.
 *
 * Sources: "Excel JavaScript API requirement sets" (which Excel supports which set) and "Specify Office applications
 * and API requirements" (runtime checks with isSetSupported).
 */

export interface Requirement {
  set: string;
  version: string;
  /** What the add-in uses it for, in the user's words. */
  uses: string;
}

/** Without these the pane cannot read or highlight a workbook. */
export const REQUIRED: Requirement[] = [
  { set: 'ExcelApi', version: '1.9', uses: 'membaca isi, format dan sifat sel (getCellProperties) serta menyorot banyak baris sekaligus (getRanges)' },
];

/** Used when present; without them a feature degrades and the pane says so. */
export const OPTIONAL = {
  mergedAreas: { set: 'ExcelApi', version: '1.13', uses: 'membaca sel gabungan (getMergedAreasOrNullObject) untuk judul kolom bertingkat' },
} satisfies Record<string, Requirement>;

export interface Capabilities {
  /** Required sets that this Excel lacks (empty: the pane can work). */
  missing: Requirement[];
  /** Optional features this Excel has. */
  mergedAreas: boolean;
}

type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** Reads the requirement sets; where Office gives no way to ask (an old host or a test double), assumes support. */
export function detectCapabilities(office: unknown = typeof Office !== 'undefined' ? Office : undefined): Capabilities {
  const ask = (office as { context?: { requirements?: { isSetSupported?: IsSetSupported } } } | undefined)?.context?.requirements?.isSetSupported;
  const has = (r: Requirement): boolean => {
    if (typeof ask !== 'function') return true;
    try {
      return ask.call((office as { context: { requirements: unknown } }).context.requirements, r.set, r.version) !== false;
    } catch {
      return true;
    }
  };
  return { missing: REQUIRED.filter((r) => !has(r)), mergedAreas: has(OPTIONAL.mergedAreas) };
}

/** One Indonesian paragraph for a pane that cannot work on this Excel: what is missing and what to use instead. */
export function unsupportedMessage(missing: Requirement[]): string {
  const sets = missing.map((r) => `${r.set} ${r.version} (${r.uses})`).join('; ');
  return (
    `Excel ini belum mendukung fitur yang dibutuhkan panel Periksa LKjIP: ${sets}. ` +
    'Gunakan Excel untuk Microsoft 365 (Windows atau Mac), Excel 2021 atau lebih baru, atau Excel di web; ' +
    'atau periksa berkas di komputer dengan perintah "lkjip periksa laporan.xlsx".'
  );
}
