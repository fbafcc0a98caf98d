/** Requirement-set checks at start: what this Excel lacks, asked through Office.context.requirements. */
import { detectCapabilities, unsupportedMessage } from '../../src/office/capabilities';

/** ExcelApi versions compare by minor number: 1.9 < 1.13. */
const upTo = (max: number) => (set: string, v: string) => set !== 'ExcelApi' || Number(v.split('.')[1]) <= max;
const office = (supported: (set: string, v: string) => boolean) => ({ context: { requirements: { isSetSupported: supported } } });

test.each([
  ['Excel 2021 and later (ExcelApi 1.14)', upTo(14), [], true],
  ['an Excel with 1.9 to 1.12: works, without merged areas', upTo(12), [], false],
  ['Excel 2019 (ExcelApi 1.8)', upTo(8), ['ExcelApi 1.9'], false],
  ['Excel 2016 (ExcelApi 1.1… 1.2)', upTo(2), ['ExcelApi 1.9'], false],
])('%s', (_name, ask, missing, merged) => {
  const c = detectCapabilities(office(ask));
  expect(c.missing.map((r) => `${r.set} ${r.version}`)).toEqual(missing);
  expect(c.mergedAreas).toBe(merged);
});

test('where Office gives no way to ask, support is assumed (a test double, an old host)', () => {
  expect(detectCapabilities({})).toEqual({ missing: [], mergedAreas: true });
  expect(detectCapabilities(undefined)).toEqual({ missing: [], mergedAreas: true });
  const throwing = office(() => {
    throw new Error('not ready');
  });
  expect(detectCapabilities(throwing).missing).toEqual([]);
});

test('the message says what is missing and what to use instead, in Indonesian', () => {
  const text = unsupportedMessage(detectCapabilities(office(() => false)).missing);
  expect(text).toContain('ExcelApi 1.9');
  expect(text).toMatch(/Microsoft 365/);
  expect(text).toMatch(/Excel di web/);
  expect(text).toMatch(/lkjip periksa/);
});
