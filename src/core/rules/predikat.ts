/**
 * predikat (galat): a stated label (Sangat Baik, Tinggi, Berhasil …) contradicts the band its capaian falls in, by
 * the workbook's own skala table, or the chosen preset when the book has none; a budget table's category of serapan,
 * the band its serapan falls in by the workbook's scale of budget absorption. A label that is not a word of the
 * scale in use is judged only where it says whether the target was reached (Tercapai, Tidak Tercapai, Melampaui: against
 * 100 %) or whether the row was efficient (Efisien, Tidak Efisien: capaian against serapan); other words are not judged.
 */
import Decimal from 'decimal.js';
import { percentOf, serapanPercent } from '../measures';
import { TableModel } from '../model';
import { asFigure, capaianCandidates, ofTheYear, rowCapaian } from '../ratios';
import {
  bandByLabel,
  bandFor,
  contradictsClaim,
  DEFAULT_PRESET,
  efficiencyClaim,
  orderBands,
  parseInterval,
  PRESETS,
  reachesCapaian,
  targetClaim,
  withinInterval,
  withinWrittenLimits,
} from '../scale';
import { Band, ColumnRole, TableColumn, TableRow } from '../types';
import { norm } from '../vocabulary';
import { efisiensiMethod } from './efisiensi';
import { defineRule, RuleContext } from './rule';
import { columnName, rowName, showValue, subjectOf } from './util';

const messages = {
  lain: (d: { subject: string; stated: string; capaian: string; scale: string; band: string }) =>
    `Predikat ${d.subject} tertulis "${d.stated}", padahal capaian ${d.capaian} menurut ${d.scale} berpredikat "${d.band}".`,
  serapan: (d: { subject: string; stated: string; serapan: string; band: string }) =>
    `Kategori ${d.subject} tertulis "${d.stated}", padahal serapan ${d.serapan} menurut skala penyerapan anggaran di buku kerja berkategori "${d.band}".`,
  efisiensi: (d: { subject: string; stated: string; comparison: string }) => `Keterangan ${d.subject} tertulis "${d.stated}", padahal ${d.comparison}.`,
  nilai: (d: { subject: string; stated: string; column: string; value: string; scale: string; band: string }) =>
    `Predikat ${d.subject} tertulis "${d.stated}", padahal ${d.column} ${d.value} menurut ${d.scale} berpredikat "${d.band}".`,
  target: (d: { subject: string; stated: string; capaian: string; truth: string }) =>
    `Keterangan ${d.subject} tertulis "${d.stated}", padahal capaiannya ${d.capaian}: target ${d.truth}.`,
};

const CLAIM_TRUTH: Record<'below' | 'at' | 'above', string> = { below: 'belum tercapai', at: 'tercapai tepat 100 %', above: 'terlampaui' };

/**
 * A Keterangan that says only whether the target was reached ("Tercapai", "Tidak Tercapai", "Melampaui Target"),
 * where the scale in use has no such band: judged against 100 %. The capaian is the row's stated one; computed from
 * its target and realisasi only when every polarity the table allows gives the same side of 100 %.
 */
