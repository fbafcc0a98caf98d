import * as path from 'path';
import { InputError } from './container';

/** Where the checked copy of `input` goes: a named .xlsx, or `<name>-diperiksa.xlsx` in a folder. Never the input. */
export function copyPath(input: string, target: string, targetIsFolder: boolean): string {
  const out = targetIsFolder ? path.join(target, `${path.basename(input).replace(/\.xlsx$/i, '')}-diperiksa.xlsx`) : target;
  if (path.resolve(out) === path.resolve(input))
    throw new InputError('berkas hasil tidak boleh sama dengan berkas masukan; sebutkan nama atau folder lain untuk --tulis');
  return out;
}
