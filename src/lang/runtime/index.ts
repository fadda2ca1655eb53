/**
 * The runtime of compiled Go programs: value model, integer arithmetic, panics, limits and the
 * operations generated code calls. `helpers` is the object the generated program destructures.
 *
 * @example
 * ```ts
 * import { helpers } from './runtime/index.ts'
 * helpers.iadd(1, 2) // 3
 * ```
 */
import * as int from './int.ts'
import * as ops from './ops.ts'
import * as value from './value.ts'
import * as rtype from './rtype.ts'
import * as errors from './errors.ts'
import * as complex from './complex.ts'

export * from './errors.ts'
export { Iface, Slice, NIL_SLICE, GoMap, Box, ElemPtr, FieldPtr, Ptr, goString, jsString, bytesToStr, strToBytes, keyOf } from './value.ts'
export type { RType } from './rtype.ts'
export { mem } from './ops.ts'
export * from './gas.ts'
export { Complex, CZERO } from './complex.ts'

export const helpers: Record<string, any> = { ...int, ...ops, ...value, ...rtype, ...errors, ...complex }
