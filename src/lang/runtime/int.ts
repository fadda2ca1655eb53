/**
 * Go's integer arithmetic on JavaScript values, exact to the bit.
 *
 * Representation (chosen for speed, see ARCHITECTURE.md's design figures):
 * - `int`, `uint`, `uintptr`: a JS number while the value is a safe integer (|v| ≤ 2^53−1), else a
 *   BigInt. The form is canonical (a BigInt never holds a safe value), so `===`, `<` and Map keys work
 *   directly on mixed values. The fast path is one `typeof` pair and one range check per operation.
 * - `int64`, `uint64`: always a BigInt (bit-mixing code such as hashes lives there, and BigInt with
 *   `asIntN`/`asUintN` is faster for it than a mixed form).
 * - `int8…int32`, `uint8…uint32`: JS numbers wrapped after each operation.
 *
 * @example
 * ```ts
 * iadd(9007199254740991, 1) // 9007199254740992n
 * idiv(7, -2)               // -3
 * ```
 */
import { panicRuntime } from './errors.ts'

export type Int = number | bigint

const MAX = 9007199254740991
const MAXB = 9007199254740991n

/** Canonical form of a 64-bit value held as a BigInt. */
export function norm (b: bigint): Int {
  return b >= -MAXB && b <= MAXB ? Number(b) : b
}
export function big (a: Int): bigint {
  return typeof a === 'number' ? BigInt(a) : a
}

// ---- int (signed 64, mixed)

export function iadd (a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r <= MAX && r >= -MAX) return r }
  return norm(BigInt.asIntN(64, big(a) + big(b)))
}
export function isub (a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r <= MAX && r >= -MAX) return r }
  return norm(BigInt.asIntN(64, big(a) - big(b)))
}
export function imul (a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r }
  return norm(BigInt.asIntN(64, big(a) * big(b)))
}
export function ineg (a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a
  return norm(BigInt.asIntN(64, -a))
}
export function idiv (a: Int, b: Int): Int {
  if (b === 0) panicRuntime('integer divide by zero')
  if (typeof a === 'number' && typeof b === 'number') {
    let q = Math.trunc(a / b)
    const r = a - q * b
    // correct a possible off-by-one from the rounded float quotient
    if (r !== 0 && (r < 0) !== (a < 0)) q += (a < 0) === (b < 0) ? -1 : 1
    else if (Math.abs(r) >= Math.abs(b)) q += (a < 0) === (b < 0) ? 1 : -1
    return q === 0 ? 0 : q
  }
  return norm(BigInt.asIntN(64, big(a) / big(b)))
}
export function irem (a: Int, b: Int): Int {
  if (b === 0) panicRuntime('integer divide by zero')
  if (typeof a === 'number' && typeof b === 'number') { const r = a % b; return r === 0 ? 0 : r }
  return norm(big(a) % big(b))
}

// ---- uint (unsigned 64, mixed)

export function uadd (a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r <= MAX) return r }
  return norm(BigInt.asUintN(64, big(a) + big(b)))
}
export function usub (a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r >= 0) return r }
  return norm(BigInt.asUintN(64, big(a) - big(b)))
}
export function umul (a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= MAX) return r }
  return norm(BigInt.asUintN(64, big(a) * big(b)))
}
export function uneg (a: Int): Int {
  if (a === 0) return 0
  return norm(BigInt.asUintN(64, -big(a)))
}
export function udiv (a: Int, b: Int): Int {
  if (b === 0) panicRuntime('integer divide by zero')
  if (typeof a === 'number' && typeof b === 'number') {
    let q = Math.floor(a / b)
    if (q * b > a) q--
    else if (a - q * b >= b) q++
    return q
  }
  return norm(big(a) / big(b))
}
export function urem (a: Int, b: Int): Int {
  if (b === 0) panicRuntime('integer divide by zero')
  if (typeof a === 'number' && typeof b === 'number') return a % b
  return norm(big(a) % big(b))
}

// ---- bitwise on mixed 64-bit values (signed or unsigned: results are canonical either way)

const I31 = 0x7fffffff
function small (a: Int): a is number { return typeof a === 'number' && a <= I31 && a >= -I31 - 1 }

export function iand (a: Int, b: Int): Int { return small(a) && small(b) ? a & b : norm(big(a) & big(b)) }
export function ior (a: Int, b: Int): Int { return small(a) && small(b) ? a | b : norm(big(a) | big(b)) }
export function ixor (a: Int, b: Int): Int { return small(a) && small(b) ? a ^ b : norm(big(a) ^ big(b)) }
export function iandnot (a: Int, b: Int): Int { return small(a) && small(b) ? a & ~b : norm(big(a) & ~big(b)) }
/** `^x` for signed */
export function inot (a: Int): Int { return typeof a === 'number' ? -a - 1 : norm(~a) }
/** `^x` for unsigned 64 */
export function unot (a: Int): Int { return norm(BigInt.asUintN(64, ~big(a))) }
/** unsigned xor/or stay nonnegative; and-not too */
export function uxor (a: Int, b: Int): Int { return small(a) && small(b) ? a ^ b : norm(big(a) ^ big(b)) }

