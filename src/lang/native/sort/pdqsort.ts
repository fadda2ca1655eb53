/**
 * Pattern-defeating quicksort (Orson Peters, 2021), in the variant Go's sort package uses since
 * Go 1.19: insertion sort up to 12 elements; pivot by median of three, or Tukey's ninther from
 * 50 elements, counting swaps to detect sorted and reversed input; a bounded partial insertion
 * sort for nearly sorted input; a separate partition for runs equal to the previous pivot;
 * a fixed-seed xorshift to break patterns after an unbalanced partition; heapsort once the bad
 * partitions exceed log₂ n. Equal elements therefore end exactly where Go leaves them.
 */
import type { LessSwap } from './types.ts'

const INSERTION_MAX = 12
const NINTHER_MIN = 50
const PARTIAL_STEPS = 5
const PARTIAL_SHIFT_MIN = 50

/** Insertion sort of [a, b), swapping each element down past the larger ones. */
export function insertionSort (d: LessSwap, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    for (let j = i; j > a && d.less(j, j - 1); j--) d.swap(j, j - 1)
  }
}

/** Restores the max-heap property below root in the heap stored at [base, base + size). */
function siftDown (d: LessSwap, root: number, size: number, base: number): void {
  for (;;) {
    let child = 2 * root + 1
    if (child >= size) return
    if (child + 1 < size && d.less(base + child, base + child + 1)) child++
    if (!d.less(base + root, base + child)) return
    d.swap(base + root, base + child)
    root = child
  }
}

function heapSort (d: LessSwap, a: number, b: number): void {
  const size = b - a
  for (let i = Math.floor((size - 1) / 2); i >= 0; i--) siftDown(d, i, size, a)
  for (let end = size - 1; end >= 0; end--) {
    d.swap(a, a + end)
    siftDown(d, 0, end, a)
  }
}

// A median and the number of out-of-order pairs its comparisons met travel packed in one number,
// median·16 + count (so pivot selection allocates nothing and stays reentrant).
const PACK = 16

/** The median of the elements at x, y, z, packed with the comparisons that found it reversed. */
function median (d: LessSwap, x: number, y: number, z: number): number {
  let reversed = 0
  if (d.less(y, x)) { reversed++; const t = x; x = y; y = t }
  if (d.less(z, y)) { reversed++; y = z }
  if (d.less(y, x)) { reversed++; y = x }
  return y * PACK + reversed
}

const INCREASING = 0
const DECREASING = 1
const UNKNOWN = 2

/**
 * Pivot for [a, b), packed with a hint: every comparison in order suggests sorted input, all 12
 * reversed suggests reversed input.
 */
function choosePivot (d: LessSwap, a: number, b: number): number {
  const n = b - a
  const step = Math.floor(n / 4)
  let i = a + step
  let j = a + step * 2
  let k = a + step * 3
  let reversed = 0
  if (n >= 8) {
    if (n >= NINTHER_MIN) {
      const pi = median(d, i - 1, i, i + 1)
      const pj = median(d, j - 1, j, j + 1)
      const pk = median(d, k - 1, k, k + 1)
      i = Math.floor(pi / PACK)
      j = Math.floor(pj / PACK)
      k = Math.floor(pk / PACK)
      reversed = pi % PACK + pj % PACK + pk % PACK
    }
    const p = median(d, i, j, k)
    j = Math.floor(p / PACK)
    reversed += p % PACK
  }
  return j * PACK + (reversed === 0 ? INCREASING : reversed === 12 ? DECREASING : UNKNOWN)
}

function reverseRange (d: LessSwap, a: number, b: number): void {
  for (let i = a, j = b - 1; i < j; i++, j--) d.swap(i, j)
}

/**
 * Sorts [a, b) if at most a few adjacent pairs are out of order (moving each into place);
 * false when it gave up, with the range still a permutation of its elements.
 */
