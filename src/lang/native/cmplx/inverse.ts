/**
 * Inverse circular and hyperbolic functions of complex numbers through logarithms
 * (asin z = −i·log(iz + √(1−z²)), asinh z = log(z + √(1+z²))) and Cephes' catan formula,
 * with C99 Annex G's special values.
 */
import * as m from '../math/index.ts'
import { type C, c, isInfinite, NAN_C } from './types.ts'
import { log, sqrt } from './elementary.ts'
import { reducePi } from './trig.ts'

const isNaN = (x: number): boolean => x !== x
const HALF_PI = m.Pi / 2
const QUARTER_PI = m.Pi / 4

/** z² as Go's complex multiplication computes it. */
function square (z: C): C { return c(z.re * z.re - z.im * z.im, z.re * z.im + z.im * z.re) }

function asinSpecial (x: C): C | undefined {
  const { re, im } = x
  if (im === 0 && Math.abs(re) <= 1) return c(m.asin(re), im)
  if (re === 0 && Math.abs(im) <= 1) return c(re, m.asinh(im))
  if (isNaN(im)) {
    if (re === 0) return c(re, NaN)
    if (isInfinite(re)) return c(NaN, re)
    return NAN_C
  }
  if (isInfinite(im)) {
    if (isNaN(re)) return x
    return c(m.copysign(isInfinite(re) ? QUARTER_PI : 0, re), im)
  }
  if (isInfinite(re)) return c(m.copysign(HALF_PI, re), m.copysign(re, im))
  return undefined
}

export function asin (x: C): C {
  const special = asinSpecial(x)
  if (special !== undefined) return special
  const xx = square(x)
  const root = sqrt(c(1 - xx.re, -xx.im))
  const w = log(c(-x.im + root.re, x.re + root.im)) // log(i·x + √(1 − x²))
  return c(w.im, -w.re)
}

export function acos (x: C): C {
  const w = asin(x)
  return c(HALF_PI - w.re, -w.im)
}

function asinhSpecial (x: C): C | undefined {
  const { re, im } = x
  if (im === 0 && Math.abs(re) <= 1) return c(m.asinh(re), im)
  if (re === 0 && Math.abs(im) <= 1) return c(re, m.asin(im))
  if (isInfinite(re)) {
    if (isInfinite(im)) return c(re, m.copysign(QUARTER_PI, im))
    if (isNaN(im)) return x
    return c(re, m.copysign(0, im))
  }
  if (isNaN(re)) {
    if (im === 0) return x
    if (isInfinite(im)) return c(im, re)
    return NAN_C
  }
  if (isInfinite(im)) return c(m.copysign(im, re), m.copysign(HALF_PI, im))
  return undefined
}

export function asinh (x: C): C {
  const special = asinhSpecial(x)
  if (special !== undefined) return special
  const xx = square(x)
  const root = sqrt(c(1 + xx.re, xx.im))
  return log(c(x.re + root.re, x.im + root.im))
}

export function acosh (x: C): C {
  if (x.re === 0 && x.im === 0) return c(0, m.copysign(HALF_PI, x.im))
  const w = acos(x)
  return w.im <= 0 ? c(-w.im, w.re) : c(w.im, -w.re)
}

export function atan (x: C): C {
  const { re, im } = x
  if (im === 0) return c(m.atan(re), im)
  if (re === 0 && Math.abs(im) <= 1) return c(re, m.atanh(im))
  if (isInfinite(im) || isInfinite(re)) return c(isNaN(re) ? NaN : m.copysign(HALF_PI, re), m.copysign(0, im))
  if (isNaN(re) || isNaN(im)) return NAN_C
  // real part ½·atan2(2a, 1 − a² − b²) reduced by π; imaginary part ¼·log(|x+i|²/|x−i|²)
  const aa = re * re
  const denominator = 1 - aa - im * im
  if (denominator === 0) return NAN_C
  const w = reducePi(0.5 * m.atan2(2 * re, denominator))
  const below = im - 1
  const belowSq = aa + below * below
  if (belowSq === 0) return NAN_C
  const above = im + 1
  return c(w, 0.25 * m.log((aa + above * above) / belowSq))
}

export function atanh (x: C): C {
  const z = atan(c(-x.im, x.re)) // atan(i·x)
  return c(z.im, -z.re)
}
