#!/usr/bin/env node
/** lkjip — command-line shell around the core engine. The only place (with reader/container) that touches files. */
// (first: `periksa` starts its first worker before the rest of the command loads)
import './early-worker';
import * as fs from 'fs';
import * as path from 'path';
import { describeError } from './errors';
import { checkAll, Outcome } from './pool';
import { isDirectory, planCopies } from './output';
import { visible } from './terminal';
import type { PeriksaDocument } from './render';

// Each command loads only what it needs: `periksa` leaves the engine to its workers, so the main thread starts them
// without first loading the engine, the renderers or exceljs itself.
/* eslint-disable @typescript-eslint/no-require-imports -- the commands below are loaded on use, by require */
const presets = () => (require('../core/scale') as typeof import('../core/scale')).PRESETS;
const render = () => require('./render') as typeof import('./render');

export { describeError };

const help = () => `lkjip — pemeriksa konsistensi Laporan Kinerja Instansi Pemerintah (LKjIP)

Penggunaan:
  lkjip periksa <berkas.xlsx|folder>... [--format text|json] [--skala <preset>] [--tulis <hasil.xlsx|folder>]
  lkjip fungsi <NAMA> <argumen>...
  lkjip perbaiki <berkas> --tulis <hasil.xlsx> [--rumus] [--timpa] [--skala <preset>]
  lkjip baca <berkas> [--sheet <nama>] [--format json|text]
  lkjip aturan [--format text|json]
  lkjip bantuan

Perintah:
  periksa   Kenali tabel standar (PK, pengukuran kinerja, realisasi anggaran, efisiensi, skala penilaian)
            dan laporkan setiap angka yang bertentangan dengan angka asalnya.
            Folder berarti semua buku kerja (.xlsx, .xlsm, .xls, .ods, .xlsb) di dalamnya; halaman HTML dan XML
            Spreadsheet 2003 yang diekspor aplikasi sebagai "Excel", serta berkas .csv, juga dibaca.
  fungsi    Hitung satu fungsi (CAPAIAN, SERAPAN, EFISIENSI, PREDIKAT, ANGKA); hasilnya satu baris JSON.
  perbaiki  Tulis salinan yang diperbaiki: angka teks menjadi angka, jumlah menjadi jumlah rinciannya, capaian,
            serapan, efisiensi dan predikat dihitung ulang; setiap sel yang diubah dicatat di sheet Perbaikan.
            --rumus menulis jumlah sebagai =SUM(...). Berkas masukan tidak pernah diubah.
  baca      Tampilkan isi buku kerja seperti yang dibaca lkjip (nilai, format angka, tebal, indent, rumus,
            sel gabungan) — untuk memastikan berkas terbaca benar.
  aturan    Daftar aturan pemeriksaan: apa yang dibandingkan setiap aturan dan mengapa penting.

Pilihan:
  --format text|json   Bentuk keluaran (bawaan: text).
  --skala <preset>     Skala penilaian bila buku kerja tidak memuat tabel skalanya sendiri:
                       ${Object.keys(presets()).join(', ')} (bawaan: permendagri-86).
  --pekerja <n>        Jumlah pemeriksa paralel untuk banyak berkas (bawaan: satu per dua inti prosesor).
  --batas-waktu <detik>
                       Batas waktu per berkas (bawaan: 18 detik, lebih lama untuk berkas besar).
  --timpa              Boleh menimpa berkas hasil yang sudah ada (berkas masukan tidak pernah ditimpa).
  --tulis <berkas|folder>
                       Tulis salinan yang sudah diperiksa (berkas asli tidak diubah): sheet Temuan di depan,
                       sel galat berbingkai merah tebal dan peringatan berbingkai jingga putus-putus, dengan
                       catatan; baris diwarnai menurut predikat.
                       Untuk beberapa berkas atau folder: satu salinan per berkas dan ringkasan.xlsx.

Kode keluar: 0 tidak ada galat, 1 ada galat, 2 salah penggunaan atau berkas tidak terbaca.
`;

class UsageError extends Error {}

interface PeriksaArgs {
  inputs: string[];
  format: 'text' | 'json';
  skala?: string;
  /** --tulis: a checked copy per input, into this .xlsx file or folder. */
  tulis?: string;
  /** --timpa: an existing output file may be replaced (never an input). */
  timpa: boolean;
  workers?: number;
  timeoutSeconds?: number;
}

