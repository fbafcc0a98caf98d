/** A table a PDF converter put on one sheet per page: its parts linked, its sums checked over every page. */
import { highlightPlan } from '../../../src/core/highlight';
import { periksaWorkbook } from '../../../src/core/periksa';
import { summariseTable } from '../../../src/core/periksa';
import { recogniseWorkbook } from '../../../src/core/recognise';
import { book, bold, galat, rp, sheet, V } from '../../helpers/snap';

const HEAD: V[] = ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'];

type Line = [string, string, number, number];

/**
 * A budget table of two programmes (codes, programmes and kegiatan bold), its rows cut into pages at the given
 * indices, each page on a sheet "Page n" under the header repeated, with a page number under each page but the last
 * and the report's running title over each page but the first.
 */
function pages(
  lines: Line[],
  cuts: number[],
  opts: { total?: [number, number]; totalOnTop?: [number, number]; above?: V[][]; below?: V[][]; header?: boolean } = {},
) {
  const parts: V[][][] = [];
  let from = 0;
  for (const cut of [...cuts, lines.length]) {
    parts.push(lines.slice(from, cut).map(([no, label, pagu, real]) => [no, no.split('.').length < 3 ? bold(label) : label, rp(pagu), rp(real)]));
    from = cut;
  }
  if (opts.total) parts[parts.length - 1].push([null, bold('JUMLAH'), rp(opts.total[0]), rp(opts.total[1])]);
  return book(
    ...parts.map((rows, i) => {
      const top: V[][] =
        i === 0 ? [['Tabel 3.5 Realisasi Anggaran Tahun 2024']] : (opts.above ?? [['LKjIP Dinas Kesehatan Tahun 2024'], ['Tabel 3.5 (Lanjutan)']]);
      const foot: V[][] = i < parts.length - 1 ? (opts.below ?? [[null], [null, null, `Halaman ${i + 1}`]]) : [];
      // (a report whose table had no header row repeated on each page: the later pages start with rows)
      const head = i === 0 || opts.header !== false ? [HEAD] : [];
      // (a TOTAL written right under the first page's header, above every row)
      if (i === 0 && opts.totalOnTop) head.push([null, bold('TOTAL'), rp(opts.totalOnTop[0]), rp(opts.totalOnTop[1])]);
      return sheet(`Page ${i + 1}`, [...top, ...head, ...rows, ...foot]);
    }),
  );
}

const LINES: Line[] = [
  ['1', 'Program Penunjang Urusan Pemerintahan', 900_000_000, 850_000_000],
  ['1.1', 'Perencanaan Perangkat Daerah', 400_000_000, 380_000_000],
  ['1.1.1', 'Penyusunan Dokumen Perencanaan', 250_000_000, 240_000_000],
  ['1.1.2', 'Evaluasi Kinerja', 150_000_000, 140_000_000],
  ['1.2', 'Administrasi Keuangan', 500_000_000, 470_000_000],
  ['1.2.1', 'Penyediaan Gaji dan Tunjangan', 300_000_000, 290_000_000],
  ['1.2.2', 'Pelaksanaan Akuntansi', 200_000_000, 180_000_000],
  ['2', 'Program Pemenuhan Upaya Kesehatan', 1_200_000_000, 1_100_000_000],
  ['2.1', 'Penyediaan Fasilitas Kesehatan', 700_000_000, 650_000_000],
  ['2.1.1', 'Pembangunan Puskesmas', 700_000_000, 650_000_000],
  ['2.2', 'Penyediaan Layanan Kesehatan', 500_000_000, 450_000_000],
  ['2.2.1', 'Pelayanan Kesehatan Ibu Hamil', 300_000_000, 280_000_000],
  ['2.2.2', 'Pelayanan Kesehatan Balita', 200_000_000, 170_000_000],
];
const TOTAL: [number, number] = [2_100_000_000, 1_950_000_000];

/** The lines with one figure changed: line i's pagu (0) or realisasi (1) by delta. */
function changed(i: number, which: 0 | 1, delta: number): Line[] {
  return LINES.map((l, k) => (k === i ? (which === 0 ? [l[0], l[1], l[2] + delta, l[3]] : [l[0], l[1], l[2], l[3] + delta]) : l));
}

const cells = (wb: ReturnType<typeof pages>) => galat(wb).map((f) => `${f.sheet}!${f.cell}`);

describe('recognition: the parts of a table one sheet per page', () => {
  test('each page is a table of its own sheet, linked to the pages before and after it', () => {
    const tables = recogniseWorkbook(pages(LINES, [5, 11], { total: TOTAL }));
    expect(tables.map((t) => [t.sheet, t.kind, t.previousPart?.sheet, t.nextPart?.sheet])).toEqual([
      ['Page 1', 'realisasi-anggaran', undefined, 'Page 2'],
      ['Page 2', 'realisasi-anggaran', 'Page 1', 'Page 3'],
      ['Page 3', 'realisasi-anggaran', 'Page 2', undefined],
    ]);
  });

  test.each([
    ['a caption of its own over the second table', { above: [['Tabel 3.6 Realisasi Anggaran per Sumber Dana']] }],
    ['a note under the first table', { below: [['Sumber: Bagian Keuangan']] }],
    ['a signature block under the first table', { below: [[null], [null, null, 'Kepala Dinas Kesehatan']] }],
  ])('no link with %s', (_, opts) => {
    const tables = recogniseWorkbook(pages(LINES, [7], { total: TOTAL, ...opts }));
    expect(tables.filter((t) => t.kind === 'realisasi-anggaran').map((t) => [t.sheet, t.previousPart?.sheet, t.nextPart?.sheet])).toEqual([
      ['Page 1', undefined, undefined],
      ['Page 2', undefined, undefined],
    ]);
  });

  test('no link where the first table ends with its own JUMLAH, or the headers differ', () => {
    const ended = book(
      sheet('2023', [HEAD, ['1', bold('Program A'), rp(10), rp(9)], ['1.1', 'Kegiatan A', rp(10), rp(9)], [null, 'JUMLAH', rp(10), rp(9)]]),
      sheet('2024', [HEAD, ['1', bold('Program A'), rp(20), rp(19)], ['1.1', 'Kegiatan A', rp(20), rp(19)]]),
    );
    expect(recogniseWorkbook(ended).map((t) => t.nextPart?.sheet ?? t.previousPart?.sheet)).toEqual([undefined, undefined]);
    const other = book(
      sheet('A', [HEAD, ['1', bold('Program A'), rp(10), rp(9)], ['1.1', 'Kegiatan A', rp(10), rp(9)]]),
      sheet('B', [
        ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'],
        ['1.2', 'Kegiatan B', rp(20), rp(19)],
      ]),
    );
    expect(recogniseWorkbook(other).map((t) => t.nextPart?.sheet ?? t.previousPart?.sheet)).toEqual([undefined, undefined]);
  });
});

