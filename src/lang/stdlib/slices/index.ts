/**
 * Package slices: Go source (slices.go, sort.go, iter.go) with the sorts native, through
 * package sort's helpers on the project's one pdqsort.
 *
 * @example
 * ```go
 * slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'
import { sortOrdered, sortByCmp, sortWork } from '../sort/index.ts'
import type { Iface, Slice } from '../../runtime/value.ts'
import type { RType } from '../../runtime/rtype.ts'

type Cmp = (a: any, b: any) => number | bigint

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => {
  const sorting = (x: Iface, f: Iface | null, stably: boolean): void => {
    const s = x.v as Slice
    if (s.len < 2) return
    if (f === null || f.v === null) env.rt.panicNilDeref() // a nil f, as Go's first call of it
    sortByCmp(s, x.t.elem as RType, (f as Iface).v as Cmp, stably)
  }
  return {
    sortOrdered: (x: Iface) => {
      const s = x.v as Slice
      env.charge(sortWork(s.len))
      sortOrdered(s, x.t.elem as RType)
    },
    sortFunc: (x: Iface, f: Iface | null) => { sorting(x, f, false) },
    sortStableFunc: (x: Iface, f: Iface | null) => { sorting(x, f, true) }
  }
}

export default ({ path: 'slices', source: sources, names, natives })
