/**
 * An .xlsb (Excel's binary workbook, [MS-XLSB]) → snapshot reader, pure: the package's binary parts read record by
 * record once. Keeps what the engine needs, as the .xls reader does: values (numbers, RK, shared and inline strings,
 * formula results, booleans and errors), formulas (their text, rgce.ts), number formats, bold (BrtFont's weight) and indent
 * (BrtXF), merges, hidden sheets, rows and columns, the 1904 date system. So a binary workbook is checked without
 * LibreOffice, and on the checker page. A part it cannot read is refused, never guessed.
 *
 * A record ([MS-XLSB] 2.1.4): its type in one or two bytes and its size in one to four, seven bits each (the high bit
 * says another byte follows), then its data.
 */
import { RangeRef } from '../core/address';
import { CellLook, CellStore, CellValue, SheetSnapshot, sheetOfStore, WorkbookSnapshot } from '../core/snapshot';
import { BUILTIN_FORMATS, DAYS_1904, folderOf, isCalendarFormat, relationships, relsPathOf, typeIs } from './xlsx-snapshot';
import { FORMULA_WITHOUT_TEXT, formulaText } from './rgce';
import { ERROR_NAMES, f64, rkValue, u16, u32 } from './binary';

export class XlsbError extends Error {}

// record types ([MS-XLSB] 2.3): workbook, styles, shared strings, worksheet
const BRT_BUNDLE_SH = 156;
const BRT_WB_PROP = 153;
const BRT_FONT = 43;
const BRT_FMT = 44;
const BRT_XF = 47;
const BRT_BEGIN_CELL_XFS = 617;
const BRT_END_CELL_XFS = 618;
const BRT_SST_ITEM = 19;
const BRT_ROW_HDR = 0;
const BRT_BEGIN_SHEET_DATA = 145;
const BRT_END_SHEET_DATA = 146;
const BRT_COL_INFO = 60;
const BRT_MERGE_CELL = 176;
const BRT_CELL_RSTRING = 62;
const BRT_SHR_FMLA = 427;
const BRT_EXTERN_SHEET = 362;
const BRT_SHORT_RSTRING = 63;
const BRT_SUP_SELF = 357;
/** The supporting books, in the order BrtExternSheet's XTIs count them: another book, this one, the same sheet, add-ins. */
const SUP_BOOKS = new Set([355, BRT_SUP_SELF, 358, 667]);

/** About how many bytes of a sheet part one cell takes (a record of 12–20 bytes, a row header per few cells). */
const USUAL_CELL_BYTES = 16;

interface Xf {
  font: number;
  format: number;
  indent: number;
}

const UTF16 = new TextDecoder('utf-16le');

/** XLWideString ([MS-XLSB] 2.5.168): a count of UTF-16 code units, then the units; undefined past the data's end. */
function wideString(d: Uint8Array, o: number): { text: string; end: number } | undefined {
  if (o + 4 > d.length) return undefined;
  const n = u32(d, o);
  // XLNullableWideString's null (0xFFFFFFFF) reads as no text
  if (n === 0xffffffff) return { text: '', end: o + 4 };
  const end = o + 4 + n * 2;
  if (end > d.length) return undefined;
  return { text: n === 0 ? '' : UTF16.decode(d.subarray(o + 4, end)), end };
}

/**
 * Calls `each` with every record of a part (type, data start, data end), in order. A record that runs past the part's
 * end is a damaged part.
 */
function eachRecord(d: Uint8Array, each: (type: number, start: number, end: number) => void): void {
  let p = 0;
  while (p < d.length) {
    let type = d[p++];
    if (type & 0x80) {
      if (p >= d.length) throw new XlsbError('record type cut short');
      type = (type & 0x7f) | ((d[p++] & 0x7f) << 7);
    }
    let size = 0;
    for (let i = 0; i < 4; i++) {
      if (p >= d.length) throw new XlsbError('record size cut short');
      const b = d[p++];
      size |= (b & 0x7f) << (7 * i);
      if (!(b & 0x80)) break;
    }
    const end = p + size;
    if (end > d.length) throw new XlsbError(`record ${type} past the end`);
    each(type, p, end);
    p = end;
  }
}

/** Whether the parts are a binary workbook's (xl/workbook.bin, or whatever the package's root relationship names). */
export function isXlsbPackage(parts: Map<string, Uint8Array>): boolean {
  for (const name of parts.keys()) if (/(^|\/)workbook\.bin$/i.test(name)) return true;
  return false;
}