describe('only the pages of one document are linked', () => {
  const part = (rows: V[][]): V[][] => [HEAD, ...rows];
  const first: V[][] = [
    ['1', bold('Program A'), rp(900), rp(850)],
    ['1.1', 'Kegiatan A1', rp(400), rp(380)],
  ];
  const second: V[][] = [
    ['1.2', 'Kegiatan A2', rp(500), rp(470)],
    [null, bold('JUMLAH'), rp(900), rp(850)],
  ];

  test.each([
    ['Page 1', 'Page 2', true],
    ['Table 3', 'Table 4', true],
    ['Sheet1', 'Sheet2', true],
    ['Realisasi (1)', 'Realisasi (2)', true],
    ['2023', '2024', false],
    ['Page 2', 'Page 1', false],
    ['Page 1', 'Page 3', false],
    ['Banded rows', 'Compare to totals', false],
  ])('sheets "%s" and "%s": linked %s', (a, b, linked) => {
    const wb = book(sheet(a, part(first)), sheet(b, part(second)));
    expect(recogniseWorkbook(wb).map((t) => !!(t.nextPart ?? t.previousPart))).toEqual([linked, linked]);
    // linked, the JUMLAH adds both pages; not linked, programme A misses its kegiatan A2 and the JUMLAH programme A
    expect(galat(wb).map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(
      linked ? [] : [`jumlah-induk ${a}!C2`, `jumlah-induk ${a}!D2`, `jumlah-total ${b}!C3`, `jumlah-total ${b}!D3`],
    );
  });

  test('a next sheet whose first row is words (its own header, unread) carries nothing on', () => {
    const wb = book(
      sheet('Sheet1', part(first)),
      sheet('Sheet2', [
        [null, 'Q1', 'Q2', 'Totals'],
        ['North', 55, 40, 95],
        ['East', 59, 98, 157],
      ]),
    );
    expect(recogniseWorkbook(wb).filter((t) => t.headerRows === 0)).toEqual([]);
  });

  test("a JUMLAH that adds its own page's rows only is no contradiction (a page's sub-total, or a table of its own)", () => {
    const wb = book(
      sheet('Page 1', part(first)),
      sheet(
        'Page 2',
        part([
          ['1.2', 'Kegiatan A2', rp(500), rp(470)],
          [null, bold('JUMLAH'), rp(500), rp(470)],
        ]),
      ),
    );
    expect(recogniseWorkbook(wb)[1].previousPart?.sheet).toBe('Page 1');
    expect(galat(wb).filter((f) => f.rule === 'jumlah-total')).toEqual([]);
  });
});

describe('checks over the pages', () => {
  test.each([
    ['between two programmes', [7]],
    ["inside a programme's kegiatan", [3]],
    ['inside a kegiatan, and again inside the next programme', [3, 9]],
    ['right after a programme row, all its kegiatan on the next page', [8]],
    ['over four pages', [2, 4, 9, 12]],
  ])('a right table cut %s: no galat (the JUMLAH adds every page, a programme its kegiatan on both)', (_, cuts) => {
    expect(cells(pages(LINES, cuts, { total: TOTAL }))).toEqual([]);
  });

  test.each([
    ['"Jumlah dipindahkan"', 'Jumlah dipindahkan'],
    ['"Dipindahkan ke halaman berikutnya"', 'Dipindahkan ke halaman berikutnya'],
    ['"Carried forward"', 'Carried forward'],
  ])('a page closed by the running sums carried to the next (%s): no total of the page, the pages still one table', (_, word) => {
    // (the leaves of programme 1, summed as a typist carries them: 900 and 850 million)
    const carry = (a: number, b: number): V[][] => [[null, word, rp(a), rp(b)], [null], [null, null, 'Halaman 1']];
    const right = pages(LINES, [7], { total: TOTAL, below: carry(900_000_000, 850_000_000) });
    expect(recogniseWorkbook(right).map((t) => [t.sheet, t.kind, t.previousPart?.sheet, t.nextPart?.sheet])).toEqual([
      ['Page 1', 'realisasi-anggaran', undefined, 'Page 2'],
      ['Page 2', 'realisasi-anggaran', 'Page 1', undefined],
    ]);
    expect(cells(right)).toEqual([]);
    // (an error on the second page is still found, over both)
    expect(cells(pages(LINES, [7], { total: [TOTAL[0], TOTAL[1] - 5_000_000], below: carry(900_000_000, 850_000_000) }))).toEqual(['Page 2!D10']);
  });

  test('codes printed with spaces between their parts ("1 02 02 2.01 0001") carry a programme and a kegiatan over three pages', () => {
    // (LINES with each number a Permendagri code printed with spaces: "1.2.1" is "1 02 01 2.02 0001")
    const spacedCode = (no: string) => {
      const [p, k, sub] = no.split('.');
      return `1 02 0${p}${k ? ` 2.0${k}` : ''}${sub ? ` 000${sub}` : ''}`;
    };
    const spaced = LINES.map(([no, ...rest]): Line => [spacedCode(no), ...rest]);
    // (every label bold alike, as pages() marks a code with fewer than three dots: the codes alone tell the levels)
    expect(cells(pages(spaced, [3, 9], { total: TOTAL }))).toEqual([]);
    // (the programme's kegiatan on two later pages: the programme on page 1 is checked against them)
    const wrong = spaced.map((l, i): Line => (i === 0 ? [l[0], l[1], l[2] + 50_000_000, l[3]] : l));
    expect(cells(pages(wrong, [3, 9], { total: [TOTAL[0] + 50_000_000, TOTAL[1]] }))).toEqual(['Page 1!C3']);
  });

  test('a TOTAL written above the rows of the first page adds every page; one that does not, a galat on it naming the other pages', () => {
    const onTop = (total: [number, number]) => pages(LINES, [3, 9], { totalOnTop: total });
    expect(recogniseWorkbook(onTop(TOTAL)).map((t) => [t.sheet, t.previousPart?.sheet, t.nextPart?.sheet])).toEqual([
      ['Page 1', undefined, 'Page 2'],
      ['Page 2', 'Page 1', 'Page 3'],
      ['Page 3', 'Page 2', undefined],
    ]);
    expect(cells(onTop(TOTAL))).toEqual([]);
    const [f, ...rest] = galat(onTop([TOTAL[0], TOTAL[1] - 5_000_000]));
    expect(rest).toEqual([]);
    expect([f.rule, f.sheet, f.cell, f.expected, f.actual]).toEqual(['jumlah-total', 'Page 1', 'D3', 1_950_000_000, 1_945_000_000]);
    expect(f.related).toEqual(['D4', "'Page 2'!D8"]);
    expect(f.message).toContain('di bawahnya dan di sheet "Page 2"');
  });

  test("a JUMLAH that does not add every page: a galat on it, its expected the sum over all pages, naming the other pages' cells", () => {
    const wb = pages(LINES, [3, 9], { total: [TOTAL[0], TOTAL[1] - 5_000_000] });
    const [f, ...rest] = galat(wb);
    expect(rest).toEqual([]);
    expect([f.rule, f.sheet, f.cell, f.expected, f.actual]).toEqual(['jumlah-total', 'Page 3', 'D8', 1_950_000_000, 1_945_000_000]);
    // the programmes: 1 on page 1, 2 on page 2 (page 3's rows are the kegiatan of programme 2)
    expect(f.related).toEqual(["'Page 1'!D3", "'Page 2'!D8"]);
    expect(f.message).toContain('"Page 1"');
  });

  test("a programme's pagu that its kegiatan on the next page do not make up: a galat on it, naming them", () => {
    // programme 1 is 900.000.000 by its kegiatan 1.1 (page 1) and 1.2 (page 2)
    const wb = pages(changed(0, 0, 10_000_000), [3], { total: [TOTAL[0] + 10_000_000, TOTAL[1]] });
    const found = galat(wb);
    expect(found.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.expected])).toEqual([['jumlah-induk', 'Page 1!C3', 900_000_000]]);
    expect(found[0].related).toEqual(['C4', "'Page 2'!C5"]);
  });

  test('a kegiatan whose sub kegiatan all stand on the next page is checked against them', () => {
    // kegiatan 1.2 is the last row of page 1; its sub kegiatan 1.2.1 and 1.2.2 open page 2
    expect(cells(pages(LINES, [5], { total: TOTAL }))).toEqual([]);
    const [f, ...rest] = galat(pages(changed(6, 1, 7_000_000), [5], { total: TOTAL }));
    expect(rest).toEqual([]);
    expect([f.rule, `${f.sheet}!${f.cell}`, f.expected, f.related]).toEqual(['jumlah-induk', 'Page 1!D7', 477_000_000, ["'Page 2'!D4:D5"]]);
  });

  test('a lone row of no known level at the top of a page: the open rows above it unjudged, the JUMLAH still checked', () => {
    // page 2 holds sub kegiatan 1.1.2 alone: child of kegiatan 1.1 or a sibling of it, the figures cannot say here
    const right = pages(LINES, [3, 4], { total: TOTAL });
    expect(cells(right)).toEqual([]);
    const wrongTotal = pages(LINES, [3, 4], { total: [TOTAL[0] + 1, TOTAL[1]] });
    expect(cells(wrongTotal)).toEqual(['Page 3!C13']);
  });

  test('a flat table over two pages: its Rata-rata row averages both', () => {
    const head: V[] = ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'];
    const b = (mean: number) =>
      book(
        sheet('Page 1', [
          ['Tabel 3.1 Pengukuran Kinerja'],
          head,
          [1, 'Indeks Kepuasan Masyarakat', 80, 84, 105],
          [2, 'Persentase puskesmas terakreditasi', 100, 90, 90],
        ]),
        sheet('Page 2', [['Tabel 3.1 (lanjutan)'], head, [3, 'Cakupan imunisasi dasar lengkap', 95, 95, 100], [null, 'Rata-rata', null, null, mean]]),
      );
    expect(cells(b(98.33))).toEqual([]);
    expect(cells(b(97.5))).toEqual(['Page 2!E4']);
  });
});

