/**
 * Row stage: each body row's level (section, program, kegiatan, sub kegiatan, total, or plain data) and parent, from
 * how reports show hierarchy — the words "Program"/"Kegiatan", numbering (1, 1.1, a.), bold, indent, a "- " prefix,
 * separate Program/Kegiatan columns, kegiatan rows without an indikator — and totals ("JUMLAH", "RATA-RATA").
 */
import { RangeRef } from '../address';
import { cellFigure, cleanText, storedNumberNum, storedPrecisely } from '../figures';
import { Cell, Grid, isBlankValue } from '../snapshot';
import { ColumnRole, FIGURE_ROLES, RowLevel, sideBySide, TableColumn, TableRow } from '../types';
import {
  CODE_PART,
  spacedCode,
  endsOpen,
  explicitLevel,
  isAccountLabel,
  isAverageLabel,
  isBareTotalLabel,
  isBelanjaGroup,
  isBelanjaLine,
  isCapitalSpending,
  isDirectSpendingGroup,
  isDifferenceLabel,
  isMeasureTotalLabel,
  isNote,
  isPivotRowHeader,
  isYearColumnHeader,
  isTotalLabel,
  mayBeTotalLabel,
  norm,
  SECTION_RE,
  startsSmallLetter,
  isGenericSubtotalLabel,
  SUM_WORD,
} from '../vocabulary';
import { cellsIn, figureIn, isTextCell, textOf } from './cells';
import { isSectionCell } from './extent';
import { addsUpAsParent, outlineBySums, sameAmount, SumLine, sumOfLines, topAddsUpTo } from './outline-by-sums';
import { MAX_HEADED_ROWS, MAX_MEAN_LABEL_CHARS, MAX_TOTAL_LABEL_CHARS, MIN_INDENT_SPACES, UNMARKED_ROWS_SHARE, WRAPPED_CAPITALS_CHARS } from './thresholds';

interface RowFeatures {
  row: number;
  label: string;
  labelCol: number;
  /** Bold, or typed in capitals: a heading. */
  bold: boolean;
  /** Typed in capitals (and not bold): a heading by its letters alone. */
  caps: boolean;
  indent: number;
  /**
   * The prefix mark ("- ", "• ") the label opens with: 0 none; while rows are read its kind (markKind), then its rank
   * among the table's marks (rankMarks: 1 the outermost).
   */
  dash: number;
  /** NO_NUMBER, ALPHA ("a.", "b)"), 1 for a plain number ("1", "IV."), n ≥ 2 for a dotted code of n parts (1.1, 4.1.01.06). */
  numbering: number;
  explicit?: 'program' | 'kegiatan' | 'subkegiatan';
  perfEmpty: boolean;
  total: boolean;
  section: boolean;
  /**
   * Another indikator of the item above (a Renja table's sub kegiatan with two or three indikator, each on a row of its
   * own, its name and money on the first): no uraian and no money of its own, so no item of the outline.
   */
  continues: boolean;
  /** How the row looks (bold, indent, dash, numbering), as one small number: a Set of them hashes no strings. */
  styleKey: number;
  /** The level worked out for it (0 program, 1 kegiatan, 2 sub kegiatan). */
  level: number;
  /** How far down the outline its look puts it (before the depths are ranked into levels). */
  depth: number;
  /** Its code or number ("1.02.01", "4.1.4.16", "2"), '' for none. */
  code: string;
  /** Numbered with a closing bracket: 1 for "1)", 2 for "a)" (the outline's deeper forms of "1." and "a."). */
  paren: number;
  /** Spaces typed before its label (an indent made with the space bar, as in files typed long ago or pasted from PDF). */
  spaces: number;
  /** Its label is all the row holds (beside a number or code at most), no figure. */
  labelOnly: boolean;
  /** Where it holds text and nothing else (no number, no figure; a remark aside): the columns of its text. */
  textCols: number[] | undefined;
  /** A number or code written in its No or code column. */
  numbered: boolean;
  /** A figure in one of its cells. */
  figures: boolean;
  /** The last sheet row of its label, where the label is written over several rows (joinWrappedLabels). */
  lastRow: number;
  /** The sheet row a line right above it would stand in: the one above, or the one above a page break between. */
  above: number;
  /** The other sheet rows its label is written over, top to bottom (joinWrappedLabels). */
  lines?: number[];
  /**
   * The heading whose sub-total the row is ("Jumlah Program Pengelolaan Persampahan" after "PROGRAM PENGELOLAAN
   * PERSAMPAHAN" and its rows): the row carries that heading's figures.
   */
  subtotalOf: RowFeatures | undefined;
  /**
   * The row above with figures of its own whose name this sum repeats ("Jumlah Kegiatan Perencanaan SDM" under the
   * kegiatan "Perencanaan SDM" and its sub kegiatan): a total that closes that row's group.
   */
  sumOfRow?: number;
  /** Its text in the No or code column(s). */
  noText: string;
}

/** 1 for a number closed by a bracket ("1)", "12)"), 2 for a letter ("a)"), 0 for anything else. */
function parenStyle(t: string): number {
  const m = /^\s*(?:(\d{1,3})|[a-z])\)/i.exec(t);
  return m ? (m[1] !== undefined ? 1 : 2) : 0;
}

const NO_NUMBER = 0;
const ALPHA = -1;
/** In the No column, a Roman numeral ("I", "IV.") and a capital letter ("A", "B."): the outline's upper levels. */
const ROMAN = -2;
const UPPER = -3;

/** A dotted code of two parts or more ("1.02.01", "X.XX.01", "4.1.4.16."), before a space or the end. */
const DOTTED_CODE = new RegExp(`^${CODE_PART}(?:\\.${CODE_PART})+\\.?(?=\\s|$)`);

/**
 * How a row is numbered: 1 / 1.1 / 1.1.1 / a., or a dotted code of any depth — an account code (4.1.01.06) or the
 * Permendagri program / kegiatan / sub kegiatan code (1.02.02 / 1.02.02.1.01 / 1.02.02.1.01.0001): the more parts, the
 * deeper the row. In the No column any whole number is a sequence number (a Pemda-wide list runs past 999); leading a
 * label, only up to three digits (a label may start with a year or an amount).
 */
function numberingOf(t: string, inNoColumn = false): number {
  const s = t.trim();
  // the No column's I › A › 1 outline, its marks alone in the cell (a label's "I." stays a number, read by bold)
  if (inNoColumn && s.length <= 5) {
    if (/^[IVX]{1,4}[.)]?$/.test(s)) return ROMAN;
    if (/^[A-Z][.)]?$/.test(s)) return UPPER;
  }
  // sifted by the first character: most labels start with a word, and only "a." / "b)" numbering starts with a letter
  // other than the Roman I, V, X
  const c = s.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 73 && c !== 86 && c !== 88) {
    const lower = c | 32;
    return lower >= 97 && lower <= 122 && /^[a-z][.)](\s|$)/i.test(s) ? ALPHA : NO_NUMBER;
  }
  // (Kepmendagri 050 codes the programmes every office has "X.XX": X.XX.01, X.XX.01.2.01 …)
  const code = DOTTED_CODE.exec(s);
  if (code) {
    // its parts, counted by the dots between them (a closing dot is none): no array made per row
    const m = code[0];
    let parts = 1;
    for (let i = 0; i < m.length - 1; i++) if (m.charCodeAt(i) === 46) parts++;
    return parts;
  }
  if ((inNoColumn ? /^\d{1,6}[.)]?(\s|$)/ : /^\d{1,3}[.)]?(\s|$)/).test(s) || /^[IVX]+\.(\s|$)/.test(s)) return 1;
  if (/^[a-z][.)](\s|$)/i.test(s)) return ALPHA;
  return NO_NUMBER;
}

/** The first run of two or more adjacent numbering columns: a code split over columns. */
function splitCodeColumns(columns: TableColumn[]): number[] {
  const nos = columns.filter((c) => c.role === 'no').map((c) => c.col);
  for (let i = 0; i < nos.length; i++) {
    let j = i;
    while (j + 1 < nos.length && sideBySide(columns, nos[j], nos[j + 1])) j++;
    if (j > i) return nos.slice(i, j + 1);
  }
  return [];
}

/** A row's code from the columns it is split over: its filled parts joined by dots ("1", "02", "01" → "1.02.01"). */
function joinedCode(grid: Grid, row: number, cols: number[]): string {
  let code = '';
  for (const col of cols) {
    const part = textOf(grid.get(row, col)).trim().replace(/\.$/, '');
    if (part) code = code ? `${code}.${part}` : part;
  }
  return code;
}

/** Whether a column numbers the rows in sequence (1, 2, 3 …, each filled row one more than the one before, most filled). */
function numbersInSequence(grid: Grid, col: number, rows: number[]): boolean {
  let last = 0;
  let filled = 0;
  for (const r of rows) {
    const t = textOf(grid.get(r, col)).trim().replace(/[.)]$/, '');
    if (t === '') continue;
    if (!/^\d{1,5}$/.test(t) || Number(t) !== last + 1) return false;
    last = Number(t);
    filled++;
  }
  return filled >= 3 && filled * 2 >= rows.length;
}

/** The code or number a text starts with, without a closing dot: "1.02.01 Program …" → "1.02.01", "IV." → ''. */
function codeText(t: string): string {
  // by char codes, no RegExp per row: leading spaces, then digits and the dots between them
  let i = 0;
  while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  const start = i;
  let end = i;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // digits, and the X of Kepmendagri 050's X.XX
    if ((c >= 48 && c <= 57) || c === 88 || c === 120) end = i + 1;
    else if (c !== 46 || end !== i) break;
  }
  if (end <= start) return '';
  // the No column's "1.2.3" is its own code: no copy made
  return start === 0 && end === t.length ? t : t.slice(start, end);
}

/**
 * A Perangkat Daerah's code as SIPD writes it (Kepmendagri 050-5889/2021): its urusan and bidang, two more pairs of
 * them (0.00 where none), its unit and its sub-unit — "2.15.0.00.0.00.01.0000 DINAS PERHUBUNGAN". Returns the pairs it
 * names ("2.15"), or undefined for any other code.
 */
function organisationPairs(code: string): string[] | undefined {
  if (!ORGANISATION_CODE.test(code)) return undefined;
  const p = code.split('.');
  return [`${p[0]}.${p[1]}`, `${p[2]}.${p[3]}`, `${p[4]}.${p[5]}`].filter((pair) => pair !== '0.00');
}
const ORGANISATION_CODE = /^\d\.\d\d\.\d\.\d\d\.\d\.\d\d\.\d\d\.\d{4}$/;

/** A row of the plan above the programmes: a sasaran, a tujuan, an urusan or its bidang. */
const ABOVE_PROGRAM = /^(sasaran|tujuan|urusan|bidang urusan)\b/;

/** The levels a label may name, outermost first. */
const LEVEL_ORDER = { program: 0, kegiatan: 1, subkegiatan: 2 } as const;

/**
 * Levels from codes that nest, set on the rows: where most rows carry a code, their codes have two depths or more,
 * and every coded row's code begins with the code of the row it falls under (nearest above with a shorter code). A row
 * without a code is a heading of its own (bold or capitals: "SURPLUS/(DEFISIT)") or a detail of the row above.
 * Codes of another scheme under a coded row (the belanja accounts 5.1.02 … under sub kegiatan 1.06.01.2.01.0001)
 * are its details, nesting among themselves. Returns false, setting nothing, where the codes do not nest (a kegiatan
 * coded "2.01" under programme "1.02.01"). A Perangkat Daerah's row in SIPD's layout ("2.15 URUSAN … › 2.15.0.00.0.00.01.0000
 * DINAS PERHUBUNGAN › 2.15.01 PROGRAM …") stands between its urusan and the programmes, whose codes begin with the
 * urusan's.
 */
