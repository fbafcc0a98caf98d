/**
 * npm run bench (#18): Pemda-scale workbooks of 12.5k, 50k and 200k rows, the hierarchy spelled out, shown by style
 * only and none (a flat list, a formula per row), each checked in a fresh process, alternating and repeated (medians): the fast floor (fflate + indexOf cell
 * scan), exceljs parse-only (up to 50k) and `lkjip periksa F --format json --batas-waktu 600`, with wall time, CPU
 * time of the whole process and peak RSS; then batches (20 books of 12.5k rows, 200 small ones) with one worker, two
 * and the default, and the Excel adapter's sync and write counts on the fake host. Prints a table and writes JSON.
 * Targets (issue #18): periksa ÷ floor ≤ 2.5, 200k / 50k ≤ 4.4×, peak RSS at 200k < 450 MB.
 *
 * Usage: node lib/scripts/bench/bench.js [--ulang N] [--keluar hasil.json] [--cepat]
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HierarchyStyle, makeBenchBook } from './make-book';
import { CLIFF_SHAPES, makeCliffBook } from './cliff-books';
import { highlightPlan } from '../../src/core/highlight';
import { recogniseWorkbook } from '../../src/core/recognise';
import { resolveScale } from '../../src/core/scale';
import { ExcelHost } from '../../src/office/excel-host';
import { defaultWorkers } from '../../src/cli/pool';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
const PARSE = path.join(ROOT, 'lib', 'scripts', 'bench', 'parse-only.js');
const FLOOR = path.join(ROOT, 'lib', 'scripts', 'bench', 'floor.js');

interface Run {
  seconds: number;
  /** Processor time of the whole process (all its threads: workers, GC), user + system. */
  cpuSeconds: number;
  peakMb: number;
  stdout: string;
  status: number | null;
}

