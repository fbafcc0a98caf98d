/**
 * A public works office's physical and financial progress (PUPR's "Laporan Kemajuan Fisik dan Keuangan"): each
 * package's weight (its pagu's share), its money realised, its physical progress and that progress weighted by its
 * weight (bobot × fisik ÷ 100), summed on the JUMLAH row. Where the works are finished (fisik 100 %) the weighted figure
 * equals the weight, and so the pagu's share — a bridge at 85 % breaks that coincidence, and is no error.
 */
import { book, rp, sheet, V } from './snap';

export function progresFisik(weightedHeader: string, fisikJembatan = 85): ReturnType<typeof book> {
  const pakets: Array<[string, number, number, number]> = [
    ['Rekonstruksi Jalan Ruas Sumberjo - Kalirejo', 4250000000, 4012500000, 100],
    ['Pemeliharaan Berkala Jalan Ruas Pasar Baru - Tegalsari', 1875000000, 1790000000, 100],
    ['Pembangunan Jembatan Kali Putih', 3100000000, 2480000000, fisikJembatan],
    ['Peningkatan Jalan Lingkungan Kecamatan Mojo', 960000000, 955000000, 100],
    ['Penggantian Gorong-gorong Ruas Wates', 415000000, 398500000, 100],
  ];
  const total = pakets.reduce((s, p) => s + p[1], 0);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  let weighted = 0;
  const rows: V[][] = pakets.map(([name, pagu, real, fisik], i) => {
    const bobot = r2((pagu / total) * 100);
    const tertimbang = r2((bobot * fisik) / 100);
    weighted += tertimbang;
    return [i + 1, name, rp(pagu), bobot, rp(real), r2((real / pagu) * 100), fisik, tertimbang];
  });
  const spent = pakets.reduce((s, p) => s + p[2], 0);
  return book(
    sheet(
      'Progres',
      [
        ['No', 'Paket Pekerjaan', 'Pagu (Rp)', 'Bobot (%)', 'Realisasi Keuangan', null, 'Realisasi Fisik', null],
        [null, null, null, null, 'Rp', '%', '%', weightedHeader],
        ...rows,
        [null, 'JUMLAH', rp(total), 100, rp(spent), r2((spent / total) * 100), r2(weighted), r2(weighted)],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'] },
    ),
  );
}
