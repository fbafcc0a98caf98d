/**
 * A merged area shows its top-left cell only. LibreOffice may keep what the other cells held when they were merged
 * ("keep the contents of the hidden cells") and write it to the file: no check may count those figures.
 */
import { periksaWorkbook } from '../../src/core/periksa';
import { SheetSnapshot } from '../../src/core/snapshot';
import { bold, book, sheet, storedSheet, V } from '../helpers/snap';

// A PK: each programme's anggaran merged over its indikator rows (E4:E6, E7:E8); under the first area an old figure
// (800.000.000) and the figure again, under the second the figure again.
const MERGES = ['D4:D6', 'E4:E6', 'D7:D8', 'E7:E8'];
const PROGRAM_A = 'Program Pengawasan dan Pemeriksaan Koperasi';
const PROGRAM_B = 'Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro';
const rows = (jumlah: number, hidden: boolean): V[][] => [
  ['PERJANJIAN KINERJA DINAS KOPERASI 2024'],
  [],
  ['No', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'],
  [1, 'Persentase koperasi aktif', 65, PROGRAM_A, 850000000],
  [2, 'Persentase koperasi sehat', 40, hidden ? PROGRAM_A : null, hidden ? 800000000 : null],
  [3, 'Jumlah koperasi yang diperiksa', 120, hidden ? PROGRAM_A : null, hidden ? 850000000 : null],
  [4, 'Persentase UMKM naik kelas', 12, PROGRAM_B, 1250000000],
  [5, 'Jumlah wirausaha baru', 300, hidden ? PROGRAM_B : null, hidden ? 1250000000 : null],
  [null, bold('Jumlah'), null, null, jumlah],
];

const galatOf = (s: SheetSnapshot) =>
  periksaWorkbook(book(s))
    .findings.filter((f) => f.severity === 'galat')
    .map((f) => `${f.rule} ${f.cell} ${f.expected}`);

describe.each([
  ['cells as objects', (v: V[][]) => sheet('PK', v, { merges: MERGES })],
  ['cells in a store', (v: V[][]) => storedSheet('PK', v, { merges: MERGES })],
])('figures under a merged area are not read (%s)', (_, make) => {
  test.each([
    ['nothing under the areas, the Jumlah theirs', 2100000000, false, []],
    ['figures under the areas, the Jumlah of what shows', 2100000000, true, []],
    ['figures under the areas, the Jumlah off what shows', 2200000000, true, ['jumlah-total E9 2100000000']],
  ])('%s', (_label, jumlah, hidden, expected) => {
    expect(galatOf(make(rows(jumlah, hidden)))).toEqual(expected);
  });
});
