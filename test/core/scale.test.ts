import { bandByLabel, bandFor, parseBandText, parseInterval, PRESETS } from '../../src/core/scale';

test.each([
  ['91 ≥', { lower: 91 }],
  ['$91 \\geq$', { lower: 91 }],
  ['76 ≤ 90', { lower: 76, upper: 90 }],
  ['$76 \\leq 90$', { lower: 76, upper: 90 }],
  ['≥ 85-99', { lower: 85, upper: 99 }],
  ['≥50-69', { lower: 50, upper: 69 }],
  ['110 Keatas', { lower: 110 }],
  ['$90 \\leq x < 110$', { lower: 90, upper: 110 }],
  ['90 ≤ x < 110', { lower: 90, upper: 110 }],
  ['≤49', { upper: 49 }],
  ['≤ 50', { upper: 50 }],
  ['x < 60', { upper: 60 }],
  ['≥100', { lower: 100 }],
  ['85 - 99', { lower: 85, upper: 99 }],
  ['> 100', { lower: 100 }],
  // the measure named instead of x, and x on the right
  ['90 ≤ capaian < 110', { lower: 90, lowerInclusive: true, upper: 110, upperInclusive: false }],
  ['Capaian ≥ 100', { lower: 100, lowerInclusive: true }],
  ['60 ≤ Nilai Capaian < 75', { lower: 60, upper: 75 }],
  ['Nilai < 50', { upper: 50, upperInclusive: false }],
  ['90 < x', { lower: 90, lowerInclusive: false }],
  ['100 ≥ x', { upper: 100, upperInclusive: true }],
  // a range whose lower bound is signed: "> 80 - 90" leaves 80 to the band below ("> 70 - 80")
  ['> 80 - 90', { lower: 80, lowerInclusive: false, upper: 90, upperInclusive: true }],
  ['≥ 80 - 90', { lower: 80, lowerInclusive: true, upper: 90, upperInclusive: true }],
  // "sampai dengan" however it is shortened, and English
  ['76 sd 90', { lower: 76, upper: 90, upperInclusive: true }],
  ['76 SD. 90', { lower: 76, upper: 90 }],
  ['76 s/d. 90', { lower: 76, upper: 90 }],
  ['85 sd < 100', { lower: 85, upper: 100, upperInclusive: false }],
  ['76 to 90', { lower: 76, upper: 90 }],
  // comparisons in words, alone or inside a range
  ['75 sampai dengan kurang dari 100', { lower: 75, lowerInclusive: true, upper: 100, upperInclusive: false }],
  ['75 s/d kurang dari 100', { lower: 75, upper: 100, upperInclusive: false }],
  ['Lebih dari atau sama dengan 90', { lower: 90, lowerInclusive: true }],
  ['lebih besar dari 100', { lower: 100, lowerInclusive: false }],
  ['Kurang dari sama dengan 50', { upper: 50, upperInclusive: true }],
  ['kurang dari 75', { upper: 75, upperInclusive: false }],
  // the percent in words, and the mathematician's brackets (a square one holds its bound, a round one does not)
  ['≤ 50 persen', { upper: 50, upperInclusive: true }],
  ['91 persen ke atas', { lower: 91, lowerInclusive: true }],
  ['(85 - 100]', { lower: 85, lowerInclusive: false, upper: 100, upperInclusive: true }],
  ['[70; 85)', { lower: 70, lowerInclusive: true, upper: 85, upperInclusive: false }],
  // a range merely put in brackets holds both its bounds
  ['(90 - 100)', { lower: 90, lowerInclusive: true, upper: 100, upperInclusive: true }],
  // the measure as a letter (R for realisasi, K or NK for kinerja) or "Tingkat Capaian", and "antara … dan …"
  ['R > 90 %', { lower: 90, lowerInclusive: false }],
  ['75 < R ≤ 90', { lower: 75, lowerInclusive: false, upper: 90, upperInclusive: true }],
  ['NK < 50', { upper: 50, upperInclusive: false }],
  ['Tingkat Capaian ≥ 90', { lower: 90, lowerInclusive: true }],
  ['antara 75 dan 89', { lower: 75, lowerInclusive: true, upper: 89, upperInclusive: true }],
  // the words that open a range ("antara 75 - 89", "dari 75 sampai 89", "mulai 90 hingga 100")
  ['antara 75 - 89', { lower: 75, lowerInclusive: true, upper: 89, upperInclusive: true }],
  ['dari 75 sampai 89', { lower: 75, lowerInclusive: true, upper: 89, upperInclusive: true }],
  ['Mulai 90 hingga 100', { lower: 90, lowerInclusive: true, upper: 100, upperInclusive: true }],
  // a bound in words, and the measure named before a range
  ['Minimal 80', { lower: 80, lowerInclusive: true }],
  ['Maksimal 50', { upper: 50, upperInclusive: true }],
  ['Nilai > 80 s/d 90', { lower: 80, lowerInclusive: false, upper: 90, upperInclusive: true }],
  // the band's name in brackets after its interval
  ['> 85 (Sangat Baik)', { lower: 85, lowerInclusive: false }],
  ['≥100% (Tercapai)', { lower: 100, lowerInclusive: true }],
])('interval %s', (text, want) => {
  expect(parseInterval(text)).toMatchObject(want);
});

