/**
 * The text files reporting systems hand out as "Excel": an HTML page of tables (Excel's own "Save as Web Page" and the
 * .xls pages of web applications) and the XML Spreadsheet 2003. Read into cells, merges and styles as a workbook would
 * be, then checked as any workbook is.
 */
import { NODE_INFLATER } from '../../src/cli/container';
import { periksaWorkbook } from '../../src/core/periksa';
import { rangeA1 } from '../../src/core/address';
import { InputError, markupKind } from '../../src/xlsx/container';
import { readWorkbookBytes } from '../../src/xlsx/read';

const read = (text: string | Uint8Array, name = 'laporan.xls') =>
  readWorkbookBytes(typeof text === 'string' ? new TextEncoder().encode(text) : text, name, NODE_INFLATER).snapshot;

const galat = (text: string) =>
  periksaWorkbook(read(text))
    .findings.filter((f) => f.severity === 'galat')
    .map((f) => `${f.rule} ${f.cell}`);

/** A budget table as Excel's "Save as Web Page" writes it: class styles, x:num numbers, a two-row header. */
const excelPage = (total: number) => `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<title>Realisasi</title>
<style>
<!--
.xl65 {font-weight:700; mso-number-format:General;}
.xl66 {mso-number-format:"\\#\\,\\#\\#0";}
.xl67 {mso-number-format:"0\\.00%";}
.xl68 {font-weight:700; mso-number-format:"\\#\\,\\#\\#0";}
-->
</style></head>
<body>
<table border=0 cellpadding=0 cellspacing=0>
 <tr><td colspan=5 class=xl65>Tabel 3.9 Realisasi Anggaran Tahun 2024</td></tr>
 <tr><td></td></tr>
 <tr>
  <td rowspan=2 class=xl65>No</td><td rowspan=2 class=xl65>Program / Kegiatan</td><td colspan=2 class=xl65>Anggaran (Rp)</td><td rowspan=2 class=xl65>Serapan</td>
 </tr>
 <tr><td class=xl65>Pagu</td><td class=xl65>Realisasi</td></tr>
 <tr><td class=xl65>1</td><td class=xl65>Program Perlindungan dan Jaminan Sosial</td><td class=xl68 x:num="1250000000">1,250,000,000</td><td class=xl68 x:num="1187500000">1,187,500,000</td><td class=xl67 x:num="0.95">95.00%</td></tr>
 <tr><td>1.1</td><td>&nbsp;&nbsp;&nbsp;Perlindungan Sosial Korban Bencana</td><td class=xl66 x:num="750000000">750,000,000</td><td class=xl66 x:num="712500000">712,500,000</td><td class=xl67 x:num="0.95">95.00%</td></tr>
 <tr><td>1.2</td><td>&nbsp;&nbsp;&nbsp;Pengelolaan Data Fakir Miskin</td><td class=xl66 x:num="500000000">500,000,000</td><td class=xl66 x:num="475000000">475,000,000</td><td class=xl67 x:num="0.95">95.00%</td></tr>
 <tr><td class=xl65></td><td class=xl65>JUMLAH</td><td class=xl68 x:num="${total}">${total}</td><td class=xl68 x:num="1187500000">1,187,500,000</td><td class=xl67 x:num="0.95">95.00%</td></tr>
</table>
</body></html>`;

test('an HTML page saved by Excel (.xls): cells, numbers with their formats, bold, merges from rowspan/colspan; its galat', () => {
  const snap = read(excelPage(1250000000));
  expect(snap.sheets.map((s) => s.name)).toEqual(['Realisasi']);
  const [s] = snap.sheets;
  const at = (a1: string) => s.cells.find((c) => `${String.fromCharCode(64 + c.col)}${c.row}` === a1);
  expect(s.merges.map((m) => rangeA1(m)).sort()).toEqual(['A1:E1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4']);
  expect([at('C5')?.value, at('C5')?.numFmt, at('C5')?.bold]).toEqual([1250000000, '#,##0', true]);
  expect([at('E6')?.value, at('E6')?.numFmt]).toEqual([0.95, '0.00%']);
  // the sub-header's cells land right of the rowspans above them
  expect([at('C4')?.value, at('D4')?.value]).toEqual(['Pagu', 'Realisasi']);
  // no-break spaces typed before a label are its indent, the page's own white space is not
  expect(at('B6')?.value).toBe('   Perlindungan Sosial Korban Bencana');
  const r = periksaWorkbook(snap);
  expect(r.tables.map((t) => [t.sheet, rangeA1(t.range), t.kind])).toEqual([['Realisasi', 'A3:E8', 'realisasi-anggaran']]);
  expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  expect(galat(excelPage(1205000000))).toEqual(['jumlah-total C8']);
});

