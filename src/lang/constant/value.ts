/**
 * Constant values and their factories, like go/constant's Value.
 *
 * Representations (all immutable plain objects):
 * - Int: an exact bigint.
 * - Float: either an exact fraction `num/den` (den > 0, reduced; `big` false, `exp` 0), or, as
 *   go/constant does once a fraction's parts reach 4096 bits, a 512-bit binary float
 *   `num * 2**exp` (`big` true, `den` 1). This keeps `1e1000` exact and `1e1000000` cheap.
 * - String: the Go string's bytes as a "byte string" (each JS char code is one byte 0..255),
 *   so `.length` is Go's len and `<` compares bytes as Go does. Use makeString for JS text.
 * - Complex: a pair of Int/Float values.
 */

export type Kind = 'Unknown' | 'Bool' | 'String' | 'Int' | 'Float' | 'Complex'

export interface UnknownVal {
  readonly kind: 'Unknown'
}
export interface BoolVal {
  readonly kind: 'Bool'
  readonly value: boolean
}
export interface StringVal {
  readonly kind: 'String'
  /** bytes of the Go string, one per char code (0..255) */
  readonly bytes: string
}
export interface IntVal {
  readonly kind: 'Int'
  readonly value: bigint
}
export interface FloatVal {
  readonly kind: 'Float'
  readonly num: bigint
  readonly den: bigint
  readonly exp: number
  /** true for the rounded 512-bit form `num * 2**exp` */
  readonly big: boolean
}
export interface ComplexVal {
  readonly kind: 'Complex'
  readonly re: IntVal | FloatVal
  readonly im: IntVal | FloatVal
}

export type Value = UnknownVal | BoolVal | StringVal | IntVal | FloatVal | ComplexVal

/** Thrown for operations go/constant would panic on (wrong kinds, division by zero). */
export class ConstantError extends Error {
  override name = 'ConstantError'
  readonly code = 'ERR_CONSTANT'
}

/** Fractions whose parts reach this many bits switch to the 512-bit float form (go/constant's maxExp). */
export const MAX_RAT_BITS = 4096
/** Mantissa bits of the float form (go/constant's prec). */
export const FLOAT_PREC = 512

const UNKNOWN: UnknownVal = Object.freeze({ kind: 'Unknown' })
const TRUE: BoolVal = Object.freeze({ kind: 'Bool', value: true })
const FALSE: BoolVal = Object.freeze({ kind: 'Bool', value: false })

export function makeUnknown (): UnknownVal {
  return UNKNOWN
}

export function makeBool (b: boolean): BoolVal {
  return b ? TRUE : FALSE
}

/** A String constant from JS text (encoded as UTF-8; lone surrogates become U+FFFD). */
export function makeString (text: string): StringVal {
  return { kind: 'String', bytes: utf8Encode(text) }
}

/** A String constant from a byte string (each char code 0..255 is one byte). */
export function makeStringBytes (bytes: string): StringVal {
  return { kind: 'String', bytes }
}

export function makeInt (x: bigint | number): IntVal {
  return { kind: 'Int', value: typeof x === 'bigint' ? x : BigInt(x) }
}

/** MakeInt64 / MakeUint64. */
export const makeInt64 = makeInt
export const makeUint64 = makeInt

/** An exact fraction; switches to the 512-bit float form when its parts are too large. */
export function makeRat (num: bigint, den: bigint): FloatVal {
  if (den === 0n) throw new ConstantError('division by zero')
  if (den < 0n) {
    num = -num
    den = -den
  }
  const g = gcd(num < 0n ? -num : num, den)
  if (g !== 1n) {
    num /= g
    den /= g
  }
  if (bitLen(num < 0n ? -num : num) < MAX_RAT_BITS && bitLen(den) < MAX_RAT_BITS) {
    return { kind: 'Float', num, den, exp: 0, big: false }
  }
  return roundRatToBig(num, den)
}

/** A float-form value `m * 2**e`, rounded to FLOAT_PREC bits (half to even). */
export function makeBigFloat (m: bigint, e: number): FloatVal {
  if (m === 0n) return FLOAT_ZERO
  const neg = m < 0n
  let a = neg ? -m : m
  const n = bitLen(a)
  if (n > FLOAT_PREC) {
    const sh = n - FLOAT_PREC
    a = roundShift(a, sh)
    e += sh
  }
  // normalize: strip trailing zero bits so equal values look alike
  const tz = trailingZeros(a)
  if (tz > 0) {
    a >>= BigInt(tz)
    e += tz
  }
  return { kind: 'Float', num: neg ? -a : a, den: 1n, exp: e, big: true }
}