function codeLevels(data: RowFeatures[], outline: { roman: boolean; upper: boolean }): boolean {
  let coded = 0;
  for (const f of data) if (f.code) coded++;
  if (coded < 3 || coded * 2 < data.length) return false;
  // a Perangkat Daerah's row (SIPD): just below its urusan-bidang pair, its rows coded from that pair; a unit and its
  // sub-units (a Puskesmas "….01.0001" after the Dinas "….01.0000") side by side, each over its own programmes
  const organisations = new Map<RowFeatures, string[]>();
  for (const f of data) {
    const pairs = f.numbering === 8 ? organisationPairs(f.code) : undefined;
    if (pairs?.length) organisations.set(f, pairs);
  }
  // a code's depth is its parts (numbering counted them); it nests when it begins with its parent's code and a dot
  const depthOf = (f: RowFeatures) => (organisations.has(f) ? 2.5 : Math.max(1, f.numbering));
  const extendsCode = (child: string, parent: string) => child.length > parent.length && child.charCodeAt(parent.length) === 46 && child.startsWith(parent);
  /** Whether a row's code nests under its parent's: begins with it, or (a Perangkat Daerah's) with a pair it names. */
  const nestsUnder = (f: RowFeatures, parent: RowFeatures) => {
    const own = organisations.get(f);
    if (own) return own.some((pair) => pair === parent.code || extendsCode(pair, parent.code)) || extendsCode(f.code, parent.code);
    const pairs = organisations.get(parent);
    return pairs ? pairs.some((pair) => extendsCode(f.code, pair)) || extendsCode(f.code, parent.code) : extendsCode(f.code, parent.code);
  };
  const schemeOf = (code: string) => {
    const dot = code.indexOf('.');
    return dot < 0 ? code : code.slice(0, dot);
  };
  const first = data.find((f) => f.code);
  const scheme = first ? schemeOf(first.code) : '';
  // rows of another scheme are details where the main codes resume after them (or an earlier run of that scheme was
  // details); where they never do, they start a branch of their own ("4 PENDAPATAN …" then "5 BELANJA …")
  const detail = new Set<RowFeatures>();
  const detailSchemes = new Set<string>();
  let lastMain = -1;
  // (compared in place: no string made for the main scheme's rows, nearly all of them)
  const inScheme = (code: string) => code.startsWith(scheme) && (code.length === scheme.length || code.charCodeAt(scheme.length) === 46);
  data.forEach((f, i) => {
    if (f.code && inScheme(f.code)) lastMain = i;
  });
  data.forEach((f, i) => {
    if (!f.code || inScheme(f.code)) return;
    const sch = schemeOf(f.code);
    // only the accounts of a budget line are its details (Belanja …, Pendapatan …): a programme of another urusan
    // between two of the first (1.02.02 between X.XX.01 and X.XX.02) is a branch of its own; an account's code has
    // parts ("5.1.02"): a number alone ("2 Belanja Hibah" after "1 Belanja Pegawai") is the next item of a list
    if (!isAccountLabel(f.label) || !f.code.includes('.')) return;
    if (i < lastMain || detailSchemes.has(sch)) {
      detail.add(f);
      detailSchemes.add(sch);
    }
  });
  const stack: RowFeatures[] = [];
  const inner: RowFeatures[] = [];
  const depths = new Set<number>();
  const innerDepths = new Set<number>();
  // each detail row of another scheme, with the main-scheme row it belongs to
  const anchorOf = new Map<RowFeatures, RowFeatures>();
  let anchor: RowFeatures | undefined;
  let nested = 0;
  for (const f of data) {
    if (!f.code) continue;
    const depth = depthOf(f);
    if (detail.has(f)) {
      if (!anchor) return false;
      innerDepths.add(depth);
      while (inner.length && !extendsCode(f.code, inner[inner.length - 1].code)) inner.pop();
      inner.push(f);
      anchorOf.set(f, anchor);
      continue;
    }
    depths.add(depth);
    while (stack.length && depthOf(stack[stack.length - 1]) >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      if (!nestsUnder(f, parent)) return false;
      nested++;
    }
    stack.push(f);
    anchor = f;
    inner.length = 0;
  }
  if (depths.size < 2 || nested === 0) return false;
  // an uncoded heading that names its level between a coded row and the deeper rows coded under it ("1.02.02 PROGRAM …"
  // › "Kegiatan : Perencanaan SDM" › "1.02.02.2.01.0001 …"): a level of the outline between the two (the codes skip the
  // kegiatan's), over the rows below it however they look
  const wordedDepth = new Map<RowFeatures, number>();
  const codedAbove: RowFeatures[] = [];
  let pending: RowFeatures[] = [];
  for (const f of data) {
    if (!f.code) {
      if (codedAbove.length && f.explicit && f.labelOnly && !f.figures && !f.total && !f.section) pending.push(f);
      continue;
    }
    if (detail.has(f)) continue;
    while (codedAbove.length && depthOf(codedAbove[codedAbove.length - 1]) >= depthOf(f)) codedAbove.pop();
    const a = codedAbove[codedAbove.length - 1];
    if (a && pending.length && nestsUnder(f, a) && pending.every((h) => LEVEL_ORDER[h.explicit!] > LEVEL_ORDER[a.explicit ?? 'program'])) {
      const between = [...depths].some((x) => x > depthOf(a) && x < depthOf(f));
      if (!between) for (const h of pending) wordedDepth.set(h, (depthOf(a) + depthOf(f)) / 2);
    }
    pending = [];
    codedAbove.push(f);
  }
  for (const d of wordedDepth.values()) depths.add(d);
  const rank = new Map([...depths].sort((a, b) => a - b).map((d, i) => [d, i]));
  const innerRank = new Map([...innerDepths].sort((a, b) => a - b).map((d, i) => [d, i]));
  // the outline's upper marks in the No column ("I", "II", "A": classifyRows' outline) head the coded rows, a level each
  // above them ("A BELANJA TIDAK LANGSUNG › 1 Belanja Pegawai", "B BELANJA LANGSUNG › 1 Program … › 1.1 …")
  const base = (outline.roman ? 1 : 0) + (outline.upper ? 1 : 0);
  let above = -1;
  for (const f of data) {
    const a = anchorOf.get(f);
    if (a) f.level = above = a.level + 1 + (innerRank.get(depthOf(f)) ?? 0);
    else if (f.code) f.level = above = base + (rank.get(depthOf(f)) ?? 0);
    else if (wordedDepth.has(f)) f.level = base + (rank.get(wordedDepth.get(f)!) ?? 0);
    else if (f.numbering === ROMAN) f.level = 0;
    else if (f.numbering === UPPER) f.level = outline.roman ? 1 : 0;
    // an uncoded row goes under the coded row above it, unless it heads the outline (bold: "SURPLUS/(DEFISIT)")
    else f.level = f.bold || above < 0 ? 0 : above + 1;
  }
  return true;
}

/** Two words or more in capitals, no lower-case letter: a heading typed in capitals ("PROGRAM PENUNJANG …"). */
function isCapitalsHeading(label: string): boolean {
  const c = label.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57)) return false;
  // a walk that stops at the first lower-case letter (at once, for most labels): no string made per row
  for (let i = 1; i < label.length; i++) {
    const k = label.charCodeAt(i);
    if (k >= 97 && k <= 122) return false;
  }
  return /[A-Z]{2,}[^A-Za-z]+[A-Z]{2,}/.test(label);
}

/**
 * The classification of belanja names levels only where it is laid out as one: its items ("Belanja Pegawai", "Belanja
 * Barang dan Jasa") under a group ("Belanja Operasi"). Items with no group above them, and a group's name after such
 * items ("BELANJA BLUD | Belanja Pegawai | Belanja Barang dan Jasa | Belanja Modal": the last a line like the others),
 * are told apart by their style alone.
 */
function belanjaWordsInPlace(data: RowFeatures[]): void {
  // Where the belanja words are the only level words and the rows are indented, the indents are the outline: an LRA
  // ("PENDAPATAN DAERAH › Pendapatan Asli Daerah › Retribusi …", "BELANJA DAERAH › BELANJA OPERASI › Belanja Pegawai")
  // holds accounts above and beside the belanja groups that no word names, and those words would put them below
  let indented = false;
  let levelWords = false;
  let belanjaWords = false;
  for (const f of data) {
    if (f.indent !== data[0].indent) indented = true;
    if (!f.explicit) continue;
    if (isBelanjaLine(f.label)) belanjaWords = true;
    else levelWords = true;
  }
  if (indented && belanjaWords && !levelWords) {
    for (const f of data) f.explicit = undefined;
    return;
  }
  // (under Permendagri 13/2006's Belanja Tidak Langsung and Belanja Langsung, Belanja Modal is an item of the latter)
  if (data.some((f) => f.explicit && isDirectSpendingGroup(f.label)))
    for (const f of data) if (f.explicit === 'program' && isCapitalSpending(f.label)) f.explicit = 'kegiatan';
  let groupAbove = false;
  let looseItems = false;
  /** The row the belanja lines since it follow: a row no word marks, under a programme (a kegiatan), or none. */
  let itemAbove: RowFeatures | undefined;
  let underProgram = false;
  for (const f of data) {
    if (!f.explicit) {
      itemAbove = underProgram && !f.total && !f.section ? f : undefined;
      continue;
    }
    if (isBelanjaGroup(f.label)) {
      // after items that no group holds, a group's name is one more line of that list ("Belanja Modal" after "Belanja
      // Pegawai" and "Belanja Barang dan Jasa" of a kegiatan: its third line)
      if (looseItems) f.explicit = itemAbove ? 'subkegiatan' : undefined;
      else {
        groupAbove = true;
        itemAbove = undefined;
      }
    } else if (f.explicit === 'kegiatan' && isBelanjaLine(f.label) && !groupAbove) {
      // (Permendagri 13/2006's Belanja Langsung: Program › Kegiatan › Belanja Pegawai, Barang dan Jasa, Modal — a
      // belanja line right under a kegiatan no word marks, or under the lines of it before, is a line of that kegiatan)
      f.explicit = itemAbove ? 'subkegiatan' : undefined;
      looseItems = true;
    } else {
      underProgram = f.explicit === 'program';
      itemAbove = undefined;
    }
  }
}

/** Whether a label has a small letter in it (a char-code walk: asked of every row). */
function hasSmallLetter(label: string): boolean {
  for (let i = 0; i < label.length; i++) {
    const k = label.charCodeAt(i);
    if (k >= 97 && k <= 122) return true;
  }
  return false;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A row's text in the No column; in a cell merged down from the row above, the merge's ("1" over each indikator of
 * one sasaran: they are that item's rows, siblings, not children of its first row).
 */
function numberOf(grid: Grid, row: number, noCol: number): string {
  const c = grid.get(row, noCol);
  if (c && !isBlankValue(c.value)) return textOf(c);
  const m = mergedFromAbove(grid, row, noCol);
  return m ? textOf(grid.get(m.top, m.left)) : textOf(c);
}

/** The merge begun on a row above that covers a cell, if any (its text is the top-left cell's, not this row's). */
function mergedFromAbove(grid: Grid, row: number, col: number): RangeRef | undefined {
  const m = grid.mergeAt(row, col);
  return m && m.top < row ? m : undefined;
}

/**
 * A "- " / "• " prefix, the row hanging under the one above: 0 for none, else the mark's kind — the dashes ("-", "–")
 * one kind, each bullet ("•", "▪", "·") a kind of its own.
 */
const markKind = (c: number): number => (c === 45 || c === 0x2013 ? 1 : c === 0x2022 ? 2 : c === 0x25aa ? 3 : c === 0xb7 ? 4 : 0);

/**
 * Marks of more than one kind ("- kegiatan" › "• sub kegiatan"), nested as a word processor nests its bullets: each
 * kind a level under the kind first seen before it — where every row of a later kind follows a row of the kind before
 * it or of its own. Else (a list typed with "-" here and "•" there) every mark is one level, rank 1.
 */
function rankMarks(rows: RowFeatures[], all: RowFeatures[]): void {
  const order: number[] = [];
  for (const f of rows) if (f.dash && !order.includes(f.dash)) order.push(f.dash);
  const rank = (kind: number) => order.indexOf(kind) + 1;
  let nested = order.length >= 2;
  for (let i = 1; i < rows.length && nested; i++) {
    const r = rows[i].dash ? rank(rows[i].dash) : 0;
    if (r >= 2 && (rows[i - 1].dash ? rank(rows[i - 1].dash) : 0) < r - 1) nested = false;
  }
  for (const f of all) if (f.dash) f.dash = nested && order.includes(f.dash) ? rank(f.dash) : 1;
}

/** The depth (or level) of the last row of each mark rank above, an outer rank's row forgetting the inner ranks'. */
class MarkStack {
  private readonly at: Array<number | undefined> = [];
  /** The value of the row a row of this rank hangs under: the last of the nearest outer rank (0, no mark, outermost). */
  under(rank: number): number | undefined {
    for (let k = rank - 1; k >= 0; k--) if (this.at[k] !== undefined) return this.at[k];
    return undefined;
  }
  set(rank: number, value: number): void {
    this.at[rank] = value;
    this.at.length = rank + 1;
  }
}

/**
 * The heading a sub-total is named after, however long the name: "Jumlah Program Pengelolaan Persampahan" after the
 * heading "PROGRAM PENGELOLAAN PERSAMPAHAN" and its rows (the words after the total word are a heading's name above).
 */
/** The level word a name may open with ("Program …", "Kegiatan …", "Sub Kegiatan : …"). */
const LEVEL_WORD_RE = /^(program|kegiatan|sub ?kegiatan)\s*:?\s+/;

/** A number or letter opening a label ("I. ", "2) ", "1.1 ", "a. "). */
const NUMBERING_PREFIX_RE = /^(?:[ivxlcdm]+|\d+(?:\.\d+)*|[a-z])[.)]\s*/;

function headingNamed(text: string, headings: ReadonlyMap<string, RowFeatures>): RowFeatures | undefined {
  if (!headings.size) return undefined;
  const name = norm(text);
  const rest = name.replace(SUM_PREFIX_RE, '').trim();
  if (rest.length === 0 || rest === name) return undefined;
  // (the level word said in the sub-total or in the heading alone: "Jumlah Kegiatan Perencanaan SDM" under the heading
  // "Perencanaan SDM", "Jumlah Perencanaan SDM" under "Kegiatan Perencanaan SDM")
  const named = headings.get(rest) ?? headings.get(rest.replace(LEVEL_WORD_RE, ''));
  if (named) return named;
  // or by its number: "Jumlah Program I", "Sub Total Kegiatan 1.2", "Jumlah II"
  const m = /^(?:(program|kegiatan|sub ?kegiatan)\s+)?([ivxlcdm]+|\d+(?:\.\d+)*|[a-z])\.?$/.exec(rest);
  if (!m) return undefined;
  const word = m[1] ? (m[1].startsWith('sub') ? 'subkegiatan' : m[1]) : undefined;
  return word ? headings.get(`${word} #${m[2]}`) : headings.get(`#${m[2]}`);
}

/** The level a sum's label names after its total word ("Jumlah Program" → program, "Sub Total Kegiatan 2" → kegiatan). */
function levelWordOf(label: string): 'program' | 'kegiatan' | 'subkegiatan' | undefined {
  const m = LEVEL_SUM_RE.exec(norm(label));
  return m ? (m[1].startsWith('sub') ? 'subkegiatan' : (m[1] as 'program' | 'kegiatan')) : undefined;
}

/** "Jumlah", "TOTAL", "Grand Total", "Jumlah Total": a sum that may be the whole table's. */
function isGrandTotalWord(label: string): boolean {
  return /^(jumlah|total|grand total|jumlah total)$/.test(
    norm(label)
      .replace(/[:.]+$/, '')
      .trim(),
  );
}

/** A sum's word and what it names after it: "Jumlah Kegiatan Perencanaan SDM", "Sub Total: Program …". */
const NAMED_SUM_RE = new RegExp(String.raw`^${SUM_WORD}\s*:?\s+(.+)$`);
/** A sum's word before the name it is of ("Jumlah: ", "Sub Total "). */
const SUM_PREFIX_RE = new RegExp(String.raw`^${SUM_WORD}\s*:?\s*`);
/** A sum's word and the level it names ("Jumlah Program", "Sub Total Kegiatan 2"). */
const LEVEL_SUM_RE = new RegExp(String.raw`^${SUM_WORD} (program|kegiatan|sub ?kegiatan)\b`);

/**
 * A sum named after a row above that states figures of its own ("1 | Perencanaan SDM | 311.500.000", its sub kegiatan,
 * then "Jumlah Kegiatan Perencanaan SDM | 311.500.000"): a total however long its label, closing that row's group
 * (sumOfRow). A sum named after a heading without figures is that heading's sub-total (subtotalOf) instead.
 */
function namedSums(feats: RowFeatures[]): void {
  /** What a row's label names after a sum's word ("Jumlah Kegiatan X" → "kegiatan x"), for a label that opens with one. */
  const restOf = (f: RowFeatures): string | undefined =>
    f.figures && !f.subtotalOf && f.label && mayBeTotalLabel(f.label) ? NAMED_SUM_RE.exec(norm(f.label))?.[1] : undefined;
  // (most tables have no such sum: no names are made for them)
  if (!feats.some((f) => restOf(f) !== undefined)) return;
  const byName = new Map<string, RowFeatures>();
  for (const f of feats) {
    const rest = restOf(f);
    const named = rest ? (byName.get(rest) ?? byName.get(rest.replace(LEVEL_WORD_RE, ''))) : undefined;
    if (named && named.row < f.row) {
      f.total = true;
      f.sumOfRow = named.row;
      continue;
    }
    if (!f.figures || f.total || f.section || !f.label) continue;
    const name = norm(f.label).replace(NUMBERING_PREFIX_RE, '');
    byName.set(name, f);
    byName.set(name.replace(LEVEL_WORD_RE, ''), f);
  }
}

/**
 * A budget written with headings above their rows and a sum below them that names no heading ("PROGRAM …" / "Kegiatan
 * …" / its sub kegiatan / "Jumlah" or "Sub Total"; then "Jumlah Program" under the kegiatan's sums): each such sum closes
 * the innermost heading still open above it — where, in some money column, it is the sum of that heading's rows (a group
 * closed inside it counted by its own sum) — and stands for it, as a sub-total named after its heading does. A sum that
 * adds up no open heading's rows stays a total.
 */
function closingSubtotals(feats: RowFeatures[], figureAt: (row: number, col: number) => number | undefined, cols: number[]): void {
  /** How a heading looks (its level word, bold, indent, numbering): headings alike are of one level. */
  const lookOf = (f: RowFeatures) => `${f.explicit ?? ''}|${f.bold}|${f.caps}|${f.indent}|${f.numbering}|${f.paren}`;
  const addsUp = (h: number, at: number, closedBy: ReadonlyMap<number, number>): boolean => {
    const sums = new Float64Array(cols.length);
    let parts = 0;
    for (let j = h + 1; j < at; j++) {
      const by = closedBy.get(j);
      const g = by !== undefined ? feats[by] : feats[j];
      if (by !== undefined) j = by;
      else if (!g.figures || g.total || g.section) continue;
      parts++;
      for (let k = 0; k < cols.length; k++) sums[k] += figureAt(g.row, cols[k]) ?? 0;
    }
    if (parts === 0) return false;
    const whole = feats[at];
    return cols.some((col, k) => {
      const w = figureAt(whole.row, col);
      return w !== undefined && w !== 0 && sameAmount(sums[k], w);
    });
  };
  /** The headings the first walk closed, by index in feats (each with its sum's). */
  let closedFirst: ReadonlyMap<number, number> | undefined;
  /**
   * One walk down the rows: each sum closes its heading where it adds up that heading's rows — or, on the second walk,
   * where headings that look like it were closed by their sums on the first (its own sum is then wrong in every column,
   * and judged so). Returns the looks of the headings closed.
   */
  const walk = (alike: ReadonlySet<string> | undefined): Set<string> => {
    /** The headings (a label, no figure) not yet closed, by their index in feats, innermost last. */
    const open: number[] = [];
    const closedBy = new Map<number, number>();
    closedFirst ??= closedBy;
    const closedLooks = new Set<string>();
    const close = (k: number, by: number) => {
      closedBy.set(open[k], by);
      closedLooks.add(lookOf(feats[open[k]]));
      open.length = k;
    };
    for (let i = 0; i < feats.length; i++) {
      const f = feats[i];
      if (f.subtotalOf) {
        const k = open.findIndex((h) => feats[h] === f.subtotalOf);
        if (k >= 0) close(k, i);
        continue;
      }
      if (!f.figures) {
        // (a heading holds its label alone, beside its number or code)
        if (f.labelOnly && !f.total && !f.section) open.push(i);
        continue;
      }
      if (!f.total || open.length === 0 || !isGenericSubtotalLabel(f.label)) continue;
      // ("Jumlah Program" closes the innermost programme heading, however many kegiatan headings stand open inside it)
      const level = levelWordOf(f.label);
      let k = open.length - 1;
      if (level) while (k >= 0 && feats[open[k]].explicit !== level) k--;
      if (k < 0) continue;
      // (not over a heading inside it left open where headings alike were closed by their sums: that one's sum was wrong)
      const done = alike ?? closedLooks;
      let innerUnclosed = false;
      for (let d = k + 1; d < open.length; d++) if (done.has(lookOf(feats[open[d]]))) innerUnclosed = true;
      if (innerUnclosed) continue;
      // (by its place only a heading the first walk left open: one closed there is closed by a sum further down)
      const byPlace = !!alike?.has(lookOf(feats[open[k]])) && !closedFirst?.has(open[k]);
      if (!addsUp(open[k], i, closedBy) && !byPlace) continue;
      f.subtotalOf = feats[open[k]];
      close(k, i);
    }
    return closedLooks;
  };
  // (most tables have no such sum: no walk for them)
  if (!feats.some((f) => f.total && f.figures && !f.subtotalOf && isGenericSubtotalLabel(f.label))) return;
  const alike = walk(undefined);
  if (alike.size) walk(alike);
}

/**
 * Names a heading (a row with a label and no figure) for the sub-totals below it: as written, without its numbering
 * ("I. PROGRAM PENGELOLAAN PERSAMPAHAN"), and by its number with the word its label starts with ("I | PROGRAM …" is
 * "#i" and "program #i").
 */
function nameHeading(headingNames: Map<string, RowFeatures>, heading: RowFeatures, noText: string): void {
  const name = norm(heading.label);
  headingNames.set(name, heading);
  const unnumbered = name.replace(NUMBERING_PREFIX_RE, '');
  headingNames.set(unnumbered, heading);
  headingNames.set(unnumbered.replace(LEVEL_WORD_RE, ''), heading);
  const number = norm(noText || (heading.numbering !== NO_NUMBER ? heading.label.split(/\s/)[0] : '')).replace(/[.)]+$/, '');
  if (number) {
    headingNames.set(`#${number}`, heading);
    if (heading.explicit) headingNames.set(`${heading.explicit} #${number}`, heading);
  }
}

