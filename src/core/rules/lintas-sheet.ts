/**
 * lintas-sheet (galat): the same program, sasaran or indikator carries different figures in two tables — the PK's
 * program anggaran vs the budget table, a sasaran's anggaran vs Σ its programs, pengukuran vs efisiensi, a
 * multi-year comparison vs the year's own table (matched by year).
 */
import Decimal from 'decimal.js';
import { a1, parseA1, sheetRef } from '../address';
import { percentOf, serapanPercent, sumsAgree, withinDisplay } from '../measures';
import { asFigure, capaianCandidates, ratioColumns } from '../ratios';
import { collectFacts, evidentlyFollows, Fact, Revision } from './facts';
import { defineRule, RuleContext } from './rule';
import { Figure, magnitudeWord, makeFigure } from '../figures';
import { num, showValue, ShowKind, withChildrenOfBlank } from './util';
import { TableKind, TableRow } from '../types';
import { TableModel } from '../model';
import { unitWords } from '../vocabulary';

const messages = {
  berbeda: (d: { noun: string; name: string; year?: number; sheet: string; value: string; other: string; otherValue: string }) =>
    `${d.noun} ${d.name}${d.year ? ` tahun ${d.year}` : ''} di sheet ${d.sheet} (${d.value}) berbeda dengan ${d.other} (${d.otherValue}).`,
};

const MEASURE_NOUN: Record<Fact['measure'], string> = {
  anggaran: 'Anggaran',
  'realisasi-anggaran': 'Realisasi anggaran',
  serapan: 'Serapan anggaran',
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian',
};

/** Zeros a magnitude stands for (1000 → 3). */
const zerosOf = (magnitude: number): number => Math.round(Math.log10(magnitude));

/**
 * A fact's value in full units (money written in thousands times 1000) and the decimals it is exact to (a figure in
 * thousands with no decimals is exact to −3: to the thousand).
 */
function valueOf(f: Fact): { value: Decimal; decimals: number } | undefined {
  const fig = asFigure(f.figure);
  if (!fig) return undefined;
  if (f.measure === 'capaian' || f.measure === 'serapan') return percentOf(fig, new Decimal(100));
  if (f.magnitude) return { value: fig.value.times(f.magnitude), decimals: fig.decimals - zerosOf(f.magnitude) };
  return { value: fig.value, decimals: fig.decimals };
}

/** "Rp 2.000.000 ribu": a figure as its table writes it, with the magnitude its header or caption gives. */
function shownAsWritten(f: Fact, full: Decimal, kind: ShowKind, decimals: number): string {
  if (!f.magnitude) return showValue(full, kind, decimals);
  return `${showValue(full.dividedBy(f.magnitude), kind, Math.max(0, decimals + zerosOf(f.magnitude)))} ${magnitudeWord(f.magnitude)}`;
}

/**
 * valueOf in floating point (undefined where its fraction reading is on the edge): to tell figures far apart without
 * decimal.js — every pair of a workbook's tables is compared (a Pemda's book, one sheet per unit).
 */
function roughValueOf(f: Fact): { num: number; decimals: number } | undefined {
  let rough = roughValues.get(f);
  if (rough === undefined) roughValues.set(f, (rough = readRough(f) ?? null));
  return rough ?? undefined;
}

/** Each fact's rough value, read once (a fact is compared with every other of its name). */
const roughValues = new WeakMap<Fact, { num: number; decimals: number } | null>();

function readRough(f: Fact): { num: number; decimals: number } | undefined {
  const fig = asFigure(f.figure);
  if (!fig) return undefined;
  if (f.measure === 'capaian' || f.measure === 'serapan') {
    if (fig.unit === 'persen') return { num: fig.num, decimals: fig.decimals };
    if (fig.unit === 'angka' && !fig.unitText && Math.abs(Math.abs(fig.num) - 10) < 1e-6) return undefined;
    if (fig.unit === 'angka' && !fig.unitText && Math.abs(fig.num) < 10) return { num: fig.num * 100, decimals: Math.max(0, fig.decimals - 2) };
    return { num: fig.num, decimals: fig.decimals };
  }
  if (f.magnitude) return { num: fig.num * f.magnitude, decimals: fig.decimals - zerosOf(f.magnitude) };
  return { num: fig.num, decimals: fig.decimals };
}

