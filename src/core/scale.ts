/**
 * Rating scales (skala penilaian): presets, bands read from a workbook's own scale table, and the lookup that turns
 * a capaian into its band. One engine for PREDIKAT, highlighting and the predikat rule.
 */
import { rangeA1 } from './address';
import { Band, Table } from './types';

export interface Scale {
  /** Preset id, or 'workbook' when read from a skala table in the book. */
  id: string;
  name: string;
  bands: Band[];
}

export interface ScaleChoice extends Scale {
  /** Where a workbook scale was read from. */
  source?: { sheet: string; range: string };
  /**
   * The workbook's scale of budget absorption ("Persentase Penyerapan | Kategori"), where it has one beside (or
   * instead of) its kinerja scale: the categories of serapan are judged by it, never the kinerja by it.
   */
  serapan?: { bands: Band[]; source: { sheet: string; range: string } };
  /**
   * The workbook's other scales (a SAKIP evaluation's letter grades beside the scale of capaian): a column of labels
   * written in none of the chosen scale's words is judged by the one whose words it uses.
   */
  others?: Array<{ bands: Band[]; source: { sheet: string; range: string } }>;
  /**
   * The workbook's scale of efisiensi ("Nilai Efisiensi | Kriteria": > 0 Efisien, 0 Sesuai, < 0 Tidak Efisien): an
   * efisiensi table's labels in its words are judged by the row's efisiensi, never a capaian by it.
   */
  efisiensi?: { bands: Band[]; source: { sheet: string; range: string } };
  /**
   * The default preset, taken because the workbook has no scale of its own and none was chosen: the office's own
   * (unwritten) scale may draw its lines elsewhere.
   */
  assumed?: boolean;
}

function presetBands(spec: Array<[number | undefined, string, number?]>): Band[] {
  return spec.map(([lower, label, upper]) =>
    upper === undefined ? { lower, lowerInclusive: true, upperInclusive: false, label } : { lower, lowerInclusive: true, upper, upperInclusive: true, label },
  );
}

export const PRESETS: Record<string, Scale> = {
  'permendagri-86': {
    id: 'permendagri-86',
    name: 'Permendagri 86/2017 (Sangat Tinggi … Sangat Rendah)',
    // (the regulation writes each band's limits, "≥ 91", "76 ≤ 90", "66 ≤ 75", "51 ≤ 65", "≤ 50": a capaian between
    // two of them, 90,56, is in neither as written, and either neighbour's word for it no contradiction, as with a
    // workbook's own scale written so)
    bands: presetBands([
      [91, 'Sangat Tinggi'],
      [76, 'Tinggi', 90],
      [66, 'Sedang', 75],
      [51, 'Rendah', 65],
      [undefined, 'Sangat Rendah', 50],
    ]),
  },
  'berhasil-4': {
    id: 'berhasil-4',
    name: 'Sangat Berhasil … Tidak Berhasil',
    bands: presetBands([
      [110, 'Sangat Berhasil'],
      [90, 'Berhasil'],
      [60, 'Cukup Berhasil'],
      [undefined, 'Tidak Berhasil'],
    ]),
  },
  'memuaskan-5': {
    id: 'memuaskan-5',
    name: 'Memuaskan … Kurang',
    bands: presetBands([
      [100, 'Memuaskan'],
      [85, 'Sangat Baik'],
      [70, 'Baik'],
      [50, 'Cukup'],
      [undefined, 'Kurang'],
    ]),
  },
};

export const DEFAULT_PRESET = 'permendagri-86';

/**
 * Bands ordered from the highest lower bound down. A band with no lower bound is the floor.
 */
export function orderBands(bands: Band[]): Band[] {
  // (at the same lower bound, "> 100" is above "= 100")
  return [...bands].sort((a, b) => (b.lower ?? -Infinity) - (a.lower ?? -Infinity) || Number(a.lowerInclusive) - Number(b.lowerInclusive));
}