/**
 * Whether row b continues the label of row a, the row right above it, where a table pasted from PDF put each line of
 * a wrapped label in a row of its own ("Persentase ibu hamil mendapatkan pelayanan" / "kesehatan sesuai standar"):
 * the same column and style; the second line unnumbered, no total, note or heading word; and the break evident — the
 * line goes on in small letters, the first ends on a word that needs more ("… untuk UKM dan"), or a long line in
 * capitals goes on in capitals ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH" / "KABUPATEN/KOTA"). One of the two
 * holds the label alone: the row's figures are on the other.
 */
function continuesLabel(
  a: RowFeatures,
  b: RowFeatures,
  textUnder: (a: RowFeatures, b: RowFeatures) => boolean,
): boolean | 'if-item' | 'if-look' | 'if-cut' | 'if-marked' {
  // (a page break between the two lines: page rows — or a blank row or two — skipped)
  const cut = b.above < b.row - 1 || a.lastRow < b.row - 1;
  const cutRow = cut && a.labelOnly && b.figures && isMarked(a);
  if ((b.above !== a.lastRow && !cutRow) || !a.label || !b.label) return false;
  if (a.total || b.total || b.numbered || b.numbering !== NO_NUMBER || b.dash || b.explicit || a.bold !== b.bold || a.indent !== b.indent) return false;
  // (every text of a row wrapped in several columns — the name and its indikator, or the indikator alone — goes on under a
  // text of a budget line)
  const lines = b.textCols !== undefined && a.figures && (b.textCols.length >= 2 || b.labelCol !== a.labelCol) && textUnder(a, b);
  if (a.labelCol !== b.labelCol && !lines) return false;
  // which line holds the figures: the first (b the label alone), or the last (a the label alone, and no heading)
  if (!b.labelOnly && !(a.labelOnly && !a.section) && !lines) return false;
  const rest = cleanText(b.label);
  if (isNote(rest) || SECTION_RE.test(norm(rest)) || isTotalLabel(rest)) return false;
  // (blank rows between the lines: only a row the page break cut goes on past them)
  if (b.above !== a.lastRow) return 'if-cut';
  if (lines) return true;
  if (startsSmallLetter(rest) || endsOpen(a.label)) return true;
  if (b.labelOnly && !a.labelOnly && a.caps && b.caps && a.label.length >= WRAPPED_CAPITALS_CHARS) return true;
  // or a's item goes on to the next numbered row (joinWrappedLabels)
  if (isNumbered(a)) return !(a.figures && b.figures) ? 'if-item' : false;
  // or a page break cut the row (page rows between the two lines): its first line, marked with its level by a word, a
  // dash or a number, ends the page with no figures; the rest opens the next, unmarked, with the figures — where rows
  // marked like a carry figures of their own (no heading: joinWrappedLabels)
  if (cutRow) return 'if-cut';
  // or, on one page, a first line marked with its level and no figures over the rest with them, unmarked, in a table
  // that marks its rows (joinWrappedLabels)
  if (a.labelOnly && b.figures && namesLevel(a)) return 'if-marked';
  // or, unnumbered, a line under a's figures that looks like a's and names no sasaran ("Meningkatnya …", "Terwujudnya
  // …" start a statement of its own): a's label, where no heading can be (joinWrappedLabels)
  return a.figures && b.labelOnly && !/^\S+nya\b/i.test(rest) ? 'if-look' : false;
}

/** A column header naming one level of items ("Program", "Nama Kegiatan", "Indikator Kinerja Utama"), no outline. */
const ONE_LEVEL_HEADER = /^(nama )?(program|kegiatan|sub ?kegiatan|indikator( kinerja)?( utama| program| kegiatan| sasaran)?)$/;

const isNumbered = (f: RowFeatures) => f.numbered || f.numbering !== NO_NUMBER;

/** The levels a row may name by its words, from the top. */
const LEVELS: readonly RowLevel[] = ['program', 'kegiatan', 'subkegiatan'];

/**
 * A row that names its level: a level word ("Kegiatan …") or a dash before its label, or a code of two parts or more
 * ("3.3", "1.02.01": its depth is its level; a plain "1" may number a heading of any kind, a sasaran over its indikator).
 */
const namesLevel = (f: RowFeatures) => f.explicit !== undefined || f.dash > 0 || f.numbering >= 2;

/** A row that shows its level: by a level word, a dash or a number. */
const isMarked = (f: RowFeatures) => namesLevel(f) || isNumbered(f);

/** Rows counted by a key (their look, their mark): how many carry figures, how many a label alone. */
function figuresAndLabels<K>(rows: readonly RowFeatures[], keyOf: (f: RowFeatures) => K, counted: (f: RowFeatures) => boolean) {
  const out = new Map<K, { figures: number; labels: number }>();
  for (const g of rows) {
    if (!counted(g)) continue;
    const k = keyOf(g);
    const c = out.get(k) ?? { figures: 0, labels: 0 };
    if (g.figures) c.figures++;
    else if (g.labelOnly) c.labels++;
    out.set(k, c);
  }
  return out;
}

/**
 * Joins the lines of wrapped labels (continuesLabel) into one row: the row with the figures, labelled with the whole
 * text; the other lines are no rows of the table (no parent, no child, nothing to add up). Says whether it joined any.
 *
 * Where the table numbers its items (some numbered row carries its own figures, or the column is headed by one level's
 * name: "Program", "Indikator Kinerja" list no headings), the unnumbered lines between one
 * numbered row and the next (or the total) are that item's label too, in whatever case they are written ("Program
 * Penunjang Urusan Pemerintahan" / "Daerah Kabupaten/Kota", as a table pasted from Word or PDF breaks a line): when
 * the item has one line of figures, its first (the other lines its label alone) or its last (the lines above it its
 * label alone). An item with two lines of figures has rows of its own under it, never one wrapped label.
 */