export const FLOAT_ZERO: FloatVal = Object.freeze({ kind: 'Float', num: 0n, den: 1n, exp: 0, big: false })

function roundRatToBig (num: bigint, den: bigint): FloatVal {
  const neg = num < 0n
  const a = neg ? -num : num
  // scale so that the quotient has FLOAT_PREC + 2 bits at least
  const sh = FLOAT_PREC + 2 - (bitLen(a) - bitLen(den))
  let q: bigint
  let r: bigint
  if (sh >= 0) {
    const n = a << BigInt(sh)
    q = n / den
    r = n % den
  } else {
    const d = den << BigInt(-sh)
    q = a / d
    r = a % d
  }
  // fold the remainder into a sticky bit so roundShift rounds correctly
  q = (q << 1n) | (r !== 0n ? 1n : 0n)
  return makeBigFloat(neg ? -q : q, -sh - 1)
}

/** a >> sh rounded half to even (a >= 0). */
export function roundShift (a: bigint, sh: number): bigint {
  if (sh <= 0) return a << BigInt(-sh)
  const s = BigInt(sh)
  const q = a >> s
  const rem = a - (q << s)
  const half = 1n << (s - 1n)
  if (rem > half || (rem === half && (q & 1n) === 1n)) return q + 1n
  return q
}

export function makeComplex (re: Value, im: Value): ComplexVal | UnknownVal {
  if (re.kind === 'Unknown' || im.kind === 'Unknown') return UNKNOWN
  if ((re.kind !== 'Int' && re.kind !== 'Float') || (im.kind !== 'Int' && im.kind !== 'Float')) {
    throw new ConstantError('makeComplex of non-numeric parts')
  }
  return { kind: 'Complex', re, im }
}

/** MakeImag: the complex value `0 + x i`. */
export function makeImag (x: Value): Value {
  if (x.kind === 'Unknown') return UNKNOWN
  return makeComplex(makeInt(0n), x)
}

// ---------------------------------------------------------------------------------------------
// bigint helpers

export function bitLen (a: bigint): number {
  if (a < 0n) a = -a
  if (a === 0n) return 0
  const h = a.toString(16)
  const c = h.charCodeAt(0)
  const top = c <= 57 ? c - 48 : c - 87
  return (h.length - 1) * 4 + (32 - Math.clz32(top))
}

export function trailingZeros (a: bigint): number {
  if (a === 0n) return 0
  if (a < 0n) a = -a
  let n = 0
  while ((a & 0xffffffffn) === 0n) {
    a >>= 32n
    n += 32
  }
  let low = Number(a & 0xffffffffn)
  while ((low & 1) === 0) {
    low >>>= 1
    n++
  }
  return n
}

export function gcd (a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b
    a = b
    b = t
  }
  return a
}

export function pow10 (n: number): bigint {
  return 10n ** BigInt(n)
}

/** UTF-8 encodes JS text into a byte string. */
export function utf8Encode (text: string): string {
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false
      break
    }
  }
  if (ascii) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
        i++
      } else c = 0xfffd
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd
    out += encodeRune(c)
  }
  return out
}

/** The UTF-8 byte string of one code point (invalid ones encode as U+FFFD, as Go does). */
export function encodeRune (c: number): string {
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = 0xfffd
  if (c < 0x80) return String.fromCharCode(c)
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f))
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
}

/**
 * Decodes one rune of a byte string at i: [rune, size]; an invalid encoding gives [0xFFFD, 1]
 * (as Go's utf8.DecodeRuneInString).
 */
export function decodeRune (s: string, i: number): [number, number] {
  const n = s.length
  const b0 = s.charCodeAt(i)
  if (b0 < 0x80) return [b0, 1]
  const cont = (k: number): number => {
    if (i + k >= n) return -1
    const b = s.charCodeAt(i + k)
    return (b & 0xc0) === 0x80 ? b & 0x3f : -1
  }
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const b1 = cont(1)
    if (b1 >= 0) return [((b0 & 0x1f) << 6) | b1, 2]
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = cont(1)
    const b2 = cont(2)
    if (b1 >= 0 && b2 >= 0) {
      const r = ((b0 & 0x0f) << 12) | (b1 << 6) | b2
      if (r >= 0x800 && !(r >= 0xd800 && r <= 0xdfff)) return [r, 3]
    }
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = cont(1)
    const b2 = cont(2)
    const b3 = cont(3)
    if (b1 >= 0 && b2 >= 0 && b3 >= 0) {
      const r = ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3
      if (r >= 0x10000 && r <= 0x10ffff) return [r, 4]
    }
  }
  return [0xfffd, 1]
}
