/**
 * The pool opens a worker's first file while the worker loads (#18): the parts it inflated reach the worker without a
 * copy where they own their memory, and the worker reads the same workbook from them as from the file.
 */
import * as path from 'path';
import { openWorkbookParts } from '../../src/cli/container';
import { withXlsx } from '../../src/cli/read-workbook';
import { transferable } from '../../src/cli/pool';

const SAMPLE = path.join(__dirname, '..', '..', 'contoh', 'lkjip-gowa-2024.xlsx');

test('a part with its own memory is handed over; a view into a larger buffer is copied first (transferring it would take its neighbours)', () => {
  const own = new Uint8Array([1, 2, 3]);
  const pool = new Uint8Array(16).fill(7);
  const view = pool.subarray(4, 8);
  const parts = new Map<string, Uint8Array>([
    ['xl/worksheets/sheet1.xml', own],
    ['_rels/.rels', view],
  ]);
  const list = transferable(parts);
  expect(list).toEqual([own.buffer]);
  const copied = parts.get('_rels/.rels') as Uint8Array;
  expect(copied).not.toBe(view);
  expect([...copied]).toEqual([7, 7, 7, 7]);
  expect(copied.byteLength).toBe(copied.buffer.byteLength);
});

test('the workbook read from parts opened beforehand is the workbook read from the file', async () => {
  const fromFile = await withXlsx(SAMPLE, async (s) => s);
  const parts = openWorkbookParts(SAMPLE).parts;
  const fromParts = await withXlsx(SAMPLE, async (s) => s, { parts });
  expect(fromParts.sheets.length).toBeGreaterThan(3);
  expect(JSON.stringify(fromParts)).toBe(JSON.stringify(fromFile));
});