test("a web application's .xls page: figures typed as text, <th> headers, a caption, <br> inside a cell; windows-1252 text", () => {
  const page = (capaian: string) => `<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>e-SAKIP - Capaian IKU</title></head>
<body>
<h3>Capaian Indikator Kinerja Utama Tahun 2024</h3>
<table border="1">
<caption>Tabel 3.1 Pengukuran Kinerja</caption>
<thead><tr><th>No</th><th>Indikator<br>Kinerja</th><th>Target</th><th>Realisasi</th><th>Capaian (%)</th></tr></thead>
<tbody>
<tr><td>1</td><td>Persentase PPKS yang tertangani</td><td>85 %</td><td>88,4 %</td><td>104</td></tr>
<tr><td>2</td><td>Angka kemiskinan (semakin kecil semakin baik)</td><td>9,5 %</td><td>9,12 %</td><td>${capaian}</td></tr>
<tr><td>3</td><td>Indeks kepuasan masyarakat \u2013 layanan sosial</td><td>80</td><td>82,4</td><td>103</td></tr>
</tbody></table>
<p>Sumber: Bidang Program</p>
</body></html>`;
  const bytes = (text: string) => Uint8Array.from(text, (ch) => (ch === '\u2013' ? 0x96 : ch.charCodeAt(0)));
  const snap = read(bytes(page('104')));
  const [s] = snap.sheets;
  const texts = s.cells.map((c) => c.value);
  expect(texts.slice(0, 3)).toEqual(['Capaian Indikator Kinerja Utama Tahun 2024', 'Tabel 3.1 Pengukuran Kinerja', 'No']);
  expect(texts).toContain('Indikator\nKinerja');
  expect(texts).toContain('Indeks kepuasan masyarakat – layanan sosial');
  expect(s.cells.find((c) => c.value === 'No')?.bold).toBe(true);
  // what can only be a number is one, as Excel makes it when it opens the page ("85 %" is 0,85 shown as 85 %); what
  // could be read two ways stays text
  const value = (text: string) => {
    const cells = read(page('104').replace('<td>80</td>', `<td>${text}</td>`)).sheets[0].cells;
    const row = cells.find((c) => c.col === 1 && c.value === 3)?.row;
    const one = cells.find((c) => c.row === row && c.col === 3);
    return [one?.value, one?.numFmt];
  };
  expect(value('85 %')).toEqual([0.85, '0%']);
  expect(value('1.250.000.000')).toEqual([1250000000, '#,##0']);
  expect(value('Rp 1.250.000,-')).toEqual([1250000, '"Rp"#,##0']);
  expect(value('82,45')).toEqual([82.45, '0.00']);
  expect(value('1.250')).toEqual(['1.250', undefined]);
  expect(value('1.1')).toEqual(['1.1', undefined]);
  expect(value('01')).toEqual(['01', undefined]);
  expect(value('(162.355.000)')).toEqual([-162355000, '#,##0']);
  expect(value('(3)')).toEqual(['(3)', undefined]);
  const r = periksaWorkbook(snap);
  expect(r.tables.map((t) => t.kind)).toEqual(['pengukuran-kinerja']);
  // 2 − 9,12 / 9,5 = 104 % for a lower-is-better indikator; a wrong one is the one galat
  expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  const wrong = periksaWorkbook(read(bytes(page('110')))).findings.filter((f) => f.severity === 'galat');
  expect(wrong.map((f) => `${f.rule} ${f.cell}`)).toEqual([`persen-capaian E${s.cells.find((c) => c.value === 2)?.row ?? 0}`]);
});

