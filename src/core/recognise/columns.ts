/**
 * Column stage: each column's role from its header path (vocabulary.ts), its year and period, then what the header
 * alone cannot settle decided by the table's other columns and the body's figures, then each column's unit.
 */
import { cellFigure, Figure, makeFigure, storedNumberNum } from '../figures';
import { ratioCheck } from '../measures';
import { CellValue, Grid, isBlankValue } from '../snapshot';
import {
  ColumnRole,
  ColumnUnit,
  FIGURE_ROLES,
  headerBand,
  isPlanYear,
  PERIODS_IN_YEAR,
  periodRun,
  periodsInBand,
  runsUpTo,
  sideBySide,
  TableColumn,
} from '../types';
import {
  CODE_PART,
  headerMagnitude,
  isBarePercentHeader,
  isBelanjaLine,
  isPercentHeader,
  isPeriodHeader,
  isRupiahCaption,
  isRupiahUnitHeader,
  isPerSasaranHeader,
  isPreviousYearHeader,
  isFigureSign,
  isRowSumHeader,
  isUnitText,
  isWholeYearHeader,
  isYearColumnHeader,
  isYearText,
  isUnitWords,
  norm,
  periodOf,
  roleFromHeader,
  soFarPart,
  yearOf,
} from '../vocabulary';
import { parseInterval } from '../scale';
import { spacerColumns } from './header';
import { FIGURE_COLUMN_FIGURES_PER_WORD, FIGURE_COLUMN_MIN_FIGURES, MIN_AMOUNT_MEDIAN, MIN_YEAR_RUN, MONEY_MEDIAN } from './thresholds';

/** A column's own header words, normalised: the last part of its header path ("Realisasi / 2024" → "2024"). */
const leafHeader = (c: TableColumn): string => norm(c.header.split(' / ').pop() ?? '');

/** Counted up to a year from the plan's start: "s.d. Tahun 2024", "sampai dengan 2024", "Kumulatif". */
const CUMULATIVE_RE = /\b(s\.? ?d\.?|s\/d|sampai dengan|hingga) ?(tahun |th\.? )?(19|20)\d{2}\b|\bkumulatif\b/;

/**
 * A column's header as one text: its header cells from the top band down, joined by " / " — a slash written inside one
 * cell ("Lebih / (Kurang)", "Program / Kegiatan") closed up, so the joint between levels is never taken for it.
 */
export function headerText(path: string[]): string {
  return path.map((p) => (p.includes(' / ') ? p.replace(/\s+\/\s+/g, '/') : p)).join(' / ');
}

/** The columns of a table from their header paths, with roles refined and units read. */
export function readColumns(
  grid: Grid,
  paths: Map<number, string[]>,
  left: number,
  right: number,
  bodyRows: number[],
  hiddenCols?: ReadonlySet<number>,
  /** The caption or a note says the table's money is in thousands or millions of rupiah. */
  moneyInUnits = false,
  /** The table's caption ("Tabel 3.5 Tren Capaian Kinerja 2020–2024"), which may name what a row of years holds. */
  caption?: string,
): TableColumn[] {
  const columns: TableColumn[] = [];
  for (let c = left; c <= right; c++) {
    const path = paths.get(c) ?? [];
    const col: TableColumn = { col: c, role: roleFromHeader(path), header: headerText(path) };
    let year: number | undefined;
    for (const p of path) year = yearOf(p) ?? year;
    if (year) col.year = year;
    const period = periodOf(path);
    if (period) col.period = period;
    // (the year's own end, "Target Akhir Tahun 2024", "Target Akhir TW IV", is no Renstra's; nor is a year of the plan,
    // "Target Renstra PD Tahun ke-" / "3": that year's own target)
    if (/renstra|akhir periode|target akhir(?! (tahun|th\b|tw\b|triwulan|semester|bulan))|kondisi akhir/i.test(path.join(' ')) && !isPlanYear(period))
      col.renstra = true;
    if (isPreviousYearHeader(path.join(' '))) col.previous = true;
    if (CUMULATIVE_RE.test(norm(path.join(' ')))) col.cumulative = true;
    if (hiddenCols?.has(c)) col.hidden = true;
    columns.push(col);
  }
  const percentSigned = dropEmptyHalves(grid, columns, bodyRows);
  // a spacer column of a sheet laid out with them (empty the whole sheet through) is no column of the table either
  const spacers = spacerColumns(grid);
  for (const c of columns) {
    if (!spacers.has(c.col)) continue;
    c.role = null;
    c.half = true;
  }
  yearsOfCaption(grid, columns, bodyRows, caption);
  refineRoles(grid, columns, bodyRows, moneyInUnits);
  preferVisible(columns);
  otherRegions(columns);
  againstRenstraOnly(columns);
  countedCapaian(grid, columns, bodyRows);
  budgetShareByFigures(grid, columns, bodyRows);
  spentWithoutShare(grid, columns, bodyRows);
  performanceByFigures(grid, columns, bodyRows);
  periodicPerformanceByFigures(grid, columns, bodyRows);
  efisiensiInputsByFigures(grid, columns, bodyRows);
  for (const c of columns) c.unit = unitOf(grid, c, bodyRows);
  // what is left of the pagu ("Sisa", "Sisa Anggaran", "SiLPA", "Tidak Terserap") beside a pagu and its realisasi is
  // money however its figures are written (in millions, 501,32): summed, differenced and rounded as money is
  if (columns.some((c) => c.role === 'anggaran') && columns.some((c) => c.role === 'realisasi-anggaran'))
    for (const c of columns) if (c.role === 'nilai' && c.unit !== 'percent' && c.unit !== 'text' && LEFT_OF_PAGU.test(leafHeader(c))) c.unit = 'money';
  // a caption that gives the table's unit as rupiah ("Realisasi Belanja per Jenis Belanja Tahun 2024 (Rp)") makes its
  // columns of rupiah-sized amounts that no header gives a unit of money
  if (caption && isRupiahCaption(caption))
    for (const c of columns)
      if (c.unit === 'count' && (c.role === null || c.role === 'nilai' || c.role === 'jumlah') && columnStats(grid, c.col, bodyRows).median >= MONEY_MEDIAN)
        c.unit = 'money';
  // kinds of belanja side by side ("Belanja Pegawai | Belanja Barang dan Jasa | Belanja Modal | Jumlah") are amounts of
  // rupiah whatever the header leaves unsaid, and so is their Jumlah
  const rupiahSized = (c: TableColumn) => c.unit === 'count' && columnStats(grid, c.col, bodyRows).median >= MONEY_MEDIAN;
  const belanja = columns.filter((c) => (c.role === null || c.role === 'nilai') && isBelanjaLine(leafHeader(c)) && rupiahSized(c));
  if (belanja.length >= 2) {
    for (const c of belanja) c.unit = 'money';
    for (const c of columns) if (c.role === 'jumlah' && isRowSumHeader(c.header) && rupiahSized(c)) c.unit = 'money';
  }
  // figures each signed "%" in the cell beside them are percentages, whatever the header calls them
  for (const c of columns) if (percentSigned.has(c.col)) c.unit = 'percent';
  return columns;
}

/**
 * A capaian in a table whose only target is the Renstra's end target ("Target Akhir Renstra 2026 | Realisasi 2024 |
 * Tingkat Kemajuan (%)"): the progress towards that target, no capaian of the year (never compared with the year's).
 */
function againstRenstraOnly(columns: TableColumn[]): void {
  const targets = columns.filter((c) => c.role === 'target' && !c.nasional);
  if (targets.length === 0 || !targets.every((c) => c.renstra)) return;
  for (const c of columns) if (c.role === 'capaian' && !c.nasional) c.renstra = true;
}

/**
 * Columns two cells wide (the header and every figure merged across a pair of sheet columns): the right half holds
 * nothing of its own. Under the same header as its left neighbour and blank in every body row, it takes no role, so a
 * capaian is never paired with the empty half of its target, and is no column of its own (a scale of four columns
 * so merged is still a narrow table).
 */
function dropEmptyHalves(grid: Grid, columns: TableColumn[], bodyRows: number[]): Set<number> {
  // (three cells wide: the roles as the header gave them, so the third compares with the first)
  const given = columns.map((c) => c.role);
  /** The figure columns whose dropped half held "%" signs. */
  const percentSigned = new Set<number>();
  const drop = (c: TableColumn) => {
    c.role = null;
    c.half = true;
  };
  /** The columns found blank in every body row (an empty half): a sign beside one belongs to the figures before it. */
  const blank = new Set<number>();
  for (let i = 1; i < columns.length; i++) {
    const c = columns[i];
    // (every cell two sheet columns wide: the figures' pair and the sign's pair have an empty half between them)
    let j = i - 1;
    while (j > 0 && blank.has(j) && columns[j - 1].header === c.header) j--;
    // (a spacer column between them, headed by nothing and empty below, is neither's: "94,6 | · | %")
    while (j > 0 && !columns[j].header && bodyRows.every((r) => isBlankValue(grid.value(r, columns[j].col)))) j--;
    const prev = columns[j];
    // the header written over the sign's cell only, the figures' own header cell left empty (nothing merged) or holding
    // only the units row's "(%)": "Anggaran" over "Rp | 4.681.577.821", "Capaian" over "104 | %"
    const unheaded = (!c.header || isUnitText(c.header)) && !!prev.header && !prev.half && bodyRows.some((r) => !isBlankValue(grid.value(r, c.col)));
    if (!unheaded && (c.role !== given[j] || !c.header || c.header !== prev.header)) continue;
    if (!unheaded && bodyRows.every((r) => isBlankValue(grid.value(r, c.col)))) {
      drop(c);
      blank.add(i);
      continue;
    }
    // a column cut in two whose figures or names all stand in the right half (a converter put every row there, a Word
    // table its spacer under the header merged across): the left half, blank in every body row, is no column of its
    // own (the right takes its header where it stands over the left only) — whatever the header calls them ("% thd
    // Standar Nasional", "Batas Atas", "Program")
    if (
      j === i - 1 &&
      !prev.half &&
      bodyRows.every((r) => isBlankValue(grid.value(r, prev.col))) &&
      (!unheaded || takeTurns(grid, prev.col, c.col, bodyRows, true))
    ) {
      if (unheaded) {
        c.header = prev.header;
        c.role = prev.role;
      }
      drop(prev);
      continue;
    }
    // a figure's sign in a cell of its own ("104 | %", "Rp | 1.250.000"): the sign's half is no column of its own, the
    // figures are the column (and take the header where it stands over the sign only)
    const signsHere = onlySigns(grid, c.col, bodyRows);
    const signsBefore = onlySigns(grid, prev.col, bodyRows);
    if (signsHere && !signsBefore) {
      drop(c);
      if (percentSigns(grid, c.col, bodyRows)) percentSigned.add(prev.col);
    } else if (signsBefore && !signsHere && (unheaded || prev.role === given[j])) {
      if (unheaded) {
        c.header = prev.header;
        c.role = given[j];
      }
      drop(prev);
      if (percentSigns(grid, prev.col, bodyRows)) percentSigned.add(c.col);
    } else if (
      !signsHere &&
      !signsBefore &&
      !prev.half &&
      (namesFigures(prev) || figuresOnly(grid, prev.col, bodyRows)) &&
      takeTurns(grid, prev.col, c.col, bodyRows)
    ) {
      // one column cut in two, as a PDF converter cuts it: each row's figure in one half or the other, never in both
      // ("Realisasi" over E:F, or over E alone, 77,2 in E3 and 86,1 in F4) — the right half is the left's twin, read where
      // the left is blank; under a header that names no figure ("Pencapaian", "Prosentase"), where the left half holds
      // figures only
      drop(c);
      prev.twin = c.col;
    }
  }
  return percentSigned;
}