function joinWrappedLabels(
  feats: RowFeatures[],
  oneLevel: ReadonlySet<number>,
  addsUp: (whole: RowFeatures, parts: RowFeatures[]) => boolean,
  budgetLine: (f: RowFeatures) => boolean,
  textUnder: (a: RowFeatures, b: RowFeatures) => boolean,
  sumOf: (whole: RowFeatures, parts: readonly RowFeatures[]) => 'sum' | 'short' | 'over',
): boolean {
  const itemsNumbered = feats.some((f) => isNumbered(f) && f.figures && !f.total && !f.section);
  // (a sub-total, named after its heading or not, ends the item too)
  const isLine = (f: RowFeatures) => !isNumbered(f) && !f.total && !f.subtotalOf && !isTotalLabel(f.label);
  // The lines of head's item from feats[i] on, up to the next numbered row or total: its label's lines (no figures),
  // then the line with its figures where head has none; the index of its last line, -1 when they are not one item's.
  // Rows of the item's own below (unnumbered kegiatan under a numbered programme) leave it one item only where the
  // item's figures are their sum.
  const itemLines = (i: number, head: RowFeatures, listsItems: boolean): number => {
    let j = i;
    while (j < feats.length && isLine(feats[j]) && !feats[j].figures) j++;
    let carrier = head.figures ? head : undefined;
    if (!carrier && j < feats.length && isLine(feats[j])) carrier = feats[j++];
    const last = j - 1;
    if (last < i) return -1;
    const rest: RowFeatures[] = [];
    let labelsAfter = false;
    for (; j < feats.length && isLine(feats[j]); j++) {
      if (feats[j].figures) rest.push(feats[j]);
      else labelsAfter = true;
    }
    if (!rest.length) return labelsAfter || !listsItems ? -1 : last;
    return carrier && addsUp(carrier, rest) ? last : -1;
  };
  // Rows that look alike (face and indent), unnumbered and no totals: how many carry figures, how many a label alone.
  let looks: Map<number, { figures: number; labels: number }> | undefined;
  const lookOf = (f: RowFeatures) => Math.min(f.indent, 255) * 2 + (f.bold ? 1 : 0);
  // The label-only line feats[i], under a row with figures that looks the same: no heading where rows of that look are
  // items (most carry their own figures), nor where the next row is no deeper (a heading has rows below it).
  const noHeadingAt = (i: number): boolean => {
    const f = feats[i];
    looks ??= figuresAndLabels(feats, lookOf, (g) => !isNumbered(g) && !g.total && !g.subtotalOf && !g.section);
    const c = looks.get(lookOf(f));
    if (c && c.figures > c.labels) return true;
    const next = feats[i + 1];
    return !next || next.total || !!next.subtotalOf || (next.indent <= f.indent && (next.bold || !f.bold));
  };
  // Rows marked as a row is (its level word, its dash) in its look, no totals: whether most of them carry figures of
  // their own (a row cut by a page break, not a heading whose rows are on the next page)
  // (the rows as read, for the counts below: the loop joins lines in place; copied only where a marked line with no
  // figures, the one kind of row they are asked about, is there at all)
  let markedLine = false;
  for (const f of feats) if (f.labelOnly && isMarked(f)) markedLine = true;
  const asRead = markedLine ? feats.slice() : feats;
  let marked: Map<string, { figures: number; labels: number }> | undefined;
  const markOf = (f: RowFeatures) => `${f.explicit ?? ''}|${f.dash}|${f.numbering}|${f.bold}|${f.indent}`;
  const markedCarryFigures = (f: RowFeatures): boolean => {
    marked ??= figuresAndLabels(asRead, markOf, (g) => !g.total && !g.subtotalOf && !g.section && isMarked(g));
    const c = marked.get(markOf(f));
    // (f itself, a label alone, left out)
    return c !== undefined && c.figures > c.labels - 1;
  };
  // Whether the table marks its rows: nearly every row with figures names its level by a word, a dash or a number, but
  // for rows right under a marked line with no figures (a row with figures and no mark is then the rest of a label, not
  // an item of its own)
  let marks: boolean | undefined;
  const marksItsRows = (): boolean => {
    if (marks === undefined) {
      let figured = 0;
      let unmarked = 0;
      asRead.forEach((g, i) => {
        if (!g.figures || g.total || g.subtotalOf || g.section) return;
        figured++;
        const above = asRead[i - 1];
        const underMarkedLine = above !== undefined && above.labelOnly && namesLevel(above);
        if (!isMarked(g) && !underMarkedLine) unmarked++;
      });
      // (one tolerated: the rest of a row cut at the page, opening a part)
      marks = figured > 0 && unmarked <= Math.max(1, figured * UNMARKED_ROWS_SHARE);
    }
    return marks;
  };
  // Where no style tells rows apart (every row in one face and indent, capitals aside: a file saved without its styles),
  // a label-only line under a budget line whose figures the rows below the line add up to is their heading (a kegiatan
  // written with no figures under its programme), not the rest of the budget line's label
  let unstyled: boolean | undefined;
  const headsRowsBelow = (a: RowFeatures, i: number): boolean => {
    unstyled ??= feats.every((g) => g.indent === feats[0].indent && (g.bold && !g.caps) === (feats[0].bold && !feats[0].caps));
    if (!unstyled) return false;
    const rows: RowFeatures[] = [];
    for (let j = i + 1; j < feats.length && rows.length < MAX_HEADED_ROWS; j++) {
      const g = feats[j];
      if (g.total || g.section || g.subtotalOf) break;
      if (!g.figures) continue;
      // (the rows below naming the level right under the budget line's, "Kegiatan …" over "- Sub Kegiatan …": no level
      // stands between them for a heading, the line is the rest of the budget line's name)
      if (rows.length === 0 && a.explicit && g.explicit && LEVELS.indexOf(g.explicit) === LEVELS.indexOf(a.explicit) + 1) return false;
      rows.push(g);
      const k = sumOf(a, rows);
      if (k === 'sum') return true;
      if (k === 'over') break;
    }
    return false;
  };
  let n = 0;
  let itemTo = -2;
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i];
    const a = n > 0 ? feats[n - 1] : undefined;
    let joins = a ? continuesLabel(a, f, textUnder) : false;
    if (joins === 'if-item' && a) {
      if (itemTo === -2) itemTo = itemLines(i, a, itemsNumbered || oneLevel.has(f.labelCol));
      joins = i <= itemTo;
      // (a numbered first line that names its level, its rows going on past a page: as a marked first line is)
      if (!joins && a.labelOnly && f.figures && namesLevel(a)) joins = marksItsRows();
    } else if (joins === 'if-look' && a) joins = budgetLine(a) && noHeadingAt(i) && !headsRowsBelow(a, i);
    else if (joins === 'if-cut' && a) joins = markedCarryFigures(a);
    // a marked first line with no figures over its rest with them, in its look: one row where the table marks its rows
    // (whether or not other rows marked as it is carry figures: where most of a kind's labels run over two lines, most
    // of its first lines carry none; a heading's rows are marked, or some of them stand further below it)
    else if (joins === 'if-marked') joins = marksItsRows();
    if (a && joins) {
      const label = `${a.label} ${f.label}`;
      if (f.labelOnly || (f.textCols && !f.figures && a.figures)) {
        // (an indikator's line alone goes on in its own column: the label stays)
        if (f.labelCol === a.labelCol) a.label = label;
        a.lastRow = f.row;
        (a.lines ??= []).push(f.row);
      } else {
        // the figures are on this line: it is the row, under the whole label and the number written on the first line
        f.label = label;
        f.lines = [a.row, ...(a.lines ?? [])];
        // (what the label's start says: "Program …", "- …", typed after spaces)
        f.explicit = a.explicit;
        f.dash = a.dash;
        f.spaces = a.spaces;
        if (a.numbered) {
          f.numbering = a.numbering;
          f.code = a.code;
          f.paren = a.paren;
          f.numbered = true;
        }
        feats[n - 1] = f;
      }
      continue;
    }
    itemTo = -2;
    feats[n++] = f;
  }
  const joined = n < feats.length;
  feats.length = n;
  return joined;
}

/** Spaces, tabs and no-break spaces before a text. */
function leadingSpaces(v: string): number {
  let n = 0;
  for (; n < v.length; n++) {
    const c = v.charCodeAt(n);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x3000) break;
  }
  return n === v.length ? 0 : n;
}

/**
 * Labels indented with the space bar ("   Kegiatan", "      Sub kegiatan"): each step of the table's own indent (the
 * fewest spaces, at least MIN_INDENT_SPACES, any label is typed with) is a level, as an indent set in the cell's
 * alignment is. A space typed before a label by chance is no level.
 */
function indentBySpaces(feats: RowFeatures[]): void {
  let step = Infinity;
  for (const f of feats) if (f.spaces >= MIN_INDENT_SPACES && f.spaces < step) step = f.spaces;
  if (step === Infinity) return;
  for (const f of feats) f.indent += Math.round(f.spaces / step);
}

/**
 * Capitals at an indent where rows in small letters head deeper rows just as each row in capitals does — a programme's
 * name typed in capitals over its indented kegiatan, the next programme's in small letters over its own: peers of those
 * rows, no heading above them (the indents lay the outline out). Where a row in capitals heads rows at its own indent
 * ("PROGRAM …" over unindented kegiatan), the capitals are its level's mark and stay.
 */
function capsAmongPeers(feats: RowFeatures[]): void {
  const heads = (i: number) => i + 1 < feats.length && feats[i + 1].indent > feats[i].indent;
  const plainHeads = new Set<number>();
  const caps: number[] = [];
  feats.forEach((f, i) => {
    if (f.total || f.section) return;
    if (f.caps) caps.push(i);
    else if (!f.bold && heads(i)) plainHeads.add(f.indent);
  });
  if (caps.length === 0 || plainHeads.size === 0 || !caps.every((i) => heads(i) && plainHeads.has(feats[i].indent))) return;
  for (const i of caps) feats[i].bold = feats[i].caps = false;
}

/**
 * Whether the table names its groups in a column of their own written once per group, on the group's first row beside
 * that row's item (two uraian columns, "Program | Kegiatan"): every row with figures names an item in the later column,
 * a row naming a group names its first item too (no heading of its own), and some rows name an item alone.
 */
function writtenOncePerGroup(grid: Grid, columns: TableColumn[], data: RowFeatures[]): boolean {
  const uraian = columns.filter((c) => c.role === 'uraian').map((c) => c.col);
  if (uraian.length < 2) return false;
  // (a few columns: a spread of them is no row-sized call)
  const group = Math.min(...uraian);
  const item = Math.max(...uraian);
  let firsts = 0;
  let rest = 0;
  for (const f of data) {
    const g = grid.get(f.row, group);
    const i = grid.get(f.row, item);
    const named = g !== undefined && isTextCell(g);
    const listed = i !== undefined && isTextCell(i);
    if (!listed || !f.figures) return false;
    if (named) firsts++;
    else rest++;
  }
  return firsts >= 1 && rest >= 1;
}

type NamedLevel = NonNullable<RowFeatures['explicit']>;

/**
 * Level words a typist slipped on (#16): "Kegiatan Penyediaan Bahan Bacaan …" laid out as the sub kegiatan are (indented as
 * they are, under a kegiatan), in a budget whose rows named by each level share one look of their own. Such a row takes
 * the level of its look where the money says so too — read by its look, the rows around it add up to their parents; read
 * by its word, they do not (an over-indented kegiatan with sub kegiatan of its own adds up by its word, and stays).
 */
function slippedLevelWords(data: RowFeatures[], sumOf: (whole: RowFeatures, parts: readonly RowFeatures[]) => 'sum' | 'short' | 'over'): void {
  const looks = new Map<NamedLevel, Map<number, number>>();
  for (const f of data) {
    if (!f.explicit) continue;
    let m = looks.get(f.explicit);
    if (!m) looks.set(f.explicit, (m = new Map()));
    m.set(f.styleKey, (m.get(f.styleKey) ?? 0) + 1);
  }
  /** The level other than `word` whose named rows, two or more, all have this look (and no third level's any). */
  const levelOfLook = (look: number, word: NamedLevel): NamedLevel | undefined => {
    let found: NamedLevel | undefined;
    for (const [level, m] of looks) {
      if (level === word || !m.has(look)) continue;
      if (m.size !== 1 || (m.get(look) ?? 0) < 2 || found) return undefined;
      found = level;
    }
    return found;
  };
  const slips: Array<{ at: number; level: NamedLevel }> = [];
  data.forEach((f, i) => {
    const own = f.explicit ? looks.get(f.explicit) : undefined;
    // (the one row of its word with this look, the others of that word, two or more, all of another one)
    if (!own || own.size !== 2 || own.get(f.styleKey) !== 1) return;
    if ([...own].some(([look, n]) => look !== f.styleKey && n < 2)) return;
    const level = levelOfLook(f.styleKey, f.explicit as NamedLevel);
    if (level) slips.push({ at: i, level });
  });
  // (a slip or two among many rows; more are a layout of its own)
  if (!slips.length || slips.length > 2) return;
  for (const { at, level } of slips) {
    const f = data[at];
    const byWord = (j: number): number | undefined => {
      const e = data[j].explicit;
      return e === undefined ? undefined : LEVEL_ORDER[e];
    };
    const byLook = (j: number): number | undefined => (j === at ? LEVEL_ORDER[level] : byWord(j));
    // the parents a reading gives the row, and the row itself: each with children adds up to them, or the reading fails
    const reading = (levelAt: (j: number) => number | undefined): { adds: boolean; parents: number } | undefined => {
      const own = levelAt(at) as number;
      let parent = at - 1;
      while (parent >= 0 && (levelAt(parent) ?? -1) >= own) parent--;
      let parents = 0;
      for (const h of parent >= 0 ? [parent, at] : [at]) {
        const lh = levelAt(h);
        if (lh === undefined) return undefined;
        const kids: RowFeatures[] = [];
        for (let j = h + 1; j < data.length; j++) {
          const lj = levelAt(j);
          // (rows no word names: no reading of words to weigh)
          if (lj === undefined) return undefined;
          if (lj <= lh) break;
          if (lj === lh + 1) kids.push(data[j]);
        }
        if (!kids.length) continue;
        parents++;
        if (sumOf(data[h], kids) !== 'sum') return { adds: false, parents };
      }
      return { adds: true, parents };
    };
    const asLooked = reading(byLook);
    const asWritten = reading(byWord);
    if (asLooked?.adds && asLooked.parents > 0 && asWritten && !asWritten.adds) f.explicit = level;
  }
}

/** The most rows of one group (a programme and all below it) searched for a row the look put at the wrong level. */
const MAX_SLIP_GROUP = 400;

/**
 * A row whose look or code a typist slipped on (#16): a sub kegiatan indented as the kegiatan are, one indented a step
 * too far, a "- " left off one line, a kegiatan in bold as the programmes, a code a part short or long. Within a group of
 * the table's outermost level whose parents do not all add up to their children (one to three of them), the row that,
 * put one level up or down, makes every parent there add up is put there — where every such move gives the rows the
 * same parents (then to the level most rows have); searched with the group after it where alone it finds none. A row
 * named by its level's word moves only to that level; a row with no money never; no move may leave a row above the
 * leaves heading nothing. A figure typed wrong makes no parent short in two money columns, so it moves nothing.
 */