/** A shift count as a JS number, panicking on negative counts as Go does. */
export function shiftCount (n: Int): number {
  if (n < 0) panicRuntime('negative shift amount')
  return typeof n === 'bigint' ? (n > 1024n ? 1024 : Number(n)) : (n > 1024 ? 1024 : n)
}
export function ishl (a: Int, n: number): Int {
  if (n >= 64) return 0
  if (typeof a === 'number') { const r = a * 2 ** n; if (r <= MAX && r >= -MAX) return r }
  return norm(BigInt.asIntN(64, big(a) << BigInt(n)))
}
export function ushl (a: Int, n: number): Int {
  if (n >= 64) return 0
  if (typeof a === 'number') { const r = a * 2 ** n; if (r <= MAX) return r }
  return norm(BigInt.asUintN(64, big(a) << BigInt(n)))
}
export function ishr (a: Int, n: number): Int {
  if (typeof a === 'number') return n >= 64 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** n)
  return norm(a >> BigInt(n > 64 ? 64 : n))
}
export function ushr (a: Int, n: number): Int {
  if (n >= 64) return 0
  if (typeof a === 'number') return Math.floor(a / 2 ** n)
  return norm(a >> BigInt(n))
}

// ---- int64 / uint64 (BigInt)

export function div64 (a: bigint, b: bigint): bigint {
  if (b === 0n) panicRuntime('integer divide by zero')
  return BigInt.asIntN(64, a / b)
}
export function rem64 (a: bigint, b: bigint): bigint {
  if (b === 0n) panicRuntime('integer divide by zero')
  return a % b
}
export function udiv64 (a: bigint, b: bigint): bigint {
  if (b === 0n) panicRuntime('integer divide by zero')
  return a / b
}
export function shl64 (a: bigint, n: number): bigint { return n >= 64 ? 0n : BigInt.asIntN(64, a << BigInt(n)) }
export function ushl64 (a: bigint, n: number): bigint { return n >= 64 ? 0n : BigInt.asUintN(64, a << BigInt(n)) }
export function shr64 (a: bigint, n: number): bigint { return a >> BigInt(n > 64 ? 64 : n) }
export function ushr64 (a: bigint, n: number): bigint { return n >= 64 ? 0n : a >> BigInt(n) }

// ---- small integers (numbers)

export function div32 (a: number, b: number): number {
  if (b === 0) panicRuntime('integer divide by zero')
  const q = Math.trunc(a / b)
  return q === 0 ? 0 : q
}
export function rem32 (a: number, b: number): number {
  if (b === 0) panicRuntime('integer divide by zero')
  const r = a % b
  return r === 0 ? 0 : r
}
/** `a << n` for a type of `bits` bits, before wrapping */
export function shlSmall (a: number, n: number, bits: number): number {
  if (n >= bits) return 0
  return a * 2 ** n
}
export function shrSmall (a: number, n: number): number {
  return Math.floor(a / 2 ** (n > 64 ? 64 : n))
}

/** Wrapping to each small integer type. */
export const wrap = {
  int8: (x: number) => (x << 24) >> 24,
  int16: (x: number) => (x << 16) >> 16,
  int32: (x: number) => x | 0,
  uint8: (x: number) => x & 0xff,
  uint16: (x: number) => x & 0xffff,
  uint32: (x: number) => x >>> 0
}

// ---- conversions between integer representations

/** Any integer value (number or BigInt) or float to a JS number wrapped to `bits` (≤ 32) bits. */
export function toSmall (x: Int, bits: number, signed: boolean): number {
  if (typeof x === 'bigint') return Number(signed ? BigInt.asIntN(bits, x) : BigInt.asUintN(bits, x))
  if (bits === 32) return signed ? x | 0 : x >>> 0
  const s = 32 - bits
  return signed ? (x << s) >> s : (x << s) >>> s
}
export function toInt (x: Int): Int {
  if (typeof x === 'number') return x
  return norm(BigInt.asIntN(64, x))
}
export function toUint (x: Int): Int {
  if (typeof x === 'number') return x >= 0 ? x : norm(BigInt.asUintN(64, BigInt(x)))
  return norm(BigInt.asUintN(64, x))
}
export function toInt64 (x: Int): bigint { return BigInt.asIntN(64, big(x)) }
export function toUint64 (x: Int): bigint { return BigInt.asUintN(64, big(x)) }
// Float → integer conversions follow Go on amd64 for out-of-range values (the spec leaves them
// implementation-defined): CVTTSD2SQ/CVTTSD2SL give the "integer indefinite" value.
const TWO63 = 9223372036854775808
/** float → int/int64 value (as a bigint-free canonical Int) */
export function floatToInt (f: number): Int {
  const t = Math.trunc(f)
  if (t <= MAX && t >= -MAX) return t === 0 ? 0 : t
  if (!(t >= -TWO63 && t < TWO63)) return -9223372036854775808n
  return norm(BigInt(t))
}
export function floatToUint (f: number): Int {
  return norm(floatToBig(f, false))
}
export function floatToBig (f: number, signed: boolean): bigint {
  if (signed) {
    const t = Math.trunc(f)
    if (!(t >= -TWO63 && t < TWO63)) return -9223372036854775808n
    return BigInt(t)
  }
  if (f !== f) return 9223372036854775808n
  if (f < TWO63) {
    const t = Math.trunc(f)
    if (!(t >= -TWO63)) return 9223372036854775808n
    return BigInt.asUintN(64, BigInt(t))
  }
  const t = Math.trunc(f - TWO63)
  if (!(t < TWO63)) return 0n
  return BigInt(t) ^ 9223372036854775808n
}
/** float → int8…uint32 */
export function floatToSmall (f: number, bits: number, signed: boolean): number {
  const t = Math.trunc(f)
  if (bits === 32 && !signed) {
    // via a 64-bit conversion, then truncation
    if (!(t >= -TWO63 && t < TWO63)) return 0
    return t >>> 0
  }
  // via a 32-bit signed conversion, then truncation
  const v = t >= -2147483648 && t < 2147483648 ? t : -2147483648
  return toSmall(v, bits, signed)
}
export function intToFloat (x: Int): number { return typeof x === 'number' ? x : Number(x) }