function checkClaim(t: TableModel, ctx: RuleContext, row: TableRow, lc: TableColumn, text: string, prefer?: TableColumn): void {
  const claim = targetClaim(text);
  if (!claim) return;
  const cap = rowCapaian(t, row, lc.col, false, prefer);
  if (!cap) return;
  const value = cap.value.toNumber();
  if (!contradictsClaim(claim, value)) return;
  // a stated capaian already shown wrong: the label may be right by the capaian it should hold (reported there)
  const fixed = cap.cells.length === 1 ? ctx.corrected(t.sheet, cap.cells[0]) : undefined;
  if (fixed !== undefined && !contradictsClaim(claim, fixed)) return;
  // computed: the capaian by every formula the indicator's polarity allows must contradict the claim
  if (cap.candidates?.some((v) => !contradictsClaim(claim, v.toNumber()))) return;
  // a lone "Capaian" beside a target, with no realisasi, may be the value achieved itself (a hospital's quality
  // indicators: target ≥ 85 %, capaian 91,2 %): the claim must contradict that reading too
  if (!cap.candidates && achievedReadingFits(t, row, claim)) return;
  // a table that holds each row's standard beside its target (a hospital's "Standar | Target | Realisasi"): a claim
  // the realisasi bears out against that standard may be of it — "Tercapai" for a BOR of 72,4 % within 60–85 %
  if (standardReadingFits(t, row, claim)) return;
  const truth = CLAIM_TRUTH[value < 100 ? 'below' : value > 100 ? 'above' : 'at'];
  ctx.report({
    cell: t.address(row, lc),
    related: [cap.cells.length === 2 ? `${cap.cells[0]}:${cap.cells[1]}` : cap.cells[0]],
    expected: truth,
    actual: text.trim(),
    message: messages.target({ subject: subjectOf(t, row, lc.col), stated: text.trim(), capaian: showValue(cap.value, 'persen'), truth }),
  });
}

/**
 * Which capaian a label column names the bands of, where the table has more than one (the year's beside the Renstra
 * end target's, or last year's): by its header's year where it names one ("Kategori 2024"); else the year's own (not
 * the Renstra's, not an earlier year's) nearest left of the labels — unless the labels evidently follow another: on the
 * rows where the two capaian fall in different bands, the other's band is written at least twice and more than twice as
 * often as this one's (one label typed wrong never turns the choice). The one capaian where there is one; undefined
 * with none.
 */
function labelledCapaian(t: TableModel, lc: TableColumn, bands: Band[]): TableColumn | undefined {
  let caps = t.columnsWith('capaian').filter((c) => c.col !== lc.col && !c.perSasaran);
  if (lc.year !== undefined && caps.some((c) => c.year === lc.year)) caps = caps.filter((c) => c.year === lc.year);
  if (caps.length < 2) return caps[0];
  const rank = (c: TableColumn) => (ofTheYear(c) ? 0 : 2) + (c.col < lc.col ? 0 : 1);
  const order = [...caps].sort((a, b) => rank(a) - rank(b) || (a.col < lc.col ? b.col - a.col : a.col - b.col));
  const labelled: Array<{ stated: Band; row: TableRow }> = [];
  for (const row of t.rows) {
    const text = t.value(row, lc);
    const stated = typeof text === 'string' ? bandByLabel(bands, text) : undefined;
    if (stated) labelled.push({ stated, row });
  }
  const bandIn = (row: TableRow, c: TableColumn) => {
    const f = asFigure(t.figure(row, c));
    return f ? bandFor(bands, percentOf(f, new Decimal(100)).value.toNumber()) : undefined;
  };
  const preferred = order[0];
  let best = preferred;
  let bestLead = 0;
  for (const other of order.slice(1)) {
    let forOther = 0;
    let forPreferred = 0;
    for (const { stated, row } of labelled) {
      const a = bandIn(row, preferred);
      const b = bandIn(row, other);
      if (!a || !b || a === b) continue;
      if (stated === b) forOther++;
      else if (stated === a) forPreferred++;
    }
    if (forOther >= 2 && forOther > 2 * forPreferred && forOther - forPreferred > bestLead) {
      best = other;
      bestLead = forOther - forPreferred;
    }
  }
  return best;
}

/**
 * The score a label column names the band of, in a table with no capaian, target or realisasi (a SAKIP evaluation's
 * "Nilai AKIP | Predikat" beside a scale of letter grades): the nearest column of figures left of the labels, where its
 * values bear the labels out — on two rows at least, and on more than twice as many as they contradict (the labels are
 * evidently of that column, not of another measure). undefined elsewhere.
 */
