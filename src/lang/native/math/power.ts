/** Pow, Pow10, Cbrt and Hypot, with the special cases Go's math package documents. */
import { hiBits, loBits, fromBits } from '../float.ts'
import { frexp, ldexp, modf, signbit } from './basic.ts'
import { exp, log } from './explog.ts'

const TWO53 = 9007199254740992
const TWO63 = 9223372036854775808

function isOddInteger (y: number): boolean {
  if (Math.abs(y) >= TWO53) return false // every float64 this large is even
  const [whole, rest] = modf(y)
  return rest === 0 && Math.abs(whole) % 2 === 1
}

/** Documented special cases of Pow; undefined when the general method applies. */
function powSpecial (x: number, y: number): number | undefined {
  if (y === 0 || x === 1) return 1
  if (y === 1) return x
  if (x !== x || y !== y) return NaN
  if (x === 0) {
    const keepSign = signbit(x) && isOddInteger(y)
    if (y < 0) return keepSign ? -Infinity : Infinity
    return keepSign ? x : 0
  }
  if (y === Infinity || y === -Infinity) {
    if (x === -1) return 1
    return (Math.abs(x) < 1) === (y === Infinity) ? 0 : Infinity
  }
  if (x === -Infinity) return pow(-0, -y) // (−∞)^y = (−0)^(−y)
  if (x === Infinity) return y < 0 ? 0 : Infinity
  if (y === 0.5) return Math.sqrt(x)
  if (y === -0.5) return 1 / Math.sqrt(x)
  return undefined
}

/**
 * x**y: the integer part of |y| by binary powering of x's mantissa with the binary exponent kept
 * apart (so intermediate products neither overflow nor underflow), times e^(f·ln x) for the
 * fraction f of y taken in (−½, ½].
 */
export function pow (x: number, y: number): number {
  const special = powSpecial(x, y)
  if (special !== undefined) return special
  let [whole, frac] = modf(Math.abs(y))
  if (frac !== 0 && x < 0) return NaN
  if (whole >= TWO63) { // an even integer so large that the result is 0, 1 or +Inf
    if (x === -1) return 1
    return (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity
  }
  let acc = 1.0
  let accExp = 0
  if (frac !== 0) {
    if (frac > 0.5) { frac--; whole++ }
    acc = exp(frac * log(x))
  }
  let [base, baseExp] = frexp(x)
  for (let n = whole; n !== 0; n = Math.floor(n / 2)) {
    if (baseExp < -4096 || baseExp > 4096) {
      // the exponent alone decides: certain overflow or underflow
      accExp += baseExp
      break
    }
    if (n % 2 === 1) { acc *= base; accExp += baseExp }
    base *= base
    baseExp *= 2
    if (base < 0.5) { base += base; baseExp-- }
  }
  if (y < 0) { acc = 1 / acc; accExp = -accExp }
  return ldexp(acc, accExp)
}

// 10^0 … 10^31, and 10^(32q): each literal is the correctly rounded power
const TENS = [1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31]
const TENS_UP = [1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288]
const TENS_DOWN = [1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320]

/** 10^n as the product (or quotient) of two table entries, which is what Go returns. */
export function pow10 (n: number): number {
  if (n >= 0 && n <= 308) return TENS_UP[n >>> 5] * TENS[n & 31]
  if (n < 0 && n >= -323) return TENS_DOWN[(-n) >>> 5] / TENS[(-n) & 31]
  return n > 0 ? Infinity : 0
}

/** The float64 whose bit pattern is (bits of x) / 3 + (bias << 32), for x ≥ 0: a first guess of ∛x. */
function thirdOfBits (x: number, bias: number): number {
  const hi = hiBits(x)
  const hiThird = Math.floor(hi / 3)
  const carried = (hi - hiThird * 3) * 4294967296 + loBits(x) // < 3·2^32: exact
  return fromBits(hiThird + bias, Math.floor(carried / 3))
}

/**
 * Cube root by msun's method (s_cbrt.c): a guess from the exponent bits, a rational step to 23
 * bits, rounding up to 22 bits, then one Newton step.
 */
export function cbrt (x: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x
  const negative = x < 0
  x = Math.abs(x)
  let t = thirdOfBits(x, 715094163)
  if (x < 2.2250738585072014e-308) t = thirdOfBits(18014398509481984 * x, 696219795) // 2^54·x
  let r = t * t / x
  let s = 5.42857142857142815906e-01 + r * t
  t *= 3.57142857142857150787e-01 + 1.60714285714285720630e+00 /
    (s + 1.41428571428571436819e+00 + -7.05306122448979611050e-01 / s)
  // keep 22 mantissa bits and add one unit of the 23rd, so t is a little above ∛x
  const lo = ((loBits(t) & 0xc0000000) >>> 0) + 0x40000000
  t = lo > 0xffffffff ? fromBits(hiBits(t) + 1, 0) : fromBits(hiBits(t), lo)
  s = t * t
  r = x / s
  r = (r - t) / ((t + t) + r)
  t = t + t * r
  return negative ? -t : t
}

/** √(p² + q²) as big·√(1 + (small/big)²), the way Go's amd64 assembly computes it. */
export function hypot (p: number, q: number): number {
  p = Math.abs(p)
  q = Math.abs(q)
  if (p === Infinity || q === Infinity) return Infinity
  if (p !== p || q !== q) return NaN
  if (p === 0 && q === 0) return 0
  const big = p > q ? p : q
  const small = p > q ? q : p
  let r = small / big
  r = r * r
  return Math.sqrt(r + 1) * big
}