/**
 * Whether two figures are surely apart: further than any way agree() has of calling them one (to the unit of the
 * coarser one's last shown digit), with room for floating point's error.
 */
function surelyApart(a: Fact, b: Fact): boolean {
  const ra = roughValueOf(a);
  const rb = roughValueOf(b);
  return !!ra && !!rb && roughlyApart(ra, rb);
}

function roughlyApart(ra: { num: number; decimals: number }, rb: { num: number; decimals: number }): boolean {
  const unit = Math.pow(10, -Math.min(ra.decimals, rb.decimals, 20));
  return Math.abs(ra.num - rb.num) > unit * (1 + 1e-9) + 1e-9 * Math.max(1, Math.abs(ra.num), Math.abs(rb.num));
}

function agree(a: Fact, b: Fact): boolean {
  // (figures surely apart agree by no reading below: told without decimal.js)
  if (surelyApart(a, b)) return false;
  const va = valueOf(a);
  const vb = valueOf(b);
  if (!va || !vb) return true;
  const fa = asFigure(a.figure)!;
  const fb = asFigure(b.figure)!;
  if (fa.comparator !== fb.comparator && fa.comparator && fb.comparator) return false;
  if (va.value.equals(vb.value)) return true;
  // An indikator's target or realisasi is a figure staff set and copy from table to table: the two agree where they
  // show the same figure (a stored 8,61 formatted "0,0" is the "8,6" typed elsewhere), never where one was typed with
  // fewer decimals ("5" is not "5,5"). A percentage worked out from them, or money, may be rounded or cut in one table.
  if (a.measure === 'target' || a.measure === 'realisasi') return shownFigure(va).equals(shownFigure(vb));
  // The same figure shown with fewer decimals in one table: equal at the coarser precision (truncated or rounded).
  const d = Math.min(va.decimals, vb.decimals);
  return va.value.minus(vb.value).abs().lessThan(new Decimal(10).pow(-d));
}

/** A figure as its cell shows it: rounded (half away from zero, as Excel shows it) to the decimals it is shown with. */
function shownFigure(v: { value: Decimal; decimals: number }): Decimal {
  return v.decimals >= 0 ? v.value.toDecimalPlaces(v.decimals, Decimal.ROUND_HALF_UP) : v.value;
}

/** Agreeing, or one of them agreeing by another column its table carries for the measure ("Pagu Murni"). */
function agreeAny(a: Fact, b: Fact): boolean {
  if (agree(a, b)) return true;
  const byAlternative = (x: Fact, y: Fact) => !!x.alternatives?.some((figure) => figure.kind === 'figure' && agree({ ...x, figure }, y));
  return byAlternative(a, b) || byAlternative(b, a);
}

function where(f: Fact, from: string): string {
  return f.table.sheet === from ? f.cell : sheetRef(f.table.sheet, f.cell);
}

/**
 * What the fact's own table says of it: 'confirmed' (a program's budget equals Σ its kegiatan, a capaian equals its
 * row's realisasi / target), 'contradicted', or 'unknown'. The wrong side of a disagreement is the one its own
 * table does not confirm.
 */
