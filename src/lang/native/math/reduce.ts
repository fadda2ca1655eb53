/**
 * Payne–Hanek argument reduction for huge arguments of Sin, Cos and Tan: x·(4/π) is formed
 * exactly in integers from x's 53-bit mantissa and a window of the binary expansion of 4/π, so
 * the octant and the remainder keep full precision however large x is.
 *
 * The expansion of 4/π is computed here (Machin's formula in bigints) the first time a huge
 * argument arrives, rather than kept as a table.
 */
import { hiBits, loBits, fromBits } from '../float.ts'

const FRACTION_BITS = 1216 // bits of 4/π after the binary point that any float64 can need
const MASK64 = (1n << 64n) - 1n
const MASK128 = (1n << 128n) - 1n
const MASK192 = (1n << 192n) - 1n
const PI_OVER_4 = fromBits(0x3fe921fb, 0x54442d18)

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

let fourOverPiFixed: bigint | undefined

/** floor(4/π · 2^1216). */
function fourOverPi (): bigint {
  if (fourOverPiFixed === undefined) {
    const guard = 64n
    const bits = BigInt(FRACTION_BITS) + guard
    const pi = 16n * arctanInverse(5n, bits) - 4n * arctanInverse(239n, bits) // π·2^bits, error ≪ 2^guard
    fourOverPiFixed = ((4n << (2n * bits)) / pi) >> guard
  }
  return fourOverPiFixed
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
  const hi = hiBits(x)
  const e = ((hi >>> 20) & 0x7ff) - 1075 // x = mantissa · 2^e
  const mantissa = (BigInt((hi & 0xfffff) | 0x100000) << 32n) | BigInt(loBits(x))
  // the 192 bits of 4/π whose product with the mantissa covers 8·frac(x·4/π/8) to 128 bits
  const window = (fourOverPi() >> BigInt(1027 - e)) & MASK192
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
    const field = top >> 12n // 52 bits after the leading one, truncated
    z = fromBits(((1023 - shift) << 20) | Number(field >> 32n), Number(field & 0xffffffffn))
  }
  if ((j & 1) === 1) { // use the octant above, so that z is in [−π/4, 0)
    j = (j + 1) & 7
    z -= 1
  }
  return [j, z * PI_OVER_4]
}
