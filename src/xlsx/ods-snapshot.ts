/**
 * An OpenDocument spreadsheet (.ods) → snapshot reader, pure like the .xlsx one: content.xml (and styles.xml for named
 * styles and number formats), canonicalised as the .xlsx parts are (element names without their namespace prefix,
 * attributes keep theirs), read in one linear pass per table. Before that: content.xml (and styles.xml for named
 * styles and number formats) read in one linear pass per table. It keeps what the engine needs — values (floats,
 * percentages, currency, dates as Excel serials, text of every paragraph), formula presence, number formats as
 * Excel would write them, bold and indent (the hierarchy depends on them), merges, hidden sheets, columns and rows.
 * Repeated rows and cells (number-rows-repeated, number-columns-repeated) are counted, never materialised when empty.
 */
import { RangeRef } from '../core/address';
import { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { InputError, MSG_NOT_WORKBOOK } from './container';
import { prepareXml } from './xml-check';
import { attr, decodeXml, isoSerial } from './xlsx-snapshot';
import { excelFormulaOf } from './shared-formula';

interface CellStyle {
  parent?: string;
  dataStyle?: string;
  bold?: boolean;
  /** Left margin in points (how an indent is written in ODF). */
  marginLeft?: number;
}

/** Excel's last row and column: anything repeated past them is the empty rest of the sheet. */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Copies of one non-empty cell or row made at most (a value repeated across a whole row is not a table). */
const MAX_REPEAT = 1000;
/** Points per Excel indent level, as LibreOffice converts them. */
const POINTS_PER_INDENT = 10;

function points(length: string | undefined): number | undefined {
  if (!length) return undefined;
  const m = /^(-?[\d.]+)(in|cm|mm|pt|pc|px)?$/.exec(length.trim());
  if (!m) return undefined;
  const v = Number(m[1]);
  const per: Record<string, number> = { in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1, pc: 12, px: 0.75 };
  return v * (per[m[2] ?? 'pt'] ?? 1);
}

/** Number styles (number:*-style) as Excel format strings: enough to tell a percentage, rupiah, decimals and dates. */
function numberFormats(xml: string, out: Map<string, string>): void {
  const re = /<(number|percentage|currency|date|time|boolean|text)-style\b([^>]*)>([\s\S]*?)<\/\1-style>/g;
  for (const m of xml.matchAll(re)) {
    const name = attr(` ${m[2]}`, 'style:name');
    if (!name) continue;
    const body = m[3];
    const num = /<number(?=[\s>/])[^>]*>/.exec(body)?.[0] ?? '';
    const decimals = Number(attr(num, 'number:decimal-places') ?? 0);
    const grouping = attr(num, 'number:grouping') === 'true';
    const digits = `${grouping ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
    if (m[1] === 'percentage') out.set(name, `${digits}%`);
    else if (m[1] === 'currency') {
      const symbol = /<currency-symbol\b[^>]*>([^<]*)</.exec(body)?.[1] ?? '';
      out.set(name, /rp/i.test(symbol) ? `"Rp"${digits}` : digits);
    } else if (m[1] === 'date') out.set(name, 'yyyy-mm-dd');
    else if (m[1] === 'time') out.set(name, 'hh:mm:ss');
    else if (m[1] === 'text') out.set(name, '@');
    else if (m[1] === 'number') {
      // literal text around the number ("Rp" before it, " orang" after it) is part of the format, as Excel quotes it
      const at = body.search(/<number(?=[\s>/])/);
      const literal = (part: string) => [...part.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((t) => decodeXml(t[1])).join('');
      const before = at >= 0 ? literal(body.slice(0, at)) : '';
      const after = at >= 0 ? literal(body.slice(at)) : '';
      const code = `${before ? `"${before.replace(/"/g, '')}"` : ''}${digits}${after ? `"${after.replace(/"/g, '')}"` : ''}`;
      out.set(name, code === '0' ? 'General' : code);
    }
  }
}

function cellStyles(xml: string, out: Map<string, CellStyle>): void {
  for (const m of xml.matchAll(/<style(?=[\s>/])([^>]*?)(\/>|>([\s\S]*?)<\/style>)/g)) {
    const head = ` ${m[1]}`;
    if (attr(head, 'style:family') !== 'table-cell') continue;
    const name = attr(head, 'style:name');
    if (!name) continue;
    const body = m[3] ?? '';
    const text = /<text-properties\b[^>]*>/.exec(body)?.[0];
    const para = /<paragraph-properties\b[^>]*>/.exec(body)?.[0];
    const weight = text ? attr(text, 'fo:font-weight') : undefined;
    const style: CellStyle = { parent: attr(head, 'style:parent-style-name'), dataStyle: attr(head, 'style:data-style-name') };
    if (weight !== undefined) style.bold = weight === 'bold' || Number(weight) >= 600;
    const margin = para ? points(attr(para, 'fo:margin-left')) : undefined;
    if (margin !== undefined) style.marginLeft = margin;
    out.set(name, style);
  }
}

/** A style's bold, indent and format, its parents' where it says nothing of its own. */
function resolveStyle(name: string | undefined, styles: Map<string, CellStyle>, formats: Map<string, string>) {
  let bold: boolean | undefined;
  let margin: number | undefined;
  let data: string | undefined;
  const seen = new Set<string>();
  for (let s = name; s && !seen.has(s); s = styles.get(s)?.parent) {
    seen.add(s);
    const st = styles.get(s);
    if (!st) break;
    if (bold === undefined && st.bold !== undefined) bold = st.bold;
    if (margin === undefined && st.marginLeft !== undefined) margin = st.marginLeft;
    if (data === undefined && st.dataStyle) data = st.dataStyle;
  }
  const numFmt = data ? formats.get(data) : undefined;
  return {
    bold: !!bold,
    indent: margin && margin > 0 ? Math.max(1, Math.round(margin / POINTS_PER_INDENT)) : 0,
    numFmt: numFmt && numFmt !== 'General' ? numFmt : undefined,
  };
}

/** The text of a cell: its paragraphs joined by line breaks; text:s spaces, tabs and line breaks kept. */
function cellText(inner: string): string {
  const paras: string[] = [];
  // a comment (office:annotation) holds paragraphs of its own: they are not the cell's text
  const own = inner.indexOf('<annotation') >= 0 ? inner.replace(/<annotation\b[\s\S]*?<\/annotation>/g, '') : inner;
  for (const p of own.matchAll(/<(p|h)(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    const body = (p[2] ?? '')
      .replace(/<s(?=[\s>/])([^>]*)\/>/g, (_, a: string) => ' '.repeat(Number(attr(` ${a}`, 'text:c') ?? 1)))
      .replace(/<tab\b[^>]*\/>/g, '\t')
      .replace(/<line-break\b[^>]*\/>/g, '\n')
      .replace(/<[^>]+>/g, '');
    paras.push(decodeXml(body));
  }
  return paras.join('\n');
}

/** "PT01H30M00S" → a fraction of a day. */
function durationSerial(raw: string): number | undefined {
  const m = /^-?PT?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(raw);
  if (!m) return undefined;
  return (Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) / 86400;
}

function cellValue(head: string, inner: string): { value: CellValue; formula?: string } {
  const type = attr(head, 'office:value-type') ?? attr(head, 'calcext:value-type');
  const formula = attr(head, 'table:formula');
  // (in Excel's words where it is OpenFormula, the namespace LibreOffice writes; as written otherwise)
  const written = formula ? formula.replace(/^(of|oooc|msoxl):=?/, '').replace(/^=/, '') : undefined;
  const f = formula && written !== undefined ? { formula: (formula.startsWith('of:') ? excelFormulaOf(written) : undefined) ?? written } : {};
  const text = cellText(inner);
  if (attr(head, 'calcext:value-type') === 'error' || (formula && /^#[A-Z0-9/!?]+[!?]?$/.test(text.trim()) && type !== 'float'))
    return { value: { error: text.trim() || '#VALUE!' }, ...f };
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const v = Number(attr(head, 'office:value'));
      return { value: Number.isFinite(v) ? v : text || null, ...f };
    }
    case 'date': {
      const v = isoSerial(attr(head, 'office:date-value') ?? '');
      return { value: v ?? (text || null), ...f };
    }
    case 'time': {
      const v = durationSerial(attr(head, 'office:time-value') ?? '');
      return { value: v ?? (text || null), ...f };
    }
    case 'boolean':
      return { value: attr(head, 'office:boolean-value') === 'true', ...f };
    default:
      return { value: text === '' ? null : text, ...f };
  }
}

function readTable(head: string, body: string, styles: Map<string, CellStyle>, formats: Map<string, string>, tableStyles: Map<string, boolean>): SheetSnapshot {
  const name = attr(head, 'table:name') ?? 'Sheet';
  const cells: Cell[] = [];
  const merges: RangeRef[] = [];
  const hiddenCols: number[] = [];
  const hiddenRows: number[] = [];
  // column default styles and visibility
  const colStyle: Array<string | undefined> = [];
  const resolved = new Map<string | undefined, ReturnType<typeof resolveStyle>>();
  let col = 1;
  for (const m of body.matchAll(/<table-column(?=[\s>/])[^>]*>/g)) {
    const n = Math.min(Number(attr(m[0], 'table:number-columns-repeated') ?? 1), MAX_COLS - col + 1);
    const style = attr(m[0], 'table:default-cell-style-name');
    const hidden = attr(m[0], 'table:visibility') === 'collapse';
    for (let k = 0; k < n && col <= MAX_COLS; k++, col++) {
      if (style && style !== 'Default' && col <= 1024) colStyle[col] = style;
      if (hidden && col <= 1024) hiddenCols.push(col);
    }
  }
  let row = 0;
  let maxRow = 0;
  let maxCol = 0;
  const ROW = /<table-row(?=[\s>/])([^>]*?)(\/>|>([\s\S]*?)<\/table-row>)/g;
  const CELL = /<(table-cell|covered-table-cell)(?=[\s>/])([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
  for (const rm of body.matchAll(ROW)) {
    const rowHead = ` ${rm[1]}`;
    const repeat = Math.max(1, Number(attr(rowHead, 'table:number-rows-repeated') ?? 1));
    const rowHidden = attr(rowHead, 'table:visibility') === 'collapse';
    const inner = rm[3] ?? '';
    const first = row + 1;
    // the cells of one row, with their repeats
    const rowCells: Array<{ col: number; cell: Omit<Cell, 'row'> }> = [];
    let c = 0;
    const rowMerges: Array<{ col: number; cols: number; rows: number }> = [];
    for (const cm of inner.matchAll(CELL)) {
      const cellHead = ` ${cm[2]}`;
      const n = Math.max(1, Number(attr(cellHead, 'table:number-columns-repeated') ?? 1));
      if (cm[1] === 'covered-table-cell') {
        c += n;
        continue;
      }
      const { value, formula } = cellValue(cellHead, cm[4] ?? '');
      const spanC = Number(attr(cellHead, 'table:number-columns-spanned') ?? 1);
      const spanR = Number(attr(cellHead, 'table:number-rows-spanned') ?? 1);
      const empty = (value === null || value === '') && !formula;
      if (empty) {
        if (spanC > 1 || spanR > 1) rowMerges.push({ col: c + 1, cols: spanC, rows: spanR });
        c += n;
        continue;
      }
      const styleName = attr(cellHead, 'table:style-name') ?? colStyle[c + 1];
      // a style is resolved once per table, not once per cell
      let st = resolved.get(styleName);
      if (!st) {
        st = resolveStyle(styleName, styles, formats);
        resolved.set(styleName, st);
      }
      for (let k = 0; k < Math.min(n, MAX_REPEAT) && c + 1 <= MAX_COLS; k++) {
        c++;
        const cell: Omit<Cell, 'row'> = { col: c, value };
        if (formula) cell.formula = formula;
        if (st.numFmt) cell.numFmt = st.numFmt;
        if (st.bold) cell.bold = true;
        if (st.indent) cell.indent = st.indent;
        rowCells.push({ col: c, cell });
        if (k === 0 && (spanC > 1 || spanR > 1)) rowMerges.push({ col: c, cols: spanC, rows: spanR });
      }
      if (n > MAX_REPEAT) c += n - MAX_REPEAT;
    }
    const copies = rowCells.length || rowMerges.length ? Math.min(repeat, MAX_REPEAT) : 0;
    for (let k = 0; k < copies; k++) {
      const r = first + k;
      for (const { cell } of rowCells) {
        cells.push({ ...cell, row: r } as Cell);
        maxCol = Math.max(maxCol, cell.col);
      }
      for (const mg of rowMerges) merges.push({ top: r, left: mg.col, bottom: r + mg.rows - 1, right: mg.col + mg.cols - 1 });
      if (rowCells.length) maxRow = Math.max(maxRow, r);
    }
    if (rowHidden && first <= MAX_ROWS && repeat <= MAX_REPEAT) for (let k = 0; k < repeat; k++) hiddenRows.push(first + k);
    row += repeat;
    if (row >= MAX_ROWS) break;
  }
  const snap: SheetSnapshot = { name, cells, merges, usedRange: maxRow ? { top: 1, left: 1, bottom: maxRow, right: Math.max(1, maxCol) } : null };
  const tableStyle = attr(head, 'table:style-name');
  if (tableStyle && tableStyles.get(tableStyle) === false) snap.hidden = true;
  const usedCols = hiddenCols.filter((k) => k <= Math.max(maxCol, 1) + 1);
  if (usedCols.length) snap.hiddenCols = usedCols;
  if (hiddenRows.length) snap.hiddenRows = hiddenRows.filter((r) => r <= maxRow);
  if (snap.hiddenRows && snap.hiddenRows.length === 0) delete snap.hiddenRows;
  return snap;
}

/** Whether the parts are an OpenDocument spreadsheet (its mimetype entry says so, or it has content.xml and no workbook). */
export function isOdsPackage(parts: Map<string, Uint8Array>): boolean {
  const mimetype = parts.get('mimetype');
  if (mimetype) return new TextDecoder('utf-8').decode(mimetype).includes('opendocument.spreadsheet');
  return parts.has('content.xml') && !parts.has('xl/workbook.xml');
}

export function readOdsSnapshot(parts: Map<string, Uint8Array>): WorkbookSnapshot {
  const utf8 = new TextDecoder('utf-8');
  const text = (name: string) => {
    const bytes = parts.get(name);
    if (!bytes) return undefined;
    const xml = utf8.decode(bytes);
    const prepared = prepareXml(xml);
    if (prepared.problem !== undefined) throw new InputError(`${MSG_NOT_WORKBOOK}: bagian "${name}" rusak atau terpotong (XML tidak sah: ${prepared.problem})`);
    return prepared.xml;
  };
  const content = text('content.xml');
  if (!content) throw new InputError('lembar kerja OpenDocument (.ods) ini tidak berisi content.xml; simpan ulang sebagai .xlsx lalu periksa berkas itu');
  if (!/<spreadsheet\b/.test(content)) {
    throw new InputError(
      'lembar kerja OpenDocument (.ods) ini tidak berisi lembar yang dapat dibaca; buka di LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel)',
    );
  }
  const stylesXml = text('styles.xml') ?? '';
  const formats = new Map<string, string>();
  numberFormats(stylesXml, formats);
  numberFormats(content, formats);
  const styles = new Map<string, CellStyle>();
  cellStyles(stylesXml, styles);
  cellStyles(content, styles);
  const tableStyles = new Map<string, boolean>();
  for (const m of content.matchAll(/<style(?=[\s>/])([^>]*?)>([\s\S]*?)<\/style>/g)) {
    if (attr(` ${m[1]}`, 'style:family') !== 'table') continue;
    const props = /<table-properties\b[^>]*>/.exec(m[2])?.[0];
    const name = attr(` ${m[1]}`, 'style:name');
    if (name && props) tableStyles.set(name, attr(props, 'table:display') !== 'false');
  }
  const sheets: SheetSnapshot[] = [];
  for (const m of content.matchAll(/<table(?=[\s>/])([^>]*?)(\/>|>([\s\S]*?)<\/table>)/g)) {
    sheets.push(readTable(` ${m[1]}`, m[3] ?? '', styles, formats, tableStyles));
  }
  return { sheets };
}
