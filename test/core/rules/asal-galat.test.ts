import { periksaWorkbook } from '../../../src/core/periksa';
import { bold, book, sheet } from '../../helpers/snap';

/** A program with two kegiatan: pagu, realisasi, sisa (pagu − realisasi) and serapan (realisasi / pagu). */
const table = (k1: { pagu: number; realisasi: number }, program = { pagu: 800, realisasi: 720 }) =>
  book(
    sheet('Realisasi', [
      ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi', 'Sisa', '%'],
      [bold('1'), bold('Program Penunjang'), program.pagu, program.realisasi, 80, 90],
      ['1.1', 'Kegiatan Perencanaan', k1.pagu, k1.realisasi, 50, 90],
      ['1.2', 'Kegiatan Keuangan', 300, 270, 30, 90],
    ]),
  );

const galat = (wb: ReturnType<typeof table>) =>
  periksaWorkbook(wb)
    .findings.filter((f) => f.severity === 'galat')
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe('asal-galat: findings traced back to the one figure they share', () => {
  test.each([
    ['all right', { pagu: 500, realisasi: 450 }, undefined, []],
    // the kegiatan pagu typed 600 for 500: program ≠ Σ, serapan ≠ 450 / 600, sisa ≠ 600 − 450 — one error, at C3
    ['a kegiatan pagu wrong', { pagu: 600, realisasi: 450 }, undefined, ['asal-galat C3']],
    // the kegiatan realisasi typed 405 for 450: the same three, traced to D3
    ['a kegiatan realisasi wrong', { pagu: 500, realisasi: 405 }, undefined, ['asal-galat D3']],
    // the program pagu wrong: its own sum finding stays; its sisa and serapan, computed from the right pagu, join it
    ['the program pagu wrong', { pagu: 500, realisasi: 450 }, { pagu: 900, realisasi: 720 }, ['jumlah-induk C2']],
  ])('%s', (_, k1, program, expected) => {
    expect(galat(table(k1, program))).toEqual(expected);
  });

  test('the figure that explains the most findings is the error, not one that explains some of them', () => {
    // a kegiatan spent nearly all its pagu (Rp 499 of 500 million: sisa 1, 99,8 %) and its realisasi was typed 509: its
    // serapan and sisa would also agree with a pagu of 510 — but the realisasi explains them and its programme's sum
    // too. The programme's pagu is typed wrong as well (its own finding, listed first).
    const wb = book(
      sheet('Realisasi', [
        ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi', 'Sisa', '%'],
        [bold('1'), bold('Program Penunjang'), 900e6, 760e6, 40e6, 95],
        ['1.1', 'Kegiatan Perencanaan', 500e6, 509e6, 1e6, 99.8],
        ['1.2', 'Kegiatan Keuangan', 300e6, 261e6, 39e6, 87],
      ]),
    );
    expect(galat(wb)).toEqual(['asal-galat D3', 'jumlah-induk C2']);
  });

  test('the finding says which figure, what it should be and what it explains', () => {
    const f = periksaWorkbook(table({ pagu: 600, realisasi: 450 })).findings.find((x) => x.rule === 'asal-galat');
    expect(f).toMatchObject({ sheet: 'Realisasi', cell: 'C3', expected: 500, actual: 600, severity: 'galat' });
    expect([...(f?.related ?? [])].sort()).toEqual(['C2', 'E3', 'F3']);
    expect(f?.message).toMatch(/^Angka .* di C3 tertulis .*600.*cocok bila angka ini .*500/);
  });

  test('money written in thousands is shown in thousands, as the findings it explains show it', () => {
    // the caption says the figures are thousands of rupiah: a kegiatan pagu of 600 (thousand) for 500 is Rp 600 ribu,
    // not Rp 600, in the sentence and in the figures beside it
    const wb = book(
      sheet('Realisasi', [
        ['Realisasi Anggaran Tahun 2024 (dalam ribuan rupiah)'],
        ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi', 'Sisa', '%'],
        [bold('1'), bold('Program Penunjang'), 800, 720, 80, 90],
        ['1.1', 'Kegiatan Perencanaan', 600, 450, 50, 90],
        ['1.2', 'Kegiatan Keuangan', 300, 270, 30, 90],
      ]),
    );
    const f = periksaWorkbook(wb).findings.find((x) => x.rule === 'asal-galat');
    expect(f).toMatchObject({ cell: 'C4', expected: 500, actual: 600, expectedText: 'Rp 500 ribu', actualText: 'Rp 600 ribu' });
    expect(f?.message).toContain('tertulis Rp 600 ribu');
    expect(f?.message).toContain('bila angka ini Rp 500 ribu');
  });

  test('a serapan rounded to two decimals is traced like a sum', () => {
    // serapan written to the hundredth, as reports do: 97,01 % of Rp 498.800.000 is Rp 483.885.880 give or take
    // Rp 2.494 — a realisasi of Rp 483.885.000 is one of the values it stands for. The program has one kegiatan, so
    // its serapan cannot be judged from the sum of several rows below it.
    const wb = (program: number, sub: number, serapan = 97.01) =>
      book(
        sheet('Realisasi', [
          ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
          [bold('1'), bold('Program Pendaftaran Penduduk'), 498800000, program, serapan],
          [bold('1.1'), bold('Pelayanan Pendaftaran Penduduk'), 498800000, 483885000, 97.01],
          ['1.1.1', 'Penyelenggaraan Pendaftaran Penduduk', 412300000, 398765000, 96.72],
          ['1.1.2', 'Pelayanan Kartu Identitas Anak', 86500000, sub, 98.4],
        ]),
      );
    expect(galat(wb(483885000, 85120000))).toEqual([]);
    // the program's realisasi typed Rp 100.000 high: its serapan, computed from the right one, is no second error
    expect(galat(wb(483985000, 85120000))).toEqual(['jumlah-induk D2']);
    const own = periksaWorkbook(wb(483985000, 85120000)).findings.find((f) => f.rule === 'jumlah-induk');
    expect(own?.related).toContain('E2');
    // a sub kegiatan's realisasi typed Rp 1.000.000 low: the kegiatan's sum and the sub kegiatan's serapan both point at it
    expect(galat(wb(483885000, 84120000))).toEqual(['asal-galat D5']);
    // a serapan that fits neither the stated nor the right realisasi stays a finding of its own
    expect(galat(wb(483985000, 85120000, 95.5))).toEqual(['jumlah-induk D2', 'persen-serapan E2']);
  });

  test('a figure added across the row (APBD + DAK = Jumlah) is traced like one added down the column', () => {
    // a kegiatan's DAK realisasi typed 920 for 902: the programme's sum down the column, its serapan and the row's
    // Jumlah across the funding sources all point at it — one error, at G5
    const wb = (dak: number) =>
      book(
        sheet(
          'Sumber Dana',
          [
            ['No', 'Program / Kegiatan', 'APBD', null, null, 'DAK', null, null, 'Jumlah', null, null],
            [null, null, 'Pagu', 'Realisasi', '%', 'Pagu', 'Realisasi', '%', 'Pagu', 'Realisasi', '%'],
            [bold('1'), bold('Program Upaya Kesehatan'), 3770, 3556.1, 94.33, 2750, 2667.4, 97, 6520, 6223.5, 95.45],
            ['1.1', 'Penyediaan Fasilitas Kesehatan', 2450, 2301.5, 93.94, 1800, 1765, 98.06, 4250, 4066.5, 95.68],
            ['1.2', 'Penyediaan Layanan Rujukan', 1320, 1254.6, 95.05, 950, dak, 94.99, 2270, 2157, 95.02],
            [bold('2'), bold('Program SDM Kesehatan'), 897, 869.55, 96.94, 240, 236.8, 98.67, 1137, 1106.35, 97.3],
            ['2.1', 'Perencanaan Kebutuhan SDMK', 385, 371.25, 96.43, 0, 0, '-', 385, 371.25, 96.43],
            ['2.2', 'Peningkatan Kompetensi SDMK', 512, 498.3, 97.32, 240, 236.8, 98.67, 752, 735.1, 97.75],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:K1'] },
        ),
      );
    expect(galat(wb(902.4))).toEqual([]);
    expect(galat(wb(920.4))).toEqual(['asal-galat G5']);
    const f = periksaWorkbook(wb(920.4)).findings.find((x) => x.rule === 'asal-galat');
    expect(f).toMatchObject({ cell: 'G5', expected: 902.4, actual: 920.4 });
    expect([...(f?.related ?? [])].sort()).toEqual(['G3', 'H5', 'J5']);
  });

  test('sub kegiatan that would each explain the same sums (no serapan of their own): none is named, the sums stay', () => {
    // a kegiatan line and its Jumlah both 800 over sub kegiatan adding up to 820: any one of the three typed 20 too many
    // would do — the place of the error is not known
    const wb = book(
      sheet('Realisasi', [
        ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi'],
        [bold('I'), bold('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH')],
        [bold('1'), bold('Kegiatan Perencanaan'), 800, 700],
        ['1.1', 'Penyusunan Dokumen', 300, 260],
        ['1.2', 'Pemantauan dan Evaluasi', 220, 190],
        ['1.3', 'Koordinasi', 300, 250],
        [null, bold('Jumlah'), 800, 700],
      ]),
    );
    const f = periksaWorkbook(wb).findings.filter((x) => x.severity === 'galat');
    // each sum lists the sub kegiatan, the wrong one among them (the Jumlah closes the kegiatan: its rows are its)
    expect(f.map((x) => [x.rule, x.cell, x.related])).toEqual([
      ['jumlah-induk', 'C3', ['C4:C6']],
      ['jumlah-total', 'C7', ['C4:C6']],
    ]);
  });

  test('a finding that would need another value for the cell is left as it is', () => {
    // pagu 600 for 500, and a sisa of 100 that fits neither: the pagu explains the sum and the serapan, the sisa is
    // wrong on its own
    const wb = book(
      sheet('Realisasi', [
        ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi', 'Sisa', '%'],
        [bold('1'), bold('Program Penunjang'), 800, 720, 80, 90],
        ['1.1', 'Kegiatan Perencanaan', 600, 450, 100, 90],
        ['1.2', 'Kegiatan Keuangan', 300, 270, 30, 90],
      ]),
    );
    expect(galat(wb)).toEqual(['asal-galat C3', 'selisih E3']);
  });
});
