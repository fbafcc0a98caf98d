/**
 * Indonesian figures as report authors write them: "Rp 4.681.577.821,-", "94,6 %", "<5%", "101,54", "19 Kegiatan",
 * "Rp. 30,000,000.00", and real numbers whose number format gives them a meaning (0.946 shown as 94,6 %).
 *
 * Percentages are returned in percentage points (94,6 % → 94.6) so that every check compares like with like.
 */
import Decimal from 'decimal.js';
import { Cell, CellValue, FIGURE_CACHE, Grid, isErrorValue, keepInCell, newCell, SheetSnapshot, storeOf, TEXT_CACHE } from './snapshot';

export type Unit = 'rupiah' | 'persen' | 'angka';
export type Comparator = '<' | '<=' | '>' | '>=';

export interface Figure {
  kind: 'figure';
  /** The exact value (decimal.js), built on first use. */
  value: Decimal;
  /** The same value as a JavaScript number, for fast comparisons far from any tolerance boundary. */
  num: number;
  unit: Unit;
  comparator?: Comparator;
  /** True when the figure was typed as text rather than stored as a number. */
  fromText: boolean;
  /** Decimal places as shown (from the text, or from the number format). */
  decimals: number;
  /**
   * Shown with fewer decimals than the figures of its column, under the General format (TableModel.statedFigure):
   * "0,3" among 2,47 and 0,89 is a change rounded to one decimal, or 0,30 with its zero dropped — never 0,39 cut off.
   */
  terse?: boolean;
  /** A counting word after the figure: "Kegiatan" in "19 Kegiatan". */
  unitText?: string;
}

/** "-", "Rp -", "", "NA": nothing was entered. */
export interface EmptyFigure {
  kind: 'empty';
  fromText: boolean;
}

/** Looks like a figure but cannot be read without guessing: "123.476.67,-". */
export interface InvalidFigure {
  kind: 'invalid';
  text: string;
  reason: string;
  /** A rounded amount in words ("Rp 2,3 Milyar", "1,25 M"): readable, only not to the rupiah — no typo. */
  abbreviated?: boolean;
  /** A number stored under a date format: a date, not a figure anyone typed. */
  date?: boolean;
  /** Several figures stacked in one cell, one per line ("95 %⏎80"), as a table converted from a document keeps them. */
  stacked?: boolean;
}

/** Words, not a figure: "Sangat Baik", "Program Rehabilitasi Sosial". */
export interface NotAFigure {
  kind: 'text';
  text: string;
}

export interface ErrorFigure {
  kind: 'error';
  error: string;
}

export type ParsedFigure = Figure | EmptyFigure | InvalidFigure | NotAFigure | ErrorFigure;

const EMPTY_TEXTS = new Set(['', '-', '--', '---', '—', '–', 'na', 'n/a', 'nihil', '%', '-%', 'rp', 'rp.', 'rp-', 'rp -', 'rp. -', 'rp.-']);

/** Words that scale an amount, with what one written unit is worth: ribu, rb, juta, jt, miliar/milyar, M, triliun, T. */
const MAGNITUDES: ReadonlyArray<[readonly string[], number]> = [
  [['ribu', 'rb'], 1e3],
  [['juta', 'jt'], 1e6],
  [['miliar', 'milyar', 'm'], 1e9],
  [['triliun', 't'], 1e12],
];
const MAGNITUDE_WORD = new RegExp(`^(${MAGNITUDES.flatMap(([words]) => words).join('|')})\\.?$`, 'i');

const ABBREVIATED = 'angka disingkat (ribu/juta/miliar); tulis angka lengkapnya';

/**
 * A figure read with "M" or "T" after it ("1,25 M") in a column of rupiah: miliar or triliun, a rounded amount
 * (elsewhere the letter may be a unit, metres). Undefined when the figure is not one.
 */
export function abbreviatedAmount(f: ParsedFigure, text: string): InvalidFigure | undefined {
  if (f.kind !== 'figure' || f.unitText === undefined || !/^[mt]\.?$/i.test(f.unitText)) return undefined;
  return { kind: 'invalid', text, reason: ABBREVIATED, abbreviated: true };
}

/**
 * A rounded amount in words ("Rp 1,85 Miliar", "875 Juta", "1,25 M") as the figure it writes and what one written unit
 * is worth: still no figure to add up or divide, but the amount it stands for to its shown precision, which a figure
 * written in full elsewhere can be compared with (1,85 miliar is not 1.580.000.000). Undefined for any other cell.
 */
export function abbreviatedValue(f: ParsedFigure): { figure: Figure; magnitude: number } | undefined {
  if (f.kind !== 'invalid' || !f.abbreviated) return undefined;
  const m = /^(.*\d)\s*([a-z]+)\.?$/i.exec(f.text.trim());
  const magnitude = m && MAGNITUDES.find(([words]) => words.includes(m[2].toLowerCase()))?.[1];
  if (!m || !magnitude) return undefined;
  const figure = parseFigure(m[1]);
  return figure.kind === 'figure' && !figure.comparator && !figure.value.isNegative() ? { figure, magnitude } : undefined;
}

