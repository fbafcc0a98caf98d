/**
 * Starting the checking workers, and the first of them started early: `lkjip periksa` needs one whatever its files, so
 * this module (main.js loads it before anything else) starts it at once. It boots and loads the engine (about 0,1 s on 2
 * cores) while the main thread loads its own modules, reads the arguments and opens the first file — no longer one after
 * the other. Until the pool takes it, it keeps nothing alive: a run that ends before it is needed (a usage error, no
 * workbook) exits as it would have without it.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';

const WORKER = path.join(__dirname, 'worker.js');

/** The heap limit of a worker (MB) unless the pool is told otherwise. */
export const DEFAULT_HEAP_MB = 1200;

/**
 * The worker's young generation (MB): V8's default (its semi-spaces of 16 MB each) let a 200k-row book peak at 480–490
 * MB of resident memory; 24 MB keeps it near 420 MB for 2 % more time (medians of 5 fresh runs on 2 cores, 2026-12-01:
 * style-only 200k 2,73 s / 485 MB → 2,79 s / 421 MB; 200k spelled out 2,61 s / 449 MB → 2,64 s / 413 MB).
 */
const YOUNG_GENERATION_MB = 24;

/** Each worker's thread id, as it says first (Linux), so its CPU time can be read while it works. */
const tids = new WeakMap<Worker, number>();

export function threadIdOf(w: Worker): number | undefined {
  return tids.get(w);
}

/** A new worker with its limits; its first word, its thread id, is kept (threadIdOf). */
export function startWorker(heapMb = DEFAULT_HEAP_MB): Worker {
  const w = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  w.once('message', (m: { tid?: number }) => {
    if (typeof m?.tid === 'number') tids.set(w, m.tid);
  });
  return w;
}

let early: Worker | undefined;

/** The worker started early, for the pool's first lane (once; only with the default heap limit), else undefined. */
export function takeEarlyWorker(heapMb = DEFAULT_HEAP_MB): Worker | undefined {
  const w = early;
  early = undefined;
  if (!w) return undefined;
  if (heapMb !== DEFAULT_HEAP_MB) {
    void w.terminate();
    return undefined;
  }
  w.ref();
  return w;
}

/** Starts the first worker now when this process is `lkjip periksa` (main.js's first import). */
export function startEarly(argv: readonly string[] = process.argv): void {
  if (early || argv[2] !== 'periksa') return;
  early = startWorker();
  // (a run that ends before the pool takes it does not wait for it)
  early.unref();
}
