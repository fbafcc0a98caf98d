/**
 * persen-serapan (galat): a stated % serapan ≠ realisasi anggaran / pagu by one unit of its last shown digit or
 * more (Maluku: 436.802.132 / 547.279.000 is 79,81 %, not 98,91 %).
 */
import { ratioCheck, withinInputRounding } from '../measures';
import { Figure } from '../figures';
import { TableModel } from '../model';
import {
  agreesWithSummedParts,
  asFigure,
  partCells,
  RatioColumns,
  ratioColumns,
  ratioFollowsInputs,
  ratioFollowsPeriods,
  RatioRow,
  ratioRows,
} from '../ratios';
import { evidentlyFollows, revisionOf } from './facts';
import { defineRule } from './rule';
import { num, roundedFromRupiah, rowName, showValue } from './util';

const messages = {
  selisih: (d: { row: string; stated: string; realisasi: string; pagu: string; expected: string }) =>
    `Serapan ${d.row} tertulis ${d.stated}, padahal realisasi / pagu = ${d.realisasi} / ${d.pagu} = ${d.expected}.`,
  /** Revenue against its target ("Target (Rp) | Realisasi (Rp) | Capaian (%)" of a retribusi or a PAD): no pagu, no serapan. */
  pendapatan: (d: { row: string; stated: string; realisasi: string; pagu: string; expected: string }) =>
    `Capaian ${d.row} tertulis ${d.stated}, padahal realisasi / target = ${d.realisasi} / ${d.pagu} = ${d.expected}.`,
};

/**
 * An amount headed as a target alone ("Target (Rp)", "Target Pendapatan"): revenue to collect, not a budget to spend
 * (a "Target/Anggaran" over the income and the spending of a BLUD is both: said as a pagu, as before).
 */
const revenueTarget = (header: string): boolean => /\btarget\b/i.test(header) && !/\b(anggaran|pagu|belanja|dpa|alokasi)\b/i.test(header);

/**
 * Whether the rows evidently take the serapan's own pagu where the table has two: at least two of them agree with it
 * alone, and no more than a third as many with the other one alone (one row of the other among three is a slip). Where
 * its own is the revised pagu and the other the original ("Pagu Murni | Pagu Perubahan"), fewer with the other than with
 * it is enough: once the budget is revised, the serapan is of the revised one (the original's a row's slip).
 */
function evidentPagu(t: TableModel, rc: RatioColumns, ofOther: (rr: RatioRow, stated: Figure, realisasi: Figure) => boolean, ownIsRevised: boolean): boolean {
  let own = 0;
  let other = 0;
  for (const rr of ratioRows(t, rc)) {
    const pagu = asFigure(rr.base);
    const realisasi = asFigure(rr.part);
    const stated = asFigure(rr.ratio);
    if (!pagu || !realisasi || !stated || pagu.num === 0) continue;
    const byOwn = ratioCheck(stated, realisasi, pagu).ok;
    const byOther = ofOther(rr, stated, realisasi);
    if (byOwn && !byOther) own++;
    else if (byOther && !byOwn) other++;
  }
  return evidentlyFollows(own, other, ownIsRevised);
}

export const persenSerapan = defineRule({
  meta: {
    id: 'persen-serapan',
    recomputes: true,
    severity: 'galat',
    category: 'persentase',
    penjelasan:
      'Menghitung ulang persentase serapan anggaran dari realisasi dan pagu di barisnya (realisasi ÷ pagu × 100) dan ' +
      'membandingkannya dengan yang tertulis, dengan toleransi pembulatan tampilan. Serapan dipakai untuk menilai efisiensi dan ' +
      'kinerja keuangan; serapan yang salah hitung membuat efisiensi ikut salah.',
    messages,
  },
  check(t, ctx) {
    for (const rc of ratioColumns(t)) {
      if (rc.kind !== 'serapan' || !ratioFollowsInputs(t, rc)) continue;
      // a table with two pagu (Murni and Perubahan): a serapan of the other one is a choice, not a contradiction —
      // unless the table's rows evidently take this one (a row of the other one then a slip)
      const otherPagu = t.columns.filter((c) => c.role === 'anggaran' && c !== rc.base && c.col < rc.ratio.col && c.year === rc.base.year);
      const ofOther = (rr: RatioRow, stated: Figure, realisasi: Figure) =>
        otherPagu.some((c) => {
          const other = asFigure(t.figure(rr.row, c));
          return !!other && other.num !== 0 && other.unit !== 'persen' && ratioCheck(stated, realisasi, other).ok;
        });
      const ownIsRevised = revisionOf(rc.base.header) === 'perubahan' && otherPagu.every((c) => revisionOf(c.header) === 'murni');
      const choice = otherPagu.length > 0 && !evidentPagu(t, rc, ofOther, ownIsRevised);
      for (const rr of ratioRows(t, rc)) {
        const pagu = asFigure(rr.base);
        const realisasi = asFigure(rr.part);
        const stated = asFigure(rr.ratio);
        if (!pagu || !realisasi || !stated || pagu.num === 0) continue;
        // a serapan is computed from amounts: a "pagu" written as a percentage or a bound ("<5%") is not one
        if (pagu.unit === 'persen' || realisasi.unit === 'persen' || pagu.comparator || realisasi.comparator) continue;
        // (nor figures each signed "%" in the cell beside them)
        if (rc.base.unit === 'percent' || rc.part.unit === 'percent') continue;
        // nor is a "pagu" under one rupiah beside a realisasi in thousands or more (a share typed without its % format,
        // 0,11 beside Rp 106.295.000): the two are not in one unit, and no serapan can be computed from them
        if (Math.abs(pagu.num) < 1 && Math.abs(realisasi.num) >= 1000) continue;
        const check = ratioCheck(stated, realisasi, pagu);
        // (a JUMLAH's serapan of its rows' sums, as they are written or as the rules that recomputed them say they should be)
        if (check.ok || agreesWithSummedParts(t, rr.row, [rc.part], rc.base, stated, (r, c) => ctx.corrected(t.sheet, t.address(r, c)))) continue;
        // money in thousands or millions is rounded: a serapan of the rupiah it was rounded from is no error
        if (roundedFromRupiah([rc.base, rc.part]) && withinInputRounding(stated, realisasi, pagu)) continue;
        // computed from the quarters' sum, which the year's Total does not hold: the Total is wrong (jumlah-total's)
        if (ratioFollowsPeriods(t, rr.row, rc)) continue;
        if (choice && ofOther(rr, stated, realisasi)) continue;
        const computed = check.expected();
        const p = check.shown();
        const revenue = revenueTarget(rc.base.header);
        ctx.report({
          cell: t.address(rr.row, rc.ratio),
          related: [t.address(rr.row, rc.base), partCells(t, rr.row, rc)],
          expected: num(computed, 2),
          actual: num(p.value, 4),
          unit: 'persen',
          computation: `realisasi ÷ ${revenue ? 'target' : 'pagu'} × 100 = ${showValue(realisasi.value, 'rupiah')} ÷ ${showValue(pagu.value, 'rupiah')} × 100 = ${showValue(computed, 'persen')}`,
          message: messages[revenue ? 'pendapatan' : 'selisih']({
            row: rowName(rr.row),
            stated: showValue(p.value, 'persen', p.decimals),
            realisasi: showValue(realisasi.value, 'rupiah', 2, rc.part.magnitude),
            pagu: showValue(pagu.value, 'rupiah', 2, rc.base.magnitude),
            expected: showValue(computed, 'persen'),
          }),
        });
      }
    }
  },
});
