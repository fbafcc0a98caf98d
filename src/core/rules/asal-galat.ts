/**
 * asal-galat (galat): one figure that several findings point back to. A kegiatan's pagu typed wrong makes its
 * program ≠ Σ kegiatan, its serapan ≠ realisasi / pagu and its sisa ≠ pagu − realisasi: three findings, none on the
 * figure that is wrong. When two or more galat, each taken from the same cell, all agree with one other value for
 * that cell, that cell is the error: reported once, there, with the findings it explains as its related cells (and
 * those findings left out). Worked out after the rules, from their findings and the tables' figures.
 */
import Decimal from 'decimal.js';
import { a1, parseA1, parseRange, sheetRef } from '../address';
import { Figure } from '../figures';
import { displayUnit } from '../measures';
import { TableModel } from '../model';
import { withUnits } from '../present';
import { Finding } from '../types';
import { defineRule } from './rule';
import { asFigure, showValue, ShowKind } from './util';

const messages = {
  asal: (d: { noun: string; cell: string; stated: string; needed: string; count: number; list: string }) =>
    `${d.noun} di ${d.cell} tertulis ${d.stated}; ${d.count} pemeriksaan yang memakai angka ini (${d.list}) semuanya cocok bila angka ini ${d.needed}: angka inilah yang salah.`,
};

export const asalGalat = defineRule({
  meta: {
    id: 'asal-galat',
    severity: 'galat',
    category: 'jumlah',
    penjelasan:
      'Menelusuri asal galat: bila dua temuan atau lebih dihitung dari sel yang sama (jumlah program dari pagu kegiatan, ' +
      'serapan dan sisa dari pagu yang sama) dan semuanya menjadi benar bila sel itu berisi satu angka lain, sel itulah yang ' +
      'salah. Temuan dilaporkan sekali, di sel itu, bukan di setiap angka yang ikut tampak salah.',
    messages,
  },
  refine: (findings, tables) => attributeToSources(findings, tables),
});

/** The rules whose galat can be traced back to one operand, and how. */
const TRACEABLE = new Set(['jumlah-induk', 'jumlah-total', 'jumlah-kolom', 'persen-serapan', 'selisih']);

const NOUN: Record<string, string> = {
  'jumlah-induk': 'jumlah',
  'jumlah-total': 'total',
  'jumlah-kolom': 'jumlah',
  'persen-serapan': 'serapan',
  selisih: 'sisa',
};

interface Trace {
  finding: Finding;
  needed: Decimal;
  /**
   * How far the needed value may lie either side: zero for a sum or a difference (exact), the span half a unit of the
   * stated percentage's last digit stands for in a serapan (97,01 % of Rp 498.800.000 is anything from Rp 483.883.386
   * to Rp 483.888.374).
   */
  slack: Decimal;
}

interface Needed {
  value: Decimal;
  slack: Decimal;
}

const ZERO = new Decimal(0);
const exactly = (value: Decimal): Needed => ({ value, slack: ZERO });

/** The cells of a finding's related references, each with its sheet (its own unless the reference names another). */
function cellsOf(refs: string[], own: string): Array<{ sheet: string; cell: string }> {
  const out: Array<{ sheet: string; cell: string }> = [];
  for (const full of refs) {
    // another sheet's cells (a table's part on the next page): 'Page 2'!C4:C5
    const bang = full.lastIndexOf('!');
    const quoted = bang > 0 ? full.slice(0, bang) : undefined;
    const sheet = quoted === undefined ? own : /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
    const ref = full.slice(bang + 1);
    if (!ref.includes(':')) {
      out.push({ sheet, cell: ref });
      continue;
    }
    const r = parseRange(ref);
    if (r.left !== r.right || r.bottom - r.top > 500) return [];
    for (let row = r.top; row <= r.bottom; row++) out.push({ sheet, cell: a1(row, r.left) });
  }
  return out;
}

/**
 * The value the operand `cell` would need for the finding to hold no contradiction (the other operands as they are),
 * or undefined when the finding's arithmetic cannot be inverted for it.
 */
