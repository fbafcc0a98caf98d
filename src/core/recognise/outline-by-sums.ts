/**
 * The outline of a budget list that nothing marks — no code, number, level word, dash, indent or bold, or capitals only
 * on some programmes (a file saved by a program that keeps no styles, where bold and indent told the levels) — read
 * from its figures: a line is a parent where the lines right below it add up to it, to the rupiah. A programme is the
 * sum of its kegiatan, a kegiatan of its sub kegiatan; a kegiatan written as a heading with no figures of its own stands
 * between a programme and the sub kegiatan it heads.
 *
 * Each line's possible groups are found from the bottom up (a line's children are a run of lines right below it, each
 * alone or with the group it heads, whose sum it is), then the list is read as the fewest groups at its top. Lines of
 * equal figures one under the other (a programme of one kegiatan of one sub kegiatan, or two kegiatan of one sum) may
 * nest either way: every way is kept until the line above them decides. A line whose figures one column does not match
 * (the error the checks are there to find) still heads its rows where the other money columns add up; a line whose one
 * child matches in one column only heads it only where the child heads rows of its own or a heading stands between them
 * (two sub kegiatan of the same round pagu are siblings).
 */

import { MAX_OUTLINE_CHILDREN, MIN_OUTLINE_STEPS, MIN_SURE_PARENTS, OUTLINE_STEPS_PER_LINE, ROUND_AMOUNT } from './thresholds';

/** One line of the list, top to bottom: its money, column by column (undefined: blank), or a heading's words alone. */
export interface SumLine {
  /** The line's money in each summed column; empty or all undefined for a heading with no figures. */
  amounts: ReadonlyArray<number | undefined>;
}

/** Whether an amount is another to the cent (figures summed in floating point). */
export const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-9 + 0.005;

/** An amount of whole millions (ROUND_AMOUNT): a sum of such amounts alone tells no outline. */
const isRound = (v: number): boolean => v % ROUND_AMOUNT === 0;

/**
 * How sums stand against a line's own amounts, column by column (the columns the line fills with amounts other than 0):
 * how many it fills, how many the sums match, how many they run past, and whether a match is in an amount that tells
 * (not round).
 */
function compare(own: ReadonlyArray<number | undefined>, sums: ArrayLike<number>, columns: number) {
  let counted = 0;
  let matched = 0;
  let over = 0;
  let telling = false;
  for (let c = 0; c < columns; c++) {
    const w = own[c];
    if (w === undefined || w === 0) continue;
    counted++;
    if (sameAmount(sums[c], w)) {
      matched++;
      if (!isRound(w)) telling = true;
    } else if (w > 0 && sums[c] > w) over++;
  }
  return { counted, matched, over, telling };
}

/** Whether sums match a line's amounts as a parent's children do: in every column it fills but one at most, one at least. */
const addsUp = (x: { counted: number; matched: number }): boolean => x.matched >= 1 && x.matched >= x.counted - 1;

/** A way a line heads the lines below it: up to `end`, its children each [first line, last line]. */
interface Group {
  end: number;
  children: Array<[number, number]>;
  /** Every money column of the line adds up. */
  sure: boolean;
}

/**
 * Each line's depth in the outline its sums reveal (0 at the top; a heading with no figures one below the line whose
 * rows it heads, its rows one below it), or undefined where the sums reveal none: fewer than MIN_SURE_PARENTS parents
 * add up in every column, or none of them over two lines or more.
 */
