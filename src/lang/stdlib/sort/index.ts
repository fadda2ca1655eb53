/**
 * Package sort: Go 1.19's sort package (its pdqsort and stable sort, so equal elements end in the
 * same order as with Go), with natives replacing reflection for Slice/SliceStable.
 *
 * @example
 * ```go
 * sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
 * ```
 */
import { register, type NativeEnv } from '../registry.ts'
import { sources, names } from './source.ts'
import { clone, type Iface, type Slice } from '../../runtime/value.ts'
import type { RType } from '../../runtime/rtype.ts'
import { pdqsort, stable, bitsLen, type LessSwap } from '../../native/sort/index.ts'

function sliceOf (env: NativeEnv, x: Iface | null, what: string): Slice {
  if (x === null || x.t.kind !== 'slice') {
    env.rt.panicRuntime(`reflect: call of ${what} on ${x === null ? 'zero' : x.t.kind} Value`)
  }
  return (x as Iface).v as Slice
}

/** Swaps two elements; aggregates (structs, arrays) are swapped in place so pointers keep aliasing slots. */
function makeSwap (s: Slice, elem: RType): (i: number, j: number) => void {
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
const work = (n: number): number => n * bitsLen(n)
const lessFloat = (x: number, y: number): boolean => x < y || (x !== x && y === y)

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  sliceLen: (x: Iface | null) => sliceOf(env, x, 'Len').len,
  // sort.Ints/Float64s/Strings: Go's pdqsort on IntSlice/Float64Slice/StringSlice, natively
  // Ints and Strings: equal elements are indistinguishable, so any correct sort gives Go's result;
  // the host's sort is about twice as fast as pdqsort through callbacks. Floats keep pdqsort: 0 and
  // -0 are equal to it but print differently, so their order must be Go's.
  Ints: (s: Slice) => { env.charge(work(s.len)); sortTotal(s) },
  Float64s: (s: Slice) => { env.charge(work(s.len)); if (s.len > 1) pdqsort(arrayOps(s, lessFloat), 0, s.len, bitsLen(s.len)) },
  Strings: (s: Slice) => { env.charge(work(s.len)); sortTotal(s) },
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

register({ path: 'sort', source: sources, names, natives })
