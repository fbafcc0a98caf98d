/**
 * A legacy .xls (BIFF8, Excel 97–2003) → snapshot reader, pure: the Workbook stream of the compound file, its
 * records read once. Keeps what the engine needs: values (numbers, RK, shared and inline strings, formula results,
 * booleans and errors), formulas (their text, rgce.ts), number formats, bold (FONT weight) and indent (XF), merges, hidden sheets,
 * rows and columns, the 1904 date system. Anything it does not understand is refused, never guessed.
 */
import { RangeRef } from '../core/address';
import { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { BUILTIN_FORMATS, DAYS_1904, isCalendarFormat } from './xlsx-snapshot';
import { FORMULA_WITHOUT_TEXT, formulaText } from './rgce';
import { ERROR_NAMES, f64, rkValue, u16, u32 } from './binary';

export class XlsError extends Error {}

const CONTINUE = 0x003c;

interface BiffRecord {
  type: number;
  data: Uint8Array;
  /** The data of the CONTINUE records that follow it, in order (strings may be split across them). */
  more: Uint8Array[];
}

function records(stream: Uint8Array, from: number): { at: number; rec: BiffRecord }[] {
  const out: { at: number; rec: BiffRecord }[] = [];
  let p = from;
  while (p + 4 <= stream.length) {
    const type = stream[p] | (stream[p + 1] << 8);
    const len = stream[p + 2] | (stream[p + 3] << 8);
    if (p + 4 + len > stream.length) throw new XlsError('record past the end');
    const data = stream.subarray(p + 4, p + 4 + len);
    if (type === CONTINUE && out.length) out[out.length - 1].rec.more.push(data);
    else out.push({ at: p, rec: { type, data, more: [] } });
    p += 4 + len;
    if (type === 0x000a) break; // EOF of this substream
  }
  return out;
}

function chars(d: Uint8Array, o: number, n: number, wide: boolean): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(wide ? u16(d, o + i * 2) : d[o + i]);
  return s;
}

/** An XLUnicodeString (cch u16 or u8, flags, characters) inside one record. */
/**
 * The header of an XLUnicodeRichExtendedString after its character count: the flags byte, then the rich-text run
 * count (fRichSt) and the phonetic data size (fExtSt) when present. `p` is where the characters start.
 */
function stringHeader(d: Uint8Array, at: number): { flags: number; runs: number; ext: number; p: number } {
  let p = at;
  const flags = d[p++];
  let runs = 0;
  let ext = 0;
  if (flags & 8) {
    runs = u16(d, p);
    p += 2;
  }
  if (flags & 4) {
    ext = u32(d, p);
    p += 4;
  }
  return { flags, runs, ext, p };
}

function unicodeString(d: Uint8Array, o: number, lengthBytes: 1 | 2): { text: string; end: number } {
  const cch = lengthBytes === 2 ? u16(d, o) : d[o];
  const { flags, runs, ext, p } = stringHeader(d, o + lengthBytes);
  const wide = (flags & 1) === 1;
  const text = chars(d, p, cch, wide);
  return { text, end: p + cch * (wide ? 2 : 1) + runs * 4 + ext };
}

/** The shared strings of the SST record, read across its CONTINUE records (a string may be split between them). */
function sharedStrings(rec: BiffRecord): string[] {
  const parts = [rec.data, ...rec.more];
  let part = 0;
  let d = parts[0];
  let p = 8;
  const count = u32(rec.data, 4);
  const out: string[] = [];
  const next = () => {
    part++;
    if (part >= parts.length) throw new XlsError('SST ends early');
    d = parts[part];
    p = 0;
  };
  for (let i = 0; i < count; i++) {
    if (p >= d.length) next();
    const cch = u16(d, p);
    const head = stringHeader(d, p + 2);
    let flags = head.flags;
    const { runs, ext } = head;
    p = head.p;
    let text = '';
    let left = cch;
    while (left > 0) {
      if (p >= d.length) {
        next();
        // a string continued in the next record starts again with its own flags byte (compressed or wide)
        flags = d[p++];
      }
      const wide = (flags & 1) === 1;
      const fit = Math.min(left, Math.floor((d.length - p) / (wide ? 2 : 1)));
      text += chars(d, p, fit, wide);
      p += fit * (wide ? 2 : 1);
      left -= fit;
      if (fit === 0 && left > 0) next();
    }
    // rich-text runs and phonetic data may cross records too
    let skip = runs * 4 + ext;
    while (skip > 0) {
      if (p >= d.length) next();
      const n = Math.min(skip, d.length - p);
      p += n;
      skip -= n;
    }
    out.push(text);
  }
  return out;
}

interface Xf {
  font: number;
  format: number;
  indent: number;
}