/** A rate's base after its figure: "/ 100.000 KH", "per 1.000 penduduk" (group 1 the sign, 2 the power of ten). */
const RATE_RE = /^(\/|per)\s*(10{1,6}|1(?:\.000){1,2}|10{1,2}\.000)(?:\s+[A-Za-z][A-Za-z ./-]{0,40})?$/i;
const COMPARATOR_RE = /^(<=|>=|=<|=>|≤|≥|<|>)\s*/;
/** Bounds in words: group 1 a lower bound (minimal …), group 2 an upper bound (maksimal …). */
const WORD_COMPARATOR_RE =
  /^(?:(minimal|minimum|min|paling sedikit|sekurang-kurangnya|at least)|(maksimal|maksimum|maks|max|maximum|paling banyak|setinggi-tingginya|at most))\.?\s*(?=[\d(])/i;

function normaliseComparator(s: string): Comparator {
  switch (s) {
    case '<=':
    case '=<':
    case '≤':
      return '<=';
    case '>=':
    case '=>':
    case '≥':
      return '>=';
    default:
      return s as Comparator;
  }
}

/** Strips markup staff paste from web pages or PDFs ("<b>97%</b>") and folds odd spaces. */
export function cleanText(s: string): string {
  // fast path: most cells hold plain text with single spaces (a char-code scan: no RegExp, no new string)
  if (isPlainText(s)) return s.trim();
  return (
    s
      .replace(/<[^>]{0,200}>/g, '')
      // (characters that show nothing, brought along by a copy from a web page or a PDF: zero-width spaces and joiners,
      // a byte-order mark, a soft hyphen)
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      // a word broken over two lines at a hyphen ("Reali-⏎sasi", "Capai-⏎an (%)"), as a narrow column of a converted PDF
      // prints it, is one word; a word said twice ("Rata-⏎rata") keeps its hyphen
      .replace(/(\p{L}+)-[ \t]*\r?\n\s*(\p{Ll}+)/gu, (_m, a: string, b: string) => (a.toLowerCase() === b ? `${a}-${b}` : a + b))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Text (up to `end`) with no markup, no odd spaces, tabs or line breaks and no double space: cleanText leaves it as it is, trimmed. */
export function isPlainText(s: string, end = s.length): boolean {
  let prevSpace = false;
  for (let i = 0; i < end && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c === 60 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f) return false;
    if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return false;
  }
  return true;
}

/**
 * How a sheet's figures typed as text group and split their digits: the Indonesian way ("1.250.000,50") or the
 * English ("1,250,000.50"). Only "1,020" and "12.500" read differently by it (one separator, three digits after).
 */
export type NumberConvention = 'id' | 'en';

/**
 * What a figure's digits say of the convention they were typed in: "1.250.000", "1.250,5", "95,5" the Indonesian,
 * "1,250,000", "1,250.5", "95.5", "0.975" the English; undefined for "1,020", "12.500", "1250" (either way).
 */
export function conventionOf(token: string): NumberConvention | undefined {
  const dot = token.indexOf('.');
  const comma = token.indexOf(',');
  if (dot < 0 && comma < 0) return undefined;
  if (dot >= 0 && comma >= 0) return token.lastIndexOf(',') > token.lastIndexOf('.') ? 'id' : 'en';
  const sep = dot >= 0 ? '.' : ',';
  const parts = token.split(sep);
  // two separators of one kind group thousands: dots the Indonesian way, commas the English
  if (parts.length > 2) return sep === '.' ? 'id' : 'en';
  // one: a group of three after a non-zero whole part may be thousands or decimals; anything else is the decimals
  if (/^\d{3}$/.test(parts[1]) && /^[1-9]\d{0,2}$/.test(parts[0])) return undefined;
  return sep === ',' ? 'id' : 'en';
}

/** The digits of a figure typed as text ("Rp 1,250,000.00" → "1,250,000.00"). */
const FIGURE_TOKEN = /\d[\d.,]*\d|\d/;

/**
 * Whole figures of three digits or more, typed with no separator, in a column whose other figures are typed "1,087",
 * "1.005" (no figure of it unambiguous): this many say the separator groups thousands — a count crossing a thousand
 * ("814 | 1,087 | 553"), where reading it as decimals would put 1,087 a thousand times below its neighbours.
 */
const MIN_HUNDREDS = 2;

/** The convention under which a token's one separator groups thousands ("1,087": English; "1.087": Indonesian). */
const thousandsOf = (token: string): NumberConvention => (token.indexOf(',') >= 0 ? 'en' : 'id');

/**
 * The convention under which an ambiguous figure's token ("55.000", "1,000": one separator, three digits after it)
 * groups thousands, where the figure itself says it does: rupiah ("Rp44.000": money has no thousandths) or three zeros
 * after the separator (a figure's decimals are not typed ",000"); undefined where only the other figures can tell.
 */
function thousandsReading(token: string, rupiah: boolean): NumberConvention | undefined {
  const sep = token.indexOf('.') >= 0 ? '.' : ',';
  return rupiah || token.endsWith(`${sep}000`) ? (sep === '.' ? 'id' : 'en') : undefined;
}

/**
 * Settles the convention of a sheet's figures typed as text and reads the ones it decides ("1,020", "12.500") its
 * way: the figure itself where it says so (thousandsReading: "Rp44.000", "55.000"), a count of things counted whole
 * (`counted`: under "Realisasi (orang)", or in a row whose Satuan is "Orang" — no decimals, "15,090" is thousands),
 * else its column's own unambiguous figures (a pengukuran's rows each have their unit: one row's "63.8" says nothing of
 * another's "55.000"), else those of all the given cells, else the workbook's (`book`, from its other sheets:
 * conventionVotes), else the Indonesian way.
 * Given the cells of the sheet's figure columns (a numbering "1.1" or a code says nothing of how amounts are written);
 * the figures are kept with their cells (cellFigure), so every later reading agrees.
 */
export function settleNumberConvention<C extends { col: number; value: CellValue; numFmt?: string }>(
  cells: ReadonlyArray<C | undefined>,
  book?: NumberConvention,
  counted?: ReadonlySet<C>,
): NumberConvention {
  const byColumn = new Map<number, number>();
  // per column, its whole figures of three digits or more typed with no separator ("814" beside "1,087")
  const hundreds = new Map<number, number>();
  let all = 0;
  const ambiguous: Array<{ cell: C; token: string; rupiah: boolean }> = [];
  for (const c of cells) {
    const typed = c && typedFigure(c);
    if (!c || !typed) continue;
    const { figure: f, token } = typed;
    const conv = conventionOf(token);
    if (conv === undefined) {
      // (a figure with no separator at all reads alike either way)
      if (/[.,]/.test(token)) ambiguous.push({ cell: c, token, rupiah: f.unit === 'rupiah' });
      else if (token.length >= 3 && token.charCodeAt(0) !== 48) hundreds.set(c.col, (hundreds.get(c.col) ?? 0) + 1);
      continue;
    }
    const vote = conv === 'en' ? 1 : -1;
    byColumn.set(c.col, (byColumn.get(c.col) ?? 0) + vote);
    all += vote;
  }
  for (const { cell, token, rupiah } of ambiguous) {
    const own = byColumn.get(cell.col) ?? 0;
    // (a count of people, households, documents has no decimals: its one separator groups thousands)
    const conv =
      thousandsReading(token, rupiah) ??
      (counted?.has(cell) ? thousandsOf(token) : undefined) ??
      (own !== 0
        ? own > 0
          ? 'en'
          : 'id'
        : (hundreds.get(cell.col) ?? 0) >= MIN_HUNDREDS
          ? thousandsOf(token)
          : all !== 0
            ? all > 0
              ? 'en'
              : 'id'
            : (book ?? 'id'));
    if (conv === 'en') readEnglish(cell);
  }
  return all !== 0 ? (all > 0 ? 'en' : 'id') : (book ?? 'id');
}

/** Keeps a figure typed as text read the English way in its cell ("1,020" is 1 020), for every later reading. */
function readEnglish(cell: { value: CellValue }): void {
  keepInCell(cell, PARSED, parseFigureText(cell.value as string, 'en'));
}

/** How many English figures, and none typed the Indonesian way, a column needs to read its "848,886" as 848 886. */
const MIN_ENGLISH_VOTES = 2;

/**
 * Before a sheet's columns are told apart by their figures: where a column's figures typed as text are typed the
 * English way only ("2,167,781 | 1,584,921", two of them at least, none the Indonesian way), its ambiguous ones with a
 * comma ("848,886", "90,712": one comma, three digits after) are read that way, thousands — so a column of amounts in
 * thousands typed in English is one of amounts from the start, not of figures below a thousand. The sheet's texts are
 * read without a cell object. settleNumberConvention reads these the same way once the columns are known (the column's
 * own votes come first there too).
 */
export function readEnglishColumns(grid: Grid): void {
  const votes = new Map<number, { en: number; id: number }>();
  const ambiguous: Array<[number, number]> = [];
  grid.forEachText((row, col, text) => {
    // (only a text with a separator between digits can say anything, or be read two ways; a text that is no figure —
    // a code, a label — votes in its own column only, where no amount stands)
    if (text.indexOf(',') < 0 && text.indexOf('.') < 0) return;
    const token = FIGURE_TOKEN.exec(text)?.[0];
    if (!token || token.length < 3) return;
    const conv = conventionOf(token);
    if (conv === undefined) {
      if (token.indexOf(',') > 0 && parseFigureText(text).kind === 'figure') ambiguous.push([row, col]);
      return;
    }
    const v = votes.get(col) ?? { en: 0, id: 0 };
    v[conv]++;
    votes.set(col, v);
  });
  for (const [row, col] of ambiguous) {
    const v = votes.get(col);
    if (!v || v.id > 0 || v.en < MIN_ENGLISH_VOTES) continue;
    const cell = grid.get(row, col);
    if (cell && typeof cell.value === 'string') readEnglish(cell);
  }
}

/**
 * What a sheet's figures typed as text say of their convention: the English ones less the Indonesian ones
 * (conventionOf), 0 where none says — summed over a workbook, the convention a sheet of ambiguous figures only
 * ("2,186 | 2,323") was typed in, by the same hands as the others.
 */
export function conventionVotes(cells: ReadonlyArray<{ value: CellValue; numFmt?: string } | undefined>): number {
  let all = 0;
  for (const c of cells) {
    const typed = typedFigure(c);
    const conv = typed ? conventionOf(typed.token) : undefined;
    if (conv !== undefined) all += conv === 'en' ? 1 : -1;
  }
  return all;
}

/** A cell's figure typed as text, with the digits it was typed in ("Rp 1,250,000.00" → "1,250,000.00"). */
function typedFigure(c: { value: CellValue; numFmt?: string } | undefined): { figure: ParsedFigure & { kind: 'figure' }; token: string } | undefined {
  if (!c || typeof c.value !== 'string') return undefined;
  const figure = cellFigure(c);
  if (figure.kind !== 'figure') return undefined;
  const token = FIGURE_TOKEN.exec(cleanText(c.value))?.[0];
  return token ? { figure, token } : undefined;
}

interface NumberToken {
  value: Decimal;
  decimals: number;
}

/**
 * Reads the digits-and-separators part. Indonesian convention first: dots group thousands, a comma starts decimals.
 * A dot followed by something other than a group of exactly three digits is a decimal point ("98.91", "0.946");
 * with several dots every group after the first must have three digits, or the figure is malformed.
 */
export function readNumberToken(token: string, convention: NumberConvention = 'id'): NumberToken | { error: string } {
  const t = token;
  if (!/^\d[\d.,]*$/.test(t)) return { error: 'bukan angka' };
  if (/[.,]$/.test(t)) return { error: 'diakhiri pemisah' };
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  const groupsOk = (parts: string[]) => /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));

  let intPart: string;
  let fracPart = '';
  if (dots > 0 && commas > 0) {
    const lastDot = t.lastIndexOf('.');
    const lastComma = t.lastIndexOf(',');
    const decSep = lastDot > lastComma ? '.' : ',';
    const thouSep = decSep === '.' ? ',' : '.';
    const decCount = decSep === '.' ? dots : commas;
    if (decCount !== 1) return { error: `pemisah desimal "${decSep}" lebih dari satu` };
    const [whole, frac] = t.split(decSep);
    const groups = whole.split(thouSep);
    if (!groupsOk(groups)) return { error: 'kelompok ribuan tidak tiga angka' };
    intPart = groups.join('');
    fracPart = frac;
  } else if (dots > 0) {
    const groups = t.split('.');
    if (dots >= 2) {
      if (!groupsOk(groups)) return { error: 'kelompok ribuan tidak tiga angka' };
      intPart = groups.join('');
    } else if (/^\d{3}$/.test(groups[1]) && /^\d{1,3}$/.test(groups[0]) && groups[0] !== '0' && convention === 'id') {
      intPart = groups.join('');
    } else {
      intPart = groups[0];
      fracPart = groups[1];
    }
  } else if (commas > 0) {
    const groups = t.split(',');
    if (commas >= 2) {
      if (!groupsOk(groups)) return { error: 'kelompok ribuan tidak tiga angka' };
      intPart = groups.join('');
    } else if (convention === 'en' && /^\d{3}$/.test(groups[1]) && /^\d{1,3}$/.test(groups[0]) && groups[0] !== '0') {
      // "1,020" where the sheet writes its figures the English way: one thousand and twenty
      intPart = groups.join('');
    } else {
      intPart = groups[0];
      fracPart = groups[1];
    }
  } else {
    intPart = t;
  }
  const value = new Decimal(fracPart ? `${intPart}.${fracPart}` : intPart);
  return { value, decimals: fracPart.length };
}

