import type { RType } from '../runtime/rtype.ts'
import { Iface, jsString } from '../runtime/value.ts'
import { sprintf } from '../runtime/format.ts'

/**
 * A value formatted with Go's fmt as `%v` or `%#v` (a JS string, UTF-8 decoded): what
 * `fmt.Sprintf(verb, x)` gives for a Go value `x` of type t.
 */
export function formatGoValue (v: any, t: RType, verb: '%v' | '%#v'): string {
  const arg = t.kind === 'interface' ? (v as Iface | null) : new Iface(t, v)
  return jsString(sprintf(verb, [arg]))
}
