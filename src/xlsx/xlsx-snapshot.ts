/**
 * A lean .xlsx → snapshot reader. The engine needs values, formulas (presence), number formats, bold, indent,
 * merges and sheet visibility — not exceljs's full object model — so this reads exactly those from the XML the
 * container check has already inflated (in bounded memory). exceljs stays for writing checked copies; the tests
 * compare both readers on every fixture workbook.
 */
import { recalculate } from '../core/recalc';
import { parseRange, RangeRef } from '../core/address';
import { movedFormula } from './shared-formula';
import { CellLook, CellStore, CellValue, ListObject, SheetSnapshot, sheetOfStore, someFormula, WorkbookSnapshot } from '../core/snapshot';
import { InputError, MSG_NOT_WORKBOOK } from './container';
import { formatIsDate } from '../core/figures';
import { prepareXml } from './xml-check';
import { Ch, isSpace } from './chars';

/** Excel's built-in number formats (the same table exceljs uses). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

/**
 * A copy of a string cut from a part's XML that no longer holds on to the whole part: V8 keeps a substring of 13
 * characters or more as a view into its parent, so one cell's label would keep a 60 MB sheet alive after reading.
 * Joining forces a flat string of its own (ECMAScript has no explicit copy; this is the engine-neutral way).
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Text of <t> elements, phonetic runs (<rPh>) left out. */
function textOf(xml: string): string {
  const noPh = xml.indexOf('<rPh') >= 0 || xml.indexOf(':rPh') >= 0 ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t\s*\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(noPh))) out += m[1] ?? '';
  return decodeXml(out);
}

interface SharedString {
  text: string;
  /** Rich text whose every visible run is bold. */
  bold: boolean;
}

function readSharedStrings(xml: string | undefined): SharedString[] {
  if (!xml) return [];
  const out: SharedString[] = [];
  const re = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const si = m[1] ?? '';
    let bold = false;
    if (si.indexOf('<r>') >= 0 || /<(\w+:)?r>/.test(si)) {
      const runs = si.match(/<(?:\w+:)?r>[\s\S]*?<\/(?:\w+:)?r>/g) ?? [];
      const visible = runs.filter((r) => textOf(r).trim() !== '');
      // text outside the runs (a plain <t> beside them) is not bold
      const outside = textOf(si.replace(/<(?:\w+:)?r>[\s\S]*?<\/(?:\w+:)?r>/g, '')).trim() !== '';
      bold = !outside && visible.length > 0 && visible.every((r) => /<(?:\w+:)?b(\s+val="(1|true)")?\s*\/>/.test(r));
    }
    out.push({ text: detach(textOf(si)), bold });
  }
  return out;
}

interface CellStyle {
  numFmt?: string;
  bold: boolean;
  indent: number;
}

function readStyles(xml: string | undefined): CellStyle[] {
  if (!xml) return [];
  const formats = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (code !== undefined) formats.set(id, code);
  }
  const fontsXml = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(xml)?.[1] ?? '';
  const fontBold = [...fontsXml.matchAll(/<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/g)].map((f) =>
    /<(?:\w+:)?b(\s+val="(1|true)")?\s*\/>/.test(f[1] ?? ''),
  );
  const xfsXml = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: CellStyle[] = [];
  for (const x of xfsXml.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?xf>)/g)) {
    const head = ` ${x[1]}`;
    const numFmtId = Number(attr(head, 'numFmtId') ?? 0);
    const fontId = Number(attr(head, 'fontId') ?? 0);
    const align = /<(?:\w+:)?alignment\b[^>]*>/.exec(x[2] ?? '')?.[0];
    const indent = align ? Number(attr(align, 'indent') ?? 0) : 0;
    const code = formats.get(numFmtId) ?? BUILTIN_FORMATS[numFmtId];
    styles.push({ numFmt: code && code !== 'General' ? code : undefined, bold: !!fontBold[fontId], indent });
  }
  return styles;
}

/** A date format that names a calendar day (d, y or a month name): a 1904 serial shifts; a duration ([h]:mm) does not. */
export function isCalendarFormat(numFmt: string | undefined): boolean {
  if (!numFmt || !formatIsDate(numFmt)) return false;
  const bare = numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  return /[dy]|mmm/.test(bare);
}

/** An ISO 8601 date or date-time as an Excel serial (1900 system), in no time zone. */
export function isoSerial(raw: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(raw.trim());
  if (m) {
    const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Math.round(Number(m[6] ?? 0) * 1000);
    return (ms - Date.UTC(1899, 11, 30)) / 86400000;
  }
  const t = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(raw.trim());
  if (t) return (+t[1] * 3600 + +t[2] * 60 + Number(t[3] ?? 0)) / 86400;
  return null;
}