/**
 * A number format's first section (positive numbers) with its quoted text, [bracketed] parts and escaped characters
 * taken out — or, given `gap`, each replaced by it (so that what stood either side of one is not read as adjacent).
 */
function formatSection(numFmt: string, gap = ''): string {
  return numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, gap)
    .replace(/\[[^\]]*\]/g, gap)
    .replace(/\\./g, gap);
}

/** Whether a cell's number format is Excel's General (or none): a number shows its own digits. */
export function isGeneralFormat(numFmt: string | undefined): boolean {
  return !numFmt || /^general$/i.test(numFmt.trim());
}

/** Decimal places a number format shows: "0.00" → 2, "#,##0" → 0, "0.0%" → 1. Undefined for General. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || isGeneralFormat(numFmt)) return undefined;
  const section = formatSection(numFmt);
  const m = /[0#?]\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  if (/[0#?]/.test(section)) return 0;
  return undefined;
}

/**
 * What a number format divides the value by before it shows it: a comma after the last digit placeholder scales by a
 * thousand each ("#,##0," shows 12450750000 as "12,450,751"; "#,##0,," in millions); 1 for any other format. A comma
 * between digit placeholders groups thousands and scales nothing.
 */
export function formatScale(numFmt: string | undefined): number {
  if (!numFmt || numFmt.indexOf(',') < 0) return 1;
  const section = formatSection(numFmt, ' ');
  const m = /[0#?](,+)(?![0#?,])/.exec(section);
  return m ? 1000 ** m[1].length : 1;
}

export function formatIsPercent(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\%/g, '')
    .includes('%');
}