/**
 * A column whose header names figures: a figure role, a bare "%" (a capaian or a serapan, which the columns before it
 * decide later: refineRoles), or amounts in rupiah whatever they are called ("Belanja (Rp)").
 */
const namesFigures = (c: TableColumn): boolean =>
  (c.role ? FIGURE_ROLES.has(c.role) : isBarePercentHeader(c.header)) || /\((rp|rupiah|idr)\.?\)/i.test(c.header);

/**
 * Whether a column's filled body cells are all figures (one at least) — or several figures one per line, two indikator
 * in one row of a table converted from a document ("98,9⏎85,4").
 */
function figuresOnly(grid: Grid, col: number, bodyRows: number[]): boolean {
  let any = false;
  for (const r of bodyRows) {
    const cell = grid.get(r, col);
    if (!cell || isBlankValue(cell.value)) continue;
    const f = cellFigure(cell);
    if (f.kind === 'invalid' && f.stacked) continue;
    if (f.kind !== 'figure') return false;
    any = true;
  }
  return any;
}

const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set(['uraian', 'indikator', 'sasaran']);

const hasWords = (v: CellValue): boolean => typeof v === 'string' && /\p{L}/u.test(v);

/**
 * A column of names cut in two, as a PDF converter cuts it: one header merged over both halves (or over the left one,
 * the right headed by nothing), and a name written across both in some row ("Program" | "Penyelenggaraan Jalan"). The
 * right half is the left's twin: a row's name is what both halves hold, read left to right (recognise/hierarchy,
 * TableModel.shown), and no column of its own.
 */
export function joinCutLabels(grid: Grid, columns: TableColumn[], bodyRows: number[], headerTop: number, headerRows: number): void {
  for (let i = 1; i < columns.length; i++) {
    const a = columns[i - 1];
    const b = columns[i];
    if (!a.role || !LABEL_ROLES.has(a.role) || !a.header || a.twin !== undefined || a.half) continue;
    // the header merged over both halves, or written over the left one only (the right, headed by nothing, no units)
    const unheaded = b.role === null && !b.header.trim() && !b.half;
    if (!unheaded) {
      if (a.role !== b.role || a.header !== b.header) continue;
      let merged = false;
      for (let r = headerTop; r < headerTop + headerRows && !merged; r++) {
        const m = grid.mergeAt(r, b.col);
        merged = m !== undefined && m.left <= a.col;
      }
      if (!merged) continue;
    }
    if (!bodyRows.some((r) => hasWords(grid.value(r, a.col)) && hasWords(grid.value(r, b.col)))) continue;
    b.role = null;
    b.half = true;
    a.twin = b.col;
  }
}

/**
 * Whether two columns hold their figures in turn: each in some rows (or, allowed, the first in none), never both in
 * one; the second's all figures ("-" for none). The right half of a column cut in two, here and in recognise/extent.
 */
export function takeTurns(grid: Grid, a: number, b: number, bodyRows: number[], firstEmpty = false): boolean {
  let inA = false;
  let inB = false;
  for (const r of bodyRows) {
    const fa = !isBlankValue(grid.value(r, a));
    const fb = !isBlankValue(grid.value(r, b));
    if (fa && fb) return false;
    inA ||= fa;
    if (fb) {
      const cell = grid.get(r, b);
      const kind = cell ? cellFigure(cell).kind : 'empty';
      if (kind !== 'figure' && kind !== 'invalid' && kind !== 'empty') return false;
      inB = true;
    }
  }
  return (inA || firstEmpty) && inB;
}

/** Whether a column of signs holds "%" (its first sign says). */
function percentSigns(grid: Grid, col: number, bodyRows: number[]): boolean {
  for (const r of bodyRows) {
    const v = grid.value(r, col);
    if (typeof v === 'string' && v.trim()) return v.trim() === '%';
  }
  return false;
}

/** Whether a column's body holds signs and nothing else (one at least). */
function onlySigns(grid: Grid, col: number, bodyRows: number[]): boolean {
  let signs = 0;
  for (const r of bodyRows) {
    const v = grid.value(r, col);
    if (isBlankValue(v)) continue;
    if (typeof v !== 'string' || !isFigureSign(v)) return false;
    signs++;
  }
  return signs > 0;
}

/**
 * A hidden column is not chosen for a role a visible column of the same year and period has (a hidden "Pagu Murni"
 * beside a visible "Pagu Perubahan"): it keeps its header but loses the role. Nor is a hidden column no header names
 * (an office's working figures, kept out of sight): the report is what its visible figures say.
 */
function preferVisible(columns: TableColumn[]): void {
  for (const c of columns) {
    if (!c.hidden || !c.role) continue;
    if (!c.header.trim() || columns.some((x) => !x.hidden && x.role === c.role && x.year === c.year && x.period === c.period)) c.role = null;
  }
}

/** A header naming the nation's figure ("Target Nasional", "Target RPJMN", "Rata-rata Indonesia"). */
const NATIONAL = /\b(nasional|rpjmn|indonesia)(\s|$|\))/;
/** A capaian against the nation's standard or target: "Capaian thd Standar Nasional (%)", "% terhadap SPM". */
const AGAINST_NATIONAL = /\b(terhadap|thd\.?|dibandingkan|dibanding|dengan) (standar |target |std\.? )*(nasional|spm|rpjmn|standar pelayanan minimal)\b/;
/** The nation's standard or target itself: "Standar Nasional", "Target Nasional 2024", "Target SPM", "Target RPJMN". */
const NATIONAL_STANDARD = /\b(standar|std\.?|target|tgt\.?) (nasional|spm|rpjmn)\b|^(standar nasional|spm|standar pelayanan minimal)\b/;
/** A header naming the province's figure ("Realisasi Provinsi", "Capaian Prov."). */
const PROVINCIAL = /\b(provinsi|prov\.?)(\s|$|\))/;

/**
 * "Realisasi Kabupaten | Realisasi Provinsi | Target Nasional": the nation's target or realisasi is a comparison in a
 * regional office's report, never the office's own, and so is the province's beside the office's own figure of the same
 * measure, year and period (a provincial office's own "Realisasi Provinsi", the only one, keeps its role).
 */
function otherRegions(columns: TableColumn[]): void {
  const own = (x: TableColumn) => !NATIONAL.test(norm(x.header)) && !PROVINCIAL.test(norm(x.header));
  // A capaian against the nation's standard beside the table's own target and realisasi ("Standar Nasional | Capaian thd
  // Standar Nasional (%)"): that standard is its target, of a basis of its own (ratios.pick pairs them), never the year's.
  // (a bare share against it, "% thd SPM", is that capaian too)
  const againstNational = columns.filter(
    (c) =>
      !c.half &&
      (c.role === 'capaian' || ((c.role === null || c.role === 'nilai') && /^(%|persen|persentase) /.test(norm(c.header)))) &&
      AGAINST_NATIONAL.test(norm(c.header)),
  );
  // (with no target of the office's own, "Realisasi 2024 | Standar Nasional | Capaian thd Standar": the standard is the
  // only target the realisasi is measured against, still of its own basis)
  const ownRealisasi = columns.some((c) => c.role === 'realisasi' && own(c));
  if (againstNational.length && ownRealisasi) {
    const standards = columns.filter(
      (c) => !c.half && c.col < againstNational[0].col && NATIONAL_STANDARD.test(norm(c.header)) && !/realisasi|capaian/.test(norm(c.header)),
    );
    if (standards.length) {
      for (const c of [...standards, ...againstNational]) c.nasional = true;
      for (const c of standards) c.role = 'target';
      for (const c of againstNational) c.role = 'capaian';
    }
  }
  for (const c of columns) {
    if (c.nasional) continue;
    if (c.role !== 'target' && c.role !== 'realisasi' && c.role !== 'capaian') continue;
    const h = norm(c.header);
    if (NATIONAL.test(h)) c.role = null;
    else if (PROVINCIAL.test(h) && columns.some((x) => x !== c && x.role === c.role && x.year === c.year && x.period === c.period && own(x))) c.role = null;
  }
}

/** The body rows whose figures decide a column's role by what they add up to (the first ones: a few hundred tell). */
const EVIDENCE_ROWS = 400;

/** The first rows of a table's body, whose figures decide a column's role (EVIDENCE_ROWS). */
const evidenceRows = (bodyRows: number[]): number[] => (bodyRows.length > EVIDENCE_ROWS ? bodyRows.slice(0, EVIDENCE_ROWS) : bodyRows);

/**
 * Whether the figures tell a column's role: two rows at least agree with it, and every row judged but one (or one in
 * ten) — a table may hold a wrong figure, not mostly wrong ones.
 */
const figuresTell = (agree: number, judged: number): boolean => agree >= 2 && judged - agree <= Math.max(1, Math.floor(judged / 10));

/**
 * Whether the figures tell a share (a pengukuran's capaian; a serapan beside a pagu and a realisasi the header names): as
 * figuresTell, or at least half the rows judged, two at least — a capaian that is exactly realisasi ÷ target (or a
 * lower-is-better formula of the two) on two rows is no coincidence, and a small table may state as many wrong ones as
 * right.
 */
const shareTells = (agree: number, judged: number): boolean => figuresTell(agree, judged) || (agree >= 2 && agree * 2 >= judged);

/**
 * How many of a table's first rows (evidenceRows) agree with what a rule of its columns says, and how many it judged:
 * each row with a figure in every column given (or in its cut half: figureOrTwin) put to `judge` —
 * true where the row agrees, false where it does not, undefined where it says nothing.
 */
function tally(
  grid: Grid,
  bodyRows: number[],
  cols: readonly TableColumn[],
  judge: (figures: Figure[]) => boolean | undefined,
): { agree: number; judged: number } {
  let agree = 0;
  let judged = 0;
  for (const r of evidenceRows(bodyRows)) {
    const figures: Figure[] = [];
    for (const c of cols) {
      const f = figureOrTwin(grid, r, c);
      if (!f) break;
      figures.push(f);
    }
    if (figures.length < cols.length) continue;
    const said = judge(figures);
    if (said === undefined) continue;
    judged++;
    if (said) agree++;
  }
  return { agree, judged };
}

/**
 * "Sasaran | Capaian | %" (a Standar Pelayanan Minimal's people to serve, those served, the share): a "Capaian" of counts
 * whose share of the target beside it is the percentage column right of it is the realisasi, and that column the
 * capaian — decided by the figures (on two rows or more, and on every row that has all three but one, or but one in
 * ten), never by the words alone. Only where the table has no realisasi of its own. "Target | Pencapaian | %" and
 * "Target | Pencapaian | Capaian Kinerja (%)" alike: a "Pencapaian" of figures is what was reached, not a predikat.
 */