function slippedLooks(
  feats: RowFeatures[],
  amountAt: (row: number, k: number) => number | undefined,
  columns: number,
  wordLevel: (f: RowFeatures) => number | undefined,
): void {
  // the groups: runs of rows between sections and totals, cut before each row of the outermost level
  const runs: RowFeatures[][] = [];
  let run: RowFeatures[] = [];
  for (const f of feats) {
    if (f.total || f.section) {
      if (run.length) runs.push(run);
      run = [];
    } else if (!f.subtotalOf && !f.continues) run.push(f);
  }
  if (run.length) runs.push(run);
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of runs)
    for (const f of r) {
      if (f.level < top) top = f.level;
      if (f.level > bottom) bottom = f.level;
    }
  // (rows all named by their level's word, and there: nothing here to move)
  if (bottom - top < 1 || runs.every((r) => r.every((f) => wordLevel(f) === f.level))) return;
  const lineOf = (f: RowFeatures): SumLine => {
    const amounts: Array<number | undefined> = [];
    for (let k = 0; k < columns; k++) amounts.push(amountAt(f.row, k));
    return { amounts };
  };
  /** The money of the rows of the group searched. */
  let lines: SumLine[] = [];
  /** Whether a line states money (a heading with none states no sum: it neither adds up nor fails to). */
  const hasMoney = (amounts: ReadonlyArray<number | undefined>) => amounts.some((a) => a !== undefined);
  /** With the levels `levelAt` gives: each row's parent (−1: none), each parent's children, the parents short of them. */
  const outline = (rows: RowFeatures[], levelAt: (i: number) => number): { parentOf: number[]; kids: Map<number, SumLine[]>; short: number[] } => {
    const kids = new Map<number, SumLine[]>();
    const stack: number[] = [];
    const parents: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const lv = levelAt(i);
      while (stack.length && levelAt(stack[stack.length - 1]) >= lv) stack.pop();
      const p = stack.length ? stack[stack.length - 1] : -1;
      parents.push(p);
      if (p >= 0) {
        const list = kids.get(p);
        if (list) list.push(lines[i]);
        else kids.set(p, [lines[i]]);
      }
      stack.push(i);
    }
    const short: number[] = [];
    for (const [p, list] of kids) if (hasMoney(lines[p].amounts) && sumOfLines(lines[p], list, columns) !== 'sum') short.push(p);
    return { parentOf: parents, kids, short };
  };
  for (const r of runs) {
    // first one pass over the run in typed arrays (a budget of 50k rows holds a few groups worth a search, if any): each
    // row's money, its children's sums, and how many parents of each group do not add up
    const n = r.length;
    const own = new Float64Array(n * columns);
    const sums = new Float64Array(n * columns);
    const parent = new Uint8Array(n);
    const stack = new Int32Array(n);
    let depth = 0;
    for (let i = 0; i < n; i++) {
      const lv = r[i].level;
      for (let k = 0; k < columns; k++) own[i * columns + k] = amountAt(r[i].row, k) ?? NaN;
      while (depth > 0 && r[stack[depth - 1]].level >= lv) depth--;
      if (depth > 0) {
        const p = stack[depth - 1];
        parent[p] = 1;
        for (let k = 0; k < columns; k++) {
          const v = own[i * columns + k];
          if (v === v) sums[p * columns + k] += v;
        }
      }
      stack[depth++] = i;
    }
    const badIn = (from: number, to: number): number => {
      let bad = 0;
      for (let i = from; i < to; i++) {
        if (!parent[i]) continue;
        const amounts: Array<number | undefined> = [];
        for (let k = 0; k < columns; k++) {
          const v = own[i * columns + k];
          amounts.push(v === v ? v : undefined);
        }
        if (hasMoney(amounts) && !addsUpAsParent(amounts, sums.subarray(i * columns, (i + 1) * columns), columns)) bad++;
      }
      return bad;
    };
    // the groups of the outermost level within the run, [first, end)
    const groups: Array<[number, number]> = [];
    let start = 0;
    for (let i = 1; i <= n; i++) {
      if (i < n && r[i].level !== top) continue;
      groups.push([start, i]);
      start = i;
    }
    // the level of most rows that head none (the sub kegiatan's)
    const leaves = new Map<number, number>();
    for (let i = 0; i < n; i++) if (!parent[i]) leaves.set(r[i].level, (leaves.get(r[i].level) ?? 0) + 1);
    let leafLevel = bottom;
    for (const [level, count] of leaves) if (count > (leaves.get(leafLevel) ?? 0)) leafLevel = level;
    /** The one move of a row of r[from, to) one level up or down that makes every parent there add up, if one. */
    const oneMove = (from: number, to: number): { at: number; level: number } | undefined => {
      const group = r.slice(from, to);
      lines = group.map(lineOf);
      const now = outline(group, (k) => group[k].level);
      const headed = now.kids;
      // the rows a slip can have put wrong: each parent that does not add up, its children, and the row after its rows
      const suspects = new Set<number>();
      for (const p of now.short) {
        suspects.add(p);
        now.parentOf.forEach((q, k) => q === p && suspects.add(k));
        let k = p + 1;
        while (k < group.length && group[k].level > group[p].level) k++;
        if (k < group.length) suspects.add(k);
      }
      // the moves that make every parent add up; several are one where they give each row the same parent (a row a step
      // too deep under its sibling: it up a level, or the sibling down one) — the one to the level most rows have
      const moves: Array<{ at: number; level: number; parents: string }> = [];
      for (const j of [...suspects].sort((a, b) => a - b)) {
        if (j === 0) continue;
        const f = group[j];
        // (a row with no money of its own is no sum's part: nothing tells where it goes)
        if (!hasMoney(lines[j].amounts)) continue;
        // (a row named by its level's word goes to that level only: a code typed with a part too few or too many)
        const word = wordLevel(f);
        for (const level of [f.level - 1, f.level + 1]) {
          if (level < top || level > bottom || (word !== undefined && level !== word)) continue;
          const levelAt = (k: number) => (k === j ? level : group[k].level);
          const after = outline(group, levelAt);
          // (no row above the leaves left heading nothing: a programme made childless adds up to nothing)
          if (!after.kids.size || after.short.length || [...headed.keys()].some((k) => !after.kids.has(k) && levelAt(k) !== leafLevel)) continue;
          moves.push({ at: j, level, parents: after.parentOf.join() });
        }
      }
      if (!moves.length || moves.some((m) => m.parents !== moves[0].parents)) return undefined;
      const rowsAt = (level: number) => group.filter((f) => f.level === level).length;
      let best = moves[0];
      for (const m of moves) if (rowsAt(m.level) > rowsAt(best.level)) best = m;
      return { at: from + best.at, level: best.level };
    };
    for (let g = 0; g < groups.length; g++) {
      // a group whose parents do not all add up: searched alone, then with the group after it (a kegiatan in bold as the
      // programmes heads a group of its own, its programme short above it)
      const [from, end] = groups[g];
      if (end - from < 2 || end - from > MAX_SLIP_GROUP) continue;
      const before = badIn(from, end);
      if (before < 1 || before > 3) continue;
      let move = end - from >= 3 ? oneMove(from, end) : undefined;
      const next = groups[g + 1];
      if (!move && next && next[1] - from <= MAX_SLIP_GROUP && before + badIn(next[0], next[1]) <= 3) {
        move = oneMove(from, next[1]);
        // (the group after was searched with it)
        if (move) g++;
      }
      if (move) r[move.at].level = move.level;
    }
  }
}

/**
 * The last row of a numbered list, itself unnumbered, whose figures in some column are the sum or the mean of the
 * numbered rows at the list's top ("Nilai Akuntabilitas Kinerja" under komponen 1 … 4 of a SAKIP evaluation, "Nilai
 * Kinerja Organisasi" under the IKU): the list's total whatever its label says, not a child of the last numbered row
 * nor the parent of the rows above it. Marks it and says whether it did.
 */
function trailingSum(grid: Grid, feats: RowFeatures[], data: RowFeatures[], figureCols: number[]): boolean {
  if (!data.length || feats[feats.length - 1] !== data[data.length - 1]) return false;
  // (closing lines in words after it — "Predikat | B | B | BB" under the SAKIP score — are the form's, not the list's)
  let k = data.length - 1;
  while (k > 0 && data[k].numbering === NO_NUMBER && !data[k].explicit && !figureCols.some((col) => figureIn(grid, data[k].row, col))) k--;
  const last = data[k];
  if (last.numbering !== NO_NUMBER || last.explicit || last.dash) return false;
  const others = data.slice(0, k);
  let top = Infinity;
  for (const f of others) top = Math.min(top, f.level);
  // the rows the list numbers at its top: below them (sub-items under komponen) the last row would otherwise hang; a
  // flat numbered list it would otherwise head
  const tops = others.filter((f) => f.level === top);
  const flatNumbered = others.every((f) => f.level === top);
  if (tops.length < 2 || tops.some((f) => f.numbering === NO_NUMBER) || (last.level <= top && !flatNumbered)) return false;
  const value = (row: number, col: number) => figureIn(grid, row, col);
  for (const col of figureCols) {
    const whole = value(last.row, col);
    if (!whole || whole.num === 0) continue;
    let sum = 0;
    let parts = 0;
    for (const f of tops) {
      const v = value(f.row, col);
      if (v) {
        sum += v.num;
        parts++;
      }
    }
    if (parts !== tops.length) continue;
    // the sum to a ten-thousandth of the whole; the mean as its figure is held (half its last decimal: a percentage
    // stored as 0,8977 under a "0%" format is 89,77, not any figure that shows as 90 %)
    const shown = Math.max(0.005, 0.5 * 10 ** -Math.max(0, storedPrecisely(whole).decimals));
    if (Math.abs(sum - whole.num) <= Math.abs(whole.num) * 1e-4 || Math.abs(sum / parts - whole.num) <= shown) {
      last.total = true;
      return true;
    }
  }
  return false;
}