function labelledScore(t: TableModel, lc: TableColumn, bands: Band[]): TableColumn | undefined {
  if (t.lastColumn('capaian') || t.lastColumn('target') || t.lastColumn('realisasi')) return undefined;
  let score: TableColumn | undefined;
  for (const c of t.columns) if (c.col < lc.col && c.role === 'nilai' && c.unit !== 'text' && c.unit !== 'money' && (!score || c.col > score.col)) score = c;
  if (!score) return undefined;
  const { agree, contradict } = agreement(t, lc, bands, score);
  return agree >= 2 && agree > 2 * contradict ? score : undefined;
}

/** How many of a column's labels another column's figures bear out (fall in the band named) and contradict. */
function agreement(t: TableModel, lc: TableColumn, bands: Band[], of: TableColumn): { agree: number; contradict: number } {
  let agree = 0;
  let contradict = 0;
  for (const row of t.rows) {
    const text = t.value(row, lc);
    const stated = typeof text === 'string' ? bandByLabel(bands, text) : undefined;
    const f = stated && asFigure(t.figure(row, of));
    if (!f) continue;
    if (bandFor(bands, f.value.toNumber()) === stated) agree++;
    else contradict++;
  }
  return { agree, contradict };
}

/**
 * The realisasi a label column names the band of, in a table whose capaian the labels do not follow (an IKM's results
 * by unit, "Target IKM | Realisasi IKM | Capaian (%) | Kategori": 82,4 is Baik on the IKM's scale, whatever its capaian
 * of 103 %): where the capaian contradicts more of the labels than it bears out, and the realisasi bears them out on two
 * rows at least and on more than twice as many as it contradicts. undefined elsewhere (a wrong label among labels of
 * the capaian is judged by the capaian, whatever band its realisasi happens to fall in).
 */
function labelledRealisasi(t: TableModel, lc: TableColumn, bands: Band[]): TableColumn | undefined {
  const realisasi = t.lastColumn('realisasi');
  const capaian = t.lastColumn('capaian');
  if (!realisasi || !capaian || realisasi.col > lc.col) return undefined;
  const byCapaian = agreement(t, lc, bands, capaian);
  const byRealisasi = agreement(t, lc, bands, realisasi);
  return byCapaian.contradict > byCapaian.agree && byRealisasi.agree >= 2 && byRealisasi.agree > 2 * byRealisasi.contradict ? realisasi : undefined;
}

/** A column of the standard a value achieved is held to: "Standar", "Nilai Standar", "Standar Mutu" (a hospital's). */
const STANDARD_HEADER = /^(nilai )?(standar|std\.?)\b/;

/**
 * Whether the table's one capaian column, read as the value achieved against the row's target (or standard, where the
 * table has no target: "Indikator Mutu | Standar | Capaian"), bears the claim out. A target written with its
 * direction ("≥ 85%", "≤ 60 menit") is met by a value on its side: "Tercapai" for 91,2 % against ≥ 85 %, for 52
 * menit against ≤ 60.
 */
function achievedReadingFits(t: TableModel, row: TableRow, claim: NonNullable<ReturnType<typeof targetClaim>>): boolean {
  const caps = t.columnsWith('capaian');
  if (t.lastColumn('realisasi') || caps.length !== 1) return false;
  const target = t.lastColumn('target') ?? t.columns.find((c) => c.role === 'nilai' && c.col < caps[0].col && STANDARD_HEADER.test(norm(c.header)));
  if (!target) return false;
  const tf = asFigure(t.figure(row, target));
  const cf = asFigure(t.figure(row, caps[0]));
  if (!tf || !cf) return false;
  if (tf.comparator) {
    const d = cf.value.comparedTo(tf.value);
    const upward = tf.comparator === '>=' || tf.comparator === '>';
    const met = d === 0 ? tf.comparator === '>=' || tf.comparator === '<=' : d > 0 === upward;
    // (as a capaian against 100: met beyond the bound, met on it, not met)
    return !contradictsClaim(claim, met ? (d === 0 ? 100 : 101) : 99);
  }
  if (tf.value.isZero()) return false;
  return capaianCandidates(t, row, tf, cf).some((v) => !contradictsClaim(claim, v.toNumber()));
}

