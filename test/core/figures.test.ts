import Decimal from 'decimal.js';
import {
  cellFigure,
  cellText,
  cleanText,
  conventionOf,
  formatDecimals,
  formatIndonesian,
  formatScale,
  parseFigure,
  parseFigureText,
  Figure,
  settleNumberConvention,
  storedInteger,
  storedNumberKind,
} from '../../src/core/figures';
import { Cell, newCell } from '../../src/core/snapshot';

function fig(text: string): Figure {
  const p = parseFigureText(text);
  if (p.kind !== 'figure') throw new Error(`${text} → ${JSON.stringify(p)}`);
  return p;
}

describe('Indonesian figure text from the seed reports', () => {
  test.each([
    // text, value, unit, decimals
    ['Rp 4.681.577.821,-', '4681577821', 'rupiah', 0],
    ['Rp.84.000.000', '84000000', 'rupiah', 0],
    ['Rp 5.319.338.072', '5319338072', 'rupiah', 0],
    ['Rp84.000.000', '84000000', 'rupiah', 0],
    ['Rp. 921.509.332', '921509332', 'rupiah', 0],
    ['Rp 864.601.900.', '864601900', 'rupiah', 0],
    ['144.905.214,- ,-', '144905214', 'angka', 0],
    ['2.450.728.444,00', '2450728444', 'angka', 2],
    ['94,6 %', '94.6', 'persen', 1],
    ['101,54', '101.54', 'angka', 2],
    ['19,6%', '19.6', 'persen', 1],
    ['98.91 %', '98.91', 'persen', 2],
    ['94.6 %', '94.6', 'persen', 1],
    ['Rp. 30,000,000.00', '30000000', 'rupiah', 2],
    ['81,79 %', '81.79', 'persen', 2],
    ['112%', '112', 'persen', 0],
    ['97 %', '97', 'persen', 0],
    ['<b>97%</b>', '97', 'persen', 0],
    ['206054,00', '206054', 'angka', 2],
    ['7.607', '7607', 'angka', 0],
    ['0.946', '0.946', 'angka', 3],
    ['-5%', '-5', 'persen', 0],
    ['1.718.328.400', '1718328400', 'angka', 0],
  ])('%s', (text, value, unit, decimals) => {
    const f = fig(text);
    expect(f.value.equals(new Decimal(value))).toBe(true);
    expect(f.unit).toBe(unit);
    expect(f.decimals).toBe(decimals);
    expect(f.fromText).toBe(true);
  });

  test('comparators', () => {
    const a = fig('<5%');
    expect(a.comparator).toBe('<');
    expect(a.value.toNumber()).toBe(5);
    expect(a.unit).toBe('persen');
    const b = fig('≤ 50');
    expect(b.comparator).toBe('<=');
    expect(b.value.toNumber()).toBe(50);
    expect(fig('≥85').comparator).toBe('>=');
  });

  test('counting words after the figure', () => {
    const a = fig('19 Kegiatan');
    expect(a.value.toNumber()).toBe(19);
    expect(a.unitText).toBe('Kegiatan');
    expect(fig('300 KK').unitText).toBe('KK');
    expect(fig('1 ORANG').value.toNumber()).toBe(1);
  });

  test.each([
    ['1.500 m2', 1500, 'm2'],
    ['1.234,5 M2', 1234.5, 'M2'],
    ['3 km2', 3, 'km2'],
    ['250 m3', 250, 'm3'],
    ['25 m3/detik', 25, 'm3/detik'],
    ['12,5 km', 12.5, 'km'],
  ])('a measure in square or cubic metres after the figure: %j', (text, value, unit) => {
    const f = fig(text);
    expect([f.value.toNumber(), f.unitText]).toEqual([value, unit]);
  });

  test.each(['Tahap 2', 'Level 3 dari 5', 'Tipe A2'])('a word with a number in it after a figure is no unit: %j', (text) => {
    expect(parseFigureText(`4 ${text}`).kind).not.toBe('figure');
  });

  test.each(['-', 'Rp -', 'Rp. -', '', '  ', '--', '%', 'NA'])('empty: %j', (text) => {
    expect(parseFigureText(text).kind).toBe('empty');
  });

  test.each(['123.476.67,-', '75.238.00', '1.234,5,6', '12.34.567'])('malformed figure is a parse failure, never a guess: %s', (text) => {
    const p = parseFigureText(text);
    expect(p.kind).toBe('invalid');
  });

  test.each(['Sangat Baik', 'Program Rehabilitasi Sosial', 'Tidak ada standar', 'IV/a (Pembina)'])('words are not figures: %s', (text) => {
    expect(parseFigureText(text).kind).toBe('text');
  });
});

