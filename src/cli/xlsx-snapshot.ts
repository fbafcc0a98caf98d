/**
 * A lean .xlsx → snapshot reader. The engine needs values, formulas (presence), number formats, bold, indent,
 * merges and sheet visibility — not exceljs's full object model — so this reads exactly those from the XML the
 * container check has already inflated (in bounded memory). exceljs stays for writing checked copies; the tests
 * compare both readers on every fixture workbook.
 */
import { parseRange, RangeRef } from '../core/address';
import { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { InputError, MSG_NOT_WORKBOOK } from './container';
import { xmlProblem } from './xml-check';

/** Excel's built-in number formats (the same table exceljs uses). */
const BUILTIN_FORMATS: Record<number, string> = {
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

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
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
      bold = visible.length > 0 && visible.every((r) => /<(?:\w+:)?b(\s+val="(1|true)")?\s*\/>/.test(r));
    }
    out.push({ text: textOf(si), bold });
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

function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(\/>|>)/g;

function readSheet(name: string, hidden: boolean, xml: string, strings: SharedString[], styles: CellStyle[]): SheetSnapshot {
  const cells: Cell[] = [];
  // walk rows and the cells between them, so cells without an r attribute still get their place
  const rowStarts: Array<{ index: number; row: number }> = [];
  let lastRow = 0;
  for (const m of xml.matchAll(ROW_RE)) {
    const r = attr(` ${m[1]}`, 'r');
    lastRow = r ? Number(r) : lastRow + 1;
    rowStarts.push({ index: m.index ?? 0, row: lastRow });
  }
  let ri = 0;
  let row = 0;
  let col = 0;
  CELL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL_RE.exec(xml))) {
    while (ri < rowStarts.length && rowStarts[ri].index < m.index) {
      row = rowStarts[ri].row;
      col = 0;
      ri++;
    }
    const head = m[1];
    const ref = /\sr="([A-Z]+)(\d+)"/.exec(head);
    if (ref) {
      col = colIndex(ref[1]);
      row = Number(ref[2]);
    } else col++;
    const body = m[3] ?? '';
    const t = /\st="([^"]*)"/.exec(head)?.[1];
    const s = /\ss="(\d+)"/.exec(head);
    const style = s ? styles[Number(s[1])] : styles[0];
    const hasFormula = body.indexOf('<f') >= 0 || body.indexOf(':f') >= 0;
    const vMatch = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body);
    const raw = vMatch ? vMatch[1] : undefined;
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
        const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
        value = is ? textOf(is[1]) : null;
        break;
      }
      case 'str':
        value = raw !== undefined ? decodeXml(raw) : null;
        break;
      case 'b':
        value = raw === undefined ? null : raw === '1' || raw === 'true';
        break;
      case 'e':
        value = raw !== undefined ? { error: decodeXml(raw) } : null;
        break;
      case 'd':
        value = raw !== undefined ? (Date.parse(raw) - Date.UTC(1899, 11, 30)) / 86400000 : null;
        break;
      default:
        value = raw !== undefined && raw !== '' ? Number(raw) : null;
    }
    if (value === null && !hasFormula) continue;
    const cell: Cell = { row, col, value };
    if (hasFormula) {
      const f = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/.exec(body);
      cell.formula = f && f[1] ? decodeXml(f[1]) : '(rumus bersama)';
    }
    if (style?.numFmt) cell.numFmt = style.numFmt;
    if (bold) cell.bold = true;
    if (style?.indent) cell.indent = style.indent;
    cells.push(cell);
  }
  const merges: RangeRef[] = [];
  for (const mm of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*ref="([^"]+)"/g)) merges.push(parseRange(mm[1]));
  const dim = /<(?:\w+:)?dimension\b[^>]*ref="([^"]+)"/.exec(xml)?.[1];
  const snap: SheetSnapshot = { name, cells, merges, usedRange: dim ? parseRange(dim) : null };
  if (hidden) snap.hidden = true;
  return snap;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl', ...target.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** An XML part cut short (a damaged file) does not end with its root element's closing tag. */
function complete(xml: string, root: string): boolean {
  return new RegExp(`</(?:\\w+:)?${root}>\\s*$`).test(xml.slice(-200));
}

/** Reads the snapshot from the workbook's inflated parts (name → bytes). */
export function readSnapshotFromParts(parts: Map<string, Buffer>): WorkbookSnapshot {
  const damaged = (part: string, why?: string) => new InputError(`${MSG_NOT_WORKBOOK}: bagian "${part}" rusak atau terpotong${why ? ` (${why})` : ''}`);
  // every part read is first checked to be well-formed XML, in one linear pass: malformed XML is refused at once
  const text = (name: string) => {
    const xml = parts.get(name)?.toString('utf8');
    if (xml === undefined) return undefined;
    const problem = xmlProblem(xml);
    if (problem) throw damaged(name, `XML tidak sah: ${problem}`);
    return xml;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new InputError(MSG_NOT_WORKBOOK);
  if (!complete(workbook, 'workbook')) throw damaged('xl/workbook.xml');
  const sstXml = text('xl/sharedStrings.xml');
  if (sstXml !== undefined && !complete(sstXml, 'sst')) throw damaged('xl/sharedStrings.xml');
  const stylesXml = text('xl/styles.xml');
  if (stylesXml !== undefined && !complete(stylesXml, 'styleSheet')) throw damaged('xl/styles.xml');
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const strings = readSharedStrings(sstXml);
  const styles = readStyles(stylesXml);
  const sheets: SheetSnapshot[] = [];
  let listed = 0;
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name') ?? `Sheet${sheets.length + 1}`;
    const rid = /\s(?:\w+:)?id="([^"]+)"/.exec(m[0])?.[1];
    const state = attr(m[0], 'state');
    const path = rid ? targets.get(rid) : undefined;
    const xml = path ? text(path) : undefined;
    if (!xml) continue; // a chart sheet or a missing part: nothing to check
    if (!complete(xml, 'worksheet')) throw damaged(path ?? name);
    sheets.push(readSheet(name, state === 'hidden' || state === 'veryHidden', xml, strings, styles));
    listed++;
  }
  if (listed === 0 && /<(?:\w+:)?sheet\b/.test(workbook)) throw new InputError(`${MSG_NOT_WORKBOOK}: tidak ada sheet yang dapat dibaca`);
  return { sheets };
}
