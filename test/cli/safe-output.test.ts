/**
 * Safe output, as an attacker and a hurried user would probe it: the CLI never writes over an input (symlinks, hard
 * links, a folder into itself), keeps existing files unless --timpa, never lets two outputs meet, writes atomically,
 * keeps its report when a write fails, never lets workbook text drive the terminal, and refuses damaged zips and
 * malformed XML at once. Every case runs in its own temporary folder.
 */
import { spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CLI, ROOT, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const CONTOH = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const CONTOH_SHA = sha(CONTOH);
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

function tmp(): string {
  return tempDir('lkjip-aman-');
}

async function isWorkbook(file: string): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]?.name === 'Temuan';
}

describe('never over an input', () => {
  test('--tulis through a symlink to the input is refused; the input is untouched', () => {
    const d = tmp();
    const input = path.join(d, 'lap.xlsx');
    fs.copyFileSync(CONTOH, input);
    fs.symlinkSync(input, path.join(d, 'tautan.xlsx'));
    for (const extra of [[], ['--timpa']]) {
      const r = runCli(['periksa', input, '--tulis', path.join(d, 'tautan.xlsx'), ...extra]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('berkas masukan');
      expect(sha(input)).toBe(CONTOH_SHA);
    }
  });

  test('--tulis to a hard link of the input is refused, even with --timpa', () => {
    const d = tmp();
    const input = path.join(d, 'lap.xlsx');
    fs.copyFileSync(CONTOH, input);
    fs.linkSync(input, path.join(d, 'keras.xlsx'));
    const r = runCli(['periksa', input, '--tulis', path.join(d, 'keras.xlsx'), '--timpa']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('berkas masukan');
    expect(sha(input)).toBe(CONTOH_SHA);
  });

  test('a folder into itself: inputs named like our outputs are never written over', async () => {
    const d = tmp();
    for (const n of ['a.xlsx', 'a-diperiksa.xlsx', 'ringkasan.xlsx']) fs.copyFileSync(CONTOH, path.join(d, n));
    const r = runCli(['periksa', d, '--tulis', d, '--timpa']);
    expect(r.status).toBe(1);
    for (const n of ['a.xlsx', 'a-diperiksa.xlsx', 'ringkasan.xlsx']) expect(sha(path.join(d, n))).toBe(CONTOH_SHA);
    const names = fs.readdirSync(d).sort();
    expect(names).toEqual(
      [
        'a-diperiksa-2.xlsx',
        'a-diperiksa-diperiksa.xlsx',
        'a-diperiksa.xlsx',
        'a.xlsx',
        'ringkasan-2.xlsx',
        'ringkasan-diperiksa.xlsx',
        'ringkasan.xlsx',
      ].sort(),
    );
    expect(await isWorkbook(path.join(d, 'a-diperiksa-2.xlsx'))).toBe(true);
  });
});

describe('existing files and collisions', () => {
  test('an existing output is kept without --timpa (exit 2, report still printed) and replaced with it', async () => {
    const d = tmp();
    const out = path.join(d, 'hasil.xlsx');
    fs.writeFileSync(out, 'milik pengguna');
    const r = runCli(['periksa', CONTOH, '--tulis', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/sudah ada.*--timpa/);
    expect(r.stdout).toContain('Temuan: 4 galat');
    expect(fs.readFileSync(out, 'utf8')).toBe('milik pengguna');
    const again = runCli(['periksa', CONTOH, '--tulis', out, '--timpa']);
    expect(again.status).toBe(1);
    expect(await isWorkbook(out)).toBe(true);
  });

  test('two inputs of one name from different folders (and a name differing in case) each get their own copy', () => {
    const d = tmp();
    for (const sub of ['bidang-a', 'bidang-b']) {
      fs.mkdirSync(path.join(d, sub));
      fs.copyFileSync(CONTOH, path.join(d, sub, 'lap.xlsx'));
    }
    fs.copyFileSync(CONTOH, path.join(d, 'bidang-a', 'LAP.XLSX'));
    const out = path.join(d, 'hasil');
    const r = runCli(['periksa', path.join(d, 'bidang-a'), path.join(d, 'bidang-b'), '--tulis', out]);
    expect(r.status).toBe(1);
    const written = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? written(path.join(dir, e.name)).map((x) => `${e.name}/${x}`) : [e.name]));
    expect(written(out).sort()).toEqual(
      ['bidang-a/LAP-diperiksa.xlsx', 'bidang-a/lap-diperiksa-2.xlsx', 'bidang-b/lap-diperiksa.xlsx', 'ringkasan.xlsx'].sort(),
    );
  });

  test('three rounds of concurrent writers to one path: never a corrupt file, never a stray temporary file', async () => {
    const d = tmp();
    const out = path.join(d, 'bersama.xlsx');
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all(
        [0, 1, 2].map(
          () =>
            new Promise<number | null>((resolve) => {
              const p = spawn(process.execPath, [CLI, 'periksa', CONTOH, '--tulis', out, ...(round === 2 ? ['--timpa'] : [])], { stdio: 'ignore' });
              p.on('exit', (code) => resolve(code));
            }),
        ),
      );
      // without --timpa at most one writer publishes; the others say so (exit 2); with --timpa all publish whole files
      if (round === 0) expect(runs.filter((c) => c === 1)).toHaveLength(1);
      expect(await isWorkbook(out)).toBe(true);
      expect(fs.readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }
  }, 60000);

  test('a failed write leaves nothing, prints the report and says why in Indonesian (exit 2)', () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'bukan-folder'), 'x');
    const r = runCli(['periksa', CONTOH, '--tulis', path.join(d, 'bukan-folder', 'hasil.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Temuan: 4 galat');
    expect(r.stderr).toMatch(/tidak dapat ditulis: ada berkas \(bukan folder\)/);
    expect(fs.readdirSync(d)).toEqual(['bukan-folder']);
  });

  test('--tulis prints the same report as a plain run, and the same galat as --format json', () => {
    const d = tmp();
    const plain = runCli(['periksa', CONTOH]);
    const withCopy = runCli(['periksa', CONTOH, '--tulis', path.join(d, 'x.xlsx')]);
    expect(withCopy.stdout.startsWith(plain.stdout.trimEnd())).toBe(true);
    expect(withCopy.stdout).toContain('Salinan diperiksa:');
    const json = JSON.parse(runCli(['periksa', CONTOH, '--format', 'json']).stdout);
    const galat = (withCopy.stdout.match(/^\s+GALAT\s/gm) ?? []).length;
    expect(galat).toBe(json.findings.filter((f: { severity: string }) => f.severity === 'galat').length);
  });
});

