/**
 * Shared formulas (ECMA-376 Part 1 §18.3.1.40, <f t="shared" si="0" ref="C6:E6">AVERAGE(C3:C5)</f> on the first
 * cell, <f t="shared" si="0"/> on the others): Excel writes a formula filled down or across once, and each other cell
 * of the group means the same formula moved by its distance from the first — its relative references moved, its
 * absolute ones ($C$4) kept. This gives each cell its own text, as Excel shows it ("AVERAGE(D3:D5)" in D6), so a
 * total row's formula says what it computes in every column, not only in the first.
 */

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
/** What may stand in a formula as one word: a function's or a name's letters, a reference with its "$"s. */
const WORD = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/;
const COLUMN_RANGE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/;
const ROW_RANGE = /^(\$?)(\d+):(\$?)(\d+)(?![0-9.A-Za-z_(!])/;
const NUMBER = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/;

class OffSheet extends Error {}

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
        let j = i + 1;
        for (; j < text.length; j++) {
          if (text[j] !== ch) continue;
          if (text[j + 1] === ch) j++;
          else break;
        }
        if (j >= text.length) return undefined;
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
