/**
 * Exact access to the IEEE 754 representation of numbers (shared by math and strconv).
 * Every function here is exact: no host transcendental is used.
 */

const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)
const f32 = new Float32Array(1)
const u32f = new Uint32Array(f32.buffer)
// Typed arrays use the platform's byte order; Node runs on little-endian hosts only, but we check.
const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const LO = LE ? 0 : 1
const HI = LE ? 1 : 0

/** High 32 bits (sign, exponent, top of mantissa) of a float64, as an unsigned number. */
export function hiBits (x: number): number { f64[0] = x; return u32[HI] }
/** Low 32 bits of a float64's mantissa, as an unsigned number. */
export function loBits (x: number): number { f64[0] = x; return u32[LO] }
/** The float64 whose bits are hi:lo (both unsigned 32-bit numbers). */
export function fromBits (hi: number, lo: number): number { u32[HI] = hi >>> 0; u32[LO] = lo >>> 0; return f64[0] }

/** Go's math.Float64bits, as a bigint. */
export function float64bits (x: number): bigint {
  f64[0] = x
  return (BigInt(u32[HI]) << 32n) | BigInt(u32[LO])
}
/** Go's math.Float64frombits. */
export function float64frombits (b: bigint): number {
  b = BigInt.asUintN(64, b)
  return fromBits(Number(b >> 32n), Number(b & 0xffffffffn))
}
/** Go's math.Float32bits (x is first rounded to float32). */
export function float32bits (x: number): number { f32[0] = x; return u32f[0] }
/** Go's math.Float32frombits: the float32 value (as a JS number) of the given 32 bits. */
export function float32frombits (b: number): number { u32f[0] = b >>> 0; return f32[0] }

/** 2**k exactly, for any integer k in [-1074, 1023]. */
export function pow2 (k: number): number {
  if (k >= -1022) return fromBits(((k + 1023) << 20) >>> 0, 0)
  // subnormal: a single set bit in the mantissa
  const s = k + 1074 // 0..51
  return s >= 32 ? fromBits(1 << (s - 32), 0) : fromBits(0, (2 ** s) >>> 0)
}
