import { ANGKA, CAPAIAN, EFISIENSI, FormulaError, PREDIKAT, SERAPAN } from '../../src/core/formulas';

function errorOf(fn: () => unknown): FormulaError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FormulaError) return e;
    throw e;
  }
  throw new Error('expected a FormulaError');
}

describe('CAPAIAN reproduces the seeds', () => {
  test('Gowa 653 / 580 → 112 %', () => {
    expect(CAPAIAN(580, 653)).toBeCloseTo(1.12586, 5);
    expect(Math.round(CAPAIAN(580, 653) * 100)).toBe(113); // rounds to 113, Gowa shows 112 (truncated)
    expect(Math.trunc(CAPAIAN(580, 653) * 100)).toBe(112);
  });
  test('Metro 95 / 94,6 and 69,16 / 68,14', () => {
    expect(CAPAIAN('94,6', 95)).toBeCloseTo(1.004228, 6);
    expect(CAPAIAN(68.14, 69.16)).toBeCloseTo(1.014969, 6); // the report says 101,54: a real error
  });
  test('Manggarai 18.336 / 18.589 = 98,64 %', () => {
    expect(CAPAIAN('18.589', '18.336')).toBeCloseTo(0.98639, 5);
  });
  test('figure text in any form', () => {
    expect(CAPAIAN('13%', '22%')).toBeCloseTo(1.6923, 4);
    expect(CAPAIAN(0.13, '22 %')).toBeCloseTo(1.6923, 4);
  });
  test('negative polarity (lower is better)', () => {
    expect(CAPAIAN('<5%', '6%', 'negatif')).toBeCloseTo(0.8, 10); // (2·5 − 6) / 5
    expect(CAPAIAN(4.5, 5, 'negatif-rasio')).toBeCloseTo(0.9, 10); // 4,5 / 5
  });
  test('exact decimal arithmetic', () => {
    expect(CAPAIAN(0.3, 0.1)).toBe(1 / 3);
    expect(EFISIENSI(0.3, 0.1)).toBe(0.2); // 0.3 − 0.1 would be 0.19999999999999998 in floating point
  });
  test('errors', () => {
    expect(errorOf(() => CAPAIAN(0, 5)).code).toBe('#DIV/0!');
    expect(errorOf(() => CAPAIAN(5, 0, 'negatif-rasio')).code).toBe('#DIV/0!');
    expect(errorOf(() => CAPAIAN('abc', 5)).code).toBe('#VALUE!');
    expect(errorOf(() => CAPAIAN('123.476.67,-', 5)).code).toBe('#VALUE!');
    expect(errorOf(() => CAPAIAN(5, 5, 'terbalik')).code).toBe('#VALUE!');
    expect(errorOf(() => CAPAIAN(null, 5)).code).toBe('#VALUE!');
    expect(errorOf(() => CAPAIAN(0, 5)).pesan).toMatch(/target bernilai 0/);
  });
});

describe('SERAPAN', () => {
  test('Maluku 436.802.132 / 547.279.000 is 79,8 %, not 98,91 %', () => {
    expect(SERAPAN('Rp. 547.279.000', 'Rp. 436.802.132')).toBeCloseTo(0.79813, 5);
  });
  test('Gowa 4.996.397.274 / 5.319.338.072 → 94 %', () => {
    expect(SERAPAN(5319338072, 4996397274)).toBeCloseTo(0.93929, 5);
  });
  test('pagu 0', () => {
    expect(errorOf(() => SERAPAN('Rp. 0', 'Rp. 0')).code).toBe('#DIV/0!');
  });
});

describe('EFISIENSI', () => {
  test('Gowa and Ambon: capaian − serapan', () => {
    expect(EFISIENSI('112%', '94%')).toBe(0.18);
    expect(EFISIENSI(1, 0.96)).toBe(0.04);
  });
  test('rasio', () => {
    expect(EFISIENSI(1.12, 0.94, 'rasio')).toBeCloseTo(1.19149, 5);
    expect(errorOf(() => EFISIENSI(1.12, 0, 'rasio')).code).toBe('#DIV/0!');
    expect(errorOf(() => EFISIENSI(1.12, 0.9, 'bagi')).code).toBe('#VALUE!');
  });
  test('sisa anggaran and PMK 22/2021', () => {
    expect(EFISIENSI('112%', '94%', 'sisa')).toBe(0.06);
    expect(EFISIENSI(1.2, 0.96, 'pmk')).toBe(0.2);
    expect(errorOf(() => EFISIENSI(0, 0.9, 'pmk')).code).toBe('#DIV/0!');
  });
});

describe('PREDIKAT', () => {
  test('presets', () => {
    expect(PREDIKAT(0.95)).toBe('Sangat Tinggi');
    expect(PREDIKAT(0.905)).toBe('Tinggi'); // between 90 and 91 → the lower band
    expect(PREDIKAT(0.5)).toBe('Sangat Rendah');
    expect(PREDIKAT(1.12, 'berhasil-4')).toBe('Sangat Berhasil');
    expect(PREDIKAT(1.1, 'berhasil-4')).toBe('Sangat Berhasil');
    expect(PREDIKAT(1.0999, 'berhasil-4')).toBe('Berhasil');
    expect(PREDIKAT(0.59, 'berhasil-4')).toBe('Tidak Berhasil');
    expect(PREDIKAT(0.9864, 'memuaskan-5')).toBe('Sangat Baik');
    expect(PREDIKAT('85,38%', 'memuaskan-5')).toBe('Sangat Baik');
    expect(PREDIKAT(0.495, 'memuaskan-5')).toBe('Kurang');
  });
  test('a two-column range in either order, with written intervals', () => {
    const metro = [
      ['91 ≥', 'Sangat tinggi'],
      ['76 ≤ 90', 'Tinggi'],
      ['66 ≤ 75', 'Sedang'],
      ['51 ≤ 65', 'Rendah'],
      ['≤ 50', 'Sangat Rendah'],
    ];
    expect(PREDIKAT(0.905, metro)).toBe('Tinggi');
    expect(PREDIKAT(0.91, metro)).toBe('Sangat tinggi');
    expect(PREDIKAT(0.3, metro)).toBe('Sangat Rendah');
    const reversed = [
      ['Memuaskan', 100],
      ['Baik', 70],
      ['Kurang', 0],
    ];
    expect(PREDIKAT(0.75, reversed)).toBe('Baik');
  });
  test('errors', () => {
    expect(
      errorOf(() =>
        PREDIKAT(0.4, [
          [91, 'Sangat Tinggi'],
          [76, 'Tinggi'],
        ]),
      ).code,
    ).toBe('#N/A');
    expect(PREDIKAT(0.4, 'permendagri-86')).toBe('Sangat Rendah');
    expect(errorOf(() => PREDIKAT(0.9, 'entah')).code).toBe('#VALUE!');
    expect(errorOf(() => PREDIKAT(0.9, [['tanpa batas', 'x']])).code).toBe('#VALUE!');
  });
});

test('ANGKA', () => {
  expect(ANGKA('Rp 4.681.577.821,-')).toBe(4681577821);
  expect(ANGKA('94,6 %')).toBe(0.946);
  expect(ANGKA('Rp. 30,000,000.00')).toBe(30000000);
  expect(ANGKA(12)).toBe(12);
  expect(errorOf(() => ANGKA('123.476.67,-')).code).toBe('#VALUE!');
  expect(errorOf(() => ANGKA('Sangat Baik')).code).toBe('#VALUE!');
  expect(errorOf(() => ANGKA('-')).code).toBe('#VALUE!');
});