function countedCapaian(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  if (columns.some((c) => c.role === 'realisasi')) return;
  const num = (r: number, col: number) => {
    const f = cellFigure(grid.get(r, col));
    return f.kind === 'figure' ? f : undefined;
  };
  for (const c of columns) {
    // (a bare "Pencapaian" is read as a predikat until its figures say otherwise: "Target | Pencapaian | %")
    if ((c.role !== 'capaian' && !(c.role === 'predikat' && norm(c.header) === 'pencapaian')) || c.nasional) continue;
    const target = columns.filter((x) => x.role === 'target' && x.col < c.col && x.year === c.year && x.period === c.period).pop();
    // (a "Pencapaian" may stand before a capaian the header names: "Target | Pencapaian | Capaian Kinerja (%)")
    const share = columns.find(
      (x) => x.col > c.col && (((x.role === null || x.role === 'nilai') && isPercentHeader(x.header)) || (c.role === 'predikat' && x.role === 'capaian')),
    );
    if (!target || !share) continue;
    let agree = 0;
    let rows = 0;
    for (const r of bodyRows) {
      const t = num(r, target.col);
      const v = num(r, c.col);
      const p = num(r, share.col);
      if (!t || !v || !p || t.num === 0) continue;
      rows++;
      if (ratioCheck(p, v, t).ok) agree++;
    }
    if (figuresTell(agree, rows)) {
      c.role = 'realisasi';
      share.role = 'capaian';
    }
  }
}

/**
 * A budget by sasaran: its one label column headed by the sasaran and the levels under it ("Sasaran / Program /
 * Kegiatan"), the outline of a budget rather than a PK's sasaran in words.
 */
const outlineBySasaran = (columns: TableColumn[]): boolean =>
  columns.some((c) => c.role === 'sasaran' && /\bprogram\b|\bkegiatan\b/i.test(c.header)) &&
  !columns.some((c) => c.role === 'uraian' || c.role === 'indikator');

/**
 * A budget table whose pagu the header names in other words ("APBD Perubahan 2024", "Nilai DPA", "Plafon") or whose
 * realisasi it calls what was spent ("Belanja (Rp)", "Realisasi s.d. Desember"): programmes with two columns of
 * rupiah-sized amounts and a percentage right of them that is, on two rows or more and on every row but one (or one in
 * ten; at least half of them where the header names the pagu and the realisasi: shareTells), the second's share of the
 * first — the pagu, its realisasi and the serapan, decided by the figures. Only where the pagu, its realisasi and the
 * serapan are not all named already ("Pagu | SP2D | % SP2D": the share's header names none of them); beside a target,
 * indikator or sasaran, only the money spent between a pagu and a serapan the header names.
 */
function budgetShareByFigures(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  if (has('anggaran') && has('realisasi-anggaran') && has('serapan')) return;
  // (beside an indikator's figures, only the money spent between a pagu and a serapan the header names: "APBD-P (Rp) |
  // Belanja (Rp) | Serapan (%)" right of "Target | Realisasi | Capaian")
  const performance = has('target') || has('indikator') || (has('sasaran') && !outlineBySasaran(columns));
  if (performance ? !has('anggaran') || !has('serapan') || has('realisasi-anggaran') : !has('uraian') && !outlineBySasaran(columns)) return;
  const AMOUNT_ROLES = new Set<ColumnRole | null>([null, 'nilai', 'anggaran', 'realisasi', 'realisasi-anggaran']);
  const amounts = columns.filter((c) => !c.half && AMOUNT_ROLES.has(c.role) && columnStats(grid, c.col, bodyRows).median >= MONEY_MEDIAN);
  // (never a share its header says is of the physical progress or the kinerja: "Realisasi Fisik (%)")
  const shares = columns.filter(
    (c) =>
      !c.half &&
      !/kinerja|fisik|output|outcome/i.test(c.header) &&
      (c.role === 'serapan' || c.role === 'capaian' || ((c.role === null || c.role === 'nilai' || c.role === 'realisasi') && isPercentHeader(c.header))),
  );
  if (amounts.length < 2 || shares.length === 0) return;
  let best: { pagu: TableColumn; spent: TableColumn; share: TableColumn; agree: number } | undefined;
  for (const pagu of amounts)
    for (const spent of amounts) {
      if (spent === pagu || (performance && (pagu.role !== 'anggaran' || (spent.role !== null && spent.role !== 'nilai')))) continue;
      // (the money spent stands right of the pagu, or left of one the header names: "Belanja (Rp) | APBD-P (Rp) | % SP2D")
      if (spent.col < pagu.col && (pagu.role !== 'anggaran' || performance)) continue;
      for (const share of shares) {
        if (share.col <= Math.max(spent.col, pagu.col) || (performance && share.role !== 'serapan')) continue;
        const { agree, judged } = tally(grid, bodyRows, [pagu, spent, share], ([a, b, p]) => (a.num === 0 ? undefined : ratioCheck(p, b, a).ok));
        // (a share beside a pagu and a realisasi the header names — or calls what was spent, "Belanja (Rp)": half the
        // rows that follow tell, as a capaian's do)
        const named = pagu.role === 'anggaran' && (spent.role === 'realisasi-anggaran' || namesSpent(spent));
        if ((named ? shareTells(agree, judged) : figuresTell(agree, judged)) && agree > (best?.agree ?? 0)) best = { pagu, spent, share, agree };
      }
    }
  if (!best) return;
  for (const c of columns) {
    // (another column named as one of the three is the rest of the table: a Sisa, a previous year's)
    if (c === best.pagu || c === best.spent || c === best.share) continue;
    if (c.role === 'anggaran' || c.role === 'realisasi-anggaran' || c.role === 'serapan') return;
  }
  best.pagu.role = 'anggaran';
  best.spent.role = 'realisasi-anggaran';
  best.share.role = 'serapan';
}

/** A header of the money spent in words that name no realisasi: "Belanja (Rp)", "Dibelanjakan", "Pengeluaran (Rp)". */
const SPENT_HEADER = /^(belanja|dibelanjakan|pengeluaran|terbelanjakan)( \((rp|rupiah|idr)[^)]*\))?$/;
const namesSpent = (c: TableColumn): boolean => SPENT_HEADER.test(leafHeader(c));

/**
 * A budget list with no share ("Pagu Anggaran | Belanja (Rp)", or "Belanja (Rp) | Pagu Anggaran" the other way round): a
 * column of rupiah beside the pagu under a header of the money spent (SPENT_HEADER), within the pagu on the rows as
 * spending stays (spentWithin), is its realisasi.
 */
function spentWithoutShare(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  const outline = has('uraian') || outlineBySasaran(columns);
  if (!outline || has('realisasi-anggaran') || has('realisasi') || has('target') || has('indikator') || (has('sasaran') && !outlineBySasaran(columns))) return;
  const pagu = columns.find((c) => c.role === 'anggaran' && !c.half);
  if (!pagu) return;
  const spent = columns.filter(
    (c) =>
      c.col !== pagu.col && !c.half && (c.role === null || c.role === 'nilai') && namesSpent(c) && columnStats(grid, c.col, bodyRows).median >= MONEY_MEDIAN,
  );
  if (spent.length !== 1) return;
  if (spentWithin(grid, bodyRows, pagu, spent[0])) spent[0].role = 'realisasi-anggaran';
}

/** Whether the figures tell a column is what was spent of a pagu: within it on the rows, as spending stays. */
function spentWithin(grid: Grid, bodyRows: number[], pagu: TableColumn, spent: TableColumn): boolean {
  const { agree, judged } = tally(grid, bodyRows, [pagu, spent], ([a, b]) => (a.num <= 0 ? undefined : b.num <= a.num));
  return figuresTell(agree, judged);
}

/** Whether two columns are of one year and period (a column of no year is of any). */
const sameYearAndPeriod = (a: TableColumn, b: TableColumn): boolean => (!a.year || !b.year || a.year === b.year) && a.period === b.period;

/** A row's figure in a column, or in its right half where a PDF converter cut it in two (TableColumn.twin). */
function figureOrTwin(grid: Grid, r: number, c: TableColumn) {
  let f = cellFigure(grid.get(r, c.col));
  if (f.kind !== 'figure' && c.twin !== undefined) f = cellFigure(grid.get(r, c.twin));
  return f.kind === 'figure' ? f : undefined;
}

/**
 * Whether a column holds figures: two at least, no fewer than its words (an indikator measured in words writes "Tercapai"
 * in the capaian), with its cut half (TableColumn.twin).
 */
function figured(grid: Grid, c: TableColumn, bodyRows: number[]): boolean {
  const st = columnStats(grid, c.col, bodyRows);
  let [figures, texts] = [st.figures, st.texts];
  if (c.twin !== undefined) {
    const tw = columnStats(grid, c.twin, bodyRows);
    figures += tw.figures;
    texts += tw.texts;
  }
  return figures >= 2 && figures >= texts;
}

/**
 * Whether a stated share is what was reached of a target as a capaian is, rising or falling: realisasi ÷ target, target ÷
 * realisasi, or (2 × target − realisasi) ÷ target.
 */
function followsAsCapaian(p: Figure, v: Figure, t: Figure): boolean {
  const falling = makeFigure(2 * t.num - v.num, 2 * t.num - v.num, { unit: v.unit, fromText: false, decimals: -1 });
  return ratioCheck(p, v, t).ok || ratioCheck(p, t, v).ok || ratioCheck(p, falling, t).ok;
}

/**
 * Where the header names two of a target, its realisasi and its capaian and the share is a percentage, any row that
 * follows tells the third (a small table may state more wrong capaian than right ones). A share headed by its sign
 * alone ("%", "Persentase", "Prosentase") right of the other two names the capaian ("Tgt | Real. | %").
 */
const namedTwoTell = (named: boolean[], share: TableColumn, agree: number): boolean => {
  const [target, realisasi, capaian] = named;
  const count = [target, realisasi, capaian || isBarePercentHeader(share.header)].filter(Boolean).length;
  return count >= 2 && (share.role === 'capaian' || isPercentHeader(share.header)) && agree > 0;
};

/** A change between two figures, never a capaian: "Pertumbuhan (%)", "Kenaikan/Penurunan", "Selisih", "Deviasi". */
const CHANGE_HEADER = /pertumbuhan|kenaikan|penurunan|selisih|deviasi|perubahan|naik|turun|growth|tren|laju/i;

/**
 * A pengukuran whose target, realisasi or capaian the header names in other words ("Sasaran 2024 | Hasil 2024 | %",
 * "Tgt | Real | Kinerja", "Target | Kondisi Akhir 2024 | Tingkat Capaian"): two columns of figures and one right of
 * them that is, on two rows or more and on at least half the rows judged (shareTells; with the same columns of the other
 * groups under the same words where its own rows say too little), the second's share of the first — as a capaian is,
 * rising or falling (followsAsCapaian) — are the target, the realisasi and the capaian. Only beside an indikator (a list
 * by kecamatan, "Penduduk | Penduduk Miskin | %", is no pengukuran), in a table with no money named, where the three are
 * not all named already and the two are of one year; never for a change between them ("Pertumbuhan (%)"). Where the
 * header names two of them, one row that follows is enough (namedTwoTell).
 */
