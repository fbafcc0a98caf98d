/**
 * Checks many files on every core: a pool of worker threads, each file under a time budget and a heap limit. A
 * file that runs over is stopped (its worker terminated and replaced) and reported in one line; the rest go on.
 */
import * as fs from 'fs';
import * as os from 'os';
import { Worker } from 'worker_threads';
import { CheckTask } from './check-file';
import { openWorkbookParts } from './container';
import { PeriksaDocument } from './render';
import { startWorker, takeEarlyWorker, threadIdOf } from './worker-start';

export interface PoolOptions {
  workers?: number;
  /** Seconds per file; by default 18 s, more for large files (6 s per MB). */
  timeoutSeconds?: number;
  /** Heap limit per worker in MB. */
  heapMb?: number;
  onDone?: (done: number, total: number) => void;
}

export type Outcome = { file: string; ok: true; doc: PeriksaDocument; copyError?: string } | { file: string; ok: false; message: string };

/** The wall clock may run this many times the busy-time budget (a loaded machine) before a file is given up. */
const WALL_CLOCK_FACTOR = 8;

/** Linux reports a thread's CPU time in clock ticks of 1/100 s (USER_HZ, fixed by the kernel's ABI). */
const USER_HZ = 100;

/**
 * The processor time (ms) a worker thread has used, read from /proc/self/task/<tid>/stat (utime + stime) — its own
 * CPU time, which a busy machine does not inflate. undefined where /proc is not there (macOS, Windows).
 */
export function threadCpuMs(tid: number | undefined): number | undefined {
  if (!tid) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // the name in parentheses may hold spaces: fields are counted after its closing ")"; utime and stime are 14 and 15
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / USER_HZ : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One worker per two cores. A worker keeps more than one core busy by itself (V8's parallel and concurrent garbage
 * collection threads run beside it: one worker's process used 1.4–1.5 s of CPU per second of wall time). Measured on 2
 * cores (2026-11-30): two workers checked 6 books of 55k rows 8–13 % faster than one with 55–60 % more memory; 20 books
 * of 14k rows and 200 small books within run-to-run noise (±20 %) either way (`npm run bench`).
 */
export function defaultWorkers(): number {
  const env = Number(process.env.LKJIP_PEKERJA);
  if (Number.isInteger(env) && env > 0) return env;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.floor(cores / 2));
}

function budgetFor(file: string, o: PoolOptions): number {
  if (o.timeoutSeconds) return o.timeoutSeconds * 1000;
  let mb = 0;
  try {
    mb = fs.statSync(file).size / 1048576;
  } catch {
    /* missing: answered at once */
  }
  return Math.max(18000, mb * 6000);
}

/**
 * A workbook's parts, inflated here while a new worker loads (about 60 ms on 2 cores, which the reading no longer waits
 * for), or undefined: a file that cannot be opened so (a folder, an .xls, a damaged package), or whose checked copy needs
 * the package's bytes, is opened by the worker itself, which says why in the usual words.
 */
function prefetched(task: CheckTask): Map<string, Uint8Array> | undefined {
  if (task.copy) return undefined;
  try {
    return openWorkbookParts(task.file).parts;
  } catch {
    return undefined;
  }
}

/** The buffers a message may hand over without copying: a part that has its own whole ArrayBuffer (not a pool's). */
export function transferable(parts: Map<string, Uint8Array>): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const [name, bytes] of parts) {
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer && !out.includes(bytes.buffer))
      out.push(bytes.buffer);
    else parts.set(name, bytes.slice());
  }
  return out;
}

export async function checkAll(tasks: CheckTask[], o: PoolOptions = {}): Promise<Outcome[]> {
  const results: Outcome[] = new Array(tasks.length);
  const size = Math.max(1, Math.min(o.workers ?? defaultWorkers(), tasks.length));
  let next = 0;
  let done = 0;
  // (the first lane takes the worker main.js started before loading the rest of the command, where it did)
  const spawn = () => takeEarlyWorker(o.heapMb) ?? startWorker(o.heapMb);

  const lane = async (): Promise<void> => {
    let worker = spawn();
    // a worker just started spends its first tens of ms loading the engine: meanwhile this thread opens its first file
    let fresh = true;
    try {
      while (next < tasks.length) {
        const i = next++;
        const task = tasks[i];
        const outcome = await new Promise<Outcome>((resolve) => {
          let settled = false;
          const finish = (x: Outcome, replace: boolean) => {
            if (settled) return;
            settled = true;
            clearInterval(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            if (replace) {
              void worker.terminate();
              worker = spawn();
              fresh = true;
            }
            resolve(x);
          };
          // The budget is the worker's own CPU time (Linux: its thread's utime + stime), not the wall clock: on a busy
          // PC a good workbook waits for the processor without being refused. Elsewhere its event loop's active time
          // stands in. A wall-clock cap, far above it, still ends a worker that never gets to run. Checked while it
          // runs and once more when it answers, so a budget shorter than the polling interval is kept too.
          const budget = budgetFor(task.file, o);
          const startUse = worker.performance.eventLoopUtilization();
          const started = Date.now();
          const cpuAt = (w: Worker) => threadCpuMs(threadIdOf(w));
          // a new worker may not have said its id yet: its CPU time then counts from its start (a few ms of loading)
          const startCpu = cpuAt(worker) ?? 0;
          const used = () => {
            const cpu = cpuAt(worker);
            return cpu !== undefined ? cpu - startCpu : worker.performance.eventLoopUtilization(startUse).active;
          };
          const overBudget = () => used() > budget || Date.now() - started > budget * WALL_CLOCK_FACTOR;
          const timedOut = () =>
            finish(
              {
                file: task.file,
                ok: false,
                message: `pemeriksaan melewati batas waktu ${Math.round(budget / 1000)} detik; berkas ini terlalu rumit atau rusak`,
              },
              true,
            );
          const timer = setInterval(
            () => {
              if (overBudget()) timedOut();
            },
            Math.max(1, Math.min(100, budget)),
          );
          const onMessage = (m: { id: number; ok: boolean; doc?: PeriksaDocument; copyError?: string; message?: string }) => {
            if (m.id !== i) return;
            if (overBudget()) return timedOut();
            finish(
              m.ok
                ? { file: task.file, ok: true, doc: m.doc as PeriksaDocument, ...(m.copyError ? { copyError: m.copyError } : {}) }
                : { file: task.file, ok: false, message: m.message ?? '' },
              false,
            );
          };
          const onError = (e: Error & { code?: string }) => {
            const memory = e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/i.test(e.message);
            finish(
              {
                file: task.file,
                ok: false,
                message: memory ? 'berkas terlalu besar untuk diperiksa (batas memori terlampaui)' : `pemeriksaan gagal (${e.message.split('\n')[0]})`,
              },
              true,
            );
          };
          const onExit = () => finish({ file: task.file, ok: false, message: 'pemeriksaan berhenti tiba-tiba' }, true);
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.on('exit', onExit);
          const parts = fresh ? prefetched(task) : undefined;
          fresh = false;
          worker.postMessage({ ...task, id: i, ...(parts ? { parts } : {}) }, parts ? transferable(parts) : []);
        });
        results[i] = outcome;
        done++;
        o.onDone?.(done, tasks.length);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: size }, lane));
  return results;
}
