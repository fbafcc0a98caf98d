/**
 * Temporary folders for a test file's cases, removed when the file's tests are done: every run would otherwise leave
 * its workbooks and copies behind in the system's temporary folder.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];

// (registered once per test file: jest loads this module afresh for each)
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, named from `prefix` ("lkjip-aman-"). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