function standing(f: Fact): 'confirmed' | 'contradicted' | 'unknown' {
  if (f.derivedFrom) return 'confirmed';
  const t = f.table;
  const fig = asFigure(f.figure);
  if (!fig) return 'unknown';
  const col = parseA1(f.cell.split(':')[0]).col;
  if (f.measure === 'anggaran' || f.measure === 'realisasi-anggaran') {
    const parts = linesUnder(t, f.row, col);
    if (parts.length > 0) return sumsAgree(fig, parts) ? 'confirmed' : 'contradicted';
    return confirmedByParent(t, f.row, col) ? 'confirmed' : 'unknown';
  }
  for (const rc of ratioColumns(t)) {
    if (![rc.base.col, rc.part.col, rc.ratio.col].includes(col)) continue;
    const b = asFigure(t.figure(f.row, rc.base));
    const p = asFigure(t.figure(f.row, rc.part));
    const c = asFigure(t.figure(f.row, rc.ratio));
    if (!b || !p || !c || b.value.isZero()) return 'unknown';
    // (a serapan, realisasi ÷ pagu; a capaian, as the indikator's polarity has it)
    const cands = rc.kind === 'serapan' ? [serapanPercent(b.value, p.value)!] : capaianCandidates(t, f.row, b, p);
    if (cands.length === 0) return 'unknown';
    const pc = percentOf(c, cands[0]);
    return cands.some((x) => withinDisplay(pc.value, pc.decimals, x)) ? 'confirmed' : 'contradicted';
  }
  return 'unknown';
}

/**
 * Whether a line with no lines of its own under it (a kegiatan) is borne out by the line above it: the parent's figure,
 * typed rather than a formula that sums whatever its lines hold, equals the sum of its lines, this one among them.
 */
function confirmedByParent(t: TableModel, row: TableRow, col: number): boolean {
  const parent = row.parent === undefined ? undefined : t.rowAt(row.parent);
  const whole = parent && asFigure(t.figure(parent, col));
  if (!parent || !whole || t.formula(parent, col) !== undefined) return false;
  const parts = linesUnder(t, parent, col);
  return parts.length >= 2 && sumsAgree(whole, parts);
}

/** The figures of a line's lines in a column (a child with no figure of its own, a heading, gives way to its own lines). */
function linesUnder(t: TableModel, row: TableRow, col: number): Figure[] {
  return withChildrenOfBlank(t, t.children(row), col)
    .map((k) => asFigure(t.figure(k, col)))
    .filter((x): x is Figure => !!x);
}

const RANK = { contradicted: 0, unknown: 1, confirmed: 2 } as const;

/** Which table's figure stands when nothing else decides: the signed PK's, then the budget table's (lower first). */
const KIND_AUTHORITY: Partial<Record<TableKind, number>> = { 'perjanjian-kinerja': 0, 'realisasi-anggaran': 1 };
const KIND_AUTHORITY_OTHER = 2;

