import { readCfbStreams } from './cfb';
import { decryptDefaultPassword, hasFilepass } from './xls-decrypt';

/**
 * Looks at a file's container before any parser sees it, so every bad file gets a clear Indonesian answer:
 * not a workbook, truncated, password-protected, legacy .xls, OpenDocument. Pure: bytes in, parts out; the shell
 * brings the file's bytes and its inflater (Node's zlib in the CLI, fflate in the browser).
 */

export class InputError extends Error {
  constructor(
    message: string,
    /** A spreadsheet in another format that LibreOffice, where installed, can turn into .xlsx for us. */
    readonly convertible?: 'xls' | 'ods' | 'xlsb',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Raw DEFLATE and CRC-32, as the shell provides them. */
export interface Inflater {
  /**
   * The inflated bytes of a raw DEFLATE stream, never more than `size + 1` bytes: 'too-large' when the stream holds
   * more than `size` (a header that understates the size: a zip bomb). Throws on a damaged stream.
   */
  inflateRaw(data: Uint8Array, size: number): Uint8Array | 'too-large';
  crc32(data: Uint8Array): number;
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;

/** The part under which openPackage hands a text workbook (markup-snapshot) to the reader, its kind and file name beside it. */
export const MARKUP_PART = '(markup)';
export const MARKUP_KIND_PART = '(markup:kind)';
export const MARKUP_NAME_PART = '(markup:name)';

export type MarkupKind = 'html' | 'spreadsheetml' | 'csv';

/**
 * Whether a file's bytes are an HTML page of tables or an XML Spreadsheet 2003, by its first characters; or, named
 * .csv/.tsv, values separated by commas, semicolons or tabs (text: no zero byte in its head but for UTF-16's).
 */
export function markupKind(buf: Uint8Array, fileName = ''): MarkupKind | undefined {
  let head = new TextDecoder('latin1').decode(buf.subarray(0, 4096));
  // UTF-16 text: every other byte a zero
  const utf16 = head.charCodeAt(1) === 0 || head.charCodeAt(3) === 0;
  if (utf16) head = head.replace(/\0/g, '');
  head = head.toLowerCase();
  if (/<\?mso-application\s+progid\s*=\s*["']excel\.sheet["']/.test(head) || /<(ss:)?workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/.test(head)) {
    return 'spreadsheetml';
  }
  const start = head.replace(/^[\s\ufeff\u00ef\u00bb\u00bf\u00fe\u00ff]+/, '');
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html\b|<table\b|<head\b|<body\b|<meta\b)/.test(start)) return 'html';
  if (/\.(csv|tsv)$/i.test(fileName) && !head.includes('\0') && !/^<\?xml|^</.test(start)) return 'csv';
  return undefined;
}

export const MSG_NOT_WORKBOOK = 'berkas bukan buku kerja Excel (.xlsx) yang utuh';

const XLS_PASSWORD =
  'berkas Excel lama (.xls) ini dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan sebagai .xlsx (Buku Kerja Excel), lalu periksa berkas itu';

/** A legacy .xls we cannot read ourselves (BIFF5 or older, or damaged): how to make it readable. */
export const XLS_MESSAGE =
  'ini berkas Excel lama (.xls); buka di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel), kemudian periksa berkas .xlsx itu';

/** A binary workbook (.xlsb) our reader could not read (LibreOffice, where installed, may still convert it). */
export const XLSB_MESSAGE =
  'buku kerja biner Excel (.xlsb) ini tidak dapat dibaca; buka di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel), kemudian periksa berkas itu';

function startsWith(buf: Uint8Array, sig: number[], at = 0): boolean {
  if (buf.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[at + i] !== sig[i]) return false;
  return true;
}

/** Where `needle` first occurs in `buf` at or after `from`, or -1. */
function indexOfBytes(buf: Uint8Array, needle: number[], from = 0): number {
  const first = needle[0];
  for (let i = buf.indexOf(first, from); i >= 0 && i <= buf.length - needle.length; i = buf.indexOf(first, i + 1)) {
    if (startsWith(buf, needle, i)) return i;
  }
  return -1;
}

function utf16le(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return out;
}

function latin1(buf: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, buf.length); i++) s += String.fromCharCode(buf[i]);
  return s;
}

