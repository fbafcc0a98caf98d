/** A PK as some offices lay it out: each indikator on its row, its programme and anggaran written again beside it. */
import { rp, V } from './snap';

export const PK_HEADER: V[] = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'];

/** Two sasaran (or one, `oneSasaran`): the first programme beside two indikator, the second beside one or two. */
export function pkProgrammesPerRow(secondRows: 1 | 2, oneSasaran = false): V[][] {
  const kesehatan = 'Program Pemenuhan Upaya Kesehatan';
  const sdm = 'Program Peningkatan Kapasitas SDM Kesehatan';
  const rows: V[][] = [
    [1, 'Meningkatnya derajat kesehatan', 'Angka kematian ibu', 95, kesehatan, rp(12500000000)],
    [null, null, 'Prevalensi stunting', 14, kesehatan, rp(12500000000)],
    [oneSasaran ? null : 2, oneSasaran ? null : 'Meningkatnya mutu SDM kesehatan', 'Persentase nakes tersertifikasi', 80, sdm, rp(850000000)],
  ];
  if (secondRows === 2) rows.push([null, null, 'Rasio dokter per penduduk', 45, sdm, rp(850000000)]);
  return [PK_HEADER, ...rows];
}
