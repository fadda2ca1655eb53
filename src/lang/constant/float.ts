/**
 * Exact conversions between constants and IEEE 754 binary64/binary32 values.
 * Rounding is to nearest, ties to even, correct for subnormals and overflow to ±Inf,
 * done with bigints and bit patterns only (no host math), so results are the same everywhere.
 */

import { bitLen, FLOAT_ZERO, makeBigFloat, makeRat, MAX_RAT_BITS, type FloatVal } from './value.ts'

const buf = new DataView(new ArrayBuffer(8))

/** Binary float formats: mantissa bits (with the implicit one), lowest lsb exponent, max exponent. */
interface Format {
  prec: number
  minLsb: number
  /** values >= 2**maxExp overflow */
  maxExp: number
}
const F64: Format = { prec: 53, minLsb: -1074, maxExp: 1024 }
const F32: Format = { prec: 24, minLsb: -149, maxExp: 128 }

/** Rounds |x| = n/d * 2**e (n, d > 0) to fmt: returns [mantissa, lsbExp] or null on overflow. */
function roundTo(n: bigint, d: bigint, e: number, fmt: Format): [bigint, number] | null {
  // pick lsb exponent k so that the quotient n/d * 2**(e-k) has exactly prec bits
  let k = e + bitLen(n) - bitLen(d) - fmt.prec
  // ensure 2**(prec-1) <= q < 2**prec, allowing for the estimate being one off
  const q0 = quotient(n, d, e - k)
  if (q0 >= 1n << BigInt(fmt.prec)) k++
  else if (q0 < 1n << BigInt(fmt.prec - 1)) k--
  if (k < fmt.minLsb) k = fmt.minLsb
  const sh = e - k
  let num = n
  let den = d
  if (sh >= 0) num <<= BigInt(sh)
  else den <<= BigInt(-sh)
  let q = num / den
  const r2 = (num % den) * 2n
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q++
  if (q === 1n << BigInt(fmt.prec)) {
    q >>= 1n
    k++
  }
  if (q !== 0n && bitLen(q) + k > fmt.maxExp) return null
  return [q, k]
}

function quotient(n: bigint, d: bigint, sh: number): bigint {
  return sh >= 0 ? (n << BigInt(sh)) / d : n / (d << BigInt(-sh))
}

/** Parts of a Float: sign, positive n, d, binary exponent. */
function parts(x: FloatVal): [boolean, bigint, bigint, number] {
  const neg = x.num < 0n
  return [neg, neg ? -x.num : x.num, x.den, x.exp]
}

/**
 * big.Rat's quotToFloat64/32, ported step by step so that values and the `exact` flag match Go's
 * (including its quirks: a quotient that underflows to zero with no remainder reports exact).
 */
function quotToFloat(a: bigint, b: bigint, f32: boolean): [number, boolean] {
  const Msize = f32 ? 23 : 52
  const Msize1 = Msize + 1
  const Msize2 = Msize1 + 1
  const Esize = (f32 ? 32 : 64) - Msize1
  const Ebias = (1 << (Esize - 1)) - 1
  const Emin = 1 - Ebias
  let exp = bitLen(a) - bitLen(b)
  let a2 = a
  let b2 = b
  const shift = Msize2 - exp
  if (shift > 0) a2 <<= BigInt(shift)
  else if (shift < 0) b2 <<= BigInt(-shift)
  const q = a2 / b2
  let haveRem = a2 % b2 !== 0n
  let mantissa = BigInt.asUintN(64, q)
  if (mantissa >> BigInt(Msize2) === 1n) {
    if ((mantissa & 1n) === 1n) haveRem = true
    mantissa >>= 1n
    exp++
  }
  if (Emin - Msize <= exp && exp <= Emin) {
    const sh = BigInt(Emin - (exp - 1))
    const lost = mantissa & ((1n << sh) - 1n)
    haveRem = haveRem || lost !== 0n
    mantissa >>= sh
    exp = 2 - Ebias
  }
  let exact = !haveRem
  if ((mantissa & 1n) !== 0n) {
    exact = false
    if (haveRem || (mantissa & 2n) !== 0n) {
      mantissa++
      if (mantissa >= 1n << BigInt(Msize2)) {
        mantissa >>= 1n
        exp++
      }
    }
  }
  mantissa >>= 1n
  // math.Ldexp(float64(mantissa), exp-Msize1): one correct rounding to float64
  let f = ldexp(mantissa, exp - Msize1)
  if (f32) f = roundF64ToF32(f)
  if (f === Infinity) exact = false
  return [f, exact]
}