export const lintasSheet = defineRule({
  meta: {
    id: 'lintas-sheet',
    severity: 'galat',
    category: 'antartabel',
    penjelasan:
      'Mencocokkan angka program, sasaran atau indikator yang sama di tabel-tabel berbeda (anggaran program di Perjanjian ' +
      'Kinerja dan di tabel realisasi anggaran, serapan program di tabel efisiensi dan di tabel realisasi anggaran, target dan ' +
      'realisasi di pengukuran dan efisiensi, capaian sasaran dengan rata-rata capaian indikatornya, anggaran sasaran dengan jumlah ' +
      'programnya, tahun yang sama di tabel perbandingan), dicocokkan lewat nama yang dinormalkan dan tahunnya. Satu program ' +
      'dengan dua angka berbeda berarti salah satu tabel keliru; pemeriksa akan menanyakannya.',
    messages,
  },
  checkWorkbook(ctx) {
    // a figure matched by its name and by its code is reported once
    const reported = new Set<string>();
    const index = factsToMatch(ctx);
    const means = meanVotes(index);
    const apart = parallelTables(index);
    const related = (a: Fact, b: Fact) => !apart.has(pairKey(a.tableIndex, b.tableIndex));
    // the pairs each name or code finds, reported once all are known: a figure that contradicts only one itself shown
    // wrong by another comparison (the PK's programme, matched by its code with the budget table that confirms its
    // figure) is not a second error (the efisiensi table matched with that PK by the programme's name, agreeing with
    // the budget table)
    const pairsFound: Array<[Fact, Fact]> = [];
    const tableRevisions = evidentRevisions(index);
    for (const all of index.values()) {
      if (all.length < 2) continue;
      // a figure a rule has already shown wrong by its own sources (a sasaran's mean, a program's Σ kegiatan) has its
      // galat: what it contradicts elsewhere is the same error, not a second one (a mean made by us: of any such figure)
      const facts = all.filter(
        (f) =>
          f.figure.kind === 'figure' &&
          ctx.corrected(f.table.sheet, f.cell) === undefined &&
          !(f.meanOfIndikator && cellsOfRange(f.cell).some((c) => ctx.corrected(f.table.sheet, c) !== undefined)) &&
          !(f.meanOfIndikator && !meanStands(f, all, means)),
      );
      reportAgainstHeld(ctx, reported, all, facts, related);
      if (facts.length < 2 || new Set(facts.map((f) => f.tableIndex)).size < 2) continue;
      // serapan worked out from pagu and realisasi in every table differ only where those do, which are reported
      if (facts.every((f) => f.derivable)) continue;
      // a PK Awal and a PK Perubahan (or a "Pagu Murni" and a "Pagu Perubahan") differ by design: each is matched with
      // its own revision's figures and with those that say none; a figure that says none is wrong only against both
      // (a figure that says none but agrees with one revision's alone is of that one: a PK signed on the original pagu)
      const explicit = [...new Set(facts.map((f) => f.revision).filter((r): r is Revision => r !== undefined))];
      const revisionFor = new Map<Fact, Revision | undefined>(facts.map((f) => [f, f.revision]));
      if (explicit.length >= 2)
        for (const f of facts) {
          if (f.revision !== undefined) continue;
          // (a table whose figures evidently follow one revision is of that one, in every row: a row that agrees with
          // the other alone is a slip)
          const ofTable = tableRevisions.get(f.tableIndex);
          if (ofTable && explicit.includes(ofTable)) {
            revisionFor.set(f, ofTable);
            continue;
          }
          const agreeing = explicit.filter((r) => facts.some((x) => x.revision === r && agreeAny(x, f)));
          if (agreeing.length === 1) revisionFor.set(f, agreeing[0]);
        }
      const views = explicit.length < 2 ? [facts] : explicit.map((r) => facts.filter((f) => revisionFor.get(f) === r || revisionFor.get(f) === undefined));
      const found = views.map((v) => judgeFacts(v, related));
      found.forEach((pairs, i) => {
        for (const [at, other] of pairs) {
          // (a figure of no revision: once, where it stands against every revision's)
          if (revisionFor.get(at) === undefined && (i > 0 || !found.every((p) => p.some(([x]) => x === at)))) continue;
          pairsFound.push([at, other]);
        }
      });
    }
    const place = (f: Fact) => `${f.table.sheet}!${f.cell}`;
    const wrongAgainst = new Map<string, Set<string>>();
    for (const [at, other] of pairsFound) {
      const against = wrongAgainst.get(place(at)) ?? new Set<string>();
      against.add(place(other));
      wrongAgainst.set(place(at), against);
    }
    // (and a figure already reported against a programme's money its own rows hold: reportAgainstHeld)
    const held = new Set(reported);
    for (const [at, other] of pairsFound) {
      const otherWrong = wrongAgainst.get(place(other));
      if (held.has(place(other)) || (otherWrong && [...otherWrong].some((x) => x !== place(at)))) continue;
      report(ctx, reported, at, other);
    }
  },
});

/**
 * The revision a table that says none evidently follows, by its figures: where a PK Awal and a PK Perubahan (or a Pagu
 * Murni and a Pagu Perubahan) both stand, how many of its figures agree with the one alone and how many with the other
 * alone (facts.evidentlyFollows: a pengukuran measured against the PK Perubahan, one target copied from the PK Awal).
 */