function performanceByFigures(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  // (a budget's columns are no performance's — but where its kinerja stands beside it, a target or a capaian named, the
  // kinerja's columns are told by their figures all the same: "Indikator | Pencapaian | Target | Capaian Kinerja (%) |
  // Pagu (Rp) | Belanja (Rp)")
  if (!has('indikator') || ((has('anggaran') || has('realisasi-anggaran')) && !has('target') && !has('capaian'))) return;
  // (a figure under "Pencapaian" is what was reached, not a predikat)
  const bases = columns.filter(
    (c) => !c.half && (c.role === null || c.role === 'nilai' || c.role === 'target' || c.role === 'sasaran') && figured(grid, c, bodyRows),
  );
  const reached = columns.filter(
    (c) =>
      !c.half &&
      (c.role === null || c.role === 'nilai' || c.role === 'realisasi' || c.role === 'target' || c.role === 'predikat') &&
      figured(grid, c, bodyRows),
  );
  // (and "Nilai Capaian", read as a scale's interval until its figures say what it is)
  const shares = columns.filter(
    (c) =>
      !c.half &&
      (c.role === null || c.role === 'nilai' || c.role === 'capaian' || c.role === 'interval') &&
      !CHANGE_HEADER.test(c.header) &&
      figured(grid, c, bodyRows),
  );
  if (bases.length === 0 || reached.length === 0 || shares.length === 0) return;
  const named = (c: TableColumn) => c.role === 'target' || c.role === 'realisasi' || c.role === 'capaian';
  const used = new Set<TableColumn>();
  const TRIO_ROLES: [ColumnRole, ColumnRole, ColumnRole] = ['target', 'realisasi', 'capaian'];
  const at = new Map(columns.map((c) => [c.col, c]));
  /** The same three columns of the other groups: as far apart, under the same words and roles, of one group. */
  const alike = (trio: TableColumn[]): TableColumn[][] => {
    const out: TableColumn[][] = [];
    const words = trio.map(leafHeader);
    for (const c of columns) {
      if (c === trio[0] || c.half || leafHeader(c) !== words[0] || sameYearAndPeriod(c, trio[0])) continue;
      const group = trio.map((x) => at.get(c.col + x.col - trio[0].col));
      if (group.some((x, i) => !x || x.half || leafHeader(x) !== words[i] || x.role !== trio[i].role || !sameYearAndPeriod(x, c))) continue;
      out.push(group as TableColumn[]);
    }
    return out;
  };
  /** How many rows of a group's three columns follow as a capaian does, and how many were judged. */
  const follow = (group: TableColumn[]) =>
    tally(grid, bodyRows, group, ([t, v, p]) => {
      if (t.num === 0 || v.num === 0) return undefined;
      const follows = followsAsCapaian(p, v, t);
      // (a row whose realisasi is its target and whose share is 100 says nothing: a count of ones is no capaian)
      return follows && t.num === v.num ? undefined : follows;
    });
  // one triple for each year or period the header groups the columns by ("s.d. TW I | s.d. TW II …")
  for (;;) {
    let best: { target: TableColumn; realisasi: TableColumn; capaian: TableColumn; agree: number } | undefined;
    for (const target of bases) {
      if (used.has(target)) continue;
      for (const realisasi of reached) {
        if (used.has(realisasi) || realisasi === target || !sameYearAndPeriod(target, realisasi)) continue;
        // (what was reached stands right of its target, or left of one its header names: "Pencapaian | Target PK |
        // Tingkat Keberhasilan (%)" — unnamed, either of two columns could be the target of a falling indikator's T ÷ R)
        if (realisasi.col < target.col && target.role !== 'target') continue;
        for (const capaian of shares) {
          if (used.has(capaian) || capaian.col <= Math.max(realisasi.col, target.col) || !sameYearAndPeriod(realisasi, capaian)) continue;
          // (a group whose columns the header names otherwise already: left as it is)
          const trio = [target, realisasi, capaian];
          if (columns.some((c) => !trio.includes(c) && named(c) && sameYearAndPeriod(c, target) && sameYearAndPeriod(c, realisasi))) continue;
          const { agree, judged } = follow(trio);
          // (or with the same columns of the other groups under the same words — "Semester I | Semester II" over "Target |
          // Pencapaian | %" each — which say the same: a group of a few rows that mostly reach their target tells little)
          const together = () => {
            let [a, j] = [agree, judged];
            for (const group of alike(trio)) {
              const n = follow(group);
              a += n.agree;
              j += n.judged;
            }
            return shareTells(a, j);
          };
          const weak = namedTwoTell([target.role === 'target', realisasi.role === 'realisasi', capaian.role === 'capaian'], capaian, agree);
          if (agree > (best?.agree ?? 0) && (shareTells(agree, judged) || weak || together())) best = { target, realisasi, capaian, agree };
        }
      }
    }
    if (!best) break;
    best.target.role = 'target';
    best.realisasi.role = 'realisasi';
    best.capaian.role = 'capaian';
    used.add(best.target).add(best.realisasi).add(best.capaian);
  }
  // the other groups under the same words ("Yang Direncanakan | Pencapaian | %" under each quarter) are alike, however
  // few of their rows tell (a target reached exactly, a share of 100)
  const patterns = new Set<string>();
  for (const c of used)
    if (c.role === 'target') {
      const trio = [...used].filter((x) => sameYearAndPeriod(x, c)).sort((a, b) => a.col - b.col);
      if (trio.length === 3) patterns.add(trio.map(leafHeader).join('|'));
    }
  if (!patterns.size) return;
  for (let i = 0; i + 2 < columns.length; i++) {
    const trio = columns.slice(i, i + 3);
    if (
      trio.some((c, k) => used.has(c) || c.half || (named(c) && c.role !== TRIO_ROLES[k])) ||
      !sameYearAndPeriod(trio[0], trio[1]) ||
      !sameYearAndPeriod(trio[1], trio[2])
    )
      continue;
    if (!patterns.has(trio.map(leafHeader).join('|'))) continue;
    if (!figured(grid, trio[0], bodyRows) || !figured(grid, trio[1], bodyRows) || !figured(grid, trio[2], bodyRows)) continue;
    [trio[0].role, trio[1].role, trio[2].role] = TRIO_ROLES;
    for (const c of trio) used.add(c);
  }
}

/** What a quarter's column may be read as before its figures tell it is the realisasi ("Pencapaian" a predikat's word). */
const PART_ROLES: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>([null, 'nilai', 'predikat', 'realisasi']);

/**
 * A pengukuran by quarter or semester whose realisasi or capaian the header names in other words ("Target 2024 |
 * Pencapaian / TW I … TW IV | Persentase", "Real / TW I … TW IV | Tingkat Keberhasilan (%)"): a column of figures, the
 * periods' figures right of it under one band, and one column of figures right of them that is, on two rows or more and
 * on at least half the rows judged (shareTells), the share of the first reached in the last period or in all of them
 * together (a state is the last quarter's, a count their sum; followsAsCapaian) — the target, the realisasi of each
 * period and the capaian; where the header names two of them, one row that follows is enough (namedTwoTell). Only beside an
 * indikator, in a table with no money named, where the three are not all named already; never for a change
 * ("Pertumbuhan (%)").
 */
function periodicPerformanceByFigures(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  if (!has('indikator') || has('anggaran') || has('realisasi-anggaran')) return;
  const cumulative = (c: TableColumn) => !!c.period && c.period.startsWith('s.d.');
  const shares = columns.filter(
    (c) =>
      !c.half &&
      !c.period &&
      (c.role === null || c.role === 'nilai' || c.role === 'capaian' || c.role === 'interval') &&
      !CHANGE_HEADER.test(c.header) &&
      figured(grid, c, bodyRows),
  );
  for (const share of shares) {
    // the periods nearest left of the share, under one band
    const left = columns.filter((c) => !c.half && c.col < share.col);
    const last = left.filter((c) => c.period && !cumulative(c)).pop();
    if (!last) continue;
    const band = headerBand(last.header);
    const periods = left.filter((c) => c.period && !cumulative(c) && headerBand(c.header) === band && c.year === last.year);
    if (periods.length < 2 || periods.some((c) => !PART_ROLES.has(c.role) || !figured(grid, c, bodyRows))) continue;
    const target = left
      .filter((c) => c.col < periods[0].col && !c.period && (c.role === 'target' || c.role === null || c.role === 'nilai') && figured(grid, c, bodyRows))
      .pop();
    if (!target || (target.year && last.year && target.year !== last.year)) continue;
    if (target.role === 'target' && share.role === 'capaian' && periods.every((c) => c.role === 'realisasi')) continue;
    let agree = 0;
    let judged = 0;
    for (const r of evidenceRows(bodyRows)) {
      const t = figureOrTwin(grid, r, target);
      const p = figureOrTwin(grid, r, share);
      if (!t || !p || t.num === 0) continue;
      let sum = 0;
      let lastFilled: Figure | undefined;
      let unreadable = false;
      for (const c of periods) {
        const f = cellFigure(grid.get(r, c.col));
        if (f.kind === 'empty') continue;
        if (f.kind !== 'figure') {
          unreadable = true;
          break;
        }
        sum += f.num;
        lastFilled = f;
      }
      if (unreadable || !lastFilled) continue;
      const total = makeFigure(sum, sum, { unit: lastFilled.unit, fromText: false, decimals: -1 });
      const follows = [lastFilled, total].some((v) => v.num !== 0 && followsAsCapaian(p, v, t));
      // (a row whose realisasi is its target and whose share is 100 says nothing)
      if (follows && (lastFilled.num === t.num || sum === t.num)) continue;
      judged++;
      if (follows) agree++;
    }
    const weak = namedTwoTell([target.role === 'target', periods.every((c) => c.role === 'realisasi'), share.role === 'capaian'], share, agree);
    if (!shareTells(agree, judged) && !weak) continue;
    target.role = 'target';
    for (const c of periods) c.role = 'realisasi';
    share.role = 'capaian';
    return;
  }
}

/** A gap between two percentages in words: "Selisih (%)", "Gap", "Deviasi". */
const GAP_HEADER = /\b(selisih|gap|deviasi)\b/i;

/**
 * An efisiensi table whose capaian and serapan the header names in other words ("Kinerja | Anggaran | Efisiensi", the
 * anggaran in percent; either first): two columns of percentages left of the efisiensi from which it is worked out —
 * their difference, their ratio or PMK 22/2021's 1 − second ÷ first — on two rows or more and on every row but one (or
 * one in ten) are the capaian and the serapan. Only where the two are not both named already. With no efisiensi named,
 * a gap ("Selisih (%)") right of them beside a capaian or a serapan named is it where it is their difference so.
 */
