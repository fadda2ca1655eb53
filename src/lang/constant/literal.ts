/**
 * Constants from Go literal text (go/constant.MakeFromLiteral) and Go string unquoting.
 * Accepts every Go literal form: decimal/0x/0o/0b/legacy-octal integers, `_` separators,
 * decimal and hexadecimal floats, imaginary literals, rune and string literals with all escapes.
 */

import {
  bitLen,
  encodeRune,
  makeBigFloat,
  makeComplex,
  makeInt,
  makeRat,
  makeStringBytes,
  makeUnknown,
  MAX_RAT_BITS,
  FLOAT_PREC,
  pow10,
  roundShift,
  utf8Encode,
  type FloatVal,
  type Value,
} from './value.ts'
import type { LitKind } from '../syntax/ast.ts'

/**
 * Decimal exponents beyond this overflow big.Float's binary exponent range (int32) in Go too,
 * where the value becomes Unknown; so it does here.
 */
const MAX_DEC_EXP = 640_000_000

/** The constant of a literal, or Unknown if the text is not a valid literal of that kind. */
export function makeFromLiteral (lit: string, kind: LitKind): Value {
  // like go/constant (via strconv and big), a leading sign is accepted for numbers
  if ((kind === 'INT' || kind === 'FLOAT') && lit.length > 1 && (lit[0] === '-' || lit[0] === '+')) {
    const v = makeFromLiteral(lit.slice(1), kind)
    if (lit[0] === '+' || v.kind === 'Unknown') return v
    if (v.kind === 'Int') return makeInt(-v.value)
    if (v.kind === 'Float') return { ...v, num: -v.num }
    return v
  }
  switch (kind) {
    case 'INT': {
      const v = parseInt(lit)
      return v === null ? makeUnknown() : makeInt(v)
    }
    case 'FLOAT':
      return parseFloatLit(lit) ?? makeUnknown()
    case 'IMAG': {
      if (lit.length === 0 || lit.charCodeAt(lit.length - 1) !== 105 /* i */) return makeUnknown()
      const body = lit.slice(0, -1)
      // 0b/0o/0x integer mantissas keep their base; a legacy-octal-looking 0123i is decimal
      const c1 = body.length > 1 && body.charCodeAt(0) === 48 ? body.charCodeAt(1) | 0x20 : 0
      const isHexFloat = c1 === 120 && (body.indexOf('.') >= 0 || body.indexOf('p') >= 0 || body.indexOf('P') >= 0)
      if (c1 === 98 || c1 === 111 || (c1 === 120 && !isHexFloat)) {
        // like big.Float's SetString in go/constant, the imaginary part is a Float
        const v = parseInt(body)
        return v === null ? makeUnknown() : makeComplex(makeInt(0n), makeRat(v, 1n))
      }
      const im = parseFloatLit(body)
      return im === null ? makeUnknown() : makeComplex(makeInt(0n), im)
    }
    case 'CHAR': {
      if (lit.length < 2 || lit[0] !== "'" || lit[lit.length - 1] !== "'") return makeUnknown()
      const r = unquoteChar(lit, 1, "'")
      if (r === null || r.next !== lit.length - 1) return makeUnknown()
      return makeInt(r.value)
    }
    case 'STRING': {
      const s = unquote(lit)
      return s === null ? makeUnknown() : makeStringBytes(s)
    }
  }
}

function digitVal (c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 102) return c - 87
  if (c >= 65 && c <= 70) return c - 55
  return 16
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 10: '', 16: '0x' }

/** Digits of s[from:to] in base (underscores skipped), or null if a digit is invalid or there are none. */
function digits (s: string, from: number, to: number, base: number): bigint | null {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c === 95) continue
    if (digitVal(c) >= base) return null
    n++
  }
  if (n === 0) return null
  let text = s.slice(from, to)
  if (text.indexOf('_') >= 0) text = text.split('_').join('')
  // the engine's BigInt parsing is linear for power-of-two bases and sub-quadratic for decimal
  return BigInt(PREFIX[base] + text)
}