/** Excel's last column (XFD). */
const MAX_COLUMNS = 16384;

/** After an element name: whitespace, ">" or "/" (so "<c " is a cell and "<cols" is not). */
const endsName = (xml: string, at: number) => {
  const c = xml.charCodeAt(at);
  return c === Ch.Gt || c === Ch.Slash || isSpace(c);
};

/**
 * The raw value of an attribute inside a start tag xml[from, to), without a RegExp or a copy of the tag: the text
 * reaching here is canonical (double quotes, no prefixes), so `name="` preceded by whitespace is the attribute.
 */
function rawAttr(xml: string, from: number, to: number, name: string): string | undefined {
  // scanned within the tag only: an indexOf over the rest of the part for an absent attribute would be quadratic
  const len = name.length;
  const first = name.charCodeAt(0);
  for (let i = from + 1; i + len + 1 < to; i++) {
    if (xml.charCodeAt(i) !== first || !isSpace(xml.charCodeAt(i - 1)) || xml.charCodeAt(i + len) !== 61 || xml.charCodeAt(i + len + 1) !== Ch.Quote) continue;
    if (len > 1 && !xml.startsWith(name, i)) continue;
    const q = xml.indexOf('"', i + len + 2);
    return q < 0 || q > to ? undefined : xml.slice(i + len + 2, q);
  }
  return undefined;
}

/** The text of the first <name>…</name> in a cell's body, '' when self-closing, undefined when absent. */
function childText(body: string, name: string): string | undefined {
  const open = `<${name}`;
  for (let i = body.indexOf(open); i >= 0; i = body.indexOf(open, i + 1)) {
    const after = i + open.length;
    if (!endsName(body, after)) continue;
    const gt = body.indexOf('>', after);
    if (gt < 0) return undefined;
    if (body.charCodeAt(gt - 1) === Ch.Slash) return '';
    const close = body.indexOf(`</${name}>`, gt);
    return close < 0 ? undefined : body.slice(gt + 1, close);
  }
  return undefined;
}

/** Where a cell body's <f> element opens ('<f t="shared" si="0"/>', '<f>SUM(…)</f>'), −1 without one. */
function formulaStart(body: string): number {
  for (let i = body.indexOf('<f'); i >= 0; i = body.indexOf('<f', i + 2)) if (endsName(body, i + 2)) return i;
  return -1;
}

/**
 * A cell body of plain child elements, each holding only text (<f>SUM(C4:C9)</f><v>12</v>, <f t="shared" si="0"/>):
 * checked in place. False means "not this simple", and the body gets the full check.
 */
function flatBody(xml: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    if (xml.charCodeAt(i) !== Ch.Lt) return false;
    let j = i + 1;
    for (let c = xml.charCodeAt(j); (c >= 97 && c <= 122) || (c >= 65 && c <= 90); c = xml.charCodeAt(++j));
    const nameLength = j - i - 1;
    const gt = xml.indexOf('>', j);
    if (nameLength === 0 || gt < 0 || gt >= to || !plainTag(xml, j, gt)) return false;
    const lt = xml.indexOf('<', j);
    if (lt < gt) return false;
    if (xml.charCodeAt(gt - 1) === Ch.Slash) {
      i = gt + 1;
      continue;
    }
    // text up to the element's own end tag, nothing else
    if (lt >= to || xml.charCodeAt(lt + 1) !== Ch.Slash || !xml.startsWith(xml.slice(i + 1, j), lt + 2) || xml.charCodeAt(lt + 2 + nameLength) !== Ch.Gt)
      return false;
    i = lt + 3 + nameLength;
  }
  return true;
}

/** Powers of ten a double holds exactly (10^22 is the last). */
const EXACT_TENS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The number xml[from, to) writes as digits with an optional minus and one decimal point ("17370636722",
 * "0.8140705184178461", "-12.5"), read from the char codes; undefined for anything else (an exponent, a plus, spaces,
 * more digits than a double holds), which Number reads. The same double as Number gives: the digits as a whole number
 * below 2^53 and a power of ten up to 10^22 are both exact, and one division of exact doubles is correctly rounded
 * (Clinger's fast path, as engines' own string-to-number conversion takes it).
 */
function plainDecimal(xml: string, from: number, to: number): number | undefined {
  let k = from;
  const negative = xml.charCodeAt(k) === Ch.Minus;
  if (negative) k++;
  let whole = 0;
  let digits = 0;
  let point = -1;
  for (; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0) point = k;
    else return undefined;
  }
  // (every step exact while the whole stays below 2^53; a rounded one lands at 2^53 or above and is refused)
  if (digits === 0 || !(whole < 9007199254740992)) return undefined;
  const decimals = point < 0 ? 0 : to - point - 1;
  if (decimals > 22) return undefined;
  const n = decimals === 0 ? whole : whole / EXACT_TENS[decimals];
  return negative ? -n : n;
}

