/**
 * jumlah-induk (galat): a program or kegiatan row whose figure ≠ Σ its child rows — anggaran and realisasi columns,
 * and counts where parent rows carry counts (Metro's APBD table: 241 = 82 + 105 + 18 + 15 + 10 + 11).
 *
 * A count column is checked only when the table evidently sums it (most parents agree with their children): a
 * program's target percentage is not the sum of its sub kegiatan targets.
 */
import { Figure, makeFigure } from '../figures';
import { roundedSumsAgree, sumFigures, sumsAgree } from '../measures';
import { sheetRef } from '../address';
import { TableModel } from '../model';
import { TableColumn, TableRow } from '../types';
import { explicitLevel, isAccountLabel, isBelanjaAccount } from '../vocabulary';
import { numberedSumOf } from './column-formula';
import { defineRule } from './rule';
import { rowChangeAgrees } from './selisih-kolom';
import {
  AMOUNT_ROLES,
  asFigure,
  blocksArithmetic,
  cellsRef,
  columnName,
  isAmountColumn,
  num,
  rowDifference,
  rowDifferenceAgrees,
  roundedFromRupiah,
  rowName,
  satuanOf,
  showValue,
  ShowKind,
  subtotalOf,
  withChildrenOfBlank,
} from './util';

/**
 * The rows a parent adds up, by their level: "jumlah kegiatannya"; a belanja group's programmes, "jumlah programnya";
 * lines of belanja ("Belanja Modal …") or rows of several levels, "jumlah rinciannya".
 */
const CHILD_NOUN: Record<string, string> = { program: 'programnya', kegiatan: 'kegiatannya', subkegiatan: 'sub kegiatannya' };

const childNoun = (parent: TableRow, children: readonly TableRow[]): string =>
  children.every((k) => k.level === children[0].level && !isBelanjaAccount(k.label)) && !isAccount(parent, children)
    ? (CHILD_NOUN[children[0].level] ?? 'rinciannya')
    : 'rinciannya';

/** An account of a budget realisation ("4.1 PENDAPATAN ASLI DAERAH", "BELANJA OPERASI"): its lines, no programme's kegiatan. */
const isAccount = (parent: TableRow, children: readonly TableRow[]): boolean =>
  (isAccountLabel(parent.label) || children.some((k) => isAccountLabel(k.label))) &&
  // (a belanja group over rows named "Program …" heads programmes: "programnya")
  children.every((k) => explicitLevel(k.label) === undefined || isBelanjaAccount(k.label));
const NOT_SUMMED = new Set(['no', 'capaian', 'serapan', 'efisiensi', 'interval']);

interface Check {
  parent: TableRow;
  children: TableRow[];
  whole: Figure;
  /** The children's figures: those of this part's rows, then those of its rows on the next sheet's part. */
  parts: Figure[];
  /** Its children that go on at the top of the next part (a table one sheet per page), and their cells there. */
  carried?: { figures: Figure[]; refs: string[] };
}

export interface Tally {
  /** Every check, the agreeing ones counted only. */
  good: number;
  /** Of those, the parents with one row below: a copy as much as a sum, no sign by itself that the column adds up. */
  single: number;
  bad: Check[];
}

/** Whether whole numbers add up, in the usual case where they all are (no figure made); undefined when not. */
function integersAgree(t: TableModel, parent: TableRow, children: TableRow[], col: TableColumn): boolean | undefined {
  const whole = t.integerAt(parent, col);
  if (whole === undefined) return undefined;
  let sum = 0;
  for (const c of children) {
    const part = t.integerAt(c, col);
    if (part === undefined) return undefined;
    sum += part;
  }
  // exact below 2^53 (sumsAgree's own fast path)
  return Math.abs(sum) < Number.MAX_SAFE_INTEGER ? sum === whole : undefined;
}

/**
 * The figures, in a column, of a row's children on the next sheet's part of the table (its kegiatan that go on over
 * the page break) and their cells there; undefined when there are none, 'blocked' when one cannot be read.
 */
