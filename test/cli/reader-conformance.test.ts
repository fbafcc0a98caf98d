/**
 * The reader on workbooks as other producers write them (legal XML that Excel itself does not write), through
 * `lkjip baca --format json`, and on the 250 public test files of other libraries in ../shared/wild (read in
 * place, never copied).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'child_process';
import { CLI, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const WILD = path.resolve(__dirname, '..', '..', '..', 'shared', 'wild');

interface Dump {
  sheets: Array<{
    name: string;
    hidden: boolean;
    merges: string[];
    cells: Array<{ address: string; value: unknown; bold?: boolean; numFmt?: string; formula?: string }>;
  }>;
}

function baca(file: string): { status: number | null; dump?: Dump; stderr: string } {
  const r = runCli(['baca', file, '--format', 'json']);
  return { status: r.status, dump: r.status === 0 ? (JSON.parse(r.stdout) as Dump) : undefined, stderr: r.stderr };
}

async function base(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Indikator', 'Target', 'Realisasi']);
  ws.addRow(['Persentase PMKS tertangani', 80, 88]);
  ws.getCell('A1').font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function variant(mutate: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(await base());
  await mutate(zip);
  const file = path.join(tempDir('lkjip-baca-'), 'v.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function edit(zip: JSZip, name: string, fn: (xml: string) => string): Promise<void> {
  zip.file(name, fn(await zip.file(name)!.async('string')));
}

const valueAt = (d: Dump | undefined, sheet: string, address: string) =>
  d?.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.address === address)?.value;

describe('odd but valid workbooks are read right', () => {
  test('single-quoted attributes and namespace prefixes', async () => {
    const file = await variant(async (zip) => {
      await edit(zip, 'xl/worksheets/sheet1.xml', (x) =>
        x
          .replace(/(\s[\w:]+)="([^"]*)"/g, "$1='$2'")
          .replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, '<$1x:$2$3')
          .replace('<x:worksheet', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'),
      );
    });
    const r = baca(file);
    expect(r.status).toBe(0);
    expect(valueAt(r.dump, 'Data', 'A2')).toBe('Persentase PMKS tertangani');
    expect(valueAt(r.dump, 'Data', 'B2')).toBe(80);
  });

  test('an empty <sst/>, a workbook part elsewhere, part names in other case', async () => {
    const file = await variant(async (zip) => {
      const wb = await zip.file('xl/workbook.xml')!.async('string');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.remove('xl/workbook.xml');
      zip.remove('xl/_rels/workbook.xml.rels');
      zip.file('xl/buku/Kerja.xml', wb);
      zip.file('xl/buku/_rels/Kerja.xml.rels', rels.replace(/Target="(?!\/)/g, 'Target="../'));
      await edit(zip, '_rels/.rels', (x) => x.replace('xl/workbook.xml', 'xl/buku/Kerja.xml'));
      await edit(zip, '[Content_Types].xml', (x) => x.replace('/xl/workbook.xml', '/xl/buku/Kerja.xml'));
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      zip.remove('xl/worksheets/sheet1.xml');
      zip.file('XL/Worksheets/Sheet1.XML', sheet);
    });
    const r = baca(file);
    expect(r.stderr).toBe('');
    expect(valueAt(r.dump, 'Data', 'B2')).toBe(80);
    const empty = await variant(async (zip) => {
      zip.file(
        'xl/sharedStrings.xml',
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
      );
      await edit(zip, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<c r="A\d"[^>]*t="s"[^>]*>.*?<\/c>/g, ''));
    });
    expect(baca(empty).status).toBe(0);
  });

  test('a chart sheet is listed, empty, never a reason to refuse the book', async () => {
    const file = await variant(async (zip) => {
      zip.file(
        'xl/chartsheets/sheet1.xml',
        '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/></chartsheet>',
      );
      await edit(zip, 'xl/_rels/workbook.xml.rels', (x) =>
        x.replace(
          '</Relationships>',
          '<Relationship Id="rIdGrafik" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        ),
      );
      await edit(zip, 'xl/workbook.xml', (x) => x.replace('</sheets>', '<sheet name="Grafik" sheetId="9" r:id="rIdGrafik"/></sheets>'));
    });
    const r = baca(file);
    expect(r.status).toBe(0);
    expect(r.dump!.sheets.map((s) => [s.name, s.cells.length])).toEqual([
      ['Data', 6],
      ['Grafik', 0],
    ]);
  });

  test('1904 dates become 1900 serials; ISO dates are not shifted by the time zone; CR LF in text is LF', async () => {
    const file = await variant(async (zip) => {
      await edit(zip, 'xl/workbook.xml', (x) =>
        x.includes('<workbookPr') ? x.replace('<workbookPr', '<workbookPr date1904="1"') : x.replace('<sheets>', '<workbookPr date1904="1"/><sheets>'),
      );
      await edit(zip, 'xl/styles.xml', (x) =>
        x
          .replace(/<cellXfs count="(\d+)">/, (_m, n) => `<cellXfs count="${Number(n) + 1}">`)
          .replace('</cellXfs>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>'),
      );
      const styles = await zip.file('xl/styles.xml')!.async('string');
      const dateStyle = (/<cellXfs count="(\d+)">/.exec(styles)![1] as unknown as number) - 1;
      await edit(zip, 'xl/worksheets/sheet1.xml', (x) =>
        x.replace(
          '</sheetData>',
          `<row r="5"><c r="A5" s="${dateStyle}"><v>43831</v></c><c r="B5" t="d"><v>2024-01-15T00:00:00</v></c><c r="C5" t="inlineStr"><is><t>baris\r\nkedua</t></is></c></row></sheetData>`,
        ),
      );
    });
    const r = baca(file);
    expect(r.status).toBe(0);
    expect(valueAt(r.dump, 'Data', 'A5')).toBe(43831 + 1462); // 2024-01-02 as a 1900 serial
    expect(valueAt(r.dump, 'Data', 'B5')).toBe(45306); // 2024-01-15
    expect(valueAt(r.dump, 'Data', 'C5')).toBe('baris\nkedua');
  });

  test('UTF-16 XML with a byte-order mark; an inline rich string is not a formula', async () => {
    const file = await variant(async (zip) => {
      const x = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const withInline = x.replace(
        '</sheetData>',
        '<row r="6"><c r="A6" t="inlineStr"><is><r><rPr><rFont val="Calibri"/><family val="2"/></rPr><t>teks kaya</t></r></is></c></row></sheetData>',
      );
      zip.file(
        'xl/worksheets/sheet1.xml',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withInline.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]),
      );
    });
    const r = baca(file);
    expect(r.status).toBe(0);
    const a6 = r.dump!.sheets[0].cells.find((c) => c.address === 'A6')!;
    expect(a6.value).toBe('teks kaya');
    expect(a6.formula).toBeUndefined();
  });
});

const wild = fs.existsSync(path.join(WILD, 'sources.json'))
  ? (JSON.parse(fs.readFileSync(path.join(WILD, 'sources.json'), 'utf8')) as Array<{ file: string; status: string; ext: string; container: string }>)
  : [];
(wild.length ? describe : describe.skip)('../shared/wild: other libraries’ test files, read in place', () => {
  test('every valid, unencrypted .xlsx/.xlsm/.xltx/.xlsb is read; encrypted ones get their own message; broken ones a clean refusal', () => {
    // one run over all of them (in parallel workers): the JSON lists the books read, stderr one line per refusal; our own
    // readers only (.xlsb too: test/xlsx/xlsb-reader.test.ts)
    const r = runCli(['periksa', ...wild.map((f) => path.join(WILD, f.file)), '--format', 'json', '--batas-waktu', '60'], { env: { LKJIP_SOFFICE: '0' } });
    expect(r.stderr).not.toMatch(/\bat \S+ \(|TypeError|RangeError|ReferenceError/);
    const read = new Set((JSON.parse(r.stdout) as Array<{ file: string }>).map((d) => path.basename(d.file)));
    const refusal = new Map<string, string>();
    for (const line of r.stderr.split('\n')) {
      const m = /^lkjip: (.+?): (.*)$/.exec(line);
      if (m) refusal.set(path.basename(m[1]), m[2]);
    }
    const notRead: string[] = [];
    for (const f of wild) {
      // every file is answered: read, or refused with one line
      expect({ file: f.file, answered: read.has(f.file) || refusal.has(f.file) }).toEqual({ file: f.file, answered: true });
      if (/^(xlsx|xlsm|xltx|xlsb)$/.test(f.ext) && f.container === 'zip' && /^valid/.test(f.status) && !/encrypt/i.test(f.status)) {
        if (!read.has(f.file)) notRead.push(`${f.file}: ${refusal.get(f.file)}`);
      } else if (/encrypt/i.test(f.status)) {
        expect({ file: f.file, message: refusal.get(f.file) }).toEqual({ file: f.file, message: expect.stringMatching(/kata sandi/) });
      }
    }
    // what is left unread, with its reason (an OpenDocument file named .xlsx is told to save as .xlsx)
    expect(notRead.filter((x) => !/OpenDocument/.test(x))).toEqual([]);
  }, 600000);

  test('every valid, unencrypted .ods and .xls among them is read by our own readers, LibreOffice or not', () => {
    const ods = wild.filter((f) => (f.ext === 'ods' || f.ext === 'xls') && /^valid/.test(f.status) && !/encrypt/i.test(f.status));
    expect(ods.length).toBeGreaterThan(5);
    const r = spawnSync(process.execPath, [CLI, 'periksa', ...ods.map((f) => path.join(WILD, f.file)), '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, LKJIP_SOFFICE: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr).toBe('');
    const read = (JSON.parse(r.stdout) as Array<{ file: string }>).map((d) => path.basename(d.file)).sort();
    expect(read).toEqual(ods.map((f) => f.file).sort());
  }, 120000);
});
