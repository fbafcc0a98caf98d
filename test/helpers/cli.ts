import { spawnSync } from 'child_process';

import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');

/** The compiled CLI: built by `npm ci` (prepare), and refreshed by jest's globalSetup when sources are newer. */
export function ensureBuilt(): void {
  if (!fs.existsSync(CLI)) throw new Error('lib/ belum dikompilasi: jalankan npm run build:cli');
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled CLI; with timeoutMs, a run still going then is killed (its status null). */
export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): RunResult {
  ensureBuilt();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
