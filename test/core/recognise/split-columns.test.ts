import { periksaWorkbook } from '../../../src/core/periksa';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { bold, book, galat, sheet } from '../../helpers/snap';

// A table converted from a PDF: a column cut in two (its header merged over both halves), each row's figure in the
// left half or the right one as the converter placed it, never in both.
const pengukuran = (realisasiOf4: string, capaianOf4: string) =>
  sheet(
    'Table 1',
    [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, 'Capaian (%)'],
      ['1', 'Persentase jalan kondisi mantap', '75', '77,2', null, '102,93'],
      ['2', 'Persentase rumah layak huni', '85', null, '86,1', '101,29'],
      ['3', 'Persentase cakupan air minum', '90', '88,5', null, '98,33'],
      ['4', 'Persentase sanitasi layak', '80', null, realisasiOf4, capaianOf4],
      ['5', 'Indeks kepuasan masyarakat', '82', '84', null, '102,44'],
    ],
    { merges: ['D1:E1'] },
  );

const anggaran = (pagu: Record<string, string>) =>
  sheet(
    'Table 2',
    [
      ['No', 'Program/Kegiatan', 'Pagu', null, 'Realisasi', '%'],
      ['1', 'Program Penyelenggaraan Jalan', pagu.C2 ?? '12.000.000.000', null, '11.280.000.000', '94,00'],
      ['', 'Kegiatan Pembangunan Jalan', null, pagu.D3 ?? '8.000.000.000', '7.520.000.000', '94,00'],
      ['', 'Kegiatan Rehabilitasi Jalan', '4.000.000.000', null, '3.760.000.000', '94,00'],
      ['2', 'Program Pengelolaan Air Minum', null, '5.000.000.000', '4.500.000.000', '90,00'],
      ['', 'Kegiatan SPAM', '5.000.000.000', null, '4.500.000.000', '90,00'],
      ['', 'JUMLAH', '17.000.000.000', null, '15.780.000.000', '92,82'],
    ],
    { merges: ['C1:D1'] },
  );

test('a column cut in two is one column: every row read from the half that holds its figure, no false sum', () => {
  const wb = book(pengukuran('79', '98,75'), anggaran({}));
  expect(galat(wb)).toEqual([]);
  const { tables } = periksaWorkbook(wb);
  const roles = tables.map((t) => [t.kind, t.columns.map((c) => c.role)]);
  expect(roles).toEqual([
    ['pengukuran-kinerja', ['no', 'indikator', 'target', 'realisasi', null, 'capaian']],
    ['realisasi-anggaran', ['no', 'uraian', 'anggaran', null, 'realisasi-anggaran', 'serapan']],
  ]);
});

test('a figure in the right half of a cut column is checked there, and named by its own cell', () => {
  // sanitasi: 79 / 80 = 98,75 %, stated 97,75
  const wrongCapaian = galat(book(pengukuran('79', '97,75'), anggaran({})));
  expect(wrongCapaian.map((f) => [f.rule, f.cell, f.related])).toEqual([['persen-capaian', 'F5', ['C5', 'E5']]]);
  // the kegiatan's pagu in the right half, typed 8,5 miliar: its programme's pagu no longer adds up, nor its serapan —
  // one cell explains both
  const wrongPagu = galat(book(pengukuran('79', '98,75'), anggaran({ D3: '8.500.000.000' })));
  expect(wrongPagu.map((f) => [f.rule, f.cell, f.related])).toEqual([['asal-galat', 'D3', ['C2', 'F3']]]);
});

test('two columns under one header that both hold figures in a row are two columns, not one cut in two', () => {
  const wb = book(
    sheet(
      'Pengukuran',
      [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, 'Capaian (%)'],
        ['1', 'Persentase jalan kondisi mantap', 75, 77.2, 76, 102.93],
        ['2', 'Persentase rumah layak huni', 85, null, 86.1, 101.29],
      ],
      { merges: ['D1:E1'] },
    ),
  );
  expect(periksaWorkbook(wb).tables[0].columns.map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'realisasi', 'capaian']);
});

const cutNames = (paguAirMinum: string) =>
  book(
    sheet(
      'Table 3',
      [
        ['No', 'Program/Kegiatan', null, 'Pagu', 'Realisasi', '%'],
        ['1', 'Program', 'Penyelenggaraan Jalan', '12.000.000.000', '11.280.000.000', '94,00'],
        ['', 'Kegiatan Pembangunan', ' Jalan', '8.000.000.000', '7.520.000.000', '94,00'],
        ['', 'Kegiatan Rehabilitasi Jalan', null, '4.000.000.000', '3.760.000.000', '94,00'],
        ['2', 'Program Pengelolaan Air', 'Minum', '5.000.000.000', '4.500.000.000', '90,00'],
        ['', 'Kegiatan', 'SPAM', '5.000.000.000', '4.500.000.000', '90,00'],
        ['', 'JUMLAH', null, '17.000.000.000', '15.780.000.000', '92,82'],
      ],
      { merges: ['B1:C1'] },
    ),
    sheet('PK', [
      ['No', 'Program', 'Anggaran'],
      ['1', 'Program Penyelenggaraan Jalan', '12.000.000.000'],
      ['2', 'Program Pengelolaan Air Minum', paguAirMinum],
    ]),
  );

