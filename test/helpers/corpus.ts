import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCorpus, FixtureBook } from '../../scripts/fixtures/layouts';

let cached: Promise<FixtureBook[]> | undefined;

/** The fixture corpus (seed tables in many layouts), built once per test process into a temp folder. */
export function corpus(): Promise<FixtureBook[]> {
  if (!cached) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-corpus-'));
    cached = buildCorpus(dir);
  }
  return cached;
}
