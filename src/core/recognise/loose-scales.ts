/**
 * Scales written without a table header (the scale stage's other layouts):
 * - bands as columns: a row of intervals with the row of their names below or above it
 *   ("Interval Nilai | ≥ 91 | 76 - 90 | … " over "Kriteria | Sangat Tinggi | Tinggi | …"), a third row of aliases
 *   (a letter grade and its words) joining the names;
 * - bands as lines of one column: "≥ 91 : Sangat Tinggi", "76 ≤ x < 91 = Tinggi", "Sangat Rendah : ≤ 50".
 * Each is a skala-penilaian table of its own, read like any other: the office's scale decides its predikat.
 */
import { Cell, Grid } from '../snapshot';
import { parseInterval } from '../scale';
import { Band, Table, TableColumn } from '../types';
import { textOf } from './cells';
import { insideAny, rowInsideTables } from './extent';
import { isLabelText, MAX_ALIAS_CHARS, validBands } from './bands';
import { MIN_LOOSE_SCALE_BANDS } from './thresholds';
import { isRatingLabel, norm } from '../vocabulary';

/**
 * Bands that do not overlap (touching bounds allowed): a scale's, not a list of periods or target ranges that happen
 * to be written as intervals ("Periode Renstra : 2021 - 2026", "Tahun : 2023 - 2024").
 */
function disjoint(bands: Band[]): boolean {
  const sorted = [...bands].sort((a, b) => (a.lower ?? -Infinity) - (b.lower ?? -Infinity));
  for (let i = 1; i < sorted.length; i++) if ((sorted[i - 1].upper ?? Infinity) > (sorted[i].lower ?? -Infinity)) return false;
  return true;
}

/** Cheap test before parsing: short text with a digit and a sign or word of comparison. */
function mayBeInterval(t: string): boolean {
  if (t.length === 0 || t.length > 40 || !/\d/.test(t)) return false;
  return /[≥≤<>\-–—]|s[./]?\s?d|sampai|hingga|atas|bawah|lebih|kurang/i.test(t);
}

function intervalOf(c: Cell): Omit<Band, 'label'> | undefined {
  if (typeof c.value !== 'string') return undefined;
  const t = textOf(c);
  return mayBeInterval(t) ? parseInterval(t) : undefined;
}

/** Scales laid out across a row or down one column, outside the tables already found. */
export function looseScales(grid: Grid, tables: Table[]): Table[] {
  const out: Table[] = [];
  const taken = () => [...tables, ...out];
  for (const r of grid.rowNumbers) {
    if (out.some((t) => r >= t.range.top && r <= t.range.bottom) || rowInsideTables(grid, tables, r)) continue;
    const count = grid.filledCount(r).filled;
    if (count === 2 || count === 3) {
      const t = bandsBeside(grid, r, grid.filledInRow(r), taken());
      if (t) out.push(t);
      continue;
    }
    if (count !== 1 && count <= MIN_LOOSE_SCALE_BANDS) continue;
    const filled = grid.filledInRow(r);
    if (filled.length > MIN_LOOSE_SCALE_BANDS) {
      const t = bandsAcross(grid, r, filled, taken());
      if (t) {
        out.push(t);
        continue;
      }
    }
    if (filled.length === 1) {
      const t = bandsDown(grid, r, filled[0], taken());
      if (t) out.push(t);
    }
  }
  return out;
}

