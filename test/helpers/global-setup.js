/**
 * Once per jest run, before any worker starts: compile the CLI if its sources are newer than lib/, and build dist/
 * (task pane, functions, checker page) if its sources are newer than it — once, so no two test files build at once.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

async function globalSetup() {
  buildDist();
  const sources = Math.max(...['core', 'xlsx', 'cli'].map((d) => newest(path.join(ROOT, 'src', d))), newest(path.join(ROOT, 'scripts')));
  if (fs.existsSync(CLI) && fs.statSync(CLI).mtimeMs >= sources) return;
  // a fresh lib/: a module moved into a folder (recognise.ts → recognise/) must not be shadowed by its old file
  fs.rmSync(path.join(ROOT, 'lib'), { recursive: true, force: true });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`tsc gagal:\n${r.stdout}\n${r.stderr}`);
}

/** The pages webpack writes; their times say when dist/ was last built. */
const PAGES = ['taskpane.html', 'periksa.html'];

function buildDist() {
  const dist = path.join(ROOT, 'dist');
  const sources = Math.max(
    newest(path.join(ROOT, 'src')),
    ...['manifest.xml', 'webpack.config.js', 'package-lock.json'].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs),
  );
  const pages = PAGES.map((p) => path.join(dist, p));
  if (pages.every((p) => fs.existsSync(p) && fs.statSync(p).mtimeMs > sources)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_URL: '' },
  });
  if (r.status !== 0) throw new Error(`webpack gagal:\n${r.stdout}\n${r.stderr}`);
  // webpack leaves a file it would write unchanged untouched: mark the build's time on the pages
  const now = new Date();
  for (const p of pages) if (fs.existsSync(p)) fs.utimesSync(p, now, now);
}

module.exports = globalSetup;
module.exports.newest = newest;
