/** One Indonesian sentence for any failure while reading or checking a workbook, in any shell; never a stack trace. */
import { InputError } from './container';

export const MSG_OWN_FAULT =
  'berkas tidak dapat diperiksa karena kesalahan di lkjip sendiri; simpan ulang berkas di Excel lalu coba lagi, dan bila tetap gagal kirimkan berkasnya ke pengelola lkjip';

/** `detail`, when given, is appended to an internal error (the CLI's LKJIP_DEBUG). */
export function describeProblem(e: unknown, options: { outOfMemory?: string; detail?: boolean } = {}): string {
  if (e instanceof InputError) return e.message;
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY' || (e instanceof RangeError && /memory|allocation|Array buffer|Invalid array length/i.test(e.message))) {
    return options.outOfMemory ?? 'berkas terlalu besar untuk diperiksa (batas memori terlampaui)';
  }
  // an internal message ("Cannot read properties of undefined") means nothing to a user: say what to do instead
  const detail = options.detail && e instanceof Error ? ` [${e.message.split('\n')[0].slice(0, 160)}]` : '';
  return `${MSG_OWN_FAULT}${detail}`;
}
