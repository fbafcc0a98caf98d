/** The custom-function wrappers: Excel errors carry their code and Indonesian message. */
import * as fns from '../../src/functions/functions';

class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionError,
    ErrorCode: { divisionByZero: 'DivisionByZero', invalidValue: 'InvalidValue', notAvailable: 'NotAvailable', invalidNumber: 'InvalidNumber' },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

test('results are plain numbers and strings, synchronously', () => {
  expect(fns.capaian(580, 653)).toBeCloseTo(1.12586, 5);
  expect(fns.serapan('Rp 5.319.338.072', 'Rp 4.996.397.274')).toBeCloseTo(0.93929, 5);
  expect(fns.efisiensi(1.12, 0.94)).toBe(0.18);
  expect(fns.predikat(0.95)).toBe('Sangat Tinggi');
  expect(fns.predikat(1.12, [['berhasil-4']])).toBe('Sangat Berhasil');
  expect(fns.predikat(0.95, [[91, 'Sangat Tinggi'], [76, 'Tinggi'], [0, 'Rendah']])).toBe('Sangat Tinggi');
  expect(fns.angka('94,6 %')).toBe(0.946);
});

test('errors become CustomFunctions.Error with the Excel code and an Indonesian message', () => {
  const err = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e as FakeCustomFunctionError;
    }
    throw new Error('no error');
  };
  const e1 = err(() => fns.capaian(0, 5));
  expect(e1).toBeInstanceOf(FakeCustomFunctionError);
  expect(e1.code).toBe('DivisionByZero');
  expect(e1.message).toContain('target bernilai 0');
  expect(err(() => fns.angka('Sangat Baik')).code).toBe('InvalidValue');
  expect(err(() => fns.predikat(0.9, [['tidak-ada']])).code).toBe('InvalidValue');
});
