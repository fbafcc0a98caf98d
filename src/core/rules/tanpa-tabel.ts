/**
 * tanpa-tabel (peringatan): no table of a standard kind was recognised, so no figure was checked. Without it a wrong
 * file, an empty book or an unusual layout would come out as "no findings" — an all-clear for nothing checked.
 */
import { TableKind } from '../types';
import { defineRule } from './rule';

const CHECKED_KINDS = new Set<TableKind>(['perjanjian-kinerja', 'pengukuran-kinerja', 'realisasi-anggaran', 'efisiensi']);

const messages = {
  tanpaTabel: (d: { other: number }) =>
    `${
      d.other
        ? `Tidak ada tabel LKjIP (Perjanjian Kinerja, pengukuran, realisasi anggaran atau efisiensi) yang dikenali; ${d.other} tabel lain hanya diperiksa jumlah, total dan persentasenya.`
        : 'Tidak ada tabel LKjIP yang dikenali; tidak ada angka yang diperiksa.'
    } Pastikan judul kolom tabel berisi kata seperti Indikator, Target, Realisasi, Capaian, Pagu atau Anggaran.`,
};

export const tanpaTabel = defineRule({
  meta: {
    id: 'tanpa-tabel',
    severity: 'peringatan',
    category: 'cakupan',
    penjelasan:
      'Memberi tahu bila tidak ada satu pun tabel LKjIP (Perjanjian Kinerja, pengukuran kinerja, realisasi anggaran, efisiensi) ' +
      'yang dikenali di buku kerja, sehingga tidak ada angka yang diperiksa. Tanpa peringatan ini, berkas yang salah, buku kerja ' +
      'kosong atau tata letak yang belum dikenali akan tampak "tanpa temuan", seolah-olah semua angkanya benar.',
    messages,
  },
  checkWorkbook(ctx) {
    if (ctx.tables.some((t) => CHECKED_KINDS.has(t.kind))) return;
    ctx.report({
      sheet: ctx.sheets[0] ?? '(tanpa sheet)',
      cell: 'A1',
      expected: null,
      actual: null,
      // (a page's rows carried on from a table before are that table's, none of their own)
      message: messages.tanpaTabel({ other: ctx.tables.filter((t) => t.headerRows > 0).length }),
    });
  },
});
