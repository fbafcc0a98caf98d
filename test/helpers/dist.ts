import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './cli';

const { newest } = require('./global-setup.js') as { newest: (dir: string) => number };

/** Builds dist/ with webpack unless it is already newer than every source file. */
export function ensureDist(): string {
  const dist = path.join(ROOT, 'dist');
  const page = path.join(dist, 'taskpane.html');
  const fresh =
    fs.existsSync(page) && fs.statSync(page).mtimeMs > Math.max(newest(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'manifest.xml')).mtimeMs);
  if (!fresh) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`webpack gagal:\n${r.stdout}\n${r.stderr}`);
  }
  return dist;
}