/** A stored number as the snapshot keeps it: a date of a 1904 workbook moved to the 1900 count. */
const storedNumber = (n: number, numFmt: string | undefined, date1904: boolean): number => (date1904 && isCalendarFormat(numFmt) ? n + DAYS_1904 : n);

/**
 * Whether a start tag's attributes xml[from, to) are written as Excel writes them: name="value" pairs in double
 * quotes set off by spaces, a "/" only at the end. Anything else — single quotes, a ">" inside a value, stray
 * characters — is left to the full check. Read by readCellTag (so `tag` is overwritten: ask only once its cell's
 * fields have been taken).
 */
function plainTag(xml: string, from: number, to: number): boolean {
  readCellTag(xml, from, to);
  return tag.plain;
}

/** What a cell's start tag says, filled in place by readCellTag (one object for the whole sheet, no garbage). */
const tag = { row: 0, col: 0, type: undefined as string | undefined, style: -1, plain: true };

/** `tag` as for a tag that says nothing: no reference, type or style, plain. */
function clearTag(): void {
  tag.row = 0;
  tag.col = 0;
  tag.type = undefined;
  tag.style = -1;
  tag.plain = true;
}

/**
 * A cell's start tag as Excel and the libraries write almost every one — ` r="B12"`, ` s="3"`, ` t="s"` in any order,
 * one space before each, an optional "/" at the end — read straight into `tag` (plain). False for anything else (another
 * attribute, other spacing, a reference or style that is not letters and digits), which readCellTag reads in full;
 * `tag` may then hold part of this tag and is written again.
 */
function readUsualCellTag(xml: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    if (xml.charCodeAt(i) !== Ch.Space) return i === to - 1 && xml.charCodeAt(i) === Ch.Slash;
    const name = xml.charCodeAt(i + 1);
    if (xml.charCodeAt(i + 2) !== 61 || xml.charCodeAt(i + 3) !== Ch.Quote) return false;
    let k = i + 4;
    if (name === Ch.LowerR) {
      let col = 0;
      for (let d = xml.charCodeAt(k); d >= 65 && d <= 90; d = xml.charCodeAt(++k)) col = col * 26 + (d - 64);
      const digits = k;
      let row = 0;
      for (let d = xml.charCodeAt(k); d >= 48 && d <= 57; d = xml.charCodeAt(++k)) row = row * 10 + (d - 48);
      if (col === 0 || k === digits || xml.charCodeAt(k) !== Ch.Quote) return false;
      tag.col = col;
      tag.row = row;
    } else if (name === 115 /* s */) {
      let n = 0;
      const digits = k;
      for (let d = xml.charCodeAt(k); d >= 48 && d <= 57; d = xml.charCodeAt(++k)) n = n * 10 + (d - 48);
      if (k === digits || xml.charCodeAt(k) !== Ch.Quote) return false;
      tag.style = n;
    } else if (name === 116 /* t */) {
      for (let d = xml.charCodeAt(k); (d >= 97 && d <= 122) || (d >= 65 && d <= 90); d = xml.charCodeAt(++k));
      if (xml.charCodeAt(k) !== Ch.Quote) return false;
      tag.type = cellType(xml, i + 4, k);
    } else return false;
    // (the closing quote inside the tag, and then a space, the "/" or the tag's end)
    if (k >= to) return false;
    i = k + 1;
  }
  return true;
}

/**
 * Reads a cell's start tag xml[from, to) in one pass by char codes: r (as column and row numbers, no string made),
 * t and s; col is 0 when r is absent or not a cell reference. `plain` says whether the attributes are written as
 * plainTag wants them, found in the same pass. True where the tag was the usual one (readUsualCellTag): nothing in it
 * but names, letters, digits, quotes and spaces.
 */