/**
 * The band a value (in percent) falls in. Bands are tried from the top; a value between two bands' written limits
 * (90,5 on a "76–90 / ≥91" scale) belongs to the lower band, because only lower bounds decide.
 */
export function bandFor(bands: Band[], percent: number): Band | undefined {
  const ordered = orderBands(bands);
  for (const b of ordered) {
    if (b.lower === undefined) return b;
    if (b.lowerInclusive ? percent >= b.lower : percent > b.lower) return b;
  }
  // Below every lower bound and no floor band: the lowest band still names it.
  return ordered[ordered.length - 1];
}

/** Whether a value lies inside an interval, each end open where it is not written ("≥ 85" holds every value from 85). */
export function withinInterval(iv: Omit<Band, 'label'>, value: number): boolean {
  if (iv.upper !== undefined && (iv.upperInclusive ? value > iv.upper : value >= iv.upper)) return false;
  return iv.lower === undefined || (iv.lowerInclusive ? value >= iv.lower : value > iv.lower);
}

/**
 * Whether a value lies inside a band's own written limits, both of them ("70 – 85" holds 70 and 85). A band whose
 * upper limit is not written ("≥ 91") holds only what bandFor gives it.
 */
export function withinWrittenLimits(b: Band, percent: number): boolean {
  return b.upper !== undefined && withinInterval(b, percent);
}

export function bandIndex(bands: Band[], band: Band): number {
  return orderBands(bands).indexOf(band);
}

const num = '(-?\\d+(?:[.,]\\d+)?)';

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

/** Normalises the ways reports write interval text: LaTeX, words, spacing. */
function normaliseIntervalText(raw: string): string {
  return (
    raw
      .replace(/\$/g, '')
      .replace(/\\geq?|\\ge\b/g, '≥')
      .replace(/\\leq?|\\le\b/g, '≤')
      .replace(/\\lt\b/g, '<')
      .replace(/\\gt\b/g, '>')
      .replace(/>=|=>/g, '≥')
      .replace(/<=|=</g, '≤')
      .replace(/%|\bpersen\b/gi, '')
      .replace(/\s+/g, ' ')
      // a label after the interval in brackets ("> 85 (Sangat Baik)", "≥ 100 (Tercapai)"): not part of it
      .replace(/ ?\([^()\d]*\)$/, '')
      // "antara 75 dan 89": a range
      .replace(/^antara (\S+) (?:dan|sampai|s\.?d\.?|s\/d) (\S+)$/i, '$1 - $2')
      // "antara 75 - 89", "dari 75 sampai 89", "mulai 90 hingga 100": the words that open a range
      .replace(/^(?:antara|mulai(?: dari)?|dari) (?=[-\d])/i, '')
      // a bound in words ("Minimal 80", "Maksimal 50", "Sama dengan 100")
      .replace(/^(?:minimal|minimum|min\.?|paling (?:sedikit|rendah)|sekurang-kurangnya) (?=[-\d])/i, '≥ ')
      .replace(/^(?:maksimal|maksimum|maks\.?|paling (?:banyak|tinggi)|setinggi-tingginya) (?=[-\d])/i, '≤ ')
      .replace(/^sama dengan (?=[-\d])/i, '= ')
      // comparisons in words, inside a range too ("75 sampai dengan kurang dari 100"): the signs they stand for
      .replace(/\b(?:lebih (?:besar )?dari|di ?atas) (?:atau )?sama dengan\b|\bsama dengan atau lebih dari\b/gi, '≥')
      .replace(/\b(?:kurang dari|lebih kecil dari|di ?bawah) (?:atau )?sama dengan\b|\bsama dengan atau kurang dari\b/gi, '≤')
      .replace(/(^|\S )(?:kurang dari|lebih kecil dari)\b/gi, '$1<')
      .replace(/(^|\S )(?:lebih (?:besar )?dari)\b/gi, '$1>')
      .trim()
  );
}

