/** Each recognition stage on tiny grids (the whole pipeline is measured on the corpus in recognise.test.ts). */
import { columnLetters, rangeA1 } from '../../../src/core/address';
import { Grid } from '../../../src/core/snapshot';
import { readBands } from '../../../src/core/recognise/bands';
import { readColumns } from '../../../src/core/recognise/columns';
import { findExtent } from '../../../src/core/recognise/extent';
import { headerPaths, isColumnNumberRow, isTopHeaderRow, readHeader } from '../../../src/core/recognise/header';
import { classifyRows } from '../../../src/core/recognise/hierarchy';
import { classify, KIND_RULES } from '../../../src/core/recognise/kind';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { periksaWorkbook } from '../../../src/core/periksa';
import { ColumnRole, TableColumn } from '../../../src/core/types';
import {
  explicitLevel,
  headerMagnitude,
  isBelanjaGroup,
  isBelanjaLine,
  isHeaderWord,
  periodOf,
  roleFromHeader,
  withoutTypos,
  isBarePercentHeader,
  ROLE_VOCABULARY,
  spacedCode,
  tableMagnitude,
} from '../../../src/core/vocabulary';
import { bold, book, galat, pct, rp, sheet, V } from '../../helpers/snap';
import { carriedBudget } from '../../helpers/carried';
import { TableModel } from '../../../src/core/model';

const grid = (rows: V[][], merges: string[] = []) => new Grid(sheet('S', rows, { merges }));

describe('vocabulary: header phrases to roles', () => {
  test.each([
    [['Indikator Kinerja'], 'indikator'],
    // a weighted evaluation: what it scores, and each component's weight (a figure of its own)
    [['Komponen yang Dinilai'], 'uraian'],
    [['Bobot (%)'], 'nilai'],
    // a cost per unit of output is a figure worked out from two others: neither a budget nor a unit
    [['Biaya per Satuan Output (Rp)'], 'nilai'],
    [['Unit Cost'], 'nilai'],
    [['Biaya Pegawai'], 'anggaran'],
    // the year's spending ceiling (KUA-PPAS), a pagu by another name
    [['Plafon'], 'anggaran'],
    // a revision alone under its band is the band's
    [['Penyerapan (%)', 'thd Perubahan'], 'serapan'],
    [['Anggaran (Rp)', 'Murni'], 'anggaran'],
    // Permendagri 86's evaluation of the Renja: each measure's band over its performance (K) and its money (Rp)
    [['Target Kinerja dan Anggaran Renja Tahun 2024', 'K'], 'target'],
    [['Target Kinerja dan Anggaran Renja Tahun 2024', 'Rp'], 'anggaran'],
    [['Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024', 'K'], 'realisasi'],
    [['Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024', 'Rp'], 'realisasi-anggaran'],
    [['Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)', 'K'], 'capaian'],
    [['Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)', 'Rp'], 'serapan'],
    [['Realisasi Kinerja pada Triwulan', 'II', 'K'], 'realisasi'],
    [['Realisasi Fisik dan Keuangan', 'Fisik'], 'realisasi'],
    [['Realisasi Fisik dan Keuangan', 'Keuangan'], 'realisasi-anggaran'],
    [['Target Performance and Budget 2024', 'K'], 'target'],
    [['Actual Performance and Budget', 'Rp'], 'realisasi-anggaran'],
    [['Achievement of Performance and Budget (%)', 'Rp'], 'serapan'],
    [['Achievement of Performance and Budget (%)', 'K'], 'capaian'],
    [['Tgt'], 'target'],
    [['Real.'], 'realisasi'],
    [['Cap.'], 'capaian'],
    [['Sat.'], 'satuan'],
    [['Anggaran', 'Realisasi'], 'realisasi-anggaran'],
    [['Anggaran', 'Capaian'], 'serapan'],
    [['Anggaran', '%'], 'serapan'],
    [['Kinerja', '%'], 'capaian'],
    // a measure's band over what it measures: the band names the role, the leaf the money
    [['Target', 'Kinerja'], 'target'],
    [['Target', 'Anggaran (Rp)'], 'anggaran'],
    [['Realisasi', 'Kinerja'], 'realisasi'],
    [['Realisasi', 'Anggaran (Rp)'], 'realisasi-anggaran'],
    [['Capaian (%)', 'Kinerja'], 'capaian'],
    [['Capaian (%)', 'Keuangan'], 'serapan'],
    // money in percent is the share of the pagu spent: under "Realisasi" (beside "Keuangan (Rp)" and "Fisik (%)") or alone
    [['Realisasi', 'Keuangan (%)'], 'serapan'],
    [['Realisasi', 'Keuangan (Rp)'], 'realisasi-anggaran'],
    [['% Keuangan'], 'serapan'],
    [['Keuangan (%)'], 'serapan'],
    [['Target', 'Keuangan (%)'], null],
    // a percentage against the target or the pagu: the capaian, the serapan
    [['% thd Target'], 'capaian'],
    [['Persentase terhadap Target'], 'capaian'],
    [['% Realisasi thd Target'], 'capaian'],
    [['% thd Pagu'], 'serapan'],
    [['Realisasi thd Target'], 'realisasi'],
    [['Realisasi', 'Fisik'], 'realisasi'],
    [['Tingkat Kemajuan (%)'], 'capaian'],
    [['SP2D (Rp)'], 'realisasi-anggaran'],
    [['SPJ'], 'realisasi-anggaran'],
    [['Realisasi (Rp)'], 'realisasi-anggaran'],
    [['Kategori Capaian'], 'predikat'],
    [['Rentang'], 'interval'],
    [['Realisasi SPJ'], 'realisasi-anggaran'],
    [['Kondisi Akhir (2026)'], 'target'],
    [['Kondisi Awal'], null],
    [['Yang Direncanakan'], 'target'],
    [['Kinerja yang Direncanakan'], 'target'],
    [['Rencana 2024'], 'target'],
    [['Rencana Aksi'], null],
    [['Peringkat'], 'predikat'],
    [['Rating'], 'predikat'],
    [['Performance Rating'], 'predikat'],
    [['Pagu Perubahan'], 'anggaran'],
    [['DPA'], 'anggaran'],
    [['IKK'], 'indikator'],
    [['Target Belanja'], 'uraian'],
    [['Sumber Data'], 'keterangan'],
    [['No.'], 'no'],
    [['2024', 'TW IV', 'Target'], 'target'],
    // a unit at the end of the cell, an abbreviation before more words
    [['Cap. (%)'], 'capaian'],
    [['Real. Angg. (Rp)'], 'realisasi-anggaran'],
    [['Tgt 2024'], 'target'],
    // an abbreviation anywhere in the phrase is the word it stands for
    [['Nilai Cap. Kinerja'], 'capaian'],
    [['Tgt Kinerja'], 'target'],
    [['Real. s/d TW IV (Rp)'], 'realisasi-anggaran'],
    [['Pagu', 'Real.'], 'realisasi-anggaran'],
    [['% Cap.'], 'capaian'],
    // English headers: a budget in any phrase, its realization
    [['Budget'], 'anggaran'],
    [['Revised Budget (Rp)'], 'anggaran'],
    [['Budget Realization'], 'realisasi-anggaran'],
    [['Actual'], 'realisasi'],
    [['Achievement (%)'], 'capaian'],
    // spelt the British way, the money spent by its English name, the share achieved as "Performance", the units
    [['Realisation'], 'realisasi'],
    [['Realisation (Rp)'], 'realisasi-anggaran'],
    [['Expenditure (Rp)'], 'realisasi-anggaran'],
    [['Budget', 'Actual Spending'], 'realisasi-anggaran'],
    [['Budget', 'Spent'], 'realisasi-anggaran'],
    [['Amount Spent (Rp)'], 'realisasi-anggaran'],
    [['Disbursed (Rp)'], 'realisasi-anggaran'],
    [['Budget', 'Disbursement'], 'realisasi-anggaran'],
    [['Performance (%)'], 'capaian'],
    [['Key Performance Indicator'], 'indikator'],
    [['Units'], 'satuan'],
    [['Alokasi (Rp.)'], 'anggaran'],
    [['Penyerapan (%)'], 'serapan'],
    // how much of the target was realised, in percent, is the capaian; what is left, wherever the word stands, no pagu
    [['Persentase Realisasi Target'], 'capaian'],
    [['Capaian Realisasi (%)'], 'capaian'],
    [['Anggaran Sisa'], 'nilai'],
    // the older LAKIP's name for the indikator
    [['Tolok Ukur Kinerja'], 'indikator'],
    [['Tolak Ukur'], 'indikator'],
    // the budget document by its name, revised or per office; how far the money is spent
    [['DPA Perubahan'], 'anggaran'],
    [['DPA-SKPD (Rp)'], 'anggaran'],
    [['Progres Keuangan (%)'], 'serapan'],
    [['Progres Fisik (%)'], null],
    [['Nilai DPA'], 'anggaran'],
    // a change between two figures, as a header writes it; a programme named for one is no column of figures
    [['Pertumbuhan (%)'], 'nilai'],
    [['Kenaikan/Penurunan'], 'nilai'],
    [['Perbandingan Realisasi 2024 thd 2023 (%)'], 'nilai'],
    [['Peningkatan Kapasitas SDM'], null],
    [['Naik/Turun'], 'nilai'],
    [['+/-'], 'nilai'],
    [['+/(-)'], 'nilai'],
    [['Δ'], 'nilai'],
    [['#'], 'no'],
    // what was achieved, in words; the narrative columns beside the figures
    [['Kinerja yang Dicapai'], 'realisasi'],
    [['Hasil'], 'realisasi'],
    [['Analisis Capaian'], 'keterangan'],
    [['Faktor Penghambat'], 'keterangan'],
    [['Upaya Perbaikan'], 'keterangan'],
    [['Rekomendasi'], 'keterangan'],
    [['Jumlah Rekomendasi'], 'jumlah'],
    // a kind of spending or a source of funds under a band of money is that money, split
    [['Anggaran (Rp)', 'Belanja Modal'], 'anggaran'],
    [['Realisasi Anggaran', 'APBD'], 'realisasi-anggaran'],
    [['Realisasi Keuangan', '%'], 'serapan'],
    // a currency leaf takes its column from the group above; IDR is rupiah
    [['Realisasi s.d. Desember', 'Rp'], 'realisasi-anggaran'],
    [['Anggaran', 'Rp'], 'anggaran'],
    [['Budget (IDR)'], 'anggaran'],
    [['Realization (IDR)'], 'realisasi-anggaran'],
    // a percentage is never a column of words; a count of sasaran names no sasaran
    [['% Tindak Lanjut'], null],
    [['Tindak Lanjut'], 'keterangan'],
    [['Jumlah Sasaran'], 'jumlah'],
    [['Jumlah Indikator'], 'jumlah'],
    [['Jumlah Kegiatan'], 'jumlah'],
    [['Jenis Pelayanan Dasar'], 'indikator'],
    // realised money in percent is a share of the pagu; a realisasi in percent of a percentage indicator stays one
    [['Realisasi Anggaran (%)'], 'serapan'],
    [['Anggaran', 'Realisasi (%)'], 'serapan'],
    [['Realisasi (%)'], 'realisasi'],
    [['Target (%)'], 'target'],
    // money named in the leaf: the target of a revenue table is its pagu, "Capaian Keuangan" the serapan
    [['Target (Rp)'], 'anggaran'],
    [['Target Anggaran'], 'anggaran'],
    [['Capaian Keuangan (%)'], 'serapan'],
    // a lone T or R under a group band; words that only look like a role
    [['TW I', 'T'], 'target'],
    [['TW I', 'R'], 'realisasi'],
    [['Anggaran', 'R'], 'realisasi-anggaran'],
    [['T'], null],
    [['Satuan Kerja'], 'uraian'],
    [['Sumber Dana'], 'keterangan'],
    [['Status Capaian'], 'predikat'],
    [['Harga Satuan'], null],
    // English with a year, a target of the capaian, pagu documents and payments
    [['Actual 2024'], 'realisasi'],
    [['Target Capaian (%)'], 'target'],
    [['Remarks'], 'keterangan'],
    [['DPPA'], 'anggaran'],
    [['APBD-P'], 'anggaran'],
    [['Realisasi SP2D'], 'realisasi-anggaran'],
    [['Interpretasi'], 'predikat'],
    [['Target Kinerja'], 'target'],
    // how much of its target the kinerja reached; the older LAKIP's measure of it
    [['Kinerja (%)'], 'capaian'],
    [['% Kinerja'], 'capaian'],
    [['Anggaran', 'Kinerja (%)'], 'serapan'],
    // under a band naming two measures, the block's title ("Realisasi dan Capaian Kinerja" over each year's
    // "Rencana | Hasil | Kinerja (%)"), a percentage is the capaian; under one measure's band, that measure's
    [['Realisasi dan Capaian Kinerja', 'Tahun 2023', 'Kinerja (%)'], 'capaian'],
    [['Realisasi dan Capaian Kinerja', 'Tahun 2023', 'Hasil'], 'realisasi'],
    [['Realisasi', 'Kinerja (%)'], 'realisasi'],
    [['Target', 'Kinerja (%)'], 'target'],
    [['Ukuran Kinerja'], 'indikator'],
    [['Penilaian'], 'predikat'],
    // another abbreviation of the target; a header that is the capaian's formula, in letters or in column numbers
    [['Trg'], 'target'],
    [['Trg.'], 'target'],
    [['C = R/T x 100%'], 'capaian'],
    [['(R/T) x 100%'], 'capaian'],
    [['R : T'], 'capaian'],
    [['Kinerja', 'Trg'], 'target'],
    [['Jumlah RT/RW'], 'jumlah'],
    // the keywords as staff mistype them: a letter dropped, doubled, swapped or struck wrong
    [['Realisai'], 'realisasi'],
    [['Relisasi (%)'], 'realisasi'],
    [['Capain (%)'], 'capaian'],
    [['Capaiaan'], 'capaian'],
    [['Tagret 2024'], 'target'],
    [['Targer'], 'target'],
    [['Pagu Angaran (Rp)'], 'anggaran'],
    [['Realisasi Anggran'], 'realisasi-anggaran'],
    [['Indkator Kinerja'], 'indikator'],
    [['Penyerpan (%)'], 'serapan'],
    [['Pagu Indikatif'], 'anggaran'],
    // a header that names its ratio is that ratio, whatever word it opens with: realisasi over target (or target over
    // realisasi) the capaian, realisasi over the pagu the serapan
    [['% (R/T)'], 'capaian'],
    [['Persentase (R/T)'], 'capaian'],
    [['Capaian = Realisasi/Target x 100%'], 'capaian'],
    [['Realisasi/Target (%)'], 'capaian'],
    [['% (T/R)'], 'capaian'],
    [['(R/P) %'], 'serapan'],
    [['% (R/A)'], 'serapan'],
    [['Realisasi/Pagu x 100%'], 'serapan'],
    [['Anggaran', '% (R/T)'], 'serapan'],
    // two measures named side by side are no ratio
    [['Target/Realisasi'], 'realisasi'],
    // a count of names, shortened as staff shorten it, counts them: no name column
    [['Jml Kegiatan'], 'jumlah'],
    [['Jml. Sasaran'], 'jumlah'],
    [['Jml'], 'jumlah'],
  ] as Array<[string[], ColumnRole | null]>)('%j → %s', (path, role) => {
    expect(roleFromHeader(path)).toBe(role);
  });

  test('a mistyped keyword is written right; a real word near one is left as it is', () => {
    expect(withoutTypos('realisai (rp)')).toBe('realisasi (rp)');
    expect(withoutTypos('indikatot kinerja utama')).toBe('indikator kinerja utama');
    // two slips from a keyword, or one at the first letter, or a word of its own
    for (const t of ['progres fisik', 'pagu indikatif', 'saluran', 'tarif', 'terapan', 'sarapan', 'kesatuan', 'urutan']) expect(withoutTypos(t)).toBe(t);
  });

  test('a bare % with no group names no role; a year or period alone names none', () => {
    expect(roleFromHeader(['%'])).toBeNull();
    expect(roleFromHeader(['2024'])).toBeNull();
    expect(roleFromHeader(['TW II'])).toBeNull();
  });

  test('a % whose header closes with the column numbers it is worked out from ("% (5/4)", "% = 5 : 4 x 100") is a bare %', () => {
    for (const h of ['% (5/4)', '%\n(5:4)', '% = 5/4 x 100', '(%) (6) = (5)/(4)', 'Persentase (5:4)'])
      expect({ h, bare: isBarePercentHeader(h) }).toEqual({ h, bare: true });
    for (const h of ['% Capaian', '% Tindak Lanjut', '5/4']) expect({ h, bare: isBarePercentHeader(h) }).toEqual({ h, bare: false });
  });

  test('every role of the vocabulary is a header word (one list decides both)', () => {
    for (const v of ROLE_VOCABULARY) for (const s of v.synonyms) if (/^[a-z ]+$/.test(s)) expect({ s, header: isHeaderWord(s) }).toEqual({ s, header: true });
    expect(isHeaderWord('Rentang')).toBe(true);
    expect(isHeaderWord('Peringkat')).toBe(true);
  });

  test("money magnitudes: the header's own words, a caption or note only when it speaks of rupiah", () => {
    expect(['Pagu (Rp 000)', 'Realisasi (Ribuan Rupiah)', 'Anggaran (Rp. Ribu)', 'Pagu (000)'].map(headerMagnitude)).toEqual([1e3, 1e3, 1e3, 1e3]);
    expect(['Anggaran (Juta Rp)', 'Pagu (Rp Juta)', 'Realisasi (jutaan rupiah)'].map(headerMagnitude)).toEqual([1e6, 1e6, 1e6]);
    expect(headerMagnitude('Anggaran (Miliar Rp)')).toBe(1e9);
    expect(['Pagu (Rp)', 'Realisasi', 'Anggaran 2024'].map(headerMagnitude)).toEqual([undefined, undefined, undefined]);
    expect(tableMagnitude(['Tabel 3.8 Realisasi Anggaran (dalam ribuan rupiah)'])).toBe(1e3);
    expect(tableMagnitude(['', '*) angka dalam jutaan rupiah'])).toBe(1e6);
    expect(tableMagnitude(['Ribuan warga terlayani', 'Sumber: BPS'])).toBeUndefined();
  });

  test('periods: TW, Triwulan, Semester, s.d.', () => {
    expect(periodOf(['Triwulan III'])).toBe('tw 3');
    expect(periodOf(['Kinerja 2024', 'TW IV', 'Target'])).toBe('tw 4');
    expect(periodOf(['Semester 2'])).toBe('semester 2');
    expect(periodOf(['s.d. TW IV'])).toBe('s.d. tw 4');
    expect(periodOf(['Target'])).toBeUndefined();
  });

  test('periods as staff shorten them, and in English: Sem. I, Smt 2, Triw. III, Q4, Quarter 1', () => {
    expect(['Sem I', 'Sem. II', 'Smt 2', 'Triw. III', 'Q4', 'Quarter 1', 's.d. Sem II'].map((p) => periodOf(['Realisasi', p]))).toEqual([
      'semester 1',
      'semester 2',
      'semester 2',
      'tw 3',
      'tw 4',
      'tw 1',
      's.d. semester 2',
    ]);
    expect(periodOf(['Target Sem II'])).toBe('semester 2');
    // (a word that merely ends in a numeral is no period)
    expect(periodOf(['Kelas II'])).toBeUndefined();
  });

  test('periods: months, by their names and abbreviations, alone or counted up to', () => {
    expect(['Januari', 'Pebruari', 'Mar', 'Agt', 'Agustus', 'Nopember', 'Des.'].map((m) => periodOf(['Realisasi', m]))).toEqual([
      'bulan 1',
      'bulan 2',
      'bulan 3',
      'bulan 8',
      'bulan 8',
      'bulan 11',
      'bulan 12',
    ]);
    expect(periodOf(['s.d. Juni'])).toBe('s.d. bulan 6');
    expect(periodOf(['Bulan Oktober'])).toBe('bulan 10');
    // a month inside a header's words is a date, not a period column ("Kondisi Desember 2023", "Data per Januari")
    expect(periodOf(['Kondisi Desember 2023'])).toBeUndefined();
    expect(periodOf(['Data per Januari'])).toBeUndefined();
  });
});