describe('numbers stored as numbers', () => {
  test('a fraction in a % format is a percentage', () => {
    const p = parseFigure(0.946, '0.0%');
    expect(p.kind).toBe('figure');
    const f = p as Figure;
    expect(f.value.toNumber()).toBe(94.6);
    expect(f.unit).toBe('persen');
    expect(f.decimals).toBe(1);
    expect(f.fromText).toBe(false);
  });
  test('a stored number is the 15 significant digits Excel keeps: the double written for 0,9385 is 93,85 %, shown 93,9 %', () => {
    const f = parseFigure(0.9384999999999999, '0.0%') as Figure;
    expect(f.value.toString()).toBe('93.85');
    expect(f.value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()).toBe('93.9');
    expect((parseFigure(0.1 + 0.2, 'General') as Figure).value.toString()).toBe('0.3');
    // money to the cent keeps every digit it has
    expect((parseFigure(1234567890123.45, '#,##0.00') as Figure).value.toString()).toBe('1234567890123.45');
  });
  test('decimals come from the number format', () => {
    expect((parseFigure(2450728444, '#,##0.00') as Figure).decimals).toBe(2);
    expect((parseFigure(4681577821, '#,##0') as Figure).decimals).toBe(0);
    expect((parseFigure(1.12, '0%') as Figure).value.toNumber()).toBe(112);
    expect((parseFigure(5319338072, '"Rp"#,##0') as Figure).unit).toBe('rupiah');
    // Excel's currency formats for Indonesia: the symbol, or the ISO code
    expect((parseFigure(5319338072, '_-[$Rp-421]* #,##0_-;\\-[$Rp-421]* #,##0_-') as Figure).unit).toBe('rupiah');
    expect((parseFigure(5319338072, '[$IDR] #,##0') as Figure).unit).toBe('rupiah');
  });
  test('General shows up to ten significant digits', () => {
    expect((parseFigure(101.54) as Figure).decimals).toBe(2);
    expect((parseFigure(0.1 + 0.2) as Figure).decimals).toBe(1);
    expect((parseFigure(580) as Figure).decimals).toBe(0);
  });
  test('a number Excel shows as a date is not a figure (typed "1.12", stored as 1 Desember)', () => {
    const p = parseFigure(46357, 'd-mmm');
    expect(p.kind).toBe('invalid');
    expect(parseFigure(46357, 'dd/mm/yyyy').kind).toBe('invalid');
    expect(parseFigure(0.946, '0.0%').kind).toBe('figure');
    expect(parseFigure(1000, '#,##0;[Red]-#,##0').kind).toBe('figure');
  });
  test('a "%" the format writes after the number without scaling it (0.00"%", 0.0\\%, " persen"): the number is in percent points', () => {
    expect(parseFigure(97.5, '0.0"%"')).toMatchObject({ kind: 'figure', unit: 'persen', num: 97.5 });
    expect(parseFigure(97.5, '0.00\\%')).toMatchObject({ kind: 'figure', unit: 'persen', num: 97.5 });
    expect(parseFigure(0.975, '0.0%')).toMatchObject({ kind: 'figure', unit: 'persen', num: 97.5 });
    expect(parseFigure(97.5, '0.00" persen"')).toMatchObject({ unit: 'persen', num: 97.5 });
    // a "%" before a text placeholder shows no number as a percentage
    expect(parseFigure(97.5, '"%"@')).toMatchObject({ unit: 'angka' });
  });
  test('a number no date can be, under a date format, is the number: Excel shows it as #### and still adds it', () => {
    expect(parseFigure(266750000, 'dd/mm/yyyy')).toMatchObject({ kind: 'figure', num: 266750000 });
    expect(parseFigure(-5, 'dd/mm/yyyy')).toMatchObject({ kind: 'figure', num: -5 });
    expect(storedNumberKind(266750000, 'dd/mm/yyyy')).toBe('figure');
    expect(storedInteger(266750000, 'dd/mm/yyyy')).toBe(266750000);
    // the last day Excel shows, 31/12/9999, is still a date
    expect(parseFigure(2958465, 'dd/mm/yyyy').kind).toBe('invalid');
    expect(storedInteger(45000, 'dd/mm/yyyy')).toBeUndefined();
  });
  test('error values and blanks', () => {
    expect(parseFigure({ error: '#DIV/0!' }).kind).toBe('error');
    expect(parseFigure(null).kind).toBe('empty');
  });
  test('formatDecimals', () => {
    expect(formatDecimals('General')).toBeUndefined();
    expect(formatDecimals('0.00%')).toBe(2);
    expect(formatDecimals('_-* #,##0_-;-* #,##0_-')).toBe(0);
    expect(formatDecimals('[$Rp-421]#,##0.00')).toBe(2);
  });
});

