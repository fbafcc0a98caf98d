/** jumlah-kolom through the RuleTester: a column the table adds up from two of its other columns, whatever they are called. */
import { jumlahKolom } from '../../../src/core/rules/jumlah-kolom';
import { book, findings, galat, rp, sheet, V } from '../../helpers/snap';
import { ruleTester } from '../../helpers/rule-tester';

// An inspectorate's follow-up of audit recommendations: every recommendation is followed up or not yet
const tindakLanjut = (dinsos: { rek?: V; sudah?: V; belum?: V } = {}, jumlah: V[] = [58, 143, 127, 16]) =>
  book(
    sheet('Tindak Lanjut', [
      ['Tabel 3.2 Tindak Lanjut Hasil Pemeriksaan Tahun 2024'],
      ['No', 'Objek Pemeriksaan', 'Jumlah Temuan', 'Jumlah Rekomendasi', 'Sudah Ditindaklanjuti', 'Belum Ditindaklanjuti', '% TL'],
      [1, 'Dinas Pendidikan', 12, 30, 27, 3, 90],
      [2, 'Dinas Kesehatan', 9, 22, 20, 2, 90.91],
      [3, 'Dinas PUPR', 15, 41, 35, 6, 85.37],
      [4, 'Dinas Sosial', 5, dinsos.rek ?? 12, dinsos.sudah ?? 11, dinsos.belum ?? 1, 91.67],
      [5, 'Sekretariat Daerah', 7, 18, 15, 3, 83.33],
      [6, 'BPKAD', 8, 20, 19, 1, 95],
      [null, 'JUMLAH', ...jumlah, 88.81],
    ]),
  );

// The budget after the Perubahan APBD: Pagu Perubahan = Pagu Murni + Pergeseran (a cut written as a negative)
const perubahan = (sub2: number) =>
  book(
    sheet('Anggaran', [
      ['No', 'Program', 'Pagu Murni (Rp)', 'Pergeseran (Rp)', 'Pagu Perubahan (Rp)', 'Realisasi (Rp)'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(2500000000), rp(-150000000), rp(2350000000), rp(2200000000)],
      [2, 'Program Pengelolaan Pendidikan', rp(8200000000), rp(450000000), rp(sub2), rp(8400000000)],
      [3, 'Program Pengembangan Kurikulum', rp(450000000), rp(25000000), rp(475000000), rp(460000000)],
      [4, 'Program Pendidik dan Tenaga Kependidikan', rp(1200000000), rp(-80000000), rp(1120000000), rp(1050000000)],
    ]),
  );

// Public works: each road's length by condition (km, one decimal), and the share in good or fair condition
const jalan = (ruasC: V) =>
  book(
    sheet('Kondisi Jalan', [
      ['No', 'Ruas Jalan', 'Panjang (km)', 'Baik (km)', 'Sedang (km)', 'Rusak Ringan (km)', 'Rusak Berat (km)'],
      [1, 'Ruas A', 12.5, 6.2, 3.1, 2.0, 1.2],
      [2, 'Ruas B', 8.4, 5.0, 1.9, 0.8, 0.7],
      [3, 'Ruas C', ruasC, 10.3, 4.4, 3.9, 2.5],
      [4, 'Ruas D', 6.7, 2.1, 2.2, 1.5, 0.9],
      [5, 'Ruas E', 15.3, 9.8, 2.6, 1.7, 1.2],
    ]),
  );