/**
 * A format that writes a "%" after the number without scaling it (0.00"%", 0.0\%): the value is already in percent
 * points, as staff type "97,62" in a column they want shown "97,62%".
 */
export function formatShowsPercentSign(numFmt: string | undefined): boolean {
  if (!numFmt || formatIsPercent(numFmt)) return false;
  const first = numFmt.split(';')[0];
  return /"[^"]*(%|persen)[^"]*"|\\%/i.test(first) && /[0#?]/.test(first.replace(/"[^"]*"/g, ''));
}

/**
 * A date format that shows the year alone ("yyyy", "[$-421]yyyy", "\"Tahun \"yy"): a date written so shows as the number
 * of its year, "2024" — a year typed as a date, or made by =DATE(2024;1;1), in a header of years.
 */
export function formatShowsYearOnly(numFmt: string | undefined): boolean {
  if (!numFmt || !/y/i.test(numFmt)) return false;
  const section = formatSection(numFmt);
  return /^[\s.,/-]*(yyyy|yy)[\s.,/-]*$/i.test(section);
}

/** The year of an Excel date serial (the 1900 date system, as the readers give it). */
export function serialYear(serial: number): number {
  return serialDate(serial).getUTCFullYear();
}

/** The day an Excel date serial stands for (the 1900 date system, as the readers give it), at UTC midnight. */
function serialDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/** A date or time format: d, m, y, h, s tokens outside quotes and brackets, and no digit placeholders. */
export function formatIsDate(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const section = formatSection(numFmt);
  return /[dmyhs]/i.test(section) && !/[0#?]/.test(section) && !/general/i.test(section);
}

/** A rupiah format: the symbol ("Rp", [$Rp-421]) or the ISO code ([$IDR]). */
function formatIsRupiah(numFmt: string | undefined): boolean {
  return !!numFmt && /rp|idr/i.test(numFmt);
}

/** Decimals shown by Excel's General format: up to 10 significant digits, trailing zeros dropped. */
export function generalDecimals(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = Number(n.toPrecision(10)).toString();
  if (s.includes('e')) return 0;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * A stored number to the digits it holds, where its number format shows fewer (95,69 % typed under a "0%" format, shown
 * 96 %): what was typed, to ask whether it is exactly what a formula gives. Any other figure as it is.
 */
export function storedPrecisely(f: Figure): Figure {
  if (f.fromText) return f;
  const own = generalDecimals(f.num);
  return own > f.decimals ? makeFigure(f.num, f.value, { unit: f.unit, fromText: false, decimals: own }) : f;
}

const STACKED = 'beberapa angka dalam satu sel, satu per baris; tulis satu angka per sel';

/** A cell's lines that hold something ("95 %⏎80": two; a text of one line: none). */
export function stackedLines(raw: unknown): string[] {
  return typeof raw === 'string' && raw.includes('\n') ? raw.split(/\r?\n/).filter((l) => l.trim() !== '') : [];
}

/** Two or more lines, each a figure: the cell holds several figures. Undefined when any line is not one. */
function stackedFigures(raw: string, convention: NumberConvention): InvalidFigure | undefined {
  const lines = stackedLines(raw);
  if (lines.length < 2 || !lines.every((l) => parseFigureText(l, convention).kind === 'figure')) return undefined;
  return { kind: 'invalid', text: cleanText(raw), reason: STACKED, stacked: true };
}

/** Parses figure text. */
export function parseFigureText(raw: string, convention: NumberConvention = 'id'): ParsedFigure {
  // a figure is a few words at most: a long text is words, read no further (a 1 MB string in 12 000 cells)
  if (raw.length > MAX_FIGURE_CHARS) return { kind: 'text', text: cleanText(raw.slice(0, MAX_TEXT_READ)) };
  // figures stacked one per line ("95 %⏎80": two indikator in one row of a table converted from a document): each
  // readable, yet none is the cell's figure
  if (raw.indexOf('\n') >= 0) {
    const stacked = stackedFigures(raw, convention);
    if (stacked) return stacked;
  }
  // a footnote mark after the figure ("87,5%*", "92¹", "90 (*)", "95,5 *)") is not part of it
  let s = cleanText(raw).replace(/\s*(\(\*+\)|\*+\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\)?)$/, '');
  // the rupiah's ",-" typed with a longer dash or twice ("1.250.000.000,–", ",--") is the same mark
  if (s.lastIndexOf(',') >= s.length - 5 && (s.charCodeAt(s.length - 1) !== 45 || s.charCodeAt(s.length - 2) === 45))
    s = s.replace(/,\s*(?:[–—]|-[-–—]{1,2}|[–—][-–—]{1,2})$/, ',-');
  // ",=" (or ".=") closing an amount, as some offices type it, is the same mark
  if (s.charCodeAt(s.length - 1) === 61) s = s.replace(/([.,])\s*=+$/, '$1-');
  const lower = s.toLowerCase();
  if (EMPTY_TEXTS.has(lower)) return { kind: 'empty', fromText: true };
  // (the dash for nothing with its unit kept, "- %", "– %")
  if (lower.length <= 4 && /^[-–—]\s*%$/.test(lower)) return { kind: 'empty', fromText: true };

  let comparator: Comparator | undefined;
  const cm = COMPARATOR_RE.exec(s);
  if (cm) {
    comparator = normaliseComparator(cm[1]);
    s = s.slice(cm[0].length);
  } else if (/^[a-z]/i.test(s)) {
    // a bound in words before the figure: "Min. 85%", "Minimal 90", "Maks 5%", "Paling banyak 3 hari"
    const wm = WORD_COMPARATOR_RE.exec(s);
    if (wm) {
      comparator = wm[1] ? '>=' : '<=';
      s = s.slice(wm[0].length);
    }
  }
  // an explicit plus sign: "+5", "+ 2,5 %"
  if (s.charCodeAt(0) === 43 && /^\+\s*\d/.test(s)) s = s.replace(/^\+\s*/, '');

  let unit: Unit = 'angka';
  // a negative amount in brackets with its currency inside, "(Rp 2.000.000)", is "Rp (2.000.000)"
  const bracketedRp = s.charCodeAt(0) === 40 ? /^\((rp\.?|idr)\s*(.*)\)$/i.exec(s) : null;
  if (bracketedRp) s = `Rp (${bracketedRp[2].trim()})`;
  // the sign before the currency, as Excel shows a negative amount in rupiah ("-Rp105.000.000", "- Rp 105.000.000"),
  // is "Rp -105.000.000"
  const signedRp = /^[-−–]\s*(rp\.?|idr)\s*(?=[\d(])/i.exec(s);
  if (signedRp) s = `Rp -${s.slice(signedRp[0].length)}`;
  // the currency named after the figure, "2.000.000 (Rp)" / "2.000.000 Rp", is the same as before it (a label, which
  // never ends so, is not put through the RegExp)
  const last = s.charCodeAt(s.length - 1) | 32;
  const rpAfter =
    (last === 112 || last === 114 || last === 104 || last === 46 || last === 41) && s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57
      ? /^(\d[\d.,]*(?:,\s*-)?)\s*\(?(rp\.?|idr|rupiah)\)?$/i.exec(s)
      : null;
  if (rpAfter) s = `Rp ${rpAfter[1].trim()}`;
  // ("Rp,1.250.000": the currency typed with a comma for its dot)
  const rp = /^(rp[.,]?|idr)\s*/i.exec(s);
  if (rp) {
    unit = 'rupiah';
    s = s.slice(rp[0].length);
    if (EMPTY_TEXTS.has(s.toLowerCase())) return { kind: 'empty', fromText: true };
  }

  // thousands grouped by spaces (or no-break spaces, folded above): "18 600 000", "1 234 567,50"
  const spaced = /^[-−–(]?\s*(\d{1,3}(?: \d{3})+)(?=$|[.,]\d|[.,]\s*-|\s*%|\s+[A-Za-z]|\s*\))/.exec(s);
  if (spaced) s = s.replace(spaced[1], spaced[1].replace(/ /g, ''));

  let negative = false;
  let paren = false;
  if (/^\(.*\)$/.test(s)) {
    paren = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−–]\s*\d/.test(s)) {
    negative = true;
    s = s.replace(/^[-−–]\s*/, '');
  }
  if (paren) negative = !negative;

  const tm = /^\d[\d.,]*/.exec(s);
  if (!tm) return { kind: 'text', text: cleanText(raw) };
  let token = tm[0];
  let rest = s.slice(token.length).trim();

  // Rupiah written "4.681.577.821,-" (possibly ",- ,-"), or a sentence-ending dot "864.601.900."
  if (/^,\s*-/.test(s.slice(token.length - 1)) && token.endsWith(',')) {
    token = token.slice(0, -1);
    rest = s.slice(token.length).trim();
  }
  rest = rest.replace(/^(,\s*-\s*)+/, '').trim();
  // "1.000.000.-": a dash after the closing separator, as ",-"
  if (/[.,]$/.test(token) && /^-$/.test(rest)) {
    token = token.slice(0, -1);
    rest = '';
  }
  if (token.endsWith('.') && !/\./.test(token.slice(0, -1).replace(/\.\d{3}/g, '')) && rest === '') {
    token = token.slice(0, -1);
  } else if (/[.,]$/.test(token) && rest === '') {
    token = token.slice(0, -1);
  }

  if (/^%/.test(rest)) {
    unit = 'persen';
    rest = rest.slice(1).trim();
  } else if (rest.charCodeAt(0) === 40 && /^\(\s*%\s*\)/.test(rest)) {
    // "80 (%)": the sign in brackets, as the header's unit is written
    unit = 'persen';
    rest = rest.replace(/^\(\s*%\s*\)/, '').trim();
  } else if (/^(persen|percent)\b/i.test(rest)) {
    unit = 'persen';
    rest = rest.replace(/^(persen|percent)\b/i, '').trim();
  }
  rest = rest.replace(/^(,\s*-\s*)+/, '').trim();
  // "92,3%." ends a sentence; "90 %)" closes a bracket opened in the text before
  if (unit === 'persen' && /^[.)]$/.test(rest)) rest = '';
  // "Rp 2,5 M", "1,5 juta": a rounded amount in words, not a figure to add up or divide
  if (MAGNITUDE_WORD.test(rest) && (unit === 'rupiah' || !/^[mt]\.?$/i.test(rest))) {
    return { kind: 'invalid', text: cleanText(raw), reason: ABBREVIATED, abbreviated: true };
  }

  // a remark in brackets after the figure: "80% (tercapai)", "1.587.500.000 (APBD)", "3,5 (B)", "5 (lima)",
  // "100% (2 dokumen)"; the figure in words before its counting word, as official documents write it: "12 (dua belas)
  // Dokumen" ("(juta)" scales the figure instead: not a remark)
  if (rest.charCodeAt(0) === 40) {
    // (or the amount in words, as a payment order writes it: "(satu juta dua ratus lima puluh ribu rupiah)")
    const remark = /^\(([A-Za-z0-9][A-Za-z0-9 .,/%-]{0,40}|[A-Za-z][A-Za-z ]*\brupiah)\)\s*(.*)$/.exec(rest);
    if (remark && !MAGNITUDE_WORD.test(remark[1].trim())) rest = remark[2];
  }
  // a rate after the unit: "25 %/tahun", "Rp 1.250.000/bulan", "4 kali / tahun" (the counting word takes it below)
  if (rest.charCodeAt(0) === 47 && (unit !== 'angka' || rest.length > 1)) {
    const per = /^\/\s*([A-Za-z][A-Za-z ]{0,20})$/.exec(rest);
    if (per) rest = `per ${per[1]}`;
  }
  let unitText: string | undefined;
  // per mille (a death rate per 1 000): a unit, like a counting word
  if (rest === '‰') {
    unitText = rest;
    rest = '';
  }
  // a rate over a power of ten, as a health office types its death rates: "98/100.000 KH", "12 per 1.000 KH",
  // "3,5 per 1000 kelahiran hidup" — the figure is the rate, the rest its unit (as "‰" is). A base under a thousand
  // after a "/" is a count of a whole ("8/10 puskesmas", "98/100"), one under a hundred after "per" too: no rate
  if (rest !== '' && (rest.charCodeAt(0) === 47 || (rest.charCodeAt(0) | 32) === 112)) {
    const rate = RATE_RE.exec(rest);
    if (rate && rate[2].replace(/\./g, '').length >= (rate[1] === '/' ? 4 : 3)) {
      unitText = rest;
      rest = '';
    }
  }
  if (rest !== '') {
    // A counting word ("Kegiatan", "KK", "orang", "unit") may follow, or a measure ("km", "m2", "m3/detik": square and
    // cubic metres written with their power as a digit); anything else means this is not a figure.
    const word = /[23]/.test(rest) ? rest.replace(/\b([kcdh]?m)[23](?=$|[\s/.)])/gi, '$1') : rest;
    if (/^[A-Za-z][A-Za-z ./-]{0,40}$/.test(word) && !/\d/.test(word)) {
      unitText = rest;
    } else if (/^[\d.,\s]+$/.test(rest) || /^[.,]/.test(rest)) {
      return { kind: 'invalid', text: cleanText(raw), reason: 'angka terpotong oleh spasi atau pemisah ganda' };
    } else {
      return { kind: 'text', text: cleanText(raw) };
    }
  }

  // a rupiah amount has at most two decimals (sen): "Rp 250,000" is two hundred and fifty thousand, written the English way
  if (unit === 'rupiah' && /^\d{1,3},\d{3}$/.test(token)) token = token.replace(',', '');
  const read = readNumberToken(token, convention);
  if ('error' in read) return { kind: 'invalid', text: cleanText(raw), reason: read.error };
  const value = negative ? read.value.neg() : read.value;
  const fig = makeFigure(value.toNumber(), value, { unit, fromText: true, decimals: read.decimals });
  if (comparator) fig.comparator = comparator;
  if (unitText) fig.unitText = unitText;
  return fig;
}

