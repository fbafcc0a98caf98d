/**
 * Random combinations of the corpus variants (scripts/fixtures/variants.ts), as one book may have several at once: each
 * trial takes a book of the corpora (seed layouts and other offices), applies a random set of layout moves and edits,
 * and scores it against its truth (which the moves carry along). Prints every combination that loses a table, names a
 * wrong kind, misses a planted error or raises a false galat, then the count.
 *
 * Usage: node lib/scripts/ukur-kombinasi.js [seed=1] [trials=150] [p=0.4] — the same seed gives the same trials.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCorpus, FixtureBook } from './fixtures/layouts';
import { buildOffices } from './fixtures/offices';
import { emptyScore, Score, scoreBook } from './fixtures/evaluate';
import * as V from './fixtures/variants';
import { readWorkbook } from '../src/cli/read-workbook';
import { recalculate } from '../src/core/recalc';
import { FIGURE_CACHE, TEXT_CACHE, WorkbookSnapshot } from '../src/core/snapshot';

type Move = (snap: WorkbookSnapshot, book: FixtureBook) => FixtureBook;
type Edit = (snap: WorkbookSnapshot, book: FixtureBook) => unknown;

/** Moves shift cells (and the truth with them); page breaks come last, on the table as printed. */
const MOVES: Record<string, Move> = {
  wrapF: (s, b) => V.wrapLabels(s, b, 'first'),
  wrapL: (s, b) => V.wrapLabels(s, b, 'last'),
  remarks: (s, b) => V.addRemarks(s, b),
  sign: (s, b) => V.signColumns(s, b),
  tall: (s, b) => V.tallHeaders(s, b),
  nomor: (s, b) => V.addHeaderRow(s, b, 'nomor'),
  satuan: (s, b) => V.addHeaderRow(s, b, 'satuan'),
  blank: (s, b) => V.blankBelowHeader(s, b),
  widen: (s, b) => V.widen(s, b),
  space: (s, b) => V.spaceColumns(s, b),
  pb0: (s, b) => V.pageBreaks(s, b, false),
  pb1: (s, b) => V.pageBreaks(s, b, true),
};

function makeEdits(pick: <T>(xs: readonly T[]) => T): Record<string, Edit> {
  return {
    retype: (s, b) => V.retypeFigures(s, b.tables, pick(V.CONVENTIONS)),
    strip: (s, b) => V.stripPercentFormats(s, b.tables),
    caps: (s, b) => V.capitalise(s, b.tables),
    unbold: (s) => V.unbold(s),
    spaces: (s) => V.indentWithSpaces(s),
    singkat: (s, b) => V.renameHeaders(s, b.tables, 'singkat'),
    inggris: (s, b) => V.renameHeaders(s, b.tables, 'inggris'),
    hide: (s, b) => V.hideBodyRows(s, b),
    note: (s, b) => V.addSourceNotes(s, b),
    rumus: (s) => {
      // (a book with formulas of its own keeps them)
      if (s.sheets.some((sh) => sh.cells.some((c) => c.formula !== undefined))) return 0;
      const n = V.uncomputedFormulas(s);
      recalculate(s, { staleResults: true });
      return n;
    },
    nomerge: (s, b) => {
      if (/pdf/.test(b.name)) return 0;
      for (const sh of s.sheets) sh.merges = [];
      return 1;
    },
  };
}

/** The engine keeps parsed figures and text on the cells: a variant that changes cells starts them afresh. */
function uncache(snap: WorkbookSnapshot): void {
  for (const sh of snap.sheets)
    for (const c of sh.cells) {
      const held = c as unknown as Record<symbol, unknown>;
      held[FIGURE_CACHE] = undefined;
      held[TEXT_CACHE] = undefined;
    }
}

const PROBLEMS: ReadonlyArray<keyof Score> = ['misses', 'falseTables', 'wrongKinds', 'missedFindings', 'falseGalat'];

async function main(): Promise<void> {
  const [seedArg, trialsArg, pArg] = process.argv.slice(2);
  let seed = Number(seedArg ?? 1);
  const trials = Number(trialsArg ?? 150);
  const p = Number(pArg ?? 0.4);
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const edits = makeEdits(pick);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lkjip-kombinasi-'));
  try {
    fs.mkdirSync(path.join(dir, 'c'));
    const books: FixtureBook[] = [...(await buildCorpus(path.join(dir, 'c'))), ...(await buildOffices(dir))];
    let bad = 0;
    for (let i = 0; i < trials; i++) {
      const b = pick(books);
      const mv = Object.keys(MOVES).filter(() => rnd() < p);
      // one of each pair that cannot both be
      for (const [a, z] of [
        ['wrapF', 'wrapL'],
        ['pb1', 'pb0'],
        ['widen', 'space'],
      ])
        if (mv.includes(a) && mv.includes(z)) mv.splice(mv.indexOf(z), 1);
      const ed = Object.keys(edits).filter(() => rnd() < p);
      if (ed.includes('singkat') && ed.includes('inggris')) ed.splice(ed.indexOf('inggris'), 1);
      // formulas are written first, on the figures as they are; a book made tall, wide or blank keeps its merges
      if (ed.includes('rumus')) ed.unshift(...ed.splice(ed.indexOf('rumus'), 1));
      if (ed.includes('nomerge') && mv.some((m) => ['tall', 'widen', 'blank'].includes(m))) ed.splice(ed.indexOf('nomerge'), 1);
      const snap = await readWorkbook(b.file);
      let book = b;
      try {
        for (const m of mv.filter((m) => !m.startsWith('pb'))) book = MOVES[m](snap, book);
        uncache(snap);
        for (const e of ed) edits[e](snap, book);
        uncache(snap);
        for (const m of mv.filter((m) => m.startsWith('pb'))) book = MOVES[m](snap, book);
        uncache(snap);
      } catch (e) {
        // a variant that cannot be made of this book says nothing of the engine
        process.stdout.write(`VARIAN-GAGAL ${b.name} [${[...mv, ...ed].join('+')}] ${e instanceof Error ? e.message : String(e)}\n`);
        continue;
      }
      const score = emptyScore();
      await scoreBook(book, score, snap);
      const found = PROBLEMS.filter((k) => (score[k] as string[]).length);
      if (found.length) {
        bad++;
        const what = found.map((k) => `${k}:${JSON.stringify(score[k]).slice(0, 300)}`).join(' | ');
        process.stdout.write(`GAGAL ${b.name} [${[...mv, ...ed].join('+')}] ${what}\n`);
      }
    }
    process.stdout.write(`percobaan ${trials}, gagal ${bad}\n`);
    if (bad) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`ukur-kombinasi: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
