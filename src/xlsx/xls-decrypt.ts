/**
 * Reading a legacy .xls that Excel encrypted with its default password ("VelvetSweatshop": written when a workbook is
 * only write- or structure-protected, with no password to open it). RC4 encryption as [MS-OFFCRYPTO] 2.3.6 defines it,
 * applied to the Workbook stream as [MS-XLS] 2.2.10 says: 1024-byte blocks, record headers and a few records in the
 * clear. A workbook with a password of its own is not opened: that stays a refusal asking to remove it.
 */

/** MD5 (RFC 1321): the key derivation of RC4 encryption needs it; small inputs only. */
export function md5(data: Uint8Array): Uint8Array {
  const s = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16,
    23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
  ];
  const k = new Uint32Array(64);
  for (let i = 0; i < 64; i++) k[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) >>> 0;
  const len = data.length;
  const padded = new Uint8Array((((len + 8) >> 6) + 1) << 6);
  padded.set(data);
  padded[len] = 0x80;
  const dv = new DataView(padded.buffer);
  dv.setUint32(padded.length - 8, (len * 8) >>> 0, true);
  dv.setUint32(padded.length - 4, Math.floor((len * 8) / 0x100000000), true);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  for (let off = 0; off < padded.length; off += 64) {
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const m = dv.getUint32(off + g * 4, true);
      const sum = (a + f + k[i] + m) >>> 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << s[i]) | (sum >>> (32 - s[i])))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  [a0, b0, c0, d0].forEach((w, i) => ov.setUint32(i * 4, w, true));
  return out;
}

/** An RC4 keystream generator. */
class Rc4 {
  private s = new Uint8Array(256);
  private i = 0;
  private j = 0;
  constructor(key: Uint8Array) {
    for (let n = 0; n < 256; n++) this.s[n] = n;
    for (let n = 0, j = 0; n < 256; n++) {
      j = (j + this.s[n] + key[n % key.length]) & 0xff;
      [this.s[n], this.s[j]] = [this.s[j], this.s[n]];
    }
  }
  next(): number {
    this.i = (this.i + 1) & 0xff;
    this.j = (this.j + this.s[this.i]) & 0xff;
    [this.s[this.i], this.s[this.j]] = [this.s[this.j], this.s[this.i]];
    return this.s[(this.s[this.i] + this.s[this.j]) & 0xff];
  }
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** The RC4 key of one 1024-byte block ([MS-OFFCRYPTO] 2.3.6.2). */
function blockKey(base: Uint8Array, block: number): Uint8Array {
  const buf = new Uint8Array(9);
  buf.set(base.subarray(0, 5));
  new DataView(buf.buffer).setUint32(5, block, true);
  return md5(buf);
}

function baseKey(password: string, salt: Uint8Array): Uint8Array {
  const h0 = md5(utf16(password));
  const inter = new Uint8Array(21 * 16);
  for (let i = 0; i < 16; i++) {
    inter.set(h0.subarray(0, 5), i * 21);
    inter.set(salt, i * 21 + 5);
  }
  return md5(inter);
}

/** Records whose data is never encrypted ([MS-XLS] 2.2.10): BOF, FILEPASS, UsrExcl, FileLock, InterfaceHdr, RRDInfo, RRDHead. */
const CLEAR = new Set([0x0809, 0x002f, 0x0194, 0x0195, 0x00e1, 0x0196, 0x0138]);

const DEFAULT_PASSWORD = 'VelvetSweatshop';

/**
 * The Workbook stream decrypted, when its FILEPASS is RC4 and the default password opens it; undefined when the
 * workbook has a password of its own (or another encryption).
 */
export function decryptDefaultPassword(stream: Uint8Array): Uint8Array | undefined {
  // FILEPASS right after the first BOF
  const bofLen = stream[2] | (stream[3] << 8);
  const at = 4 + bofLen;
  if ((stream[at] | (stream[at + 1] << 8)) !== 0x002f) return undefined;
  const fp = stream.subarray(at + 4, at + 4 + (stream[at + 2] | (stream[at + 3] << 8)));
  // wEncryptionType 1 (RC4), version 1.1: the "RC4 encryption" of [MS-OFFCRYPTO] 2.3.6 (CryptoAPI is not opened)
  if (fp.length < 54 || (fp[0] | (fp[1] << 8)) !== 1 || (fp[2] | (fp[3] << 8)) !== 1) return undefined;
  const salt = fp.subarray(6, 22);
  const verifier = fp.subarray(22, 38);
  const verifierHash = fp.subarray(38, 54);
  const base = baseKey(DEFAULT_PASSWORD, salt);
  const check = new Rc4(blockKey(base, 0));
  const plain = new Uint8Array(32);
  for (let i = 0; i < 16; i++) plain[i] = verifier[i] ^ check.next();
  for (let i = 0; i < 16; i++) plain[16 + i] = verifierHash[i] ^ check.next();
  const hash = md5(plain.subarray(0, 16));
  if (!hash.every((b, i) => b === plain[16 + i])) return undefined;
  // the stream, decrypted in place on a copy: every byte's keystream is its block's, at its offset in the block
  const out = new Uint8Array(stream);
  let block = -1;
  let rc4: Rc4 | undefined;
  let pos = 0;
  const keyByte = (offset: number): number => {
    const b = Math.floor(offset / 1024);
    if (b !== block || offset < pos) {
      block = b;
      rc4 = new Rc4(blockKey(base, b));
      pos = b * 1024;
    }
    let k = 0;
    while (pos <= offset) {
      k = (rc4 as Rc4).next();
      pos++;
    }
    return k;
  };
  for (let p = 0; p + 4 <= out.length;) {
    const type = out[p] | (out[p + 1] << 8);
    const len = out[p + 2] | (out[p + 3] << 8);
    const start = p + 4;
    // the header's 4 bytes pass through the keystream too (they stay in the clear)
    if (!CLEAR.has(type)) {
      for (let o = start; o < start + len && o < out.length; o++) {
        const k = keyByte(o);
        // BoundSheet8's stream position (its first 4 bytes) is written in the clear
        if (type === 0x0085 && o < start + 4) continue;
        out[o] ^= k;
      }
    }
    p = start + len;
  }
  // the FILEPASS record is spent: marked as a record no reader knows, so the stream reads as an unencrypted one
  out[at] = 0xff;
  out[at + 1] = 0xff;
  return out;
}

/** Whether a Workbook stream is encrypted: FILEPASS right after its first BOF. */
export function hasFilepass(stream: Uint8Array): boolean {
  if (stream.length < 8) return false;
  const at = 4 + (stream[2] | (stream[3] << 8));
  return (stream[at] | (stream[at + 1] << 8)) === 0x002f;
}