export function outlineBySums(lines: readonly SumLine[], columns: number): number[] | undefined {
  const n = lines.length;
  const heading = lines.map((l) => l.amounts.every((v) => v === undefined));
  const amount = (i: number, c: number) => lines[i].amounts[c] ?? 0;
  let negative = false;
  for (let i = 0; i < n && !negative; i++) for (let c = 0; c < columns; c++) if (amount(i, c) < 0) negative = true;
  const groups: Group[][] = new Array(n);
  let steps = OUTLINE_STEPS_PER_LINE * n + MIN_OUTLINE_STEPS;
  const acc = new Array<number>(columns).fill(0);
  const path: Array<[number, number]> = [];
  for (let i = n - 1; i >= 0; i--) {
    const found: Group[] = [];
    groups[i] = found;
    if (heading[i]) continue;
    const own = lines[i].amounts;
    // (a line of zeros heads nothing)
    if (own.every((v) => v === undefined || v === 0)) continue;
    const record = (sure: boolean) => {
      const end = path[path.length - 1][1];
      const had = found.find((g) => g.end === end);
      if (had && (had.sure || !sure)) return;
      const g: Group = { end, children: path.slice(), sure };
      if (had) found[found.indexOf(had)] = g;
      else found.push(g);
    };
    const search = (from: number): boolean => {
      let p = from;
      while (p < n && heading[p]) p++;
      if (p >= n || path.length >= MAX_OUTLINE_CHILDREN) return true;
      if (--steps < 0) return false;
      for (let c = 0; c < columns; c++) acc[c] += amount(p, c);
      const { counted, matched, over, telling } = compare(own, acc, columns);
      // (one column short: the line's own error, or a child's — a single child only where it heads rows of its own or a
      // heading stands between them; and a sum of round amounts alone tells nothing)
      const headed = path.length === 0 && p > i + 1;
      const closes = addsUp({ counted, matched }) && (telling || headed);
      const mine = groups[p];
      // a child that heads a run of two or more adding up in every column heads it (it is no sibling of its own rows)
      const surelyHeads = mine.some((g) => g.sure && g.children.length >= 2);
      let ok = true;
      const ends = surelyHeads ? mine.map((g) => g.end) : [p, ...mine.map((g) => g.end)];
      for (const e of ends) {
        path.push([p, e]);
        if (closes) {
          const single = path.length === 1;
          if (matched === counted || !single || e > p || headed) record(matched === counted);
        } else if (over < counted || negative) ok = search(e + 1);
        path.pop();
        if (!ok) break;
      }
      for (let c = 0; c < columns; c++) acc[c] -= amount(p, c);
      return ok;
    };
    if (!search(i + 1)) return undefined;
  }
  // the top: the fewest groups that cover the list (the programmes), a sure group before one that is not
  const count = new Array<number>(n + 1).fill(0);
  const weak = new Array<number>(n + 1).fill(0);
  const choice = new Array<Group | undefined>(n);
  for (let i = n - 1; i >= 0; i--) {
    if (heading[i]) {
      count[i] = count[i + 1];
      weak[i] = weak[i + 1];
      continue;
    }
    count[i] = 1 + count[i + 1];
    weak[i] = weak[i + 1];
    for (const g of groups[i]) {
      const k = 1 + count[g.end + 1];
      const w = (g.sure ? 0 : 1) + weak[g.end + 1];
      if (k < count[i] || (k === count[i] && w < weak[i])) {
        count[i] = k;
        weak[i] = w;
        choice[i] = g;
      }
    }
  }
  const depth = new Array<number>(n).fill(0);
  let sure = 0;
  let sureOfMany = 0;
  const place = (i: number, g: Group | undefined, d: number) => {
    depth[i] = d;
    if (!g) return;
    if (g.sure) {
      sure++;
      if (g.children.length >= 2) sureOfMany++;
    }
    // the headings among a parent's children stand a level below it, and the children after the first of them one
    // further (a programme › kegiatan written as a heading › its sub kegiatan)
    let last = i;
    let headed = false;
    for (const [first, end] of g.children) {
      for (let j = last + 1; j < first; j++)
        if (heading[j]) {
          depth[j] = d + 1;
          headed = true;
        }
      place(first, end > first ? groups[first].find((x) => x.end === end) : undefined, headed ? d + 2 : d + 1);
      last = end;
    }
  };
  for (let i = 0; i < n;) {
    if (heading[i]) {
      i++;
      continue;
    }
    const g = choice[i];
    place(i, g, 0);
    i = g ? g.end + 1 : i + 1;
  }
  return sure < MIN_SURE_PARENTS || sureOfMany === 0 ? undefined : depth;
}

/**
 * Whether the top of an outline adds up to a total of the list in every money column the total fills but one at most
 * (a total or a programme typed wrong) and in one at least: a TOTAL is the sum of the programmes, so an outline whose
 * top it is not was read wrong somewhere (a group of round amounts left unread, its rows taken for programmes).
 */
export function topAddsUpTo(lines: readonly SumLine[], depths: readonly number[], total: SumLine, columns: number): boolean {
  const sums = new Array<number>(columns).fill(0);
  lines.forEach((l, i) => {
    if (depths[i] === 0) for (let c = 0; c < columns; c++) sums[c] += l.amounts[c] ?? 0;
  });
  return addsUp(compare(total.amounts, sums, columns));
}

/** Whether sums add up to a line's own amounts as a parent's children do: sumOfLines's 'sum', the sums made already. */
export function addsUpAsParent(own: ReadonlyArray<number | undefined>, sums: ArrayLike<number>, columns: number): boolean {
  const x = compare(own, sums, columns);
  return x.counted > 0 && addsUp(x) && x.telling;
}

/**
 * Whether lines add up to a whole line as a parent's children do (outlineBySums): 'sum' in every money column the whole
 * fills but one at most, in one at least whose amount is not round; 'over' where they run past it in every column (all
 * amounts positive); else 'short'.
 */
export function sumOfLines(whole: SumLine, parts: readonly SumLine[], columns: number): 'sum' | 'short' | 'over' {
  const sums = new Array<number>(columns).fill(0);
  let negative = false;
  for (const p of parts)
    for (let c = 0; c < columns; c++) {
      const v = p.amounts[c] ?? 0;
      if (v < 0) negative = true;
      sums[c] += v;
    }
  const x = compare(whole.amounts, sums, columns);
  if (x.counted === 0) return 'over';
  if (addsUp(x) && x.telling) return 'sum';
  return x.over === x.counted && !negative ? 'over' : 'short';
}