function measure(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env });
    let stdout = '';
    let peak = 0;
    let cpu = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', () => undefined);
    const poll = () => {
      try {
        // VmHWM: the process's peak resident memory
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        // utime + stime of all its threads, in 1/100 s (fields 14 and 15, counted after the name's ")")
        const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpu = Math.max(cpu, (Number(f[11]) + Number(f[12])) / 100);
      } catch {
        /* exited */
      }
    };
    const timer = setInterval(poll, 5);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: cpu, peakMb: peak, stdout, status });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--cepat');
  const reps = Number(arg('--ulang', quick ? '2' : '3'));
  const out = arg('--keluar', path.join(ROOT, '.bench', 'hasil.json'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-bench-'));
  // #18: 12.5k, 50k and 200k rows, the hierarchy spelled out, shown by style only, and none (a flat list with a formula
  // per row); exceljs (parse) up to 50k
  const sizes = quick ? [12500] : [12500, 50000, 200000];
  const styles: HierarchyStyle[] = ['words', 'style', 'flat'];
  const table: Array<Record<string, number | string | boolean>> = [];
  process.stdout.write(`lkjip bench — ${os.cpus().length} inti, node ${process.version}, ${reps} ulangan (median, bergantian)\n\n`);
  process.stdout.write('   baris  hierarki  lantai s  periksa s  ÷lantai  CPU s  RSS MB  exceljs s  ÷exceljs  temuan ditanam\n');
  for (const n of sizes) {
    for (const style of styles) {
      const book = await makeBenchBook(path.join(dir, `pemda-${n}-${style}.xlsx`), n, 42, style);
      const parse: Run[] = [];
      const periksa: Run[] = [];
      const floor: Run[] = [];
      const withParse = n <= 50000;
      for (let i = 0; i < reps; i++) {
        // alternate, so drift on the machine hits all alike
        floor.push(await measure([FLOOR, book.file]));
        if (withParse) parse.push(await measure([PARSE, book.file]));
        periksa.push(await measure([CLI, 'periksa', book.file, '--format', 'json', '--batas-waktu', '600']));
      }
      const doc = JSON.parse(periksa[periksa.length - 1].stdout);
      const galat = doc.findings.filter((f: { severity: string }) => f.severity === 'galat');
      const found = book.planted.filter((p) =>
        galat.some(
          (f: { sheet: string; cell: string; related?: string[] }) =>
            f.sheet === p.sheet && (f.cell === p.cell || (f.related ?? []).some((r) => r.endsWith(p.cell))),
        ),
      ).length;
      const extra = galat.filter((f: { sheet: string; cell: string }) => !book.planted.some((p) => p.sheet === f.sheet && p.cell === f.cell)).length;
      const row = {
        rows: book.rows,
        hierarchy: style,
        floorSeconds: median(floor.map((r) => r.seconds)),
        periksaSeconds: median(periksa.map((r) => r.seconds)),
        floorRatio: 0,
        periksaCpuSeconds: median(periksa.map((r) => r.cpuSeconds)),
        periksaPeakMb: median(periksa.map((r) => r.peakMb)),
        parseSeconds: withParse ? median(parse.map((r) => r.seconds)) : 0,
        ratio: 0,
        planted: book.planted.length,
        plantedFound: found,
        otherGalat: extra,
      };
      row.floorRatio = row.periksaSeconds / row.floorSeconds;
      row.ratio = withParse ? row.periksaSeconds / row.parseSeconds : 0;
      table.push(row);
      process.stdout.write(
        `${String(row.rows).padStart(8)}  ${style.padEnd(8)} ${row.floorSeconds.toFixed(2).padStart(9)} ${row.periksaSeconds.toFixed(2).padStart(10)} ${row.floorRatio.toFixed(2).padStart(8)} ${row.periksaCpuSeconds.toFixed(2).padStart(6)} ${row.periksaPeakMb.toFixed(0).padStart(7)} ${withParse ? row.parseSeconds.toFixed(2).padStart(10) : '         —'} ${withParse ? row.ratio.toFixed(2).padStart(9) : '        —'}  ${found}/${book.planted.length}${extra ? `, ${extra} galat lain` : ''}\n`,
      );
    }
  }
  // linear in rows: 200k rows take at most 4.4× what 50k take (4× the rows, 10 % slack)
  const timeOf = (n: number) => table.find((t) => t.hierarchy === 'words' && Number(t.rows) >= n && Number(t.rows) < n * 1.2)?.periksaSeconds;
  const t50 = timeOf(50000);
  const t200 = timeOf(200000);
  const linearity = t50 && t200 ? Number(t200) / Number(t50) : undefined;
  if (linearity) process.stdout.write(`\n200k / 50k: ${linearity.toFixed(2)}× waktu untuk 4× baris (sasaran ≤ 4,4×)\n`);

  // No cliffs: the shapes that were once quadratic, each checked in a fresh process (seconds, medians)
  process.stdout.write('\n');
  const cliffs: Array<{ shape: string; what: string; seconds: number }> = [];
  for (const { shape, what } of CLIFF_SHAPES) {
    const file = path.join(dir, `tebing-${shape}.xlsx`);
    await makeCliffBook(file, shape);
    const runs: Run[] = [];
    for (let i = 0; i < Math.min(reps, 3); i++) runs.push(await measure([CLI, 'periksa', file, '--format', 'json', '--batas-waktu', '600']));
    const seconds = median(runs.map((r) => r.seconds));
    cliffs.push({ shape, what, seconds });
    process.stdout.write(`tebing ${shape.padEnd(9)} (${what}): ${seconds.toFixed(2)} s\n`);
  }

  // Batches: 20 books of 12.5k rows and 200 small ones, one worker, two workers and the default
  const batch = async (name: string, rows: number, count: number) => {
    const folder = path.join(dir, name);
    fs.mkdirSync(folder);
    const one = await makeBenchBook(path.join(dir, `${name}.xlsx`), rows, 7);
    for (let i = 0; i < count; i++) fs.copyFileSync(one.file, path.join(folder, `opd-${String(i).padStart(3, '0')}.xlsx`));
    const seconds: Record<string, number> = {};
    for (const w of ['1', '2', '']) {
      const runs: Run[] = [];
      for (let i = 0; i < Math.min(reps, 3); i++) runs.push(await measure([CLI, 'periksa', folder, '--format', 'json', ...(w ? ['--pekerja', w] : [])]));
      seconds[w ? `workers${w}` : 'default'] = median(runs.map((r) => r.seconds));
    }
    process.stdout.write(
      `${count} buku × ${rows} baris: 1 pekerja ${seconds.workers1.toFixed(2)} s, 2 pekerja ${seconds.workers2.toFixed(2)} s, bawaan (${defaultWorkers()}) ${seconds.default.toFixed(2)} s\n`,
    );
    return { books: count, rows, ...seconds, defaultWorkers: defaultWorkers() };
  };
  process.stdout.write('\n');
  const folderResult = { big: await batch('besar', 12500, 20), small: await batch('kecil', 300, 200) };

  // Excel side, on the fake host: syncs to read a 25k-row sheet, writes to highlight it

  const { createFakeExcel } = require(path.join(ROOT, 'test', 'office', 'fake-excel.js'));
  const cells: Record<string, { value: unknown; numberFormat?: string }> = {
    '1,1': { value: 'Indikator Kinerja' },
    '1,2': { value: 'Target' },
    '1,3': { value: 'Realisasi' },
    '1,4': { value: 'Capaian' },
  };
  for (let r = 2; r <= 25001; r++) {
    cells[`${r},1`] = { value: `Indikator ${r}` };
    cells[`${r},2`] = { value: 100 };
    cells[`${r},3`] = { value: 50 + (r % 60) };
    cells[`${r},4`] = { value: (50 + (r % 60)) / 100, numberFormat: '0%' };
  }
  const fake = createFakeExcel({ sheets: [{ name: 'Pengukuran', cells, merges: [] }] });
  const host = new ExcelHost((b) => fake.Excel.run(b));
  const read = await host.read();
  const readSyncs = fake.stats.syncs;
  const tables = recogniseWorkbook(read.snapshot);
  const plan = highlightPlan(tables, resolveScale(tables));
  fake.stats.syncs = 0;
  fake.stats.writes = 0;
  await host.applyHighlights(plan);
  const excel = {
    rows: 25000,
    readSyncs,
    highlightRows: plan.rows.length,
    highlightWrites: fake.stats.writes,
    highlightSyncs: fake.stats.syncs,
    bands: plan.legend.filter((l) => l.rows > 0).length,
  };
  process.stdout.write(
    `Excel (host palsu), 25 000 baris: ${readSyncs} sync untuk membaca; ${excel.highlightRows} baris disorot dengan ${excel.highlightWrites} tulisan (${excel.bands} predikat) dan ${excel.highlightSyncs} sync\n`,
  );

  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        machine: { cores: os.cpus().length, node: process.version },
        repetitions: reps,
        sizes: table,
        linearity200kOver50k: linearity,
        cliffs,
        folder: folderResult,
        excel,
      },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`\nditulis: ${out}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`bench gagal: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