function readCellTag(xml: string, from: number, to: number): boolean {
  clearTag();
  if (readUsualCellTag(xml, from, to)) return true;
  // (the usual reading may have filled part of it before giving up)
  clearTag();
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === Ch.Slash && i !== to - 1) tag.plain = false;
    const nameStart = i;
    while (i < to && (c = xml.charCodeAt(i)) !== 61 && !isSpace(c) && c !== Ch.Slash && c !== Ch.Gt) {
      if (c === Ch.Quote || c === 39 || c === Ch.Lt) tag.plain = false;
      i++;
    }
    const nameLen = i - nameStart;
    // plain: name="value", nothing between
    if (nameLen === 0 ? c !== Ch.Slash : c !== 61 || xml.charCodeAt(i + 1) !== Ch.Quote) tag.plain = false;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      i++;
      continue;
    }
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== Ch.Quote) continue;
    const valueStart = i + 1;
    const q = xml.indexOf('"', valueStart);
    if (q < 0 || q > to) {
      tag.plain = false;
      return false;
    }
    i = q + 1;
    if (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== Ch.Slash) tag.plain = false;
    if (nameLen !== 1) continue;
    const name = xml.charCodeAt(nameStart);
    if (name === Ch.LowerR) {
      let col = 0;
      let k = valueStart;
      for (; k < q; k++) {
        const d = xml.charCodeAt(k);
        if (d < 65 || d > 90) break;
        col = col * 26 + (d - 64);
      }
      let row = 0;
      const digits = k;
      for (; k < q; k++) {
        const d = xml.charCodeAt(k);
        if (d < 48 || d > 57) break;
        row = row * 10 + (d - 48);
      }
      if (col > 0 && k === q && k > digits) {
        tag.col = col;
        tag.row = row;
      }
    } else if (name === 116 /* t */) tag.type = cellType(xml, valueStart, q);
    else if (name === 115 /* s */) {
      let n = q > valueStart ? 0 : -1;
      for (let k = valueStart; k < q && n >= 0; k++) {
        const d = xml.charCodeAt(k);
        n = d >= 48 && d <= 57 ? n * 10 + (d - 48) : -1;
      }
      tag.style = n;
    }
  }
  return false;
}

/** A cell's types (ECMA-376 Part 1 §18.18.11 ST_CellType), each one string for every cell of the type. */
const CELL_TYPES = ['s', 'n', 'b', 'e', 'd', 'str', 'inlineStr'];

/** The t attribute's value: one of CELL_TYPES without making a string per cell, else as written. */
function cellType(xml: string, from: number, to: number): string {
  for (const t of CELL_TYPES) if (t.length === to - from && xml.startsWith(t, from)) return t;
  return xml.slice(from, to);
}

/** The text of an inline string (<is>): one plain <t> read directly, rich runs and phonetics by textOf. */
function inlineText(body: string): string {
  const t = body.indexOf('<t');
  if (t >= 0 && body.indexOf('<r>') < 0 && body.indexOf('<rPh') < 0 && body.indexOf('<t', t + 2) < 0) {
    const gt = body.indexOf('>', t);
    if (body.charCodeAt(gt - 1) === Ch.Slash) return '';
    const close = body.indexOf('</t>', gt);
    if (endsName(body, t + 2) && close > gt) return decodeXml(body.slice(gt + 1, close));
  }
  return textOf(body);
}

/**
 * The text of a cell body xml[from, to) that is exactly <is><t>text</t></is> (or <t xml:space="preserve">), the text
 * without markup, decoded and detached; undefined for any other body (rich runs, phonetics, a formula), which the
 * general reading takes. Such a body is well-formed as it stands: the fused check has nothing more to look at.
 */
function plainInlineText(xml: string, from: number, to: number): string | undefined {
  if (!xml.startsWith('<is><t', from)) return undefined;
  let open = from + 6;
  if (xml.charCodeAt(open) === Ch.Gt) open++;
  else if (xml.startsWith(' xml:space="preserve">', open)) open += 22;
  else return undefined;
  const close = to - 9;
  if (close < open || xml.indexOf('<', open) !== close || !xml.startsWith('</t></is>', close)) return undefined;
  return plainXmlText(xml.slice(open, close));
}

/** Text with no markup in it, its entities decoded (only where it has one), detached from the sheet's string. */
function plainXmlText(raw: string): string {
  return detach(raw.indexOf('&') >= 0 ? decodeXml(raw) : raw);
}

/** About how many characters of a worksheet part a cell takes (the reader's first guess at a sheet's cell count). */
const USUAL_CELL_CHARS = 40;

/**
 * The looks of a workbook's cells for its CellStores: its styles by their index, then, made on first use, each style
 * with bold on (a shared string written bold in a cell of a plain style).
 */
class StyleLooks {
  readonly table: Array<CellLook | undefined>;
  private readonly boldIds = new Map<number, number>();
  constructor(private readonly styles: CellStyle[]) {
    this.table = [...styles];
  }
  /** The look id of a cell of style s, bold or not. */
  idOf(s: number, bold: boolean): number {
    const style = this.styles[s];
    if (!bold || style?.bold) return s;
    let id = this.boldIds.get(s);
    if (id === undefined) {
      id = this.table.length;
      this.table.push(style ? { numFmt: style.numFmt, bold: true, indent: style.indent } : { bold: true });
      this.boldIds.set(s, id);
    }
    return id;
  }
}

/**
 * One pass over sheetData with indexOf and char codes: no RegExp per cell or row, each cell's tag and body read in
 * place, each non-empty cell added to the sheet's CellStore (no object per cell).
 */