describe('header stage', () => {
  test('a top header row is domain words; a data row is not', () => {
    const g = grid([
      ['No', 'Indikator', 'Target', 'Realisasi'],
      [1, 'Persentase PMKS tertangani', 80, 85],
    ]);
    expect(isTopHeaderRow(g.filledInRow(1))).toBe(true);
    expect(isTopHeaderRow(g.filledInRow(2))).toBe(false);
  });

  test('what a table of general data lists ("Desa", "Kecamatan") heads it beside a known word or a run of years, never alone', () => {
    const g = grid([
      ['No', 'Desa', 'Tahun 2023', 'Tahun 2024', 'Pertumbuhan (%)'],
      ['Kecamatan', 2022, 2023, 2024],
      ['Desa', 'Kelurahan', 'Puskesmas'],
      ['Desa', 12, 15],
    ]);
    expect(isTopHeaderRow(g.filledInRow(1))).toBe(true);
    expect(isTopHeaderRow(g.filledInRow(2))).toBe(true);
    // (names of things alone, or one beside figures, are a body row's)
    expect(isTopHeaderRow(g.filledInRow(3))).toBe(false);
    expect(isTopHeaderRow(g.filledInRow(4))).toBe(false);
  });

  test('a population table by village under "Desa | Tahun 2023 | Tahun 2024 | Pertumbuhan (%)" is a table, its growth checked', () => {
    const penduduk = (growth: number) =>
      book(
        sheet('Data Umum', [
          ['Tabel 2.3 Perkembangan Jumlah Penduduk per Desa'],
          [],
          ['No', 'Desa', 'Tahun 2023', 'Tahun 2024', 'Pertumbuhan (%)'],
          [1, 'Sukamaju', 2114, 2227, 5.35],
          [2, 'Sukarame', 3120, 3180, growth],
          [3, 'Cibodas', 1890, 1901, 0.58],
          [4, 'Mekarsari', 2530, 2611, 3.2],
          [5, 'Tanjungsari', 1745, 1760, 0.86],
          [null, 'Jumlah', 11399, 11679, 2.46],
        ]),
      );
    expect(recogniseWorkbook(penduduk(1.92)).map((t) => [t.sheet, rangeA1(t.range), t.kind])).toEqual([['Data Umum', 'A3:E9', 'lainnya']]);
    expect(galat(penduduk(1.92))).toEqual([]);
    expect(galat(penduduk(8.02)).map((f) => [f.rule, f.cell])).toEqual([['selisih-kolom', 'E5']]);
  });

  test('every cell two sheet columns wide: a cell merged across the same pair below a header cell is a row, not a sub-header', () => {
    const g = grid(
      [
        ['Target Belanja', null, 'Anggaran', null],
        ['Belanja Operasi', null, 'Rp', null, '4.681.577.821,-'],
        ['Belanja Modal', null, 'Rp', null, '12.488.750,-'],
      ],
      ['A1:B1', 'C1:D1', 'A2:B2', 'C2:D2', 'E2:F2', 'A3:B3', 'C3:D3', 'E3:F3'],
    );
    expect(readHeader(g, 1, 1, 4).rows).toBe(1);
    // a group over two columns of its own is still a group
    const grouped = grid(
      [
        ['Program', null, 'Anggaran', null],
        [null, null, 'Pagu', 'Realisasi'],
        ['Program A', null, rp(100), rp(90)],
      ],
      ['A1:B2', 'C1:D1'],
    );
    expect(readHeader(grouped, 1, 1, 4).rows).toBe(2);
    // a sasaran merged across the whole table right under them is a row of the body too: it reaches beyond the header
    // cell above it, it does not stand under it
    const section = grid(
      [
        ['No', null, 'Indikator Kinerja', null, 'Target', null],
        ['Sasaran 1: Meningkatnya partisipasi pemuda', null, null, null, null, null],
        [1, null, 'Persentase organisasi kepemudaan yang aktif', null, 75, null],
      ],
      ['A1:B1', 'C1:D1', 'E1:F1', 'A2:F2', 'A3:B3', 'C3:D3', 'E3:F3'],
    );
    expect(readHeader(section, 1, 1, 6).rows).toBe(1);
  });

  test('a column-number or units row under a header without merges: no group inherited, the unit joins its leaf', () => {
    const rows = (third: V[]): V[][] => [
      ['Sasaran', 'Kinerja', null, 'Anggaran', null, 'Efisiensi %'],
      [null, 'Target', 'Realisasi', 'Pagu', 'Jumlah', null],
      third,
      ['Menurunnya PPKS', 580, 653, rp(5319338072), rp(4996397274), 18],
    ];
    const numbered = grid(rows(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']));
    const h = readHeader(numbered, 1, 1, 6);
    expect([h.rows, h.columnNumberRow]).toEqual([3, 3]);
    // "Efisiensi %" over a blank and "(6)": no sub-header taken from "Jumlah" on its left
    expect(headerPaths(numbered, h, 1, 6).get(6)).toEqual(['Efisiensi %']);
    const units = grid(rows([null, null, null, '(Rp)', '(Rp)', '(%)']));
    const paths = headerPaths(units, readHeader(units, 1, 1, 6), 1, 6);
    expect(paths.get(5)).toEqual(['Anggaran', 'Jumlah (Rp)']);
    expect(paths.get(6)).toEqual(['Efisiensi % (%)']);
  });

  test('the quarters numbered under their band ("Target Triwulan" over "I | II | III | IV"): a header row, each a period of the target', () => {
    const g = grid(
      [
        ['Indikator Kinerja', 'Target Tahunan', 'Target Triwulan', null, null, null],
        [null, null, 'I', 'II', 'III', 'IV'],
        ['Jumlah koperasi sehat', 85, 20, 45, 65, 85],
      ],
      ['A1:A2', 'B1:B2', 'C1:F1'],
    );
    const h = readHeader(g, 1, 1, 6);
    expect(h.rows).toBe(2);
    const paths = headerPaths(g, h, 1, 6);
    expect(paths.get(5)).toEqual(['Target Triwulan', 'III']);
    expect(roleFromHeader(paths.get(5) ?? [])).toBe('target');
    expect(periodOf(paths.get(5) ?? [])).toBe('tw 3');
  });

  test('merged two-row header with a column-number row: three header rows, paths group first', () => {
    const g = grid(
      [
        ['No', 'Program', 'Anggaran', null, '%'],
        [null, null, 'Pagu', 'Realisasi', null],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['1', 'Program A', rp(100), rp(90), 90],
      ],
      ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
    );
    const h = readHeader(g, 1, 1, 5);
    expect(h.rows).toBe(3);
    expect(h.columnNumberRow).toBe(3);
    expect(isColumnNumberRow(g.filledInRow(3))).toBe(true);
    const paths = headerPaths(g, h, 1, 5);
    expect(paths.get(3)).toEqual(['Anggaran', 'Pagu']);
    expect(paths.get(4)).toEqual(['Anggaran', 'Realisasi']);
  });

  test('a header two rows tall but for one cell (a Keterangan added later), then a column-number row: all three rows are header', () => {
    const rows: V[][] = [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Keterangan'],
      [null, null, null, null, null, null],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['1', 'Indeks Kepuasan Masyarakat', '82', '84,5', '103,05 %', 'Sesuai DPA'],
      ['2', 'Persentase usulan musrenbang yang terakomodasi', '60 %', '51 %', '85,00 %', 'Data Bidang'],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2'];
    const h = readHeader(grid(rows, merges), 1, 1, 6);
    expect([h.rows, h.columnNumberRow]).toEqual([3, 3]);
    // the figures typed as text, "(2)" could be a negative: the numbering is still no row of data
    const r = periksaWorkbook(book(sheet('Pengukuran', rows, { merges })));
    expect(r.tables.map((t) => [rangeA1(t.range), t.kind, t.headerRows])).toEqual([['A1:F5', 'pengukuran-kinerja', 3]]);
    expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  });

  test('a column-number row that says how a column is computed ("(6) = (5)/(4)") is header, not data', () => {
    const g = grid(
      [
        ['No', 'Indikator Kinerja', 'Tahun 2024', null, null],
        [null, null, 'Target', 'Realisasi', 'Capaian (%)'],
        ['(1)', '(2)', '(3)', '(4)', '(5) = (4)/(3) x 100%'],
        [1, 'Persentase desa dengan profil lengkap', 100, 100, 100],
      ],
      ['A1:A2', 'B1:B2', 'C1:E1'],
    );
    expect(isColumnNumberRow(g.filledInRow(3))).toBe(true);
    const h = readHeader(g, 1, 1, 5);
    expect(h.rows).toBe(3);
    expect(h.columnNumberRow).toBe(3);
    // the same words as a formula with no column number of its own, or with a figure in it, are not
    expect(isColumnNumberRow(grid([['1', '2', '3 = 1.000 + 2']]).filledInRow(1))).toBe(false);
  });

  test('a header of three rows with nothing merged (a PDF conversion): each band over its parts, no part past its band', () => {
    const g = grid([
      [
        'No',
        'Program',
        'Target Kinerja dan Anggaran Renja',
        null,
        'Realisasi Kinerja pada Triwulan',
        null,
        null,
        null,
        'Realisasi Capaian Kinerja dan Anggaran Renja',
        null,
      ],
      [null, null, null, null, 'I', null, 'II', null, null, null],
      [null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'],
      ['1', 'Program Pengelolaan Pendidikan', 98, 1500000000, 40, 400000000, 60, 800000000, 60, 1200000000],
    ]);
    const h = readHeader(g, 1, 1, 10);
    expect(h.rows).toBe(3);
    const paths = headerPaths(g, h, 1, 10);
    expect([4, 6, 8, 10].map((c) => paths.get(c))).toEqual([
      ['Target Kinerja dan Anggaran Renja', 'Rp'],
      ['Realisasi Kinerja pada Triwulan', 'I', 'Rp'],
      ['Realisasi Kinerja pada Triwulan', 'II', 'Rp'],
      // "II" ends where its band does
      ['Realisasi Capaian Kinerja dan Anggaran Renja', 'Rp'],
    ]);
  });

  test('quarters numbered under two period bands ("Target Triwulan" and "Realisasi Triwulan" over "I … IV" each): two header rows', () => {
    const rows: V[][] = [
      ['No', 'Indikator Kinerja', 'Target Tahunan', 'Target Triwulan', null, null, null, 'Realisasi Triwulan', null, null, null, 'Capaian s.d. TW IV (%)'],
      [null, null, null, 'I', 'II', 'III', 'IV', 'I', 'II', 'III', 'IV', null],
      [1, 'Persentase desa tangguh bencana', 40, 10, 20, 30, 40, 8, 19, 31, 42, 105],
      [2, 'Jumlah relawan terlatih (orang)', 200, 50, 100, 150, 200, 45, 110, 160, 190, 95],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:K1', 'L1:L2'];
    expect(readHeader(grid(rows, merges), 1, 1, 12).rows).toBe(2);
    // and so with nothing merged, each band written once at the left of its quarters
    expect(readHeader(grid(rows), 1, 1, 12).rows).toBe(2);
    const wb = (capaian: number) =>
      book(
        sheet(
          'Rencana Aksi',
          rows.map((r, i) => (i === 2 ? [...r.slice(0, 11), capaian] : r)),
          { merges },
        ),
      );
    expect(galat(wb(105))).toEqual([]);
    expect(galat(wb(110)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'L3']]);
  });

  test('a numbering row lettered instead ("a | b | … | e = d/c x 100 | g = c - d") is header, not a row of data', () => {
    const g = grid([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Persentase (%)', 'Realisasi Fisik (%)', 'Sisa Anggaran (Rp)'],
      ['a', 'b', 'c', 'd', 'e = d/c x 100', 'f', 'g = c - d'],
      ['1', 'Program Pengelolaan Perikanan Tangkap', rp(1000000000), rp(920000000), 92, 96, rp(80000000)],
    ]);
    expect(isColumnNumberRow(g.filledInRow(2))).toBe(true);
    const h = readHeader(g, 1, 1, 7);
    expect(h.rows).toBe(2);
    expect(h.columnNumberRow).toBe(2);
    // letters are not mixed with numbers, nor read out of order; a header of words and a lone T or R is no such row
    expect(isColumnNumberRow(grid([['a', '2', 'c']]).filledInRow(1))).toBe(false);
    expect(isColumnNumberRow(grid([['c', 'b', 'a']]).filledInRow(1))).toBe(false);
    expect(isColumnNumberRow(grid([['Indikator', 'T', 'R', '%']]).filledInRow(1))).toBe(false);
  });
});

test('a header band naming a planning document and its span of years ("Renstra 2021-2026") starts the header', () => {
  const wb = book(
    sheet(
      'Pengukuran',
      [
        ['No', 'Indikator Kinerja', 'Tahun 2024', null, null, 'Renstra 2021-2026', null],
        [null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Target Akhir Renstra', 'Capaian terhadap Target Akhir Renstra (%)'],
        [1, 'Indeks Pembangunan Manusia', 72, 73.44, 102, 75, 97.92],
        [2, 'Persentase penduduk miskin', 10, 9, 110, 8, 80],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:G1'] },
    ),
  );
  const [t] = recogniseWorkbook(wb);
  expect(t.range.top).toBe(1);
  expect(t.headerRows).toBe(2);
  const byCol = new Map(t.columns.map((c) => [c.col, c]));
  expect([1, 2, 3, 4, 5, 6, 7].map((c) => byCol.get(c)?.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'capaian', 'target', 'capaian']);
  // the year of the annual group; the Renstra's span is no single year
  expect(byCol.get(3)?.year).toBe(2024);
  expect(byCol.get(6)?.year).toBeUndefined();
  expect(byCol.get(7)?.renstra).toBe(true);
  // the Renstra capaian is checked against the Renstra target: 2 − 9 / 8 = 87,5 % (or 8 / 9), never 80 %
  const galat = periksaWorkbook(wb).findings.filter((f) => f.rule === 'persen-capaian');
  expect(galat.map((f) => f.cell)).toEqual(['G4']);
});

describe('extent stage', () => {
  test('two blank rows end a table; a note under it is not part of it', () => {
    const g = grid([
      ['Indikator', 'Target', 'Realisasi'],
      ['A', 1, 1],
      ['B', 2, 2],
      ['Sumber: Dinas Sosial'],
      [null],
      [null],
      ['Indikator', 'Target', 'Realisasi'],
      ['C', 3, 3],
    ]);
    const e = findExtent(g, readHeader(g, 1, 1, 3), 1, 3, []);
    expect(e?.range).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(e?.bodyRows).toEqual([2, 3]);
  });

  test('a header repeated at a page break continues the table, even with another table beside the first page', () => {
    const rows: V[][] = [['Uraian', 'Pagu', 'Realisasi', null, 'Skala', 'Predikat']];
    rows.push(['Program A', rp(10), rp(9), null, '≥ 91', 'Sangat Tinggi']);
    rows.push(['Kegiatan A1', rp(10), rp(9), null, '< 91', 'Rendah']);
    rows.push(['Uraian', 'Pagu', 'Realisasi']);
    rows.push(['Program B', rp(20), rp(19)]);
    const g = grid(rows);
    const e = findExtent(g, readHeader(g, 1, 1, 3), 1, 3, []);
    expect(e?.range.bottom).toBe(5);
    expect(e?.bodyRows).toEqual([2, 3, 5]);
  });
});

test('tables stacked one per sasaran, each under a gap and its sasaran, the same header each time: one table each', () => {
  const head: V[] = ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'];
  const wb = book(
    sheet('Capaian per Sasaran', [
      ['Sasaran 1: Meningkatnya kualitas pelayanan perizinan'],
      head,
      [1, 'Indeks Kepuasan Masyarakat', 82, 84.1, 102.56],
      [2, 'Persentase izin terbit tepat waktu', 95, 97.5, 102.63],
      [null],
      ['Sasaran 2: Meningkatnya realisasi investasi'],
      head,
      [1, 'Nilai realisasi investasi (Rp miliar)', 450, 512.3, 113.84],
      [2, 'Jumlah investor baru', 25, 21, 84],
    ]),
  );
  expect(recogniseWorkbook(wb).map((t) => [rangeA1(t.range), t.kind])).toEqual([
    ['A2:E4', 'pengukuran-kinerja'],
    ['A7:E9', 'pengukuran-kinerja'],
  ]);
});

test('budget tables stacked one per Bagian, each with its Jumlah, then the total of all under a gap: no row of the last', () => {
  const head: V[] = ['No', 'Program', 'Pagu', 'Realisasi', '%'];
  const wb = (bagianHukum: number) =>
    book(
      sheet('Realisasi per Bagian', [
        ['Bagian Umum'],
        head,
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 8450000000, 8102600000, 95.89],
        [2, 'Program Pemerintahan dan Kesejahteraan Rakyat', 1215000000, 1170400000, 96.33],
        [null, 'Jumlah', 9665000000, 9273000000, 95.94],
        [null],
        ['Bagian Hukum'],
        head,
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1050000000, 1011300000, 96.31],
        [2, 'Program Pemerintahan dan Kesejahteraan Rakyat', 480000000, 458800000, 95.58],
        [null, 'Jumlah', 1530000000, bagianHukum, 96.08],
        [null],
        [null, 'Jumlah Sekretariat Daerah', 11195000000, 10743100000, 95.96],
      ]),
    );
  expect(recogniseWorkbook(wb(1470100000)).map((t) => [rangeA1(t.range), t.kind])).toEqual([
    ['A2:E5', 'realisasi-anggaran'],
    ['A8:E11', 'realisasi-anggaran'],
  ]);
  expect(galat(wb(1470100000))).toEqual([]);
  // the Bagian's own Jumlah is still checked
  expect(galat(wb(1407100000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'D11']]);
});

describe('extent: a table pasted from PDF across a page break', () => {
  const head: V[] = ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'];
  const part1: V[][] = [head, [1, 'Indeks Kepuasan Masyarakat', 82, 84.1, 102.56], [2, 'Persentase puskesmas terakreditasi', 90, 94.12, 104.58]];
  const part2: V[][] = [[3, 'Angka Kematian Bayi', 8.5, 8.9, 95.29]];

  test.each([
    [
      'a running title and a chapter page number',
      [
        [null, 'LKjIP Dinas Kesehatan Kabupaten Sumber Tahun 2024'],
        [null, null, null, null, 'III-12'],
      ],
    ],
    ['"Halaman 12" after a blank row', [[null], [null, null, 'Halaman 12']]],
    ['a bare page number', [[null, null, 12]]],
    ['"- 12 -" and the report\'s title at the top of the next page', [[null, null, '- 12 -'], ['Laporan Kinerja Instansi Pemerintah 2024']]],
    // a line saying the table goes on, over the header repeated
    ['"Tabel 3.1 (Lanjutan)"', [[null], ['Tabel 3.1 (Lanjutan)']]],
    ['"Lanjutan Tabel 3.1" after the page number', [[null, null, '- 12 -'], ['Lanjutan Tabel 3.1']]],
    ['"… (sambungan)" with a blank row before the header', [['Tabel III.2 Pengukuran Kinerja (sambungan)'], [null]]],
  ] as Array<[string, V[][]]>)('%s, then the header again: one table, neither the foot nor the header a row of it', (_, foot) => {
    const g = grid([...part1, ...foot, head, ...part2]);
    const e = findExtent(g, readHeader(g, 1, 1, 5), 1, 5, []);
    const last = part1.length + foot.length + 2;
    expect(e?.range).toEqual({ top: 1, left: 1, bottom: last, right: 5 });
    expect(e?.bodyRows).toEqual([2, 3, last]);
  });

  test('a running title with no header after it is still no row; a bare number without the header repeated is one', () => {
    const g = grid([...part1, [null, 'LKjIP Dinas Kesehatan 2024'], ...part2, [null, null, 12]]);
    const e = findExtent(g, readHeader(g, 1, 1, 5), 1, 5, []);
    expect(e?.bodyRows).toEqual([2, 3, 5, 6]);
  });

  test('a header two rows tall (merged down) repeated one row tall: the row after the repeat is a row of the table', () => {
    const rows: V[][] = [head, [null], ...part1.slice(1), head, ...part2];
    const g = grid(rows, ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2']);
    const e = findExtent(g, readHeader(g, 1, 1, 5), 1, 5, []);
    expect(e?.bodyRows).toEqual([3, 4, 6]);
  });

  test('a label wrapped across the page break (a Word table row broken over two pages): one row, its figures checked', () => {
    const header: V[] = ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'];
    const b = (kegiatan: number) =>
      book(
        sheet('Anggaran', [
          header,
          ['1', bold('Program Peningkatan Ketenteraman dan Ketertiban Umum'), rp(1250000000), rp(1180000000)],
          ['1.1', 'Penanganan Gangguan Ketenteraman'],
          [null, null, '- 16 -'],
          header,
          [null, 'dan Ketertiban Umum', rp(kegiatan), rp(900000000)],
          ['1.2', 'Penegakan Peraturan Daerah', rp(300000000), rp(280000000)],
        ]),
      );
    const [t] = recogniseWorkbook(b(950000000));
    expect(t.rows.map((r) => [r.row, r.level, r.label])).toEqual([
      [2, 'program', 'Program Peningkatan Ketenteraman dan Ketertiban Umum'],
      [6, 'kegiatan', 'Penanganan Gangguan Ketenteraman dan Ketertiban Umum'],
      [7, 'kegiatan', 'Penegakan Peraturan Daerah'],
    ]);
    expect(galat(b(950000000))).toEqual([]);
    expect(galat(b(900000000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'C2']]);
  });

  test("the columns' numbers under the header's repeat only (not on the first page): no row of the table", () => {
    const g = grid([...part1, [null, null, '- 23 -'], head, [1, 2, 3, 4, 5], ...part2]);
    const e = findExtent(g, readHeader(g, 1, 1, 5), 1, 5, []);
    expect(e?.bodyRows).toEqual([2, 3, 7]);
    // …so no capaian of 5 ÷ 4 is read from it
    const b = book(sheet('PDF', [...part1, [null, null, '- 23 -'], head, [1, 2, 3, 4, 5], ...part2]));
    expect(galat(b)).toEqual([]);
  });

  test('a continued table whose parts are checked as one: its JUMLAH sums both pages, an error on the second page is found', () => {
    const head2: V[] = ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'];
    const b = (second: number) =>
      book(
        sheet('Anggaran', [
          ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
          head2,
          ['1', bold('Program Penunjang Urusan Pemerintahan Daerah'), rp(900000000), rp(850000000), 94.44],
          ['1.1', 'Perencanaan Perangkat Daerah', rp(400000000), rp(380000000), 95],
          ['1.2', 'Administrasi Keuangan', rp(500000000), rp(470000000), 94],
          ['Tabel 3.5 (Lanjutan)'],
          head2,
          ['2', bold('Program Pemenuhan Upaya Kesehatan'), rp(1200000000), rp(1100000000), 91.67],
          ['2.1', 'Penyediaan Fasilitas Kesehatan', rp(700000000), rp(650000000), 92.86],
          ['2.2', 'Penyediaan Layanan Kesehatan', rp(second), rp(450000000), 90],
          [null, 'JUMLAH', rp(2100000000), rp(1950000000), 92.86],
        ]),
      );
    expect(recogniseWorkbook(b(500000000)).map((t) => [rangeA1(t.range), t.kind])).toEqual([['A2:E11', 'realisasi-anggaran']]);
    expect(galat(b(500000000))).toEqual([]);
    // (the kegiatan's pagu is the wrong figure: its programme's pagu and its own serapan both say 500.000.000)
    expect(galat(b(550000000)).map((f) => f.cell)).toEqual(['C10']);
  });

  test.each([
    ['Jumlah dipindahkan', 'Jumlah pindahan'],
    ['Jumlah yang dipindahkan ke halaman berikut', 'Pindahan dari halaman sebelumnya'],
    ['Jumlah s.d. halaman ini', 'Jumlah s.d. halaman lalu'],
    ['Carried forward', 'Brought forward'],
  ])('the running sums carried over a page break ("%s", then "%s" under the header again): no rows of the table', (out, back) => {
    const b = (pagu22: number) => carriedBudget({ out, back, pagu22 });
    const [t, ...others] = recogniseWorkbook(b(500000000));
    expect(others).toEqual([]);
    expect([rangeA1(t.range), t.kind]).toEqual(['A1:E12', 'realisasi-anggaran']);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4, 9, 10, 11, 12]);
    expect(galat(b(500000000))).toEqual([]);
    expect(galat(b(550000000)).map((f) => f.cell)).toEqual(['C11']);
  });

  test('a continuation line over another header, or over nothing, still ends the table', () => {
    const other: V[] = ['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)'];
    const g = grid([...part1, ['Tabel 3.1 (Lanjutan)'], other, [1, 'Program A', rp(10), rp(9)]]);
    expect(findExtent(g, readHeader(g, 1, 1, 5), 1, 5, [])?.range.bottom).toBe(3);
    const b = book(sheet('S', [...part1, [null], ['Tabel 3.1 (lanjutan)'], [3, 'Angka Kematian Bayi', 8.5, 8.9, 95.29]]));
    expect(recogniseWorkbook(b).map((t) => rangeA1(t.range))).toEqual(['A1:E3']);
  });

  test.each([
    ['two blank rows', [[null], [null]]],
    ['a blank row, a bare page number, two blank rows', [[null], [null, null, 21], [null], [null]]],
    ['two blank rows, "Halaman 21", two blank rows', [[null], [null], [null, null, 'Halaman 21'], [null], [null]]],
  ] as Array<[string, V[][]]>)('a page break of %s and no header repeated: the rows below in the same columns go on with the table', (_, gap) => {
    const g = grid([...part1, ...gap, ...part2]);
    const e = findExtent(g, readHeader(g, 1, 1, 5), 1, 5, []);
    const last = part1.length + gap.length + 1;
    expect(e?.range).toEqual({ top: 1, left: 1, bottom: last, right: 5 });
    expect(e?.bodyRows).toEqual([2, 3, last]);
  });

  test('past a page break, the header repeated: the same table where its numbering goes on, a new one where it starts at 1', () => {
    const gap: V[][] = [[null], [null, null, '- 7 -'], [null], [null], ['Tabel 3.1 (Lanjutan)']];
    const on = grid([...part1, ...gap, head, ...part2]);
    expect(findExtent(on, readHeader(on, 1, 1, 5), 1, 5, [])?.bodyRows).toEqual([2, 3, 10]);
    const restart: V[][] = [[1, 'Angka Kematian Bayi', 8.5, 8.9, 95.29]];
    const anew = grid([...part1, [null], [null], head, ...restart]);
    expect(findExtent(anew, readHeader(anew, 1, 1, 5), 1, 5, [])?.range.bottom).toBe(3);
  });

  test('an item named "Jumlah …" or a programme\'s number over kegiatan with none does not stop the table at a page break', () => {
    const items = grid([head, [1, 'Jumlah inovasi pelayanan', 6, 6, 100], [null], [null], [2, 'Indeks Kepuasan Masyarakat', 82, 84.1, 102.56]]);
    expect(findExtent(items, readHeader(items, 1, 1, 5), 1, 5, [])?.bodyRows).toEqual([2, 5]);
    const budget: V[] = ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'];
    const levels = grid([
      budget,
      ['3', 'Program C', 500, 450],
      [null, 'Kegiatan C.1', 500, 450],
      [null],
      [null],
      ['4', 'Program D', 300, 280],
      [null, 'Kegiatan D.1', 300, 280],
    ]);
    expect(findExtent(levels, readHeader(levels, 1, 1, 4), 1, 4, [])?.bodyRows).toEqual([2, 3, 6, 7]);
  });

  test('a label wrapped over a page break with no header repeated (its figures on the first line): one row, the table goes on', () => {
    const budget: V[] = ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'];
    const b = book(
      sheet('Anggaran', [
        budget,
        ['1', bold('Program Peningkatan Ketenteraman'), rp(1250000000), rp(1180000000)],
        ['1.1', 'Penanganan Gangguan Ketenteraman', rp(950000000), rp(900000000)],
        [null],
        [null, null, '- 16 -'],
        [null],
        [null, 'dan Ketertiban Umum'],
        ['1.2', 'Penegakan Peraturan Daerah', rp(300000000), rp(280000000)],
      ]),
    );
    const [t] = recogniseWorkbook(b);
    expect(rangeA1(t.range)).toBe('A1:D8');
    expect(galat(b)).toEqual([]);
  });

  test('past two blank rows, rows of figures in other columns, or rows after a JUMLAH, are no rows of the table', () => {
    const other = grid([...part1, [null], [null], [null, 'Dana Alokasi Umum', 1250000000]]);
    expect(findExtent(other, readHeader(other, 1, 1, 5), 1, 5, [])?.range.bottom).toBe(3);
    const ended = grid([...part1, [null, 'Rata-rata', 86, 89.06, 103.57], [null], [null], ...part2]);
    expect(findExtent(ended, readHeader(ended, 1, 1, 5), 1, 5, [])?.range.bottom).toBe(4);
  });

  test('a programme whose kegiatan go on past a page break with no header repeated: no galat; a wrong sum over the break is found', () => {
    const header: V[] = ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'];
    const b = (second: number) =>
      book(
        sheet('Anggaran', [
          header,
          ['1', bold('Program Pelayanan Kesehatan'), rp(900000000), rp(850000000)],
          ['1.1', 'Penyediaan Fasilitas Kesehatan', rp(400000000), rp(380000000)],
          [null],
          [null],
          [null, null, 'Halaman 12'],
          [null],
          ['1.2', 'Penyediaan Layanan Kesehatan', rp(second), rp(470000000)],
          [null, bold('JUMLAH'), rp(900000000), rp(850000000)],
        ]),
      );
    expect(recogniseWorkbook(b(500000000)).map((t) => rangeA1(t.range))).toEqual(['A1:D9']);
    expect(galat(b(500000000))).toEqual([]);
    expect(galat(b(510000000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'C2']]);
  });

  test('two tables of the same header under a subtitle each are two tables', () => {
    const b = book(sheet('Capaian', [[null, 'Tahun 2023'], ...part1, [null], [null, 'Tahun 2024'], ...part1]));
    expect(recogniseWorkbook(b).map((t) => rangeA1(t.range))).toEqual(['A2:E4', 'A7:E9']);
  });
});

describe("kind: the PK's budget by kegiatan", () => {
  const budget: V[][] = [
    ['No', 'Kegiatan', 'Anggaran (Rp)', 'Keterangan'],
    [1, 'Penyusunan Dokumen Perencanaan', rp(150000000), 'APBD'],
    [2, 'Evaluasi Kinerja Perangkat Daerah', rp(90000000), 'APBD'],
  ];
  test("under the PK's indikator table, or on a sheet named for it, a kegiatan budget list is the PK's", () => {
    const pk: V[][] = [['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'], [1, 'Meningkatnya kualitas pelayanan', 'IKM', 82], [null], [null]];
    expect(recogniseWorkbook(book(sheet('Lampiran', [...pk, ...budget]))).map((t) => t.kind)).toEqual(['perjanjian-kinerja', 'perjanjian-kinerja']);
    expect(recogniseWorkbook(book(sheet('PK 2024', budget))).map((t) => t.kind)).toEqual(['perjanjian-kinerja']);
  });
  test('elsewhere it is another table (a list of belanja by type beside a PK stays one too: the seed-layout corpus)', () => {
    expect(recogniseWorkbook(book(sheet('Lampiran', budget))).map((t) => t.kind)).toEqual(['lainnya']);
  });
});

test('a PK\'s "Program | Anggaran (Rp)" one blank row under its indikator, no "No" over the numbers: a table of its own, its Jumlah checked', () => {
  const wb = (jumlah: number) =>
    book(
      sheet('Lamp PK', [
        ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV'],
        [1, 'Meningkatnya kualitas pelayanan publik', 'Indeks Kepuasan Masyarakat', 'nilai', 82, 0, 80, 0, 82],
        [null, null, 'Persentase pelayanan selesai tepat waktu', '%', 95, 90, 92, 94, 95],
        [null],
        [null, 'Program', 'Anggaran (Rp)', 'Keterangan'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 1250000000, 'APBD'],
        [2, 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 385000000, 'APBD'],
        [3, 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 212500000, 'APBD'],
        [null, 'Jumlah', jumlah],
      ]),
    );
  const tables = recogniseWorkbook(wb(1847500000));
  expect(tables.map((t) => [rangeA1(t.range), t.kind])).toEqual([
    ['A1:I3', 'perjanjian-kinerja'],
    ['A5:D9', 'perjanjian-kinerja'],
  ]);
  expect(galat(wb(1847500000))).toEqual([]);
  expect(galat(wb(1857500000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'C9']]);
});

describe('columns: a budget whose pagu, realisasi or serapan the header names in other words, told by the figures', () => {
  // a Dinas Pendidikan's programmes; the % is realisasi ÷ pagu on every row but the one typed wrong (the 3rd)
  const budgetRows = (headers: string[], serapan3: number): V[][] => [
    ['No', 'Program', ...headers],
    [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', rp(4815300000), rp(4502140500), 93.5],
    [2, 'Program Pengelolaan Pendidikan', rp(12650750000), rp(11892310000), 94],
    [3, 'Program Pengembangan Kurikulum', rp(385000000), rp(346115000), serapan3],
    [4, 'Program Pendidik dan Tenaga Kependidikan', rp(920400000), rp(851370000), 92.5],
    [5, 'Program Pengembangan Bahasa dan Sastra', rp(145000000), rp(131950000), 91],
    [null, bold('JUMLAH'), rp(18916450000), rp(17723885500), 93.7],
  ];
  const budget = (headers: string[], serapan3 = 89.9) => book(sheet('Anggaran', budgetRows(headers, serapan3)));
  test.each([
    [['APBD Perubahan 2024', 'Realisasi s.d. Desember 2024', 'Tingkat Serapan (%)']],
    [['Pagu (Rp)', 'SP2D (Rp)', '% SP2D']],
    [['Anggaran', 'Belanja (Rp)', 'Prosentase']],
  ])('%j: a realisasi anggaran, its serapan checked', (headers) => {
    const [t] = recogniseWorkbook(budget(headers));
    expect(t.kind).toBe('realisasi-anggaran');
    expect(t.columns.slice(2).map((c) => c.role)).toEqual(['anggaran', 'realisasi-anggaran', 'serapan']);
    expect(galat(budget(headers))).toEqual([]);
    // 346.115.000 ÷ 385.000.000 = 89,90 %, typed 88,2
    expect(galat(budget(headers, 88.2)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'E4']]);
  });
  test('"Belanja (Rp) | APBD-P (Rp) | % SP2D": the money spent left of the pagu the header names, the figures tell', () => {
    // (the same programmes, each pair of amounts written the other way round under its header)
    const swapped = (serapan3: number) =>
      book(
        sheet(
          'Anggaran',
          budgetRows(['APBD-P (Rp)', 'Belanja (Rp)', '% SP2D'], serapan3).map(([no, name, a, b, p]) => [no, name, b, a, p]),
        ),
      );
    const [t] = recogniseWorkbook(swapped(89.9));
    expect(t.kind).toBe('realisasi-anggaran');
    expect(t.columns.slice(2).map((c) => c.role)).toEqual(['realisasi-anggaran', 'anggaran', 'serapan']);
    expect(galat(swapped(89.9))).toEqual([]);
    expect(galat(swapped(88.2)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'E4']]);
  });
  test('"Pagu (Rp) | Belanja (Rp) | Sisa (Rp) | % SP2D", two serapan of five typed wrong: the money spent named, half the rows tell', () => {
    // a Bappeda's programmes; 324.199.066 ÷ 354.000.000 = 91,58 % typed 84,08, 802.606.395 ÷ 840.000.000 = 95,55 % typed 88,05
    const b = (s3: number, s5: number) =>
      book(
        sheet('Anggaran', [
          ['No', 'Program', 'Pagu (Rp)', 'Belanja (Rp)', 'Sisa (Rp)', '% SP2D'],
          [1, 'Program Perencanaan Pembangunan Daerah', 226000000, 199047801, 26952199, 88.07],
          [2, 'Program Koordinasi dan Sinkronisasi Perencanaan', 580000000, 523246867, 56753133, 90.21],
          [3, 'Program Penelitian dan Pengembangan Daerah', 354000000, 324199066, 29800934, s3],
          [4, 'Program Pengendalian dan Evaluasi Pembangunan', 233000000, 200430370, 32569630, 86.02],
          [5, 'Program Penunjang Urusan Pemerintahan Daerah', 840000000, 802606395, 37393605, s5],
        ]),
      );
    const [t] = recogniseWorkbook(b(91.58, 95.55));
    expect(t.kind).toBe('realisasi-anggaran');
    expect(t.columns.slice(2).map((c) => c.role)).toEqual(['anggaran', 'realisasi-anggaran', 'nilai', 'serapan']);
    expect(galat(b(91.58, 95.55))).toEqual([]);
    expect(galat(b(84.08, 88.05)).map((f) => [f.rule, f.cell])).toEqual([
      ['persen-serapan', 'F4'],
      ['persen-serapan', 'F6'],
    ]);
  });
  test('"Pagu Anggaran | Pencapaian" over rupiah, no % beside them: the pagu and what was spent, a budget table', () => {
    // a Satpol PP's programme and its kegiatan (bold or "-" told apart); the kegiatan's spending sums to Rp 357.291.000
    const b = (spent1: number) =>
      book(
        sheet('Anggaran', [
          ['Tabel 3.10 Realisasi Anggaran per Program dan Kegiatan Tahun 2024'],
          [],
          ['No', 'Program/Kegiatan', 'Pagu Anggaran', 'Pencapaian'],
          [1, bold('Program Peningkatan Ketenteraman dan Ketertiban Umum'), 451500000, spent1],
          [null, '- Penanganan Gangguan Ketenteraman', 312250000, 219611000],
          [null, '- Penyusunan Dokumen Perencanaan Perangkat Daerah', 139250000, 137680000],
        ]),
      );
    const [t] = recogniseWorkbook(b(357291000));
    expect(t.kind).toBe('realisasi-anggaran');
    expect(t.columns.slice(2).map((c) => c.role)).toEqual(['anggaran', 'realisasi-anggaran']);
    expect(galat(b(357291000))).toEqual([]);
    expect(galat(b(375291000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'D4']]);
  });
  test('"Plafon | Pencapaian | Sisa | %" in thousands typed the English way ("2,167,781", "848,886"): amounts, a budget whose serapan is checked', () => {
    // a Dinas Kesehatan's programmes and their belanja, in thousands of rupiah; most amounts spent are below a million,
    // typed with one comma ("492,148"), which the Indonesian way reads as 492,148 — the column's "2,167,781" says English
    const b = (pct13: string) =>
      book(
        sheet('LKjIP', [
          ['No', 'Program / Kegiatan', 'Plafon', 'Pencapaian', 'Sisa', '%'],
          ['1', bold('Program Pemenuhan Upaya Kesehatan Perorangan'), '2 602 000', '2,167,781', '434219', '83.31'],
          [null, 'Belanja Pegawai', '542 000', '492,148', '49852', '90.8'],
          [null, 'Belanja Barang dan Jasa', '1 957 000', '1,584,921', '372079', pct13],
          [null, 'Belanja Modal', '103 000', '90,712', '12288', '88.07'],
          ['2', bold('Program Peningkatan Kapasitas SDM Kesehatan'), '2 021 000', '1,688,360', '332640', '83.54'],
          [null, 'Belanja Pegawai', '442 000', '386,529', '55471', '87.45'],
          [null, 'Belanja Barang dan Jasa', '1 034 000', '848,886', '185114', '82.1'],
          [null, 'Belanja Modal', '545 000', '452,945', '92055', '83.11'],
          [null, bold('JUMLAH'), '4 623 000', '3,856,141', '766859', '83.41'],
        ]),
      );
    const [t] = recogniseWorkbook(b('80.99'));
    expect([t.kind, ...t.columns.slice(2).map((c) => c.role)]).toEqual(['realisasi-anggaran', 'anggaran', 'realisasi-anggaran', 'nilai', 'serapan']);
    expect(galat(b('80.99'))).toEqual([]);
    // 1.584.921 ÷ 1.957.000 = 80,99 %, typed 81.99
    expect(galat(b('81.99')).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'F4']]);
  });
  test('a Renja\'s kinerja beside its budget, "Pencapaian" left of its "Target": the realisasi, told by the capaian beside them', () => {
    // a DPMPTSP's sub kegiatan, each with its indikator and its money; 2.524 ÷ 2.400 = 105,17 %, typed 101,17
    const b = (c3: number) =>
      book(
        sheet('Kinerja Anggaran', [
          [
            'Program/Kegiatan/Sub Kegiatan',
            'Indikator',
            'Satuan',
            'Pencapaian',
            'Target',
            'Capaian Kinerja (%)',
            'Plafon Anggaran (Rp)',
            'Belanja (Rp)',
            'Daya Serap (%)',
          ],
          ['Program Pelayanan Penanaman Modal', null, null, null, null, null, 847000000, 773580000, 91.33],
          ['Kegiatan Penyediaan Pelayanan Terpadu Perizinan', null, null, null, null, null, 692000000, 633002000, 91.47],
          ['Sub Kegiatan Pelayanan Perizinan dan Non Perizinan', 'Jumlah izin yang diterbitkan', 'izin', 2524, 2400, c3, 306000000, 289760000, 94.69],
          [null, 'Persentase izin terbit tepat waktu', '%', 102.6, 95, 108, null, null, null],
          ['Sub Kegiatan Pemantauan Pemenuhan Persyaratan', 'Jumlah laporan pemantauan', 'laporan', 11, 12, 91.67, 386000000, 343242000, 88.92],
          ['Kegiatan Pembinaan dan Pengawasan Penanaman Modal', null, null, null, null, null, 155000000, 140578000, 90.7],
          ['Sub Kegiatan Pengawasan Pelaksanaan Penanaman Modal', 'Jumlah perusahaan yang diawasi', 'perusahaan', 60, 60, 100, 155000000, 140578000, 90.7],
          [null, 'Persentase LKPM yang disampaikan tepat waktu', '%', 78, 80, 97.5, null, null, null],
        ]),
      );
    const [t] = recogniseWorkbook(b(105.17));
    expect(t.columns.slice(3, 6).map((c) => c.role)).toEqual(['realisasi', 'target', 'capaian']);
    expect(galat(b(105.17))).toEqual([]);
    expect(galat(b(101.17)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F4']]);
  });
  test('headers broken over two lines at a hyphen ("Reali-⏎sasi | Capai-⏎an (%)"): a pengukuran whose capaian is checked', () => {
    const b = (c2: number) =>
      book(
        sheet('Tabel 3.1', [
          ['No', 'Indikator Kinerja', 'Tar-\nget', 'Reali-\nsasi', 'Capai-\nan (%)'],
          [1, 'Persentase jalan kondisi mantap', 75, 77.5, 103.33],
          [2, 'Persentase irigasi kondisi baik', 70, 68, c2],
        ]),
      );
    const [t] = recogniseWorkbook(b(97.14));
    expect([t.kind, ...t.columns.slice(2).map((c) => c.role)]).toEqual(['pengukuran-kinerja', 'target', 'realisasi', 'capaian']);
    expect(galat(b(97.14))).toEqual([]);
    expect(galat(b(99.14)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'E3']]);
  });
  test('"Pencapaian | Dana (Rp)" the other way round: what was spent left of its pagu, a budget table where it stays within it', () => {
    // the same programme, its spending written before its pagu; a list whose "Pencapaian" exceeds the "Dana" on most rows
    // is no spending of it
    const b = (spent1: number, kegiatan: [number, number] = [219611000, 137680000]) =>
      book(
        sheet('Anggaran', [
          ['No', 'Program/Kegiatan', 'Pencapaian', 'Dana (Rp)'],
          [1, bold('Program Peningkatan Ketenteraman dan Ketertiban Umum'), spent1, 451500000],
          [null, '- Penanganan Gangguan Ketenteraman', kegiatan[0], 312250000],
          [null, '- Penyusunan Dokumen Perencanaan Perangkat Daerah', kegiatan[1], 139250000],
        ]),
      );
    const [t] = recogniseWorkbook(b(357291000));
    expect([t.kind, ...t.columns.slice(2).map((c) => c.role)]).toEqual(['realisasi-anggaran', 'realisasi-anggaran', 'anggaran']);
    expect(galat(b(357291000))).toEqual([]);
    expect(galat(b(375291000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'C2']]);
    const [over] = recogniseWorkbook(b(957291000, [619611000, 337680000]));
    expect(over.columns[2].role).not.toBe('realisasi-anggaran');
  });
  test.each([
    ['"Pagu Anggaran | Belanja (Rp)"', false],
    ['"Belanja (Rp) | Pagu Anggaran", the other way round', true],
  ])('%s, no share: what was spent, a budget table whose sums are checked', (_, swapped) => {
    // a Dinas PU's programmes and kegiatan (the "-" marks a sub kegiatan), amounts typed "Rp. 742.000.000"; the pagu
    // written before or after what was spent
    const [P, B] = swapped ? ['D', 'C'] : ['C', 'D'];
    const order = (row: V[]) => (swapped ? [row[0], row[1], row[3], row[2]] : row);
    const b = (spent1: string) =>
      book(
        sheet(
          'Realisasi Anggaran',
          [
            ['No', 'Program/Kegiatan', 'Pagu Anggaran', 'Belanja (Rp)'],
            [1, 'Program Penyelenggaraan Jalan', 'Rp. 1.242.000.000', spent1],
            [null, 'Kegiatan Pembangunan Jalan', 'Rp. 742.000.000', 'Rp. 627.651.000'],
            [null, '- Pembangunan Jalan Desa', 'Rp. 742.000.000', 'Rp. 627.651.000'],
            [null, 'Kegiatan Rehabilitasi Jalan', 'Rp. 500.000.000', 'Rp. 461.200.000'],
            [null, '- Rehabilitasi Jalan Kabupaten', 'Rp. 500.000.000', 'Rp. 461.200.000'],
          ].map(order),
        ),
      );
    const [t] = recogniseWorkbook(b('Rp. 1.088.851.000'));
    expect(t.kind).toBe('realisasi-anggaran');
    expect(Object.fromEntries(t.columns.slice(2).map((c) => [c.role, columnLetters(c.col)]))).toEqual({ anggaran: P, 'realisasi-anggaran': B });
    expect(galat(b('Rp. 1.088.851.000'))).toEqual([]);
    expect(galat(b('Rp. 1.098.851.000')).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', `${B}2`]]);
    // more spent than the pagu on most rows: no realisasi of it ("Belanja (Rp)" of another kind of list)
    const over = recogniseWorkbook(
      book(
        sheet(
          'Lampiran',
          [
            ['No', 'Program/Kegiatan', 'Pagu Anggaran', 'Belanja (Rp)'],
            [1, 'Program Penyelenggaraan Jalan', 500000000, 900000000],
            [2, 'Program Pengelolaan Air Minum', 400000000, 750000000],
            [3, 'Program Penataan Bangunan', 300000000, 610000000],
          ].map(order),
        ),
      ),
    );
    expect(over[0].columns.map((c) => c.role)).not.toContain('realisasi-anggaran');
  });
  test('a budget by sasaran ("Sasaran / Program / Kegiatan | APBD-P (Rp) | Belanja (Rp) | % SP2D"): a realisasi anggaran', () => {
    // a Dinas PUPR's budget under its sasaran; 2.447.798.230 ÷ 2.880.000.000 = 84,99 %
    const b = (s6: number) =>
      book(
        sheet('Realisasi Anggaran', [
          ['No', 'Sasaran / Program / Kegiatan', 'APBD-P (Rp)', 'Belanja (Rp)', '% SP2D'],
          ['I', bold('Sasaran: Meningkatnya kualitas pelayanan publik'), 12263000000, 11067065008, 90.25],
          ['1', bold('Program Penunjang Urusan Pemerintahan Daerah'), 9383000000, 8619266778, 91.86],
          ['1.1', 'Kegiatan Penyediaan Fasilitas Pelayanan', 3588000000, 3518610208, 98.07],
          ['1.2', 'Kegiatan Administrasi Umum', 3870000000, 3311486701, 85.57],
          ['1.3', 'Kegiatan Pembangunan Sarana', 1925000000, 1789169869, 92.94],
          ['2', bold('Program Pengelolaan Sistem Air Minum'), 2880000000, 2447798230, 84.99],
          ['2.1', 'Kegiatan Rehabilitasi dan Pemeliharaan', 2880000000, 2447798230, s6],
        ]),
      );
    const [t] = recogniseWorkbook(b(84.99));
    expect([t.kind, ...t.columns.slice(2).map((c) => c.role)]).toEqual(['realisasi-anggaran', 'anggaran', 'realisasi-anggaran', 'serapan']);
    expect(galat(b(84.99))).toEqual([]);
    expect(galat(b(89.49)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'E8']]);
  });
  test('"Realisasi dan Capaian Kinerja" over each year\'s "Rencana | Hasil | Kinerja (%)": the percentage is each year\'s capaian, checked', () => {
    // an RSUD's trend: a lower-is-better NDR (deaths per thousand) by target ÷ realisasi, 25 ÷ 30 = 83,33 % typed 89,97
    const b = (ndr2022: string) =>
      book(
        sheet(
          'Lampiran',
          [
            ['No', 'Indikator Sasaran', 'Satuan', 'Realisasi dan Capaian Kinerja'],
            [null, null, null, 'Tahun 2022', null, null, 'Tahun 2023'],
            [null, null, null, 'Rencana', 'Hasil', 'Kinerja (%)', 'Rencana', 'Hasil', 'Kinerja (%)'],
            [1, 'Bed Occupancy Rate (BOR)', '%', 71.6, 81.98, '114,50 %', 74.89, 66.57, '88,89 %'],
            [2, 'Angka Kematian Pasien > 48 Jam (NDR)', 'permil', 25, 30, ndr2022, 26, 29, '89,66 %'],
            [3, 'Indeks Kepuasan Masyarakat', 'nilai', 79.22, 86.27, '108,90 %', 78.43, 72.26, '92,13 %'],
            [4, 'Cakupan Rawat Jalan', '%', 80, 84, '105,00 %', 82, 85.1, '103,78 %'],
          ],
          { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:I1', 'D2:F2', 'G2:I2'] },
        ),
      );
    const [t] = recogniseWorkbook(b('83,33 %'));
    expect(t.columns.slice(3).map((c) => `${c.role} ${c.year}`)).toEqual([
      'target 2022',
      'realisasi 2022',
      'capaian 2022',
      'target 2023',
      'realisasi 2023',
      'capaian 2023',
    ]);
    expect(galat(b('83,33 %'))).toEqual([]);
    expect(galat(b('89,97 %')).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F5']]);
  });
  test('"Target | Pencapaian | Capaian Kinerja (%) | APBD-P (Rp) | Belanja (Rp) | Serapan (%)": both shares checked', () => {
    // a DPMPTSP's Renja: each sub kegiatan's indikator beside its money
    const b = (capaian1: number, serapan1: number) =>
      book(
        sheet('Kinerja Anggaran', [
          ['Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target', 'Pencapaian', 'Capaian Kinerja (%)', 'APBD-P (Rp)', 'Belanja (Rp)', 'Serapan (%)'],
          ['- Pelayanan Perizinan secara Terpadu Satu Pintu', 'Jumlah izin yang diterbitkan', 'izin', 2400, 2269, capaian1, 313000000, 301510000, serapan1],
          ['- Pemantauan Pemenuhan Persyaratan Perizinan', 'Jumlah laporan pemantauan', 'laporan', 12, 11, 91.67, 41000000, 39032000, 95.2],
          ['- Pengawasan Pelaksanaan Penanaman Modal', 'Jumlah perusahaan yang diawasi', 'perusahaan', 60, 52, 86.67, 358000000, 314256000, 87.78],
        ]),
      );
    const [t] = recogniseWorkbook(b(94.54, 96.33));
    expect(t.columns.slice(3).map((c) => c.role)).toEqual(['target', 'realisasi', 'capaian', 'anggaran', 'realisasi-anggaran', 'serapan']);
    expect(galat(b(94.54, 96.33))).toEqual([]);
    // 2269 ÷ 2400 = 94,54 % typed 98,54; 301.510.000 ÷ 313.000.000 = 96,33 % typed 93,63
    expect(galat(b(98.54, 93.63)).map((f) => [f.rule, f.cell])).toEqual([
      ['persen-capaian', 'F2'],
      ['persen-serapan', 'I2'],
    ]);
  });
  test('"APBD-P (Rp) | Realisasi (Rp) | Sisa (Rp) | % SP2D", two of five shares typed wrong: the share is the serapan, both told', () => {
    // a Bappeda's programmes: 780.883.180 ÷ 813.000.000 = 96,05 %, 232.371.729 ÷ 285.000.000 = 81,53 %
    const b = (s2: number, s4: number) =>
      book(
        sheet('Anggaran', [
          ['No', 'Uraian', 'APBD-P (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '% SP2D'],
          [1, 'Program Perencanaan Pembangunan Daerah', 1363000000, 1291731700, 71268300, 94.77],
          [2, 'Program Penyusunan Dokumen Perencanaan', 813000000, 780883180, 32116820, s2],
          [3, 'Program Evaluasi Kinerja Pembangunan', 550000000, 510848520, 39151480, 92.88],
          [4, 'Program Pelayanan Terpadu', 285000000, 232371729, 52628271, s4],
          [5, 'Program Penunjang Urusan Pemerintahan Daerah', 898000000, 763163992, 134836008, 84.98],
        ]),
      );
    expect(galat(b(96.05, 81.53))).toEqual([]);
    expect(recogniseWorkbook(b(96.05, 81.53))[0].columns.map((c) => c.role)[5]).toBe('serapan');
    expect(galat(b(95.05, 85.38)).map((f) => [f.rule, f.cell])).toEqual([
      ['persen-serapan', 'F3'],
      ['persen-serapan', 'F5'],
    ]);
  });
  test('two amounts whose % is no share of them (a count and a cost per head) stay as they were', () => {
    const b = book(
      sheet('Layanan', [
        ['No', 'Program', 'Biaya Layanan (Rp)', 'Biaya per Penerima (Rp)', 'Tingkat Kepuasan (%)'],
        [1, 'Program Pemberdayaan Sosial', rp(1250000000), rp(2500000), 86.5],
        [2, 'Program Penanganan Bencana', rp(780000000), rp(1950000), 81.2],
        [3, 'Program Rehabilitasi Sosial', rp(940000000), rp(3130000), 88.4],
      ]),
    );
    const [t] = recogniseWorkbook(b);
    expect(t.columns.map((c) => c.role)).not.toContain('serapan');
  });
});

describe('columns: a pengukuran whose target, realisasi or capaian the header names in other words, told by the figures', () => {
  // a Dinas PMD's indikator; the capaian is R/T on every row, lower-is-better (2 − R/T) on the third, wrong on the second
  const pengukuran = (headers: string[], capaian2 = 97.68) =>
    book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Satuan', ...headers],
        [1, 'Persentase desa berstatus mandiri', '%', 25, 27.5, 110],
        [2, 'Indeks kepuasan masyarakat', 'indeks', 82, 80.1, capaian2],
        [3, 'Persentase desa tertinggal', '%', 12, 10.5, 112.5],
        [4, 'Jumlah pasar desa yang direvitalisasi', 'unit', 4, 4, 100],
        [5, 'Persentase dokumen RPJMDes yang tersusun', '%', 100, 86, 86],
      ]),
    );
  test.each([
    [['Sasaran 2024', 'Hasil 2024', '%']],
    [['Tgt 2024', 'Real 2024', 'Kinerja']],
    [['Target', 'Kondisi Akhir 2024', 'Tingkat Capaian']],
    [['Yang Direncanakan', 'Yang Dicapai', 'Persentase']],
  ])('%j: a pengukuran, its capaian checked', (headers) => {
    const [t] = recogniseWorkbook(pengukuran(headers));
    expect(t.kind).toBe('pengukuran-kinerja');
    expect(t.columns.slice(3).map((c) => c.role)).toEqual(['target', 'realisasi', 'capaian']);
    expect(galat(pengukuran(headers))).toEqual([]);
    // 80,1 ÷ 82 = 97,68 %, typed 100,08
    expect(galat(pengukuran(headers, 100.08)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F3']]);
  });
  test('"Target PK | Pencapaian | Nilai Capaian": what was reached and its share by their words together, however many rows are wrong', () => {
    const wb = (c2: number, c3: number, c4: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target PK', 'Pencapaian', 'Nilai Capaian', 'Kriteria'],
          [1, 'Persentase layanan selesai tepat waktu', 90, 93.5, c2, 'Sangat Tinggi'],
          [2, 'Persentase ASN kompeten', 70, 74.8, c3, 'Sangat Tinggi'],
          [3, 'Cakupan pelayanan kesehatan dasar', 95, 91.2, c4, 'Sangat Tinggi'],
          [4, 'Persentase penduduk miskin', 9.5, 9.1, 104.21, 'Sangat Tinggi'],
        ]),
      );
    const [t] = recogniseWorkbook(wb(103.89, 106.86, 96));
    expect(t.kind).toBe('pengukuran-kinerja');
    expect(t.columns.slice(2, 5).map((c) => c.role)).toEqual(['target', 'realisasi', 'capaian']);
    expect(galat(wb(103.89, 106.86, 96))).toEqual([]);
    // three of four typed wrong: the words still say which column is which
    expect(galat(wb(95.69, 98.66, 87.8)).map((f) => [f.rule, f.cell])).toEqual([
      ['persen-capaian', 'E2'],
      ['persen-capaian', 'E3'],
      ['persen-capaian', 'E4'],
    ]);
  });
  test('each quarter\'s "Yang Direncanakan | Pencapaian | %": every group is one, even where its own rows say little', () => {
    // a Bappeda's quarters to date; the first quarters mostly reach their targets exactly (a share of 100 tells nothing)
    const b = (i5: number) =>
      book(
        sheet(
          'Capaian Kinerja',
          [
            ['No', 'Indikator Kinerja', 'Satuan', 's.d. TW I', null, null, 's.d. TW II', null, null, 's.d. TW III', null, null, 's.d. TW IV', null, null],
            [
              null,
              null,
              null,
              ...['Yang Direncanakan', 'Pencapaian', '%'],
              ...['Yang Direncanakan', 'Pencapaian', '%'],
              ...['Yang Direncanakan', 'Pencapaian', '%'],
              ...['Yang Direncanakan', 'Pencapaian', '%'],
            ],
            [1, 'Persentase keselarasan program RPJMD dan Renstra PD', '%', 90, 93.32, 103.69, 90, 99.7, 110.78, 90, 96.19, 106.88, 90, 84.96, 94.4],
            [2, 'Jumlah kajian perencanaan yang dimanfaatkan', 'dokumen', 2, 2, 100, 3, 3, i5, 4, 4, 100, 6, 5, 83.33],
            [3, 'Persentase dokumen perencanaan yang tepat waktu', '%', 100, 100, 100, 100, 100, 100, 100, 98.53, 98.53, 100, 82.09, 82.09],
          ],
          { merges: ['D1:F1', 'G1:I1', 'J1:L1', 'M1:O1'] },
        ),
      );
    const [t] = recogniseWorkbook(b(100));
    expect(t.kind).toBe('pengukuran-kinerja');
    expect(t.columns.slice(3).map((c) => c.role)).toEqual(Array(4).fill(['target', 'realisasi', 'capaian']).flat());
    expect(galat(b(100))).toEqual([]);
    // TW II: 3 of 3 is 100 %, typed 105,11
    expect(galat(b(105.11)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'I4']]);
  });
  test('"Target PK | Pencapaian | Nilai Capaian | Interpretasi": a pengukuran (not the PK), its labels judged', () => {
    const b = (label3: string) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target PK', 'Pencapaian', 'Nilai Capaian', 'Interpretasi'],
          [1, 'Persentase penduduk miskin', 9.5, 9.1, 104.4, 'Sangat Tinggi'],
          [2, 'Rata-rata lama waktu penyelesaian perizinan', 5, 4, 125, 'Sangat Tinggi'],
          [3, 'Persentase layanan selesai tepat waktu', 90, 93.5, 103.89, label3],
          [4, 'Jumlah dokumen perencanaan', 6, 6, 100, 'Sangat Tinggi'],
          [5, 'Persentase ASN kompeten', 70, 61.6, 88, 'Tinggi'],
        ]),
      );
    const [t] = recogniseWorkbook(b('Sangat Tinggi'));
    expect([t.kind, ...t.columns.slice(2, 5).map((c) => c.role)]).toEqual(['pengukuran-kinerja', 'target', 'realisasi', 'capaian']);
    expect(galat(b('Sangat Tinggi'))).toEqual([]);
    expect(galat(b('Sedang')).map((f) => [f.rule, f.cell])).toEqual([['predikat', 'F4']]);
  });
  test('"Pencapaian | Target PK | Tingkat Keberhasilan (%)": what was reached left of the target the header names', () => {
    const b = (c2: number) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Pencapaian', 'Target PK', 'Tingkat Keberhasilan (%)', 'Predikat'],
          [1, 'Nilai SAKIP', 72.5, 70, 103.57, 'Sangat Tinggi'],
          [2, 'Tingkat pengangguran terbuka', 5.6, 5.2, c2, 'Sangat Tinggi'],
          [3, 'Persentase keselarasan program RPJMD dan RKPD', 97.1, 95, 102.21, 'Sangat Tinggi'],
          [4, 'Indeks kepuasan masyarakat', 84.1, 82, 102.56, 'Sangat Tinggi'],
        ]),
      );
    const [t] = recogniseWorkbook(b(92.31));
    expect([t.kind, ...t.columns.slice(2, 5).map((c) => c.role)]).toEqual(['pengukuran-kinerja', 'realisasi', 'target', 'capaian']);
    expect(galat(b(92.31))).toEqual([]);
    // 2 − 5,6 ÷ 5,2 = 92,31 % (lower is better), typed 100,66
    expect(galat(b(100.66)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'E3']]);
  });
  test('"Tingkat Keberhasilan (%)" holding words on the indikator measured in words: still the capaian of the others', () => {
    // an RSUD's indikator, some measured in words (akreditasi, a document); 2 − 96 ÷ 120 = 120 % (kasus DBD, lower is better)
    const b = (c3: number) =>
      book(
        sheet('Capaian Kinerja', [
          ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Tingkat Keberhasilan (%)'],
          [1, 'Rata-rata waktu penerbitan izin', 'Hari', 5, 4, 120],
          [2, 'Status akreditasi RSUD', 'Status', 'Paripurna', 'Utama', 'Belum tercapai'],
          [3, 'Jumlah kasus DBD', 'Kasus', 120, 96, c3],
          [4, 'Tersedianya dokumen Renstra', 'Dokumen', 'Tersedia', 'Tersedia', 'Tercapai'],
          [5, 'Ketepatan waktu penyampaian LKjIP', 'Waktu', 'Tepat Waktu', 'Tepat Waktu', 'Tercapai'],
          [6, 'Cakupan layanan air minum', '%', 80, 76.25, 95.31],
        ]),
      );
    expect(
      recogniseWorkbook(b(120))[0]
        .columns.slice(3)
        .map((c) => c.role),
    ).toEqual(['target', 'realisasi', 'capaian']);
    expect(galat(b(120))).toEqual([]);
    expect(galat(b(117.5)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'F4']]);
  });
  test('a small table stating as many wrong capaian as right, or more where the header names target and realisasi', () => {
    // a Dinas Pariwisata; 57,2 ÷ 55 = 104 %, 33 ÷ 30 = 110 %, 5,2 ÷ 5,6 = 92,86 % (lower is better), 76,25 ÷ 80 = 95,31 %
    const b = (headers: string[], [c1, c2, c4]: number[]) =>
      book(
        sheet('Tabel 3.1', [
          ['No', 'Indikator Kinerja', 'Satuan', ...headers],
          [1, 'Tingkat penghunian kamar hotel', '%', 55, 57.2, c1],
          [2, 'Persentase desa wisata mandiri', '%', 30, 33, c2],
          [3, 'Tingkat pengangguran terbuka (semakin kecil semakin baik)', '%', 5.2, 5.6, 92.86],
          [4, 'Cakupan layanan informasi pariwisata', '%', 80, 76.25, c4],
        ]),
      );
    const named = ['Target 2024', 'Realisasi 2024', 'Tingkat Keberhasilan (%)'];
    const loose = ['Acuan', 'Real', 'Keberhasilan (%)'];
    const right = [104, 110, 95.31];
    const twoWrong = [104, 105.65, 97.81];
    const threeWrong = [101.2, 105.65, 97.81];
    for (const headers of [named, loose]) {
      expect(
        recogniseWorkbook(b(headers, right))[0]
          .columns.slice(3)
          .map((c) => c.role),
      ).toEqual(['target', 'realisasi', 'capaian']);
      expect(galat(b(headers, right))).toEqual([]);
      // two of four wrong: the other two are exactly realisasi ÷ target, no coincidence
      expect(galat(b(headers, twoWrong)).map((f) => [f.rule, f.cell])).toEqual([
        ['persen-capaian', 'F3'],
        ['persen-capaian', 'F5'],
      ]);
    }
    // three of four wrong: told only where the header names two of the three (with one named, the one row that follows
    // could be chance)
    expect(galat(b(named, threeWrong)).map((f) => f.cell)).toEqual(['F2', 'F3', 'F5']);
    expect(galat(b(loose, threeWrong))).toEqual([]);
  });
  test.each([[['Pencapaian', 'Persentase']], [['Pencapaian', 'Kinerja (%)']], [['Realisasi', 'Tingkat Keberhasilan (%)']], [['Yang Dicapai', 'Prosentase']]])(
    '"Target 2024 | %j by quarter": each quarter a realisasi, the share the capaian',
    ([reached, share]) => {
      // a DPMPTSP's quarters: a state is the last quarter's (86,84 ÷ 90), a count their sum ((3 + 3 + 2 + 2) ÷ 12)
      const b = (c2: number, c4: number) =>
        book(
          sheet(
            'Pengukuran TW',
            [
              ['Tabel 3.5 Capaian Kinerja per Triwulan Tahun 2024'],
              ['No', 'Indikator Kinerja', 'Target 2024', reached, null, null, null, share],
              [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
              [1, 'Persentase layanan perizinan tepat waktu', 90, 77.97, 80.93, 83.82, 86.84, 96.49],
              [2, 'Jumlah pelatihan kewirausahaan', 12, 3, 3, 2, 2, c2],
              [3, 'Persentase koperasi aktif', 65, 54.6, 55.44, 56.52, 60.73, 93.43],
              [4, 'Jumlah pelaku usaha yang difasilitasi', 40, 12, 3, 3, 8, c4],
            ],
            { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2', 'H2:H3'] },
          ),
        );
      const [t] = recogniseWorkbook(b(83.33, 65));
      expect(t.kind).toBe('pengukuran-kinerja');
      expect(t.columns.slice(2).map((c) => c.role)).toEqual(['target', 'realisasi', 'realisasi', 'realisasi', 'realisasi', 'capaian']);
      expect(galat(b(83.33, 65))).toEqual([]);
      // 10 ÷ 12 = 83,33 % typed 89,58
      expect(galat(b(89.58, 65)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H5']]);
      // two of four typed wrong (26 ÷ 40 = 65 % typed 72,5): the other two still tell
      expect(galat(b(89.58, 72.5)).map((f) => [f.rule, f.cell])).toEqual([
        ['persen-capaian', 'H5'],
        ['persen-capaian', 'H7'],
      ]);
    },
  );
  test.each(['Tingkat Keberhasilan (%)', 'Prosentase'])(
    '"%s" names the capaian: with the target named, the one row that follows tells the quarters',
    (share) => {
      // a Dinas Pariwisata's quarters, three of four shares typed wrong: 4 ÷ 8 = 50 %, 69,95 ÷ 65 = 107,62 %, 54,47 ÷ 55 =
      // 99,04 %; only 6 ÷ 12 = 50 % right
      const b = (c1: number, c2: number, c3: number) =>
        book(
          sheet(
            'Pengukuran TW',
            [
              ['No', 'Indikator Kinerja', 'Target 2024', 'Pencapaian', null, null, null, share],
              [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
              [1, 'Jumlah desa wisata yang dibina', 8, 1, 1, 1, 1, c1],
              [2, 'Persentase koperasi aktif', 65, 58.23, 62.27, 65.14, 69.95, c2],
              [3, 'Tingkat hunian hotel', 55, 46, 47.65, 52.46, 54.47, c3],
              [4, 'Jumlah pelatihan kewirausahaan', 12, 1, 3, 1, 1, 50],
            ],
            { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
          ),
        );
      const [t] = recogniseWorkbook(b(50, 107.62, 99.04));
      expect(t.kind).toBe('pengukuran-kinerja');
      expect(t.columns[t.columns.length - 1].role).toBe('capaian');
      expect(galat(b(50, 107.62, 99.04))).toEqual([]);
      expect(galat(b(56.25, 98.3, 91.17)).map((f) => [f.rule, f.cell])).toEqual([
        ['persen-capaian', 'H3'],
        ['persen-capaian', 'H4'],
        ['persen-capaian', 'H5'],
      ]);
    },
  );
  test('"Semester I | Semester II" over "Target | Pencapaian | %": the groups tell together where each says little', () => {
    // an Inspektorat's few indikator, most reaching their target exactly (a share of 100 tells nothing); 4 ÷ 3 = 133,33 %
    const b = (c3: string) =>
      book(
        sheet(
          'Pengukuran',
          [
            ['No', 'Indikator Kinerja', 'Satuan', 'Semester I', null, null, 'Semester II', null, null],
            [null, null, null, 'Target', 'Pencapaian', '%', 'Target', 'Pencapaian', '%'],
            [1, 'Persentase temuan yang ditindaklanjuti', '%', 85, 70.94, '83,46 %', 85, 92.85, '109,24 %'],
            [2, 'Jumlah kasus pengaduan berindikasi kerugian negara', 'kasus', 5, 5, '100,00 %', 5, 5, '100,00 %'],
            [3, 'Level maturitas SPIP', 'level', 3, 3, '100,00 %', 3, 4, c3],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1'] },
        ),
      );
    const [t] = recogniseWorkbook(b('133,33 %'));
    expect(t.kind).toBe('pengukuran-kinerja');
    expect(t.columns.slice(3).map((c) => c.role)).toEqual(Array(2).fill(['target', 'realisasi', 'capaian']).flat());
    expect(galat(b('133,33 %'))).toEqual([]);
    expect(galat(b('141,42 %')).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'I5']]);
  });
  test('each quarter\'s "Target PK | Pencapaian | Persentase", one quarter typed mostly wrong: every quarter still checked', () => {
    // a Dukcapil's quarters; TW II's two capaian typed wrong (79,41 ÷ 98 = 81,03 %; 91,86 ÷ 92 = 99,85 %)
    const b = (c2: string, c3: string) =>
      book(
        sheet(
          'Lampiran',
          [
            ['No', 'Indikator Kinerja', 'Satuan', 'Triwulan I', null, null, 'Triwulan II', null, null, 'Triwulan III', null, null],
            [null, null, null, ...Array(3).fill(['Target PK', 'Pencapaian', 'Persentase']).flat()],
            [1, 'Rata-rata waktu penerbitan dokumen', 'hari', 3, 3, '100,00 %', 3, 3, '100,00 %', 3, 3, '100,00 %'],
            [2, 'Persentase penduduk wajib KTP yang memiliki KTP-el', '%', 98, 96.7, '98,67 %', 98, 79.41, c2, 98, 100, '102,04 %'],
            [3, 'Cakupan kepemilikan akta kelahiran anak', '%', 92, 91.09, '99,01 %', 92, 91.86, c3, 92, 99.34, '107,98 %'],
          ],
          { merges: ['D1:F1', 'G1:I1', 'J1:L1'] },
        ),
      );
    const [t] = recogniseWorkbook(b('86,42 %', '97,85 %'));
    expect(t.kind).toBe('pengukuran-kinerja');
    expect(t.columns.slice(3).map((c) => c.role)).toEqual(Array(3).fill(['target', 'realisasi', 'capaian']).flat());
    expect(galat(b('86,42 %', '97,85 %')).map((f) => [f.rule, f.cell])).toEqual([
      ['persen-capaian', 'I4'],
      ['persen-capaian', 'I5'],
    ]);
    expect(galat(b('81,03 %', '99,85 %'))).toEqual([]);
  });
  test('capaian by quarter under "Pencapaian" with no realisasi beside them is no realisasi', () => {
    // each quarter's capaian in %, then the year's: nothing to recompute them from
    const b = book(
      sheet('Capaian TW', [
        ['No', 'Indikator Kinerja', 'Target 2024', 'Pencapaian', null, null, null, 'Capaian Tahunan (%)'],
        [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
        [1, 'Persentase layanan perizinan tepat waktu', 90, 86.63, 89.92, 93.13, 96.49, 96.49],
        [2, 'Persentase koperasi aktif', 65, 84, 85.29, 86.95, 93.43, 93.43],
        [3, 'Indeks kepuasan masyarakat', 82, 95.12, 96.34, 97.56, 98.78, 98.78],
      ]),
    );
    const [t] = recogniseWorkbook(b);
    expect(t.columns.map((c) => c.role)).not.toContain('realisasi');
    expect(galat(b)).toEqual([]);
  });
  test('an empty column between the indikator and "Target | Realisasi | Nilai Capaian": one table, its capaian checked', () => {
    // a BPBD's sheet laid out with one spacer column; 33 ÷ 30 = 110 %, typed 112
    const b = (c1: number) =>
      book(
        sheet('Pengukuran', [
          [null, 'No', 'Indikator Kinerja', 'Satuan', null, 'Target 2024', 'Realisasi 2024', 'Nilai Capaian', 'Keterangan'],
          [null, 1, 'Persentase desa tangguh bencana', '%', null, 30, 33, c1, null],
          [null, 2, 'Opini BPK atas laporan keuangan', 'Opini', null, 'WTP', 'WTP', 100, null],
          [null, 3, 'Persentase penduduk miskin', '%', null, 9.8, 9.41, 104.14, null],
          [null, 4, 'Jumlah wirausaha baru', 'Orang', null, 150, 171, 114, null],
        ]),
      );
    const tables = recogniseWorkbook(b(110));
    expect(tables.map((t) => [t.kind, rangeA1(t.range)])).toEqual([['pengukuran-kinerja', 'B1:I5']]);
    expect(galat(b(110))).toEqual([]);
    expect(galat(b(112)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H2']]);
  });
  test('two years and the change between them ("2023 | 2024 | Pertumbuhan (%)") are no target and realisasi', () => {
    const change = book(
      sheet('Tren', [
        ['No', 'Indikator Kinerja', 'Satuan', '2023', '2024', 'Pertumbuhan (%)'],
        [1, 'Jumlah wisatawan', 'orang', 120000, 132000, 110],
        [2, 'Jumlah usaha ekonomi kreatif', 'unit', 80, 92, 115],
        [3, 'Lama tinggal wisatawan', 'hari', 2, 2.5, 125],
      ]),
    );
    expect(recogniseWorkbook(change)[0].columns.map((c) => c.role)).not.toContain('capaian');
  });
  test('a list by kecamatan with a share of its counts is no pengukuran', () => {
    const share = book(
      sheet('Penduduk', [
        ['No', 'Uraian', 'Penduduk', 'Penduduk Miskin', 'Persentase'],
        [1, 'Kecamatan Tamalate', 180400, 9200, 5.1],
        [2, 'Kecamatan Rappocini', 162300, 7300, 4.5],
        [3, 'Kecamatan Mariso', 60500, 4100, 6.78],
      ]),
    );
    const [t] = recogniseWorkbook(share);
    expect(t.kind).not.toBe('pengukuran-kinerja');
    expect(t.columns.map((c) => c.role)).not.toContain('capaian');
  });
});

describe('columns: an efisiensi whose capaian and serapan the header names in other words, told by the figures', () => {
  const efisiensi = (headers: string[], e3 = 2.85) =>
    book(
      sheet('Efisiensi', [
        ['No', 'Program', ...headers, 'Keterangan'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 98.5, 93.66, 4.84, 'Efisien'],
        [2, 'Program Pengelolaan Pendidikan', 104.2, 94.01, 10.19, 'Efisien'],
        [3, 'Program Pengembangan Kurikulum', 92.75, 89.9, e3, 'Efisien'],
        [4, 'Program Pendidik dan Tenaga Kependidikan', 101.3, 92.5, 8.8, 'Efisien'],
      ]),
    );
  test('"Capaian Kinerja (%) | Prosentase | Efisiensi (%)" with more wrong efisiensi than right: the one other percentage is the serapan', () => {
    const b = book(
      sheet('Efisiensi', [
        ['No', 'Program', 'Capaian Kinerja (%)', 'Prosentase', 'Efisiensi (%)'],
        [1, 'Program Penunjang Urusan Pemerintahan', 104.4, 92.33, 15.17],
        [2, 'Program Pelayanan Administrasi', 103.91, 84.45, 19.46],
        [3, 'Program Pengelolaan Keuangan', 99.72, 96.93, 5.89],
        [4, 'Program Peningkatan Kapasitas Aparatur', 90.36, 83.8, 6.56],
      ]),
    );
    expect(recogniseWorkbook(b)[0].columns[3].role).toBe('serapan');
    // 104,4 − 92,33 = 12,07 and 99,72 − 96,93 = 2,79: the rows between are right
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([
      ['efisiensi', 'E2'],
      ['efisiensi', 'E4'],
    ]);
  });
  test('"Kinerja | Anggaran | Efisiensi", the anggaran in percent: the capaian and the serapan, the efisiensi checked', () => {
    const [t] = recogniseWorkbook(efisiensi(['Kinerja', 'Anggaran', 'Efisiensi']));
    expect(t.columns.slice(2, 5).map((c) => c.role)).toEqual(['capaian', 'serapan', 'efisiensi']);
    expect(galat(efisiensi(['Kinerja', 'Anggaran', 'Efisiensi']))).toEqual([]);
    // 92,75 − 89,9 = 2,85, typed 4,35
    expect(galat(efisiensi(['Kinerja', 'Anggaran', 'Efisiensi'], 4.35)).map((f) => [f.rule, f.cell])).toEqual([['efisiensi', 'E4']]);
  });
});

test('"Pencapaian" over the years\' figures, no target: each year\'s realisasi, the table a pengukuran (no predikat of words)', () => {
  const b = book(
    sheet(
      'Tren',
      [
        ['No', 'Indikator Kinerja', 'Satuan', 'Pencapaian', null, null, null, 'Naik/Turun'],
        [null, null, null, 2021, 2022, 2023, 2024, null],
        [1, 'Angka Partisipasi Murni SD', '%', 95.1, 95.53, 95.86, 96.21, 0.35],
        [2, 'Persentase desa mandiri', '%', 12, 15.77, 20.04, 22.17, 2.13],
        [3, 'Tingkat pengangguran terbuka', '%', 6.1, 5.79, 5.29, 5.06, -0.23],
      ],
      { merges: ['D1:G1', 'H1:H2'] },
    ),
  );
  const [t] = recogniseWorkbook(b);
  expect(t.kind).toBe('pengukuran-kinerja');
  expect(t.columns.slice(3, 7).map((c) => `${c.role}/${c.year}`)).toEqual(['realisasi/2021', 'realisasi/2022', 'realisasi/2023', 'realisasi/2024']);
});

describe('columns: a trend table, one row per year', () => {
  const tren = (header: string, years: V[]) =>
    book(
      sheet('Tren', [
        [header, 'Target', 'Realisasi', 'Capaian (%)'],
        [years[0], 70.1, 70.3, 100.29],
        [years[1], 70.4, 70.45, 100.07],
        [years[2], 71.3, 71.5, 100.82],
      ]),
    );
  test.each([
    ['Tahun', [2022, 2023, 2024]],
    ['Periode', ['2022', '2023', '2024']],
    ['Year', [2022, 2023, 2024]],
  ] as Array<[string, V[]]>)('under "%s" the years name the rows (never figures): "Capaian 2024"', (header, years) => {
    const [t] = recogniseWorkbook(tren(header, years));
    expect(t.columns[0].role).toBe('uraian');
    expect(t.rows.map((r) => r.label)).toEqual(['2022', '2023', '2024']);
    const [f] = galat(tren(header, years));
    expect(f.message).toMatch(/^Capaian 2024 tertulis 100,82 %/);
  });
  test('a "Tahun" column holding other figures stays a figure column', () => {
    const [t] = recogniseWorkbook(tren('Tahun', [1, 2, 3]));
    expect(t.columns[0].role).not.toBe('uraian');
  });
});

describe('blocks: a change column headed by its signs alone', () => {
  test.each(['+/-', '+/(-)', '(+/-)', 'Δ'])('"… | Realisasi 2024 | %s" is a header row, its table found and its change checked', (sign) => {
    const b = book(
      sheet('Tren', [
        ['Tabel 3.4 Perkembangan Realisasi Kinerja'],
        [],
        ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024', sign],
        [1, 'Indeks Kepuasan Masyarakat', 'Indeks', 79.34, 80.23, 81.09, 0.86],
        [2, 'Persentase desa mandiri', '%', 14.65, 19.97, 22.15, 2.18],
        [3, 'Cakupan imunisasi dasar lengkap', '%', 86.6, 87.99, 92.48, 4.49],
        [4, 'Tingkat pengangguran terbuka', '%', 5.69, 5.49, 5.47, -0.2],
        [5, 'Angka Partisipasi Murni SD', '%', 95.41, 96.19, 96.28, 0.09],
      ]),
    );
    const [t] = recogniseWorkbook(b);
    expect(t && rangeA1(t.range)).toBe('A3:G8');
    expect(t.columns[6].role).toBe('nilai');
    // 5,47 − 5,49 = −0,02, written −0,2
    expect(galat(b).map((f) => [f.rule, f.cell, f.expected])).toEqual([['selisih-kolom', 'G7', -0.02]]);
  });
});

describe('the forms of PermenPANRB 53/2014 as offices type them', () => {
  const pk = (merged: boolean) =>
    sheet(
      'PK',
      [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', null],
        ['(1)', '(2)', '(3)', '(4)', null],
        [1, 'Meningkatnya kualitas lingkungan hidup', 'Indeks Kualitas Lingkungan Hidup', 68.5, 'indeks'],
        [null, null, 'Indeks Kualitas Air', 55.2, 'indeks'],
        [2, 'Meningkatnya pengelolaan sampah', 'Persentase sampah tertangani', 75, '%'],
        [null, null, 'Persentase pengurangan sampah', 22, '%'],
      ],
      { merges: merged ? ['D1:E1', 'D2:E2', 'A3:A4', 'B3:B4', 'A5:A6', 'B5:B6'] : ['A3:A4', 'B3:B4', 'A5:A6', 'B5:B6'] },
    );
  test.each([true, false])('"Target" over the figure and its unit (merged: %s): a PK, the unit column its satuan', (merged) => {
    const [t] = recogniseWorkbook(book(pk(merged)));
    expect([t.kind, t.columns.map((c) => c.role)]).toEqual(['perjanjian-kinerja', ['no', 'sasaran', 'indikator', 'target', merged ? 'satuan' : null]]);
  });
  const budget = (total: number, label: string) =>
    book(
      sheet(
        'PK',
        [
          ['No', 'Program', 'Anggaran', null, 'Keterangan'],
          ['1.', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Rp', 6250400000, 'APBD'],
          ['2.', 'Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup', 'Rp', 1125000000, 'APBD'],
          ['3.', 'Program Pengelolaan Persampahan', 'Rp', 8430750000, 'APBD'],
          ['4.', 'Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup', 'Rp', 215000000, 'APBD'],
          [null, bold(label), 'Rp', total, null],
        ],
        { merges: ['C1:D1'] },
      ),
    );
  test.each(['Jumlah Anggaran Program Tahun 2024', 'Jumlah Anggaran Tahun Anggaran 2024', 'Total Anggaran Program dan Kegiatan :'])(
    'the programmes closed by "%s": their total, checked as one (no kegiatan of the last programme)',
    (label) => {
      expect(galat(budget(16021150000, label))).toEqual([]);
      // 16.021.150.000 typed 16.071.150.000
      expect(galat(budget(16071150000, label)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'D6', 16021150000]]);
    },
  );
  test("the pengukuran form's closing fields under a gap (Jumlah Anggaran … : Rp …) are no rows of the table", () => {
    const b = book(
      sheet('Pengukuran', [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', '%'],
        [1, 'Meningkatnya kualitas lingkungan hidup', 'Indeks Kualitas Lingkungan Hidup', 68.5, 70.12, 102.36],
        [null, null, 'Indeks Kualitas Air', 55.2, 51.3, 92.93],
        [2, 'Meningkatnya pengelolaan sampah', 'Persentase sampah tertangani', 75, 78.6, 104.8],
        [null, null, 'Persentase pengurangan sampah', 22, 18.5, 84.09],
        [],
        [null, 'Jumlah Anggaran Kegiatan Tahun 2024', ':', 'Rp', 16021150000],
        [null, 'Jumlah Realisasi Anggaran Kegiatan Tahun 2024 :', null, 'Rp', 15102880350],
      ]),
    );
    expect(recogniseWorkbook(b).map((t) => rangeA1(t.range))).toEqual(['A1:F5']);
    expect(galat(b)).toEqual([]);
  });
});

describe('blocks: bare years and a change named with its years', () => {
  test.each([
    ['Uraian', 'Kenaikan 2023-2024', 2022],
    ['Indikator', 'Kenaikan 2023-2024', '2022'],
    ['Uraian', 'Kenaikan thd 2023', '2022'],
    ['Uraian', 'Perubahan (2023-2024)', 2022],
  ] as [string, string, V][])('"No | %s | 2022 | 2023 | 2024 | %s" is a header row, its change checked', (label, change, y0) => {
    const y = typeof y0 === 'number' ? [2022, 2023, 2024] : ['2022', '2023', '2024'];
    const b = book(
      sheet('Produksi', [
        ['Tabel 3.2 Perbandingan Produksi Padi Tahun 2022-2024'],
        [],
        ['No', label, ...y, change],
        [1, 'Luas Panen (ha)', 33850, 34120, 35285, 1165],
        [2, 'Produksi (ton)', 178900, 183400, 191250, 7850],
        [3, 'Produktivitas (ton/ha)', 5.29, 5.38, 5.42, 0.14],
        [4, 'Rumah tangga usaha padi', 21450, 21980, 22410, 430],
      ]),
    );
    const tables = recogniseWorkbook(b);
    expect(tables.map((t) => rangeA1(t.range))).toEqual(['A3:F7']);
    // 5,42 − 5,38 = 0,04, written 0,14
    expect(galat(b).map((f) => [f.rule, f.cell, f.expected])).toEqual([['selisih-kolom', 'F6', 0.04]]);
  });
});

test('"# | Indikator Kinerja | Target | Realisasi | Capaian": the number sign names the No column, the table is found', () => {
  const b = book(
    sheet('IKU', [
      ['#', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase jalan mantap', 72, 74.1, 102.92],
      [2, 'Cakupan air minum layak', 85, 81.3, 95.65],
      [3, 'Indeks kepuasan masyarakat', 80, 84, 110],
    ]),
  );
  const [t] = recogniseWorkbook(b);
  expect(t && rangeA1(t.range)).toBe('A1:E4');
  expect(t.kind).toBe('pengukuran-kinerja');
  expect(t.columns[0].role).toBe('no');
  // 84 ÷ 80 = 105 %, written 110
  expect(galat(b).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'E4', 105]]);
});

describe('blocks: a header of one word and years', () => {
  test('"Indikator | 2020 | 2021 | 2022 | 2023" is a table (a trend), the years typed as numbers', () => {
    const b = book(
      sheet('Tren', [
        ['Indikator', 2020, 2021, 2022, 2023],
        ['Indeks Kepuasan Masyarakat', 78.2, 79.1, 80.5, 81.0],
        ['Nilai SAKIP', 60.1, 62.3, 65.5, 68.0],
      ]),
    );
    const tables = recogniseWorkbook(b);
    expect(tables.map((t) => [t.range, t.columns.map((c) => c.year ?? c.role)])).toEqual([
      [{ top: 1, left: 1, bottom: 3, right: 5 }, ['indikator', 2020, 2021, 2022, 2023]],
    ]);
  });
  test('a data row of one label and numbers that are not consecutive years is no header', () => {
    const b = book(
      sheet('Data', [
        ['Jumlah penduduk', 2021, 2019, 2050],
        ['Jumlah rumah tangga', 512, 498, 530],
      ]),
    );
    expect(recogniseWorkbook(b)).toEqual([]);
  });
});

describe('blocks: a trend whose header is years alone, the caption saying what they hold', () => {
  const tren = (header0: V, mean: number) =>
    book(
      sheet('Tren', [
        ['Tabel 3.5 Tren Capaian Kinerja 2020 - 2024 (%)'],
        [],
        [header0, 2020, 2021, 2022, 2023, 2024, 'Rata-rata'],
        ['Cakupan imunisasi dasar lengkap', 88.2, 90.1, 91.5, 93, 97.47, 92.05],
        ['Indeks kepuasan masyarakat', 95, 97.5, 100.2, 101, 103, mean],
        ['Persentase desa tangguh bencana', 80, 85, 90, 100, 110, 93],
      ]),
    );
  test.each([null, 'Indikator Kinerja'])('over "%s" and the years: a pengukuran of capaian by year, its Rata-rata checked', (header0) => {
    const tables = recogniseWorkbook(tren(header0, 99.34));
    expect(tables.map((t) => [t.range, t.kind, t.columns.map((c) => c.role)])).toEqual([
      [{ top: 3, left: 1, bottom: 6, right: 7 }, 'pengukuran-kinerja', ['indikator', 'capaian', 'capaian', 'capaian', 'capaian', 'capaian', 'nilai']],
    ]);
    expect(galat(tren(header0, 99.34))).toEqual([]);
    expect(galat(tren(header0, 101.34)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'G5']]);
  });
  test('the years typed as text ("2022" | "2023" | "2024"), the caption naming realisasi', () => {
    const b = book(
      sheet('Perbandingan', [
        ['Tabel 3.2 Perbandingan Realisasi Kinerja 2022 - 2024'],
        [null, '2022', '2023', '2024'],
        ['Indeks kepuasan masyarakat', 78.2, 80.1, 82.4],
        ['Nilai SAKIP', 65.5, 68, 72.5],
      ]),
    );
    expect(recogniseWorkbook(b).map((t) => [t.range, t.kind, t.columns.map((c) => c.role)])).toEqual([
      [{ top: 2, left: 1, bottom: 4, right: 4 }, 'pengukuran-kinerja', ['indikator', 'realisasi', 'realisasi', 'realisasi']],
    ]);
  });
  test('years alone over figures with nothing naming the rows left of them are no table', () => {
    const b = book(
      sheet('Data', [
        [null, null, 2020, 2021, 2022],
        [null, null, 512, 498, 530],
      ]),
    );
    expect(recogniseWorkbook(b)).toEqual([]);
  });
});

describe('blocks: counts split by month, rank or schooling (general data of the report)', () => {
  test.each(['Bulan', 'Tingkat Pendidikan', 'Kelompok Umur'])(
    '"No | %s | KTP-el | KK | Akta | Jumlah" with a JUMLAH row is a table, its totals checked',
    (first) => {
      const b = (kk: number) =>
        book(
          sheet('Data Umum', [
            ['No', first, 'KTP-el', 'KK', 'Akta Kelahiran', 'Jumlah'],
            [1, 'Januari', 11, 49, 9, 69],
            [2, 'Februari', 9, 52, 55, 116],
            [3, 'Maret', 19, 12, 5, 36],
            [null, bold('JUMLAH'), 39, kk, 69, 221],
          ]),
        );
      expect(recogniseWorkbook(b(113)).map((t) => t.range)).toEqual([{ top: 1, left: 1, bottom: 5, right: 6 }]);
      expect(galat(b(113))).toEqual([]);
      expect(galat(b(118)).map((f) => f.cell)).toEqual(['D5']);
    },
  );
});

describe('blocks: bands over names the vocabulary does not know ("Jumlah Sekolah" / "Negeri | Swasta", "Tahun 2024" / "Lama | Baru")', () => {
  const data = (band: [string, string], leaves: [string, string], jumlah: number) =>
    book(
      sheet(
        'Data Umum',
        [
          ['No', 'Kecamatan', band[0], null, band[1], null],
          [null, null, leaves[0], leaves[1], leaves[0], leaves[1]],
          [1, 'Kota', 12, 4, 3400, 980],
          [2, 'Utara', 9, 2, 2100, 310],
          [3, 'Selatan', 14, 5, 3900, 1120],
          [null, bold('Jumlah'), 35, 11, 9400, jumlah],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'] },
      ),
    );
  test.each([
    [
      ['Jumlah Sekolah', 'Jumlah Siswa'],
      ['Negeri', 'Swasta'],
    ],
    [
      ['Tahun 2023', 'Tahun 2024'],
      ['Lama', 'Baru'],
    ],
    [
      ['Sumber Dana', 'Penerima'],
      ['APBD', 'DAK'],
    ],
  ] as Array<[[string, string], [string, string]]>)('%j over %j: a table of two header rows, its Jumlah checked', (band, leaves) => {
    const [t] = recogniseWorkbook(data(band, leaves, 2410));
    expect([rangeA1(t.range), t.headerRows]).toEqual(['A1:F6', 2]);
    expect(t.columns.slice(2).map((c) => c.header)).toEqual([
      `${band[0]} / ${leaves[0]}`,
      `${band[0]} / ${leaves[1]}`,
      `${band[1]} / ${leaves[0]}`,
      `${band[1]} / ${leaves[1]}`,
    ]);
    expect(galat(data(band, leaves, 2410))).toEqual([]);
    expect(galat(data(band, leaves, 2510)).map((f) => f.cell)).toEqual(['F6']);
  });
});

test.each(['Jenis Izin', 'Nama Pasar', 'Tipe Kendaraan'])('"No | %s | …" over rows of figures is a table of general data, its Jumlah checked', (first) => {
  const b = (terbit: number) =>
    book(
      sheet('Data', [
        ['No', first, 'Diajukan', 'Terbit', 'Ditolak'],
        [1, 'A', 420, 398, 22],
        [2, 'B', 1250, 1244, 6],
        [3, 'C', 88, 80, 8],
        [null, bold('Jumlah'), 1758, terbit, 36],
      ]),
    );
  expect(recogniseWorkbook(b(1722)).map((t) => rangeA1(t.range))).toEqual(['A1:E5']);
  expect(galat(b(1722))).toEqual([]);
  expect(galat(b(1772)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'D5']]);
});

describe('blocks: a column of names the vocabulary does not know, a different name on each row, over figures', () => {
  test.each(['Status Kepegawaian', 'Sub Bagian/Bidang', 'UPT', 'Sarana Prasarana', 'Mata Pelajaran'])(
    '"No | %s | Laki-laki | Perempuan | Jumlah" is a table',
    (first) => {
      const b = (jumlah: number) =>
        book(
          sheet('Pegawai', [
            ['No', first, 'Laki-laki', 'Perempuan', 'Jumlah'],
            [1, 'PNS', 41, 37, 78],
            [2, 'PPPK', 12, 19, 31],
            [3, 'Tenaga Harian Lepas', 25, 8, 33],
            [null, bold('Jumlah'), 78, 64, jumlah],
          ]),
        );
      expect(recogniseWorkbook(b(142)).map((t) => rangeA1(t.range))).toEqual(['A1:E5']);
      expect(galat(b(142))).toEqual([]);
      expect(galat(b(152)).map((f) => f.cell)).toEqual(['E5']);
    },
  );
  test('a pivot’s measures repeated down its rows ("Sum of Cost", "Sum of Revenue", again) name no rows: no table of names', () => {
    const pivot = book(
      sheet('Pivot', [
        ['Year', 'Data', 'Books', 'Music', 'Grand Total'],
        [2005, 'Sum of Cost', 889, 583, 1472],
        [null, 'Sum of Revenue', 1140, 626, 1766],
        [2006, 'Sum of Cost', 1025, 695, 1720],
        [null, 'Sum of Revenue', 1320, 748, 2068],
        ['Total Sum of Cost', null, 1914, 1278, 3192],
        ['Total Sum of Revenue', null, 2460, 1374, 3834],
      ]),
    );
    expect(galat(pivot)).toEqual([]);
  });
});

test('Permendagri 13/2006’s belanja: under "B. BELANJA LANGSUNG", "3 Belanja Modal" is an item beside Belanja Pegawai, not a group', () => {
  const b = (modal: number) =>
    book(
      sheet('Realisasi Belanja', [
        ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
        ['A', bold('BELANJA TIDAK LANGSUNG'), 8450000000, 8120335000, 96.1],
        ['1', 'Belanja Pegawai', 8450000000, 8120335000, 96.1],
        ['B', bold('BELANJA LANGSUNG'), 10480500000, 9997420150, 95.39],
        ['1', 'Belanja Pegawai', 1250000000, 1198750000, 95.9],
        ['2', 'Belanja Barang dan Jasa', 6340500000, 5987220150, 94.43],
        ['3', 'Belanja Modal', modal, 2811450000, 97.28],
        [null, bold('JUMLAH BELANJA'), 18930500000, 18117755150, 95.71],
      ]),
    );
  const [t] = recogniseWorkbook(b(2890000000));
  expect(t.rows.map((r) => r.level)).toEqual(['program', 'kegiatan', 'program', 'kegiatan', 'kegiatan', 'kegiatan', 'total']);
  expect(galat(b(2890000000))).toEqual([]);
  // the item's pagu typed wrong: its group's sum and its own % both point at it (the group's sum was the item's 2,89 bn)
  expect(galat(b(2990000000)).map((f) => [f.rule, f.cell, f.related])).toEqual([['asal-galat', 'C7', ['C4', 'E7']]]);
});

describe('blocks: spacer columns and side-by-side tables', () => {
  const kinerja = (gap: V[], right: V[][]) =>
    book(
      sheet('Kinerja', [
        ['No', 'Indikator', 'Satuan', ...gap, 'Target', 'Realisasi', null, 'Capaian', null, ...right[0]],
        [1, 'Persentase sekolah terakreditasi A', '%', ...gap, 40, 42, null, 105, null, ...(right[1] ?? [])],
        [2, 'Persentase guru bersertifikat', '%', ...gap, 85, 83.5, null, 98.24, null, ...(right[2] ?? [])],
        [3, 'Persentase perpustakaan standar', '%', ...gap, 75, 60, null, 85, null, ...(right[3] ?? [])],
      ]),
    );
  test('blank spacer columns between the labels and the figures: one table, its capaian checked', () => {
    const b = kinerja([null], [[]]);
    const tables = recogniseWorkbook(b);
    expect(tables.map((t) => [t.range, t.kind])).toEqual([[{ top: 1, left: 1, bottom: 4, right: 8 }, 'pengukuran-kinerja']]);
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H4']]);
  });
  test('a spacer before "Sasaran Ibu Hamil" (the mothers aimed at, a count) in an SPM coverage table: one table, its Jumlah checked', () => {
    // a Dinas Kesehatan's K6 coverage by kecamatan; the mothers reached sum to 5.231 (90,47 % of 5.782), typed 5.261
    const b = (reached: number) =>
      book(
        sheet('LKjIP', [
          ['No', 'Kecamatan', null, 'Sasaran Ibu Hamil', 'Ibu Hamil K6', 'Cakupan K6 (%)', 'Target (%)'],
          [1, 'Kota Barat', null, 1253, 1005, '80,21 %', 95],
          [2, 'Kota Utara', null, 531, 524, '98,68 %', 95],
          [3, 'Hulonthalangi', null, 1133, 1104, '97,44 %', 95],
          [4, 'Sipatana', null, 1490, 1464, '98,26 %', 95],
          [5, 'Kota Tengah', null, 1375, 1134, '82,47 %', 95],
          [null, 'Jumlah', null, 5782, reached, '90,47 %', 95],
        ]),
      );
    expect(recogniseWorkbook(b(5231)).map((t) => [t.range.left, t.range.right])).toEqual([[1, 7]]);
    expect(galat(b(5231))).toEqual([]);
    expect(galat(b(5261)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'E7']]);
  });
  test('a table that names its rows beside it stays a table of its own (a scale)', () => {
    const b = kinerja(
      [],
      [
        ['Rentang', 'Predikat'],
        ['≥ 91', 'Sangat Tinggi'],
        ['76 - 90', 'Tinggi'],
        ['≤ 75', 'Rendah'],
      ],
    );
    expect(recogniseWorkbook(b).map((t) => [t.range.left, t.range.right, t.kind])).toEqual([
      [1, 7, 'pengukuran-kinerja'],
      [9, 10, 'skala-penilaian'],
    ]);
  });
  test('a scale headed "Capaian (%) | Kategori" (a figure and its label) past a gap is a table of its own', () => {
    const b = kinerja(
      [],
      [
        [null, 'Capaian (%)', 'Kategori'],
        [null, '≥ 100', 'Sangat Baik'],
        [null, '85 - 99', 'Baik'],
        [null, '< 85', 'Kurang'],
      ],
    );
    expect(recogniseWorkbook(b).map((t) => [t.range.left, t.range.right, t.kind])).toEqual([
      [1, 7, 'pengukuran-kinerja'],
      [10, 11, 'skala-penilaian'],
    ]);
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'G4']]);
  });
  test('past a gap, a share headed in words no vocabulary knows but in percent ("Tingkat Keberhasilan (%)") continues the table, its first realisasi in words', () => {
    const b = book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', null, 'Satuan', 'Target 2024', null, 'Realisasi 2024', 'Tingkat Keberhasilan (%)', 'Keterangan'],
        [1, 'Status akreditasi puskesmas', null, 'Status', 'Paripurna', null, 'Utama', 80],
        [2, 'Cakupan imunisasi dasar lengkap', null, '%', 95, null, 92.6, 97.47],
        [3, 'Persentase desa tangguh bencana', null, '%', 30, null, 33, 116.1],
        [4, 'Penetapan APBD tepat waktu', null, 'Bulan', 'Desember 2024', null, 'Desember 2024', 100],
      ]),
    );
    expect(recogniseWorkbook(b).map((t) => [rangeA1(t.range), t.kind])).toEqual([['A1:I5', 'pengukuran-kinerja']]);
    // 33 / 30 is 110 %
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H4']]);
  });
  test.each([
    ['words', ['Sangat Berhasil', 'Berhasil', 'Kurang Berhasil', 'Tidak Berhasil']],
    ['letter grades', ['AA', 'BB', 'B', 'D']],
  ])('a scale beside its table, its label column headed in words the vocabulary does not know ("Hasil Evaluasi"), named in %s: it judges', (_, names) => {
    // an inspectorate's sheet: each indikator rated in its own column, the office's scale on the right of the same rows
    const b = (label: string) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Hasil Evaluasi', null, null, 'Rentang Capaian', 'Hasil Evaluasi'],
          [1, 'Persentase rekomendasi hasil pengawasan ditindaklanjuti', 80, 95.36, 119.2, names[0], null, null, 'x ≥ 110', names[0]],
          [2, 'Persentase OPD dengan nilai SAKIP minimal B', 90, 86.4, 96, names[1], null, null, '90 ≤ x < 110', names[1]],
          [3, 'Persentase OPD yang menerapkan manajemen risiko', 20, 17, 85, label, null, null, '70 ≤ x < 90', names[2]],
          [4, 'Indeks kepuasan auditi', 85, 53.2, 62.59, names[3], null, null, 'x < 70', names[3]],
        ]),
      );
    expect(recogniseWorkbook(b(names[2])).map((t) => [rangeA1(t.range), t.kind])).toEqual([
      ['A1:F5', 'pengukuran-kinerja'],
      ['I1:J5', 'skala-penilaian'],
    ]);
    expect(galat(b(names[2]))).toEqual([]);
    // 85 % is the third band's: the second's name written beside it contradicts the office's own scale
    expect(galat(b(names[1])).map((f) => [f.rule, f.cell])).toEqual([['predikat', 'F4']]);
  });
  test('a scale beside its table numbered in a No column, "No | Prosentase | Hasil Penilaian": the No column is no figure of its bands', () => {
    const b = (label: string) =>
      book(
        sheet('Capaian Kinerja', [
          ['No', 'Indikator Kinerja', 'Target', 'Yang Dicapai', 'Prosentase', 'Hasil Penilaian', null, null, 'No', 'Prosentase', 'Hasil Penilaian'],
          [1, 'Angka Partisipasi Murni', 90, 62.4, 69.33, 'D', null, null, 1, 'x ≥ 100', 'AA'],
          [2, 'Cakupan imunisasi dasar lengkap', 60, 58.8, 98, 'BB', null, null, 2, '95 ≤ x < 100', 'BB'],
          [3, 'Persentase temuan ditindaklanjuti', 85, 79.5, 93.53, label, null, null, 3, '90 ≤ x < 95', 'CC'],
          [4, 'Persentase pelayanan tepat waktu', 95, 96.1, 101.16, 'AA', null, null, 4, 'x < 90', 'D'],
        ]),
      );
    expect(recogniseWorkbook(b('CC')).map((t) => [rangeA1(t.range), t.kind])).toEqual([
      ['A1:F5', 'pengukuran-kinerja'],
      ['I1:K5', 'skala-penilaian'],
    ]);
    expect(galat(b('CC'))).toEqual([]);
    // 93,53 % is CC by the office's own scale: BB beside it contradicts it
    expect(galat(b('BB')).map((f) => [f.rule, f.cell])).toEqual([['predikat', 'F4']]);
  });
});

