/** npm run build: dist/ holds the task pane page, the functions bundle, functions.json and the manifest. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/cli';

const DIST = path.join(ROOT, 'dist');

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack gagal:\n${r.stdout}\n${r.stderr}`);
}, 180000);

test('dist has the task pane page at its top level and the bundles', () => {
  for (const f of ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-80.png']) {
    expect(fs.existsSync(path.join(DIST, f))).toBe(true);
  }
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  expect(html).toContain('functions.js');
  expect(html).toContain('taskpane.js');
});

test('functions.json is generated from the JSDoc: five functions with Indonesian help', () => {
  const meta = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
  const byId = new Map<string, { id: string; name: string; description: string; parameters: Array<{ name: string; optional?: boolean; dimensionality?: string }> }>(
    meta.functions.map((f: { id: string }) => [f.id, f]),
  );
  expect([...byId.keys()].sort()).toEqual(['ANGKA', 'CAPAIAN', 'EFISIENSI', 'PREDIKAT', 'SERAPAN']);
  expect(byId.get('CAPAIAN')!.parameters.map((p) => [p.name, !!p.optional])).toEqual([
    ['target', false],
    ['realisasi', false],
    ['polaritas', true],
  ]);
  expect(byId.get('PREDIKAT')!.parameters[1]).toMatchObject({ name: 'skala', optional: true, dimensionality: 'matrix' });
  expect(byId.get('SERAPAN')!.description).toMatch(/serapan anggaran/i);
  // synchronous: no streaming/cancelable options
  for (const f of meta.functions) expect(f.options?.stream ?? false).toBe(false);
});