/**
 * Reads one interval as written in a scale table: "91 ≥", "76 ≤ 90", "≥ 85-99", "110 Keatas", "$90 \leq x < 110$",
 * "≤49", "x < 60", "85 - 99", "> 100", "50 s/d 69". Returns bounds without a label, or undefined.
 */
export function parseInterval(raw: string): Omit<Band, 'label'> | undefined {
  // the variable named as the measure ("90 ≤ capaian < 110", "Nilai ≥ 100", "skor < 50") is the x of the others
  const s = normaliseIntervalText(raw)
    .toLowerCase()
    .replace(/(^|[≤<≥>] ?)(?:nilai capaian|capaian kinerja|tingkat capaian|nilai kinerja|capaian|nilai|skor|realisasi|nk|n|c|p|r|k)(?= ?[≤<≥>]|$)/, '$1x');
  let m: RegExpExecArray | null;
  // the mathematician's way: "[85 – 100)", "(85; 100]" — a square bracket holds its bound, a round one does not; a
  // range merely put in brackets, "(90 - 100)", holds both
  if ((m = new RegExp(`^([[(]) ?${num} ?(-|–|—|;|, ) ?${num} ?([\\])])$`).exec(s))) {
    const a = toNumber(m[2]);
    const b = toNumber(m[4]);
    const plain = m[1] === '(' && m[5] === ')' && /^[-–—]$/.test(m[3]);
    if (b > a) return { lower: a, lowerInclusive: plain || m[1] === '[', upper: b, upperInclusive: plain || m[5] === ']' };
  }
  // a ≤ x < b, a < x ≤ b
  if ((m = new RegExp(`^${num} ?([≤<]) ?x ?([≤<]) ?${num}$`).exec(s))) {
    return { lower: toNumber(m[1]), lowerInclusive: m[2] === '≤', upper: toNumber(m[4]), upperInclusive: m[3] === '≤' };
  }
  // x ≥ a, x > a, x ≤ b, x < b
  if ((m = new RegExp(`^x ?([≥>≤<]) ?${num}$`).exec(s))) {
    const v = toNumber(m[2]);
    if (m[1] === '≥' || m[1] === '>') return { lower: v, lowerInclusive: m[1] === '≥', upperInclusive: false };
    return { upper: v, upperInclusive: m[1] === '≤', lowerInclusive: false };
  }
  // a ≤ x, a < x (x at or above a); b ≥ x, b > x (x at or below b)
  if ((m = new RegExp(`^${num} ?([≥>≤<]) ?x$`).exec(s))) {
    const v = toNumber(m[1]);
    if (m[2] === '≤' || m[2] === '<') return { lower: v, lowerInclusive: m[2] === '≤', upperInclusive: false };
    return { upper: v, upperInclusive: m[2] === '≥', lowerInclusive: false };
  }
  // the top band written as a range open above: "91 s.d. 100 ke atas", "100 - 110 atau lebih" (a and more)
  if ((m = new RegExp(`^${num} ?(?:-|–|—|s/d\\.?|s\\.d\\.?|sd\\.?|sampai dengan|sampai|hingga) ?${num} ?(?:ke ?atas|keatas|atau lebih)$`).exec(s))) {
    const a = toNumber(m[1]);
    if (toNumber(m[2]) > a) return { lower: a, lowerInclusive: true, upperInclusive: false };
  }
  // ≥ a-b, a - b, a – b, a s/d b, a sampai b, a ≤ b (written as a range), a ≤ x ≤ b handled above
  // (also "85 - < 100", "85 s.d. < 100", "90 sampai dengan 100": the upper bound's own sign decides its inclusion, and
  // the lower's: "> 80 - 90" is above 80 up to 90, the band below it ending at 80)
  // ("Nilai > 80 s/d 90": the measure named before the range's lower bound)
  if ((m = new RegExp(`^(?:x ?)?([≥>])? ?${num} ?(?:-|–|—|s/d\\.?|s\\.d\\.?|sd\\.?|sampai dengan|sampai|hingga|to|≤|<) ?([<≤])? ?${num}$`).exec(s))) {
    const a = toNumber(m[2]);
    const b = toNumber(m[4]);
    if (b > a) return { lower: a, lowerInclusive: m[1] !== '>', upper: b, upperInclusive: m[3] !== '<' };
  }
  // a keatas, a ke atas, ≥ a, > a, lebih dari a, "91 ≥" (the seeds' way of writing ≥ 91)
  if ((m = new RegExp(`^${num} ?(?:ke ?atas|keatas|≥|\\+|atau lebih)$`).exec(s))) {
    return { lower: toNumber(m[1]), lowerInclusive: true, upperInclusive: false };
  }
  if ((m = new RegExp(`^(≥|>|lebih dari|di ?atas) ?${num}$`).exec(s))) {
    return { lower: toNumber(m[2]), lowerInclusive: m[1] === '≥', upperInclusive: false };
  }
  // ≤ b, < b, b kebawah, kurang dari b
  if ((m = new RegExp(`^(≤|<|kurang dari|di ?bawah) ?${num}$`).exec(s))) {
    return { upper: toNumber(m[2]), upperInclusive: m[1] === '≤', lowerInclusive: false };
  }
  if ((m = new RegExp(`^${num} ?(?:ke ?bawah|kebawah|≤)$`).exec(s))) {
    return { upper: toNumber(m[1]), upperInclusive: true, lowerInclusive: false };
  }
  return undefined;
}