export function readXlsSnapshot(workbook: Uint8Array): WorkbookSnapshot {
  const globals = records(workbook, 0);
  const bof = globals[0]?.rec;
  if (!bof || bof.type !== 0x0809 || u16(bof.data, 0) !== 0x0600) throw new XlsError('not BIFF8');
  const fonts: boolean[] = [];
  const formats = new Map<number, string>();
  const xfs: Xf[] = [];
  const sheets: Array<{ name: string; pos: number; hidden: boolean; worksheet: boolean }> = [];
  let strings: string[] = [];
  let date1904 = false;
  const supBooks: boolean[] = [];
  const xti: Array<[number, number, number]> = [];
  for (const { rec } of globals) {
    const d = rec.data;
    switch (rec.type) {
      case 0x002f:
        throw new XlsError('encrypted');
      case 0x0022:
        date1904 = u16(d, 0) === 1;
        break;
      case 0x0031:
        fonts.push(u16(d, 6) >= 700);
        break;
      case 0x041e:
        formats.set(u16(d, 0), unicodeString(d, 2, 2).text);
        break;
      case 0x00e0:
        xfs.push({ font: u16(d, 0), format: u16(d, 2), indent: d[8] & 0x0f });
        break;
      case 0x0085: {
        const s = unicodeString(d, 6, 1);
        sheets.push({ name: s.text, pos: u32(d, 0), hidden: d[4] !== 0, worksheet: d[5] === 0 });
        break;
      }
      case 0x00fc:
        strings = sharedStrings(rec);
        break;
      case 0x01ae:
        // SUPBOOK: this workbook's own is four bytes, ctab then 0x0401
        supBooks.push(d.length === 4 && u16(d, 2) === 0x0401);
        break;
      case 0x0017:
        // EXTERNSHEET: cXTI (2), then each XTI: iSupBook (2), itabFirst (2), itabLast (2)
        for (let i = 0, n = u16(d, 0); i < n && 2 + i * 6 + 6 <= d.length; i++) xti.push([u16(d, 2 + i * 6), u16(d, 4 + i * 6), u16(d, 6 + i * 6)]);
        break;
    }
  }
  // a 3-D reference's sheet: one sheet of this workbook, never another book's or a range of sheets
  const sheetOf = (ixti: number) => {
    const x = xti[ixti];
    return x && supBooks[x[0]] && x[1] === x[2] ? sheets[x[1]]?.name : undefined;
  };
  // FONT index 4 is never written: indices from 4 on refer to the record before
  const boldOf = (xf: Xf | undefined) => !!xf && !!fonts[xf.font >= 4 ? xf.font - 1 : xf.font];
  const formatOf = (xf: Xf | undefined) => {
    if (!xf) return undefined;
    const f = formats.get(xf.format) ?? BUILTIN_FORMATS[xf.format];
    return f && f !== 'General' ? f : undefined;
  };
  const out: SheetSnapshot[] = [];
  for (const sh of sheets) {
    if (!sh.worksheet) {
      out.push({ name: sh.name, cells: [], merges: [], usedRange: null, ...(sh.hidden ? { hidden: true } : {}) });
      continue;
    }
    if (sh.pos >= workbook.length) throw new XlsError('sheet past the end');
    out.push(readSheet(workbook, sh, xfs, strings, boldOf, formatOf, date1904, sheetOf));
  }
  return { sheets: out };
}