describe('a page with no header of its own', () => {
  const noHead = { above: [['LKjIP Dinas Kesehatan Tahun 2024']] as V[][], header: false };

  test('its rows go on with the table before: checked with it, listed as where that table goes on, no table of their own', () => {
    const wb = pages(LINES, [3, 9], { total: TOTAL, ...noHead });
    const parts = recogniseWorkbook(wb);
    expect(parts.map((t) => [t.sheet, t.headerRows, t.range.top, t.range.bottom])).toEqual([
      ['Page 1', 1, 2, 5],
      ['Page 2', 0, 2, 7],
      ['Page 3', 0, 2, 6],
    ]);
    const { tables, findings } = periksaWorkbook(wb);
    expect(tables.map(summariseTable).map((t) => [t.sheet, t.range, t.continuedIn])).toEqual([['Page 1', 'A2:D5', ["'Page 2'!A2:D7", "'Page 3'!A2:D6"]]]);
    expect(findings.filter((f) => f.severity === 'galat')).toEqual([]);
  });

  test.each([
    ['the JUMLAH on the last page', pages(LINES, [3, 9], { total: [TOTAL[0], TOTAL[1] + 1_000_000], ...noHead }), 'Page 3!D6'],
    [
      'a programme whose kegiatan run on over the page',
      pages(changed(0, 1, 1_000_000), [3, 9], { total: [TOTAL[0], TOTAL[1] + 1_000_000], ...noHead }),
      'Page 1!D3',
    ],
    ['a kegiatan on a page with no header', pages(changed(4, 0, 1_000_000), [3, 9], { total: TOTAL, ...noHead }), 'Page 2!C3'],
  ])('an error in %s is found', (_, wb, cell) => {
    expect(cells(wb)).toEqual([cell]);
  });

  test.each([
    ["rows reaching past the table's columns", [['1.2', 'Administrasi Keuangan', rp(500), rp(470), 'catatan', 'lain']]],
    ['rows without figures (a page of text)', [['Bab IV'], ['Penutup laporan kinerja ini disusun sebagai bahan evaluasi.']]],
    ['a caption of another table', [['Tabel 3.6 Sumber Dana'], ['1.2', 'Administrasi Keuangan', rp(500), rp(470)]]],
  ])('nothing goes on from a table with %s at the top of the next sheet', (_, rows) => {
    const wb = book(
      sheet('Page 1', [HEAD, ['1', bold('Program A'), rp(900), rp(850)], ['1.1', 'Kegiatan A', rp(400), rp(380)]]),
      sheet('Page 2', rows as V[][]),
    );
    expect(recogniseWorkbook(wb).filter((t) => t.headerRows === 0)).toEqual([]);
  });
});

describe('a label wrapped over the page break', () => {
  // "1.2 | Administrasi Keuangan dan" ends page 1 with no figures; its rest and its figures open page 2, 1.3 under them
  const wrapped = (programmePagu: number, header: boolean) =>
    book(
      sheet('Page 1', [
        ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
        HEAD,
        ['1', bold('Program Penunjang Urusan Pemerintahan'), rp(programmePagu), rp(1_130_000_000)],
        ['1.1', 'Perencanaan Perangkat Daerah', rp(400_000_000), rp(380_000_000)],
        ['1.2', 'Administrasi Keuangan dan'],
        [null],
        [null, null, 'Halaman 7'],
      ]),
      sheet('Page 2', [
        ...(header ? [HEAD] : []),
        [null, 'Pelaporan Aset Daerah', rp(500_000_000), rp(470_000_000)],
        ['1.3', 'Pengelolaan Barang Milik Daerah', rp(300_000_000), rp(280_000_000)],
        ['2', bold('Program Pemenuhan Upaya Kesehatan'), rp(700_000_000), rp(650_000_000)],
        ['2.1', 'Penyediaan Fasilitas Kesehatan', rp(700_000_000), rp(650_000_000)],
        [null, bold('JUMLAH'), rp(1_900_000_000), rp(1_780_000_000)],
      ]),
    );

  test.each([true, false])('header repeated %s: its rest is that row, under its programme — no galat', (header) => {
    expect(galat(wrapped(1_200_000_000, header))).toEqual([]);
  });

  test.each([true, false])("header repeated %s: the programme's pagu is checked against the row's figures on the next page", (header) => {
    const found = galat(wrapped(1_250_000_000, header));
    expect(found.map((f) => [f.sheet, f.cell, f.expected])).toEqual([['Page 1', 'C3', 1_200_000_000]]);
    // its rows: 1.1 and 1.2 (its label's first line) on page 1, the rest of 1.2's label with its figures and 1.3 on page 2
    expect(found[0].related).toEqual(['C4:C5', `'Page 2'!C${header ? '2:C3' : '1:C2'}`]);
  });
});

/** The budget table in words two describes below cut: "- Sub Kegiatan Pelayanan Kesehatan" ends a page. */
const WORDS_HEAD: V[] = ['Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'];

/**
 * The table's rows before and after the break, the cut row's figures on its first line (the rest of its label, "Balita
 * dan Anak Prasekolah", alone after the break) or on the rest.
 */
