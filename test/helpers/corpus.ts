import { buildCorpus, FixtureBook } from '../../scripts/fixtures/layouts';
import { tempDir } from './tmp';

let cached: Promise<FixtureBook[]> | undefined;

/** The fixture corpus (seed tables in many layouts), built once per test process into a temp folder. */
export function corpus(): Promise<FixtureBook[]> {
  if (!cached) {
    const dir = tempDir('lkjip-corpus-');
    cached = buildCorpus(dir);
  }
  return cached;
}
