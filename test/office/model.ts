/** Turns a workbook (read from .xlsx by the CLI reader) into the fake Excel's model. */
import { rangeA1 } from '../../src/core/address';
import { WorkbookSnapshot } from '../../src/core/snapshot';

export interface FakeCell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  indent?: number;
  fill?: string;
}

export interface FakeModel {
  sheets: Array<{ name: string; visibility?: string; cells: Record<string, FakeCell>; merges: string[]; hiddenCols?: number[] }>;
}

export function modelOf(snapshot: WorkbookSnapshot): FakeModel {
  return {
    sheets: snapshot.sheets.map((s) => {
      const cells: Record<string, FakeCell> = {};
      for (const c of s.cells) {
        const f: FakeCell = { value: c.value };
        if (c.formula) f.formula = c.formula;
        if (c.numFmt) f.numberFormat = c.numFmt;
        if (c.bold) f.bold = true;
        if (c.indent) f.indent = c.indent;
        cells[`${c.row},${c.col}`] = f;
      }
      return {
        name: s.name,
        visibility: s.hidden ? 'Hidden' : 'Visible',
        cells,
        merges: s.merges.map(rangeA1),
        ...(s.hiddenCols?.length ? { hiddenCols: s.hiddenCols } : {}),
      };
    }),
  };
}
