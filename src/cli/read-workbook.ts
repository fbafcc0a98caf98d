/**
 * Reading a workbook for checking: container checks, then our reader (xlsx-snapshot). No exceljs on this path.
 * An .xls or .ods is turned into .xlsx by LibreOffice when it is installed (never required): a copy of the input is
 * converted in a private temporary folder, so nothing is written next to the user's file.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkbookSnapshot } from '../core/snapshot';
import { InputError, openWorkbookParts } from './container';
import type { Package } from '../xlsx/checked-copy';
import { snapshotOf } from '../xlsx/read';

export type { Package } from '../xlsx/checked-copy';

function readXlsx(file: string): { snapshot: WorkbookSnapshot; pkg: Package } {
  const pkg = openWorkbookParts(file);
  return { snapshot: snapshotOf(pkg.parts), pkg };
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

/**
 * Runs `fn` on an .xlsx form of the file: the file itself, or, for an .xls or .ods where LibreOffice is installed,
 * its conversion (removed afterwards). Without LibreOffice the refusal says how to save the file as .xlsx.
 */
export async function withXlsx<T>(file: string, fn: (snapshot: WorkbookSnapshot, pkg: Package) => Promise<T>): Promise<T> {
  let read: { snapshot: WorkbookSnapshot; pkg: Package };
  try {
    read = readXlsx(file);
  } catch (e) {
    const soffice = e instanceof InputError && e.convertible ? sofficePath() : undefined;
    if (!soffice || !(e instanceof InputError)) throw e;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-konversi-'));
    try {
      const copy = path.join(dir, `masukan.${e.convertible}`);
      fs.copyFileSync(file, copy);
      // the import filter is named, so LibreOffice never takes a damaged file for text to import
      const filter = e.convertible === 'xls' ? 'MS Excel 97' : 'calc8';
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
        {
          encoding: 'utf8',
          timeout: 60000,
          env: { ...process.env, HOME: dir },
        },
      );
      const out = path.join(dir, 'masukan.xlsx');
      if (r.status !== 0 || !fs.existsSync(out)) throw e;
      const converted = readXlsx(out);
      return await fn(converted.snapshot, converted.pkg);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return fn(read.snapshot, read.pkg);
}

export async function readWorkbook(file: string): Promise<WorkbookSnapshot> {
  return withXlsx(file, async (snapshot) => snapshot);
}