test.each([
  ['#,##0', 1],
  ['#,##0,', 1000],
  ['#,##0,,"jt"', 1000000],
  ['#,##0.00,', 1000],
  ['[$Rp-421]#,##0,;(#,##0,)', 1000],
  ['_-* #,##0_-;-* #,##0_-', 1],
  ['"Rp, "#,##0', 1],
  ['0.00%', 1],
  ['General', 1],
])('formatScale: %s shows the value divided by %d', (fmt, scale) => {
  expect(formatScale(fmt)).toBe(scale);
});

test('formatIndonesian', () => {
  expect(formatIndonesian(4681577821)).toBe('4.681.577.821');
  expect(formatIndonesian(new Decimal('101.497'), 2)).toBe('101,50');
  expect(formatIndonesian(-1234.5, 1)).toBe('-1.234,5');
});

describe('figures as staff type them in other offices', () => {
  test.each([
    ['18 600 000', '18600000', 'angka'],
    ['18\u00a0600\u00a0000', '18600000', 'angka'],
    // characters that show nothing, copied along from a web page or a PDF (a zero-width space, a BOM, a soft hyphen)
    ['98,5%\u200b', '98.5', 'persen'],
    ['\ufeff1.250.000', '1250000', 'angka'],
    ['1.250\u00ad.000', '1250000', 'angka'],
    ['Rp 18 600 000', '18600000', 'rupiah'],
    ['(162.355.000)', '-162355000', 'angka'],
    ['(18 600 000)', '-18600000', 'angka'],
    ['– 1.000', '-1000', 'angka'],
    ['1,087,645,000.00', '1087645000', 'angka'],
    ['1 234,5', '1234.5', 'angka'],
    ['1.000.000.-', '1000000', 'angka'],
    ['100 persen', '100', 'persen'],
    ['98,29 %', '98.29', 'persen'],
    ['105%', '105', 'persen'],
    // the currency inside the brackets of a negative amount, or after the figure
    ['(Rp 2.000.000)', '-2000000', 'rupiah'],
    ['(Rp. 2.000.000,-)', '-2000000', 'rupiah'],
    ['2.000.000 (Rp)', '2000000', 'rupiah'],
    // the rupiah's ",-" with a longer dash or twice; the currency in words after the figure
    ['Rp 1.250.000.000,--', '1250000000', 'rupiah'],
    ['Rp1.250.000.000,–', '1250000000', 'rupiah'],
    ['1.250.000.000 rupiah', '1250000000', 'rupiah'],
    // the sign before the currency, as Excel shows a negative rupiah amount (pasted as values)
    ['-Rp105.000.000', '-105000000', 'rupiah'],
    ['- Rp 105.000.000', '-105000000', 'rupiah'],
    ['−Rp. 32.500.000,-', '-32500000', 'rupiah'],
    ['5.000.000,- Rp', '5000000', 'rupiah'],
    ['IDR 5.000.000', '5000000', 'rupiah'],
    // a rupiah amount never has three decimals: one comma before three digits groups thousands
    ['Rp 250,000', '250000', 'rupiah'],
    ['IDR 1,500', '1500', 'rupiah'],
    ['Rp 2,50', '2.5', 'rupiah'],
    ['1,025', '1.025', 'angka'],
  ])('%j → %s %s', (text, value, unit) => {
    const f = fig(text);
    expect(f.value.toString()).toBe(value);
    expect(f.unit).toBe(unit);
  });
  test.each(['-', '–', 'Rp -', '- %', '– %'])('%j is an empty figure (zero or nothing), never an error', (text) => {
    expect(parseFigureText(text).kind).toBe('empty');
  });
});

/** A text read as a figure, with the value (and unit or comparator) given. */
function readsAs(text: string, want: { value: number; unit?: string; comparator?: string }): void {
  const f = parseFigureText(text);
  expect(f.kind).toBe('figure');
  if (f.kind === 'figure') expect({ value: f.value.toNumber(), unit: f.unit, comparator: f.comparator }).toMatchObject(want);
}

