import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './cli';

/** dist/ as jest's globalSetup built it (once per run, before the test files start). */
export function ensureDist(): string {
  const dist = path.join(ROOT, 'dist');
  for (const page of ['taskpane.html', 'periksa.html']) {
    if (!fs.existsSync(path.join(dist, page))) throw new Error(`dist/${page} belum dibangun: jalankan npm run build`);
  }
  return dist;
}