function efisiensiInputsByFigures(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  if (has('capaian') && has('serapan')) return;
  // (never the gap between the physical progress and the financial, "Deviasi Fisik-Keuangan (%)": no capaian kinerja)
  const physical = (c: TableColumn) => /\bfisik\b/i.test(c.header);
  const gap =
    has('efisiensi') || !(has('capaian') || has('serapan')) || columns.some(physical)
      ? undefined
      : columns.filter((c) => c.role === 'nilai' && GAP_HEADER.test(c.header));
  const efisiensi = columns.find((c) => c.role === 'efisiensi') ?? (gap?.length === 1 ? gap[0] : undefined);
  if (!efisiensi) return;
  const byGap = efisiensi.role !== 'efisiensi';
  const INPUT_ROLES = new Set<ColumnRole | null>([null, 'nilai', 'anggaran', 'realisasi', 'realisasi-anggaran', 'capaian', 'serapan']);
  const inputs = columns.filter((c) => {
    if (c.half || c.col >= efisiensi.col || !INPUT_ROLES.has(c.role)) return false;
    const st = columnStats(grid, c.col, bodyRows);
    return st.figures >= 2 && st.figures > st.texts && st.median <= 300;
  });
  if (inputs.length < 2) return;
  /** Half a unit of the figure's last shown digit. */
  const half = (f: { num: number; decimals: number }) => {
    const d = f.decimals >= 0 ? f.decimals : (String(f.num).split('.')[1] ?? '').length;
    return 0.5 * Math.pow(10, -d);
  };
  /** The efisiensi as capaian − serapan, within the rounding of the three as shown. */
  const difference = ([c, s, e]: Figure[]) => Math.abs(e.num - (c.num - s.num)) <= half(e) + half(c) + half(s) + 1e-9;
  let best: { capaian: TableColumn; serapan: TableColumn; agree: number } | undefined;
  for (const capaian of inputs)
    for (const serapan of inputs) {
      // (either may stand first; a column named the one is never the other)
      if (serapan === capaian || capaian.role === 'serapan' || serapan.role === 'capaian') continue;
      const { agree, judged } = tally(grid, bodyRows, [capaian, serapan, efisiensi], ([c, s, e]) => {
        if (c.num === 0 || s.num === 0) return undefined;
        const ratio = (c.num / s.num) * 100;
        const pmk = (1 - s.num / c.num) * 100;
        // (a gap is the difference only)
        return (
          difference([c, s, e]) ||
          (!byGap &&
            (Math.abs(e.num - ratio) <= half(e) + ratio * (half(c) / c.num + half(s) / s.num) ||
              Math.abs(e.num - pmk) <= half(e) + 100 * (s.num / c.num) * (half(c) / c.num + half(s) / s.num)))
        );
      });
      if (figuresTell(agree, judged) && agree > (best?.agree ?? 0)) best = { capaian, serapan, agree };
    }
  // (a capaian or a serapan named beside one other column of percentages: that one is the other where any row's
  // efisiensi follows from the two — a small table may state more wrong efisiensi than right ones)
  const named = columns.filter((c) => (c.role === 'capaian' || c.role === 'serapan') && c.col < efisiensi.col);
  const others = inputs.filter((c) => c.role !== 'capaian' && c.role !== 'serapan');
  if (!best && named.length === 1 && others.length === 1) {
    const [capaian, serapan] = named[0].role === 'capaian' ? [named[0], others[0]] : [others[0], named[0]];
    const { agree } = tally(grid, bodyRows, [capaian, serapan, efisiensi], ([c, s, e]) => (c.num === 0 || s.num === 0 ? undefined : difference([c, s, e])));
    if (agree > 0) best = { capaian, serapan, agree };
  }
  if (!best) return;
  // (another column already named one of the two: the table says otherwise, left as it is)
  for (const c of columns) if (c !== best.capaian && c !== best.serapan && (c.role === 'capaian' || c.role === 'serapan')) return;
  best.capaian.role = 'capaian';
  best.serapan.role = 'serapan';
  efisiensi.role = 'efisiensi';
}

/** A share written over the realisasi: "Persentase Realisasi", "Prosentase Realisasi (%)", "% Realisasi". */
const SHARE_OF_REALISASI = /^(persentase|prosentase|presentase|persen|%) ?(realisasi|real\.?)\b/;

/** A header of what is left of the pagu, unspent: "Sisa (Anggaran)", "SiLPA", "Tidak/Belum Terserap (Terealisasi)". */
const LEFT_OF_PAGU = /^(sisa|silpa)\b|\b(tidak|belum) (ter|di)?(serap|r?ealisasi)/;

const TEXT_ROLES = new Set<ColumnRole>(['no', 'sasaran', 'indikator', 'satuan', 'uraian', 'predikat', 'keterangan', 'interval', 'polaritas']);

/** What a column's figures are: from its role, its header's units, and the figures themselves. */
function unitOf(grid: Grid, c: TableColumn, bodyRows: number[]): ColumnUnit {
  if (c.role === 'anggaran' || c.role === 'realisasi-anggaran') return 'money';
  if (c.role === 'capaian' || c.role === 'serapan' || c.role === 'efisiensi') return 'percent';
  const h = c.header.toLowerCase();
  // a header that says percent: "%", "(%)", "% Tindak Lanjut", "Persentase …" (never summed on a JUMLAH row)
  if (isPercentHeader(c.header)) return 'percent';
  if (c.role && TEXT_ROLES.has(c.role)) return 'text';
  if (/\((rp|rupiah|idr)\)|\brp\b|\bidr\b/.test(h)) return 'money';
  let rupiah = 0;
  let persen = 0;
  let integers = 0;
  let figures = 0;
  for (const r of bodyRows) {
    const cell = grid.get(r, c.col);
    if (!cell || isBlankValue(cell.value)) continue;
    const f = cellFigure(cell);
    if (f.kind !== 'figure') continue;
    figures++;
    if (f.unit === 'rupiah') rupiah++;
    else if (f.unit === 'persen') persen++;
    if (Number.isInteger(f.num)) integers++;
  }
  if (figures === 0) return c.role && FIGURE_ROLES.has(c.role) ? 'number' : 'text';
  if (rupiah * 2 > figures) return 'money';
  if (persen * 2 > figures) return 'percent';
  return integers === figures ? 'count' : 'number';
}

/** The one measure a caption names ("Tren Capaian Kinerja 2020–2024" → capaian), if it names exactly one. */
const CAPTION_MEASURES: Array<[ColumnRole, RegExp]> = [
  ['capaian', /\bcapaian\b/],
  ['realisasi', /\brealisasi\b/],
  ['target', /\btarget\b/],
];

/**
 * A header row of years alone ("2020 | 2021 | … | 2024", no band over them): what each year holds is the measure the
 * caption names, and a column left of them headed by nothing that names the rows in words is their indikator.
 */
function yearsOfCaption(grid: Grid, columns: TableColumn[], bodyRows: number[], caption: string | undefined): void {
  const years = columns.filter((c) => c.role === null && c.year !== undefined && isYearText(c.header.trim()));
  if (years.length < MIN_YEAR_RUN) return;
  const named = caption ? CAPTION_MEASURES.filter(([, re]) => re.test(norm(caption))) : [];
  if (named.length === 1)
    for (const c of years) {
      c.role = named[0][0];
      c.roleFromCaption = true;
    }
  if (columns.some((c) => c.role === 'indikator' || c.role === 'uraian' || c.role === 'sasaran')) return;
  const label = columns.find((c) => c.col < years[0].col && c.header.trim() === '' && !c.half);
  if (!label) return;
  let texts = 0;
  for (const r of bodyRows) if (cellFigure(grid.get(r, label.col)).kind === 'text') texts++;
  if (texts * 2 > bodyRows.length) label.role = 'indikator';
}

/** The body rows whose target (any target column's) is words, not a figure: an indikator measured in words. */
function qualitativeRows(grid: Grid, columns: TableColumn[], bodyRows: number[]): Set<number> {
  const rows = new Set<number>();
  for (const c of columns) {
    if (c.role !== 'target') continue;
    for (const r of bodyRows) if (cellFigure(grid.get(r, c.col)).kind === 'text') rows.add(r);
  }
  return rows;
}

/** A column's cells in words outside some rows. */
function textsOutside(grid: Grid, col: number, bodyRows: number[], skip: ReadonlySet<number>): number {
  let n = 0;
  for (const r of bodyRows) if (!skip.has(r) && cellFigure(grid.get(r, col)).kind === 'text') n++;
  return n;
}

const statsCache = new WeakMap<number[], Map<number, { figures: number; texts: number; readonly median: number }>>();

function columnStats(grid: Grid, col: number, rows: number[]): { figures: number; texts: number; readonly median: number } {
  let perRows = statsCache.get(rows);
  if (!perRows) {
    perRows = new Map();
    statsCache.set(rows, perRows);
  }
  const known = perRows.get(col);
  if (known) return known;
  let figures = 0;
  let texts = 0;
  // magnitudes in a typed array: its sort is numeric and native (no comparator called per pair)
  const values = new Float64Array(rows.length);
  for (const r of rows) {
    const v = grid.value(r, col);
    if (isBlankValue(v)) continue;
    // (a stored number read without a cell object: most of a large table's cells)
    if (typeof v === 'number') {
      const num = storedNumberNum(v, grid.numFmt(r, col));
      if (num !== undefined) values[figures++] = Math.abs(num);
      continue;
    }
    const p = cellFigure(grid.get(r, col));
    if (p.kind === 'figure') values[figures++] = Math.abs(p.num);
    else if (p.kind === 'text') texts++;
  }
  // (the median sorted for only where it is asked: most columns are settled by their counts)
  let median: number | undefined;
  const stats = {
    figures,
    texts,
    get median(): number {
      median ??= figures ? values.subarray(0, figures).sort()[Math.floor(figures / 2)] : 0;
      return median;
    },
  };
  perRows.set(col, stats);
  return stats;
}

/** A header that says its figures are in rupiah: "Efisiensi (Rp)", "Sisa Anggaran (Rupiah)". */
const RUPIAH_HEADER = /\brp\b|rupiah/i;