function parseInt (lit: string): bigint | null {
  const n = lit.length
  if (n === 0) return null
  if (lit.charCodeAt(0) === 48 && n > 1) {
    const c = lit.charCodeAt(1) | 0x20
    if (c === 120) return digits(lit, 2, n, 16)
    if (c === 111) return digits(lit, 2, n, 8)
    if (c === 98) return digits(lit, 2, n, 2)
    return digits(lit, 1, n, 8)
  }
  return digits(lit, 0, n, 10)
}

/** Parses a decimal or hexadecimal floating-point literal (also plain integer text). */
export function parseFloatLit (lit: string): FloatVal | null {
  const n = lit.length
  if (n === 0) return null
  let i = 0
  let hex = false
  if (n > 1 && lit.charCodeAt(0) === 48 && (lit.charCodeAt(1) | 0x20) === 120) {
    hex = true
    i = 2
  }
  const base = hex ? 16 : 10
  let ndig = 0
  let fracDigits = 0
  let seenDot = false
  const mantStart = i
  for (; i < n; i++) {
    const c = lit.charCodeAt(i)
    if (c === 95) continue
    if (c === 46) {
      if (seenDot) return null
      seenDot = true
      continue
    }
    if (digitVal(c) >= base) break
    ndig++
    if (seenDot) fracDigits++
  }
  if (ndig === 0) return null
  let mantText = lit.slice(mantStart, i)
  if (mantText.indexOf('_') >= 0) mantText = mantText.split('_').join('')
  if (seenDot) mantText = mantText.replace('.', '')
  const mant = BigInt((hex ? '0x' : '') + mantText)
  let exp = 0
  if (i < n) {
    const c = lit.charCodeAt(i) | 0x20
    if ((hex && c !== 112) || (!hex && c !== 101)) return null
    i++
    let neg = false
    if (i < n && (lit[i] === '+' || lit[i] === '-')) {
      neg = lit[i] === '-'
      i++
    }
    if (i >= n) return null
    let e = 0
    for (; i < n; i++) {
      const c2 = lit.charCodeAt(i)
      if (c2 === 95) continue
      if (c2 < 48 || c2 > 57) return null
      if (e < 1e15) e = e * 10 + (c2 - 48)
    }
    exp = neg ? -e : e
  } else if (hex) {
    return null // hexadecimal mantissa requires a 'p' exponent
  }
  if (mant === 0n) return makeRat(0n, 1n)
  if (hex) {
    const e2 = exp - 4 * fracDigits
    if (Math.abs(e2) + bitLen(mant) >= MAX_RAT_BITS) {
      if (Math.abs(e2) > MAX_DEC_EXP * 4) return null
      return makeBigFloat(mant, e2)
    }
    return e2 >= 0 ? makeRat(mant << BigInt(e2), 1n) : makeRat(mant, 1n << BigInt(-e2))
  }
  const e10 = exp - fracDigits
  // binary size of the value, roughly: decide between an exact fraction and the float form
  const approxBits = bitLen(mant) + e10 * 3.3219280948873623
  if (approxBits > -MAX_RAT_BITS + 64 && approxBits < MAX_RAT_BITS - 64 && Math.abs(e10) < 4 * MAX_RAT_BITS) {
    return e10 >= 0 ? makeRat(mant * pow10(e10), 1n) : makeRat(mant, pow10(-e10))
  }
  if (Math.abs(e10) > MAX_DEC_EXP) return null
  return scaleByPow10(mant, e10)
}

/** mant * 10**e10 for huge |e10|, computed in binary floating point with guard bits (as big.Float does). */
function scaleByPow10 (mant: bigint, e10: number): FloatVal {
  const P = FLOAT_PREC + 64
  // 10**|e| as m * 2**x with P bits, by square-and-multiply
  let rm = 1n
  let rx = 0
  let bm = 10n
  let bx = 0
  let k = Math.abs(e10)
  while (k > 0) {
    if (k & 1) {
      ;[rm, rx] = norm(rm * bm, rx + bx, P)
    }
    k = Math.floor(k / 2)
    if (k > 0) [bm, bx] = norm(bm * bm, bx + bx, P)
  }
  if (e10 >= 0) return makeBigFloat(mant * rm, rx)
  // mant / (rm * 2**rx): scale the dividend for P + 64 quotient bits
  const sh = P + 64 + bitLen(rm) - bitLen(mant)
  const q = (mant << BigInt(sh)) / rm
  return makeBigFloat((q << 1n) | 1n, -sh - rx - 1)
}