function cutRows(figuresOn: 'first' | 'rest', kegiatanPagu: number): { before: V[][]; after: V[][] } {
  const figures = [rp(300_000_000), rp(260_000_000)];
  return {
    before: [
      [bold('Program Pemenuhan Upaya Kesehatan'), rp(1_300_000_000), rp(1_100_000_000)],
      ['Kegiatan Penyediaan Fasilitas Kesehatan', rp(700_000_000), rp(650_000_000)],
      ['- Sub Kegiatan Pembangunan Puskesmas', rp(700_000_000), rp(650_000_000)],
      ['Kegiatan Penyediaan Layanan Kesehatan', rp(kegiatanPagu), rp(450_000_000)],
      ['- Sub Kegiatan Pelayanan Kesehatan Ibu Hamil', rp(200_000_000), rp(190_000_000)],
      ['- Sub Kegiatan Pelayanan Kesehatan', ...(figuresOn === 'first' ? figures : [])],
    ],
    after: [
      ['Balita dan Anak Prasekolah', ...(figuresOn === 'rest' ? figures : [])],
      ['- Sub Kegiatan Pelayanan Kesehatan Lansia', rp(100_000_000), rp(0)],
      [bold('JUMLAH'), rp(1_300_000_000), rp(1_100_000_000)],
    ],
  };
}

/** The cut table on a sheet per page, or on one sheet with the break's rows between; the header repeated or not. */
function cutBook(figuresOn: 'first' | 'rest', onSheets: boolean, header: boolean) {
  return (kegiatanPagu: number) => {
    const { before, after } = cutRows(figuresOn, kegiatanPagu);
    const next = [['LKjIP Dinas Kesehatan Tahun 2024'], ...(header ? [WORDS_HEAD] : []), ...after];
    return onSheets
      ? book(sheet('Page 1', [['Tabel 3.5 Realisasi Anggaran Tahun 2024'], WORDS_HEAD, ...before, [null], [null, '- 7 -']]), sheet('Page 2', next))
      : book(sheet('Laporan', [['Tabel 3.5 Realisasi Anggaran Tahun 2024'], WORDS_HEAD, ...before, [null], [null, '- 7 -'], [null], [null], ...next]));
  };
}

describe('a row cut by the page break, marked by its level word or a dash', () => {
  // "- Sub Kegiatan Pelayanan Kesehatan" ends the page with no figures (no code of its own: the table names its levels
  // in words); the rest of its label opens the next page with its figures
  const onSheets = cutBook('rest', true, true);
  const onOneSheet = cutBook('rest', false, false);

  test.each([
    ['one sheet per page', onSheets],
    ['one sheet, the page break between', onOneSheet],
  ])('%s: the two lines are one sub kegiatan of its kegiatan — no galat', (_, make) => {
    expect(galat(make(600_000_000))).toEqual([]);
  });

  test.each([
    ['one sheet per page', onSheets, 'Page 1'],
    ['one sheet, the page break between', onOneSheet, 'Laporan'],
  ])("%s: the kegiatan's pagu is checked against its sub kegiatan over the break", (_, make, at) => {
    expect(galat(make(650_000_000)).map((f) => [f.sheet, f.cell, f.expected])).toEqual([[at, 'B6', 600_000_000]]);
  });

  test('a code in the No column, one blank row where the page broke: one row', () => {
    const wb = book(
      sheet('Laporan', [
        HEAD,
        ['1', bold('Program Pemenuhan Upaya Kesehatan'), rp(1_200_000_000), rp(1_100_000_000)],
        ['1.1', 'Penyediaan Layanan Kesehatan', rp(1_200_000_000), rp(1_100_000_000)],
        ['1.1.1', 'Pelayanan Kesehatan Ibu Hamil', rp(500_000_000), rp(480_000_000)],
        ['1.1.2', 'Pelayanan Kesehatan Balita dan'],
        [null],
        [null, 'Anak Prasekolah', rp(700_000_000), rp(620_000_000)],
        [null, bold('JUMLAH'), rp(1_200_000_000), rp(1_100_000_000)],
      ]),
    );
    expect(galat(wb)).toEqual([]);
    const rows = recogniseWorkbook(wb)[0].rows;
    expect(rows.find((r) => r.row === 7)?.label).toBe('Pelayanan Kesehatan Balita dan Anak Prasekolah');
  });

  test('a table typed all in capitals: a kegiatan whose label the page break cut (its code ending the page) is one row', () => {
    // capitals mark no heading where every label is in capitals: "PELAKSANAAN PENYELENGGARAAN PEMERINTAHAN" (two
    // words in capitals) over "KECAMATAN 1.2" (one) after the break are one kegiatan, not a heading and a row of its own
    const wb = (pagu12: number) =>
      book(
        sheet('Laporan', [
          ['TABEL 3.5 REALISASI ANGGARAN TAHUN 2024'],
          ['NO', 'PROGRAM / KEGIATAN / SUB KEGIATAN', 'PAGU (RP)', 'REALISASI (RP)'],
          ['1', 'PENYELENGGARAAN PEMERINTAHAN KECAMATAN', rp(1_475_000_000), rp(1_366_734_000)],
          ['1.1', 'PELAKSANAAN PENYELENGGARAAN PEMERINTAHAN KECAMATAN', rp(685_000_000), rp(649_017_000)],
          ['1.1.1', 'PENYEDIAAN LAYANAN KECAMATAN', rp(420_000_000), rp(415_058_000)],
          ['1.1.2', 'FASILITASI PEMERINTAHAN DESA', rp(265_000_000), rp(233_959_000)],
          ['1.2', 'PELAKSANAAN PENYELENGGARAAN PEMERINTAHAN'],
          [null],
          [null, null, '- 3 -'],
          [null],
          ['LKJIP KECAMATAN SUKAMAJU TAHUN 2024'],
          ['TABEL 3.5 (LANJUTAN)'],
          ['NO', 'PROGRAM / KEGIATAN / SUB KEGIATAN', 'PAGU (RP)', 'REALISASI (RP)'],
          [null, 'KECAMATAN 1.2', rp(pagu12), rp(717_717_000)],
          ['1.2.1', 'PENYEDIAAN PENYELENGGARAAN PEMERINTAHAN', rp(250_000_000), rp(242_220_000)],
          ['1.2.2', 'PENGELOLAAN PENYELENGGARAAN PEMERINTAHAN', rp(355_000_000), rp(323_817_000)],
          ['1.2.3', 'FASILITASI PENYELENGGARAAN PEMERINTAHAN', rp(185_000_000), rp(151_680_000)],
          [null, 'JUMLAH', rp(1_475_000_000), rp(1_366_734_000)],
        ]),
      );
    expect(galat(wb(790_000_000))).toEqual([]);
    const rows = recogniseWorkbook(wb(790_000_000))[0].rows;
    expect(rows.find((r) => r.row === 14)?.label).toBe('PELAKSANAAN PENYELENGGARAAN PEMERINTAHAN KECAMATAN 1.2');
    // the kegiatan's pagu typed wrong: against its sub kegiatan, and the programme against its kegiatan
    expect(galat(wb(800_000_000)).map((f) => f.cell)).toContain('C14');
  });

  test('a kegiatan heading with no figures, as every kegiatan of the table is, keeps its rows on the next page', () => {
    // the kegiatan are headings here (none has figures): "Kegiatan Penyediaan Layanan Kesehatan" ending the page is one
    // of them, and the unmarked rows with figures after the break are its items, not the rest of its label
    const wb = book(
      sheet('Laporan', [
        WORDS_HEAD,
        ['Kegiatan Penyediaan Fasilitas Kesehatan'],
        ['Pembangunan Puskesmas', rp(700_000_000), rp(650_000_000)],
        ['Rehabilitasi Pustu', rp(100_000_000), rp(90_000_000)],
        ['Kegiatan Penyediaan Layanan Kesehatan'],
        [null],
        [null, '- 7 -'],
        [null],
        [null],
        ['Pelayanan Kesehatan Ibu Hamil', rp(200_000_000), rp(190_000_000)],
        ['Pelayanan Kesehatan Balita', rp(300_000_000), rp(260_000_000)],
      ]),
    );
    const rows = recogniseWorkbook(wb)[0].rows;
    expect(rows.map((r) => r.label)).toContain('Kegiatan Penyediaan Layanan Kesehatan');
    expect(rows.map((r) => r.label)).toContain('Pelayanan Kesehatan Ibu Hamil');
  });
});