ruleTester(jumlahKolom, {
  valid: [
    { name: 'every recommendation followed up or not yet', book: tindakLanjut() },
    { name: 'the Perubahan is the Murni plus its shift on every row', book: perubahan(8650000000) },
    { name: "every road's length is the sum of its lengths by condition", book: jalan(21.1) },
    {
      name: 'quarterly targets in a straight progression (90 = 30 + 60) with one that is not: no column is a sum',
      book: book(
        sheet('Target', [
          ['No', 'Indikator Kinerja', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV'],
          [1, 'Jumlah sekolah penerima BOSDA', 30, 60, 90, 120],
          [2, 'Jumlah PAUD yang dibina', 20, 40, 60, 80],
          [3, 'Jumlah PKBM yang dibina', 4, 8, 12, 16],
          [4, 'Jumlah guru yang dilatih', 50, 120, 160, 200],
        ]),
      ),
    },
    {
      name: "quarterly targets: the year's is their sum for what is counted, the last quarter's for a percentage (periods are jumlah-total's)",
      book: book(
        sheet('Target TW', [
          ['No', 'Indikator Kinerja', 'Satuan', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV', 'Target 2024'],
          [1, 'Jumlah sekolah yang direhabilitasi', 'sekolah', 2, 3, 4, 3, 12],
          [2, 'Jumlah guru yang dilatih', 'orang', 40, 60, 50, 50, 200],
          [3, 'Jumlah dokumen perencanaan', 'dokumen', 1, 1, 2, 1, 5],
          [4, 'Jumlah siswa penerima beasiswa', 'orang', 100, 150, 120, 130, 500],
          [5, 'Persentase sekolah terakreditasi', '%', 20, 40, 60, 80, 80],
        ]),
      ),
    },
    {
      name: "an indikator's share or index never adds up across columns, whatever the other rows do",
      book: book(
        sheet('Kinerja', [
          ['No', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal', 'Peningkatan', 'Target Akhir'],
          [1, 'Jumlah desa mandiri', 'desa', 12, 8, 20],
          [2, 'Jumlah BUMDes aktif', 'unit', 30, 15, 45],
          [3, 'Jumlah kader terlatih', 'orang', 150, 50, 200],
          [4, 'Jumlah pasar desa', 'unit', 6, 4, 10],
          // (a share's target is where it ends, not its start plus a rise in points of another base)
          [5, 'Persentase desa berkembang', '%', 40, 15, 50],
        ]),
      ),
    },
    {
      name: 'staff by status, the third kind on one row only: the Jumlah is all three, not the first two with one error',
      book: book(
        sheet('Pegawai', [
          ['No', 'Unit Kerja', 'PNS', 'PPPK', 'Non ASN', 'Jumlah Pegawai'],
          [1, 'Sekretariat', 12, 3, 0, 15],
          [2, 'Bidang Rehabilitasi Sosial', 8, 2, 0, 10],
          [3, 'Bidang Perlindungan Sosial', 7, 1, 0, 8],
          [4, 'UPTD Panti Sosial', 15, 4, 9, 28],
          [5, 'Bidang Pemberdayaan Sosial', 6, 2, 0, 8],
        ]),
      ),
    },
    {
      name: 'only two rows add up: too few to tell',
      book: book(
        sheet('Data', [
          ['Kecamatan', 'Penduduk', 'Laki-laki', 'Perempuan'],
          ['Kota', 1000, 480, 520],
          ['Utara', 2000, 990, 1010],
          ['Selatan', 1500, 700, 760],
        ]),
      ),
    },
    {
      name: 'two pairs of columns explain the sum as well: which one the table meant is not certain',
      book: book(
        sheet('Data', [
          ['Uraian', 'A', 'B', 'C', 'D', 'Jumlah Akhir'],
          ['Satu', 10, 20, 10, 20, 30],
          ['Dua', 30, 45, 30, 45, 75],
          ['Tiga', 9, 10, 9, 10, 19],
          ['Empat', 1, 4, 3, 4, 7],
        ]),
      ),
    },
    {
      name: 'percentages never add up this way',
      book: book(
        sheet('Efisiensi', [
          ['No', 'Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
          [1, 'Sasaran A', 100, 90, 10],
          [2, 'Sasaran B', 110, 95, 15],
          [3, 'Sasaran C', 105, 97, 8],
          [4, 'Sasaran D', 98, 92, 7],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'Dinas Sosial: 11 followed up and 2 not yet are 13 recommendations, not 12 (the JUMLAH carries it over, said once)',
      book: tindakLanjut({ belum: 2 }, [58, 143, 127, 17]),
      findings: [{ cell: 'D6', related: ['E6', 'F6'], expected: 13, actual: 12 }],
    },
    {
      name: 'the sum column after its parts or before them alike: 12 recommendations written 21',
      book: tindakLanjut({ rek: 21 }, [58, 152, 127, 16]),
      findings: [{ cell: 'D6', related: ['E6', 'F6'], expected: 12, actual: 21 }],
    },
    {
      name: 'a JUMLAH row that alone does not add up across',
      book: tindakLanjut({}, [58, 143, 127, 61]),
      findings: [{ cell: 'D9', related: ['E9', 'F9'], expected: 188, actual: 143 }],
    },
    {
      name: 'Pagu Perubahan Rp 8.600.000.000 where Rp 8.200.000.000 + Rp 450.000.000 = Rp 8.650.000.000',
      book: perubahan(8600000000),
      findings: [{ cell: 'E3', related: ['C3', 'D3'], expected: 8650000000, actual: 8600000000, unit: 'rupiah' }],
    },
    {
      name: 'Ruas C is 21,1 km by its conditions (10,3 + 4,4 + 3,9 + 2,5), written 22,1',
      book: jalan(22.1),
      findings: [{ cell: 'C4', related: ['D4', 'E4', 'F4', 'G4'], expected: 21.1, actual: 22.1, unit: 'angka' }],
    },
  ],
});

test('the message names both columns and how many rows add up that way', () => {
  const f = galat(tindakLanjut({ belum: 2 }, [58, 143, 127, 17])).find((x) => x.rule === 'jumlah-kolom');
  expect(f?.message).toBe(
    'Jumlah Rekomendasi Dinas Sosial tertulis 12, padahal kolom "Sudah Ditindaklanjuti" + kolom "Belum Ditindaklanjuti" = 11 + 2 = 13 ' +
      '(5 baris lain di tabel ini dijumlahkan dengan cara itu).',
  );
});

test('a figure another rule already found wrong is not reported twice', () => {
  // the Perempuan total 38 (D6) is not its rows' 36: jumlah-total says so, and with 36 the row adds up across
  const pendidikan = book(
    sheet('Pendidikan', [
      ['No', 'Tingkat Pendidikan', 'Laki-laki', 'Perempuan', 'Jumlah'],
      [1, 'S2', 4, 3, 7],
      [2, 'S1', 18, 22, 40],
      [3, 'D3', 5, 6, 11],
      [4, 'SMA', 10, 5, 15],
      [null, 'Total', 37, 38, 73],
    ]),
  );
  const found = galat(pendidikan).map((f) => [f.rule, f.cell]);
  expect(found).toContainEqual(['jumlah-total', 'D6']);
  expect(found.filter(([rule]) => rule === 'jumlah-kolom')).toEqual([]);
});

test('money written in millions: a row off its parts by their rounding adds up; off by more, it does not', () => {
  const wb = (pendidikan: number) =>
    book(
      sheet('Anggaran', [
        ['No', 'Perangkat Daerah', 'Pagu Murni (Rp juta)', 'Pergeseran (Rp juta)', 'Pagu Perubahan (Rp juta)'],
        // Rp 12.345.678 + 23.456.789 = 35.802.467: 12,35 + 23,46 = 35,81 shown, 35,80 the sum
        [1, 'Dinas Pendidikan', 12.35, 23.46, pendidikan],
        [2, 'Dinas Kesehatan', 8.2, 1.45, 9.65],
        [3, 'Dinas Sosial', 4.1, -0.35, 3.75],
        [4, 'Dinas Perhubungan', 6.7, 0.8, 7.5],
      ]),
    );
  expect(findings(wb(35.8), 'jumlah-kolom')).toEqual([]);
  expect(findings(wb(35.9), 'jumlah-kolom').map((f) => f.cell)).toEqual(['E2']);
});