describe('figures as staff type them, beyond the seeds', () => {
  test.each([
    ['87,5%*', 87.5, 'persen'],
    ['92¹', 92, 'angka'],
    ['92,6²)', 92.6, 'angka'],
    ['90 (*)', 90, 'angka'],
    ['92,3%.', 92.3, 'persen'],
    ['90 %)', 90, 'persen'],
    ['120 M', 120, 'angka'],
    // a footnote mark in brackets, an explicit plus, a remark in brackets, per mille
    ['95,5 *)', 95.5, 'angka'],
    ['100 **)', 100, 'angka'],
    ['+5', 5, 'angka'],
    ['+ 2,5 %', 2.5, 'persen'],
    ['80% (tercapai)', 80, 'persen'],
    ['1.587.500.000 (APBD)', 1587500000, 'angka'],
    ['3,5 (B)', 3.5, 'angka'],
    ['5 ‰', 5, 'angka'],
    // the figure in words in brackets before its counting word, as official documents write it; a remark with figures;
    // a rate after the unit
    ['12 (dua belas) Dokumen', 12, 'angka'],
    ['3 (tiga) kali', 3, 'angka'],
    ['100% (2 dokumen)', 100, 'persen'],
    ['25 %/tahun', 25, 'persen'],
    ['Rp 1.250.000/bulan', 1250000, 'rupiah'],
    // the amount in words after it, as a payment order writes it ("terbilang"); ",=" closing an amount as ",-" does
    ['Rp 1.250.000,- (satu juta dua ratus lima puluh ribu rupiah)', 1250000, 'rupiah'],
    [
      'Rp 4.681.577.821 (empat miliar enam ratus delapan puluh satu juta lima ratus tujuh puluh tujuh ribu delapan ratus dua puluh satu rupiah)',
      4681577821,
      'rupiah',
    ],
    ['Rp 1.250.000,=', 1250000, 'rupiah'],
    ['1.250.000.=', 1250000, 'angka'],
    // the percent sign in brackets, as a header's unit is written ("Capaian (%)"); the currency typed with a comma
    ['80 (%)', 80, 'persen'],
    ['97,5 ( % )', 97.5, 'persen'],
    ['Rp,1.250.000', 1250000, 'rupiah'],
    ['Rp, 1.250.000,-', 1250000, 'rupiah'],
    // a rate over a power of ten, as death rates are typed: the figure is the rate
    ['98/100.000 KH', 98, 'angka'],
    ['12 per 1.000 KH', 12, 'angka'],
    ['10,5 per 1000 kelahiran hidup', 10.5, 'angka'],
    ['125 / 100.000 penduduk', 125, 'angka'],
    ['2,1 per 100 penduduk', 2.1, 'angka'],
  ])('%s reads as %s', (text, value, unit) => readsAs(text, { value, unit }));

  test.each([
    ['Min. 85%', 85, '>='],
    ['Minimal 90', 90, '>='],
    ['Paling sedikit 3 dokumen', 3, '>='],
    ['Maks 5%', 5, '<='],
    ['Maksimal 7 hari', 7, '<='],
    ['Paling banyak 2 kasus', 2, '<='],
  ])('%s: a bound in words, read as %s with comparator %s', (text, value, comparator) => readsAs(text, { value, comparator }));
  test.each(['Minggu ke-3', 'Maksimalkan 5 program', '12/12', '3 dari 4', '2.400 / 2.600', '8/10 puskesmas', '98/100', '5 per 10 desa'])(
    '%s stays words',
    (text) => {
      expect(parseFigureText(text).kind).toBe('text');
    },
  );

  test.each(['Rp 2,5 M', 'Rp 2,5 Miliar', '1,5 juta', 'Rp 750 rb', 'Rp 1,2 T'])('%s, an amount rounded in words, is never added up (a peringatan)', (text) => {
    const f = parseFigureText(text);
    expect(f.kind).toBe('invalid');
  });
});

test('a text of a megabyte (one shared string in thousands of cells) is read only so far: words, never a figure', () => {
  const long = `Rp 1.250.000 ${'ffffIIIIdddd'.repeat(90000)}`;
  expect(cellText({ value: long }).length).toBeLessThanOrEqual(2000);
  expect(cellText({ value: long }).startsWith('Rp 1.250.000 ffff')).toBe(true);
  expect(parseFigure(long).kind).toBe('text');
  // a figure as staff type it, with its remark, is still one
  expect(parseFigure('Rp 1.250.000.000,00 (APBD Perubahan)')).toMatchObject({ kind: 'figure', num: 1250000000 });
});

