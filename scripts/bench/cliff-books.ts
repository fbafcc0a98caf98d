/**
 * Books of the shapes that once made periksa quadratic (#18 "no cliffs"), for npm run bench: a wide data table (a
 * percentage column's input pairs), a Pemda's book of one sheet per unit (every pair of tables weighed), and a running
 * total on every row (=SUM(D$2:Dn), computed by lkjip itself: no result stored, as XlsxWriter or openpyxl write it),
 * and a programme's pagu by SUMIF of its code on every row.
 * Each is read in seconds now; the bench prints how long, to catch a cliff coming back.
 */
import ExcelJS from 'exceljs';

export type CliffShape = 'lebar' | 'unit' | 'kumulatif' | 'sumif';

export const CLIFF_SHAPES: ReadonlyArray<{ shape: CliffShape; what: string }> = [
  { shape: 'lebar', what: '2 000 baris × 60 kolom angka' },
  { shape: 'unit', what: '300 sheet, satu per unit' },
  { shape: 'kumulatif', what: '10 000 baris, =SUM(D$2:Dn) tiap baris' },
  { shape: 'sumif', what: '10 000 baris, =SUMIF(kode) tiap baris' },
];

/** A deterministic figure (no Math.random: the same book on every run). */
const figure = (i: number, j: number): number => 100 + ((i * 7919 + j * 104729) % 900);

export async function makeCliffBook(file: string, shape: CliffShape): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  if (shape === 'lebar') {
    const ws = wb.addWorksheet('Profil Desa');
    ws.addRow(['No', 'Desa', ...Array.from({ length: 60 }, (_, j) => (j % 3 === 2 ? `Persentase ${j + 1} (%)` : `Jumlah ${j + 1}`))]).commit();
    for (let i = 0; i < 2000; i++) ws.addRow([i + 1, `Desa ${i + 1}`, ...Array.from({ length: 60 }, (_, j) => figure(i, j))]).commit();
    ws.commit();
  } else if (shape === 'unit') {
    for (let k = 0; k < 300; k++) {
      const ws = wb.addWorksheet(`Unit ${k + 1}`);
      ws.addRow(['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%']).commit();
      let pagu = 0;
      let real = 0;
      for (let i = 0; i < 6; i++) {
        const a = figure(k, i) * 1000000;
        const b = Math.round(a * 0.93);
        pagu += a;
        real += b;
        ws.addRow([i + 1, `Program Pelayanan ${i + 1}`, a, b, Math.round((b / a) * 10000) / 100]).commit();
      }
      ws.addRow([null, 'Jumlah', pagu, real, Math.round((real / pagu) * 10000) / 100]).commit();
      ws.commit();
    }
  } else if (shape === 'sumif') {
    const ws = wb.addWorksheet('Rincian');
    ws.addRow(['Kode', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Pagu Program (Rp)']).commit();
    for (let i = 0; i < 10000; i++) {
      const a = figure(i, 2) * 100000;
      const code = `1.02.${String(i % 50).padStart(2, '0')}`;
      ws.addRow([code, `Sub Kegiatan ${i + 1}`, a, Math.round(a * 0.95), { formula: `SUMIF($A$2:$A$10001,A${i + 2},$C$2:$C$10001)` }]).commit();
    }
    ws.commit();
  } else {
    const ws = wb.addWorksheet('Realisasi');
    ws.addRow(['No', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Kumulatif Realisasi (Rp)']).commit();
    for (let i = 0; i < 10000; i++) {
      const a = figure(i, 1) * 100000;
      // (a formula with no result stored: lkjip computes it, as Excel would on opening)
      ws.addRow([i + 1, `Sub Kegiatan ${i + 1}`, a, Math.round(a * 0.95), { formula: `SUM(D$2:D${i + 2})` }]).commit();
    }
    ws.commit();
  }
  await wb.commit();
}