function evidentRevisions(index: Map<string, Fact[]>): Map<number, Revision> {
  const votes = new Map<number, Record<Revision, number>>();
  for (const facts of index.values()) {
    const explicit = new Set(facts.map((f) => f.revision).filter((r): r is Revision => r !== undefined));
    if (explicit.size < 2) continue;
    for (const f of facts) {
      if (f.revision !== undefined || f.derivedFrom || f.figure.kind !== 'figure') continue;
      const agreeing = [...explicit].filter((r) => facts.some((x) => x.revision === r && x.tableIndex !== f.tableIndex && agreeAny(x, f)));
      if (agreeing.length !== 1) continue;
      const v = votes.get(f.tableIndex) ?? { murni: 0, perubahan: 0 };
      v[agreeing[0]]++;
      votes.set(f.tableIndex, v);
    }
  }
  const out = new Map<number, Revision>();
  for (const [table, v] of votes) {
    if (evidentlyFollows(v.perubahan, v.murni, true)) out.set(table, 'perubahan');
    else if (evidentlyFollows(v.murni, v.perubahan, false)) out.set(table, 'murni');
  }
  return out;
}

/**
 * A programme's money a rule has shown wrong by its own rows (its pagu against Σ its kegiatan) is left out of the
 * comparison: what it contradicts elsewhere is that same error — unless a kegiatan under it is what is wrong, and the
 * programme's figure right. Either way the programme's pagu is what it states or what its rows add up to: a lone figure
 * of another table that is neither contradicts it whichever is right (the PK's 1.898.000.000 against a budget table
 * stating 1.959.000.000 whose kegiatan add up to 1.894.000.000).
 */
function reportAgainstHeld(ctx: RuleContext, reported: Set<string>, all: Fact[], kept: Fact[], related: (a: Fact, b: Fact) => boolean): void {
  // (one table's figures alone, as most names of a large budget table are: nothing to compare)
  const first = all[0].tableIndex;
  if (all.every((f) => f.tableIndex === first)) return;
  for (const h of all) {
    if (h.derivedFrom || (h.measure !== 'anggaran' && h.measure !== 'realisasi-anggaran')) continue;
    const fig = asFigure(h.figure);
    const sum = fig ? ctx.corrected(h.table.sheet, h.cell) : undefined;
    if (!fig || sum === undefined) continue;
    const asSum: Fact = { ...h, figure: makeFigure(sum, new Decimal(sum), { unit: fig.unit, fromText: false, decimals: fig.decimals }) };
    for (const o of kept) {
      if (o.tableIndex === h.tableIndex || o.derivedFrom || !related(o, h) || agreeAny(o, h) || agreeAny(o, asSum)) continue;
      // (a lone figure: no third table's backs it)
      if (kept.some((x) => x !== o && x.tableIndex !== o.tableIndex && agreeAny(x, o))) continue;
      report(ctx, reported, o, h);
    }
  }
}

/** The cells of a range in one column ("F4:F5"). */
function cellsOfRange(ref: string): string[] {
  const [a, b] = ref.split(':');
  if (!b) return [a];
  const top = parseA1(a);
  const bottom = parseA1(b);
  const out: string[] = [];
  for (let r = top.row; r <= bottom.row; r++) out.push(a1(r, top.col));
  return out;
}

/**
 * How a pengukuran's sasaran means (made by us) stand against the sasaran capaian another table states, by table pair:
 * how many agree and how many do not. An office may cap or weight its indikator before the mean: a mean is trusted only
 * where the other sasaran of the same two tables show it is how the office computes them.
 */
