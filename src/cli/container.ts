/**
 * Looks at a file's container before any parser sees it, so every bad file gets a clear Indonesian answer:
 * not a workbook, truncated, password-protected, legacy .xls, OpenDocument.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';

export class InputError extends Error {
  constructor(
    message: string,
    /** A spreadsheet in another format that LibreOffice, where installed, can turn into .xlsx for us. */
    readonly convertible?: 'xls' | 'ods',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;

export const MSG_NOT_WORKBOOK = 'berkas bukan buku kerja Excel (.xlsx) yang utuh';

interface ZipEntry {
  name: string;
  method: number;
  /** CRC-32 of the uncompressed data, as the central directory states it. */
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** Reads the zip central directory (names and declared sizes) without inflating anything. */
export function readZipDirectory(buf: Buffer): ZipEntry[] | undefined {
  const minEocd = 22;
  if (buf.length < minEocd) return undefined;
  const searchFrom = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - minEocd; i >= searchFrom; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) return undefined; // zip64: not produced for workbooks this size
  if (cdOffset + cdSize > buf.length) return undefined;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CD_SIG) return undefined;
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, method, crc, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export interface ContainerLimits {
  /** Largest total inflated size we accept. */
  maxInflatedBytes: number;
  /** Largest inflation ratio of a single large entry. */
  maxRatio: number;
}

/** The largest file read at all (a workbook of a whole Pemda's realisation is well under this). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export const DEFAULT_LIMITS: ContainerLimits = { maxInflatedBytes: 1024 * 1024 * 1024, maxRatio: 400 };

/**
 * Throws InputError with a clear message when the file is not a readable .xlsx; returns its bytes otherwise.
 */
export function checkWorkbookFile(path: string, limits: ContainerLimits = DEFAULT_LIMITS): Buffer {
  return openWorkbookParts(path, limits).buf;
}

/**
 * Checks the file as checkWorkbookFile does and returns, besides its bytes, every part inflated (the check inflates
 * them anyway, under a hard cap): the lean reader parses these directly.
 */
export function openWorkbookParts(path: string, limits: ContainerLimits = DEFAULT_LIMITS): { buf: Buffer; parts: Map<string, Buffer> } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    throw new InputError('berkas tidak ditemukan; periksa nama dan foldernya');
  }
  if (stat.isDirectory()) throw new InputError('ini sebuah folder, bukan berkas');
  if (stat.size === 0) throw new InputError(`${MSG_NOT_WORKBOOK}: berkasnya kosong (0 bita)`);
  if (stat.size > MAX_FILE_BYTES) {
    throw new InputError(
      `berkas terlalu besar untuk diperiksa (${Math.round(stat.size / 1048576)} MB; batasnya ${MAX_FILE_BYTES / 1048576} MB); pecah laporan menjadi beberapa buku kerja`,
    );
  }
  let buf: Buffer;
  try {
    buf = fs.readFileSync(path); // read-only; the input is never written
  } catch {
    throw new InputError('berkas tidak dapat dibaca (izin akses ditolak atau sedang dipakai program lain)');
  }
  if (buf.subarray(0, 8).equals(OLE2)) {
    // OLE2 compound file: either an encrypted OOXML workbook or a legacy .xls.
    const utf16 = (s: string) => Buffer.from(s, 'utf16le');
    if (buf.includes(utf16('EncryptionInfo')) || buf.includes(utf16('EncryptedPackage'))) {
      throw new InputError(
        'buku kerja ini dilindungi kata sandi; buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja), simpan salinan tanpa kata sandi, lalu periksa salinan itu',
      );
    }
    if (biffEncrypted(buf)) {
      throw new InputError(
        'berkas Excel lama (.xls) ini dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan sebagai .xlsx (Buku Kerja Excel), lalu periksa berkas itu',
      );
    }
    throw new InputError(
      'ini berkas Excel lama (.xls); buka di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel), kemudian periksa berkas .xlsx itu',
      'xls',
    );
  }
  if (buf.subarray(0, 4).equals(ZIP_EMPTY)) throw new InputError(`${MSG_NOT_WORKBOOK}: arsipnya kosong`);
  if (!buf.subarray(0, 4).equals(ZIP_LOCAL)) {
    // Excel 2.1–4.0 worksheets (BIFF2–4) begin with a BOF record 0x0009/0x0209/0x0409/0x0809 of their own
    if ((buf[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(buf[1])) || /\.xls$/i.test(path)) {
      throw new InputError(
        'ini berkas Excel lama (.xls); buka di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel), kemudian periksa berkas .xlsx itu',
        'xls',
      );
    }
    const head = buf.subarray(0, 512).toString('latin1').toLowerCase();
    if (head.includes('<html') || head.includes('<?xml')) {
      throw new InputError(`${MSG_NOT_WORKBOOK}: isinya teks/HTML; buka di Excel lalu simpan sebagai .xlsx`);
    }
    throw new InputError(MSG_NOT_WORKBOOK);
  }
  const entries = readZipDirectory(buf);
  if (!entries) throw new InputError(`${MSG_NOT_WORKBOOK}: berkasnya terpotong atau rusak (mungkin tidak tersalin utuh)`);
  // part names as OPC compares them: case-insensitive, "\" (written by some Windows tools) as "/"
  const files = entries.filter((e) => !e.name.endsWith('/') && !e.name.endsWith('\\'));
  const names = new Set(files.map((e) => e.name.replace(/\\/g, '/').toLowerCase()));
  if (names.size !== files.length) {
    // two parts of one name: readers would disagree on which one the workbook is
    throw new InputError(`${MSG_NOT_WORKBOOK}: arsipnya memuat dua bagian dengan nama yang sama, jadi isinya tidak dapat dipastikan`);
  }
  // an OPC package whose main part is not at xl/workbook.xml is still a workbook if its relationships say so (the
  // reader follows _rels/.rels); a Word or PowerPoint package is not
  const otherOffice = names.has('word/document.xml') || names.has('ppt/presentation.xml');
  const binary = [...names].some((n) => /(^|\/)workbook\.bin$/.test(n));
  const isWorkbook = !binary && (names.has('xl/workbook.xml') || (names.has('_rels/.rels') && !otherOffice));
  if (!isWorkbook) {
    if (binary) {
      throw new InputError('ini buku kerja biner Excel (.xlsb); buka di Excel lalu simpan sebagai .xlsx (Buku Kerja Excel), kemudian periksa berkas itu');
    }
    const mimetype = buf.subarray(30, 120).toString('latin1');
    if (mimetype.includes('opendocument.spreadsheet')) {
      throw new InputError('ini lembar kerja OpenDocument (.ods); simpan sebagai .xlsx (Buku Kerja Excel) lalu periksa berkas itu', 'ods');
    }
    if (names.has('word/document.xml')) throw new InputError(`${MSG_NOT_WORKBOOK}: ini dokumen Word`);
    throw new InputError(MSG_NOT_WORKBOOK);
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : e.uncompressedSize > 0 ? Infinity : 0;
    if (e.uncompressedSize > 16 * 1024 * 1024 && ratio > limits.maxRatio) {
      throw new InputError(`${MSG_NOT_WORKBOOK}: isi arsip mengembang tidak wajar (kemungkinan "zip bomb"); berkas ditolak`);
    }
  }
  if (total > limits.maxInflatedBytes) {
    throw new InputError(`${MSG_NOT_WORKBOOK}: isi arsip terlalu besar setelah diekstrak (${Math.round(total / 1048576)} MB); berkas ditolak`);
  }
  const parts = new Map<string, Buffer>();
  for (const e of entries) parts.set(e.name, verifyEntry(buf, e));
  return { buf, parts };
}