/**
 * A band's bounds as a scale table writes them: an interval, or one value typed as text between the bands around it
 * ("Lebih dari 100 | 100 | 75 sampai dengan kurang dari 100"): exactly that value ("= 100" alike).
 */
export function parseBandText(raw: string): Omit<Band, 'label'> | undefined {
  const iv = parseInterval(raw);
  if (iv) return iv;
  const m = new RegExp(`^=? ?${num}$`).exec(normaliseIntervalText(raw));
  if (!m) return undefined;
  const v = toNumber(m[1]);
  return { lower: v, lowerInclusive: true, upper: v, upperInclusive: true };
}

/** Words that name budget absorption, and words that name performance. */
const SERAPAN_WORDS = /\b(penyerapan|serapan|daya serap)\b/i;
const KINERJA_WORDS = /\b(kinerja|capaian|pencapaian)\b/i;

/** Whether a table's headers, all of them together, or its caption say words of a kind. */
function headersOrCaptionName(t: Table, words: RegExp): boolean {
  return words.test(t.columns.map((c) => c.header).join(' ')) || words.test(t.caption ?? '');
}

/**
 * A scale of budget absorption, not of kinerja: its figures' column is headed by the serapan ("Persentase
 * Penyerapan"), or its caption names it ("Kriteria Penyerapan Anggaran") — and neither names the kinerja.
 */
function ratesSerapan(t: Table): boolean {
  if (ratesKinerja(t)) return false;
  return t.columns.some((c) => c.role === 'serapan') || SERAPAN_WORDS.test(t.caption ?? '');
}

/** Words that name efisiensi. */
const EFISIENSI_WORDS = /\b(efisiensi|efisien)\b/i;

/**
 * A scale of efisiensi, not of kinerja: its headers or caption name the efisiensi ("Nilai Efisiensi | Kriteria",
 * "Kriteria Efisiensi") and not the kinerja or capaian.
 */
function ratesEfisiensi(t: Table): boolean {
  return !ratesKinerja(t) && headersOrCaptionName(t, EFISIENSI_WORDS);
}

/** Where a scale table stands, as a ScaleChoice says it. */
const sourceOf = (t: Table) => ({ sheet: t.sheet, range: rangeA1(t.range) });

