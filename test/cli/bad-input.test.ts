/** Every bad or odd file gets a clear answer: exit 2 and one Indonesian line, or a valid result; within budget. */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildBadCorpus, BadCase } from '../../scripts/fixtures/bad-inputs';
import { CLI, ensureBuilt, ROOT } from '../helpers/cli';
import { schemaErrors } from '../helpers/schema';
import { tempDir } from '../helpers/tmp';

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssMb: number;
}

/** Runs the CLI, watching its peak memory (VmHWM) from /proc while it runs. */
function run(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const watch = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* gone */
      }
    }, 10);
    child.on('close', (status) => {
      clearInterval(watch);
      resolve({ status, stdout, stderr, seconds: (Date.now() - t0) / 1000, peakRssMb: peak });
    });
  });
}

let cases: BadCase[] = [];
const dir = tempDir('lkjip-buruk-');

beforeAll(async () => {
  ensureBuilt();
  cases = await buildBadCorpus(dir, path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx'));
}, 120000);

test('the corpus covers every case the issue lists', () => {
  expect(cases.length).toBeGreaterThanOrEqual(24);
});

test('each file: exit 2 with one clear line, or a schema-valid result; never a stack trace; within time and memory', async () => {
  const report: string[] = [];
  for (const c of cases) {
    const r = await run(['periksa', c.file, '--format', 'json']);
    const where = `${c.name}: exit ${r.status}, ${r.seconds.toFixed(2)} s, ${Math.round(r.peakRssMb)} MB`;
    report.push(where);
    expect({ case: c.name, trace: /\n\s+at .+:\d+:\d+/.test(r.stderr) }).toEqual({ case: c.name, trace: false });
    expect({ case: c.name, slow: r.seconds > c.maxSeconds }).toEqual({ case: c.name, slow: false });
    expect({ case: c.name, heavy: r.peakRssMb > c.maxRssMb }).toEqual({ case: c.name, heavy: false });
    if (c.expect === 'error') {
      expect({ case: c.name, status: r.status }).toEqual({ case: c.name, status: 2 });
      const lines = r.stderr.trim().split('\n');
      expect({ case: c.name, lines: lines.length }).toEqual({ case: c.name, lines: 1 });
      expect(lines[0]).toContain(c.name);
      expect(lines[0]).toMatch(c.message ?? /./);
    } else {
      expect({ case: c.name, status: [0, 1].includes(r.status ?? -1), stderr: r.stderr }).toEqual({ case: c.name, status: true, stderr: '' });
      const doc = JSON.parse(r.stdout);
      expect({ case: c.name, schema: schemaErrors(doc) }).toEqual({ case: c.name, schema: '' });
    }
  }
  fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-artifacts', 'berkas-buruk.txt'), report.join('\n') + '\n');
}, 300000);

test('findings on oddly named sheets quote the names the Excel way', async () => {
  const r = await run(['periksa', path.join(dir, 'nama-sheet-aneh.xlsx'), '--format', 'json']);
  const doc = JSON.parse(r.stdout);
  const sheets = new Set(doc.findings.map((f: { sheet: string }) => f.sheet));
  expect(sheets).toEqual(new Set(["Bu'Dina & Co (2024)", 'Realisasi Anggaran', '#1 PK', 'Tabel-3.1']));
  const t = doc.tables.find((x: { sheet: string }) => x.sheet === "Bu'Dina & Co (2024)");
  expect(t).toBeDefined();
});

test('a date where a figure belongs is reported, not computed with', async () => {
  const r = await run(['periksa', path.join(dir, 'tanggal.xlsx'), '--format', 'json']);
  const doc = JSON.parse(r.stdout);
  const f = doc.findings.find((x: { rule: string }) => x.rule === 'angka-tidak-valid');
  expect(f).toMatchObject({ cell: 'C2' });
  expect(f.message).toContain('tanggal');
  expect(doc.findings.some((x: { rule: string }) => x.rule === 'persen-capaian')).toBe(false);
});

test('a batch with bad files still checks the good ones and exits 2', async () => {
  const r = await run(['periksa', path.join(dir, 'kosong.xlsx'), path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx'), path.join(dir, 'sandi.xlsx')]);
  expect(r.status).toBe(2);
  expect(r.stdout).toContain('lkjip-gowa-2024.xlsx');
  expect(r.stderr.trim().split('\n')).toHaveLength(2);
});
