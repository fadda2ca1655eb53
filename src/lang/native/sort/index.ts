/**
 * The one sorting engine of the interpreter: Go's pdqsort and stable sort over positions, so that
 * sort.Sort, sort.Slice, sort.Stable, slices.Sort, slices.SortFunc and slices.SortStableFunc leave
 * equal elements exactly where Go does. Callers give less/swap over positions of their sequence.
 *
 * API:
 * - `sort(d, n)`: Go's sort.Sort / sort.Slice / slices.Sort* order for positions [0, n).
 * - `sortStable(d, n)`: Go's sort.Stable / sort.SliceStable / slices.SortStableFunc.
 * - `pdqsort(d, a, b, limit)`: the unstable sort of [a, b) with an explicit bad-partition limit
 *   (sort.Sort passes bitsLen(n)); `stable(d, n)` is sortStable's engine; `insertionSort(d, a, b)`.
 * - `bitsLen(n)`: math/bits.Len for n ≥ 0.
 *
 * @example
 * ```ts
 * import { sort } from './index.ts'
 * const a = [3, 1, 2]
 * sort({ less: (i, j) => a[i] < a[j], swap: (i, j) => { const t = a[i]; a[i] = a[j]; a[j] = t } }, a.length)
 * // a is [1, 2, 3]
 * ```
 */
import type { LessSwap } from './types.ts'
import { pdqsort, bitsLen } from './pdqsort.ts'
import { stable } from './stable.ts'

export type { LessSwap }
export { pdqsort, bitsLen, insertionSort } from './pdqsort.ts'
export { stable }

/** Sorts positions [0, n) in Go's (unstable) order. */
export function sort (d: LessSwap, n: number): void {
  if (n > 1) pdqsort(d, 0, n, bitsLen(n))
}

/** Sorts positions [0, n) keeping equal elements in order, by Go's sequence of swaps. */
export function sortStable (d: LessSwap, n: number): void {
  stable(d, n)
}