test('a name cut over two columns under one merged header is one label: its level words read, matched on another sheet', () => {
  const { tables } = periksaWorkbook(cutNames('5.000.000.000'));
  expect(tables[0].rows.map((r) => [r.label, r.level])).toEqual([
    ['Program Penyelenggaraan Jalan', 'program'],
    ['Kegiatan Pembangunan Jalan', 'kegiatan'],
    ['Kegiatan Rehabilitasi Jalan', 'kegiatan'],
    ['Program Pengelolaan Air Minum', 'program'],
    ['Kegiatan SPAM', 'kegiatan'],
    ['JUMLAH', 'total'],
  ]);
  expect(galat(cutNames('5.000.000.000'))).toEqual([]);
  // the PK's anggaran of the programme whose name the converter cut: 5,5 miliar against 5 miliar in the budget table
  expect(galat(cutNames('5.500.000.000')).map((f) => [f.rule, f.cell, f.related])).toEqual([['lintas-sheet', 'C3', ["'Table 3'!D5"]]]);
});

test.each([
  ['the rest of each name a short word or two, all different ("Gedung", "Perangkat Daerah")', ['Gedung', 'Perangkat Daerah', 'Pembangunan Jalan', 'Penduduk']],
  ['a unit vocabulary word among them ("Sekolah")', ['Gedung', 'Sekolah', 'Pembangunan Jalan', 'Penduduk']],
])('the right half of cut names is no satuan where %s: the names are joined, matched on another sheet', (_, rest) => {
  const wb = (pagu: number) =>
    book(
      sheet(
        'Table 2',
        [
          ['No', 'Program/Kegiatan', null, 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
          [1, 'Program Penataan Bangunan', rest[0], 12255000000, 10747557000, 87.7],
          [null, 'Kegiatan Pembangunan', rest[1], 8017000000, 6645263000, 82.89],
          [null, 'Kegiatan', rest[2], 4238000000, 4102294000, 96.8],
          [2, 'Program Pengendalian', rest[3], 900000000, 810000000, 90],
          [null, 'Kegiatan Penyuluhan Keluarga Berencana', null, 900000000, 810000000, 90],
        ],
        { merges: ['B1:C1'] },
      ),
      sheet('PK', [
        ['No', 'Program', 'Anggaran'],
        [1, `Program Penataan Bangunan ${rest[0]}`, pagu],
        [2, `Program Pengendalian ${rest[3]}`, 900000000],
      ]),
    );
  const { tables } = periksaWorkbook(wb(12255000000));
  expect(tables[0].columns.map((c) => c.role)).not.toContain('satuan');
  expect(galat(wb(12255000000))).toEqual([]);
  expect(galat(wb(12330000000)).map((f) => [f.rule, f.cell, f.related])).toEqual([['lintas-sheet', 'C2', ["'Table 2'!D2"]]]);
});

test('names under one merged header, each row in one column or the other, are an outline by column, not one name cut in two', () => {
  const wb = book(
    sheet(
      'Anggaran',
      [
        ['No', 'Uraian', null, 'Pagu', 'Realisasi'],
        ['1', 'Program Penyelenggaraan Jalan', null, 12_000_000_000, 11_280_000_000],
        [null, null, 'Pembangunan Jalan', 8_000_000_000, 7_520_000_000],
        [null, null, 'Rehabilitasi Jalan', 4_000_000_000, 3_760_000_000],
        ['2', 'Program Pengelolaan Air Minum', null, 5_000_000_000, 4_500_000_000],
        [null, null, 'Pembangunan SPAM', 5_000_000_000, 4_500_000_000],
      ],
      { merges: ['B1:C1'] },
    ),
  );
  const { tables } = periksaWorkbook(wb);
  expect(tables[0].rows.map((r) => r.parent)).toEqual([undefined, 2, 2, undefined, 5]);
});

test('a cut column whose figures all stand in its right half is that half; a figure there is named by its own cell on another sheet', () => {
  const pk = (anggaran: number) =>
    sheet(
      'Table 3',
      [
        ['No', 'Program', 'Anggaran (Rp)', null],
        ['1', 'Program Penyelenggaraan Jalan', null, anggaran],
        ['2', 'Program Pengelolaan Air Minum', null, 5_000_000_000],
      ],
      { merges: ['C1:D1'] },
    );
  const budget = anggaran({});
  const { tables } = periksaWorkbook(book(pk(12_000_000_000), budget));
  expect(tables[0].columns.map((c) => c.role)).toEqual(['no', 'uraian', null, 'anggaran']);
  expect(galat(book(pk(12_000_000_000), budget))).toEqual([]);
  // the PK's anggaran of the road programme, 12,3 miliar against the budget table's 12 miliar: in D2, a figure of the PK
  // (in the budget table the programme's pagu stands in the left half, C2)
  expect(galat(book(pk(12_300_000_000), budget)).map((f) => [f.rule, f.sheet, f.cell, f.related])).toEqual([
    ['lintas-sheet', 'Table 3', 'D2', ["'Table 2'!C2"]],
  ]);
});

test('a programme whose pagu stands in the right half is named there when another sheet disagrees', () => {
  const wb = (pkAnggaran: number) =>
    book(
      anggaran({}),
      sheet('PK', [
        ['No', 'Program', 'Anggaran (Rp)'],
        ['1', 'Program Pengelolaan Air Minum', pkAnggaran],
      ]),
    );
  expect(galat(wb(5_000_000_000))).toEqual([]);
  expect(galat(wb(5_400_000_000)).map((f) => [f.rule, f.sheet, f.cell, f.related])).toEqual([['lintas-sheet', 'Table 2', 'D5', ['PK!C2']]]);
});

test('a cut column whose header stands over its left half only is one column too; words beside a column are no half of it', () => {
  const unmerged = (realisasiOf4: string, capaianOf4: string) => {
    const s = pengukuran(realisasiOf4, capaianOf4);
    return { ...s, merges: [] };
  };
  const ok = periksaWorkbook(book(unmerged('79', '98,75')));
  expect(ok.tables[0].columns.map((c) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', null, 'capaian']);
  expect(ok.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  expect(galat(book(unmerged('79', '97,75'))).map((f) => [f.rule, f.cell, f.related])).toEqual([['persen-capaian', 'F5', ['C5', 'E5']]]);
  // a remark with no header of its own where no realisasi is known yet: words, no half of the realisasi
  const remark = book(
    sheet('Pengukuran', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, 'Capaian (%)'],
      ['1', 'Persentase jalan kondisi mantap', 75, 77.2, null, 102.93],
      ['2', 'Persentase rumah layak huni', 85, null, 'Belum ada data', null],
    ]),
  );
  expect(periksaWorkbook(remark).tables[0].columns[4]).not.toHaveProperty('half');
});

test('a name cut in two under a header over its left half only is one label; figures all in an unheaded right half are the column', () => {
  const cut = cutNames('5.000.000.000');
  const unmerged = book(...cut.sheets.map((s) => ({ ...s, merges: [] })));
  expect(periksaWorkbook(unmerged).tables[0].rows.map((r) => r.label)).toEqual([
    'Program Penyelenggaraan Jalan',
    'Kegiatan Pembangunan Jalan',
    'Kegiatan Rehabilitasi Jalan',
    'Program Pengelolaan Air Minum',
    'Kegiatan SPAM',
    'JUMLAH',
  ]);
  expect(galat(unmerged)).toEqual([]);
  const pk = sheet('PK', [
    ['No', 'Program', 'Anggaran (Rp)', null],
    ['1', 'Program Penyelenggaraan Jalan', null, 12_000_000_000],
    ['2', 'Program Pengelolaan Air Minum', null, 5_000_000_000],
  ]);
  const { tables } = periksaWorkbook(book(pk));
  expect(tables.map((t) => [t.kind, t.columns.map((c) => c.role)])).toEqual([['perjanjian-kinerja', ['no', 'uraian', null, 'anggaran']]]);
});

test("the last column cut in two, its header over the left half only: the right half is the table's, its figures checked", () => {
  const wb = (stated: string) =>
    book(
      sheet('Table 1', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', null],
        ['1', 'Nilai SAKIP', '70', '78,2', '111,71', null],
        ['2', 'Persentase jalan kondisi mantap', '75', '74,7', '99,60', null],
        ['3', 'Persentase rumah layak huni', '85', '78,5', null, stated],
        ['4', 'Persentase puskesmas terakreditasi', '90', '81,7', '90,78', null],
      ]),
    );
  const { tables } = periksaWorkbook(wb('92,35'));
  expect(tables.map((t) => t.range)).toEqual([{ top: 1, left: 1, bottom: 5, right: 6 }]);
  expect(galat(wb('92,35'))).toEqual([]);
  // 78,5 / 85 = 92,35 %, stated 93,85 in the right half
  expect(galat(wb('93,85')).map((f) => [f.rule, f.cell, f.related])).toEqual([['persen-capaian', 'F4', ['C4', 'D4']]]);
});

test.each([
  ['%', 'G1:H1'],
  ['(%)', 'G1:H1'],
  ['%', ''],
])('a bare "%" header cut in two (%s, merged %s) is one capaian: each row read from its half', (header, merge) => {
  // Nilai SAKIP: 77,6 / 70 = 110,86 %, stated 112,36 in the right half; each column typed as text (a peringatan over
  // both halves of it)
  const table = (sakip: string) =>
    book(
      sheet(
        'Table 1',
        [
          ['No', 'Indikator Kinerja Program', 'Target', null, 'Realisasi Kinerja', null, header, null],
          ['1', 'Persentase jalan kondisi mantap', '75', null, null, '70,5', null, '94'],
          ['2', 'Indeks kepuasan masyarakat', '82', null, '81,9', null, '99,88', null],
          ['3', 'Nilai SAKIP', null, '70', '77,6', null, null, sakip],
          ['4', 'Persentase rumah layak huni', '85', null, null, '84,2', '99,06', null],
          ['5', 'Persentase puskesmas terakreditasi', '90', null, null, '93,6', '104', null],
        ],
        { merges: ['C1:D1', 'E1:F1', ...(merge ? [merge] : [])] },
      ),
    );
  expect(
    periksaWorkbook(table('110,86'))
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.rule} ${f.cell}`),
  ).toEqual(['angka-teks C2:D6', 'angka-teks E2:F6', 'angka-teks G2:H6']);
  expect(galat(table('112,36')).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H4']]);
});

test('a column of rupiah headed by what it is spent on ("Belanja (Rp)") cut in two is one column: each programme\'s sum read from either half', () => {
  const b = (programme1: string) =>
    book(
      sheet(
        'Table 2',
        [
          ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Belanja (Rp)', null, '%'],
          ['1', 'Program Penataan Bangunan Gedung', '10.788.000.000', programme1, null, '87,77'],
          [null, 'Kegiatan Administrasi Keuangan Perangkat Daerah', '4.815.000.000', null, '4.227.289.000', '87,79'],
          [null, 'Kegiatan Rehabilitasi dan Pemeliharaan Jalan', '3.562.000.000', '2.938.945.000', null, '82,51'],
          [null, 'Kegiatan Perencanaan dan Evaluasi Kinerja', '2.411.000.000', null, '2.302.625.000', '95,50'],
        ],
        { merges: ['D1:E1'] },
      ),
    );
  // 4.227.289.000 + 2.938.945.000 + 2.302.625.000 = 9.468.859.000
  expect(galat(b('9.468.859.000'))).toEqual([]);
  expect(galat(b('9.486.859.000')).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'D2']]);
});

test('columns cut in two under words that name no figure ("Pencapaian", "Prosentase", "Belanja (Rp)"): one table, each column whole', () => {
  // nothing merged; the target's right half holds nothing, the others' figures land in either half
  const pengukuranInOtherWords = (capaian3: string) =>
    sheet('Table 1', [
      ['No', 'Indikator Kinerja', 'Target', null, 'Pencapaian', null, 'Prosentase', null],
      ['1', 'Indeks kepuasan masyarakat', '82', null, null, '88,5', null, '107,93'],
      ['2', 'Persentase rumah layak huni', '85', null, null, '86,7', '102,00', null],
      ['3', 'Persentase jalan kondisi mantap', '75', null, null, '81,4', null, capaian3],
      ['4', 'Angka partisipasi murni SD', '97', null, '103,4', null, '106,60', null],
      ['5', 'Cakupan air minum layak', '88', null, null, '88,1', '100,11', null],
    ]);
  const belanja = sheet('Table 2', [
    ['No', 'Program/Kegiatan', 'APBD-P (Rp)', null, 'Belanja (Rp)', null, '%'],
    ['1', 'Program Penataan Bangunan Gedung', '2.211.000.000', null, '2.128.167.000', null, '96,25'],
    [null, 'Kegiatan Rehabilitasi Gedung Kantor', null, '1.578.000.000', '1.539.148.000', null, '97,54'],
    [null, 'Kegiatan Pembangunan Gedung Serbaguna', '633.000.000', null, '589.019.000', null, '93,05'],
    ['2', 'Program Penyelenggaraan Jalan', null, '5.466.000.000', null, '5.380.522.000', '98,44'],
    [null, 'Kegiatan Pembangunan Jalan', '4.827.000.000', null, '4.751.671.000', null, '98,44'],
    [null, 'Kegiatan Pemeliharaan Jalan', '639.000.000', null, '628.851.000', null, '98,41'],
  ]);
  const wb = book(pengukuranInOtherWords('108,53'), belanja);
  const { tables } = periksaWorkbook(wb);
  expect(tables.map((t) => [t.kind, `${t.range.left}:${t.range.right}`])).toEqual([
    ['pengukuran-kinerja', '1:8'],
    ['realisasi-anggaran', '1:7'],
  ]);
  expect(galat(wb)).toEqual([]);
  // 81,4 ÷ 75 = 108,53 %, typed 106,53
  expect(galat(book(pengukuranInOtherWords('106,53'), belanja)).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H4']]);
});

test('a column cut in two under "Pencapaian" whose left half holds two indikator stacked in one cell: still one column, each half read', () => {
  // the last row holds two indikator one per line, as a converter leaves them; 70,3 ÷ 70 = 100,43 %
  const wb = (capaian3: string) =>
    book(
      sheet('Table 1', [
        ['No', 'Indikator Kinerja', 'Rencana Tingkat Capaian', null, 'Pencapaian', null, 'Persentase', null],
        ['1', 'Persentase puskesmas terakreditasi', '90', null, '89,7', null, null, '99,67'],
        ['2', 'Persentase rumah layak huni', '85', null, null, '78,2', '92,00', null],
        ['3', 'Nilai SAKIP', '70', null, null, '70,3', null, capaian3],
        ['4', 'Persentase jalan kondisi mantap', '75', null, '82,7', null, null, '110,27'],
        ['5', '1. Angka partisipasi murni SD\n2. Cakupan air minum layak', '97\n88', null, '98,9\n85,4', null, '101,96\n97,05', null],
      ]),
    );
  expect(galat(wb('100,43'))).toEqual([]);
  expect(galat(wb('101,93')).map((f) => [f.rule, f.cell])).toEqual([['persen-capaian', 'H4']]);
});

test('two tables side by side with an empty column between them stay two, whatever their headers say', () => {
  // a tariff sheet: two blocks of shares under the same words, the column between them empty
  const wb = book(
    sheet('Parameter', [
      ['Golongan', 'Kode', 'Porsi Investasi', 'Porsi Operasi', null, 'Porsi Investasi', 'Porsi Operasi', 'Porsi Lain'],
      ['30 s.d. 200 kW', 1, 0.55, 0.5, null, 0.4, 0.45, 0.5],
      ['200 s.d. 500 kW', 2, 0.5, 0.45, null, 0.4, 0.45, 0.45],
      ['500 s.d. 5000 kW', 3, 0.45, 0.4, null, 0.4, 0.45, 0.4],
    ]),
  );
  const ranges = periksaWorkbook(wb).tables.map((t) => [t.range.left, t.range.right]);
  expect(ranges).toContainEqual([1, 4]);
  expect(ranges.filter(([left, right]) => left < 5 && right > 5)).toEqual([]);
});

test('the money spent under "Belanja (Rp)", cut in two by a converter: the realisasi of the budget, its serapan checked', () => {
  // (a header in rupiah names amounts: "Belanja (Rp)" is what was spent, not a column of belanja lines)
  const lra = (serapanKegiatan2: number) =>
    book(
      sheet(
        'Table 2',
        [
          ['No', 'Program/Kegiatan', 'Plafon Anggaran (Rp)', null, 'Belanja (Rp)', null, '%'],
          ['1', 'Program Pelayanan Kesehatan Masyarakat', 6215000000, null, null, 5498612000, 88.47],
          [null, 'Kegiatan Promosi Kesehatan', 2430000000, null, null, 2187366000, 90.02],
          [null, 'Kegiatan Pencegahan Penyakit Menular', 3785000000, null, null, 3311246000, serapanKegiatan2],
          ['2', 'Program Peningkatan Mutu SDM Kesehatan', 1180500000, null, null, 1042917000, 88.35],
          [null, 'Kegiatan Pelatihan Tenaga Kesehatan', 1180500000, null, null, 1042917000, 88.35],
          [null, 'JUMLAH', 7395500000, null, 6541529000, null, 88.45],
        ],
        { merges: ['C1:D1', 'E1:F1'] },
      ),
    );
  const { tables } = periksaWorkbook(lra(87.48));
  expect(tables.map((t) => t.kind)).toEqual(['realisasi-anggaran']);
  expect(galat(lra(87.48))).toEqual([]);
  expect(galat(lra(78.48)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'G4']]);
});

describe('an empty column a table typed in Word keeps as a spacer', () => {
  const ranges = (wb: ReturnType<typeof book>) => recogniseWorkbook(wb).map((t) => [t.sheet, t.range.left, t.range.right, t.kind]);
  const cells = (wb: ReturnType<typeof book>) => galat(wb).map((f) => `${f.cell}`);

  test('between the indikator and its Satuan and realisasi by year: one table, its change column checked', () => {
    const make = (change2: number) =>
      book(
        sheet(
          'Tren',
          [
            ['No', 'Indikator Kinerja', null, 'Satuan', 'Realisasi', null, null, 'Kenaikan/Penurunan 2023-2024'],
            [null, null, null, null, 2022, 2023, 2024, null],
            [1, 'Indeks Kepuasan Masyarakat', null, 'Indeks', 78.2, 79.55, 80.66, 1.11],
            [2, 'Tingkat pengangguran terbuka', null, '%', 6.1, 5.91, 5.48, change2],
            [3, 'Persentase jalan kondisi mantap', null, '%', 68, 69.41, 70.32, 0.91],
            [4, 'Cakupan kepemilikan akta kelahiran', null, '%', 88, 89.95, 91.17, 1.22],
          ],
          { merges: ['A1:A2', 'B1:B2', 'D1:D2', 'E1:G1', 'H1:H2'] },
        ),
      );
    expect(ranges(make(-0.43))).toEqual([['Tren', 1, 8, 'pengukuran-kinerja']]);
    expect(galat(make(-0.43))).toEqual([]);
    expect(cells(make(-0.34))).toEqual(['H4']);
  });

  test('between the years and their change with the years named, a Trend in words beside it: one table, the change checked', () => {
    const make = (change2: number) =>
      book(
        sheet(
          'Tren',
          [
            ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', null, null, null, 'Kenaikan/ Penurunan 2023-2024', 'Trend'],
            [null, null, null, 2022, 2023, 2024, null, null, null],
            [1, 'Cakupan imunisasi dasar lengkap', '%', 86.67, 92.55, 91.37, null, -1.18, 'Turun'],
            [2, 'Rata-rata lama sekolah', 'Tahun', 8.09, 8.4, 8.32, null, change2, 'Turun'],
            [3, 'Angka Partisipasi Murni SD', '%', 95.78, 96.71, 96.18, null, -0.53, 'Turun'],
            [4, 'Cakupan kepemilikan akta kelahiran', '%', 95.07, 98.8, 97.73, null, -1.07, 'Turun'],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'H1:H2', 'I1:I2'] },
        ),
      );
    expect(ranges(make(-0.08))).toEqual([['Tren', 1, 9, 'pengukuran-kinerja']]);
    expect(galat(make(-0.08))).toEqual([]);
    expect(cells(make(0.27))).toEqual(['H4']);
  });

  test('after a Kode column left blank on the TOTAL row: the codes are the table’s, its sums checked', () => {
    const make = (kegiatan: number) =>
      book(
        sheet('Anggaran', [
          ['Kode', null, 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
          [null, null, bold('TOTAL'), bold(900_000_000), bold(840_000_000)],
          ['1.02.02', null, bold('Program Pemenuhan Upaya Kesehatan'), bold(900_000_000), bold(840_000_000)],
          ['1.02.02.2.01', null, 'Penyediaan Fasilitas Kesehatan', kegiatan, 840_000_000],
          ['1.02.02.2.01.0001', null, 'Pembangunan Puskesmas', 600_000_000, 560_000_000],
          ['1.02.02.2.01.0002', null, 'Pengadaan Alat Kesehatan', 300_000_000, 280_000_000],
        ]),
      );
    expect(ranges(make(900_000_000))).toEqual([['Anggaran', 1, 5, 'realisasi-anggaran']]);
    expect(galat(make(900_000_000))).toEqual([]);
    expect(cells(make(950_000_000))).toContain('D4');
  });

  test('after a No column whose first row numbers a programme heading ("I"): the numbers are the table’s, its sums checked', () => {
    const make = (kegiatan: number) =>
      book(
        sheet('Anggaran', [
          ['No', null, 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
          ['I', null, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH'],
          ['1', null, 'Perencanaan dan Evaluasi Kinerja Perangkat Daerah', kegiatan, 367_173_000],
          ['1.1', null, 'Penyediaan Gaji dan Tunjangan ASN', 285_300_000, 257_198_000],
          ['1.2', null, 'Pemantauan dan Evaluasi', 125_140_000, 109_975_000],
          ['2', null, 'Administrasi Keuangan Perangkat Daerah', 121_220_000, 118_469_000],
          ['2.1', null, 'Pengadaan Sarana dan Prasarana', 121_220_000, 118_469_000],
        ]),
      );
    expect(ranges(make(410_440_000))).toEqual([['Anggaran', 1, 5, 'realisasi-anggaran']]);
    expect(galat(make(410_440_000))).toEqual([]);
    expect(cells(make(420_440_000))).toContain('D3');
  });

  test('after the sasaran written once over its indikator: one Perjanjian Kinerja, its Jumlah under the Program column', () => {
    const wb = book(
      sheet('PK', [
        ['No', 'Sasaran Strategis', null, 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'],
        [1, 'Meningkatnya kualitas pelayanan publik', null, 'Persentase layanan tepat waktu', 80, 'Program Pelayanan Publik', 8_680_000_000],
        [null, null, null, 'Indeks kepuasan masyarakat', 85, null, null],
        [2, 'Menurunnya angka kesakitan', null, 'Nilai SAKIP', 80, 'Program Pencegahan Penyakit', 4_915_000_000],
        [null, null, null, null, null, bold('Jumlah'), bold(13_595_000_000)],
      ]),
    );
    expect(ranges(wb)).toEqual([['PK', 1, 7, 'perjanjian-kinerja']]);
    // (the Jumlah 13.595.000.000 against the programmes' 13.595.000.000: nothing to report)
    expect(galat(wb)).toEqual([]);
  });

  // (with a blank row above the Jumlah, the last merged Program and Anggaran still reach the indikator's last row)
  test.each([[false], [true]])(
    "before a PK's Program and Anggaran merged down beside the indikator of each sasaran (a blank row above the Jumlah: %s): one Perjanjian Kinerja, its Jumlah checked",
    (gap) => {
      const make = (jumlah: number) =>
        book(
          sheet(
            'PK',
            [
              ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', null, 'Program', 'Anggaran (Rp)'],
              [1, 'Meningkatnya kualitas pelayanan publik', 'Persentase jalan mantap', 80, null, 'Program Penyelenggaraan Jalan', 7_172_000_000],
              [null, null, 'Persentase jembatan mantap', 85, null, null, null],
              [2, 'Terwujudnya tata kelola yang akuntabel', 'Nilai SAKIP', 85, null, 'Program Penunjang Urusan Pemerintahan Daerah', 3_865_000_000],
              [null, null, 'Indeks kepuasan masyarakat', 80, null, null, null],
              ...(gap ? [[]] : []),
              [null, null, null, null, null, bold('Jumlah'), bold(jumlah)],
            ],
            { merges: ['F2:F3', 'G2:G3', 'F4:F5', 'G4:G5'] },
          ),
        );
      expect(ranges(make(11_037_000_000))).toEqual([['PK', 1, 7, 'perjanjian-kinerja']]);
      expect(galat(make(11_037_000_000))).toEqual([]);
      expect(cells(make(11_307_000_000))).toEqual([gap ? 'G7' : 'G6']);
    },
  );

  test("before a PK's Program and Anggaran written again on each indikator row of their sasaran: one Perjanjian Kinerja", () => {
    const wb = book(
      sheet('PK', [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', null, 'Program', 'Anggaran (Rp)'],
        [1, 'Tersedianya air minum layak', 'Cakupan air minum layak', 95, null, 'Program Pengelolaan Air Minum', 10_331_000_000],
        [null, null, 'Persentase sambungan rumah', 95, null, 'Program Pengelolaan Air Minum', 10_331_000_000],
        [2, 'Terwujudnya jalan yang mantap', 'Persentase jalan mantap', 80, null, 'Program Penyelenggaraan Jalan', 4_340_000_000],
        [null, null, 'Persentase jembatan mantap', 95, null, 'Program Penyelenggaraan Jalan', 4_340_000_000],
        [null, null, null, null, null, bold('Jumlah'), bold(14_671_000_000)],
      ]),
    );
    expect(ranges(wb)).toEqual([['PK', 1, 7, 'perjanjian-kinerja']]);
    expect(galat(wb)).toEqual([]);
  });

  test('after the No column numbering a scale\'s bands ("No | · | Skala Nilai | Kategori"): the scale with its No column', () => {
    const wb = book(
      sheet('Skala', [
        ['No', null, 'Skala Nilai', 'Kategori Capaian'],
        [1, null, '> 84', 'AA'],
        [2, null, '75 – 84', 'A'],
        [3, null, '65 - 74', 'B'],
        [4, null, '≤ 64', 'C'],
      ]),
    );
    expect(ranges(wb)).toEqual([['Skala', 1, 4, 'skala-penilaian']]);
  });

  test('before the Kategori of a pengukuran: the labels read against the scale', () => {
    const make = (kategori: string) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', null, 'Kategori'],
          [1, 'Persentase UMKM naik kelas', 90, 95.73, 106.37, null, 'Sangat Tinggi'],
          [2, 'Persentase dokumen perencanaan tepat waktu', 85, 61.47, 72.32, null, kategori],
          [3, 'Indeks kepuasan masyarakat', 80, 82, 102.5, null, 'Sangat Tinggi'],
        ]),
      );
    expect(ranges(make('Sedang'))).toEqual([['Pengukuran', 1, 7, 'pengukuran-kinerja']]);
    expect(galat(make('Sedang'))).toEqual([]);
    expect(cells(make('Sangat Tinggi')).map((c) => c.replace(/\d+$/, ''))).toContain('G');
  });

  test('under a header merged over it and the next column: the figures’ column is the one holding them', () => {
    const make = (capaian2: number) =>
      book(
        sheet(
          'Standar',
          [
            ['No', 'Indikator', 'Realisasi 2024', 'Standar Nasional', '% thd Standar Nasional', null],
            [1, 'Angka partisipasi murni SD', 96.4, 97, null, 99.38],
            [2, 'Persentase rumah tangga dengan akses air minum', 91.2, 100, null, capaian2],
            [3, 'Cakupan imunisasi dasar lengkap', 88.7, 90, null, 98.56],
          ],
          { merges: ['E1:F1'] },
        ),
      );
    expect(galat(make(91.2))).toEqual([]);
    expect(cells(make(96.9))).toEqual(['F3']);
    // a scale whose upper bounds so stand: still a scale
    const scale = book(
      sheet(
        'Kriteria',
        [
          ['No', 'Batas Bawah', 'Batas Atas', null, 'Kategori'],
          [1, 85, null, '-', 'Istimewa'],
          [2, 80, null, 84.99, 'Sangat Baik'],
          [3, 0, null, 79.99, 'Kurang'],
        ],
        { merges: ['C1:D1'] },
      ),
    );
    expect(ranges(scale)).toEqual([['Kriteria', 1, 5, 'skala-penilaian']]);
  });

  test('between a scale’s lower and upper bounds: one scale, its labels read against it', () => {
    const make = (label: string) =>
      book(
        sheet('Pengukuran', [
          ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
          [1, 'Persentase layanan tepat waktu', 80, 84, 105, 'Sangat Baik'],
          [2, 'Indeks kepuasan masyarakat', 85, 60, 70.59, label],
        ]),
        sheet('Skala', [
          ['Batas Bawah', null, 'Batas Atas', 'Kategori Capaian'],
          [110, null, '-', 'Istimewa'],
          [85, null, 109.99, 'Sangat Baik'],
          [60, null, 84.99, 'Cukup'],
          [0, null, 59.99, 'Kurang'],
        ]),
      );
    expect(ranges(make('Cukup')).filter(([s]) => s === 'Skala')).toEqual([['Skala', 1, 4, 'skala-penilaian']]);
    expect(galat(make('Cukup'))).toEqual([]);
    expect(galat(make('Kurang')).map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Pengukuran!F3']);
  });

  test('before figures that name no row and end above the last lines (an LRA\'s "Bertambah/(Berkurang) | %"): one table, its differences checked', () => {
    const make = (difference: number) =>
      book(
        sheet('LRA', [
          ['Uraian', 'Anggaran Setelah Perubahan', 'Realisasi 2024', null, 'Bertambah/(Berkurang)', '%'],
          [bold('4 PENDAPATAN DAERAH'), bold(3_854_000_000), bold(3_600_334_847), null, bold(-253_665_153), bold(93.42)],
          ['4.1.02.02 Retribusi Jasa Usaha', 2_071_000_000, 1_741_856_848, null, -329_143_152, 84.11],
          ['4.1.02.01 Retribusi Jasa Umum', 1_783_000_000, 1_858_477_999, null, 75_477_999, 104.23],
          [bold('5 BELANJA DAERAH'), bold(19_013_000_000), bold(15_661_901_449), null, bold(-3_351_098_551), bold(82.37)],
          ['5.1.02 Belanja Barang dan Jasa', 19_013_000_000, 15_661_901_449, null, difference, 82.37],
          [bold('Surplus / (Defisit)'), -15_159_000_000, -12_061_566_602, null, 3_097_433_398],
          [bold('PEMBIAYAAN')],
          ['Penerimaan Pembiayaan', 681_000_000, 681_000_000],
          [bold('Sisa Lebih Pembiayaan Anggaran (SiLPA)'), -14_478_000_000, -11_380_566_602],
        ]),
      );
    expect(ranges(make(-3_351_098_551))).toEqual([['LRA', 1, 6, 'realisasi-anggaran']]);
    expect(galat(make(-3_351_098_551))).toEqual([]);
    expect(cells(make(-3_315_098_551))).toContain('E6');
  });

  test('tables side by side stay two: a shorter one beside a longer, or a second block of the same words', () => {
    const wb = book(
      sheet('Data', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', null, 'Tahun', 'Nilai SAKIP'],
        [1, 'Persentase layanan tepat waktu', 80, 84, null, 2022, 62.4],
        [2, 'Indeks kepuasan masyarakat', 85, 86, null, 2023, 65.1],
        [3, 'Nilai SAKIP', 70, 71, null, 2024, 66.3],
        [4, 'Persentase jalan kondisi mantap', 75, 77, null, null, null],
        [5, 'Cakupan air minum layak', 90, 92, null, null, null],
      ]),
    );
    expect(ranges(wb).filter(([, left, right]) => (left as number) < 5 && (right as number) > 5)).toEqual([]);
  });
});

test('a table in words no vocabulary knows, one header merged over a spacer and its figures: found, its rate checked', () => {
  const make = (rate4: number) =>
    book(
      sheet(
        'Rasio',
        [
          ['No', 'Komoditas', 'Luas Panen (Ha)', 'Produksi (Ton)', null, 'Produktivitas (Ton/Ha)'],
          [1, 'Kacang tanah', 14641, null, 63407, 4.33],
          [2, 'Jagung', 14010, null, 84582, 6.04],
          [3, 'Ubi kayu', 566, null, 2073, 3.66],
          [4, 'Padi ladang', 465, null, 1532, rate4],
        ],
        { merges: ['D1:E1'] },
      ),
    );
  expect(recogniseWorkbook(make(3.29)).map((t) => [t.range.left, t.range.right])).toEqual([[1, 6]]);
  expect(galat(make(3.29))).toEqual([]);
  expect(galat(make(4.29)).map((f) => f.cell)).toEqual(['F5']);
});