function readSheet(
  workbook: Uint8Array,
  sh: { name: string; pos: number; hidden: boolean },
  xfs: Xf[],
  strings: string[],
  boldOf: (xf: Xf | undefined) => boolean,
  formatOf: (xf: Xf | undefined) => string | undefined,
  date1904: boolean,
  sheetOf: (ixti: number) => string | undefined,
): SheetSnapshot {
  const cells: Cell[] = [];
  const merges: RangeRef[] = [];
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  let pendingFormula: Cell | undefined;
  let maxRow = 0;
  let maxCol = 0;
  // shared formulas by their anchor cell (SHRFMLA, right after the anchor's FORMULA), and the cells that point to one
  const shared = new Map<string, { top: number; bottom: number; left: number; right: number; d: Uint8Array }>();
  const pending: Array<{ cell: Cell; row: number; col: number; anchor: string }> = [];
  let lastFormula: { row: number; col: number } | undefined;
  const put = (row: number, col: number, ixfe: number, value: CellValue, formula?: Uint8Array): Cell => {
    const xf = xfs[ixfe];
    const numFmt = formatOf(xf);
    let v = value;
    // a 1904 workbook's calendar dates become 1900 serials, as the .xlsx reader does
    if (date1904 && typeof v === 'number' && isCalendarFormat(numFmt)) v += DAYS_1904;
    const cell: Cell = { row: row + 1, col: col + 1, value: v };
    if (formula) {
      // FORMULA: cce (2) at 20, then the tokens
      const f = formula.length >= 22 ? formulaText(formula, 22, 22 + u16(formula, 20), { flavour: 'biff8', row, col, sheetOf }) : undefined;
      cell.formula = typeof f === 'string' ? f : FORMULA_WITHOUT_TEXT;
      if (f && typeof f !== 'string') pending.push({ cell, row, col, anchor: `${f.row},${f.col}` });
      lastFormula = { row, col };
    }
    if (numFmt) cell.numFmt = numFmt;
    if (boldOf(xf)) cell.bold = true;
    if (xf?.indent) cell.indent = xf.indent;
    cells.push(cell);
    maxRow = Math.max(maxRow, row + 1);
    maxCol = Math.max(maxCol, col + 1);
    return cell;
  };
  for (const { rec } of records(workbook, sh.pos)) {
    const d = rec.data;
    switch (rec.type) {
      case 0x00fd: // LABELSST
        put(u16(d, 0), u16(d, 2), u16(d, 4), strings[u32(d, 6)] ?? '');
        break;
      case 0x0204: // LABEL
        put(u16(d, 0), u16(d, 2), u16(d, 4), unicodeString(d, 6, 2).text);
        break;
      case 0x0203: // NUMBER
        put(u16(d, 0), u16(d, 2), u16(d, 4), f64(d, 6));
        break;
      case 0x027e: // RK
        put(u16(d, 0), u16(d, 2), u16(d, 4), rkValue(u32(d, 6)));
        break;
      case 0x00bd: {
        // MULRK: one row, consecutive columns
        const row = u16(d, 0);
        const first = u16(d, 2);
        const n = (d.length - 6) / 6;
        for (let i = 0; i < n; i++) put(row, first + i, u16(d, 4 + i * 6), rkValue(u32(d, 6 + i * 6)));
        break;
      }
      case 0x0205: // BOOLERR
        put(u16(d, 0), u16(d, 2), u16(d, 4), d[7] ? { error: ERROR_NAMES[d[6]] ?? '#VALUE!' } : d[6] === 1);
        break;
      case 0x0006: {
        // FORMULA: its cached result (a string follows in a STRING record)
        const row = u16(d, 0);
        const col = u16(d, 2);
        const ixfe = u16(d, 4);
        if (d[12] === 0xff && d[13] === 0xff) {
          const kind = d[6];
          if (kind === 0) pendingFormula = put(row, col, ixfe, '', d);
          else if (kind === 1) put(row, col, ixfe, d[8] === 1, d);
          else if (kind === 2) put(row, col, ixfe, { error: ERROR_NAMES[d[8]] ?? '#VALUE!' }, d);
          else put(row, col, ixfe, null, d);
        } else put(row, col, ixfe, f64(d, 6), d);
        break;
      }
      case 0x04bc: {
        // SHRFMLA: its range (RefU: rows 2 + 2, columns 1 + 1), reserved, cUse, then cce (2) and the tokens; it follows
        // the FORMULA of its anchor cell
        if (lastFormula && d.length >= 10) {
          shared.set(`${lastFormula.row},${lastFormula.col}`, { top: u16(d, 0), bottom: u16(d, 2), left: d[4], right: d[5], d });
        }
        break;
      }
      case 0x0207: // STRING: the result of the formula before it
        if (pendingFormula) {
          const s = unicodeString(d, 0, 2).text;
          pendingFormula.value = s === '' ? null : s;
          pendingFormula = undefined;
        }
        break;
      case 0x00e5: {
        // MERGECELLS
        const n = u16(d, 0);
        for (let i = 0; i < n && 2 + i * 8 + 8 <= d.length; i++) {
          const o = 2 + i * 8;
          merges.push({ top: u16(d, o) + 1, bottom: u16(d, o + 2) + 1, left: u16(d, o + 4) + 1, right: u16(d, o + 6) + 1 });
        }
        break;
      }
      case 0x0208: // ROW: fDyZero (bit 5 of the flags) hides it
        if (u16(d, 12) & 0x20) hiddenRows.push(u16(d, 0) + 1);
        break;
      case 0x007d: {
        // COLINFO: fHidden (bit 0 of the options)
        if (u16(d, 8) & 1) for (let c = u16(d, 0); c <= Math.min(u16(d, 2), 255); c++) hiddenCols.push(c + 1);
        break;
      }
    }
  }
  // a shared formula's cells: its tokens read from each cell's place
  for (const { cell, row, col, anchor } of pending) {
    const f = shared.get(anchor);
    if (!f || row < f.top || row > f.bottom || col < f.left || col > f.right) continue;
    const text = formulaText(f.d, 10, 10 + u16(f.d, 8), { flavour: 'biff8', row, col, sheetOf });
    if (typeof text === 'string') cell.formula = text;
  }
  const kept = cells.filter((c) => c.value !== null && c.value !== '');
  const snap: SheetSnapshot = { name: sh.name, cells: kept, merges, usedRange: maxRow ? { top: 1, left: 1, bottom: maxRow, right: maxCol } : null };
  if (sh.hidden) snap.hidden = true;
  if (hiddenCols.length) snap.hiddenCols = hiddenCols;
  if (hiddenRows.length) snap.hiddenRows = hiddenRows;
  return snap;
}

/** Whether the parts are a legacy workbook's streams (the compound file's Workbook stream). */
export function isXlsPackage(parts: Map<string, Uint8Array>): boolean {
  return parts.has('Workbook') && parts.size === 1;
}