export function classifyRows(
  grid: Grid,
  columns: TableColumn[],
  bodyRows: number[],
  left: number,
  right: number,
  pageRows?: ReadonlySet<number>,
): { rows: TableRow[]; hierarchy?: 'style' | 'text' } {
  // (a label wrapped across a page break goes on under the header repeated on the next page)
  const lineAbove = (r: number) => {
    let above = r - 1;
    while (pageRows?.has(above)) above--;
    return above;
  };
  const noCol = columns.find((c) => c.role === 'no')?.col;
  // a code split over adjacent columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan): the row's code is its
  // filled parts joined, as one "1.02.01.2.01.0001" would be
  let codeRun = splitCodeColumns(columns);
  // (no split where a column after the first holds whole codes of three parts or more, "No | Kode": 1 | 1.06.02 — the
  // first is the rows' sequence number, the code the second's alone)
  if (codeRun.some((col, i) => i > 0 && bodyRows.some((r) => numberingOf(textOf(grid.get(r, col)), true) >= 3))) codeRun = [];
  // (nor is the first a part where it numbers the rows in sequence, 1, 2, 3 …: "No | Urusan | Bidang | Program | …")
  if (codeRun.length >= 3 && numbersInSequence(grid, codeRun[0], bodyRows)) codeRun = codeRun.slice(1);
  // a code column beside the No column ("No | Kode | Program/Kegiatan": 1 | 1.06.02 | Program …): the row's code is
  // there where the No column numbers the rows in sequence or leaves them blank
  const codeCol = codeRun.length ? undefined : columns.find((c) => c.role === 'no' && c.col !== noCol && c.col >= left && c.col <= right)?.col;
  let codedByColumn = 0;
  const perfCols = columns.filter((c) => c.role === 'indikator' || c.role === 'target' || c.role === 'realisasi').map((c) => c.col);
  const figureCols = columns.filter((c) => c.role && FIGURE_ROLES.has(c.role)).map((c) => c.col);
  // loop-invariant: the label columns by role, the figure and indikator columns
  const labelRoles: readonly ColumnRole[] = ['uraian', 'indikator', 'sasaran'];
  const labelColsByRole = labelRoles.map((role) => new Set(columns.filter((c) => c.role === role).map((c) => c.col)));
  const figureColSet = new Set(figureCols);
  const moneyCols = columns.filter((c) => c.role === 'anggaran' || c.role === 'realisasi-anggaran').map((c) => c.col);
  // (what a sum below its heading may add up: the money, and other amounts of rupiah — "Belanja (Rp)" beside the pagu)
  const sumCols = [...moneyCols, ...columns.filter((c) => (c.role === 'nilai' || c.role === null) && c.unit === 'money' && !c.half).map((c) => c.col)];
  const indikatorCols = new Set(columns.filter((c) => c.role === 'indikator' || c.role === 'satuan').map((c) => c.col));
  const targetCols = columns.filter((c) => c.role === 'target' || c.role === 'realisasi').map((c) => c.col);
  // each column's part in the row loop, by its offset from left (no Set look-up per cell)
  const LABEL = [1, 2, 4]; // uraian, indikator, sasaran: the label's roles in order of preference
  const FIGURE = 8;
  const INDIKATOR = 16;
  const CODE = 32;
  const colFlags = new Uint16Array(right - left + 1);
  labelColsByRole.forEach((cols, k) => cols.forEach((col) => col >= left && col <= right && (colFlags[col - left] |= LABEL[k])));
  // the right half of a column of names cut in two (columns.joinCutLabels): a label of the same role, going on from the
  // left half's where both are written
  const LABEL_TWIN = 256;
  for (const c of columns) {
    const k = c.role ? labelRoles.indexOf(c.role) : -1;
    if (k >= 0 && c.twin !== undefined && c.twin >= left && c.twin <= right) colFlags[c.twin - left] |= LABEL[k] | LABEL_TWIN;
  }
  for (const col of figureColSet) if (col >= left && col <= right) colFlags[col - left] |= FIGURE;
  // a column cut in two (TableColumn.twin): a row's figure may be in either half
  const twins = new Map<number, number>();
  for (const c of columns) if (c.twin !== undefined && figureColSet.has(c.col)) twins.set(c.col, c.twin);
  for (const col of twins.values()) if (col >= left && col <= right) colFlags[col - left] |= FIGURE;
  for (const col of indikatorCols) if (col >= left && col <= right) colFlags[col - left] |= INDIKATOR;
  for (const col of codeRun) if (col >= left && col <= right) colFlags[col - left] |= CODE;
  // a second numbering column ("No | Kode | Program"): its number or code is no text of the row's
  const NUMBERS = 64;
  for (const c of columns) if (c.role === 'no' && c.col !== noCol && c.col >= left && c.col <= right) colFlags[c.col - left] |= NUMBERS;
  // a remark ("Sesuai DPA") is no content of a row's own: a label with a remark is a label alone
  const REMARK = 128;
  for (const c of columns) if (c.role === 'keterangan' && c.col >= left && c.col <= right) colFlags[c.col - left] |= REMARK;
  const totalLimit = figureCols[0] ?? right;
  // a PivotTable's rows: its items are labels, numbers too ("2023", "7"), never a numbering; a trend table's years alike
  const pivotRows = columns.some((c) => c.role === 'uraian' && (isPivotRowHeader(c.header) || isYearColumnHeader(c.header)));
  // A summary row's figures: no target or realisasi of its own; in a table with neither (an efisiensi), a label that
  // totals the table's measures ("Rata-rata Efisiensi"), never an indikator that counts something ("Jumlah wirausaha baru")
  const summaryFigures = (r: number, label: string) =>
    targetCols.length > 0 ? targetCols.every((col) => isBlankValue(grid.value(r, col))) : isMeasureTotalLabel(label);
  const feats: RowFeatures[] = [];
  /** The rows above without figures (headings: "PROGRAM PENGELOLAAN PERSAMPAHAN"), by their normalised labels. */
  const headingNames = new Map<string, RowFeatures>();
  /** The rows that may be sub-totals named after a heading above (named again once wrapped labels are joined). */
  let subtotalCandidates: Set<RowFeatures> | undefined;
  /** The row before, where it is an indikator row: whether it has figures, and its number. */
  let prevIndikatorRow: { hasFigure: boolean; noText: string } | undefined;
  /** The least indent of the rows with figures so far: a lone label indented deeper is a heading inside one of them. */
  let figuredIndent: number | undefined;
  /** Whether the row before names an item in its uraian (or goes on from one that does). */
  let itemAbove = false;
  // one row's features: a function of its own (called per row, V8 optimises it as a whole; a loop this long inside one
  // call ran in pieces of on-stack replacement, each undone when a later branch was first taken)
  const addRow = (r: number): void => {
    const cells = cellsIn(grid, r, left, right);
    if (cells.length === 0) return;
    // One walk over the row's cells. The label: the rightmost filled uraian cell (Program | Sub Kegiatan columns: the
    // row is what it lists last), else the indikator/sasaran, else the first text cell that is not the numbering column
    // ("Rata-rata", "Kategori" written in the No column are labels too).
    let byRole0: Cell | undefined;
    let byRole1: Cell | undefined;
    let byRole2: Cell | undefined;
    let firstText: Cell | undefined;
    /** Words in the No column ("Rata-rata", "a"): the label only where the row has no other text. */
    let noColText: Cell | undefined;
    let hasFigure = false;
    let textCells = 0;
    let otherCells = 0;
    let totalCandidate = false;
    let numbers = 0;
    let remarks = 0;
    /** The text cell just before, and the left half of the label where the row's label goes on across a cut column. */
    let textBefore: Cell | undefined;
    let labelStart: Cell | undefined;
    for (const c of cells) {
      const flags = colFlags[c.col - left];
      const text = isTextCell(c);
      if (text) {
        // the rest of a name written in the left half of a cut column: one label, no text of its own
        const goesOn = flags & LABEL_TWIN && textBefore?.col === c.col - 1;
        if (goesOn) labelStart = textBefore;
        textBefore = c;
        if (flags & LABEL[0]) byRole0 = c;
        else if (flags & LABEL[1]) byRole1 = c;
        else if (flags & LABEL[2]) byRole2 = c;
        if (goesOn) continue;
        if (!firstText && !(flags & CODE) && c.col !== noCol) firstText = c;
        else if (c.col === noCol && !/^\d/.test(textOf(c))) noColText = c;
        if (c.col !== noCol && !(flags & CODE)) textCells++;
        // a total label left of the figures; or the row's first cell, the bare word, further right (a PK's "Jumlah" in
        // its Program column, under the sasaran and targets it leaves blank, before the anggaran it totals)
        if ((c.col <= totalLimit || (c === cells[0] && isBareTotalLabel(textOf(c)))) && mayBeTotalLabel(textOf(c))) totalCandidate = true;
      }
      if (c.col !== noCol && !(flags & CODE)) {
        otherCells++;
        if (flags & NUMBERS && numberingOf(textOf(c), true) !== NO_NUMBER) numbers++;
        if (flags & REMARK && text) remarks++;
      }
      if (!hasFigure && flags & FIGURE && cellFigure(c).kind === 'figure') hasFigure = true;
    }
    // (a pivot's row item may be a number: "2023", "7" in the row-label column is the row's label)
    if (pivotRows && !byRole0) byRole0 = cells.find((c) => colFlags[c.col - left] & LABEL[0] && !isBlankValue(c.value));
    let labelCell = byRole0 ?? byRole1 ?? byRole2 ?? firstText ?? noColText;
    let label = labelCell ? textOf(labelCell) : '';
    if (labelStart && labelCell && labelCell.col === labelStart.col + 1) {
      label = `${textOf(labelStart)} ${label}`;
      labelCell = labelStart;
    }
    let noText = codeRun.length ? joinedCode(grid, r, codeRun) : noCol !== undefined ? numberOf(grid, r, noCol) : '';
    const continues = itemAbove && !noText && byRole0 === undefined && byRole1 !== undefined && moneyCols.every((col) => isBlankValue(grid.value(r, col)));
    // (a code typed with spaces between its parts, "1 02 02 2.01": its dotted form)
    if (noText.indexOf(' ') > 0) noText = spacedCode(noText) ?? noText;
    // (a "Rata-rata capaian" row under the list: a total word with no target or realisasi of its own)
    const summaryLike = totalCandidate && (isBareTotalLabel(label) || summaryFigures(r, label));
    // an indikator row with a target or realisasi of its own whose No and sasaran are left blank belongs to the sasaran above it, as
    // if both were merged down over it (staff write a sasaran and its number once): its number is that row's, not a
    // child's blank
    const sameSasaran =
      !noText &&
      !summaryLike &&
      byRole1 !== undefined &&
      byRole0 === undefined &&
      byRole2 === undefined &&
      hasFigure &&
      // (a table with no target or realisasi, an efisiensi: the row's figures are its own)
      (targetCols.length === 0 || targetCols.some((col) => !isBlankValue(grid.value(r, col)))) &&
      prevIndikatorRow?.hasFigure === true;
    if (sameSasaran && prevIndikatorRow) noText = prevIndikatorRow.noText;
    prevIndikatorRow = byRole1 !== undefined && byRole0 === undefined ? { hasFigure, noText } : undefined;
    const noNumbering = numberingOf(noText, true);
    let numbering = noNumbering;
    let code = numbering >= 1 ? codeText(noText) : '';
    let paren = numbering === 1 || numbering === ALPHA ? parenStyle(noText) : 0;
    if (numbering === NO_NUMBER && label && !pivotRows) {
      numbering = numberingOf(label);
      if (numbering >= 1) code = codeText(label);
      if (numbering === 1 || numbering === ALPHA) paren = parenStyle(label);
    } else if (numbering === 1 && label && isDigit(label.charCodeAt(0))) {
      // a sequence number in the No column beside a label that opens with its own dotted code ("1 | 1.06.04 Program
      // …"): the code is the row's (else "1.06.05" on the next row, unnumbered, would read as a child of "1")
      const own = numberingOf(label);
      if (own >= 2) {
        numbering = own;
        code = codeText(label);
        paren = 0;
      }
    }
    if (codeCol !== undefined && (numbering === NO_NUMBER || numbering === 1)) {
      const kode = numberOf(grid, r, codeCol);
      const own = kode ? numberingOf(kode, true) : NO_NUMBER;
      if (own >= 2) {
        numbering = own;
        code = codeText(kode);
        paren = 0;
        codedByColumn++;
      }
    }
    // "JUMLAH", "Total Target", "R A T A - R A T A": a short label before the figures, never an indikator's text
    // such as "Jumlah Orang yang Menerima Gaji".
    // In the indikator column a total label is a summary row only when the row is unnumbered and has no target or
    // realisasi of its own ("Rata-rata capaian" under the list; "Rata-rata lama sekolah" is an indikator), or when
    // it is the bare word alone ("Total", an Excel Table's totals row: no indikator is called that).
    let total = false;
    // a row whose own label (its uraian, indikator or sasaran) names something else is no total, whatever a remark
    // or a formula beside it starts with ("Persentase rumah layak huni | Jumlah RLH / jumlah rumah x 100%")
    const roleLabel = byRole0 ?? byRole1 ?? byRole2;
    if (totalCandidate && roleLabel && !isTotalLabel(textOf(roleLabel))) totalCandidate = false;
    if (totalCandidate) {
      // (a number merged down over a group's rows and the sum or mean closing them — "Jumlah Program", "Rata-rata capaian
      // sasaran" — is the group's, not the row's)
      const mergedNo = noCol !== undefined && !codeRun.length && isBlankValue(grid.value(r, noCol)) && mergedFromAbove(grid, r, noCol) !== undefined;
      const summaryRow = (mergedNo || !noText.trim()) && summaryFigures(r, label);
      // a row numbered like the rows above it ("3 | Jumlah BUMDes aktif") is one of them, unless it is the bare word
      const numberedRow = noNumbering === 1 && !mergedNo;
      // with a label of its own, the total word is that label (or left of it, in the No column): never a remark or a
      // formula right of it ("Rata-rata waktu penyelesaian aduan | jumlah hari / jumlah aduan" is an indikator)
      const labelLimit = roleLabel ? roleLabel.col : right;
      // A total label is short; longer, it names the table's own measures in full ("Jumlah Anggaran Program Tahun 2024"),
      // a mean says what it averages, or it closes the unnumbered line of a budget, where no programme, kegiatan or
      // account is named "Jumlah …" ("JUMLAH TOTAL BELANJA DAERAH TAHUN ANGGARAN 2024")
      const shortEnough = (c: Cell) => {
        const n = norm(textOf(c)).length;
        if (n <= MAX_TOTAL_LABEL_CHARS) return true;
        if (n > MAX_MEAN_LABEL_CHARS) return false;
        const t = textOf(c);
        return isMeasureTotalLabel(t) || (summaryRow && isAverageLabel(t)) || (moneyCols.length > 0 && !noText.trim() && !(colFlags[c.col - left] & INDIKATOR));
      };
      total = cells.some(
        (c) =>
          c.col <= labelLimit &&
          (!numberedRow || isBareTotalLabel(textOf(c))) &&
          (c.col <= totalLimit || (c === cells[0] && isBareTotalLabel(textOf(c)))) &&
          (!(colFlags[c.col - left] & INDIKATOR) || summaryRow || isBareTotalLabel(textOf(c))) &&
          isTextCell(c) &&
          shortEnough(c) &&
          isTotalLabel(textOf(c)),
      );
    }
    itemAbove = continues || (byRole0 !== undefined && !total);
    // a sub-total named after a heading above it carries that heading's figures (not a total of the rows since the
    // last total: a programme's "Jumlah" after its kegiatan's own "Jumlah" rows adds those)
    // (never an indikator's own name: "Jumlah Kunjungan Wisatawan" under a heading "Kunjungan Wisatawan" is an indikator)
    const subtotalCandidate = totalCandidate && hasFigure && !!labelCell && !(colFlags[labelCell.col - left] & INDIKATOR);
    const subtotalOf = subtotalCandidate ? headingNamed(label, headingNames) : undefined;

    const explicit = label ? explicitLevel(label) : undefined;
    // (or its one text written from the No column, across the table: "Sasaran 1: …" merged over every column)
    const onlyText = !hasFigure && ((textCells === 1 && otherCells === 1) || (cells.length === 1 && cells[0].col === noCol && labelCell === cells[0]));
    // (a lone label indented deeper than the outermost rows with figures above it, "PROGRAM …" › "  Kegiatan heading"
    // with no figures of its own › "    sub kegiatan", is a level of the outline under them, not a section of the table)
    const nested = figuredIndent !== undefined && (labelCell?.indent ?? 0) > figuredIndent;
    // (or, with figures, the difference of the groups above it, uncoded: "SURPLUS/(DEFISIT)" under Pendapatan and
    // Belanja is no line of Belanja; what follows starts afresh, as after a section)
    const section =
      (!total && !nested && onlyText && !!labelCell && cells.length === 1 && explicit === undefined && isSectionCell(grid, r, labelCell, left, right)) ||
      (!total && !noText && numbering === NO_NUMBER && !!label && isDifferenceLabel(label));
    if (hasFigure) figuredIndent = Math.min(figuredIndent ?? Infinity, labelCell?.indent ?? 0);
    // a label in capitals ("PENUNJANG URUSAN PEMERINTAHAN") is a heading, as bold is (where not every label is)
    const caps = !labelCell?.bold && isCapitalsHeading(label);
    const bold = !!labelCell?.bold || caps;
    const indent = labelCell?.indent ?? 0;
    const spaces = typeof labelCell?.value === 'string' ? leadingSpaces(labelCell.value) : 0;
    const dash = markKind(label.charCodeAt(0));
    feats.push({
      row: r,
      label,
      labelCol: labelCell?.col ?? left,
      bold,
      caps,
      indent,
      dash,
      styleKey: 0,
      level: 0,
      depth: 0,
      numbering,
      code,
      paren,
      explicit,
      perfEmpty: perfCols.length > 0 && perfCols.every((c) => isBlankValue(grid.value(r, c))),
      total,
      section,
      continues,
      spaces,
      labelOnly:
        !hasFigure &&
        otherCells - numbers - remarks === 1 &&
        textCells - remarks === 1 &&
        !!labelCell &&
        labelCell.col !== noCol &&
        !(colFlags[labelCell.col - left] & CODE),
      textCols:
        !hasFigure && cells.length === otherCells && textCells === otherCells && textCells - remarks >= 1
          ? cells.filter((c) => !(colFlags[c.col - left] & REMARK)).map((c) => c.col)
          : undefined,
      numbered: cells.length > otherCells,
      figures: hasFigure,
      lastRow: r,
      above: lineAbove(r),
      subtotalOf,
      noText,
    });
    if (subtotalCandidate) (subtotalCandidates ??= new Set()).add(feats[feats.length - 1]);
    if (!hasFigure && label && !total && !section) nameHeading(headingNames, feats[feats.length - 1], noText);
  };
  // (this function's walks over the rows are callbacks, none a loop of its own: a loop in a body this long has V8 compile
  // all of it by on-stack replacement, again each time a later branch is first taken — 0,2 s of compiling per pass on a
  // 50k-row table, on the core the checking shares)
  bodyRows.forEach(addRow);
  // a column headed by one level's name ("Program", "Indikator Kinerja") lists items of that level, no headings
  const oneLevel = new Set<number>();
  for (const c of columns) if (ONE_LEVEL_HEADER.test(norm(c.header))) oneLevel.add(c.col);
  // whether a row's figures are the sum of some rows' (all of them, or those that look like the first), in some column
  const figureAt = (row: number, col: number): number | undefined => {
    const twin = twins.size ? twins.get(col) : undefined;
    return (figureIn(grid, row, col) ?? (twin !== undefined ? figureIn(grid, row, twin) : undefined))?.num;
  };
  const sumsTo = (whole: number, parts: RowFeatures[], col: number): boolean => {
    let sum = 0;
    for (const p of parts) sum += figureAt(p.row, col) ?? 0;
    return sameAmount(sum, whole);
  };
  const addsUp = (whole: RowFeatures, parts: RowFeatures[]): boolean => {
    const alike = parts.filter((p) => p.indent === parts[0].indent && p.bold === parts[0].bold && p.dash === parts[0].dash);
    for (const col of figureCols) {
      const w = figureAt(whole.row, col);
      if (w === undefined || w === 0) continue;
      if (sumsTo(w, parts, col) || sumsTo(w, alike, col)) return true;
    }
    return false;
  };
  // a budget line: money in the row (a performance table's label-only rows may be its sasaran, a budget's are no headings
  // under a line that looks the same)
  const budgetLine = (f: RowFeatures): boolean => moneyCols.some((col) => figureAt(f.row, col) !== undefined);
  // b's texts each under a text of a, a budget line (its figures money)
  const textUnder = (a: RowFeatures, b: RowFeatures): boolean =>
    budgetLine(a) &&
    (b.textCols ?? []).every((col) => {
      const c = grid.get(a.row, col);
      return c !== undefined && isTextCell(c);
    });
  // a row's money in the columns a parent sums, as outlineBySums reads a line
  const lineOf = (f: RowFeatures): SumLine => ({ amounts: sumCols.map((col) => figureAt(f.row, col)) });
  // whether parts add up to whole in its money (every column it fills but one at most, in one at least that is no round
  // sum: outlineBySums), fall short of it, or run over it in every column
  const sumOf = (whole: RowFeatures, parts: readonly RowFeatures[]) => sumOfLines(lineOf(whole), parts.map(lineOf), sumCols.length);
  // capitals mark a heading only where other labels are written in small letters: a table typed all in capitals
  // ("III/A (PENATA MUDA)", "NON ASN") has no headings by case — nor lines of a row told apart by it (a label cut by a
  // page break, "1.2 | PELAKSANAAN PENYELENGGARAAN" over "KECAMATAN 1.2 | 790.000.000", is one row there too)
  if (!feats.some((f) => hasSmallLetter(f.label))) for (const f of feats) if (f.caps) f.bold = f.caps = false;
  const wrapped = joinWrappedLabels(feats, oneLevel, addsUp, budgetLine, textUnder, sumOf);
  const candidates = subtotalCandidates;
  if (wrapped && candidates) {
    // a heading's name written over rows is its whole text: the sub-totals are named after that
    headingNames.clear();
    feats.forEach((f) => {
      if (candidates.has(f)) f.subtotalOf = headingNamed(f.label, headingNames);
      if (!f.figures && f.label && !f.total && !f.section) nameHeading(headingNames, f, f.noText);
    });
  }
  // (a budget's groups closed by a "Jumlah" that names no heading: each the sub-total of the heading its rows are under)
  if (moneyCols.length) {
    namedSums(feats);
    closingSubtotals(feats, figureAt, sumCols);
  }
  indentBySpaces(feats);
  capsAmongPeers(feats);
  rankMarks(
    feats.filter((f) => !f.total && !f.section && !f.subtotalOf),
    feats,
  );
  feats.forEach((f) => {
    f.styleKey =
      (((Math.min(f.indent, 255) * 2 + (f.bold ? 1 : 0)) * 8 + Math.min(f.dash, 7)) * 16 +
        (f.numbering === ALPHA ? 15 : f.numbering === ROMAN ? 14 : f.numbering === UPPER ? 13 : Math.min(f.numbering, 12))) *
        3 +
      f.paren;
  });
  const data = feats.filter((f) => !f.total && !f.section && !f.subtotalOf && !f.continues);
  belanjaWordsInPlace(data);
  // a feature is active when the data rows do not all share one value of it (found by a walk, no list made)
  const active = <K extends keyof RowFeatures>(k: K) => {
    for (let i = 1; i < data.length; i++) if (data[i][k] !== data[0][k]) return true;
    return false;
  };
  const boldActive = active('bold');
  // A group's name and number written once, on its first row, over a column of items each with its figures ("1 |
  // Program Penunjang … | Perencanaan … | 150.000.000", then " | | Administrasi Keuangan … | 2.450.000.000"): the
  // items are one level, as where the name is merged down over them — the number is the group's, not the first item's
  const numActive = !writtenOncePerGroup(grid, columns, data) && active('numbering');
  const perfActive = active('perfEmpty') && data.some((f) => f.explicit === 'program');
  // (a loop, not Math.min(...rows): a spread of one argument per row overflows the stack on long tables)
  let minLabelCol = Infinity;
  data.forEach((f) => (minLabelCol = Math.min(minLabelCol, f.labelCol)));
  // Hierarchy by column ("Program" | "Kegiatan" | "Sub Kegiatan" columns) only where the table has such columns.
  const uraianCols = columns.filter((c) => c.role === 'uraian').length;
  const labelColActive = uraianCols >= 2 && active('labelCol');
  // Rows numbered 1, 2, 3 … in the No column, every one of them, are siblings: a flat list.
  const numberedAll =
    noCol !== undefined &&
    data.length >= 2 &&
    data.every((f) => /^\d+[.)]?$/.test(textOf(grid.get(f.row, noCol)))) &&
    data.every(
      (f, i) => i === 0 || Number(textOf(grid.get(f.row, noCol)).replace(/\D/g, '')) > Number(textOf(grid.get(data[i - 1].row, noCol)).replace(/\D/g, '')),
    );
  // The outline of Indonesian documents, 1. › a. › 1) › a): a bracketed "1)" under a "1." (or "a)" under an "a.") is a
  // level deeper — where the bracketed ones run as a sequence of their own (more than one, starting again at 1), not
  // where one number of a list was typed with a bracket
  let digitParen = 0;
  let digitParenOne = false;
  let digitDot = false;
  let alphaParen = 0;
  let alphaDot = false;
  data.forEach((f) => {
    if (f.numbering === 1) {
      if (f.paren === 1) {
        digitParen++;
        if (f.code === '1') digitParenOne = true;
      } else digitDot = true;
    } else if (f.numbering === ALPHA) {
      if (f.paren === 2) alphaParen++;
      else alphaDot = true;
    }
  });
  // a "- " row stands for a missing number (1. Program › - kegiatan), unless unnumbered rows without the dash stand
  // between them already (1 PROGRAM › Kegiatan › - sub kegiatan): then it hangs below those
  const plainUnnumbered = data.some((f) => f.numbering === NO_NUMBER && !f.dash && !f.explicit);
  // I › A › 1 › a in the No column, the outline opening with a Roman numeral or a capital: each mark a level above the
  // next (elsewhere a capital is numbered like a small letter, below the digits: 1. Program › a. kegiatan)
  const firstMark = data.find((f) => f.numbering !== NO_NUMBER)?.numbering;
  const upperOutline = firstMark === ROMAN || firstMark === UPPER;
  const hasRoman = upperOutline && data.some((f) => f.numbering === ROMAN);
  const hasUpper = upperOutline && data.some((f) => f.numbering === UPPER);
  const digitBase = (hasRoman ? 1 : 0) + (hasUpper ? 1 : 0);
  const digitOutline = digitDot && digitParen >= 2 && digitParenOne;
  const alphaOutline = alphaDot && alphaParen >= 2;
  /** The levels a row's mark puts it down: its place in the outline, a code's parts, a bracket's deeper form. */
  const markDepth = (f: RowFeatures): number => {
    const n = f.numbering;
    if (n === ROMAN) return 0;
    if (n === UPPER) return upperOutline ? (hasRoman ? 1 : 0) : 1;
    const base = upperOutline ? digitBase : 0;
    if (n === ALPHA) return base + 1 + (alphaOutline && f.paren === 2 ? 2 : 0);
    return n >= 1 ? base + n - 1 + (digitOutline && n === 1 && f.paren === 1 ? 2 : 0) : 0;
  };
  const ownDepth = (f: RowFeatures) =>
    f.indent +
    f.dash +
    markDepth(f) +
    (boldActive && !f.bold ? 1 : 0) +
    (numActive && f.numbering === NO_NUMBER && (!f.dash || plainUnnumbered) ? 1 : 0) +
    (perfActive && !f.explicit && !f.perfEmpty ? 1 : 0) +
    (labelColActive ? f.labelCol - minLabelCol : 0);
  // a "- " row hangs under the row it follows: at least a level below the last row above it with no dash ("1 ›
  // 1.1 › - sub kegiatan", as "1. Program › - kegiatan"); a "• " row under a "- " row, below the last "- " row
  const above = new MarkStack();
  data.forEach((f) => {
    const own = ownDepth(f);
    const under = above.under(f.dash);
    f.depth = f.dash && under !== undefined ? Math.max(own, under + 1) : own;
    above.set(f.dash, f.depth);
  });
  const depth = (f: RowFeatures) => f.depth;

  if (moneyCols.length) slippedLevelWords(data, sumOf);
  const explicitRank = { program: 0, kegiatan: 1, subkegiatan: 2 } as const;
  const style = (f: RowFeatures) => f.styleKey;
  const progStyles = new Set<number>();
  /** The looks of the rows named by another level's word (kegiatan, sub kegiatan). */
  const otherNamedStyles = new Set<number>();
  let namedPrograms = 0;
  const implicit: RowFeatures[] = [];
  const implicitStyles = new Set<number>();
  data.forEach((f) => {
    if (f.explicit === 'program') {
      progStyles.add(style(f));
      namedPrograms++;
    } else if (f.explicit) otherNamedStyles.add(style(f));
    if (!f.explicit) {
      implicit.push(f);
      implicitStyles.add(style(f));
    }
  });
  const hasExplicit = implicit.length < data.length;
  // the one look of the programmes named so (two or more), where the rows named by another level's word look
  // otherwise ("1 | PROGRAM …" in capitals over "| Kegiatan …"): a row of that look is a programme whatever its words
  // (not where no other level is named: rows all alike, "Program …" over unnamed kegiatan, are told apart by words alone)
  const onlyProgramStyle = progStyles.size === 1 ? (progStyles.values().next().value as number) : undefined;
  const programLook =
    namedPrograms >= 2 && onlyProgramStyle !== undefined && otherNamedStyles.size > 0 && !otherNamedStyles.has(onlyProgramStyle) ? onlyProgramStyle : undefined;
  // A row styled like the explicit program rows, where the other rows are styled differently, is a program too.
  const styledAsProgram = (f: RowFeatures) => progStyles.has(style(f)) && (implicitStyles.size > 1 || (style(f) === programLook && !f.dash));
  const depthSet = new Set<number>();
  implicit.forEach((f) => !styledAsProgram(f) && depthSet.add(depth(f)));
  const depths = [...depthSet].sort((a, b) => a - b);
  const rankOf = new Map(depths.map((d, i) => [d, i]));
  // A code's parts name a level where the rows its words name have codes of one length each ("3.27.01 | Program …"):
  // a row with a code of that length and no word of its level is of that level too ("3.27.05 | Pengendalian dan
  // Penanggulangan Bencana Pertanian" among the programmes), not an item under the row above
  const levelOfParts = new Map<number, RowFeatures['explicit'] | null>();
  for (const f of data) {
    if (!f.explicit || f.numbering < 2) continue;
    const known = levelOfParts.get(f.numbering);
    levelOfParts.set(f.numbering, known === undefined || known === f.explicit ? f.explicit : null);
  }
  const levels = new Set<number>();
  /** The level of the last row above without a dash (or with a mark of an outer rank). */
  const undashed = new MarkStack();
  data.forEach((f) => {
    const byParts = !f.explicit && f.numbering >= 2 && !f.dash ? levelOfParts.get(f.numbering) : undefined;
    if (f.explicit) f.level = explicitRank[f.explicit];
    else if (byParts) f.level = explicitRank[byParts];
    else if (styledAsProgram(f)) f.level = 0;
    else {
      const rank = rankOf.get(depth(f)) ?? 0;
      f.level = hasExplicit ? Math.min(2, 1 + rank) : rank;
      // a "- " row hangs under the row it follows, named or not ("Kegiatan Administrasi …" › "- Penyediaan ATK": a sub
      // kegiatan, though no other unnamed row stands above it)
      const under = undashed.under(f.dash);
      if (f.dash && hasExplicit && under !== undefined) f.level = Math.min(2, Math.max(f.level, under + 1));
    }
    undashed.set(f.dash, f.level);
    levels.add(f.level);
  });
  // Codes that nest (4 › 4.1.4.16, 1.02.01 › 1.02.01.2.01) are the hierarchy itself: they outrank the words
  // ("Belanja Operasi" is a group under "5 BELANJA", not a programme at the top) and the styles.
  // Named by their words where they have them; the rest by their depth below the programmes (an urusan or bidang
  // row above them is a heading at the programmes' level).
  const byCode = codeLevels(data, { roman: hasRoman, upper: hasUpper });
  let programDepth = 0;
  if (byCode) {
    levels.clear();
    programDepth = Infinity;
    // (the programmes' depth is theirs, not that of the belanja groups above them, where both are named)
    const named = data.some((f) => f.explicit === 'program' && !isBelanjaGroup(f.label));
    data.forEach((f) => {
      levels.add(f.level);
      if (f.explicit === 'program' && !(named && isBelanjaGroup(f.label))) programDepth = Math.min(programDepth, f.level);
    });
    if (programDepth === Infinity) programDepth = 0;
  }
  // "A BELANJA TIDAK LANGSUNG | B BELANJA LANGSUNG" over rows named "Program …" (Permendagri 13/2006's layout): the
  // groups head the programmes, a level above them, and a programme is never their sibling
  if (!byCode) {
    const groups = new Set<RowFeatures>();
    let programUnderGroup = false;
    data.forEach((f) => {
      if (f.explicit !== 'program') return;
      if (isBelanjaGroup(f.label)) groups.add(f);
      else if (groups.size) programUnderGroup = true;
    });
    if (programUnderGroup) {
      levels.clear();
      data.forEach((f) => {
        f.level = groups.has(f) ? 0 : f.level + 1;
        levels.add(f.level);
      });
      programDepth = 1;
    }
  }
  // A budget laid out by sasaran: a row of the plan above the programmes, uncoded, with figures of its own, heads the
  // programmes below it — a level above them, where their words or codes put them beside it. It is named so
  // ("Sasaran: Meningkatnya …", "Tujuan 1 …", "Urusan Kesehatan"), or by its words alone ("Meningkatnya kualitas
  // layanan …") with money that is the sum of the programmes below it
  const programRows = data.filter((f) => f.explicit === 'program');
  const planned = new Set<RowFeatures>();
  if (programRows.length) {
    let programLevel = Infinity;
    for (const f of programRows) programLevel = Math.min(programLevel, f.level);
    data.forEach((f, i) => {
      if (!f.figures || f.explicit || f.code) return;
      if (f.level <= programLevel && ABOVE_PROGRAM.test(norm(f.label))) return void planned.add(f);
      // (by its figures: at the programmes' level, or anywhere right above a programme — a table all in bold)
      if (f.level > programLevel && data[i + 1]?.explicit !== 'program') return;
      // the programmes after it, up to the next row at its level that is none
      const under: RowFeatures[] = [];
      for (let k = i + 1; k < data.length; k++) {
        const g = data[k];
        if (g.explicit === 'program') under.push(g);
        else if (!g.explicit && g.level <= f.level) break;
      }
      // (its money the programmes' sum — of two at least where it stands deeper than them: a kegiatan's figures may
      // match the one programme after it)
      const moneySum = moneyCols.some((col) => {
        const w = figureAt(f.row, col);
        return w !== undefined && w !== 0 && sumsTo(w, under, col);
      });
      if (under.length >= (f.level > programLevel ? 2 : 1) && moneySum) planned.add(f);
    });
  }
  // (the rows it heads go down a level from where the higher of it and the programmes stands)
  let planTop = Infinity;
  if (planned.size) {
    for (const f of planned) planTop = Math.min(planTop, f.level);
    for (const f of programRows) planTop = Math.min(planTop, f.level);
  }
  if (planTop !== Infinity && programRows.some((f) => f.level <= planTop)) {
    levels.clear();
    data.forEach((f) => {
      if (planned.has(f)) f.level = planTop;
      else if (f.level >= planTop) f.level++;
      levels.add(f.level);
    });
    if (programDepth >= planTop) programDepth++;
  }
  const nameOf = (f: RowFeatures): RowLevel => (byCode && f.explicit ? f.explicit : LEVELS[Math.max(0, Math.min(2, f.level - programDepth))]);
  if (trailingSum(grid, feats, data, figureCols)) {
    levels.clear();
    data.forEach((f) => !f.total && levels.add(f.level));
  }
  // A budget whose rows nothing marks but capitals on some of them, or nothing at all (its bold and indent lost with the
  // file's styles): the levels its sums reveal, where they reveal an outline (outlineBySums)
  const unmarked =
    sumCols.length > 0 &&
    !byCode &&
    planTop === Infinity &&
    !numberedAll &&
    !numActive &&
    !perfActive &&
    !labelColActive &&
    !active('indent') &&
    !active('dash') &&
    !(boldActive && data.some((f) => f.bold && !f.caps)) &&
    !feats.some((f) => f.subtotalOf);
  if (unmarked) {
    const listed = data.filter((f) => !f.total);
    const lines = listed.map(lineOf);
    const depths = outlineBySums(lines, sumCols.length);
    // (a list with a total: the outline's top adds up to it)
    const totals = feats.filter((f) => f.total);
    const fitsTotal = (d: number[]) => totals.length === 0 || totals.some((f) => topAddsUpTo(lines, d, lineOf(f), sumCols.length));
    // (where rows name their level, "Program …", the sums must put each of them there, and a row below one named a
    // programme at the programmes' level only where it heads rows of its own: a programme unnamed, not a kegiatan left
    // without its parent by a sum typed wrong)
    const fitsWords = (d: number[]): boolean => {
      let named = false;
      return listed.every((f, i) => {
        if (!f.explicit) return !named || d[i] !== 0 || (i + 1 < listed.length && d[i + 1] > 0);
        if (f.explicit === 'program') named = true;
        return d[i] === explicitRank[f.explicit];
      });
    };
    if (depths && fitsTotal(depths) && fitsWords(depths)) {
      levels.clear();
      listed.forEach((f, i) => {
        f.level = depths[i];
        levels.add(f.level);
      });
      programDepth = 0;
    }
  }
  // (codes of a column of their own that nest outrank the sequence numbers of the No column beside them: "1 | 1.06.02 |
  // Program …", "2 | 1.06.02.2.01 | …"; not where the numbers stand for codes: "1 | 2.15.01 Program …", "2 | Program …")
  const codesBeside = codeRun.length > 0 && codeRun[0] !== noCol;
  const flat = (numberedAll && !(byCode && (codesBeside || codedByColumn * 2 >= data.length))) || levels.size <= 1;
  // (not where sub-totals carry their headings' money: a heading's sum stands below its rows)
  if (!flat && sumCols.length && !feats.some((f) => f.subtotalOf !== undefined)) {
    // (a stored number read from the grid's columns, no cell object made: every row of a long budget is read)
    const amountAt = (row: number, col: number): number | undefined => {
      const v = grid.value(row, col);
      return typeof v === 'number' ? storedNumberNum(v, grid.numFmt(row, col)) : figureAt(row, col);
    };
    slippedLooks(
      feats,
      (row, k) => amountAt(row, sumCols[k]),
      sumCols.length,
      (f) => (f.explicit ? programDepth + explicitRank[f.explicit] : undefined),
    );
  }
  // capitals alone are a weaker sign than bold (a flat list typed partly in capitals): a hierarchy told by them only is
  // a guess until some parent adds up, like one told by the words
  const boldByStyle = boldActive && data.some((f) => f.bold && !f.caps) && data.some((f) => !f.bold);
  const styleActive = boldByStyle || numActive || perfActive || labelColActive || active('indent') || active('dash');
  const out: TableRow[] = [];
  /** The rows a row may hang below, deepest last, and whether each is a parent yet. */
  const stack: Array<{ row: number; level: number; parent: boolean }> = [];
  // where each row stands in `out`, and each parent's children (for the sub-totals, which take over their heading's;
  // kept only where there are any)
  const placeOf = new Map<number, number>();
  const childrenOf = new Map<number, TableRow[]>();
  const keepPlaces = feats.some((f) => f.subtotalOf !== undefined);
  feats.forEach((f) => {
    const h = f.subtotalOf;
    const headingAt = h ? placeOf.get(h.row) : undefined;
    const heading = headingAt !== undefined ? out[headingAt] : undefined;
    if (h && !flat && heading && heading.level !== 'section' && heading.level !== 'total') {
      // the heading's figures, written below its rows: this row takes its place (level, parent, children) and the
      // heading becomes a title with nothing to add up
      const row: TableRow =
        heading.parent !== undefined
          ? { row: f.row, level: heading.level, label: f.label, parent: heading.parent, heading: heading.row }
          : { row: f.row, level: heading.level, label: f.label, heading: heading.row };
      out[headingAt as number] = { row: heading.row, level: 'section', label: heading.label };
      if (heading.parent !== undefined) {
        const siblings = childrenOf.get(heading.parent) ?? [];
        const k = siblings.findIndex((x) => x.row === heading.row);
        if (k >= 0) siblings.splice(k, 1, row);
        else siblings.push(row);
      }
      const children = childrenOf.get(heading.row) ?? [];
      for (const c of children) c.parent = f.row;
      childrenOf.set(f.row, children);
      childrenOf.delete(heading.row);
      placeOf.set(f.row, out.length);
      out.push(row);
      // the group is closed: what follows is its sibling or above
      while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
      return;
    }
    if (f.total) {
      out.push(f.sumOfRow !== undefined ? { row: f.row, level: 'total', label: f.label, closes: f.sumOfRow } : { row: f.row, level: 'total', label: f.label });
      // a row with no children above a total is no parent of a row below it: the total closed its list ("Rusak Berat |
      // Jumlah | Jalan Mantap (Baik + Sedang)")
      if (stack.length && !stack[stack.length - 1].parent) stack.pop();
      return;
    }
    // (a sub-total whose heading is a title or a total itself: a row at its heading's level)
    if (h) f.level = h.level;
    if (f.section) {
      out.push({ row: f.row, level: 'section', label: f.label });
      stack.length = 0;
      return;
    }
    if (flat || f.continues) {
      out.push({ row: f.row, level: 'data', label: f.label });
      return;
    }
    const lv = f.level;
    while (stack.length && stack[stack.length - 1].level >= lv) stack.pop();
    // the parent written in the literal, not added after: each row then keeps its fields in the object itself (an
    // added field puts them in a second store, 40 bytes more per row)
    const row: TableRow = stack.length
      ? { row: f.row, level: nameOf(f), label: f.label, parent: stack[stack.length - 1].row }
      : { row: f.row, level: nameOf(f), label: f.label };
    if (stack.length) stack[stack.length - 1].parent = true;
    if (keepPlaces) {
      placeOf.set(f.row, out.length);
      if (row.parent !== undefined) {
        const siblings = childrenOf.get(row.parent);
        if (siblings) siblings.push(row);
        else childrenOf.set(row.parent, [row]);
      }
    }
    out.push(row);
    stack.push({ row: f.row, level: lv, parent: false });
  });
  if (wrapped) {
    const linesOf = new Map<number, number[]>();
    feats.forEach((f) => f.lines && linesOf.set(f.row, f.lines));
    out.forEach((row) => {
      const lines = linesOf.get(row.row);
      if (lines) row.labelRows = lines;
    });
  }
  if (flat) return { rows: out };
  if (moneyCols.length) closeGroups(out, figureAt, sumCols);
  return { rows: out, hierarchy: styleActive ? 'style' : 'text' };
}