function neededValue(f: Finding, cell: string, figureAt: (cell: string) => Figure | undefined): Needed | undefined {
  const x = figureAt(cell);
  if (!x || typeof f.expected !== 'number' || typeof f.actual !== 'number') return undefined;
  const expected = new Decimal(f.expected);
  const actual = new Decimal(f.actual);
  const related = f.related ?? [];
  switch (f.rule) {
    case 'jumlah-induk':
    case 'jumlah-total':
    case 'jumlah-kolom':
      // whole = Σ parts (down the column, or across the row: APBD + DAK = Jumlah): the part that makes it so
      return exactly(x.value.plus(actual.minus(expected)));
    case 'persen-serapan': {
      // stated % = realisasi / pagu × 100 (related: pagu, realisasi)
      const [base, part] = related.map(figureAt);
      if (!base || !part || actual.isZero()) return undefined;
      // the stated percentage stands for half a unit of its last digit either side
      const half = displayUnit(figureAt(f.cell)?.decimals ?? 2).div(2);
      if (cell === related[0]) {
        const value = part.value.times(100).div(actual);
        return { value, slack: value.times(half).div(actual.abs()) };
      }
      if (cell === related[1]) return { value: base.value.times(actual).div(100), slack: base.value.abs().times(half).div(100) };
      return undefined;
    }
    case 'selisih': {
      // stated = base − part, or part − base (the way round the finding computed it: related are base, part)
      const [base, part] = related.map(figureAt);
      if (!base || !part) return undefined;
      const basePart = expected.equals(base.value.minus(part.value));
      if (cell === related[0]) return exactly(basePart ? actual.plus(part.value) : part.value.minus(actual));
      if (cell === related[1]) return exactly(basePart ? base.value.minus(actual) : base.value.minus(actual.neg()));
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Whether two needed values are the same figure as the cell shows figures (its decimals; amounts to the rupiah). */
function same(a: Decimal, b: Decimal, decimals: number): boolean {
  return a.toDecimalPlaces(Math.max(decimals, 0)).equals(b.toDecimalPlaces(Math.max(decimals, 0)));
}

/** Whether two findings need one value for the cell: the same figure, or within what their rounding leaves open. */
function agree(a: Trace, b: Trace, decimals: number): boolean {
  if (a.slack.isZero() && b.slack.isZero()) return same(a.needed, b.needed, decimals);
  return a.needed
    .minus(b.needed)
    .abs()
    .lte(a.slack.plus(b.slack).plus(displayUnit(Math.max(decimals, 0)).div(2)));
}

/** The findings with every group that one wrong cell explains replaced by one asal-galat finding at that cell. */
export function attributeToSources(findings: Finding[], tables: TableModel[]): Finding[] {
  const figureAt = (sheet: string) => (cell: string) => {
    const { row, col } = parseA1(cell);
    for (const t of tables) {
      if (t.sheet !== sheet || row < t.range.top || row > t.range.bottom || col < t.range.left || col > t.range.right) continue;
      return asFigure(t.figure(row, col));
    }
    return undefined;
  };
  /** The traces of each cell, by sheet and cell. */
  const traces = new Map<string, { sheet: string; cell: string; all: Trace[] }>();
  const add = (sheet: string, cell: string, trace: Trace) => {
    const key = `${sheet}\u0000${cell}`;
    const entry = traces.get(key);
    if (entry) entry.all.push(trace);
    else traces.set(key, { sheet, cell, all: [trace] });
  };
  for (const f of findings) {
    if (f.severity !== 'galat' || !TRACEABLE.has(f.rule)) continue;
    const at = figureAt(f.sheet);
    // the finding's own cell would need its expected value; each operand, what inverting the arithmetic gives
    if (typeof f.expected === 'number' && !f.cell.includes(':') && at(f.cell))
      add(f.sheet, f.cell, { finding: f, needed: new Decimal(f.expected), slack: ZERO });
    for (const { sheet, cell } of cellsOf(f.related ?? [], f.sheet)) {
      // (an operand on another sheet: a sum's part on the next page; only a sum is inverted there)
      if (sheet !== f.sheet && f.rule !== 'jumlah-induk' && f.rule !== 'jumlah-total') continue;
      const needed = neededValue(f, cell, sheet === f.sheet ? at : figureAt(sheet));
      if (!needed) continue;
      add(sheet, cell, { finding: f, needed: needed.value, slack: needed.slack });
    }
  }
  const explained = new Set<Finding>();
  const added: Finding[] = [];
  // a finding's cell as named from the sheet of the cell it is traced to
  const named = (f: Finding, sheet: string) => (f.sheet === sheet ? f.cell : sheetRef(f.sheet, f.cell));
  /** The traces of a cell that need the value most of them need (none explained already). */
  const mostAgreeing = (all: Trace[], decimals: number): Trace[] => {
    let list: Trace[] = [];
    for (const t of all) {
      const agreeing = all.filter((o) => agree(o, t, decimals) && !explained.has(o.finding));
      if (new Set(agreeing.map((o) => o.finding)).size > new Set(list.map((o) => o.finding)).size) list = agreeing;
    }
    return list;
  };
  // The cell that explains the most findings is the error, before one that explains some of them: a kegiatan's
  // realisasi typed wrong breaks its serapan, its sisa and its programme's sum — its pagu, taken as wrong instead, would
  // answer the first two only (by the stable sort, equals in the findings' order)
  const order = new Map(findings.map((f, i) => [f, i]));
  const scored = [...traces.values()].map((e) => {
    const x = figureAt(e.sheet)(e.cell) as Figure;
    const list = mostAgreeing(e.all, x.decimals);
    const set = [...new Set(list.map((t) => t.finding))];
    // (a cell that would need the value it holds explains nothing)
    const changes = list.length > 0 && !same(list.reduce((a, b) => (b.slack.lt(a.slack) ? b : a)).needed, x.value, x.decimals);
    return {
      e,
      n: set.length,
      key: changes
        ? set
            .map((f) => order.get(f))
            .sort((a, b) => (a ?? 0) - (b ?? 0))
            .join(',')
        : '',
    };
  });
  // Two cells that would each explain the same findings (sub kegiatan under one kegiatan, its line and its Jumlah both
  // off by the same amount: any one of them typed wrong would do) leave the error's place open: none is named
  const explaining = new Map<string, number>();
  for (const c of scored) if (c.n >= 2 && c.key) explaining.set(c.key, (explaining.get(c.key) ?? 0) + 1);
  const candidates = scored
    .filter((c) => !c.key || explaining.get(c.key) === 1)
    .sort((a, b) => b.n - a.n)
    .map((c) => c.e);
  for (const { sheet, cell, all } of candidates) {
    const x = figureAt(sheet)(cell) as Figure;
    const decimals = x.decimals;
    // the value most findings would need the cell to hold (two at least, none explained already)
    const list = mostAgreeing(all, decimals);
    const distinct = new Set(list.map((t) => t.finding));
    if (distinct.size < 2) continue;
    // the value the most exact of them needs (a sum's, rather than a rounded percentage's)
    const needed = list.reduce((a, b) => (b.slack.lt(a.slack) ? b : a)).needed;
    if (same(needed, x.value, decimals)) continue;
    // a whole number stays whole: an amount that would need cents is no answer
    if (decimals === 0 && !needed.toDecimalPlaces(0).equals(needed.toDecimalPlaces(4))) continue;
    const sources = [...distinct];
    // a finding already at that cell says it best: it stays, the ones it explains become its related cells
    const own = sources.find((f) => f.cell === cell && f.sheet === sheet);
    if (own) {
      for (const f of sources) if (f !== own) explained.add(f);
      const more = sources.filter((f) => f !== own).map((f) => named(f, sheet));
      own.related = [...new Set([...(own.related ?? []), ...more])];
      continue;
    }
    for (const t of list) explained.add(t.finding);
    const money = list.some((t) => t.finding.unit === 'rupiah') || x.unit === 'rupiah';
    const kind: ShowKind = money ? 'rupiah' : x.unit === 'persen' ? 'persen' : 'angka';
    const shown = needed.toDecimalPlaces(Math.max(decimals, 0));
    // money written in thousands or millions is shown so, as the findings it explains show it (each of one table)
    const magnitude = money ? list.find((t) => t.finding.unit === 'rupiah' && t.finding.magnitude)?.finding.magnitude : undefined;
    added.push({
      rule: asalGalat.meta.id,
      severity: 'galat',
      sheet,
      cell,
      related: sources.map((f) => named(f, sheet)),
      expected: shown.toNumber(),
      actual: x.value.toNumber(),
      message: messages.asal({
        noun: money ? 'Angka anggaran' : 'Angka',
        cell,
        stated: showValue(x.value, kind, 2, magnitude),
        needed: showValue(shown, kind, 2, magnitude),
        count: sources.length,
        list: sources.map((f) => `${NOUN[f.rule] ?? f.rule} ${named(f, sheet)}`).join(', '),
      }),
      ...(kind === 'rupiah' || kind === 'persen' ? { unit: kind } : {}),
      ...(magnitude ? { magnitude } : {}),
      computation: sources.map((f) => f.computation ?? f.message).join(' · '),
    });
  }
  if (explained.size === 0) return findings;
  return [...findings.filter((f) => !explained.has(f)), ...added.map(withUnits)];
}
