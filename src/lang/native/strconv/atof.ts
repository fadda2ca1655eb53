/**
 * Go's strconv.ParseFloat: correctly rounded decimal and hexadecimal conversion to float64 or
 * float32, Go's accepted syntax (underscores only after a base prefix, "inf"/"infinity"/"nan"),
 * and Go's errors (syntax; out of range gives ±Inf with a range error).
 */
import { type NumError, syntaxError, rangeError } from './errors.ts'
import { float32frombits, fromBits, float32bits as float32bitsOf } from '../float.ts'

export interface ParseFloatResult { value: number, err?: NumError }

function lower (c: number): number { return c | 0x20 }

function commonPrefixLenIgnoreCase (s: Uint8Array, from: number, prefix: string): number {
  let n = prefix.length
  if (n > s.length - from) n = s.length - from
  for (let i = 0; i < n; i++) {
    let c = s[from + i]
    if (c >= 65 && c <= 90) c += 32
    if (c !== prefix.charCodeAt(i)) return i
  }
  return n
}

function special (s: Uint8Array): { f: number, n: number } | undefined {
  if (s.length === 0) return undefined
  let sign = 1; let nsign = 0
  const c = s[0]
  if (c === 43 || c === 45 || c === 105 || c === 73) {
    let from = 0
    if (c === 43 || c === 45) { if (c === 45) sign = -1; nsign = 1; from = 1 }
    let n = commonPrefixLenIgnoreCase(s, from, 'infinity')
    if (n > 3 && n < 8) n = 3
    if (n === 3 || n === 8) return { f: sign * Infinity, n: nsign + n }
  } else if (c === 110 || c === 78) {
    if (commonPrefixLenIgnoreCase(s, 0, 'nan') === 3) return { f: NaN, n: 3 }
  }
  return undefined
}

/** Go's underscoreOK: underscores only between digits, and only after a base prefix. */
export function underscoreOK (s: Uint8Array, end: number): boolean {
  let saw = 94 // '^'
  let i = 0
  let start = 0
  if (end >= 1 && (s[0] === 45 || s[0] === 43)) start = 1
  i = start
  let hex = false
  if (end - start >= 2 && s[start] === 48) {
    const b = lower(s[start + 1])
    if (b === 98 || b === 111 || b === 120) { i = start + 2; saw = 48; hex = b === 120 }
  }
  for (; i < end; i++) {
    const c = s[i]
    if ((c >= 48 && c <= 57) || (hex && lower(c) >= 97 && lower(c) <= 102)) { saw = 48; continue }
    if (c === 95) {
      if (saw !== 48) return false
      saw = 95
      continue
    }
    if (saw === 95) return false
    saw = 33
  }
  return saw !== 95
}

interface ReadFloat {
  ok: boolean
  n: number
  neg: boolean
  hex: boolean
  /** significant digits (decimal, or hex value) without leading zeros, as a bigint */
  mant: bigint
  /** value = mant × base^exp (base 10), or mant × 2^exp (hex) */
  exp: number
  digits: number
}

const maxDigits = 800

/** Go's readFloat, keeping every digit up to 800 (the conversion below is exact). */
function readFloat (s: Uint8Array): ReadFloat {
  const r: ReadFloat = { ok: false, n: 0, neg: false, hex: false, mant: 0n, exp: 0, digits: 0 }
  let underscores = false
  let i = 0
  if (i >= s.length) return r
  if (s[i] === 43) i++
  else if (s[i] === 45) { r.neg = true; i++ }
  let base = 10
  let expChar = 101
  if (i + 2 < s.length && s[i] === 48 && lower(s[i + 1]) === 120) {
    base = 16; i += 2; expChar = 112; r.hex = true
  }
  let sawdot = false; let sawdigits = false
  let nd = 0; let dp = 0
  let digitStr = ''
  loop: for (; i < s.length; i++) {
    const c = s[i]
    if (c === 95) { underscores = true; continue }
    if (c === 46) {
      if (sawdot) break loop
      sawdot = true; dp = nd; continue
    }
    if (c >= 48 && c <= 57) {
      sawdigits = true
      if (c === 48 && nd === 0) { dp--; continue }
      nd++; digitStr += String.fromCharCode(c)
      continue
    }
    if (base === 16 && lower(c) >= 97 && lower(c) <= 102) {
      sawdigits = true
      nd++; digitStr += String.fromCharCode(c)
      continue
    }
    break
  }
  r.n = i
  if (!sawdigits) return r
  if (!sawdot) dp = nd
  if (base === 16) { dp *= 4 }
  if (i < s.length && lower(s[i]) === expChar) {
    i++
    if (i >= s.length) { r.n = i; return r }
    let esign = 1
    if (s[i] === 43) i++
    else if (s[i] === 45) { i++; esign = -1 }
    if (i >= s.length || s[i] < 48 || s[i] > 57) { r.n = i; return r }
    let e = 0
    for (; i < s.length && ((s[i] >= 48 && s[i] <= 57) || s[i] === 95); i++) {
      if (s[i] === 95) { underscores = true; continue }
      if (e < 10000) e = e * 10 + s[i] - 48
    }
    dp += e * esign
  } else if (base === 16) {
    r.n = i
    return r
  }
  r.n = i
  if (underscores && !underscoreOK(s, i)) return r
  if (nd > maxDigits) {
    // Like Go's decimal (800 digits and a "truncated" flag): keep the leading digits and one
    // sticky nonzero digit for anything nonzero dropped, so huge inputs cost no quadratic work.
    const dropped = digitStr.slice(maxDigits)
    const sticky = /[1-9a-fA-F]/.test(dropped)
    digitStr = digitStr.slice(0, maxDigits) + (sticky ? '1' : '0')
    nd = maxDigits + 1
  }
  r.digits = nd
  if (nd > 0) {
    r.mant = BigInt((base === 16 ? '0x' : '') + digitStr)
    r.exp = base === 16 ? dp - nd * 4 : dp - nd
  }
  r.ok = true
  return r
}