describe('a sheet that writes its figures the English way', () => {
  test.each([
    ['1.250.000', 'id'],
    ['1.250,50', 'id'],
    ['95,5', 'id'],
    ['0,975', 'id'],
    ['1,250,000', 'en'],
    ['1,250.50', 'en'],
    ['104.00', 'en'],
    ['0.975', 'en'],
    ['1,020', undefined],
    ['12.500', undefined],
    ['1250', undefined],
  ])('%s says %s', (token, want) => {
    expect(conventionOf(token)).toBe(want);
  });

  const cells = (rows: Array<Array<string | number | null>>) => {
    const out: Cell[] = [];
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && out.push(newCell(i + 1, j + 1, v))));
    return out;
  };
  const at = (cs: Cell[], row: number, col: number) => cs.find((c) => c.row === row && c.col === col);

  test('"1,020" is one thousand and twenty where the sheet\'s other figures write decimals with a dot', () => {
    const cs = cells([
      ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      ['Jumlah UMKM yang dibina', '1,250', '1,300', '104.00'],
      ['Jumlah wirausaha baru', '980', '1,020', '104.08'],
    ]);
    expect(settleNumberConvention(cs)).toBe('en');
    expect(cellFigure(at(cs, 3, 3))).toMatchObject({ kind: 'figure', num: 1020 });
    expect(cellFigure(at(cs, 2, 2))).toMatchObject({ kind: 'figure', num: 1250 });
  });

  test.each([
    // text in the Target column, what it reads as: the figure itself says it groups thousands (rupiah, three zeros)
    ['55.000', 55000],
    ['Rp44.000', 44000],
    ['Rp 45.000', 45000],
    ['Rp. 12.500', 12500],
    ['1,000', 1000],
    // nothing in it says so: the column's own figures decide (a dot for decimals in this column)
    ['12.500', 12.5],
    ['1,020', 1020],
  ])('in a sheet whose figures write decimals with a dot, %s in a column of plain figures reads %d', (text, want) => {
    const cs = cells([
      ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      ['Tingkat kegemaran membaca', '62', '63.8', '102.9'],
      ['Indeks literasi', '12.5', '12.9', '103.2'],
      ['Jumlah pengunjung perpustakaan', text, '48120', '87.49'],
    ]);
    settleNumberConvention(cs);
    expect(cellFigure(at(cs, 4, 2))).toMatchObject({ kind: 'figure', num: want });
  });

  test("a column's own figures decide for it; with none that tell, the Indonesian way stays", () => {
    const cs = cells([
      ['Uraian', 'Pagu', 'Capaian'],
      ['Belanja Operasi', '1.250.000', '12.500'],
      ['Belanja Modal', '2.500.000', '98.25'],
    ]);
    // the sheet's dots group thousands, but the Capaian column writes its decimals with a dot: 12.500 is twelve and a half
    settleNumberConvention(cs);
    expect(cellFigure(at(cs, 2, 3))).toMatchObject({ kind: 'figure', num: 12.5 });
    const plain = cells([
      ['Indikator', 'Target', 'Realisasi'],
      ['Indeks kepuasan', '1,020', '1,050'],
    ]);
    expect(settleNumberConvention(plain)).toBe('id');
    expect(cellFigure(at(plain, 2, 2))).toMatchObject({ kind: 'figure', num: 1.02 });
  });
});

test('figures stacked one per line are several figures, none the cell’s; a figure with a line of words or a lone Rp is read as before', () => {
  for (const text of ['95%\n80', '97 %\r\n82,4', '1.250.000.000\n\n750.000.000', '2 unit\n3 paket']) {
    const p = parseFigureText(text);
    expect(p.kind).toBe('invalid');
    expect(p.kind === 'invalid' && p.stacked).toBe(true);
  }
  expect(fig('Rp\n1.250.000').value.toString()).toBe('1250000');
  expect(fig('95 %\n').value.toString()).toBe('95');
  expect(fig('1.250.000.000\n(APBD)').value.toString()).toBe('1250000000');
  expect(parseFigureText('Sangat\nBaik').kind).toBe('text');
});

describe('a word broken over two lines at a hyphen, as a converted PDF prints a narrow column', () => {
  test.each([
    ['Reali-\nsasi', 'Realisasi'],
    ['Capai-\nan (%)', 'Capaian (%)'],
    ['Penyediaan Jasa Ke-\nbersihan Kantor', 'Penyediaan Jasa Kebersihan Kantor'],
    // a word said twice keeps its hyphen; a hyphen before a figure or a capital is no broken word
    ['Rata-\nrata', 'Rata-rata'],
    ['Realisasi-\n2024', 'Realisasi- 2024'],
    ['Pagu -\nAnggaran', 'Pagu - Anggaran'],
  ])('%j → %j', (raw, clean) => expect(cleanText(raw)).toBe(clean));
});