/**
 * A sum that names no heading ("Jumlah", "Sub Total") right after a group whose first row states the group's figures
 * too (a kegiatan with its money, its sub kegiatan, then "Jumlah" of them; then "Jumlah Program" after the last
 * kegiatan's): it closes that group and adds up its children, not the rows since the last total. The group is the
 * nearest row above, up its parents, whose own figure or whose children's sum the sum states in some money column;
 * right after another such sum, the group above the one that sum closed.
 */
function closeGroups(rows: TableRow[], figureAt: (row: number, col: number) => number | undefined, cols: number[]): void {
  // (most tables have no such sum: nothing is indexed for them)
  if (!rows.some((r) => r.level === 'total' && (r.closes !== undefined || isGenericSubtotalLabel(r.label)))) return;
  // each row's place by its sheet row (rows are in sheet order): no map of a large table's rows
  let last = 0;
  for (const r of rows) if (r.row > last) last = r.row;
  const place = new Int32Array(last + 1).fill(-1);
  rows.forEach((r, i) => (place[r.row] = i));
  const rowAt = (n: number): TableRow | undefined => (place[n] >= 0 ? rows[place[n]] : undefined);
  const near = (a: number | undefined, w: number) => a !== undefined && sameAmount(a, w);
  /** Whether the total at place i states row a's own figure, or the sum of a's children (all between a and it), in some column. */
  const states = (a: number, i: number): boolean => {
    const from = place[a];
    let kids = 0;
    const sums = new Float64Array(cols.length);
    for (let j = from + 1; j < i; j++) {
      if (rows[j].parent !== a) continue;
      kids++;
      for (let k = 0; k < cols.length; k++) sums[k] += figureAt(rows[j].row, cols[k]) ?? 0;
    }
    if (kids === 0) return false;
    const t = rows[i];
    return cols.some((col, k) => {
      const w = figureAt(t.row, col);
      return w !== undefined && w !== 0 && (near(figureAt(a, col), w) || near(sums[k], w));
    });
  };
  /** Whether the rows at the top since the last total (as TableModel.coveredRows takes them) add up to the total at i. */
  const topRowsStateIt = (i: number): boolean => {
    const sums = new Float64Array(cols.length);
    let parts = 0;
    for (let j = i - 1; j >= 0; j--) {
      const r = rows[j];
      if (r.level === 'section' || (r.level === 'total' && r.closes !== undefined)) continue;
      if (r.level === 'total') break;
      if (r.parent !== undefined) continue;
      parts++;
      for (let k = 0; k < cols.length; k++) sums[k] += figureAt(r.row, cols[k]) ?? 0;
    }
    const t = rows[i];
    return (
      parts > 0 &&
      cols.some((col, k) => {
        const w = figureAt(t.row, col);
        return w !== undefined && w !== 0 && sameAmount(sums[k], w);
      })
    );
  };
  /** The group the total right above closed (another closing sum goes on from its parent). */
  let closedAbove: TableRow | undefined;
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i];
    if (t.level === 'total' && t.closes !== undefined) {
      closedAbove = rowAt(t.closes);
      continue;
    }
    if (t.level !== 'total' || !isGenericSubtotalLabel(t.label)) {
      closedAbove = undefined;
      continue;
    }
    // (the bare word, "Jumlah" or "TOTAL", may total the whole table: never the group of a row at the top with figures,
    // nor any group where the rows at the top since the last total add up to it — a JUMLAH under one programme and its
    // one kegiatan is the table's)
    const bare = isGrandTotalWord(t.label);
    if (bare && topRowsStateIt(i)) {
      closedAbove = undefined;
      continue;
    }
    const above = rows[i - 1];
    let from: number | undefined;
    if (closedAbove) from = closedAbove.parent;
    else if (above && above.level !== 'total' && above.level !== 'section') from = above.row;
    closedAbove = undefined;
    for (let a = from; a !== undefined; a = rowAt(a)?.parent) {
      const row = a;
      // (a row at the top with figures of its own is among the rows a total adds up anyway)
      if (bare && rowAt(a)?.parent === undefined && cols.some((col) => figureAt(row, col) !== undefined)) break;
      if (!states(a, i)) continue;
      t.closes = a;
      closedAbove = rowAt(a);
      break;
    }
  }
}