/** A unit closing a standard ("6-9 hari", "< 25 ‰", "≤ 60 menit"): the interval is the figures before it. */
const STANDARD_UNIT = /\s*(?:‰|(?:per ?mil|permil|hari|menit|jam|detik|kali|orang|pasien|kasus|mg\/dl)\.?)$/i;

/**
 * Whether a row's realisasi, read against the standard its table holds beside the target ("Standar": "60-85 %",
 * "< 25 ‰", "≥ 85 %"), bears the claim out: "Tercapai" where it falls within the standard, "Tidak Tercapai" where it
 * does not. False where the table has no such column, the standard is no interval, or the claim says the target was
 * exceeded (no standard says by how much).
 */
function standardReadingFits(t: TableModel, row: TableRow, claim: NonNullable<ReturnType<typeof targetClaim>>): boolean {
  if (claim === 'melampaui') return false;
  const target = t.lastColumn('target');
  const realisasi = t.lastColumn('realisasi');
  if (!target || !realisasi) return false;
  const standard = t.columns.find((c) => c !== target && c.col < realisasi.col && STANDARD_HEADER.test(norm(c.header)));
  const text = standard && t.value(row, standard);
  const f = asFigure(t.figure(row, realisasi));
  if (typeof text !== 'string' || !f) return false;
  const interval = parseInterval(text.trim().replace(STANDARD_UNIT, ''));
  if (!interval) return false;
  return withinInterval(interval, percentOf(f).value.toNumber()) === (claim === 'tercapai');
}

/**
 * A row's serapan in percent points, stated or computed from its pagu and realisasi, with its cells: those nearest left
 * of the label column (a table of two years side by side has a serapan and a label for each), else the last ones.
 */
function rowSerapan(t: TableModel, row: TableRow, labelCol: number): { value: Decimal; cells: string[] } | undefined {
  const last = (role: ColumnRole) => t.lastColumn(role, labelCol) ?? t.lastColumn(role);
  const stated = last('serapan');
  const f = stated && asFigure(t.figure(row, stated));
  if (stated && f) return { value: percentOf(f, new Decimal(100)).value, cells: [t.address(row, stated)] };
  const pagu = last('anggaran');
  const realisasi = last('realisasi-anggaran');
  const b = pagu && asFigure(t.figure(row, pagu));
  const p = realisasi && asFigure(t.figure(row, realisasi));
  const value = pagu && realisasi && b && p ? serapanPercent(b.value, p.value) : undefined;
  return pagu && realisasi && value ? { value, cells: [t.address(row, pagu), t.address(row, realisasi)] } : undefined;
}

/**
 * "Efisien" where the kinerja achieved is below the budget spent, "Tidak Efisien" where it is above: the label is on
 * the wrong side of capaian = serapan, whichever efisiensi measure the table uses.
 */
