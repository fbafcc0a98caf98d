/**
 * Measures recognition and periksa on the fixture corpus built from the seed reports.
 * Usage: node lib/scripts/ukur.js [--rinci]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCorpus } from './fixtures/layouts';
import { emptyScore, scoreBook, summary } from './fixtures/evaluate';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-ukur-'));
  const books = await buildCorpus(dir);
  const score = emptyScore();
  for (const b of books) await scoreBook(b, score);
  const s = summary(score);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  process.stdout.write(`buku kerja: ${books.length}, tabel benar: ${score.truthTables}, tabel ditemukan: ${score.foundTables}\n`);
  process.stdout.write(`pengenalan  recall ${pct(s.recall)}  presisi ${pct(s.precision)}  ketepatan jenis ${pct(s.kindAccuracy)}\n`);
  process.stdout.write(
    `periksa     recall ${pct(s.periksaRecall)} (${score.foundFindings}/${score.requiredFindings})  presisi galat ${pct(s.galatPrecision)} (${score.galat} galat)\n`,
  );
  if (process.argv.includes('--rinci')) {
    const list = (title: string, xs: string[]) => {
      if (xs.length) process.stdout.write(`\n${title} (${xs.length}):\n${xs.map((x) => '  ' + x).join('\n')}\n`);
    };
    list('tidak ditemukan', score.misses);
    list('tabel palsu', score.falseTables);
    list('jenis salah', score.wrongKinds);
    list('temuan terlewat', score.missedFindings);
    list('galat palsu', score.falseGalat);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`ukur gagal: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
