/** npm run build: dist/ holds the task pane page, the functions bundle, functions.json and the manifest. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as acorn from 'acorn';
import { ROOT } from '../helpers/cli';
import { fakeCustomFunctionsRuntime, RuntimeError, thrown } from '../helpers/custom-functions-runtime';
import { validateManifest } from '../helpers/xsd';
import { tempDir } from '../helpers/tmp';

const DIST = path.join(ROOT, 'dist');
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');

function webpack(env: NodeJS.ProcessEnv, ...args: string[]) {
  return spawnSync(process.execPath, [WEBPACK, '--mode', 'production', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

// dist/ itself is built once per run by jest's globalSetup (with no ADDIN_URL), before any test file starts

test('dist has the task pane page at its top level and the bundles', () => {
  for (const f of [
    'taskpane.html',
    'taskpane.js',
    'periksa.html',
    'periksa.js',
    'checker-worker.js',
    'functions.js',
    'functions.json',
    'manifest.xml',
    'bantuan.html',
    'webview-lama.js',
    'web.config',
    'assets/icon-16.png',
    'assets/icon-32.png',
    'assets/icon-80.png',
  ]) {
    expect(fs.existsSync(path.join(DIST, f))).toBe(true);
  }
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  expect(html).toContain('functions.js');
  expect(html).toContain('taskpane.js');
  // the old-webview notice runs before the bundles (they are deferred; it is not)
  expect(html).toMatch(/<script src="?webview-lama\.js"?><\/script>/);
  expect(html).toMatch(/<script defer(="?defer"?)? src="?taskpane\.js"?>/);
  expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
});

test('dist/manifest.xml is valid against Office’s XSD and points at localhost by default', () => {
  const file = path.join(DIST, 'manifest.xml');
  expect(validateManifest(file).valid).toBe(true);
  expect(fs.readFileSync(file, 'utf8')).toContain('https://localhost:3000/taskpane.html');
});

test('ADDIN_URL writes the hosting address into dist/manifest.xml, which stays valid', () => {
  const out = tempDir('lkjip-dist-');
  try {
    const r = webpack({ ADDIN_URL: 'https://intranet.dinsos.example.go.id/add-in/lkjip/' }, '--output-path', out);
    expect(r.status).toBe(0);
    const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<SourceLocation DefaultValue="https://intranet.dinsos.example.go.id/add-in/lkjip/taskpane.html"/>');
    expect(xml).toContain('"https://intranet.dinsos.example.go.id/add-in/lkjip/functions.json"');
    expect(xml).toContain('<AppDomain>https://intranet.dinsos.example.go.id</AppDomain>');
    expect(validateManifest(path.join(out, 'manifest.xml')).valid).toBe(true);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 180000);

test('an ADDIN_URL that is not https stops the build with one Indonesian line', () => {
  const r = webpack({ ADDIN_URL: 'http://intranet.example' }, '--output-path', path.join(os.tmpdir(), `lkjip-never-${process.pid}`));
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toMatch(/^lkjip: ADDIN_URL harus https:\/\//);
  expect(r.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
});

test('functions.json is generated from the JSDoc: five functions with Indonesian help', () => {
  const meta = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
  const byId = new Map<
    string,
    { id: string; name: string; description: string; parameters: Array<{ name: string; optional?: boolean; dimensionality?: string }> }
  >(meta.functions.map((f: { id: string }) => [f.id, f]));
  expect([...byId.keys()].sort()).toEqual(['ANGKA', 'CAPAIAN', 'EFISIENSI', 'PREDIKAT', 'SERAPAN']);
  expect(byId.get('CAPAIAN')!.parameters.map((p) => [p.name, !!p.optional])).toEqual([
    ['target', false],
    ['realisasi', false],
    ['polaritas', true],
  ]);
  expect(byId.get('SERAPAN')!.parameters.map((p) => p.name)).toEqual(['pagu', 'realisasi']);
  expect(byId.get('PREDIKAT')!.parameters[1]).toMatchObject({ name: 'skala', optional: true, dimensionality: 'matrix' });
  expect(byId.get('PREDIKAT')!.description).toMatch(/di atas 2/);
  expect(byId.get('SERAPAN')!.description).toMatch(/serapan anggaran/i);
  // synchronous: no streaming/cancelable options
  for (const f of meta.functions) expect(f.options?.stream ?? false).toBe(false);
});

describe('dist/functions.js in a runtime shaped like Excel’s custom-functions runtime (no DOM)', () => {
  const runtime = fakeCustomFunctionsRuntime();
  beforeAll(() => {
    // only what Excel's JavaScript-only runtime gives: CustomFunctions and Office; no window, document or require
    const context = vm.createContext({ CustomFunctions: runtime.CustomFunctions, Office: { onReady: () => Promise.resolve({}) } });
    vm.runInContext(fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  });
  const call = (id: string, ...args: unknown[]) => {
    const fn = runtime.associated.get(id);
    if (!fn) throw new Error(`${id} tidak didaftarkan`);
    return fn(...args);
  };

  test('associates the five ids of functions.json', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
    expect([...runtime.associated.keys()].sort()).toEqual(meta.functions.map((f: { id: string }) => f.id).sort());
  });

  test('CAPAIAN(100; 80) = 0,8 and friends', () => {
    expect(call('CAPAIAN', 100, 80)).toBe(0.8);
    expect(call('SERAPAN', 'Rp 1.000.000', 'Rp 940.000')).toBe(0.94);
    expect(call('EFISIENSI', 1.12, 0.94)).toBe(0.18);
    expect(call('PREDIKAT', 97.62)).toBe('Sangat Tinggi');
    expect(call('ANGKA', 'Rp 4.681.577.821,-')).toBe(4681577821);
  });

  test('throws Excel’s own error values', () => {
    // errors thrown inside the vm are the double's class: the same constructor object
    const e = thrown(() => call('CAPAIAN', 0, 5));
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e.code).toBe('#DIV/0!');
    expect(thrown(() => call('ANGKA', 'Sangat Baik')).code).toBe('#VALUE!');
    expect(thrown(() => call('CAPAIAN', 1e-320, 1)).code).toBe('#NUM!');
    expect(
      thrown(() =>
        call('PREDIKAT', 0.2, [
          [91, 'Sangat Tinggi'],
          [60, 'Cukup'],
        ]),
      ).code,
    ).toBe('#N/A');
  });
});

test('webview-lama.js is ECMAScript 5, so IE11 and EdgeHTML can run it', () => {
  const src = fs.readFileSync(path.join(DIST, 'webview-lama.js'), 'utf8');
  expect(() => acorn.parse(src, { ecmaVersion: 5 })).not.toThrow();
  // and the check is real: ES2015 syntax is refused by the same parse
  expect(() => acorn.parse('var f = () => 1;', { ecmaVersion: 5 })).toThrow();
});

test('web.config gives IIS the .json MIME type Excel needs for functions.json', () => {
  const cfg = fs.readFileSync(path.join(DIST, 'web.config'), 'utf8');
  expect(cfg).toMatch(/<mimeMap fileExtension="\.json" mimeType="application\/json"/);
});
