/**
 * Deterministic Pemda-scale workbooks for the benchmark: a realisasi anggaran sheet of program > kegiatan > sub
 * kegiatan rows with exact sums (bold programs, indented kegiatan, "- " sub kegiatan), a JUMLAH row, a few planted
 * errors, plus PK and pengukuran sheets. Written with exceljs's streaming writer so 50k rows take seconds.
 */
import ExcelJS from 'exceljs';

export interface PlantedError {
  sheet: string;
  cell: string;
  rule: string;
}

export interface BenchBook {
  file: string;
  rows: number;
  planted: PlantedError[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const RP = '"Rp"#,##0';

/**
 * 'words': the hierarchy spelled out ("Program …", "Kegiatan …", "- Sub Kegiatan …"); 'style': shown only by bold,
 * indent and numbering (1, 1.1, 1.1.1) — names that say nothing of their level; 'flat': the sub kegiatan alone, one
 * list with no parents, its serapan a formula per row with the result Excel stores (a cliff of #18: a rule asked every
 * row of such a list something worked out from all its rows).
 */
export type HierarchyStyle = 'words' | 'style' | 'flat';

export async function makeBenchBook(file: string, subRows: number, seed = 42, hierarchy: HierarchyStyle = 'words'): Promise<BenchBook> {
  const styleOnly = hierarchy === 'style';
  const rand = rng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = new Date(Date.UTC(2025, 0, 1));

  // Plan the hierarchy: ~10 sub kegiatan per kegiatan, ~8 kegiatan per program.
  interface Sub {
    name: string;
    pagu: number;
    real: number;
  }
  interface Keg {
    name: string;
    subs: Sub[];
  }
  interface Prog {
    name: string;
    kegs: Keg[];
  }
  const programs: Prog[] = [];
  let made = 0;
  let p = 0;
  while (made < subRows) {
    p++;
    const prog: Prog = { name: styleOnly ? `Peningkatan Urusan ${p} Perangkat Daerah` : `Program Urusan ${p} Perangkat Daerah`, kegs: [] };
    for (let k = 1; k <= 8 && made < subRows; k++) {
      const keg: Keg = { name: styleOnly ? `Pelayanan dan Penanganan Bidang ${p}.${k}` : `Kegiatan ${p}.${k} Pelayanan dan Penanganan`, subs: [] };
      for (let s = 1; s <= 10 && made < subRows; s++) {
        const pagu = 1000000 * (5 + Math.floor(rand() * 500));
        const real = Math.floor(pagu * (0.6 + rand() * 0.4));
        keg.subs.push({ name: styleOnly ? `Penyediaan Layanan Dasar ${p}.${k}.${s}` : `Sub Kegiatan ${p}.${k}.${s} Penyediaan Layanan Dasar`, pagu, real });
        made++;
      }
      prog.kegs.push(keg);
    }
    programs.push(prog);
  }
  const planted: PlantedError[] = [];
  const ra = wb.addWorksheet('Realisasi Anggaran');
  ra.columns = [{ width: 8 }, { width: 60 }, { width: 18 }, { width: 18 }, { width: 10 }];
  ra.addRow(['Tabel 3.7 Realisasi Anggaran Pemerintah Daerah Tahun 2024']).commit();
  const h = ra.addRow(['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu Anggaran', 'Realisasi', '%']);
  h.font = { bold: true };
  h.commit();
  let rowNo = 2;
  // planted: one program's pagu off by 1.000.000, one kegiatan's realisasi off, one serapan wrong
  const badProgram = Math.floor(programs.length / 2);
  const badKeg = { p: Math.floor(programs.length / 3), k: 1 };
  let badSerapanDone = false;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let totalPagu = 0;
  let totalReal = 0;
  if (hierarchy === 'flat') {
    // the sub kegiatan as one list: a serapan formula per row (its stored result), one typed wrong, the JUMLAH off
    const subs = programs.flatMap((prog) => prog.kegs.flatMap((keg) => keg.subs));
    const badSerapan = Math.floor(subs.length / 2);
    subs.forEach((s, si) => {
      rowNo++;
      const pct: ExcelJS.CellValue =
        si === badSerapan ? s.real / s.pagu - 0.1 : { formula: `ROUND(D${rowNo}/C${rowNo},4)`, result: Math.round((s.real / s.pagu) * 10000) / 10000 };
      if (si === badSerapan) planted.push({ sheet: 'Realisasi Anggaran', cell: `E${rowNo}`, rule: 'persen-serapan' });
      const sr = ra.addRow([si + 1, s.name, s.pagu, s.real, pct]);
      sr.getCell(3).numFmt = RP;
      sr.getCell(4).numFmt = RP;
      sr.getCell(5).numFmt = '0.00%';
      sr.commit();
      totalPagu += s.pagu;
      totalReal += s.real;
    });
    // (the JUMLAH row, next)
    planted.push({ sheet: 'Realisasi Anggaran', cell: `D${rowNo + 1}`, rule: 'jumlah-total' });
    totalReal += 750000;
  }
  (hierarchy === 'flat' ? [] : programs).forEach((prog, pi) => {
    // shown kegiatan figures first: a program sums what its kegiatan rows show
    const kegShown = prog.kegs.map((keg, ki) => {
      const kp = sum(keg.subs.map((s) => s.pagu));
      const kr = sum(keg.subs.map((s) => s.real));
      const bad = pi === badKeg.p && ki === badKeg.k;
      return { keg, kp, kr: bad ? kr + 250000 : kr, bad };
    });
    const pagu = sum(kegShown.map((k) => k.kp));
    const real = sum(kegShown.map((k) => k.kr));
    const shownPagu = pi === badProgram ? pagu + 1000000 : pagu;
    totalPagu += shownPagu;
    totalReal += real;
    rowNo++;
    const pr = ra.addRow([styleOnly ? `${pi + 1}` : `${pi + 1}.`, prog.name, shownPagu, real, real / shownPagu]);
    pr.font = { bold: true };
    pr.getCell(3).numFmt = RP;
    pr.getCell(4).numFmt = RP;
    pr.getCell(5).numFmt = '0.00%';
    if (pi === badProgram) planted.push({ sheet: 'Realisasi Anggaran', cell: `C${rowNo}`, rule: 'jumlah-induk' });
    pr.commit();
    kegShown.forEach(({ keg, kp, kr, bad }, ki) => {
      rowNo++;
      const row = ra.addRow([styleOnly ? `${pi + 1}.${ki + 1}` : null, keg.name, kp, kr, kr / kp]);
      row.getCell(2).alignment = { indent: 1 };
      row.getCell(3).numFmt = RP;
      row.getCell(4).numFmt = RP;
      row.getCell(5).numFmt = '0.00%';
      if (bad) planted.push({ sheet: 'Realisasi Anggaran', cell: `D${rowNo}`, rule: 'jumlah-induk' });
      row.commit();
      keg.subs.forEach((s, si) => {
        rowNo++;
        let pct = s.real / s.pagu;
        if (!badSerapanDone && pi === programs.length - 1) {
          pct = pct - 0.1;
          badSerapanDone = true;
          planted.push({ sheet: 'Realisasi Anggaran', cell: `E${rowNo}`, rule: 'persen-serapan' });
        }
        const sr = ra.addRow([styleOnly ? `${pi + 1}.${ki + 1}.${si + 1}` : null, styleOnly ? s.name : `- ${s.name}`, s.pagu, s.real, pct]);
        sr.getCell(2).alignment = { indent: 2 };
        sr.getCell(3).numFmt = RP;
        sr.getCell(4).numFmt = RP;
        sr.getCell(5).numFmt = '0.00%';
        sr.commit();
      });
    });
  });
  rowNo++;
  const tot = ra.addRow([null, 'JUMLAH', totalPagu, totalReal, totalReal / totalPagu]);
  tot.font = { bold: true };
  tot.getCell(3).numFmt = RP;
  tot.getCell(4).numFmt = RP;
  tot.getCell(5).numFmt = '0.00%';
  tot.commit();
  ra.commit();

  // PK: the programs and their budgets (one differs from the budget table)
  const pk = wb.addWorksheet('PK');
  pk.addRow(['Perjanjian Kinerja Tahun 2024']).commit();
  pk.addRow(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran']).commit();
  const lintasProgram = Math.min(programs.length - 1, 2);
  programs.forEach((prog, pi) => {
    // the PK carries the budget table's program figures (the planted program error included), one differs
    const pagu = sum(prog.kegs.flatMap((k) => k.subs.map((s) => s.pagu))) + (pi === badProgram ? 1000000 : 0);
    // (a flat list names no programme: nothing of the PK's to compare)
    const lintas = pi === lintasProgram && hierarchy !== 'flat';
    const shown = lintas ? pagu + 5000000 : pagu;
    const row = pk.addRow([pi + 1, `Meningkatnya kinerja urusan ${pi + 1}`, `Persentase capaian urusan ${pi + 1}`, 90, prog.name, shown]);
    row.getCell(6).numFmt = RP;
    if (lintas) planted.push({ sheet: 'PK', cell: `F${pi + 3}`, rule: 'lintas-sheet' });
    row.commit();
  });
  pk.commit();

  // Pengukuran: one row per program indikator, one capaian planted wrong
  const pg = wb.addWorksheet('Pengukuran');
  pg.addRow(['Pengukuran Kinerja Tahun 2024']).commit();
  pg.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian']).commit();
  programs.forEach((_, pi) => {
    const real = 80 + Math.floor(rand() * 30);
    const cap = real / 90 + (pi === 1 ? 0.15 : 0);
    const row = pg.addRow([pi + 1, `Persentase capaian urusan ${pi + 1}`, '%', 90, real, cap]);
    row.getCell(6).numFmt = '0.00%';
    if (pi === 1) planted.push({ sheet: 'Pengukuran', cell: `F${pi + 3}`, rule: 'persen-capaian' });
    row.commit();
  });
  pg.commit();
  await wb.commit();
  return { file, rows: rowNo, planted };
}
