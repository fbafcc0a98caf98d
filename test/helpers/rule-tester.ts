/**
 * RuleTester, in ESLint's manner: a rule, valid workbooks (no finding of it) and invalid ones (exactly the findings
 * listed), each written as rows of cells the way staff type a table. Runs the whole engine with only that rule, so
 * a rule is tested on tables recognised as they would be in a real workbook.
 */
import { periksaWorkbook } from '../../src/core/periksa';
import { Rule } from '../../src/core/rules/rule';
import { WorkbookSnapshot } from '../../src/core/snapshot';
import { Finding } from '../../src/core/types';

export interface ValidCase {
  name: string;
  book: WorkbookSnapshot;
  skala?: string;
}

export interface InvalidCase extends ValidCase {
  /** The findings expected, each matched partially (cell and severity at least). */
  findings: Array<Partial<Finding> & Pick<Finding, 'cell'>>;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
      const found = periksaWorkbook(c.book, { skala: c.skala, rules: [rule] }).findings;
      expect(found.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const found = periksaWorkbook(c.book, { skala: c.skala, rules: [rule] }).findings;
      expect(found).toHaveLength(c.findings.length);
      c.findings.forEach((want, i) => {
        expect(found[i]).toMatchObject({ rule: rule.meta.id, severity: rule.meta.severity, ...want });
        expect(found[i].message.length).toBeGreaterThan(20);
      });
    });
  });
}
