/**
 * Exponentials and logarithms. Exp and Log follow the algorithms of Go's amd64 assembly (what
 * programs on amd64 observe, with FMA hardware); Exp2, Expm1 and Log1p follow FreeBSD msun's
 * published methods (e_exp.c, s_expm1.c, s_log1p.c), which Go's portable code uses.
 */
import { hiBits, loBits, fromBits, pow2 } from '../float.ts'
import { fma } from './fma.ts'
import { horner, hornerFused } from './poly.ts'
import { frexp, ldexp, roundToEven } from './basic.ts'

// ln 2 split so that k·LN2_HI is exact for |k| < 2^11 (msun's split, 32 significant bits).
const LN2_HI = 6.93147180369123816490e-01
const LN2_LO = 1.90821492927058770002e-10
const INV_LN2 = fromBits(0x3ff71547, 0x652b82fe) // 1/ln 2 rounded once
const INV_LN10 = fromBits(0x3fdbcb7b, 0x1526e50e) // 1/ln 10 rounded once

// ---- Exp: reduce by ln 2, divide by 16, Taylor series, square four times ----

// ln 2 split at 41 significant bits: k·EXP_LN2_HI is exact for every k Exp can meet.
const EXP_LN2_HI = 0.69314718055966295651160180568695068359375
const EXP_LN2_LO = 0.28235290563031577122588448175013436025525412068e-12
const LOG2_E = 1.4426950408889634073599246810018920
const EXP_OVERFLOW = 7.09782712893384e+02
// 1/8!, 1/7!, …, 1/2!, 1: the Taylor series of (e^r − 1)/r
const EXP_TAYLOR = [2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
  8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0]

export function exp (x: number): number {
  if (x !== x || x === Infinity) return x
  if (x > EXP_OVERFLOW) return Infinity
  if (x < -746) return 0 // below half the smallest subnormal whatever the rounding
  const k = roundToEven(LOG2_E * x) // x ≈ k·ln 2 + r, |r| ≲ ln2/2
  const biased = k + 1023
  if (biased < -52) return 0
  if (biased >= 0x7ff) return Infinity
  const r = fma(-k, EXP_LN2_LO, x - k * EXP_LN2_HI) * 0.0625
  // y = e^(r) − 1 for the sixteenth; each (1+y)² − 1 = y(y+2) doubles the argument
  let y = hornerFused(r, EXP_TAYLOR) * r
  y = (y + 2) * y
  y = (y + 2) * y
  y = (y + 2) * y
  const m = fma(y, y + 2, 1)
  if (biased > 0) return m * pow2(k)
  // subnormal result: an exact scaling first, then one rounding by 2^-1022
  return (m * pow2(k + 1022)) * pow2(-1022)
}

// ---- Log: msun's e_log.c series on the mantissa, as Go's amd64 assembly computes it ----

const SQRT_HALF = 7.07106781186547524401e-01
// log((1+s)/(1−s)) = 2s + s·(L1·s² + L2·s⁴ + …), split by parity of the power of s⁴
const LOG_ODD = [1.479819860511658591e-01, 1.818357216161805012e-01, 2.857142874366239149e-01, 6.666666666666735130e-01]
const LOG_EVEN = [1.531383769920937332e-01, 2.222219843214978396e-01, 3.999999999940941908e-01]

export function log (x: number): number {
  const hi = hiBits(x)
  const lo = loBits(x)
  if ((hi & 0x7fffffff) === 0 && lo === 0) return -Infinity
  if (hi >= 0x80000000) return NaN
  if (hi >= 0x7ff00000) return x
  // The exponent field is taken as is, without normalising subnormals first: on amd64 Go's
  // Log(5e-324) is −709.09…, and programs see that value.
  let k = (hi >>> 20) - 0x3fe
  let m = fromBits((hi & 0x000fffff) | 0x3fe00000, lo) // in [0.5, 1)
  if (!(m > SQRT_HALF)) { k--; m *= 2 }
  const f = m - 1
  const s = f / (2 + f)
  const s2 = s * s
  const s4 = s2 * s2
  const odd = s2 * horner(s4, LOG_ODD)
  const even = s4 * horner(s4, LOG_EVEN)
  const halfSq = 0.5 * f * f
  return k * LN2_HI - ((halfSq - (s * (halfSq + (odd + even)) + k * LN2_LO)) - f)
}

export function log10 (x: number): number { return log(x) * INV_LN10 }

export function log2 (x: number): number {
  const [frac, e] = frexp(x)
  if (frac === 0.5) return e - 1 // exact powers of two stay exact
  return log(frac) * INV_LN2 + e
}

// ---- Exp2 (msun's reduction to e^r with r = t·ln 2 in two parts) ----

// e^r = 1 + 2r/(2 − c), c = r − r²·(P1 + P2·r² + …)  (msun's Remez coefficients)
const EXP_REMEZ = [4.13813679705723846039e-08, -1.65339022054652515390e-06, 6.61375632143793436117e-05,
  -2.77777777770155933842e-03, 1.66666666666666657415e-01]

/** e^(hi − lo) × 2^k, with hi − lo small. */
function expReduced (hi: number, lo: number, k: number): number {
  const r = hi - lo
  const rr = r * r
  const c = r - rr * horner(rr, EXP_REMEZ)
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi)
  return ldexp(y, k)
}