function checkEfficiency(t: TableModel, ctx: RuleContext, row: TableRow, lc: TableColumn, text: string, prefer?: TableColumn): void {
  const claim = efficiencyClaim(text);
  if (!claim) return;
  // the row's efisiensi already shown wrong: the label may follow that figure — the same error, reported once
  const efisiensi = t.lastColumn('efisiensi', lc.col) ?? t.lastColumn('efisiensi');
  if (efisiensi && ctx.corrected(t.sheet, t.address(row, efisiensi)) !== undefined) return;
  // (an efisiensi that is the budget left, 100 % − serapan, says nothing of capaian against serapan: whatever the
  // label follows there, it is no certain error)
  if (efisiensi && efisiensiMethod(ctx, t, efisiensi) === 'sisa') return;
  const cap = rowCapaian(t, row, lc.col, false, prefer);
  const ser = rowSerapan(t, row, lc.col);
  if (!cap || !ser || cap.cells.length !== 1) return;
  const d = cap.value.minus(ser.value);
  // (equal as shown, to the hundredth of a point, is neither side)
  if (d.abs().lessThan(0.01) || (claim === 'efisien') !== d.isNegative()) return;
  const c = showValue(cap.value, 'persen');
  const sp = showValue(ser.value, 'persen');
  ctx.report({
    cell: t.address(row, lc),
    related: [...cap.cells, ...ser.cells],
    expected: claim === 'efisien' ? 'Tidak Efisien' : 'Efisien',
    actual: text.trim(),
    message: messages.efisiensi({
      subject: subjectOf(t, row, lc.col),
      stated: text.trim(),
      comparison:
        claim === 'efisien' ? `capaian kinerjanya ${c} di bawah serapan anggarannya ${sp}` : `capaian kinerjanya ${c} melampaui serapan anggarannya ${sp}`,
    }),
  });
}

/**
 * The band a value falls in where a stated label contradicts it; undefined where the label is right — by the value, by
 * a limit two bands both write ("70 – 85" and "85 – 100": 85 may be named by either), by a gap between two bands'
 * written limits (90,5 on "76 – 90 | 91 – 100": the scale does not say where between 90 and 91 the lower one ends, and
 * 90,5 rounds to 91), or by the figure the value's own cell should hold (`fixed`: that error is reported there).
 */
function contradictedBand(bands: Band[], stated: Band, value: number, fixed: number | undefined): Band | undefined {
  const band = bandFor(bands, value);
  if (!band || band === stated || withinWrittenLimits(stated, value)) return undefined;
  if (fixed !== undefined && bandFor(bands, fixed) === stated) return undefined;
  const ordered = orderBands(bands);
  const i = ordered.indexOf(band);
  if (i > 0 && ordered[i - 1] === stated && band.upper !== undefined && (band.upperInclusive ? value > band.upper : value >= band.upper)) return undefined;
  return band;
}

/**
 * The categories of a budget table without a capaian ("Pagu | Realisasi | Serapan (%) | Kategori") by the workbook's
 * scale of budget absorption: a word of that scale contradicting the band its row's serapan falls in.
 */
function checkSerapanLabels(t: TableModel, ctx: RuleContext, labelCols: TableColumn[]): void {
  const bands = ctx.scale.serapan?.bands;
  if (!bands || t.lastColumn('capaian') || (!t.lastColumn('serapan') && !t.lastColumn('realisasi-anggaran'))) return;
  for (const row of t.rows) {
    for (const lc of labelCols) {
      const text = t.value(row, lc);
      if (typeof text !== 'string') continue;
      const stated = bandByLabel(bands, text);
      const ser = stated && rowSerapan(t, row, lc.col);
      if (!stated || !ser) continue;
      const fixed = ser.cells.length === 1 ? ctx.corrected(t.sheet, ser.cells[0]) : undefined;
      const band = contradictedBand(bands, stated, ser.value.toNumber(), fixed);
      if (!band) continue;
      ctx.report({
        cell: t.address(row, lc),
        related: [ser.cells.length === 2 ? `${ser.cells[0]}:${ser.cells[1]}` : ser.cells[0]],
        expected: band.label,
        actual: text.trim(),
        message: messages.serapan({ subject: rowName(row), stated: text.trim(), serapan: showValue(ser.value, 'persen'), band: band.label }),
      });
    }
  }
}

/**
 * The labels of an efisiensi table in the words of the workbook's scale of efisiensi ("> 0 Efisien | 0 Sesuai | < 0
 * Tidak Efisien"): judged by the row's efisiensi (the column nearest left of the labels), a word contradicting the band
 * its efisiensi falls in. Returns the label columns it judged (no other check reads their words as a capaian's band).
 */