describe('a row cut by the page break with its figures on the first line', () => {
  // "- Sub Kegiatan Pelayanan Kesehatan | 300.000.000 | 260.000.000" ends the page; the rest of its label alone opens
  // the next (the cell's text aligned to its top)
  const onSheets = (header: boolean) => cutBook('first', true, header);
  const onOneSheet = (header: boolean) => cutBook('first', false, header);
  const LAYOUTS: [string, (kegiatanPagu: number) => ReturnType<typeof book>, string][] = [
    ['one sheet per page, the header repeated', onSheets(true), 'Page 1'],
    ['one sheet per page, no header on the next', onSheets(false), 'Page 1'],
    ['one sheet, the header repeated after the break', onOneSheet(true), 'Laporan'],
    ['one sheet, no header after the break', onOneSheet(false), 'Laporan'],
  ];

  test.each(LAYOUTS)('%s: the rest of the label is no row — no galat', (_, make) => {
    expect(galat(make(600_000_000))).toEqual([]);
  });

  test.each(LAYOUTS)("%s: the kegiatan's pagu is checked against every sub kegiatan", (_, make, at) => {
    expect(galat(make(650_000_000)).map((f) => [f.sheet, f.cell, f.expected])).toEqual([[at, 'B6', 600_000_000]]);
  });

  test('a heading in another look opening the next page is a row of its own, not the rest of a label', () => {
    const wb = book(
      sheet('Page 1', [['Tabel 3.1 Pengukuran Kinerja'], ['No', 'Indikator Kinerja', 'Target', 'Realisasi'], ['1', 'Persentase balita gizi baik', 90, 93]]),
      sheet('Page 2', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi'],
        [null, bold('Sasaran 2: Meningkatnya mutu layanan')],
        ['2', 'Persentase puskesmas terakreditasi', 80, 85],
      ]),
    );
    const page2 = recogniseWorkbook(wb).find((t) => t.sheet === 'Page 2');
    expect(page2?.rows.map((r) => r.label)).toEqual(['Sasaran 2: Meningkatnya mutu layanan', 'Persentase puskesmas terakreditasi']);
  });
});

/** A budget table's first page: its caption, header, programme 1 and its first kegiatan (the rest on the pages after). */
const PAGE_ONE: V[][] = [
  ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
  HEAD,
  ['1', bold('Program Penunjang Urusan Pemerintahan'), rp(900_000_000), rp(850_000_000)],
  ['1.1', 'Perencanaan Perangkat Daerah', rp(400_000_000), rp(380_000_000)],
];

/**
 * A budget over two pages (a sheet each, or one sheet with the break's rows between) whose programme 2 ends the first
 * page with its figures and its label's rest (`rest`, bold) alone on the line under them; its kegiatan opens the next.
 */
function restAtPageEnd(label: string, rest: string, onSheets: boolean) {
  return (kegiatanPagu: number) => {
    const first: V[][] = [
      ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
      HEAD,
      ['1', bold('Program Penunjang Urusan Pemerintahan'), rp(400_000_000), rp(380_000_000)],
      ['1.1', 'Perencanaan Perangkat Daerah', rp(400_000_000), rp(380_000_000)],
      ['2', bold(label), rp(500_000_000), rp(440_000_000)],
      [null, bold(rest)],
      [null],
      [null, null, '- 7 -'],
    ];
    const after: V[][] = [
      ['LKjIP Kecamatan Sukamaju Tahun 2024'],
      HEAD,
      ['2.1', 'Fasilitasi Lembaga Desa', rp(kegiatanPagu), rp(440_000_000)],
      [null, bold('JUMLAH'), rp(900_000_000), rp(820_000_000)],
    ];
    return onSheets ? book(sheet('Page 1', first), sheet('Page 2', after)) : book(sheet('Laporan', [...first, [null], ...after]));
  };
}

