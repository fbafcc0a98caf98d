/**
 * Our own .ods reader, on a package written here by hand (no LibreOffice needed): values of every type, text of
 * several paragraphs and spaces, formulas and their errors, number formats, bold and indent through parent styles,
 * merges, repeated rows and cells, hidden sheets, columns and rows.
 */
import { readOdsSnapshot } from '../../src/xlsx/ods-snapshot';
import { FFLATE_INFLATER } from '../../src/xlsx/fflate-inflater';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { periksaWorkbook } from '../../src/core/periksa';
import { zip } from '../../scripts/fixtures/bad-inputs';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ' +
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';

const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles>
<style:style style:name="Judul" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles></office:document-styles>`;

const cell = (attrs: string, text?: string) => `<table:table-cell ${attrs}>${text === undefined ? '' : `<text:p>${text}</text:p>`}</table:table-cell>`;
const str = (t: string, style = '') => cell(`office:value-type="string"${style ? ` table:style-name="${style}"` : ''}`, t);
const rp = (v: number, style = 'rp') => cell(`office:value-type="currency" office:currency="IDR" office:value="${v}" table:style-name="${style}"`, `Rp ${v}`);

const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>
<number:percentage-style style:name="N10"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:currency-style style:name="N20"><number:currency-symbol>Rp</number:currency-symbol><number:number number:decimal-places="0" number:grouping="true"/></number:currency-style>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
<style:style style:name="tebal" style:family="table-cell" style:parent-style-name="Judul"/>
<style:style style:name="rpTebal" style:family="table-cell" style:parent-style-name="Judul" style:data-style-name="N20"/>
<style:style style:name="rp" style:family="table-cell" style:data-style-name="N20"/>
<style:style style:name="masuk" style:family="table-cell"><style:paragraph-properties fo:margin-left="0.1389in"/></style:style>
<style:style style:name="persen" style:family="table-cell" style:data-style-name="N10"/>
</office:automatic-styles><office:body><office:spreadsheet>
<table:table table:name="Realisasi Anggaran" table:style-name="ta1">
<table:table-column table:number-columns-repeated="2"/><table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="16381"/>
<table:table-row>${cell('office:value-type="string" table:style-name="tebal" table:number-columns-spanned="5" table:number-rows-spanned="1"', 'Realisasi  Anggaran<text:s text:c="2"/>2024')}<table:covered-table-cell table:number-columns-repeated="4"/><table:table-cell table:number-columns-repeated="16379"/></table:table-row>
<table:table-row>${str('Uraian', 'tebal')}${str('Pagu', 'tebal')}${str('Pagu Murni', 'tebal')}${str('Realisasi', 'tebal')}${str('%', 'tebal')}</table:table-row>
<table:table-row>${str('Program Rehabilitasi Sosial', 'tebal')}${rp(234292000, 'rpTebal')}${rp(200000000)}${rp(228380000, 'rpTebal')}${cell('office:value-type="percentage" office:value="0.9748" table:style-name="persen"', '97,48%')}</table:table-row>
<table:table-row>${str('Kegiatan A', 'masuk')}${rp(134292000)}${rp(100000000)}${rp(130000000)}${cell('office:value-type="float" office:value="0.968" table:formula="of:=[.D4]/[.B4]" table:style-name="persen"', '96,80%')}</table:table-row>
<table:table-row table:visibility="collapse">${str('Kegiatan B', 'masuk')}${rp(100000000)}${rp(100000000)}${rp(98380000)}${cell('office:value-type="string" calcext:value-type="error" table:formula="of:=[.D5]/[.Z5]"', '#DIV/0!')}</table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="5"/></table:table-row>
<table:table-row>${str('Sumber: DPA 2024')}</table:table-row>
<table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
</table:table>
<table:table table:name="Arsip" table:style-name="ta2"><table:table-row>${str('Catatan')}${cell('office:value-type="date" office:date-value="2024-12-31"', '31/12/2024')}${cell('office:value-type="boolean" office:boolean-value="true"', 'TRUE')}</table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>`;

function ods(): Uint8Array {
  return new Uint8Array(
    zip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
      { name: 'content.xml', data: Buffer.from(content), deflate: true },
      { name: 'styles.xml', data: Buffer.from(styles), deflate: true },
    ]),
  );
}

test('values, formats, bold and indent, merges, repeats and hidden parts are read as the engine needs them', () => {
  const { snapshot } = readWorkbookBytes(ods(), 'laporan.ods', FFLATE_INFLATER);
  const [ra, arsip] = snapshot.sheets;
  const at = (r: number, c: number) => ra.cells.find((x) => x.row === r && x.col === c);
  expect(ra.name).toBe('Realisasi Anggaran');
  expect(at(1, 1)).toMatchObject({ value: 'Realisasi  Anggaran  2024', bold: true });
  expect(ra.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
  expect(at(3, 1)).toMatchObject({ value: 'Program Rehabilitasi Sosial', bold: true });
  expect(at(3, 2)).toMatchObject({ value: 234292000, numFmt: '"Rp"#,##0', bold: true });
  expect(at(3, 5)).toMatchObject({ value: 0.9748, numFmt: '0.00%' });
  expect(at(4, 1)).toMatchObject({ value: 'Kegiatan A', indent: 1 });
  expect(at(4, 1)?.bold).toBeUndefined();
  // (OpenFormula's [.D4]/[.B4] in Excel's words, as the other readers give formulas)
  expect(at(4, 5)).toMatchObject({ value: 0.968, formula: 'D4/B4' });
  expect(at(5, 1)).toMatchObject({ value: 'Kegiatan B' });
  expect(at(5, 5)).toMatchObject({ value: { error: '#DIV/0!' } });
  // two empty repeated rows are counted, not materialised
  expect(at(8, 1)).toMatchObject({ value: 'Sumber: DPA 2024' });
  expect(ra.hiddenCols).toEqual([3]);
  expect(ra.hiddenRows).toEqual([5]);
  expect(ra.cells.length).toBe(1 + 5 + 5 + 5 + 5 + 1);
  expect(arsip.hidden).toBe(true);
  expect(arsip.cells.map((c) => c.value)).toEqual(['Catatan', 45657, true]);
});

test('the engine checks it like the same table in .xlsx: the program is its kegiatan (hidden Pagu Murni aside)', () => {
  const { snapshot } = readWorkbookBytes(ods(), 'laporan.ods', FFLATE_INFLATER);
  const r = periksaWorkbook(snapshot);
  const t = r.tables.find((x) => x.kind === 'realisasi-anggaran');
  expect(t).toBeDefined();
  expect(t?.columns.find((c) => c.header === 'Pagu Murni')?.role).toBeNull();
  expect(r.findings.filter((f) => f.rule === 'jumlah-induk')).toEqual([]);
  expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
});

test('an .ods without content is refused with one Indonesian sentence', () => {
  expect(() => readOdsSnapshot(new Map([['mimetype', new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet')]]))).toThrow(
    /OpenDocument \(\.ods\)/,
  );
});