function carriedParts(t: TableModel, parent: TableRow, col: TableColumn): { figures: Figure[]; refs: string[] } | 'blocked' | undefined {
  // (a row at the top of the next part, of no known level, may be its child or not)
  if (t.carriedUnsure(parent)) return 'blocked';
  const more = t.carriedChildren(parent);
  if (more.length === 0) return undefined;
  const figures: Figure[] = [];
  const rows = new Map<TableModel, number[]>();
  for (const { part, row } of more) {
    const pc = t.partColumn(part, col);
    if (!pc) return 'blocked';
    const p = part.figure(row, pc);
    if (blocksArithmetic(p.kind)) return 'blocked';
    const f = asFigure(p);
    if (f) figures.push(f);
    const list = rows.get(part);
    if (list) list.push(row.row);
    else rows.set(part, [row.row]);
  }
  const refs: string[] = [];
  for (const [part, list] of rows) refs.push(...cellsRef(list, (t.partColumn(part, col) as TableColumn).col, part).map((ref) => sheetRef(part.sheet, ref)));
  return { figures, refs };
}

/** Every parent's figure in a column against its rows': the agreeing ones counted, the others kept (jumlah-total asks too). */
export function checksFor(t: TableModel, col: TableColumn): Tally {
  const out: Tally = { good: 0, single: 0, bad: [] };
  for (const parent of t.rows) {
    let children = t.children(parent);
    const carried = carriedParts(t, parent, col);
    if (carried === 'blocked' || (children.length === 0 && !carried)) continue;
    if (!carried && integersAgree(t, parent, children, col) === true) {
      out.good++;
      if (children.length === 1) out.single++;
      continue;
    }
    // (a child that is a heading with no figure here, its own rows in its place: a programme's sum under kegiatan headings)
    children = withChildrenOfBlank(t, children, col);
    const whole = asFigure(t.figure(parent, col));
    if (!whole) continue;
    const parsed = children.map((c) => t.figure(c, col));
    if (parsed.some((p) => blocksArithmetic(p.kind))) continue;
    const parts = parsed.map(asFigure).filter((f): f is Figure => !!f);
    // (its rows on this page alone adding up: the rows on the next page are not its after all)
    if (carried && parts.length && sumsAgree(whole, parts)) {
      out.good++;
      continue;
    }
    if (carried) parts.push(...carried.figures);
    if (parts.length === 0) continue;
    // (money in thousands or millions: each figure rounded from its rupiah)
    if (sumsAgree(whole, parts) || (roundedFromRupiah([col]) && roundedSumsAgree(whole, parts))) {
      out.good++;
      if (children.length + (carried?.refs.length ?? 0) === 1) out.single++;
    } else out.bad.push({ parent, children, whole, parts, ...(carried ? { carried } : {}) });
  }
  return out;
}

/**
 * How many of the disagreeing parents add up once each wrong child of theirs is taken at the sum of its own children:
 * one typo in a kegiatan makes its program disagree too. Counted as agreeing, so a single error in a small table is
 * not mistaken for a column the table does not sum (the report itself is unchanged: asal-galat joins the two).
 */
function cascades(t: TableModel, col: TableColumn, bad: Check[]): number {
  const byRow = new Map<number, Check>();
  for (const c of bad) byRow.set(c.parent.row, c);
  const sums = new Map<number, Figure | undefined>();
  const partsOf = (c: Check): { parts: Figure[]; fixedChild: boolean } => {
    let fixedChild = false;
    const parts: Figure[] = [];
    for (const k of c.children) {
      const kb = byRow.get(k.row);
      const f = kb ? sumOf(kb) : asFigure(t.figure(k, col));
      if (kb && f) fixedChild = true;
      if (f) parts.push(f);
    }
    if (c.carried) parts.push(...c.carried.figures);
    return { parts, fixedChild };
  };
  const sumOf = (c: Check): Figure | undefined => {
    if (sums.has(c.parent.row)) return sums.get(c.parent.row);
    sums.set(c.parent.row, undefined);
    const { parts } = partsOf(c);
    const sum = sumFigures(parts);
    const decimals = parts.reduce((m, p) => Math.max(m, p.decimals), 0);
    const f = makeFigure(sum.toNumber(), sum, { unit: c.whole.unit, fromText: false, decimals });
    sums.set(c.parent.row, f);
    return f;
  };
  let n = 0;
  for (const c of bad) {
    const { parts, fixedChild } = partsOf(c);
    if (fixedChild && sumsAgree(c.whole, parts)) n++;
  }
  return n;
}

