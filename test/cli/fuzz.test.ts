/**
 * Fuzz: a few hundred damaged copies of real fixture workbooks (byte flips, wiped blocks, truncations, seeded so
 * every run is the same). Each must end in a clean refusal (InputError → exit 2) or a valid result, in seconds.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { periksaWorkbook } from '../../src/core/periksa';
import { InputError } from '../../src/cli/container';
import { readWorkbook } from '../../src/cli/read-workbook';
import { CLI, ROOT } from '../helpers/cli';
import { corpus } from '../helpers/corpus';
import { tempDir } from '../helpers/tmp';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

function mutate(src: Buffer, rand: () => number): Buffer {
  const b = Buffer.from(src);
  const kind = rand();
  if (kind < 0.5) {
    const flips = 1 + Math.floor(rand() * 8);
    for (let i = 0; i < flips; i++) b[Math.floor(rand() * b.length)] ^= 1 << Math.floor(rand() * 8);
    return b;
  }
  if (kind < 0.75) {
    const at = Math.floor(rand() * b.length);
    b.fill(0, at, Math.min(b.length, at + 1 + Math.floor(rand() * 512)));
    return b;
  }
  return b.subarray(0, Math.floor(rand() * b.length));
}

const CASES = 300;

test(`${CASES} damaged workbooks: each a clean refusal or a valid result, within seconds`, async () => {
  const books = await corpus();
  const sources = [
    path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx'),
    ...['metro-per-sheet-angka', 'manggarai-laporan-teks', 'maluku-rapat'].map((n) => books.find((b) => b.name === n)!.file),
  ];
  const bufs = sources.map((f) => fs.readFileSync(f));
  const dir = tempDir('lkjip-fuzz-');
  const rand = rng(20241123);
  const outcomes = { ok: 0, refused: 0 };
  let slowest = 0;
  for (let i = 0; i < CASES; i++) {
    const file = path.join(dir, `fuzz-${i}.xlsx`);
    fs.writeFileSync(file, mutate(bufs[i % bufs.length], rand));
    const t0 = Date.now();
    try {
      const snap = await readWorkbook(file);
      const r = periksaWorkbook(snap);
      expect(Array.isArray(r.findings)).toBe(true);
      outcomes.ok++;
    } catch (e) {
      expect({ i, error: e instanceof InputError ? 'InputError' : String(e) }).toEqual({ i, error: 'InputError' });
      outcomes.refused++;
    }
    slowest = Math.max(slowest, Date.now() - t0);
  }
  expect(slowest).toBeLessThan(5000);
  expect(outcomes.ok + outcomes.refused).toBe(CASES);
  expect(outcomes.refused).toBeGreaterThan(CASES / 4);
  fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-artifacts', 'fuzz.json'), JSON.stringify({ cases: CASES, ...outcomes, slowestMs: slowest }) + '\n');

  // and through the real command, a sample: exit 0/1/2, never a stack trace
  for (let i = 0; i < CASES; i += 20) {
    const r = spawnSync(process.execPath, [CLI, 'periksa', path.join(dir, `fuzz-${i}.xlsx`)], { encoding: 'utf8' });
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }
}, 300000);
