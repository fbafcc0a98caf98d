/**
 * Workbooks written as text by the applications that export "Excel" files: an HTML page of tables saved as .xls (what
 * many reporting systems hand out, and Excel opens with a warning), the XML Spreadsheet 2003 format (SpreadsheetML,
 * written by older export libraries) and a .csv/.tsv. Pure like the other readers, for Node and the browser.
 *
 * HTML: each table's rows become sheet rows in order, colspan/rowspan become merges (a cell lands right of what a
 * rowspan above still covers), a <th> or bold text is bold, a caption or a heading or paragraph between tables a row
 * of its own. The number a writer states is the cell's (Excel's x:num="…", LibreOffice's sdval="…", with the format
 * its CSS class or sdnum gives); other text that can only be a number becomes one, as Excel makes it when it opens
 * the page, and the rest stays text for the engine to read. LibreOffice's export of a whole workbook into one page is
 * split back into its sheets; any other page is one sheet, named after its title or the file.
 *
 * SpreadsheetML: worksheets, rows and cells with their ss:Index, ss:MergeAcross/ss:MergeDown, typed data (Number,
 * String, Boolean, DateTime, Error), formulas (kept as written, R1C1), styles for bold, indent and number format,
 * hidden rows, columns and sheets.
 *
 * CSV: one sheet named after the file, its separator found from its lines, its figures read as a page's are.
 */
