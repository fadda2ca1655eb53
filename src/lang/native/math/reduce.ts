/**
 * Payne–Hanek argument reduction for huge arguments of Sin, Cos and Tan: x·(4/π) is formed
 * exactly in integers from x's 53-bit mantissa and a window of the binary expansion of 4/π, so
 * the octant and the remainder keep full precision however large x is.
 *
 * The expansion of 1/π is computed here (Machin's formula in bigints) the first time a huge
 * argument arrives, rather than kept as a table.
 */
import { hiBits, loBits, fromBits } from '../float.ts'

const PI_BITS = 1300 // bits of 1/π after the binary point kept: enough for any float64 exponent
const MASK64 = (1n << 64n) - 1n
const MASK128 = (1n << 128n) - 1n
const MASK192 = (1n << 192n) - 1n
const PI_OVER_4 = fromBits(0x3fe921fb, 0x54442d18)
const PI = fromBits(0x400921fb, 0x54442d18)

/** atan(1/n)·2^bits, truncated (the alternating series, with every term truncated). */
function arctanInverse (n: bigint, bits: bigint): bigint {
  const nn = n * n
  let power = (1n << bits) / n // 2^bits / n^(2k+1)
  let sum = power
  for (let k = 1n; power !== 0n; k++) {
    power /= nn
    const term = power / (2n * k + 1n)
    sum += k % 2n === 1n ? -term : term
  }
  return sum
}

let inversePiFixed: bigint | undefined

/** floor(2^1300 / π). */
function inversePi (): bigint {
  if (inversePiFixed === undefined) {
    const guard = 64n
    const bits = BigInt(PI_BITS) + guard
    const pi = 16n * arctanInverse(5n, bits) - 4n * arctanInverse(239n, bits) // π·2^bits, error ≪ 2^guard
    inversePiFixed = ((1n << (2n * bits)) / pi) >> guard
  }
  return inversePiFixed
}

/** floor(2^k / π) mod 2^192: the 192 bits of 1/π from weight 2^-(k−191) down to 2^-k. */
function inversePiWindow (k: number): bigint {
  return (inversePi() >> BigInt(PI_BITS - k)) & MASK192
}

/** x = mantissa·2^e for a finite x > 0 with a normal exponent. */
function split (x: number): [bigint, number] {
  const hi = hiBits(x)
  return [(BigInt((hi & 0xfffff) | 0x100000) << 32n) | BigInt(loBits(x)), ((hi >>> 20) & 0x7ff) - 1075]
}

/** The float64 (1 + field/2^52)·2^-shift. */
function scaled (field: bigint, shift: number): number {
  return fromBits(((1023 - shift) << 20) | Number(field >> 32n), Number(field & 0xffffffffn))
}

/**
 * x − kπ in (−π/2, π/2] for huge x (≥ 2^30), from frac(x/π) to 128 bits (truncated to 53), as
 * math/cmplx needs it for Tan and Atan.
 */
export function reduceByPi (x: number): number {
  const [mantissa, e] = split(x)
  const product = ((mantissa * inversePiWindow(e + 192)) >> 64n) & MASK128 // frac(x/π)·2^128
  let f: number
  const first = product >> 64n
  if (first === 0n) {
    f = 2 ** -65
  } else {
    const shift = 129 - product.toString(2).length // leading zeros of the 128 bits + 1
    f = scaled(((product << BigInt(shift)) & MASK128) >> 76n, shift)
  }
  if (f > 0.5) f--
  return PI * f
}

/**
 * [j, z] with x ≈ j·(π/4) + z for x ≥ 2^29: j in 0…7, even, and z in [−π/4, π/4).
 *
 * The remainder is rebuilt from the 128 bits of the product that follow the octant. As in Go's
 * own reduction (whose last bits programs observe), the low 64 of those bits are read again from
 * the start of the remainder when the remainder has leading zeros, so the 3 bits just after the
 * first word appear twice; the rebuilt float64 is truncated, not rounded.
 */
export function payneHanek (x: number): [number, number] {
  const [mantissa, e] = split(x)
  // the 192 bits of 4/π whose product with the mantissa covers 8·frac(x·4/π/8) to 128 bits
  const window = inversePiWindow(e + 191)
  const product = ((mantissa * window) >> 64n) & MASK128
  let j = Number(product >> 125n)
  const first = (product >> 61n) & MASK64
  const second = product & MASK64
  let z: number
  if (first === 0n) {
    z = 2 ** -65
  } else {
    const shift = 65 - first.toString(2).length // leading zeros + 1
    const top = ((((first << 64n) | second) << BigInt(shift)) >> 64n) & MASK64
    z = scaled(top >> 12n, shift) // 52 bits after the leading one, truncated
  }
  if ((j & 1) === 1) { // use the octant above, so that z is in [−π/4, 0)
    j = (j + 1) & 7
    z -= 1
  }
  return [j, z * PI_OVER_4]
}
