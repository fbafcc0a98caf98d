/**
 * End to end in real Chromium: the built task pane, with the fake Excel host served where office.js would come
 * from. Clicks Periksa konsistensi, sees the sample's findings, clicks one and sees the selection move.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { chromium, Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../src/cli/read-workbook';
import { ROOT } from '../helpers/cli';
import { ensureDist } from '../helpers/dist';
import { serveStatic } from '../helpers/serve';
import { modelOf } from '../office/model';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available) {
  console.warn(`LEWATI: uji ujung-ke-ujung butuh Chromium di ${CHROMIUM} (apt-get install chromium); .ci/run memasangnya.`);
}
const e2e = available ? describe : describe.skip;
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** A one-row pengukuran table in the fake's cell model (A1:D2). */
function pengukuranCells(indikator: string, target: number, realisasi: number, capaian: { value: unknown; numberFormat?: string }) {
  return {
    '1,1': { value: 'Indikator Kinerja' },
    '1,2': { value: 'Target' },
    '1,3': { value: 'Realisasi' },
    '1,4': { value: 'Capaian' },
    '2,1': { value: indikator },
    '2,2': { value: target },
    '2,3': { value: realisasi },
    '2,4': capaian,
  };
}

/** office.js as the pane sees it in these tests: the fake Excel over a model, and a minimal Office. */
function officeWith(model: unknown): string {
  const fake = fs.readFileSync(path.join(ROOT, 'test', 'office', 'fake-excel.js'), 'utf8');
  return `${fake}
;(function () {
  var fake = window.createFakeExcel(${JSON.stringify(model)});
  window.__lkjipFake = fake;
  window.Excel = fake.Excel;
  window.CustomFunctions = { associate: function () {}, Error: function (c, m) { this.code = c; this.message = m; }, ErrorCode: {} };
  window.Office = { HostType: { Excel: 'Excel' }, onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; setTimeout(function () { cb && cb(info); }, 0); return Promise.resolve(info); } };
})();`;
}

