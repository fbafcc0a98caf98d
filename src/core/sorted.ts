/** Searching sorted lists: the engine's row numbers, running sums' places, a row's figures in order. */

/** The first place in an ascending list whose value is at least x (the list's length where none is). */
export function firstAtLeast(list: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