function meanVotes(index: Map<string, Fact[]>): Map<string, { agree: number; disagree: number }> {
  const votes = new Map<string, { agree: number; disagree: number }>();
  for (const all of index.values())
    for (const m of all) {
      if (!m.meanOfIndikator) continue;
      for (const f of all) {
        if (f.derivedFrom || f.tableIndex === m.tableIndex || f.figure.kind !== 'figure') continue;
        const key = `${m.tableIndex}>${f.tableIndex}`;
        const v = votes.get(key) ?? { agree: 0, disagree: 0 };
        if (agreeAny(m, f)) v.agree++;
        else v.disagree++;
        votes.set(key, v);
      }
    }
  return votes;
}

/** Whether a sasaran's mean may stand against the figures of its name: the other sasaran of each table agree more than not. */
function meanStands(m: Fact, all: Fact[], votes: Map<string, { agree: number; disagree: number }>): boolean {
  return all
    .filter((f) => !f.derivedFrom && f.tableIndex !== m.tableIndex && f.figure.kind === 'figure')
    .every((f) => {
      const v = votes.get(`${m.tableIndex}>${f.tableIndex}`) ?? { agree: 0, disagree: 0 };
      // (this pair's own vote left out)
      const [agree, disagree] = agreeAny(m, f) ? [v.agree - 1, v.disagree] : [v.agree, v.disagree - 1];
      return agree >= 1 && agree > disagree;
    });
}

/** The measures a unit's budget table states of its own (see parallelTables). */
const MONEY_MEASURES = new Set(['anggaran', 'realisasi-anggaran']);

/** A pair of tables as one key, whichever order they come in. */
function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Pairs of tables not to compare. Two tables of one kind whose money disagrees on most of the names they share are
 * budget tables of different units (a sheet per UPT, per puskesmas, per OPD, each with its "Program Penunjang …"), of
 * different periods or versions: two lists of different things, not one list written twice. Their figures are not
 * compared with each other. Two or more names must disagree, and more than agree: one programme written wrong in a copy
 * of the same list is still found. Another table (the PK, an efisiensi) is one unit's: it is compared with the list its
 * sheet's name or caption names, else with the one it agrees with most, never with another unit's; naming none and
 * agreeing with no list more than with another, it is compared with none of them (whose it is cannot be told).
 */
