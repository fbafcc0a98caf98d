import { InputError } from './container';

/** One Indonesian line for any failure; never a stack trace. */
export function describeError(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY' || (e instanceof RangeError && /memory|allocation|Array buffer/i.test(e.message))) {
    return 'berkas terlalu besar untuk diperiksa (batas memori terlampaui)';
  }
  // an internal message ("Cannot read properties of undefined") means nothing to a user: say what to do instead
  const detail = process.env.LKJIP_DEBUG && e instanceof Error ? ` [${e.message.split('\n')[0].slice(0, 160)}]` : '';
  return `berkas tidak dapat diperiksa karena kesalahan di lkjip sendiri; simpan ulang berkas di Excel lalu coba lagi, dan bila tetap gagal kirimkan berkasnya ke pengelola lkjip${detail}`;
}
