/**
 * The exact parts of Go's math package: classification, sign, rounding, the binary exponent
 * (Frexp/Ldexp/Modf), Mod/Remainder, Min/Max/Dim and Nextafter. None of these rounds: every result
 * is the one IEEE 754 defines, so they follow from the package documentation alone.
 */
import { hiBits, loBits, fromBits, pow2, float64bits, float64frombits, float32bits, float32frombits } from '../float.ts'

const SIGN = 0x80000000
const TWO52 = 4503599627370496
const MIN_NORMAL = 2.2250738585072014e-308
const MAX_HALF = 8.988465674311579e+307 // MaxFloat64 / 2

export function isNaN (x: number): boolean { return x !== x }
export function isInf (x: number, sign: number): boolean {
  return sign >= 0 ? x === Infinity || (sign === 0 && x === -Infinity) : x === -Infinity
}
export function inf (sign: number): number { return sign >= 0 ? Infinity : -Infinity }
export function signbit (x: number): boolean { return (hiBits(x) & SIGN) !== 0 }
/** |f| with the sign bit of sign (NaN signs cannot be told apart in JS, so a NaN sign counts as +). */
export function copysign (f: number, sign: number): number {
  const top = (hiBits(f) & ~SIGN) | (hiBits(sign) & SIGN)
  return fromBits(top >>> 0, loBits(f))
}

export const abs = Math.abs
export const sqrt = Math.sqrt // IEEE square root is correctly rounded, like Go's SQRTSD
export const floor = Math.floor
export const ceil = Math.ceil
export const trunc = Math.trunc

/** Nearest integer, halves away from zero. x − trunc(x) is exact, so the comparison is too. */
export function round (x: number): number {
  const whole = Math.trunc(x)
  const rest = x - whole
  if (rest >= 0.5) return whole + 1
  if (rest <= -0.5) return whole - 1
  return whole
}

/** Nearest integer, halves to the even neighbour. */
export function roundToEven (x: number): number {
  const whole = Math.trunc(x)
  const rest = Math.abs(x - whole)
  const up = rest > 0.5 || (rest === 0.5 && whole % 2 !== 0)
  if (!up) return whole
  return x > 0 ? whole + 1 : whole - 1
}

/** [integer part, fractional part], both with x's sign (so Modf(-0) is [-0, -0]). */
export function modf (x: number): [number, number] {
  if (x === 0 || x !== x) return [x, x]
  if (x === Infinity || x === -Infinity) return [x, NaN]
  const whole = Math.trunc(x)
  const rest = x - whole
  return [whole, rest === 0 ? (x < 0 ? -0 : 0) : rest]
}

/** x = frac × 2^e with 0.5 ≤ |frac| < 1; zero, infinities and NaN come back with e = 0. */
export function frexp (x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0]
  let shift = 0
  if (Math.abs(x) < MIN_NORMAL) { x *= TWO52; shift = -52 } // make a subnormal normal first
  const top = hiBits(x)
  const biased = (top >>> 20) & 0x7ff
  // keep sign and mantissa, set the exponent field to that of [0.5, 1)
  return [fromBits(((top & 0x800fffff) | 0x3fe00000) >>> 0, loBits(x)), biased - 1022 + shift]
}

/** frac × 2^e, rounded once (to nearest even) when the result is subnormal. */
export function ldexp (frac: number, e: number): number {
  if (frac === 0 || frac !== frac || frac === Infinity || frac === -Infinity) return frac
  const [m, me] = frexp(frac) // m in [0.5, 1)
  let k = me + e - 1 // result = (2m) × 2^k with 2m in [1, 2)
  if (k > 1023) return frac < 0 ? -Infinity : Infinity
  if (k < -1075) return frac < 0 ? -0 : 0
  const mant = m * 2
  if (k >= -1022) return mant * pow2(k)
  // Subnormal: one multiplication by a power of two rounds exactly once.
  k += 53
  return (mant * pow2(k)) * pow2(-53)
}

/** Remainder of x/y with x's sign, computed exactly by subtracting scaled copies of |y|. */
export function mod (x: number, y: number): number {
  if (y === 0 || x !== x || y !== y || x === Infinity || x === -Infinity) return NaN
  const ay = Math.abs(y)
  const [yFrac, yExp] = frexp(ay)
  let r = Math.abs(x)
  while (r >= ay) {
    const [rFrac, rExp] = frexp(r)
    // the largest |y|·2^k not above r; each subtraction is exact
    r -= ldexp(ay, (rFrac < yFrac ? rExp - 1 : rExp) - yExp)
  }
  return signbit(x) ? -r : r
}

/** IEEE 754 remainder: x − n·y with n the integer nearest x/y (ties to even). */
export function remainder (x: number, y: number): number {
  if (x !== x || y !== y || x === Infinity || x === -Infinity || y === 0) return NaN
  if (y === Infinity || y === -Infinity) return x
  const negative = signbit(x)
  x = Math.abs(x)
  y = Math.abs(y)
  if (x === y) return negative ? -0 : 0
  if (y <= MAX_HALF) x = mod(x, y + y) // now 0 ≤ x < 2y
  if (y < 2 * MIN_NORMAL) {
    // y/2 would lose a bit here: compare doubled values instead
    if (x + x > y) {
      x -= y
      if (x + x >= y) x -= y
    }
  } else {
    const half = 0.5 * y
    if (x > half) {
      x -= y
      if (x >= half) x -= y
    }
  }
  return negative ? -x : x
}

export function dim (x: number, y: number): number {
  const d = x - y
  return d <= 0 ? 0 : d
}

/** Larger of x, y: +Inf wins over NaN, NaN over the rest, and +0 over −0. */
export function max (x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity
  if (x !== x || y !== y) return NaN
  if (x === 0 && y === 0) return signbit(x) ? y : x
  return x > y ? x : y
}

/** Smaller of x, y: −Inf wins over NaN, NaN over the rest, and −0 over +0. */
export function min (x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity
  if (x !== x || y !== y) return NaN
  if (x === 0 && y === 0) return signbit(x) ? x : y
  return x < y ? x : y
}

/** The float64 after x in the direction of y: a step of one in the bit pattern. */
export function nextafter (x: number, y: number): number {
  if (x !== x || y !== y) return NaN
  if (x === y) return x
  if (x === 0) return copysign(5e-324, y)
  const step = (y > x) === (x > 0) ? 1n : -1n
  return float64frombits(float64bits(x) + step)
}

/** Nextafter on float32 values (held, exactly, in numbers). */
export function nextafter32 (x: number, y: number): number {
  x = Math.fround(x)
  y = Math.fround(y)
  if (x !== x || y !== y) return NaN
  if (x === y) return x
  if (x === 0) return copysign(float32frombits(1), y)
  const step = (y > x) === (x > 0) ? 1 : -1
  return float32frombits(float32bits(x) + step)
}