/**
 * A password-protected .xls: in its Workbook stream the BOF record (0x0809, 16 bytes in BIFF8) is followed directly by
 * FILEPASS (0x002F), whatever the encryption (XOR or RC4).
 */
function biffEncrypted(buf: Buffer): boolean {
  const bof = Buffer.from([0x09, 0x08, 0x10, 0x00]);
  for (let at = buf.indexOf(bof); at >= 0 && at < buf.length - 24; at = buf.indexOf(bof, at + 1)) {
    if (buf[at + 20] === 0x2f && buf[at + 21] === 0x00) return true;
  }
  return false;
}

const ZIP_BOMB = `${MSG_NOT_WORKBOOK}: isi arsip mengembang tidak wajar (kemungkinan "zip bomb"); berkas ditolak`;

/**
 * Inflates one entry with a hard cap on its output: a header that understates the size (a zip bomb) or a damaged
 * stream is caught here, in bounded memory, before any parser sees the file.
 */
function verifyEntry(buf: Buffer, e: ZipEntry): Buffer {
  if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== 0x04034b50) {
    throw new InputError(`${MSG_NOT_WORKBOOK}: berkasnya terpotong atau rusak (bagian "${e.name}" tidak ditemukan)`);
  }
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new InputError(`${MSG_NOT_WORKBOOK}: berkasnya terpotong (bagian "${e.name}" tidak lengkap)`);
  if (e.method === 0) return checkCrc(buf, e, end, buf.subarray(start, end));
  if (e.method !== 8) throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" memakai kompresi yang tidak dikenal`);
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(buf.subarray(start, end), { maxOutputLength: e.uncompressedSize + 1 });
  } catch (err) {
    if (err instanceof RangeError || /maxOutputLength|larger than/i.test(String((err as Error).message))) throw new InputError(ZIP_BOMB);
    throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" rusak dan tidak dapat dibuka`);
  }
  if (out.length !== e.uncompressedSize) throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" rusak (ukurannya tidak sesuai)`);
  return checkCrc(buf, e, end, out);
}

/**
 * Every entry's data must match the CRC-32 the central directory gives, and the one its local header (or, when bit 3
 * of its flags is set, its data descriptor) gives: any mismatch means damaged or tampered bytes, and is refused.
 */
function checkCrc(buf: Buffer, e: ZipEntry, dataEnd: number, data: Buffer): Buffer {
  const actual = zlib.crc32(data) >>> 0;
  const flags = buf.readUInt16LE(e.localOffset + 6);
  let local = buf.readUInt32LE(e.localOffset + 14);
  if (flags & 0x08) {
    // data descriptor after the data: [signature 0x08074b50] crc compressed uncompressed
    if (dataEnd + 4 <= buf.length) {
      const sig = buf.readUInt32LE(dataEnd);
      const at = sig === 0x08074b50 ? dataEnd + 4 : dataEnd;
      if (at + 4 <= buf.length) local = buf.readUInt32LE(at);
    }
  }
  if (actual !== e.crc >>> 0 || actual !== local >>> 0) {
    throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" rusak (pemeriksaan CRC gagal); minta salinan berkas yang utuh`);
  }
  return data;
}