describe('a label over two lines at the edge of a page', () => {
  test("a bold programme's rest in small letters ending the page is its line: the pages are linked", () => {
    expect(galat(restAtPageEnd('Program Penelitian', 'dan Pengembangan', true)(500_000_000))).toEqual([]);
  });

  test('a page opening with a numbered first line, the figures on its next line, is a part of the table', () => {
    const wb = book(
      sheet('Page 1', [...PAGE_ONE, [null], [null, null, 'Halaman 7']]),
      sheet('Page 2', [
        ['1.2', 'Administrasi Keuangan Perangkat'],
        [null, 'Daerah Kabupaten', rp(500_000_000), rp(470_000_000)],
        [null, bold('JUMLAH'), rp(900_000_000), rp(850_000_000)],
      ]),
    );
    expect(galat(wb)).toEqual([]);
    // (read as a part of the table with no header of its own: its kegiatan is counted in the programme on page 1)
    expect(recogniseWorkbook(wb).find((t) => t.sheet === 'Page 2')?.headerRows).toBe(0);
  });

  test("most programmes' labels over two lines, their figures on the second: each is one programme row — no galat, a wrong sum found", () => {
    // (the rows are marked by words and dashes; two programmes of three are written over two lines: their first lines
    // carry no figures, so most "Program" rows look like headings, yet the table marks every row and the line under each
    // first line is unmarked)
    const make = (kegiatanPagu: number) =>
      book(
        sheet('Laporan', [
          ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
          WORDS_HEAD,
          [bold('Program Penyelenggaraan')],
          [bold('Pemerintahan Kecamatan'), rp(800_000_000), rp(700_000_000)],
          ['Kegiatan Pelaksanaan Pemerintahan', rp(800_000_000), rp(700_000_000)],
          ['- Sub Kegiatan Penyediaan Layanan', rp(800_000_000), rp(700_000_000)],
          [bold('Program Pemberdayaan')],
          [bold('Masyarakat Desa'), rp(kegiatanPagu), rp(450_000_000)],
          ['Kegiatan Fasilitasi Pemberdayaan Desa', rp(500_000_000), rp(450_000_000)],
          ['- Sub Kegiatan Pembinaan Lembaga Desa', rp(500_000_000), rp(450_000_000)],
          [bold('Program Ketenteraman Umum'), rp(300_000_000), rp(250_000_000)],
          ['Kegiatan Penegakan Perda', rp(300_000_000), rp(250_000_000)],
          ['- Sub Kegiatan Patroli Ketertiban', rp(300_000_000), rp(250_000_000)],
          [bold('JUMLAH'), rp(1_600_000_000), rp(1_400_000_000)],
        ]),
      );
    expect(galat(make(500_000_000))).toEqual([]);
    expect(
      recogniseWorkbook(make(500_000_000))[0]
        .rows.filter((r) => r.level === 'program')
        .map((r) => r.label),
    ).toEqual(['Program Penyelenggaraan Pemerintahan Kecamatan', 'Program Pemberdayaan Masyarakat Desa', 'Program Ketenteraman Umum']);
    expect(galat(make(550_000_000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'B8']]);
  });

  test.each([true, false])(
    "one sheet per page %s: a bold programme's rest in capitals, alone under its figures at the page's end, is its line — the pages are linked",
    (onSheets) => {
      const make = restAtPageEnd('Program Pemberdayaan', 'Masyarakat Desa', onSheets);
      expect(galat(make(500_000_000))).toEqual([]);
      expect(
        recogniseWorkbook(make(500_000_000))
          .find((t) => t.rows.some((r) => r.level === 'program' && r.row === 5))
          ?.rows.find((r) => r.row === 5)?.label,
      ).toBe('Program Pemberdayaan Masyarakat Desa');
      // (the kegiatan on the next page checked against its programme on this one)
      expect(galat(make(450_000_000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-induk', 'C5']]);
    },
  );

  test.each([true, false])(
    'one sheet, header repeated %s: the next page opening with a numbered first line, its figures on the line after, goes on with the table',
    (header) => {
      const make = (kegiatanPagu: number) =>
        book(
          sheet('Laporan', [
            ...PAGE_ONE,
            ['1.2', 'Administrasi Keuangan', rp(kegiatanPagu), rp(470_000_000)],
            ['1.2.1', 'Penyediaan Gaji dan Tunjangan', rp(300_000_000), rp(290_000_000)],
            [null],
            [null, null, '- 3 -'],
            [null],
            [null],
            ['LKjIP Dinas Kesehatan Tahun 2024'],
            ...(header ? [['Tabel 3.5 (Lanjutan)'], HEAD] : []),
            ['1.2.2', 'Pelaksanaan Akuntansi dan'],
            [null, 'Pelaporan Keuangan', rp(200_000_000), rp(180_000_000)],
            [null, bold('JUMLAH'), rp(900_000_000), rp(850_000_000)],
          ]),
        );
      expect(recogniseWorkbook(make(500_000_000)).map((t) => t.range.top)).toEqual([2]);
      expect(galat(make(500_000_000))).toEqual([]);
      // (the kegiatan's pagu checked against its sub kegiatan on both pages)
      expect(galat(make(520_000_000)).map((f) => f.cell)).toEqual(['C5']);
    },
  );

  test("a page with no header where every row's code stands on its first line, its figures on the second: each is one row", () => {
    // (no numbered row of the page carries figures of its own: the codes' depth names the rows' levels, and every line
    // with figures stands right under one)
    const make = (subPagu: number) =>
      book(
        sheet('Page 1', [...PAGE_ONE, ['1.1.1', 'Penyusunan Dokumen Perencanaan', rp(400_000_000), rp(380_000_000)]]),
        sheet('Page 2', [
          ['1.2', 'Administrasi Keuangan'],
          [null, 'Perangkat Daerah', rp(500_000_000), rp(470_000_000)],
          ['1.2.1', 'Penyediaan Gaji dan'],
          [null, 'Tunjangan ASN', rp(subPagu), rp(300_000_000)],
          ['1.2.2', 'Pelaksanaan Akuntansi dan'],
          [null, 'Pelaporan Keuangan', rp(180_000_000), rp(170_000_000)],
          [null, bold('JUMLAH'), rp(900_000_000), rp(850_000_000)],
        ]),
      );
    expect(galat(make(320_000_000))).toEqual([]);
    expect(recogniseWorkbook(make(320_000_000))[1].rows.map((r) => [r.row, r.label])).toEqual([
      [2, 'Administrasi Keuangan Perangkat Daerah'],
      [4, 'Penyediaan Gaji dan Tunjangan ASN'],
      [6, 'Pelaksanaan Akuntansi dan Pelaporan Keuangan'],
      [7, 'JUMLAH'],
    ]);
    expect(galat(make(330_000_000)).map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Page 2!C2']);
  });

  test('a short page where every programme and sub kegiatan runs over two lines: each is one row — no galat, a wrong sum found', () => {
    // (no row of either kind carries figures on its first line: nothing on the page says they are items but that every
    // row is marked and each unmarked line stands right under a first line, in its look)
    const make = (subPagu: number) =>
      book(
        sheet('Laporan', [
          WORDS_HEAD,
          [bold('Program Penyelenggaraan')],
          [bold('Pemerintahan Kecamatan'), rp(800_000_000), rp(700_000_000)],
          ['Kegiatan Pelaksanaan Pemerintahan', rp(800_000_000), rp(700_000_000)],
          ['- Sub Kegiatan Penyediaan Layanan'],
          ['Administrasi Umum', rp(subPagu), rp(450_000_000)],
          ['- Sub Kegiatan Pengelolaan Arsip'],
          ['dan Dokumentasi', rp(300_000_000), rp(250_000_000)],
          [bold('JUMLAH'), rp(800_000_000), rp(700_000_000)],
        ]),
      );
    expect(galat(make(500_000_000))).toEqual([]);
    expect(recogniseWorkbook(make(500_000_000))[0].rows.map((r) => [r.row, r.level])).toEqual([
      [3, 'program'],
      [4, 'kegiatan'],
      [6, 'subkegiatan'],
      [8, 'subkegiatan'],
      [9, 'total'],
    ]);
    // (the kegiatan, its programme and the JUMLAH all state 800 million over sub kegiatan adding up to 820: either sub
    // kegiatan typed 20 million too many would do, so the kegiatan's sum says so, listing both; the JUMLAH is the
    // programme's, which it states)
    expect(galat(make(520_000_000)).map((f) => [f.rule, f.cell, f.related])).toEqual([['jumlah-induk', 'B4', ['B6', 'B8']]]);
  });

  test.each([true, false])(
    'header repeated %s: a programme over two lines on the next page (no level word), its number on the first, is a programme of its own — the JUMLAH adds it',
    (header) => {
      const next = (total: number): V[][] => [
        ...(header ? [HEAD] : []),
        ['1.2', 'Administrasi Keuangan', rp(500_000_000), rp(470_000_000)],
        ['2', bold('Penelitian dan')],
        [null, bold('Pengembangan Daerah'), rp(300_000_000), rp(250_000_000)],
        ['2.1', 'Kajian Kebijakan Daerah', rp(300_000_000), rp(250_000_000)],
        [null, bold('JUMLAH'), rp(total), rp(1_100_000_000)],
      ];
      const first: V[][] = [
        ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
        HEAD,
        ['1', bold('Penunjang Urusan Pemerintahan'), rp(900_000_000), rp(850_000_000)],
        ['1.1', 'Perencanaan Perangkat Daerah', rp(400_000_000), rp(380_000_000)],
      ];
      expect(galat(book(sheet('Page 1', first), sheet('Page 2', next(1_200_000_000))))).toEqual([]);
      // (the programme counted once in the JUMLAH, the kegiatan above it in programme 1's figure on page 1)
      expect(galat(book(sheet('Page 1', first), sheet('Page 2', next(1_250_000_000)))).map((f) => [f.sheet, f.cell, f.expected])).toEqual([
        ['Page 2', header ? 'C6' : 'C5', 1_200_000_000],
      ]);
    },
  );
});

describe('a page with no header whose columns the converter moved', () => {
  const noHead = { above: [['LKjIP Dinas Kesehatan Tahun 2024']] as V[][], header: false };
  /** The pages with an empty column A before the first (as converters make them), the later pages moved `shift` more. */
  const moved = (wb: ReturnType<typeof pages>, shift: number) =>
    book(...wb.sheets.map((s, i) => ({ ...s, cells: s.cells.map((c) => ({ ...c, col: c.col + 1 + (i > 0 ? shift : 0) })) })));

  // (1 and 2 as converters are seen to move a page; 3 and 5 read off the page, as one placing each page's columns where
  // they stood on it moves them)
  test.each([1, 2, -1, 3, 5])('moved by %i: its rows go on with the table, in their own columns, checked with it', (shift) => {
    const wb = moved(pages(LINES, [3, 9], { total: TOTAL, ...noHead }), shift);
    const parts = recogniseWorkbook(wb);
    expect(parts.map((t) => [t.sheet, t.headerRows, t.range.left, t.columns.find((c) => c.role === 'anggaran')?.col])).toEqual([
      ['Page 1', 1, 2, 4],
      ['Page 2', 0, 2 + shift, 4 + shift],
      ['Page 3', 0, 2 + shift, 4 + shift],
    ]);
    expect(galat(wb)).toEqual([]);
    // a kegiatan's pagu on the second page that its sub kegiatan do not make up: found there, in its moved column
    const col = String.fromCharCode(67 + 1 + shift);
    expect(cells(moved(pages(changed(4, 0, 1_000_000), [3, 9], { total: TOTAL, ...noHead }), shift))).toEqual([`Page 2!${col}3`]);
  });

  test('moved by 3 past a running title and a page number: read off the first words under them', () => {
    const above = { above: [['LKjIP Dinas Kesehatan Tahun 2024'], [null, null, null, null, null, null, 'Hal. 2']] as V[][], header: false };
    const wb = moved(pages(LINES, [3, 9], { total: TOTAL, ...above }), 3);
    expect(recogniseWorkbook(wb).map((t) => [t.sheet, t.headerRows, t.range.left])).toEqual([
      ['Page 1', 1, 2],
      ['Page 2', 0, 5],
      ['Page 3', 0, 5],
    ]);
    expect(galat(wb)).toEqual([]);
    // a sub kegiatan's realisasi on the third page that its kegiatan's does not hold: the kegiatan's, in its moved column
    expect(cells(moved(pages(changed(11, 1, 5_000_000), [3, 9], { total: TOTAL, ...above }), 3))).toEqual(['Page 3!H4']);
  });

  test('moved by 2, opening with a numbered first line whose figures are on its next: its code is no pagu, the page is read moved', () => {
    // ("1.2 | Administrasi Keuangan" with no figures in C:D of the moved page: unmoved, the code would stand where the
    // table has its pagu)
    const make = (kegiatanPagu: number) =>
      book(
        sheet('Page 1', [...PAGE_ONE]),
        sheet('Page 2', [
          [null, null, '1.2', 'Administrasi Keuangan'],
          [null, null, null, 'Perangkat Daerah', rp(kegiatanPagu), rp(470_000_000)],
          [null, null, '1.2.1', 'Penyediaan Gaji dan Tunjangan', rp(500_000_000), rp(470_000_000)],
          [null, null, null, bold('JUMLAH'), rp(900_000_000), rp(850_000_000)],
        ]),
      );
    expect(recogniseWorkbook(make(500_000_000)).map((t) => [t.sheet, t.headerRows, t.range.left])).toEqual([
      ['Page 1', 1, 1],
      ['Page 2', 0, 3],
    ]);
    expect(galat(make(500_000_000))).toEqual([]);
    expect(galat(make(520_000_000)).map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Page 2!E2']);
  });

  test("a moved page whose label column holds no label under the move is not read as the table's", () => {
    const wb = book(
      sheet('Page 1', [HEAD, ['1', bold('Program A'), rp(900), rp(850)], ['1.1', 'Kegiatan A', rp(400), rp(380)]]),
      sheet('Page 2', [[null, '1.2', rp(500), rp(470), rp(20)]]),
    );
    expect(recogniseWorkbook(wb).filter((t) => t.headerRows === 0)).toEqual([]);
  });
});

test("a pengukuran whose second page has no header: that page's rows highlighted by their band too", () => {
  const head: V[] = ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'];
  const wb = book(
    sheet('Page 1', [
      ['Tabel 3.1 Pengukuran Kinerja'],
      head,
      [1, 'Indeks Kepuasan Masyarakat', 80, 84, 105],
      [2, 'Persentase puskesmas terakreditasi', 100, 60, 60],
    ]),
    sheet('Page 2', [
      [3, 'Cakupan imunisasi dasar lengkap', 95, 76, 80],
      [4, 'Persentase desa siaga aktif', 75, 30, 40],
    ]),
  );
  const { tables, scale } = periksaWorkbook(wb);
  expect(tables.map((t) => t.sheet)).toEqual(['Page 1']);
  expect(highlightPlan(tables, scale).rows.map((r) => [r.sheet, r.address, r.capaian])).toEqual([
    ['Page 1', 'A3:E3', 105],
    ['Page 1', 'A4:E4', 60],
    ['Page 2', 'A1:E1', 80],
    ['Page 2', 'A2:E2', 40],
  ]);
});

test("a programme's serapan is judged against its own pagu, not the sum of its kegiatan on its first page alone (more go on over the break)", () => {
  const head: V[] = ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'];
  const line = (no: string, label: string, pagu: number, real: number, serapan = Math.round((real / pagu) * 10000) / 100): V[] => [
    no,
    no.includes('.') ? label : bold(label),
    rp(pagu),
    rp(real),
    serapan,
  ];
  const wb = (serapan2: number) =>
    book(
      sheet('Page 1', [
        ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
        head,
        line('1', 'Program Penunjang Urusan Pemerintahan', 400_000_000, 380_000_000),
        line('1.1', 'Perencanaan Perangkat Daerah', 250_000_000, 240_000_000),
        line('1.2', 'Evaluasi Kinerja', 150_000_000, 140_000_000),
        line('2', 'Program Pemenuhan Upaya Kesehatan', 1_500_000_000, 1_340_000_000, serapan2),
        line('2.1', 'Penyediaan Fasilitas Kesehatan', 700_000_000, 650_000_000),
        line('2.2', 'Penyediaan Layanan Kesehatan', 500_000_000, 450_000_000),
        [null],
        [null, null, 'Halaman 1'],
      ]),
      sheet('Page 2', [
        ['Tabel 3.5 (Lanjutan)'],
        head,
        line('2.3', 'Pengelolaan Pelayanan Kesehatan', 300_000_000, 240_000_000),
        [null, bold('JUMLAH'), rp(1_900_000_000), rp(1_720_000_000), 90.53],
      ]),
    );
  expect(galat(wb(89.33))).toEqual([]);
  // 1.340 of 1.500 million is 89,33 %; 91,67 % is 2.1 and 2.2 alone, (650 + 450) ÷ (700 + 500)
  expect(galat(wb(91.67)).map((f) => [f.rule, f.sheet, f.cell, f.expected])).toEqual([['persen-serapan', 'Page 1', 'E6', 89.33]]);
});

test('one sheet, the header repeated under "Tabel 3.5 (Lanjutan)", every figure typed as text ("1,340,000,000", "86.25", "95"): one table, its JUMLAH adding both pages', () => {
  const head: V[] = ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'];
  const en = (x: number) => x.toLocaleString('en-US');
  const line = (no: string | null, label: string, pagu: number, real: number): V[] => [
    no,
    label,
    en(pagu),
    en(real),
    String(Math.round((real / pagu) * 10000) / 100),
  ];
  const wb = (jumlah: number) =>
    book(
      sheet('Laporan', [
        ['Tabel 3.5 Realisasi Anggaran Tahun 2024'],
        head,
        line('1', 'Program Penunjang Urusan Pemerintahan', 400_000_000, 380_000_000),
        line(null, 'Kegiatan Perencanaan Perangkat Daerah', 250_000_000, 240_000_000),
        line(null, 'Kegiatan Evaluasi Kinerja', 150_000_000, 140_000_000),
        line('2', 'Program Pemenuhan Upaya Kesehatan', 1_500_000_000, 1_340_000_000),
        line(null, 'Kegiatan Penyediaan Fasilitas Kesehatan', 700_000_000, 650_000_000),
        line(null, 'Kegiatan Penyediaan Layanan Kesehatan', 800_000_000, 690_000_000),
        [null],
        [null],
        ['Tabel 3.5 (Lanjutan)'],
        head,
        line('3', 'Program Peningkatan Kapasitas SDM Kesehatan', 100_000_000, 95_000_000),
        line(null, 'Kegiatan Pengembangan Mutu SDM Kesehatan', 100_000_000, 95_000_000),
        [null, 'JUMLAH', en(2_000_000_000), en(jumlah), ((jumlah / 2_000_000_000) * 100).toFixed(2)],
      ]),
    );
  const tables = recogniseWorkbook(wb(1_815_000_000)).filter((t) => t.kind === 'realisasi-anggaran');
  expect(tables.map((t) => [t.range.top, t.range.bottom])).toEqual([[2, 15]]);
  expect(galat(wb(1_815_000_000))).toEqual([]);
  expect(galat(wb(1_825_000_000)).map((f) => [f.rule, f.cell])).toEqual([['jumlah-total', 'D15']]);
});

describe('one sheet: a page break closed by the running sums, its "(Lanjutan)" line blank rows below the page number (pasted from Word)', () => {
  // ("Jumlah pindahan" under the header again fills fewer columns than a line does: it carries no Fisik (%))
  // (each line with its physical progress, Fisik (%); the running sums carried over have none)
  const header: V[] = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Fisik (%)'];
  const printed = (carried: boolean, serapan: number) =>
    book(
      sheet('LKjIP', [
        ['LAPORAN REALISASI ANGGARAN TAHUN 2024'],
        [],
        header,
        ['1 02 04', 'Program Pemberdayaan Masyarakat Bidang Kesehatan', 1949000000, 1686166000, 86.51, 91.28],
        ['1 02 04 2.01', 'Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat', 1234000000, 1043427000, 84.56, 94.83],
        ['1 02 04 2.01 0001', 'Pengelolaan Data dan Informasi Kesehatan', 411000000, 375463000, 91.35, 94.66],
        ['1 02 04 2.01 0002', 'Pembangunan Puskesmas', 823000000, 667964000, 81.16, 98.45],
        ['1 02 04 2.02', 'Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat', 715000000, 642739000, 89.89, 95.25],
        ['1 02 04 2.02 0001', 'Pengadaan Alat Kesehatan', 67000000, 64799000, 96.71, 85.14],
        ...(carried ? [[null, 'Jumlah dipindahkan', 1301000000, 1108226000, 85.18]] : []),
        [],
        [null, null, 'Halaman 1'],
        [],
        [],
        [],
        ['Tabel 3.5 (Lanjutan)'],
        header,
        ...(carried ? [[null, 'Jumlah pindahan', 1301000000, 1108226000, 85.18]] : []),
        ['1 02 04 2.02 0002', 'Pelatihan Teknis Tenaga Kesehatan', 648000000, 577940000, serapan, 95.25],
        ['1 02 01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 977000000, 898129000, 91.93, 86.41],
        ['1 02 01 2.01', 'Administrasi Umum Perangkat Daerah', 977000000, 898129000, 91.93, 89.56],
        ['1 02 01 2.01 0001', 'Penyusunan Dokumen Perencanaan', 772000000, 701680000, 90.89, 87.59],
        ['1 02 01 2.01 0002', 'Bimbingan Teknis Posyandu', 205000000, 196449000, 95.83, 97.79],
        [null, 'TOTAL', 2926000000, 2584295000, 88.32],
      ]),
    );

  test.each([
    ['with the running sums carried over', true, 24, 'E19'],
    ['with no running sums', false, 22, 'E17'],
  ])('%s: one table, the kegiatan and the TOTAL summed over both pages', (_what, carried, bottom, cell) => {
    expect(recogniseWorkbook(printed(carried, 89.19)).map((t) => [t.sheet, t.kind, t.range.top, t.range.bottom])).toEqual([
      ['LKjIP', 'realisasi-anggaran', 3, bottom],
    ]);
    expect(galat(printed(carried, 89.19))).toEqual([]);
    // 577.940.000 ÷ 648.000.000 = 89,19 %, typed 93,29
    expect(galat(printed(carried, 93.29)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', cell]]);
  });
});
describe('one sheet, an accountant\'s "Rp" in a column of its own before each amount, the running sums carried over the page break', () => {
  // "Jumlah dipindahkan | Rp | 1.301.000.000 | Rp | 1.108.226.000": the Rp cells are no figures the running sums miss
  const header: V[] = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', null, 'Realisasi (Rp)', null, 'Serapan (%)'];
  const line = (kode: string | null, label: string, pagu: number, realisasi: number, serapan?: number): V[] => [
    kode,
    label,
    'Rp',
    pagu,
    'Rp',
    realisasi,
    serapan ?? null,
  ];
  const printed = (serapan: number) =>
    book(
      sheet(
        'LKjIP',
        [
          ['LAPORAN REALISASI ANGGARAN TAHUN 2024'],
          [],
          header,
          line('1 02 04', 'Program Pemberdayaan Masyarakat Bidang Kesehatan', 1949000000, 1686166000, 86.51),
          line('1 02 04 2.01', 'Pengembangan Upaya Kesehatan Bersumber Daya Masyarakat', 1234000000, 1043427000, 84.56),
          line('1 02 04 2.01 0001', 'Pengelolaan Data dan Informasi Kesehatan', 411000000, 375463000, 91.35),
          line('1 02 04 2.01 0002', 'Pembangunan Puskesmas', 823000000, 667964000, 81.16),
          line('1 02 04 2.02', 'Advokasi, Pemberdayaan, Kemitraan Masyarakat', 715000000, 642739000, 89.89),
          line('1 02 04 2.02 0001', 'Pengadaan Alat Kesehatan', 67000000, 64799000, 96.71),
          line(null, 'Jumlah dipindahkan', 1301000000, 1108226000),
          [],
          [null, null, 'Halaman 1'],
          [],
          [],
          ['Tabel 3.5 (Lanjutan)'],
          header,
          line(null, 'Jumlah pindahan', 1301000000, 1108226000),
          line('1 02 04 2.02 0002', 'Pelatihan Teknis Tenaga Kesehatan', 648000000, 577940000, serapan),
          line('1 02 01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 977000000, 898129000, 91.93),
          line('1 02 01 2.01', 'Administrasi Umum Perangkat Daerah', 977000000, 898129000, 91.93),
          line('1 02 01 2.01 0001', 'Penyusunan Dokumen Perencanaan', 772000000, 701680000, 90.89),
          line('1 02 01 2.01 0002', 'Bimbingan Teknis Posyandu', 205000000, 196449000, 95.83),
          line(null, 'TOTAL', 2926000000, 2584295000, 88.32),
        ],
        { merges: ['C3:D3', 'E3:F3', 'C16:D16', 'E16:F16'] },
      ),
    );

  test("one table; the running sums are the break's rows, the kegiatan and the TOTAL summed over both pages", () => {
    expect(recogniseWorkbook(printed(89.19)).map((t) => [t.sheet, t.kind, t.range.top, t.range.bottom])).toEqual([['LKjIP', 'realisasi-anggaran', 3, 23]]);
    expect(galat(printed(89.19))).toEqual([]);
    // 577.940.000 ÷ 648.000.000 = 89,19 %, typed 93,29
    expect(galat(printed(93.29)).map((f) => [f.rule, f.cell])).toEqual([['persen-serapan', 'G18']]);
  });
});