/** An XML Spreadsheet 2003 with two sheets, styles by parent, an indexed row and cell, merges, a formula, hidden things. */
const xmlSpreadsheet = (kegiatanB: number) => `<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>
  <Style ss:ID="h"><Font ss:Bold="1"/></Style>
  <Style ss:ID="rp"><NumberFormat ss:Format="#,##0"/></Style>
  <Style ss:ID="rpb" ss:Parent="rp"><Font ss:Bold="1"/></Style>
  <Style ss:ID="k"><Alignment ss:Indent="1"/></Style>
  <Style ss:ID="pc"><NumberFormat ss:Format="Percent"/></Style>
 </Styles>
 <Worksheet ss:Name="Realisasi">
  <Table>
   <Column ss:Index="6" ss:Hidden="1"/>
   <Row><Cell ss:MergeAcross="3" ss:StyleID="h"><Data ss:Type="String">Realisasi Anggaran 2024</Data></Cell></Row>
   <Row ss:Index="3"><Cell ss:StyleID="h"><Data ss:Type="String">Uraian</Data></Cell><Cell ss:StyleID="h"><Data ss:Type="String">Pagu</Data></Cell><Cell ss:StyleID="h"><Data ss:Type="String">Realisasi</Data></Cell><Cell ss:StyleID="h"><Data ss:Type="String">Serapan</Data></Cell></Row>
   <Row><Cell ss:StyleID="h"><Data ss:Type="String">Program Rehabilitasi Sosial</Data></Cell><Cell ss:StyleID="rpb"><Data ss:Type="Number">1000000000</Data></Cell><Cell ss:StyleID="rpb"><Data ss:Type="Number">950000000</Data></Cell><Cell ss:StyleID="pc"><Data ss:Type="Number">0.95</Data></Cell></Row>
   <Row><Cell ss:StyleID="k"><Data ss:Type="String">Kegiatan A</Data></Cell><Cell ss:StyleID="rp"><Data ss:Type="Number">600000000</Data></Cell><Cell ss:StyleID="rp"><Data ss:Type="Number">580000000</Data></Cell><Cell ss:StyleID="pc"><Data ss:Type="Number">0.96666</Data></Cell></Row>
   <Row ss:Hidden="1"><Cell ss:StyleID="k"><Data ss:Type="String">Kegiatan B</Data></Cell><Cell ss:StyleID="rp"><Data ss:Type="Number">${kegiatanB}</Data></Cell><Cell ss:StyleID="rp"><Data ss:Type="Number">370000000</Data></Cell><Cell ss:StyleID="pc" ss:Formula="=RC[-1]/RC[-2]"><Data ss:Type="Number">${370000000 / kegiatanB}</Data></Cell></Row>
   <Row><Cell ss:StyleID="h"><Data ss:Type="String">JUMLAH</Data></Cell><Cell ss:Index="2" ss:StyleID="rpb" ss:Formula="=SUM(R[-3]C)"><Data ss:Type="Number">1000000000</Data></Cell><Cell ss:StyleID="rpb"><Data ss:Type="Number">950000000</Data></Cell><Cell ss:StyleID="pc"><Data ss:Type="Number">0.95</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Catatan">
  <Table><Row><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>Disusun</B> oleh Subbag Program</ss:Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
</Workbook>`;

test('an XML Spreadsheet 2003: typed cells, styles through their parents, indexed rows, merges, formulas, hidden parts', () => {
  const snap = read(xmlSpreadsheet(400000000), 'realisasi.xml');
  expect(snap.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
    ['Realisasi', false],
    ['Catatan', true],
  ]);
  const [s] = snap.sheets;
  expect(s.merges.map((m) => rangeA1(m))).toEqual(['A1:D1']);
  expect([s.hiddenRows, s.hiddenCols]).toEqual([[6], [6]]);
  const b4 = s.cells.find((c) => c.row === 4 && c.col === 2);
  expect([b4?.value, b4?.numFmt, b4?.bold]).toEqual([1000000000, '#,##0', true]);
  const a5 = s.cells.find((c) => c.row === 5 && c.col === 1);
  expect([a5?.indent, a5?.bold]).toEqual([1, undefined]);
  expect(s.cells.find((c) => c.row === 6 && c.col === 4)?.formula).toBe('RC[-1]/RC[-2]');
  expect(s.cells.find((c) => c.row === 4 && c.col === 4)?.numFmt).toBe('0.00%');
  expect(snap.sheets[1].cells.map((c) => c.value)).toEqual(['Disusun oleh Subbag Program']);
  // 600 + 400 = 1 000 million: the programme adds up; with Kegiatan B at 450 it does not
  expect(galat(xmlSpreadsheet(400000000))).toEqual([]);
  expect(galat(xmlSpreadsheet(450000000))).toEqual(['jumlah-induk B4']);
});

