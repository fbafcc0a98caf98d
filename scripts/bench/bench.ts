/**
 * npm run bench: Pemda-scale workbooks of 1k, 10k and 50k rows, measured in fresh processes, alternating and
 * repeated: the fast floor (fflate + indexOf cell scan) and parse-only (exceljs readFile + visit every cell) against
 * `lkjip periksa F --format json`. Prints a table
 * and writes it as JSON; also books per second for 200 small workbooks (one worker against all cores) and the
 * Excel adapter's sync and write counts on the fake host.
 *
 * Usage: node lib/scripts/bench/bench.js [--ulang N] [--keluar hasil.json] [--cepat]
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { makeBenchBook, BenchBook } from './make-book';
import { highlightPlan } from '../../src/core/highlight';
import { recogniseWorkbook } from '../../src/core/recognise';
import { resolveScale } from '../../src/core/scale';
import { ExcelHost } from '../../src/office/excel-host';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
const PARSE = path.join(ROOT, 'lib', 'scripts', 'bench', 'parse-only.js');
const FLOOR = path.join(ROOT, 'lib', 'scripts', 'bench', 'floor.js');

interface Run {
  seconds: number;
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
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', () => undefined);
    const poll = () => {
      try {
        // VmHWM: the process's peak resident memory
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* exited */
      }
    };
    const timer = setInterval(poll, 5);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, peakMb: peak, stdout, status });
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
  const reps = Number(arg('--ulang', quick ? '2' : '5'));
  const out = arg('--keluar', path.join(ROOT, '.bench', 'hasil.json'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-bench-'));
  const sizes = quick ? [1000, 10000] : [1000, 10000, 50000];
  const table: Array<Record<string, number | string | boolean>> = [];
  process.stdout.write(`lkjip bench — ${os.cpus().length} inti, node ${process.version}, ${reps} ulangan (median)\n\n`);
  process.stdout.write('  baris   parse s  periksa s   rasio  lantai s  ÷lantai  RSS parse MB  RSS periksa MB  rasio RSS  temuan ditanam\n');
  const books: BenchBook[] = [];
  for (const n of sizes) {
    const book = await makeBenchBook(path.join(dir, `pemda-${n}.xlsx`), n);
    books.push(book);
    const parse: Run[] = [];
    const periksa: Run[] = [];
    const floor: Run[] = [];
    for (let i = 0; i < reps; i++) {
      // alternate, so drift on the machine hits all alike
      floor.push(await measure([FLOOR, book.file]));
      parse.push(await measure([PARSE, book.file]));
      periksa.push(await measure([CLI, 'periksa', book.file, '--format', 'json']));
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
      parseSeconds: median(parse.map((r) => r.seconds)),
      periksaSeconds: median(periksa.map((r) => r.seconds)),
      ratio: 0,
      floorSeconds: median(floor.map((r) => r.seconds)),
      floorRatio: 0,
      parsePeakMb: median(parse.map((r) => r.peakMb)),
      periksaPeakMb: median(periksa.map((r) => r.peakMb)),
      memoryRatio: 0,
      planted: book.planted.length,
      plantedFound: found,
      otherGalat: extra,
    };
    row.ratio = row.periksaSeconds / row.parseSeconds;
    row.floorRatio = row.periksaSeconds / row.floorSeconds;
    row.memoryRatio = row.periksaPeakMb / row.parsePeakMb;
    table.push(row);
    process.stdout.write(
      `${String(row.rows).padStart(7)} ${row.parseSeconds.toFixed(2).padStart(9)} ${row.periksaSeconds.toFixed(2).padStart(10)} ${row.ratio.toFixed(2).padStart(7)} ${row.floorSeconds.toFixed(2).padStart(9)} ${row.floorRatio.toFixed(2).padStart(8)} ${row.parsePeakMb.toFixed(0).padStart(13)} ${row.periksaPeakMb.toFixed(0).padStart(15)} ${row.memoryRatio.toFixed(2).padStart(10)}  ${found}/${book.planted.length}${extra ? `, ${extra} galat lain` : ''}\n`,
    );
  }
  const last = table[table.length - 1];
  const ten = table.find((t) => Number(t.rows) >= 10000 && Number(t.rows) < 20000);
  const linearity = ten && last !== ten ? Number(last.periksaSeconds) / Number(ten.periksaSeconds) : undefined;
  if (linearity) process.stdout.write(`\n50k / 10k: ${linearity.toFixed(2)}× waktu (sasaran ≤ 5,5×)\n`);

  // 200 small workbooks: books per second, one worker against all cores
  const folder = path.join(dir, 'opd');
  fs.mkdirSync(folder);
  const small = await makeBenchBook(path.join(dir, 'kecil.xlsx'), 300, 7);
  for (let i = 0; i < 200; i++) fs.copyFileSync(small.file, path.join(folder, `opd-${String(i).padStart(3, '0')}.xlsx`));
  const one = await measure([CLI, 'periksa', folder, '--format', 'json', '--pekerja', '1']);
  const all = await measure([CLI, 'periksa', folder, '--format', 'json']);
  const folderResult = {
    books: 200,
    oneWorkerSeconds: one.seconds,
    allWorkersSeconds: all.seconds,
    workers: os.availableParallelism?.() ?? os.cpus().length,
    oneWorkerBooksPerSecond: 200 / one.seconds,
    allWorkersBooksPerSecond: 200 / all.seconds,
  };
  process.stdout.write(
    `\n200 buku kerja kecil: 1 pekerja ${folderResult.oneWorkerBooksPerSecond.toFixed(1)} buku/detik, ${folderResult.workers} pekerja ${folderResult.allWorkersBooksPerSecond.toFixed(1)} buku/detik\n`,
  );

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
        linearity50kOver10k: linearity,
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
