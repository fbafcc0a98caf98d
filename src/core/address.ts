/** A1-style addresses. Rows and columns are 1-based, as in Excel. */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`kolom tidak sah: ${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`huruf kolom tidak sah: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseA1(ref: string): CellRef {
  const m = A1_RE.exec(ref.trim());
  if (!m) throw new RangeError(`alamat sel tidak sah: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function parseRange(ref: string): RangeRef {
  const [a, b] = ref.split(':');
  const s = parseA1(a);
  const e = b ? parseA1(b) : s;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

export function rangeA1(r: RangeRef): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * A sheet name as Excel writes it inside a reference: bare when it is a plain word,
 * otherwise in single quotes with inner quotes doubled ('Realisasi Anggaran', 'Bu''s').
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^(true|false)$/i.test(name);
  if (plain && !looksLikeRef) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A sheet name not yet taken (Excel compares them ignoring case): the base, else "Temuan (2)", "Temuan (3)" …, cut to
 * Excel's 31 characters.
 */
export function freeSheetName(taken: readonly string[], base: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** A reference to a cell or range on another sheet: PK!E6, 'Realisasi Anggaran'!C8. */
export function sheetRef(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}