interface FormatInfo {
  decimals: number | undefined;
  percent: boolean;
  /** A "%" written after the number, not scaling it (formatShowsPercentSign). */
  percentSign: boolean;
  date: boolean;
  rupiah: boolean;
}

const formatCache = new Map<string, FormatInfo>();

/** What a number format says, worked out once per distinct format string. */
let lastFormat: string | undefined;
let lastInfo: FormatInfo | undefined;

function formatInfo(numFmt: string | undefined): FormatInfo {
  // a column's cells share one format (often the very same string): the last answer first, then the map
  if (lastInfo !== undefined && numFmt === lastFormat) return lastInfo;
  const key = numFmt ?? '';
  let info = formatCache.get(key);
  if (!info) {
    info = {
      decimals: formatDecimals(numFmt),
      percent: formatIsPercent(numFmt),
      percentSign: formatShowsPercentSign(numFmt),
      date: formatIsDate(numFmt),
      rupiah: formatIsRupiah(numFmt),
    };
    if (formatCache.size < 10000) formatCache.set(key, info);
  }
  lastFormat = numFmt;
  lastInfo = info;
  return info;
}

/** Where a cell keeps its parsed figure: a symbol, so it never shows in JSON nor in a structured clone's keys. */
const PARSED: typeof FIGURE_CACHE = FIGURE_CACHE;

