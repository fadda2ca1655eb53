/**
 * Package errors: written in Go (errors.go) plus the natives that look at dynamic types.
 *
 * @example
 * ```go
 * var pe *MyErr
 * if errors.As(err, &pe) { ... }
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'
import { Ptr, Iface } from '../../runtime/value.ts'
import { implementsIface, type RType } from '../../runtime/rtype.ts'
import { isComparable, clone } from '../../runtime/value.ts'

/** The error interface's method set, for checking *target types that are not interfaces. */
function implementsError (t: RType): boolean {
  return typeof t.methods.Error === 'function'
}

export const natives = (_env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  comparable: (err: Iface | null) => err === null || isComparable(err.t),
  targetProblem: (target: Iface) => {
    const t = target.t
    if (t.kind !== 'ptr' || target.v === null || t.elem === null) return 'errors: target must be a non-nil pointer'
    const e = t.elem
    if (e.kind !== 'interface' && !implementsError(e)) return 'errors: *target must be interface or implement error'
    return ''
  },
  storeIn: (err: Iface, target: Iface) => {
    const e = target.t.elem as RType
    if (e.kind === 'interface') {
      if (!implementsIface(err.t, e)) return false
      store(target.v, err, e)
      return true
    }
    if (err.t !== e) return false
    store(target.v, err.v, e)
    return true
  }
})

function store (p: any, v: any, t: RType): void {
  if (p instanceof Ptr) { p.set(v); return }
  // a pointer to a struct or array is the object itself: copy in place
  const c = clone(t, v)
  if (Array.isArray(p)) { for (let i = 0; i < c.length; i++) p[i] = c[i]; return }
  Object.assign(p, c)
}

export default ({ path: 'errors', source: sources, names, natives })
