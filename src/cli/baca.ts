/**
 * `lkjip baca FILE [--sheet NAME] [--format text|json]`: what the reader read, as data — the public, testable dump
 * of the snapshot. Sheets in workbook order (empty ones included), cells in row order, empty cells left out.
 */
import { a1, rangeA1 } from '../core/address';
import { isErrorValue, WorkbookSnapshot } from '../core/snapshot';
import { readWorkbook } from './read-workbook';
import { visible } from './terminal';

export interface DumpCell {
  address: string;
  value: number | string | boolean | null;
  error?: string;
  numFmt?: string;
  bold?: boolean;
  indent?: number;
  formula?: string;
  /** The formula's result was computed by lkjip: the file held none (or a placeholder of a program that wrote it). */
  dihitung?: true;
}

export interface DumpSheet {
  name: string;
  hidden: boolean;
  merges: string[];
  cells: DumpCell[];
}

export function dumpSnapshot(file: string, snapshot: WorkbookSnapshot, sheet?: string): { file: string; sheets: DumpSheet[] } {
  const sheets = snapshot.sheets
    .filter((s) => sheet === undefined || s.name === sheet)
    .map((s) => {
      const computed = new Set(s.recalculated ?? []);
      return {
        name: s.name,
        hidden: !!s.hidden,
        merges: s.merges.map(rangeA1),
        cells: [...s.cells]
          .sort((a, b) => a.row - b.row || a.col - b.col)
          .map((c) => {
            const address = a1(c.row, c.col);
            const out: DumpCell = { address, value: isErrorValue(c.value) ? null : c.value };
            if (isErrorValue(c.value)) out.error = c.value.error;
            if (c.numFmt) out.numFmt = c.numFmt;
            if (c.bold) out.bold = true;
            if (c.indent) out.indent = c.indent;
            if (c.formula !== undefined) out.formula = c.formula;
            if (computed.has(address)) out.dihitung = true;
            return out;
          }),
      };
    });
  return { file, sheets };
}

export async function runBaca(argv: string[], out: (s: string) => void): Promise<number | string> {
  let format = 'json';
  let sheet: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--sheet') sheet = argv[++i];
    else if (a.startsWith('--sheet=')) sheet = a.slice(8);
    else if (a.startsWith('--')) return `pilihan tidak dikenal untuk baca: ${a}`;
    else if (file === undefined) file = a;
    else return 'baca menerima satu berkas';
  }
  if (!file) return 'sebutkan berkas yang akan dibaca';
  if (format !== 'json' && format !== 'text') return `--format harus text atau json, bukan "${format}"`;
  const dump = dumpSnapshot(file, await readWorkbook(file), sheet);
  if (sheet !== undefined && dump.sheets.length === 0) return `sheet "${sheet}" tidak ada di berkas ini`;
  if (format === 'json') {
    out(JSON.stringify(dump, null, 2));
    return 0;
  }
  const lines: string[] = [`== ${visible(file)}`];
  for (const s of dump.sheets) {
    lines.push(
      '',
      `Sheet "${visible(s.name)}"${s.hidden ? ' (tersembunyi)' : ''}: ${s.cells.length} sel${s.merges.length ? `, gabungan ${s.merges.join(' ')}` : ''}`,
    );
    for (const c of s.cells) {
      const v = c.error ?? (c.value === null ? '' : String(c.value));
      const extra = [
        c.formula !== undefined ? `=${c.formula}` : '',
        c.dihitung ? '(dihitung lkjip)' : '',
        c.numFmt ? `[${c.numFmt}]` : '',
        c.bold ? 'tebal' : '',
        c.indent ? `indent ${c.indent}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      lines.push(`  ${c.address.padEnd(8)} ${visible(v)}${extra ? `  ${visible(extra)}` : ''}`);
    }
  }
  out(lines.join('\n'));
  return 0;
}
