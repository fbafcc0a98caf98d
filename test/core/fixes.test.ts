/** planFixes: what one click in the pane changes — the chosen findings' cells and what follows from them, nothing else. */
import { planFixes } from '../../src/core/fixes';
import { periksaWorkbook } from '../../src/core/periksa';
import { bold, book, pct, rp, sheet } from '../helpers/snap';

/** A realisasi anggaran table: program B4/C4 over its kegiatan, serapan in D; a second program with its own wrong %. */
function realisasi(programPagu: number, programSerapan: number, otherSerapan: number) {
  return book(
    sheet('Realisasi', [
      ['Program/Kegiatan', 'Pagu', 'Realisasi', 'Serapan (%)'],
      [bold('Program Perlindungan Sosial'), rp(programPagu), rp(180), pct(programSerapan, '0.00%')],
      ['Kegiatan Bantuan Sosial', rp(100), rp(90), pct(0.9, '0.00%')],
      ['Kegiatan Jaminan Sosial', rp(100), rp(90), pct(0.9, '0.00%')],
      [bold('Program Rehabilitasi Sosial'), rp(50), rp(40), pct(otherSerapan, '0.00%')],
      ['Kegiatan Rehabilitasi', rp(50), rp(40), pct(0.8, '0.00%')],
    ]),
  );
}

test('fixing a total also corrects the % computed from it in its row (the cascade), and nothing else', () => {
  // the program's pagu is wrong (150 instead of 200) and its serapan agrees with the wrong pagu (180/150 = 120 %);
  // the other program's serapan is wrong too (90 % instead of 80 %) but nobody asked to fix it
  const wb = realisasi(150, 1.2, 0.9);
  const all = periksaWorkbook(wb).findings;
  const total = all.filter((f) => f.rule === 'jumlah-induk' && f.cell === 'B2');
  expect(total).toHaveLength(1);
  expect(all.some((f) => f.rule === 'persen-serapan' && f.cell === 'D5')).toBe(true);
  const changes = planFixes(wb, total);
  expect(changes.map((c) => [c.cell, c.after, c.rule])).toEqual([
    ['B2', 200, 'jumlah-induk'],
    ['D2', 0.9, 'persen-serapan'],
  ]);
  expect(changes.find((c) => c.cell === 'D5')).toBeUndefined();
});

test('fixing only a stated % changes only that cell', () => {
  const wb = realisasi(200, 0.9, 0.9);
  const chosen = periksaWorkbook(wb).findings.filter((f) => f.rule === 'persen-serapan' && f.cell === 'D5');
  expect(chosen).toHaveLength(1);
  expect(planFixes(wb, chosen).map((c) => [c.cell, c.after])).toEqual([['D5', 0.8]]);
});

test('a finding whose right answer cannot be known (lintas-sheet) plans no change', () => {
  const wb = book(
    sheet('PK', [
      ['No', 'Program', 'Anggaran'],
      [1, 'Program Perlindungan Sosial', rp(250)],
    ]),
    sheet('Realisasi', [
      ['Program/Kegiatan', 'Pagu', 'Realisasi', 'Serapan (%)'],
      [bold('Program Perlindungan Sosial'), rp(200), rp(180), pct(0.9, '0.00%')],
    ]),
  );
  const cross = periksaWorkbook(wb).findings.filter((f) => f.rule === 'lintas-sheet');
  expect(cross.length).toBeGreaterThan(0);
  expect(planFixes(wb, cross)).toEqual([]);
});

test('angka-teks: "97,62 %" becomes 0,9762 with a % format, or 97,62 where the column holds plain numbers', () => {
  const ukur = (other: ReturnType<typeof pct> | number) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Indikator A', 100, 97.62, '97,62 %'],
        [2, 'Indikator B', 100, 90, other],
        [3, 'Indikator C', 100, 80, other === 90 ? 80 : pct(0.8, '0.00%')],
      ]),
    );
  const fixOf = (wb: ReturnType<typeof ukur>) =>
    planFixes(
      wb,
      periksaWorkbook(wb).findings.filter((f) => f.rule === 'angka-teks'),
    );
  expect(fixOf(ukur(pct(0.9, '0.00%'))).map((c) => [c.cell, c.after, c.numFmt])).toEqual([['E2', 0.9762, '0.00%']]);
  expect(fixOf(ukur(90)).map((c) => [c.cell, c.after, c.numFmt])).toEqual([['E2', 97.62, '0.00']]);
});