/**
 * A cell's figure, parsed once: recognition and every rule ask for the same cells, so the result is kept on the
 * cell object itself, under a private symbol.
 */
export function cellFigure(cell: { value: CellValue; numFmt?: string } | undefined): ParsedFigure {
  if (!cell) return EMPTY;
  // A stored number is read in a few steps: made afresh on each call, never kept. A million figures kept on their
  // cells would live to the old generation and make every collection slower; short-lived ones cost almost nothing.
  if (typeof cell.value === 'number') return parseFigure(cell.value, cell.numFmt);
  const holder = cell as { [PARSED]?: ParsedFigure };
  let p = holder[PARSED];
  if (!p) {
    p = parseFigure(cell.value, cell.numFmt);
    keepInCell(cell, PARSED, p);
  }
  return p;
}

/**
 * A stored whole number shown without decimals (not a percentage, not a date), read with no figure made: the value
 * whose figure would have num = value and decimals = 0. Undefined for anything else. Rules sum these by the
 * thousand; only a disagreement needs the figures.
 */
export function storedInteger(v: number, numFmt: string | undefined): number | undefined {
  if (!Number.isInteger(v)) return undefined;
  const fmt = formatInfo(numFmt);
  return fmt.percent || (fmt.date && isDateSerial(v)) || (fmt.decimals ?? 0) !== 0 ? undefined : v;
}