function readSheet(
  name: string,
  hidden: boolean,
  xml: string,
  strings: SharedString[],
  styles: CellStyle[],
  looks: StyleLooks,
  date1904: boolean,
  verify: boolean,
): SheetSnapshot | undefined {
  const hiddenRows: number[] = [];
  const dataStart = xml.search(/<sheetData\b/);
  // the end searched from the part's end (one sheetData per sheet; markup in text is escaped): no scan of the rows
  const dataEnd = dataStart >= 0 ? xml.lastIndexOf('</sheetData>') : -1;
  const end = dataEnd >= 0 ? dataEnd : xml.length;
  // room for the cells the rows' text holds at the usual length of a cell (<c r="D1204" s="5"><v>1250000</v></c>)
  const store = new CellStore(looks.table, Math.ceil((end - Math.max(0, dataStart)) / USUAL_CELL_CHARS));
  // each shared formula's first cell (by its si) and text, for the other cells of its group
  const sharedFormulas = new Map<string, { row: number; col: number; text: string }>();
  let row = 0;
  let col = 0;
  let pos = dataStart >= 0 ? dataStart : 0;
  // verify: the rows are checked as they are read (see readSnapshotFromParts); any doubt gives undefined
  let inRow = false;
  if (verify) {
    const open = xml.indexOf('>', dataStart);
    if (dataStart < 0 || dataEnd < 0 || open < 0 || open > dataEnd || xml.charCodeAt(open - 1) === Ch.Slash) return undefined;
    const inside = xml.indexOf('<', dataStart + 1);
    if (inside >= 0 && inside < open) return undefined;
    const outside = xml.slice(0, open + 1) + xml.slice(dataEnd);
    if (prepareXml(outside).xml !== outside) return undefined;
    pos = open + 1;
  }
  while (pos < end) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= end) break;
    const first = xml.charCodeAt(lt + 1);
    if (first === Ch.LowerR && xml.startsWith('row', lt + 1) && endsName(xml, lt + 4)) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) break;
      if (verify) {
        // (the tag ends before the next "<")
        if (inRow || gt > xml.indexOf('<', lt + 1) || !plainTag(xml, lt + 4, gt)) return undefined;
        inRow = xml.charCodeAt(gt - 1) !== Ch.Slash;
      }
      const r = rawAttr(xml, lt, gt, 'r');
      row = r !== undefined ? Number(r) : row + 1;
      col = 0;
      const h = rawAttr(xml, lt, gt, 'hidden');
      if (h === '1' || h === 'true') hiddenRows.push(row);
      pos = gt + 1;
      continue;
    }
    if (first !== Ch.LowerC || !endsName(xml, lt + 2)) {
      if (verify) {
        // only </row> may stand between cells
        if (!inRow || !xml.startsWith('/row', lt + 1)) return undefined;
        let k = lt + 5;
        while (isSpace(xml.charCodeAt(k))) k++;
        if (xml.charCodeAt(k) !== Ch.Gt) return undefined;
        inRow = false;
        pos = k + 1;
        continue;
      }
      pos = lt + 1;
      continue;
    }
    // a cell: its start tag, then (unless self-closing) its body up to </c>
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const selfClosing = xml.charCodeAt(gt - 1) === Ch.Slash;
    let bodyEnd = gt;
    // the usual body, a value and nothing else (<v>123</v>): found with the value's end, where its text ends at the
    // first "<" (a number, a shared string's index or a text result, read in place below)
    let valueEnd = -1;
    if (!selfClosing) {
      if (xml.charCodeAt(gt + 1) === Ch.Lt && xml.charCodeAt(gt + 2) === Ch.LowerV && xml.charCodeAt(gt + 3) === Ch.Gt) {
        const lt2 = xml.indexOf('<', gt + 4);
        if (lt2 > gt + 4 && xml.startsWith('</v></c>', lt2)) valueEnd = lt2;
      }
      bodyEnd = valueEnd >= 0 ? valueEnd + 4 : xml.indexOf('</c>', gt);
      if (bodyEnd < 0) {
        if (verify) return undefined;
        bodyEnd = end;
      }
    }
    pos = selfClosing ? gt + 1 : bodyEnd + 4;
    // (verify: the tag ends before the next "<" — so it does where it was the usual one, letters and digits alone)
    const usualTag = readCellTag(xml, lt + 2, gt);
    if (verify && (bodyEnd > end || !tag.plain || (!usualTag && gt > xml.indexOf('<', lt + 1)))) return undefined;
    if (tag.col > 0) {
      col = tag.col;
      row = tag.row;
    } else col++;
    if (selfClosing) continue;
    const t = tag.type;
    const styleId = tag.style >= 0 ? tag.style : 0;
    const style = styles[styleId];
    // a formula's text result with no formula kept (streaming writers write every label so): the text itself
    if (valueEnd >= 0 && t === 'str') {
      store.push(row, col, plainXmlText(xml.slice(gt + 4, valueEnd)), undefined, styleId);
      continue;
    }
    if (valueEnd >= 0 && (t === undefined || t === 'n' || t === 's')) {
      // a decimal written plainly is read from the char codes, anything else by Number (the same number either way)
      const usual = plainDecimal(xml, gt + 4, valueEnd);
      const n = usual === undefined ? Number(xml.slice(gt + 4, valueEnd)) : usual;
      let value: CellValue;
      let bold = !!style?.bold;
      if (t === 's') {
        const ss = strings[n];
        value = ss ? ss.text : null;
        if (ss?.bold) bold = true;
      } else value = storedNumber(n, style?.numFmt, date1904);
      if (value !== null) store.push(row, col, value, undefined, looks.idOf(styleId, bold));
      continue;
    }
    // an inline string as streaming writers write every label (<is><t>…</t></is>, its text without markup): read in
    // place, no body string, no second check of a body that has nothing to check
    if (t === 'inlineStr') {
      const text = plainInlineText(xml, gt + 1, bodyEnd);
      if (text !== undefined) {
        store.push(row, col, text, undefined, styleId);
        continue;
      }
    }
    // the body as its own (sliced) string, so every search in it stops at its end
    const body = xml.slice(gt + 1, bodyEnd);
    if (verify && !flatBody(xml, gt + 1, bodyEnd)) {
      // any other body: well-formed on its own and already in the readers' shape
      const whole = `<c>${body}</c>`;
      if (prepareXml(whole).xml !== whole) return undefined;
    }
    const fAt = formulaStart(body);
    const hasFormula = fAt >= 0;
    const raw = childText(body, 'v');
    let value: CellValue = null;
    let bold = !!style?.bold;
    switch (t) {
      case 's': {
        const ss = raw !== undefined ? strings[Number(raw)] : undefined;
        value = ss ? ss.text : null;
        if (ss?.bold) bold = true;
        break;
      }
      case 'inlineStr': {
        const is = childText(body, 'is');
        value = is !== undefined ? detach(inlineText(is)) : null;
        break;
      }
      case 'str':
        value = raw !== undefined ? detach(decodeXml(raw)) : null;
        break;
      case 'b':
        value = raw === undefined ? null : raw === '1' || raw === 'true';
        break;
      case 'e':
        value = raw !== undefined ? { error: decodeXml(raw) } : null;
        break;
      case 'd':
        // an ISO 8601 date: read as written, never shifted by the reader's time zone
        value = raw !== undefined ? isoSerial(raw) : null;
        break;
      default:
        value = raw !== undefined && raw !== '' ? storedNumber(Number(raw), style?.numFmt, date1904) : null;
    }
    if (value === null && !hasFormula) continue;
    let formula: string | undefined;
    if (hasFormula) {
      const f = childText(body, 'f');
      // (its opening tag, <f t="shared" si="0" …>, where the body names a shared formula)
      const gt = body.includes('shared') ? body.indexOf('>', fAt) : -1;
      const tag = gt >= 0 ? body.slice(fAt, gt + 1) : undefined;
      const si = tag && attr(tag, 't') === 'shared' ? attr(tag, 'si') : undefined;
      if (f) {
        formula = detach(decodeXml(f));
        if (si !== undefined) sharedFormulas.set(si, { row, col, text: formula });
      } else {
        // another cell of a shared formula: the first cell's text, moved as far as this cell is from it
        const first = si !== undefined ? sharedFormulas.get(si) : undefined;
        formula = (first && movedFormula(first.text, row - first.row, col - first.col)) ?? '(rumus bersama)';
      }
    }
    store.push(row, col, value, formula, looks.idOf(styleId, bold));
  }
  if (verify && inRow) return undefined;
  const merges: RangeRef[] = [];
  // merges, the dimension and the column list sit outside sheetData (ECMA-376 order): searched there first, and in
  // the whole part only when a producer put them elsewhere
  const beforeData = dataStart >= 0 ? xml.slice(0, dataStart) : xml;
  const afterData = dataEnd >= 0 ? xml.slice(dataEnd) : xml;
  const MERGE = /<(?:\w+:)?mergeCell\b[^>]*ref="([^"]+)"/g;
  const mergeText = /<(?:\w+:)?mergeCell\b/.test(afterData) ? afterData : /<(?:\w+:)?mergeCell\b/.test(beforeData) ? beforeData : '';
  for (const mm of mergeText.matchAll(MERGE)) merges.push(parseRange(mm[1]));
  const DIMENSION = /<(?:\w+:)?dimension\b[^>]*ref="([^"]+)"/;
  const dim = (DIMENSION.exec(beforeData) ?? DIMENSION.exec(afterData))?.[1];
  const snap = sheetOfStore({ name, merges, usedRange: dim ? parseRange(dim) : null }, store.finish());
  if (hidden) snap.hidden = true;
  // hidden columns (<col min max hidden>): a hidden "Pagu Murni" beside a visible "Pagu Perubahan" is not the pagu
  const hiddenCols: number[] = [];
  const COLS = /<(?:\w+:)?cols\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cols>/;
  const colsXml = (COLS.exec(beforeData) ?? COLS.exec(afterData))?.[1];
  if (colsXml) {
    for (const c of colsXml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
      if (!/\shidden="(1|true)"/.test(c[0])) continue;
      const min = Number(attr(c[0], 'min'));
      const max = Math.min(Number(attr(c[0], 'max') ?? min), MAX_COLUMNS);
      for (let k = min; k >= 1 && k <= max; k++) hiddenCols.push(k);
    }
  }
  if (hiddenCols.length) snap.hiddenCols = hiddenCols;
  if (hiddenRows.length) snap.hiddenRows = hiddenRows;
  return snap;
}