/** A row of intervals and, in the row below (else above), their names. */
function bandsAcross(grid: Grid, r: number, filled: Cell[], others: Table[]): Table | undefined {
  const intervals = new Map<number, Omit<Band, 'label'>>();
  for (const c of filled) {
    if (insideAny(others, r, c.col)) continue;
    const iv = intervalOf(c);
    if (iv) intervals.set(c.col, iv);
  }
  if (intervals.size < MIN_LOOSE_SCALE_BANDS) return undefined;
  const cols = [...intervals.keys()];
  const namesIn = (row: number) =>
    row >= 1 && !insideAny(others, row, cols[0]) && cols.filter((col) => isLabelText(textOf(grid.get(row, col)))).length >= Math.ceil(cols.length * 0.8);
  // the names in the row below or above; a letter grade and its words in two rows (above and below the intervals, or
  // one after the other) are both the band's name, the grade first
  let nameRows = [r - 1, r + 1].filter(namesIn);
  if (nameRows.length === 1) {
    const further = nameRows[0] > r ? nameRows[0] + 1 : nameRows[0] - 1;
    if (namesIn(further)) nameRows = [nameRows[0], further].sort((a, b) => a - b);
  }
  if (nameRows.length === 0) return undefined;
  const short = (row: number) => cols.every((col) => textOf(grid.get(row, col)).length <= MAX_ALIAS_CHARS);
  if (nameRows.length === 2 && !short(nameRows[0]) && !short(nameRows[1])) nameRows = [nameRows.includes(r + 1) ? r + 1 : nameRows[0]];
  const bands: Band[] = [];
  for (const col of cols) {
    const names = nameRows.map((row) => textOf(grid.get(row, col))).filter(isLabelText);
    if (names.length === 0) continue;
    bands.push({ ...(intervals.get(col) as Omit<Band, 'label'>), label: names.join('/') });
  }
  if (!validBands(bands) || !disjoint(bands)) return undefined;
  const rowsUsed = [r, ...nameRows];
  const top = Math.min(...rowsUsed);
  const bottom = Math.max(...rowsUsed);
  // the titles left of the bands ("Interval Nilai", "Kriteria") belong to it
  let left = cols[0];
  while (left > 1 && rowsUsed.some((row) => textOf(grid.get(row, left - 1)) !== '') && !insideAny(others, r, left - 1)) left--;
  const right = cols[cols.length - 1];
  const columns: TableColumn[] = [];
  for (let col = left; col <= right; col++) {
    columns.push({ col, role: intervals.has(col) ? 'interval' : null, header: textOf(grid.get(r, col)) });
  }
  return { sheet: grid.name, range: { top, left, bottom, right }, kind: 'skala-penilaian', headerRows: 1, columns, rows: [], bands };
}

/**
 * Bands down two columns side by side, an interval beside its name on each of three rows or more ("≥ 110 | Sangat
 * Berhasil", "100 s.d. < 110 | Berhasil", …), under a header the finder did not take for one ("Prosentase | Kriteria",
 * "Hasil | Keterangan"), most of the names a rating's (isRatingLabel): the row above, where it holds words over both
 * columns and no interval, is the scale's header.
 */
function bandsBeside(grid: Grid, r: number, filled: Cell[], others: Table[]): Table | undefined {
  const pairAt = (row: number, ivCol: number, nameCol: number): Band | undefined => {
    const cells = grid.filledInRow(row);
    if (cells.length < 2 || cells.length > 3 || cells.some((c) => insideAny(others, row, c.col))) return undefined;
    const ivCell = grid.get(row, ivCol);
    const iv = ivCell ? intervalOf(ivCell) : undefined;
    const name = textOf(grid.get(row, nameCol));
    // (a third cell is the band's number or letter, never another interval)
    if (!iv || !isLabelText(name) || cells.some((c) => c.col !== ivCol && c.col !== nameCol && intervalOf(c))) return undefined;
    return { ...iv, label: name };
  };
  for (const cell of filled) {
    if (!intervalOf(cell)) continue;
    for (const nameCol of [cell.col + 1, cell.col - 1]) {
      const bands: Band[] = [];
      let row = r;
      for (let band = pairAt(row, cell.col, nameCol); band; band = pairAt(++row, cell.col, nameCol)) bands.push(band);
      if (!looseScale(bands)) continue;
      // (named as ratings are, most of them: "0 - 5 tahun | Balita" lists ages)
      if (bands.filter((b) => isRatingLabel(norm(b.label))).length * 2 < bands.length + 1) continue;
      let [left, right] = [Math.min(cell.col, nameCol), Math.max(cell.col, nameCol)];
      // (a column of the bands' numbers or letters beside them, filled on every band's row, is the scale's: "No")
      const filledOnEvery = (col: number) => {
        for (let k = r; k < row; k++) if (textOf(grid.get(k, col)) === '') return false;
        return true;
      };
      if (left > 1 && filledOnEvery(left - 1)) left--;
      else if (filledOnEvery(right + 1)) right++;
      const above = [textOf(grid.get(r - 1, cell.col)), textOf(grid.get(r - 1, nameCol))];
      const header =
        r > 1 &&
        above.every((t) => /[A-Za-z]/.test(t) && !(mayBeInterval(t) && parseInterval(t))) &&
        !insideAny(others, r - 1, left) &&
        !rowInsideTables(grid, others, r - 1);
      const columns: TableColumn[] = [];
      for (let col = left; col <= right; col++)
        columns.push({
          col,
          role: col === cell.col ? 'interval' : col === nameCol ? 'predikat' : null,
          header: header ? textOf(grid.get(r - 1, col)) : '',
        });
      return {
        sheet: grid.name,
        range: { top: header ? r - 1 : r, left, bottom: row - 1, right },
        kind: 'skala-penilaian',
        headerRows: header ? 1 : 0,
        columns,
        rows: [],
        bands,
      };
    }
  }
  return undefined;
}

