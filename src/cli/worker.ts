/** Worker thread: checks the files the pool sends, one at a time, and answers with the document or an error line. */
import * as fs from 'fs';
import { parentPort } from 'worker_threads';
import { checkFile, CheckTask } from './check-file';
import { describeError } from './errors';

// First word to the pool: this thread's id, whose CPU time it then reads from /proc (Linux; elsewhere nothing is said).
try {
  const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) parentPort?.postMessage({ tid });
} catch {
  /* no /proc: the pool measures the event loop's active time instead */
}

parentPort?.on('message', async (task: CheckTask & { id: number }) => {
  try {
    const { doc, copyError } = await checkFile(task);
    parentPort?.postMessage({ id: task.id, ok: true, doc, copyError });
  } catch (e) {
    parentPort?.postMessage({ id: task.id, ok: false, message: describeError(e) });
  }
});