function view(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

interface ZipEntry {
  name: string;
  method: number;
  /** CRC-32 of the uncompressed data, as the central directory states it. */
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;

/** An 8-byte little-endian count or offset, when a JavaScript number holds it exactly. */
function safeNumber(dv: DataView, at: number): number | undefined {
  if (at + 8 > dv.byteLength) return undefined;
  const v = dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x100000000;
  return Number.isSafeInteger(v) ? v : undefined;
}

/** The real sizes and offset of an entry from its ZIP64 extra field. */
function zip64Extra(
  dv: DataView,
  start: number,
  length: number,
  fixed: { uncompressed: number; compressed: number; offset: number },
): { uncompressed: number; compressed: number; offset: number } | undefined {
  for (let q = start; q + 4 <= start + length;) {
    const id = dv.getUint16(q, true);
    const size = dv.getUint16(q + 2, true);
    if (id === 1) {
      let r = q + 4;
      const next = () => {
        const v = r + 8 <= q + 4 + size ? safeNumber(dv, r) : undefined;
        r += 8;
        return v;
      };
      const uncompressed = fixed.uncompressed === 0xffffffff ? next() : fixed.uncompressed;
      const compressed = fixed.compressed === 0xffffffff ? next() : fixed.compressed;
      const offset = fixed.offset === 0xffffffff ? next() : fixed.offset;
      if (uncompressed === undefined || compressed === undefined || offset === undefined) return undefined;
      return { uncompressed, compressed, offset };
    }
    q += 4 + size;
  }
  return undefined;
}

/** Reads the zip central directory (names and declared sizes) without inflating anything. */
export function readZipDirectory(buf: Uint8Array): ZipEntry[] | undefined {
  const minEocd = 22;
  if (buf.length < minEocd) return undefined;
  const dv = view(buf);
  const searchFrom = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - minEocd; i >= searchFrom; i--) {
    if (dv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if (cdOffset === 0xffffffff || count === 0xffff || cdSize === 0xffffffff) {
    // ZIP64 (APPNOTE 4.3.14–4.3.15), as some producers write every package: the locator right before the end
    // record points at the ZIP64 end record, which holds the real count, size and offset
    const locator = eocd - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) return undefined;
    const at = safeNumber(dv, locator + 8);
    if (at === undefined || at + 56 > buf.length || dv.getUint32(at, true) !== ZIP64_EOCD_SIG) return undefined;
    const n = safeNumber(dv, at + 32);
    const size = safeNumber(dv, at + 40);
    const offset = safeNumber(dv, at + 48);
    if (n === undefined || size === undefined || offset === undefined) return undefined;
    count = n;
    cdSize = size;
    cdOffset = offset;
  }
  if (cdOffset + cdSize > buf.length) return undefined;
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== CD_SIG) return undefined;
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const uncompressedSize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    const name = utf8.decode(buf.subarray(p + 46, p + 46 + nameLen));
    let sizes = { compressedSize, uncompressedSize };
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // the ZIP64 extra field (id 1) holds, in this order, each of these that is 0xFFFFFFFF in the fixed fields
      const z = zip64Extra(dv, p + 46 + nameLen, extraLen, { uncompressed: uncompressedSize, compressed: compressedSize, offset: localOffset });
      if (!z) return undefined;
      sizes = { compressedSize: z.compressed, uncompressedSize: z.uncompressed };
      localOffset = z.offset;
    }
    entries.push({ name, method, crc, ...sizes, localOffset });
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
 * Checks a workbook's bytes and returns every part inflated and CRC-checked (the check inflates them anyway, under a
 * hard cap): the reader parses these directly. Throws InputError with a clear Indonesian message otherwise.
 * `fileName` only helps name a legacy format.
 */