async function fakeOfficeScript(): Promise<string> {
  const snapshot = await readWorkbook(path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx'));
  const model = modelOf(snapshot);
  // a sheet whose cell text tries HTML injection: it must show as text
  model.sheets.push({
    name: 'Uji Teks',
    visibility: 'Visible',
    merges: [],
    cells: pengukuranCells('<img src=x onerror="window.__pwned=1">', 10, 9, { value: '50%' }),
  });
  return officeWith(model);
}

e2e('task pane in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let script: string;
  const external: string[] = [];
  const served: string[] = [];

  beforeAll(async () => {
    const dist = ensureDist();
    server = await serveStatic(dist);
    const port = (server.address() as AddressInfo).port;
    script = await fakeOfficeScript();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'appsforoffice.microsoft.com') return route.fulfill({ contentType: 'application/javascript', body: script });
      if (url.hostname === '127.0.0.1') {
        served.push(url.pathname);
        return route.continue();
      }
      external.push(url.href);
      return route.abort();
    });
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  test('Periksa konsistensi shows the sample’s findings; clicking one selects its cell', async () => {
    await page.getByRole('button', { name: 'Periksa konsistensi' }).click();
    await page.getByTestId('temuan').first().waitFor();
    const counts = await page.getByTestId('jumlah-temuan').innerText();
    expect(counts).toContain('5 galat');
    const texts = await page.getByTestId('temuan').allInnerTexts();
    expect(texts.some((t) => t.includes('Program Penanganan Bencana (Rp 121.204.980) tidak sama dengan jumlah kegiatannya (Rp 130.224.980)'))).toBe(true);

    await page.getByTestId('temuan').filter({ hasText: 'Program Penanganan Bencana' }).click();
    await page.waitForFunction(
      () => (window as unknown as { __lkjipFake: { stats: { selected: { address: string } | null } } }).__lkjipFake.stats.selected?.address === 'C11',
    );
    const selected = await page.evaluate(() => (window as unknown as { __lkjipFake: { stats: { selected: unknown } } }).__lkjipFake.stats.selected);
    expect(selected).toEqual({ sheet: 'Realisasi Anggaran', address: 'C11' });
    const detail = await page.getByTestId('rincian').innerText();
    expect(detail).toContain('Seharusnya: Rp 130.224.980');
    expect(detail).toContain('Tertulis: Rp 121.204.980');
    expect(detail).toContain('Selisih Rp 9.020.000');
    expect(detail).toContain('C12:C13');
    expect(detail).toContain('Mengapa ini penting');

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-periksa.png'), fullPage: true });
  }, 120000);

  test('the engine runs in a Web Worker (engine-worker.js), off the pane’s UI thread', async () => {
    expect(served).toContain('/engine-worker.js');
  });

  test('galat first; every item carries its hooks; filter and next/previous', async () => {
    const items = page.getByTestId('temuan');
    const first = items.first();
    expect(await first.getAttribute('data-severity')).toBe('galat');
    const all = await items.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-severity'), e.getAttribute('data-rule'), e.getAttribute('data-sheet'), e.getAttribute('data-cell')]),
    );
    const rank = { galat: 0, peringatan: 1, info: 2 } as Record<string, number>;
    for (let i = 1; i < all.length; i++) expect(rank[all[i][0]!]).toBeGreaterThanOrEqual(rank[all[i - 1][0]!]);
    for (const a of all) for (const v of a) expect(v).toBeTruthy();
    // hide peringatan: only galat left
    await page.getByRole('button', { name: /^Peringatan \(/ }).click();
    const after = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(after.every((s) => s === 'galat')).toBe(true);
    await page.getByRole('button', { name: /^Peringatan \(/ }).click();
    // next moves the selection to another cell
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await page.getByTestId('rincian').waitFor();
  }, 60000);

  test('cell text is shown as text, never run as HTML', async () => {
    const texts = await page.getByTestId('temuan').allInnerTexts();
    expect(texts.some((t) => t.includes('<img src=x onerror="window.__pwned=1">'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('Sorot predikat fills rows by band with a legend; Hapus sorotan removes them', async () => {
    await page.getByRole('tab', { name: 'Sorot predikat' }).click();
    await page.getByRole('button', { name: 'Sorot predikat' }).click();
    await page.getByRole('list', { name: 'Legenda' }).waitFor();
    const legend = await page.getByRole('list', { name: 'Legenda' }).innerText();
    expect(legend).toContain('Sangat tercapai/ Sangat berhasil');
    const fill = await page.evaluate(() =>
      (window as unknown as { __lkjipFake: { fillAt: (s: string, r: string) => string } }).__lkjipFake.fillAt('Pengukuran', 'A3'),
    );
    expect(fill).toMatch(/^#/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-sorot.png'), fullPage: true });
    await page.getByRole('button', { name: 'Hapus sorotan' }).click();
    await page.getByText(/Sorotan pada \d+ baris dihapus/).waitFor();
    const after = await page.evaluate(() =>
      (window as unknown as { __lkjipFake: { fillAt: (s: string, r: string) => string } }).__lkjipFake.fillAt('Pengukuran', 'A3'),
    );
    expect(after).toBeUndefined();
  }, 120000);

  /** A fresh page of the built pane with its own office.js stand-in and options. */
  async function openPane(officeScript: string, options: { userAgent?: string } = {}): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 320, height: 700 }, ...options });
    await p.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'appsforoffice.microsoft.com') return route.fulfill({ contentType: 'application/javascript', body: officeScript });
      if (url.hostname === '127.0.0.1') return route.continue();
      external.push(url.href);
      return route.abort();
    });
    await p.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`);
    return p;
  }

  test('an Excel without ExcelApi 1.9 gets one Indonesian message saying what to use instead', async () => {
    const p = await openPane(`window.Excel = {};
      window.Office = { context: { requirements: { isSetSupported: function (name, v) { return !(name === 'ExcelApi' && Number(String(v).split('.')[1]) > 8); } } },
        onReady: function (cb) { setTimeout(function () { cb && cb({ host: 'Excel' }); }, 0); return Promise.resolve({}); } };`);
    const bar = p.getByTestId('tidak-didukung');
    await bar.waitFor();
    const text = await bar.innerText();
    expect(text).toContain('ExcelApi 1.9');
    expect(text).toMatch(/Excel 2021 atau lebih baru/);
    expect(await p.getByRole('button', { name: 'Periksa konsistensi' }).count()).toBe(0);
    await p.close();
  }, 60000);

  test('an old webview (IE11/Trident) shows one sentence instead of a blank pane', async () => {
    const ie11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
    const p = await openPane(script, { userAgent: ie11 });
    const note = p.getByTestId('webview-lama');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/peramban lama/);
    // the React pane did not mount over it
    expect(await p.getByRole('tab').count()).toBe(0);
    await p.close();
  }, 60000);

  test('a workbook with no LKjIP table: a neutral state, never an all-clear', async () => {
    const p = await openPane(
      officeWith({
        sheets: [{ name: 'Catatan', visibility: 'Visible', merges: [], cells: { '1,1': { value: 'Rapat koordinasi' }, '2,1': { value: 'Senin' } } }],
      }),
    );
    await p.getByRole('button', { name: 'Periksa konsistensi' }).click();
    await p.getByTestId('tanpa-tabel').waitFor();
    const text = (await p.locator('main').innerText()).toLowerCase();
    expect(text).not.toContain('tidak ada temuan');
    expect(text).not.toContain('saling cocok');
    expect(await p.getByTestId('temuan').first().getAttribute('data-rule')).toBe('tanpa-tabel');
    await p.close();
  }, 60000);

  test('a finding on a hidden sheet: an inline offer to show it, then the cell is selected', async () => {
    const model = {
      sheets: [
        { name: 'Depan', visibility: 'Visible', merges: [], cells: { '1,1': { value: 'Catatan' } } },
        {
          name: 'Arsip',
          visibility: 'Hidden',
          merges: [],
          cells: pengukuranCells('Persentase PMKS tertangani', 80, 88, { value: 1.5, numberFormat: '0%' }),
        },
      ],
    };
    const p = await openPane(officeWith(model));
    await p.getByRole('button', { name: 'Periksa konsistensi' }).click();
    await p.locator('[data-testid="temuan"][data-sheet="Arsip"][data-severity="galat"]').first().click();
    const offer = p.getByTestId('sheet-tersembunyi');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('tersembunyi');
    expect(await p.getByRole('dialog').count()).toBe(0);
    await offer.getByRole('button', { name: 'Tampilkan sheet' }).click();
    await p.waitForFunction(
      () => (window as unknown as { __lkjipFake: { stats: { selected: { sheet: string } | null } } }).__lkjipFake.stats.selected?.sheet === 'Arsip',
    );
    const bars = await p.locator('[role="alert"], .fui-MessageBar').allInnerTexts();
    expect(bars.join(' ')).not.toMatch(/invalid on the object|RichApi|Exception/);
    await p.close();
  }, 60000);

  test('Perbaiki: a preview first, then the total becomes its sum, the check re-runs and the finding is gone; Batalkan restores it', async () => {
    const p = await openPane(script);
    type Fake = { __lkjipFake: { cellAt: (s: string, r: string) => { value?: unknown; formula?: string } | undefined } };
    const cell = (sheet: string, ref: string) => p.evaluate(([s, r]) => (window as unknown as Fake).__lkjipFake.cellAt(s, r), [sheet, ref]);
    await p.getByRole('button', { name: 'Periksa konsistensi' }).click();
    const c11 = p.locator('[data-testid="temuan"][data-sheet="Realisasi Anggaran"][data-cell="C11"][data-rule="jumlah-induk"]');
    await c11.waitFor();
    const original = await cell('Realisasi Anggaran', 'C11');
    await p.getByRole('button', { name: 'Perbaiki Realisasi Anggaran!C11' }).click();
    const preview = p.getByTestId('pratinjau-perbaikan');
    await preview.waitFor();
    // nothing is written before Terapkan
    expect(await cell('Realisasi Anggaran', 'C11')).toEqual(original);
    const row = preview.locator('[data-testid="perubahan"][data-cell="C11"]');
    expect(await row.innerText()).toMatch(/121204980[\s\S]*130\.224\.980/);
    await preview.getByRole('button', { name: 'Terapkan' }).click();
    await p.getByText(/sel diperbaiki dan buku kerja diperiksa ulang/).waitFor();
    expect((await cell('Realisasi Anggaran', 'C11'))?.value).toBe(130224980);
    expect(await c11.count()).toBe(0);
    await p.screenshot({ path: path.join(ARTIFACTS, 'taskpane-perbaiki.png'), fullPage: true });
    // Batalkan: the value the fix wrote over comes back, and so does the finding
    await p.getByRole('button', { name: 'Batalkan', exact: true }).click();
    await p.getByText(/Perbaikan dibatalkan: \d+ sel kembali/).waitFor();
    expect(await cell('Realisasi Anggaran', 'C11')).toEqual(original);
    await c11.waitFor();
    await p.close();
  }, 120000);

  test('Perbaiki with "pakai rumus" writes =SUM over exactly the kegiatan cells', async () => {
    const p = await openPane(script);
    type Fake = { __lkjipFake: { cellAt: (s: string, r: string) => { value?: unknown; formula?: string } | undefined } };
    await p.getByRole('button', { name: 'Periksa konsistensi' }).click();
    await p.getByRole('button', { name: 'Perbaiki Realisasi Anggaran!C11' }).click();
    await p.getByTestId('pratinjau-perbaikan').waitFor();
    await p.getByRole('checkbox', { name: /Pakai rumus/ }).check();
    expect(await p.locator('[data-testid="perubahan"][data-cell="C11"]').innerText()).toContain('=SUM(C12:C13)');
    await p.getByRole('button', { name: 'Terapkan' }).click();
    await p.getByText(/sel diperbaiki/).waitFor();
    const c11 = await p.evaluate(() => (window as unknown as Fake).__lkjipFake.cellAt('Realisasi Anggaran', 'C11'));
    expect(c11).toMatchObject({ formula: 'SUM(C12:C13)', value: 130224980 });
    await p.close();
  }, 120000);

  test('Perbaiki semua on a sheet fixes its galat in one go; a cross-sheet finding offers both cells instead', async () => {
    const p = await openPane(script);
    await p.getByRole('button', { name: 'Periksa konsistensi' }).click();
    await p.getByTestId('temuan').first().waitFor();
    const before = await p.locator('[data-testid="temuan"][data-sheet="Pengukuran"][data-severity="galat"]').count();
    expect(before).toBeGreaterThanOrEqual(2);
    await p.getByRole('button', { name: `Perbaiki semua (${before})` }).click();
    const preview = p.getByTestId('pratinjau-perbaikan');
    await preview.waitFor();
    expect(await preview.getByTestId('perubahan').count()).toBeGreaterThanOrEqual(before);
    await preview.getByRole('button', { name: 'Terapkan' }).click();
    await p.getByText(/sel diperbaiki/).waitFor();
    expect(await p.locator('[data-testid="temuan"][data-sheet="Pengukuran"][data-severity="galat"]').count()).toBe(0);
    // lintas-sheet: no Perbaiki (which sheet is right?), but a way to both cells
    const cross = p.locator('[data-testid="temuan"][data-rule="lintas-sheet"]').first();
    expect(await cross.getAttribute('data-cell')).toBe('E7');
    expect(await p.getByRole('button', { name: 'Perbaiki PK!E7', exact: true }).count()).toBe(0);
    await cross.click();
    const both = p.getByTestId('ke-kedua-sel');
    await both.waitFor();
    expect(await both.getByRole('button').count()).toBe(2);
    await p.close();
  }, 120000);

  test('usable at 320 px: no sideways scroll', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('tab', { name: 'Periksa konsistensi' }).click();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(320);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-320.png'), fullPage: true });
    await page.setViewportSize({ width: 420, height: 900 });
  }, 60000);

  test('a modern webview never sees the old-webview notice', async () => {
    expect(await page.getByTestId('webview-lama').count()).toBe(0);
  });

  test('our pages make no request outside their own origin (Office.js aside)', () => {
    expect(external).toEqual([]);
  });
});