const NEXT_LEVEL = { program: 'kegiatan', kegiatan: 'subkegiatan', subkegiatan: undefined } as const;

/**
 * Whether the rows say the link themselves, not only their look: each child's code extends its parent's ("1.2" ›
 * "1.2.1"), or their own words name the levels ("Program …" › "Kegiatan …", "Kegiatan …" › "Sub Kegiatan …").
 */
function linkedExplicitly(t: TableModel, parent: TableRow, children: readonly TableRow[]): boolean {
  // (with its children that go on at the top of the next sheet's part, read there)
  const all = [...children.map((row) => ({ part: t, row })), ...t.carriedChildren(parent)];
  // (TableModel.code: any depth, "1" too — facts.codeOf reads only a programme's code of three parts or more)
  const code = t.code(parent);
  if (code !== '' && all.every((c) => c.part.code(c.row).startsWith(`${code}.`))) return true;
  const level = explicitLevel(parent.label);
  const next = level && NEXT_LEVEL[level];
  return !!next && all.every((c) => explicitLevel(c.row.label) === next);
}

/** Whether a column that adds others by the numbering row (column-formula.numberedSumOf) does so on every row of a check. */
function carriedBySum(t: TableModel, c: Check, col: TableColumn): boolean {
  const inputs = c.carried ? undefined : numberedSumOf(t, col);
  if (!inputs) return false;
  return [c.parent, ...c.children].every((row) => {
    const whole = asFigure(t.figure(row, col));
    const parts = inputs.map((ic) => asFigure(t.figure(row, ic)));
    return !!whole && parts.every((p) => !!p) && sumsAgree(whole, parts as Figure[]);
  });
}

const messages = {
  selisih: (d: { noun: string; parent: string; whole: string; childNoun: string; sum: string }) =>
    `${d.noun} ${d.parent} (${d.whole}) tidak sama dengan jumlah ${d.childNoun} (${d.sum}).`,
};

