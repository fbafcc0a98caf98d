/** Once per jest run, before any worker starts: compile the CLI if its sources are newer than lib/. */
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
  const sources = Math.max(newest(path.join(ROOT, 'src', 'core')), newest(path.join(ROOT, 'src', 'cli')), newest(path.join(ROOT, 'scripts')));
  if (fs.existsSync(CLI) && fs.statSync(CLI).mtimeMs >= sources) return;
  // a fresh lib/: a module moved into a folder (recognise.ts → recognise/) must not be shadowed by its old file
  fs.rmSync(path.join(ROOT, 'lib'), { recursive: true, force: true });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`tsc gagal:\n${r.stdout}\n${r.stderr}`);
}

module.exports = globalSetup;
module.exports.newest = newest;