/** "interval : name" or "name : interval" (":" or "="), one band per line, three lines or more in one column. */
function bandOfLine(c: Cell | undefined): Band | undefined {
  if (!c || typeof c.value !== 'string') return undefined;
  return bandOfText(textOf(c));
}

/** One band written as text: "interval : name", "name = interval", or "name (interval)". */
function bandOfText(t: string): Band | undefined {
  if (t.length > 80) return undefined;
  // (the "=" of a ">=" or "<=" is the interval's own)
  const m = /^(.+?)\s*(?::|(?<![<>≤≥!])=(?!=))\s*(.+)$/.exec(t) ?? /^(.+?)\s*\(([^()]*\d[^()]*)\)$/.exec(t);
  if (!m) return bandBesideName(t);
  for (const [a, b] of [
    [m[1], m[2]],
    [m[2], m[1]],
  ]) {
    const iv = mayBeInterval(a) ? parseInterval(a) : undefined;
    if (iv && isLabelText(b)) return { ...iv, label: b };
  }
  return undefined;
}

/**
 * A band and its name side by side with nothing between them: "≥ 100 Sangat Baik", "90 - < 100 Baik", "Kurang < 75":
 * the longest run of words at one end that reads as an interval, the rest a band's name.
 */
function bandBesideName(t: string): Band | undefined {
  const words = t.split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    for (const [a, b] of [
      [words.slice(0, k).join(' '), words.slice(k).join(' ')],
      [words.slice(words.length - k).join(' '), words.slice(0, words.length - k).join(' ')],
    ]) {
      // (the name starts with its letters: "x ≤ 50" is an interval's own x)
      if (!/^[A-Za-z]/.test(b) || /^x\b/i.test(b)) continue;
      const iv = mayBeInterval(a) ? parseInterval(a) : undefined;
      if (iv && isLabelText(b)) return { ...iv, label: b };
    }
  }
  return undefined;
}

/**
 * A scale written in one note under a table, its bands one after another: "Keterangan predikat: ≥ 90 = Sangat Baik;
 * 75 - < 90 = Baik; …" or "Sangat Baik (≥ 90); Baik (75 - < 90); …" (";" or line breaks between them). The bands,
 * where three or more that do not overlap are all the note says past its title.
 */
export function bandsInNote(note: string): Band[] | undefined {
  // the title before the first colon, where it has no figure ("Keterangan predikat:")
  const colon = note.indexOf(':');
  const body = colon > 0 && !/\d/.test(note.slice(0, colon)) ? note.slice(colon + 1) : note;
  // (one band per line, or per ";" — where the bands are split by ";", a line break is where the text was wrapped by
  // hand, inside a band too: "35 –⏎59 = Cukup")
  return bandsOfParts(body.split(/[;\n]/)) ?? (body.includes(';') && body.includes('\n') ? bandsOfParts(body.replace(/\s*\n\s*/g, ' ').split(';')) : undefined);
}

function bandsOfParts(texts: string[]): Band[] | undefined {
  const parts = texts.map((p) => p.trim().replace(/[.,]$/, '')).filter(Boolean);
  if (parts.length < MIN_LOOSE_SCALE_BANDS) return undefined;
  const bands: Band[] = [];
  for (const p of parts) {
    const b = bandOfText(p);
    if (!b) return undefined;
    bands.push(b);
  }
  return looseScale(bands) ? bands : undefined;
}

/** Bands written outside a table that make a scale: three or more, valid, not overlapping, each named differently. */
const looseScale = (bands: Band[]): boolean => bands.length >= MIN_LOOSE_SCALE_BANDS && validBands(bands) && disjoint(bands) && distinctNames(bands);

/** Each band named differently, as a scale's are ("1 - 3 bulan; 4 - 6 bulan; …" lists durations, not bands). */
function distinctNames(bands: Band[]): boolean {
  return new Set(bands.map((b) => b.label.toLowerCase())).size === bands.length;
}

function bandsDown(grid: Grid, r: number, cell: Cell, others: Table[]): Table | undefined {
  const first = insideAny(others, r, cell.col) ? undefined : bandOfLine(cell);
  if (!first) return undefined;
  const bands: Band[] = [first];
  let row = r + 1;
  for (; ; row++) {
    const filled = grid.filledInRow(row);
    if (filled.length !== 1 || filled[0].col !== cell.col) break;
    const band = bandOfLine(filled[0]);
    if (!band) break;
    bands.push(band);
  }
  if (!looseScale(bands)) return undefined;
  const columns: TableColumn[] = [{ col: cell.col, role: 'interval', header: '' }];
  return {
    sheet: grid.name,
    range: { top: r, left: cell.col, bottom: row - 1, right: cell.col },
    kind: 'skala-penilaian',
    headerRows: 1,
    columns,
    rows: [],
    bands,
  };
}
