/**
 * The checker page (dist/periksa.html) end to end in real Chromium, served as static files from dist/: workbooks picked
 * in its file input are checked in the page's worker; "Unduh JSON" gives exactly the CLI's `--format json` document,
 * "Unduh salinan diperiksa" a workbook with a Temuan sheet, "Unduh hasil perbaikan" a copy with nothing fixable left;
 * no page error and no request to another origin.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { chromium, Browser, Download, Page } from 'playwright-core';
import { readWorkbook } from '../../src/cli/read-workbook';
import { periksaWorkbook } from '../../src/core/periksa';
import { makeBenchBook } from '../../scripts/bench/make-book';
import { ROOT, runCli } from '../helpers/cli';
import { corpus } from '../helpers/corpus';
import { ensureDist } from '../helpers/dist';
import { serveStatic } from '../helpers/serve';
import { tempDir } from '../helpers/tmp';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available) console.warn(`LEWATI: uji halaman periksa butuh Chromium di ${CHROMIUM} (apt-get install chromium); .ci/run memasangnya.`);
const e2e = available ? describe : describe.skip;
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** The CLI's JSON for one file, minus `file` (the CLI names the path given, the page the file's name). */
function cliJson(file: string): Record<string, unknown> {
  const r = runCli(['periksa', file, '--format', 'json']);
  expect([0, 1]).toContain(r.status);
  const doc = JSON.parse(r.stdout) as Record<string, unknown>;
  delete doc.file;
  return doc;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = (await Promise.all([page.waitForEvent('download', { timeout: 120000 }), click()])) as [Download, void];
  const p = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(p as string) };
}

