/**
 * .xls (BIFF8 in a compound file), .ods and .xlsb read by our own readers, with no LibreOffice: the sample saved in
 * each format is read into the same cells (values, bold, indent, formats, formula presence), merges and sheets as its
 * .xlsx, and checked into the same tables and findings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { NODE_INFLATER } from '../../src/cli/container';
import { documentOf } from '../../src/core/document';
import { periksaWorkbook } from '../../src/core/periksa';
import { WorkbookSnapshot } from '../../src/core/snapshot';
import { readCfbStreams } from '../../src/xlsx/cfb';
import { md5 } from '../../src/xlsx/xls-decrypt';
import { InputError } from '../../src/xlsx/container';
import { FFLATE_INFLATER } from '../../src/xlsx/fflate-inflater';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { ROOT } from '../helpers/cli';

const bytes = (f: string) => new Uint8Array(fs.readFileSync(f));
const XLSX = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

function comparable(s: WorkbookSnapshot) {
  return s.sheets.map((sh) => ({
    name: sh.name,
    hidden: !!sh.hidden,
    merges: [...sh.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    cells: [...sh.cells]
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((c) => ({
        at: `${c.row},${c.col}`,
        value: typeof c.value === 'number' ? Math.round(c.value * 1e9) / 1e9 : c.value,
        bold: !!c.bold,
        indent: c.indent ?? 0,
        numFmt: c.numFmt,
        formula: !!c.formula,
      })),
  }));
}

const want = readWorkbookBytes(bytes(XLSX), 'contoh.xlsx', NODE_INFLATER).snapshot;

test.each(['xls', 'ods', 'xlsb'])('the sample as .%s reads into the same cells, merges and sheets as its .xlsx', (fmt) => {
  for (const inflater of [NODE_INFLATER, FFLATE_INFLATER]) {
    const got = readWorkbookBytes(bytes(path.join(FIXTURES, `lkjip-gowa-2024.${fmt}`)), `lkjip-gowa-2024.${fmt}`, inflater).snapshot;
    expect(comparable(got)).toEqual(comparable(want));
  }
});

test.each(['xls', 'ods', 'xlsb'])('the sample as .%s gives the same tables and findings as its .xlsx', (fmt) => {
  const got = readWorkbookBytes(bytes(path.join(FIXTURES, `lkjip-gowa-2024.${fmt}`)), `x.${fmt}`, NODE_INFLATER).snapshot;
  const a = documentOf('x', periksaWorkbook(got));
  const b = documentOf('x', periksaWorkbook(want));
  expect(a.tables).toEqual(b.tables);
  expect(a.findings).toEqual(b.findings);
});

test('a compound file: the Workbook stream found through the directory; damage is refused, never a hang', () => {
  const xls = bytes(path.join(FIXTURES, 'lkjip-gowa-2024.xls'));
  const streams = readCfbStreams(xls, (n) => n === 'Workbook');
  expect(streams.get('Workbook')?.length).toBeGreaterThan(1000);
  // a FAT that loops on itself
  const looped = Buffer.from(xls);
  const firstDir = looped.readUInt32LE(0x30);
  const fatSector = looped.readUInt32LE(0x4c);
  looped.writeUInt32LE(firstDir, (fatSector + 1) * 512 + firstDir * 4);
  expect(() => readCfbStreams(new Uint8Array(looped), () => true)).toThrow();
  // the reader gives the .xls sentence for it (LibreOffice, where installed, may still read it)
  const cut = xls.subarray(0, 3000);
  expect(() => readWorkbookBytes(cut, 'potong.xls', NODE_INFLATER)).toThrow(InputError);
});

test('MD5 of the RC4 key derivation is the standard one', () => {
  const crypto = require('crypto') as typeof import('crypto');
  for (const text of ['', 'VelvetSweatshop', 'x'.repeat(1000)]) {
    const data = new TextEncoder().encode(text);
    expect(Buffer.from(md5(data)).toString('hex')).toBe(crypto.createHash('md5').update(data).digest('hex'));
  }
});

const PROTECTED = path.resolve(ROOT, '..', 'shared', 'wild', 'edr__protectedsheet-xxx.xls');
(fs.existsSync(PROTECTED) ? test : test.skip)(
  'an .xls Excel encrypted with its default password (a protected book, no password to open) is read; one with a password is refused',
  () => {
    const snap = readWorkbookBytes(bytes(PROTECTED), 'terlindung.xls', NODE_INFLATER).snapshot;
    expect(snap.sheets[0].cells.map((c) => c.value)).toEqual(['x', 1.4]);
    const withPassword = path.resolve(ROOT, '..', 'shared', 'wild', 'poi__xor-encryption-abc.xls');
    expect(() => readWorkbookBytes(bytes(withPassword), 'sandi.xls', NODE_INFLATER)).toThrow(/kata sandi/);
  },
);