function partialInsertionSort (d: LessSwap, a: number, b: number): boolean {
  let i = a + 1
  for (let step = 0; step < PARTIAL_STEPS; step++) {
    while (i < b && !d.less(i, i - 1)) i++
    if (i === b) return true
    if (b - a < PARTIAL_SHIFT_MIN) return false
    d.swap(i, i - 1)
    if (i - a >= 2) {
      // Go bounds this walk by index 1, not by a; the elements left of a are never less
      for (let j = i - 1; j >= 1 && d.less(j, j - 1); j--) d.swap(j, j - 1)
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b && d.less(j, j - 1); j++) d.swap(j, j - 1)
    }
  }
  return false
}

/** Swaps three elements around the middle with pseudo-random ones (seeded by the length). */
function breakPatterns (d: LessSwap, a: number, b: number): void {
  const n = b - a
  if (n < 8) return
  let state = BigInt(n)
  const mask = BigInt(2 ** bitsLen(n) - 1) // next power of two above n, minus one
  const mid = a + Math.floor(n / 4) * 2
  for (let i = 0; i < 3; i++) {
    state = BigInt.asUintN(64, state ^ (state << 13n))
    state ^= state >> 17n
    state = BigInt.asUintN(64, state ^ (state << 5n))
    let other = Number(state & mask)
    if (other >= n) other -= n
    d.swap(mid - 1 + i, a + other)
  }
}

/**
 * Partitions [a, b) around the element at pivot (moved to a first): [its final index, whether
 * the range was already partitioned].
 */
function partition (d: LessSwap, a: number, b: number, pivot: number): [number, boolean] {
  d.swap(a, pivot)
  let i = a + 1
  let j = b - 1
  while (i <= j && d.less(i, a)) i++
  while (i <= j && !d.less(j, a)) j--
  if (i > j) {
    d.swap(j, a)
    return [j, true]
  }
  for (;;) {
    d.swap(i, j)
    i++
    j--
    while (i <= j && d.less(i, a)) i++
    while (i <= j && !d.less(j, a)) j--
    if (i > j) break
  }
  d.swap(j, a)
  return [j, false]
}

/** Moves the elements equal to the pivot (none is less) to the front; returns where the rest start. */
function partitionEqual (d: LessSwap, a: number, b: number, pivot: number): number {
  d.swap(a, pivot)
  let i = a + 1
  let j = b - 1
  for (;;) {
    while (i <= j && !d.less(a, i)) i++
    while (i <= j && d.less(a, j)) j--
    if (i > j) return i
    d.swap(i, j)
    i++
    j--
  }
}

/** bits.Len(n): the number of bits of n ≥ 0 (below 2^53). */
export function bitsLen (n: number): number {
  let len = 0
  while (n >= 4294967296) { n = Math.floor(n / 4294967296); len += 32 }
  return len + 32 - Math.clz32(n)
}

/** Sorts [a, b), allowing `limit` unbalanced partitions before falling back to heapsort. */
export function pdqsort (d: LessSwap, a: number, b: number, limit: number): void {
  let balanced = true
  let partitioned = true
  for (;;) {
    const n = b - a
    if (n <= INSERTION_MAX) { insertionSort(d, a, b); return }
    if (limit === 0) { heapSort(d, a, b); return }
    if (!balanced) { breakPatterns(d, a, b); limit-- }
    const packed = choosePivot(d, a, b)
    let pivot = Math.floor(packed / PACK)
    let hint = packed % PACK
    if (hint === DECREASING) {
      reverseRange(d, a, b)
      pivot = (b - 1) - (pivot - a)
      hint = INCREASING
    }
    if (balanced && partitioned && hint === INCREASING && partialInsertionSort(d, a, b)) return
    // the element before a is the previous pivot: if it is not less than this one, they are equal
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partitionEqual(d, a, b, pivot)
      continue
    }
    const [mid, already] = partition(d, a, b, pivot)
    partitioned = already
    const left = mid - a
    const right = b - mid
    // recurse into the smaller side, loop on the larger
    if (left < right) {
      balanced = left >= Math.floor(n / 8)
      pdqsort(d, a, mid, limit)
      a = mid + 1
    } else {
      balanced = right >= Math.floor(n / 8)
      pdqsort(d, mid + 1, b, limit)
      b = mid
    }
  }
}