describe('Temuan links', () => {
  test('every link is an internal link to its cell, the sheet name quoted as Excel does (!, quotes, spaces, A1-like names)', async () => {
    const d = tmp();
    const file = path.join(d, 'nama.xlsx');
    const wb = new ExcelJS.Workbook();
    const names = ['Capaian!2024', "O'Brien", 'R1C1', 'A1', 'Data Utama'];
    for (const n of names) {
      const ws = wb.addWorksheet(n);
      ws.addRow(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian']);
      ws.addRow(['Persentase PMKS tertangani', 80, 88, { formula: '1.5', result: 1.5 }]);
      ws.getCell('D2').numFmt = '0%';
    }
    await wb.xlsx.writeFile(file);
    const out = path.join(d, 'hasil.xlsx');
    const r = runCli(['periksa', file, '--tulis', out]);
    expect(r.status).toBe(1);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const sheetTag = /<sheet\b[^>]*\bname="Temuan"[^>]*>/.exec(workbook)![0];
    const rid = /r:id="([^"]+)"/.exec(sheetTag)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    const part = `xl/${target.replace(/^\/xl\//, '')}`;
    const sheetXml = await zip.file(part)!.async('string');
    const links = [...sheetXml.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThanOrEqual(names.length);
    for (const l of links) expect(l).not.toMatch(/r:id=/);
    const locations = links.map((l) =>
      /location="([^"]+)"/
        .exec(l)![1]
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"'),
    );
    for (const want of ["'Capaian!2024'!D2", "'O''Brien'!D2", "'R1C1'!D2", "'A1'!D2", "'Data Utama'!D2"]) expect(locations).toContain(want);
    const relsPart = part.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels');
    const sheetRels = (await zip.file(relsPart)?.async('string')) ?? '';
    expect(sheetRels).not.toMatch(/hyperlink/);

    // LibreOffice reads every link as a jump to that sheet and cell
    if (!SOFFICE) return;
    const conv = spawnSync(SOFFICE, [`-env:UserInstallation=file://${path.join(d, 'profil')}`, '--headless', '--convert-to', 'ods', '--outdir', d, out], {
      encoding: 'utf8',
      timeout: 120000,
      env: { ...process.env, HOME: d },
    });
    expect(conv.status).toBe(0);
    const ods = await JSZip.loadAsync(fs.readFileSync(path.join(d, 'hasil.ods')));
    const content = await ods.file('content.xml')!.async('string');
    const hrefs = [...content.matchAll(/xlink:href="#([^"]+)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    for (const want of ["'Capaian!2024'.D2", "'O''Brien'.D2", "'R1C1'.D2", "'A1'.D2", "'Data Utama'.D2"]) expect(hrefs).toContain(want);
  }, 150000);
});

