/**
 * .xls and .ods as offices exchange them: the sample saved by LibreOffice in both formats gives the same tables and
 * the same galat as the .xlsx, by our own readers (LibreOffice is used only to write a copy of them, where installed);
 * an .xlsb is read by our own reader too.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, ROOT } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const CONTOH = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');

function periksa(file: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, 'periksa', file, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stderr: r.stderr, doc: r.stdout.trim() ? JSON.parse(r.stdout) : undefined };
}

const galat = (doc: { findings: Array<{ severity: string; rule: string; sheet: string; cell: string }> }) =>
  doc.findings
    .filter((f) => f.severity === 'galat')
    .map((f) => `${f.rule}|${f.sheet}|${f.cell}`)
    .sort();

(SOFFICE ? describe : describe.skip)('.xls and .ods through LibreOffice', () => {
  const dir = tempDir('lkjip-format-');
  beforeAll(() => {
    for (const fmt of ['xls', 'ods']) {
      const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${path.join(dir, 'profil')}`, '--headless', '--convert-to', fmt, '--outdir', dir, CONTOH], {
        encoding: 'utf8',
        timeout: 120000,
        env: { ...process.env, HOME: dir },
      });
      if (r.status !== 0) throw new Error(r.stderr);
    }
  }, 240000);

  test.each(['xls', 'ods'])(
    'the sample as .%s: same tables and galat as the .xlsx',
    (fmt) => {
      const want = periksa(CONTOH).doc;
      const got = periksa(path.join(dir, `lkjip-gowa-2024.${fmt}`));
      expect(got.stderr).toBe('');
      expect(got.doc.tables.map((t: { sheet: string; range: string; kind: string }) => `${t.sheet}!${t.range} ${t.kind}`)).toEqual(
        want.tables.map((t: { sheet: string; range: string; kind: string }) => `${t.sheet}!${t.range} ${t.kind}`),
      );
      expect(galat(got.doc)).toEqual(galat(want));
    },
    120000,
  );

  test.each(['ods', 'xls'])('without LibreOffice the .%s is read by our own reader: same tables and galat', (fmt) => {
    const want = periksa(CONTOH).doc;
    const got = periksa(path.join(dir, `lkjip-gowa-2024.${fmt}`), { LKJIP_SOFFICE: '0' });
    expect(got.status).toBe(1);
    expect(got.doc.tables.map((t: { sheet: string; range: string }) => `${t.sheet}!${t.range}`)).toEqual(
      want.tables.map((t: { sheet: string; range: string }) => `${t.sheet}!${t.range}`),
    );
    expect(galat(got.doc)).toEqual(galat(want));
  });

  test('a checked copy of an .ods: written through LibreOffice where installed; without it, the findings and one clear line', () => {
    const out = path.join(dir, 'salinan.xlsx');
    const withIt = spawnSync(process.execPath, [CLI, 'periksa', path.join(dir, 'lkjip-gowa-2024.ods'), '--tulis', out], { encoding: 'utf8' });
    expect(withIt.status).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
    const out2 = path.join(dir, 'salinan-2.xlsx');
    const without = spawnSync(process.execPath, [CLI, 'periksa', path.join(dir, 'lkjip-gowa-2024.ods'), '--tulis', out2], {
      encoding: 'utf8',
      env: { ...process.env, LKJIP_SOFFICE: '0' },
    });
    expect(without.status).toBe(2);
    expect(without.stdout).toContain('galat');
    expect(without.stderr).toMatch(/OpenDocument \(\.ods\)/);
    expect(fs.existsSync(out2)).toBe(false);
  });
});

(SOFFICE ? describe : describe.skip)('the HTML page LibreOffice exports (every sheet on one page), named .xls as reporting systems name it', () => {
  const dir = tempDir('lkjip-html-');
  let page: string;
  beforeAll(() => {
    const r = spawnSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${path.join(dir, 'profil')}`, '--headless', '--convert-to', 'html:HTML (StarCalc)', '--outdir', dir, CONTOH],
      { encoding: 'utf8', timeout: 120000, env: { ...process.env, HOME: dir } },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    page = path.join(dir, 'lkjip-gowa-2024.xls');
    fs.renameSync(path.join(dir, 'lkjip-gowa-2024.html'), page);
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('read by our own reader: the same sheets, tables and galat as the .xlsx', () => {
    const want = periksa(CONTOH).doc;
    const got = periksa(page, { LKJIP_SOFFICE: '0' });
    expect(got.status).toBe(1);
    expect(got.stderr).toBe('');
    expect(got.doc.tables.map((t: { sheet: string; range: string; kind: string }) => `${t.sheet}!${t.range} ${t.kind}`)).toEqual(
      want.tables.map((t: { sheet: string; range: string; kind: string }) => `${t.sheet}!${t.range} ${t.kind}`),
    );
    expect(galat(got.doc)).toEqual(galat(want));
  });

  test('a checked copy of it is not written: the findings, and one line saying to save it as .xlsx', () => {
    const out = path.join(dir, 'salinan.xlsx');
    const r = spawnSync(process.execPath, [CLI, 'periksa', page, '--tulis', out], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('galat');
    expect(r.stderr).toMatch(/HTML .*simpan sebagai \.xlsx/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

// a binary workbook (.xlsb) from the public test files of other libraries, read in place (../shared/wild)
const XLSB = path.join(ROOT, '..', 'shared', 'wild', 'poi__testVarious.xlsb');

(fs.existsSync(XLSB) ? describe : describe.skip)('.xlsb: read by our own reader, LibreOffice or not', () => {
  const dir = tempDir('lkjip-xlsb-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  test('the same cells with LibreOffice turned off as with it installed; periksa answers it like any workbook', () => {
    const without = run(['baca', XLSB, '--format', 'json'], { LKJIP_SOFFICE: '0' });
    expect(without.status).toBe(0);
    expect(without.stderr).toBe('');
    const got = JSON.parse(without.stdout);
    expect(got.sheets[0].cells.length).toBeGreaterThan(5);
    expect(got.sheets[0].cells.find((c: { address: string }) => c.address === 'B1').value).toBe('This is a string');
    expect(JSON.parse(run(['baca', XLSB, '--format', 'json']).stdout).sheets).toEqual(got.sheets);
    // nothing recognised is said, never all clear
    const p = run(['periksa', XLSB, '--format', 'json'], { LKJIP_SOFFICE: '0' });
    expect(p.stderr).toBe('');
    expect(JSON.parse(p.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('tanpa-tabel');
  });

  (SOFFICE ? test : test.skip)(
    'with LibreOffice: a checked copy is written as .xlsx, its cells those read from the .xlsb, nothing beside the input',
    () => {
      const input = path.join(dir, 'buku.xlsb');
      fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'lkjip-gowa-2024.xlsb'), input);
      const out = path.join(dir, 'hasil.xlsx');
      const r = run(['periksa', input, '--tulis', out]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(fs.readdirSync(dir).sort()).toEqual(['buku.xlsb', 'hasil.xlsx']);
      const cells = (file: string) =>
        (JSON.parse(run(['baca', file, '--format', 'json']).stdout).sheets as Array<{ name: string; cells: Array<{ address: string; value: unknown }> }>).map(
          (sh) => [sh.name, sh.cells.map((c) => `${c.address}=${JSON.stringify(c.value)}`)],
        );
      // the copy adds its list of findings; the sheets of the input keep their values
      const copy = new Map(cells(out) as Array<[string, string[]]>);
      for (const [name, values] of cells(input) as Array<[string, string[]]>) expect([name, copy.get(name)]).toEqual([name, values]);
    },
    180000,
  );
});
