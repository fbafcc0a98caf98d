import * as fs from 'fs';
import * as path from 'path';
import { ROOT, runCli } from '../helpers/cli';
import { schemaErrors } from '../helpers/schema';
import { tempDir } from '../helpers/tmp';

const CONTOH = path.join('contoh', 'lkjip-gowa-2024.xlsx');

test('the contract copy in the repo matches shared/ when it is present', () => {
  const shared = path.join(ROOT, '..', 'shared', 'contract', 'periksa.schema.json');
  if (!fs.existsSync(shared)) return;
  expect(fs.readFileSync(path.join(ROOT, 'test', 'contract', 'periksa.schema.json'), 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
});

test('periksa --format json prints one schema-valid document and nothing else', () => {
  const r = runCli(['periksa', CONTOH, '--format', 'json']);
  expect([0, 1]).toContain(r.status);
  const doc = JSON.parse(r.stdout);
  expect(schemaErrors(doc)).toBe('');
  expect(doc.file).toBe(CONTOH);
});

test('several files give a JSON array of documents', () => {
  const r = runCli(['periksa', CONTOH, CONTOH, '--format', 'json']);
  const docs = JSON.parse(r.stdout);
  expect(Array.isArray(docs)).toBe(true);
  expect(docs).toHaveLength(2);
  for (const d of docs) expect(schemaErrors(d)).toBe('');
});

test('text output is in Bahasa Indonesia', () => {
  const r = runCli(['periksa', CONTOH]);
  expect(r.stdout).toContain('Tabel dikenali');
  expect(r.stdout).toMatch(/Temuan: \d+ galat, \d+ peringatan/);
});

describe('bad input: one clear Indonesian line on stderr, exit 2, no stack trace', () => {
  const dir = tempDir('lkjip-bad-');
  const good = fs.readFileSync(path.join(ROOT, CONTOH));
  const files: Record<string, Buffer> = {
    'kosong.xlsx': Buffer.alloc(0),
    'teks.xlsx': Buffer.from('Ini bukan buku kerja\n'),
    'terpotong.xlsx': good.subarray(0, Math.floor(good.length / 2)),
    'lama.xls': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0), Buffer.from('Workbook', 'utf16le')]),
    'sandi.xlsx': Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600, 0),
      Buffer.from('EncryptionInfo', 'utf16le'),
    ]),
  };
  for (const [n, b] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), b);

  test.each([
    ['kosong.xlsx', /bukan buku kerja Excel \(\.xlsx\) yang utuh/],
    ['teks.xlsx', /bukan buku kerja Excel \(\.xlsx\) yang utuh/],
    ['terpotong.xlsx', /bukan buku kerja Excel \(\.xlsx\) yang utuh/],
    ['lama.xls', /simpan sebagai \.xlsx/],
    ['sandi.xlsx', /dilindungi kata sandi/],
    ['tidak-ada.xlsx', /tidak ditemukan/],
  ])('%s', (name, message) => {
    const r = runCli(['periksa', path.join(dir, name)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(name);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('other files in a batch are still checked', () => {
    const r = runCli(['periksa', path.join(dir, 'kosong.xlsx'), CONTOH, '--format', 'json']);
    expect(r.status).toBe(2);
    const docs = JSON.parse(r.stdout);
    expect(docs).toHaveLength(1);
    expect(docs[0].file).toBe(CONTOH);
  });

  test('the input file is never written', () => {
    const copy = path.join(dir, 'salinan.xlsx');
    fs.copyFileSync(path.join(ROOT, CONTOH), copy);
    const before = fs.statSync(copy).mtimeMs;
    runCli(['periksa', copy]);
    expect(fs.statSync(copy).mtimeMs).toBe(before);
    expect(fs.readFileSync(copy).equals(good)).toBe(true);
  });
});

test('usage errors exit 2 with help pointer', () => {
  const r = runCli(['periksa', CONTOH, '--format', 'xml']);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--format harus text atau json');
  expect(runCli(['periksa']).status).toBe(2);
  expect(runCli(['entah']).status).toBe(2);
});

test('a periksa refused before any file is read ends by itself: the worker it started early does not keep it running', () => {
  const dir = tempDir('lkjip-kosong-');
  fs.writeFileSync(path.join(dir, 'catatan.txt'), 'bukan buku kerja');
  // (killed after a minute otherwise: the status would be null)
  for (const args of [['periksa', '--format', 'xml', CONTOH], ['periksa'], ['periksa', dir]]) {
    const r = runCli(args, { timeoutMs: 60000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^lkjip: /);
  }
});

describe('many files', () => {
  const dir = tempDir('lkjip-folder-');
  for (const n of ['a.xlsx', 'b.xlsx', 'c.xlsx']) fs.copyFileSync(path.join(ROOT, CONTOH), path.join(dir, n));
  fs.writeFileSync(path.join(dir, 'catatan.txt'), 'bukan xlsx');
  fs.writeFileSync(path.join(dir, '~$a.xlsx'), 'berkas kunci Excel');

  test('a folder: every .xlsx in it (lock files skipped), one line per file and totals, in parallel workers', () => {
    const r = runCli(['periksa', dir, '--pekerja', '2']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${path.join(dir, 'a.xlsx')}: 4 galat, 1 peringatan, 0 info (6 tabel)`,
      `${path.join(dir, 'b.xlsx')}: 4 galat, 1 peringatan, 0 info (6 tabel)`,
      `${path.join(dir, 'c.xlsx')}: 4 galat, 1 peringatan, 0 info (6 tabel)`,
      'Jumlah: 3 berkas, 3 terbaca, 0 tidak terbaca; 12 galat, 3 peringatan',
    ]);
  });

  test('a file over its time budget is stopped and reported in one line; exit 2', () => {
    const r = runCli(['periksa', path.join(dir, 'a.xlsx'), '--batas-waktu', '0.001']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/a\.xlsx: pemeriksaan melewati batas waktu/);
  });
});
