/**
 * Exact conversions between constants and IEEE 754 binary64/binary32 values: round to nearest,
 * ties to even, with subnormals and overflow to ±Inf, computed on bigints (no host arithmetic
 * decides a result), so they are the same on every machine.
 */
import { hiBits, loBits, pow2 } from '../native/float.ts'
import { bitLen, FLOAT_ZERO, makeBigFloat, makeRat, MAX_RAT_BITS, type FloatVal } from './value.ts'

/** A binary format by its significand bits, the weight of its smallest subnormal, its overflow bound. */
interface BinaryFormat {
  bits: number
  tiniest: number // 2^tiniest is the smallest subnormal
  overflow: number // values from 2^overflow on are not finite
}
const BINARY64: BinaryFormat = { bits: 53, tiniest: -1074, overflow: 1024 }
const BINARY32: BinaryFormat = { bits: 24, tiniest: -149, overflow: 128 }

/** Compares n/d·2^e with 2^k (n, d > 0): −1, 0 or 1. */
function compareWithPower (n: bigint, d: bigint, e: number, k: number): number {
  const s = e - k
  const left = s >= 0 ? n << BigInt(s) : n
  const right = s >= 0 ? d : d << BigInt(-s)
  return left < right ? -1 : left > right ? 1 : 0
}

/** floor(log2(n/d·2^e)) for n, d > 0. */
function binaryExponent (n: bigint, d: bigint, e: number): number {
  let k = bitLen(n) - bitLen(d) + e // within one of the answer
  while (compareWithPower(n, d, e, k) < 0) k--
  while (compareWithPower(n, d, e, k + 1) >= 0) k++
  return k
}

interface Rounded { mant: bigint, exp: number, exact: boolean } // value mant·2^exp

/** |v| = n/d·2^e (n, d > 0) rounded to the format; null when it overflows. */
function roundToFormat (n: bigint, d: bigint, e: number, f: BinaryFormat): Rounded | null {
  const lsb = Math.max(binaryExponent(n, d, e) - (f.bits - 1), f.tiniest)
  // n/d·2^e = (num/den)·2^lsb
  const s = e - lsb
  const num = s >= 0 ? n << BigInt(s) : n
  const den = s >= 0 ? d : d << BigInt(-s)
  let mant = num / den
  const twiceRest = (num - mant * den) * 2n
  const exact = twiceRest === 0n
  if (twiceRest > den || (twiceRest === den && (mant & 1n) === 1n)) mant++
  let exp = lsb
  if (mant === 1n << BigInt(f.bits)) { mant >>= 1n; exp++ } // rounded up into the next binade
  if (mant !== 0n && bitLen(mant) + exp > f.overflow) return null
  return { mant, exp, exact }
}

/** mant·2^exp as a number (it is a float64 by construction, so the product is exact). */
function toNumber (negative: boolean, r: Rounded): number {
  const v = Number(r.mant) * pow2(r.exp)
  return negative ? -v : v
}

/**
 * Whether a rational's conversion reports "exact", as Go's big.Rat.Float64/Float32 do: below half
 * the smallest subnormal the value is 0 and Go only asks whether the quotient has at most the
 * format's significand bits — so 2^-2000 converts "exactly" to 0 — elsewhere it is whether the
 * value is representable.
 */
function ratExact (n: bigint, d: bigint, f: BinaryFormat, r: Rounded): boolean {
  if (r.mant !== 0n || compareWithPower(n, d, 0, f.tiniest - 1) >= 0) return r.exact && r.mant !== 0n
  const k = binaryExponent(n, d, 0)
  const s = f.bits - 1 - k // n/d·2^s must be an integer below 2^bits
  const num = s >= 0 ? n << BigInt(s) : n
  const den = s >= 0 ? d : d << BigInt(-s)
  return num % den === 0n
}

function toBinary (x: FloatVal, f: BinaryFormat): [number, boolean] {
  if (x.num === 0n) return [0, true]
  const negative = x.num < 0n
  const n = negative ? -x.num : x.num
  const r = roundToFormat(n, x.den, x.exp, f)
  if (r === null) return [negative ? -Infinity : Infinity, false]
  // a rounded big.Float reports exactness plainly; a rational the way big.Rat does
  const exact = x.big ? r.exact && r.mant !== 0n : ratExact(n, x.den, f, r)
  return [toNumber(negative, r), exact]
}

/** The nearest float64 to x (±Inf on overflow, a zero of x's sign on underflow) and whether it is x. */
export function floatToFloat64 (x: FloatVal): [number, boolean] { return toBinary(x, BINARY64) }

/** The nearest float32 (held in a number) to x and whether it is x. */
export function floatToFloat32 (x: FloatVal): [number, boolean] { return toBinary(x, BINARY32) }

/** The exact constant of a finite float64 (−0 becomes 0); null for NaN and ±Inf. */
export function float64ToFloat (x: number): FloatVal | null {
  if (x !== x || x === Infinity || x === -Infinity) return null
  if (x === 0) return FLOAT_ZERO
  const hi = hiBits(x)
  const biased = (hi >>> 20) & 0x7ff
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(loBits(x))
  if (biased !== 0) mant |= 1n << 52n
  const e = biased === 0 ? -1074 : biased - 1075
  if (hi >>> 31 !== 0) mant = -mant
  if (e >= 0) return makeRat(mant << BigInt(e), 1n)
  if (-e < MAX_RAT_BITS) return makeRat(mant, 1n << BigInt(-e))
  return makeBigFloat(mant, e)
}

/** float32(x) for a float64 x, without the host's Math.fround. */
export function roundFloat32 (x: number): number {
  const v = float64ToFloat(x)
  if (v === null) return x
  return floatToFloat32(v)[0]
}
