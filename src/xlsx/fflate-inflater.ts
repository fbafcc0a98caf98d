/** The inflater for the browser (and any JavaScript host): fflate's raw DEFLATE and a table CRC-32. */
import { inflateSync } from 'fflate';
import type { Inflater } from './container';

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(data: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const FFLATE_INFLATER: Inflater = {
  inflateRaw(data, size) {
    // fflate writes into the buffer it is given and never grows it: memory stays bounded by the declared size
    const out = inflateSync(data, { out: new Uint8Array(size + 1) });
    return out.length > size ? 'too-large' : out;
  },
  crc32,
};