export function readXlsbSnapshot(parts: Map<string, Uint8Array>): WorkbookSnapshot {
  const byName = new Map<string, Uint8Array>();
  for (const [name, bytes] of parts) byName.set(name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), bytes);
  const part = (name: string | undefined) => (name === undefined ? undefined : byName.get(name.toLowerCase()));
  const text = (name: string) => {
    const b = part(name);
    return b ? new TextDecoder('utf-8').decode(b) : undefined;
  };

  const root = relationships(text('_rels/.rels'), '');
  const workbookPath =
    root.find((r) => typeIs(r, 'officeDocument') && /\.bin$/i.test(r.target))?.target ?? [...byName.keys()].find((n) => /(^|\/)workbook\.bin$/.test(n));
  const workbook = part(workbookPath);
  if (!workbook || !workbookPath) throw new XlsbError('no workbook part');
  const rels = relationships(text(relsPathOf(workbookPath)), folderOf(workbookPath));
  const byId = new Map(rels.map((r) => [r.id, r]));

  // the workbook part: its sheets (state, relationship, name) and the 1904 date system
  const sheets: Array<{ name: string; hidden: boolean; rel?: { type: string; target: string } }> = [];
  let date1904 = false;
  const supBooks: number[] = [];
  const xti: Array<[number, number, number]> = [];
  eachRecord(workbook, (type, s, e) => {
    const d = workbook.subarray(s, e);
    if (type === BRT_BUNDLE_SH) {
      // hsState (4), iTabID (4), strRelID (XLNullableWideString), strName (XLWideString), the name ending the record;
      // Excel 2007 wrote 4 more bytes before the relationship's id
      for (const at of [8, 12]) {
        const relId = wideString(d, at);
        const name = relId && wideString(d, relId.end);
        if (!relId || !name || name.end !== d.length) continue;
        sheets.push({ name: name.text || `Sheet${sheets.length + 1}`, hidden: u32(d, 0) !== 0, rel: byId.get(relId.text) });
        return;
      }
      throw new XlsbError('BrtBundleSh');
    } else if (type === BRT_WB_PROP && d.length >= 4) date1904 = (d[0] & 1) === 1;
    else if (SUP_BOOKS.has(type)) supBooks.push(type);
    else if (type === BRT_EXTERN_SHEET && d.length >= 4) {
      // cXti (4), then each XTI: iSupBook (4), itabFirst (4), itabLast (4)
      for (let i = 0, n = u32(d, 0); i < n && 4 + i * 12 + 12 <= d.length; i++) {
        const o = 4 + i * 12;
        xti.push([u32(d, o), u32(d, o + 4) | 0, u32(d, o + 8) | 0]);
      }
    }
  });
  // a 3-D reference's sheet: one sheet of this workbook (BrtSupSelf), never another book's or a range of sheets
  const sheetOf = (ixti: number) => {
    const x = xti[ixti];
    if (!x || supBooks[x[0]] !== BRT_SUP_SELF || x[1] !== x[2] || x[1] < 0) return undefined;
    return sheets[x[1]]?.name;
  };

  const strings = readStrings(part(rels.find((r) => typeIs(r, 'sharedStrings'))?.target));
  const styles = readStyles(part(rels.find((r) => typeIs(r, 'styles'))?.target));

  const out: SheetSnapshot[] = [];
  for (const sh of sheets) {
    const data = sh.rel && typeIs(sh.rel, 'worksheet') ? part(sh.rel.target) : undefined;
    // chart, dialog and macro sheets hold no cells to check: listed empty, as the other readers do
    if (!data) {
      out.push({ name: sh.name, cells: [], merges: [], usedRange: null, ...(sh.hidden ? { hidden: true } : {}) });
      continue;
    }
    out.push(readSheet(data, sh.name, sh.hidden, strings, styles, date1904, sheetOf));
  }
  if (out.length === 0) throw new XlsbError('no sheets');
  return { sheets: out };
}

/** sharedStrings.bin: each BrtSSTItem's RichStr ([MS-XLSB] 2.5.121), its text only (runs and phonetics skipped). */
function readStrings(d: Uint8Array | undefined): string[] {
  const out: string[] = [];
  if (!d) return out;
  eachRecord(d, (type, s, e) => {
    if (type !== BRT_SST_ITEM) return;
    const w = wideString(d.subarray(s, e), 1);
    if (!w) throw new XlsbError('BrtSSTItem');
    out.push(w.text);
  });
  return out;
}

interface Styles {
  xfs: Xf[];
  bold: boolean[];
  formats: Map<number, string>;
  /** Each cell XF's look (undefined: none), by the XF's index. */
  looks: Array<CellLook | undefined>;
}