test.each([
  ['typed as numbers', (v: number) => v],
  // (the No and every figure typed as text: the first row, all words, is still the body's, not a second header row)
  ['typed as text', (v: number) => String(v)],
])('a gap inside the table whose first row is an indikator measured in words ("WTP | WTP | Tercapai"), %s: one table, checked', (_, typed) => {
  const b = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', null, 'Realisasi', 'Capaian (%)', 'Keterangan'],
      [typed(1), 'Opini BPK atas laporan keuangan', 'Opini', 'WTP', null, 'WTP', 'Tercapai'],
      [typed(2), 'Indeks kepuasan masyarakat', 'Indeks', typed(80), null, typed(82.4), typed(103)],
      [typed(3), 'Persentase desa tangguh bencana', '%', typed(30), null, typed(33), typed(112.5)],
    ]),
  );
  expect(recogniseWorkbook(b).map((t) => [t.range, t.kind])).toEqual([[{ top: 1, left: 1, bottom: 4, right: 8 }, 'pengukuran-kinerja']]);
  expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'G4']]);
});

describe('column stage: header phrases, read with the table around them', () => {
  const budget = (h: string[]) =>
    book(
      sheet('RA', [
        h,
        [1, 'Program Penunjang Urusan', rp(2000000000), rp(1900000000), 95],
        [2, 'Program Pengelolaan Keuangan', rp(100000000), rp(95000000), 90],
        [3, 'Program Pengelolaan Aset', rp(300000000), rp(270000000), 90],
      ]),
    );
  const kinerja = (h: string[]) =>
    book(sheet('IKU', [h, [1, 'Indeks kepuasan masyarakat', 80, 84, 105], [2, 'Persentase dokumen tepat waktu', 100, 90, 95], [3, 'Nilai SAKIP', 70, 63, 90]]));
  // each table states one wrong percentage, in its third row: 95 ÷ 100 = 95 % stated 90; 90 ÷ 100 = 90 % stated 95
  test.each([
    [['No', 'Program', 'Pagu', 'Realisasi', '% Realisasi']],
    [['No', 'Program', 'Pagu Anggaran', 'Realisasi Anggaran', 'Persentase Realisasi']],
    [['No', 'Program', 'Alokasi Dana', 'Dana Terserap', 'Daya Serap (%)']],
    [['No', 'Program', 'Anggaran', 'Realisasi', 'Capaian (%)']],
  ])('a money table %j: its percentage is the serapan', (h) => {
    const b = budget(h);
    expect(recogniseWorkbook(b)[0].columns.map((c) => c.role)).toEqual(['no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan']);
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'E3']]);
  });
  test('quarterly bands of T | R | %: every quarter paired and checked', () => {
    const b = book(
      sheet(
        'TW',
        [
          ['No', 'Indikator', 'TW I', null, null, 'TW II', null, null],
          [null, null, 'T', 'R', '%', 'T', 'R', '%'],
          [1, 'Persentase angkutan laik jalan', 20, 18, 90, 40, 38, 95],
          [2, 'Persentase rambu terpasang', 20, 20, 100, 50, 45, 95],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
      ),
    );
    expect(recogniseWorkbook(b)[0].columns.map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'capaian', 'target', 'realisasi', 'capaian']);
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H4']]);
  });
  test('programmes with a Target and a Realisasi in rupiah-sized figures and no indikator: the money of a budget table', () => {
    const b = book(
      sheet('Keuangan', [
        ['No', 'Program', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Program Penunjang Urusan', 1200000000, 1150000000, 95.83],
        [2, 'Program Pelayanan Publik', 800000000, 720000000, 95],
        [null, 'Jumlah', 2000000000, 1870000000, 93.5],
      ]),
    );
    const [t] = recogniseWorkbook(b);
    expect([t.kind, ...t.columns.map((c) => c.role)]).toEqual(['realisasi-anggaran', 'no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan']);
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'E3']]);
    // with an indikator beside them, large targets are counts of a pengukuran
    const counts = book(
      sheet('IKU', [
        ['No', 'Program', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Program Kependudukan', 'Jumlah penduduk ber-KTP-el', 250000, 240000, 96],
        [2, 'Program Pencatatan Sipil', 'Jumlah akta kelahiran terbit', 180000, 171000, 95],
      ]),
    );
    expect(recogniseWorkbook(counts)[0].kind).toBe('pengukuran-kinerja');
  });
  test('a revenue table in millions ("dalam juta rupiah" in its caption): Jenis Pajak | Target | Realisasi is money too', () => {
    const pad = (caption: string) =>
      book(
        sheet('PAD', [
          [caption],
          ['No', 'Jenis Pajak', 'Target', 'Realisasi', '%'],
          [1, 'Pajak Hotel', 1500, 1620, 108],
          [2, 'Pajak Restoran', 2200, 2310, 105],
          [3, 'Pajak Reklame', 800, 720, 90],
        ]),
      );
    const [t] = recogniseWorkbook(pad('Tabel 3.4 Target dan Realisasi Pajak Daerah (dalam juta rupiah)'));
    expect([t.kind, ...t.columns.map((c) => c.role)]).toEqual(['realisasi-anggaran', 'no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan']);
    expect(t.columns[2].magnitude).toBe(1e6);
    // without a word of rupiah, figures of that size are a target and realisasi of counts
    expect(recogniseWorkbook(pad('Tabel 3.4 Target dan Realisasi Pajak Daerah'))[0].kind).toBe('pengukuran-kinerja');
  });
  test.each(['%', 'C', 'C (%)', 'C.'])(
    '"IKU | T | R | %s" typed as the whole header: a T right before an R is the target and its realisasi, the column after them its capaian',
    (last) => {
      const wb = (c: number) =>
        book(
          sheet('IKU', [
            ['IKU', 'T', 'R', last],
            ['Persentase A', 80, 84, 105],
            ['Persentase B', 90, 81, c],
          ]),
        );
      expect(recogniseWorkbook(wb(90))[0].columns.map((c) => c.role)).toEqual(['indikator', 'target', 'realisasi', 'capaian']);
      expect(galat(wb(92)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'D3']]);
    },
  );
  test('"Realisasi Fisik (%)" beside the money is physical progress, never the serapan', () => {
    const b = budget(['No', 'Program', 'Anggaran', 'Realisasi Keuangan', 'Realisasi Fisik (%)']);
    expect(recogniseWorkbook(b)[0].columns[4].role).not.toBe('serapan');
    expect(galat(b)).toEqual([]);
  });
  test.each([
    [['No', 'Indikator', 'Target', 'Realisasi', 'Nilai Capaian']],
    [['No', 'Indikator', 'Rencana', 'Realisasi', 'Persentase']],
    [['No', 'Indikator', 'Rencana Tingkat Capaian', 'Realisasi', 'Persentase Pencapaian']],
    [['No', 'Ukuran Keberhasilan', 'Target', 'Realisasi', '% Capaian']],
    [['No', 'Indikator', 'Target', 'Capaian', '% Capaian']],
  ])('a pengukuran %j: target, realisasi and capaian, the capaian checked', (h) => {
    const b = kinerja(h);
    const [t] = recogniseWorkbook(b);
    expect([t.kind, ...t.columns.map((c) => c.role)]).toEqual(['pengukuran-kinerja', 'no', 'indikator', 'target', 'realisasi', 'capaian']);
    expect(galat(b).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'E3']]);
  });
});

