/** Bytes → checked package → snapshot, as the CLI and the checker page both read a workbook. */
import { WorkbookSnapshot } from '../core/snapshot';
import type { Package } from './checked-copy';
import { Inflater, InputError, MSG_NOT_WORKBOOK, openPackage, XLS_MESSAGE, XLSB_MESSAGE } from './container';
import { isXlsPackage, readXlsSnapshot, XlsError } from './xls-snapshot';
import { isOdsPackage, readOdsSnapshot } from './ods-snapshot';
import { isMarkupPackage, readMarkupSnapshot } from './markup-snapshot';
import { readSnapshotFromParts } from './xlsx-snapshot';
import { isXlsbPackage, readXlsbSnapshot } from './xlsb-snapshot';

/** Any failure is an InputError with an Indonesian sentence: a damaged part never surfaces as an internal error. */
export function readWorkbookBytes(buf: Uint8Array, fileName: string, inflater: Inflater): { snapshot: WorkbookSnapshot; pkg: Package } {
  const parts = openPackage(buf, fileName, inflater);
  return { snapshot: snapshotOf(parts), pkg: { buf, parts } };
}

const XLS_ENCRYPTED =
  'berkas Excel lama (.xls) ini dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan sebagai .xlsx (Buku Kerja Excel), lalu periksa berkas itu';

/** With `consume`, an .xlsx's sheets leave `parts` as they are read (for a check, which writes no copy). */
export function snapshotOf(parts: Map<string, Uint8Array>, options: { consume?: boolean } = {}): WorkbookSnapshot {
  try {
    if (isXlsPackage(parts)) return readXlsSnapshot(parts.get('Workbook') as Uint8Array);
    if (isMarkupPackage(parts)) return readMarkupSnapshot(parts);
    if (isXlsbPackage(parts)) return readXlsbSnapshot(parts);
    return isOdsPackage(parts) ? readOdsSnapshot(parts) : readSnapshotFromParts(parts, options);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // a legacy workbook our reader does not understand: LibreOffice, where installed, may still read it
    if (isXlsPackage(parts)) throw new InputError(e instanceof XlsError && e.message === 'encrypted' ? XLS_ENCRYPTED : XLS_MESSAGE, 'xls');
    if (isXlsbPackage(parts)) throw new InputError(XLSB_MESSAGE, 'xlsb');
    const m = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
    throw new InputError(`${MSG_NOT_WORKBOOK}: isinya rusak dan tidak dapat dibaca (${m})`);
  }
}