/** styles.bin: number formats (BrtFmt), fonts' weight (BrtFont), and the cell XFs (BrtXF between BrtBeginCellXFs and its end). */
function readStyles(d: Uint8Array | undefined): Styles {
  const styles: Styles = { xfs: [], bold: [], formats: new Map(), looks: [] };
  if (!d) return styles;
  let inCellXfs = false;
  eachRecord(d, (type, s, e) => {
    const r = d.subarray(s, e);
    if (type === BRT_BEGIN_CELL_XFS) inCellXfs = true;
    else if (type === BRT_END_CELL_XFS) inCellXfs = false;
    else if (type === BRT_FONT && r.length >= 6) styles.bold.push(u16(r, 4) >= 700);
    else if (type === BRT_FMT && r.length >= 6) {
      const code = wideString(r, 2);
      if (code) styles.formats.set(u16(r, 0), code.text);
    } else if (type === BRT_XF && inCellXfs && r.length >= 12) styles.xfs.push({ font: u16(r, 4), format: u16(r, 2), indent: r[11] });
  });
  styles.looks = styles.xfs.map((xf) => {
    const code = styles.formats.get(xf.format) ?? BUILTIN_FORMATS[xf.format];
    const look: CellLook = {};
    if (code && code !== 'General') look.numFmt = code;
    if (styles.bold[xf.font]) look.bold = true;
    if (xf.indent) look.indent = xf.indent;
    return look.numFmt !== undefined || look.bold || look.indent ? look : undefined;
  });
  return styles;
}

