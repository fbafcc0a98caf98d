/**
 * What the rules that find a column's formula from the figures share (persen-kolom, selisih-kolom, rasio-kolom): how
 * many rows must follow a formula, and on what share of them, before a row that breaks it is an error; which columns are
 * no input of one; and the pick of the one formula that explains a column best, where no other explains it as well.
 */
import Decimal from 'decimal.js';
import { Figure } from '../figures';
import { TableModel } from '../model';
import { asFigure } from '../ratios';
import { TableColumn, TableRow } from '../types';
import { columnNumberOf } from '../vocabulary';
import { RuleContext } from './rule';
import { num, rowName, showValue } from './util';

/** Rows on which a column's formula must hold, with figures that tell, before a row that breaks it is an error. */
export const MIN_AGREEING = 3;
/** …and the share of its judged rows it must hold on. */
export const MIN_SHARE = 0.75;
/** The rows a pair of columns is first tried on (the formula of a column holds from its first rows). */
export const SAMPLE_ROWS = 200;

/** Columns that are no figure a column's formula is taken from. */
export const NOT_INPUT: ReadonlySet<string> = new Set(['no', 'satuan', 'predikat', 'interval', 'polaritas', 'keterangan']);

/** Whether a formula holds on enough rows of a column, and on enough of those it was judged on, to be the column's. */
export function formulaHolds(agreeing: number, wrong: number, least = MIN_AGREEING, share = MIN_SHARE): boolean {
  return agreeing >= least && agreeing >= share * (agreeing + wrong);
}

/** A formula tried on a column: the rows that follow it, and those that break it. */
export interface Tried {
  agreeing: number;
  bad: ReadonlyArray<{ row: TableRow }>;
}

/**
 * The formula that explains a column best (most rows, then fewest broken, then `tie`), unless another explains it as
 * well and breaks on other rows — then which one the table meant is not certain, and undefined. `same` says two are one
 * formula written another way (B − A read as A − B).
 */
export function bestFormula<T extends Tried>(found: T[], o: { same?: (a: T, b: T) => boolean; tie?: (a: T, b: T) => number } = {}): T | undefined {
  if (found.length === 0) return undefined;
  found.sort((x, y) => y.agreeing - x.agreeing || x.bad.length - y.bad.length || (o.tie ? o.tie(x, y) : 0));
  const best = found[0];
  const same = o.same ?? ((a: T, b: T) => a === b);
  const wrongRows = (c: T) => c.bad.map((x) => x.row.row).join();
  return found.some((c) => !same(c, best) && c.agreeing === best.agreeing && wrongRows(c) !== wrongRows(best)) ? undefined : best;
}

/** A column as a message names it, its whole header: kolom "Realisasi 2024". */
export const columnNamed = (c: TableColumn): string => `kolom "${c.header.split(' / ').join(' ')}"`;

/** The sentence of a row that breaks its column's formula. */
export const brokenFormula = (d: { column: string; row: string; stated: string; formula: string; expected: string; agreeing: number }): string =>
  `${d.column} ${d.row} tertulis ${d.stated}, padahal ${d.formula} = ${d.expected} (${d.agreeing} baris lain di kolom ini dihitung dengan rumus itu).`;

/** A formula of two columns (a ÷ b × k, a × b ÷ 100) that explains a column, with the rows that break it. */
export interface TwoColumnFormula {
  a: TableColumn;
  b: TableColumn;
  /** The operator between them and what follows ("", " × 1.000", " ÷ 100"). */
  op: '÷' | '×';
  tail: string;
  agreeing: number;
  bad: ReadonlyArray<{ row: TableRow; stated: Figure; a: Figure; b: Figure; expected: Decimal }>;
}

/**
 * Reports each row that breaks a column's formula of two of its columns (rasio-kolom's rate, bobot-kolom's weighted
 * figure): the figure stated, the one worked out from the row's two, and how many rows follow the formula.
 */
export function reportBroken(t: TableModel, ctx: RuleContext, col: TableColumn, f: TwoColumnFormula, fallbackName: string): void {
  for (const { row, stated, a, b, expected } of f.bad) {
    const cellA = t.address(row, f.a);
    const cellB = t.address(row, f.b);
    const shownA = showValue(a.value, 'angka');
    const shownB = showValue(b.value, 'angka');
    ctx.report({
      cell: t.address(row, col),
      related: [cellA, cellB],
      expected: num(expected, 4),
      actual: num(stated.value),
      unit: 'angka',
      computation: `${cellA} ${f.op} ${cellB}${f.tail} = ${shownA} ${f.op} ${shownB}${f.tail} = ${showValue(expected, 'angka', 2)}`,
      message: brokenFormula({
        column: (col.header.split(' / ').pop() ?? fallbackName).trim(),
        row: rowName(row),
        stated: showValue(stated.value, 'angka', 2),
        formula: `${columnNamed(f.a)} ${f.op} ${columnNamed(f.b)}${f.tail} = ${shownA} ${f.op} ${shownB}${f.tail}`,
        expected: showValue(expected, 'angka', 2),
        agreeing: f.agreeing,
      }),
    });
  }
}

