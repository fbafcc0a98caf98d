/** A budget typed over two pages, its first page's sums carried out and brought in under the header again. */
import { bold, book, rp, sheet, V } from './snap';

export const CARRIED_HEAD: V[] = ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'];

/**
 * Programme 1 (900 / 850 million) on page 1, closed by the carried-out row; page 2 opens with the brought-in row, then
 * programme 2 (1.200 / 1.100 million: 700 + pagu22) and the JUMLAH. The carried sums are 900 and 850 million unless set.
 * The two pages on one sheet, a page number between them, or (`perPage`) one sheet each, as a PDF converter writes them.
 */
export function carriedBudget(
  o: { out?: string; back?: string; pagu22?: number; carriedPagu?: number; broughtPagu?: number; broughtReal?: number; perPage?: boolean } = {},
) {
  const page1: V[][] = [
    CARRIED_HEAD,
    ['1', bold('Program Penunjang Urusan Pemerintahan Daerah'), rp(900000000), rp(850000000), 94.44],
    ['1.1', 'Perencanaan Perangkat Daerah', rp(400000000), rp(380000000), 95],
    ['1.2', 'Administrasi Keuangan', rp(500000000), rp(470000000), 94],
    [null, bold(o.out ?? 'Jumlah dipindahkan'), rp(o.carriedPagu ?? 900000000), rp(850000000), 94.44],
  ];
  const page2: V[][] = [
    CARRIED_HEAD,
    [null, bold(o.back ?? 'Jumlah pindahan'), rp(o.broughtPagu ?? 900000000), rp(o.broughtReal ?? 850000000), 94.44],
    ['2', bold('Program Pemenuhan Upaya Kesehatan'), rp(1200000000), rp(1100000000), 91.67],
    ['2.1', 'Penyediaan Fasilitas Kesehatan', rp(700000000), rp(650000000), 92.86],
    ['2.2', 'Penyediaan Layanan Kesehatan', rp(o.pagu22 ?? 500000000), rp(450000000), 90],
    [null, bold('JUMLAH'), rp(2100000000), rp(1950000000), 92.86],
  ];
  return o.perPage
    ? book(
        sheet('Page 1', [['Tabel 3.5 Realisasi Anggaran Tahun 2024'], ...page1, [null], [null, null, 'Halaman 1']]),
        sheet('Page 2', [['Tabel 3.5 (Lanjutan)'], ...page2]),
      )
    : book(sheet('Anggaran', [...page1, [null, null, '- 14 -'], ...page2]));
}
