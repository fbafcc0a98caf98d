/**
 * The checker page reads with fflate where the CLI reads with Node's zlib: the same bytes must give the same snapshot,
 * or the same Indonesian refusal — on the 250 public test files of other libraries (in place), on our damaged and
 * hostile inputs, and on the shipped sample, whose check must equal the CLI's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { NODE_INFLATER } from '../../src/cli/container';
import { checkBytes, copyName, problemOf } from '../../src/checker/checker-core';
import { Inflater, InputError } from '../../src/xlsx/container';
import { crc32, FFLATE_INFLATER } from '../../src/xlsx/fflate-inflater';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { buildBadCorpus, zip } from '../../scripts/fixtures/bad-inputs';
import { ROOT, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const WILD = path.resolve(ROOT, '..', 'shared', 'wild');
const SAMPLE = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');

function outcome(bytes: Uint8Array, name: string, inflater: Inflater): unknown {
  try {
    return { snapshot: readWorkbookBytes(bytes, name, inflater).snapshot };
  } catch (e) {
    if (e instanceof InputError) return { refused: e.message };
    return { crashed: String(e) };
  }
}

test('the CRC-32 of the browser inflater is the standard one', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  const random = new Uint8Array(100000).map((_, i) => (i * 7919) % 251);
  expect(crc32(random)).toBe(NODE_INFLATER.crc32(random) >>> 0);
});

test('a deflate stream longer than its declared size is "too-large" in both inflaters (bounded memory)', () => {
  const big = new Uint8Array(1_000_000).fill(65);
  const deflated = new Uint8Array(require('zlib').deflateRawSync(big));
  expect(FFLATE_INFLATER.inflateRaw(deflated, 1000)).toBe('too-large');
  expect(NODE_INFLATER.inflateRaw(deflated, 1000)).toBe('too-large');
  expect((FFLATE_INFLATER.inflateRaw(deflated, big.length) as Uint8Array).length).toBe(big.length);
});

test('both inflaters give the same bytes whether the declared size is true or larger than the stream', () => {
  const text = new Uint8Array(300_000).map((_, i) => 48 + ((i * 31) % 43));
  const deflated = new Uint8Array(require('zlib').deflateRawSync(text));
  for (const declared of [text.length, text.length + 5000, 2 * text.length]) {
    const viaNode = NODE_INFLATER.inflateRaw(deflated, declared) as Uint8Array;
    expect(viaNode.length).toBe(text.length);
    expect(Buffer.from(viaNode).equals(Buffer.from(text))).toBe(true);
    expect(Buffer.from(FFLATE_INFLATER.inflateRaw(deflated, declared) as Uint8Array).equals(Buffer.from(viaNode))).toBe(true);
  }
  // one byte short of the stream: refused, not cut
  expect(NODE_INFLATER.inflateRaw(deflated, text.length - 2)).toBe('too-large');
});

test('damaged and hostile inputs: the browser reader refuses each exactly as the CLI does', async () => {
  const dir = tempDir('lkjip-rusak-');
  try {
    const cases = await buildBadCorpus(dir, SAMPLE);
    expect(cases.length).toBeGreaterThan(10);
    for (const c of cases) {
      if (!fs.existsSync(c.file) || fs.statSync(c.file).isDirectory()) continue; // a missing path or a folder: nothing to pick on a page
      const bytes = new Uint8Array(fs.readFileSync(c.file));
      const viaNode = outcome(bytes, c.file, NODE_INFLATER);
      const viaBrowser = outcome(bytes, c.file, FFLATE_INFLATER);
      expect({ name: c.name, result: viaBrowser }).toEqual({ name: c.name, result: viaNode });
      expect(viaBrowser).not.toHaveProperty('crashed');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 300000);

const wild = fs.existsSync(path.join(WILD, 'sources.json'))
  ? (JSON.parse(fs.readFileSync(path.join(WILD, 'sources.json'), 'utf8')) as Array<{ file: string }>)
  : [];
(wild.length ? test : test.skip)(
  '../shared/wild: the browser reader reads (or refuses) every file as the CLI does',
  () => {
    let read = 0;
    for (const f of wild) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(WILD, f.file)));
      const viaNode = outcome(bytes, f.file, NODE_INFLATER);
      const viaBrowser = outcome(bytes, f.file, FFLATE_INFLATER);
      expect({ file: f.file, result: viaBrowser }).toEqual({ file: f.file, result: viaNode });
      if ((viaBrowser as { snapshot?: unknown }).snapshot) read++;
    }
    expect(read).toBeGreaterThan(150);
  },
  600000,
);

test('the page’s check of the sample is the CLI’s JSON document', () => {
  const c = checkBytes(new Uint8Array(fs.readFileSync(SAMPLE)), 'lkjip-gowa-2024.xlsx');
  const cli = JSON.parse(runCli(['periksa', SAMPLE, '--format', 'json']).stdout) as Record<string, unknown>;
  expect(JSON.parse(JSON.stringify(c.doc))).toEqual({ ...cli, file: 'lkjip-gowa-2024.xlsx' });
});

test('copy names and refusals as the page shows them', () => {
  expect(copyName('Dinas Kesehatan/LKjIP 2024.xlsm', 'diperiksa')).toBe('LKjIP 2024-diperiksa.xlsx');
  expect(copyName('lap.ods', 'diperbaiki')).toBe('lap-diperbaiki.xlsx');
  expect(problemOf(new InputError('ini berkas Excel lama (.xls); simpan sebagai .xlsx', 'xls'))).toMatch(/tidak dapat mengubah format/);
  expect(problemOf(new TypeError('Cannot read properties of undefined'))).toMatch(/^berkas tidak dapat diperiksa karena kesalahan di lkjip sendiri/);
});

test('a package written the ZIP64 way throughout (as Apache POI’s streaming writer does) is read as the same workbook', () => {
  const original = new Uint8Array(fs.readFileSync(SAMPLE));
  const { snapshot, pkg } = readWorkbookBytes(original, 'contoh.xlsx', NODE_INFLATER);
  const entries = [...pkg.parts].map(([name, data]) => ({ name, data: Buffer.from(data), deflate: true }));
  const zip64 = new Uint8Array(zip(entries, { zip64: true }));
  for (const inflater of [NODE_INFLATER, FFLATE_INFLATER]) {
    expect(readWorkbookBytes(zip64, 'zip64.xlsx', inflater).snapshot).toEqual(snapshot);
  }
  // a ZIP64 end record that points outside the file is refused, not read
  const broken = Buffer.from(zip64);
  broken.writeUInt32LE(0xfffffff0, broken.length - 22 - 20 + 8);
  expect(outcome(new Uint8Array(broken), 'rusak.xlsx', NODE_INFLATER)).toEqual({ refused: expect.stringMatching(/terpotong atau rusak/) });
});