export const jumlahInduk = defineRule({
  meta: {
    id: 'jumlah-induk',
    recomputes: true,
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Membandingkan angka setiap baris program atau kegiatan dengan jumlah baris rincian di bawahnya (kegiatan, sub kegiatan), ' +
      'untuk pagu, realisasi anggaran dan hitungan. Anggaran program adalah jumlah anggaran kegiatannya; bila berbeda, salah satu ' +
      'angka salah ketik atau ada rincian yang terlewat, dan angka itu terbawa ke total dan ke persentase serapan.',
    messages,
  },
  appliesTo: (t) => t.kind !== 'skala-penilaian' && (t.hasHierarchy() || t.nextPart !== undefined),
  check(t, ctx) {
    // (a column of words — the uraian, the indikator — is never summed: no figure of it is parsed)
    const summedColumns = t.columns.filter((col) => col.role && !NOT_SUMMED.has(col.role) && col.unit !== 'percent' && col.unit !== 'text');
    const tallies = new Map(summedColumns.map((col) => [col, checksFor(t, col)]));
    const isAmount = (col: TableColumn) => (!!col.role && AMOUNT_ROLES.has(col.role)) || isAmountColumn(t, col);
    // the hierarchy is the table's, not a column's: where the parents of one money column add up to the rupiah (most
    // of them, parents of several rows), the links hold for its other money columns too (a pagu typed wrong in every
    // programme beside a realisasi that adds up everywhere)
    const confirmed = summedColumns.some((col) => {
      const x = tallies.get(col) as Tally;
      const multi = x.good - x.single;
      return isAmount(col) && multi >= 1 && multi >= x.bad.length;
    });
    for (const col of summedColumns) {
      const tally = tallies.get(col) as Tally;
      const bad = tally.bad;
      if (bad.length === 0) continue;
      // the disagreements that only carry a child's error up count with the agreeing parents
      const carried = cascades(t, col, bad);
      const good = tally.good + carried;
      const wrong = bad.length - carried;
      const amount = isAmount(col);
      // (the agreeing parents of several rows: one row copied into its parent is no sign that the column adds up)
      const multiGood = good - tally.single;
      // A column the table does not sum (or a hierarchy misread) shows mostly disagreements: say nothing. (A count is
      // summed where parents of several rows add up: one row copied into its parent shows nothing of the kind.)
      if (!amount && multiGood < Math.max(1, wrong)) continue;
      // A money column whose parents of several rows add up to the rupiah (no coincidence), here or in another money
      // column of the table, is summed: two wrong among three are errors, not a misreading. Where most disagree and few
      // agree, only the links the rows make themselves are judged, by codes or words (1 › 1.2 › 1.2.1, Program ›
      // Kegiatan): no misreading there, however many are typed wrong.
      const summed = confirmed || (multiGood >= 1 && 2 * multiGood >= wrong);
      const judged = amount && wrong >= 2 && good < wrong && !summed ? bad.filter((c) => linkedExplicitly(t, c.parent, c.children)) : bad;
      if (judged.length === 0) continue;
      // A hierarchy told by the word "Program" alone is a guess until some parent in the table adds up (in this column,
      // or in a money column that confirms it: a pagu wrong in every programme beside a realisasi that adds up)
      if (t.hierarchy === 'text' && good === 0 && !confirmed) continue;
      for (const c of judged) {
        // a difference (sisa, lebih/kurang) that agrees with its own row's pagu and realisasi: where it does not add
        // up, one of those does not either (their own finding), or a child's difference is wrong (the selisih rule's)
        const d = rowDifference(t, c.parent, col);
        if (d && rowDifferenceAgrees(d, col)) continue;
        // so is a change that is its own row's by its column's formula ("Bertambah/(Berkurang)" of its own budgets)
        if (rowChangeAgrees(t, c.parent, col)) continue;
        // and a sum of other columns by the numbering row ("13 = 6+12") on the parent and each child: its disagreement
        // is theirs, carried up (a kegiatan's quarter typed wrong flows into its year and its Renstra to date), and
        // judged in them
        if (carriedBySum(t, c, col)) continue;
        // a SUBTOTAL of its rows, some hidden by a filter: the sum of those left showing is what it says
        if (c.children.some((k) => k.hidden) && subtotalOf(t, c.parent, col) === 'sum') {
          const shown = c.children
            .filter((k) => !k.hidden)
            .map((k) => asFigure(t.figure(k, col)))
            .filter((x): x is Figure => !!x);
          if (shown.length > 0 && sumsAgree(c.whole, shown)) continue;
        }
        const sum = sumFigures(c.parts);
        const kind: ShowKind = amount ? 'rupiah' : c.whole.unit === 'persen' ? 'persen' : 'angka';
        const mag = kind === 'rupiah' ? col.magnitude : undefined;
        const related = [
          ...cellsRef(
            c.children.map((k) => k.row),
            col.col,
            t,
          ),
          ...(c.carried?.refs ?? []),
        ];
        ctx.report({
          cell: t.address(c.parent, col),
          related,
          expected: num(sum),
          actual: num(c.whole.value),
          unit: kind,
          satuan: kind === 'angka' ? satuanOf(t, c.parent) : undefined,
          magnitude: mag,
          computation: `jumlah ${related.join(', ')} = ${c.parts.map((p) => showValue(p.value, kind, 2, mag)).join(' + ')} = ${showValue(sum, kind, 2, mag)}`,
          message: messages.selisih({
            noun: columnName(col),
            parent: rowName(c.parent),
            whole: showValue(c.whole.value, kind, 2, mag),
            childNoun: childNoun(c.parent, [...c.children, ...t.carriedChildren(c.parent).map((k) => k.row)]),
            sum: showValue(sum, kind, 2, mag),
          }),
        });
      }
    }
  },
});