import { freeSheetName, RangeRef } from '../core/address';
import { Cell, CellValue, newCell, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { InputError, MARKUP_KIND_PART, MARKUP_NAME_PART, MARKUP_PART, MarkupKind, MSG_NOT_WORKBOOK } from './container';
import { isoSerial } from './xlsx-snapshot';
import { parseFigureText } from '../core/figures';

/** Excel's last row and column. */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** A colspan or rowspan past this is a page's layout trick, not a merged header (browsers cap rowspan at 65534). */
const MAX_SPAN = 1000;
const MAX_SPAN_CELLS = 20000;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  le: '≤',
  ge: '≥',
  plusmn: '±',
  times: '×',
  divide: '÷',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  deg: '°',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  permil: '‰',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  euro: '€',
};

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]\w*);/g, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? NAMED[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** One expression per attribute name, made once (a page of 50 000 rows asks for a few names hundreds of thousands of times). */
const ATTRIBUTE = new Map<string, RegExp>();

function attrOf(attrs: string, name: string): string | undefined {
  // (most tags carry no such attribute: the expression runs only where the name is there at all)
  if (attrs.length < name.length || attrs.toLowerCase().indexOf(name.toLowerCase()) < 0) return undefined;
  let re = ATTRIBUTE.get(name);
  if (!re) ATTRIBUTE.set(name, (re = new RegExp(`(?:^|[\\s"'])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')));
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * Windows-1252's characters at 0x80–0x9F (the rest is Latin-1): decoded here, as some runtimes' TextDecoder reads the
 * label as ISO-8859-1 and gives control characters for "–", "“" and "€".
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(buf: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(buf);
  return /[\u0080-\u009f]/.test(latin1) ? latin1.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]) : latin1;
}

/** The text of a file whose bytes may be UTF-8, UTF-16 (with its mark) or an 8-bit code page its head names. */
function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  if (declared && /^(windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii)$/i.test(declared)) return windows1252(buf);
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(buf);
    } catch {
      /* a name TextDecoder does not know: read as UTF-8 */
    }
  }
  const text = new TextDecoder('utf-8').decode(buf);
  // undeclared and not UTF-8 (a page saved in Windows' code page): every byte is a character
  return !declared && text.includes('\ufffd') ? windows1252(buf) : text;
}

export function isMarkupPackage(parts: Map<string, Uint8Array>): boolean {
  return parts.has(MARKUP_PART);
}

export function readMarkupSnapshot(parts: Map<string, Uint8Array>): WorkbookSnapshot {
  const utf8 = new TextDecoder('utf-8');
  const buf = parts.get(MARKUP_PART) as Uint8Array;
  const kind = utf8.decode(parts.get(MARKUP_KIND_PART) ?? new Uint8Array()) as MarkupKind;
  // a sheet of a page without a title, or of a .csv, is named after the file, as Excel names it when it opens one
  const fileName = utf8.decode(parts.get(MARKUP_NAME_PART) ?? new Uint8Array());
  const text = decodeText(buf);
  const sheets = kind === 'spreadsheetml' ? readSpreadsheetMl(text) : kind === 'csv' ? [readCsv(text, fileName)] : readHtml(text, fileName);
  if (sheets.length === 0 || sheets.every((s) => s.cells.length === 0)) throw new InputError(`${MSG_NOT_WORKBOOK}: isinya teks tanpa tabel`);
  return { sheets };
}

/** A sheet's name as Excel allows it (31 characters, none of \ / ? * [ ] :). */
function sheetName(name: string | undefined): string {
  return (
    (name ?? '')
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet1'
  );
}

/**
 * Values separated by the character that splits the file's first lines most evenly — a semicolon where Indonesian
 * Excel writes a .csv (the comma is its decimal mark), a comma or a tab — with quoted values ("a;b", "" for a quote)
 * across lines. Figures become numbers where they can only be numbers, as on a page.
 */
function readCsv(text: string, fileName: string): SheetSnapshot {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sample = body
    .slice(0, 20000)
    .split(/\r?\n/)
    .slice(0, 50)
    .filter((l) => l.trim() !== '');
  let delimiter = ',';
  let best = -1;
  for (const d of [';', ',', '\t', '|']) {
    const counts = sample.map((l) => l.replace(/"[^"]*"/g, '').split(d).length - 1);
    const lines = counts.filter((c) => c > 0).length;
    // the most lines split by it, then the most fields
    const score = lines * 1000 + Math.max(0, ...counts);
    if (lines > 0 && score > best) {
      best = score;
      delimiter = d;
    }
  }
  const cells: Cell[] = [];
  let row = 1;
  let col = 1;
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const push = () => {
    const raw = wasQuoted ? field : field.trim();
    if (raw !== '' && col <= MAX_COLS) {
      const n = plainNumber(raw);
      cells.push(newCell(row, col, n ? n.value : raw, undefined, n?.numFmt));
    }
    field = '';
    wasQuoted = false;
    col++;
  };
  for (let i = 0; i < body.length && row <= MAX_ROWS; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (body[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (ch === delimiter) push();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      push();
      row++;
      col = 1;
    } else field += ch;
  }
  if (field !== '' || wasQuoted) push();
  return { name: sheetName(fileName), cells, merges: [] };
}

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<!\w[^>]*>|<\?[^>]*>|<(script|style|xml)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'center', 'caption', 'pre', 'blockquote']);

function isBoldStyle(style: string | undefined): boolean {
  return !!style && /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style);
}

/** A number format as Excel's HTML writes it in CSS (mso-number-format:"\#\,\#\#0"), unescaped. */
function msoNumberFormat(style: string | undefined): string | undefined {
  const m = style ? /mso-number-format\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^;"'}]+))/i.exec(style) : null;
  if (!m) return undefined;
  const f = decodeEntities(m[1] ?? m[2] ?? m[3])
    .replace(/\\(.)/g, '$1')
    .trim();
  return f && !/^(general|@)$/i.test(f) ? f.replace(/^percent$/i, '0.00%') : undefined;
}

/** The CSS rules of a page's <style> blocks by class name (".xl65 { … }", as Excel's HTML export styles its cells). */
function classStyles(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    const css = block[1].replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
    for (const rule of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
      for (const sel of rule[1].split(',')) {
        const m = /(?:^|\s|[a-z])\.([\w-]+)\s*$/i.exec(sel.trim());
        if (m) out.set(m[1], (out.get(m[1]) ?? '') + ';' + rule[2]);
      }
    }
  }
  return out;
}

/** A line break inside a cell (<br>, a paragraph's end), kept apart from the page's own white space until the end. */
const BREAK = '\u2028';

/**
 * HTML's text as a cell shows it: runs of white space one space, trimmed, line breaks kept; no-break spaces (&nbsp;)
 * are spaces, kept where they lead (staff indent a label with them).
 */
function cellText(raw: string): string {
  return decodeEntities(raw.replace(/[ \t\r\n\f]+/g, ' '))
    .replace(/ *\u2028 */g, '\n')
    .replace(/^[ \n]+|[ \n]+$/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/ +$/, '');
}

/**
 * A page's text that can only be a number, as Excel makes it a number when it opens the page: a whole number (no
 * leading zero), thousands grouped in twos or more ("1.250.000.000", "1,087,645,000.00", "1 250 000"), decimals after
 * a comma that cannot group thousands ("94,5") or after a dot in a percentage ("98.29%"), with "Rp" before or "%" after.
 * Anything that could be read two ways stays text for the engine to read in its column ("1.250", a numbering "1.1",
 * a code "01").
 */
const PLAIN_NUMBER = new RegExp(
  [
    '^[-−(]?(?:rp\\.?\\s*)?(?:',
    '0|[1-9]\\d{0,14}', // a whole number
    '|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d{1,3}\\.\\d{3},\\d+', // Indonesian grouping
    '|\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?|\\d{1,3},\\d{3}\\.\\d+', // English grouping
    '|\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?', // grouped by spaces
    '|\\d+,(?:\\d{1,2}|\\d{4,})', // decimals after a comma that no thousands could be
    ')(?:,-)?\\)?\\s*%?$',
    // decimals after a dot only as a percentage ("98.29%"): "1.1" and "2.10" may number a kegiatan
    '|^\\d+\\.\\d+\\s*%$',
  ].join(''),
  'i',
);

function plainNumber(text: string): { value: number; numFmt?: string } | undefined {
  const t = text.trim();
  // a whole number in brackets numbers a column "(1) (2) …": a negative in brackets is an amount, grouped
  if (t.length > 30 || !PLAIN_NUMBER.test(t) || /^\(\s*\d+\s*\)$/.test(t)) return undefined;
  const f = parseFigureText(text);
  if (f.kind !== 'figure' || f.comparator || f.unitText) return undefined;
  const decimals = f.decimals > 0 ? `.${'0'.repeat(Math.min(f.decimals, 10))}` : '';
  if (f.unit === 'persen') return { value: f.value.div(100).toNumber(), numFmt: `0${decimals}%` };
  if (f.unit === 'rupiah') return { value: f.num, numFmt: `"Rp"#,##0${decimals}` };
  return { value: f.num, numFmt: /\d[., \u00a0]\d{3}\b/.test(text) ? `#,##0${decimals}` : decimals ? `0${decimals}` : undefined };
}

interface OpenCell {
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
  bold: boolean;
  num?: number;
  numFmt?: string;
  text: string[];
}

/**
 * LibreOffice writes every sheet of a workbook into one page, each after a heading in an anchor of its own
 * (<a name="table0"><h1>Sheet 1: <em>PK</em></h1></a>), the list of sheets before them: those headings start sheets.
 */
const SHEET_ANCHORS = /<a\s+name\s*=\s*["']?table0["']?\s*>\s*<h1\b/i;

function readHtml(html: string, fileName: string): SheetSnapshot[] {
  const classes = classStyles(html);
  const split = SHEET_ANCHORS.test(html);
  const sheets: SheetSnapshot[] = [];
  let cells: Cell[] = [];
  let merges: RangeRef[] = [];
  let hiddenRows: number[] = [];
  let ownName: string | undefined;
  // (with sheets so headed, what comes before the first is the list of sheets: no sheet of its own)
  let keep = !split;
  let anchor = false;
  let headingText: string[] | undefined;
  let tables = 0;
  /** Positions still covered by a rowspan from above: row → columns. */
  const covered = new Map<number, Set<number>>();
  let title: string | undefined;
  let row = 0; // the last sheet row used
  let depth = 0; // tables open (a table inside a cell is that cell's text)
  let inRow = false;
  let col = 1;
  let cell: OpenCell | undefined;
  let bold = 0; // <b>/<strong> open
  let loose: string[] = []; // text outside any table
  let looseBold = false;
  let titleText: string[] | undefined;
  let captionText: string[] | undefined;

  const emitLoose = () => {
    const t = cellText(loose.join('')).replace(/\n+/g, ' ').trim();
    loose = [];
    if (t) {
      row++;
      cells.push(newCell(row, 1, t, undefined, undefined, looseBold || undefined));
    }
    looseBold = false;
  };
  const closeCell = () => {
    if (!cell) return;
    const c = cell;
    cell = undefined;
    bold = 0;
    const t = cellText(c.text.join(''));
    let value: CellValue = t === '' ? null : t;
    let numFmt: string | undefined;
    if (c.num !== undefined && Number.isFinite(c.num)) {
      value = c.num;
      numFmt = c.numFmt;
    } else if (t !== '') {
      const n = plainNumber(t);
      if (n) ({ value, numFmt } = n);
    }
    if (value !== null) cells.push(newCell(c.row, c.col, value, undefined, numFmt, c.bold || undefined));
    if (c.colspan > 1 || c.rowspan > 1) merges.push({ top: c.row, left: c.col, bottom: c.row + c.rowspan - 1, right: c.col + c.colspan - 1 });
    for (let r = c.row + 1; r < c.row + c.rowspan; r++) {
      let set = covered.get(r);
      if (!set) covered.set(r, (set = new Set()));
      for (let k = c.col; k < c.col + c.colspan; k++) set.add(k);
    }
    col = c.col + c.colspan;
  };
  const closeRow = () => {
    closeCell();
    inRow = false;
  };
  const finishSheet = () => {
    if (keep) {
      cells.sort((a, b) => a.row - b.row || a.col - b.col);
      const name = freeSheetName(
        sheets.map((x) => x.name),
        sheetName(ownName ?? title ?? fileName),
      );
      const sheet: SheetSnapshot = { name, cells, merges };
      if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
      sheets.push(sheet);
    }
    cells = [];
    merges = [];
    hiddenRows = [];
    covered.clear();
    row = 0;
  };
  const closeTable = () => {
    tables++;
    closeRow();
    // rows a rowspan reaches past the table's last row are the table's still
    for (const r of covered.keys()) if (r > row) row = r;
    covered.clear();
    row++; // a blank row after each table, as between tables on a sheet
  };

  TOKEN.lastIndex = 0;
  let at = 0;
  for (let m = TOKEN.exec(html); ; m = TOKEN.exec(html)) {
    const textEnd = m ? m.index : html.length;
    if (textEnd > at) {
      const t = html.slice(at, textEnd);
      if (cell) cell.text.push(t);
      else if (captionText) captionText.push(t);
      else if (headingText) headingText.push(t);
      else if (titleText) titleText.push(t);
      else if (depth === 0) loose.push(t);
    }
    if (!m) break;
    at = TOKEN.lastIndex;
    const name = m[3]?.toLowerCase();
    if (!name) continue; // a comment, declaration, script or style
    const closing = m[2] === '/';
    const attrs = m[4] ?? '';
    if (name === 'title' && depth === 0) {
      if (closing) {
        title = cellText((titleText ?? []).join('')).trim() || title;
        titleText = undefined;
      } else titleText = [];
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        if (cell) {
          cell.text.push(' ');
          depth++;
          continue;
        }
        if (depth === 0) emitLoose();
        depth++;
      } else if (depth > 0) {
        depth--;
        if (cell && depth > 0) cell.text.push(' ');
        else if (depth === 0) closeTable();
      }
      continue;
    }
    if (depth === 0 && split) {
      if (name === 'a') anchor = !closing && /^table\d+$/i.test(attrOf(attrs, 'name') ?? '');
      else if (name === 'h1' && !closing && anchor) {
        emitLoose();
        headingText = [];
        continue;
      } else if (name === 'h1' && closing && headingText) {
        const heading = cellText(headingText.join('')).replace(/\n+/g, ' ');
        headingText = undefined;
        finishSheet();
        ownName = heading.replace(/^[^:]*:\s*/, '') || heading;
        keep = true;
        continue;
      }
    }
    if (depth === 0) {
      if (name === 'br' || BLOCKS.has(name)) emitLoose();
      if (!closing && (name === 'b' || name === 'strong' || /^h[1-6]$/.test(name) || isBoldStyle(attrOf(attrs, 'style')))) looseBold = true;
      continue;
    }
    if (cell && depth > 1) {
      // inside a table within a cell: its cells are words of the outer cell
      if (name === 'td' || name === 'th' || name === 'br' || name === 'tr') cell.text.push(' ');
      continue;
    }
    if (name === 'caption') {
      if (!closing) captionText = [];
      else if (captionText) {
        const t = cellText(captionText.join('')).replace(/\n+/g, ' ');
        captionText = undefined;
        if (t) {
          row++;
          cells.push(newCell(row, 1, t, undefined, undefined, true));
        }
      }
      continue;
    }
    if (name === 'tr') {
      closeRow();
      if (!closing) {
        if (row >= MAX_ROWS) break;
        row++;
        inRow = true;
        col = 1;
        const style = attrOf(attrs, 'style');
        if (style && /display\s*:\s*none/i.test(style)) hiddenRows.push(row);
      }
      continue;
    }
    if (name === 'td' || name === 'th') {
      closeCell();
      if (closing) continue;
      if (!inRow) {
        // a cell without its <tr>: a row of its own
        row++;
        inRow = true;
        col = 1;
      }
      const taken = covered.get(row);
      while (taken?.has(col)) col++;
      const span = (v: string | undefined) => Math.min(MAX_SPAN, Math.max(1, Number.parseInt(v ?? '1', 10) || 1));
      const colspan = Math.min(span(attrOf(attrs, 'colspan')), MAX_COLS - col + 1);
      // (a merge of more cells than a sheet's widest header could use is cut, so a hostile page cannot make millions)
      const rowspan = Math.min(span(attrOf(attrs, 'rowspan')), MAX_ROWS - row + 1, Math.max(1, Math.floor(MAX_SPAN_CELLS / colspan)));
      // the number itself where the writer states it: Excel's x:num="…", LibreOffice's sdval="…" (with its format
      // after the language in sdnum="1033;0;0%")
      const numAttr = attrOf(attrs, 'x:num') ?? attrOf(attrs, 'sdval');
      const cls = attrOf(attrs, 'class');
      const style = [...(cls ?? '').split(/\s+/).map((k) => classes.get(k) ?? ''), attrOf(attrs, 'style') ?? ''].join(';');
      const sdnum = attrOf(attrs, 'sdnum')?.split(';').slice(2).join(';');
      cell = {
        row,
        col,
        colspan,
        rowspan,
        bold: name === 'th' || bold > 0 || isBoldStyle(style),
        num: numAttr !== undefined && numAttr.trim() !== '' ? Number(numAttr) : undefined,
        numFmt: msoNumberFormat(style) ?? (sdnum && !/^(general|standard|@)$/i.test(sdnum) ? sdnum : undefined),
        text: [],
      };
      continue;
    }
    if (!cell) continue;
    if (name === 'br') cell.text.push(BREAK);
    else if (name === 'p' || name === 'div' || name === 'li') {
      if (closing) cell.text.push(BREAK);
    } else if (name === 'b' || name === 'strong') {
      if (closing) bold = Math.max(0, bold - 1);
      else {
        bold++;
        cell.bold = true;
      }
    } else if (!closing && isBoldStyle(attrOf(attrs, 'style'))) cell.bold = true;
  }
  closeCell();
  if (depth > 0) closeTable();
  emitLoose();
  finishSheet();
  // a page without a table (an error page, a notice) is no workbook
  if (tables === 0) throw new InputError(`${MSG_NOT_WORKBOOK}: isinya teks/HTML tanpa tabel`);
  return sheets;
}

interface MlStyle {
  bold?: boolean;
  indent?: number;
  numFmt?: string;
}

/** Excel's named formats as SpreadsheetML writes them, in the format codes the engine reads. */
const NAMED_FORMATS: Record<string, string> = {
  percent: '0.00%',
  fixed: '0.00',
  standard: '#,##0.00',
  'general number': 'General',
  currency: '#,##0.00',
  'short date': 'yyyy-mm-dd',
  'medium date': 'yyyy-mm-dd',
  'long date': 'yyyy-mm-dd',
  'general date': 'yyyy-mm-dd',
};

function mlStyles(xml: string): Map<string, MlStyle> {
  const out = new Map<string, MlStyle>();
  const raw = new Map<string, { parent?: string; own: MlStyle }>();
  for (const m of xml.matchAll(/<(?:ss:)?Style\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:ss:)?Style>)/g)) {
    const id = attrOf(m[1], 'ss:ID');
    if (!id) continue;
    const body = m[2] ?? '';
    const own: MlStyle = {};
    const font = /<(?:ss:)?Font\b([^>]*)/.exec(body)?.[1];
    if (font && /^(1|true)$/i.test(attrOf(font, 'ss:Bold') ?? '')) own.bold = true;
    const align = /<(?:ss:)?Alignment\b([^>]*)/.exec(body)?.[1];
    const indent = align ? Number(attrOf(align, 'ss:Indent')) : NaN;
    if (indent > 0) own.indent = indent;
    const fmt = /<(?:ss:)?NumberFormat\b([^>]*)/.exec(body)?.[1];
    const code = fmt ? attrOf(fmt, 'ss:Format') : undefined;
    if (code) own.numFmt = NAMED_FORMATS[code.toLowerCase()] ?? code;
    raw.set(id, { parent: attrOf(m[1], 'ss:Parent'), own });
  }
  const resolve = (id: string, seen: Set<string>): MlStyle => {
    const done = out.get(id);
    if (done) return done;
    const r = raw.get(id);
    if (!r) return {};
    const base = r.parent && !seen.has(r.parent) ? resolve(r.parent, seen.add(id)) : {};
    const style = { ...base, ...r.own };
    out.set(id, style);
    return style;
  };
  for (const id of raw.keys()) resolve(id, new Set());
  return out;
}

/** The inner text of a <Data> or <ss:Data>: its rich-text runs' words, tags left out. */
function dataText(inner: string): string {
  return decodeEntities(inner.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
}

function readSpreadsheetMl(xml: string): SheetSnapshot[] {
  const styles = mlStyles(/<(?:ss:)?Styles\b[\s\S]*?<\/(?:ss:)?Styles>/.exec(xml)?.[0] ?? '');
  const sheets: SheetSnapshot[] = [];
  for (const ws of xml.matchAll(/<(?:ss:)?Worksheet\b([^>]*)>([\s\S]*?)<\/(?:ss:)?Worksheet>/g)) {
    const name = attrOf(ws[1], 'ss:Name') ?? `Sheet${sheets.length + 1}`;
    const body = ws[2];
    const cells: Cell[] = [];
    const merges: RangeRef[] = [];
    const hiddenRows: number[] = [];
    const hiddenCols: number[] = [];
    const table = /<(?:ss:)?Table\b[^>]*>([\s\S]*?)<\/(?:ss:)?Table>/.exec(body)?.[1] ?? '';
    let colNo = 0;
    for (const c of table.matchAll(/<(?:ss:)?Column\b([^>]*)\/?>/g)) {
      const index = Number(attrOf(c[1], 'ss:Index'));
      colNo = index > 0 ? index : colNo + 1;
      const span = Math.max(0, Number(attrOf(c[1], 'ss:Span')) || 0);
      if (/^(1|true)$/i.test(attrOf(c[1], 'ss:Hidden') ?? '')) for (let k = 0; k <= span; k++) hiddenCols.push(colNo + k);
      colNo += span;
    }
    let rowNo = 0;
    for (const r of table.matchAll(/<(?:ss:)?Row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:ss:)?Row>)/g)) {
      const index = Number(attrOf(r[1], 'ss:Index'));
      rowNo = index > 0 ? index : rowNo + 1;
      if (rowNo > MAX_ROWS) break;
      if (/^(1|true)$/i.test(attrOf(r[1], 'ss:Hidden') ?? '')) hiddenRows.push(rowNo);
      const rowStyle = styles.get(attrOf(r[1], 'ss:StyleID') ?? '');
      let col = 0;
      for (const c of (r[2] ?? '').matchAll(/<(?:ss:)?Cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:ss:)?Cell>)/g)) {
        const a = c[1];
        const ci = Number(attrOf(a, 'ss:Index'));
        col = ci > 0 ? ci : col + 1;
        if (col > MAX_COLS) break;
        const across = Math.max(0, Number(attrOf(a, 'ss:MergeAcross')) || 0);
        const down = Math.max(0, Number(attrOf(a, 'ss:MergeDown')) || 0);
        if (across || down) merges.push({ top: rowNo, left: col, bottom: Math.min(MAX_ROWS, rowNo + down), right: Math.min(MAX_COLS, col + across) });
        const style = styles.get(attrOf(a, 'ss:StyleID') ?? '') ?? rowStyle ?? {};
        const data = /<(?:ss:)?Data\b([^>]*)>([\s\S]*?)<\/(?:ss:)?Data>/.exec(c[2] ?? '');
        const formula = attrOf(a, 'ss:Formula')?.replace(/^=/, '');
        let value: CellValue = null;
        if (data) {
          const type = (attrOf(data[1], 'ss:Type') ?? 'String').toLowerCase();
          const text = dataText(data[2]);
          if (type === 'number') value = text.trim() === '' ? null : Number(text);
          else if (type === 'boolean') value = /^(1|true)$/i.test(text.trim());
          else if (type === 'error') value = { error: text.trim() };
          else if (type === 'datetime') value = isoSerial(text.trim()) ?? text;
          else value = text;
          if (typeof value === 'number' && !Number.isFinite(value)) value = text;
        }
        if (value === null && formula === undefined) {
          col += across;
          continue;
        }
        const numFmt = style.numFmt === 'General' ? undefined : style.numFmt;
        cells.push(newCell(rowNo, col, value, formula, numFmt, style.bold || undefined, style.indent));
        col += across;
      }
    }
    const sheet: SheetSnapshot = { name, cells, merges };
    const options = /<(?:x:)?WorksheetOptions\b[\s\S]*?<\/(?:x:)?WorksheetOptions>/.exec(body)?.[0] ?? '';
    if (/<(?:x:)?Visible>\s*Sheet(Very)?Hidden\s*</i.test(options)) sheet.hidden = true;
    if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
    if (hiddenCols.length) sheet.hiddenCols = hiddenCols;
    sheets.push(sheet);
  }
  return sheets;
}