function bitLength (x: bigint): number { return x === 0n ? 0 : x.toString(2).length }

/**
 * Round num/den (> 0) to the nearest float with `prec` mantissa bits, ties to even, with the
 * smallest exponent emin (value = m × 2^k, k ≥ emin). Returns Infinity past maxExp.
 */
function roundRational (num: bigint, den: bigint, prec: number, emin: number, maxValueExp: number): number {
  // k such that 2^(prec-1) ≤ num/(den·2^k) < 2^prec
  let k = bitLength(num) - bitLength(den) - prec
  const scaled = (kk: number): [bigint, bigint] => kk >= 0 ? [num, den << BigInt(kk)] : [num << BigInt(-kk), den]
  let [n, d] = scaled(k)
  if (n < (d << BigInt(prec - 1))) { k--; [n, d] = scaled(k) } else if (n >= (d << BigInt(prec))) { k++; [n, d] = scaled(k) }
  if (k < emin) { k = emin; [n, d] = scaled(k) }
  let q = n / d
  const r2 = (n - q * d) * 2n
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q++
  if (q === (1n << BigInt(prec))) { q >>= 1n; k++ }
  if (k + prec > maxValueExp) return Infinity
  return Number(q) * 2 ** k
}

const pow10cache: bigint[] = [1n]
function pow10 (k: number): bigint {
  for (let i = pow10cache.length; i <= k; i++) pow10cache.push(pow10cache[i - 1] * 10n)
  return pow10cache[k]
}
const exactPow10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

function decimalToFloat (mant: bigint, exp: number, digits: number, bitSize: number, fast = true): number {
  if (mant === 0n) return 0
  const prec = bitSize === 32 ? 24 : 53
  const emin = bitSize === 32 ? -149 : -1074
  const maxValueExp = bitSize === 32 ? 128 : 1024
  if (fast && bitSize === 64 && mant <= 9007199254740992n && exp >= -22 && exp <= 22) {
    const m = Number(mant) // exact; one IEEE operation below rounds correctly
    return exp >= 0 ? m * exactPow10[exp] : m / exactPow10[-exp]
  }
  if (fast && digits <= 20) {
    // ECMAScript requires Number(string) to round correctly (ties to even) up to 20 significant
    // digits, which is what Go does.
    const d = Number(mant.toString() + 'e' + String(exp))
    if (bitSize === 64) return d
    // float32: rounding via float64 is exact unless d lies exactly halfway between two float32s
    const f = Math.fround(d)
    if (f === d || !Number.isFinite(d)) return f
    if (Number.isFinite(f)) {
      const g = nextFloat32Toward(f, d)
      if ((f + g) / 2 !== d) return f
    }
  }
  // beyond these bounds the value is certainly infinite or zero
  if (digits + exp > 400) return Infinity
  if (digits + exp < -400) return 0
  return exp >= 0
    ? roundRational(mant * pow10(exp), 1n, prec, emin, maxValueExp)
    : roundRational(mant, pow10(-exp), prec, emin, maxValueExp)
}

/** The float32 next to f (a float32) in the direction of t. */
function nextFloat32Toward (f: number, t: number): number {
  const b = float32bitsOf(f)
  const up = (t > f) === (f > 0 || (f === 0 && t > 0))
  if (f === 0) return t > 0 ? float32frombits(1) : float32frombits(0x80000001)
  return float32frombits(up ? b + 1 : b - 1)
}

function hexToFloat (mant: bigint, exp: number, bitSize: number): number {
  if (mant === 0n) return 0
  const prec = bitSize === 32 ? 24 : 53
  const emin = bitSize === 32 ? -149 : -1074
  const maxValueExp = bitSize === 32 ? 128 : 1024
  if (exp > 2000) return Infinity
  if (exp < -2000 - bitLength(mant)) return 0
  return exp >= 0
    ? roundRational(mant << BigInt(exp), 1n, prec, emin, maxValueExp)
    : roundRational(mant, 1n << BigInt(-exp), prec, emin, maxValueExp)
}

/** parseFloatPrefix: the value of the longest prefix of s Go's parser reads, and its length. */
export function parseFloatPrefix (s: Uint8Array, bitSize: number, fast = true): { value: number, n: number, err?: NumError } {
  const sp = special(s)
  if (sp !== undefined) return { value: sp.f, n: sp.n }
  const r = readFloat(s)
  if (!r.ok) return { value: 0, n: r.n, err: syntaxError('ParseFloat', s) }
  let v = r.hex ? hexToFloat(r.mant, r.exp, bitSize) : decimalToFloat(r.mant, r.exp, r.digits, bitSize, fast)
  let err: NumError | undefined
  if (v === Infinity) err = rangeError('ParseFloat', s.subarray(0, r.n))
  if (r.neg) v = -v
  if (bitSize === 32) v = Math.fround(v)
  return { value: v, n: r.n, err }
}

/** Go's strconv.ParseFloat(s, bitSize): bitSize 32 rounds to float32 (returned as a number). */
export function parseFloat (s: Uint8Array, bitSize: number, fast = true): ParseFloatResult {
  const { value, n, err } = parseFloatPrefix(s, bitSize, fast)
  if (n !== s.length && (err === undefined || err.kind !== 'syntax')) {
    return { value: 0, err: syntaxError('ParseFloat', s) }
  }
  if (err !== undefined) err.num = s
  return { value, err }
}

// keep helpers referenced for bit-exact construction elsewhere
export const _internal = { roundRational, fromBits, float32frombits }
