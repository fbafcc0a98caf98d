/**
 * The Compound File Binary container of legacy .xls files ([MS-CFB]): header, FAT (through the DIFAT), directory,
 * mini stream. Pure and bounded: every sector chain is followed at most as many steps as the file has sectors, so a
 * damaged or looping chain ends in a refusal, never in a hang.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

export class CfbError extends Error {}

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

export function isCfb(buf: Uint8Array): boolean {
  return buf.length >= 512 && SIGNATURE.every((b, i) => buf[i] === b);
}

/** The streams of a compound file, by name (case as stored): only what `wanted` asks for is read. */
export function readCfbStreams(buf: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  if (!isCfb(buf)) throw new CfbError('not a compound file');
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const sectorSize = 1 << dv.getUint16(0x1e, true);
  const miniSectorSize = 1 << dv.getUint16(0x20, true);
  if (sectorSize !== 512 && sectorSize !== 4096) throw new CfbError('sector size');
  const sectors = Math.floor((buf.length - sectorSize) / sectorSize) + 1;
  const offset = (s: number) => (s + 1) * sectorSize;
  const fatSectorCount = dv.getUint32(0x2c, true);
  const firstDir = dv.getUint32(0x30, true);
  const miniCutoff = dv.getUint32(0x38, true);
  const firstMiniFat = dv.getUint32(0x3c, true);
  let difatNext = dv.getUint32(0x44, true);
  // the FAT's own sectors: 109 in the header, the rest in DIFAT sectors
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) {
    const s = dv.getUint32(0x4c + i * 4, true);
    if (s !== FREE) fatSectors.push(s);
  }
  for (let guard = 0; difatNext !== END_OF_CHAIN && difatNext !== FREE && fatSectors.length < fatSectorCount; guard++) {
    if (guard > sectors || offset(difatNext) + sectorSize > buf.length) throw new CfbError('DIFAT');
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < fatSectorCount; i++) fatSectors.push(dv.getUint32(offset(difatNext) + i * 4, true));
    difatNext = dv.getUint32(offset(difatNext) + per * 4, true);
  }
  const fat = new Uint32Array(fatSectors.length * (sectorSize / 4));
  fatSectors.forEach((s, k) => {
    if (offset(s) + sectorSize > buf.length) throw new CfbError('FAT');
    for (let i = 0; i < sectorSize / 4; i++) fat[k * (sectorSize / 4) + i] = dv.getUint32(offset(s) + i * 4, true);
  });
  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN; s = table[s]) {
      if (s >= table.length || out.length > limit) throw new CfbError('chain');
      out.push(s);
    }
    return out;
  };
  const readChain = (start: number, size: number): Uint8Array => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const s of chain(start, fat, sectors)) {
      if (at >= size) break;
      const from = offset(s);
      const n = Math.min(sectorSize, size - at, buf.length - from);
      if (n <= 0) throw new CfbError('truncated');
      out.set(buf.subarray(from, from + n), at);
      at += n;
    }
    if (at < size) throw new CfbError('truncated');
    return out;
  };
  // the directory: 128-byte entries along its chain
  const dirSectors = chain(firstDir, fat, sectors);
  const entries: CfbEntry[] = [];
  for (const s of dirSectors) {
    for (let i = 0; i < sectorSize / 128; i++) {
      const at = offset(s) + i * 128;
      if (at + 128 > buf.length) break;
      const nameLen = dv.getUint16(at + 0x40, true);
      const type = dv.getUint8(at + 0x42);
      let name = '';
      for (let k = 0; k + 2 < nameLen && k < 64; k += 2) name += String.fromCharCode(dv.getUint16(at + k, true));
      entries.push({ name, type, start: dv.getUint32(at + 0x74, true), size: dv.getUint32(at + 0x78, true) });
    }
  }
  const root = entries.find((e) => e.type === 5);
  if (!root) throw new CfbError('root');
  let miniStream: Uint8Array | undefined;
  let miniFat: Uint32Array | undefined;
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.type !== 2 || !wanted(e.name)) continue;
    if (e.size < miniCutoff) {
      if (!miniStream) miniStream = readChain(root.start, root.size);
      if (!miniFat) {
        const ms = firstMiniFat === END_OF_CHAIN ? [] : chain(firstMiniFat, fat, sectors);
        miniFat = new Uint32Array(ms.length * (sectorSize / 4));
        ms.forEach((s, k) => {
          for (let i = 0; i < sectorSize / 4; i++) miniFat![k * (sectorSize / 4) + i] = dv.getUint32(offset(s) + i * 4, true);
        });
      }
      const data = new Uint8Array(e.size);
      let at = 0;
      for (const s of chain(e.start, miniFat, miniFat.length)) {
        if (at >= e.size) break;
        const from = s * miniSectorSize;
        const n = Math.min(miniSectorSize, e.size - at);
        if (from + n > miniStream.length) throw new CfbError('mini stream');
        data.set(miniStream.subarray(from, from + n), at);
        at += n;
      }
      if (at < e.size) throw new CfbError('truncated');
      out.set(e.name, data);
    } else {
      out.set(e.name, readChain(e.start, e.size));
    }
  }
  return out;
}
