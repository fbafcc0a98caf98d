/// <reference lib="webworker" />
/**
 * The checker page's engine, off the page's thread: reading, checking and writing copies of a large workbook never
 * freeze the page, and Batal simply ends this worker. It keeps the last few checked workbooks so a download does not
 * read them again.
 */
import { Checked, checkBytes, checkedCopy, copyName, fixedCopy, problemOf, summaryWorkbook } from './checker-core';
import { CheckerRequest, CheckerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckerRequest>) => void) | null;
  postMessage(m: CheckerResponse, transfer?: Transferable[]): void;
};

/** Checked workbooks kept for downloads, most recent last (each holds its bytes, parts and model). */
const KEEP = 3;
const cache = new Map<string, Checked>();

async function checked(key: string, name: string, file: Blob, id: number): Promise<Checked> {
  const hit = cache.get(key);
  if (hit) return hit;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const c = checkBytes(bytes, name, (stage) => scope.postMessage({ id, type: 'tahap', stage }));
  cache.set(key, c);
  while (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return c;
}

function sendFile(id: number, name: string, bytes: Uint8Array): void {
  scope.postMessage({ id, type: 'berkas', name, bytes }, [bytes.buffer]);
}

scope.onmessage = async (e) => {
  const req = e.data;
  try {
    if (req.type === 'periksa') {
      cache.delete(req.key);
      const c = await checked(req.key, req.name, req.file, req.id);
      scope.postMessage({ id: req.id, type: 'hasil', doc: c.doc });
    } else if (req.type === 'salinan') {
      const c = await checked(req.key, req.name, req.file, req.id);
      scope.postMessage({ id: req.id, type: 'tahap', stage: 'menulis' });
      sendFile(req.id, copyName(req.name, 'diperiksa'), await checkedCopy(c));
    } else if (req.type === 'perbaikan') {
      const c = await checked(req.key, req.name, req.file, req.id);
      scope.postMessage({ id: req.id, type: 'tahap', stage: 'menulis' });
      sendFile(req.id, copyName(req.name, 'diperbaiki'), (await fixedCopy(c)).bytes);
    } else if (req.type === 'ringkasan') {
      sendFile(req.id, 'ringkasan.xlsx', await summaryWorkbook(req.rows));
    }
  } catch (err) {
    scope.postMessage({ id: req.id, type: 'gagal', message: problemOf(err) });
  }
};
