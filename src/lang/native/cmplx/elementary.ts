/**
 * Modulus and argument, exponential, logarithms, square root and powers of complex numbers,
 * with the special values of C99 Annex G that Go's math/cmplx documents.
 */
import * as m from '../math/index.ts'
import { type C, c, isInfinite, NAN_C, INF_C } from './types.ts'

export function abs (x: C): number { return m.hypot(x.re, x.im) }
export function phase (x: C): number { return m.atan2(x.im, x.re) }
export function polar (x: C): [number, number] { return [abs(x), phase(x)] }
export function conj (x: C): C { return c(x.re, -x.im) }

/** r·e^(iθ). */
export function rect (r: number, theta: number): C {
  const [s, co] = m.sincos(theta)
  return c(r * co, r * s)
}

export function isInf (x: C): boolean { return isInfinite(x.re) || isInfinite(x.im) }
/** NaN in either part and neither part infinite. */
export function isNaN (x: C): boolean { return !isInf(x) && (x.re !== x.re || x.im !== x.im) }

export function exp (x: C): C {
  const { re, im } = x
  if (isInfinite(re)) {
    if (re > 0 && im === 0) return x
    if (isInfinite(im) || im !== im) return re < 0 ? c(0, m.copysign(0, im)) : c(Infinity, NaN)
  } else if (re !== re && im === 0) {
    return c(NaN, im)
  }
  return rect(m.exp(re), im)
}

export function log (x: C): C { return c(m.log(abs(x)), phase(x)) }

export function log10 (x: C): C {
  const z = log(x)
  return c(m.Log10E * z.re, m.Log10E * z.im)
}

/**
 * The principal square root, by half-angle formulas on a rescaled x (by 1/4 when large, 2^54
 * when small, so that the modulus neither overflows nor loses bits).
 */
export function sqrt (x: C): C {
  const { re, im } = x
  if (im === 0) {
    if (re === 0) return c(0, im)
    if (re < 0) return c(0, m.copysign(Math.sqrt(-re), im))
    return c(Math.sqrt(re), im)
  }
  if (isInfinite(im)) return c(Infinity, im)
  if (re === 0) {
    const r = Math.sqrt(0.5 * Math.abs(im))
    return c(r, im < 0 ? -r : r)
  }
  const large = Math.abs(re) > 4 || Math.abs(im) > 4
  const factor = large ? 0.25 : 1.8014398509481984e16 // 2^54
  const unscale = large ? 2 : 7.450580596923828125e-9 // √ of the inverse: 2, 2^-27
  const a = re * factor
  const b = im * factor
  const modulus = m.hypot(a, b)
  let real: number
  let imag: number
  if (a > 0) {
    const t = Math.sqrt(0.5 * modulus + 0.5 * a)
    imag = unscale * Math.abs((0.5 * b) / t)
    real = t * unscale
  } else {
    const r = Math.sqrt(0.5 * modulus - 0.5 * a)
    real = unscale * Math.abs((0.5 * b) / r)
    imag = r * unscale
  }
  return c(real, b < 0 ? -imag : imag)
}

/** x**y = |x|^y · e^(i·y·arg x), with 0**y by the sign of y's real part. */
export function pow (x: C, y: C): C {
  if (x.re === 0 && x.im === 0) {
    if (isNaN(y)) return NAN_C
    if (y.re === 0) return c(1, 0)
    if (y.re < 0) return y.im === 0 ? c(Infinity, 0) : INF_C
    if (y.re > 0) return c(0, 0)
    // left: y.re NaN with y.im infinite, where Go panics ("not reached"); 0 is returned below
  }
  const modulus = abs(x)
  if (modulus === 0) return c(0, 0)
  let r = m.pow(modulus, y.re)
  const arg = phase(x)
  let theta = y.re * arg
  if (y.im !== 0) {
    r *= m.exp(-y.im * arg)
    theta += y.im * m.log(modulus)
  }
  return rect(r, theta)
}