function checkEfisiensiLabels(t: TableModel, ctx: RuleContext, labelCols: TableColumn[]): Set<TableColumn> {
  const judged = new Set<TableColumn>();
  const bands = ctx.scale.efisiensi?.bands;
  if (!bands) return judged;
  for (const lc of labelCols) {
    const ef = t.lastColumn('efisiensi', lc.col);
    if (!ef) continue;
    let uses = false;
    for (const row of t.rows) {
      const text = t.value(row, lc);
      const stated = typeof text === 'string' ? bandByLabel(bands, text) : undefined;
      if (!stated || typeof text !== 'string') continue;
      uses = true;
      const f = asFigure(t.figure(row, ef));
      if (!f) continue;
      const band = contradictedBand(bands, stated, f.value.toNumber(), ctx.corrected(t.sheet, t.address(row, ef)));
      if (!band) continue;
      ctx.report({
        cell: t.address(row, lc),
        related: [t.address(row, ef)],
        expected: band.label,
        actual: text.trim(),
        message: messages.nilai({
          subject: subjectOf(t, row, lc.col),
          stated: text.trim(),
          column: columnName(ef),
          value: showValue(f.value, f.unit === 'persen' ? 'persen' : 'angka'),
          scale: 'skala efisiensi di buku kerja',
          band: band.label,
        }),
      });
    }
    if (uses) judged.add(lc);
  }
  return judged;
}

/** A row's score (labelledScore's column), with its cell. */
function rowScore(t: TableModel, row: TableRow, score: TableColumn): { value: Decimal; cells: string[] } | undefined {
  const f = asFigure(t.figure(row, score));
  return f ? { value: f.value, cells: [t.address(row, score)] } : undefined;
}

/**
 * The bands a column of labels is judged by: of the workbook's scales, the one whose labels it writes most, the scale
 * in use where as many ("Sangat Tinggi" under a workbook whose first scale is a SAKIP evaluation's letter grades; "Sangat
 * Baik | Baik | Cukup | Kurang" beside an IKM's "Sangat Baik | Baik | Kurang Baik | Tidak Baik").
 */
function scaleFor(t: TableModel, lc: TableColumn, ctx: RuleContext): Band[] {
  const uses = (bands: Band[]) => {
    let n = 0;
    for (const row of t.rows) {
      const text = t.value(row, lc);
      if (typeof text === 'string' && bandByLabel(bands, text)) n++;
    }
    return n;
  };
  let best = ctx.scale.bands;
  let most = uses(ctx.scale.bands);
  for (const other of ctx.scale.others ?? []) {
    const n = uses(other.bands);
    if (n > most) {
      best = other.bands;
      most = n;
    }
  }
  // none of the workbook's scales has the column's words, and they are the default preset's (a Kategori in Permendagri
  // 86's words in a book whose only scale rates its IKM, "Baik | Sangat Baik"): judged by that preset, as in a book
  // with no scale of its own
  if (most === 0 && ctx.scale.id === 'workbook' && uses(DEFAULT_BANDS) > 0) return DEFAULT_BANDS;
  return best;
}

/** The default preset's bands, for a column of labels in its words that no scale of the workbook's has. */
const DEFAULT_BANDS: Band[] = orderBands(PRESETS[DEFAULT_PRESET].bands);

/**
 * A column its header gives no role ("Hasil Evaluasi", "Kesimpulan") in a table with a capaian, whose every entry is
 * a word of the scale in use and which evidently names the bands of the rows' capaian (two rows at least, and twice as
 * many agreeing as not, a capaian another rule found wrong taken as it should be; a "Tingkat Risiko | Tinggi" beside a
 * capaian does not follow it): the rows' bands, as a "Kategori" column would be.
 */
