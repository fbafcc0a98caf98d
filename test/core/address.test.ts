import { a1, columnLetters, columnNumber, parseA1, parseRange, quoteSheetName, rangeA1, sheetRef } from '../../src/core/address';

test('column letters round-trip', () => {
  for (const [n, s] of [
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ] as const) {
    expect(columnLetters(n)).toBe(s);
    expect(columnNumber(s)).toBe(n);
  }
});
test('A1 and ranges', () => {
  expect(a1(5, 3)).toBe('C5');
  expect(parseA1('$AB$12')).toEqual({ row: 12, col: 28 });
  expect(parseRange('C8:A2')).toEqual({ top: 2, left: 1, bottom: 8, right: 3 });
  expect(rangeA1({ top: 1, left: 1, bottom: 1, right: 1 })).toBe('A1');
  expect(rangeA1({ top: 1, left: 1, bottom: 9, right: 2 })).toBe('A1:B9');
});
test('sheet names are quoted the Excel way', () => {
  expect(sheetRef('PK', 'E6')).toBe('PK!E6');
  expect(sheetRef('Realisasi Anggaran', 'C8')).toBe("'Realisasi Anggaran'!C8");
  expect(quoteSheetName("Bu'Dina")).toBe("'Bu''Dina'");
  expect(quoteSheetName('2024')).toBe("'2024'");
  expect(quoteSheetName('A1')).toBe("'A1'");
  expect(quoteSheetName('Tabel-3.1')).toBe("'Tabel-3.1'");
});
