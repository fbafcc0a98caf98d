/** Bytes → checked package → snapshot, as the CLI and the checker page both read a workbook. */
import { WorkbookSnapshot } from '../core/snapshot';
import type { Package } from './checked-copy';
import { Inflater, InputError, MSG_NOT_WORKBOOK, openPackage } from './container';
import { isOdsPackage, readOdsSnapshot } from './ods-snapshot';
import { readSnapshotFromParts } from './xlsx-snapshot';

/** Any failure is an InputError with an Indonesian sentence: a damaged part never surfaces as an internal error. */
export function readWorkbookBytes(buf: Uint8Array, fileName: string, inflater: Inflater): { snapshot: WorkbookSnapshot; pkg: Package } {
  const parts = openPackage(buf, fileName, inflater);
  return { snapshot: snapshotOf(parts), pkg: { buf, parts } };
}

export function snapshotOf(parts: Map<string, Uint8Array>): WorkbookSnapshot {
  try {
    return isOdsPackage(parts) ? readOdsSnapshot(parts) : readSnapshotFromParts(parts);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const m = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
    throw new InputError(`${MSG_NOT_WORKBOOK}: isinya rusak dan tidak dapat dibaca (${m})`);
  }
}
