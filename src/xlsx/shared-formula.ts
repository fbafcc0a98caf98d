/**
 * Shared formulas (ECMA-376 Part 1 §18.3.1.40, <f t="shared" si="0" ref="C6:E6">AVERAGE(C3:C5)</f> on the first
 * cell, <f t="shared" si="0"/> on the others): Excel writes a formula filled down or across once, and each other cell
 * of the group means the same formula moved by its distance from the first — its relative references moved, its
 * absolute ones ($C$4) kept. This gives each cell its own text, as Excel shows it ("AVERAGE(D3:D5)" in D6), so a
 * total row's formula says what it computes in every column, not only in the first.
 */

import { columnLetters, columnNumber, quoteSheetName } from '../core/address';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
/** What may stand in a formula as one word: a function's or a name's letters, a reference with its "$"s. */
const WORD = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/;
const COLUMN_RANGE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/;
const ROW_RANGE = /^(\$?)(\d+):(\$?)(\d+)(?![0-9.A-Za-z_(!])/;
const NUMBER = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/;

class OffSheet extends Error {}

/** Where the quote opened at `open` closes (a doubled quote stays inside), −1 where it never does. */
function closingQuote(text: string, open: number): number {
  const q = text[open];
  for (let j = open + 1; j < text.length; j++) {
    if (text[j] !== q) continue;
    if (text[j + 1] === q) j++;
    else return j;
  }
  return -1;
}

/**
 * The shared formula `text` of its first cell, moved by `rows` and `cols` for another cell of its group; undefined
 * where a relative reference would leave the sheet (Excel's #REF!) or the text cannot be read.
 */
export function movedFormula(text: string, rows: number, cols: number): string | undefined {
  if (rows === 0 && cols === 0) return text;
  const row = (abs: string, r: number) => {
    const v = abs ? r : r + rows;
    if (v < 1 || v > MAX_ROW) throw new OffSheet();
    return `${abs}${v}`;
  };
  const col = (abs: string, letters: string) => {
    const v = abs ? columnNumber(letters) : columnNumber(letters) + cols;
    if (v < 1 || v > MAX_COL) throw new OffSheet();
    return `${abs}${columnLetters(v)}`;
  };
  try {
    let out = '';
    let i = 0;
    // whether the character before i can join a word (a reference never starts inside a word or a number)
    const joins = () => i > 0 && /[A-Za-z0-9_.$\\]/.test(text[i - 1]);
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"' || ch === "'") {
        // a string, or a quoted sheet name: copied to its closing quote (a doubled quote stays inside)
        const j = closingQuote(text, i);
        if (j < 0) return undefined;
        out += text.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      if (ch === '[') {
        // a structured reference or an external book's index: nothing in it moves
        let depth = 0;
        let j = i;
        for (; j < text.length; j++) {
          if (text[j] === '[') depth++;
          else if (text[j] === ']' && --depth === 0) break;
        }
        if (j >= text.length) return undefined;
        out += text.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      const rest = text.slice(i);
      if (!joins()) {
        const cr = COLUMN_RANGE.exec(rest);
        if (cr) {
          out += `${col(cr[1], cr[2])}:${col(cr[3], cr[4])}`;
          i += cr[0].length;
          continue;
        }
        const rr = ROW_RANGE.exec(rest);
        if (rr) {
          out += `${row(rr[1], Number(rr[2]))}:${row(rr[3], Number(rr[4]))}`;
          i += rr[0].length;
          continue;
        }
      }
      if (/[0-9]/.test(ch) && !joins()) {
        const num = NUMBER.exec(rest) as RegExpExecArray;
        out += num[0];
        i += num[0].length;
        continue;
      }
      const word = joins() ? null : WORD.exec(rest);
      if (word) {
        const w = word[0];
        const next = text[i + w.length];
        const cell = CELL.exec(w);
        // a function's name ("LOG10(") or a sheet's ("Q1!") is no cell
        if (cell && next !== '(' && next !== '!' && columnNumber(cell[2]) <= MAX_COL) out += `${col(cell[1], cell[2])}${row(cell[3], Number(cell[4]))}`;
        else out += w;
        i += w.length;
        continue;
      }
      out += ch;
      i++;
    }
    return out;
  } catch (e) {
    if (e instanceof OffSheet) return undefined;
    throw e;
  }
}

/**
 * An OpenDocument formula (OpenFormula, ODF 1.2 part 2: "SUM([.C4:.C7])", "[$'Realisasi Anggaran'.C4]", ";" between
 * arguments) in Excel's words ("SUM(C4:C7)", "'Realisasi Anggaran'!C4", ","), so the engine reads an .ods's total rows
 * as an .xlsx's; undefined where a reference cannot be read.
 */
export function excelFormulaOf(openFormula: string): string | undefined {
  let out = '';
  let i = 0;
  const f = openFormula;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      const j = closingQuote(f, i);
      if (j < 0) return undefined;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      // a reference: [.C4], [.C4:.C7], [$Sheet.C4], [$'Sheet name'.C4:.D9] (a sheet's name in quotes may hold "]")
      let j = i + 1;
      let quoted = false;
      for (; j < f.length; j++) {
        if (f[j] === "'") quoted = !quoted;
        else if (f[j] === ']' && !quoted) break;
      }
      if (j >= f.length) return undefined;
      const ref = referenceOf(f.slice(i + 1, j));
      if (ref === undefined) return undefined;
      out += ref;
      i = j + 1;
      continue;
    }
    // a function Excel names without ODF's prefix ("COM.MICROSOFT.CEILING", "LEGACY.CHIDIST")
    const prefix = /^(?:COM\.MICROSOFT|LEGACY)\./i.exec(f.slice(i, i + 14));
    if (prefix && !/[A-Za-z0-9_.]/.test(f[i - 1] ?? '')) {
      i += prefix[0].length;
      continue;
    }
    // ";" between arguments (and an array's columns), "|" between an array's rows, "~" a union
    out += ch === ';' ? ',' : ch === '|' ? ';' : ch === '~' ? ',' : ch;
    i++;
  }
  return out;
}

/** The inside of an OpenFormula reference in Excel's words: "$'PK'.C4:.C7" → "PK!C4:C7". */
function referenceOf(inner: string): string | undefined {
  const parts: string[] = [];
  let sheet: string | undefined;
  let rest = inner;
  while (rest.length) {
    // an optional sheet ("$" marks it absolute), then "." and the cell, row or column
    const m = /^\$?(?:'((?:[^']|'')*)'|([^.':]*))\.(\$?[A-Za-z]{0,3}\$?\d*)(?::|$)/.exec(rest);
    if (!m || m[3] === '' || /#REF/i.test(m[3])) return undefined;
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (name) {
      if (sheet !== undefined && name !== sheet) return undefined;
      sheet = name;
    }
    parts.push(m[3]);
    rest = rest.slice(m[0].length);
  }
  if (parts.length === 0 || parts.length > 2) return undefined;
  return `${sheet !== undefined ? `${quoteSheetName(sheet)}!` : ''}${parts.join(':')}`;
}