/** A scale whose headers or caption name the capaian or kinerja it rates ("Interval Capaian | Kategori"). */
function ratesKinerja(t: Table): boolean {
  return headersOrCaptionName(t, KINERJA_WORDS);
}

/** The roles of a scale table's columns of figures (its bounds), as against its columns of labels. */
const FIGURE_ROLES_OF_SCALE = new Set(['interval', 'capaian', 'nilai']);

/**
 * A scale whose column of figures or caption names the capaian or kinerja ("Capaian (%) | Kategori", "Interval Nilai
 * Kinerja | Predikat"), not only a column of its labels ("Nilai Interval (NI) | … | Kinerja Unit Pelayanan": an IKM's).
 */
const ratesKinerjaByFigures = (t: Table): boolean =>
  KINERJA_WORDS.test(t.caption ?? '') || t.columns.some((c) => c.role !== null && FIGURE_ROLES_OF_SCALE.has(c.role) && KINERJA_WORDS.test(c.header));

/**
 * Words of the scores other scales rate: a survey of the public's satisfaction (PermenPANRB 14/2017: "Nilai
 * Persepsi", "Mutu Pelayanan", IKM) and the evaluation of the office's SAKIP ("Kategori Nilai SAKIP": AA … D).
 */
const OTHER_SCORE_WORDS = /\b(persepsi|mutu pelayanan|unit pelayanan|ikm|skm|kepuasan|sakip|akip)\b/i;

/**
 * A scale of some other score than the capaian (an IKM's conversion table, "Nilai Interval Konversi | Mutu Pelayanan |
 * Kinerja Unit Pelayanan"; a SAKIP evaluation's letter grades): its headers or caption name that score.
 */
const ratesOtherScore = (t: Table): boolean => headersOrCaptionName(t, OTHER_SCORE_WORDS);

/**
 * Whether a scale's bounds reach as far as a capaian in percent does (beyond 10): not an IKM's perception scale of 1 to
 * 4, nor one of a ratio's.
 */
export function reachesCapaian(bands: Band[]): boolean {
  return bands.some((b) => (b.lower !== undefined && b.lower > 10) || (b.upper !== undefined && b.upper > 10));
}

/** A scale the workbook writes: a skala table's bands, or a note's under another table (`note`: that table). */
interface WrittenScale {
  table: Table;
  bands: Band[];
  note: boolean;
}

/**
 * The scale to use: the workbook's own scale of kinerja — a skala table, or one written in a note under a table — when
 * found, else the chosen preset, else the default; with the workbook's scales of budget absorption and of efisiensi
 * beside it, where it has them, and its other scales (a column of labels in their words is judged by them).
 */
