/**
 * Go's math package, with results identical bit for bit to Go 1.19 on amd64 (FMA hardware).
 * Each function implements a published method — Cephes, FreeBSD msun, Payne–Hanek and Cody–Waite
 * reduction — named in its file; where Go's amd64 assembly uses its own method (Exp, Log, Hypot)
 * that method is followed, since programs observe its last bits. No host transcendental
 * (Math.sin, Math.exp, Math.pow…) is used; only exactly rounded operations (Math.sqrt, floor…).
 *
 * @example
 * ```ts
 * import { exp, pow } from './index.ts'
 * exp(1)      // 2.718281828459045
 * pow(2, 0.5) // 1.4142135623730951
 * ```
 */
import { fromBits, float64bits, float64frombits, float32bits, float32frombits } from '../float.ts'

export { float64bits, float64frombits, float32bits, float32frombits }
export { fma } from './fma.ts'
export {
  isNaN, isInf, inf, signbit, copysign, abs, sqrt, floor, ceil, trunc, round, roundToEven, modf, frexp, ldexp,
  mod, remainder, dim, max, min, nextafter, nextafter32
} from './basic.ts'
export { exp, exp2, expm1, log, log2, log10, log1p } from './explog.ts'
export { pow, pow10, cbrt, hypot } from './power.ts'
export { sin, cos, tan, sincos } from './trig.ts'
export { reduceByPi } from './reduce.ts' // for math/cmplx
export { asin, acos, atan, atan2 } from './inverse.ts'
export { sinh, cosh, tanh, asinh, acosh, atanh } from './hyperbolic.ts'
export { gamma, lgamma } from './gamma.ts'
export { erf, erfc } from './erf.ts'

// The package's constants, as the float64 values Go's exact constant arithmetic rounds them to.
export const Pi = fromBits(0x400921fb, 0x54442d18)
export const E = fromBits(0x4005bf0a, 0x8b145769)
export const Sqrt2 = fromBits(0x3ff6a09e, 0x667f3bcd)
export const SqrtE = fromBits(0x3ffa6129, 0x8e1e069c)
export const SqrtPi = fromBits(0x3ffc5bf8, 0x91b4ef6b)
export const SqrtPhi = fromBits(0x3ff45a31, 0x46a88456)
export const Phi = fromBits(0x3ff9e377, 0x9b97f4a8)
export const Ln2 = fromBits(0x3fe62e42, 0xfefa39ef)
export const Log2E = fromBits(0x3ff71547, 0x652b82fe)
export const Ln10 = fromBits(0x40026bb1, 0xbbb55516)
export const Log10E = fromBits(0x3fdbcb7b, 0x1526e50e)
export const MaxFloat64 = fromBits(0x7fefffff, 0xffffffff)
export const SmallestNonzeroFloat64 = fromBits(0, 1)
export const MaxFloat32 = float32frombits(0x7f7fffff)
export const SmallestNonzeroFloat32 = float32frombits(1)

/** math.NaN(): Go's quiet NaN (JS keeps no NaN payloads, so any NaN stands for it). */
export function NaN_ (): number { return NaN }
