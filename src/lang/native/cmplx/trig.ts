/**
 * Circular and hyperbolic functions of complex numbers: sin(a+bi) = sin a·cosh b + i·cos a·sinh b
 * and its relatives; tan and cot by the double-angle forms, with Cephes' power series for the
 * denominator cosh 2b − cos 2a when it cancels; C99 Annex G's special values.
 */
import * as m from '../math/index.ts'
import { type C, c, isInfinite, INF_C } from './types.ts'

/** [sinh x, cosh x], sharing one exponential away from zero. */
function sinhCosh (x: number): [number, number] {
  if (Math.abs(x) <= 0.5) return [m.sinh(x), m.cosh(x)]
  const e = m.exp(x)
  const halfInverse = 0.5 / e
  const half = 0.5 * e
  return [half - halfInverse, half + halfInverse]
}

const isNaN = (x: number): boolean => x !== x

export function sin (x: C): C {
  const { re, im } = x
  if (im === 0 && (isInfinite(re) || isNaN(re))) return c(NaN, im)
  if (isInfinite(im)) {
    if (re === 0) return x
    if (isInfinite(re) || isNaN(re)) return c(NaN, im)
  } else if (re === 0 && isNaN(im)) {
    return x
  }
  const [s, co] = m.sincos(re)
  const [sh, ch] = sinhCosh(im)
  return c(s * ch, co * sh)
}

export function sinh (x: C): C {
  const { re, im } = x
  if (re === 0 && (isInfinite(im) || isNaN(im))) return c(re, NaN)
  if (isInfinite(re)) {
    if (im === 0) return x
    if (isInfinite(im) || isNaN(im)) return c(re, NaN)
  } else if (im === 0 && isNaN(re)) {
    return c(NaN, im)
  }
  const [s, co] = m.sincos(im)
  const [sh, ch] = sinhCosh(re)
  return c(co * sh, s * ch)
}

export function cos (x: C): C {
  const { re, im } = x
  if (im === 0 && (isInfinite(re) || isNaN(re))) return c(NaN, -im * m.copysign(0, re))
  if (isInfinite(im)) {
    if (re === 0) return c(Infinity, -re * m.copysign(0, im))
    if (isInfinite(re) || isNaN(re)) return c(Infinity, NaN)
  } else if (re === 0 && isNaN(im)) {
    return c(NaN, 0)
  }
  const [s, co] = m.sincos(re)
  const [sh, ch] = sinhCosh(im)
  return c(co * ch, -s * sh)
}

export function cosh (x: C): C {
  const { re, im } = x
  if (re === 0 && (isInfinite(im) || isNaN(im))) return c(NaN, re * m.copysign(0, im))
  if (isInfinite(re)) {
    if (im === 0) return c(Infinity, im * m.copysign(0, re))
    if (isInfinite(im) || isNaN(im)) return c(Infinity, NaN)
  } else if (im === 0 && isNaN(re)) {
    return c(NaN, im)
  }
  const [s, co] = m.sincos(im)
  const [sh, ch] = sinhCosh(re)
  return c(co * ch, s * sh)
}

/** x − kπ in (−π/2, π/2]: Cody–Waite with π in three parts below 2^30, Payne–Hanek above. */
export function reducePi (x: number): number {
  if (Math.abs(x) >= 1073741824) return m.reduceByPi(x)
  // the first two parts have 30 and 32 trailing zero bits, so t·PI_A and t·PI_B are exact
  const PI_A = 3.141592502593994
  const PI_B = 1.5099578831723193e-07
  const PI_C = 1.0780605716316238e-14
  const t = Math.trunc(x / m.Pi + 0.5)
  return ((x - t * PI_A) - t * PI_B) - t * PI_C
}

/**
 * cosh 2b − cos 2a for z = a + bi by its power series Σ (|2b|^2k ∓ (2a)^2k)/(2k)!, with 2a
 * first reduced by π (Cephes' ctans), summed until a term no longer changes the sum.
 */
function tanDenominator (z: C): number {
  const a = reducePi(Math.abs(2 * z.re))
  const aa = a * a
  const bb = (2 * z.im) * (2 * z.im)
  let aPower = 1
  let bPower = 1
  let factorial = 1
  let n = 0
  let sum = 0
  for (;;) {
    let term = 0
    for (let half = 0; half < 2; half++) { // the terms of even k add aPower, the odd ones subtract it
      n++
      factorial *= n
      n++
      factorial *= n
      aPower *= aa
      bPower *= bb
      term = (half === 0 ? bPower + aPower : bPower - aPower) / factorial
      sum += term
    }
    if (!(Math.abs(term / sum) > 1.1102230246251565e-16)) return sum // 2^-53; NaN also stops
  }
}

export function tan (x: C): C {
  const { re, im } = x
  if (isInfinite(im)) {
    if (isInfinite(re) || isNaN(re)) return c(m.copysign(0, re), m.copysign(1, im))
    return c(m.copysign(0, m.sin(2 * re)), m.copysign(1, im))
  }
  if (re === 0 && isNaN(im)) return x
  let d = m.cos(2 * re) + m.cosh(2 * im)
  if (Math.abs(d) < 0.25) d = tanDenominator(x)
  if (d === 0) return INF_C
  return c(m.sin(2 * re) / d, m.sinh(2 * im) / d)
}

export function tanh (x: C): C {
  const { re, im } = x
  if (isInfinite(re)) {
    if (isInfinite(im) || isNaN(im)) return c(m.copysign(1, re), m.copysign(0, im))
    return c(m.copysign(1, re), m.copysign(0, m.sin(2 * im)))
  }
  if (im === 0 && isNaN(re)) return x
  const d = m.cosh(2 * re) + m.cos(2 * im)
  if (d === 0) return INF_C
  return c(m.sinh(2 * re) / d, m.sin(2 * im) / d)
}

export function cot (x: C): C {
  let d = m.cosh(2 * x.im) - m.cos(2 * x.re)
  if (Math.abs(d) < 0.25) d = tanDenominator(x)
  if (d === 0) return INF_C
  return c(m.sin(2 * x.re) / d, -m.sinh(2 * x.im) / d)
}
