/** Every rule explains itself: id, severity, category, an Indonesian penjelasan, message templates. */
import { RULES } from '../../../src/core/rules';

test.each(RULES.map((r) => [r.meta.id, r] as const))('%s has its metadata', (_id, r) => {
  expect(r.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(['galat', 'peringatan', 'info']).toContain(r.meta.severity);
  expect(r.meta.category).toBeTruthy();
  expect(r.meta.penjelasan.length).toBeGreaterThanOrEqual(120);
  expect(r.meta.penjelasan).not.toMatch(/\b(the|is|and|must)\b/); // Bahasa Indonesia, not English
  expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
  expect(!!r.check || !!r.checkWorkbook || !!r.refine).toBe(true);
});

test('ids are unique', () => {
  const ids = RULES.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});