test.each([['Data Capaian pada Tahun Awal Perencanaan'], ['Capaian Kinerja Awal (2021)'], ['Kondisi Kinerja Awal'], ['Capaian Baseline 2021']])(
  'a Renstra plan whose base year is "%s" beside targets and funding by year: a baseline, no capaian — the table is no pengukuran',
  (baseline) => {
    const wb = book(
      sheet(
        'Renstra',
        [
          ['Kode', 'Program dan Kegiatan', 'Indikator Kinerja', baseline, 'Target Kinerja Program dan Kerangka Pendanaan', null, null, null],
          [null, null, null, null, 'Tahun 2025', null, 'Tahun 2026', null],
          [null, null, null, null, 'Target', 'Rp', 'Target', 'Rp'],
          ['3.27.03', bold('Program Penyediaan dan Pengembangan Prasarana Pertanian'), 'Produktivitas padi (ku/ha)', 50.2, 53.2, 1380000000, 54, 1450000000],
          ['3.27.03.2.01', 'Pengawasan Penggunaan Sarana Pertanian', 'Kelompok tani yang menerima bantuan (kelompok)', 40, 52, 800000000, 55, 840000000],
          ['3.27.03.2.02', 'Pengelolaan Prasarana Pertanian', 'Jaringan irigasi tersier yang direhabilitasi (ha)', 120, 180, 580000000, 190, 610000000],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:H1', 'E2:F2', 'G2:H2'] },
      ),
    );
    const [t] = recogniseWorkbook(wb);
    expect(t.columns[3].role).not.toBe('capaian');
    expect(t.kind).not.toBe('pengukuran-kinerja');
  },
);

describe('the years of a plan counted from its first ("Tahun ke-" over 1 | 2 | 3, Permendagri 86 T-C.23 and T-C.24)', () => {
  // T-C.23: each year's ratio is its realisasi over that year's Renstra target, not over the SPM or IKK target beside them
  const kinerja = (rasio3: number) =>
    book(
      sheet(
        'T-C.23',
        [
          [
            'No',
            'Indikator Kinerja',
            'Target SPM',
            'Target IKK',
            'Target Renstra PD Tahun ke-',
            null,
            null,
            'Realisasi Capaian Tahun ke-',
            null,
            null,
            'Rasio Capaian pada Tahun ke-',
            null,
            null,
          ],
          [null, null, null, null, 1, 2, 3, 1, 2, 3, 1, 2, 3],
          [1, 'Persentase ibu hamil mendapatkan pelayanan antenatal', '100%', null, 90, 92, 94, 88.5, 91.2, 93.8, 98.33, 99.13, 99.79],
          [2, 'Persentase puskesmas terakreditasi', null, '100%', 60, 70, 80, 55, 71, 82, 91.67, 101.43, rasio3],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:J1', 'K1:M1'] },
      ),
    );
  test('the ordinal years are header, each target, realisasi and ratio of its year; one ratio typed wrong is the one galat', () => {
    const [t] = recogniseWorkbook(kinerja(102.5));
    expect(t.range.bottom).toBe(4);
    expect(t.columns.filter((c) => c.period).map((c) => `${c.role} ${c.period}`)).toEqual([
      'target tahun ke-1',
      'target tahun ke-2',
      'target tahun ke-3',
      'realisasi tahun ke-1',
      'realisasi tahun ke-2',
      'realisasi tahun ke-3',
      'capaian tahun ke-1',
      'capaian tahun ke-2',
      'capaian tahun ke-3',
    ]);
    expect(galat(kinerja(102.5))).toEqual([]);
    expect(galat(kinerja(104.5)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'M4', 102.5]]);
  });

  // T-C.24: "Rasio antara Realisasi dan Anggaran" is the serapan of each year; "Rata-rata Pertumbuhan" is no money
  const pendanaan = (rasio2: number) =>
    book(
      sheet(
        'T-C.24',
        [
          [
            'Uraian',
            'Anggaran pada Tahun ke-',
            null,
            'Realisasi Anggaran pada Tahun ke-',
            null,
            'Rasio antara Realisasi dan Anggaran Tahun ke-',
            null,
            'Rata-rata Pertumbuhan',
            null,
          ],
          [null, 1, 2, 1, 2, 1, 2, 'Anggaran', 'Realisasi'],
          [bold('BELANJA'), 160000000000, 168000000000, 151000000000, 160200000000, 94.38, rasio2, 5, 6.09],
        ],
        { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1', 'H1:I1'] },
      ),
    );
  test('each year its serapan; the growth columns neither pagu nor realisasi', () => {
    const [t] = recogniseWorkbook(pendanaan(95.36));
    expect(t.columns.map((c) => c.role)).toEqual([
      'uraian',
      'anggaran',
      'anggaran',
      'realisasi-anggaran',
      'realisasi-anggaran',
      'serapan',
      'serapan',
      'nilai',
      'nilai',
    ]);
    expect(galat(pendanaan(95.36))).toEqual([]);
    expect(galat(pendanaan(97.36)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-serapan', 'G3', 95.36]]);
  });
});

describe('column stage', () => {
  test('a percentage column beside counts is never summed on the JUMLAH row (% Tindak Lanjut = 135 / 154)', () => {
    const wb = book(
      sheet('Tindak Lanjut', [
        ['No', 'Tahun Pemeriksaan', 'Jumlah Temuan', 'Jumlah Rekomendasi', 'Sudah Ditindaklanjuti', '% Tindak Lanjut'],
        [1, 2022, 40, 60, 57, 95],
        [2, 2023, 35, 50, 45, 90],
        [3, 2024, 30, 44, 33, 75],
        [null, 'Jumlah', 105, 154, 135, 87.66],
      ]),
    );
    const [t] = recogniseWorkbook(wb);
    expect(t.columns.find((x) => x.col === 6)?.unit).toBe('percent');
    expect(galat(wb)).toEqual([]);
  });

  test('a target column that holds mostly words (WTP, BB, a range) stays the target: its figures are still checked', () => {
    const wb = book(
      sheet('Pengukuran', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Persentase OPD dengan nilai SAKIP minimal B', '95%', pct(0.97), '102,11%'],
        [2, 'Opini BPK atas LKPD', 'WTP', 'WTP', 100],
        [3, 'Nilai reformasi birokrasi', 'BB', 'BB', '100%'],
        [4, 'Persentase ASN disiplin', '80-85', 84, 100],
        [5, 'Indeks kepuasan masyarakat', '≥ 80', 82, 105],
      ]),
    );
    const [t] = recogniseWorkbook(wb);
    expect(t.columns.find((x) => x.col === 3)?.role).toBe('target');
    // 82 / 80 = 102,5 %, not 105 %; the words and the range are not judged
    expect(galat(wb).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'E6']]);
  });

  test.each(['Persentase (%)', 'Prosentase', '%'])('a bare percent header %j after pagu and realisasi is the serapan', (header) => {
    const wb = book(
      sheet('Anggaran', [
        ['Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', header],
        ['Program Pengelolaan Persampahan', 1000000000, 900000000, 90],
        ['Program Pengendalian Pencemaran', 300000000, 270000000, 90],
      ]),
    );
    const [t] = recogniseWorkbook(wb);
    expect(t.columns.map((x) => x.role)).toEqual(['uraian', 'anggaran', 'realisasi-anggaran', 'serapan']);
  });

  const cols = (rows: V[][], right: number, hidden?: Set<number>): TableColumn[] => {
    const g = grid(rows);
    const h = readHeader(g, 1, 1, right);
    const body = rows.map((_, i) => i + 1).filter((r) => r > h.rows);
    return readColumns(g, headerPaths(g, h, 1, right), 1, right, body, hidden);
  };

  test('units from role, header and figures', () => {
    const c = cols(
      [
        ['Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
        ['Jumlah PMKS', 'orang', 120, 130, { v: 1.0833, fmt: '0.00%' }],
        ['Jumlah panti', 'unit', 4, 4, { v: 1, fmt: '0%' }],
      ],
      5,
    );
    expect(c.map((x) => x.unit)).toEqual(['text', 'text', 'count', 'count', 'percent']);
  });

  test('a hidden column loses its role to a visible one of the same role', () => {
    const c = cols(
      [
        ['Program', 'Pagu Murni', 'Pagu Perubahan', 'Realisasi (Rp)'],
        ['Program A', rp(100), rp(120), rp(110)],
      ],
      4,
      new Set([2]),
    );
    expect(c.map((x) => x.role)).toEqual(['uraian', null, 'anggaran', 'realisasi-anggaran']);
    expect(c[1].hidden).toBe(true);
  });

  test('columns two or three cells wide: the empty halves under the same merged header take no role', () => {
    const rows: V[][] = [
      ['Indikator Kinerja', null, 'Target', null, null, 'Realisasi', null, 'Capaian (%)', null],
      ['Persentase layanan tepat waktu', null, 90, null, null, 85, null, 94.44, null],
      ['Persentase pengaduan terselesaikan', null, 90, null, null, 85, null, 100, null],
    ];
    const merges = ['A1:B1', 'C1:E1', 'F1:G1', 'H1:I1', 'A2:B2', 'C2:E2', 'F2:G2', 'H2:I2', 'A3:B3', 'C3:E3', 'F3:G3', 'H3:I3'];
    const [t] = recogniseWorkbook(book(sheet('S', rows, { merges })));
    expect(t.columns.map((x) => x.role)).toEqual(['indikator', null, 'target', null, null, 'realisasi', null, 'capaian', null]);
    // the capaian is paired with the target and realisasi that hold the figures: 85 / 90 = 94,44 %, not 100
    expect(galat(book(sheet('S', rows, { merges }))).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H3']]);
  });
});

describe('rows: Permendagri codes typed with spaces between their parts ("1 02 02", "1 02 02 2.01 0003")', () => {
  const b = (pagu: number) =>
    book(
      sheet('Realisasi Anggaran', [
        ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi'],
        ['1 02 02', 'Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 1200, 1140],
        ['1 02 02 2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 700, 660],
        ['1 02 02 2.01 0003', 'Pembangunan Puskesmas', 450, 420],
        ['1 02 02 2.01 0014', 'Pengadaan Alat Kesehatan', 250, 240],
        ['1 02 02 2.02', 'Penyediaan Layanan Kesehatan', pagu, 480],
        ['1 02 02 2.02 0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 300, 290],
        ['1 02 02 2.02 0002', 'Pengelolaan Pelayanan Kesehatan Ibu Bersalin', 200, 190],
        [null, 'Jumlah', 1200, 1140],
      ]),
    );
  test.each([
    ['1 02 02', '1.02.02'],
    ['1 02 02 2.01 0003', '1.02.02.2.01.0003'],
    ['1 . 02 . 02 . 2 . 01', '1.02.02.2.01'],
    ['X XX 01', 'X.XX.01'],
    // an amount grouped by spaces, a count, years: no code
    ['12 500 000', undefined],
    ['1 250 000 000', undefined],
    ['1 2 3', undefined],
    ['2022 2023 2024', undefined],
  ])('%j is read as the code %j', (text, code) => {
    expect(spacedCode(text)).toBe(code);
  });

  test('nest as their dotted forms do: programme › kegiatan › sub kegiatan, each checked against its rows', () => {
    const [t] = recogniseWorkbook(b(500));
    expect(t.rows.map((r) => [r.row, r.level, r.parent])).toEqual([
      [2, 'program', undefined],
      [3, 'kegiatan', 2],
      [4, 'subkegiatan', 3],
      [5, 'subkegiatan', 3],
      [6, 'kegiatan', 2],
      [7, 'subkegiatan', 6],
      [8, 'subkegiatan', 6],
      [9, 'total', undefined],
    ]);
    expect(galat(b(500))).toEqual([]);
    expect(galat(b(520)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'C6']]);
  });
});

describe('row stage', () => {
  test('bold programs over plain kegiatan, a JUMLAH row', () => {
    const rows: V[][] = [
      ['Uraian', 'Anggaran', 'Realisasi'],
      [bold('Program Penanganan Bencana'), rp(30), rp(27)],
      ['Perlindungan Korban Bencana', rp(10), rp(9)],
      ['Kesiapsiagaan Bencana', rp(20), rp(18)],
      [bold('Program Pemberdayaan Sosial'), rp(5), rp(5)],
      ['Potensi Sumber Kesejahteraan', rp(5), rp(5)],
      ['JUMLAH', rp(35), rp(32)],
    ];
    const g = grid(rows);
    const h = readHeader(g, 1, 1, 3);
    const columns = readColumns(g, headerPaths(g, h, 1, 3), 1, 3, [2, 3, 4, 5, 6, 7]);
    const { rows: out, hierarchy } = classifyRows(g, columns, [2, 3, 4, 5, 6, 7], 1, 3);
    expect(hierarchy).toBe('style');
    expect(out.map((r) => [r.row, r.level, r.parent])).toEqual([
      [2, 'program', undefined],
      [3, 'kegiatan', 2],
      [4, 'kegiatan', 2],
      [5, 'program', undefined],
      [6, 'kegiatan', 5],
      [7, 'total', undefined],
    ]);
  });

  test("a sequence number in the No column is no code: the programmes' own codes in their labels are (1.06.04 is no child of 1)", () => {
    // a PK's programmes beside one sasaran merged down: "1" only on the sasaran's first row
    const rows: V[][] = [
      ['No', 'Sasaran Strategis', 'Program', 'Anggaran (Rp)'],
      [1, 'Meningkatnya kesejahteraan sosial PPKS', '1.06.04 Program Perlindungan dan Jaminan Sosial', rp(1450000000)],
      [null, null, '1.06.05 Program Rehabilitasi Sosial', rp(875500000)],
      [null, null, '1.06.06 Program Penanganan Bencana', rp(320000000)],
      [null, null, 'Jumlah', rp(2645500000)],
    ];
    const g = grid(rows);
    const h = readHeader(g, 1, 1, 4);
    const columns = readColumns(g, headerPaths(g, h, 1, 4), 1, 4, [2, 3, 4, 5]);
    const { rows: out } = classifyRows(g, columns, [2, 3, 4, 5], 1, 4);
    expect(out.map((r) => [r.row, r.parent])).toEqual([
      [2, undefined],
      [3, undefined],
      [4, undefined],
      [5, undefined],
    ]);
    expect(out[3].level).toBe('total');
    expect(new Set(out.slice(0, 3).map((r) => r.level)).size).toBe(1);
  });
});

describe('rows: a difference of the groups above (an LRA or a BLUD budget: Surplus/(Defisit), Pembiayaan Netto)', () => {
  // revenue and spending each with its lines, then what is left: the surplus is Pendapatan − Belanja, no line of Belanja
  const lra = (diffLabel: string, surplus: number): V[][] => [
    ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
    [bold('A'), bold('PENDAPATAN'), rp(45e9), rp(47.25e9), 105],
    ['1', 'Pendapatan Jasa Layanan', rp(42e9), rp(44.3e9), 105.48],
    ['2', 'Pendapatan Hasil Kerja Sama', rp(1.5e9), rp(1.45e9), 96.67],
    ['3', 'Pendapatan Lain-lain BLUD yang Sah', rp(1.5e9), rp(1.5e9), 100],
    [bold('B'), bold('BELANJA'), rp(44e9), rp(40.81e9), 92.75],
    ['1', 'Belanja Pegawai', rp(20e9), rp(19.5e9), 97.5],
    ['2', 'Belanja Barang dan Jasa', rp(18e9), rp(16.81e9), 93.39],
    ['3', 'Belanja Modal', rp(6e9), rp(4.5e9), 75],
    [null, diffLabel, rp(1e9), rp(surplus), null],
  ];
  test.each(['SURPLUS/(DEFISIT)', 'Surplus / Defisit', 'Surplus (Defisit) Anggaran'])('"%s" is no line of Belanja: Belanja adds up, no galat', (label) => {
    const b = book(sheet('LRA', lra(label, 6.44e9)));
    const [t] = recogniseWorkbook(b);
    const last = t.rows[t.rows.length - 1];
    expect(last.parent).toBeUndefined();
    expect(galat(b)).toEqual([]);
  });
  test('a line of Belanja that is wrong is still found', () => {
    const rows = lra('SURPLUS/(DEFISIT)', 6.44e9);
    rows[7][3] = rp(16.31e9);
    const found = galat(book(sheet('LRA', rows)));
    // the wrong line is named, with Belanja's total it breaks; the surplus below is no part of that sum
    expect(found.map((f) => [f.cell, f.related])).toContainEqual(['D8', ['D6', 'E8']]);
    expect(found.some((f) => f.cell === 'D10' || f.related?.some((r) => r.includes('10')))).toBe(false);
  });
});

test('an LRA with no codes, its accounts indented: the indents are the outline, the belanja words do not reorder it', () => {
  const ind = (v: string, indent: number, b = false): V => ({ v, indent, ...(b ? { bold: true } : {}) });
  const rows: V[][] = [
    ['Uraian', 'Anggaran', 'Realisasi', '%'],
    [bold('PENDAPATAN DAERAH'), rp(2704e6), rp(2717189795), 100.49],
    [ind('PENDAPATAN ASLI DAERAH', 1, true), rp(2704e6), rp(2717189795), 100.49],
    [ind('Retribusi Jasa Umum', 2), rp(166e6), rp(171709751), 103.44],
    [ind('Pendapatan BLUD', 2), rp(2538e6), rp(2545480044), 100.29],
    [bold('BELANJA DAERAH'), rp(54340e6), rp(51108106295), 94.05],
    [ind('BELANJA OPERASI', 1, true), rp(42248e6), rp(41132968890), 97.36],
    [ind('Belanja Pegawai', 2), rp(39041e6), rp(38287353248), 98.07],
    [ind('Belanja Hibah', 2), rp(3207e6), rp(2845615642), 88.73],
    [ind('BELANJA MODAL', 1, true), rp(12092e6), rp(9975137405), 82.49],
    [ind('Belanja Modal Aset Tetap Lainnya', 2), rp(12092e6), rp(9975137405), 82.49],
    [bold('SURPLUS/(DEFISIT)'), rp(-51636e6), rp(-48390916500), null],
  ];
  const b = book(sheet('LRA', rows));
  const [t] = recogniseWorkbook(b);
  expect(t.rows.map((r) => [r.row, r.parent])).toEqual([
    [2, undefined],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, undefined],
    [7, 6],
    [8, 7],
    [9, 7],
    [10, 6],
    [11, 10],
    [12, undefined],
  ]);
  expect(galat(b)).toEqual([]);
});

describe.each(['Sasaran: ', ''])('a budget by sasaran ("%s…"): each sasaran row with figures heads its programmes', (word) => {
  // (named "Sasaran …", or by its words alone: then its figures, the sum of the programmes below it, say what it is)
  const rows = (sasaranPagu: number): V[][] => [
    ['No', 'Sasaran / Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
    [bold('I'), bold(`${word}Meningkatnya kualitas layanan kesehatan dasar`), rp(sasaranPagu), rp(5666e6), 95.2],
    [bold('1'), bold('Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat'), rp(5500e6), rp(5225e6), 95],
    ['1.1', 'Kegiatan Penyediaan Fasilitas Pelayanan Kesehatan', rp(2400e6), rp(2280e6), 95],
    ['1.2', 'Kegiatan Penyediaan Layanan Kesehatan UKM dan UKP', rp(3100e6), rp(2945e6), 95],
    [bold('2'), bold('Program Peningkatan Kapasitas SDM Kesehatan'), rp(450e6), rp(441e6), 98],
    ['2.1', 'Kegiatan Pengembangan Mutu SDM Kesehatan', rp(450e6), rp(441e6), 98],
    [bold('II'), bold(`${word}Meningkatnya tata kelola perangkat daerah`), rp(9100e6), rp(8891e6), 97.7],
    [bold('3'), bold('Program Penunjang Urusan Pemerintahan Daerah'), rp(9100e6), rp(8891e6), 97.7],
    ['3.1', 'Kegiatan Administrasi Keuangan Perangkat Daerah', rp(8200e6), rp(8036e6), 98],
    ['3.2', 'Kegiatan Administrasi Umum Perangkat Daerah', rp(900e6), rp(855e6), 95],
    [null, bold('JUMLAH'), rp(15050e6), rp(14557e6), 96.72],
  ];
  test('the programmes are its children, the JUMLAH sums the sasaran: no galat', () => {
    const b = book(sheet('Anggaran', rows(5950e6)));
    const [t] = recogniseWorkbook(b);
    expect(t.rows.filter((r) => r.row === 3 || r.row === 6 || r.row === 9).map((r) => r.parent)).toEqual([2, 2, 8]);
    expect(galat(b)).toEqual([]);
  });
  test("a sasaran's pagu that is not its programmes' sum is found", () => {
    const found = galat(book(sheet('Anggaran', rows(6050e6))));
    expect(found.map((f) => f.cell)).toContain('C2');
  });
});

test('a realisation of money and physical progress ("Realisasi" over "Keuangan (Rp) | Keuangan (%) | Fisik (%)"): the % of money is the serapan, never summed as rupiah', () => {
  const rows = (serapan: number): V[][] => [
    ['No', 'Program / Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi', null, null],
    [null, null, null, 'Keuangan (Rp)', 'Keuangan (%)', 'Fisik (%)'],
    [bold('1'), bold('Program Penyelenggaraan Jalan'), rp(12e9), rp(11.28e9), 94, 98],
    ['1.1', 'Kegiatan Pembangunan Jalan', rp(8e9), rp(7.52e9), serapan, 100],
    ['1.2', 'Kegiatan Rehabilitasi Jalan', rp(4e9), rp(3.76e9), 94, 95],
    [null, bold('JUMLAH'), rp(12e9), rp(11.28e9), 94, 97.5],
  ];
  const b = (serapan: number) => book(sheet('Realisasi', rows(serapan), { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] }));
  const [t] = recogniseWorkbook(b(94));
  expect(t.columns.map((c) => c.role)).toEqual(['no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan', 'realisasi']);
  expect(galat(b(94))).toEqual([]);
  expect(galat(b(96)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'E4']]);
});

test('a table all in bold: a sasaran row right above its programmes, adding them up, heads them', () => {
  const b = book(
    sheet('Anggaran', [
      ['No', 'Sasaran / Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [bold('I'), bold('Meningkatnya derajat kesehatan'), rp(13350e6), rp(12216e6)],
      [bold('1'), bold('Program Pemenuhan Upaya Kesehatan'), rp(12500e6), rp(11400e6)],
      [bold('2'), bold('Program Peningkatan Kapasitas SDM Kesehatan'), rp(850e6), rp(816e6)],
    ]),
  );
  const [t] = recogniseWorkbook(b);
  expect(t.rows.map((r) => [r.row, r.parent])).toEqual([
    [2, undefined],
    [3, 2],
    [4, 2],
  ]);
});

/** A table's rows as the row stage reads them (its header on row 1, every row below a body row): row, level, parent, label. */
function rowLevels(rows: V[][], right: number) {
  const g = grid(rows);
  const body = rows.slice(1).map((_, i) => i + 2);
  const columns = readColumns(g, headerPaths(g, readHeader(g, 1, 1, right), 1, right), 1, right, body);
  return classifyRows(g, columns, body, 1, right).rows.map((r) => [r.row, r.level, r.parent, r.label]);
}

test('months under a band are a header row ("Capaian Bulan" over "Jan … Des"), each month a column of the band\'s measure', () => {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nop', 'Des'];
  const b = book(
    sheet(
      'Mutu',
      [
        ['No', 'Indikator Mutu', 'Standar', 'Capaian Bulan', ...Array<V>(11).fill(null), 'Rata-rata'],
        [null, null, null, ...months, null],
        [1, 'Kepatuhan kebersihan tangan', '≥ 85%', 86, 88, 87, 90, 91, 89, 92, 90, 93, 91, 92, 94, 90.25],
        [2, 'Kepatuhan penggunaan APD', '100%', 98, 99, 100, 100, 97, 99, 100, 100, 98, 99, 100, 100, 99.17],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:O1', 'P1:P2'] },
    ),
  );
  const [t] = recogniseWorkbook(b);
  expect([t.headerRows, t.rows.map((r) => r.row)]).toEqual([2, [3, 4]]);
  expect(t.columns.slice(3, 15).every((c) => c.role === 'capaian')).toBe(true);
});

describe('rows: labels indented with the space bar', () => {
  const levels = (rows: V[][]) => rowLevels(rows, 3).map(([row, level, parent]) => [row, level, parent]);

  test('three spaces a level, six two: programme › kegiatan › sub kegiatan, as an indent set in the cell would', () => {
    expect(
      levels([
        ['Program / Kegiatan / Sub Kegiatan', 'Anggaran', 'Realisasi'],
        ['Program Penunjang Urusan Pemerintahan Daerah', rp(300), rp(285)],
        ['   Perencanaan, Penganggaran, dan Evaluasi Kinerja', rp(300), rp(285)],
        ['      Penyusunan Dokumen Perencanaan', rp(180), rp(171)],
        ['      Evaluasi Kinerja Perangkat Daerah', rp(120), rp(114)],
        ['Program Pemberdayaan Usaha Mikro', rp(450), rp(418)],
        ['\u00a0\u00a0\u00a0Pemberdayaan Usaha Mikro', rp(450), rp(418)],
      ]),
    ).toEqual([
      [2, 'program', undefined],
      [3, 'kegiatan', 2],
      [4, 'subkegiatan', 3],
      [5, 'subkegiatan', 3],
      [6, 'program', undefined],
      [7, 'kegiatan', 6],
    ]);
  });

  test('one programme typed in capitals, the next in small letters, each over its indented kegiatan: peers, both programmes', () => {
    // no level words, no codes, no styles: the spaces lay the outline out, the capitals are how one name was typed
    const rows: V[][] = [
      ['Uraian', 'Pagu Anggaran', 'Realisasi'],
      ['PENGELOLAAN PENDIDIKAN', rp(215), rp(206)],
      ['    Perencanaan, Penganggaran, dan Evaluasi Kinerja', rp(215), rp(206)],
      ['        Pelaksanaan Rapat Koordinasi', rp(215), rp(206)],
      ['Penunjang Urusan Pemerintahan Daerah', rp(700), rp(650)],
      ['    Administrasi Umum Perangkat Daerah', rp(700), rp(650)],
      ['        Penyediaan Jasa Komunikasi', rp(300), rp(280)],
      ['        Penyediaan Bahan Logistik Kantor', rp(400), rp(370)],
    ];
    expect(levels(rows)).toEqual([
      [2, 'program', undefined],
      [3, 'kegiatan', 2],
      [4, 'subkegiatan', 3],
      [5, 'program', undefined],
      [6, 'kegiatan', 5],
      [7, 'subkegiatan', 6],
      [8, 'subkegiatan', 6],
    ]);
  });

  test('a programme in capitals over kegiatan at its own indent, their sub kegiatan indented: the capitals mark the level', () => {
    const rows: V[][] = [
      ['Uraian', 'Pagu Anggaran', 'Realisasi'],
      ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN', rp(500), rp(470)],
      ['Perencanaan, Penganggaran, dan Evaluasi Kinerja', rp(200), rp(190)],
      ['    Penyusunan Dokumen Perencanaan', rp(200), rp(190)],
      ['Administrasi Umum Perangkat Daerah', rp(300), rp(280)],
      ['    Penyediaan Jasa Komunikasi', rp(300), rp(280)],
    ];
    expect(levels(rows)).toEqual([
      [2, 'program', undefined],
      [3, 'kegiatan', 2],
      [4, 'subkegiatan', 3],
      [5, 'kegiatan', 2],
      [6, 'subkegiatan', 5],
    ]);
  });

  test('one space typed before a label by chance is no level', () => {
    const out = levels([
      ['Program', 'Anggaran', 'Realisasi'],
      ['Program Penunjang Urusan Pemerintahan Daerah', rp(300), rp(285)],
      [' Program Pemberdayaan Usaha Mikro', rp(450), rp(418)],
      ['Program Pengembangan UMKM', rp(200), rp(190)],
    ]);
    expect(out.every((r) => r[2] === undefined)).toBe(true);
  });
});

describe('rows: a label wrapped over rows by a PDF converter', () => {
  test('the rest of a label on the next row (in small letters, after "dan", in capitals after a long line) is one row with it', () => {
    const rows: V[][] = [
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', rp(250), rp(238)],
      [null, 'KABUPATEN/KOTA'],
      ['1.1', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan', rp(250), rp(238)],
      [null, 'UKP Kewenangan Daerah Kabupaten/Kota'],
      [null, '- Pembangunan Puskesmas', rp(150), rp(143)],
      [null, '- Pengadaan alat kesehatan dan bahan habis pakai', rp(100), rp(95)],
      [null, 'di puskesmas pembantu'],
    ];
    expect(rowLevels(rows, 4)).toEqual([
      [2, 'program', undefined, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'],
      [4, 'kegiatan', 2, 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota'],
      [6, 'subkegiatan', 4, '- Pembangunan Puskesmas'],
      [7, 'subkegiatan', 4, '- Pengadaan alat kesehatan dan bahan habis pakai di puskesmas pembantu'],
    ]);
  });

  test('a first line marked by its level word or a dash, the rest unmarked with the figures: one row, where the table marks its rows', () => {
    const rows: V[][] = [
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1', bold('Program Ketenteraman Umum'), rp(1_005), rp(915)],
      [null, 'Kegiatan Pelaksanaan Ketenteraman Umum', rp(1_005), rp(915)],
      [null, '- Sub Kegiatan Penyediaan Ketenteraman Umum', rp(290), rp(262)],
      [null, '- Sub Kegiatan Pengelolaan Ketenteraman'],
      [null, 'Umum dan Ketertiban Masyarakat', rp(270), rp(248)],
      [null, '- Sub Kegiatan Fasilitasi Ketenteraman Umum', rp(445), rp(405)],
    ];
    expect(rowLevels(rows, 4)).toEqual([
      [2, 'program', undefined, 'Program Ketenteraman Umum'],
      [3, 'kegiatan', 2, 'Kegiatan Pelaksanaan Ketenteraman Umum'],
      [4, 'subkegiatan', 3, '- Sub Kegiatan Penyediaan Ketenteraman Umum'],
      [6, 'subkegiatan', 3, '- Sub Kegiatan Pengelolaan Ketenteraman Umum dan Ketertiban Masyarakat'],
      [7, 'subkegiatan', 3, '- Sub Kegiatan Fasilitasi Ketenteraman Umum'],
    ]);
    expect(galat(book(sheet('Anggaran', rows)))).toEqual([]);
  });

  test("a numbered first line naming its level, the figures on the next: one row, though its kegiatan here don't add up to it", () => {
    // (its other kegiatan go on past a page: only the marks tell the two lines are one programme)
    const rows: V[][] = [
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1', bold('Program Pelayanan Kesehatan'), rp(300), rp(280)],
      [null, 'Kegiatan Pelaksanaan Pelayanan Kesehatan', rp(300), rp(280)],
      ['2', bold('Program Sumber')],
      [null, bold('Daya Kesehatan'), rp(1_000), rp(900)],
      [null, 'Kegiatan Pelaksanaan Sumber Daya Kesehatan', rp(300), rp(250)],
    ];
    expect(rowLevels(rows, 4).map((r) => [r[0], r[1], r[3]])).toEqual([
      [2, 'program', 'Program Pelayanan Kesehatan'],
      [3, 'kegiatan', 'Kegiatan Pelaksanaan Pelayanan Kesehatan'],
      [5, 'program', 'Program Sumber Daya Kesehatan'],
      [6, 'kegiatan', 'Kegiatan Pelaksanaan Sumber Daya Kesehatan'],
    ]);
  });

  test('a kegiatan with no figures over unmarked items of its own (a table whose rows carry no marks): a heading, not a wrapped label', () => {
    // (the other kegiatan carries its figures: only the unmarked items under it tell the table marks no rows)
    const rows: V[][] = [
      ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1', bold('Program Ketenteraman Umum'), rp(1_500), rp(1_350)],
      [null, 'Kegiatan Penegakan Perda', rp(500), rp(450)],
      [null, 'Operasi Penertiban Pedagang', rp(300), rp(270)],
      [null, 'Sosialisasi Perda Ketertiban', rp(200), rp(180)],
      [null, 'Kegiatan Pelaksanaan Ketenteraman Umum'],
      [null, 'Patroli Wilayah Kecamatan', rp(400), rp(380)],
      [null, 'Pengamanan Hari Besar', rp(600), rp(520)],
    ];
    expect(rowLevels(rows, 4).map((r) => r[3])).toContain('Kegiatan Pelaksanaan Ketenteraman Umum');
    expect(rowLevels(rows, 4).map((r) => r[3])).toContain('Patroli Wilayah Kecamatan');
  });

  test('figures on the last line of the label: the row is that line, numbered as the first', () => {
    const rows: V[][] = [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi'],
      [1, 'Persentase ibu hamil mendapatkan pelayanan'],
      [null, 'kesehatan sesuai standar', 100, 96.5],
      [2, 'Indeks Kepuasan Masyarakat', 82, 84.1],
    ];
    expect(rowLevels(rows, 4).map((r) => [r[0], r[3]])).toEqual([
      [3, 'Persentase ibu hamil mendapatkan pelayanan kesehatan sesuai standar'],
      [4, 'Indeks Kepuasan Masyarakat'],
    ]);
  });

  // pasted from Word or PDF with every name in Title Case: nothing in the letters says the line goes on, the numbering does
  const titleCase = (figuresOn: 'first' | 'last'): V[][] => {
    const item = (no: string, lines: string[], pagu: number, real: number): V[][] =>
      lines.map((line, k) => {
        const withFigures = figuresOn === 'first' ? k === 0 : k === lines.length - 1;
        return [k === 0 ? no : null, bold(line), ...(withFigures ? [rp(pagu), rp(real)] : [])];
      });
    return [
      ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      ...item('1', ['Program Penunjang Urusan Pemerintahan', 'Daerah Kabupaten/Kota'], 600, 570),
      ['1.1', 'Administrasi Keuangan Perangkat Daerah', rp(400), rp(380)],
      ['1.2', 'Administrasi Umum Perangkat Daerah', rp(200), rp(190)],
      ...item('2', ['Program Pemenuhan Upaya Kesehatan', 'Perorangan dan Upaya Kesehatan', 'Masyarakat'], 900, 850),
      ['2.1', 'Penyediaan Layanan Kesehatan', rp(900), rp(850)],
      [null, 'JUMLAH', rp(1500), rp(1420)],
    ];
  };

  test.each(['first', 'last'] as const)(
    "in a table that numbers its items, the unnumbered lines up to the next number are the item's label (figures on its %s line)",
    (figuresOn) => {
      const out = rowLevels(titleCase(figuresOn), 4);
      const [p1, p2] = figuresOn === 'first' ? [2, 6] : [3, 8];
      expect(out).toEqual([
        [p1, 'program', undefined, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'],
        [p1 + (figuresOn === 'first' ? 2 : 1), 'kegiatan', p1, 'Administrasi Keuangan Perangkat Daerah'],
        [p1 + (figuresOn === 'first' ? 3 : 2), 'kegiatan', p1, 'Administrasi Umum Perangkat Daerah'],
        [p2, 'program', undefined, 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat'],
        [9, 'kegiatan', p2, 'Penyediaan Layanan Kesehatan'],
        [10, 'total', undefined, 'JUMLAH'],
      ]);
    },
  );

  test('a remark in the Keterangan column beside a line of the label leaves it a line of the label', () => {
    const rows: V[][] = [
      ['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Keterangan'],
      ['1', 'Program Pengelolaan Pendidikan Anak Usia', null, null, 'Sesuai DPA'],
      [null, 'Dini dan Pendidikan Dasar', rp(900), rp(850), 'Data Bidang'],
      ['2', 'Program Pengembangan Kurikulum', rp(85), rp(81), 'Sesuai DPA'],
    ];
    expect(rowLevels(rows, 5).map((r) => [r[0], r[3]])).toEqual([
      [3, 'Program Pengelolaan Pendidikan Anak Usia Dini dan Pendidikan Dasar'],
      [4, 'Program Pengembangan Kurikulum'],
    ]);
  });

  test.each(['Sesuai DPA', 'Kendala cuaca', 'Upaya percepatan lelang', 'Hasil yang dicapai baik', 'Sesuai Renja'])(
    'a remark "%s" beside the first line of a wrapped programme, nothing else on the line, starts no table',
    (remark) => {
      const rows: V[][] = [
        ['Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%', 'Keterangan'],
        [bold('Program Rehabilitasi Sosial'), rp(234292000), rp(228380000), 97.48, 'Sesuai DPA'],
        ['Rehabilitasi Sosial Dasar Penyandang Disabilitas', rp(234292000), rp(228380000), 97.48, 'Data Bidang'],
        [bold('Program Perlindungan Dan'), null, null, null, remark],
        [bold('Jaminan Sosial'), rp(412629400), rp(385244400), 93.36, 'Data Bidang'],
        ['Pengelolaan Data Fakir Miskin Cakupan Daerah', rp(412629400), rp(385244400), 93.36, 'Sesuai DPA'],
      ];
      expect(recogniseWorkbook(book(sheet('S', rows))).map((t) => [rangeA1(t.range), t.kind])).toEqual([['A1:E6', 'realisasi-anggaran']]);
    },
  );

  test('an item with rows of its own below: the line with the figures is its rest when they are the sum of those rows', () => {
    const rows = (pagu: number): V[][] => [
      ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1', 'Program Pengembangan Kapasitas'],
      [null, 'Daya Saing Kepemudaan', rp(pagu), rp(1330)],
      [null, 'Pemberdayaan dan Pengembangan Pemuda', rp(900), rp(855)],
      [null, 'Pemberdayaan Organisasi Kepemudaan', rp(500), rp(480)],
    ];
    // 900 + 500 = 1.400 (the realisasi, 855 + 480 = 1.335, is the error jumlah-induk reports)
    expect(rowLevels(rows(1400), 4).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [3, 'program', undefined, 'Program Pengembangan Kapasitas Daya Saing Kepemudaan'],
      [4, 'kegiatan', 3, 'Pemberdayaan dan Pengembangan Pemuda'],
      [5, 'kegiatan', 3, 'Pemberdayaan Organisasi Kepemudaan'],
    ]);
    // figures that are no sum of the rows below: a heading and three rows, as written
    expect(rowLevels(rows(1250), 4).map((r) => r[0])).toEqual([2, 3, 4, 5]);
  });

  test('unnumbered budget lines: a line under a row with money that looks the same is its rest where no heading can be', () => {
    const out = rowLevels(
      [
        ['Uraian', 'Anggaran', 'Realisasi'],
        [bold('Program Pemberdayaan Sosial'), rp(84), rp(82)],
        ['Pengembangan Potensi Sumber Kesejahteraan', rp(84), rp(82)],
        ['Sosial Daerah Kabupaten/Kota'],
        [bold('Program Penanganan Bencana'), rp(134), rp(121)],
        ['Perlindungan Sosial Korban Bencana', rp(90), rp(88)],
        ['Alam dan Sosial Kabupaten/Kota'],
        ['Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana', rp(44), rp(33)],
      ],
      3,
    );
    expect(out).toEqual([
      [2, 'program', undefined, 'Program Pemberdayaan Sosial'],
      [3, 'kegiatan', 2, 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota'],
      [5, 'program', undefined, 'Program Penanganan Bencana'],
      [6, 'kegiatan', 5, 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'],
      [8, 'kegiatan', 5, 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana'],
    ]);
  });

  test('a budget line wrapped in every column (its name and its indikator, or the indikator alone) is one row', () => {
    const rows: V[][] = [
      ['No', 'Program/Kegiatan', 'Indikator', 'Target', 'Anggaran (Rp)'],
      ['1', bold('PROGRAM PENUNJANG URUSAN'), 'Persentase urusan rutin pemerintah', 97, rp(2450)],
      [null, bold('PEMERINTAHAN DAERAH KABUPATEN/KOTA'), 'yang terpenuhi sesuai standar'],
      [null, 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', 'Jumlah Laporan Capaian Kinerja', 1, rp(1200)],
      [null, null, 'dan Ikhtisar Realisasi Kinerja SKPD'],
      [null, 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Orang yang Menerima Gaji', 30, rp(1250)],
    ];
    expect(rowLevels(rows, 5).map((r) => [r[0], r[1], r[3]])).toEqual([
      [2, 'program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'],
      [4, 'kegiatan', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja'],
      [6, 'kegiatan', 'Penyediaan Gaji dan Tunjangan ASN'],
    ]);
    // the indikator reads as written over its lines
    const b = book(sheet('Anggaran', rows));
    const [t] = recogniseWorkbook(b);
    const model = new TableModel(t, new Grid(b.sheets[0]));
    expect(model.shown(model.rows[0], 3)).toBe('Persentase urusan rutin pemerintah yang terpenuhi sesuai standar');
    expect(model.shown(model.rows[1], 3)).toBe('Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD');
  });

  test("a long line under a row's label, however far right, is that label's rest: the table goes on; a sentence ends it", () => {
    const rest = 'Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial Kabupaten/Kota';
    const rows = (line: string): V[][] => [
      ['Urusan', 'Program', 'Kegiatan', 'Uraian', 'Anggaran', 'Realisasi'],
      ['1', '06', '01', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas, Anak dan Lanjut', rp(234), rp(228)],
      [null, null, null, line],
      ['1', '06', '02', 'Perlindungan Sosial Korban Bencana Alam', rp(90), rp(88)],
      ['1', '06', '03', 'Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana', rp(44), rp(33)],
    ];
    expect(rangeA1(recogniseWorkbook(book(sheet('Anggaran', rows(rest))))[0].range)).toBe('A1:F5');
    const sentence = 'Realisasi anggaran seluruh kegiatan di atas telah sesuai dengan dokumen pelaksanaan anggaran.';
    expect(rangeA1(recogniseWorkbook(book(sheet('Anggaran', rows(sentence))))[0].range)).toBe('A1:F2');
  });

  test("the last row's label wrapped onto a line in small letters, captions of the next table below: the line is the row's", () => {
    const rows: V[][] = [
      ['No.', 'Indikator Kinerja', 'Realisasi 2021', 'Realisasi 2022', 'Target 2023', 'Target 2024'],
      [1, 'Meningkatnya Peran Aktif Masyarakat', '8 kegiatan', '7 kegiatan', '3 kegiatan', '5 kegiatan'],
      [null, 'dalam Penyelenggaraan Kesejahteraan Sosial'],
      ['Realisasi, Output dan Outcome Program/Kegiatan Indikator'],
      ['“Meningkatnya Peran Aktif Masyarakat dalam Penyelenggaraan Kesejahteraan Sosial”'],
      ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      [1, 'Program Pemberdayaan Sosial', rp(250000000), rp(240000000)],
      [2, 'Program Penanganan Bencana', rp(100000000), rp(95000000)],
    ];
    const tables = recogniseWorkbook(book(sheet('Renstra', rows)));
    expect(tables.map((t) => rangeA1(t.range))).toEqual(['A1:F3', 'A6:D8']);
    expect(tables[0].rows.map((r) => r.label)).toEqual(['Meningkatnya Peran Aktif Masyarakat dalam Penyelenggaraan Kesejahteraan Sosial']);
  });

  test('a numbered heading over rows of its own, or in a table whose numbered rows carry no figures, joins nothing', () => {
    // two lines of figures under "1": rows of their own
    const children = rowLevels(
      [
        ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'],
        ['1', bold('Program Pelayanan Kesehatan'), rp(30), rp(28)],
        [null, 'Pelayanan Kesehatan Ibu', rp(10), rp(9)],
        [null, 'Pelayanan Kesehatan Anak', rp(20), rp(19)],
        ['2', bold('Program Sumber Daya Kesehatan'), rp(5), rp(5)],
      ],
      4,
    );
    expect(children.map((r) => r[3])).toEqual([
      'Program Pelayanan Kesehatan',
      'Pelayanan Kesehatan Ibu',
      'Pelayanan Kesehatan Anak',
      'Program Sumber Daya Kesehatan',
    ]);
    // numbered sasaran without figures, one indikator each in the same column: the numbers mark headings, not items
    const headings = rowLevels(
      [
        ['No', 'Sasaran / Indikator', 'Target', 'Realisasi'],
        ['1', 'Meningkatnya Mutu Layanan Kesehatan'],
        [null, 'Indeks Kepuasan Masyarakat', 82, 84],
        ['2', 'Meningkatnya Derajat Kesehatan Masyarakat'],
        [null, 'Usia Harapan Hidup', 71.2, 71.3],
      ],
      4,
    );
    expect(headings.map((r) => r[3])).toEqual([
      'Meningkatnya Mutu Layanan Kesehatan',
      'Indeks Kepuasan Masyarakat',
      'Meningkatnya Derajat Kesehatan Masyarakat',
      'Usia Harapan Hidup',
    ]);
  });

  test('a heading, a sasaran, a total or a note under a row stays a row of its own', () => {
    const rows: V[][] = [
      ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1', 'Program Pelayanan Kesehatan', rp(10), rp(9)],
      [null, 'Sasaran 2: Meningkatnya mutu layanan'],
      ['2', 'Program Sumber Daya Kesehatan', rp(20), rp(19)],
      [null, 'Jumlah', rp(30), rp(28)],
      [null, 'Keterangan: data sementara'],
    ];
    expect(rowLevels(rows, 4).map((r) => r[0])).toEqual([2, 3, 4, 5, 6]);
  });
});

test('a sasaran written across the table from its No column is a section, not a row of data', () => {
  const rows: V[][] = [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    ['Sasaran 1: Meningkatnya kualitas hidup perempuan'],
    [1, 'Indeks Pembangunan Gender (IPG)', 92, 92.85, 100.92],
    [2, 'Indeks Pemberdayaan Gender (IDG)', 70, 68.6, 98],
    ['Sasaran 2: Menurunnya kekerasan terhadap perempuan dan anak'],
    [3, 'Persentase kasus kekerasan yang tertangani', 100, 100, 100],
  ];
  const g = grid(rows, ['A2:E2', 'A5:E5']);
  const h = readHeader(g, 1, 1, 5);
  const columns = readColumns(g, headerPaths(g, h, 1, 5), 1, 5, [2, 3, 4, 5, 6]);
  const { rows: out } = classifyRows(g, columns, [2, 3, 4, 5, 6], 1, 5);
  expect(out.map((r) => [r.row, r.level])).toEqual([
    [2, 'section'],
    [3, 'data'],
    [4, 'data'],
    [5, 'section'],
    [6, 'data'],
  ]);
});

test('a long list numbered in the No column past 999: every number is a sequence number, programs stay programs', () => {
  // hierarchy by style only (bold programs, indented kegiatan numbered 998.1, 1000.1 …)
  const rows: V[][] = [['No', 'Uraian', 'Pagu']];
  for (const p of [998, 999, 1000, 1001]) {
    rows.push([bold(String(p)), bold(`Peningkatan Urusan ${p}`), rp(30)]);
    rows.push([`${p}.1`, { v: `Pelayanan Bidang ${p}.1`, indent: 1 }, rp(10)]);
    rows.push([`${p}.2`, { v: `Pelayanan Bidang ${p}.2`, indent: 1 }, rp(20)]);
  }
  const g = grid(rows);
  const body = rows.slice(1).map((_, i) => i + 2);
  const h = readHeader(g, 1, 1, 3);
  const columns = readColumns(g, headerPaths(g, h, 1, 3), 1, 3, body);
  const { rows: out } = classifyRows(g, columns, body, 1, 3);
  expect(out.filter((r) => r.level === 'program').map((r) => r.label)).toEqual([998, 999, 1000, 1001].map((p) => `Peningkatan Urusan ${p}`));
  // each kegiatan under its own program
  expect(out.filter((r) => r.level === 'kegiatan').map((r) => r.parent)).toEqual([2, 2, 5, 5, 8, 8, 11, 11]);
});

describe('scale stage', () => {
  test('"Rentang | Peringkat" with every notation', () => {
    const g = grid([
      ['Rentang', 'Peringkat'],
      ['≥ 100', 'Memuaskan'],
      ['85 - < 100', 'Sangat Baik'],
      ['70 s.d. 85', 'Baik'],
      ['< 70', 'Kurang'],
    ]);
    const columns: TableColumn[] = [
      { col: 1, role: roleFromHeader(['Rentang']), header: 'Rentang' },
      { col: 2, role: roleFromHeader(['Peringkat']), header: 'Peringkat' },
    ];
    const bands = readBands(
      g,
      columns,
      [2, 3, 4, 5].map((row) => ({ row, level: 'data' as const, label: '' })),
    );
    expect(bands?.map((b) => [b.label, b.lower])).toEqual([
      ['Memuaskan', 100],
      ['Sangat Baik', 85],
      ['Baik', 70],
      ['Kurang', undefined],
    ]);
  });

  // the bounds as numbers, typed as text, or as fractions under a % format: the same bands in percent points
  const asPercent = (v: number) => ({ v, fmt: '0.00%' });
  test.each([
    ['numbers', [90, 100, 75, 89.99, 65, 74.99, 0, 64.99], false],
    ['text', ['90', '100', '75', '89,99', '65', '74,99', '0', '64,99'], false],
    ['fractions under %', [0.9, 1, 0.75, 0.8999, 0.65, 0.7499, 0, 0.6499].map(asPercent), false],
    // ("Batas Atas | Batas Bawah": the top of each band written first)
    ['numbers, the upper bound first', [90, 100, 75, 89.99, 65, 74.99, 0, 64.99], true],
  ])('bounds in two columns (No | Batas Bawah | Batas Atas | Predikat) as %s: a skala-penilaian whose bands judge the predikat', (_how, b, upperFirst) => {
    const order = (row: V[]) => (upperFirst ? [row[0], row[2], row[1], row[3]] : row);
    const wb = book(
      sheet(
        'Skala',
        [
          ['No', 'Batas Bawah (%)', 'Batas Atas (%)', 'Predikat'],
          [1, b[0], b[1], 'Sangat Baik'],
          [2, b[2], b[3], 'Baik'],
          [3, b[4], b[5], 'Cukup'],
          [4, b[6], b[7], 'Kurang'],
        ].map(order),
      ),
      sheet('IKU', [
        ['No', 'IKU', 'Target', 'Realisasi', '% Capaian', 'Predikat'],
        [1, 'Persentase kawasan permukiman layak', 80, 72, 90, 'Sangat Baik'],
        [2, 'Persentase rumah layak huni', 70, 49, 70, 'Baik'],
      ]),
    );
    const [scale] = recogniseWorkbook(wb);
    expect(scale.kind).toBe('skala-penilaian');
    expect(scale.bands?.map((b) => [b.label, b.lower, b.upper])).toEqual([
      ['Sangat Baik', 90, 100],
      ['Baik', 75, 89.99],
      ['Cukup', 65, 74.99],
      ['Kurang', 0, 64.99],
    ]);
    // 70 % is Cukup on this scale, not Baik
    expect(
      periksaWorkbook(wb)
        .findings.filter((f) => f.rule === 'predikat')
        .map((f) => f.cell),
    ).toEqual(['F3']);
  });

  test('bounds in two columns with no No column, the top band open above and the bottom below ("-")', () => {
    const [scale] = recogniseWorkbook(
      book(
        sheet('Skala', [
          ['Batas Bawah', 'Batas Atas', 'Peringkat'],
          [90, '-', 'AA'],
          [80, 89.99, 'A'],
          [60, 79.99, 'CC'],
          ['-', 59.99, 'D'],
        ]),
      ),
    );
    expect(scale.kind).toBe('skala-penilaian');
    expect(scale.bands?.map((b) => [b.label, b.lower, b.upper])).toEqual([
      ['AA', 90, undefined],
      ['A', 80, 89.99],
      ['CC', 60, 79.99],
      ['D', undefined, 59.99],
    ]);
  });

  test('a scale under a header that names neither column ("Prosentase | Kriteria"), below another table: its bands judge', () => {
    // a Dinas Perhubungan's sheet: its AKIP history, then its scale; 110 % is Sangat Berhasil on it, not Berhasil
    const wb = (label: string) =>
      book(
        sheet('Skala', [
          ['Tabel 1.3 Hasil Evaluasi AKIP'],
          [],
          ['Tahun', 'Nilai', 'Predikat'],
          [2022, 67.84, 'B'],
          [2023, 62.85, 'B'],
          [],
          [],
          ['Tabel 3.0 Skala Nilai Peringkat Kinerja'],
          [],
          ['Prosentase', 'Kriteria'],
          ['≥ 110', 'Sangat Berhasil'],
          ['100 s.d. < 110', 'Berhasil'],
          ['85 s.d. < 100', 'Cukup Berhasil'],
          ['60 s.d. < 85', 'Kurang Berhasil'],
          ['< 60', 'Tidak Berhasil'],
        ]),
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Satuan', 'Trg', 'Real', '%', 'Kriteria'],
          [1, 'Persentase desa tangguh bencana', '%', 30, 33, 110, label],
          [2, 'Cakupan persalinan di fasilitas kesehatan', '%', 95, 97.2, 102.32, 'Berhasil'],
          [3, 'Indeks kepuasan masyarakat', 'indeks', 80, 76, 95, 'Cukup Berhasil'],
        ]),
      );
    const scale = recogniseWorkbook(wb('Sangat Berhasil')).find((t) => t.kind === 'skala-penilaian');
    expect(scale && rangeA1(scale.range)).toBe('A10:B15');
    expect(scale?.bands?.map((b) => [b.label, b.lower])).toEqual([
      ['Sangat Berhasil', 110],
      ['Berhasil', 100],
      ['Cukup Berhasil', 85],
      ['Kurang Berhasil', 60],
      ['Tidak Berhasil', undefined],
    ]);
    expect(galat(wb('Sangat Berhasil'))).toEqual([]);
    expect(galat(wb('Berhasil')).map((f) => [f.rule, f.sheet, f.cell])).toEqual([['predikat', 'Pengukuran', 'G2']]);
  });

  test('"No | Prosentase | Kriteria": the numbered scale whole, its No column with it', () => {
    const [scale] = recogniseWorkbook(
      book(
        sheet('Skala Penilaian', [
          ['Tabel 2.1 Skala Pengukuran'],
          [],
          ['No', 'Prosentase', 'Kriteria'],
          [1, '≥ 90', 'Sangat Tinggi'],
          [2, '70 s/d 89', 'Tinggi'],
          [3, '55 sampai dengan 69', 'Sedang'],
          [4, '50 s/d 54', 'Rendah'],
          [5, '≤ 49', 'Sangat Rendah'],
        ]),
      ),
    );
    expect([scale.kind, rangeA1(scale.range)]).toEqual(['skala-penilaian', 'A3:C8']);
    expect(scale.bands?.map((b) => b.label)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
  });

  test('age groups beside their names ("0 - 5 tahun | Balita") are no scale', () => {
    const t = recogniseWorkbook(
      book(
        sheet('Data Umum', [
          ['Kelompok Umur', 'Sebutan'],
          ['0 - 5 tahun', 'Balita'],
          ['6 - 12 tahun', 'Anak'],
          ['13 - 18 tahun', 'Remaja'],
          ['> 60 tahun', 'Lansia'],
        ]),
      ),
    );
    expect(t.map((x) => x.kind)).not.toContain('skala-penilaian');
  });

  test('the whole pipeline names it a skala-penilaian table', () => {
    const t = recogniseWorkbook(
      book(
        sheet('Skala', [
          ['Rentang', 'Peringkat'],
          ['≥ 100', 'Memuaskan'],
          ['85 - < 100', 'Sangat Baik'],
          ['< 85', 'Kurang'],
        ]),
      ),
    );
    expect(t.map((x) => x.kind)).toEqual(['skala-penilaian']);
  });
});

describe('kind stage', () => {
  const c = (...roles: ColumnRole[]): TableColumn[] => roles.map((role, i) => ({ col: i + 1, role, header: role }));
  test.each([
    [c('no', 'uraian', 'anggaran', 'realisasi-anggaran', 'serapan'), 'realisasi-anggaran'],
    [c('indikator', 'target', 'realisasi', 'capaian'), 'pengukuran-kinerja'],
    [c('sasaran', 'indikator', 'target'), 'perjanjian-kinerja'],
    [c('capaian', 'serapan', 'efisiensi'), 'efisiensi'],
    [c('no', 'uraian', 'capaian', 'serapan', 'keterangan'), 'efisiensi'],
    [c('no', 'indikator', 'target', 'realisasi', 'capaian', 'anggaran', 'realisasi-anggaran', 'serapan'), 'pengukuran-kinerja'],
    [c('indikator', 'target', 'target'), 'lainnya'],
    [c('no', 'uraian', 'keterangan'), 'lainnya'],
  ] as Array<[TableColumn[], string]>)('%#: roles → kind', (columns, kind) => {
    expect(classify(columns, undefined, undefined)).toBe(kind);
  });
  test('the PK budget (No | Program | Anggaran) is a perjanjian-kinerja table; with a count per program it is not', () => {
    const pk: TableColumn[] = [
      { col: 1, role: 'no', header: 'No' },
      { col: 2, role: 'uraian', header: 'Program' },
      { col: 3, role: 'anggaran', header: 'Anggaran' },
    ];
    expect(classify(pk, undefined, undefined)).toBe('perjanjian-kinerja');
    expect(classify([...pk, { col: 4, role: 'jumlah', header: 'Jumlah PPKS' }], undefined, undefined)).toBe('lainnya');
  });
  test('a pengukuran with its budget beside it: the caption naming the budget alone makes it the budget table, naming kinerja too does not', () => {
    const cols = c('no', 'indikator', 'target', 'realisasi', 'capaian', 'anggaran', 'realisasi-anggaran', 'serapan');
    expect(classify(cols, 'Tabel 3.3 Capaian Kinerja dan Realisasi Anggaran', undefined)).toBe('pengukuran-kinerja');
    expect(classify(cols, 'Tabel 3.9 Realisasi Anggaran per Program', undefined)).toBe('realisasi-anggaran');
  });
  test('every kind entry says why', () => {
    for (const k of KIND_RULES) expect(k.why.length).toBeGreaterThan(10);
  });
});

describe('vocabulary: level words, also shortened with a dot', () => {
  test.each([
    ['Prog. Peningkatan Kapasitas SDM', 'program'],
    ['PROG. PENUNJANG URUSAN', 'program'],
    ['Keg. Penyediaan Jasa Kantor', 'kegiatan'],
    ['Sub Keg. Pengadaan Obat', 'subkegiatan'],
    ['Sub. Keg. Pelatihan Kader', 'subkegiatan'],
    ['Progres fisik pembangunan', undefined],
    ['Kegiatan', 'kegiatan'],
    // mistyped, one slip from the word and its first letter kept
    ['Progam Pengelolaan Pendidikan', 'program'],
    ['PRGRAM PENUNJANG URUSAN', 'program'],
    ['1.2 Kegiatn Penyediaan Jasa Kantor', 'kegiatan'],
    ['- Sub Kegiaatan Pengadaan Obat', 'subkegiatan'],
    ['Persentase kegiatan terlaksana', undefined],
    ['Kegiatannya', undefined],
    ['Sub bagian umum', undefined],
    // joined by a hyphen or a dash, as many offices type it
    ['Sub-Kegiatan Penyediaan Alat Tulis Kantor', 'subkegiatan'],
    ['- SUB–KEGIATAN PENYELENGGARAAN RAPAT', 'subkegiatan'],
    ['1.1.1 Sub-Keg. Pengadaan Obat', 'subkegiatan'],
    ['Sub-bagian umum', undefined],
    ['Sub-total', undefined],
  ])('%s → %s', (label, level) => {
    expect(explicitLevel(label)).toBe(level);
  });
});

describe('vocabulary: the classification of belanja, read past numbering, bullets, markup and odd spaces', () => {
  test.each([
    ['Belanja Operasi', true, true],
    ['5.1 BELANJA OPERASI', true, true],
    ['B. Belanja Tidak Langsung', false, false],
    ['2) Belanja Modal', true, true],
    ['- Belanja Pegawai', false, true],
    ['• belanja barang dan jasa', false, true],
    ['\u00a0Belanja\u00a0Hibah', false, true],
    ['<b>Belanja Transfer</b>', true, true],
    ['  1.  Belanja Bantuan Sosial', false, true],
    ['Belanja Modal Peralatan dan Mesin', false, true],
    ['Belanjaan rumah tangga', false, false],
    ['Program Belanja Operasi', false, false],
    ['Sub Kegiatan Penyediaan Belanja Pegawai', false, false],
    ['Kegiatan 1.2 Pelayanan', false, false],
    ['', false, false],
  ])('%j: group %s, line %s', (label, group, line) => {
    expect([isBelanjaGroup(label), isBelanjaLine(label)]).toEqual([group, line]);
  });
});

test('a PK with its year’s target and each quarter’s ("Target TW I" … in one cell) is a PK, not a Renstra table of years', () => {
  const pk = (quarters: string[]) =>
    recogniseWorkbook(
      book(
        sheet('PK', [
          ['No', 'Sasaran', 'Indikator Kinerja', 'Target Tahunan', ...quarters],
          [1, 'Meningkatnya kualitas pelayanan arsip', 'Persentase arsip yang dikelola sesuai standar', 80, 20, 40, 60, 80],
          [2, null, 'Jumlah perpustakaan desa terakreditasi', 20, 5, 5, 5, 5],
        ]),
      ),
    )[0];
  const t = pk(['Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV']);
  expect(t.kind).toBe('perjanjian-kinerja');
  expect(t.columns.map((c) => c.period)).toEqual([undefined, undefined, undefined, undefined, 'tw 1', 'tw 2', 'tw 3', 'tw 4']);
  // a target for each year of the Renstra is still that table
  expect(pk(['Target 2023', 'Target 2024', 'Target 2025', 'Target 2026']).kind).toBe('lainnya');
});

describe('a sheet laid out with an empty spacer column between every two (PDF converters that do not merge)', () => {
  /** Rows with an empty column put after every cell. */
  const spaced = (rows: V[][]) => rows.map((r) => r.flatMap((v, i) => (i + 1 < r.length ? [v, null] : [v])));
  const summary = (rows: V[][], merges: string[] = []) =>
    recogniseWorkbook(book(sheet('S', rows, { merges }))).map((t) => [
      rangeA1(t.range),
      t.kind,
      t.columns.filter((c) => c.role).map((c) => `${c.col}:${c.role}`),
    ]);

  test('a PK and a realisasi table stacked with no blank row between: each one table, every column with its role', () => {
    const rows = spaced([
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, 'Meningkatnya kualitas layanan', 'Indeks kepuasan masyarakat', 82],
      [2, 'Meningkatnya akuntabilitas', 'Nilai SAKIP', 70],
      ['No', 'Program', 'Pagu', 'Realisasi', '%'],
      [1, 'Program Penunjang Urusan', rp(1250000000), rp(1187500000), pct(0.95)],
      [2, 'Program Pelayanan Publik', rp(860000000), rp(812730000), pct(0.945)],
    ]);
    expect(summary(rows)).toEqual([
      ['A1:G3', 'perjanjian-kinerja', ['1:no', '3:sasaran', '5:indikator', '7:target']],
      ['A4:I6', 'realisasi-anggaran', ['1:no', '3:uraian', '5:anggaran', '7:realisasi-anggaran', '9:serapan']],
    ]);
  });

  test('a column of "%" signs under no header, past its figures\' spacer, keeps the columns right of it in the table', () => {
    const rows = spaced([
      ['Sasaran Strategis', 'Capaian', null, 'Program', 'Indikator Kinerja', 'Target', null, 'Realisasi', null],
      ['Meningkatnya pelayanan sosial', 112, '%', 'Program Rehabilitasi Sosial', 'Persentase PPKS terlayani', 13, '%', 22, '%'],
      [null, null, null, null, 'Persentase PPKS memperoleh bantuan', 9, '%', 9, '%'],
      [null, null, null, 'Program Perlindungan Sosial', 'Persentase PPKS memperoleh jaminan', 13, '%', 15, '%'],
    ]);
    const out = summary(rows);
    expect(out.map((t) => t[0])).toEqual(['A1:Q4']);
  });

  test('an amount after "Rp" with a blank header, past its spacer, joins the table; a scale of two bound columns is a scale', () => {
    expect(
      summary(
        spaced([
          ['Target Belanja', 'Anggaran'],
          ['Belanja Operasi', 'Rp', '4.681.577.821,-'],
          ['Belanja Modal', 'Rp', '12.488.750,-'],
          ['Total', 'Rp', '4.694.066.371,-'],
        ]),
      )[0][0],
    ).toBe('A1:E4');
    expect(
      summary(
        spaced([
          ['No', 'Batas Bawah (%)', 'Batas Atas (%)', 'Predikat'],
          [1, 90, 100, 'Sangat Baik'],
          [2, 75, 89.99, 'Baik'],
          [3, 0, 74.99, 'Kurang'],
        ]),
      ).map((t) => [t[0], t[1]]),
    ).toEqual([['A1:G4', 'skala-penilaian']]);
  });

  test('a units row\'s "(%)" over the signs, past the spacer, is the figures\' unit: no capaian column of its own', () => {
    const rows: V[][] = [
      ['NO', null, 'Sasaran Strategis', null, 'Indikator Kinerja Utama', null, 'Target', null, null],
      [null, null, null, null, null, null, null, null, '(%)'],
      [1, null, 'Meningkatnya penanganan PPKS', null, 'Persentase PPKS yang tertangani', null, 94.6, null, '%'],
      [2, null, 'Meningkatnya pemberdayaan sosial', null, 'Persentase KPM yang mandiri', null, 90, null, '%'],
    ];
    expect(summary(rows)).toEqual([['A1:I4', 'perjanjian-kinerja', ['1:no', '3:sasaran', '5:indikator', '7:target']]]);
  });

  test('a column of "%" signs under no header, on a sheet without spacers, keeps the remarks right of it in the table', () => {
    const rows: V[][] = [
      ['No', 'Sub Kegiatan', 'Pagu Anggaran', 'Realisasi', '%', null, 'Output', 'Keterangan'],
      [1, 'Penyediaan Permakanan', '1.123.840.000', '786.717.400', '70', '%', 'Permakanan lansia', 'Data Bidang'],
      [2, 'Pemulasaraan', '30.000.000', '30.000.000', '100', '%', 'Perlengkapan pemakaman', 'Sesuai DPA'],
      [3, 'Penyediaan Sandang', '13.750.000', '13.750.000', '100', '%', 'Sandang', 'Data Bidang'],
    ];
    expect(summary(rows).map((t) => [t[0], t[1]])).toEqual([['A1:H4', 'realisasi-anggaran']]);
  });

  test('"Kode" over the first of the code columns it heads, nothing merged: the table starts at it', () => {
    const rows: V[][] = [
      ['Kode', null, null, null, 'Uraian', 'Anggaran', 'Realisasi', '%'],
      ['2', '12', '02', null, 'PROGRAM PENDAFTARAN PENDUDUK', 498800000, 483885000, 97.01],
      ['2', '12', '02', '2.01', 'Pelayanan Pendaftaran Penduduk', 498800000, 483885000, 97.01],
      ['2', '12', '03', null, 'PROGRAM PENCATATAN SIPIL', 154200000, 150987000, 97.92],
      ['2', '12', '03', '2.01', 'Pelayanan Pencatatan Sipil', 154200000, 150987000, 97.92],
    ];
    expect(summary(rows).map((t) => [t[0], t[1]])).toEqual([['A1:H5', 'realisasi-anggaran']]);
    // with a column left empty between, "Kode" and its column stay out
    const apart = rows.map((r) => [r[0], null, ...r.slice(1)]);
    expect(summary(apart).map((t) => t[0])).toEqual(['C1:I5']);
  });

  test('two tables side by side one empty column apart, on a sheet without spacers, stay two tables', () => {
    const rows: V[][] = [
      ['No', 'Indikator Kinerja', 'Target', null, 'No', 'Program', 'Anggaran'],
      [1, 'Indeks kepuasan masyarakat', 82, null, 1, 'Program Penunjang Urusan', rp(1250000000)],
      [2, 'Nilai SAKIP', 70, null, 2, 'Program Pelayanan Publik', rp(860000000)],
    ];
    expect(summary(rows).map((t) => t[0])).toEqual(['A1:C3', 'E1:G3']);
  });
});

test('a band written two rows tall (merged down over an empty row, not across) over its sub-header is one table', () => {
  // every cell two sheet columns wide, as a PDF converter writes them; the counts typed as text, "-" for none
  const cells: V[][] = [
    ['NO', 'JABATAN', 'KUALIFIKASI PENDIDIKAN', null, null, null],
    [null, null, null, null, null, null],
    [null, null, 'S2', 'S1', 'D-III', 'SLTA'],
    ['1.', 'KEPALA DINAS', '-', '-', '-', '-'],
    ['2.', 'SEKRETARIS', '1', '-', '-', '-'],
    ['3.', 'KEPALA BIDANG', '-', '4', '-', '-'],
    ['4.', 'JABATAN FUNGSIONAL', '-', '12', '3', '-'],
  ];
  const rows = cells.map((r) => r.flatMap((v) => [v, null]));
  const merges = ['A1:B2', 'C1:D2', 'E1:F2'];
  cells.forEach((r, i) =>
    r.forEach((v, j) => v !== null && i !== 0 && merges.push(`${String.fromCharCode(65 + 2 * j)}${i + 1}:${String.fromCharCode(66 + 2 * j)}${i + 1}`)),
  );
  const t = recogniseWorkbook(book(sheet('Pegawai', rows, { merges })));
  expect(t.map((x) => rangeA1(x.range))).toEqual(['A1:L7']);
});

test('a header written two rows tall (every cell merged down over an empty row) with a blank row before the body is one table', () => {
  const rows: V[][] = [
    ['NO', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Target'],
    [null, null, null, null],
    [null, null, null, null],
    [1, 'Meningkatnya penanganan PPKS', 'Persentase PPKS yang tertangani', pct(0.946)],
    [2, 'Meningkatnya pemberdayaan sosial', 'Persentase KPM yang mandiri', pct(0.9)],
  ];
  const t = recogniseWorkbook(book(sheet('PK', rows, { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2'] })));
  expect(t.map((x) => [rangeA1(x.range), x.kind, x.headerRows])).toEqual([['A1:D5', 'perjanjian-kinerja', 2]]);
  // a Keterangan added later at the right, one row tall, leaves the header two rows tall
  const remarks = rows.map((r, i) => [...r, i === 0 ? 'Keterangan' : i >= 3 ? 'Sesuai Renstra' : null]);
  const u = recogniseWorkbook(book(sheet('PK', remarks, { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2'] })));
  expect(u.map((x) => [rangeA1(x.range), x.kind, x.headerRows])).toEqual([['A1:E5', 'perjanjian-kinerja', 2]]);
  // one cell merged down is no header two rows tall: the body after two blank rows is another thing
  const one = recogniseWorkbook(book(sheet('PK', remarks, { merges: ['A1:A2'] })));
  expect(one.map((x) => rangeA1(x.range))).not.toContain('A1:E5');
});

test('a figure\'s sign in a cell of its own under the same header ("104 | %", "Rp | 1.250.000.000"): the figures are the column', () => {
  const wb = (capaian: number) =>
    book(
      sheet(
        'Pengukuran',
        [
          ['No', 'Indikator Kinerja', 'Target', null, 'Realisasi', null, 'Capaian', null],
          [1, 'Persentase penduduk miskin yang menerima bantuan', 85, '%', 88.4, '%', 104, '%'],
          [2, 'Persentase rumah tidak layak huni yang direhabilitasi', 40, '%', 42, '%', capaian, '%'],
        ],
        { merges: ['C1:D1', 'E1:F1', 'G1:H1'] },
      ),
      sheet(
        'Anggaran',
        [
          ['No', 'Program', 'Pagu', null, 'Realisasi', null, 'Serapan', null],
          [1, 'Program Perlindungan dan Jaminan Sosial', 'Rp', 1250000000, 'Rp', 1187500000, 95, '%'],
          [2, 'Program Rehabilitasi Sosial', 'Rp', 860000000, 'Rp', 812730000, 94.5, '%'],
        ],
        { merges: ['C1:D1', 'E1:F1', 'G1:H1'] },
      ),
    );
  const r = periksaWorkbook(wb(105));
  expect(r.tables.map((t) => t.columns.filter((c) => c.role).map((c) => `${c.col}:${c.role}`))).toEqual([
    ['1:no', '2:indikator', '3:target', '5:realisasi', '7:capaian'],
    ['1:no', '2:uraian', '4:anggaran', '6:realisasi-anggaran', '7:serapan'],
  ]);
  expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  expect(galat(wb(106)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'G3']]);
});

test('a sasaran and its number written once over its indikator rows, nothing merged: every indikator row is a row of the list', () => {
  const wb = (mean: number) =>
    book(
      sheet('Sasaran', [
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Meningkatnya partisipasi pemuda dalam pembangunan', 'Persentase organisasi kepemudaan yang aktif', 75, 78, 104],
        [null, null, 'Jumlah wirausaha muda baru', 120, 108, 90],
        [2, 'Meningkatnya prestasi olahraga daerah', 'Jumlah medali tingkat provinsi', 40, 46, 115],
        [null, null, 'Persentase cabang olahraga berprestasi', 50, 45, 90],
        [null, 'Rata-rata', null, null, null, mean],
      ]),
    );
  const [t] = recogniseWorkbook(wb(99.75));
  expect(t.rows.map((r) => r.level)).toEqual(['data', 'data', 'data', 'data', 'total']);
  // (104 + 90 + 115 + 90) / 4 = 99,75: the mean of all four, not of the first of each sasaran
  expect(galat(wb(99.75))).toEqual([]);
  expect(galat(wb(109.5)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'F6']]);
});

test('a programme and its number written once over its kegiatan rows, nothing merged: every kegiatan a row of one level, the programme their sum', () => {
  const wb = (jumlah: number, pk: number) =>
    book(
      sheet('Rencana Anggaran', [
        ['No', 'Program', 'Kegiatan', 'Anggaran (Rp)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 150000000],
        [null, null, 'Administrasi Keuangan Perangkat Daerah', 2450000000],
        [null, null, 'Administrasi Umum Perangkat Daerah', 385000000],
        [2, 'Program Pengelolaan Pendidikan', 'Pengelolaan Pendidikan Sekolah Dasar', 5250000000],
        [null, null, 'Pengelolaan Pendidikan Sekolah Menengah Pertama', 3120000000],
        [3, 'Program Pendidik dan Tenaga Kependidikan', 'Pemerataan Kuantitas dan Kualitas Pendidik', 425000000],
        [null, 'Jumlah', null, jumlah],
      ]),
      sheet('Realisasi Anggaran', [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2985000000, 2801200000],
        [2, 'Program Pengelolaan Pendidikan', pk, 8102500000],
        [3, 'Program Pendidik dan Tenaga Kependidikan', 425000000, 410150000],
      ]),
    );
  const [t] = recogniseWorkbook(wb(11780000000, 8370000000));
  expect(t.rows.map((r) => r.level)).toEqual(['data', 'data', 'data', 'data', 'data', 'data', 'total']);
  expect(galat(wb(11780000000, 8370000000))).toEqual([]);
  expect(galat(wb(5825000000, 8370000000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'D8']]);
  // (5.250.000.000 + 3.120.000.000 = 8.370.000.000: the budget table's 8.730.000.000 contradicts it)
  expect(galat(wb(11780000000, 8730000000)).map((f) => [f.rule, f.sheet, f.cell, f.related])).toEqual([
    ['lintas-sheet', 'Realisasi Anggaran', 'C3', ["'Rencana Anggaran'!D5:D6"]],
  ]);
});

test('a hidden column no header names (working figures kept out of sight) takes no role: its figures are not summed', () => {
  const wb = (hidden: boolean) => {
    const s = sheet('Anggaran', [
      ['No', 'Program / Kegiatan', 'Pagu', null, 'Realisasi (Rp)'],
      [bold('1'), bold('Program Pembinaan dan Pengawasan'), bold(1104000000), bold(1102781000), bold(955032237)],
      ['1.1', 'Penyediaan Jasa Penunjang Urusan', 917000000, 878941000, 776097202],
      ['1.2', 'Koordinasi dan Sinkronisasi', 187000000, 172117000, 178935035],
      [null, bold('JUMLAH'), bold(1104000000), bold(1051058000), bold(955032237)],
    ]);
    return book(hidden ? { ...s, hiddenCols: [4] } : s);
  };
  const [t] = recogniseWorkbook(wb(true));
  expect(t.columns.find((c) => c.col === 4)?.role ?? null).toBeNull();
  expect(galat(wb(true))).toEqual([]);
  // shown, the same figures are checked (1 102 781 000 against 878 941 000 + 172 117 000)
  expect(galat(wb(false)).map((f) => [f.rule, f.cell])).toContainEqual(['jumlah-induk', 'D2']);
});

test('a row of names the vocabulary does not know over a block of figures, its list named by an indikator column: a table', () => {
  const rows: V[][] = [
    ['Tabel 3.4 Perbandingan Capaian Indikator dengan Daerah Lain dan Nasional Tahun 2024'],
    ['No', 'Indikator', 'Kab. Sukamaju', 'Kab. Sukamakmur', 'Kota Sejahtera', 'Rata-rata Provinsi', 'Nasional'],
    [1, 'Angka Harapan Hidup (tahun)', 71.2, 70.8, 72.5, 71.1, 73.9],
    [2, 'Prevalensi stunting (%)', 18.2, 22.5, 15.1, 19.4, 21.5],
    [3, 'Cakupan imunisasi dasar lengkap (%)', 94.1, 88.3, 96.2, 91.0, 90.5],
  ];
  const r = periksaWorkbook(book(sheet('Perbandingan', rows)));
  expect(r.tables.map((t) => [rangeA1(t.range), t.kind])).toEqual([['A2:G5', 'lainnya']]);
  expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  // without a list of things named (a pivot's "Year | Data | Books | Electronics"), or with one row of figures, no table
  const pivot = [
    ['Year', 'Data', 'Books', 'Electronics', 'Grand Total'],
    [2005, 'Sum of Cost', 889017, 13114909, 14003926],
    [null, 'Sum of Revenue', 1140362, 15883893, 17024255],
  ];
  expect(recogniseWorkbook(book(sheet('Pivot', pivot)))).toEqual([]);
  expect(recogniseWorkbook(book(sheet('Satu', rows.slice(0, 3))))).toEqual([]);
});

test('an unnumbered last row whose figures are the sum of the numbered list above it is its total, whatever its label', () => {
  const wb = (total: number, pengukuranB: number) =>
    book(
      sheet('Evaluasi SAKIP', [
        ['No', 'Komponen', 'Bobot', 'Nilai 2023', 'Nilai 2024'],
        [bold('1'), bold('Perencanaan Kinerja'), bold(30), bold(21.5), bold(23.1)],
        ['a', 'Dokumen Perencanaan Kinerja telah tersedia', 6, 5.2, 5.5],
        ['b', 'Dokumen Perencanaan Kinerja telah memenuhi standar', 9, 6.1, 6.8],
        ['c', 'Dokumen Perencanaan Kinerja telah menjadi acuan', 15, 10.2, 10.8],
        [bold('2'), bold('Pengukuran Kinerja'), bold(30), bold(18.9), bold(20.4)],
        ['a', 'Pengukuran Kinerja telah dilakukan', 6, 4.8, 5.1],
        ['b', 'Pengukuran Kinerja telah menjadi kebutuhan', 9, 5.6, pengukuranB],
        ['c', 'Pengukuran Kinerja telah dijadikan dasar', 15, 8.5, 9.1],
        [bold('3'), bold('Pelaporan Kinerja'), bold(15), bold(9.8), bold(10.5)],
        [bold('4'), bold('Evaluasi Akuntabilitas Kinerja Internal'), bold(25), bold(15.1), bold(16.2)],
        [null, bold('Nilai Akuntabilitas Kinerja'), bold(100), bold(65.3), bold(total)],
      ]),
    );
  const [t] = recogniseWorkbook(wb(70.2, 6.2));
  expect(t.rows[t.rows.length - 1]).toMatchObject({ row: 12, level: 'total' });
  expect(galat(wb(70.2, 6.2))).toEqual([]);
  // a wrong sub-item shows in its komponen; a wrong total in the total row (the other columns still say what it is)
  expect(galat(wb(70.2, 6.8)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'E6']]);
  expect(galat(wb(71.2, 6.2)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'E12']]);
  // so the mean of a flat numbered list of indikator, bold under them ("Nilai Kinerja Organisasi"): no heading of theirs
  const nko = recogniseWorkbook(
    book(
      sheet('IKU', [
        ['No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Indeks kepuasan masyarakat', 82, 84.1, 102.56],
        [2, 'Persentase perizinan terbit tepat waktu', 95, 93.1, 98],
        [3, 'Nilai investasi (miliar Rp)', 1500, 1620, 108],
        [null, bold('Nilai Kinerja Organisasi'), null, null, bold(102.85)],
      ]),
    ),
  );
  expect(nko[0].rows.map((r) => r.level)).toEqual(['data', 'data', 'data', 'total']);
});

test('such a total followed by a closing line in words ("Predikat | B | BB") is still the total, the line no row it adds', () => {
  const wb = (total: number) =>
    book(
      sheet('Hasil Evaluasi', [
        ['No', 'Komponen', 'Bobot (%)', 'Nilai 2023', 'Nilai 2024'],
        [1, 'Perencanaan Kinerja', 30, 22.1, 23.4],
        [2, 'Pengukuran Kinerja', 30, 19.35, 20.85],
        [3, 'Pelaporan Kinerja', 15, 10.9, 11.25],
        [4, 'Evaluasi Akuntabilitas Kinerja Internal', 25, 14.75, 16.1],
        [null, bold('Nilai Akuntabilitas Kinerja'), bold(100), bold(67.1), bold(total)],
        [null, bold('Predikat'), null, bold('B'), bold('BB')],
      ]),
    );
  const [t] = recogniseWorkbook(wb(71.6));
  expect(t.rows.map((r) => r.level)).toEqual(['data', 'data', 'data', 'data', 'total', 'data']);
  expect(galat(wb(71.6))).toEqual([]);
  expect(galat(wb(73.1)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'E6']]);
});

test.each([
  // the last kegiatan's serapan as stored under a "0%" format (shown 90 %), its row's level: the programmes' serapan
  // (86,88 %, 96,75 %, 85,83 %) average 89,82 %
  ['89,77 %: a kegiatan of its own', 0.8977, 'kegiatan'],
  ["the mean itself, as AVERAGE gives it: the list's total", (0.8688 + 0.9675 + 0.8583) / 3, 'total'],
])("a last unnumbered row whose percentage is near the numbered rows' mean, to its digits not its format: %s", (_, last, level) => {
  const rows: V[][] = [
    ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
    [bold('1'), bold('PERENCANAAN PEMBANGUNAN'), bold(1331000000), bold(1156380383), { v: 0.8688, fmt: '0%', bold: true }],
    [null, 'Penyusunan Dokumen', 896000000, 729926693, pct(0.8147)],
    [null, 'Evaluasi Kinerja', 435000000, 426453690, pct(0.9804)],
    [bold('2'), bold('PELAYANAN PUBLIK'), bold(560000000), bold(541809730), { v: 0.9675, fmt: '0%', bold: true }],
    [null, 'Pelayanan Terpadu', 277000000, 262451879, pct(0.9475)],
    [null, 'Pengaduan Masyarakat', 283000000, 279357851, pct(0.9871)],
    [bold('3'), bold('PENGAWASAN INTERNAL'), bold(839000000), bold(720134955), { v: 0.8583, fmt: '0%', bold: true }],
    [null, 'Audit Kinerja', 427000000, 350270991, pct(0.8203)],
    [null, 'Reviu Laporan', 412000000, 369863964, pct(last)],
  ];
  const [t] = recogniseWorkbook(book(sheet('Anggaran', rows)));
  expect(t.rows[t.rows.length - 1].level).toBe(level);
  if (level === 'kegiatan') expect(galat(book(sheet('Anggaran', rows)))).toEqual([]);
});

test('a header written over the sign\'s cell only, nothing merged ("Anggaran" over "Rp | 4.681.577.821", "Capaian" over "104 | %"): the figures take it', () => {
  const wb = (total: number) =>
    book(
      sheet('Belanja', [
        ['Target Belanja', 'Anggaran', null],
        ['Belanja Operasi', 'Rp', 4681577821],
        ['Belanja Modal', 'Rp', 12488750],
        ['Total Target', 'Rp', total],
      ]),
      sheet('Capaian', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', null],
        [1, 'Persentase penduduk miskin yang menerima bantuan', 85, 88.4, 104, '%'],
        [2, 'Persentase rumah tidak layak huni yang direhabilitasi', 40, 42, 105, '%'],
      ]),
    );
  // a units row that writes the sign's unit under the sign's cell: still the sign of the target beside it, no capaian
  const pk = periksaWorkbook(
    book(
      sheet('PK', [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Target', null],
        [null, null, null, null, '(%)'],
        [1, 'Meningkatnya penanganan PPKS', 'Persentase PPKS yang tertangani', 94.6, '%'],
        [2, 'Meningkatnya pemberdayaan sosial', 'Persentase KPM yang mandiri', 90, '%'],
      ]),
    ),
  );
  expect(pk.tables.map((t) => [t.kind, t.columns.filter((c) => c.role).map((c) => `${c.col}:${c.role}:${c.unit}`)])).toEqual([
    ['perjanjian-kinerja', ['1:no:text', '2:sasaran:text', '3:indikator:text', '4:target:percent']],
  ]);
  const r = periksaWorkbook(wb(4694066571));
  expect(r.tables.map((t) => t.columns.filter((c) => c.role).map((c) => `${c.col}:${c.role}:${c.unit}`))).toEqual([
    ['1:uraian:text', '3:anggaran:money'],
    ['1:no:text', '2:indikator:text', '3:target:count', '4:realisasi:number', '5:capaian:percent'],
  ]);
  expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  expect(galat(wb(4694066371)).map((f) => [f.rule, f.cell, f.message.split(' baris')[0]])).toEqual([['jumlah-total', 'C4', 'Anggaran']]);
});

test('every cell two sheet columns wide and each "%" in a pair of its own (a PDF converter): the sign still marks the figures before it', () => {
  // Target and Realisasi each over four sheet columns: the figure's pair, then the sign's pair
  const wb = (capaian: number) =>
    book(
      sheet(
        'Pengukuran',
        [
          ['No', null, 'Indikator Kinerja', null, 'Target', null, null, null, 'Realisasi', null, null, null, 'Capaian', null, null, null],
          [1, null, 'Persentase penduduk miskin yang menerima bantuan', null, 85, null, '%', null, 88.4, null, '%', null, 104, null, '%', null],
          [2, null, 'Persentase rumah tidak layak huni yang direhabilitasi', null, 40, null, '%', null, 42, null, '%', null, capaian, null, '%', null],
        ],
        {
          merges: [
            ...['A1:B1', 'C1:D1', 'E1:H1', 'I1:L1', 'M1:P1'],
            ...[2, 3].flatMap((r) => ['A', 'C', 'E', 'G', 'I', 'K', 'M', 'O'].map((c) => `${c}${r}:${String.fromCharCode(c.charCodeAt(0) + 1)}${r}`)),
          ],
        },
      ),
    );
  const r = periksaWorkbook(wb(105));
  const [t] = r.tables;
  expect(t.columns.filter((c) => c.role).map((c) => `${c.col}:${c.role}:${c.unit}`)).toEqual([
    '1:no:text',
    '3:indikator:text',
    '5:target:percent',
    '9:realisasi:percent',
    '13:capaian:percent',
  ]);
  expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  expect(galat(wb(106)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'M3']]);
});

test('lone lines right above a table that touches the one before are its caption, not rows of the one before', () => {
  const rows: V[][] = [
    ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET 2024', 'REALISASI 2024', 'CAPAIAN 2024'],
    ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 580, 653, pct(1.12)],
    ['Realisasi dan Capaian Kinerja'],
    ['Tahun 2023 dan 2024'],
    ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'REALISASI 2023', 'REALISASI 2024', 'CAPAIAN 2024'],
    ['Menurunnya PPKS', 'Jumlah Penurunan PPKS', 640, 653, pct(1.12)],
    ['Realisasi, Output dan Outcome Program/Kegiatan Indikator'],
    ['“Meningkatnya Peran Aktif Masyarakat dalam Penyelenggaraan Kesejahteraan Sosial melalui pemberdayaan”'],
    ['No', 'Program', 'Pagu Anggaran', 'Realisasi', '%'],
    [1, 'Program Pemberdayaan Sosial', rp(84000000), rp(82000000), pct(0.976)],
  ];
  expect(recogniseWorkbook(book(sheet('Rapat', rows))).map((t) => rangeA1(t.range))).toEqual(['A1:E2', 'A5:E6', 'A9:E10']);
});

test('a pengukuran whose targets are written as ranges ("≥ 10%", "18 - 20%", "< 5%") is a pengukuran, never a scale', () => {
  const wb = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase peningkatan PAD', '≥ 10%', '12,4%', '124%'],
      [2, 'Rasio PAD terhadap pendapatan daerah', '18 - 20%', '19,2%', '100%'],
      [3, 'Tingkat kepatuhan wajib pajak', '> 85%', '83%', '97,65%'],
      [4, 'Persentase tunggakan pajak daerah', '< 5%', '4,2%', '116%'],
    ]),
  );
  const [t] = recogniseWorkbook(wb);
  expect(t.kind).toBe('pengukuran-kinerja');
  expect(t.bands).toBeUndefined();
  // nor a PK's targets alone
  const pk = book(
    sheet('PK', [
      ['No', 'Indikator Kinerja', 'Target'],
      [1, 'Persentase peningkatan PAD', '≥ 10%'],
      [2, 'Rasio PAD terhadap pendapatan daerah', '18 - 20%'],
      [3, 'Persentase tunggakan pajak daerah', '< 5%'],
    ]),
  );
  expect(recogniseWorkbook(pk)[0].kind).toBe('perjanjian-kinerja');
});

test.each([
  ['%', 'orang', '%', 'nilai'],
  ['persen', 'orang', 'rumah', 'nilai'],
])(
  'an unheaded first column of 1., 2., 3. is the numbering; a merged "Indikator Kinerja" over the name and its unit (%s, %s, %s, %s): the unit is the satuan',
  (...units) => {
    const wb = (capaian3: string) =>
      book(
        sheet(
          'Pengukuran',
          [
            [null, 'Indikator Kinerja', null, 'Target', 'Realisasi', 'Capaian'],
            ['1.', 'Persentase KPM PKH graduasi', units[0], 10, 8.2, '82,00%'],
            ['2.', 'Jumlah PPKS yang tertangani', units[1], 1200, 1264, '105,33%'],
            ['3.', 'Persentase anak terlantar terlayani', units[2], 85, 88.5, capaian3],
            ['4.', 'Indeks Kepuasan Masyarakat', units[3], 80, 82.3, '102,88%'],
          ],
          { merges: ['B1:C1'] },
        ),
      );
    const [t] = recogniseWorkbook(wb('104,12%'));
    expect(t.columns.map((c) => c.role)).toEqual(['no', 'indikator', 'satuan', 'target', 'realisasi', 'capaian']);
    const { findings: all } = periksaWorkbook(wb('105,33%'));
    // the numbering is no figure typed as text; the finding names the indikator, not its unit
    expect(all.filter((f) => f.rule === 'angka-teks').map((f) => f.cell)).toEqual(['F2:F5']);
    const g = all.filter((f) => f.severity === 'galat');
    expect(g.map((f) => [f.rule, f.cell, f.expected])).toEqual([['persen-capaian', 'F4', 104.12]]);
    expect(g[0].message).toMatch(/^Capaian Persentase anak terlantar terlayani tertulis 105,33 %/);
  },
);

test.each(['Komoditas', 'Kecamatan', 'Desa/Kelurahan', 'Puskesmas', 'Jenis Penyakit'])(
  'a table of general data listing by "%s", its other headers unknown words, is found',
  (label) => {
    const wb = book(
      sheet('Data', [
        ['Tabel 2.4 Data Umum'],
        ['No', label, 'Luas Tanam (ha)', 'Luas Panen (ha)', 'Produksi (ton)'],
        [1, 'A', 12450, 12010, 68457],
        [2, 'B', 2310, 2150, 7310],
        [3, 'C', 8640, 8420, 46310],
      ]),
    );
    expect(recogniseWorkbook(wb).map((t) => [rangeA1(t.range), t.kind])).toEqual([['A2:E5', 'lainnya']]);
  },
);

test("a history of the office's evaluation scores (Tahun | Nilai | Predikat) is no scale; a scale beside it in the book is", () => {
  // the SAKIP score by year: each row a year's figure and its grade, a grade repeated — no band of a scale
  const history = (grades: string[]) =>
    book(
      sheet('Akuntabilitas', [
        ['Tabel 3.11 Nilai Evaluasi AKIP'],
        [null],
        ['Tahun', 'Nilai', 'Predikat'],
        [2021, 62.5, grades[0]],
        [2022, 65.1, grades[1]],
        [2023, 70.4, grades[2]],
      ]),
      sheet('Kriteria', [
        ['Interval Nilai Capaian', 'Kriteria Penilaian'],
        ['≥ 91', 'Sangat Tinggi'],
        ['76 ≤ x < 91', 'Tinggi'],
        ['66 ≤ x < 76', 'Sedang'],
        ['≤ 65', 'Rendah'],
      ]),
    );
  for (const grades of [
    ['B', 'B', 'BB'],
    ['B', 'BB', 'A'],
  ]) {
    const kinds = recogniseWorkbook(history(grades)).map((t) => [t.sheet, t.kind]);
    expect(kinds).toContainEqual(['Kriteria', 'skala-penilaian']);
    expect(kinds).not.toContainEqual(['Akuntabilitas', 'skala-penilaian']);
  }
  // a scale's bands numbered 1 … 4 in a No column stay a scale
  const numbered = book(
    sheet('Skala', [
      ['No', 'Nilai', 'Predikat'],
      [1, '> 90 - 100', 'AA'],
      [2, '> 80 - 90', 'A'],
      [3, '> 70 - 80', 'BB'],
      [4, '≤ 70', 'B'],
    ]),
  );
  expect(recogniseWorkbook(numbered).map((t) => t.kind)).toEqual(['skala-penilaian']);
});

test('a Renstra table of targets under bare years ("Kondisi Awal | 2021 … 2026 | Kondisi Akhir") is no PK; a PK with two baselines is', () => {
  const kind = (header: V[], rows: V[][]) => recogniseWorkbook(book(sheet('S', [header, ...rows])))[0].kind;
  const indikator = ['Angka Harapan Hidup', 'Prevalensi stunting'];
  expect(
    kind(
      ['No', 'Indikator Kinerja', 'Kondisi Awal 2020', '2021', '2022', '2023', '2024', '2025', '2026', 'Kondisi Akhir'],
      indikator.map((n, i) => [i + 1, n, 70.1, 70.3, 70.5, 70.8, 71.0, 71.3, 71.5, 71.5]),
    ),
  ).toBe('lainnya');
  expect(
    kind(
      ['No', 'Indikator Kinerja', 'Kondisi 2022', 'Kondisi 2023', 'Target 2024'],
      indikator.map((n, i) => [i + 1, n, 70.1, 70.3, 70.5]),
    ),
  ).toBe('perjanjian-kinerja');
});

test("a hospital's quality indicators against their standards ('Indikator Mutu | Standar ≥ 85%') are no scale: a pengukuran", () => {
  const wb = (fourth: string) =>
    book(
      sheet('Mutu', [
        ['No', 'Indikator Mutu', 'Standar', 'Capaian 2024', 'Keterangan'],
        [1, 'Kepatuhan kebersihan tangan', '≥ 85%', '91,2%', 'Tercapai'],
        [2, 'Waktu tunggu rawat jalan', '≤ 60 menit', '52 menit', 'Tercapai'],
        [3, 'Kepuasan pasien', '≥ 76,61', '79,3', 'Tercapai'],
        [4, 'Kepatuhan identifikasi pasien', '100%', '97,5%', fourth],
      ]),
    );
  const r = periksaWorkbook(wb('Tidak Tercapai'));
  expect(r.tables.map((t) => [t.kind, t.bands])).toEqual([['pengukuran-kinerja', undefined]]);
  // a value on the side its standard points to meets it (91,2 % against ≥ 85 %, 52 menit against ≤ 60): no galat
  expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  // 97,5 % of a standard of 100 % is not met by either reading
  expect(
    periksaWorkbook(wb('Tercapai'))
      .findings.filter((f) => f.severity === 'galat')
      .map((f) => [f.rule, f.cell]),
  ).toEqual([['predikat', 'E5']]);
});

describe('a weighted evaluation by components (SAKIP: Komponen | Bobot | Nilai, closed by a Nilai Akhir)', () => {
  // PermenPANRB 88/2021's components and weights; each scored out of its weight
  const sakip = (akhir: V, pelaporan: V = 10.92, years = false) =>
    book(
      sheet('SAKIP', [
        ['Tabel 2.3 Hasil Evaluasi SAKIP Tahun 2023'],
        [],
        years ? ['No', 'Komponen yang Dinilai', 'Bobot', '2022', '2023'] : ['No', 'Komponen yang Dinilai', 'Bobot (%)', 'Nilai'],
        [1, 'Perencanaan Kinerja', 30, ...(years ? [21.5] : []), 22.45],
        [2, 'Pengukuran Kinerja', 30, ...(years ? [18.9] : []), 19.8],
        [3, 'Pelaporan Kinerja', 15, ...(years ? [10.1] : []), pelaporan],
        [4, 'Evaluasi Akuntabilitas Kinerja Internal', 25, ...(years ? [13.75] : []), 14.6],
        [null, 'Nilai Akhir', 100, ...(years ? [64.25] : []), akhir],
        [null, 'Predikat', null, ...(years ? ['B'] : []), 'BB'],
      ]),
    );
  test('the scores in no order of a scale are no scale: the table is no skala-penilaian', () => {
    expect(recogniseWorkbook(sakip(67.77))[0].kind).toBe('lainnya');
  });
  test('its Nilai Akhir is the sum of the components’ scores, checked as a total', () => {
    expect(galat(sakip(67.77))).toEqual([]);
    expect(galat(sakip(69.77)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'D8', 67.77]]);
    // every year's column too
    expect(galat(sakip(69.77, 10.92, true)).map((f) => [f.rule, f.cell, f.expected])).toEqual([['jumlah-total', 'E8', 67.77]]);
  });
  test('a score above its weight: no weighted evaluation, the Nilai Akhir is not taken for their sum', () => {
    expect(galat(sakip(76.77, 19.92))).toEqual([]);
  });
  test('a scale written as plain bounds, falling down its rows, is still a scale', () => {
    const scale = book(
      sheet('Skala', [
        ['Nilai', 'Kategori'],
        [90, 'Sangat Baik'],
        [75, 'Baik'],
        [60, 'Cukup'],
        [0, 'Kurang'],
      ]),
    );
    expect(recogniseWorkbook(scale)[0].kind).toBe('skala-penilaian');
  });
});

describe('header: a budget’s revision under its band ("Anggaran" / "Murni | Perubahan", "% Realisasi" / "thd Murni | thd Perubahan")', () => {
  const lra = (pariwisata: V) =>
    book(
      sheet(
        'LRA',
        [
          ['No', 'Program', 'Anggaran (Rp)', null, 'Realisasi (Rp)', 'Persentase Realisasi (%)', null],
          [null, null, 'Murni', 'Perubahan', null, 'thd Murni', 'thd Perubahan'],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2850000000, 3012500000, 2911470000, 102.16, 96.65],
          [2, 'Program Peningkatan Daya Tarik Destinasi Pariwisata', 1450000000, 1385000000, 1301225000, 89.74, pariwisata],
          [3, 'Program Pemasaran Pariwisata', 780000000, 845000000, 812300000, 104.14, 96.13],
          [4, 'Program Pengembangan Ekonomi Kreatif', 560000000, 540000000, 488900000, 87.3, 90.54],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:G1'] },
      ),
    );
  test('the revision row is the header’s, each column the role of its band', () => {
    const [t] = recogniseWorkbook(lra(93.95));
    expect(t.headerRows).toBe(2);
    expect(t.columns.map((c) => c.role)).toEqual(['no', 'uraian', 'anggaran', 'anggaran', 'realisasi-anggaran', 'serapan', 'serapan']);
    expect(galat(lra(93.95))).toEqual([]);
  });
  test('a percentage against the revised pagu typed wrong, each column named with its band', () => {
    const f = galat(lra(97.95));
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['G4', 93.95]]);
    expect(f[0].message).toMatch(/^Persentase Realisasi \(%\) thd Perubahan Program Peningkatan Daya Tarik Destinasi Pariwisata tertulis 97,95 %/);
    expect(f[0].message).toContain('kolom "Realisasi (Rp)" ÷ kolom "Anggaran (Rp) Perubahan"');
  });
});

test('past a page break, a row whose number is typed as text ("4.2") and whose label runs onto the next line with its figures: the table goes on', () => {
  const lra = (paguSubLast: number) =>
    book(
      sheet('Laporan', [
        ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
        ['1', bold('Pendidikan Anak Usia Dini'), 410000000, 371214000, 90.54],
        ['1.1', bold('Pengelolaan PAUD 1.1'), 410000000, 371214000, 90.54],
        ['1.1.1', 'Penyediaan Alat Permainan Edukatif', 410000000, 371214000, 90.54],
        ['2', bold('Pendidikan Nonformal'), 655000000, 553536000, 84.51],
        ['2.1', bold('Pelaksanaan Pendidikan Nonformal 2.1'), 275000000, 225001000, 81.82],
        ['2.1.1', 'Penyediaan Modul Kesetaraan', 175000000, 139373000, 79.64],
        ['2.1.2', 'Pengelolaan Pendidikan Nonformal 2.1.2', 100000000, 85628000, 85.63],
        [null],
        [null, null, '- 5 -'],
        [null],
        [null],
        ['LKjIP Dinas Pendidikan Tahun 2024'],
        ['2.2', bold('Pelaksanaan Pendidikan')],
        [null, bold('Nonformal 2.2'), 380000000, 328535000, 86.46],
        ['2.2.1', 'Penyediaan Pendidikan'],
        [null, 'Nonformal 2.2.1', paguSubLast, 328535000, 86.46],
        [null, bold('JUMLAH'), 1065000000, 924750000, 86.83],
      ]),
    );
  const { tables } = periksaWorkbook(lra(380000000));
  expect(tables.map((t) => [t.kind, rangeA1(t.range)])).toEqual([['realisasi-anggaran', 'A1:E18']]);
  expect(galat(lra(380000000))).toEqual([]);
  // (the sub kegiatan's pagu typed wrong: its serapan and its kegiatan's sum both point at it)
  expect(galat(lra(308000000)).map((f) => [f.rule, f.cell])).toEqual([['asal-galat', 'C17']]);
});
