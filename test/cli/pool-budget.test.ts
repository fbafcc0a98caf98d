/**
 * The per-file time budget counts the worker's own processor time, so a busy machine never turns a good workbook into
 * a refusal. On Linux it is read from /proc (utime + stime of the worker's thread); elsewhere the event loop's active
 * time stands in.
 */
import * as fs from 'fs';
import { defaultWorkers, threadCpuMs } from '../../src/cli/pool';

const linux = fs.existsSync('/proc/thread-self');

(linux ? test : test.skip)('the CPU time of a thread grows with its own work and not with the time it waits', async () => {
  // the main thread's id is the process id
  const before = threadCpuMs(process.pid) as number;
  expect(typeof before).toBe('number');
  await new Promise((r) => setTimeout(r, 300)); // waiting costs no processor time
  const idle = threadCpuMs(process.pid) as number;
  expect(idle - before).toBeLessThan(150);
  const until = Date.now() + 400;
  let x = 0;
  while (Date.now() < until) x += Math.sqrt(x + 1);
  expect(x).toBeGreaterThan(0);
  const busy = threadCpuMs(process.pid) as number;
  expect(busy - idle).toBeGreaterThanOrEqual(200);
});

test('no thread, or one that does not exist: no reading (the pool falls back to the event loop)', () => {
  expect(threadCpuMs(undefined)).toBeUndefined();
  expect(threadCpuMs(2 ** 30)).toBeUndefined();
});

test('one worker per two cores by default; LKJIP_PEKERJA overrides', () => {
  const saved = process.env.LKJIP_PEKERJA;
  try {
    delete process.env.LKJIP_PEKERJA;
    expect(defaultWorkers()).toBeGreaterThanOrEqual(1);
    process.env.LKJIP_PEKERJA = '3';
    expect(defaultWorkers()).toBe(3);
  } finally {
    if (saved === undefined) delete process.env.LKJIP_PEKERJA;
    else process.env.LKJIP_PEKERJA = saved;
  }
});