function readSheet(
  d: Uint8Array,
  name: string,
  hidden: boolean,
  strings: string[],
  styles: Styles,
  date1904: boolean,
  sheetOf: (ixti: number) => string | undefined,
): SheetSnapshot {
  // (the cells as column arrays, the xlsx reader's store: no object per cell)
  const store = new CellStore(styles.looks, Math.ceil(d.length / USUAL_CELL_BYTES));
  const merges: RangeRef[] = [];
  const hiddenRows: number[] = [];
  const hiddenColRanges: Array<[number, number]> = [];
  let row = -1;
  let lastCol = -1;
  let maxRow = 0;
  let maxCol = 0;
  // a row or column past Excel's sheet (1 048 576 × 16 384) is a damaged part, never a sheet to allocate for
  const rowOf = (r: number) => {
    if (r > 1048575) throw new XlsbError('row past the sheet');
    return r;
  };
  const colOf = (c: number) => {
    if (c > 16383) throw new XlsbError('column past the sheet');
    return c;
  };
  // shared formulas by their first row (BrtShrFmla: its range, then its tokens), and the cells that point to one
  const shared = new Map<number, Array<{ top: number; bottom: number; left: number; right: number; r: Uint8Array }>>();
  const pending: Array<[number, number, number, number]> = [];
  /** A formula's text from its CellParsedFormula at r[at] (cce (4), then the tokens), '(rumus)' where it has none. */
  const formulaAt = (r: Uint8Array, at: number, row: number, col: number): string => {
    const f = at + 4 <= r.length ? formulaText(r, at + 4, at + 4 + u32(r, at), { flavour: 'biff12', row, col, sheetOf }) : undefined;
    if (typeof f === 'string') return f;
    // (a shared formula's cell: its text once the sheet's shared formulas are read)
    if (f) pending.push([store.count, row, col, f.row]);
    return FORMULA_WITHOUT_TEXT;
  };
  const put = (col: number, xfIndex: number, value: CellValue, formula?: Uint8Array, formulaStart = 0) => {
    lastCol = col;
    if (row < 0) throw new XlsbError('a cell before its row');
    maxRow = Math.max(maxRow, row + 1);
    maxCol = Math.max(maxCol, col + 1);
    if (value === null || value === '') return;
    const look = styles.looks[xfIndex];
    let v = value;
    // a 1904 workbook's calendar dates become 1900 serials, as the other readers do
    if (date1904 && typeof v === 'number' && isCalendarFormat(look?.numFmt)) v += DAYS_1904;
    store.push(row + 1, col + 1, v, formula ? formulaAt(formula, formulaStart, row, col) : undefined, look ? xfIndex : -1);
  };
  // cells and rows only between BrtBeginSheetData and its end (a record of the same number elsewhere is another thing)
  let inData = false;
  eachRecord(d, (type, s, e) => {
    if (type === BRT_BEGIN_SHEET_DATA || type === BRT_END_SHEET_DATA) {
      inData = type === BRT_BEGIN_SHEET_DATA;
      return;
    }
    const r = d.subarray(s, e);
    if (!inData) {
      if (type === BRT_COL_INFO) {
        // colFirst (4), colLast (4), coldx (4), ixfe (4), flags (2): fHidden is bit 0
        if (r.length >= 18 && r[16] & 1) hiddenColRanges.push([colOf(u32(r, 0)), colOf(u32(r, 4))]);
      } else if (type === BRT_MERGE_CELL && r.length >= 16) {
        merges.push({ top: rowOf(u32(r, 0)) + 1, bottom: rowOf(u32(r, 4)) + 1, left: colOf(u32(r, 8)) + 1, right: colOf(u32(r, 12)) + 1 });
      }
      return;
    }
    if (type === BRT_ROW_HDR) {
      // rw (4), ixfe (4), miyRw (2), a byte of padding flags, then fDyZero (0x10) among the next byte's flags
      if (r.length < 12) throw new XlsbError('BrtRowHdr');
      row = rowOf(u32(r, 0));
      lastCol = -1;
      if (r[11] & 0x10) hiddenRows.push(row + 1);
      return;
    }
    if (type === BRT_SHR_FMLA) {
      // RfX (16), then the CellParsedFormula its cells share
      if (r.length >= 20) {
        const f = { top: u32(r, 0), bottom: u32(r, 4), left: u32(r, 8), right: u32(r, 12), r };
        const starting = shared.get(f.top);
        if (starting) starting.push(f);
        else shared.set(f.top, [f]);
      }
      return;
    }
    // cells ([MS-XLSB] 2.5.9 Cell): column (4), style (3), flags (1), then the value; the short forms (types 12–18,
    // 63) leave the column out: the one after the row's last cell
    const short = (type >= 12 && type <= 18) || type === BRT_SHORT_RSTRING;
    if (!short && !((type >= 1 && type <= 11) || type === BRT_CELL_RSTRING)) return;
    const head = short ? 4 : 8;
    if (r.length < head) throw new XlsbError(`cell record ${type}`);
    const at = colOf(short ? lastCol + 1 : u32(r, 0));
    const xf = r[head - 4] | (r[head - 3] << 8) | (r[head - 2] << 16);
    const need = (n: number) => {
      if (r.length < head + n) throw new XlsbError(`cell record ${type}`);
    };
    // (the long record's number: a short one's is 11 more, the short rich text's one more)
    const kind = type === BRT_SHORT_RSTRING ? BRT_CELL_RSTRING : short ? type - 11 : type;
    switch (kind) {
      case 1: // blank
        put(at, xf, null);
        break;
      case 2: // RK
        need(4);
        put(at, xf, rkValue(u32(r, head)));
        break;
      case 3: // error
        need(1);
        put(at, xf, { error: ERROR_NAMES[r[head]] ?? '#VALUE!' });
        break;
      case 4: // boolean
        need(1);
        put(at, xf, r[head] !== 0);
        break;
      case 5: // double
        need(8);
        put(at, xf, f64(r, head));
        break;
      case 6: {
        // inline string
        const w = wideString(r, head);
        if (!w) throw new XlsbError(`cell record ${type}`);
        put(at, xf, w.text);
        break;
      }
      case 7: // shared string
        need(4);
        put(at, xf, strings[u32(r, head)] ?? '');
        break;
      case 8: {
        // formula, its string result, then the formula's flags (2) and tokens
        const w = wideString(r, head);
        if (!w) throw new XlsbError(`cell record ${type}`);
        put(at, xf, w.text, r, w.end + 2);
        break;
      }
      case 9: // formula, its number result
        need(8);
        put(at, xf, f64(r, head), r, head + 10);
        break;
      case 10: // formula, its boolean result
        need(1);
        put(at, xf, r[head] !== 0, r, head + 3);
        break;
      case 11: // formula, its error result
        need(1);
        put(at, xf, { error: ERROR_NAMES[r[head]] ?? '#VALUE!' }, r, head + 3);
        break;
      case BRT_CELL_RSTRING: {
        // rich text: a flags byte, then the text (its runs not read)
        const w = wideString(r, head + 1);
        if (!w) throw new XlsbError(`cell record ${type}`);
        put(at, xf, w.text);
        break;
      }
    }
  });
  // a shared formula's cells: its tokens read from each cell's place (the anchor row PtgExp named, the range holding it)
  for (const [i, row, col, anchor] of pending) {
    const f = shared.get(anchor)?.find((x) => x.bottom >= row && x.left <= col && x.right >= col);
    const text = f && formulaText(f.r, 20, 20 + u32(f.r, 16), { flavour: 'biff12', row, col, sheetOf });
    if (typeof text === 'string') store.formulas?.set(i, text);
  }
  const snap = sheetOfStore({ name, merges, usedRange: maxRow ? { top: 1, left: 1, bottom: maxRow, right: maxCol } : null }, store.finish());
  if (hidden) snap.hidden = true;
  // each hidden column once, however many records name it (the ranges in order, each from past the last one marked)
  const hiddenCols: number[] = [];
  let marked = -1;
  for (const [first, last] of hiddenColRanges.sort((a, b) => a[0] - b[0])) {
    for (let c = Math.max(first, marked + 1); c <= last; c++) hiddenCols.push(c + 1);
    marked = Math.max(marked, last);
  }
  if (hiddenCols.length) snap.hiddenCols = hiddenCols;
  if (hiddenRows.length) snap.hiddenRows = hiddenRows;
  return snap;
}
