/** normaliseName: one programme, kegiatan or indikator however staff retype its name; two different ones never one. */
import { normaliseName } from '../../src/core/vocabulary';

test.each([
  ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Prog. Penunjang Urusan Pemda Kab/Kota'],
  ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH'],
  ['Administrasi Keuangan Perangkat Daerah', 'Administrasi Keuangan OPD'],
  ['Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Perencanaan, Penganggaran dan Evaluasi Kinerja SKPD'],
  ['Program Peningkatan Ketenteraman dan Ketertiban Umum', 'Program Peningkatan Trantibum'],
  ['Pengelolaan Pendidikan Sekolah Dasar', 'Pengelolaan Pendidikan SD'],
  ['Pengelolaan Pendidikan Anak Usia Dini (PAUD)', 'Pengel. PAUD'],
  ['Program Pengendalian Penduduk dan Keluarga Berencana', 'Program Pengendalian Penduduk dan KB'],
  ['Program Pengembangan Kapasitas Tenaga Kesehatan', 'Prog. Pengemb. Kapasitas Nakes'],
  [
    'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan',
    'Penyed. Layanan Kesehatan untuk Upaya Kesehatan Masyarakat dan Upaya Kesehatan Perorangan Rujukan',
  ],
  // the level word shortened with or without its dot, and "Sumberdaya" as one word
  ['Program Penunjang Urusan Pemerintahan Daerah', 'Prog Penunjang Urusan Pemerintahan Daerah'],
  ['Kegiatan Administrasi Keuangan Perangkat Daerah', 'Keg Administrasi Keuangan Perangkat Daerah'],
  ['Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 'Subkeg. Penyediaan Gaji dan Tunjangan ASN'],
  ['Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 'Sub Keg. Penyediaan Gaji dan Tunjangan ASN'],
  ['Program Peningkatan Kapasitas Sumber Daya Manusia', 'Program Peningkatan Kapasitas Sumberdaya Manusia'],
  // indikator: "%" for persentase, the abbreviation first with the name in brackets, RB, LPE
  ['Persentase penduduk miskin', '% penduduk miskin'],
  ['Indeks Pembangunan Manusia', 'IPM (Indeks Pembangunan Manusia)'],
  ['Indeks Reformasi Birokrasi', 'Indeks RB'],
  ['Laju Pertumbuhan Ekonomi', 'LPE'],
])('"%s" = "%s"', (a, b) => {
  expect(normaliseName(b)).toBe(normaliseName(a));
});

test.each([
  ['Pengelolaan Pendidikan Sekolah Dasar', 'Pengelolaan Pendidikan Sekolah Menengah Pertama'],
  ['Program Perlindungan Masyarakat', 'Program Pemberdayaan Masyarakat'],
  ['Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah'],
  ['Persentase penduduk miskin', 'Jumlah penduduk miskin'],
  // (a name that opens with the letters of a level word is no level word: "Progres", "Kegel")
  ['Progres Fisik Pembangunan Jalan', 'Fisik Pembangunan Jalan'],
  ['Indeks Pembangunan Manusia', 'IPG (Indeks Pembangunan Gender)'],
])('"%s" ≠ "%s"', (a, b) => {
  expect(normaliseName(b)).not.toBe(normaliseName(a));
});