/** Roles the header alone cannot settle, decided by the table's other columns and the body's figures. */
export function refineRoles(grid: Grid, columns: TableColumn[], bodyRows: number[], moneyInUnits = false): void {
  // "T | R | %" typed as the whole header (no band above to say so): a T right before an R is the pair, and a C right
  // after them ("T | R | C", "C (%)") their capaian
  for (let i = 0; i + 1 < columns.length; i++) {
    const [a, b] = [columns[i], columns[i + 1]];
    if (a.role === null && b.role === null && b.col === a.col + 1 && /^t\.?$/i.test(a.header.trim()) && /^r\.?$/i.test(b.header.trim())) {
      a.role = 'target';
      b.role = 'realisasi';
      const c = columns[i + 2];
      if (c && c.col === b.col + 1 && (c.role === null || c.role === 'nilai') && /^c\.?( ?\(%\)| ?%)?$/i.test(c.header.trim())) c.role = 'capaian';
    }
  }
  let qualitative: Set<number> | undefined;
  for (const c of columns) {
    if (!c.role || !FIGURE_ROLES.has(c.role)) continue;
    const s = columnStats(grid, c.col, bodyRows);
    if (s.texts > s.figures && s.texts >= 1 && c.role !== 'target') {
      // a realisasi or capaian in words where the target is in words too ("WTP", "BB", "Tepat Waktu"): that indikator
      // is measured in words, and says nothing of what the column holds for the others
      if (c.role === 'realisasi' || c.role === 'capaian') {
        qualitative ??= qualitativeRows(grid, columns, bodyRows);
        if (textsOutside(grid, c.col, bodyRows, qualitative) <= s.figures) continue;
      }
      c.role = c.role === 'anggaran' ? 'uraian' : null;
    } else if (s.figures === 0 && s.texts === 0 && c.role === 'anggaran' && /^rp\.?$/i.test(c.header.trim())) c.role = null;
  }
  // A kind of spending named with its money unit ("Belanja Modal (Rp juta)", "Belanja Pegawai (Rp)") over figures: a
  // column of amounts, never of names
  amountsNotNames(grid, columns, bodyRows, (c) => headerMagnitude(c.header) !== undefined || isRupiahUnitHeader(c.header), 0);
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  // "Pencapaian" over figures beside a target and a realisasi of its own year and period is the capaian, not a scale's
  // words (Gowa's "Nilai % | Pencapaian" holds labels); beside a pagu and its realisasi, the serapan. (Beside last
  // year's realisasi only — "Realisasi 2023 | 2024: Target | Pencapaian | Nilai Capaian" — it may be this year's
  // realisasi: the figures decide, performanceByFigures.)
  const performanceShare = has('target') && has('realisasi') && !has('capaian');
  const budgetShare = has('anggaran') && (has('realisasi-anggaran') || has('realisasi')) && !has('serapan') && !has('target');
  const ofGroup = (c: TableColumn, r: ColumnRole) => columns.some((x) => x.role === r && sameYearAndPeriod(x, c));
  for (const c of columns) {
    if (c.role !== 'predikat' || !/capaian/i.test(c.header)) continue;
    if (performanceShare ? !(ofGroup(c, 'target') && ofGroup(c, 'realisasi')) : !budgetShare) continue;
    const st = columnStats(grid, c.col, bodyRows);
    if (st.figures >= 2 && st.figures > st.texts) c.role = performanceShare ? 'capaian' : 'serapan';
  }
  // "Pencapaian" over amounts of rupiah right of a pagu with no realisasi beside it is what was spent, never a scale's words
  // (left of it too, "Pencapaian | Dana (Rp)", where its amounts stay within the pagu's in most rows, as spending does)
  if (has('anggaran') && !has('realisasi-anggaran') && !has('realisasi')) {
    for (const c of columns) {
      if (c.role !== 'predikat') continue;
      const pagu = columns.find((x) => x.role === 'anggaran' && Math.abs(x.col - c.col) === 1) ?? columns.find((x) => x.role === 'anggaran' && x.col < c.col);
      if (!pagu || (pagu.col > c.col && !spentWithin(grid, bodyRows, pagu, c))) continue;
      const st = columnStats(grid, c.col, bodyRows);
      if (st.figures >= 2 && st.figures > st.texts && st.median >= MONEY_MEDIAN) c.role = 'realisasi-anggaran';
    }
  }
  // "Pencapaian" over the years' figures with no target (a trend: "Pencapaian / 2021 | 2022 | 2023 | 2024") is what was
  // reached each year, the realisasi — never a predikat's words
  if (!has('target') && !has('realisasi') && has('indikator')) {
    for (const c of columns) {
      if (c.role !== 'predikat' || !c.year || !/\bpencapaian\b/.test(norm(c.header))) continue;
      const st = columnStats(grid, c.col, bodyRows);
      if (st.figures >= 2 && st.figures > st.texts) c.role = 'realisasi';
    }
  }
  // "Persentase Realisasi", "% Realisasi" right of a target and a realisasi of its year and period, with no capaian: the
  // realisasi as a share of the target, the capaian (persen-capaian judges it only where its figures follow the two)
  const shareOfRealisasi = (c: TableColumn) => c.role === 'realisasi' && SHARE_OF_REALISASI.test(leafHeader(c));
  for (const c of columns) {
    if (!shareOfRealisasi(c)) continue;
    const same = (x: TableColumn) => x !== c && x.year === c.year && x.period === c.period && x.col < c.col;
    if (
      columns.some((x) => same(x) && x.role === 'realisasi' && !shareOfRealisasi(x)) &&
      columns.some((x) => same(x) && x.role === 'target') &&
      !columns.some((x) => x.role === 'capaian' && x.year === c.year && x.period === c.period)
    )
      c.role = 'capaian';
  }
  // Amounts in rupiah beside a pagu under the name of a share (no share runs to hundreds of thousands): "Serapan (Rp)",
  // "Penyerapan", "Capaian Keuangan (Rp)" are the money spent; "Efisiensi (Rp)", "Efisiensi Anggaran" in a budget table
  // (no capaian kinerja beside it), or one its header says is in rupiah wherever it stands ("Efisiensi (Rp)" beside a
  // capaian kinerja), the money saved, what is left of the pagu — a figure column, not an efisiensi
  if (has('anggaran')) {
    const budgetTable = !has('capaian');
    for (const c of columns) {
      if (isPercentHeader(c.header)) continue;
      const saved = c.role === 'efisiensi' && (budgetTable || RUPIAH_HEADER.test(c.header));
      const spent =
        (c.role === 'serapan' || (c.role === 'capaian' && (/keuangan|anggaran|dana/i.test(c.header) || RUPIAH_HEADER.test(c.header)))) &&
        !columns.some((x) => x.role === 'realisasi-anggaran' && x.year === c.year && x.period === c.period);
      if ((saved || spent) && columnStats(grid, c.col, bodyRows).median >= MONEY_MEDIAN) c.role = saved ? 'nilai' : 'realisasi-anggaran';
    }
  }
  // A service table (SPM: "Jenis Pelayanan Dasar | Jumlah Sasaran | Terlayani | Capaian"): its sasaran is counted, the
  // population to serve — the target its capaian is taken from, not a sasaran strategis in words.
  // Beside a target of its own ("Sasaran Bayi | Diimunisasi | Cakupan (%) | Target (%)"), that count is a figure of the
  // table's, the base its coverage may be worked out from (persen-kolom), still no sasaran in words.
  if (has('capaian') || has('realisasi') || has('target')) {
    const noTarget = !has('target');
    for (const c of columns) {
      if (c.role !== 'sasaran' && !(noTarget && c.role === 'jumlah' && /sasaran/i.test(c.header))) continue;
      const s = columnStats(grid, c.col, bodyRows);
      if (s.figures >= 2 && s.figures > s.texts) {
        c.role = noTarget ? 'target' : 'nilai';
        if (noTarget) break;
      }
    }
  }
  const hasSatuan = has('satuan');
  // Programmes with a Target and a Realisasi in rupiah-sized figures, no indikator, sasaran or satuan: the money of a
  // budget table ("Target | Realisasi | Capaian" of each program's keuangan) — its pagu, realisasi and serapan.
  if (has('uraian') && has('target') && has('realisasi') && !has('anggaran') && !has('indikator') && !has('sasaran') && !hasSatuan) {
    // rupiah-sized, or in the thousands or millions of rupiah the header, the caption or a note says
    const money = (r: ColumnRole) =>
      columns
        .filter((c) => c.role === r)
        .every((c) => moneyInUnits || headerMagnitude(c.header) !== undefined || columnStats(grid, c.col, bodyRows).median >= MONEY_MEDIAN);
    if (money('target') && money('realisasi')) {
      for (const c of columns) {
        if (c.role === 'target') c.role = 'anggaran';
        else if (c.role === 'realisasi') c.role = 'realisasi-anggaran';
        else if (c.role === 'capaian') c.role = 'serapan';
      }
    }
  }
  if (has('anggaran') && !has('realisasi-anggaran')) {
    for (const c of columns) {
      if (c.role !== 'realisasi') continue;
      const s = columnStats(grid, c.col, bodyRows);
      if (!hasSatuan && (s.median >= MONEY_MEDIAN || !has('target'))) c.role = 'realisasi-anggaran';
    }
  }
  // In a table of money only (a pagu and its realisasi, no target, no realisasi of performance, no serapan), the
  // percentage is the serapan: "Capaian (%)" (a "Capaian Kinerja Keuangan" table), "% Realisasi", "Persentase
  // Realisasi" — unless it names the physical progress or the kinerja.
  if (has('anggaran') && has('realisasi-anggaran') && !has('target') && !has('serapan')) {
    const share = (c: TableColumn) =>
      !/kinerja|fisik|output|outcome/i.test(c.header) &&
      (c.role === 'capaian' || ((c.role === 'realisasi' || c.role === 'realisasi-anggaran') && isPercentHeader(c.header)));
    if (!columns.some((c) => c.role === 'realisasi' && !share(c))) for (const c of columns) if (share(c)) c.role = 'serapan';
  }
  // "Target | Pencapaian | Nilai Capaian": a bare "Pencapaian" of figures right of a target, with a column of figures
  // named for the capaian right of it, is what was reached and that column its share — by their words together, however
  // many of the rows are wrong (countedCapaian asks the figures where the words say less)
  if (has('target') && !has('realisasi')) {
    const reached = columns.find(
      (c) =>
        c.role === 'predikat' && norm(c.header) === 'pencapaian' && columns.some((x) => x.role === 'target' && x.col < c.col) && figured(grid, c, bodyRows),
    );
    const share =
      reached &&
      columns.find(
        (c) =>
          c.col > reached.col &&
          (c.role === 'interval' || c.role === 'nilai' || c.role === 'capaian') &&
          /\bcapaian\b/.test(norm(c.header)) &&
          figured(grid, c, bodyRows),
      );
    if (reached && share) {
      reached.role = 'realisasi';
      share.role = 'capaian';
    }
  }
  // "Nilai Capaian" beside a target and a realisasi is the capaian, not a scale's interval; a "Nilai" there holding
  // words or letter grades (AA, BB, Baik) is the predikat
  if (has('target') && has('realisasi')) {
    for (const c of columns) {
      if (c.role !== 'interval') continue;
      if (/capaian/i.test(c.header)) c.role = 'capaian';
      else if (bodyRows.every((r) => isBlankValue(grid.value(r, c.col)) || /^[\p{L}\s+-]+$/u.test(String(grid.value(r, c.col)).trim()))) c.role = 'predikat';
    }
  }
  // "Perangkat Daerah | Nilai | Predikat": a "Nilai" beside the names of what was scored, holding plain figures (no bound
  // or range of a scale, "≥ 91", "76 – 90"), is each one's score, not a scale's interval
  if (has('uraian') || has('indikator') || has('sasaran')) {
    for (const c of columns) {
      if (c.role !== 'interval') continue;
      let figures = 0;
      const scores = bodyRows.every((r) => {
        const cell = grid.get(r, c.col);
        if (!cell || isBlankValue(cell.value)) return true;
        const f = cellFigure(cell);
        if (f.kind !== 'figure' || f.comparator || (typeof cell.value === 'string' && parseInterval(cell.value) !== undefined)) return false;
        figures++;
        return true;
      });
      if (scores && figures >= 2) c.role = 'nilai';
    }
  }
  // "Realisasi Kinerja (%) | Realisasi Anggaran (%) | Efisiensi" with no target: the kinerja achieved in percent of its
  // target is the capaian (a "Realisasi (%)" beside a target is the realisasi of a percentage indikator, and stays one)
  if (!has('target')) {
    for (const c of columns) if (c.role === 'realisasi' && isPercentHeader(c.header) && /\bkinerja\b/i.test(c.header)) c.role = 'capaian';
  }
  // "Target | Capaian | % Capaian": the capaian in words of units is what was achieved, the realisasi
  if (!has('realisasi') && has('target')) {
    const caps = columns.filter((c) => c.role === 'capaian');
    const plain = caps.filter((c) => !isPercentHeader(c.header));
    if (caps.length === 2 && plain.length === 1 && plain[0].col < caps[1].col && plain[0].year === caps[1].year) plain[0].role = 'realisasi';
  }
  // "Belanja Pegawai | Belanja Barang dan Jasa | Belanja Modal | Jumlah": the pagu split by kind of spending, side by side
  // (each a column of money), then their Total — the table's pagu, and the sum of the kinds beside it
  splitBySpending(grid, columns, bodyRows);
  // (kinds of spending with no unit and no Total that names the pagu, "Realisasi Belanja per Jenis Belanja (Rp)": Belanja
  // Pegawai | Belanja Modal | Jumlah over amounts — columns of amounts too, never the code parts a name column may hold)
  amountsNotNames(grid, columns, bodyRows, (c) => SPENDING_KIND.test(norm(c.header)), MIN_AMOUNT_MEDIAN);
  // "Realisasi | TW I … TW IV | Total": the band's Total is its figure for the whole year — the band's role (without a
  // period), and the sum of the period columns beside it
  for (const c of columns) {
    // (or the band's whole year beside its periods: "Realisasi / Semester I | Semester II | Tahunan")
    if (c.half || !c.header.includes(' / ')) continue;
    const leaf = c.header.slice(c.header.lastIndexOf(' / ') + 3);
    if (!(c.role === 'jumlah' && isRowSumHeader(leaf)) && !(c.role !== 'jumlah' && isWholeYearHeader(leaf))) continue;
    let parts = periodsInBand(columns, c);
    // (or "Anggaran | Belanja Operasi … Jumlah": the kinds of spending the band is split into, all of its role)
    if (parts.length === 0 && c.role === 'jumlah') {
      const band = c.header.slice(0, c.header.lastIndexOf(' / ') + 3);
      const siblings = columns.filter((x) => x !== c && !x.half && x.header.startsWith(band) && !x.header.slice(band.length).includes(' / '));
      if (siblings.length >= 2 && siblings.every((x) => x.role === siblings[0].role)) {
        parts = siblings;
        for (const x of parts) x.partOf = c.col;
      }
    }
    const role = parts[0]?.role;
    if (parts.length >= 2 && role && FIGURE_ROLES.has(role) && role !== 'jumlah' && parts.every((x) => x.role === role)) {
      c.role = role;
      c.bandTotal = true;
    } else for (const x of parts) delete x.partOf;
  }
  periodTotals(grid, columns, bodyRows);
  cumulativeBesidePeriods(columns);
  runningTotals(columns);
  yearAfterPeriods(columns);
  soFarTotals(columns);
  // "Capaian Sasaran" / "Rata-rata Capaian" right of the indikator's own capaian: the sasaran's, the mean of theirs
  const caps = columns.filter((c) => c.role === 'capaian');
  for (const c of caps) if (isPerSasaranHeader(c.header) && caps.some((x) => x.col < c.col && !isPerSasaranHeader(x.header))) c.perSasaran = true;
  // A column whose every entry names the way an indikator should go ("Maximize | Minimize", "Maksimal | Minimal",
  // "Positif | Negatif", "↑ | ↓") states the rows' polarity, whatever its header calls it ("Jenis Indikator", "Tipe",
  // "Sifat Capaian"); words that may say where the figures went ("Naik", "Menurun") need a header that says so
  if (has('capaian') || (has('target') && has('realisasi')))
    for (const c of columns) {
      if (c.half || (c.role !== null && c.role !== 'indikator' && c.role !== 'keterangan')) continue;
      if (c.role === 'indikator' && !columns.some((x) => x !== c && x.role === 'indikator')) continue;
      if (polarityEntries(grid, c.col, bodyRows)) c.role = 'polaritas';
    }
  // A bare "%" column: serapan after budget figures, capaian after performance figures.
  for (const c of columns) {
    if (c.role !== null || c.half || !isBarePercentHeader(c.header)) continue;
    // the nearest named figure to the left decides (a "Sisa (Rp)" or other unnamed column in between does not)
    const leftRoles = columns
      .filter((x) => x.col < c.col && x.role && x.role !== 'nilai' && x.role !== 'satuan' && x.role !== 'keterangan' && x.role !== 'polaritas')
      .map((x) => x.role);
    const nearest = leftRoles[leftRoles.length - 1];
    if (nearest === 'realisasi-anggaran' || nearest === 'anggaran') c.role = 'serapan';
    else if (nearest === 'realisasi' || nearest === 'target') c.role = 'capaian';
  }
  // "Capaian Kinerja (%) | Capaian Anggaran (%) | Selisih (%)": the gap between the two percentages is the efisiensi
  // (a gap of amounts — a pagu and its realisasi, "Selisih (Rp)" — is not)
  if (has('capaian') && has('serapan') && !has('efisiensi')) {
    const gap = columns.filter((c) => c.role === 'nilai' && GAP_HEADER.test(c.header));
    const pct = gap.filter((c) => isPercentHeader(c.header) || (!has('anggaran') && !has('realisasi-anggaran') && !RUPIAH_HEADER.test(c.header)));
    const lastInput = columns.reduce((m, c) => (c.role === 'capaian' || c.role === 'serapan' ? Math.max(m, c.col) : m), 0);
    if (pct.length === 1 && pct[0].col > lastInput) pct[0].role = 'efisiensi';
  }
  // A code split over columns, as SIPD exports it ("Urusan | Bidang | Program | Kegiatan | Sub Kegiatan | Uraian":
  // 1 | 02 | 01 | 2.01 | 0001): each column holds a part of the row's code, never a figure or a name.
  markCodeColumns(grid, columns, bodyRows);
  // A column of years under "Tahun" (a trend table, one row per year): the rows' names, never a figure to add up.
  for (const c of columns) if (c.role === null && isYearColumnHeader(c.header) && holdsYears(grid, c.col, bodyRows)) c.role = 'uraian';
  // A figure column the header leaves unnamed (a value column after "Rp") is still summed.
  unheadedNumbering(grid, columns, bodyRows);
  unitBesideName(grid, columns, bodyRows);
  for (const c of columns) if (c.role === null && !c.half && figureColumn(grid, c.col, bodyRows)) c.role = 'nilai';
}

