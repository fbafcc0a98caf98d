/**
 * Where the CLI writes, and how: never over an input (compared by real path and by device + inode, so symlinks, hard
 * links and case-insensitive duplicates are caught), never over an existing file unless --timpa, never two outputs
 * on one path, and always atomically (a temporary file in the target folder, fsync, then a link or rename), so a
 * failed or concurrent write leaves either the old file or a complete new one, never half of one.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from './container';

export interface Identity {
  real: string;
  dev: number;
  ino: number;
}

/** What each input is on disk (missing inputs are left out: they are reported when read). */
export function identify(files: string[]): Identity[] {
  const out: Identity[] = [];
  for (const f of files) {
    try {
      const st = fs.statSync(f);
      out.push({ real: fs.realpathSync(f), dev: st.dev, ino: st.ino });
    } catch {
      /* reported by the reader */
    }
  }
  return out;
}

/** The real path a not-yet-existing file would have (its folder resolved). */
function realTarget(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Is this path one of the inputs — the same file by inode, by real path, or by a name differing only in case? */
export function isInput(p: string, inputs: Identity[]): boolean {
  try {
    const st = fs.statSync(p);
    if (inputs.some((i) => i.dev === st.dev && i.ino === st.ino)) return true;
  } catch {
    /* does not exist (yet) */
  }
  const real = realTarget(p);
  return inputs.some((i) => i.real === real || i.real.toLowerCase() === real.toLowerCase());
}

export function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

const EXT = /\.(xlsx|xlsm|xltx|xltm|xlsb|xls|ods)$/i;

/** The longest folder that holds every input. */
function commonFolder(files: string[]): string {
  const dirs = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  let n = dirs[0].length;
  for (const d of dirs) {
    let k = 0;
    while (k < n && k < d.length && d[k] === dirs[0][k]) k++;
    n = k;
  }
  return dirs[0].slice(0, n).join(path.sep) || path.sep;
}

export interface CopyPlan {
  /** The copy of each input (same order), or undefined where it is refused. */
  copies: Array<string | undefined>;
  /** Why a copy is refused, by input index. */
  refused: Map<number, string>;
  /** ringkasan.xlsx for a folder run (undefined for one file). */
  summary?: string;
  summaryRefused?: string;
}

/**
 * Plans the copies of a run. One input to a named .xlsx: that file. Otherwise a folder: each input's path relative to
 * the inputs' common folder is kept under it (`a/lap.xlsx` → `hasil/a/lap-diperiksa.xlsx`), so inputs of one name in
 * different folders never meet; names differing only in case, or an input already standing where a copy would go,
 * get a stable suffix (-2, -3 …).
 */
export function planCopies(files: string[], tulis: string, folder: boolean, timpa: boolean): CopyPlan {
  const inputs = identify(files);
  const refused = new Map<number, string>();
  const copies: Array<string | undefined> = [];
  if (!folder) {
    const out = tulis;
    if (isInput(out, inputs))
      refused.set(0, `berkas hasil "${out}" adalah berkas masukan itu sendiri (atau tautan ke sana); sebutkan nama atau folder lain untuk --tulis`);
    else if (exists(out) && !timpa)
      refused.set(0, `berkas hasil "${out}" sudah ada dan tidak ditimpa; pakai --timpa untuk menimpanya, atau sebutkan nama lain`);
    else if (exists(out) && isDirectory(out)) refused.set(0, `"${out}" adalah folder; sebutkan nama berkas .xlsx untuk --tulis`);
    copies.push(refused.has(0) ? undefined : out);
    return { copies, refused };
  }
  const common = commonFolder(files);
  const taken = new Set<string>();
  files.forEach((file, i) => {
    const rel = path.relative(common, path.dirname(path.resolve(file)));
    const stem = path.basename(file).replace(EXT, '');
    let out = '';
    for (let k = 1; ; k++) {
      out = path.join(tulis, rel, `${stem}-diperiksa${k === 1 ? '' : `-${k}`}.xlsx`);
      if (!taken.has(out.toLowerCase()) && !isInput(out, inputs)) break;
    }
    taken.add(out.toLowerCase());
    if (exists(out) && !timpa) {
      refused.set(i, `berkas hasil "${out}" sudah ada dan tidak ditimpa; pakai --timpa untuk menimpanya, atau pilih folder lain`);
      copies.push(undefined);
    } else copies.push(out);
  });
  let summary = '';
  for (let k = 1; ; k++) {
    summary = path.join(tulis, k === 1 ? 'ringkasan.xlsx' : `ringkasan-${k}.xlsx`);
    if (!taken.has(summary.toLowerCase()) && !isInput(summary, inputs)) break;
  }
  const summaryRefused = exists(summary) && !timpa ? `ringkasan "${summary}" sudah ada dan tidak ditimpa; pakai --timpa untuk menimpanya` : undefined;
  return { copies, refused, summary, summaryRefused };
}

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A failed write in the user's words, with what to do. */
export function writeFailure(e: unknown, out: string): string {
  const code = (e as { code?: string } | null)?.code;
  const folder = path.dirname(path.resolve(out));
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `salinan "${out}" tidak dapat ditulis: ruang disk penuh; kosongkan ruang atau pilih folder lain (tidak ada berkas setengah jadi yang tertinggal)`;
    case 'EACCES':
    case 'EPERM':
      return `salinan "${out}" tidak dapat ditulis: tidak ada izin menulis di folder "${folder}"; pilih folder lain untuk --tulis`;
    case 'EROFS':
      return `salinan "${out}" tidak dapat ditulis: folder "${folder}" hanya dapat dibaca; pilih folder lain untuk --tulis`;
    case 'ENOTDIR':
    case 'EEXIST_NOTDIR':
      return `salinan "${out}" tidak dapat ditulis: ada berkas (bukan folder) di jalur "${folder}"; pilih folder lain untuk --tulis`;
    case 'EEXIST':
      return `salinan "${out}" tidak ditulis: berkas itu baru saja dibuat oleh proses lain; pakai --timpa untuk menimpanya`;
    case 'ENAMETOOLONG':
      return `salinan "${out}" tidak dapat ditulis: nama atau jalurnya terlalu panjang; pilih folder yang lebih pendek`;
    case 'EISDIR':
      return `salinan "${out}" tidak dapat ditulis: di tempat itu ada folder dengan nama yang sama`;
    default:
      return `salinan "${out}" tidak dapat ditulis (${code ?? 'kesalahan sistem berkas'}); periksa folder tujuan lalu coba lagi`;
  }
}