/** A relationship target resolved against the folder of the part that names it ("worksheets/sheet1.xml" from xl/). */
function resolveTarget(base: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return t.slice(1);
  const parts = [...base.split('/').filter(Boolean), ...t.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Bytes of an XML part as text: UTF-8, or UTF-16 (LE/BE) by its byte-order mark or its first bytes. */
function decodeXmlBytes(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  if (b.length >= 4 && b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return new TextDecoder('utf-16le').decode(b);
  if (b.length >= 4 && b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return new TextDecoder('utf-16be').decode(b);
  const start = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(b.subarray(start));
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationships(xml: string | undefined, base: string): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    const mode = attr(m[0], 'TargetMode');
    if (!id || target === undefined || mode === 'External') continue;
    out.push({ id, type: attr(m[0], 'Type') ?? '', target: resolveTarget(base, target) });
  }
  return out;
}

/** Whether a relationship is of a kind (its type's last word: worksheet, styles, sharedStrings …). */
export const typeIs = (r: { type: string }, kind: string) => r.type.endsWith(`/${kind}`);

/** Each sheet of a workbook part: its name, state, and relationship (undefined when the package lacks it). */
export function sheetEntries(workbookXml: string, rels: Relationship[]): Array<{ name: string; state?: string; rel?: Relationship }> {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const out: Array<{ name: string; state?: string; rel?: Relationship }> = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const rid = /\s(?:\w+:)?id="([^"]+)"/.exec(m[0])?.[1];
    out.push({ name: attr(m[0], 'name') ?? `Sheet${out.length + 1}`, state: attr(m[0], 'state'), rel: rid ? byId.get(rid) : undefined });
  }
  return out;
}