/** A row's number as a numbering column writes it: 1, "1.", "1)", "(1)". */
const NUMBERING_TEXT = /^\(?(\d{1,3})[.)]?$/;

/**
 * The table's first column left without a header, holding 1, 2, 3 … down its rows (as numbers or "1.", "2."): the
 * numbering, as if headed "No" — never a column of figures.
 */
function unheadedNumbering(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  const first = columns[0];
  if (!first || first.role !== null || first.header.trim() !== '') return;
  let previous = 0;
  let numbers = 0;
  for (const r of bodyRows) {
    const v = grid.value(r, first.col);
    if (v === null || v === '') continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(NUMBERING_TEXT.exec(v.trim())?.[1] ?? NaN) : NaN;
    // each number one more than the one before (a numbering may start again under a new sasaran)
    if (!(n === previous + 1 || (n === 1 && previous > 0))) return;
    previous = n;
    numbers++;
  }
  if (numbers >= 2) first.role = 'no';
}

/** A unit as a Satuan column writes it: "%", "orang", "nilai", "Dokumen", "m2" — a short word or a sign, no figure. */
const UNIT_TEXT = /^(%|‰|[\p{L}][\p{L}\d./ ]{0,19})$/u;

/**
 * One header merged over two columns ("Indikator Kinerja" over the name and its unit, "Target" over the figure and
 * its unit, as the PK form of PermenPANRB 53/2014 is often typed): the right one, whose every filled cell is a unit
 * word, is the satuan.
 */
function unitBesideName(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  for (let i = 0; i + 1 < columns.length; i++) {
    const [name, unit] = [columns[i], columns[i + 1]];
    if (unit.col !== name.col + 1 || unit.header !== name.header || !unit.header.trim() || name.role !== unit.role) continue;
    const figures = name.role === 'target' || name.role === 'realisasi';
    if (name.role !== 'indikator' && name.role !== 'uraian' && !figures) continue;
    // (a name and its unit under one header merged over both; a figure and its unit are told by the figures)
    if (!figures) {
      const m = grid.mergeAt(bodyRows[0] - 1, name.col);
      if (!m || m.right < unit.col) continue;
    }
    let units = 0;
    /** The rows whose left cell is what such a unit goes with: a long name, or a figure. */
    let named = 0;
    // (beside a name, units repeat or are mostly words the vocabulary knows: all different and mostly unknown, "Gedung",
    // "Perangkat Daerah", they are the rest of names cut in two, as a PDF's conversion cuts a column)
    const seen = new Set<string>();
    let repeated = false;
    let known = 0;
    for (const r of bodyRows) {
      const u = grid.value(r, unit.col);
      if (u !== null && u !== '') {
        if (typeof u !== 'string' || !UNIT_TEXT.test(u.trim())) {
          units = -1;
          break;
        }
        units++;
        const key = norm(u);
        repeated ||= seen.has(key);
        seen.add(key);
        if (isUnitWords(u)) known++;
      }
      const n = grid.get(r, name.col);
      if (figures ? cellFigure(n).kind === 'figure' : typeof n?.value === 'string' && n.value.trim().length > 20) named++;
    }
    if (units >= 2 && named >= units / 2 && (figures || repeated || known >= units / 2)) unit.role = 'satuan';
  }
}

/** Whether a column below its header holds figures, not words (enough of them, far more than words). */
function figureColumn(grid: Grid, col: number, bodyRows: number[]): boolean {
  const s = columnStats(grid, col, bodyRows);
  return s.figures >= FIGURE_COLUMN_MIN_FIGURES && s.figures > s.texts * FIGURE_COLUMN_FIGURES_PER_WORD;
}

/** Whether every filled cell of a column below its header is a year (1900–2100), and at least two are. */
function holdsYears(grid: Grid, col: number, bodyRows: number[]): boolean {
  let years = 0;
  for (const r of bodyRows) {
    const v = grid.value(r, col);
    if (v === null || v === undefined || v === '') continue;
    const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
    if (!isYearText(text)) return false;
    years++;
  }
  return years >= 2;
}

/** The measures a total over periods may name for periods headed by their period alone: money, and counts of a target or realisasi. */
const SUMMED_OVER_PERIODS: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['anggaran', 'realisasi-anggaran', 'target', 'realisasi']);

/**
 * "Realisasi Semester I | Realisasi Semester II | Jumlah Realisasi", "TW I … TW IV | Jumlah": periods of one measure side
 * by side with no band over them, then the column that totals them — its header a sum ("Jumlah …", "Total …") naming no
 * period. That column is the measure for the whole year (its role, without a period), and the sum of the periods
 * beside it. Periods counted up to a date ("s.d. TW III") are no parts of a sum.
 */
function periodTotals(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  for (let j = 2; j < columns.length; j++) {
    const total = columns[j];
    if (total.period || total.bandTotal || total.header.includes(' / ')) continue;
    if (!/^(jumlah|total)\b/.test(norm(total.header)) && !isWholeYearHeader(total.header, false)) continue;
    const parts: TableColumn[] = [];
    for (let i = j - 1; i >= 0 && columns[i].col === total.col - (j - i); i--) {
      const c = columns[i];
      if (!c.period || c.period.startsWith('s.d.') || c.header.includes(' / ') || c.partOf !== undefined || c.cumulative) break;
      if (parts.length && c.role !== parts[0].role) break;
      parts.unshift(c);
    }
    let role = parts[0]?.role;
    // periods named by nothing but their period ("Pagu | TW I … TW IV | Jumlah Realisasi") are the periods of the
    // measure their total names, when it is one that adds up over a year (and they hold figures)
    if (
      (role === null || role === 'nilai') &&
      total.role &&
      SUMMED_OVER_PERIODS.has(total.role) &&
      parts.length >= 2 &&
      parts.every((p) => figureColumn(grid, p.col, bodyRows))
    ) {
      role = total.role;
      for (const p of parts) p.role = role;
    }
    if (parts.length < 2 || !role || !FIGURE_ROLES.has(role) || role === 'jumlah' || new Set(parts.map((p) => p.period)).size !== parts.length) continue;
    // the total is of the periods' measure: "Jumlah Realisasi" already says so, a bare "Jumlah" takes it from them
    if (total.role !== role && !(total.role === 'jumlah' && isRowSumHeader(total.header))) continue;
    for (const p of parts) p.partOf = total.col;
    total.role = role;
    total.bandTotal = true;
  }
}

/** How many periods of each kind make a year. */

