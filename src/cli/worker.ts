/** Worker thread: checks the files the pool sends, one at a time, and answers with the document or an error line. */
import { parentPort } from 'worker_threads';
import { checkFile, CheckTask } from './check-file';
import { describeError } from './errors';

parentPort?.on('message', async (task: CheckTask & { id: number }) => {
  try {
    const { doc, copyError } = await checkFile(task);
    parentPort?.postMessage({ id: task.id, ok: true, doc, copyError });
  } catch (e) {
    parentPort?.postMessage({ id: task.id, ok: false, message: describeError(e) });
  }
});