function bandWordsOnly(t: TableModel, c: TableColumn, ctx: RuleContext): boolean {
  if (c.role !== null || c.half || !t.columns.some((x) => x.role === 'capaian')) return false;
  const bands = scaleFor(t, c, ctx);
  let agree = 0;
  let disagree = 0;
  for (const row of t.rows) {
    const v = t.value(row, c);
    if (v === null || v === undefined || (typeof v === 'string' && !v.trim())) continue;
    const stated = typeof v === 'string' ? bandByLabel(bands, v) : undefined;
    if (!stated) return false;
    const cap = rowCapaian(t, row, c.col, false);
    if (!cap) continue;
    // (a stated capaian already shown wrong: the label may name the band of the capaian it should hold)
    const fixed = cap.cells.length === 1 ? ctx.corrected(t.sheet, cap.cells[0]) : undefined;
    const by = (v: number) => contradictedBand(bands, stated, v, undefined);
    if (by(cap.value.toNumber()) && (fixed === undefined || by(fixed))) disagree++;
    else agree++;
  }
  return agree >= 2 && agree >= 2 * disagree;
}

/**
 * Whether a column's labels, judged by a scale the workbook never states (the default preset: taken because the book
 * has no scale, or because none of its scales has the column's words), evidently follow a scale of the office's own
 * instead: two or more contradict the preset, no fewer than agree with it, and yet they never rank a higher capaian
 * below a lower one — the labels of some other lines drawn between the bands. Which lines the office drew is not
 * written anywhere, so no label of the column is certainly wrong.
 */
function followsUnwrittenScale(t: TableModel, lc: TableColumn, bands: Band[], ctx: RuleContext): boolean {
  if (bands !== DEFAULT_BANDS && (!ctx.scale.assumed || bands !== ctx.scale.bands)) return false;
  const ordered = orderBands(bands);
  const seen: Array<{ value: number; rank: number }> = [];
  let agree = 0;
  let disagree = 0;
  for (const row of t.rows) {
    const text = t.value(row, lc);
    const stated = typeof text === 'string' ? bandByLabel(bands, text) : undefined;
    if (!stated) continue;
    const cap = rowCapaian(t, row, lc.col, false);
    if (!cap) continue;
    const value = cap.value.toNumber();
    if (contradictedBand(bands, stated, value, undefined)) disagree++;
    else agree++;
    seen.push({ value, rank: ordered.indexOf(stated) });
  }
  if (disagree < 2 || disagree < agree) return false;
  seen.sort((a, b) => b.value - a.value);
  // (highest capaian first: each label's band no higher than the one before — rank 0 is the top band)
  return seen.every((s, i) => i === 0 || s.rank >= seen[i - 1].rank || s.value === seen[i - 1].value);
}

/** A row that names the band of the row above ("Rata-rata" then "Kategori"). */
const CATEGORY_ROW = /^(kategori|predikat|kriteria)\b/;