/** mantissa * 2**e rounded once to float64 (Go's math.Ldexp on an exact float64 mantissa). */
function ldexp(mantissa: bigint, e: number): number {
  if (mantissa === 0n) return 0
  const r = roundTo(mantissa, 1n, e, F64)
  return r === null ? Infinity : buildF64(false, r[0], r[1])
}

/** float32(x) for a float64 x >= 0: one correct rounding. */
function roundF64ToF32(x: number): number {
  if (x === 0 || x === Infinity) return x
  const v = float64ToFloat(x)!
  const [, n, d, e] = parts(v)
  const r = roundTo(n, d, e, F32)
  return r === null ? Infinity : buildF64(false, r[0], r[1])
}

/** The nearest float64 to x (±Inf on overflow, signed zero on underflow) and whether it is exact. */
export function floatToFloat64(x: FloatVal): [number, boolean] {
  if (x.num === 0n) return [0, true]
  if (!x.big) {
    const [f, exact] = quotToFloat(x.num < 0n ? -x.num : x.num, x.den, false)
    return [x.num < 0n ? -f : f, exact]
  }
  const [neg, n, d, e] = parts(x)
  const r = roundTo(n, d, e, F64)
  if (r === null) return [neg ? -Infinity : Infinity, false]
  const [m, k] = r
  const v = buildF64(neg, m, k)
  return [v, exactlyEquals(n, d, e, m, k)]
}

/** The nearest float32 (as a JS number) to x and whether it is exact. */
export function floatToFloat32(x: FloatVal): [number, boolean] {
  if (x.num === 0n) return [0, true]
  if (!x.big) {
    const [f, exact] = quotToFloat(x.num < 0n ? -x.num : x.num, x.den, true)
    return [x.num < 0n ? -f : f, exact]
  }
  const [neg, n, d, e] = parts(x)
  const r = roundTo(n, d, e, F32)
  if (r === null) return [neg ? -Infinity : Infinity, false]
  const [m, k] = r
  // every float32 is a float64, so build it as one
  const v = buildF64(neg, m, k)
  return [v, exactlyEquals(n, d, e, m, k)]
}

function exactlyEquals(n: bigint, d: bigint, e: number, m: bigint, k: number): boolean {
  // n/d * 2**e == m * 2**k  <=>  n * 2**(e-k) == m * d
  const sh = e - k
  if (m === 0n) return false
  return sh >= 0 ? n << BigInt(sh) === m * d : n === (m * d) << BigInt(-sh)
}

/** The float64 m * 2**k, where m has at most 53 bits and the value is representable. */
function buildF64(neg: boolean, m: bigint, k: number): number {
  if (m === 0n) return neg ? -0 : 0
  const bl = bitLen(m)
  let hi: number
  let lo: number
  if (bl === 53) {
    // normal: value = 1.f * 2**(k + 52)
    const be = k + 52 + 1023
    const f = m - (1n << 52n)
    hi = (be << 20) | Number(f >> 32n)
    lo = Number(f & 0xffffffffn)
  } else {
    // subnormal (k === -1074), or a normal number with fewer bits: renormalize
    if (k > -1074) {
      const shift = Math.min(53 - bl, k + 1074)
      m <<= BigInt(shift)
      k -= shift
      if (bitLen(m) === 53) return buildF64(neg, m, k)
    }
    hi = Number(m >> 32n)
    lo = Number(m & 0xffffffffn)
  }
  if (neg) hi |= 0x80000000
  buf.setUint32(0, hi >>> 0)
  buf.setUint32(4, lo >>> 0)
  return buf.getFloat64(0)
}

/** The exact constant of a finite float64 (-0 becomes 0); null for NaN/Inf. */
export function float64ToFloat(x: number): FloatVal | null {
  if (x !== x || x === Infinity || x === -Infinity) return null
  if (x === 0) return FLOAT_ZERO
  buf.setFloat64(0, x)
  const hi = buf.getUint32(0)
  const lo = buf.getUint32(4)
  const neg = hi >>> 31 === 1
  const be = (hi >>> 20) & 0x7ff
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  let e: number
  if (be === 0) e = -1074
  else {
    m |= 1n << 52n
    e = be - 1075
  }
  if (neg) m = -m
  if (e >= 0) return makeRat(m << BigInt(e), 1n)
  if (-e < MAX_RAT_BITS) return makeRat(m, 1n << BigInt(-e))
  return makeBigFloat(m, e)
}

/** Math.fround without relying on the host: rounds a float64 to the nearest float32. */
export function roundFloat32(x: number): number {
  const f = float64ToFloat(x)
  if (f === null) return x
  return floatToFloat32(f)[0]
}
