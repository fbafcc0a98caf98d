/**
 * `lkjip perbaiki FILE --tulis OUT.xlsx [--rumus] [--timpa] [--skala P]`: a corrected copy. Check and fix repeat until
 * no fixable finding is left; every changed cell is listed on a sheet "Perbaikan" (Sheet | Sel | Sebelum | Sesudah |
 * Aturan) and on stdout. The input is never written; every other cell keeps its value and formula.
 */
import * as fs from 'fs';
import { shownValue } from '../core/fixes';
import { PRESETS } from '../core/scale';
import { InputError } from './container';
import { planCopies, writeAtomic } from './output';
import { withXlsx } from './read-workbook';
import { visible } from './terminal';

export async function runPerbaiki(argv: string[], out: (s: string) => void): Promise<number | string> {
  let file: string | undefined;
  let tulis: string | undefined;
  let timpa = false;
  let rumus = false;
  let skala: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tulis') tulis = argv[++i];
    else if (a.startsWith('--tulis=')) tulis = a.slice(8);
    else if (a === '--timpa') timpa = true;
    else if (a === '--rumus') rumus = true;
    else if (a === '--skala') skala = argv[++i];
    else if (a.startsWith('--skala=')) skala = a.slice(8);
    else if (a.startsWith('--')) return `pilihan tidak dikenal untuk perbaiki: ${a}`;
    else if (!file) file = a;
    else return 'perbaiki menerima satu berkas';
  }
  if (!file) return 'sebutkan berkas yang akan diperbaiki';
  if (!tulis) return 'sebutkan berkas hasil dengan --tulis HASIL.xlsx (berkas masukan tidak pernah diubah)';
  if (skala !== undefined && !PRESETS[skala]) return `skala "${skala}" tidak dikenal; pilih salah satu: ${Object.keys(PRESETS).join(', ')}`;
  const plan = planCopies([file], tulis, false, timpa);
  const refused = plan.refused.get(0);
  if (refused) throw new InputError(refused);
  const target = plan.copies[0] as string;
  const input = file;

  return withXlsx(
    input,
    async (snapshot, pkg) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs is heavy: loaded only to write
      const { correctedCopy } = require('../xlsx/corrected-copy') as typeof import('../xlsx/corrected-copy');
      const { bytes, result } = await correctedCopy(snapshot, pkg, { skala, rumus });
      await writeAtomic(target, timpa, (tmp) => fs.promises.writeFile(tmp, bytes));
      const lines = [`== ${visible(input)}`, `Perbaikan: ${result.changes.length} sel`];
      for (const ch of result.changes)
        lines.push(`  ${visible(ch.sheet)}!${ch.cell}: ${visible(shownValue(ch.before))} → ${visible(String(ch.after))} [${ch.rule}]`);
      const galat = result.remaining.filter((f) => f.severity === 'galat').length;
      lines.push(`Sisa temuan: ${galat} galat (yang tidak dapat diperbaiki otomatis, misalnya lintas-sheet)`, `Salinan diperbaiki: ${visible(target)}`);
      out(lines.join('\n'));
      return 0;
    },
    { forWriting: true },
  );
}
