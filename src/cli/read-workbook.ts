/**
 * Reading a workbook for checking: container checks, then our reader (xlsx-snapshot). No exceljs on this path.
 * An .xls, .xlsb or .ods is read by our own readers; LibreOffice, when installed (never required), converts one they
 * cannot read, and any of them for a copy to be written: a copy of the input is converted in a private temporary
 * folder, so nothing is written next to the user's file.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkbookSnapshot } from '../core/snapshot';
import { InputError, openWorkbookParts } from './container';
import type { Package } from '../xlsx/checked-copy';
import { isOdsPackage } from '../xlsx/ods-snapshot';
import { isXlsPackage } from '../xlsx/xls-snapshot';
import { isXlsbPackage } from '../xlsx/xlsb-snapshot';
import { snapshotOf } from '../xlsx/read';

export type { Package } from '../xlsx/checked-copy';

function readXlsx(file: string, consume: boolean, parts?: Map<string, Uint8Array>): { snapshot: WorkbookSnapshot; pkg: Package } {
  const pkg = parts ? { buf: new Uint8Array(0), parts } : openWorkbookParts(file);
  return { snapshot: snapshotOf(pkg.parts, { consume }), pkg };
}

/** LibreOffice's command, where installed (LKJIP_SOFFICE names another; LKJIP_SOFFICE=0 turns conversion off). */
export function sofficePath(): string | undefined {
  const env = process.env.LKJIP_SOFFICE;
  if (env === '0') return undefined;
  const candidates = [
    env,
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/local/bin/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  ];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

/** Converts a copy of `file` to .xlsx with LibreOffice in a private folder; runs `fn` on it; removes the folder. */
async function converted<T>(
  soffice: string,
  file: string,
  format: 'xls' | 'ods' | 'xlsb',
  fn: (read: { snapshot: WorkbookSnapshot; pkg: Package }) => Promise<T>,
): Promise<T | undefined> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-konversi-'));
  try {
    const copy = path.join(dir, `masukan.${format}`);
    fs.copyFileSync(file, copy);
    // the import filter is named, so LibreOffice never takes a damaged file for text to import
    const filter = format === 'xls' ? 'MS Excel 97' : format === 'xlsb' ? 'Calc MS Excel 2007 Binary' : 'calc8';
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, 'profil')}`,
        '--headless',
        '--norestore',
        `--infilter=${filter}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        copy,
      ],
      { encoding: 'utf8', timeout: 60000, env: { ...process.env, HOME: dir } },
    );
    const out = path.join(dir, 'masukan.xlsx');
    if (r.status !== 0 || !fs.existsSync(out)) return undefined;
    return await fn(readXlsx(out, false));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` on the file read by our own readers (.xlsx and its kin, .xls, .xlsb, .ods); one they cannot read goes
 * through LibreOffice where it is installed (without it the refusal says how to save the file as .xlsx). With
 * `forWriting`, an .xls, .xlsb or .ods is also converted (where LibreOffice is installed) so a copy can be written from
 * an .xlsx package; the findings stay those of our own reading.
 */
export async function withXlsx<T>(
  file: string,
  fn: (snapshot: WorkbookSnapshot, pkg: Package) => Promise<T>,
  options: { forWriting?: boolean; parts?: Map<string, Uint8Array> } = {},
): Promise<T> {
  let read: { snapshot: WorkbookSnapshot; pkg: Package };
  try {
    // parts opened beforehand are only ever a check's (no copy: the package's bytes are not among them)
    read = readXlsx(file, !options.forWriting, options.forWriting ? undefined : options.parts);
  } catch (e) {
    const soffice = e instanceof InputError && e.convertible ? sofficePath() : undefined;
    if (!soffice || !(e instanceof InputError) || !e.convertible) throw e;
    const r = await converted(soffice, file, e.convertible, (c) => fn(c.snapshot, c.pkg));
    if (r === undefined) throw e;
    return r;
  }
  const legacy = isOdsPackage(read.pkg.parts) ? 'ods' : isXlsPackage(read.pkg.parts) ? 'xls' : isXlsbPackage(read.pkg.parts) ? 'xlsb' : undefined;
  if (options.forWriting && legacy) {
    const soffice = sofficePath();
    if (soffice) {
      const own = read.snapshot;
      const r = await converted(soffice, file, legacy, (c) => fn(own, c.pkg));
      if (r !== undefined) return r;
    }
  }
  // only a copy needs the inflated parts: a check lets them go before the engine runs (half the memory of a large book)
  if (!options.forWriting) read.pkg.parts.clear();
  return fn(read.snapshot, read.pkg);
}

export async function readWorkbook(file: string): Promise<WorkbookSnapshot> {
  return withXlsx(file, async (snapshot) => snapshot);
}
