/**
 * Package sort: the Go declarations (sort.go, search.go) with every sort native, on the project's
 * one pdqsort and stable sort (src/lang/native/sort), so equal elements end where Go puts them.
 * The helpers here (sliceOf, makeSwap, sortOrdered…) serve package slices too.
 *
 * @example
 * ```go
 * sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'
import { clone, type Iface, type Slice } from '../../runtime/value.ts'
import type { RType } from '../../runtime/rtype.ts'
import { pdqsort, stable, bitsLen, type LessSwap } from '../../native/sort/index.ts'

export function sliceOf (env: NativeEnv, x: Iface | null, what: string): Slice {
  if (x === null || x.t.kind !== 'slice') {
    env.rt.panicRuntime(`reflect: call of ${what} on ${x === null ? 'zero' : x.t.kind} Value`)
  }
  return (x as Iface).v as Slice
}

/** Swaps two elements; aggregates (structs, arrays) are swapped in place so pointers keep aliasing slots. */
export function makeSwap (s: Slice, elem: RType): (i: number, j: number) => void {
  const a = s.a
  if (elem.kind === 'struct') {
    return (i, j) => {
      const x = a[s.off + i]; const y = a[s.off + j]
      if (x === y) return
      const t = clone(elem, x)
      Object.assign(x, clone(elem, y))
      Object.assign(y, t)
    }
  }
  if (elem.kind === 'array') {
    return (i, j) => {
      const x = a[s.off + i] as any[]; const y = a[s.off + j] as any[]
      if (x === y) return
      const t = clone(elem, x) as any[]
      const u = clone(elem, y) as any[]
      for (let k = 0; k < t.length; k++) { x[k] = u[k]; y[k] = t[k] }
    }
  }
  return (i, j) => {
    const t = a[s.off + i]; a[s.off + i] = a[s.off + j]; a[s.off + j] = t
  }
}

/** less/swap over a slice's backing array (elements are numbers, bigints or byte strings). */
function arrayOps (s: Slice, less: (x: any, y: any) => boolean): LessSwap {
  const a = s.a; const o = s.off
  return {
    less: (i, j) => less(a[o + i], a[o + j]),
    swap: (i, j) => { const t = a[o + i]; a[o + i] = a[o + j]; a[o + j] = t }
  }
}
/** sorts s in place by < (a total order on its elements: ints, or byte strings compared bytewise) */
function sortTotal (s: Slice): void {
  if (s.len < 2) return
  const a = s.a as any[]
  const part = a.slice(s.off, s.off + s.len).sort((x, y) => x < y ? -1 : x > y ? 1 : 0)
  for (let i = 0; i < part.length; i++) a[s.off + i] = part[i]
}

/** Gas for sorting n elements natively: about n·log2(n) comparisons. */
export const sortWork = (n: number): number => n * bitsLen(n)
const lessFloat = (x: number, y: number): boolean => x < y || (x !== x && y === y)
const isFloat = (t: RType): boolean => t.kind === 'float32' || t.kind === 'float64'
const float64 = { kind: 'float64' } as unknown as RType

/**
 * Sorts a slice of an ordered element type ascending. Ints and strings: equal elements are
 * indistinguishable, so any correct sort gives Go's result, and the host's sort is about twice as
 * fast as pdqsort through callbacks. Floats keep pdqsort: 0 and -0 are equal to it but print
 * differently, so their order must be Go's.
 */
export function sortOrdered (s: Slice, elem: RType): void {
  if (s.len < 2) return
  if (isFloat(elem)) pdqsort(arrayOps(s, lessFloat), 0, s.len, bitsLen(s.len))
  else sortTotal(s)
}

/** Sorts a slice by a Go comparison function cmp(a, b) (negative: a first), stably or not. */
export function sortByCmp (s: Slice, elem: RType, cmp: (a: any, b: any) => number | bigint, stably: boolean): void {
  const a = s.a; const o = s.off
  // Elements go to cmp as they are: a Go function copies an aggregate parameter it changes.
  const d: LessSwap = { less: (i, j) => cmp(a[o + i], a[o + j]) < 0, swap: makeSwap(s, elem) }
  if (stably) stable(d, s.len)
  else pdqsort(d, 0, s.len, bitsLen(s.len))
}

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  pdqsort: (n: number, less: (i: number, j: number) => boolean, swap: (i: number, j: number) => void) => {
    pdqsort({ less, swap }, 0, n, bitsLen(n))
  },
  stable: (n: number, less: (i: number, j: number) => boolean, swap: (i: number, j: number) => void) => {
    stable({ less, swap }, n)
  },
  sliceLen: (x: Iface | null) => sliceOf(env, x, 'Len').len,
  Ints: (s: Slice) => { env.charge(sortWork(s.len)); sortTotal(s) },
  Float64s: (s: Slice) => { env.charge(sortWork(s.len)); sortOrdered(s, float64) },
  Strings: (s: Slice) => { env.charge(sortWork(s.len)); sortTotal(s) },
  Slice: (x: Iface | null, less: (i: number, j: number) => boolean) => {
    const s = sliceOf(env, x, 'Swapper')
    const swap = makeSwap(s, (x as Iface).t.elem as RType)
    pdqsort({ less, swap }, 0, s.len, bitsLen(s.len))
  },
  SliceStable: (x: Iface | null, less: (i: number, j: number) => boolean) => {
    const s = sliceOf(env, x, 'Swapper')
    stable({ less, swap: makeSwap(s, (x as Iface).t.elem as RType) }, s.len)
  }
})

export default ({ path: 'sort', source: sources, names, natives })