test('what is a text workbook and what is not', () => {
  const enc = (t: string) => new TextEncoder().encode(t);
  expect(markupKind(enc('\ufeff<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>'))).toBe('html');
  expect(markupKind(enc('<table border=1><tr><td>No</td></tr></table>'))).toBe('html');
  expect(markupKind(enc('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook>'))).toBe('spreadsheetml');
  expect(markupKind(enc('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  expect(markupKind(enc('No;Program;Pagu\n1;Program A;100'))).toBeUndefined();
  // an HTML page in UTF-16, as some Windows tools save it
  const utf16 = new Uint8Array([
    0xff,
    0xfe,
    ...Array.from('<html><body><table><tr><td>Pagu</td><td>100</td></tr></table></body></html>').flatMap((ch) => [ch.charCodeAt(0), 0]),
  ]);
  expect(markupKind(utf16)).toBe('html');
  expect(read(utf16).sheets[0].cells.map((c) => c.value)).toEqual(['Pagu', 100]);
  // a page with no table at all is no workbook: one clear sentence
  expect(() => read('<html><body><p>Laporan belum tersedia</p></body></html>')).toThrow(InputError);
  expect(() => read('<html><body></body></html>')).toThrow(/tanpa tabel/);
});

test('a .csv as Indonesian Excel writes it (semicolons, decimal commas) or with commas and quotes: cells, numbers, its galat', () => {
  const id = (total: string) =>
    [
      'Realisasi Anggaran Tahun 2024;;;;',
      'No;Program;Pagu;Realisasi;%',
      '1;Program Rehabilitasi Sosial;1.250.000.000;1.187.500.000;95,00',
      '2;"Program Perlindungan; Jaminan Sosial";860.000.000;812.700.000;94,50',
      `;JUMLAH;2.110.000.000;${total};94,80`,
    ].join('\r\n');
  const snap = read(id('2.000.200.000'), 'realisasi 2024.csv');
  expect(snap.sheets.map((s) => s.name)).toEqual(['realisasi 2024']);
  const at = (row: number, col: number) => snap.sheets[0].cells.find((c) => c.row === row && c.col === col)?.value;
  expect([at(4, 2), at(4, 3), at(3, 5)]).toEqual(['Program Perlindungan; Jaminan Sosial', 860000000, 95]);
  expect(periksaWorkbook(snap).tables.map((t) => [rangeA1(t.range), t.kind])).toEqual([['A2:E5', 'realisasi-anggaran']]);
  expect(periksaWorkbook(snap).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  const wrong = periksaWorkbook(read(id('2.010.200.000'), 'r.csv')).findings.filter((f) => f.severity === 'galat');
  expect(wrong.map((f) => `${f.rule} ${f.cell}`)).toContain('jumlah-total D5');
  // commas between values, a quoted value over two lines and with a quote in it, English figures
  const en = read(
    'No,Indikator,Target,Realisasi,Capaian\n1,"Indeks ""kepuasan""\nmasyarakat",80,82.5,103.13%\n2,Persentase desa tangguh,"1,250","1,300",104%\n',
    'iku.csv',
  );
  const cells = en.sheets[0].cells.map((c) => c.value);
  expect(cells).toContain('Indeks "kepuasan"\nmasyarakat');
  expect(cells).toContain(1.0313);
  // "1,250" could be one and a quarter or twelve hundred and fifty: left as text for the engine to read in its column
  expect(cells).toContain('1,250');
  expect(markupKind(new TextEncoder().encode('No;Program\n1;A'), 'data.csv')).toBe('csv');
  expect(markupKind(new TextEncoder().encode('No;Program\n1;A'), 'data.txt')).toBeUndefined();
});