/** Whether a workbook part says its formula results are stale: <calcPr fullCalcOnLoad="1"/> (ECMA-376 Part 1 §18.2.2). */
export function resultsStale(workbookXml: string): boolean {
  return /<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']/.test(workbookXml);
}

/** The folder of a part ("xl" for "xl/workbook.xml"). */
export const folderOf = (part: string) => (part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : '');

/** Where a part's relationships are (OPC): "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export const relsPathOf = (part: string) => {
  const folder = folderOf(part);
  return `${folder ? `${folder}/` : ''}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
};

/** An Excel Table part (<table name ref headerRowCount totalsRowCount><tableColumns><tableColumn name>): its shape. */
function listObjectOf(xml: string | undefined): ListObject | undefined {
  const head = xml ? /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] : undefined;
  if (!xml || !head) return undefined;
  const name = attr(head, 'displayName') ?? attr(head, 'name');
  const ref = attr(head, 'ref');
  if (!name || !ref) return undefined;
  // (attr decodes the entities: "Pagu &amp; Realisasi")
  const columns = [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*>/g)].map((m) => attr(m[0], 'name') ?? '');
  return { name, ref, headerRows: Number(attr(head, 'headerRowCount') ?? 1), totalsRows: Number(attr(head, 'totalsRowCount') ?? 0), columns };
}

/** Days between Excel's 1900 and 1904 date systems: a 1904 workbook's serials are converted to 1900 ones. */
export const DAYS_1904 = 1462;

/**
 * Reads the snapshot from the workbook's inflated parts (name → bytes). With `consume`, the sheets' and shared
 * strings' bytes leave `parts` once decoded (a check needs no copy: a large book's inflated sheet is not kept beside
 * its text and its cells). `fused: false` checks every sheet in a pass of its own before reading it (the reference
 * the fused reading is tested against).
 */