/**
 * Whether a percentage column is, on every row with its figures, the product of two other columns (a weight times a
 * measure: "Bobot (%) × Fisik (%) ÷ 100", a weighted progress under no word that says so): then the ratio or share it
 * comes near on most rows — those where the measure is 100 — is a coincidence, and the rows off it are no error.
 * Judged to the shown digits of the product, its factors as stored, on MIN_AGREEING rows at least.
 */
export function productOfColumns(t: TableModel, rows: readonly TableRow[], col: TableColumn, columns: readonly TableColumn[]): boolean {
  const inputs = columns.filter((c) => c !== col && c.unit !== 'text' && c.unit !== 'money' && !(c.role && NOT_INPUT.has(c.role)));
  const half = (decimals: number) => 0.5 * 10 ** -Math.max(0, decimals);
  for (let i = 0; i < inputs.length; i++)
    for (let j = i + 1; j < inputs.length; j++)
      for (const scale of [0.01, 1]) {
        let judged = 0;
        let holds = true;
        for (const row of rows) {
          const s = asFigure(t.figure(row, col));
          const x = asFigure(t.figure(row, inputs[i]));
          const y = asFigure(t.figure(row, inputs[j]));
          if (!s || !x || !y) continue;
          // (the factors as stored, what a formula or the staff multiplied; the product to the digits it shows)
          const tol = half(s.decimals) + 1e-9 * Math.max(1, Math.abs(s.num));
          if (Math.abs(s.num - x.num * y.num * scale) > tol) {
            holds = false;
            break;
          }
          judged++;
        }
        if (holds && judged >= MIN_AGREEING) return true;
      }
  return false;
}

/** "13 = 6+12", "(13) = (6) + (12)": a numbering row's cell saying its column adds the columns of those numbers. */
const NUMBERED_SUM = /^\(?(\d{1,2})\)?\s*=\s*(\(?\d{1,2}\)?(?:\s*\+\s*\(?\d{1,2}\)?)+)$/;

type Numbered = Array<{ col: number; n: number; text: string }>;
const numberingRows = new WeakMap<TableModel, Numbered | null>();

/** The numbering row among a table's header rows: its cells by column, the number and what it says (read once a table). */
function numberingRow(t: TableModel): Numbered | undefined {
  let found = numberingRows.get(t);
  if (found === undefined) numberingRows.set(t, (found = readNumberingRow(t) ?? null));
  return found ?? undefined;
}

function readNumberingRow(t: TableModel): Numbered | undefined {
  const { top, left, right } = t.range;
  for (let r = top; r < top + t.headerRows; r++) {
    const cells = t.cellsOf(r, right).filter((c) => c.col >= left && typeof c.value !== 'object' && String(c.value).trim() !== '');
    const numbered = cells
      .map((c) => ({ col: c.col, text: String(c.value).replace(/\s+/g, ' ').trim() }))
      .map((c) => ({ ...c, n: columnNumberOf(c.text) }))
      .filter((c): c is { col: number; text: string; n: number } => c.n !== undefined);
    if (numbered.length >= 3 && numbered.length === cells.length) return numbered;
  }
  return undefined;
}

/**
 * The columns a column adds up by the table's numbering row ("13 = 6+12" over a Permendagri 86 evaluation's K | Rp
 * pairs: the Rp of 13 is the Rp of 6 plus the Rp of 12), or undefined. A number stands over its column and those after
 * it up to the next number (a pair, K | Rp, numbered once): a column takes the columns at its own place in each.
 */
export function numberedSumOf(t: TableModel, col: TableColumn): TableColumn[] | undefined {
  const numbers = numberingRow(t);
  if (!numbers) return undefined;
  const span = (i: number) => ({ from: numbers[i].col, to: i + 1 < numbers.length ? numbers[i + 1].col - 1 : t.range.right });
  const i = numbers.findIndex((_, k) => span(k).from <= col.col && col.col <= span(k).to);
  const m = i >= 0 ? NUMBERED_SUM.exec(numbers[i].text) : null;
  if (!m) return undefined;
  const place = col.col - numbers[i].col;
  const inputs: TableColumn[] = [];
  for (const part of m[2].split('+')) {
    const j = numbers.findIndex((x) => x.n === Number(part.replace(/[()\s]/g, '')));
    const at = j >= 0 ? numbers[j].col + place : -1;
    const input = j >= 0 && at <= span(j).to ? t.columns.find((c) => c.col === at) : undefined;
    if (!input || input === col) return undefined;
    inputs.push(input);
  }
  return inputs;
}
