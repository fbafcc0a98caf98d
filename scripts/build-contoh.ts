/**
 * Builds contoh/lkjip-gowa-2024.xlsx: the tables of Dinas Sosial Kabupaten Gowa's LKjIP 2024 (one of the seed
 * reports), laid out as staff do, with four planted errors documented in contoh/README.md:
 *   1. Realisasi Anggaran: a kegiatan of Program Penanganan Bencana realised Rp 41.576.480 instead of
 *      Rp 32.556.480, so the program (Rp 121.204.980) no longer equals the sum of its kegiatan (Rp 130.224.980).
 *   2. Pengukuran: capaian of "Persentase PPKS Yang Mendapatkan Pelayanan Rehabilitasi" written 196 % where
 *      22 % / 13 % = 169,23 %.
 *   3. PK: Program Rehabilitasi Sosial budgeted Rp 243.292.000 in the PK but Rp 234.292.000 in the budget table.
 *   4. Pengukuran: the KET column says "Berhasil" for a capaian of 112 %, which the book's own scale (110 Keatas)
 *      calls "Sangat berhasil".
 *
 * Usage: node lib/scripts/build-contoh.js [output.xlsx]
 */
import * as path from 'path';
import { b, pct, rp, SheetWriter, writeWorkbook } from './lib/book';

const SASARAN = 'Menurunnya Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)';
const IKU = 'Jumlah Penurunan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)';

export async function buildContoh(out: string): Promise<void> {
  await writeWorkbook(out, (wb) => {
    // --- PK
    const pk = new SheetWriter(wb.addWorksheet('PK'));
    pk.lines(1, 1, ['PERJANJIAN KINERJA TAHUN 2024', 'DINAS SOSIAL KABUPATEN GOWA'], true);
    pk.table(4, 1, {
      caption: ['Tabel 2.4 Perjanjian Kinerja Tahun 2024'],
      header: [['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran']],
      rows: [
        [SASARAN, IKU, 580, 'Program Pemberdayaan Sosial', 'Rp 84.000.000'],
        [null, null, null, 'Program Rehabilitasi Sosial', 'Rp 243.292.000'],
        [null, null, null, 'Program Perlindungan Dan Jaminan Sosial', 'Rp 412.629.400'],
        [null, null, null, 'Program Penanganan Bencana', 'Rp 133.680.500'],
      ],
      bodyMerges: [
        [0, 0, 3],
        [0, 1, 3],
        [0, 2, 3],
      ],
    });

    // --- Skala
    const sk = new SheetWriter(wb.addWorksheet('Skala'));
    sk.table(1, 1, {
      caption: ['Tabel 2.5 Standar Penilaian Kinerja'],
      header: [['Nilai %', 'Pencapaian']],
      rows: [
        ['110 Keatas', 'Sangat tercapai/ Sangat berhasil'],
        ['90 ≤ x < 110', 'Tercapai/ Berhasil'],
        ['60 ≤ x < 90', 'Cukup tercapai/ Cukup berhasil'],
        ['x < 60', 'Tidak tercapai/ Tidak berhasil'],
      ],
    });

    // --- Pengukuran
    const pg = new SheetWriter(wb.addWorksheet('Pengukuran'));
    const t1 = pg.table(1, 1, {
      caption: ['Tabel 3.1 Target dan Realisasi Kinerja Tahun 2024'],
      header: [['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET 2024', 'REALISASI 2024', 'CAPAIAN 2024', 'KET']],
      rows: [[SASARAN, IKU, 580, 653, pct(1.12), 'Berhasil']],
    });
    pg.table(t1.nextRow + 2, 1, {
      caption: ['Tabel 3.6 Keberhasilan Pencapaian Perjanjian Kinerja Tahun 2024'],
      header: [['Program', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian']],
      rows: [
        ['PROGRAM REHABILITASI SOSIAL', 'Persentase PPKS Yang Mendapatkan Pelayanan Rehabilitasi', pct(0.13), pct(0.22), pct(1.96)],
        [null, 'Persentase PPKS yang memperoleh bantuan pangan', pct(0.09), pct(0.09), pct(1)],
        ['PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', 'Persentase PPKS yang memperoleh Jaminan Sosial', pct(0.13), pct(0.15), pct(1.15)],
        [null, 'Persentase Data PPKS yang terdaftar dalam data DTKS', pct(0.15), pct(0.196, '0.0%'), pct(1.3)],
      ],
    });

    // --- Efisiensi
    const ef = new SheetWriter(wb.addWorksheet('Efisiensi'));
    ef.table(1, 1, {
      caption: ['Tabel 3.5 Analisis Efisiensi Penggunaan Sumber Daya (Anggaran)'],
      header: [
        ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'Kinerja', '<', '<', 'Anggaran', '<', '<', 'Efisiensi %'],
        ['^', '^', 'Target', 'Realisasi', 'Capaian', 'Pagu', 'Realisasi', 'Capaian (%)', '^'],
      ],
      rows: [[SASARAN, IKU, 580, 653, pct(1.12), rp(5319338072), rp(4996397274), pct(0.94), pct(0.18)]],
    });

    // --- Realisasi Anggaran
    const ra = new SheetWriter(wb.addWorksheet('Realisasi Anggaran'));
    const rows = [
      [b(`Sasaran ${SASARAN}`), null, null, null],
      [b('Program Pemberdayaan Sosial'), rp(84000000, true), rp(82000000, true), pct(0.97, '0%', true)],
      ['Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', rp(84000000), rp(82000000), pct(0.97)],
      [b('Program Rehabilitasi Sosial'), rp(234292000, true), rp(228380000, true), pct(0.97, '0%', true)],
      [
        'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
        rp(234292000),
        rp(228380000),
        pct(0.97),
      ],
      [b('Program Perlindungan Dan Jaminan Sosial'), rp(412629400, true), rp(385244400, true), pct(0.93, '0%', true)],
      ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', rp(412629400), rp(385244400), pct(0.93)],
      [b('Program Penanganan Bencana'), rp(133680500, true), rp(121204980, true), pct(0.9, '0%', true)],
      ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', rp(89668500), rp(88648500), pct(0.99)],
      ['Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota', rp(44012000), rp(41576480), pct(0.94)],
      [b('Program penunjang urusan pemerintahan daerah'), rp(4308898172, true), rp(4034712894, true), pct(0.93, '0%', true)],
      [b('Program Pengelolaan Taman Makam Pahlawan'), rp(145838000, true), rp(144855000, true), pct(0.99, '0%', true)],
      [b('JUMLAH'), rp(5319338072, true), rp(4996397274, true), pct(0.94, '0%', true)],
    ];
    ra.table(1, 1, {
      caption: ['Tabel 3.7 Realisasi Anggaran Dinas Sosial Tahun 2024'],
      header: [
        ['Uraian', 'Jumlah', '<', '%'],
        ['^', 'Anggaran', 'Realisasi', '^'],
      ],
      rows: rows.map((r) => r.map((v) => (v === null ? null : v))),
      notes: ['Sumber: Sub Bagian Keuangan Dinas Sosial Kabupaten Gowa'],
    });
    for (const ws of wb.worksheets) {
      ws.getColumn(1).width = 50;
      ws.getColumn(2).width = 40;
      for (let c = 3; c <= 9; c++) ws.getColumn(c).width = 18;
    }
  });
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join('contoh', 'lkjip-gowa-2024.xlsx');
  buildContoh(out).then(
    () => process.stdout.write(`ditulis: ${out}\n`),
    (e) => {
      process.stderr.write(`gagal menulis ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