export function resolveScale(tables: Table[], preset?: string): ScaleChoice {
  const scales = tables.filter((t) => t.kind === 'skala-penilaian' && t.bands && t.bands.length >= 2);
  const absorption = scales.find(ratesSerapan);
  const efficiency = scales.find((t) => t !== absorption && ratesEfisiensi(t));
  // the scales of serapan and of efisiensi beside the kinerja's
  const beside = {
    ...(absorption?.bands ? { serapan: { bands: orderBands(absorption.bands), source: sourceOf(absorption) } } : {}),
    ...(efficiency?.bands ? { efisiensi: { bands: orderBands(efficiency.bands), source: sourceOf(efficiency) } } : {}),
  };
  // the skala tables first, then the notes (a note's table is the one it stands under: "Keterangan: ≥ 90 = Sangat Baik; …")
  const written: WrittenScale[] = [
    ...scales.filter((t) => t !== absorption && t !== efficiency).map((t) => ({ table: t, bands: t.bands as Band[], note: false })),
    ...tables.filter((t) => t.noteBands).map((t) => ({ table: t, bands: t.noteBands as Band[], note: true })),
  ];
  // The scale of kinerja: one that rates no other score (a SAKIP evaluation's letter grades; an IKM's conversion table,
  // "Nilai Interval 1,00 – 4,00 | … | Kinerja Unit Pelayanan"), whose bounds can be a capaian's, whose figures' header
  // or caption names the capaian or kinerja it rates (a note: under a table of capaian), that names them anywhere, in
  // that order; else the first.
  const rank = (s: WrittenScale) =>
    (ratesOtherScore(s.table) ? 0 : 8) +
    (reachesCapaian(s.bands) ? 4 : 0) +
    ((s.note ? s.table.columns.some((c) => c.role === 'capaian') : ratesKinerjaByFigures(s.table)) ? 2 : 0) +
    (ratesKinerja(s.table) ? 1 : 0);
  // (ranked once each; the first of the highest rank)
  let own: WrittenScale | undefined;
  let ownRank = -1;
  for (const s of written) {
    const r = rank(s);
    if (r > ownRank) [own, ownRank] = [s, r];
  }
  if (own) {
    const others = written.filter((s) => s !== own).map((s) => ({ bands: orderBands(s.bands), source: sourceOf(s.table) }));
    return {
      id: 'workbook',
      name: own.note ? 'Skala penilaian dari catatan di bawah tabel' : 'Skala penilaian dari tabel skala di buku kerja',
      bands: orderBands(own.bands),
      source: sourceOf(own.table),
      ...beside,
      ...(others.length ? { others } : {}),
    };
  }
  const p = PRESETS[preset ?? DEFAULT_PRESET] ?? PRESETS[DEFAULT_PRESET];
  return { ...p, ...beside, ...(preset === undefined ? { assumed: true } : {}) };
}

/** Normalised label text for comparing a stated predikat with a band. */
export function normaliseLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label with another name for it in brackets, no figure there: "AA (Memuaskan)", "Sangat Baik (A)". */
const NAMED_TWICE = /^([^()]+?)\s*\(([^()\d]+)\)\s*$/;

/**
 * The alternatives a band label allows: "Sangat tercapai/ Sangat berhasil" → both; "AA (Memuaskan)" → itself, "AA"
 * and "Memuaskan" (staff write the grade, the word or both).
 */
export function labelAlternatives(label: string): string[] {
  const out: string[] = [];
  for (const part of label.split('/')) {
    out.push(normaliseLabel(part));
    const twice = NAMED_TWICE.exec(part.trim());
    if (twice) out.push(normaliseLabel(twice[1]), normaliseLabel(twice[2]));
  }
  return out.filter(Boolean);
}

/** The band a stated label names, or undefined when the label is not one of this scale's words. */
export function bandByLabel(bands: Band[], stated: string): Band | undefined {
  const n = normaliseLabel(stated);
  if (!n) return undefined;
  // (one band's word only: a name two bands share says nothing)
  const named = bands.filter((b) => labelAlternatives(b.label).includes(n));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  // "Sangat tercapai/ Sangat berhasil" stated in full
  for (const b of bands) if (normaliseLabel(b.label) === n) return b;
  // the label with its band's interval after it: "Sangat Tinggi (≥ 91)", "Sedang (66 – 75)"
  const bare = stated.replace(/\s*\([^()]*\d[^()]*\)\s*$/, '');
  if (bare !== stated) return bandByLabel(bands, bare);
  // the grade and its word stated together where the scale writes one of them ("AA (Memuaskan)" beside "AA"): both
  // name one band, or the label is no certain word of the scale
  const twice = NAMED_TWICE.exec(stated.trim());
  if (!twice) return byInitials(bands, stated.trim());
  const [a, b] = [bandByLabel(bands, twice[1]), bandByLabel(bands, twice[2])];
  return a && (!b || a === b) ? a : !a && b ? b : undefined;
}

/**
 * A label written as the initials of a band's words, in capitals ("ST", "T", "S", "R", "SR" for Sangat Tinggi … Sangat
 * Rendah): that band, where every band of the scale is named in words with initials of its own. Never on a scale of
 * letter grades (AA, A, BB, B …), whose letters are its words.
 */