function parallelTables(index: Map<string, Fact[]>): Set<string> {
  /** By pair of tables: money alike and not; figures alike, a serapan too (whose list an efisiensi is of). */
  const votes = new Map<number, { agree: number; disagree: number; alike: number; revisions?: boolean }>();
  const tableOf = new Map<number, TableModel>();
  // (a pair of tables as one number while counting: a book of hundreds of unit sheets has tens of thousands of pairs)
  let tables = 0;
  for (const all of index.values()) for (const f of all) tables = Math.max(tables, f.tableIndex + 1);
  const pairOf = (a: number, b: number): number => (a < b ? a * tables + b : b * tables + a);
  for (const all of index.values()) {
    if (all.length < 2) continue;
    // (one name's facts are of one measure: the key says it)
    const money = MONEY_MEASURES.has(all[0].measure);
    if (!money && all[0].measure !== 'serapan') continue;
    // a workbook of one sheet per unit compares every pair of its tables: each figure sifted and read once, not per pair
    const facts = all.filter((f) => !f.derivedFrom && f.figure.kind === 'figure');
    const rough = facts.map((f) => (f.alternatives?.length ? undefined : roughValueOf(f)));
    for (let i = 0; i < facts.length; i++)
      for (let j = i + 1; j < facts.length; j++) {
        const a = facts[i];
        const b = facts[j];
        if (a.tableIndex === b.tableIndex) continue;
        tableOf.set(a.tableIndex, a.table);
        tableOf.set(b.tableIndex, b.table);
        const key = pairOf(a.tableIndex, b.tableIndex);
        const v = votes.get(key) ?? { agree: 0, disagree: 0, alike: 0 };
        const ra = rough[i];
        const rb = rough[j];
        const alike = ra && rb && roughlyApart(ra, rb) ? false : agreeAny(a, b);
        if (alike) v.alike++;
        // (a PK Awal and a PK Perubahan: one unit's two revisions, matched by revision instead)
        if (a.revision && b.revision && a.revision !== b.revision) v.revisions = true;
        // (money only tells units apart: a unit's budget is its own, an indikator's target for the year is the office's;
        // a serapan worked out from the pagu differs where the pagu does, one difference)
        if (money && !a.derivable && !b.derivable) {
          if (alike) v.agree++;
          else v.disagree++;
        }
        votes.set(key, v);
      }
  }
  const out = new Set<string>();
  /** Each table's lists of other units (the tables of one kind apart from each other). */
  const units = new Map<number, Set<number>>();
  for (const [key, v] of votes) {
    const a = Math.floor(key / tables);
    const b = key % tables;
    if (tableOf.get(a)!.kind !== tableOf.get(b)!.kind || !(v.disagree >= 2 && v.disagree > v.agree)) continue;
    out.add(pairKey(a, b));
    if (v.revisions) continue;
    units.set(a, (units.get(a) ?? new Set<number>()).add(b));
    units.set(b, (units.get(b) ?? new Set<number>()).add(a));
  }
  // another table against a set of unit lists: its own is the one its sheet or caption names, else the one it agrees
  // with most (alone)
  const words = new Map<number, string[]>();
  const wordsOf = (t: number) => {
    let w = words.get(t);
    if (!w) {
      const m = tableOf.get(t)!;
      words.set(t, (w = unitWords(`${m.sheet} ${m.caption ?? ''}`)));
    }
    return w;
  };
  const names = (t: number, f: number) => wordsOf(f).length > 0 && wordsOf(f).every((w) => wordsOf(t).includes(w));
  const seen = new Set<string>();
  for (const [u, others] of units) {
    const family = [u, ...others].sort((x, y) => x - y);
    const id = family.join(',');
    if (seen.has(id)) continue;
    seen.add(id);
    for (const t of tableOf.keys()) {
      if (family.includes(t)) continue;
      const shared = family.filter((f) => votes.has(pairOf(t, f)));
      if (shared.length < 2) continue;
      const agreeing = (f: number) => votes.get(pairOf(t, f))!.alike;
      const best = Math.max(...shared.map(agreeing));
      const named = shared.filter((f) => names(t, f));
      const own = named.length === 1 ? named : best > 0 ? shared.filter((f) => agreeing(f) === best) : [];
      for (const f of shared) if (own.length !== 1 || f !== own[0]) out.add(pairKey(t, f));
    }
  }
  return out;
}

/**
 * Which facts of one name, measure and year stand against the trusted figure, each with the fact it contradicts (never
 * a fact of a table `related` says lists other things).
 */
function judgeFacts(facts: Fact[], related: (a: Fact, b: Fact) => boolean): Array<[Fact, Fact]> {
  const out: Array<[Fact, Fact]> = [];
  if (facts.length < 2 || new Set(facts.map((f) => f.tableIndex)).size < 2) return out;
  // Group the facts into clusters of agreeing values.
  const clusters: Fact[][] = [];
  for (const f of facts) {
    const c = clusters.find((cl) => agreeAny(cl[0], f));
    if (c) c.push(f);
    else clusters.push([f]);
  }
  if (clusters.length < 2) return out;
  // The trusted value: the cluster its own tables confirm most, then the larger one, then the one the signed PK
  // holds (and the budget table after it), whatever order the sheets stand in, then the first.
  const score = (cl: Fact[]) => cl.reduce((m, f) => Math.max(m, RANK[standing(f)]), 0);
  const authority = (cl: Fact[]) => cl.reduce((m, f) => Math.min(m, KIND_AUTHORITY[f.table.kind] ?? KIND_AUTHORITY_OTHER), KIND_AUTHORITY_OTHER);
  const ranked = [...clusters].sort((x, y) => score(y) - score(x) || y.length - x.length || authority(x) - authority(y) || x[0].tableIndex - y[0].tableIndex);
  const trusted = ranked[0];
  for (const cl of ranked.slice(1)) {
    for (const at of cl) {
      if (at.derivedFrom) {
        // A sum made by us is never "where the wrong figure stands": report the stated side instead.
        for (const other of trusted.filter((t) => !t.derivedFrom && related(t, at))) out.push([other, at]);
        continue;
      }
      // (against a table of its own kind that lists other things — another unit's budget — it is not compared)
      const other =
        trusted.find((t) => t.tableIndex !== at.tableIndex && related(t, at)) ??
        (trusted.every((t) => t.tableIndex === at.tableIndex) ? trusted[0] : undefined);
      if (other) out.push([at, other]);
    }
  }
  return out;
}

