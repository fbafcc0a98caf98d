import { describeProblem } from '../xlsx/problem';

/** One Indonesian line for any failure; never a stack trace (LKJIP_DEBUG adds the internal message). */
export function describeError(e: unknown): string {
  return describeProblem(e, { detail: !!process.env.LKJIP_DEBUG });
}
