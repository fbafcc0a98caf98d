/**
 * Measures recognition and periksa on the invented workbooks of other offices (scripts/fixtures/offices.ts), the
 * books we tuned on and the ones kept aside, separately. Usage: node lib/scripts/ukur-kantor.js [--rinci]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildOffices } from './fixtures/offices';
import { emptyScore, scoreBook, Score, summary } from './fixtures/evaluate';

function print(title: string, books: number, score: Score): void {
  const s = summary(score);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  process.stdout.write(`${title}: ${books} buku kerja, ${score.truthTables} tabel, ${score.requiredFindings} galat tertanam\n`);
  process.stdout.write(`  pengenalan  recall ${pct(s.recall)}  presisi ${pct(s.precision)}  ketepatan jenis ${pct(s.kindAccuracy)}\n`);
  process.stdout.write(
    `  periksa     recall ${pct(s.periksaRecall)} (${score.foundFindings}/${score.requiredFindings})  presisi galat ${pct(s.galatPrecision)} (${score.galat} galat)\n`,
  );
  if (process.argv.includes('--rinci')) {
    const list = (name: string, xs: string[]) => {
      if (xs.length) process.stdout.write(`  ${name} (${xs.length}):\n${xs.map((x) => '    ' + x).join('\n')}\n`);
    };
    list('tidak ditemukan', score.misses);
    list('tabel palsu', score.falseTables);
    list('jenis salah', score.wrongKinds);
    list('temuan terlewat', score.missedFindings);
    list('galat palsu', score.falseGalat);
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-kantor-'));
  try {
    const books = await buildOffices(dir);
    for (const heldOut of [false, true]) {
      const part = books.filter((b) => b.heldOut === heldOut);
      const score = emptyScore();
      for (const b of part) await scoreBook(b, score);
      print(heldOut ? 'disisihkan (held-out)' : 'dipakai menyetel', part.length, score);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`ukur-kantor gagal: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