function norm (m: bigint, x: number, p: number): [bigint, number] {
  const b = bitLen(m)
  if (b <= p) return [m, x]
  return [roundShift(m, b - p), x + b - p]
}

// ---------------------------------------------------------------------------------------------
// Unquoting

export interface UnquotedChar {
  /** the code point (or byte value for \x and octal escapes) */
  value: number
  /** true if value is a single byte (\x or octal escape), not a code point */
  isByte: boolean
  /** index just after the character */
  next: number
}

/**
 * Decodes one (possibly escaped) character of a quoted literal at s[i] (as strconv.UnquoteChar).
 * `quote` is the enclosing quote, which must be escaped inside. Returns null if malformed.
 */
export function unquoteChar (s: string, i: number, quote: string): UnquotedChar | null {
  const n = s.length
  if (i >= n) return null
  let c = s.charCodeAt(i)
  if (c === quote.charCodeAt(0) && (quote === "'" || quote === '"')) return null
  if (c !== 92 /* \ */) {
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) return { value: 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00), isByte: false, next: i + 2 }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd
    return { value: c, isByte: false, next: i + 1 }
  }
  if (i + 1 >= n) return null
  const e = s[i + 1]
  i += 2
  switch (e) {
    case 'a':
      return { value: 7, isByte: false, next: i }
    case 'b':
      return { value: 8, isByte: false, next: i }
    case 'f':
      return { value: 12, isByte: false, next: i }
    case 'n':
      return { value: 10, isByte: false, next: i }
    case 'r':
      return { value: 13, isByte: false, next: i }
    case 't':
      return { value: 9, isByte: false, next: i }
    case 'v':
      return { value: 11, isByte: false, next: i }
    case '\\':
      return { value: 92, isByte: false, next: i }
    case "'":
    case '"':
      if (e !== quote) return null
      return { value: e.charCodeAt(0), isByte: false, next: i }
    case 'x':
    case 'u':
    case 'U': {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8
      if (i + len > n) return null
      let v = 0
      for (let k = 0; k < len; k++) {
        const d = digitVal(s.charCodeAt(i + k))
        if (d >= 16) return null
        v = v * 16 + d
      }
      if (e === 'x') return { value: v, isByte: true, next: i + len }
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null
      return { value: v, isByte: false, next: i + len }
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      if (i + 2 > n) return null
      let v = e.charCodeAt(0) - 48
      for (let k = 0; k < 2; k++) {
        const d = s.charCodeAt(i + k) - 48
        if (d < 0 || d > 7) return null
        v = v * 8 + d
      }
      if (v > 255) return null
      return { value: v, isByte: true, next: i + 2 }
    }
  }
  return null
}

/** Unquotes a Go string literal (interpreted or raw) into a byte string; null if malformed. */
export function unquote (lit: string): string | null {
  const n = lit.length
  if (n < 2) return null
  const q = lit[0]
  if (q !== lit[n - 1]) return null
  if (q === '`') {
    let body = lit.slice(1, n - 1)
    if (body.indexOf('`') >= 0) return null
    if (body.indexOf('\r') >= 0) body = body.split('\r').join('')
    return utf8Encode(body)
  }
  if (q !== '"') return null
  // fast path: no escapes
  let simple = true
  for (let i = 1; i < n - 1; i++) {
    const c = lit.charCodeAt(i)
    if (c === 92 || c === 34 || c === 10) {
      simple = false
      break
    }
  }
  if (simple) return utf8Encode(lit.slice(1, n - 1))
  let out = ''
  let i = 1
  while (i < n - 1) {
    if (lit.charCodeAt(i) === 10) return null
    const r = unquoteChar(lit, i, '"')
    if (r === null || r.next > n - 1) return null
    out += r.isByte ? String.fromCharCode(r.value) : encodeRune(r.value)
    i = r.next
  }
  return out
}