/**
 * A stored number's figure value (its num: × 100 under a % format) without making the figure; undefined where it is no
 * figure (a date, a non-finite number), as parseFigure reads it.
 */
export function storedNumberNum(value: number, numFmt: string | undefined): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const fmt = formatInfo(numFmt);
  if (fmt.date && isDateSerial(value)) return undefined;
  return fmt.percent ? value * 100 : value;
}

/** A stored number's figure kind without making the figure ('figure', or 'invalid' for a date or a non-finite one). */
export function storedNumberKind(value: number, numFmt: string | undefined): 'figure' | 'invalid' {
  return Number.isFinite(value) && !(formatInfo(numFmt).date && isDateSerial(value)) ? 'figure' : 'invalid';
}

/** The last day Excel can show, 31/12/9999, as its serial number. */
const LAST_DATE_SERIAL = 2958465;

/** Whether a stored number can be a date at all (Excel shows any other number under a date format as ####). */
const isDateSerial = (v: number): boolean => v >= 0 && v <= LAST_DATE_SERIAL;

/**
 * How much of a cell's text the engine reads: a label, a header or a note is never longer, and a longer text (a
 * workbook whose one shared string of a megabyte fills thousands of cells; Excel itself stops a cell at 32 767
 * characters) would make every later look at it cost as much.
 */
const MAX_TEXT_READ = 2000;
/** A text longer than this is no figure ("Rp 1.250.000.000,00 (APBD Perubahan)" is far shorter). */
const MAX_FIGURE_CHARS = 200;

/** Where a cell keeps its cleaned text (see cellText). */
const TEXT: typeof TEXT_CACHE = TEXT_CACHE;

/**
 * The text a cell shows, cleaned (markup stripped, single spaces; a number in plain form, an error as its code), worked
 * out once per cell and kept on it like its figure: recognition and the rules read the same labels many times.
 */
export function cellText(cell: { value: CellValue } | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  const holder = cell as { [TEXT]?: string };
  let t = holder[TEXT];
  if (t === undefined) {
    const v = cell.value;
    t = isErrorValue(v) ? v.error : cleanText(typeof v === 'string' && v.length > MAX_TEXT_READ ? v.slice(0, MAX_TEXT_READ) : String(v));
    keepInCell(cell, TEXT, t);
  }
  return t;
}

const EMPTY: ParsedFigure = { kind: 'empty', fromText: false };

/** A figure whose exact Decimal is made only when a rule needs it (most figures are compared as numbers). */
class LazyFigure implements Figure {
  readonly kind = 'figure' as const;
  // declared, not initialised: most figures never have them, and every field set in the constructor costs memory on
  // each of a large book's million cells
  declare comparator?: Comparator;
  declare unitText?: string;
  declare terse?: boolean;
  declare private exactValue?: Decimal;
  constructor(
    readonly num: number,
    /** How to make the exact value: the text's digits, or the stored number (× 100 for a % format). */
    private readonly source: Decimal | number,
    private readonly times100: boolean,
    readonly unit: Unit,
    readonly fromText: boolean,
    /** Decimal places shown; -1: as Excel's General format shows the number (worked out when asked). */
    private shown: number,
  ) {}
  get decimals(): number {
    if (this.shown < 0) this.shown = generalDecimals(this.num);
    return this.shown;
  }
  get value(): Decimal {
    if (!this.exactValue) {
      // (a stored number to the 15 significant digits Excel keeps and shows: 0,9385 is written 0,93849999999999989)
      const d = this.source instanceof Decimal ? this.source : new Decimal(this.source).toSignificantDigits(15);
      this.exactValue = this.times100 ? d.times(100) : d;
    }
    return this.exactValue;
  }
}

export function makeFigure(
  num: number,
  exact: Decimal | number,
  rest: { unit: Unit; fromText: boolean; /** -1: as General shows it */ decimals: number; times100?: boolean },
): Figure {
  return new LazyFigure(num, exact, rest.times100 ?? false, rest.unit, rest.fromText, rest.decimals);
}