export const predikatRule = defineRule({
  meta: {
    id: 'predikat',
    severity: 'galat',
    category: 'predikat',
    penjelasan:
      'Mencocokkan predikat atau kategori yang tertulis (Sangat Tinggi, Berhasil, Memuaskan …) dengan rentang skala penilaian ' +
      'tempat capaian barisnya jatuh: skala di buku kerja itu sendiri bila ada, selain itu skala yang dipilih. Predikat yang tidak ' +
      'sesuai capaiannya memberi kesan kinerja lebih baik atau lebih buruk dari yang sebenarnya. Kategori serapan di tabel ' +
      'anggaran dicocokkan dengan skala penyerapan anggaran di buku kerja, bila ada; kriteria di tabel efisiensi dengan skala ' +
      'efisiensi di buku kerja (misalnya > 0 Efisien), menurut nilai efisiensi barisnya.',
    messages,
  },
  check(t, ctx) {
    const scaleName = ctx.scale.id === 'workbook' ? 'skala penilaian di buku kerja' : `skala ${ctx.scale.id}`;
    let labelCols = t.columns.filter((c) => c.role === 'predikat' || c.role === 'keterangan' || c.role === 'capaian' || bandWordsOnly(t, c, ctx));
    checkSerapanLabels(t, ctx, labelCols);
    const byEfisiensi = checkEfisiensiLabels(t, ctx, labelCols);
    if (byEfisiensi.size) labelCols = labelCols.filter((lc) => !byEfisiensi.has(lc));
    const scaleOf = new Map(labelCols.map((lc) => [lc, scaleFor(t, lc, ctx)]));
    // (a column of labels on the office's own scale, unwritten: its words are not judged by the preset's lines)
    const unwritten = new Set(labelCols.filter((lc) => followsUnwrittenScale(t, lc, scaleOf.get(lc) as Band[], ctx)));
    const labelled = new Map(labelCols.map((lc) => [lc, labelledCapaian(t, lc, scaleOf.get(lc) as Band[])]));
    const scored = new Map(
      labelCols.map((lc): [TableColumn, TableColumn | undefined] => {
        const bands = scaleOf.get(lc) as Band[];
        return [lc, labelledScore(t, lc, bands) ?? labelledRealisasi(t, lc, bands)];
      }),
    );
    for (let i = 0; i < t.rows.length; i++) {
      const row = t.rows[i];
      for (const lc of labelCols) {
        const bands = scaleOf.get(lc) as Band[];
        const named = bands === DEFAULT_BANDS ? `skala ${DEFAULT_PRESET}` : scaleName;
        const text = t.value(row, lc);
        if (typeof text !== 'string') continue;
        const stated = bandByLabel(bands, text);
        if (!stated) {
          checkClaim(t, ctx, row, lc, text, labelled.get(lc));
          checkEfficiency(t, ctx, row, lc, text, labelled.get(lc));
          continue;
        }
        // A "Kategori" row under "Rata-rata" names the band of the average above it.
        const words = t.cellsOf(row, lc.col - 1).map((c) => norm(String(c.value)));
        const source = words.some((w) => CATEGORY_ROW.test(w)) && i > 0 ? t.rows[i - 1] : row;
        // a label written once for a sasaran (merged down its indikator's rows) names the band of the sasaran's capaian
        const ofSasaran = t.rowSpan(row, lc) > 1 && t.columns.some((c) => c.perSasaran);
        // (or, in a table of scores, the score the grades are evidently of)
        const score = scored.get(lc);
        // (labels of a scale no capaian reaches, an IKM's "Nilai Interval 1,00 – 4,00 | Baik", name another score's bands)
        if (!score && !reachesCapaian(bands)) continue;
        const cap = score
          ? rowScore(t, row, score)
          : ((ofSasaran ? rowCapaian(t, source, lc.col, true) : undefined) ??
            rowCapaian(t, source, source === row ? lc.col : undefined, false, labelled.get(lc)));
        if (!cap) continue;
        const fixed = cap.cells.length === 1 ? ctx.corrected(t.sheet, cap.cells[0]) : undefined;
        const band = contradictedBand(bands, stated, cap.value.toNumber(), fixed);
        if (!band || unwritten.has(lc)) continue;
        ctx.report({
          cell: t.address(row, lc),
          related: [cap.cells.length === 2 ? `${cap.cells[0]}:${cap.cells[1]}` : cap.cells[0]],
          expected: band.label,
          actual: text.trim(),
          message: score
            ? messages.nilai({
                subject: subjectOf(t, row, lc.col),
                stated: text.trim(),
                column: columnName(score),
                value: showValue(cap.value, 'angka'),
                scale: named,
                band: band.label,
              })
            : messages.lain({
                subject: subjectOf(t, source, lc.col),
                stated: text.trim(),
                capaian: showValue(cap.value, 'persen'),
                scale: named,
                band: band.label,
              }),
        });
      }
    }
  },
});
