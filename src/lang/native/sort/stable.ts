/**
 * Go's stable sort: insertion sort on blocks of 20, then bottom-up merging of neighbouring
 * blocks with SymMerge (Kim and Kutzner, "Stable minimum storage merging by symmetric
 * comparisons", 2004), which merges in place with rotations. O(n log² n) swaps, no extra memory.
 */
import type { LessSwap } from './types.ts'
import { insertionSort } from './pdqsort.ts'

const BLOCK = 20

function swapBlocks (d: LessSwap, a: number, b: number, n: number): void {
  for (let i = 0; i < n; i++) d.swap(a + i, b + i)
}

/** Exchanges the blocks [a, m) and [m, b) by repeatedly swapping the shorter with an equal part. */
function rotate (d: LessSwap, a: number, m: number, b: number): void {
  let left = m - a
  let right = b - m
  while (left !== right) {
    if (left > right) {
      swapBlocks(d, m - left, m, right)
      left -= right
    } else {
      swapBlocks(d, m - left, m + right - left, left)
      right -= left
    }
  }
  swapBlocks(d, m - left, m, left)
}

/** Merges the sorted runs [a, m) and [m, b). */
function symMerge (d: LessSwap, a: number, m: number, b: number): void {
  if (m - a === 1) {
    // one element on the left: binary search its place in [m, b), after its equals
    let lo = m
    let hi = b
    while (lo < hi) {
      const h = Math.floor((lo + hi) / 2)
      if (d.less(h, a)) lo = h + 1
      else hi = h
    }
    for (let k = a; k < lo - 1; k++) d.swap(k, k + 1)
    return
  }
  if (b - m === 1) {
    // one element on the right: its place in [a, m), after its equals
    let lo = a
    let hi = m
    while (lo < hi) {
      const h = Math.floor((lo + hi) / 2)
      if (!d.less(m, h)) lo = h + 1
      else hi = h
    }
    for (let k = m; k > lo; k--) d.swap(k, k - 1)
    return
  }
  const mid = Math.floor((a + b) / 2)
  const n = mid + m
  let start = m > mid ? n - b : a
  let r = m > mid ? mid : m
  const p = n - 1
  while (start < r) {
    const c = Math.floor((start + r) / 2)
    if (!d.less(p - c, c)) start = c + 1
    else r = c
  }
  const end = n - start
  if (start < m && m < end) rotate(d, start, m, end)
  if (a < start && start < mid) symMerge(d, a, start, mid)
  if (mid < end && end < b) symMerge(d, mid, end, b)
}

/** Sorts positions [0, n) keeping equal elements in their original order. */
export function stable (d: LessSwap, n: number): void {
  let a = 0
  for (; a + BLOCK <= n; a += BLOCK) insertionSort(d, a, a + BLOCK)
  insertionSort(d, a, n)
  for (let size = BLOCK; size < n; size *= 2) {
    let lo = 0
    for (; lo + 2 * size <= n; lo += 2 * size) symMerge(d, lo, lo + size, lo + 2 * size)
    if (lo + size < n) symMerge(d, lo, lo + size, n)
  }
}