function byInitials(bands: Band[], stated: string): Band | undefined {
  if (!/^[A-Z]{1,3}$/.test(stated)) return undefined;
  const initials = bands.map((b) => {
    const words = normaliseLabel(b.label.split('/')[0]).split(' ');
    return words.every((w) => /^[a-z]{3,}$/.test(w)) ? words.map((w) => w[0].toUpperCase()).join('') : undefined;
  });
  if (initials.some((x) => x === undefined) || new Set(initials).size !== initials.length) return undefined;
  const i = initials.indexOf(stated);
  return i < 0 ? undefined : bands[i];
}

/**
 * What a Keterangan says of the target, where it says only that: reached ("Tercapai", "Sesuai Target", "Memenuhi
 * Target"), not reached ("Tidak Tercapai", "Belum Tercapai", "Di bawah Target") or exceeded ("Melampaui Target", "Di
 * atas Target"). A capaian of 100 % is the target reached.
 */
export type TargetClaim = 'tercapai' | 'tidak-tercapai' | 'melampaui';

const TARGET_CLAIMS: ReadonlyArray<[RegExp, TargetClaim]> = [
  [/^(target )?(tidak|belum) (tercapai|mencapai target|memenuhi target|sesuai target)( target)?$|^(di ?bawah|kurang dari) target$/, 'tidak-tercapai'],
  [/^(target )?(terlampaui|melampaui|melebihi)( target)?$|^di ?atas target$/, 'melampaui'],
  [/^(target )?(sudah )?(tercapai|mencapai target|memenuhi target|sesuai target)( target)?$/, 'tercapai'],
];

export function targetClaim(stated: string): TargetClaim | undefined {
  const n = normaliseLabel(stated);
  for (const [re, claim] of TARGET_CLAIMS) if (re.test(n)) return claim;
  return undefined;
}

/**
 * What a label says of a row's efficiency: efficient ("Efisien", "Sangat Efisien": the kinerja achieved beyond the
 * budget spent) or not ("Tidak Efisien", "Kurang Efisien"). A scale's finer bands (PMK 22/2021's "Normal") are not
 * read: only the side of capaian = serapan each family of words stands on.
 */
export function efficiencyClaim(stated: string): 'efisien' | 'tidak-efisien' | undefined {
  const n = normaliseLabel(stated);
  if (/^(tidak|kurang|belum) efisien$/.test(n)) return 'tidak-efisien';
  if (/^(sangat |cukup )?efisien$/.test(n)) return 'efisien';
  return undefined;
}

/** Whether a capaian (percent points) contradicts the claim. */
export function contradictsClaim(claim: TargetClaim, capaian: number): boolean {
  if (claim === 'tercapai') return capaian < 100;
  if (claim === 'melampaui') return capaian <= 100;
  return capaian >= 100;
}

/** Fill colours by rank, best band first: green … red. */
export function bandColours(count: number): string[] {
  const palettes: Record<number, string[]> = {
    1: ['#C6EFCE'],
    2: ['#C6EFCE', '#FFC7CE'],
    3: ['#C6EFCE', '#FFEB9C', '#FFC7CE'],
    4: ['#A9D08E', '#C6EFCE', '#FFEB9C', '#FFC7CE'],
    5: ['#A9D08E', '#C6EFCE', '#FFEB9C', '#F8CBAD', '#FFC7CE'],
  };
  if (palettes[count]) return palettes[count];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(palettes[5][Math.min(4, Math.round((i * 4) / Math.max(1, count - 1)))]);
  return out;
}

/** The scale a user picked: 'workbook' for the book's own skala table (when it has one), else a preset id. */
export function scaleById(tables: Table[], id: string): ScaleChoice {
  if (id === 'workbook') return resolveScale(tables);
  const p = PRESETS[id] ?? PRESETS[DEFAULT_PRESET];
  return { ...p };
}
