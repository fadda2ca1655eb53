/**
 * Go's math/cmplx over complex128 values given as {re, im} pairs, with Go 1.19's results (on
 * amd64): the same formulas over the same float64 functions of ../math, and the special values
 * of C99 Annex G that the package documents.
 *
 * @example
 * ```ts
 * import { sqrt, abs } from './index.ts'
 * sqrt({ re: -4, im: 0 }) // { re: 0, im: 2 }
 * abs({ re: 3, im: 4 })   // 5
 * ```
 */
export { type C } from './types.ts'
export { abs, phase, polar, conj, rect, isInf, isNaN, exp, log, log10, sqrt, pow } from './elementary.ts'
export { sin, cos, sinh, cosh, tan, tanh, cot } from './trig.ts'
export { asin, acos, asinh, acosh, atan, atanh } from './inverse.ts'
