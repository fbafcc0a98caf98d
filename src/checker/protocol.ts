/** Messages between the checker page and its worker. Files travel as Blobs (a reference, not a copy). */
import type { PeriksaDocument } from '../core/document';
import type { SummaryRow } from '../xlsx/checked-copy';

export type CheckerRequest =
  | { id: number; type: 'periksa'; key: string; name: string; file: Blob }
  | { id: number; type: 'salinan' | 'perbaikan'; key: string; name: string; file: Blob }
  | { id: number; type: 'ringkasan'; rows: SummaryRow[] };

export type Stage = 'membaca' | 'memeriksa' | 'menulis';

export type CheckerResponse =
  | { id: number; type: 'tahap'; stage: Stage }
  | { id: number; type: 'hasil'; doc: PeriksaDocument }
  | { id: number; type: 'berkas'; name: string; bytes: Uint8Array }
  | { id: number; type: 'gagal'; message: string };