export function openPackage(buf: Uint8Array, fileName: string, inflater: Inflater, limits: ContainerLimits = DEFAULT_LIMITS): Map<string, Uint8Array> {
  if (buf.length === 0) throw new InputError(`${MSG_NOT_WORKBOOK}: berkasnya kosong (0 bita)`);
  if (buf.length > MAX_FILE_BYTES) throw new InputError(tooLarge(buf.length));
  if (startsWith(buf, OLE2)) {
    // OLE2 compound file: either an encrypted OOXML workbook or a legacy .xls.
    if (indexOfBytes(buf, utf16le('EncryptionInfo')) >= 0 || indexOfBytes(buf, utf16le('EncryptedPackage')) >= 0) {
      throw new InputError(
        'buku kerja ini dilindungi kata sandi; buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja), simpan salinan tanpa kata sandi, lalu periksa salinan itu',
      );
    }
    // a legacy workbook: its Workbook stream (BIFF8) is read by our own reader — decrypted first when Excel only
    // encrypted it with its default password (a write- or structure-protected book); a BIFF5 "Book" or a damaged
    // compound file is left to LibreOffice where installed
    let streams: Map<string, Uint8Array> | undefined;
    try {
      streams = readCfbStreams(buf, (name) => name === 'Workbook');
    } catch {
      streams = undefined;
    }
    const workbook = streams?.get('Workbook');
    if (workbook && hasFilepass(workbook)) {
      const plain = decryptDefaultPassword(workbook);
      if (plain) return new Map([['Workbook', plain]]);
      throw new InputError(XLS_PASSWORD);
    }
    if (workbook) return new Map([['Workbook', workbook]]);
    if (biffEncrypted(buf)) throw new InputError(XLS_PASSWORD);
    throw new InputError(XLS_MESSAGE, 'xls');
  }
  if (startsWith(buf, ZIP_EMPTY)) throw new InputError(`${MSG_NOT_WORKBOOK}: arsipnya kosong`);
  // an HTML page of tables or an XML Spreadsheet 2003, as reporting systems export "Excel" files (often named .xls),
  // or a .csv: read as text by markup-snapshot
  const markup = startsWith(buf, ZIP_LOCAL) ? undefined : markupKind(buf, fileName);
  if (markup) {
    const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    const text = new TextEncoder();
    return new Map([
      [MARKUP_PART, buf],
      [MARKUP_KIND_PART, text.encode(markup)],
      [MARKUP_NAME_PART, text.encode(name)],
    ]);
  }
  if (!startsWith(buf, ZIP_LOCAL)) {
    // Excel 2.1–4.0 worksheets (BIFF2–4) begin with a BOF record 0x0009/0x0209/0x0409/0x0809 of their own
    if ((buf[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(buf[1])) || /\.xls$/i.test(fileName)) {
      throw new InputError(XLS_MESSAGE, 'xls');
    }
    const head = latin1(buf, 0, 512).toLowerCase();
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
  // an OpenDocument spreadsheet (.ods): its mimetype entry comes first, stored; its cells are in content.xml
  const ods = !binary && latin1(buf, 30, 120).includes('opendocument.spreadsheet') && names.has('content.xml');
  // a binary workbook (.xlsb) has its own reader (xlsb-snapshot)
  const isWorkbook = binary || names.has('xl/workbook.xml') || ods || (names.has('_rels/.rels') && !otherOffice);
  if (!isWorkbook) {
    const mimetype = latin1(buf, 30, 120);
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
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) parts.set(e.name, verifyEntry(buf, e, inflater));
  return parts;
}

/** The refusal for a file over MAX_FILE_BYTES. */
export function tooLarge(bytes: number): string {
  return `berkas terlalu besar untuk diperiksa (${Math.round(bytes / 1048576)} MB; batasnya ${MAX_FILE_BYTES / 1048576} MB); pecah laporan menjadi beberapa buku kerja`;
}

/**
 * A password-protected .xls: in its Workbook stream the BOF record (0x0809, 16 bytes in BIFF8) is followed directly by
 * FILEPASS (0x002F), whatever the encryption (XOR or RC4).
 */
function biffEncrypted(buf: Uint8Array): boolean {
  const bof = [0x09, 0x08, 0x10, 0x00];
  for (let at = indexOfBytes(buf, bof); at >= 0 && at < buf.length - 24; at = indexOfBytes(buf, bof, at + 1)) {
    if (buf[at + 20] === 0x2f && buf[at + 21] === 0x00) return true;
  }
  return false;
}

const ZIP_BOMB = `${MSG_NOT_WORKBOOK}: isi arsip mengembang tidak wajar (kemungkinan "zip bomb"); berkas ditolak`;

/**
 * Inflates one entry with a hard cap on its output: a header that understates the size (a zip bomb) or a damaged
 * stream is caught here, in bounded memory, before any parser sees the file.
 */
function verifyEntry(buf: Uint8Array, e: ZipEntry, inflater: Inflater): Uint8Array {
  const dv = view(buf);
  if (e.localOffset + 30 > buf.length || dv.getUint32(e.localOffset, true) !== 0x04034b50) {
    throw new InputError(`${MSG_NOT_WORKBOOK}: berkasnya terpotong atau rusak (bagian "${e.name}" tidak ditemukan)`);
  }
  const start = e.localOffset + 30 + dv.getUint16(e.localOffset + 26, true) + dv.getUint16(e.localOffset + 28, true);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new InputError(`${MSG_NOT_WORKBOOK}: berkasnya terpotong (bagian "${e.name}" tidak lengkap)`);
  if (e.method === 0) return checkCrc(buf, e, end, buf.subarray(start, end), inflater);
  if (e.method !== 8) throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" memakai kompresi yang tidak dikenal`);
  let out: Uint8Array | 'too-large';
  try {
    out = inflater.inflateRaw(buf.subarray(start, end), e.uncompressedSize);
  } catch {
    throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" rusak dan tidak dapat dibuka`);
  }
  if (out === 'too-large') throw new InputError(ZIP_BOMB);
  if (out.length !== e.uncompressedSize) throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" rusak (ukurannya tidak sesuai)`);
  return checkCrc(buf, e, end, out, inflater);
}

/**
 * Every entry's data must match the CRC-32 the central directory gives, and the one its local header (or, when bit 3
 * of its flags is set, its data descriptor) gives: any mismatch means damaged or tampered bytes, and is refused.
 */
function checkCrc(buf: Uint8Array, e: ZipEntry, dataEnd: number, data: Uint8Array, inflater: Inflater): Uint8Array {
  const dv = view(buf);
  const actual = inflater.crc32(data) >>> 0;
  const flags = dv.getUint16(e.localOffset + 6, true);
  let local = dv.getUint32(e.localOffset + 14, true);
  if (flags & 0x08) {
    // data descriptor after the data: [signature 0x08074b50] crc compressed uncompressed
    if (dataEnd + 4 <= buf.length) {
      const sig = dv.getUint32(dataEnd, true);
      const at = sig === 0x08074b50 ? dataEnd + 4 : dataEnd;
      if (at + 4 <= buf.length) local = dv.getUint32(at, true);
    }
  }
  if (actual !== e.crc >>> 0 || actual !== local >>> 0) {
    throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${e.name}" rusak (pemeriksaan CRC gagal); minta salinan berkas yang utuh`);
  }
  return data;
}