function parsePeriksaArgs(argv: string[]): PeriksaArgs {
  const inputs: string[] = [];
  let format: 'text' | 'json' = 'text';
  let skala: string | undefined;
  let tulis: string | undefined;
  let workers: number | undefined;
  let timeoutSeconds: number | undefined;
  let timpa = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const takeValue = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`pilihan ${name} memerlukan nilai`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const v = takeValue('--format');
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format harus text atau json, bukan "${v}"`);
      format = v;
    } else if (a === '--skala' || a.startsWith('--skala=')) {
      skala = takeValue('--skala');
      if (!presets()[skala]) throw new UsageError(`skala "${skala}" tidak dikenal; pilih salah satu: ${Object.keys(presets()).join(', ')}`);
    } else if (a === '--tulis' || a.startsWith('--tulis=')) {
      tulis = takeValue('--tulis');
    } else if (a === '--pekerja' || a.startsWith('--pekerja=')) {
      workers = Number(takeValue('--pekerja'));
      if (!Number.isInteger(workers) || workers < 1) throw new UsageError('--pekerja harus bilangan bulat ≥ 1');
    } else if (a === '--batas-waktu' || a.startsWith('--batas-waktu=')) {
      timeoutSeconds = Number(takeValue('--batas-waktu'));
      if (!(timeoutSeconds > 0)) throw new UsageError('--batas-waktu harus angka detik > 0');
    } else if (a === '--timpa') {
      timpa = true;
    } else if (a.startsWith('--')) {
      throw new UsageError(`pilihan tidak dikenal: ${visible(a)}`);
    } else {
      inputs.push(a);
    }
  }
  if (inputs.length === 0) throw new UsageError('sebutkan setidaknya satu berkas .xlsx atau folder');
  return { inputs, format, skala, tulis, workers, timeoutSeconds, timpa };
}

/** Workbooks lkjip reads (each with its own reader: .xls of Excel 97–2003, .xlsb, .ods, and the .xlsx family). */
const READABLE = /\.(xlsx|xlsm|xltx|xltm|xlsb|xls|ods)$/i;
/** Spreadsheets it cannot read: taken anyway, so each gets its own clear answer (and the run is not all-clear). */
const SPREADSHEET = /\.(fods|numbers|et|ett)$/i;

/**
 * Files named directly, and in a named folder every workbook (sorted; Excel's lock files "~$…" skipped), with the
 * spreadsheets lkjip cannot read taken too so that each gets its answer; other files are listed as skipped.
 */
export function expandInputs(inputs: string[], skipped: string[] = []): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    // a missing file is reported when it is read
    if (isDirectory(input)) {
      const names = fs.readdirSync(input).sort();
      for (const n of names) {
        if (n.startsWith('~$') || n.startsWith('.')) continue;
        const full = path.join(input, n);
        if (READABLE.test(n) || SPREADSHEET.test(n)) out.push(full);
        else if (!isDirectory(full)) skipped.push(full);
      }
    } else {
      out.push(input);
    }
  }
  return out;
}

async function runPeriksa(argv: string[]): Promise<number> {
  const args = parsePeriksaArgs(argv);
  const skipped: string[] = [];
  const files = expandInputs(args.inputs, skipped);
  if (skipped.length) {
    const names = skipped.map((f) => visible(path.basename(f)));
    process.stderr.write(
      `lkjip: dilewati (bukan buku kerja): ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` dan ${names.length - 10} lainnya` : ''}\n`,
    );
  }
  if (files.length === 0) {
    process.stderr.write('lkjip: tidak ada buku kerja (.xlsx, .xlsm, .xltx, .xltm, .xlsb, .xls, .ods) di folder yang disebutkan\n');
    return 2;
  }
  // --tulis: one .xlsx for one input file, else a folder with a copy per workbook and ringkasan.xlsx
  const tulisFolder = args.tulis !== undefined && !(files.length === 1 && !isDirectory(args.inputs[0]) && /\.xlsx$/i.test(args.tulis));
  const plan = args.tulis ? planCopies(files, args.tulis, tulisFolder, args.timpa) : undefined;
  const tasks = files.map((file, i) => ({
    file,
    skala: args.skala,
    timpa: args.timpa,
    copy: plan?.copies[i],
    copyRefused: plan?.refused.get(i),
    refused: undefined as string | undefined,
  }));
  const many = files.length > 1;
  const progress = many && process.stderr.isTTY ? progressBar(files.length) : undefined;
  const runnable = tasks.filter((t) => !t.refused);
  const ran = await checkAll(
    runnable.map(({ file, skala, copy, timpa }) => ({ file, skala, copy, timpa })),
    { workers: args.workers, timeoutSeconds: args.timeoutSeconds, onDone: progress },
  );
  if (progress) process.stderr.write('\n');
  // `ran` follows `runnable`, which is `tasks` without the refused ones
  let k = 0;
  const outcomes: Outcome[] = tasks.map((t) => (t.refused ? { file: t.file, ok: false, message: t.refused } : ran[k++]));

  const docs: PeriksaDocument[] = [];
  let unreadable = 0;
  let unwritten = 0;
  const written: string[] = [];
  const summaryRows: Array<{ input: string; copy?: string; counts?: PeriksaDocument['summary']; error?: string }> = [];
  outcomes.forEach((o, idx) => {
    const task = tasks[idx];
    if (o.ok) {
      docs.push(o.doc);
      // the same report as a plain run, then where its copy went (or why it did not)
      const copyError = task.copyRefused ?? o.copyError;
      const copy = task.copy && !copyError ? task.copy : undefined;
      if (copy) written.push(copy);
      summaryRows.push({ input: o.file, copy, counts: o.doc.summary });
      if (args.format === 'text')
        process.stdout.write(
          (many ? render().renderLine(o.doc) : render().renderText(o.doc)) + (copy ? `${many ? ' — ' : '\nSalinan diperiksa: '}${visible(copy)}` : '') + '\n',
        );
      if (copyError) {
        unwritten++;
        process.stderr.write(`lkjip: ${visible(o.file)}: ${visible(copyError)}\n`);
      }
    } else {
      unreadable++;
      summaryRows.push({ input: o.file, error: o.message });
      process.stderr.write(`lkjip: ${visible(o.file)}: ${visible(o.message)}\n`);
    }
  });
  if (plan?.summary && (many || isDirectory(args.inputs[0]))) {
    if (plan.summaryRefused) {
      unwritten++;
      process.stderr.write(`lkjip: ${visible(plan.summaryRefused)}\n`);
    } else {
      try {
        // exceljs is loaded only here in the main thread: the checking itself runs in workers
        const { writeSummary } = require('./checked-copy') as typeof import('./checked-copy');
        await writeSummary(plan.summary, summaryRows, args.timpa);
        written.push(plan.summary);
        if (args.format === 'text') process.stdout.write(`Ringkasan: ${visible(plan.summary)}\n`);
      } catch (e) {
        unwritten++;
        process.stderr.write(`lkjip: ${visible(describeError(e))}\n`);
      }
    }
  }
  if (args.format === 'json' && written.length) process.stderr.write(`lkjip: ditulis: ${written.map(visible).join(', ')}\n`);
  if (args.format === 'json') {
    const out = args.inputs.length === 1 && files.length === 1 && docs.length === 1 && !isDirectory(args.inputs[0]) ? docs[0] : docs;
    if (!(Array.isArray(out) && out.length === 0 && unreadable > 0)) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else if (many) {
    const g = docs.reduce((n, d) => n + d.summary.galat, 0);
    const p = docs.reduce((n, d) => n + d.summary.peringatan, 0);
    process.stdout.write(`Jumlah: ${files.length} berkas, ${docs.length} terbaca, ${unreadable} tidak terbaca; ${g} galat, ${p} peringatan\n`);
  }
  if (unreadable > 0 || unwritten > 0) return 2;
  return docs.some((d) => d.summary.galat > 0) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'periksa':
        return await runPeriksa(rest);
      case 'baca': {
        const { runBaca } = require('./baca') as typeof import('./baca');
        const r = await runBaca(rest, (s) => process.stdout.write(s + '\n'));
        if (typeof r === 'string') throw new UsageError(r);
        return r;
      }
      case 'perbaiki': {
        const { runPerbaiki } = require('./perbaiki') as typeof import('./perbaiki');
        const r = await runPerbaiki(rest, (s) => process.stdout.write(s + '\n'));
        if (typeof r === 'string') throw new UsageError(r);
        return r;
      }
      case 'aturan': {
        const { runAturan } = require('./aturan') as typeof import('./aturan');
        const r = runAturan(rest, (s) => process.stdout.write(s + '\n'));
        if (typeof r === 'string') throw new UsageError(r);
        return r;
      }
      case 'fungsi': {
        const { runFungsi } = require('./fungsi') as typeof import('./fungsi');
        return runFungsi(
          rest,
          (s) => process.stdout.write(s + '\n'),
          (s) => process.stderr.write(s + '\n'),
        );
      }
      case undefined:
      case 'bantuan':
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(help());
        return cmd === undefined ? 2 : 0;
      case '--version':
      case '--versi':
        process.stdout.write('0.1.0\n');
        return 0;
      default:
        throw new UsageError(`perintah tidak dikenal: ${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`lkjip: ${visible(e.message)}\nKetik "lkjip bantuan" untuk petunjuk.\n`);
      return 2;
    }
    process.stderr.write(`lkjip: ${visible(describeError(e))}\n`);
    return 2;
  }
}

function progressBar(total: number): (done: number) => void {
  return (done) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} berkas`);
  };
}

if (require.main === module) {
  // Never a stack trace: anything that escapes becomes one Indonesian line and exit 2.
  process.on('uncaughtException', (e) => {
    process.stderr.write(`lkjip: ${describeError(e)}\n`);
    process.exit(2);
  });
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`lkjip: ${describeError(e)}\n`);
    process.exit(2);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`lkjip: ${describeError(e)}\n`);
      process.exitCode = 2;
    },
  );
}