/** Parses a cell's value in the light of its number format. */
export function parseFigure(value: CellValue | undefined, numFmt?: string): ParsedFigure {
  if (value === null || value === undefined) return { kind: 'empty', fromText: false };
  if (isErrorValue(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value), reason: 'bukan bilangan terhingga' };
    const fmt = formatInfo(numFmt);
    // Excel turned what was typed into a date ("1.12" becomes 1 Desember): not a figure anyone meant. A number no date
    // can be (past 31/12/9999, or below zero: Excel shows it as ####) under a date format is the number.
    if (fmt.date && isDateSerial(value)) return { kind: 'invalid', text: excelDateText(value), reason: 'tersimpan sebagai tanggal, bukan angka', date: true };
    const fmtDec = fmt.decimals;
    if (fmt.percent) {
      return makeFigure(value * 100, value, { unit: 'persen', fromText: false, decimals: fmtDec ?? -1, times100: true });
    }
    return makeFigure(value, value, { unit: fmt.rupiah ? 'rupiah' : fmt.percentSign ? 'persen' : 'angka', fromText: false, decimals: fmtDec ?? -1 });
  }
  return parseFigureText(value);
}

/** Convenience: the figure's value, or undefined when there is none. */
export function figureValue(p: ParsedFigure): Decimal | undefined {
  return p.kind === 'figure' ? p.value : undefined;
}

/** Formats a value the Indonesian way: 4681577821 → "4.681.577.821", 101.497 → "101,50" with 2 decimals. */
export function formatIndonesian(value: Decimal | number, decimals?: number): string {
  const d = value instanceof Decimal ? value : new Decimal(value);
  const fixed = decimals === undefined ? d.toFixed() : d.toFixed(decimals);
  const neg = fixed.startsWith('-');
  const [i, f] = (neg ? fixed.slice(1) : fixed).split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${grouped}${f ? `,${f}` : ''}`;
}

/** The word for money written in thousands, millions or billions ("Rp 2.310 juta"). */
export function magnitudeWord(magnitude: number): string {
  return magnitude === 1e3 ? 'ribu' : magnitude === 1e6 ? 'juta' : magnitude === 1e9 ? 'miliar' : `× ${magnitude}`;
}

/** "Rp 4.681.577.821"; with a magnitude, the amount as written in thousands or millions: "Rp 2.310 juta". */
export function formatRupiah(value: Decimal | number, magnitude?: number): string {
  const d = value instanceof Decimal ? value : new Decimal(value);
  const shown = `Rp ${formatIndonesian(d, d.isInteger() ? 0 : 2)}`;
  return magnitude ? `${shown} ${magnitudeWord(magnitude)}` : shown;
}

export function formatPersen(value: Decimal | number, decimals = 2): string {
  return `${formatIndonesian(value, decimals)} %`;
}

function excelDateText(serial: number): string {
  const d = serialDate(serial);
  if (Number.isNaN(d.getTime())) return String(serial);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/**
 * A date shows what its format writes of it, and a sheet is read as it shows: a date shown as its year alone ("yyyy")
 * holds that year, a number (a header of years made of dates reads as one of years typed); a date shown as its month
 * ("mmm-yy", "mmmm yyyy", "mm/yyyy") holds that text ("Jan-24": a header of months made of dates is a header, not a
 * row of numbers). In place, once: a number already a year (below the serials of 1950 … 2100) stays.
 */
export function showDates(sheet: SheetSnapshot): void {
  const shown = (numFmt: string | undefined) => (formatShowsYearOnly(numFmt) ? yearOfSerial : monthShown(numFmt));
  const store = storeOf(sheet);
  if (store) return store.rewriteNumbers(shown);
  // (each format read once, as the store reads each look once; the list copied only where a date shows otherwise)
  const byFormat = new Map<string | undefined, ReturnType<typeof shown>>();
  let cells: Cell[] | undefined;
  sheet.cells.forEach((c, i) => {
    if (typeof c.value !== 'number') return;
    let f = byFormat.get(c.numFmt);
    if (f === undefined && !byFormat.has(c.numFmt)) byFormat.set(c.numFmt, (f = shown(c.numFmt)));
    const v = f?.(c.value);
    if (v === undefined || v === c.value) return;
    (cells ??= sheet.cells.slice())[i] = newCell(c.row, c.col, v, c.formula, c.numFmt, c.bold, c.indent);
  });
  if (cells) sheet.cells = cells;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/**
 * A format that shows a month, with its year or alone, and no day nor time ("mmm-yy", "[$-421]mmmm yyyy", "mm/yyyy"):
 * how it writes a date serial of a report's years, the month's name in Indonesian as Excel writes it in that locale
 * ("Jan-24", "Agustus 2024"); other numbers as they are. Undefined for any other format.
 */
export function monthShown(numFmt: string | undefined): ((v: number) => number | string) | undefined {
  if (!numFmt || !/m/i.test(numFmt)) return undefined;
  const section = formatSection(numFmt);
  if (!/^[\s.,/-]*(m{1,5}([\s.,/-]+(yyyy|yy))?|(yyyy|yy)[\s.,/-]+m{1,5})[\s.,/-]*$/i.test(section)) return undefined;
  return (v) => {
    if (v < SERIAL_1950 || v > SERIAL_2100) return v;
    const d = serialDate(v);
    const month = d.getUTCMonth();
    const year = String(d.getUTCFullYear());
    return section.replace(/yyyy|yy|m{1,5}/gi, (t) => {
      const k = t.toLowerCase();
      if (k === 'yyyy') return year;
      if (k === 'yy') return year.slice(2);
      if (k === 'm') return String(month + 1);
      if (k === 'mm') return String(month + 1).padStart(2, '0');
      if (k === 'mmm') return MONTHS[month].slice(0, 3);
      return k === 'mmmm' ? MONTHS[month] : MONTHS[month][0];
    });
  };
}

/** The serials of 1 January 1950 and 31 December 2100: a date of a report's years. */
const SERIAL_1950 = 18264;
const SERIAL_2100 = 73415;

/** A date serial of a report's years as its year; any other number as it is (a year already, or no date). */
function yearOfSerial(v: number): number {
  return v >= SERIAL_1950 && v <= SERIAL_2100 ? serialYear(v) : v;
}
