/**
 * Go's math/bits. 8/16/32-bit variants take and return numbers; 64-bit variants take and return
 * bigints holding uint64 values (callers convert from their own representation).
 *
 * @example
 * ```ts
 * import { onesCount64, mul64 } from './index.ts'
 * onesCount64(0xffn)          // 8
 * mul64(1n << 63n, 4n)        // [2n, 0n]
 * ```
 */

export const UintSize = 64
const M64 = (1n << 64n) - 1n
const M32 = 0xffffffffn

export class BitsPanic extends Error {
  override name = 'BitsPanic'
  code = 'ERR_GO_PANIC'
}
/** Go panics with these runtime errors from Div and Rem. */
export const divideError = 'runtime error: integer divide by zero'
export const overflowError = 'runtime error: integer overflow'

export function leadingZeros32 (x: number): number { return Math.clz32(x) }
export function leadingZeros16 (x: number): number { return Math.clz32(x & 0xffff) - 16 }
export function leadingZeros8 (x: number): number { return Math.clz32(x & 0xff) - 24 }
export function leadingZeros64 (x: bigint): number {
  x &= M64
  const hi = Number(x >> 32n)
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(Number(x & M32))
}
export function len32 (x: number): number { return 32 - Math.clz32(x) }
export function len16 (x: number): number { return 32 - Math.clz32(x & 0xffff) }
export function len8 (x: number): number { return 32 - Math.clz32(x & 0xff) }
export function len64 (x: bigint): number { return 64 - leadingZeros64(x) }

export function trailingZeros32 (x: number): number {
  x >>>= 0
  if (x === 0) return 32
  return 31 - Math.clz32(x & -x)
}
export function trailingZeros16 (x: number): number { x &= 0xffff; return x === 0 ? 16 : trailingZeros32(x) }
export function trailingZeros8 (x: number): number { x &= 0xff; return x === 0 ? 8 : trailingZeros32(x) }
export function trailingZeros64 (x: bigint): number {
  x &= M64
  const lo = Number(x & M32)
  if (lo !== 0) return trailingZeros32(lo)
  const hi = Number(x >> 32n)
  return hi === 0 ? 64 : 32 + trailingZeros32(hi)
}

export function onesCount32 (x: number): number {
  x >>>= 0
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}
export function onesCount16 (x: number): number { return onesCount32(x & 0xffff) }
export function onesCount8 (x: number): number { return onesCount32(x & 0xff) }
export function onesCount64 (x: bigint): number {
  x &= M64
  return onesCount32(Number(x & M32)) + onesCount32(Number(x >> 32n))
}

export function rotateLeft32 (x: number, k: number): number {
  const s = k & 31
  x >>>= 0
  return s === 0 ? x : ((x << s) | (x >>> (32 - s))) >>> 0
}
export function rotateLeft16 (x: number, k: number): number {
  const s = k & 15
  x &= 0xffff
  return ((x << s) | (x >>> (16 - s))) & 0xffff
}
export function rotateLeft8 (x: number, k: number): number {
  const s = k & 7
  x &= 0xff
  return ((x << s) | (x >>> (8 - s))) & 0xff
}
export function rotateLeft64 (x: bigint, k: number): bigint {
  const s = BigInt(k & 63)
  x &= M64
  return s === 0n ? x : ((x << s) | (x >> (64n - s))) & M64
}

export function reverseBytes32 (x: number): number {
  x >>>= 0
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0
}
export function reverseBytes16 (x: number): number { return ((x & 0xff) << 8) | ((x >>> 8) & 0xff) }
export function reverseBytes64 (x: bigint): bigint {
  x &= M64
  return (BigInt(reverseBytes32(Number(x & M32))) << 32n) | BigInt(reverseBytes32(Number(x >> 32n)))
}
export function reverse32 (x: number): number {
  x >>>= 0
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1)
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2)
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4)
  return reverseBytes32(x >>> 0)
}
export function reverse16 (x: number): number { return reverse32(x & 0xffff) >>> 16 }
export function reverse8 (x: number): number { return reverse32(x & 0xff) >>> 24 }
export function reverse64 (x: bigint): bigint {
  x &= M64
  return (BigInt(reverse32(Number(x & M32))) << 32n) | BigInt(reverse32(Number(x >> 32n)))
}

/** Add32: [sum, carryOut]. */
export function add32 (x: number, y: number, carry: number): [number, number] {
  const s = (x >>> 0) + (y >>> 0) + (carry >>> 0)
  return [s >>> 0, s > 0xffffffff ? 1 : 0]
}
export function add64 (x: bigint, y: bigint, carry: bigint): [bigint, bigint] {
  const s = (x & M64) + (y & M64) + (carry & M64)
  return [s & M64, s >> 64n !== 0n ? 1n : 0n]
}
/** Sub32: [diff, borrowOut]. */
export function sub32 (x: number, y: number, borrow: number): [number, number] {
  const d = (x >>> 0) - (y >>> 0) - (borrow >>> 0)
  return [d >>> 0, d < 0 ? 1 : 0]
}
export function sub64 (x: bigint, y: bigint, borrow: bigint): [bigint, bigint] {
  const d = (x & M64) - (y & M64) - (borrow & M64)
  return [d & M64, d < 0n ? 1n : 0n]
}
/** Mul32: [hi, lo]. */
export function mul32 (x: number, y: number): [number, number] {
  const p = BigInt(x >>> 0) * BigInt(y >>> 0)
  return [Number(p >> 32n), Number(p & M32)]
}
export function mul64 (x: bigint, y: bigint): [bigint, bigint] {
  const p = (x & M64) * (y & M64)
  return [p >> 64n, p & M64]
}
/** Div32: [quo, rem] of (hi, lo) / y; panics as Go when y == 0 or y <= hi. */
export function div32 (hi: number, lo: number, y: number): [number, number] {
  hi >>>= 0; lo >>>= 0; y >>>= 0
  if (y === 0) throw new BitsPanic(divideError)
  if (y <= hi) throw new BitsPanic(overflowError)
  const n = (BigInt(hi) << 32n) | BigInt(lo)
  const by = BigInt(y)
  return [Number(n / by), Number(n % by)]
}
export function div64 (hi: bigint, lo: bigint, y: bigint): [bigint, bigint] {
  hi &= M64; lo &= M64; y &= M64
  if (y === 0n) throw new BitsPanic(divideError)
  if (y <= hi) throw new BitsPanic(overflowError)
  const n = (hi << 64n) | lo
  return [n / y, n % y]
}
/** Rem32: (hi, lo) mod y; panics only when y == 0. */
export function rem32 (hi: number, lo: number, y: number): number {
  if ((y >>> 0) === 0) throw new BitsPanic(divideError)
  return Number(((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)) % BigInt(y >>> 0))
}
export function rem64 (hi: bigint, lo: bigint, y: bigint): bigint {
  if ((y & M64) === 0n) throw new BitsPanic(divideError)
  return (((hi & M64) << 64n) | (lo & M64)) % (y & M64)
}
