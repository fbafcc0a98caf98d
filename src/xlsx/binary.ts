/** Little-endian fields and the value encodings the binary readers share: .xls (BIFF8), .xlsb (BIFF12), their formulas. */

export const u16 = (d: Uint8Array, o: number) => d[o] | (d[o + 1] << 8);
export const u32 = (d: Uint8Array, o: number) => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) + d[o + 3] * 0x1000000;

export function f64(d: Uint8Array, o: number): number {
  return new DataView(d.buffer, d.byteOffset + o, 8).getFloat64(0, true);
}

/** An RK number ([MS-XLS] 2.5.217, [MS-XLSB] 2.5.122): a 30-bit integer or a double's high 30 bits, ÷ 100 when fX100. */
export function rkValue(rk: number): number {
  let v: number;
  if (rk & 2) v = (rk | 0) >> 2;
  else {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setUint32(4, rk & 0xfffffffc, true);
    v = dv.getFloat64(0, true);
  }
  return rk & 1 ? v / 100 : v;
}

/** The error codes of cells and formula constants (BErr), by their byte. */
export const ERROR_NAMES: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};
