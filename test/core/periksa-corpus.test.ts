import { periksaWorkbook } from '../../src/core/periksa';
import { readWorkbook } from '../../src/cli/read-workbook';
import { emptyScore, scoreBook, summary } from '../../scripts/fixtures/evaluate';
import { corpus } from '../helpers/corpus';

test('periksa on the corpus: the reports’ own errors and every injected error are found, no galat elsewhere', async () => {
  const score = emptyScore();
  for (const b of await corpus()) await scoreBook(b, score);
  const s = summary(score);
  expect(score.missedFindings).toEqual([]);
  expect(score.falseGalat).toEqual([]);
  expect(s.periksaRecall).toBeGreaterThanOrEqual(0.95);
  expect(s.galatPrecision).toBeGreaterThanOrEqual(0.95);
  expect(score.requiredFindings).toBeGreaterThan(50);
});

test('clean reports (their own errors corrected) give no galat at all', async () => {
  const clean = (await corpus()).filter((b) => b.name.includes('-bersih-'));
  expect(clean).toHaveLength(10);
  for (const b of clean) {
    const r = periksaWorkbook(await readWorkbook(b.file));
    expect({ book: b.name, galat: r.findings.filter((f) => f.severity === 'galat').map((f) => `${f.sheet}!${f.cell} ${f.message}`) }).toEqual({
      book: b.name,
      galat: [],
    });
  }
});