/** The facts of the workbook, collected once per run for the rules that need them. */
export function facts(ctx: RuleContext): Map<string, Fact[]> {
  return ctx.memo('facts', () => collectFacts(ctx.tables));
}

/** The facts that may meet another table's: the figures this rule compares (collectFacts' `forMatching`). */
function factsToMatch(ctx: RuleContext): Map<string, Fact[]> {
  return ctx.memo('facts-to-match', () => collectFacts(ctx.tables, true));
}

/** A table named by its kind where it has no caption. */
const TABLE_NOUN: Record<TableKind, string> = {
  'perjanjian-kinerja': 'perjanjian kinerja',
  'pengukuran-kinerja': 'pengukuran kinerja',
  'realisasi-anggaran': 'realisasi anggaran',
  efisiensi: 'efisiensi',
  'skala-penilaian': 'skala penilaian',
  lainnya: 'anggaran',
};

function report(ctx: RuleContext, reported: Set<string>, at: Fact, other: Fact): void {
  const key = `${at.table.sheet}!${at.cell}`;
  if (reported.has(key)) return;
  reported.add(key);
  const va = valueOf(at)!;
  const vo = valueOf(other)!;
  const kind =
    at.measure === 'anggaran' || at.measure === 'realisasi-anggaran' ? 'rupiah' : at.measure === 'capaian' || at.measure === 'serapan' ? 'persen' : 'angka';
  const otherWhere = other.derivedFrom
    ? `${other.meanOfIndikator ? 'rata-rata capaian indikator' : other.ofPeriods ? 'realisasi per periode' : `jumlah ${other.sumOf ?? 'program'}`}nya di tabel ${other.table.caption ?? TABLE_NOUN[other.table.kind]}${other.table.sheet !== at.table.sheet ? ` (sheet ${other.table.sheet})` : ''}`
    : other.table.sheet === at.table.sheet
      ? `tabel lain di sheet yang sama (${other.cell})`
      : `sheet ${other.table.sheet}`;
  ctx.report({
    sheet: at.table.sheet,
    cell: at.cell,
    related: other.derivedFrom
      ? other.derivedFrom.map((r) => (other.table.sheet === at.table.sheet ? r : sheetRef(other.table.sheet, r)))
      : [where(other, at.table.sheet)],
    // in the units the cell is written in (thousands where its column says so)
    expected: num(at.magnitude ? vo.value.dividedBy(at.magnitude) : vo.value, 4),
    actual: num(at.magnitude ? va.value.dividedBy(at.magnitude) : va.value, 4),
    unit: kind,
    magnitude: kind === 'rupiah' ? at.magnitude : undefined,
    message: messages.berbeda({
      noun: MEASURE_NOUN[at.measure],
      name: at.name,
      year: at.year,
      sheet: at.table.sheet,
      value: shownAsWritten(at, va.value, kind, va.decimals),
      other: otherWhere,
      otherValue: shownAsWritten(other, vo.value, kind, vo.decimals),
    }),
  });
}