/**
 * "Realisasi / TW I … TW IV | s.d. TW IV": a figure counted up to a period, right after that band's periods from the
 * first to that one, is their running sum — of money, which adds up over the year (an indikator's figure up to a date is
 * its own, not a sum). Up to the year's last period it is the year's figure (its period dropped).
 */
function runningTotals(columns: TableColumn[]): void {
  for (const c of columns) {
    if (!c.period?.startsWith('s.d. ') || c.bandTotal || c.half) continue;
    if (c.role !== 'anggaran' && c.role !== 'realisasi-anggaran') continue;
    const parts = periodsInBand(columns, c).filter((x) => x.role === c.role && !x.period?.startsWith('s.d.'));
    if (runsUpTo(c, parts)) markRunningTotal(c, parts);
  }
}

/** A money column counted up to a period as the running sum of its parts; up to the year's last, the year's figure. */
function markRunningTotal(c: TableColumn, parts: TableColumn[]): void {
  for (const x of parts) x.partOf = c.col;
  c.bandTotal = true;
  const [kind, n] = (c.period ?? '').slice(5).split(' ');
  if (PERIODS_IN_YEAR[kind] === Number(n)) delete c.period;
}

/**
 * "Realisasi Triwulan / TW I … TW IV | s.d. TW IV | Capaian": a column headed by nothing but the period it counts up to
 * ("s.d. TW IV", "s/d Semester II", "s.d. Desember"), in a header cell of its own beside the band, is a figure of the
 * measure whose periods stand just left of it, the first up to that one — the realisasi up to that period (of money,
 * their running sum: runningTotals).
 */
function cumulativeBesidePeriods(columns: TableColumn[]): void {
  for (const [i, c] of columns.entries()) {
    if (c.role !== null || c.half || !c.period?.startsWith('s.d. ') || !isPeriodHeader(c.header)) continue;
    // the period columns just left of it, all of one measure (the nearest one's)
    const parts: TableColumn[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const x = columns[k];
      if (x.half) continue;
      const periodOfMeasure = !!x.period && !x.period.startsWith('s.d.') && !!x.role && FIGURE_ROLES.has(x.role);
      if (!periodOfMeasure || (parts.length > 0 && x.role !== parts[0].role)) break;
      parts.unshift(x);
    }
    if (!runsUpTo(c, parts)) continue;
    c.role = parts[0].role;
    if (c.role === 'anggaran' || c.role === 'realisasi-anggaran') markRunningTotal(c, parts);
  }
}

/**
 * The monthly LRA as SIPD prints it: "Realisasi s.d. Bulan Lalu | Realisasi Bulan Ini | Realisasi s.d. Bulan Ini" (or by
 * triwulan). What was spent up to the last period and in this one make what is spent up to now: that column is the sum
 * of the two, and the figure the table reports (the year's, in December's report); the other two are its parts. Money
 * only — it adds up over the year.
 */
function soFarTotals(columns: TableColumn[]): void {
  const money = (c: TableColumn) => c.role === 'anggaran' || c.role === 'realisasi-anggaran';
  for (const total of columns) {
    if (!money(total) || total.bandTotal || total.partOf !== undefined || soFarPart(total.header) !== 'upToNow') continue;
    const band = headerBand(total.header);
    const sibling = (part: 'before' | 'now') =>
      columns.filter(
        (c) =>
          c !== total &&
          c.role === total.role &&
          !c.half &&
          !c.bandTotal &&
          c.partOf === undefined &&
          headerBand(c.header) === band &&
          soFarPart(c.header) === part,
      );
    const before = sibling('before');
    const now = sibling('now');
    // one of each, the three side by side (in whatever order the office prints them)
    if (before.length !== 1 || now.length !== 1) continue;
    const cols = [before[0].col, now[0].col, total.col].sort((a, b) => a - b);
    if (cols[2] - cols[0] !== 2) continue;
    before[0].partOf = total.col;
    now[0].partOf = total.col;
    total.bandTotal = true;
  }
}

/**
 * Permendagri 86's evaluation of the Renja: "Realisasi Kinerja pada Triwulan / I … IV / K | Rp", then the year's in a
 * band of its own right after ("Realisasi Capaian Kinerja dan Anggaran … / K | Rp"). Money realised quarter by quarter
 * adds up to the year's: the year's money column is the sum of every quarter's (each once, none cumulative). The
 * performance beside it is left alone (a count may be written cumulatively, a percentage is its last quarter's).
 */
function yearAfterPeriods(columns: TableColumn[]): void {
  for (let j = 2; j < columns.length; j++) {
    const total = columns[j];
    if (total.period || total.bandTotal || total.partOf !== undefined) continue;
    if (total.role !== 'anggaran' && total.role !== 'realisasi-anggaran') continue;
    // the year's other side right before it (its "K"), then the run of period columns
    let i = j - 1;
    for (let skipped = 0; i >= 0 && !columns[i].period && columns[i].role !== total.role && skipped < 2; skipped++) i--;
    const parts: TableColumn[] = [];
    for (; i >= 0 && columns[i].period && !columns[i].period!.startsWith('s.d.'); i--) {
      const c = columns[i];
      if (c.role !== total.role) continue;
      if (c.partOf !== undefined || c.cumulative || c.half) break;
      parts.unshift(c);
    }
    // every period of the year, once each
    const run = periodRun(parts);
    if (!run || PERIODS_IN_YEAR[run.kind] !== run.count) continue;
    for (const c of parts) c.partOf = total.col;
    total.bandTotal = true;
  }
}

const SPENDING_KIND = /^belanja\b/;

/** Name columns (uraian) a test picks that hold figures, their median at least `minMedian`: columns of amounts. */
function amountsNotNames(grid: Grid, columns: TableColumn[], bodyRows: number[], picked: (c: TableColumn) => boolean, minMedian: number): void {
  for (const c of columns) {
    if (c.role !== 'uraian' || !picked(c)) continue;
    const st = columnStats(grid, c.col, bodyRows);
    if (st.figures >= 2 && st.figures > st.texts && st.median >= minMedian) c.role = 'nilai';
  }
}

function splitBySpending(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  for (let i = 0; i < columns.length; i++) {
    let j = i;
    const kindOf = (c: TableColumn | undefined) => !!c && c.role === 'uraian' && !c.header.includes(' / ') && SPENDING_KIND.test(norm(c.header));
    while (kindOf(columns[j]) && columns[j].col === columns[i].col + (j - i)) j++;
    const kinds = columns.slice(i, j);
    const total = columns[j];
    if (kinds.length < 2 || !total || total.col !== kinds[kinds.length - 1].col + 1 || total.header.includes(' / ')) continue;
    // the Total that names the pagu: "Jumlah Anggaran", "Total Pagu" (a bare "Jumlah" may total a realisasi as well: it
    // stays a row sum, checked as one, and names no pagu)
    if (total.role !== 'anggaran' || !/^(jumlah|total)\b/.test(norm(total.header))) continue;
    if (
      !kinds.every((k) => {
        const st = columnStats(grid, k.col, bodyRows);
        return st.figures > st.texts;
      })
    )
      continue;
    for (const k of kinds) {
      k.role = 'anggaran';
      k.partOf = total.col;
    }
    total.role = 'anggaran';
    total.bandTotal = true;
    i = j;
  }
}

/** A part of a code: "1", "02", "2.01", "0001", "4.1.01" (as text or a stored whole number). */
function codePart(v: CellValue): 'code' | 'marked' | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < 10000 ? 'code' : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (!CODE_CELL.test(t)) return undefined;
  // a leading zero, an X (Kepmendagri 050's X.XX) or a dot between short parts says code: no figure is typed "02", and
  // "2.01" groups no thousands
  return t.charCodeAt(0) === 48 || /[Xx]/.test(t) || /\.\d{1,2}(\.|$)|\.\d{4}/.test(t) ? 'marked' : 'code';
}
const CODE_CELL = new RegExp(`^${CODE_PART}(?:\\.${CODE_PART})*\\.?$`);

/**
 * Columns of codes, left of the names they number: every filled cell a code part, and in each run of such columns at
 * least one unmistakable code (a leading zero, a dotted part that is no thousands group) — so the Urusan column's plain
 * 1 beside Bidang's 02 is a code too. Each becomes a numbering column ('no'), whatever its header says ("Program" over
 * 01, 02 is the programme's code, not its name).
 */
function markCodeColumns(grid: Grid, columns: TableColumn[], bodyRows: number[]): void {
  const names = columns.filter((c) => c.role === 'uraian' || c.role === 'indikator');
  const kind = (c: TableColumn): 'code' | 'marked' | undefined => {
    if (c.role !== null && c.role !== 'uraian' && c.role !== 'no') return undefined;
    if (!names.some((n) => n.col > c.col)) return undefined;
    let filled = 0;
    let marked = false;
    for (const r of bodyRows) {
      const v = grid.value(r, c.col);
      if (isBlankValue(v)) continue;
      const part = codePart(v ?? null);
      // a numbering column stays one whatever it holds: read only until it shows a code
      if (!part) {
        if (c.role === 'no') continue;
        return undefined;
      }
      filled++;
      if (part === 'marked') {
        marked = true;
        if (c.role === 'no') break;
      }
    }
    return filled === 0 ? undefined : marked ? 'marked' : 'code';
  };
  // (the empty halves of columns two cells wide stand between the parts, not apart from them)
  const real = columns.filter((c) => !c.half);
  const kinds = real.map(kind);
  for (let i = 0; i < real.length;) {
    if (!kinds[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < real.length && kinds[j + 1] && sideBySide(columns, real[j].col, real[j + 1].col)) j++;
    const run = real.slice(i, j + 1);
    // the names it numbers: a column further right with words in it
    const named = names.some(
      (n) => n.col > real[j].col && bodyRows.some((r) => !isBlankValue(grid.value(r, n.col)) && !codePart(grid.value(r, n.col) ?? null)),
    );
    if (named && kinds.slice(i, j + 1).includes('marked')) for (const c of run) c.role = 'no';
    i = j + 1;
  }
}

/**
 * An entry that can only name an indikator's polarity: the optimisation's word ("Maximize", "Minimal", "Maks."), its
 * sign word ("Positif", "Negatif (-)"), a sign in brackets or an arrow, or the rule in words ("semakin kecil semakin
 * baik"). Never "Naik" or "Turun" alone, which may say where the figures went.
 */
const POLARITY_ENTRY =
  /^(\(?[+-]\)?\s*)?(maximi[sz]e|minimi[sz]e|maksimal(isasi)?|minimal(isasi)?|maksimum|minimum|maximum|maks|max|min|positif|negatif|positive|negative|\([+-]\)|[↑↓⬆⬇▲▼⇧⇩]|(semakin|makin) (tinggi|besar|banyak|rendah|kecil|sedikit) (semakin|makin) baik|(higher|lower) is better)\.?(\s*\(?[+-]\)?)?$/;

/** Whether a column's entries (two at least, blanks and dashes aside) all name a polarity (POLARITY_ENTRY). */
function polarityEntries(grid: Grid, col: number, bodyRows: number[]): boolean {
  let named = 0;
  for (const r of bodyRows) {
    const v = grid.value(r, col);
    if (isBlankValue(v)) continue;
    if (typeof v !== 'string') return false;
    const t = norm(v);
    if (t === '' || t === '-') continue;
    if (!POLARITY_ENTRY.test(t)) return false;
    named++;
  }
  return named >= 2;
}