export function exp2 (x: number): number {
  if (x !== x || x === Infinity) return x
  if (x === -Infinity) return 0
  if (x > 1.0239999999999999e+03) return Infinity
  if (x < -1.0740e+03) return 0
  const k = x > 0 ? Math.trunc(x + 0.5) : x < 0 ? Math.trunc(x - 0.5) : 0
  const t = x - k
  return expReduced(t * LN2_HI, -t * LN2_LO, k)
}

// ---- Expm1 (msun's s_expm1.c) ----

const EXPM1_Q = [-2.01099218183624371326e-07, 4.00821782732936239552e-06, -7.93650757867487942473e-05,
  1.58730158725481460165e-03, -3.33333333333331316428e-02, 1]

/** y × 2^k by adding k to the exponent field (y and the result are normal here). */
function addExponent (y: number, k: number): number {
  return fromBits((hiBits(y) + k * 0x100000) >>> 0, loBits(y))
}

export function expm1 (x: number): number {
  if (x !== x || x === Infinity) return x
  if (x === -Infinity) return -1
  const negative = x < 0
  const ax = Math.abs(x)
  if (ax >= 3.88162421113569373274e+01) { // 56·ln 2: e^x − 1 is −1 or overflows
    if (negative) return -1
    if (ax >= 7.09782712893383973096e+02) return Infinity
  }
  let k = 0
  let c = 0 // rounding error of the reduction
  if (ax > 3.46573590279972654709e-01) { // ln2/2
    let hi: number
    let lo: number
    if (ax < 1.03972077083991796413e+00) { // 3·ln2/2
      k = negative ? -1 : 1
      hi = negative ? x + LN2_HI : x - LN2_HI
      lo = negative ? -LN2_LO : LN2_LO
    } else {
      k = Math.trunc(1.44269504088896338700e+00 * x + (negative ? -0.5 : 0.5))
      hi = x - k * LN2_HI
      lo = k * LN2_LO
    }
    x = hi - lo
    c = (hi - x) - lo
  } else if (ax < 5.551115123125783e-17) { // 2^-54: e^x − 1 rounds to x
    return x
  }
  const halfX = 0.5 * x
  const hxs = x * halfX
  const r1 = horner(hxs, EXPM1_Q)
  const t = 3 - r1 * halfX
  let e = hxs * ((r1 - t) / (6.0 - x * t))
  if (k === 0) return x - (x * e - hxs)
  e = (x * (e - c) - c) - hxs
  if (k === -1) return 0.5 * (x - e) - 0.5
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e)
  if (k <= -2 || k > 56) return addExponent(1 - (e - x), k) - 1
  if (k < 20) return addExponent((1 - pow2(-k)) - (e - x), k)
  return addExponent((x - (e + pow2(-k))) + 1, k)
}

// ---- Log1p (msun's s_log1p.c) ----

const LOG1P_LP = [1.479819860511658591e-01, 1.531383769920937332e-01, 1.818357216161805012e-01,
  2.222219843214978396e-01, 2.857142874366239149e-01, 3.999999999940941908e-01, 6.666666666666735130e-01]
const SQRT2_FRACTION = 0x0006a09e667f3bcd // mantissa field of √2
const TWO52 = 4503599627370496

export function log1p (x: number): number {
  if (x < -1 || x !== x) return NaN
  if (x === -1) return -Infinity
  if (x === Infinity) return Infinity
  const ax = Math.abs(x)
  let f = 0
  let k = 1
  let field = 0 // mantissa field of 1+x after the reduction (a 52-bit integer, exact in a number)
  if (ax < 4.142135623730950488017e-01) { // √2 − 1
    if (ax < 1.862645149230957e-09) { // 2^-29
      if (ax < 5.551115123125783e-17) return x // 2^-54
      return x - x * x * 0.5
    }
    if (x > -2.928932188134524755992e-01) { k = 0; f = x; field = 1 } // √2/2 − 1 < x: no reduction
  }
  let c = 0
  if (k !== 0) {
    let u: number
    if (ax < 9007199254740992) {
      u = 1.0 + x
      k = (hiBits(u) >>> 20) - 1023
      c = (k > 0 ? 1.0 - (u - x) : x - (u - 1.0)) / u // what the addition lost
    } else {
      u = x
      k = (hiBits(u) >>> 20) - 1023
    }
    field = (hiBits(u) & 0x000fffff) * 4294967296 + loBits(u)
    const fieldHi = Math.floor(field / 4294967296)
    const fieldLo = field - fieldHi * 4294967296
    if (field < SQRT2_FRACTION) {
      u = fromBits(fieldHi | 0x3ff00000, fieldLo) // in [1, √2)
    } else {
      k++
      u = fromBits(fieldHi | 0x3fe00000, fieldLo) // in [√2/2, 1)
      field = Math.floor((TWO52 - field) / 4)
    }
    f = u - 1.0
  }
  const halfSq = 0.5 * f * f
  if (field === 0) { // f is tiny: a short series
    if (f === 0) {
      if (k === 0) return 0
      return k * LN2_HI + (c + k * LN2_LO)
    }
    const R = halfSq * (1.0 - 0.66666666666666666 * f)
    if (k === 0) return f - R
    return k * LN2_HI - ((R - (k * LN2_LO + c)) - f)
  }
  const s = f / (2.0 + f)
  const z = s * s
  const R = z * horner(z, LOG1P_LP)
  if (k === 0) return f - (halfSq - s * (halfSq + R))
  return k * LN2_HI - ((halfSq - (s * (halfSq + R) + (k * LN2_LO + c))) - f)
}