/**
 * Writes a file atomically: `write` fills a temporary file in the target folder, which is flushed to disk and then
 * published under its name — with a hard link (fails if the name exists: nothing is overwritten) or, with `replace`,
 * a rename (the old file or the new one, never half). On any failure the temporary file is removed and an InputError
 * says in Indonesian what failed.
 */
export async function writeAtomic(out: string, replace: boolean, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      if ((e as { code?: string }).code === 'EEXIST') throw Object.assign(new Error('not a folder'), { code: 'EEXIST_NOTDIR' });
      throw e;
    }
    await write(tmp);
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (replace) {
      fs.renameSync(tmp, out);
    } else {
      try {
        fs.linkSync(tmp, out);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EEXIST') throw e;
        // a file system without hard links: publish by rename when the name is still free
        if (exists(out)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        fs.renameSync(tmp, out);
      }
      removeQuietly(tmp);
    }
    try {
      const dfd = fs.openSync(dir, 'r');
      try {
        fs.fsyncSync(dfd);
      } finally {
        fs.closeSync(dfd);
      }
    } catch {
      /* not every platform syncs a folder */
    }
  } catch (e) {
    removeQuietly(tmp);
    if (e instanceof InputError) throw e;
    throw new InputError(writeFailure(e, out));
  }
}

function removeQuietly(p: string): void {
  try {
    fs.rmSync(p, { force: true });
  } catch {
    /* it was never created (its folder is not a folder) */
  }
}