describe('the terminal is never driven by a workbook', () => {
  test('escape sequences in cell text, sheet names and file names are shown visibly, never sent', async () => {
    const d = tmp();
    const file = path.join(d, 'jahat\u001b[2J.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data\u0007');
    ws.addRow(['Indikator', 'Target', 'Realisasi', 'Capaian']);
    ws.addRow(['\u001b[2K\u001b[1ATemuan: 0 galat\u001b]0;judul\u0007\u001b]52;c;ZWNobw==\u0007', 10, 9, '50%']);
    ws.addRow(['Baris \u009b31m kedua\r\n  GALAT palsu', 10, 10, '100%']);
    await wb.xlsx.writeFile(file);
    const r = runCli(['periksa', file]);
    const all = r.stdout + r.stderr;
    // eslint-disable-next-line no-control-regex
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(all).toContain('␛');
    // a field never starts a line of its own: no fake item line
    expect(
      r.stdout
        .split('\n')
        .filter((l) => /^\s+GALAT\s/.test(l))
        .every((l) => l.includes('[')),
    ).toBe(true);
  });
});

describe('damaged input is refused quickly', () => {
  async function rezip(mutate: (zip: JSZip) => Promise<void>, name: string): Promise<string> {
    const zip = await JSZip.loadAsync(fs.readFileSync(CONTOH));
    await mutate(zip);
    const file = path.join(tmp(), name);
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  }

  test.each([
    ['unclosed cells', (x: string) => x.replace(/<\/c>/g, '').replace(/<\/row>/g, '')],
    ['a tag cut in half', (x: string) => x.replace('<sheetData>', '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"')],
  ])('malformed XML (%s) is refused within 3 s, exit 2', async (_name, mutate) => {
    const file = await rezip(async (zip) => {
      const sheet = Object.keys(zip.files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n))!;
      let xml = await zip.file(sheet)!.async('string');
      xml = mutate(xml);
      // many copies of the damage, as a fuzzer would make them
      xml = xml.replace('<sheetData>', `<sheetData>${'<c r="Z9"><v>1</v>'.repeat(3000)}`);
      zip.file(sheet, xml);
    }, 'rusak.xlsx');
    const t = Date.now();
    const r = runCli(['periksa', file]);
    expect(Date.now() - t).toBeLessThan(3000);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/XML tidak sah/);
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
  });

  test('a wrong CRC is refused', async () => {
    const buf = Buffer.from(fs.readFileSync(CONTOH));
    // flip the CRC of the first central-directory entry
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE((buf.readUInt32LE(cd + 16) ^ 0xffffffff) >>> 0, cd + 16);
    const file = path.join(tmp(), 'crc.xlsx');
    fs.writeFileSync(file, buf);
    const r = runCli(['periksa', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('CRC');
  });

  test('a whole-sheet merge with --tulis finishes well within 20 s', async () => {
    const d = tmp();
    const plain = path.join(d, 'polos.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Gabung').getCell('A1').value = 'Laporan';
    const other = wb.addWorksheet('Data');
    other.addRow(['Indikator', 'Target', 'Realisasi', 'Capaian']);
    other.addRow(['Persentase PMKS tertangani', 80, 88, '110%']);
    await wb.xlsx.writeFile(plain);
    // the merge is written into the XML directly (exceljs would expand it into every cell of the sheet)
    const zip = await JSZip.loadAsync(fs.readFileSync(plain));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    const file = path.join(d, 'gabung.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const t = Date.now();
    const r = runCli(['periksa', file, '--tulis', path.join(d, 'hasil.xlsx')]);
    expect(Date.now() - t).toBeLessThan(20000);
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stdout).toContain('Temuan:');
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
  }, 30000);
});