e2e('checker page in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  let dir: string;
  let books: string[];
  const external: string[] = [];
  const served: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const dist = ensureDist();
    server = await serveStatic(dist);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = tempDir('lkjip-halaman-');
    const all = await corpus();
    // three workbooks of different layouts, each with planted errors, besides the shipped sample
    const picked = ['maluku-berdampingan', 'metro-laporan-teks'].map((name) => all.find((b) => b.name === name));
    books = [path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx'), ...picked.map((b) => (b as { file: string }).file)];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === base) served.push(url.pathname);
      if (url.origin === base || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
      external.push(url.href);
      return route.abort();
    });
    await page.goto(`${base}/periksa.html`);
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('three workbooks picked in the first file input are checked; Unduh JSON is the CLI’s document for each', async () => {
    await page.locator('input[type=file]').first().setInputFiles(books);
    const cards = page.getByTestId('berkas');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=berkas][data-status=selesai]').length === 3, undefined, { timeout: 120000 });
    for (let i = 0; i < books.length; i++) {
      const card = cards.nth(i);
      expect(await card.getAttribute('data-file')).toBe(path.basename(books[i]));
      const json = await downloaded(page, () => card.getByRole('button', { name: 'Unduh JSON', exact: true }).click());
      const doc = JSON.parse(json.bytes.toString('utf8')) as Record<string, unknown>;
      expect(doc.file).toBe(path.basename(books[i]));
      delete doc.file;
      expect(doc).toEqual(cliJson(books[i]));
      const summary = doc.summary as { galat: number; tabel: number };
      expect(await card.getByTestId('jumlah-temuan').innerText()).toContain(`${summary.tabel} tabel dikenali`);
      expect(await card.getByTestId('temuan').count()).toBeGreaterThan(0);
    }
    // the sample's known galat is on the page, expected vs actual in rupiah
    const sample = cards.nth(0);
    const text = await sample.getByTestId('temuan').filter({ hasText: 'Program Penanganan Bencana' }).innerText();
    expect(text).toContain('Seharusnya: Rp 130.224.980');
    expect(text).toContain('Tertulis: Rp 121.204.980');
    // galat first within the file
    const severities = await sample.getByTestId('temuan').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(severities.indexOf('galat')).toBe(0);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'halaman-periksa.png'), fullPage: true });
  }, 300000);

  test('Unduh salinan diperiksa gives the checked copy: a first sheet Temuan, the other sheets kept', async () => {
    const copy = await downloaded(page, () => page.getByTestId('berkas').nth(0).getByRole('button', { name: 'Unduh salinan diperiksa' }).click());
    expect(copy.name).toBe('lkjip-gowa-2024-diperiksa.xlsx');
    const file = path.join(dir, copy.name);
    fs.writeFileSync(file, copy.bytes);
    const snap = await readWorkbook(file);
    const original = await readWorkbook(books[0]);
    expect(snap.sheets[0].name).toBe('Temuan');
    expect(snap.sheets.slice(1).map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    const cli = path.join(dir, 'cli-diperiksa.xlsx');
    runCli(['periksa', books[0], '--tulis', cli]);
    const temuan = (f: string) => readWorkbook(f).then((w) => w.sheets[0].cells.filter((c) => c.col === 9 && c.row > 1).length);
    expect(await temuan(file)).toBe(await temuan(cli));
  }, 120000);

  test('Unduh hasil perbaikan gives a corrected copy with a Perbaikan sheet and no fixable galat left', async () => {
    const fixed = await downloaded(page, () => page.getByTestId('berkas').nth(0).getByRole('button', { name: 'Unduh hasil perbaikan' }).click());
    expect(fixed.name).toBe('lkjip-gowa-2024-diperbaiki.xlsx');
    const file = path.join(dir, fixed.name);
    fs.writeFileSync(file, fixed.bytes);
    const snap = await readWorkbook(file);
    expect(snap.sheets.map((s) => s.name)).toContain('Perbaikan');
    const left = periksaWorkbook(snap).findings.filter(
      (f) =>
        f.rule === 'angka-teks' ||
        (f.severity === 'galat' && ['jumlah-induk', 'jumlah-total', 'persen-capaian', 'persen-serapan', 'efisiensi', 'predikat'].includes(f.rule)),
    );
    expect(left).toEqual([]);
  }, 120000);

  test('several files: Unduh ringkasan gives one row per file; Unduh semua JSON the array of documents', async () => {
    const all = await downloaded(page, () => page.getByRole('button', { name: 'Unduh semua JSON' }).click());
    const docs = JSON.parse(all.bytes.toString('utf8')) as Array<{ file: string }>;
    expect(docs.map((d) => d.file)).toEqual(books.map((b) => path.basename(b)));
    const summary = await downloaded(page, () => page.getByRole('button', { name: 'Unduh ringkasan' }).click());
    const file = path.join(dir, summary.name);
    fs.writeFileSync(file, summary.bytes);
    const snap = await readWorkbook(file);
    const names = snap.sheets[0].cells.filter((c) => c.col === 1 && c.row > 1).map((c) => c.value);
    expect(names).toEqual([...books.map((b) => path.basename(b)), 'Jumlah']);
  }, 120000);

  test('a file that is not a workbook gets its Indonesian reason, never a result', async () => {
    const bad = path.join(dir, 'bukan-buku-kerja.xlsx');
    fs.writeFileSync(bad, 'Ini catatan rapat, bukan buku kerja.\n');
    await page.locator('input[type=file]').first().setInputFiles([bad]);
    const card = page.locator('[data-testid=berkas][data-file="bukan-buku-kerja.xlsx"]');
    await card.and(page.locator('[data-status=gagal]')).waitFor({ timeout: 60000 });
    expect(await card.innerText()).toContain('bukan buku kerja Excel');
    expect(await card.getByRole('button', { name: 'Unduh JSON' }).count()).toBe(0);
  }, 120000);

  test('an "Excel" file that is a web page (an application\'s .xls export) is read in the page as the CLI reads it', async () => {
    const html = path.join(dir, 'ekspor-aplikasi.xls');
    fs.writeFileSync(
      html,
      `<html><head><meta charset="utf-8"><title>Realisasi</title></head><body>
<table border="1"><caption>Realisasi Anggaran per Program Tahun 2024</caption>
<tr><th rowspan="2">No</th><th rowspan="2">Program</th><th colspan="2">Anggaran (Rp)</th><th rowspan="2">%</th></tr>
<tr><th>Pagu</th><th>Realisasi</th></tr>
<tr><td>1</td><td>Program Rehabilitasi Sosial</td><td>1.250.000.000</td><td>1.187.500.000</td><td>95,00</td></tr>
<tr><td>2</td><td>Program Penanganan Bencana</td><td>860.000.000</td><td>812.700.000</td><td>94,50</td></tr>
<tr><td></td><td><b>JUMLAH</b></td><td>2.110.000.000</td><td>2.010.200.000</td><td>95,27</td></tr>
</table></body></html>`,
    );
    await page.locator('input[type=file]').first().setInputFiles([html]);
    const card = page.locator('[data-testid=berkas][data-file="ekspor-aplikasi.xls"]');
    await card.and(page.locator('[data-status=selesai]')).waitFor({ timeout: 60000 });
    const json = await downloaded(page, () => card.getByRole('button', { name: 'Unduh JSON', exact: true }).click());
    const doc = JSON.parse(json.bytes.toString('utf8')) as { file?: string; findings: Array<{ rule: string; cell: string; severity: string }> };
    delete doc.file;
    expect(doc).toEqual(cliJson(html));
    // 1.187.500.000 + 812.700.000 = 2.000.200.000: the JUMLAH's realisasi is the galat
    expect(doc.findings.filter((f) => f.severity === 'galat').map((f) => `${f.rule} ${f.cell}`)).toEqual(['jumlah-total D6']);
  }, 120000);

  test('a binary workbook (.xlsb) is read in the page as the CLI reads it, with no LibreOffice', async () => {
    const xlsb = path.join(dir, 'lkjip-biner.xlsb');
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'lkjip-gowa-2024.xlsb'), xlsb);
    await page.locator('input[type=file]').first().setInputFiles([xlsb]);
    const card = page.locator('[data-testid=berkas][data-file="lkjip-biner.xlsb"]');
    await card.and(page.locator('[data-status=selesai]')).waitFor({ timeout: 60000 });
    const json = await downloaded(page, () => card.getByRole('button', { name: 'Unduh JSON', exact: true }).click());
    const doc = JSON.parse(json.bytes.toString('utf8')) as { file?: string; findings: Array<{ severity: string }> };
    delete doc.file;
    expect(doc).toEqual(cliJson(xlsb));
    expect(doc.findings.filter((f) => f.severity === 'galat').length).toBeGreaterThan(0);
  }, 120000);

  test('a folder picked whole: only its workbooks are checked', async () => {
    const folder = path.join(dir, 'folder-dinas');
    fs.mkdirSync(folder);
    fs.copyFileSync(books[1], path.join(folder, 'pengukuran.xlsx'));
    fs.writeFileSync(path.join(folder, 'catatan.txt'), 'bukan buku kerja');
    await page.locator('#folder').setInputFiles(folder);
    const card = page.locator('[data-testid=berkas][data-file$="pengukuran.xlsx"]');
    await card.and(page.locator('[data-status=selesai]')).waitFor({ timeout: 60000 });
    expect(await page.locator('[data-testid=berkas][data-file$="catatan.txt"]').count()).toBe(0);
    await page.getByText('1 berkas lain di folder itu dilewati karena bukan buku kerja.').waitFor();
  }, 120000);

  test('a 50k-row book is checked off the page’s thread: the page answers and Batal stops it', async () => {
    const big = path.join(dir, 'realisasi-pemda.xlsx');
    await makeBenchBook(big, 50000);
    await page.locator('input[type=file]').first().setInputFiles([big]);
    const card = page.locator('[data-testid=berkas][data-file="realisasi-pemda.xlsx"]');
    await card.and(page.locator('[data-status=membaca], [data-status=memeriksa]')).waitFor({ timeout: 60000 });
    // the page still answers while the worker reads and checks
    expect(await page.evaluate(() => document.title)).toContain('Periksa LKjIP');
    await page.getByRole('button', { name: 'Batal' }).click();
    await card.and(page.locator('[data-status=dibatalkan]')).waitFor({ timeout: 10000 });
    // earlier results stay
    expect(await page.locator('[data-testid=berkas][data-status=selesai]').count()).toBeGreaterThanOrEqual(3);
  }, 180000);

  test('the engine ran in the page’s worker; no page error; no request left the page’s origin', () => {
    expect(served).toContain('/checker-worker.js');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test('the page declares connect-src self in its Content-Security-Policy', async () => {
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'self'");
  });
});
