/** The custom-function wrappers, run against a runtime double whose ErrorCode values come from the real typings. */
import * as fns from '../../src/functions/functions';
import { fakeCustomFunctionsRuntime, realErrorCodes, thrown } from '../helpers/custom-functions-runtime';

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = fakeCustomFunctionsRuntime().CustomFunctions;
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

test('the double is Excel’s own error values', () => {
  expect(realErrorCodes()).toMatchObject({ divisionByZero: '#DIV/0!', invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' });
});

test('results are plain numbers and strings, synchronously', () => {
  expect(fns.capaian(100, 80)).toBe(0.8);
  expect(fns.capaian(580, 653)).toBeCloseTo(1.12586, 5);
  expect(fns.serapan('Rp 5.319.338.072', 'Rp 4.996.397.274')).toBeCloseTo(0.93929, 5);
  expect(fns.efisiensi(1.12, 0.94)).toBe(0.18);
  expect(fns.predikat(0.95)).toBe('Sangat Tinggi');
  expect(fns.predikat(1.12, [['berhasil-4']])).toBe('Sangat Berhasil');
  expect(
    fns.predikat(0.95, [
      [91, 'Sangat Tinggi'],
      [76, 'Tinggi'],
      [0, 'Rendah'],
    ]),
  ).toBe('Sangat Tinggi');
  expect(fns.angka('94,6 %')).toBe(0.946);
});

test.each([
  [() => fns.capaian(0, 5), '#DIV/0!'],
  [() => fns.serapan(0, 5), '#DIV/0!'],
  [() => fns.efisiensi(1, 0, 'rasio'), '#DIV/0!'],
  [() => fns.angka('Sangat Baik'), '#VALUE!'],
  [() => fns.angka('123.476.67,-'), '#VALUE!'],
  [() => fns.capaian(5, 'x'), '#VALUE!'],
  [() => fns.predikat(0.9, [['tidak-ada']]), '#VALUE!'],
  [
    () =>
      fns.predikat(0.3, [
        [91, 'Sangat Tinggi'],
        [60, 'Cukup'],
      ]),
    '#N/A',
  ],
  [() => fns.capaian(1e-320, 1), '#NUM!'],
  [() => fns.capaian(1, 1e-320), '#NUM!'],
  [() => fns.capaian(1e-300, 1e300), '#NUM!'],
])('errors are CustomFunctions.Error with Excel’s value (%#)', (fn, code) => {
  const e = thrown(fn);
  expect(e.code).toBe(code);
});

test('#VALUE! and #N/A carry an Indonesian message (Excel shows only those)', () => {
  expect(thrown(() => fns.angka('Sangat Baik')).message).toMatch(/bukan angka/);
  expect(
    thrown(() =>
      fns.predikat(0.3, [
        [91, 'Sangat Tinggi'],
        [60, 'Cukup'],
      ]),
    ).message,
  ).toMatch(/di bawah batas terendah/);
});

test('never Infinity or NaN', () => {
  for (const [t, r] of [
    [1e-320, 1],
    [Number.MIN_VALUE, 1e10],
    [1e-200, 1e200],
  ] as const) {
    let v: number | undefined;
    try {
      v = fns.capaian(t, r);
    } catch {
      v = undefined;
    }
    if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
  }
});

test('PREDIKAT reads a plain number above 2 as a percentage, up to 2 as a fraction', () => {
  expect(fns.predikat(50)).toBe('Sangat Rendah');
  expect(fns.predikat(70)).toBe('Sedang');
  expect(fns.predikat(95)).toBe('Sangat Tinggi');
  expect(fns.predikat(97.62, [['berhasil-4']])).toBe('Berhasil');
  expect(fns.predikat(1.12, [['berhasil-4']])).toBe('Sangat Berhasil');
  expect(fns.predikat(2, [['berhasil-4']])).toBe('Sangat Berhasil'); // 200 %
  expect(fns.predikat('250 %', [['berhasil-4']])).toBe('Sangat Berhasil'); // a % sign is never divided twice
  expect(fns.predikat('97,62')).toBe('Sangat Tinggi');
});

test('a scale range may have a header row and empty rows; a whole column works', () => {
  const scale = [
    ['Capaian (%)', 'Predikat'],
    [91, 'Sangat Tinggi'],
    [null, null],
    ['', ''],
    [76, 'Tinggi'],
    [0, 'Rendah'],
  ];
  expect(fns.predikat(80, scale)).toBe('Tinggi');
  const column: unknown[][] = [
    ['Rentang', 'Peringkat'],
    ['≥ 110', 'Sangat Berhasil'],
    ['90 - < 110', 'Berhasil'],
    ['< 90', 'Tidak Berhasil'],
  ];
  while (column.length < 1048576) column.push([null, null]);
  expect(fns.predikat(1.0, column as never)).toBe('Berhasil');
  expect(fns.predikat(0.5, column as never)).toBe('Tidak Berhasil');
  expect(thrown(() => fns.predikat(0.9, [['Capaian', 'Predikat']])).code).toBe('#VALUE!');
  expect(
    thrown(() =>
      fns.predikat(0.9, [
        [91, 'A'],
        [80, ''],
      ]),
    ).code,
  ).toBe('#VALUE!');
});

test('data-type arguments are unwrapped to their basicValue', () => {
  expect(fns.capaian({ type: 'FormattedNumber', basicValue: 100, numberFormat: '#,##0' }, { type: 'Double', basicValue: 80 })).toBe(0.8);
  expect(fns.predikat({ type: 'FormattedNumber', basicValue: 0.9762, numberFormat: '0.00%' })).toBe('Sangat Tinggi');
  expect(
    fns.predikat(0.8, [
      [
        { type: 'Double', basicValue: 91 },
        { type: 'String', basicValue: 'ST' },
      ],
      [0, 'R'],
    ] as never),
  ).toBe('R');
});