export function readSnapshotFromParts(parts: Map<string, Uint8Array>, options: { consume?: boolean; fused?: boolean } = {}): WorkbookSnapshot {
  const damaged = (part: string, why?: string) => new InputError(`${MSG_NOT_WORKBOOK}: bagian "${part}" rusak atau terpotong${why ? ` (${why})` : ''}`);
  // part names compared as OPC does: case-insensitive, "\" written by some Windows tools read as "/"
  const byName = new Map<string, Uint8Array>();
  const keyOf = new Map<string, string>();
  for (const [name, bytes] of parts) {
    const key = name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
    byName.set(key, bytes);
    keyOf.set(key, name);
  }
  // every part read is first checked to be well-formed XML, in one linear pass: malformed XML is refused at once
  const decoded = (name: string, consume = false) => {
    const key = name.toLowerCase();
    const bytes = byName.get(key);
    if (bytes === undefined) return undefined;
    const xml = decodeXmlBytes(bytes);
    if (consume && options.consume) {
      byName.delete(key);
      parts.delete(keyOf.get(key) as string);
    }
    return xml;
  };
  const prepared = (name: string, xml: string) => {
    const p = prepareXml(xml);
    if (p.problem !== undefined) throw damaged(name, `XML tidak sah: ${p.problem}`);
    return p.xml;
  };
  const text = (name: string, consume = false) => {
    const xml = decoded(name, consume);
    return xml === undefined ? undefined : prepared(name, xml);
  };
  const rootRels = relationships(text('_rels/.rels'), '');
  const workbookPath = rootRels.find((r) => typeIs(r, 'officeDocument'))?.target ?? (byName.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
  const workbook = workbookPath ? text(workbookPath) : undefined;
  if (!workbook || !workbookPath) throw new InputError(MSG_NOT_WORKBOOK);
  const base = folderOf(workbookPath);
  const rels = relationships(text(relsPathOf(workbookPath)), base);
  const sstPath = rels.find((r) => typeIs(r, 'sharedStrings'))?.target ?? (byName.has(`${base}/sharedstrings.xml`) ? `${base}/sharedStrings.xml` : undefined);
  const stylesPath = rels.find((r) => typeIs(r, 'styles'))?.target ?? (byName.has(`${base}/styles.xml`) ? `${base}/styles.xml` : undefined);
  const strings = readSharedStrings(sstPath ? text(sstPath, true) : undefined);
  const styles = readStyles(stylesPath ? text(stylesPath) : undefined);
  const looks = new StyleLooks(styles);
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const sheets: SheetSnapshot[] = [];
  let worksheets = 0;
  for (const { name, state, rel } of sheetEntries(workbook, rels)) {
    const hidden = state === 'hidden' || state === 'veryHidden';
    // chart, dialog and macro sheets (and a sheet whose part is missing) hold no cells to check: listed empty, never
    // a reason to refuse the book
    const xml = rel && typeIs(rel, 'worksheet') ? decoded(rel.target, true) : undefined;
    if (xml === undefined || !rel) {
      sheets.push({ name, cells: [], merges: [], usedRange: null, ...(hidden ? { hidden: true } : {}) });
      continue;
    }
    // A sheet as Excel writes it is checked while it is read, in the same pass (no second walk over a 60 MB part);
    // anything unusual (other producers' XML, a damaged part) goes through the full check first, which says what is
    // wrong. Both give the same cells.
    const fused = options.fused === false || xml.indexOf('\r') >= 0 ? undefined : readSheet(name, hidden, xml, strings, styles, looks, date1904, true);
    const sheet = fused ?? (readSheet(name, hidden, prepared(rel.target, xml), strings, styles, looks, date1904, false) as SheetSnapshot);
    // Excel Tables, for the structured references of formulas whose results the file may lack ("SUBTOTAL(109,[Pagu])");
    // a damaged table part leaves those formulas uncomputed, never the book unread
    if (someFormula(sheet, (f) => f.includes('['))) {
      try {
        const sheetRels = relationships(text(relsPathOf(rel.target)), folderOf(rel.target));
        const lists = sheetRels.filter((r) => typeIs(r, 'table')).flatMap((r) => listObjectOf(text(r.target)) ?? []);
        if (lists.length) sheet.listObjects = lists;
      } catch {
        /* no tables: their references are not computed */
      }
    }
    sheets.push(sheet);
    worksheets++;
  }
  if (worksheets === 0 && sheets.length === 0 && /<sheet\b/.test(workbook)) throw new InputError(`${MSG_NOT_WORKBOOK}: tidak ada sheet yang dapat dibaca`);
  const book = { sheets };
  // formulas a program wrote without their results, or with placeholders and the book flagged for a full recalculation
  // on opening (<calcPr fullCalcOnLoad="1"/>, ECMA-376 Part 1 §18.2.2): computed as Excel will show them
  recalculate(book, { staleResults: resultsStale(workbook) });
  return book;
}