test('the top band as a range open above ("91 s.d. 100 ke atas"): a and more, no upper bound', () => {
  expect(parseInterval('91 s.d. 100 ke atas')).toEqual({ lower: 91, lowerInclusive: true, upperInclusive: false });
  expect(parseInterval('100 - 110 atau lebih')).toEqual({ lower: 100, lowerInclusive: true, upperInclusive: false });
});

test('not intervals', () => {
  expect(parseInterval('Sangat Baik')).toBeUndefined();
  expect(parseInterval('2024')).toBeUndefined();
  expect(parseInterval('Capaian')).toBeUndefined();
  expect(parseInterval('C')).toBeUndefined();
  expect(parseInterval('dari Dinas Kesehatan')).toBeUndefined();
  expect(parseInterval('Minimal')).toBeUndefined();
});

test('a lone value among written bands is a band of that value alone, "> 100" above it', () => {
  expect(parseBandText('100')).toEqual({ lower: 100, lowerInclusive: true, upper: 100, upperInclusive: true });
  expect(parseBandText('= 100')).toMatchObject({ lower: 100, upper: 100 });
  expect(parseBandText('Sama dengan 100')).toEqual({ lower: 100, lowerInclusive: true, upper: 100, upperInclusive: true });
  expect(parseBandText('Memuaskan')).toBeUndefined();
  const bands = [
    { ...parseBandText('Lebih dari 100')!, label: 'Sangat Memuaskan' },
    { ...parseBandText('100')!, label: 'Memuaskan' },
    { ...parseBandText('75 sampai dengan kurang dari 100')!, label: 'Kurang Memuaskan' },
    { ...parseBandText('Kurang dari 75')!, label: 'Tidak Memuaskan' },
  ];
  expect([100.5, 100, 99.99, 75, 74.9].map((v) => bandFor(bands, v)!.label)).toEqual([
    'Sangat Memuaskan',
    'Memuaskan',
    'Kurang Memuaskan',
    'Kurang Memuaskan',
    'Tidak Memuaskan',
  ]);
});

test('lookup: between two written limits belongs to the lower band', () => {
  const b = PRESETS['permendagri-86'].bands;
  expect(bandFor(b, 90.5)!.label).toBe('Tinggi');
  expect(bandFor(b, 91)!.label).toBe('Sangat Tinggi');
  expect(bandFor(b, 10)!.label).toBe('Sangat Rendah');
});

test('label matching: the initials of a scale in words ("ST", "T", "S", "R", "SR"), never on a scale of letter grades', () => {
  const words = PRESETS['permendagri-86'].bands;
  const named = (s: string) => bandByLabel(words, s)?.label;
  expect(['ST', 'T', 'S', 'R', 'SR'].map(named)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
  // (capitals as typed, initials of some band only)
  expect(named('st')).toBeUndefined();
  expect(named('SB')).toBeUndefined();
  const grades = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'].map((label, i) => ({ lower: 90 - 10 * i, lowerInclusive: false, upperInclusive: true, label }));
  expect(bandByLabel(grades, 'B')?.label).toBe('B');
  // two bands with the same initials ("Sangat Baik", "Sangat Buruk"): the scale is not read by initials at all
  const same = [
    { lower: 90, lowerInclusive: true, upperInclusive: false, label: 'Sangat Baik' },
    { lower: 60, lowerInclusive: true, upperInclusive: false, label: 'Baik' },
    { lower: undefined, lowerInclusive: false, upperInclusive: false, label: 'Sangat Buruk' },
  ];
  expect(bandByLabel(same, 'SB')).toBeUndefined();
  expect(bandByLabel(same, 'B')).toBeUndefined();
});

test('label matching accepts any of the slash alternatives, exactly', () => {
  const bands = [
    { lower: 110, lowerInclusive: true, upperInclusive: false, label: 'Sangat tercapai/ Sangat berhasil' },
    { lower: 90, lowerInclusive: true, upperInclusive: false, label: 'Tercapai/ Berhasil' },
  ];
  expect(bandByLabel(bands, 'SANGAT BERHASIL')).toBe(bands[0]);
  expect(bandByLabel(bands, 'Berhasil')).toBe(bands[1]);
  expect(bandByLabel(bands, 'Baik')).toBeUndefined();
});
