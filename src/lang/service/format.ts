import type { RType } from '../runtime/rtype.ts'

/** A value formatted with Go's fmt as `%v` or `%#v` (a JS string, UTF-8 decoded). */
export function formatGoValue (v: any, t: RType, verb: '%v' | '%#v'): string {
  void v; void t; void verb
  throw new Error('formatGoValue: not implemented yet')
}
